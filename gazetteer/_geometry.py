"""Shapely operations on country polygons: shared borders, coasts, neighbours, and
antimeridian splitting for drawing. Everything is in lon/lat degrees; lengths in km
come from the WGS84 geodesic (pyproj), never from planar degrees.

Natural Earth 10m neighbours share their border vertices, but not always bit for
bit, so a shared border is found as the segments of A's boundary whose ends and
midpoint lie within ``BORDER_EPS_DEG`` (1e-5 degrees, about 1 m) of B's boundary. The
tolerance only selects which part of the boundary is shared; the returned line is made
of A's own boundary vertices.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import shapely
from shapely.geometry import LineString, MultiLineString, MultiPolygon, Polygon, box
from shapely.geometry.base import BaseGeometry

__all__ = [
    "BORDER_EPS_DEG",
    "MIN_BORDER_KM",
    "coast",
    "find_neighbours",
    "geodesic_length_km",
    "shared_border",
    "split_antimeridian",
]

BORDER_EPS_DEG = 1e-5
# Countries that touch in a single point (a tri-point) get a sliver of about 2*eps;
# a land border shorter than this is not one.
MIN_BORDER_KM = 0.05

_geod: Any = None


def geodesic_length_km(geom: BaseGeometry | None) -> float:
    """Length of a (Multi)LineString on the WGS84 ellipsoid, in km."""
    global _geod
    if geom is None or geom.is_empty:
        return 0.0
    if _geod is None:
        from pyproj import Geod

        _geod = Geod(ellps="WGS84")
    return float(_geod.geometry_length(geom)) / 1000.0


def _rings(geom: BaseGeometry) -> list[Any]:
    """Exterior and interior rings of every polygon part, as (N, 2) coordinate arrays."""
    out = []
    for poly in getattr(geom, "geoms", [geom]):
        if isinstance(poly, Polygon) and not poly.is_empty:
            out.append(shapely.get_coordinates(poly.exterior))
            out.extend(shapely.get_coordinates(r) for r in poly.interiors)
    return out


def _near_segments(coords: Any, other: BaseGeometry, eps: float) -> Any:
    """For each segment of ``coords``: are both ends and the midpoint within ``eps`` of
    ``other`` (a prepared line geometry)? Vertex tests instead of a line overlay keep
    Canada/USA-sized boundaries fast, and the midpoint test keeps a segment that only
    touches ``other`` at both ends (across a bay) out."""
    import numpy as np

    n = len(coords)
    if n < 2:
        return np.zeros(0, dtype=bool)
    near = shapely.dwithin(shapely.points(coords), other, eps)
    seg = near[:-1] & near[1:]
    idx = np.nonzero(seg)[0]
    if len(idx):
        mids = shapely.points((coords[idx] + coords[idx + 1]) / 2.0)
        seg[idx] = shapely.dwithin(mids, other, eps)
    return seg


def _runs(coords: Any, mask: Any) -> list[LineString]:
    """LineStrings of the consecutive segments where ``mask`` is true."""
    import numpy as np

    out: list[LineString] = []
    idx = np.nonzero(mask)[0]
    if not len(idx):
        return out
    breaks = np.nonzero(np.diff(idx) > 1)[0]
    starts = np.concatenate(([idx[0]], idx[breaks + 1]))
    ends = np.concatenate((idx[breaks], [idx[-1]]))
    for s, e in zip(starts, ends, strict=True):
        out.append(LineString(coords[s : e + 2]))
    return out


def _merge(parts: list[LineString]) -> BaseGeometry | None:
    if not parts:
        return None
    merged = shapely.line_merge(MultiLineString(parts))
    if merged.is_empty or geodesic_length_km(merged) < MIN_BORDER_KM:
        return None
    return merged


def _common_box(a: BaseGeometry, b: BaseGeometry, pad: float) -> tuple[float, ...] | None:
    ax0, ay0, ax1, ay1 = a.bounds
    bx0, by0, bx1, by1 = b.bounds
    x0, y0 = max(ax0, bx0) - pad, max(ay0, by0) - pad
    x1, y1 = min(ax1, bx1) + pad, min(ay1, by1) + pad
    if x0 > x1 or y0 > y1:
        return None
    return (x0, y0, x1, y1)


def _edge_near(a: BaseGeometry, b: BaseGeometry, eps: float) -> BaseGeometry | None:
    """B's boundary clipped to the box both share, prepared for repeated tests."""
    bbox = _common_box(a, b, 2 * eps)
    if bbox is None:
        return None
    edge = shapely.clip_by_rect(b.boundary, *bbox)
    if edge.is_empty:
        return None
    shapely.prepare(edge)
    return edge


def shared_border(
    a: BaseGeometry, b: BaseGeometry, eps: float = BORDER_EPS_DEG
) -> BaseGeometry | None:
    """The part of A's boundary that runs along B's boundary (within ``eps``), as a
    (Multi)LineString of A's own vertices, or None when they share no land border."""
    edge = _edge_near(a, b, eps)
    if edge is None:
        return None
    x0, y0, x1, y1 = edge.bounds
    parts: list[LineString] = []
    for coords in _rings(a):
        if (
            coords[:, 0].max() < x0 - eps
            or coords[:, 0].min() > x1 + eps
            or coords[:, 1].max() < y0 - eps
            or coords[:, 1].min() > y1 + eps
        ):
            continue
        parts.extend(_runs(coords, _near_segments(coords, edge, eps)))
    return _merge(parts)


def coast(
    a: BaseGeometry, neighbours: Sequence[BaseGeometry], eps: float = BORDER_EPS_DEG
) -> BaseGeometry | None:
    """A's boundary minus its land borders with ``neighbours``: the coastline (and the
    shores of lakes Natural Earth cuts out), or None when A is landlocked."""
    import numpy as np

    edges = [e for e in (_edge_near(a, b, eps) for b in neighbours) if e is not None]
    boxes = [e.bounds for e in edges]
    parts: list[LineString] = []
    for coords in _rings(a):
        border = np.zeros(max(0, len(coords) - 1), dtype=bool)
        rx0, ry0 = coords[:, 0].min(), coords[:, 1].min()
        rx1, ry1 = coords[:, 0].max(), coords[:, 1].max()
        for edge, (x0, y0, x1, y1) in zip(edges, boxes, strict=True):
            # an island far from every land border (most of Russia's rings) skips the tests
            if rx1 < x0 - eps or rx0 > x1 + eps or ry1 < y0 - eps or ry0 > y1 + eps:
                continue
            border |= _near_segments(coords, edge, eps)
        parts.extend(_runs(coords, ~border))
    return _merge(parts)


def find_neighbours(
    codes: Sequence[str], geoms: Sequence[BaseGeometry]
) -> list[tuple[str, str, float]]:
    """Every pair of countries with a land border, as (a, b, length_km) with a < b,
    found with an STRtree and checked with ``shared_border``."""
    from shapely.strtree import STRtree

    tree = STRtree(list(geoms))
    out: list[tuple[str, str, float]] = []
    for i, g in enumerate(geoms):
        for j in sorted(
            int(x) for x in tree.query(g, predicate="dwithin", distance=BORDER_EPS_DEG)
        ):
            if j <= i:
                continue
            line = shared_border(g, geoms[j])
            if line is not None:
                a, b = codes[i], codes[j]
                km = round(geodesic_length_km(line), 3)
                out.append((a, b, km) if a < b else (b, a, km))
    out.sort()
    return out


def _crosses_antimeridian(poly: Polygon) -> bool:
    """True when an edge of the exterior ring jumps more than 180 degrees of longitude
    (a polygon that merely reaches +-180, like Antarctica, does not)."""
    x = shapely.get_coordinates(poly.exterior)[:, 0]
    if len(x) < 2:
        return False
    a, b = x[:-1], x[1:]
    # An edge from +180 to -180 runs along the meridian itself (Antarctica's closure).
    along = (abs(a) >= 180 - 1e-6) & (abs(b) >= 180 - 1e-6)
    return bool(((abs(b - a) > 180) & ~along).any())


def _split_polygon(poly: Polygon) -> list[Polygon]:
    if not _crosses_antimeridian(poly):
        return [poly]
    # Coordinates jump across the antimeridian: unwrap to 0..360, cut at 180, wrap back.
    shifted = shapely.transform(poly, lambda c: c + [[360.0, 0.0]] * (c[:, :1] < 0))
    east = shifted.intersection(box(-180, -90, 180, 90))
    west = shapely.affinity.translate(shifted.intersection(box(180, -90, 540, 90)), xoff=-360)
    out: list[Polygon] = []
    for part in (east, west):
        for g in getattr(part, "geoms", [part]):
            if isinstance(g, Polygon) and not g.is_empty:
                out.append(g)
    return out


def split_antimeridian(geom: BaseGeometry) -> BaseGeometry:
    """Cut polygons whose rings jump across the 180th meridian into parts that stay
    on one side each, so a web map does not draw a stripe across the globe."""
    import shapely.affinity  # noqa: F401  (used in _split_polygon)

    polys = [p for p in getattr(geom, "geoms", [geom]) if isinstance(p, Polygon)]
    parts = [q for p in polys for q in _split_polygon(p)]
    if len(parts) == 1:
        return parts[0]
    return MultiPolygon(parts) if parts else geom
