"""Every weight and threshold of the resolver, in one frozen, documented object.

The resolver answers two questions per span, *is it a place* (acceptance) and *which
one* (ranking), by adding and comparing evidence. The numbers it adds and compares are
here, one field each with why it has its value, so a change to one is a change to one
line and an experiment can pass its own ``Weights`` (``dataclasses.replace(WEIGHTS,
...)``). They were tuned on the dev corpus, LGL and GeoWebNews (docs/geoparser.md), never
on held-out texts.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["WEIGHTS", "Weights"]


@dataclass(frozen=True)
class Weights:
    """The resolver's weights and thresholds (see the module docstring)."""

    # --- acceptance: is the span a place? ---------------------------------------------
    expected_zipf_base: float = 1.9
    """Zipf frequency a place name of population P is expected to reach in news text is
    ``expected_zipf_base + expected_zipf_slope * log10(P)``: a word far more frequent
    than that is an ordinary word."""
    expected_zipf_slope: float = 0.5
    """See ``expected_zipf_base``."""
    expected_zipf_min_population: int = 1000
    """Populations below this count as this much: a hamlet explains no less frequency."""
    excess_threshold: float = 0.6
    """How much more frequent than expected a word may be before it is taken for a
    common word."""
    multiword_bonus: float = 1.0
    """A name of several words is rarely an ordinary phrase: its excess may be this much
    higher."""
    preposition_bonus: float = 0.8
    """A place preposition before the word: "in Essen", "nach Moskau"."""
    dateline_bonus: float = 3.0
    """The word stands in the dateline, where only places stand."""
    determiner_penalty: float = 0.7
    """A determiner before a word whose readings take none: "beim Essen", "die Lage"."""
    focus_bonus: float = 0.6
    """A reading lies in a country the article is about."""
    incoherent_small_penalty: float = 0.8
    """A town below ``small_town`` in a country the article never names."""
    incoherent_penalty: float = 0.3
    """Any town in a country the article never names."""
    weak_population: int = 50_000
    """Below this, a town needs a cue or coherence with the article."""
    seat_region_population: int = 100_000
    """The seat of a first-level region this populous keeps its name against the German
    bare-plural rules (a canton's capital of 30,000 people whose name is also a German
    plural), however small the town (session 22)."""
    coherence_km: float = 1_500.0
    """A town this close to a prominent place of the article is coherent with it."""
    holding_area_max_km: float = 200.0
    """German: a region or unit the article names, of this radius or less, that holds a
    reading of a noun's village is evidence for the village (session 31); a bigger area
    (a country's largest states, a continent's regions) says too little."""
    noun_village_near_km: float = 30.0
    """German: a bare plural noun form in the middle field or a list whose villages lie
    this close to a place the article surely names keeps its village; the country or
    ``coherence_km`` alone does not (a German article names a German town almost always;
    session 26)."""
    coherence_readings: int = 5
    """The readings (best first) whose countries and positions are weighed for coherence."""
    population_readings: int = 3
    """The readings (best first) whose largest population explains a word's frequency."""
    curated_population: int = 1_000_000
    """A curated feature (a sea, a mountain range) counts as this populous: it is as
    well known as a big city."""
    capital_population: int = 100_000
    """A country's capital (GeoNames ``PPLC``) counts as at least this populous: a capital of
    a few thousand people (Vaduz, Funafuti) is named in the news as a country's seat, as
    often as a big city, and must not fall as a small town unrelated to the article."""
    diacritic_mismatch_penalty: float = 0.8
    """The text writes a diacritic the matched name lacks: "Länder" is not "Lander"."""
    acronym_max: int = 4
    """An all-caps token this short is an acronym unless it names a major place."""
    acronym_max_population: int = 1_000_000
    """... a place of at least this population ("USA", "UK" name countries)."""
    german_noun_max_pop: int = 500_000
    """German: a town below this after an article is a noun ("der Rauch"); "das Berlin
    der Zwanziger" is rare."""
    common_noun_max_population: int = 100_000
    """German: a capitalised word that is a common noun is no town
    below this population unless a place cue stands by it (a preposition of place, a
    feature head, the dateline, a known place it is coordinated with)."""
    noun_home_short_name_population: int = 5_000
    """German: a town of the language's own countries this populous whose people call it
    by a common noun, the head of its own name ("Hall" for Schwäbisch Hall and Hall in
    Tirol), is the town after a place preposition; a smaller one ("Fels am Wagram") is no
    more than the noun of a fixed phrase there."""
    common_noun_alias_population: int = 250_000
    """German: a bigger town that bears a common noun only as another name, of no stated
    language ("Gold" for Gold Coast, "Rast" for Rasht), keeps the noun a place only at
    this size: GeoNames' untagged names hold German exonyms of big cities ("Genua",
    "Kauen") beside short forms and names in other languages."""
    surname_noun_en_zipf: tuple[float, float] = (2.7, 4.2)
    """German: a common noun that English text writes within this Zipf band is also a
    surname (Müller 3.1, Schneider 3.5, Fischer 3.5 in English; ordinary nouns are rarer
    there, Wasser 2.1, Messe 2.4, and English words more frequent, Partner 4.8): after a
    given name that is a known place ("Cleveland Müller") the pair is a person."""
    opening_word_language_gap: float = 1.85
    """German: a given name opening a sentence is the frequent German word it also spells
    ("Davon", "Solange", "Anders", "Kam": 1.9 to 4.9 Zipf more frequent in German than in
    English text) rather than a name when German text writes it at least this much more
    often than English text; a given name is written about as often in both (Marie
    +0.2, Peter +0.2, Julie -0.4, Werner +1.3, Bernd +1.8), so "Marie Warren gewann"
    names a person, not the town of Warren, while "Solange Berlin zahlt" keeps the city."""
    strong_place_pop: int = 100_000
    """A name this populous is a place even next to a person cue: "Washington sagte" is
    the government, "Jones said" a person."""
    function_word_zipf: float = 6.0
    """A word this frequent ("is", "was", "has") after "the Ohio" keeps the article the
    name's own."""
    foreign_name_zipf: float = 3.0
    """German: a capitalised word rarer than this in German and in English text, and no
    noun, is a foreign name's word; two such side by side, or one before a small town's
    name, are a person's given name and surname ("Laut Chidi Kano", "Sipho Tamale
    sagte"; issue 21, session 14)."""
    adjective_stem_zipf: float = 3.0
    """German: a capitalised word opening a sentence before a common noun is an
    attributive adjective, no town, when it is a stem this frequent with an adjective's
    ending ("Strengen Wintern", "Süßen Getränken"; issue 21, session 14)."""
    common_word_zipf: float = 4.3
    """English: a word this frequent is ordinary unless it stands alone."""
    full_name_word_zipf: float = 6.0
    """English: a family name of the list this frequent as a word ("He", "Long") ends
    no full name after a given name a small town bears (``listed_full_names``: "Burton
    He's ..." in run-on text); "Power", "Stone" stay (issue 21, session 19)."""
    rare_neighbour_zipf: float = 4.5
    """English: a capitalised neighbour rarer than this is part of a longer name."""
    title_word_zipf: float = 3.0
    """English: a capitalised word this frequent in lower case is a common word written
    in title case, when its sentence is (``_evidence.title_cased``)."""
    title_case_words: int = 3
    """English: so many capitalised common words after the first make a sentence without
    lower-case words other than function words a title-cased headline."""
    opening_given_name_zipf: float = 5.5
    """English: a given name opening a sentence this frequent is read as the word
    ("Will", "May", "Say"), so a country or big city after it is no surname; rarer ones
    ("Michael" 5.1, "Mark" 5.0) are names there as elsewhere."""
    small_town: int = 100_000
    """The population that divides small towns from the rest wherever size matters."""
    capitalised_bonus: float = 1.5
    """English: capitalised mid-sentence, where only names are."""
    sentence_initial_zipf: float = 4.0
    """English: a word this frequent at a sentence's start is capitalised by position ..."""
    sentence_initial_max_population: int = 500_000
    """... when its best reading is smaller than this ..."""
    sentence_initial_penalty: float = 0.5
    """... and its threshold drops by this much."""
    opening_common_zipf: float = 3.0
    """English: a word this frequent opening its sentence or in a title-cased line, whose
    readings are all towns under ``small_town``, is the common word unless a place cue
    stands by it or the article names a reading's country or a place near one
    (``_accept._opening_common_word``: "Bark was high on the agenda", "Why Bamboo
    Matters")."""
    opening_noun_margin: float = 1.0
    """German: a sentence's first word that the noun lexicon lists is taken for a word
    opening the sentence, not a place, only when its frequency exceeds what the places
    bearing it explain by this much more than ``excess_threshold``."""
    alias_only_penalty: float = 0.3
    """A small town matched only through one of its other names, where another reading
    bears the name as its own (GeoNames lists "Florida" among a Californian town's names)."""
    shadow_km: float = 200.0
    """Such a small town (matched through a name that is neither a spelling of its own
    nor its first words) this close to a bigger town of its country bearing the word as
    its own name lies in the same area: closeness to the article's other places counts
    for it no more than for the bigger town (``_rank._shadowing``). Farther apart, the
    article's setting tells the two apart (a story on Ohio's senate: the Ohio town also
    called "Lakeville", not Lakeville, Minnesota). The words that are one town's own name
    and another name of a smaller town of its country lie 30 to 150 km apart in the
    examples of ``tests/geoparse/test_own_name_over_other_name.py`` (Juliaca and Juli,
    108 km)."""
    text_language_margin: float = 0.04
    """A reading scoring this much above its prior was matched through a name the
    gazetteer tags with the text's language (its language bonus, ``BONUS_LANG`` of
    ``gazetteer/_ranking.py``; the primary and exact-case bonuses add only 0.03): an
    exonym ("Warschau" for Warsaw in German) is the city's own name in that language, not
    "another word" for it, and takes no ``alias_only_penalty``."""
    exonym_min_population: int = 20_000
    """A city this big or bigger may be named by an exonym or an older name ..."""
    exonym_ratio: float = 20.0
    """... and is, taking no ``alias_only_penalty``, when it is this many times bigger
    than every town bearing the name as its own ("Königshütte": Chorzów, not a hamlet),
    each of a known size, and the article's country focus holds none of their
    countries."""
    short_name_population: int = 50_000
    """A name of two letters after a place preposition ("in Wa", "nach Bo") is a town of
    at least this many people (``_mentions._two_letter_readings``): the few such towns
    are regional capitals; smaller ones ("Of", "Un") are words of some language."""
    head_name_ratio: float = 10.0
    """A city of ``major_city`` called by the first words of its own name ("León"
    for León de los Aldama, 1.6 million) takes no ``alias_only_penalty`` when it is
    this many times bigger than every town bearing the words as its whole name: a
    reader of "in León" thinks of the city, not of a province or a town of 100,000
    so called (the ratio of German small-town exonyms, ``exonym_ratio_small_towns``)."""
    head_name_region_share: float = 0.5
    """... and holds at least this share of the people of every country or first-level
    region bearing those words (a capital named after its state, "Oklahoma City", stays
    behind the state of four million; a department's capital holding most of its
    people does not)."""
    exonym_ratio_small_towns: float = 10.0
    """... or this many times, in a language that writes exonyms of small towns
    (``small_town_exonyms`` in ``places_<lang>.toml``: German "Erlau" is Eger, 54,000
    people, not the Saxon village of 3,600; "Falkenau" Sokolov, "Marienwerder"
    Kwidzyn). Of the GeoNames other names of towns of 20,000 in Germany's neighbours
    that German villages bear, 5 times would also move "Cham" to Caen and "Neustadt"
    to Baia Mare; 10 times moves only such exonyms. English keeps ``exonym_ratio``: its
    older names of parts of towns moved wrong LGL readings ("Centerville" to Fremont,
    California)."""
    exonym_max_km: float = 2000.0
    """Either way, where a town of a country speaking the text's language bears the name as
    its own, lies within this distance of it or is named so in that language (exonyms
    name neighbours: Erlau is Eger, 600 km off; "Cham" is not Damascus). 2,000 km reaches every
    European country from the nearest town of a German-speaking one."""
    seat_km: float = 15.0
    """A first-level region below ``small_town`` whose seat town, bearing the word as its
    own name, lies this close to its point is a municipality named after the town (the
    bilingual municipalities of Slovenia, "Koper-Capodistria", 8 km from Koper; those of
    Montenegro, North Macedonia, Latvia, Moldova, Malta lie a few kilometres from theirs).
    A state and a namesake town lie hundreds of kilometres apart."""
    seat_region_penalty: float = 0.3
    """Such a municipality named bare ranks this much lower (as ``alias_only_penalty``):
    "fishermen in Koper" is the town."""
    seat_region_bonus: float = 1.2
    """... and this much higher where a word names it (``[seat_region_words]``: "the
    municipality of Piran", "die Gemeinde Budva"): enough to outweigh the feature head the
    same word gives the town (``head_kind_bonus``, 0.8) and the town's lead in prominence
    (up to 0.3 between a seat and its municipality)."""
    world_city: int = 1_000_000
    """A city this big, or a capital, ..."""
    dwarf_ratio: float = 100.0
    """... this many times bigger than a namesake town in another country takes from it
    the article's setting (country focus, proximity, the place named before it), unless
    the town's own region or county is named near it or a container follows it ("Lima" in
    a story on Texas is still the Peruvian capital)."""
    dwarf_near_km: float = 200.0
    """... but a town of a country the article's focus holds lying this close to a place
    the article surely names keeps the setting (``_rank._beside_the_story``): "Perth, 20
    km to the west" after two towns of eastern Ontario is the Ontario town of 5,600, not
    Western Australia's capital; "Lima" in a story on Texas stays Peru's capital."""
    hamlet: int = 5_000
    """A town under this many people is a hamlet: beside a city of its name abroad it
    keeps the article's setting only within ``hamlet_near_km``."""
    hamlet_near_km: float = 30.0
    """... a hamlet beside the story's town ("Officials in Evansville said Darmstadt was
    flooded": the Indiana hamlet of 1,500), not one in the story's country a hundred
    kilometres off ("Brest", a Lower Saxon hamlet of 800, in a story on Hamburg and
    Bremen is the Belarusian city)."""
    lookup_limit: int = 15
    """Readings asked of the gazetteer per name: enough for the small namesakes of a
    common name (Alexandria, Minnesota is the 14th Alexandria by population; 25 was
    slower and no better on LGL, worse on the held-out texts)."""
    major_city: int = 500_000
    """A capital or a city this big is not lost to a namesake village on a state."""
    spelling_ratio: float = 0.8
    """difflib ratio from which another name is a spelling of the name."""
    other_name_max_zipf: float = 2.0
    """A single word rarer than this (no word of the language: "Zalingei", "Phonsavan",
    and older English spellings whose only use is as the town's name: "Adua", "Lugh",
    "Timbuctoo", Zipf 1.0 to 2.0) that only a small town's other name bears stands with a
    place cue in an article about the town's country; a word of the language, or a name
    of several words ("Washington Square"), is taken for another place's name. 1.0 until
    session 14; 2.0 gained two LGL spans with no false one, 2.5 two false ones more."""
    other_name_max_words: int = 3
    """... and a name of up to this many words as rare as a whole (wordfreq's Zipf of the
    phrase, which a common word lifts: "Washington Square" 4.6) stands so too: the other
    spelling of a Somali or Liberian town ("outside Buur Hakaba" in a story on Somalia,
    Zipf 0); a phrase of common words stays another place's name (session 19; 1 until
    then)."""
    other_name_alone_population: int = 50_000
    """A town this big that alone among the readings reaches this size bears the rare word
    as another name (an older or colonial-era name of a town of 50,000 to 100,000)
    stands after a place preposition even in an article that
    names no place at all ("His family came from X"); a smaller town's other name there
    stays no place ("near Zalingei", 35,000; "in Dschenin", 35,000, in English text).
    Measured on probes7's exonyms (dev) at 40,000, 50,000, 75,000 and 100,000 (session 15,
    round 2; see docs/geoparser.md)."""
    close_spelling_ratio: float = 0.85
    """... and from which it is, where a town bears the very word as its own name and the
    city is less than ``exonym_ratio`` times bigger: "Odessa" is still Odesa (0.91) beside
    Odessa, Texas, "Mijas" not Miass (0.8) beside Mijas; "Bütow" is still Bytów (0.8),
    32 times the village of the name. (Raising ``spelling_ratio`` itself to 0.85 lost two
    exonyms of the dev set.)"""
    acronym_case_penalty: float = 0.5
    """An all-capital short mention ("EU", "UK") that some reading bears written just so
    (an abbreviation) does not mean a reading matched only ignoring case ("Eu", France)."""
    known_name_population: int = 100_000
    """A one-word name of a country, an admin-1 region or a town this big is a known
    place: it is not the first name of "Paris Hilton"'s kind of pair."""
    anchor_population: int = 500_000
    """A bare city name anchors the article's geography when this big."""
    max_ranked_mentions: int = 50
    """Mentions of one name weighed and ranked per article. A later mention takes the
    outcome of an earlier one with the same cues, else the name's reading. No real
    article comes near it (the most in the dev corpus, LGL and GeoWebNews is 27,
    "Sudan"); it bounds the work on text that repeats a name thousands of times
    (docs/hardening.md, "Linear time")."""

    # --- the article's country focus ------------------------------------------------------
    region_vote: float = 0.5
    """A populous admin-1 region named votes this much for its country ..."""
    region_vote_min_population: int = 1_000_000
    """... when it has at least this population."""
    country_vote: float = 1.0
    """A country named votes this much for itself."""
    adjective_vote: float = 0.5
    """A country adjective ("russische") votes this much for its country."""
    dateline_vote: float = 2.0
    """The dateline's place votes this much for its country."""
    resolved_vote: float = 0.5
    """A place surely resolved in the first pass votes this much for its country."""
    unsure_vote: float = 0.5
    """A name not sure of its reading (its best first-pass reading less than
    ``anchor_margin`` ahead of the next) votes for the best one's country this much
    times its margin over ``anchor_margin``: names each torn between two countries agree
    on one ("Halifax ... Windsor und Truro" in Canada, not England)."""
    anchor_decimals: int = 3
    """Anchors closer than this many decimals of a degree (about 100 m) are one anchor."""
    anchor_margin: float = 0.3
    """A first-pass reading this far ahead of the next is sure enough to anchor the
    second pass."""

    # --- region support -------------------------------------------------------------------
    support_sentences: int = 2
    """A reading lies in a region the article names, or holds a place it names
    ("Lebanon" with "Boone County"): within this many sentences of the name ..."""
    region_bonus: float = 0.35
    """... adds this much (times the support) ..."""
    far_support: float = 0.5
    """... and this fraction of it when that region is named farther away."""
    county_support: float = 2.0
    """A county is small: a town in the county named is all but certain."""
    region_in_name_max_words: int = 3
    """A state or county named inside an organisation's name of up to this many words
    ("the Indiana State Police") still says where the article is."""
    region_slack: float = 1.0
    """A region holds what lies within this many times the radius of its area, no wider:
    Moscow, Idaho lies 1.13 radii from Washington State's point and must not count."""
    namesake_region_floor_km: float = 50.0
    """A town this close to the point of a first-level region bearing its name is never
    "outside" it, whatever that region's radius: small first-level regions (Montenegro's
    and Slovenia's municipalities, many without an area) put their point kilometres from
    their seat, and a radius of 0 would make every namesake seat lie outside its own
    region. A state and its outside namesake town lie hundreds of kilometres apart."""

    # --- the article's first-level region context ------------------------------------------
    region_focus_weight: float = 1.0
    """A reading gains this much times the share of the article's region cues (regions
    named, places surely read) that lie in its first-level region (state, Land,
    province), of all cues and ``region_cue_prior``: in local news, "Lebanon" is the
    Lebanon of the state the article is in. LGL resolution is flat at 86.8 % from 0.5 to
    1.2 with or without the prior (0.3 without: 86.5 %); GeoWebNews unchanged. A town
    below ``small_town`` gains nothing by it where a country, a first-level region or a
    city of ``major_city`` bears the name: without that guard GeoWebNews lost "Boston",
    "London", "Wales" and "California" to small namesakes in the state of the article's
    other towns (89.7 % -> 89.6 %)."""
    region_cue_prior: float = 1.0
    """The share is taken of the cues' weight plus this much, the weight of "no region":
    one cue alone (a misread person's name in another state) gives a reading half the
    bonus, four that agree four fifths."""
    region_cue_margin: float = 0.1
    """A name gives a region cue when its best reading in the first pass is this far
    ahead of the next (LGL resolution 86.8 % at 0.1, 86.6 % at 0.2 to 0.5; GeoWebNews
    89.7 % to 89.8 %)."""
    region_cues_max: int = 64
    """At most this many names give region cues (the first ones): it bounds the work per
    reading on an article of thousands of names."""

    # --- ranking: which place? ------------------------------------------------------------
    focus_weight: float = 0.45
    """The share of the article's country focus a reading's country has, times this."""
    hemisphere_bonus: float = 0.5
    """A line of latitude named without its hemisphere ("Polarkreis") on the side of the
    equator where the article's places are (the northern one where they say nothing):
    its twin has the same prior, so any margin decides."""
    head_kind_bonus: float = 0.8
    """A reading of the kind a feature head gives: "the city of Buffalo"."""
    container_bonus: float = 1.2
    """A reading held by the region or country after a comma: "Odessa, Texas"."""
    container_reach: float = 1.6
    """A state (or an island) after a comma holds the reading of its country nearest to
    its point within this many times the radius of its area (``_evidence.state_holds``):
    the equal-area circle of a long state leaves its ends out (a town in Tennessee's west
    lies 1.03 radii from its point), and only the nearest namesake is taken."""
    container_floor_km: float = 150.0
    """A town of a state's or island's own country within this many km of its point is
    held by it whatever its area's radius (not a county's: a namesake that far from a
    county's point lies in another county) (``_resolve._held_by_container``): the land area of an
    island state leaves out its outer islands (Hawaii's radius of 73 km, its Big Island's
    towns 140 km from its point), so the end-to-end run keeps the reading there rather
    than moving the town to the container's point."""
    municipal_bonus: float = 0.8
    """A word only a municipality has by the name (``[municipal_words]``: "the Jordan City
    Council", "the mayor of Palestine") gives its town readings this much, as a feature
    head does (``head_kind_bonus``), and lets them take the article's setting where a
    country, a state or a world city bears the name."""
    sport_words: int = 2
    """A story about sport uses this many different words of the lexicon's
    ``[team_words] sport`` ("season", "playoffs"; one alone, "final" or "game", is common
    elsewhere): there a capitalised word after a town's name may be a team's
    (``_evidence.team_name``)."""
    genitive_country_bonus: float = 0.8
    """A country's name with the genitive ending of a language that inflects names
    ("die Regierung Kenias", "Ugandas Präsident") is the country, as a feature head names
    its kind (``head_kind_bonus``): a namesake region or a village bearing the inflected
    form needs a container or its region named (``container_bonus``, region support) to
    win."""
    short_form_bonus: float = 0.8
    """"DeKalb" after "DeKalb County" is that county."""
    possessed_km: float = 100.0
    """A name after a town's possessive ("Lima's Old Quarter") is a part of it: its
    readings lie within this distance of the town (``_resolve._possessed_parts``)."""
    colocate_km: float = 50.0
    """Readings of two names this close support each other ..."""
    colocate_weight: float = 0.5
    """... with this weight."""
    list_bonus: float = 0.5
    """"California or Washington": a list holds names of one kind."""
    list_region_bonus: float = 0.5
    """"Boston and Lincoln", "Worcester, Framingham and Lincoln": a town reading in the
    first-level region of a town its list surely names (its reading as far ahead of the
    next as a region cue's, ``region_cue_margin``); towns listed together lie together."""
    list_kind_margin: float = 0.2
    """A list member's kind is sure when its best reading of another kind is this far
    behind."""
    named_again_bonus: float = 0.5
    """A region the article names in another form: "CAMP MURRAY, Wash. ... Washington
    communities"."""
    proximity_weight: float = 0.35
    """Closeness to the places already resolved, ``exp(-km / proximity_scale_km)``,
    times this."""
    proximity_scale_km: float = 600.0
    """See ``proximity_weight``."""
    variant_penalty: float = 0.05
    """Readings found only through an un-inflected variant of the words."""
    max_alternatives: int = 3
    """Alternatives kept with a place."""
    article_kind_penalty: float = 0.35
    """Rivers, seas and regions take an article, towns do not: "an der Narva" is the
    river, a bare "Narva" the town."""
    article_unit_penalty: float = 1.0
    """Added to ``article_kind_penalty`` for a first- or second-level unit, and decisive:
    a unit is named bare ("in Limpopo") or with its unit word ("the Rufiji district", "die
    Ayeyarwady-Region"), never after an article alone, so with a river or lake of the name
    the unit's population and the support of the towns inside it (``local_admin_bonus``)
    do not make it: "The Rufiji burst its banks near Ikwiriri" is the river, though
    Ikwiriri lies in Rufiji District."""
    local_bonus: float = 0.6
    """The place named nearest is in the same country ..."""
    local_admin_bonus: float = 0.2
    """... and in the same admin-1 region."""
    local_min_margin: float = 0.2
    """A place is local context when its reading is this sure (or a country or region)."""
    local_near_km: float = 1000.0
    """A sea or river without a country is local when this near."""
    offshore_km: float = 200.0
    """An island or a body of water this near a name's best known town in another
    country lies off that town's coast: its own country's vote (country focus, the place
    named nearest) says nothing between the town and its smaller namesakes at home (a
    story's island does not make the big port facing it a village of the island's
    country)."""
    previous_sentence_weight: float = 0.5
    """The previous sentence's last place counts this much as local context."""
    local_after_tokens: int = 5
    """A place named after the span counts as local context only this close."""
    local_after_factor: int = 2
    """A place named after the span is nearer than one before it only when less than
    ``1 / local_after_factor`` as far: a setting is more often named first."""
    local_max_neighbours: int = 32
    """A span looks back at most this many spans of its sentence for its local context:
    it bounds the work per span on a sentence of thousands of names."""

    # --- confidence and output ------------------------------------------------------------
    lone_reading_gap: float = 2.0
    """A name with one reading is as sure as one this far ahead of the next."""
    confidence_steepness: float = 3.0
    """The logistic of the score gap to the next reading: ``1 / (1 + exp(-k * gap))``."""
    confidence_mix: float = 0.5
    """Confidence is this share of the gap's logistic, the rest from the reading's prior."""
    confidence_prior_base: float = 0.4
    """The prior's part is ``min(1, confidence_prior_base + prior)``."""
    confidence_max: float = 0.99
    """No reading is certain."""
    adjective_confidence: float = 0.9
    """A country or region adjective found in the gazetteer."""
    geocoder_confidence: float = 0.6
    """A name the gazetteer lacks, answered by the geocoder."""
    coordinate_decimals: int = 5
    """Coordinates are rounded to this many decimals (about 1 m)."""
    score_decimals: int = 3
    """Scores and confidences are rounded to this many decimals."""

    # --- names the gazetteer lacks --------------------------------------------------------
    fallback_common_zipf: float = 4.0
    """A name after a feature head this frequent is an ordinary word, not sent to the
    geocoder."""
    fallback_max_words: int = 4
    """A name after a feature head is at most this many capitalised words."""


#: The weights geomap resolves with.
WEIGHTS = Weights()
