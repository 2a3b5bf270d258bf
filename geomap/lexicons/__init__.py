"""Per-language word lists (TOML/CSV data files in this folder) behind one loader:
knowledge as data, so a new language adds files, not branches.
"""

from __future__ import annotations

from geomap.lexicons._loader import (
    Demonym,
    PlaceLexicon,
    demonym_nouns,
    demonyms,
    month_name_pairs,
    place_lexicon,
    read_toml,
    region_adjectives,
)

__all__ = [
    "Demonym",
    "PlaceLexicon",
    "demonym_nouns",
    "demonyms",
    "month_name_pairs",
    "place_lexicon",
    "read_toml",
    "region_adjectives",
]
