"""The map in headless Chromium: it loads offline, draws what it should, and runs no article text.

Every request other than file:/data:/blob: is aborted and recorded, so a forgotten CDN
link fails the test instead of silently working online.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.maps import build_map, render_html
from tests.support.map_fixtures import (
    HOSTILE,
    N_COUNTRIES,
    N_EVENT_MARKERS,
    N_LINES,
    N_PLACE_MARKERS,
    XSS_FLAGS,
    FakeGazetteer,
    make_analysis,
)

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--no-first-run",
    "--mute-audio",
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is missing (make chromium installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


class Opened:
    """A page with a map loaded, and every problem the browser reported."""

    def __init__(self, browser, path: Path) -> None:
        self.problems: list[str] = []
        self.page = browser.new_page(viewport={"width": 1200, "height": 800})
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.problems.append(f"pageerror: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"failed: {r.url[:120]}"))
        self.page.route("**/*", self._route)
        self.page.goto(path.as_uri())
        self.page.wait_for_function(
            "window.L !== undefined && document.querySelector('.folium-map.leaflet-container')"
        )
        self.page.wait_for_timeout(300)

    def _console(self, msg) -> None:
        if msg.type == "error":
            self.problems.append(f"console: {msg.text}")

    def _route(self, route) -> None:
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:")):
            route.continue_()
        else:
            self.problems.append(f"blocked: {url[:120]}")
            route.abort()

    def count(self, selector: str) -> int:
        return self.page.locator(selector).count()


@pytest.fixture(scope="module")
def hostile_map(browser, tmp_path_factory) -> Opened:
    path = tmp_path_factory.mktemp("map") / "hostile.html"
    path.write_text(
        render_html(build_map([make_analysis(HOSTILE)], FakeGazetteer())), encoding="utf-8"
    )
    opened = Opened(browser, path)
    yield opened
    opened.page.close()


def test_map_loads_offline_without_errors(hostile_map):
    assert hostile_map.page.evaluate("typeof window.L.map") == "function"
    assert hostile_map.page.evaluate("document.fonts.check('900 16px \"Font Awesome 6 Free\"')")
    assert (
        hostile_map.page.evaluate(
            "[...document.images].filter(i => i.complete && i.naturalWidth === 0).length"
        )
        == 0
    )
    assert hostile_map.problems == []


def test_map_draws_markers_lines_and_countries(hostile_map):
    assert hostile_map.count(".leaflet-marker-pane > *") == N_PLACE_MARKERS + N_EVENT_MARKERS
    # interactive vectors: claim line, ring, border, and the outlined countries
    assert hostile_map.count("path.leaflet-interactive") == N_LINES + N_COUNTRIES
    assert hostile_map.count(".geomap-legend") == 1
    assert hostile_map.count(".leaflet-control-scale") == 1
    assert hostile_map.count(".leaflet-control-measure") == 1
    assert hostile_map.count(".geomap-timeline li") == 1


def test_popup_opens_and_shows_hostile_text_as_text(hostile_map):
    page = hostile_map.page
    page.locator(".awesome-marker-icon-blue").first.click()  # the city
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    shown = popup.inner_text()
    assert "Alpha City" in shown
    assert '<img src=x onerror="window.__xss_img=1">' in shown
    assert "${window.__xss_tpl=1}" in shown and "`+(window.__xss_tick=1)+`" in shown
    assert popup.locator("img, script, a[href]").count() == 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "map-popup.png"))
    assert hostile_map.problems == []


def test_timeline_flies_to_the_event_and_opens_it(hostile_map):
    page = hostile_map.page
    page.locator(".geomap-timeline li").first.click()
    page.wait_for_timeout(600)
    content = page.locator(".leaflet-popup-content").inner_text()
    assert "2023-09-13" in content and "meeting" in content
    assert "<script>window.__xss_script=1</script>" in content  # an actor's name, as text


def test_timeline_works_from_the_keyboard(hostile_map):
    page = hostile_map.page
    page.keyboard.press("Escape")
    page.locator(".geomap-timeline li").first.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(600)
    assert "meeting" in page.locator(".leaflet-popup-content").inner_text()


def test_legend_notes_are_text(hostile_map):
    notes = hostile_map.page.locator(".geomap-legend .geomap-note").all_inner_texts()
    assert "Nowhereville: not in the gazetteer" in notes


def test_claim_tooltip_shows_the_label(hostile_map):
    page = hostile_map.page
    line = page.locator('path.leaflet-interactive[stroke="#1a9850"]')
    assert line.count() == 1
    box = line.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_timeout(200)
    tooltip = page.locator(".leaflet-tooltip").inner_text()
    assert "stated > 900 km · computed 926 km · consistent" in tooltip


def test_no_hostile_payload_ran(hostile_map):
    page = hostile_map.page
    # open every popup, hover every marker: nothing may set a flag
    for i in range(hostile_map.count(".leaflet-marker-pane > *")):
        page.locator(".leaflet-marker-pane > *").nth(i).dispatch_event("click")
        page.wait_for_timeout(50)
    ran = page.evaluate(f"{list(XSS_FLAGS)}.filter(f => window[f] !== undefined)")
    assert ran == []
    assert hostile_map.problems == []


def test_measure_tool_measures_without_requests(hostile_map):
    page = hostile_map.page
    page.locator(".leaflet-control-measure").hover()
    page.locator(".leaflet-control-measure .js-start").click()
    page.mouse.click(400, 300)
    page.wait_for_timeout(100)
    page.mouse.click(700, 450)
    page.wait_for_timeout(100)
    page.locator(".leaflet-control-measure .js-finish").click()
    result = page.locator(".leaflet-popup-content").inner_text()
    assert "Kilometers" in result
    assert hostile_map.problems == []
