"""Geodesic geometry on the WGS84 ellipsoid: distances, bearings, lines and rings for maps.

Kilometres always come from geodesics (pyproj's ``Geod``, i.e. Karney's algorithms),
never from shapely on degrees: shapely's plane is Cartesian, so it is used only for
topology (nearest points, containment) in a projection where that is exact enough.
Coordinates go in and out as ``(lat, lon)``; they switch to ``(lon, lat)`` only where
they enter shapely.

Point-to-geometry distance is exact up to the last step: the geometry is projected into an
azimuthal equidistant projection centred on the point (distances *from the centre* are
true there), shapely finds the nearest point, and the final distance is a geodesic on the
ellipsoid between the point and that nearest point.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import numpy as np
import shapely
from pyproj import Geod
from shapely.geometry import GeometryCollection, LineString, MultiLineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from gazetteer import haversine_km, haversine_km_matrix

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI
    from geomap.model import Place, PlaceRef

__all__ = [
    "COMPASS_POINTS",
    "FACING_OFFSET_KM",
    "FACING_SECTOR_DEG",
    "GEOD",
    "MAX_GEODESIC_KM",
    "angular_difference",
    "area_samples",
    "bearing_deg",
    "coast_facing",
    "coast_near",
    "coast_on_sea",
    "compass_bearing",
    "compass_sector",
    "densify",
    "distances_from_points_km",
    "geodesic_km",
    "namesake_outline_id",
    "coast_off_own_island",
    "haversine_km",
    "haversine_km_matrix",
    "land_boundary",
    "line_runs",
    "place_geometry",
    "point_to_geometry",
    "ring",
]

#: The eight compass points, clockwise from north (45° apart).
COMPASS_POINTS: tuple[str, ...] = ("N", "NE", "E", "SE", "S", "SW", "W", "NW")

#: The WGS84 ellipsoid; one shared instance (``Geod`` is thread-safe for reads).
GEOD = Geod(ellps="WGS84")

#: Half the meridian circumference: no two points on Earth are farther apart.
MAX_GEODESIC_KM = 20003.931

#: A coastline segment belongs to the coast facing X when its outward normal lies within
#: this many degrees of X. 67.5° (three 8-point sectors wide) lets a ragged coast through
#: while keeping the opposite and the perpendicular coasts out.
FACING_SECTOR_DEG = 67.5

#: How far from a coastline segment we step to tell land from sea when finding its
#: outward normal. Far enough to step over 10 m-scale jaggedness, short enough for bays.
FACING_OFFSET_KM = 5.0
KM_PER_DEGREE = 111.195  # of latitude, on a sphere of the mean Earth radius


def geodesic_km(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """The geodesic distance between two points on WGS84, in km.

    >>> round(geodesic_km(52.52, 13.405, 48.137, 11.575), 1)  # Berlin - Munich
    504.6
    """
    _, _, d = GEOD.inv(a_lon, a_lat, b_lon, b_lat)
    return float(d) / 1000.0


def bearing_deg(a_lat: float, a_lon: float, b_lat: float, b_lon: float) -> float:
    """The initial bearing from a to b along the geodesic, degrees clockwise from north
    in ``[0, 360)``.

    >>> round(bearing_deg(0, 0, 1, 0))
    0
    """
    az, _, _ = GEOD.inv(a_lon, a_lat, b_lon, b_lat)
    b = float(az) % 360.0
    return 0.0 if b >= 360.0 else b  # -1e-14 % 360 rounds up to 360.0


def compass_bearing(point: str) -> float:
    """The bearing of an 8-point compass point (``NE`` -> 45)."""
    return COMPASS_POINTS.index(point) * 45.0


def compass_sector(bearing: float) -> str:
    """The 8-point compass sector a bearing falls in (each 45° wide, centred on the point).

    >>> compass_sector(350), compass_sector(22.4), compass_sector(22.6), compass_sector(-90)
    ('N', 'N', 'NE', 'W')
    """
    return COMPASS_POINTS[int(((bearing % 360.0) + 22.5) // 45.0) % 8]


def angular_difference(a: float, b: float) -> float:
    """The smallest absolute angle between two bearings, in ``[0, 180]``."""
    d = abs((a - b) % 360.0)
    return min(d, 360.0 - d)


def _unwrap(lons: Sequence[float]) -> list[float]:
    """Longitudes made continuous across the antimeridian (179 -> 181, not -179), so a
    polyline drawn in Web Mercator does not jump across the whole map."""
    out: list[float] = []
    for lon in lons:
        lon = float(lon)
        if out:
            lon += 360.0 * round((out[-1] - lon) / 360.0)
        out.append(lon)
    return out


def densify(
    a: tuple[float, float],
    b: tuple[float, float],
    n: int | None = None,
    *,
    step_km: float | None = None,
) -> tuple[tuple[float, float], ...]:
    """Points ``(lat, lon)`` along the geodesic from a to b, both ends included, for drawing.

    ``n`` is the number of points (>= 2); or give ``step_km`` for their spacing; by default
    one point per 50 km, at least 2 and at most 1000. Longitudes are unwrapped.
    """
    (alat, alon), (blat, blon) = a, b
    dist_km = geodesic_km(alat, alon, blat, blon)
    if n is None:
        step = step_km if step_km and step_km > 0 else 50.0
        n = int(math.ceil(dist_km / step)) + 1
    n = max(2, min(int(n), 1000))
    if dist_km == 0.0:
        return tuple((alat, alon) for _ in range(n))
    r = GEOD.inv_intermediate(
        alon, alat, blon, blat, npts=n, initial_idx=0, terminus_idx=0, return_back_azimuth=True
    )
    lons = _unwrap(r.lons)
    return tuple((float(la), lo) for la, lo in zip(r.lats, lons, strict=True))


def ring(lat: float, lon: float, radius_km: float, n: int = 128) -> tuple[tuple[float, float], ...]:
    """The geodesic circle of ``radius_km`` around a point, as ``n + 1`` closed ``(lat, lon)``
    points (first repeated last), longitudes unwrapped."""
    n = max(3, int(n))
    az = np.linspace(0.0, 360.0, n, endpoint=False)
    lons, lats, _ = GEOD.fwd(np.full(n, lon), np.full(n, lat), az, np.full(n, radius_km * 1000.0))
    lons_u = _unwrap(list(lons) + [lons[0]])
    lats_l = [float(x) for x in lats] + [float(lats[0])]
    return tuple(zip(lats_l, lons_u, strict=True))


class _Aeqd:
    """The azimuthal equidistant projection centred on a point, on the WGS84 ellipsoid.

    Built from geodesics: a vertex maps to ``(d sin az, d cos az)`` with ``d``/``az`` the
    geodesic distance and azimuth from the centre (what PROJ's ellipsoidal ``aeqd`` does),
    vectorised through ``Geod`` so no ``Transformer`` is built per centre (those cost
    milliseconds each). Distances from the centre are exact in this plane.
    """

    def __init__(self, lat: float, lon: float) -> None:
        self.lat, self.lon = float(lat), float(lon)

    def forward(self, lons: np.ndarray, lats: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        lons = np.atleast_1d(np.asarray(lons, dtype=float))
        lats = np.atleast_1d(np.asarray(lats, dtype=float))
        n = len(lons)
        az, _, d = GEOD.inv(np.full(n, self.lon), np.full(n, self.lat), lons, lats)
        r = np.radians(az)
        return d * np.sin(r), d * np.cos(r)

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """``(lon, lat)`` of a projected point."""
        d = math.hypot(x, y)
        if d == 0.0:
            return self.lon, self.lat
        lon, lat, _ = GEOD.fwd(self.lon, self.lat, math.degrees(math.atan2(x, y)), d)
        return float(lon), float(lat)

    def project(self, geom: BaseGeometry) -> BaseGeometry:
        def fwd(xy: np.ndarray) -> np.ndarray:
            x, y = self.forward(xy[:, 0], xy[:, 1])
            return np.column_stack([x, y])

        return shapely.transform(geom, fwd)


_SEGMENT_DEG = 0.05


def _is_polygonal(geom: BaseGeometry) -> bool:
    return geom.geom_type in ("Polygon", "MultiPolygon")


def point_to_geometry(
    lat: float, lon: float, geom: BaseGeometry
) -> tuple[float, tuple[float, float]]:
    """The geodesic distance in km from a point to the nearest point of a lon/lat geometry,
    and that nearest point as ``(lat, lon)``.

    A point inside a polygon is 0 km away (and is its own nearest point).
    """
    if geom is None or geom.is_empty:
        raise ValueError("point_to_geometry needs a non-empty geometry")
    if _is_polygonal(geom) and shapely.contains_xy(geom, lon, lat):
        return 0.0, (lat, lon)
    if geom.geom_type == "Point":
        return geodesic_km(lat, lon, geom.y, geom.x), (geom.y, geom.x)
    aeqd = _Aeqd(lat, lon)
    # Edges are straight in lon/lat in the source data; extra vertices every 0.05 degrees
    # keep them (nearly) so after projection.
    projected = aeqd.project(shapely.segmentize(geom, _SEGMENT_DEG))
    if _is_polygonal(projected):
        projected = projected.boundary
    near, _ = nearest_points(projected, Point(0.0, 0.0))
    nlon, nlat = aeqd.inverse(near.x, near.y)
    return geodesic_km(lat, lon, nlat, nlon), (nlat, nlon)


#: Interior sample points of an area per axis of its bounding box (``area_samples``).
AREA_GRID = 48


def area_samples(
    lat: float, lon: float, geom: BaseGeometry, grid: int = AREA_GRID
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Points of an area as seen from ``(lat, lon)``: its outline's vertices (every 0.05°)
    and a ``grid`` x ``grid`` lattice of points inside it, as arrays of geodesic distance
    (km), azimuth from the point (degrees), latitude and longitude.

    Why: "the quake struck off Mindanao, 100 km south-east of Davao" holds when *some* point
    of the island lies 100 km south-east of Davao, not only its nearest one.
    """
    pts = [shapely.get_coordinates(shapely.segmentize(geom.boundary, _SEGMENT_DEG))]
    x0, y0, x1, y1 = geom.bounds
    mx, my = np.meshgrid(np.linspace(x0, x1, grid), np.linspace(y0, y1, grid))
    gx, gy = mx.ravel(), my.ravel()
    inside = shapely.contains_xy(geom, gx, gy)
    pts.append(np.column_stack([gx[inside], gy[inside]]))
    xy = np.vstack(pts)
    n = len(xy)
    az, _, d = GEOD.inv(np.full(n, float(lon)), np.full(n, float(lat)), xy[:, 0], xy[:, 1])
    return np.asarray(d) / 1000.0, np.asarray(az) % 360.0, xy[:, 1], xy[:, 0]


def distances_from_points_km(
    origin: tuple[float, float],
    geom: BaseGeometry,
    lats: np.ndarray,
    lons: np.ndarray,
    *,
    within_km: float | None = None,
) -> np.ndarray:
    """Approximate km from each of many points to ``geom``, all projected azimuthal-
    equidistantly around ``origin`` ``(lat, lon)``: exact for distances from the origin,
    within a few per cent for the others up to about 1,000 km from it. Vectorised, for
    checks such as "does any point of this ring lie outside a 370 km zone".

    With ``within_km``, only distances up to it matter: the geometry is first clipped to
    the points' bounding box grown by that much (skipped across the antimeridian), and a
    point with nothing left in reach gets ``inf``.
    """
    lats = np.atleast_1d(np.asarray(lats, dtype=float))
    lons = np.atleast_1d(np.asarray(lons, dtype=float))
    if len(lats) == 0:
        return np.empty(0)
    if within_km is not None:
        lat_pad = within_km / 110.0 + 0.1
        lat_lo, lat_hi = lats.min() - lat_pad, lats.max() + lat_pad
        widest = min(89.0, max(abs(lat_lo), abs(lat_hi)))
        lon_pad = within_km / (111.0 * math.cos(math.radians(widest))) + 0.1
        lon_lo, lon_hi = lons.min() - lon_pad, lons.max() + lon_pad
        if lon_lo > -180.0 and lon_hi < 180.0 and abs(lat_lo) < 89.0 and abs(lat_hi) < 89.0:
            geom = shapely.clip_by_rect(geom, lon_lo, lat_lo, lon_hi, lat_hi)
            if geom.is_empty:
                return np.full(len(lats), np.inf)
    aeqd = _Aeqd(*origin)
    g = aeqd.project(shapely.segmentize(geom, _SEGMENT_DEG))
    x, y = aeqd.forward(lons, lats)
    pts = shapely.points(np.column_stack([x, y]))
    return np.asarray(shapely.distance(g, pts), dtype=float) / 1000.0


def _segments(lines: BaseGeometry) -> np.ndarray:
    """All segments of a (Multi)LineString as an ``(n, 4)`` array ``lon0, lat0, lon1, lat1``."""
    parts = []
    for line in getattr(lines, "geoms", [lines]):
        if line.geom_type == "LinearRing" or line.geom_type == "LineString":
            c = np.asarray(line.coords)[:, :2]
            if len(c) >= 2:
                parts.append(np.hstack([c[:-1], c[1:]]))
        elif hasattr(line, "geoms"):
            seg = _segments(line)
            if len(seg):
                parts.append(seg)
    return np.vstack(parts) if parts else np.empty((0, 4))


def coast_facing(
    coastline: BaseGeometry, country_geom: BaseGeometry, facing: str | None
) -> BaseGeometry:
    """The part of a country's coastline on its ``facing`` side (``E`` for the east coast).

    Rule: a coastline segment is kept when (1) its outward normal (the side on which a step
    of ``FACING_OFFSET_KM`` leaves the country) lies within ``FACING_SECTOR_DEG`` of the
    facing bearing, and (2) its midpoint lies on that side of the country's centroid (for
    ``E``: east of the centroid's meridian; for ``NE``: ahead of the centroid along the
    north-east direction, measured in a local equirectangular frame). ``facing=None``
    returns the whole coastline. If no segment qualifies, the whole coastline is returned
    rather than nothing, so a coarse polygon still yields a usable geometry.
    """
    if facing is None or facing not in COMPASS_POINTS:
        return coastline
    seg = _segments(coastline)
    if len(seg) == 0:
        return coastline
    want = compass_bearing(facing)
    lon0, lat0, lon1, lat1 = seg.T
    # Bearing and a 5 km step to either side in a local equirectangular frame: segments
    # are short (a coastline's vertices lie kilometres apart), so this agrees with the
    # geodesic to a fraction of a degree and is an order of magnitude faster than
    # pyproj's forward problem on Canada's 67,000 segments.
    dlon = ((lon1 - lon0) + 180.0) % 360.0 - 180.0
    mlat = (lat0 + lat1) / 2.0
    coslat = np.maximum(np.cos(np.radians(mlat)), 1e-6)
    dx, dy = dlon * coslat, lat1 - lat0
    az = np.degrees(np.arctan2(dx, dy))
    mlon = ((lon0 + dlon / 2.0) + 180.0) % 360.0 - 180.0
    norm = np.hypot(dx, dy)
    norm[norm == 0] = 1.0
    step = FACING_OFFSET_KM / KM_PER_DEGREE
    east, north = dy / norm * step, -dx / norm * step  # toward az + 90
    plon = ((mlon + east / coslat) + 180.0) % 360.0 - 180.0
    qlon = ((mlon - east / coslat) + 180.0) % 360.0 - 180.0
    plat, qlat = mlat + north, mlat - north
    in_p = shapely.contains_xy(country_geom, plon, plat)
    in_q = shapely.contains_xy(country_geom, qlon, qlat)
    outward = np.where(in_q & ~in_p, az + 90.0, np.where(in_p & ~in_q, az - 90.0, np.nan))
    diff = np.abs(((outward - want) + 180.0) % 360.0 - 180.0)
    c = country_geom.centroid
    rad = math.radians(want)
    # longitude difference wrapped to [-180, 180): Chukotka (-170) is east of Russia's centroid
    dx = (((mlon - c.x) + 180.0) % 360.0 - 180.0) * math.cos(math.radians(c.y))
    dy = mlat - c.y
    ahead = dx * math.sin(rad) + dy * math.cos(rad) > 0
    keep = (diff <= FACING_SECTOR_DEG) & ahead
    if not keep.any():
        return coastline
    lines = shapely.linestrings(seg[keep].reshape(-1, 2, 2))
    return shapely.line_merge(shapely.multilinestrings(lines))


def land_boundary(cc: str, gaz: GazetteerAPI) -> BaseGeometry | None:
    """A country's land borders (all of them): the union of ``gaz.border(cc, n)`` over its
    neighbours, else its outline minus its coastline."""
    parts = [
        b
        for n in gaz.neighbours(cc) or ()
        if (b := gaz.border(cc, n)) is not None and not b.is_empty
    ]
    if parts:
        return shapely.union_all(parts)
    poly = gaz.country_geometry(cc)
    if poly is None:
        return None
    coast = gaz.coastline(cc)
    outline = poly.boundary
    return outline.difference(coast) if coast is not None and not coast.is_empty else outline


#: A coast segment faces a named sea when it lies this close to the sea's outline (degrees):
#: the gazetteer's sea outlines are drawn more coarsely than Natural Earth's coastlines.
WATER_TOLERANCE_DEG = 0.3


def line_runs(lines: BaseGeometry, keep: Callable[[np.ndarray], np.ndarray]) -> BaseGeometry:
    """The stretches of ``lines`` whose segments ``keep`` accepts: ``keep`` gets the
    segments' midpoints (``(n, 2)`` lon/lat) and returns a boolean mask. Consecutive kept
    segments stay one line. Linear in the number of vertices."""
    out = []
    for line in getattr(lines, "geoms", [lines]):
        c = np.asarray(line.coords)[:, :2]
        if len(c) < 2:
            continue
        mask = keep((c[:-1] + c[1:]) / 2.0)
        if not mask.any():
            continue
        edges = np.flatnonzero(np.diff(np.concatenate(([0], mask.astype(np.int8), [0]))))
        for a, b in zip(edges[::2], edges[1::2], strict=True):
            out.append(LineString(c[a : b + 1]))
    return MultiLineString(out) if out else GeometryCollection()


def coast_near(coast: BaseGeometry, water: BaseGeometry) -> BaseGeometry:
    """The stretches of a coastline that lie along ``water`` (a sea's or an ocean's
    outline): the coast a phrase such as "the Pacific coast of X" names. Empty when none
    does."""
    shapely.prepare(water)
    return line_runs(
        coast, lambda mid: shapely.dwithin(water, shapely.points(mid), WATER_TOLERANCE_DEG)
    )


def coast_on_sea(coast: BaseGeometry, water_id: str, gaz: GazetteerAPI) -> BaseGeometry:
    """The stretches of ``coast`` along the sea or ocean ``water_id`` (a gazetteer id),
    or ``coast`` itself when the gazetteer has no outline of that water or none of the
    coast lies along it."""
    water = gaz.geometry(water_id)
    if water is None or water.geom_type not in ("Polygon", "MultiPolygon"):
        return coast
    along = coast_near(coast, water)
    return coast if along.is_empty else along


def place_geometry(
    obj: Place | PlaceRef,
    gaz: GazetteerAPI,
    *,
    related: Sequence[str] = (),
    facing: str | None = None,
) -> BaseGeometry | None:
    """The shapely geometry (lon/lat) a place or claim end stands for, or ``None``.

    country -> its polygon; border -> ``gaz.border(a, b)`` for two countries, else the
    country's land boundary; coast -> ``gaz.coastline`` cut to the stretches along the
    sea the words named (``water``, a gazetteer id) and to the ``facing`` side;
    anything else -> a Point. ``related``/``facing`` override what a ``Place`` carries
    (a ``PlaceRef`` carries neither).
    """
    kind = _geometry_kind(obj)
    codes = (
        tuple(related)
        or tuple(getattr(obj, "related", ()) or ())
        or ((obj.country_code,) if obj.country_code else ())
    )
    facing = facing or getattr(obj, "facing", None)
    if kind == "polygon" and obj.country_code:
        return gaz.country_geometry(obj.country_code)
    if kind == "border" and codes:
        if len(codes) >= 2 and codes[0] != codes[1]:
            return gaz.border(codes[0], codes[1])
        return land_boundary(codes[0], gaz)
    if kind == "coast" and codes:
        coast = gaz.coastline(codes[0])
        poly = gaz.country_geometry(codes[0])
        if coast is None or coast.is_empty:
            return None
        water_id = getattr(obj, "water", None)
        if water_id:  # "the North Sea coast of X": only the stretches along that sea
            coast = coast_on_sea(coast, water_id, gaz)
        return coast_facing(coast, poly, facing) if poly is not None else coast
    if obj.lat is not None and obj.lon is not None:
        return Point(obj.lon, obj.lat)
    return None


def _geometry_kind(obj: Place | PlaceRef) -> str:
    geometry = getattr(obj, "geometry", None)
    if geometry is not None:  # a PlaceRef says it
        return str(geometry)
    relation = getattr(obj, "relation", None)
    if relation in ("border", "coast"):
        return str(relation)
    return "polygon" if obj.kind == "country" else "point"


#: A namesake feature whose outline stands for a region's lies this near its point.
NAMESAKE_OUTLINE_KM = 200.0


def namesake_outline_id(gaz: GazetteerAPI, region: Place | PlaceRef) -> str | None:
    """The gazetteer id of an outline (polygon) for a region: its own, else that of a
    feature bearing its name in its country around its point, else ``None``.

    Why: many islands are also administrative units (a state, a province, a county named
    like the island it covers), and the geoparser rightly reads the name as the unit; the
    gazetteer holds outlines for the islands only, so the coast of the region and a
    distance to it are measured on the island's outline."""
    if region.id is not None:
        own = gaz.geometry(region.id)
        if own is not None and own.geom_type in ("Polygon", "MultiPolygon"):
            return region.id
    if not region.name or region.lat is None or region.lon is None:
        return None
    for c in gaz.lookup(region.name, limit=8):
        if c.id == region.id or c.country_code != region.country_code:
            continue
        if haversine_km(c.lat, c.lon, region.lat, region.lon) > NAMESAKE_OUTLINE_KM:
            continue
        geo = gaz.geometry(c.id)
        if geo is not None and geo.geom_type in ("Polygon", "MultiPolygon"):
            return c.id
    return None


#: How far (degrees, about a kilometre) an island's shore is cut around.
_ON_ISLAND_DEG = 0.01
#: The islets this near (degrees, about ten kilometres) to an island's point belong to its
#: group (Helgoland's Düne): their shores are not the coast it lies off either.
_ISLAND_GROUP_DEG = 0.1
#: A part of a country at least this share of its largest part's area is mainland to an
#: island off it (a country on two landmasses keeps both); smaller parts are islands.
_MAINLAND_SHARE = 0.2


def coast_off_own_island(
    coast: BaseGeometry,
    country: BaseGeometry | None,
    lat: float,
    lon: float,
    *,
    island: BaseGeometry | None = None,
    island_at_most_km: float | None = None,
) -> BaseGeometry:
    """``coast`` without the shore of the country's island the point stands on.

    Why: "Helgoland liegt rund 60 Kilometer vor der Küste", "Zanzibar lies 35 km off the
    coast": an island's distance to its country's coast is to the rest of that coast,
    never to its own shore (which would make every such claim 0 km). The island is the
    part of the country's (multi)polygon holding the point, with the islets of its group,
    other than the country's largest part; where the point is on the largest part, or the
    country is one polygon, the coast is returned unchanged. With ``island`` (the island's
    own outline, for a big island measured by its shore), the group is the parts near that
    outline rather than near the point. With ``island_at_most_km``, a point's island whose
    outline spans more (the diagonal of its bounding box) is land the point stands on, not
    an island off the coast: a town on a big island a few km from its shore is measured to
    that shore."""
    if country is None or country.is_empty or coast.is_empty:
        return coast
    parts = list(getattr(country, "geoms", [country]))
    if len(parts) < 2:
        return coast
    near: BaseGeometry = island if island is not None and not island.is_empty else Point(lon, lat)
    biggest = max(parts, key=lambda g: g.area)
    own = [g for g in parts if g is not biggest and g.distance(near) <= _ISLAND_GROUP_DEG]
    if not own and island is None:
        return coast  # a place on the mainland: the whole coast
    if own and island is None and island_at_most_km is not None:
        w, so, e, n = shapely.union_all(own).bounds
        if geodesic_km(so, w, n, e) > island_at_most_km:
            return coast  # a town on a big island, near its own shore
    # an island: the coast it lies off is the mainland's, the landmasses of the country
    # comparable to its largest part, not the shores of other small islands on the way
    # (an island measured to the next island of its country is measured wrong by the
    # width of that island's sea)
    small = [g for g in parts if g.area < _MAINLAND_SHARE * biggest.area]
    cut = own + [g for g in small if all(g is not o for o in own)]
    if not cut:
        return coast
    rest = coast.difference(shapely.union_all([g.buffer(_ON_ISLAND_DEG) for g in cut]))
    return coast if rest.is_empty else rest
