"""What every wing asks of a language itself, read once from ``language_<lang>.toml``.

The geoparser, the event reader and the report used to compare language codes where they
meant "does this language capitalise its nouns?" or "in which order are dates written?".
A :class:`LanguageProfile` answers such questions by concept (writing, determiners,
connectors, person titles, dates, month names), so supporting another language adds a
``language_<lang>.toml`` (and its other lexicon files), not branches. The languages are the
files present; anything else reads as English. Month names, number symbols and date
formats come from CLDR through babel, read here and nowhere else.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any, Literal, cast, get_args

__all__ = [
    "IntervalWording",
    "LanguageProfile",
    "language_profile",
    "languages",
    "month_name_pairs",
    "read_toml",
]

#: The language an unsupported code reads as.
FALLBACK = "en"

#: CLDR's month contexts: "format" (im September, 13. Sept.) and "stand-alone" (a heading).
MONTH_CONTEXTS = ("format", "stand-alone")

DateOrder = Literal["DMY", "MDY", "YMD"]


@dataclass(frozen=True)
class IntervalWording:
    """How a report words the distances a stated distance allows; ``{lo}`` and ``{hi}``
    stand for the written distances."""

    at_least: str
    at_most: str
    between: str
    any_distance: str


def read_toml(name: str) -> dict[str, Any]:
    """Parse ``geomap/lexicons/<name>`` (a TOML file shipped as package data)."""
    with resources.files("geomap.lexicons").joinpath(name).open("rb") as fh:
        return tomllib.load(fh)


def word_set(values: list[str]) -> frozenset[str]:
    """A word list as the lexicons match it: case-folded."""
    return frozenset(v.casefold() for v in values)


@cache
def languages() -> tuple[str, ...]:
    """The languages geomap reads: one per ``language_<lang>.toml`` file, sorted.

    >>> languages()
    ('de', 'en')
    """
    folder = resources.files("geomap.lexicons")
    found = (p.name for p in folder.iterdir() if p.name.startswith("language_"))
    return tuple(sorted(n.removeprefix("language_").removesuffix(".toml") for n in found))


def supported(lang: str) -> str:
    """``lang`` if geomap has its files, else the fallback language."""
    return lang if lang in languages() else FALLBACK


@cache
def _cldr_months(lang: str) -> dict[str, tuple[tuple[str, int], ...]]:
    """CLDR's month names of ``lang`` by context, wide then abbreviated: read once."""
    from babel import Locale

    months = Locale(lang).months
    return {
        ctx: tuple(
            (name, num)
            for width in ("wide", "abbreviated")
            for num, name in months[ctx][width].items()
        )
        for ctx in MONTH_CONTEXTS
    }


@cache
def month_name_pairs(
    langs: tuple[str, ...] | None = None, contexts: tuple[str, ...] = MONTH_CONTEXTS
) -> tuple[tuple[str, int], ...]:
    """Month names as CLDR (babel) writes them, wide then abbreviated, with their numbers,
    for ``langs`` (default: every language). In CLDR's order (language, context, width),
    so a caller that folds them into a dict keeps the same winner for a shared spelling.

    >>> ("September", 9) in month_name_pairs(("en",), ("format",))
    True
    """
    return tuple(
        pair
        for lang in (languages() if langs is None else langs)
        for ctx in contexts
        for pair in _cldr_months(lang)[ctx]
    )


@dataclass(frozen=True)
class LanguageProfile:
    """What the wings ask of one language: ``language_<lang>.toml``.

    >>> de, en = language_profile("de"), language_profile("en")
    >>> de.capitalises_nouns, en.capitalises_nouns
    (True, False)
    >>> sorted(de.connectors), en.date_order
    (['oder', 'und'], 'MDY')
    >>> language_profile("xx").lang
    'en'
    """

    lang: str
    #: the CLDR locale of its month and country names, number symbols and date formats
    locale: str
    #: nouns are written with a capital letter: capitalisation is no cue for a name
    capitalises_nouns: bool
    #: adjectives of countries are capitalised ("Russian", not "russische")
    capitalises_demonyms: bool
    #: compounds are written as one word, so a compound counts by its last part
    #: ("Öresundbrücke" is a bridge); English writes them apart ("the Øresund bridge")
    closed_compounds: bool
    #: a clause may end in its verb after a place ("die aus Kassala geflohen waren"): a few
    #: lower-case words after a from-phrase's place still close that phrase
    verb_ends_clauses: bool
    #: articles and the like: a city name does not follow one
    determiners: frozenset[str]
    #: words that join names into a list: "and" / "und"
    and_words: frozenset[str]
    #: and "or" / "oder"
    or_words: frozenset[str]
    #: person titles as whole words (a capitalised name after one is a person)
    titles: frozenset[str]
    #: the same as patterns, "*" standing for any run of letters ("*minister")
    title_patterns: tuple[str, ...]
    #: endings that make a title's plural ("Sens.", "Senators"; "Senatorinnen"): a plural
    #: title names a list of people ("Sens. Warren and Sanders"), each a person
    title_plural_endings: tuple[str, ...]
    #: abbreviated titles that open places' names ("St. Paris"): any other abbreviation
    #: with its full stop before one word is a person's title ("Gov. Santiago")
    place_title_abbreviations: frozenset[str]
    #: endings of a genitive place name before the title it belongs to ("Frankreichs")
    genitive_endings: tuple[str, ...]
    #: the clitic of a possessive after an apostrophe ("Ohio's": "s")
    possessive_clitics: frozenset[str]
    #: the order of day, month and year in an all-number date
    date_order: DateOrder
    #: the reports' words for an interval of distances
    interval_wording: IntervalWording

    @property
    def connectors(self) -> frozenset[str]:
        """Every word that joins names into a list ("and", "or")."""
        return self.and_words | self.or_words

    @cached_property
    def function_words(self) -> frozenset[str]:
        """Closed-class words: determiners, connectors and the sentence substrate's
        prepositions, pronouns, particles and verbs (``phrases_<lang>.toml``)."""
        from geomap.lexicons._loader import phrase_lexicon

        return self.determiners | self.connectors | phrase_lexicon(self.lang).function_words

    @cached_property
    def months(self) -> tuple[tuple[str, int], ...]:
        """CLDR's month names (both contexts, wide then abbreviated) with their numbers."""
        return month_name_pairs((self.lang,))

    @cached_property
    def number_symbols(self) -> tuple[str, str]:
        """CLDR's (decimal, group) separators: ``(",", ".")`` in German."""
        from babel import Locale

        symbols = Locale.parse(self.locale).number_symbols["latn"]
        return symbols["decimal"], symbols["group"]


def _date_order(value: str) -> DateOrder:
    if value in get_args(DateOrder):
        return cast(DateOrder, value)
    raise ValueError(f"date_order {value!r} is none of DMY, MDY, YMD")


def language_profile(lang: str) -> LanguageProfile:
    """The :class:`LanguageProfile` of ``lang`` (anything unsupported reads as English):
    one object per language, read once."""
    return _profile(supported(lang))


@cache
def _profile(lang: str) -> LanguageProfile:
    raw = read_toml(f"language_{lang}.toml")
    connectors = raw.get("connectors", {})
    titles = raw.get("titles", {})
    return LanguageProfile(
        lang=lang,
        locale=str(raw.get("locale", lang)),
        capitalises_nouns=bool(raw["capitalises_nouns"]),
        capitalises_demonyms=bool(raw["capitalises_demonyms"]),
        closed_compounds=bool(raw["closed_compounds"]),
        verb_ends_clauses=bool(raw.get("verb_ends_clauses", False)),
        determiners=word_set(raw["determiners"]),
        and_words=word_set(connectors.get("and", [])),
        or_words=word_set(connectors.get("or", [])),
        titles=word_set(titles.get("words", [])),
        title_patterns=tuple(p.casefold() for p in titles.get("patterns", [])),
        title_plural_endings=tuple(e.casefold() for e in titles.get("plural_endings", [])),
        place_title_abbreviations=word_set(titles.get("place_abbreviations", [])),
        genitive_endings=tuple(raw.get("genitive_endings", [])),
        possessive_clitics=frozenset(raw.get("possessive_clitics", [])),
        date_order=_date_order(raw.get("date_order", "MDY")),
        interval_wording=IntervalWording(**raw["wording"]),
    )
