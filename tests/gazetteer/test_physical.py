"""Physical geography in the gazetteer (issue 16): features with English and German
names resolve to the feature, and carry the outline a distance is measured to."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import GazetteerDataError

# (name as written, language, curated id, outline geometry type)
FEATURES = [
    ("Pazifik", "de", "pacific-ocean", "MultiPolygon"),
    ("Atlantic", "en", "atlantic-ocean", "Polygon"),
    ("Schwarzes Meer", "de", "black-sea", "Polygon"),
    ("Gulf of Finland", "en", "gulf-of-finland", "Polygon"),
    ("Great Slave Lake", "en", "great-slave-lake", "Polygon"),
    ("Turkana-See", "de", "lake-turkana", "Polygon"),
    ("Lake Titicaca", "en", "lake-titicaca", "Polygon"),
    ("Baikalsee", "de", "lake-baikal", "Polygon"),
    ("Lord Howe Island", "en", "lord-howe-island", "Polygon"),
    ("Bäreninsel", "de", "bear-island", "Polygon"),
    ("Bali", "en", "bali", "Polygon"),
    ("Rhein", "de", "rhine", "LineString"),
    ("Mississippi River", "en", "mississippi", "LineString"),
    ("Polarkreis", "de", "arctic-circle", "LineString"),
    ("Arctic Circle", "en", "arctic-circle", "LineString"),
    ("Äquator", "de", "equator", "LineString"),
    ("Tropic of Capricorn", "en", "tropic-of-capricorn", "LineString"),
]


@pytest.mark.parametrize(("name", "lang", "cid", "geom_type"), FEATURES)
def test_feature_is_the_top_candidate_and_has_its_outline(gaz, name, lang, cid, geom_type):
    (best, *_) = gaz.lookup(name, lang=lang)
    assert best.id == f"curated:{cid}"
    outline = gaz.geometry(best.id)
    assert outline is not None and outline.geom_type == geom_type
    assert outline.is_valid


@pytest.mark.parametrize(
    ("name", "lang", "cid"),
    [
        ("Nordpol", "de", "north-pole"),
        ("South Pole", "en", "south-pole"),
        ("Nordkap", "de", "north-cape"),
    ],
)
def test_points_are_points(gaz, name, lang, cid):
    (best, *_) = gaz.lookup(name, lang=lang)
    assert best.id == f"curated:{cid}"
    assert best.kind in ("pole", "cape")
    assert gaz.geometry(best.id) is None  # measured to the point itself


@pytest.mark.parametrize(
    ("cid", "lat"),
    [
        ("equator", 0.0),
        ("tropic-of-cancer", 23.436),
        ("tropic-of-capricorn", -23.436),
        ("arctic-circle", 66.564),
        ("antarctic-circle", -66.564),
    ],
)
def test_lines_of_latitude_run_round_the_globe_at_their_latitude(gaz, cid, lat):
    line = gaz.geometry(f"curated:{cid}")
    x0, y0, x1, y1 = line.bounds
    assert (x0, x1) == (-180.0, 180.0)
    assert y0 == y1 == pytest.approx(lat)


def test_an_outline_contains_its_label_point_or_lies_next_to_it(gaz):
    import shapely

    for cid in ("black-sea", "lake-victoria", "sicily", "bali", "gulf-of-mexico"):
        entry = gaz.get(f"curated:{cid}")
        outline = gaz.geometry(entry.id)
        assert shapely.distance(outline, shapely.Point(entry.lon, entry.lat)) < 0.1, cid


def test_seas_are_cut_from_each_other(gaz):
    # the Sea of Azov is not part of the Black Sea's outline, nor the Marmara of the Aegean
    import shapely

    black, azov = gaz.geometry("curated:black-sea"), gaz.geometry("curated:sea-of-azov")
    assert not shapely.contains_xy(black, 36.5, 46.0)  # the middle of the Sea of Azov
    assert shapely.contains_xy(azov, 36.5, 46.0)
    assert not shapely.contains_xy(gaz.geometry("curated:aegean-sea"), 28.2, 40.75)


def test_an_archipelago_is_all_its_islands(gaz):
    canaries = gaz.geometry("curated:canary-islands")
    assert canaries.geom_type == "MultiPolygon" and len(canaries.geoms) >= 7
    # and a group does not swallow the big islands next to it (Hokkaido next to the Kurils)
    kurils = gaz.geometry("curated:kuril-islands")
    import shapely

    assert not shapely.contains_xy(kurils, 142.8, 43.5)  # central Hokkaido


def test_joined_lakes_are_cut_to_the_named_one(gaz):
    # GSHHG joins the Great Lakes into one polygon; Lake Superior must not reach Lake Erie
    import shapely

    assert not shapely.intersects(gaz.geometry("curated:lake-superior"), shapely.Point(-81.2, 42.2))


def test_the_index_reports_its_outlines(gaz):
    assert gaz.info()["outlines"] > 150


def test_a_malformed_outline_row_names_its_line(tmp_path: Path):
    from gazetteer._physical import read_outlines

    bad = tmp_path / "outlines.csv"
    bad.write_text("id,method,value,source\nblack-sea,water,41 40 27 46,editor\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=r"outlines.csv:2: a box must be"):
        read_outlines(bad)
    bad.write_text("id,method,value,source\nequator,parallel,91,definition\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=r"outlines.csv:2: latitude"):
        read_outlines(bad)
    bad.write_text("id,method,value,source\nrhine,course,7.6 50.36,x\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError, match=r"at least two points"):
        read_outlines(bad)


def test_every_outline_row_names_a_curated_feature_and_a_source():
    from gazetteer._curated import read_curated
    from gazetteer._physical import read_outlines

    ids = {r.id for r in read_curated()}
    specs = read_outlines()
    assert specs and all(s.id in ids and s.source for s in specs.values())
