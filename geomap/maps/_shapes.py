"""Shapes as the map draws them: rounded geodesics and rings, simplified GeoJSON.

The geodesic work (densified great circles, range rings, unwrapped longitudes) is done by
:mod:`geomap.geometry`; this module only prepares its output for Leaflet. Coordinates are
rounded to a fixed precision because the HTML must be byte-identical from run to run, and
small.
"""

from __future__ import annotations

import bisect
import itertools
import math
from typing import Any

import numpy as np
from shapely.geometry import GeometryCollection, LineString, MultiLineString, MultiPolygon, mapping
from shapely.geometry.base import BaseGeometry

from geomap.geometry import coast_near, densify, haversine_km_matrix, line_runs, ring

__all__ = [
    "coast_near",
    "coast_toward",
    "drop_specks",
    "geodesic_path",
    "geojson_geometry",
    "lines_latlon",
    "range_ring",
    "trim_ends",
]

#: Simplification of a feature outline drawn on the map, as a share of its extent (a sea
#: 1,000 km across loses detail under 2 km), and the most it may lose (degrees).
OUTLINE_TOLERANCE_SCALE = 0.002
OUTLINE_TOLERANCE_MAX = 0.05

PRECISION = 5  # decimal degrees kept for markers, claim lines and rings (about 1 m)


def geodesic_path(lat1: float, lon1: float, lat2: float, lon2: float) -> list[tuple[float, float]]:
    """``(lat, lon)`` points along the WGS84 geodesic, both ends included, unwrapped, rounded.

    >>> path = geodesic_path(0.0, 179.0, 0.0, -179.0)
    >>> path[0], path[-1]
    ((0.0, 179.0), (0.0, 181.0))
    """
    return [_pt(la, lo) for la, lo in densify((lat1, lon1), (lat2, lon2), step_km=25.0)]


def trim_ends(path: list[tuple[float, float]], share: float) -> list[tuple[float, float]]:
    """The middle of a line: ``share`` of its length cut from each end (lengths measured in
    degrees, enough to choose where to cut), interpolated where the cut falls.

    The invisible hit line of a claim lies above the place pins; cut short, it leaves the
    pins at both ends clickable while its middle can be reached over any pin.

    >>> trim_ends([(0.0, 0.0), (0.0, 10.0)], 0.2)
    [(0.0, 2.0), (0.0, 8.0)]
    """
    if len(path) < 2 or not 0 < share < 0.5:
        return list(path)
    cum = [0.0]
    for a, b in itertools.pairwise(path):
        cum.append(cum[-1] + math.dist(a, b))
    total = cum[-1]
    if total == 0:
        return list(path)

    def at(d: float) -> tuple[float, float]:
        i = max(1, bisect.bisect_left(cum, d))
        (a, b), span = (path[i - 1], path[i]), cum[i] - cum[i - 1]
        t = (d - cum[i - 1]) / span if span else 0.0
        return (round(a[0] + t * (b[0] - a[0]), 5), round(a[1] + t * (b[1] - a[1]), 5))

    lo, hi = total * share, total * (1 - share)
    inner = [pt for pt, d in zip(path, cum, strict=True) if lo < d < hi]
    return [at(lo), *inner, at(hi)]


def range_ring(lat: float, lon: float, radius_km: float) -> list[tuple[float, float]]:
    """The closed geodesic circle of ``radius_km`` around a point, rounded.

    >>> r = range_ring(0.0, 0.0, 100.0)
    >>> r[0] == r[-1]
    True
    """
    return [_pt(la, lo) for la, lo in ring(lat, lon, radius_km, n=180)]


def drop_specks(geom: BaseGeometry, min_area: float) -> BaseGeometry:
    """Remove polygon parts smaller than ``min_area`` square degrees, keeping the largest.

    Natural Earth 10m has thousands of islets: invisible on a world basemap, yet most of
    its bytes.
    """
    parts = list(getattr(geom, "geoms", [geom]))
    if min_area <= 0 or len(parts) < 2:
        return geom
    largest = max(parts, key=lambda p: p.area)
    keep = [p for p in parts if p is largest or p.area >= min_area]
    return MultiPolygon(keep) if len(keep) > 1 else keep[0]


def geojson_geometry(
    geom: BaseGeometry | None, *, tolerance: float = 0.0, precision: int = 3, min_area: float = 0.0
) -> dict[str, Any] | None:
    """A GeoJSON geometry dict, specks dropped, simplified (degrees), rounded; ``None`` if empty."""
    if geom is None or geom.is_empty:
        return None
    if min_area > 0 and isinstance(geom, MultiPolygon):
        geom = drop_specks(geom, min_area)
    if tolerance > 0:
        geom = geom.simplify(tolerance, preserve_topology=True)
    if geom.is_empty:
        return None
    return _round(mapping(geom), precision)


def lines_latlon(
    geom: BaseGeometry | None, *, tolerance: float = 0.0, precision: int = 3
) -> list[list[tuple[float, float]]]:
    """The line parts of a (Multi)LineString as lists of ``(lat, lon)`` for a folium PolyLine."""
    if geom is None or geom.is_empty:
        return []
    if tolerance > 0:
        geom = geom.simplify(tolerance, preserve_topology=False)
    parts = geom.geoms if isinstance(geom, (MultiLineString, GeometryCollection)) else [geom]
    out = []
    for part in parts:
        if isinstance(part, LineString) and len(part.coords) >= 2:
            out.append([(round(c[1], precision), round(c[0], precision)) for c in part.coords])
    return out


def outline_latlon(geom: BaseGeometry | None) -> list[list[tuple[float, float]]]:
    """The outline a distance was measured to (a sea's shore, an island's coast, a river,
    a line of latitude) as ``(lat, lon)`` lines for a folium PolyLine, simplified in
    proportion to its size; polygons give their boundary."""
    if geom is None or geom.is_empty or geom.geom_type == "Point":
        return []
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        geom = geom.boundary
    minx, miny, maxx, maxy = geom.bounds
    extent = max(maxx - minx, maxy - miny)
    return lines_latlon(
        geom, tolerance=min(OUTLINE_TOLERANCE_MAX, extent * OUTLINE_TOLERANCE_SCALE)
    )


def coast_toward(coast: BaseGeometry, lat: float, lon: float, radius_km: float) -> BaseGeometry:
    """The stretches of a coastline within ``radius_km`` (great-circle) of a point: the
    nearest stretch to what a distance was measured from, when the words name no sea."""
    here_lat, here_lon = np.radians([lat]), np.radians([lon])

    def keep(mid: np.ndarray) -> np.ndarray:
        km = haversine_km_matrix(here_lat, here_lon, np.radians(mid[:, ::-1]))[0]
        return np.asarray(km <= radius_km)

    return line_runs(coast, keep)


def _pt(lat: float, lon: float) -> tuple[float, float]:
    return (round(float(lat), PRECISION), round(float(lon), PRECISION))


def _round(obj: Any, precision: int) -> Any:
    if isinstance(obj, float):
        r = round(obj, precision)
        return 0.0 if r == 0 else r
    if isinstance(obj, (list, tuple)):
        return [_round(o, precision) for o in obj]
    if isinstance(obj, dict):
        return {k: _round(v, precision) for k, v in obj.items()}
    return obj
