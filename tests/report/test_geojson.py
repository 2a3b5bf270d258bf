"""GeoJSON of places, claims (as the measured lines) and events, from the CLI and the map."""

from __future__ import annotations

import json

import pytest

import geomap
from geomap.model import Claim, PlaceRef, Stated
from geomap.report import geojson_collection, render_geojson
from geomap.report._geojson import _split_at_antimeridian

ARTICLE = (
    "MADRID (AP) - Sevilla lies about 390 km south of Madrid. Valencia is more than 700 km "
    "from Madrid, the minister said on Monday. Protesters marched in Bilbao.\n"
)


@pytest.fixture(scope="module")
def analysis(gaz):
    return geomap.analyze(ARTICLE, path="in/spain.txt", lang="en", gazetteer=gaz)


def test_every_place_claim_and_event_is_a_feature(analysis):
    data = json.loads(render_geojson([analysis]))
    assert data["type"] == "FeatureCollection" and "GeoNames" in data["attribution"]
    kinds = [f["properties"]["feature"] for f in data["features"]]
    assert kinds.count("place") == len(analysis.places)
    assert kinds.count("claim") == len(analysis.claims) > 0
    assert kinds.count("event") == len(analysis.events)
    places_only = json.loads(render_geojson([analysis], what="places"))
    assert {f["properties"]["feature"] for f in places_only["features"]} == {"place"}


def test_a_claim_is_the_line_that_was_measured(analysis):
    data = geojson_collection([analysis])
    claims = [f for f in data["features"] if f["properties"]["feature"] == "claim"]
    sevilla = next(f for f in claims if f["properties"]["subject"] == "Sevilla")
    c = next(c for c in analysis.claims if c.subject and c.subject.name == "Sevilla")
    assert c.subject is not None and c.reference is not None
    coords = sevilla["geometry"]["coordinates"]
    assert sevilla["geometry"]["type"] == "LineString" and len(coords) > 2
    assert coords[0] == [round(c.subject.lon, 5), round(c.subject.lat, 5)]
    assert coords[-1] == [round(c.reference.lon, 5), round(c.reference.lat, 5)]
    assert sevilla["properties"]["verdict"] == c.verdict
    assert sevilla["properties"]["accepted_km"] == list(c.accepted_km or ())


def test_lines_over_the_antimeridian_are_cut_there():
    geom = _split_at_antimeridian([(10.0, 170.0), (10.0, 179.0), (10.0, 181.0), (10.0, 190.0)])
    assert geom["type"] == "MultiLineString"
    first, second = geom["coordinates"]
    assert first[-1] == [180.0, 10.0] and second[0] == [-180.0, 10.0]
    assert all(-180 <= lon <= 180 for part in geom["coordinates"] for lon, _ in part)


def test_unlocated_claims_keep_a_feature_without_geometry():
    c = Claim(
        text="40 km away",
        sentence=0,
        start=0,
        end=10,
        stated=Stated(40.0, "km", "exact", "40 km"),
        stated_km=40.0,
        form="point",
        subject=PlaceRef("Nowhere", "city", None, None, None),
    )
    a = geomap.model.Analysis(
        document=geomap.model.Document(text="x", language="en", sentences=(), path="x.txt"),
        claims=(c,),
    )
    [f] = geojson_collection([a])["features"]
    assert f["geometry"] is None and f["properties"]["verdict"] == "unverifiable"


def test_cli_geojson_for_places_and_check(tmp_path, capsys):
    from geomap.cli import main

    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    for command in ("places", "check"):
        code = main([command, str(art), "--offline", "--format", "geojson"])
        data = json.loads(capsys.readouterr().out)
        assert code in (0, 1) and data["features"], command
        assert all(f["properties"]["article"] == str(art) for f in data["features"])


def test_the_map_carries_the_same_geojson_with_file_names_only(analysis, gaz):
    from geomap.maps import build_map, render_html

    page = render_html(build_map([analysis], gaz))
    assert "geomap.geojson" in page and "application/geo+json" in page
    names = geojson_collection([analysis], names_only=True)
    assert {f["properties"]["article"] for f in names["features"]} == {"spain.txt"}
