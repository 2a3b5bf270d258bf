"""Per-language word lists (TOML/CSV data files in this folder) behind one loader:
knowledge as data, so a new language adds files, not branches. What the wings ask of a
language itself (does it capitalise nouns? its determiners, connectors, person titles,
date order, month names) is its :class:`LanguageProfile`.
"""

from __future__ import annotations

from geomap.lexicons._inflect import participle_of_past, plural_of, present_of_past, with_forms
from geomap.lexicons._loader import (
    Demonym,
    PhraseLexicon,
    PlaceLexicon,
    capitals,
    demonym_nouns,
    demonyms,
    invariable_demonyms,
    phrase_lexicon,
    place_lexicon,
    region_adjectives,
    seats_of_government,
    second_level_seats,
    second_level_seats_listed_population,
)
from geomap.lexicons._profile import (
    IntervalWording,
    LanguageProfile,
    language_profile,
    languages,
    month_name_pairs,
    read_toml,
    supported,
)

__all__ = [
    "Demonym",
    "IntervalWording",
    "LanguageProfile",
    "PhraseLexicon",
    "PlaceLexicon",
    "capitals",
    "demonym_nouns",
    "demonyms",
    "invariable_demonyms",
    "language_profile",
    "languages",
    "month_name_pairs",
    "participle_of_past",
    "phrase_lexicon",
    "place_lexicon",
    "plural_of",
    "present_of_past",
    "read_toml",
    "region_adjectives",
    "seats_of_government",
    "second_level_seats",
    "second_level_seats_listed_population",
    "supported",
    "with_forms",
]
