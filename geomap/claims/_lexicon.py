"""The claims word lists of a language, compiled once into patterns and word sets.

:func:`_syntax` reads ``geomap/lexicons/claims_<lang>.toml`` (and the shared place and phrase
lexicons) into one frozen :class:`_Syntax` per language; every reader of a sentence matches
against it and none loads a word list itself. It is separate because it decides nothing about
a sentence: adding a word changes this data, not the rules of the modules above it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from geomap.claims._quantities import (
    lexicon,
    phrase_pattern,
)
from geomap.lexicons import (
    PhraseLexicon,
    language_profile,
    phrase_lexicon,
    place_lexicon,
)


@dataclass(frozen=True, slots=True)
class _Syntax:
    lang: str
    fillers: frozenset[str]
    clause_location_verbs: frozenset[str]
    relative: re.Pattern[str]
    pair_markers: re.Pattern[str]
    pair_verbs: re.Pattern[str]
    # "of" right after a quantity: what its length is made of ("N km of mountains")
    length_of_after: re.Pattern[str]
    between: re.Pattern[str]
    pair_and: re.Pattern[str]
    route_from_before: re.Pattern[str]
    # ", a trip of three hours and N km", ", eine Reise von zwei Stunden und N km": an
    # apposition naming the from-to phrase before it a way (_route_apposition)
    route_apposition: re.Pattern[str]
    route_apposition_joins: frozenset[str]
    # "Die Nachbarstadt <B>", "neighbouring <B>": near the town the text just stood at
    neighbour: re.Pattern[str] | None
    # "'s neighbour", "s Nachbarstadt" right after a place: "<X>, <A>'s neighbour to the
    # east, lies N km away" places <X> from <A> (_possessive_neighbour)
    possessive_neighbour: re.Pattern[str] | None
    # "flights", "Flüge": a way flown, a straight line (in a route apposition)
    flight_word: re.Pattern[str]
    route_from_after: re.Pattern[str]
    route_to_before: re.Pattern[str]
    route_to_words: frozenset[str]  # the one-word route_to markers ("to", "nach")
    route_to_not: re.Pattern[str]
    range_words: re.Pattern[str]
    terrain_before: re.Pattern[str]  # "across Bass Strait": a place crossed on the way
    reach_verbs: re.Pattern[str]  # "erreicht man <B> nach N km": a journey's end reached
    reach_before: re.Pattern[str]  # "nach", "after" right before the distance
    reach_lead: re.Pattern[str]  # a one-word reach_before ("nach", "after") opening a phrase
    halfway: re.Pattern[str]  # "auf halbem Weg", "halfway" right before a between phrase
    viewpoint: frozenset[str]  # "seen" in "<X> lies, seen from <A>, N km ..."
    # "perched", "eingebettet": a phrase of setting set off after a place ("<X>, perched on
    # the <Range>, about N km ..."): where <X> lies, never what the distance describes
    setting_participles: frozenset[str]
    person_relatives: frozenset[str]  # "who": a relative clause about a person
    # "resort", "district": a sort of place the text can call a place in an apposition that
    # a later bare "the port" / "the town" does not mean when the dateline is of its kind
    other_sorts: tuple[str, ...]
    epicentre_nouns: frozenset[str]  # "epicentre": a quake's point, said near a town
    # "the fire", "des Brandherdes": a site said near a town, read as an epicentre is, but
    # only as the other end of a distance (a fire moves; session 31)
    spreading_sites: frozenset[str]
    # "The fire broke out near <A>": where such a site was said to be (its own pattern, so
    # a from-where clause, which speaks of the story's event, never reads a fire's town)
    spreading_near: re.Pattern[str] | None
    spreading_modified: frozenset[str]  # "fire crews": a word making the noun a modifier
    # "epicentre was near", "Epizentrum lag bei": the epicentre said to lie at the place after
    epicentre_near: re.Pattern[str]
    from_where: re.Pattern[str]  # "N km from where the quake struck": the event's site
    # "the river crested", "the eye came ashore": words of a from-where clause too common to
    # echo; and the epicentre_near words alone ("crested at <A>", "bei <A> auf Land")
    site_echo_skip: frozenset[str]
    site_near: re.Pattern[str]
    home_nouns: frozenset[str]  # "north of town": the dateline's town, no article
    locative_coordinators: frozenset[str]  # "<X>, am Fuß der <B> und N km ..."
    # "<B>, across the border in <C>, ...": a preposition saying <B> lies inside <C>
    containment_words: frozenset[str]
    passive_aux: re.Pattern[str]  # "was", "wurde": "<B> was reached after N km"
    here: re.Pattern[str]  # "von hier", "from here": the speaker's place
    # "from here", "von hier aus" right after a distance: the speaker's place
    here_after: re.Pattern[str]
    # "within", "im Umkreis von" opening a quantity's words: a zone around a place
    radius: re.Pattern[str]
    zone_after: re.Pattern[str]  # "7 km around <Y>": a zone around a place
    straight_line: re.Pattern[str]  # "Luftlinie", "as the crow flies": no route
    between_them: re.Pattern[str]  # "between them": the two places just named
    range_idioms: re.Pattern[str]  # "as the crow flies": a range word that says no range
    launch_words: re.Pattern[str]
    origin_before: re.Pattern[str]
    sea: re.Pattern[str]
    eez: re.Pattern[str]
    outside: re.Pattern[str]
    marker_words: frozenset[str]
    articles: frozenset[str]
    locative_before: re.Pattern[str]
    locative_word: re.Pattern[str]  # a locative preposition anywhere ("auf", "near")
    pronoun: re.Pattern[str]
    away_after: re.Pattern[str]
    attributive_away: re.Pattern[str]
    phrases: PhraseLexicon
    descriptive: dict[str, frozenset[str]]  # head noun (folded) -> kinds of place
    # case endings a descriptive noun may carry ("des Berges", "des Gipfels"), tried off
    inflection_endings: tuple[str, ...]
    # "the port", "the harbour town", "die Hafenstadt": a description of a place on the
    # coast (lexicon ``coastal_words``), unless one of ``coastal_not_words`` says it lies on
    # a river or a lake ("the river port")
    coastal_words: frozenset[str]
    coastal_not_words: frozenset[str]
    capital_nouns: frozenset[str]
    # "the regional capital", "die Inselhauptstadt": a capital below the country's
    regional_capital: frozenset[str]
    # "the island capital", "die Inselhauptstadt": where the island is a country or
    # territory of its own, its capital (_island_country_capital)
    island_capital: frozenset[str]
    # a regional capital word -> the ISO 3166-2 subdivision types it names ("state" ->
    # "state"): where a country's first level is of such a type, the word means its seat
    seat_types: dict[str, tuple[str, ...]]
    loose_first_level: frozenset[str]  # ISO type words loosely naming a first level
    # a region's noun beside a name ("die Provinz <X>", "<X> Province", "the province of
    # <X>") -> the subdivision types it is: a region named after its seat
    region_nouns: dict[str, tuple[str, ...]]
    # "the capital of the state", "der Hauptstadt des Bundesstaates": a region's noun after
    # a capital noun -> the subdivision types it names
    whose_region_nouns: dict[str, tuple[str, ...]]
    # "the old colonial capital", "die einstige Hauptstadt": a capital no longer
    former_capital: frozenset[str]
    # "die Bundeshauptstadt", "the national capital": the country's own capital, whatever
    # region the story is about
    national_capital: frozenset[str]
    # "the commercial capital", "die heimliche Hauptstadt": a city called a capital that is
    # not the seat of government
    other_capital: frozenset[str]
    # countries whose capital phrase GeoNames' capital does not answer surely (a seat of
    # government elsewhere, a disputed capital): "the Bolivian capital" stays unresolved
    capital_unsure: frozenset[str]
    # "the seat of government", "des Regierungssitzes": the country's seat of government
    government_seat: re.Pattern[str]
    # "zum Ort", "zur Hauptstadt", "vom Berg": prepositions that carry their article
    article_prepositions: frozenset[str]
    # "sagte ein Fischer aus <Y>": a word before the speaker's place besides the markers
    speaker_origin: frozenset[str]
    # the from-markers of an origin ("from", "aus"), as words: "<Name>, 54, from <X>, ..."
    origin_words: frozenset[str]
    flight_nouns: frozenset[str]  # "290 km flight", "290 Kilometer Flug": a straight line
    comparison_openers: frozenset[str]  # "wie <Y>", "like <Y>": a place compared with
    first_person: frozenset[str]
    # "Our town is only N km from <B>": a place noun owned by the speakers is theirs
    first_person_owner: frozenset[str]
    speaker_pronouns: frozenset[str]  # "he said", "sagte er": a speaker named before
    report_openers: frozenset[str]  # "said <Name>,", "told <Name>": what was said opens
    pronouns: frozenset[str]  # one-word pronoun subjects ("es", "it")
    place_adverbs: frozenset[
        str
    ]  # "there", "dort": a place named before, set off at a clause's end
    route_nouns: re.Pattern[str]
    # "a 300-km, four-hour train ride": a route noun after a second modifier set off by a
    # comma (a compound length first, a duration after it)
    route_nouns_listed: re.Pattern[str]
    crossing_nouns: re.Pattern[str]  # "57 km <Name> base tunnel", "lange <Name>-Basistunnel"
    centre_nouns: frozenset[str]  # "from the centre", "des Zentrums": the town named before
    # "the city", "der Stadt": the bare nouns for a city a story may be filed from
    story_city_nouns: frozenset[str]
    # "The city itself", "Die Stadt selbst": the word that sets the story's own city off
    emphatic_self: frozenset[str]
    route_noun_word: re.Pattern[str]  # a route noun anywhere ("Die Fahrt von A nach B")
    # "the 80-km stretch (of the coast road) between A and B": a part of a route
    section_noun: re.Pattern[str]
    # "..., a stretch of some N km, ...": a section noun leading a set-off length
    section_words: frozenset[str]
    offshore: re.Pattern[str]  # "some 60 km offshore": off the subject's country's coast
    away_now: re.Pattern[str]  # an away word right after the distance ("N km away lies X")
    landing_markers: frozenset[str]
    # "flew N km to <B>": the preposition of a flight's destination after the distance
    flight_destination_markers: frozenset[str]
    # "missile", "Drohne": a projectile's flight starts nowhere the story stands
    projectile_words: re.Pattern[str]
    landing_verbs: re.Pattern[str]  # "landed", "landete": where a flight ended follows
    capital_after: re.Pattern[str]  # "X, the Kenyan capital" / "X, die kenianische Hauptstadt"
    route_from_words: frozenset[str]
    # a journey's start: the route's from-words and the origin words written after a
    # group of people or a vehicle (``Männer aus <A>``; lexicon ``route_from_after``)
    journey_from_words: frozenset[str]
    coast_nouns: frozenset[str]  # "coast", "Küste": a coast with no country named
    # "a", "ein": a thing new to the text ("ein Schlauchboot wurde N km vor der Küste ...")
    indefinite: frozenset[str]
    # "two", "mehrere": number words that bring in new things as an article does
    indefinite_quantifiers: frozenset[str]
    # "an estimated 40 km", "a mere 20 km": words after an article that belong to the amount
    amount_words: frozenset[str]
    # "the boat", "der Konvoi", "das Fischerboot": things whose place a distance gives
    thing_noun: re.Pattern[str]
    name_of: frozenset[str]  # "the town of <Name>": the word between a noun and its name
    # "the outskirts of the capital": a part of a town before a town's description
    town_part: frozenset[str]
    # "a resident of <X>": people of a place, and the words between them and its name
    dweller_nouns: frozenset[str]
    dweller_of: frozenset[str]
    # the clitics of a possessive after an apostrophe ("city's": "s"), from the profile
    possessive_clitics: frozenset[str]
    # "the capital of <Country>", "die Hauptstadt der <Country>": a capital noun's country
    whose_link: re.Pattern[str]
    # "after a drive from <B>", "nach einer Fahrt aus <B>": words that make a from-phrase
    # a journey's start (route nouns and lexicon journey_words)
    journey: frozenset[str]
    # "<A> was put on alert as the fire moved in from <B>": words that open a clause of
    # their own without a comma, so <A> is no destination of the movement
    subordinators: frozenset[str]
    # "<X> is an hour's drive, or about N km, from <Y>": a gloss between commas
    gloss_before: re.Pattern[str]  # the opener right before the distance
    gloss_after: re.Pattern[str]  # ", or <a few words>," right after it
    # " oder 80 Zugminuten" right after it, with no commas: a travel time (lexicon
    # ``gloss_time_words``, the end of a word: German compounds ``Autostunden``)
    gloss_time: re.Pattern[str]
    gloss_time_words: tuple[str, ...]
    onward: re.Pattern[str]  # "further east": a direction seen from the place just named
    onward_before: re.Pattern[str]  # "a further 700 km east": the same, before the number
    # "<B>, the next town upstream, about N km away": the subject comes next on the way
    next_words: re.Pattern[str]
    # "Lorries queued at <Unknown>; the town ...": words before a name of a place
    unknown_place_markers: frozenset[str]
    calendar: frozenset[str]
    onward_along: re.Pattern[str]  # "some N km further downstream": no compass point, onward
    inland: re.Pattern[str]  # "<Mdina>, the walled town inland": a place off the coast
    designators: frozenset[str]  # "Flughafen", "port": what of a named place is meant
    terrain: re.Pattern[str]  # "to the south-east across the mountains": a phrase of no place
    feature_after: re.Pattern[str] | None  # "Palu Bay": a town's name that names a feature
    road_after: re.Pattern[str] | None  # "the Pamir Highway": any place's name naming a road
    fronted_lead: frozenset[str]  # "Located", "At", "Just" before a fronted distance
    # "of" / "von" then a name and a comma after a fronted direction ("North of <X>, ...")
    fronted_of: re.Pattern[str]
    direction_of_words: frozenset[str]  # "of", "von": after a direction, before its place
    along: re.Pattern[str]  # "upstream of": a distance along a river, a route
    # "up the coast": an along phrase placing a town on a coast, a straight line
    coast_position: re.Pattern[str]
    along_words: frozenset[str]  # their words, allowed between a distance and its reference
    anaphora: re.Pattern[str]  # "nördlich davon", "north of it": the reference just named
    # "N km to its north": a direction a pronoun owns, read as "north of it" (session 31)
    owned_direction: re.Pattern[str] | None
    # "<X>'s airport", "the town's harbour": a possessive and a feature the owner has
    owned_feature: re.Pattern[str]
    anaphoric_start: re.Pattern[str]  # "From there, ... N km ... to <B>": the way's start
    travel: re.Pattern[str]  # "Trains cover", "Die Fähre legt ... zurück": a between route
    departure_before: re.Pattern[str]  # "left <A>", "verließ <A>": where a journey began
    # "Auf den N km zwischen A und B", "Along the N km from A to B": the distance governed
    # by a preposition of a way travelled on (lexicon ``stretch_leads``), a route
    stretch_lead: re.Pattern[str]
    # "drove", "fährt man", "by air", "three hours", "Stunden": a sentence saying its
    # distance runs along a way (lexicon ``way_words``; with the route and along words)
    way: re.Pattern[str]
    # "the A7", "die B96", "the I-95", "the Trans-Canada": a road named by its code or name
    road_name: re.Pattern[str]
    # "built by <X>" / "von <X> gebaute <Noun>": the place is a participle's agent
    agent_before: re.Pattern[str] | None
    respectively: re.Pattern[str]  # "respectively", "beziehungsweise": lists paired in order
    distance_question: re.Pattern[str]  # "How far is <A> from <B>?": answered in the next
    free_relatives: frozenset[str]  # "wer", "whoever": a clause that is the next one's subject
    list_joint: re.Pattern[str]  # what joins two items of a list ("," "and", "bzw.")
    near_before: re.Pattern[str]  # "closer to", "näher an" right before a place
    # the same joint read forwards from a word ("west and south-west of", "westlich bzw.
    # südwestlich von"): a comma or a list word, then a space
    list_joint_after: re.Pattern[str]
    agent_after: re.Pattern[str] | None
    # "but", "aber": a clause opened by one contrasts with the distance's (lexicon
    # ``contrast_openers``); its way words ("but the road is closed") say nothing of how
    # the distance was measured
    contrast_openers: frozenset[str] = frozenset()
    # "to the summit of <X>", "bis zum Gipfel des <X>": a part of a feature between a
    # to-marker and the feature's name (lexicon ``feature_parts``), right before the name
    feature_part_before: re.Pattern[str] | None = None
    # "verbindet", "linked": a way's verb that links two places over a length (lexicon
    # ``link_verbs``)
    link_verbs: re.Pattern[str] | None = None


def _site_near_pattern(
    nouns: list[str], lex: dict[str, Any], modified: list[str] | None = None
) -> re.Pattern[str] | None:
    """A site noun, then up to eight words (each may end in a comma: ``Das Epizentrum lag
    nach Angaben des indischen Wetterdienstes nahe <A>``; session 30), then an
    ``epicentre_near`` word; None when there are no nouns. ``modified``: words that, right
    after the noun, make it a modifier (``fire crews``), no site."""
    if not nouns:
        return None
    not_modifier = (
        r"(?![\s\u00a0]{1,3}(?:" + phrase_pattern(modified) + r")(?![\w]))" if modified else ""
    )
    return re.compile(
        r"(?i)(?<![\w])"
        + phrase_pattern(nouns)
        + r"(?![\w])"
        + not_modifier
        + r"(?:[\s\u00a0]{1,3}[^\W\d_]{1,20},?){0,8}?[\s\u00a0]{1,3}"
        + phrase_pattern(lex.get("epicentre_near", []))
        + r"(?![\w])"
    )


def _words(pattern_phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?i)(?<![\w])" + phrase_pattern(pattern_phrases) + r"(?![\w])")


def _or_river_way(phrases: str, lex: dict[str, Any]) -> str:
    """``phrases`` (a :func:`phrase_pattern`) or a word ending in a river-way suffix
    (lexicon ``river_way_suffixes``: ``donauaufwärts``, ``rheinabwärts``: German names a
    river's up- and downstream by compounding its name, so no list of rivers is kept; the
    listed ``flussaufwärts`` is one of them; session 30)."""
    suffixes = lex.get("river_way_suffixes", [])
    if not suffixes:
        return phrases
    # not a valley's or a slope's way (lexicon ``river_way_not_prefixes``: ``talaufwärts``
    # is read as away from the dateline, lexicon ``away_words``)
    not_rivers = phrase_pattern(lex.get("river_way_not_prefixes", []))
    return (
        r"(?:" + phrases + r"|(?!" + not_rivers + phrase_pattern(suffixes) + r")"
        r"[^\W\d_]{2,20}" + phrase_pattern(suffixes) + r")"
    )


#: a road's code: one to three capitals, an optional hyphen, up to four digits and an
#: optional small letter (``A7``, ``B96``, ``I-95``, ``N1``, ``M25``, ``E40``, ``SH1``)
_ROAD_CODE = r"[A-Z]{1,3}-?[0-9]{1,4}[a-z]?"


def _road_name_pattern(lex: dict[str, Any]) -> re.Pattern[str]:
    """A road named by its code after an article (lexicon ``road_name_lead``: ``the A7``,
    ``die B96``, ``the I-95``) or by a name that begins with a road-name prefix (lexicon
    ``road_name_prefixes``: ``the Trans-Canada``). Only after the article: a bare code is
    as often a rebel group, a summit or an aircraft (``M23``, ``G20``, ``F-16``)."""
    lead = phrase_pattern(lex.get("road_name_lead", []))
    prefixes = phrase_pattern(lex.get("road_name_prefixes", []))
    return re.compile(
        r"(?<![\w])(?i:" + lead + r")[\s\u00a0]{1,3}"
        r"(?:" + _ROAD_CODE + r"|" + prefixes + r"[A-Z][\w]{1,30})(?![\w-])"
    )


def _before(pattern_phrases: list[str]) -> re.Pattern[str]:
    """Matches when one of the phrases ends right before the end of the searched slice."""
    return re.compile(
        r"(?i)(?<![\w])"
        + phrase_pattern(pattern_phrases)
        + r"[\s\u00a0]{1,3}(?:\w{1,5}[\s\u00a0]{1,3})?$"
    )


def _participle_pattern(lex: dict[str, Any]) -> str:
    """A passive participle (lexicon ``agent_participles`` and words with one of the
    ``agent_participle_endings``, none of ``agent_not``); a German attributive one is
    lower-case."""
    ends = "|".join(re.escape(e) for e in lex.get("agent_participle_endings", []))
    words = lex.get("agent_participles", [])
    stem = r"[a-zäöüß]\w*" if lex.get("agent_participle_after") else r"\w+"
    alts = [f"{stem}(?:{ends})"] + ([phrase_pattern(words)] if words else [])
    # "followed by <X>": an order of places, not an agent (lexicon ``agent_not``)
    nots = lex.get("agent_not", [])
    lead = "(?!(?:" + phrase_pattern(nots) + r")(?![\w]))" if nots else ""
    return lead + "(?:" + "|".join(alts) + ")"


def _agent_before(lex: dict[str, Any]) -> re.Pattern[str] | None:
    """Ends right before a participle's agent: ``built by (the)`` (the participle
    before the marker), ``von (der)`` (German: the participle follows the place)."""
    markers = lex.get("agent_markers", [])
    if not markers:
        return None
    head = "" if lex.get("agent_participle_after") else _participle_pattern(lex) + r"[\s\u00a0]+"
    return re.compile(
        r"(?<![\w])"
        + head
        + "(?i:"
        + phrase_pattern(markers)
        + r")[\s\u00a0]+(?:(?i:the)[\s\u00a0]+)?$"
    )


def _agent_after(lex: dict[str, Any]) -> re.Pattern[str] | None:
    """Matches right after a German agent: an attributive participle (a few words may
    precede it) and the capitalised noun it qualifies (``von <X> 2019 gebaute Brücke``)."""
    if not lex.get("agent_participle_after") or not lex.get("agent_markers"):
        return None
    return re.compile(
        r"[\s\u00a0]+(?:[\w.]+[\s\u00a0]+){0,2}?"
        + _participle_pattern(lex)
        + r"[\s\u00a0]+[A-ZÄÖÜ]"
    )


def _route_noun_pattern(lex: dict[str, Any]) -> str:
    """The route nouns, and a German compound that ends in one (lexicon
    ``route_noun_endings``: ``Schnellfahrstrecke``, ``Eisenbahnlinie``)."""
    pat = phrase_pattern(lex.get("route_nouns", []))
    endings = lex.get("route_noun_endings", [])
    if endings:
        pat += r"|[^\W\d_]{2,25}(?:" + phrase_pattern(endings) + r")"
    return pat


def _thing_noun_pattern(lex: dict[str, Any]) -> re.Pattern[str]:
    """One word that names a thing whose place a distance gives (lexicon ``thing_nouns``:
    ``boat``, ``convoy``, ``Konvoi``), or a German compound ending in one (lexicon
    ``thing_noun_endings``: ``Fischerboot``, ``Containerschiff``), matched whole and
    case-insensitively."""
    pat = phrase_pattern(lex.get("thing_nouns", []))
    endings = lex.get("thing_noun_endings", [])
    if endings:
        pat += r"|[^\W\d_]{2,25}(?:" + phrase_pattern(endings) + r")"
    return re.compile(r"(?i)(?:" + pat + r")")


@cache
def _syntax(lang: str) -> _Syntax:
    lex = lexicon(lang)["claims"]
    markers = set(lex["reference_markers"]) | set(lex["route_to"]) | set(lex["between"])
    marker_words = frozenset(w.casefold() for m in markers for w in m.split())
    return _Syntax(
        lang=lang,
        fillers=frozenset(w.casefold() for f in lex["fillers"] for w in re.findall(r"\w+", f)),
        clause_location_verbs=frozenset(w.casefold() for w in lex.get("clause_location_verbs", [])),
        relative=re.compile(
            r"(?i)[\s\u00a0]*[,(–-][\s\u00a0]*"
            + phrase_pattern(lex["relative_pronouns"])
            + r"(?![\w])"
        ),
        pair_markers=_words(lex["pair_markers"]),
        pair_verbs=_words(lex.get("pair_verbs", [])),
        length_of_after=re.compile(
            r"(?i)[\s\u00a0]{1,3}"
            + phrase_pattern(lexicon(lang)["measure"].get("length_of", []) or ["\uffff"])
            + r"(?![\w])"
        ),
        between=_words(lex["between"]),
        here=_words(lex.get("here_words", [])),
        here_after=re.compile(
            r"(?i)[\s\u00a0]{1,3}(?:"
            + phrase_pattern([w for w in lex.get("here_words", []) if " " in w] or ["\uffff"])
            + r")(?![\w])"
        ),
        zone_after=re.compile(
            r"(?i)[\s\u00a0]{1,3}" + phrase_pattern(lex.get("zone_after", [])) + r"(?![\w])"
        ),
        radius=re.compile(
            r"(?i)"
            + phrase_pattern(lexicon(lang).get("measure", {}).get("within", []) or ["\uffff"])
            + r"(?![\w])"
        ),
        straight_line=_words(lex.get("straight_line_words", [])),
        between_them=re.compile(
            r"(?i)\s+(?:" + phrase_pattern(lex.get("between_pronouns", [])) + r")(?![\w])"
        ),
        pair_and=_words(lex["pair_and"]),
        route_from_before=re.compile(
            r"(?i)(?<![\w])"
            + phrase_pattern(lex["route_from"])
            + r"[\s\u00a0]{1,3}(?:\w{1,5}[\s\u00a0]{1,3})?$"
        ),
        route_apposition=_route_apposition_pattern(lex.get("route_apposition_lead", [])),
        route_apposition_joins=frozenset(
            w.casefold() for w in lex.get("route_apposition_joins", [])
        ),
        flight_word=re.compile(
            r"(?i)(?<![\w])" + phrase_pattern(lex.get("flight_words", [])) + r"(?![\w])"
        ),
        neighbour=re.compile(
            r"(?i)(?<![\w])" + phrase_pattern(lex["neighbour_words"]) + r"(?![\w])"
        )
        if lex.get("neighbour_words")
        else None,
        possessive_neighbour=re.compile(
            r"(?i)(?:['\u2019]s?)?[\s\u00a0]{1,3}"
            # up to two lower-case words before the noun ("<A>'s largest rival", "<A>s
            # alte Rivalin"): attributes of the relation, bounded
            + r"(?:(?-i:[a-zäöüß][a-zäöüß-]{1,20})[\s\u00a0]{1,3}){0,2}"
            + phrase_pattern(lex["possessive_neighbour_nouns"])
            + r"(?![\w])"
        )
        if lex.get("possessive_neighbour_nouns")
        else None,
        route_from_after=re.compile(
            r"(?i)[\s\u00a0]{1,3}" + phrase_pattern(lex.get("route_from_after", [])) + r"(?![\w])"
        ),
        route_to_before=_before(lex["route_to"]),
        route_to_words=frozenset(w.casefold() for w in lex["route_to"] if " " not in w),
        route_to_not=re.compile(
            r"(?i)(?<![\w])"
            + phrase_pattern(lex.get("route_to_not_after", []))
            + r"[\s\u00a0]{1,3}"
            + phrase_pattern(lex["route_to"])
            + r"[\s\u00a0]{1,3}(?:\w{1,5}[\s\u00a0]{1,3})?$"
        ),
        range_words=_words(lex["range_words"]),
        agent_before=_agent_before(lex),
        respectively=_words(lex.get("respectively", []) or ["\uffff"]),
        distance_question=_words(lex.get("distance_questions", []) or ["\uffff"]),
        free_relatives=frozenset(w.casefold() for w in lex.get("free_relatives", [])),
        list_joint=re.compile(
            r"(?i)[\s\u00a0]*,?[\s\u00a0]*(?:"
            + phrase_pattern(lex.get("list_joiners", []))
            + r"[\s\u00a0]+)?$"
        ),
        near_before=_before(lex.get("near_words", []) or ["\uffff"]),
        list_joint_after=re.compile(
            r"(?i)[\s\u00a0]*(?:,[\s\u00a0]*)?(?:"
            + phrase_pattern(lex.get("list_joiners", []))
            + r")(?![\w])[\s\u00a0]*|[\s\u00a0]*,[\s\u00a0]*"
        ),
        agent_after=_agent_after(lex),
        terrain_before=_before(lex.get("terrain_prepositions", []) or ["\uffff"]),
        reach_verbs=_words(lex.get("reach_verbs", []) or ["\uffff"]),
        reach_before=_before(lex.get("reach_before", []) or ["\uffff"]),
        passive_aux=_words(lex.get("passive_auxiliaries", []) or ["\uffff"]),
        viewpoint=frozenset(w.casefold() for w in lex.get("viewpoint_words", [])),
        setting_participles=frozenset(w.casefold() for w in lex.get("setting_participles", [])),
        person_relatives=frozenset(w.casefold() for w in lex.get("person_relatives", [])),
        other_sorts=tuple(w.casefold() for w in lex.get("other_sort_nouns", [])),
        epicentre_nouns=frozenset(
            w.casefold()
            for w in (*lex.get("epicentre_nouns", []), *lex.get("spreading_site_nouns", []))
        ),
        spreading_sites=frozenset(w.casefold() for w in lex.get("spreading_site_nouns", [])),
        spreading_modified=frozenset(w.casefold() for w in lex.get("spreading_site_modified", [])),
        spreading_near=_site_near_pattern(
            lex.get("spreading_site_nouns", []), lex, lex.get("spreading_site_modified", [])
        ),
        epicentre_near=_site_near_pattern(lex.get("epicentre_nouns", []), lex)
        or re.compile(r"(?!)"),
        from_where=re.compile(
            r"(?i)[\s\u00a0,]{0,3}" + phrase_pattern(lex.get("from_where", [])) + r"(?![\w])"
        ),
        site_echo_skip=frozenset(w.casefold() for w in lex.get("site_echo_skip", [])),
        site_near=re.compile(
            r"(?i)(?<![\w])" + phrase_pattern(lex.get("epicentre_near", [])) + r"(?![\w])"
        ),
        home_nouns=frozenset(w.casefold() for w in lex.get("home_nouns", [])),
        locative_coordinators=frozenset(w.casefold() for w in lex.get("locative_coordinators", [])),
        containment_words=frozenset(w.casefold() for w in lex.get("containment_words", [])),
        halfway=re.compile(
            r"(?i)(?<![\w])" + phrase_pattern(lex.get("halfway_words", [])) + r"[\s\u00a0]{1,3}$"
        ),
        reach_lead=_words(
            [w for w in lex.get("reach_before", []) if " " not in w.strip()] or ["\uffff"]
        ),
        range_idioms=_words(lex.get("range_idioms", [])),
        launch_words=_words(lex["launch_words"]),
        origin_before=_before(lex["origin_markers"]),
        sea=_words(lex["sea_words"]),
        eez=_words(lex["eez_words"]),
        outside=_words(lex["outside_words"]),
        marker_words=marker_words,
        articles=frozenset(
            w.casefold()
            for a in lex.get("articles", []) + lex.get("designators", [])
            for w in a.split()
        ),
        designators=frozenset(w.casefold() for w in lex.get("designators", [])),
        locative_word=_words(lex.get("locatives", [])),
        locative_before=re.compile(
            r"(?i)(?<![\w])" + phrase_pattern(lex.get("locatives", [])) + r"[\s\u00a0]{1,3}$"
        ),
        pronoun=_words(lex.get("pronoun_subjects", [])),
        attributive_away=re.compile(
            r"(?i)[\s\u00a0]{1,3}" + phrase_pattern(lex.get("attributive_away", [])) + r"(?![\w])"
        ),
        away_after=re.compile(
            r"(?i)[\s\u00a0,]{0,3}(?:\w{1,20}[\s\u00a0]{1,3}){0,2}"
            + _or_river_way(phrase_pattern(lex.get("away_words", [])), lex)
            + r"(?![\w])"
        ),
        phrases=phrase_lexicon(lang),
        descriptive=_descriptive_nouns(lex.get("descriptive", {})),
        coastal_words=frozenset(w.casefold() for w in lex.get("coastal_words", [])),
        coastal_not_words=frozenset(w.casefold() for w in lex.get("coastal_not_words", [])),
        inflection_endings=tuple(
            sorted((e.casefold() for e in lex.get("inflection_endings", [])), key=len, reverse=True)
        ),
        capital_nouns=frozenset(w.casefold() for w in lex.get("capital_nouns", [])),
        regional_capital=frozenset(w.casefold() for w in lex.get("regional_capital_words", [])),
        island_capital=frozenset(w.casefold() for w in lex.get("island_capital_words", [])),
        seat_types={
            k.casefold(): tuple(t.casefold() for t in v)
            for k, v in lex.get("seat_types", {}).items()
        },
        loose_first_level=frozenset(w.casefold() for w in lex.get("loose_first_level", [])),
        region_nouns={
            k.casefold(): tuple(t.casefold() for t in v)
            for k, v in lex.get("region_nouns", {}).items()
        },
        whose_region_nouns={
            k.casefold(): tuple(t.casefold() for t in v)
            for k, v in lex.get("whose_region_nouns", {}).items()
        },
        former_capital=frozenset(w.casefold() for w in lex.get("former_capital_words", [])),
        national_capital=frozenset(w.casefold() for w in lex.get("national_capital_words", [])),
        other_capital=phrase_lexicon(lang).other_capital_words,
        capital_unsure=frozenset(lex.get("capital_unsure", [])),
        government_seat=re.compile(
            r"(?i)" + phrase_pattern(lex.get("government_seat_words", [])) + r"(?![\w])"
        ),
        article_prepositions=frozenset(w.casefold() for w in lex.get("article_prepositions", [])),
        speaker_origin=frozenset(w.casefold() for w in lex.get("speaker_origin_words", [])),
        origin_words=frozenset(w.casefold() for w in lex.get("origin_markers", []) if " " not in w),
        flight_nouns=frozenset(
            w.casefold() for w in lexicon(lang).get("measure", {}).get("flight_after_length", [])
        ),
        comparison_openers=frozenset(w.casefold() for w in lex.get("comparison_openers", [])),
        first_person=frozenset(w.casefold() for w in lex.get("first_person", [])),
        first_person_owner=frozenset(w.casefold() for w in lex.get("first_person_owner", [])),
        speaker_pronouns=frozenset(w.casefold() for w in lex.get("speaker_pronouns", [])),
        report_openers=frozenset(w.casefold() for w in lex.get("report_openers", [])),
        pronouns=frozenset(
            w.casefold() for w in lex.get("pronoun_subjects", []) if " " not in w.strip()
        ),
        place_adverbs=frozenset(w.casefold() for w in lex.get("place_adverbs", [])),
        route_noun_word=re.compile(r"(?i)(?<![\w])(?:" + _route_noun_pattern(lex) + r")(?![\w])"),
        route_nouns=re.compile(
            r"(?i)[\s\u00a0-]{0,3}(?:[^\W\d_]{1,25}[\s\u00a0-]{1,3}){0,2}(?:"
            + _route_noun_pattern(lex)
            + r")(?![\w])"
        ),
        route_nouns_listed=re.compile(
            r"(?i),[\s\u00a0]{1,2}(?:[^\W_]{1,25}[\s\u00a0-]{1,3}){1,3}(?:"
            + _route_noun_pattern(lex)
            + r")(?![\w])"
        ),
        centre_nouns=frozenset(w.casefold() for w in lex.get("centre_nouns", [])),
        story_city_nouns=frozenset(w.casefold() for w in lex.get("story_city_nouns", [])),
        emphatic_self=frozenset(w.casefold() for w in lex.get("emphatic_self", [])),
        # "der 57 Kilometer lange <Name>-Basistunnel verbindet <A> und <B>": a crossing's
        # length links two places like a route's (verified as a lower bound, _verify)
        crossing_nouns=re.compile(
            r"(?i)[\s\u00a0-]{0,3}(?:[^\W\d_]{1,25}[\s\u00a0-]{1,3}){0,2}(?:"
            + phrase_pattern(lex.get("crossing_nouns", []))
            # German compounds by their last part ("Öresundbrücke"), as _verify reads them
            + (
                r"|[^\W\d_]{2,25}(?:" + phrase_pattern(lex.get("crossing_nouns", [])) + r")"
                if language_profile(lang).closed_compounds and lex.get("crossing_nouns")
                else ""
            )
            + r")(?![\w])"
        ),
        section_words=frozenset(
            w.casefold() for w in lex.get("section_nouns", []) if " " not in w.strip()
        ),
        section_noun=re.compile(
            r"(?i)[\s\u00a0-]{0,3}(?:[^\W\d_]{1,25}[\s\u00a0-]{1,3})?(?:"
            + phrase_pattern(lex.get("section_nouns", []))
            + r")(?![\w])"
        ),
        away_now=re.compile(
            r"(?i)[\s\u00a0]{1,3}(?:" + phrase_pattern(lex.get("away_words", [])) + r")(?![\w])"
        ),
        offshore=re.compile(
            r"(?i)[\s\u00a0]{1,3}(" + phrase_pattern(lex.get("offshore_words", [])) + r")(?![\w])"
        ),
        landing_markers=frozenset(w.casefold() for w in lex.get("landing_markers", [])),
        flight_destination_markers=frozenset(
            w.casefold() for w in lex.get("flight_destination_markers", [])
        ),
        projectile_words=_words(lex.get("projectile_words", []) or ["\uffff"]),
        landing_verbs=_words(lex.get("landing_verbs", []) or ["\uffff"]),
        route_from_words=frozenset(w.casefold() for w in lex["route_from"]),
        journey_from_words=frozenset(
            w.casefold() for w in lex["route_from"] + lex.get("route_from_after", [])
        ),
        coast_nouns=frozenset(w.casefold() for w in lex.get("coast_nouns", [])),
        onward=_words(lex.get("onward_words", [])),
        onward_along=re.compile(
            r"(?i)[\s\u00a0,]{0,3}(?:"
            + phrase_pattern(lex.get("onward_words", []))
            + r"[\s\u00a0]{1,3}"
            + r"(?P<along>"
            + _or_river_way(phrase_pattern(lex.get("onward_along", [])), lex)
            + r")|(?P<alone>"
            + _or_river_way(phrase_pattern(lex.get("onward_along_alone", [])), lex)
            + r"))(?![\w])"
        ),
        inland=re.compile(
            r"(?i)(?<![\w])(?:" + phrase_pattern(lex.get("inland_words", [])) + r")(?![\w])"
        ),
        feature_after=(
            re.compile(
                r"[ \u00a0](?:"
                + "|".join(re.escape(w) for w in lex["feature_nouns_after"])
                + r")(?![\w])"
            )
            if lex.get("feature_nouns_after")
            else None
        ),
        road_after=(
            re.compile(
                r"[ \u00a0](?:"
                + "|".join(re.escape(w) for w in lex["road_names_after"])
                + r")(?![\w])"
            )
            if lex.get("road_names_after")
            else None
        ),
        terrain=re.compile(
            r"(?i)[\s\u00a0]{0,3}"
            + phrase_pattern(lex.get("terrain_prepositions", []))
            + r"(?![\w])"
        ),
        fronted_lead=frozenset(w.casefold() for w in lex.get("fronted_lead", [])),
        direction_of_words=frozenset(w.casefold() for w in lex.get("direction_of", [])),
        fronted_of=re.compile(
            r"[\s\u00a0]{1,3}(?:"
            + phrase_pattern(lex.get("direction_of", []))
            + r")[\s\u00a0]{1,3}[^\W\d_a-zà-ÿ][\w'’.-]*(?:[\s\u00a0]{1,3}[\w'’.-]+){0,3}?"
            + r"(?=[\s\u00a0]{0,2},)"
        ),
        onward_before=re.compile(
            r"(?i)(?<![\w])" + phrase_pattern(lex.get("onward_before", [])) + r"[\s\u00a0]{1,3}$"
        ),
        unknown_place_markers=frozenset(w.casefold() for w in lex.get("unknown_place_markers", [])),
        calendar=frozenset(w.casefold() for w in place_lexicon(lang).calendar),
        next_words=re.compile(
            r"(?i)(?<![\w])" + phrase_pattern(lex.get("next_words", [])) + r"(?![\w])"
        ),
        anaphora=re.compile(
            r"(?i)[\s\u00a0]{0,3}"
            + phrase_pattern(lex.get("anaphoric_references", []))
            + r"(?![\w])"
        ),
        owned_direction=(
            re.compile(
                r"(?i)[\s\u00a0]{1,3}(?:"
                + phrase_pattern(lex["owned_directions"])
                + r")(?=[\s\u00a0]{1,2}[^\W\d_])"
            )
            if lex.get("owned_directions")
            else None
        ),
        owned_feature=re.compile(
            r"(?P<clitic>['\u2019]s?|s)?[\s\u00a0]{1,2}(?:[^\W\d_]{1,20}[\s\u00a0]{1,2})?(?:"
            + phrase_pattern(lex.get("owned_features", []))
            + r")(?![\w])"
        ),
        anaphoric_start=re.compile(
            r"(?i)(?<![\w])" + phrase_pattern(lex.get("anaphoric_starts", [])) + r"(?![\w])"
        ),
        along=re.compile(
            r"(?i)(?<![\w])"
            + _or_river_way(phrase_pattern(lex.get("along_words", [])), lex)
            + r"(?![\w])"
        ),
        coast_position=_words(lex.get("coast_position_words", []) or ["\uffff"]),
        travel=_words(lex.get("travel_words", []) or ["\uffff"]),
        departure_before=re.compile(
            r"(?i)(?<![\w])(?:"
            + phrase_pattern(lex.get("departure_verbs", []))
            + r")[\s\u00a0]{1,3}$"
        ),
        stretch_lead=re.compile(
            r"(?i)(?<![\w])" + phrase_pattern(lex.get("stretch_leads", [])) + r"[\s\u00a0]{1,3}\Z"
        ),
        way=_words(lex.get("way_words", []) + lex.get("section_nouns", []) or ["\uffff"]),
        road_name=_road_name_pattern(lex),
        along_words=frozenset(w.casefold() for a in lex.get("along_words", []) for w in a.split()),
        indefinite=frozenset(w.casefold() for w in lex.get("indefinite_articles", [])),
        indefinite_quantifiers=frozenset(
            w.casefold() for w in lex.get("indefinite_quantifiers", [])
        ),
        amount_words=frozenset(w.casefold() for w in lex.get("amount_words", [])),
        thing_noun=_thing_noun_pattern(lex),
        name_of=frozenset(w.casefold() for w in lex.get("name_of", [])),
        town_part=frozenset(w.casefold() for w in lex.get("town_part_nouns", [])),
        dweller_nouns=frozenset(w.casefold() for w in lex.get("dweller_nouns", [])),
        dweller_of=frozenset(w.casefold() for w in lex.get("dweller_of", [])),
        possessive_clitics=frozenset(
            c.casefold() for c in language_profile(lang).possessive_clitics
        ),
        journey=frozenset(
            w.casefold() for w in [*lex.get("route_nouns", []), *lex.get("journey_words", [])]
        ),
        subordinators=frozenset(w.casefold() for w in lex.get("subordinators", [])),
        gloss_before=re.compile(
            r"(?i),[\s\u00a0]{1,3}(?:"
            + phrase_pattern(lex.get("gloss_openers", []))
            + r")[\s\u00a0]{1,3}\Z"
        ),
        gloss_after=re.compile(
            r"(?i)[\s\u00a0]{0,2},[\s\u00a0]{1,3}(?:"
            + phrase_pattern(lex.get("gloss_openers", []))
            # "or 80 minutes by train,": a count may open the gloss
            + r")[\s\u00a0]{1,3}(?:\d{1,3}[\s\u00a0]{1,2})?"
            + r"[^\W\d_][^,;:()\d\n]{0,58},[\s\u00a0]{1,3}"
        ),
        gloss_time_words=tuple(w.casefold() for w in lex.get("gloss_time_words", [])),
        gloss_time=re.compile(
            r"(?i)[\s\u00a0]{1,3}(?:"
            + phrase_pattern(lex.get("gloss_openers", []))
            + r")[\s\u00a0]{1,3}(?:\d{1,3}|[^\W\d_]{2,12})[\s\u00a0]{1,2}[^\W\d_]{0,12}(?:"
            + "|".join(re.escape(w) for w in lex.get("gloss_time_words", []) or ["\uffff"])
            + r")\b"
        ),
        whose_link=re.compile(
            r"(?i)[\s\u00a0]{1,3}(?:(?:"
            + phrase_pattern(lex.get("whose_links", []))
            + r")[\s\u00a0]{1,3})?"
        ),
        capital_after=re.compile(
            r"(?i)[\s\u00a0]{0,2},[\s\u00a0]{1,3}(?:[^\W\d_]{1,25}[\s\u00a0'’]{1,3}){0,3}"
            + phrase_pattern(_capital_words(lex) or ["\uffff"])
            + r"(?![\w])"
        ),
        contrast_openers=frozenset(w.casefold() for w in lex.get("contrast_openers", [])),
        link_verbs=_words(lex["link_verbs"]) if lex.get("link_verbs") else None,
        feature_part_before=re.compile(
            r"(?i)(?<![\w])(?:"
            + phrase_pattern(lex.get("feature_parts", []))
            + r")[\s\u00a0]{1,3}(?:"
            + phrase_pattern(lex.get("feature_part_links", []))
            + r")[\s\u00a0]{1,3}$"
        ),
    )


def _capital_words(lex: dict[str, Any]) -> list[str]:
    """The nouns that call a place a capital: the lexicon's ``capital_nouns`` and the
    compounds ending in one among ``regional_capital_words`` (``Provinzhauptstadt``)."""
    nouns = list(lex.get("capital_nouns", []))
    folded = [n.casefold() for n in nouns]
    return nouns + [
        w
        for w in lex.get("regional_capital_words", [])
        if any(w.casefold().endswith(n) and w.casefold() != n for n in folded)
    ]


def _descriptive_nouns(raw: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    """The lexicon's ``[claims.descriptive]`` table turned around: noun -> kinds."""
    out: dict[str, set[str]] = {}
    for kind, nouns in raw.items():
        for noun in nouns:
            out.setdefault(noun.casefold(), set()).add(kind)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _lowercase_range_words(lang: str) -> frozenset[str]:
    """The lexicon's ``range_words`` written in lower case (English ``range``, German
    ``geflogen``; not the German nouns ``Flug``, ``Reichweite``, always capitalised)."""
    return frozenset(w.casefold() for w in lexicon(lang)["claims"]["range_words"] if w == w.lower())


def _route_apposition_pattern(leads: list[str]) -> re.Pattern[str]:
    """``, a trip of``, ``, eine Fahrt von`` (lexicon ``route_apposition_lead``) right after
    a comma, with at most two lowercase or numbered modifiers between the article and the
    way noun (``, a four-hour drive of``, ``, a two-hour train ride of``, ``, eine
    vierstündige Fahrt von``): a travel time or a means of travel says which way, it is
    still the way's length. Bounded: two modifiers of at most 31 characters, no nested
    unbounded repetition."""
    by_article: dict[str, list[str]] = {}
    for lead in leads:
        article, _, rest = lead.partition(" ")
        if rest:
            by_article.setdefault(article, []).append(rest)
    if not by_article:
        return re.compile(r"(?!)")
    modifier = r"(?-i:[\s\u00a0]{1,3}(?:\d[\w-]{0,30}|[a-zäöüß][\w-]{0,30}))"
    alts = [
        phrase_pattern([article]) + modifier + r"{0,2}?[\s\u00a0]{1,3}" + phrase_pattern(rests)
        for article, rests in by_article.items()
    ]
    return re.compile(r"(?i),[\s\u00a0]{1,3}(?:" + "|".join(alts) + r")(?![\w])")
