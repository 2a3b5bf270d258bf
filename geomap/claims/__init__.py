"""Distance claims: numbers, units, qualifiers and directions in the text; which two places
a stated distance links; and the check of each claim on the WGS84 ellipsoid.
"""

from __future__ import annotations

from geomap.claims._extract import (
    MAX_QUANTITIES_CHECKED,
    ClaimsLimitWarning,
    extract_claims,
)
from geomap.claims._quantities import (
    COMPASS_POINTS,
    KM_PER_UNIT,
    QUALIFIERS,
    Quantity,
    find_direction,
    find_quantities,
    lexicon,
    parse_direction,
    parse_number,
    phrase_pattern,
    to_km,
)
from geomap.claims._ranges import (
    Landing,
    find_landing,
)
from geomap.claims._sentence import (
    place_ref,
)
from geomap.claims._verify import (
    DEFAULT_TOLERANCES,
    EXTENDED_KINDS,
    Tolerances,
    accepted_interval,
    verify_claim,
    verify_claims,
)

__all__ = [
    "COMPASS_POINTS",
    "ClaimsLimitWarning",
    "DEFAULT_TOLERANCES",
    "EXTENDED_KINDS",
    "KM_PER_UNIT",
    "Landing",
    "MAX_QUANTITIES_CHECKED",
    "QUALIFIERS",
    "Quantity",
    "Tolerances",
    "accepted_interval",
    "extract_claims",
    "find_direction",
    "find_landing",
    "find_quantities",
    "lexicon",
    "parse_direction",
    "parse_number",
    "phrase_pattern",
    "place_ref",
    "to_km",
    "verify_claim",
    "verify_claims",
]
