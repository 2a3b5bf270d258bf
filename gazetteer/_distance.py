"""Great-circle distances on a sphere, for ranking and thresholds only.

Kilometres that a verdict rests on come from WGS84 geodesics (pyproj, in
``geomap.geometry``). Ranking readings and checking a 250 km threshold only need relative
closeness, and a sphere is exact to about 0.5 %; this is the one haversine of the code
base (scalar for one pair, vectorised for a name's readings against many anchors).
"""

from __future__ import annotations

import math
from typing import Any

__all__ = ["EARTH_DIAMETER_KM", "haversine_km", "haversine_km_matrix"]

#: Twice the mean Earth radius (6,371 km).
EARTH_DIAMETER_KM = 12742.0


def haversine_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """Great-circle km between two points given in degrees.

    >>> round(haversine_km(52.52, 13.405, 48.137, 11.575))  # Berlin - Munich
    504
    """
    p1, p2 = math.radians(a_lat), math.radians(b_lat)
    dp, dl = p2 - p1, math.radians(b_lon - a_lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return EARTH_DIAMETER_KM * math.asin(min(1.0, math.sqrt(h)))


def haversine_km_matrix(lat: Any, lon: Any, arr: Any) -> Any:
    """Great-circle km between points (radians, shape ``(n,)``) and ``arr`` (radians,
    ``(m, 2)`` as lat, lon): an ``(n, m)`` array. numpy is imported on first use."""
    import numpy as np

    lat = lat[:, None]
    h = (
        np.sin((arr[None, :, 0] - lat) / 2) ** 2
        + np.cos(lat) * np.cos(arr[None, :, 0]) * np.sin((arr[None, :, 1] - lon[:, None]) / 2) ** 2
    )
    return EARTH_DIAMETER_KM * np.arcsin(np.minimum(1.0, np.sqrt(h)))
