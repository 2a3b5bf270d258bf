"""The folium map: structure, escaping, offline assets, determinism (no browser needed)."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import folium
import pytest
from pyproj import Geod

from geomap.errors import UsageError
from geomap.maps import (
    ASSET_URLS,
    GENERATOR_COMMENT,
    MissingAssetError,
    build_map,
    claim_label,
    geodesic_path,
    inline_assets,
    manifest,
    range_ring,
    read_asset,
    render_html,
    text,
)
from geomap.model import Claim, Stated
from tests.support.map_fixtures import (
    HOSTILE,
    N_EVENT_MARKERS,
    N_PLACE_MARKERS,
    FakeGazetteer,
    make_analysis,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fake_gaz() -> FakeGazetteer:
    return FakeGazetteer()


@pytest.fixture(scope="module")
def page(fake_gaz) -> str:
    return render_html(build_map([make_analysis(HOSTILE)], fake_gaz))


def test_the_fake_gazetteer_satisfies_the_protocol(fake_gaz):
    from gazetteer import GazetteerAPI

    assert isinstance(fake_gaz, GazetteerAPI)
    assert [c.id for c in fake_gaz.countries()] == ["ne:AA", "ne:BB", "ne:CC"]
    assert fake_gaz.country("ZZ") is None and fake_gaz.get("ne:BB").name == "Beeland"


def test_build_map_returns_a_map_and_writes_nothing(fake_gaz, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    m = build_map([make_analysis()], fake_gaz)
    assert isinstance(m, folium.Map)
    assert list(tmp_path.iterdir()) == []


def test_generator_comment_near_the_top(page):
    assert GENERATOR_COMMENT in page[:200]
    assert page.startswith("<!DOCTYPE html>")


def test_one_marker_per_place_id_and_per_located_event(page):
    assert page.count("L.marker(") == N_PLACE_MARKERS + N_EVENT_MARKERS


def test_popup_groups_every_mention_of_a_place_with_its_sentence(fake_gaz):
    page = render_html(build_map([make_analysis()], fake_gaz))
    # Alpha City is mentioned three times; one popup lists all three sentences, marked.
    assert page.count("<mark>Alpha City</mark>") == 3
    assert "north of <mark>Alpha City</mark>" in page.replace("&#36;", "$")


def test_icons_are_font_awesome_by_kind(page):
    assert '"icon": "city"' in page and '"icon": "flag"' in page and '"icon": "building"' in page
    assert '"prefix": "fa"' in page and "bootstrap-glyphicons" not in page


def test_claim_label_uses_qualifier_symbols():
    def claim(q, computed, verdict, unit="km", value=900.0, km=900.0):
        return Claim(
            text="t",
            sentence=0,
            start=0,
            end=1,
            stated=Stated(value, unit, q, "t"),
            stated_km=km,
            form="point",
            computed_km=computed,
            verdict=verdict,
        )

    assert claim_label(claim("lower", 1011.4, "inconsistent")) == (
        "stated > 900 km · computed 1,011 km · inconsistent"
    )
    assert claim_label(claim("upper", 880, "consistent")).startswith("stated < 900 km")
    assert claim_label(claim("approx", None, "unverifiable")) == (
        "stated ≈ 900 km · not computed · unverifiable"
    )
    assert claim_label(claim("just_under", None, "x")).startswith("stated ≲ ")
    assert claim_label(claim("just_over", None, "x")).startswith("stated ≳ ")
    assert claim_label(claim("exact", 7.25, "consistent", value=7.0, km=7.0)) == (
        "stated 7 km · computed 7.2 km · consistent"
    )
    assert claim_label(claim("exact", None, "x", unit="mi", value=100.0, km=160.9)) == (
        "stated 100 mi (161 km) · not computed · x"
    )


def test_claims_are_coloured_by_verdict_and_labelled(fake_gaz):
    m = build_map([make_analysis()], fake_gaz)
    page = render_html(m)
    visible = [
        c
        for c in _walk(m)
        if isinstance(c, folium.PolyLine) and "geomap-claim " in c.options.get("className", "")
    ]
    by_class = {c.options["className"]: c.options for c in visible}
    # colour-blind-safe colours, and a dash pattern per verdict as a second cue
    assert by_class["geomap-claim geomap-consistent"]["color"] == "#0072b2"
    assert by_class["geomap-claim geomap-consistent"]["dashArray"] == "10 7"
    assert by_class["geomap-claim geomap-unverifiable"]["dashArray"] == "2 7"  # the ring
    assert all(
        o["pane"] == "geomap-claims" and o["interactive"] is False for o in by_class.values()
    )
    # a third cue, the glyph, on the line's permanent label (stated / computed)
    assert "✓ &gt; 900 km / 926 km" in page and '"permanent": true' in page
    assert "✓ stated &gt; 900 km · computed 926 km · consistent" in page  # hover


def test_claim_lines_have_a_wide_invisible_hit_line_above_the_pins(fake_gaz):
    m = build_map([make_analysis()], fake_gaz)
    hits = [
        c
        for c in _walk(m)
        if isinstance(c, folium.PolyLine) and c.options.get("className") == "geomap-claim-hit"
    ]
    assert len(hits) == 2  # the line and the ring
    assert all(h.options["opacity"] == 0 for h in hits)
    line, ring = hits
    assert line.options["weight"] >= 15 and ring.options["weight"] >= 10
    # the line's hit area leaves its ends (the pins of subject and reference) free
    assert line.locations[0] != [53.2, 16.0] and line.locations[-1] != [45.0, 15.0]
    assert 53.2 > line.locations[0][0] > line.locations[-1][0] > 45.0
    page = render_html(m)
    assert '.createPane("geomap-claims").style.zIndex =\n            620' in page


def test_claim_line_runs_from_subject_to_reference_along_the_geodesic(fake_gaz):
    m = build_map([make_analysis()], fake_gaz)
    lines = [
        c
        for c in _walk(m)
        if isinstance(c, folium.PolyLine)
        and c.options.get("className") == "geomap-claim geomap-consistent"
    ]
    assert len(lines) == 1
    pts = lines[0].locations
    assert pts[0] == [53.2, 16.0] and pts[-1] == [45.0, 15.0]
    assert len(pts) > 10  # densified, not a straight segment


def test_geodesic_path_is_densified_and_unwrapped_over_the_antimeridian():
    path = geodesic_path(43.1, 131.9, 21.3, -157.8)  # east across the Pacific
    lons = [lon for _, lon in path]
    assert all(abs(b - a) < 5 for a, b in zip(lons, lons[1:], strict=False))
    assert lons[-1] == pytest.approx(202.2)
    # A great circle between mid-latitude points bulges poleward of the rhumb line.
    assert max(lat for lat, _ in path) > 43.1


def test_range_ring_is_closed_and_at_the_radius():
    ring = range_ring(40.0, 127.0, 300.0)
    assert ring[0] == ring[-1]
    geod = Geod(ellps="WGS84")
    for lat, lon in ring[::20]:
        _, _, d = geod.inv(127.0, 40.0, lon, lat)
        assert d / 1000 == pytest.approx(300.0, abs=0.5)


def test_countries_mentioned_are_outlined_with_their_names_escaped(page):
    assert page.count("L.geoJSON(") == 1 + 2  # basemap + AA + BB
    # gazetteer text is escaped too (then quoted as JSON: & is \u0026)
    assert "Aland \\u0026lt;b\\u0026gt; (AA)" in page
    assert "Ceeland" not in page  # not mentioned: no outline, no tooltip


def test_derived_border_is_drawn_as_a_line(fake_gaz):
    m = build_map([make_analysis()], fake_gaz)
    purple = [
        c
        for c in _walk(m)
        if isinstance(c, folium.PolyLine) and c.options.get("color") == "#6a3d9a"
    ]
    assert len(purple) == 1
    assert purple[0].locations == [[[50.0, 10.0], [50.0, 20.0]]]


def test_events_have_date_and_actors_and_a_timeline(fake_gaz):
    page = render_html(build_map([make_analysis()], fake_gaz))
    assert "13 September 2023 (“Wednesday”)" in page
    assert "Aland, Beeland" in page
    # the timeline's data (the undated event is not listed)
    assert '"date":"13 September 2023"' in page
    m = build_map([make_analysis()], fake_gaz)
    (timeline,) = [c for c in _walk(m) if type(c).__name__ == "Timeline"]
    assert [i["date"] for i in json.loads(timeline.items_json)] == ["13 September 2023"]


def test_controls_legend_scale_measure_layers(page):
    assert "L.control.scale(" in page
    assert "L.Control.Measure(" in page
    assert "L.control.layers(" in page
    for name in ("Places", "Claims", "Events", "Countries mentioned", "Countries (offline)"):
        assert f'"{name}"' in page
    assert "geomap-legend" in page and "fitBounds(" in page


def test_hostile_article_text_is_escaped_everywhere(page):
    assert HOSTILE not in page
    for raw in (
        "<img src=x",
        "<script>window.__xss",
        "${window",
        'javascript:window.__xss_link=1">',
        "`+(window",
    ):
        assert raw not in page, raw
    assert "&lt;img src=x onerror=&quot;window.__xss_img=1&quot;&gt;" in page
    assert "&#36;&#123;window.__xss_tpl=1&#125;" in page
    assert "&#96;+(window.__xss_tick=1)+&#96;" in page


def test_escape_helper():
    assert text("<b>&`$\\") == "&lt;b&gt;&amp;&#96;&#36;&#92;"
    assert text(None) == ""


def test_inline_page_is_offline_and_small(page):
    assert "<script src=" not in page
    assert '<link rel="stylesheet"' not in page
    assert not re.search(r"""url\(\s*(?!['"]?(?:data:|#))""", page)
    assert "fa-solid-900.ttf" not in page and "font/woff2;base64," in page
    for host in ("cdn.jsdelivr.net", "code.jquery.com", "cdnjs.cloudflare.com", "netdna"):
        assert f'"https://{host}' not in page
    assert len(page.encode()) <= 2_000_000


def test_cdn_mode_keeps_folium_links(fake_gaz):
    page = render_html(build_map([make_analysis()], fake_gaz, assets="cdn"))
    assert '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js">' in page
    assert len(page.encode()) < 600_000


def test_tiles_are_an_optional_base_layer(fake_gaz):
    page = render_html(build_map([make_analysis()], fake_gaz, tiles="OpenStreetMap"))
    assert "tile.openstreetmap.org" in page
    off = render_html(build_map([make_analysis()], fake_gaz))
    assert "tile.openstreetmap.org" not in off and "L.tileLayer(" not in off


def test_bad_options_raise_usage_errors(fake_gaz):
    with pytest.raises(UsageError, match="assets"):
        build_map([make_analysis()], fake_gaz, assets="embedded")
    with pytest.raises(UsageError, match="tiles"):
        build_map([make_analysis()], fake_gaz, tiles="no such tiles")


def test_empty_analysis_list_gives_a_world_map(fake_gaz):
    page = render_html(build_map([], fake_gaz))
    assert "fitBounds(" in page and page.count("L.marker(") == 0


def test_render_is_byte_identical_in_process(fake_gaz):
    m = build_map([make_analysis(HOSTILE)], fake_gaz)
    assert render_html(m) == render_html(m)
    assert render_html(build_map([make_analysis(HOSTILE)], fake_gaz)) == render_html(m)


def test_render_is_byte_identical_across_processes(page):
    code = (
        "import sys, hashlib; sys.path.insert(0, '.');"
        "from tests.support.map_fixtures import FakeGazetteer, make_analysis, HOSTILE;"
        "from geomap.maps._build import build_map, render_html;"
        "page = render_html(build_map([make_analysis(HOSTILE)], FakeGazetteer()));"
        "print(hashlib.sha256(page.encode()).hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == hashlib.sha256(page.encode()).hexdigest()


def test_manifest_pins_every_inlined_file():
    files = manifest()
    for paths in ASSET_URLS.values():
        for p in paths:
            assert p in files
            read_asset(p)  # checks the sha256
    raw = json.loads((ROOT / "geomap" / "maps" / "assets" / "MANIFEST.json").read_text())
    assert {(d["package"], d["version"]) for d in raw} >= {
        ("leaflet", "1.9.3"),
        ("jquery", "3.7.1"),
        ("bootstrap", "5.2.2"),
        ("drmonty-leaflet-awesome-markers", "2.0.2"),
        ("@fortawesome/fontawesome-free", "6.2.0"),
        ("leaflet-measure", "2.1.7"),
    }
    assert all(d["licence"] for d in raw)


def test_unknown_links_are_refused_not_fetched():
    with pytest.raises(MissingAssetError, match="no pinned copy"):
        inline_assets('<script src="https://example.org/x.js"></script>')


def _walk(element):
    for child in element._children.values():
        yield child
        yield from _walk(child)


def test_map_opens_on_where_things_happen_not_on_country_centroids(fake_gaz):
    m = build_map([make_analysis()], fake_gaz)
    (fit,) = [c for c in _walk(m) if type(c).__name__ == "FitView"]
    (south, west), (north, east) = json.loads(fit.bounds_json)
    assert north == pytest.approx(53.2)  # Base One; Beeland's centroid (55.0) is not zoomed to
    assert south == pytest.approx(45.0 - 300 / 111.0, abs=0.1)  # the range ring's south
    assert '"animate":false' in fit.options_json


def test_several_analyses_share_markers_and_name_their_files(fake_gaz):
    page = render_html(
        build_map([make_analysis(path="one.txt"), make_analysis(path="two.txt")], fake_gaz)
    )
    assert page.count("L.marker(") == N_PLACE_MARKERS + 2 * N_EVENT_MARKERS
    assert "<small>one.txt</small>" in page and "<small>two.txt</small>" in page
    assert page.count("<mark>Alpha City</mark>") == 6


def test_popup_shows_the_next_best_readings_escaped(page):
    assert "also considered: Alpha Town &lt;script&gt;" in page
    assert "confidence 0.90" in page


def test_legend_lists_what_the_map_leaves_out(fake_gaz):
    page = render_html(build_map([make_analysis()], fake_gaz))
    assert '"Not on the map"' in page
    assert "Nowhereville: not in the gazetteer" in page
    assert "claim “40 km”: unverifiable, no place to draw" in page
    two = render_html(build_map([make_analysis(path="/home/u/a.txt"), make_analysis()], fake_gaz))
    assert "Nowhereville: not in the gazetteer (a.txt)" in two  # each note names its article
    assert "/home/u" not in two  # no absolute path anywhere


def test_page_title_names_the_file(fake_gaz):
    page = render_html(build_map([make_analysis(path="dir/some <file>.txt")], fake_gaz))
    assert "<title>geomap: some &lt;file&gt;.txt</title>" in page


def _in_language(a, lang: str):
    import dataclasses

    return dataclasses.replace(a, document=dataclasses.replace(a.document, language=lang))


def test_the_maps_words_follow_the_articles_language(fake_gaz):
    de = render_html(build_map([_in_language(make_analysis(), "de")], fake_gaz))
    for word in ('"Legende"', '"Orte"', '"Zeitleiste"', "Nicht auf der Karte", "Angaben"):
        assert word in de, word
    assert "0 von" not in de and "3 Angaben, keine falsch" in de
    assert "Treffen" in de  # the event type in German, the article's own word quoted
    # kinds too: popups (a main place's pin shows its name), and the legend
    assert "<small>Stadt · " in de and '"label":"Stadt"' in de
    assert '"Legend"' not in de and '"Places"' not in de
    # a mixed set reads in English
    mixed = render_html(
        build_map(
            [_in_language(make_analysis(), "de"), make_analysis(path="b.txt")],
            fake_gaz,
        )
    )
    assert '"Legend"' in mixed and '"Legende"' not in mixed


def test_attribution_credits_geonames_and_natural_earth(page):
    assert "GeoNames (CC BY 4.0" in page and "Natural Earth" in page
    assert "attributionControl.addAttribution" in page


def test_a_country_pin_on_its_capitals_spot_stands_beside_it(fake_gaz):
    import dataclasses

    a = make_analysis()
    # Aland's pin moved onto Alpha City (as a gazetteer may place a country at its capital)
    places = tuple(
        dataclasses.replace(p, lat=45.0, lon=15.0) if p.id == "ne:AA" else p for p in a.places
    )

    def anchors(m) -> dict[str, object]:
        return {
            x.options["icon"]: x.options.get("icon_anchor")
            for c in _walk(m)
            if isinstance(c, folium.Marker) and c.location == [45.0, 15.0]
            for x in c._children.values()
            if isinstance(x, folium.Icon) and x.options["icon"] in ("city", "flag")
        }

    # the city stays on its spot, the country steps left
    assert anchors(build_map([dataclasses.replace(a, places=places)], fake_gaz)) == {
        "city": None,
        "flag": [53, 42],
    }
    # alone on its spot, a country's pin stands where it is
    flags = [
        x.options
        for c in _walk(build_map([a], fake_gaz))
        if isinstance(c, folium.Marker)
        for x in c._children.values()
        if isinstance(x, folium.Icon) and x.options["icon"] == "flag"
    ]
    assert flags and all("icon_anchor" not in o for o in flags)
