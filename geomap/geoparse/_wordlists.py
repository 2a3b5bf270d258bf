"""The word lists the resolver weighs as evidence, loaded once on first use.

``geomap/lexicons/nouns_<lang>.csv`` holds the written forms of a language's common nouns
(German: the German Wiktionary through the ``german-nouns`` package; the rarer forms in
``nouns_<lang>_rare.csv``), ``first_names.csv``
given names of many countries (``nam_dict.txt``); ``scripts/build_wordlists.py`` builds
both and their first lines say where they come from and under which licence. In a
language that capitalises its nouns, a capitalised word that is a common noun is no
village without a place cue; a given name before a surname ("<Given> <Surname>") is a
person. A language without a noun list (English needs none: capitalisation is its cue)
has an empty one.
``name_particles.csv`` holds the lower-case words GeoNames names carry inside them
("ash", "wa", "am"), which the mention finder lets inside a name; ``name_tail_words.csv``
the lower-case words that end them ("kerület", "ostrov", "centre"), which may end one.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from types import MappingProxyType

__all__: list[str] = []


def _column(filename: str) -> frozenset[str]:
    """The values of a one-column lexicon file (after its ``#`` provenance lines and its
    header)."""
    text = resources.files("geomap.lexicons").joinpath(filename).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return frozenset(lines[1:])


@cache
def town_adjectives(lang: str) -> Mapping[str, str]:
    """The names of a place's people in ``-er`` that the German Wiktionary lists with
    the place (``town_adjectives_<lang>.csv``: "Hallenser" -> "Halle an der Saale",
    "Zürcher" -> "Zürich"; built by ``scripts/build_town_adjectives.py``), the word as
    written to the place's name; empty for a language that has no such file. Read as a
    town's adjective only before an institution's noun (``find_town_adjectives``). A
    read-only view: the table is cached and shared by every caller.

    >>> town_adjectives("de")["Hannoveraner"]
    'Hannover'
    """
    name = f"town_adjectives_{lang}.csv"
    if not resources.files("geomap.lexicons").joinpath(name).is_file():
        return MappingProxyType({})
    out: dict[str, str] = {}
    for row in sorted(_column(name)):
        word, _, place = row.partition(",")
        out.setdefault(word, place)
    return MappingProxyType(out)


@cache
def common_nouns(lang: str) -> frozenset[str]:
    """The common-noun forms of ``lang``, as written (``nouns_<lang>.csv``; none if the
    language has no such file)."""
    name = f"nouns_{lang}.csv"
    if not resources.files("geomap.lexicons").joinpath(name).is_file():
        return frozenset()
    return _column(name)


#: The word classes of LemmInflect's lexicon that make a word a common word of English.
_ENGLISH_WORD_CLASSES = ("NOUN", "VERB", "ADJ", "ADV")


@cache
def english_common_word(word: str) -> bool:
    """``word`` (lower case) is a noun, verb, adjective or adverb of English by
    LemmInflect's lexicon (the NIH SPECIALIST Lexicon), as a lemma or an inflected
    form ("bark", "angles", "arias"), not a name ("decatur", "kirkland"). wordfreq
    cannot tell the two apart: it counts a town's name and a word alike. The lexicon
    loads on the first call (about half a second)."""
    from lemminflect import getAllLemmas

    got = getAllLemmas(word)
    return any(got.get(k) for k in _ENGLISH_WORD_CLASSES)


@cache
def english_plural_noun(word: str) -> bool:
    """``word`` (lower case) is the plural of a noun of LemmInflect's lexicon: a noun
    lemma that differs from the word ("mines" of "mine", "elms"), not a lemma itself
    ("news", "series" are their own).

    >>> english_plural_noun("mines"), english_plural_noun("nearby")
    (True, False)
    """
    from lemminflect import getAllLemmas

    return any(lemma != word for lemma in getAllLemmas(word).get("NOUN", ()))


@cache
def grammar_nouns(lang: str) -> frozenset[str]:
    """The common nouns the grammar around a word may make a noun ("viele Scheunen",
    "Weiden standen unter Wasser", "Dächer und Zäune"): :func:`common_nouns` and the
    rarer forms of ``nouns_<lang>_rare.csv``. The rarer forms are no evidence alone:
    many also name villages ("Glashütten", "Mühlbach"), which a bare mention is."""
    name = f"nouns_{lang}_rare.csv"
    if not resources.files("geomap.lexicons").joinpath(name).is_file():
        return common_nouns(lang)
    return common_nouns(lang) | _column(name)


def ends_in_noun(word: str, lang: str) -> bool:
    """``word`` ends in a form of :func:`grammar_nouns` of four letters or more after at
    least one letter of its own: a compound of a language that writes nouns with a
    capital, which its noun lists cannot hold whole ("Ostseeküsten" ends in "Küsten",
    "Zweitligist" in "Ligist").

    >>> ends_in_noun("Ostseeküsten", "de"), ends_in_noun("Jugs", "de")
    (True, False)
    """
    nouns = grammar_nouns(lang)
    return any(word[i:].capitalize() in nouns for i in range(1, len(word) - 3))


@cache
def plural_nouns(lang: str) -> frozenset[str]:
    """The noun forms written only as plurals that towns bear (``nouns_<lang>_plural.csv``:
    "Erlen", "Hecken", not "Essen", a singular too): right after a preposition German
    writes a plural without an article ("in Kisten", "zwischen Hecken"), where a
    singular common noun needs one, so such a form there is the plural noun unless the
    context says place (issue 21, session 21). None for a language without the file."""
    name = f"nouns_{lang}_plural.csv"
    if not resources.files("geomap.lexicons").joinpath(name).is_file():
        return frozenset()
    return _column(name)


@cache
def plural_prepositions(lang: str) -> frozenset[str]:
    """The lexicon's ``bare_plural_prepositions`` (the place prepositions of the dative or
    accusative: "in", "bei", "zwischen"), after which a form of :func:`plural_nouns` is
    a plural; empty for a language that lists none."""
    return _folded(lang, "bare_plural_prepositions")


@cache
def locating_prepositions(lang: str) -> frozenset[str]:
    """The lexicon's ``locating_prepositions``: after a name, the preposition of "X bei
    Y" that tells a village from its namesakes by a town near it; empty for a language
    that lists none."""
    return _folded(lang, "locating_prepositions")


@cache
def holding_region_words(lang: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """The lexicon's ``[holding_region]``: the words that open the gap between a town and
    the state or province holding it (``first``: ``in``, ``im``), the words that may fill
    it (``words``: ``northern``, ``Norden``, ``Bundesstaats``), case-folded, and whether any
    lower-case word may fill it too (``lower_case_fill``: German adjectives); empty for a
    language that lists none."""
    from geomap.lexicons import read_toml

    lower = bool(read_toml(f"places_{lang}.toml").get("holding_region", {}).get("lower_case_fill"))
    return (
        _table(lang, "holding_region", "first"),
        _table(lang, "holding_region", "words"),
        lower,
    )


@cache
def destination_words(lang: str) -> frozenset[str]:
    """The lexicon's ``destination_words``: the one or two words before a country that
    name it as where a way leads or what borders the place ("nach Polen", "the border
    with Mexico"), case-folded, words joined by one space; empty for a language that
    lists none."""
    return _folded(lang, "destination_words")


@cache
def plural_prepositions_after_nouns(lang: str) -> frozenset[str]:
    """The lexicon's ``bare_plural_after_nouns``: the prepositions of
    :func:`plural_prepositions` after which no town's name stands even behind a noun
    ("Schutz unter X"), so a capitalised word before them keeps no town."""
    return _folded(lang, "bare_plural_after_nouns")


@cache
def first_names() -> frozenset[str]:
    """Given names, as written ("Adelaide")."""
    return _column("first_names.csv")


def is_given_name(word: str) -> bool:
    """``word`` is a given name of :func:`first_names`, as written or with its accents
    dropped ("María", "Tomáš", "Florián": the list holds "Maria", "Tomas", "Florian")."""
    given = first_names()
    return word in given or _unaccented(word) in given


@cache
def _unaccented(word: str) -> str:
    import unicodedata

    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


@cache
def name_particles() -> frozenset[str]:
    """Lower-case words found inside place names ("am", "ash", "wa"), as written."""
    return _column("name_particles.csv")


@cache
def name_tail_words() -> frozenset[str]:
    """Lower-case words that end place names ("kerület", "ostrov", "subdistrict"), as
    written: a name may end in one, though in no particle."""
    return _column("name_tail_words.csv")


@cache
def noun_cues(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words that mark the next word as a noun (``noun_quantifiers``: "viele",
    "mehrere"), the plural finite verbs (``plural_verbs``: "sind", "wurden") and the
    prepositions that, right after such a verb, show the word before it is the verb's
    subject (``subject_before_verb``: "gehören zu") of ``places_<lang>.toml``,
    case-folded; empty for a language that lists none (English needs none:
    capitalisation is its cue)."""
    from geomap.lexicons import read_toml

    raw = read_toml(f"places_{lang}.toml")
    return (
        frozenset(w.casefold() for w in raw.get("noun_quantifiers", ())),
        frozenset(w.casefold() for w in raw.get("plural_verbs", ())),
        frozenset(w.casefold() for w in raw.get("subject_before_verb", ())),
    )


@cache
def singular_determiners(lang: str) -> frozenset[str]:
    """Determiners only a singular noun follows (``singular_determiners`` of
    ``places_<lang>.toml``: "dem", "des", "im"), case-folded; empty for a language that
    lists none."""
    return _folded(lang, "singular_determiners")


@cache
def genitive_articles(lang: str) -> frozenset[str]:
    """Articles of the genitive singular (``genitive_articles`` of ``places_<lang>.toml``:
    "des", "eines"), case-folded; empty for a language that lists none."""
    return _folded(lang, "genitive_articles")


def _folded(lang: str, key: str) -> frozenset[str]:
    """A word list of ``places_<lang>.toml``, case-folded (empty when the language has
    none)."""
    from geomap.lexicons import read_toml

    return frozenset(w.casefold() for w in read_toml(f"places_{lang}.toml").get(key, ()))


def _table(lang: str, table: str, key: str) -> frozenset[str]:
    """A word list under a table of ``places_<lang>.toml`` (``[team_words] before``),
    case-folded (empty when the language has none)."""
    from geomap.lexicons import read_toml

    return frozenset(
        w.casefold() for w in read_toml(f"places_{lang}.toml").get(table, {}).get(key, ())
    )


@cache
def fixed_phrases(lang: str) -> frozenset[tuple[str, str]]:
    """The lexicon's ``[fixed_phrases]``, case-folded: (preposition, noun) pairs of the
    article-less phrases whose noun is no place ("nach Plan", "in Betrieb", "vor Ort").
    A small town bearing such a noun is no reading after that preposition unless
    something in the text places it (see ``_accept._fixed_phrase_noun``)."""
    from geomap.lexicons import read_toml

    table = read_toml(f"places_{lang}.toml").get("fixed_phrases", {})
    return frozenset((p.casefold(), n.casefold()) for p, ns in table.items() for n in ns)


@cache
def noun_prepositions(lang: str) -> frozenset[str]:
    """The lexicon's ``noun_prepositions`` ("ohne", "trotz"): prepositions that govern
    a noun and hardly ever a town's name, so a common noun after one is the noun."""
    return _folded(lang, "noun_prepositions")


@cache
def complement_prepositions(lang: str) -> frozenset[str]:
    """The lexicon's ``complement_prepositions`` ("von", "über", "für", "an", "auf"): after a
    common noun, the preposition of its complement ("ein Gesetz über X", "Exporte von
    X"), which names a thing as often as a town (session 32)."""
    return _folded(lang, "complement_prepositions")


@cache
def opening_source_prepositions(lang: str) -> frozenset[str]:
    """The lexicon's ``opening_source_prepositions`` ("von"), case-folded: opening a
    sentence before a name the article knows as a person, the source ("Von X stammt
    der Vorschlag"; session 32)."""
    return _folded(lang, "opening_source_prepositions")


@cache
def copula_verbs(lang: str) -> frozenset[str]:
    """The lexicon's ``copula_verbs`` ("ist", "war", "is", "became"), case-folded: a
    role after one predicates of the name before it (session 32)."""
    return _folded(lang, "copula_verbs")


@cache
def place_relation_nouns(lang: str) -> frozenset[str]:
    """The lexicon's ``place_relation_nouns`` ("Einwohner", "Ortsteil", "Umgebung"),
    case-folded: the people, parts and ways of a place, before whose complement a
    town's name stands (session 32)."""
    return _folded(lang, "place_relation_nouns")


@cache
def term_nouns(lang: str) -> frozenset[str]:
    """The lexicon's ``term_nouns`` ("Thema", "Stichwort", "Begriff"), case-folded:
    nouns that name the term in apposition right after them, so a common noun there is
    the noun."""
    return _folded(lang, "term_nouns")


@cache
def opening_plural_verbs(lang: str) -> frozenset[str]:
    """The lexicon's ``opening_plural_verbs`` ("are", "were"; English), case-folded:
    plural verbs after which a plural noun opening the sentence is the noun."""
    return _folded(lang, "opening_plural_verbs")


@cache
def list_joins(lang: str) -> frozenset[str]:
    """The lexicon's ``list_joins`` ("sowie", "sondern"), case-folded: words that join
    the members of a list of one kind besides the profile's "and" and "or" words."""
    return _folded(lang, "list_joins")


@cache
def impersonal_subjects(lang: str) -> frozenset[str]:
    """The lexicon's ``impersonal_subjects`` ("es", "man"): right after the finite verb
    that follows a sentence's first word, they show the first word to be the fronted
    object ("Ulmen gibt es kaum noch"), not the subject."""
    return _folded(lang, "impersonal_subjects")


@cache
def topic_prepositions(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's ``topic_prepositions`` ("um") and ``around_words`` ("rund",
    "herum"): a preposition of place that more often names a topic ("es ging um
    Erlen", "bat um Spenden") and is a place's only beside an around word ("rund um
    X", "um X herum") or after a noun ("die Region um X", "der Streit um X")."""
    return _folded(lang, "topic_prepositions"), _folded(lang, "around_words")


@cache
def opening_topic_prepositions(lang: str) -> frozenset[str]:
    """The lexicon's ``opening_topic_prepositions`` ("mit"): a preposition of place that,
    opening a sentence, governs a thing far more often than a town ("Mit Zangen allein
    ..."), so a word of the noun lists after it is the noun unless a reading outweighs
    a noun."""
    return _folded(lang, "opening_topic_prepositions")


@cache
def subject_after(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's ``subject_after_verbs`` (plural verbs that take no object: "sind",
    "wurden", "standen") and ``middle_field_adverbs`` ("auch", "noch"): a noun after such
    a verb and any such adverbs is its plural subject, which no town's name is."""
    return _folded(lang, "subject_after_verbs"), _folded(lang, "middle_field_adverbs")


@cache
def address_titles(lang: str) -> frozenset[str]:
    """The lexicon's ``address_titles`` ("Frau", "Mr"), case-folded: the name after one
    is a person's whatever places bear it."""
    return _folded(lang, "address_titles")


@cache
def credit_labels(lang: str) -> frozenset[str]:
    """The lexicon's ``credit_labels`` ("Foto", "Photo", "Credit"), case-folded: a full
    name after one and a colon is the photographer's or author's, whatever places bear
    its words."""
    return _folded(lang, "credit_labels")


@cache
def kin_nouns(lang: str) -> frozenset[str]:
    """The lexicon's ``kin_nouns`` ("Bruder", "mother"): a given name in the possessive
    before one is a person's, as a town has no mother."""
    return _folded(lang, "kin_nouns")


@cache
def patronymic_links(lang: str) -> frozenset[str]:
    """The lexicon's ``patronymic_links`` ("bin", "ibn"): lower-case words that join
    the parts of a person's name, never a place's."""
    return _folded(lang, "patronymic_links")


@cache
def surname_particles(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's ``surname_particles`` ("van", "de", "di") and
    ``surname_particle_seconds`` ("der", "la"): lower-case words between a given name and
    a family name ("Ana de la Cruz"), the second only after a first."""
    return _folded(lang, "surname_particles"), _folded(lang, "surname_particle_seconds")


@cache
def name_lead_articles(lang: str) -> frozenset[str]:
    """The lexicon's ``name_lead_articles`` ("les", "el"): Romance articles that open a
    GeoNames name in lower case ("les Borges del Camp")."""
    return _folded(lang, "name_lead_articles")


@cache
def elided_particles(lang: str) -> frozenset[str]:
    """The lexicon's ``elided_particles`` ("d'", "l'", "dell'", "d'en"), with a straight
    apostrophe: Romance particles elided before a vowel inside a place name."""
    return _folded(lang, "elided_particles")


def elided_word(text: str, lang: str) -> bool:
    """A word that is an elided particle hyphenless before a capitalised name word
    ("d'Urgell", "l'Escala", "nell'Emilia"; a curly apostrophe as a straight one)."""
    f = text.replace("\u2019", "'")
    k = f.find("'")
    return k > 0 and f[: k + 1].casefold() in elided_particles(lang) and f[k + 1 : k + 2].isupper()


@cache
def place_heads_before_particles(lang: str) -> frozenset[str]:
    """The lexicon's ``place_heads_before_particles`` ("rio", "isla", "santa"): given
    names that open place names before a particle ("Rio de ..."), no person's there."""
    return _folded(lang, "place_heads_before_particles")


@cache
def hyphened_articles(lang: str) -> frozenset[str]:
    """The lexicon's ``hyphened_articles`` ("al", "ash", "el"): the Arabic article as
    news hyphens it to a name's next word."""
    return _folded(lang, "hyphened_articles")


@cache
def person_nouns(lang: str) -> frozenset[str]:
    """The lexicon's ``person_nouns`` ("Rede", "resignation"): any name in the genitive
    before one is a person's, as no town gives a speech."""
    return _folded(lang, "person_nouns")


@cache
def bare_nouns(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's ``bare_nouns`` (weather, colours, materials: "Regen", "Rot",
    "Stein") and ``bare_noun_prepositions`` ("bei", "aus"): after such a preposition the
    word is the mass noun German writes without an article, not a village of its name."""
    return _folded(lang, "bare_nouns"), _folded(lang, "bare_noun_prepositions")


@cache
def feature_verbs(lang: str) -> dict[str, str]:
    """The lexicon's ``[feature_verbs]``: a verb (case-folded) -> the kind of feature
    that does it ("erupted" -> mountain)."""
    from geomap.lexicons import read_toml

    raw = read_toml(f"places_{lang}.toml").get("feature_verbs", {})
    return {w.casefold(): kind for kind, words in raw.items() for w in words}


@cache
def feature_parts(lang: str) -> dict[str, str]:
    """The lexicon's ``[feature_parts]``: a noun (case-folded) naming a part only a
    feature of the kind has, after the name's possessive ("X's crater" -> mountain)."""
    from geomap.lexicons import read_toml

    raw = read_toml(f"places_{lang}.toml").get("feature_parts", {})
    return {w.casefold(): kind for kind, words in raw.items() for w in words}


@cache
def kind_name_words(lang: str) -> dict[str, str]:
    """The lexicon's ``[kind_name_words]``: a word opening a feature's own name that says
    its kind ("Mount" -> mountain): such a name takes no article."""
    from geomap.lexicons import read_toml

    raw = read_toml(f"places_{lang}.toml").get("kind_name_words", {})
    return {w.casefold(): kind for kind, words in raw.items() for w in words}


@cache
def past_verb_endings(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lexicon's ``past_verb_endings`` and the endings that are none
    (``not_past_verb_endings``), case-folded."""
    from geomap.lexicons import read_toml

    raw = read_toml(f"places_{lang}.toml")
    return (
        tuple(e.casefold() for e in raw.get("past_verb_endings", ())),
        tuple(e.casefold() for e in raw.get("not_past_verb_endings", ())),
    )


@cache
def past_verb_forms(lang: str) -> frozenset[str]:
    """Past forms without a ``past_verb_endings`` ending (``burst``, ``rose``): lexicon
    ``past_verb_forms``, case-folded; read only where an article's owner is decided."""
    from geomap.lexicons import read_toml

    raw = read_toml(f"places_{lang}.toml")
    return frozenset(w.casefold() for w in raw.get("past_verb_forms", ()))


@cache
def home_countries(lang: str) -> frozenset[str]:
    """The countries where ``lang`` is an official language (CLDR through Babel, de facto
    included), a text in it most likely written there, where ``places_<lang>.toml`` sets
    ``home_towns_first`` (their towns' own names go before a far-away city's untagged
    other names); none otherwise."""
    from babel import Locale
    from babel.languages import get_official_languages

    from geomap.lexicons import read_toml

    if not read_toml(f"places_{lang}.toml").get("home_towns_first", False):
        return frozenset()
    codes = [t for t in Locale("en").territories if isinstance(t, str)]
    return frozenset(
        t
        for t in codes
        if len(t) == 2 and t.isalpha() and lang in get_official_languages(t, de_facto=True)
    )


@cache
def country_names(lang: str) -> dict[str, str]:
    """Each country's name in ``lang`` as CLDR (through Babel) writes it ("Kenia" for KE
    in German): the name a text in that language inflects ("Kenias"), where the
    gazetteer's other names of a country also hold short forms in other languages ("Man"
    for the Isle of Man)."""
    from babel import Locale

    return {
        t: name
        for t, name in Locale(lang).territories.items()
        if isinstance(t, str) and len(t) == 2 and t.isalpha()
    }


@cache
def municipal_words(
    lang: str,
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """The lexicon's ``[municipal_words]``, each phrase as its case-folded words: those
    after a name (``after``: "city council", "high school"), keyed by their first word,
    and those before it (``before``: "mayor of", "Bürgermeister von"), keyed by their
    last word. Only a municipality has them."""
    return _phrases(lang, "municipal_words")


@cache
def municipal_heads(lang: str) -> frozenset[str]:
    """The first words of the ``[municipal_words]`` a name follows ("Bürgermeister" of
    "Bürgermeister von", "mayor"): a genitive before one is a municipality's ("Brixens
    Bürgermeister"), no person's."""
    return frozenset(p[0] for ps in municipal_words(lang)[1].values() for p in ps)


@cache
def organisation_names(lang: str) -> frozenset[str]:
    """The lexicon's ``organisation_names``, case-folded: companies and clubs news names
    by a word towns also bear ("Nokia", "Werder"); alone such a word is the
    organisation, after a place preposition or a feature head the town."""
    return _folded(lang, "organisation_names")


@cache
def organisation_heads(lang: str) -> frozenset[str]:
    """The lexicon's ``organisation_heads``, case-folded: words for an organisation's
    kind ("Konzern", "carmaker"); the name right after one is the organisation's."""
    return _folded(lang, "organisation_heads")


@cache
def thing_heads(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's ``[thing_heads]``, case-folded: words for a named vessel, craft or
    storm before its name (``before``: "hurricane", "Fähre", "Trägerrakete") and after it
    (``after``: "rocket", "-Rakete"). The name next to one is the thing's, not a town's
    ("Hurricane Otis", "die Fähre X", "the Vega rocket"). Empty for a language that
    lists none."""
    return _table(lang, "thing_heads", "before"), _table(lang, "thing_heads", "after")


@cache
def thing_prepositions(lang: str) -> frozenset[str]:
    """The lexicon's ``[thing_heads] prepositions``, case-folded: prepositions whose
    phrase holds a vessel's word and its name in apposition ("auf der Fähre X", "aboard
    the ferry X"), besides the place prepositions."""
    return _table(lang, "thing_heads", "prepositions")


@cache
def town_body_words(lang: str) -> frozenset[str]:
    """The lexicon's ``[town_body_words]`` ``after``, case-folded: a town's police, its
    officials or residents right after its name ("said Houston police"), so the name
    after a verb of saying is the town, not a speaker of that given name. Empty for a
    language that lists none."""
    return _table(lang, "town_body_words", "after")


@cache
def holder_words(lang: str) -> frozenset[str]:
    """The lexicon's ``[holder_words]`` ``after``, case-folded: words for what a person
    or an organisation holds or runs, right after its name ("the Bush administration",
    "the Clinton campaign", "a Harvard graduate", "die Obama-Regierung"). A name before
    one is the holder's, not a small town's of that name. Empty for a language that lists
    none."""
    return _table(lang, "holder_words", "after")


@cache
def team_words(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The lexicon's ``[team_words]``, case-folded: the club words before a town's name
    (``before``: "FC", "Borussia", "Olympique") and after it (``after``: "United",
    "Rovers"), and the words that say an article is about sport (``sport``: "season",
    "playoffs", "Saison"), where a capitalised word after a town's name that is no place,
    noun or given name is a team's ("the Melbourne Rebels"). Empty for a language that
    lists none."""
    return (
        _table(lang, "team_words", "before"),
        _table(lang, "team_words", "after"),
        _table(lang, "team_words", "sport"),
    )


@cache
def seat_region_words(
    lang: str,
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """The lexicon's ``[seat_region_words]``, keyed as :func:`municipal_words`: the words
    that name a municipality as a region ("the municipality of X", "die Gemeinde X"),
    where a bare name is its seat town."""
    return _phrases(lang, "seat_region_words")


@cache
def dweller_words(
    lang: str,
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """The lexicon's ``[dweller_words]``, keyed as :func:`municipal_words`: a dweller of
    a place before its name ("a resident of X"); the name is where they live."""
    return _phrases(lang, "dweller_words")


@cache
def region_office_words(
    lang: str,
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """The lexicon's ``[region_office_words]``, keyed as :func:`municipal_words`: offices
    only a first-level region has ("governor of", "state legislature", "Gouverneur
    von"), which make a name the state rather than its namesake city."""
    return _phrases(lang, "region_office_words")


def _phrases(
    lang: str, section: str
) -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, tuple[tuple[str, ...], ...]]]:
    """A lexicon section of ``after`` and ``before`` phrases, each as its case-folded words,
    keyed by the word next to the name (the first of ``after``, the last of ``before``)."""
    from geomap.lexicons import read_toml

    raw = read_toml(f"places_{lang}.toml").get(section, {})
    after: dict[str, list[tuple[str, ...]]] = {}
    before: dict[str, list[tuple[str, ...]]] = {}
    for p in raw.get("after", ()):
        words = tuple(p.casefold().split())
        after.setdefault(words[0], []).append(words)
    for p in raw.get("before", ()):
        words = tuple(p.casefold().split())
        before.setdefault(words[-1], []).append(words)
    return (
        {k: tuple(v) for k, v in after.items()},
        {k: tuple(v) for k, v in before.items()},
    )


@cache
def name_word_abbreviations(lang: str) -> dict[str, tuple[str, ...]]:
    """The lexicon's ``[name_word_abbreviations]``: a generic word opening place names
    and its abbreviations ("Mt." for Mount, "Ft." for Fort, "St." for Saint or Sankt), by
    the abbreviation case-folded without its full stop. A name written with one is also
    looked up in full (``find_spans``): the gazetteer holds "Mount Airy", and only for
    some places the abbreviated form among their other names."""
    from geomap.lexicons import read_toml

    raw = read_toml(f"places_{lang}.toml").get("name_word_abbreviations", {})
    return {k.casefold(): tuple(v) for k, v in raw.items()}


@cache
def east_asian_family_names() -> frozenset[str]:
    """The commonest Chinese, Korean and Vietnamese family names in the Latin script
    (``family_names_east_asia.csv``: Faker's person lists, Statistics Korea): before a
    romanised given name they open a person's name, never a place's."""
    return _column("family_names_east_asia.csv")


@cache
def surnames() -> frozenset[str]:
    """Common family names of many countries (``surnames.csv``: the US Census 2000
    surnames and Faker's last names of Latin-script locales): after a given name in a
    person's context they end a person's name, even where a small town bears the whole
    ("Lauro Müller", ``_mentions.town_named_people``)."""
    return _column("surnames.csv")


def is_surname(word: str) -> bool:
    """``word`` is a family name of :func:`surnames`, as written or with its accents
    dropped ("Díaz": the Census writes "Diaz")."""
    names = surnames()
    return word in names or _unaccented(word) in names


@cache
def source_phrases(lang: str) -> tuple[tuple[str, ...], ...]:
    """The lexicon's ``source_phrases`` ("according to", "laut"), case-folded word by
    word: a name right after one is the source of a report, a person or an office, never
    the place a small town is."""
    from geomap.lexicons import read_toml

    raw = read_toml(f"places_{lang}.toml").get("source_phrases", [])
    return tuple(tuple(p.casefold().split()) for p in raw)


@cache
def apposition_roles(lang: str) -> frozenset[str]:
    """The lexicon's ``apposition_roles`` ("Leiterin", "head"): a role noun set off by a
    comma after a given name and a second capitalised word makes the two a person's
    name (:func:`~geomap.geoparse._mentions._names_before_apposed_role`)."""
    return _folded(lang, "apposition_roles")


@cache
def party_labels(lang: str) -> frozenset[str]:
    """The lexicon's ``party_labels`` ("CDU", "Grüne", "D"): a party in brackets right
    after two or three capitalised words makes them a person's name
    (:func:`~geomap.geoparse._mentions._aged_names`)."""
    return _folded(lang, "party_labels")


@cache
def person_verbs(lang: str) -> frozenset[str]:
    """The lexicon's ``person_verbs`` ("met", "traf"): finite verbs whose subject is a
    person, never a town, so a name a small town bears whole right before one is the
    person's (:func:`~geomap.geoparse._mentions.town_named_people`)."""
    return _folded(lang, "person_verbs")


@cache
def article_genders(lang: str) -> Mapping[str, frozenset[str]]:
    """The genders of the names an article right before them agrees with (``[article_genders]``
    of ``places_<lang>.toml``), by the article case-folded; empty for a language with no
    such table. A read-only view.

    >>> sorted(article_genders("de")["den"])
    ['m', 'pl']
    """
    from geomap.lexicons import read_toml

    table = read_toml(f"places_{lang}.toml").get("article_genders", {})
    return MappingProxyType({k.casefold(): frozenset(v) for k, v in table.items()})


@cache
def town_genders(lang: str) -> frozenset[str]:
    """The genders a town's name takes (``town_genders`` of ``places_<lang>.toml``)."""
    return _folded(lang, "town_genders")


@cache
def country_genders(lang: str) -> Mapping[str, str]:
    """The gender of each country's name that takes an article (``country_genders_<lang>.csv``,
    after the Auswärtiges Amt's list of state names: "Schweiz" -> "f"), by the name as
    written; a name not listed is neuter. Empty for a language with no such file. A
    read-only view.

    >>> country_genders("de")["Schweiz"], "Frankreich" in country_genders("de")
    ('f', False)
    """
    name = f"country_genders_{lang}.csv"
    if not resources.files("geomap.lexicons").joinpath(name).is_file():
        return MappingProxyType({})
    rows = (row.rpartition(",") for row in _column(name))
    return MappingProxyType({word: gender for word, _, gender in rows})
