"""Compass parts of a country or a province (``in northern Kenya``, ``im Süden Perus``,
``im Nordosten des Landes``): the point of that part, for an event placed there.

Why here and not in the geoparser: the geoparser resolves names; a part of a country is no
name of the gazetteer, it is what the event's clause says about the country it names. The
event keeps the country (its id, so the country is still known) and takes the point of the
part, with ``region`` precision and the direction in its ``relation`` (``part:S``).

The point of a part is the centre of the outer third of the country's main land masses
towards the direction, a diagonal the corner of two thirds (a country's outline from the
gazetteer, Natural Earth): ``southern Ghana`` is the centre of Ghana's southern third. Why
the main land masses (every part at least a quarter of the largest, by area on the ground): a
far-off island or an exclave would stretch the box the third is cut from (a state's outlying
territory far to the west would make its ``west`` that territory, and small southern islands
its ``south`` the sea). A province has no outline in the gazetteer, only a point and a
radius: its part lies 0.6 of the radius from its point, which is where the centre of the
outer third of a disc lies.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from geomap.model import Place

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from gazetteer import GazetteerAPI


# degrees counter-clockwise from east, as on a map
_ANGLE = {"E": 0, "NE": 45, "N": 90, "NW": 135, "W": 180, "SW": 225, "S": 270, "SE": 315}

# a part is the outer third towards its direction; a province's part lies this far out (in
# its radii): the centroid of the segment of a disc beyond a third of its diameter
_THIRD = 1 / 3
_DISC_PART = 0.6
_MAIN_LAND = 0.25  # parts of a country smaller than this share of its largest are left out

_memo: dict[tuple[int, str, str], tuple[float, float] | None] = {}


def part_point(gaz: GazetteerAPI, place: Place, direction: str) -> tuple[float, float] | None:
    """(lat, lon) of the ``direction`` part of ``place`` (a country or a province), or None
    when the gazetteer has neither its outline nor its radius. Memoised per gazetteer."""
    key = (id(gaz), place.id or "", direction)
    if key not in _memo:
        _memo[key] = _compute(gaz, place, direction)
    return _memo[key]


def _compute(gaz: GazetteerAPI, place: Place, direction: str) -> tuple[float, float] | None:
    if direction not in _ANGLE or place.lat is None or place.lon is None:
        return None
    if place.kind == "country" and place.country_code:
        geom = gaz.country_geometry(place.country_code)
        if geom is not None and not geom.is_empty:
            return _outer_third(geom, direction)
        return None
    cand = gaz.get(place.id) if place.id else None
    radius = cand.radius_km if cand is not None else None
    if not radius:
        return None
    angle = math.radians(_ANGLE[direction])
    dist = radius * _DISC_PART
    lat = place.lat + dist * math.sin(angle) / 111.32
    lon = place.lon + dist * math.cos(angle) / (111.32 * max(math.cos(math.radians(lat)), 0.1))
    return (round(lat, 4), round(lon, 4))


def lies_in_part(gaz: GazetteerAPI, country: Place, direction: str, lat: float, lon: float) -> bool:
    """Does (lat, lon) lie in the ``direction`` part of ``country`` as a reader takes it: on
    that side of its main land masses, within the outer ``_SIDE`` of their extent along
    each letter of the direction (``western Georgia`` holds a town two fifths of the way
    from the west, ``northern Ecuador`` one a fifth of the way from the north)? A town near
    the middle is in no part. Only countries (a province has no outline here)."""
    if direction not in _ANGLE or country.kind != "country" or not country.country_code:
        return False
    key = (id(gaz), country.country_code)
    if key not in _bounds_memo:
        geom = gaz.country_geometry(country.country_code)
        empty = geom is None or geom.is_empty
        _bounds_memo[key] = None if empty else _main_land(geom).bounds
    bounds = _bounds_memo[key]
    if bounds is None:
        return False
    minx, miny, maxx, maxy = bounds
    share = {
        "N": (maxy - lat) / max(maxy - miny, 1e-9),
        "S": (lat - miny) / max(maxy - miny, 1e-9),
        "E": (maxx - lon) / max(maxx - minx, 1e-9),
        "W": (lon - minx) / max(maxx - minx, 1e-9),
    }
    return all(0.0 <= share[letter] <= _SIDE for letter in direction)


_bounds_memo: dict[tuple[int, str], tuple[float, float, float, float] | None] = {}

# how far into a country a town may lie and still be in one of its parts (its extent's share)
_SIDE = 0.45


def _main_land(geom: BaseGeometry) -> BaseGeometry:
    """The union of ``geom``'s main land masses (each at least ``_MAIN_LAND`` of the
    largest, by area on the ground)."""
    import shapely

    parts = list(getattr(geom, "geoms", [geom]))
    areas = [p.area * math.cos(math.radians(p.centroid.y)) for p in parts]
    keep = _MAIN_LAND * max(areas)
    return shapely.union_all([p for p, a in zip(parts, areas, strict=True) if a >= keep])


def _outer_third(geom: BaseGeometry, direction: str) -> tuple[float, float] | None:
    """The centroid of the outer third of ``geom``'s main land masses towards ``direction``;
    a diagonal is the corner both its thirds share (``SE``: the southern third of the east
    third). Why the corner: the outer third along a diagonal of a country as wide as it is
    long reaches to its middle (south-eastern Brazil is around São Paulo, not half of the east)."""
    import shapely
    from shapely.geometry import box

    parts = list(getattr(geom, "geoms", [geom]))
    # a degree square near the pole is small: areas compared as on the ground
    areas = [p.area * math.cos(math.radians(p.centroid.y)) for p in parts]
    largest = max(areas)
    keep = _MAIN_LAND * largest
    main = shapely.union_all([p for p, a in zip(parts, areas, strict=True) if a >= keep])
    minx, miny, maxx, maxy = main.bounds
    w, h = (maxx - minx) * _THIRD, (maxy - miny) * _THIRD
    cuts = {
        "N": (minx, maxy - h, maxx, maxy),
        "S": (minx, miny, maxx, miny + h),
        "E": (maxx - w, miny, maxx, maxy),
        "W": (minx, miny, minx + w, maxy),
    }
    outer = main
    for letter in direction:
        outer = outer.intersection(box(*cuts[letter]))
    if outer.is_empty or outer.area == 0:
        return None
    c = outer.centroid
    return (round(c.y, 4), round(c.x, 4))
