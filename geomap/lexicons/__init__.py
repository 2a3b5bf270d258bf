"""Per-language word lists (TOML/CSV data files in this folder) behind one loader:
knowledge as data, so a new language adds files, not branches.
"""

from __future__ import annotations

from geomap.lexicons._loader import (
    Demonym,
    PhraseLexicon,
    PlaceLexicon,
    demonym_nouns,
    demonyms,
    month_name_pairs,
    phrase_lexicon,
    place_lexicon,
    read_toml,
    region_adjectives,
)

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
