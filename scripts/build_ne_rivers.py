"""Build the Natural Earth river layer of the gazetteer (run by hand, not at install).

    NE_RIVERS=PATH/ne_10m_rivers_lake_centerlines.json python scripts/build_ne_rivers.py

Why: a distance to a river ("30 km from the Ravi") is measured to its course, and the
hand-written river rows (``gazetteer/data/curated/rivers_lakes.csv``) cover the rivers an
editor thought of. Natural Earth's 1:10m "rivers and lake centerlines" layer (public
domain) is a sourced list of the world's named rivers, ranked by ``scalerank``; every
named river of it that the curated layer lacks becomes a row here, with its course.

Source: Natural Earth 10m ``ne_10m_rivers_lake_centerlines`` (version 4.0.0, 2017, the
GeoJSON conversion in the public repository martynafford/natural-earth-geojson, commit
0b9a6ce, CC0; the file itself is not shipped). Written:

* ``gazetteer/data/curated/ne_rivers.csv``: one curated row per river (kind ``river``),
  its label point the middle of its longest merged part, ``radius_km`` half its length,
  its country the Natural Earth admin-0 polygon under that point. Names: ``<Name> River``
  and ``River <Name>`` (en), ``Fluss <Name>`` (de), and the bare name (both languages)
  only when it is safe to read alone: four letters or more, no common English or German
  word (wordfreq Zipf < 2.5, as written and folded), no given name
  (``geomap/lexicons/first_names.csv``), and no country, region, unit or town of 1,000
  people or more in the gazetteer bears it (the river word then says which is meant).
* ``gazetteer/data/outlines_ne.csv``: the course of each, method ``lines`` (parts
  ``|``-separated, points ``lon lat;``-separated), simplified with 0.01 degrees (at most
  1.1 km off Natural Earth's line), three decimals.

With ``NE_REGIONS=PATH/ne_10m_geography_regions_polys.json`` (same source and
version) it also writes, to ``outlines_ne.csv``, the area (method ``area``, outer rings,
simplified with 0.05 degrees, about 5.6 km, as the broad regions) of every curated range,
desert, plateau, plain, basin, delta, valley, peninsula or region that has no outline
yet and that a Natural Earth region polygon names: the names agree (folded, or without
the generic word on one side only: ``Gobi`` and ``GOBI DESERT``, never ``Ganges Delta``
and ``GANGES PLAIN``) the row's point lies in the polygon or within its radius
(at most 100 km) of it, and the polygon is no mere label polygon (its equal-area radius
at least 0.3 of the row's radius). Islands, island groups, lakes and continents are left to their
own sources.

Left out by rule: unnamed lines; a name several unconnected Natural Earth rivers bear
with the same rank (which one a text means is not known); a name any curated row already
uses for a river, lake or other feature (the hand-written row stays, with its course);
names a curated row of another feature uses are given only with the river word.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

OUT_ROWS = ROOT / "gazetteer" / "data" / "curated" / "ne_rivers.csv"
OUT_LINES = ROOT / "gazetteer" / "data" / "outlines_ne.csv"
SOURCE = (
    "Natural Earth 10m rivers_lake_centerlines v4.0.0 (public domain; GeoJSON of "
    "martynafford/natural-earth-geojson at 0b9a6ce, CC0), scalerank {rank}"
)
#: Simplification of the stored course (degrees): at most 1.1 km off the source line.
SIMPLIFY_DEG = 0.01
#: A bare name as frequent as this (wordfreq Zipf) in English or German is a word, a
#: surname or a name of something else first (``Groundhog`` 2.9, ``Moma`` 2.9,
#: ``Sprague`` 2.9): stricter than the 3.0 of the admin-2 units, as these rivers come
#: from a list, not from a reading of each name.
COMMON_ZIPF = 2.5
#: A town this populous bearing the bare name keeps it; the river needs its river word.
TOWN_POPULATION = 1_000
#: A Natural Earth river whose vertices lie this close (degrees, about 15 km: the
#: curated courses run straight between towns) to a known course ...
SAME_DEG = 0.15
#: ... for at least this share of them is that river under another name.
SAME_SHARE = 0.5
_RIVER_WORDS = re.compile(
    r"^(?:rio|río|rivière|riviere|river|fluss|rzeka|reka)\s+|\s+(?:river|rivière)$"
)


def fold(name: str) -> str:
    """Roughly the gazetteer's name key (case, accents, hyphens and apostrophes folded;
    letters without a decomposition such as the dotless i transliterated)."""
    from unidecode import unidecode

    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("ß", "ss"))
    plain = unidecode("".join(ch for ch in decomposed if not unicodedata.combining(ch)))
    return " ".join(re.sub(r"[-‐–'’.`ʼ]", " ", plain.casefold()).split())


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")


def _is_subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


def _damaged(name: str) -> bool:
    """Natural Earth 4.0 lost some non-ASCII letters (``Kiz?lirmak``, ``ngermanlven``,
    ``Stora Lule lv``): a name with a question mark, a lower-case first letter or a word
    without a vowel is not a name, nor an abbreviation (``R. des Outaouais``); the
    channels of a delta (``Irrawaddy Delta``) are the delta's, not a river of that name;
    and a name of two letters (``Ba``, ``Yi``) is left out, as its bare form would be a
    word or a surname and the curated layer finds every two-letter river it has by that
    form (``tests/gazetteer/test_physical_coverage6.py``)."""
    if "?" in name or "." in name or not name[:1].isupper():
        return True
    words = fold(name).split()
    if any(not re.search(r"[aeiouy]", w) for w in words):
        return True  # a word that lost its vowels (``Stora Lule lv``, ``Motala strm``)
    return words[-1] == "delta" or len(fold(name).replace(" ", "")) < 3


def _best_name(props: dict) -> str:
    """``name_en``, unless it is ``name`` with letters lost (``Glma`` of ``Glomma``)."""
    en, local = (props.get("name_en") or "").strip(), (props.get("name") or "").strip()
    if en and local and en != local and len(en) < len(local) and _is_subsequence(en, local):
        return local
    return en or local


def _curated_courses() -> list[object]:
    """The hand-written river courses (``outlines.csv``), to find a Natural Earth river
    the curated layer already has under another name (``Firat``, the Euphrates)."""
    import shapely

    from gazetteer._physical import OUTLINES, _parse_value, read_outlines

    out = []
    for spec in read_outlines(OUTLINES).values():
        if spec.method == "course":
            out.append(shapely.LineString([(p[0], p[1]) for p in _parse_value(spec, spec.id)]))
    return out


def _same_course(line: object, known: list[object], tree: object) -> bool:
    """At least ``SAME_SHARE`` of the river's vertices lie within ``SAME_DEG`` of one
    known course: the same river."""
    import shapely

    pts = shapely.points(shapely.get_coordinates(line))
    if not len(pts):
        return False
    for i in tree.query(line.buffer(SAME_DEG)):  # type: ignore[attr-defined]
        near = shapely.dwithin(pts, known[int(i)], SAME_DEG).mean()
        if near >= SAME_SHARE:
            return True
    return False


#: Natural Earth region classes the ``area`` outlines are taken from.
REGION_CLASSES = frozenset(
    {
        "Range/mtn",
        "Plateau",
        "Desert",
        "Pen/cape",
        "Geoarea",
        "Coast",
        "Plain",
        "Delta",
        "Peninsula",
        "Basin",
        "Valley",
        "Lowland",
        "Tundra",
        "Isthmus",
        "Wetlands",
        "Gorge",
        "Foothills",
        "Depression",
    }
)
#: Curated kinds that may take such an area.
AREA_KINDS = frozenset({"region", "desert", "mountain", "peninsula"})
_GENERIC = re.compile(
    r"\s+(?:desert|mountains|range|plateau|plain|plains|basin|delta|valley|peninsula|"
    r"hills|highlands|lowland|lowlands|steppe|depression|pan)$"
)
REGION_SIMPLIFY_DEG = 0.05
#: How far (km) a row's point may lie outside the polygon that names it.
REGION_MATCH_KM = 100.0
#: A polygon whose equal-area radius is under this share of the row's radius is one of
#: Natural Earth's label polygons (the Nile Delta's is 6 km across), not the feature's
#: extent: a distance to it would call a true claim false, so the row keeps its point.
REGION_MIN_SHARE = 0.3


def _keys(name: str) -> tuple[str, str]:
    full = fold(name)
    return full, _GENERIC.sub("", full)


def _names_agree(a: str, b: str) -> bool:
    (fa, ca), (fb, cb) = _keys(a), _keys(b)
    return fa == fb or (ca == cb and (fa == ca or fb == cb))


def region_areas(path: str) -> list[list[str]]:
    """``area`` outline rows for the curated rows a Natural Earth region polygon names."""
    import shapely
    from shapely.geometry import shape

    from gazetteer._curated import read_curated
    from gazetteer._physical import OUTLINES, read_outlines

    have = set(read_outlines(OUTLINES))
    by_core: dict[str, list[tuple[list[str], object]]] = defaultdict(list)
    for f in json.loads(Path(path).read_text(encoding="utf-8"))["features"]:
        p = f["properties"]
        if p["featurecla"] not in REGION_CLASSES or not f.get("geometry"):
            continue
        names = [n.strip() for n in [p["name"] or "", *(p.get("namealt") or "").split(";")]]
        names = [n for n in names if n]
        geom = shapely.make_valid(shape(f["geometry"]))
        for n in names:
            by_core[_keys(n)[1]].append((names, geom))
    out = []
    for r in sorted(read_curated(), key=lambda r: r.id):
        if r.kind not in AREA_KINDS or r.id in have:
            continue
        pt = shapely.Point(r.lon, r.lat)
        reach = min(REGION_MATCH_KM, r.radius_km or REGION_MATCH_KM) / 111.195
        best = None
        for alias, _, _ in r.names:
            for names, geom in by_core.get(_keys(alias)[1], []):
                if not any(_names_agree(alias, n) for n in names):
                    continue
                d = shapely.distance(geom, pt)
                if d <= reach and (best is None or d < best[0]):
                    best = (d, geom)
        if best is None:
            continue
        lat = best[1].centroid.y
        km2 = best[1].area * 111.195**2 * math.cos(math.radians(lat))
        if r.radius_km and math.sqrt(km2 / math.pi) < REGION_MIN_SHARE * r.radius_km:
            continue
        simple = best[1].simplify(REGION_SIMPLIFY_DEG, preserve_topology=True)
        polys = [g for g in getattr(simple, "geoms", [simple]) if g.geom_type == "Polygon"]
        rings = [
            "; ".join(f"{x:.3f} {y:.3f}" for x, y in p.exterior.coords)
            for p in polys
            if len(p.exterior.coords) >= 4
        ]
        if rings:
            src = "Natural Earth 10m geography_regions_polys v4.0.0 (public domain; GeoJSON of "
            src += "martynafford/natural-earth-geojson at 0b9a6ce, CC0)"
            out.append([r.id, "area", " | ".join(rings), src])
    return out


def _curated_names() -> tuple[set[str], set[str]]:
    """(every folded name of a curated row, the folded core names of curated rivers)."""
    from gazetteer._curated import read_curated

    names: set[str] = set()
    rivers: set[str] = set()
    for r in read_curated():
        if r.file == OUT_ROWS.name:
            continue
        for alias, _, _ in r.names:
            f = fold(alias)
            names.add(f)
            if r.kind == "river":
                rivers.add(_RIVER_WORDS.sub("", f).strip())
    return names, rivers


def _given_names() -> set[str]:
    path = ROOT / "geomap" / "lexicons" / "first_names.csv"
    out = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            out.add(fold(line.split(",")[0]))
    return out


def _bare_is_safe(name: str, gaz: object, given: set[str]) -> bool:
    from wordfreq import zipf_frequency

    if len(name) < 4 or " " in name and len(name.split()[0]) < 3:
        return False
    f = fold(name)
    for lang in ("en", "de"):
        if max(zipf_frequency(name, lang), zipf_frequency(f, lang)) >= COMMON_ZIPF:
            return False
    if f in given or any(w in given for w in f.split()):
        return False
    for c in gaz.lookup(name, limit=20):  # type: ignore[attr-defined]
        if c.kind == "river" or (fold(c.name) != f and fold(c.matched) != f):
            continue  # a river is this one (an index built with this file) or excluded above
        if c.kind != "city" or c.population >= TOWN_POPULATION:
            return False
    return True


def _countries() -> list[tuple[str, object]]:
    from gazetteer._physical import ne_member_countries

    out = []
    for props, geom in ne_member_countries():
        codes = sorted(c for c in props["codes"].split() if re.fullmatch(r"[A-Z]{2}", c))
        if codes:
            out.append((codes[0], geom))
    return out


def _rounded(segs: list) -> list[str]:
    """Each part as "lon lat; ..." to three decimals (about 100 m), consecutive points
    that round to the same one merged and parts left with one point dropped, so every
    stored line is valid."""
    out = []
    for s in segs:
        pts: list[str] = []
        for x, y in s.coords:
            p = f"{x:.3f} {y:.3f}"
            if not pts or pts[-1] != p:
                pts.append(p)
        if len(pts) >= 2:
            out.append("; ".join(pts))
    return out


def _length_km(geom: object) -> float:
    import shapely

    total = 0.0
    for part in getattr(geom, "geoms", [geom]):
        xy = shapely.get_coordinates(part)
        for (x0, y0), (x1, y1) in zip(xy[:-1], xy[1:], strict=True):
            dx = math.radians(x1 - x0) * math.cos(math.radians((y0 + y1) / 2))
            total += 6371.0 * math.hypot(dx, math.radians(y1 - y0))
    return total


def main() -> int:
    import shapely

    from gazetteer import Gazetteer

    src = os.environ.get("NE_RIVERS")
    if not src:
        print(__doc__)
        return 2
    features = json.loads(Path(src).read_text(encoding="utf-8"))["features"]
    groups: dict[str, dict[int, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for f in features:
        p = f["properties"]
        name = _best_name(p)
        if name and not _damaged(name) and f.get("geometry"):
            groups[name][int(p["rivernum"])].append(f)
    names, curated_rivers = _curated_names()
    given = _given_names()
    countries = _countries()
    tree = shapely.STRtree([g for _, g in countries])
    gaz = Gazetteer.open(os.environ.get("GAZ_INDEX") or None, quiet=True)
    known = _curated_courses()
    rows, lines = [], []
    order = sorted(
        groups,
        key=lambda n: (
            min(float(x["properties"]["scalerank"]) for fs in groups[n].values() for x in fs),
            n,
        ),
    )
    for name in order:
        by_num = groups[name]
        ranks = {
            n: min(float(x["properties"]["scalerank"]) for x in fs) for n, fs in by_num.items()
        }
        best = min(ranks.values())
        top = [n for n, r in ranks.items() if r == best]
        if len(top) > 1:
            continue  # several rivers of one name and rank: which one is meant is unknown
        core = fold(name)
        core = _RIVER_WORDS.sub("", core).strip()
        if core in curated_rivers or fold(name) in curated_rivers or fold(name) in names:
            continue  # the curated layer has it (or another feature of that name)
        feats = by_num[top[0]]
        if all(x["properties"]["featurecla"] != "River" for x in feats):
            continue  # a line through a lake only: the lake is the feature
        parts = [shapely.geometry.shape(x["geometry"]) for x in feats]
        merged = shapely.line_merge(shapely.union_all(parts))
        simple = merged.simplify(SIMPLIFY_DEG, preserve_topology=True)
        segs = [s for s in getattr(simple, "geoms", [simple]) if s.length > 0]
        if sum(len(s.coords) for s in segs) < 3:  # a straight stub: keep Natural Earth's line
            segs = [s for s in getattr(merged, "geoms", [merged]) if s.length > 0]
        if not segs or sum(len(s.coords) for s in segs) < 3:
            continue
        if _same_course(merged, known, shapely.STRtree(known)):
            continue
        longest = max(segs, key=lambda s: s.length)
        mid = longest.interpolate(0.5, normalized=True)
        hits = tree.query(mid)
        code = ""
        if len(hits):
            near = min(hits, key=lambda i: shapely.distance(countries[i][1], mid))
            if shapely.distance(countries[near][1], mid) == 0:
                code = countries[near][0]
        if not code:
            near = min(range(len(countries)), key=lambda i: shapely.distance(countries[i][1], mid))
            code = countries[near][0]
        has_word = bool(_RIVER_WORDS.search(fold(name)))
        en = name if has_word else f"{name} River"
        cand_en = [] if has_word else [f"River {name}"]
        cand_de = [] if has_word else [f"Fluss {name}"]
        bare = [] if has_word else [name]
        if bare and not _bare_is_safe(name, gaz, given):
            bare = []
        en_f = fold(en)
        if en_f in names or (cand_de and fold(cand_de[0]) in names):
            continue
        cand_en = [a for a in cand_en if fold(a) not in names]
        cand_de = [a for a in cand_de if fold(a) not in names]
        bare = [a for a in bare if fold(a) not in names]
        rid = slug(en)
        if not rid or any(r[0] == rid for r in rows):
            continue
        alt = [
            a.strip()
            for x in by_num[top[0]]
            for a in (x["properties"].get("name_alt") or "").split(";")
            if a.strip()
        ]
        alt = [a for a in dict.fromkeys(alt) if fold(a) not in names and fold(a) != en_f]
        alias_en = "|".join(dict.fromkeys([*cand_en, *[f"{a} River" for a in alt]]))
        name_de = cand_de[0] if cand_de else en
        aliases_other = "|".join(bare)
        length = _length_km(merged)
        rows.append(
            [
                rid,
                "river",
                en,
                name_de,
                "",
                alias_en,
                "",
                aliases_other,
                code,
                f"{mid.y:.3f}",
                f"{mid.x:.3f}",
                f"{max(5.0, length / 2):.0f}",
                "",
                SOURCE.format(rank=int(best)),
                "generated by scripts/build_ne_rivers.py; label point mid-course",
            ]
        )
        parts = _rounded(segs)
        if sum(p.count(";") + 1 for p in parts) < 3:
            continue
        text = " | ".join(parts)
        lines.append([rid, "lines", text, SOURCE.format(rank=int(best))])
        known.append(merged)
    from gazetteer._curated import COLUMNS

    if os.environ.get("NE_REGIONS"):
        lines += region_areas(os.environ["NE_REGIONS"])
    rows.sort(key=lambda r: r[0])
    lines.sort(key=lambda r: r[0])

    with OUT_ROWS.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)
    with OUT_LINES.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(("id", "method", "value", "source"))
        w.writerows(lines)
    print(f"{len(rows)} rivers, {sum(1 for r in rows if r[7])} with their bare name")
    print(f"{sum(1 for r in lines if r[1] == 'area')} areas")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
