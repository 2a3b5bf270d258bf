"""Compass compounds: a part of a country or region named in one word.

German writes the part of a country as one word: ``Nordsyrien``, ``Osttürkei``,
``Südostpolen``, ``Ostanatolien``, ``Westkanada``. The gazetteer holds the compounds that
are names of their own (``Südkorea``, ``Nordmazedonien``, ``Ostfriesland``, ``Westafrika``);
those are matched whole before this module runs and never reach it. A capitalised word that
no span took, that starts with a compass prefix of the language's lexicon
(``PlaceLexicon.compass_prefixes``) and whose rest names a country, an admin-1 region or a
region in the gazetteer, becomes that part of it: a ``Place`` with ``kind="region"`` whose
point is computed from the whole's geometry, never from a list of parts.

Precision (see ``docs/geoparser.md``): for a country, the point is the centroid of the
third of the country's main landmass (its largest polygon and the parts within
``_NEAR_DEG`` of it, so overseas territories do not pull the box) that lies furthest
towards the compass point; for a region without an outline, the region's own point moved
two thirds of its radius towards the compass point (or the region's point when the
gazetteer gives no radius). Either is a representative point of the part, good to a few
hundred kilometres in a large country, not a boundary.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING

from geomap.geoparse._context import Context, Decision
from geomap.model import Place, kinds_where

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from gazetteer import Candidate

__all__: list[str] = []

#: Kinds of whole a compass prefix may cut a part of: a container drawn as an area (a
#: country, a first-level or a curated region), not a town, and not a continent, whose
#: parts are names of their own the gazetteer holds ("Westafrika", "Nordeuropa").
_WHOLE_KINDS = (kinds_where("contains_places") & kinds_where("map_area")) - {"continent"}
#: Parts of a country's outline further than this (degrees) from its largest polygon are
#: overseas territories, left out of the box the part is cut from.
_NEAR_DEG = 3.0
#: The share of the country's extent along the compass direction that the part covers.
_PART_SHARE = 1 / 3
#: The shift of a region's point towards the compass point, as a share of its radius.
_RADIUS_SHIFT = 2 / 3
_MIN_REST = 4  # letters the whole's name keeps after the prefix ("Ostern" is no part)
_CONFIDENCE = 0.8
_UNIT = {
    "N": (0.0, 1.0),
    "NE": (math.sqrt(0.5), math.sqrt(0.5)),
    "E": (1.0, 0.0),
    "SE": (math.sqrt(0.5), -math.sqrt(0.5)),
    "S": (0.0, -1.0),
    "SW": (-math.sqrt(0.5), -math.sqrt(0.5)),
    "W": (-1.0, 0.0),
    "NW": (-math.sqrt(0.5), math.sqrt(0.5)),
}
#: the English adjective of a direction, for a part's name (``southern Ghana``); the events
#: name their compass parts with it too
COMPASS_NAMES = {
    "N": "northern",
    "NE": "north-eastern",
    "E": "eastern",
    "SE": "south-eastern",
    "S": "southern",
    "SW": "south-western",
    "W": "western",
    "NW": "north-western",
}


def compass_parts(ctx: Context, chosen: Sequence[Decision]) -> list[Place]:
    """The compass compounds among the capitalised words no chosen span covers."""
    prefixes = ctx.lex.compass_prefixes
    if not prefixes:
        return []
    taken = {k for d in chosen for k in range(d.span.i, d.span.j + 1)}
    found: list[tuple[int, str, str]] = []  # token index, compass point, rest of the word
    for t in ctx.tokens:
        if not t.is_cap or t.is_upper or t.i in taken or t.i in ctx.person_idx:
            continue
        if t.fold in ctx.persons:
            continue
        for pre, point in prefixes:  # longest first: "südost" before "süd"
            rest = t.text[len(pre) :]
            if t.fold.startswith(pre) and len(rest) >= _MIN_REST and rest.isalpha():
                found.append((t.i, point, rest))
                break
    if not found:
        return []
    names = {rest for *_, rest in found} | {rest[:-1] for *_, rest in found if rest.endswith("s")}
    hits = ctx.gaz.lookup_many(sorted(names), lang=ctx.lang, limit=3, kinds=_WHOLE_KINDS)
    out: list[Place] = []
    for i, point, rest in found:
        # the genitive ("Nordsyriens") is the same part
        cands = hits.get(rest) or (hits.get(rest[:-1]) if rest.endswith("s") else None)
        if not cands:
            continue
        whole = cands[0]
        where = _part_point(ctx, whole, point)
        if where is None:
            continue
        t = ctx.tokens[i]
        dec = ctx.weights.coordinate_decimals
        out.append(
            Place(
                mention=t.text,
                start=t.start,
                end=t.end,
                sentence=t.sentence,
                name=f"{COMPASS_NAMES[point]} {whole.name}",
                kind="region",
                country_code=whole.country_code,
                lat=round(where[0], dec),
                lon=round(where[1], dec),
                id=f"part:{point}:{whole.id}",
                source="derived",
                confidence=_CONFIDENCE,
                facing=point,
                related=(whole.country_code,) if whole.country_code else (),
            )
        )
    return out


def _part_point(ctx: Context, whole: Candidate, point: str) -> tuple[float, float] | None:
    """(lat, lon) of the ``point`` part of ``whole``: cut from its outline where the
    gazetteer has one, else its point moved towards the compass point."""
    geom = ctx.gaz.geometry(whole.id)
    if geom is not None and not geom.is_empty:
        got = part_of_outline(geom, point)
        if got is not None:
            return got
    dx, dy = _UNIT[point]
    if not whole.radius_km:
        return whole.lat, whole.lon
    shift = _RADIUS_SHIFT * whole.radius_km
    lat = whole.lat + dy * shift / 111.2
    lon = whole.lon + dx * shift / (111.2 * max(math.cos(math.radians(whole.lat)), 0.1))
    return max(-90.0, min(90.0, lat)), (lon + 180.0) % 360.0 - 180.0


def part_of_outline(geom: BaseGeometry, point: str) -> tuple[float, float] | None:
    """(lat, lon) of the centroid of the outer ``_PART_SHARE`` of ``geom``'s main landmass
    towards the compass ``point`` (a representative point where the centroid falls outside,
    as in a crescent-shaped part).

    >>> from shapely.geometry import box
    >>> part_of_outline(box(0, 0, 3, 3), "N")
    (2.5, 1.5)
    >>> part_of_outline(box(0, 0, 3, 3), "W")
    (1.5, 0.5)
    """
    from shapely.geometry import MultiPolygon, Polygon

    polys = [g for g in getattr(geom, "geoms", [geom]) if isinstance(g, Polygon)]
    if not polys:
        return None
    main = max(polys, key=lambda p: p.area)
    core = MultiPolygon([p for p in polys if p is main or p.distance(main) <= _NEAR_DEG])
    dx, dy = _UNIT[point]
    minx, miny, maxx, maxy = core.bounds
    proj = [x * dx + y * dy for x in (minx, maxx) for y in (miny, maxy)]
    lo, hi = min(proj), max(proj)
    cut = hi - _PART_SHARE * (hi - lo)
    # the half-plane x*dx + y*dy >= cut, as a polygon larger than the box
    size = (maxx - minx) + (maxy - miny) + 1.0
    mx, my = (minx + maxx) / 2, (miny + maxy) / 2
    off = cut - (mx * dx + my * dy)
    cx, cy = mx + dx * off, my + dy * off  # the box centre moved onto the cutting line
    px, py = -dy, dx  # along the line
    half = Polygon(
        [
            (cx + px * size, cy + py * size),
            (cx + px * size + dx * size * 2, cy + py * size + dy * size * 2),
            (cx - px * size + dx * size * 2, cy - py * size + dy * size * 2),
            (cx - px * size, cy - py * size),
        ]
    )
    piece = core.intersection(half)
    if piece.is_empty:
        return None
    c = piece.centroid
    if not piece.contains(c):
        c = piece.representative_point()
    return c.y, c.x
