"""Geoparsing: candidate place mentions, their resolution through the gazetteer (and the
geopy fallback for names it lacks), and the relative places built from them (borders,
coasts).
"""

from __future__ import annotations

from geomap.geoparse._derived import (
    derive_places,
)
from geomap.geoparse._geocoder import (
    CACHE_FILENAME,
    DEFAULT_BUDGET_SECONDS,
    DEFAULT_MAX_FAILURES,
    DEFAULT_TIMEOUT,
    DEFAULT_USER_AGENT,
    MAX_ANSWER_BYTES,
    MAX_NAME_CHARS,
    FallbackGeocoder,
    GeocodeCache,
    GeocodeOutcome,
    GeocodeResult,
    InvalidAnswer,
    default_cache_path,
    make_geocoder,
    nominatim_kind,
    offline_from_env,
    result_from_raw,
)
from geomap.geoparse._mentions import (
    Adjective,
    Span,
    abbreviation_table,
    find_adjectives,
    find_person_tokens,
    find_spans,
    long_forms_of,
    name_variants,
)
from geomap.geoparse._parts import COMPASS_NAMES
from geomap.geoparse._resolve import (
    Resolution,
    resolve,
    resolve_document,
)
from geomap.geoparse._weights import (
    WEIGHTS,
    Weights,
)

__all__ = [
    "Adjective",
    "CACHE_FILENAME",
    "COMPASS_NAMES",
    "DEFAULT_BUDGET_SECONDS",
    "DEFAULT_MAX_FAILURES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_USER_AGENT",
    "FallbackGeocoder",
    "GeocodeCache",
    "GeocodeOutcome",
    "GeocodeResult",
    "InvalidAnswer",
    "MAX_ANSWER_BYTES",
    "MAX_NAME_CHARS",
    "Resolution",
    "Span",
    "WEIGHTS",
    "Weights",
    "abbreviation_table",
    "default_cache_path",
    "derive_places",
    "find_adjectives",
    "find_person_tokens",
    "find_spans",
    "long_forms_of",
    "make_geocoder",
    "name_variants",
    "nominatim_kind",
    "offline_from_env",
    "resolve",
    "resolve_document",
    "result_from_raw",
]
