"""Per-language word lists, loaded once from the data files in ``geomap/lexicons/``.

Behaviour lives in code, knowledge in these files: supporting another language means adding
``places_<lang>.toml`` (and the claims and events files), not new branches.
"""

from __future__ import annotations

import csv
import io
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from typing import Any

__all__ = [
    "Demonym",
    "PhraseLexicon",
    "PlaceLexicon",
    "demonym_nouns",
    "demonyms",
    "month_name_pairs",
    "phrase_lexicon",
    "place_lexicon",
    "read_toml",
    "region_adjectives",
]

SUPPORTED = ("de", "en")

#: CLDR's month contexts: "format" (im September, 13. Sept.) and "stand-alone" (a heading).
MONTH_CONTEXTS = ("format", "stand-alone")


@cache
def month_name_pairs(
    langs: tuple[str, ...] = SUPPORTED, contexts: tuple[str, ...] = MONTH_CONTEXTS
) -> tuple[tuple[str, int], ...]:
    """Month names as CLDR (babel) writes them, wide then abbreviated, with their numbers:
    the one place geomap reads them. In CLDR's order (language, context, width), so a
    caller that folds them into a dict keeps the same winner for a shared spelling.

    >>> ("September", 9) in month_name_pairs(("en",), ("format",))
    True
    """
    from babel import Locale

    pairs: list[tuple[str, int]] = []
    for lang in langs:
        months = Locale(lang).months
        for ctx in contexts:
            for width in ("wide", "abbreviated"):
                pairs.extend((name, num) for num, name in months[ctx][width].items())
    return tuple(pairs)


def read_toml(name: str) -> dict[str, Any]:
    """Parse ``geomap/lexicons/<name>`` (a TOML file shipped as package data)."""
    with resources.files("geomap.lexicons").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


def _words(values: list[str]) -> frozenset[str]:
    return frozenset(v.casefold() for v in values)


@dataclass(frozen=True)
class PlaceLexicon:
    """What the geoparser knows about one language's words around place names."""

    lang: str
    determiners: frozenset[str]
    place_prepositions: frozenset[str]
    name_connectors: frozenset[str]
    person_titles: frozenset[str]
    speech_verbs: frozenset[str]
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
    calendar: frozenset[str] = frozenset()
    alone: frozenset[str] = frozenset()  # never a place on their own ("North", "Montag")
    nobility: frozenset[str] = frozenset()  # "Duke of Wellington" is a person
    abbreviations: tuple[tuple[str, str], ...] = ()  # (written form, gazetteer id), anywhere
    abbreviations_after_comma: tuple[tuple[str, str], ...] = ()
    # words that make the name next to them a region: "upstate New York", "Washington state"
    region_before: frozenset[str] = frozenset()
    region_after: frozenset[str] = frozenset()
    # a unit word written after a list of names or shortened: "counties" -> "County"
    unit_heads: dict[str, str] = field(default_factory=dict)
    or_words: frozenset[str] = frozenset()  # "California or Washington"
    route_words: frozenset[str] = frozenset()  # "from New York to Moscow"
    # nouns are written with a capital (German): a lower-case word after a name is no
    # noun the name modifies ("vom Mississippi entfernt")
    nouns_capitalised: bool = False

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
    lang = lang if lang in SUPPORTED else "en"
    raw = read_toml(f"places_{lang}.toml")
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
        determiners=_words(raw["determiners"]),
        place_prepositions=_words(raw["place_prepositions"]),
        name_connectors=_words(raw["name_connectors"]),
        person_titles=_words(raw["person_titles"]),
        speech_verbs=_words(raw["speech_verbs"]),
        feature_heads=heads,
        street_suffixes=_words(raw["street_suffixes"]),
        org_suffixes=_words(raw["org_suffixes"]),
        border_words=_words(raw["border_words"]),
        border_with=_words(raw["border_with"]),
        between_words=_words(raw["between_words"]),
        and_words=_words(raw["and_words"]),
        coast_words=_words(raw["coast_words"]),
        compass_prefixes=tuple(prefixes),
        compass_words=compass_words,
        name_suffixes=tuple(infl.get("name_suffixes", [])),
        adjective_endings=tuple(infl.get("adjective_endings", [])),
        demonym_endings=tuple(infl.get("demonym_endings", [""])),
        calendar=_words(raw.get("calendar", {}).get("words", [])),
        alone=_words(raw.get("calendar", {}).get("alone", [])),
        nobility=_words(raw.get("nobility", [])),
        abbreviations=tuple(sorted(raw.get("abbreviations", {}).get("anywhere", {}).items())),
        abbreviations_after_comma=tuple(
            sorted(raw.get("abbreviations", {}).get("after_comma", {}).items())
        ),
        region_before=_words(raw.get("region_words", {}).get("before", [])),
        region_after=_words(raw.get("region_words", {}).get("after", [])),
        unit_heads={k.casefold(): v for k, v in raw.get("unit_heads", {}).items()},
        or_words=_words(raw.get("or_words", [])),
        route_words=_words(raw.get("route_words", [])),
        nouns_capitalised=bool(raw.get("nouns_capitalised", False)),
    )


@dataclass(frozen=True)
class Demonym:
    country_code: str
    lang: str
    adjective: str
    noun: str


def _demonym_forms(lang: str, column: str, endings: Sequence[str]) -> dict[str, str]:
    """Every form of ``column`` ("adjective" or "noun") in ``demonyms.csv`` for ``lang``
    with each of ``endings`` appended, case-folded -> country code. The first row wins."""
    out: dict[str, str] = {}
    path = resources.files("geomap.lexicons").joinpath("demonyms.csv")
    if not path.is_file():
        return out
    # Traversable.open takes no newline; csv wants newline="", so wrap the bytes
    with path.open("rb") as raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            stem = (row.get(column) or "").strip()
            if row.get("lang") != lang or not stem:
                continue
            for ending in endings:
                out.setdefault((stem + ending).casefold(), row["country_code"].strip().upper())
    return out


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
    capitalised_nouns: bool  # German writes nouns with a capital letter

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
    lang = lang if lang in SUPPORTED else "en"
    raw = read_toml(f"phrases_{lang}.toml")
    return PhraseLexicon(
        lang=lang,
        determiners=_words(raw["determiners"]),
        prepositions=_words(raw["prepositions"]),
        relative_pronouns=_words(raw["relative_pronouns"]),
        coordinators=_words(raw["coordinators"]),
        particles=_words(raw.get("particles", [])),
        verbs=_words(raw.get("verbs", [])),
        adjective_endings=tuple(raw.get("adjective_endings", [])),
        relative_verb_final=bool(raw.get("relative_verb_final", False)),
        capitalised_nouns=bool(raw.get("capitalised_nouns", False)),
    )
