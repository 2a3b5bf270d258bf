"""Broad regions and German coast compounds in the gazetteer (issue 16): world regions are
found by their English and German names, and one German word for a sea's coast
(``Ostseeküste``, ``Schwarzmeerküste``) names the sea."""

from __future__ import annotations

import pytest

from gazetteer._curated import COASTAL_KINDS, coast_compounds, read_curated

# (name as written, language, curated id)
REGIONS = [
    ("Sub-Saharan Africa", "en", "sub-saharan-africa"),
    ("Afrika südlich der Sahara", "de", "sub-saharan-africa"),
    ("Vorderasien", "de", "western-asia"),
    ("West Asia", "en", "western-asia"),
    ("Südosteuropa", "de", "southeast-europe"),
    ("Melanesien", "de", "melanesia"),
    ("Polynesia", "en", "polynesia"),
    ("Südsee", "de", "pacific-islands"),
    ("Indopazifik", "de", "indo-pacific"),
    ("Eurasien", "de", "eurasia"),
    ("Benelux", "en", "benelux"),
    ("Naher Osten", "de", "middle-east"),
    ("Nordafrika", "de", "north-africa"),
    ("Lateinamerika", "de", "latin-america"),
]

# (compound, language, curated id of the sea)
COASTS = [
    ("Ostseeküste", "de", "baltic-sea"),
    ("Nordseeküste", "de", "north-sea"),
    ("Pazifikküste", "de", "pacific-ocean"),
    ("Atlantikküste", "de", "atlantic-ocean"),
    ("Mittelmeerküste", "de", "mediterranean-sea"),
    ("Adriaküste", "de", "adriatic-sea"),
    ("Schwarzmeerküste", "de", "black-sea"),
    ("Weißmeerküste", "de", "white-sea"),
    ("Karibikküste", "de", "caribbean-sea"),
    ("Biskayaküste", "de", "bay-of-biscay"),
]


@pytest.mark.parametrize(("name", "lang", "cid"), REGIONS)
def test_a_region_is_the_top_candidate(gaz, name, lang, cid):
    (best, *_) = gaz.lookup(name, lang=lang)
    assert best.id == f"curated:{cid}"
    assert best.kind == "region"


@pytest.mark.parametrize(("name", "lang", "cid"), COASTS)
def test_a_coast_compound_names_the_sea(gaz, name, lang, cid):
    (best, *_) = gaz.lookup(name, lang=lang)
    assert best.id == f"curated:{cid}"


@pytest.mark.parametrize(
    ("name", "compounds"),
    [
        ("Ostsee", ["Ostseeküste"]),
        ("Pazifik", ["Pazifikküste"]),
        ("Schwarzes Meer", ["Schwarzmeerküste"]),
        ("Rotes Meer", ["Rotmeerküste"]),
        ("Asowsches Meer", []),  # "Küste des Asowschen Meeres"
        ("Ostchinesisches Meer", []),
        ("Golf von Mexiko", []),
        ("Irische See", []),
        ("Bohai-Meer", []),
    ],
)
def test_coast_compounds_follow_german_word_formation(name, compounds):
    assert coast_compounds(name) == compounds


def test_only_seas_get_coast_compounds():
    # a lake has an Ufer, not a Küste: no "Bodenseeküste"; a region no "Sahelküste"
    for row in read_curated():
        names = {n for n, _, _ in row.names}
        german = [n for n, lang, _ in row.names if lang == "de" and not n.endswith("küste")]
        made = {c for n in german for c in coast_compounds(n)}
        if row.kind in COASTAL_KINDS:
            assert made <= names, row.id
        else:
            assert not made & names, row.id


# (region, (lat, lon) of places inside it, (lat, lon) of places outside it)
AREAS = [
    ("north-africa", [(30.04, 31.24), (36.75, 3.06)], [(14.69, -17.44), (31.95, 35.93)]),
    ("sub-saharan-africa", [(-1.29, 36.82), (6.52, 3.38), (-33.92, 18.42)], [(30.04, 31.24)]),
    ("middle-east", [(35.69, 51.39), (24.71, 46.68), (39.93, 32.86)], [(33.59, -7.62)]),
    ("latin-america", [(19.43, -99.13), (-34.60, -58.38), (18.47, -69.90)], [(25.76, -80.19)]),
    ("benelux", [(50.85, 4.35), (52.37, 4.90), (49.61, 6.13)], [(48.86, 2.35), (12.15, -68.27)]),
    ("nordic-countries", [(59.91, 10.75), (64.15, -21.94), (60.17, 24.94)], [(59.44, 24.75)]),
    ("pacific-islands", [(-18.14, 178.44), (-13.83, -171.76), (-9.43, 147.18)], [(-33.87, 151.21)]),
    ("southeast-asia", [(13.76, 100.50), (-6.21, 106.85)], [(22.32, 114.17)]),
]


@pytest.mark.parametrize(("cid", "inside", "outside"), AREAS)
def test_a_broad_region_is_the_area_of_its_countries(gaz, cid, inside, outside):
    # Natural Earth's region fields (or the row's ISO codes) choose the members; overseas
    # parts far from the region (Bonaire for Benelux) are not part of it
    from shapely.geometry import Point

    area = gaz.geometry(f"curated:{cid}")
    assert area is not None and area.geom_type in ("Polygon", "MultiPolygon") and area.is_valid
    for lat, lon in inside:
        assert area.distance(Point(lon, lat)) < 0.1, (cid, lat, lon)
    for lat, lon in outside:
        assert area.distance(Point(lon, lat)) > 0.1, (cid, lat, lon)


def test_a_malformed_members_row_names_its_line(tmp_path):
    from gazetteer import GazetteerDataError
    from gazetteer._physical import read_outlines

    bad = tmp_path / "outlines.csv"
    for value, message in [
        ("COLOUR=Blue", "must be FIELD=Value"),
        ("+DEU", "is not \\+XX or -XX"),
        ("-FR", "names no country"),
    ]:
        bad.write_text(f"id,method,value,source\nbenelux,members,{value},x\n", encoding="utf-8")
        with pytest.raises(GazetteerDataError, match=f"outlines.csv:2: .*{message}"):
            read_outlines(bad)
