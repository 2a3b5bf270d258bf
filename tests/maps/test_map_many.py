"""Many articles on one map (issue 17): a layer per article, clustered pins (pinned offline),
the view fitted to the data, article names (never paths) in popups and notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import geomap
from geomap.maps import build_map, render_html

# Three articles from different regions, each naming many places (none from the sample).
ARTICLES = {
    "/home/someone/news/andes.txt": (
        "LIMA (AP) - Floods hit Lima, Cusco, Arequipa, Trujillo, Piura, Chiclayo, Iquitos, "
        "Huancayo, Tacna and Puno. Quito and Guayaquil sent help; La Paz and Santiago offered "
        "aid. Arequipa lies about 770 km south-east of Lima.\n"
    ),
    "/home/someone/news/balkans.txt": (
        "BELGRADE (Reuters) - Ministers from Belgrade, Zagreb, Sarajevo, Skopje, Podgorica, "
        "Tirana, Ljubljana, Sofia, Bucharest and Athens met in Thessaloniki. Novi Sad and "
        "Split were also named. Zagreb is more than 900 km from Belgrade.\n"
    ),
    "/home/someone/news/sahel.txt": (
        "DAKAR (AFP) - Leaders of Dakar, Bamako, Niamey, Ouagadougou, Nouakchott, Conakry, "
        "Abidjan, Accra, Lome and Cotonou met in Abuja on Monday. Kano and Timbuktu were "
        "mentioned. Bamako lies roughly 1,050 km east of Dakar.\n"
    ),
}


@pytest.fixture(scope="module")
def analyses(gaz):
    return [geomap.analyze(t, path=p, lang="en", gazetteer=gaz) for p, t in ARTICLES.items()]


@pytest.fixture(scope="module")
def page(analyses, gaz) -> str:
    return render_html(build_map(analyses, gaz))


def test_many_pins_are_clustered_with_pinned_offline_assets(page, analyses):
    located = {p.id for a in analyses for p in a.places if p.id and p.lat is not None}
    assert len(located) > 30
    assert "L.markerClusterGroup(" in page
    assert "cdnjs.cloudflare.com" not in page  # the plugin is inlined like the others
    assert '"disableClusteringAtZoom": 8' in page


def test_each_article_has_its_own_layer_named_by_its_file(page):
    for name in ("andes.txt", "balkans.txt", "sahel.txt"):
        assert f'"article: {name}"' in page
    assert "/home/someone" not in page  # relative names only, never a path


def test_the_view_fits_the_data_not_the_world(page):
    (south, west, north, east) = map(
        float,
        re.search(r"fitBounds\(\[\[([-\d.]+),([-\d.]+)\],\[([-\d.]+),([-\d.]+)\]\]", page).groups(),
    )
    assert south < -10 and north > 40  # Peru and the Balkans
    assert west < -70 and east > 20


@pytest.mark.browser
def test_clustered_map_opens_offline_in_chromium(page, tmp_path):
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("/usr/bin/chromium is missing (make chromium installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    path = tmp_path / "many.html"
    path.write_text(page, encoding="utf-8")
    problems: list[str] = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1400, "height": 900})
        tab.on("pageerror", lambda e: problems.append(str(e)))
        tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)

        def route(r):
            if r.request.url.startswith(("file:", "data:", "blob:")):
                r.continue_()
            else:
                problems.append(r.request.url)
                r.abort()

        tab.route("**/*", route)
        tab.goto(path.as_uri())
        tab.wait_for_function("window.L && window.L.markerClusterGroup")
        tab.wait_for_timeout(300)
        clusters = tab.locator(".marker-cluster").count()
        assert clusters > 0  # at the opening zoom, nearby pins are grouped
        layers = tab.locator(".leaflet-control-layers-overlays label").all_inner_texts()
        assert sum("article:" in t for t in layers) == 3
        browser.close()
    assert problems == []
