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
    assert "13 September 2023" in content and "meeting" in content
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


def _points_along(page, selector: str, n: int) -> list[tuple[float, float]]:
    """``n`` screen points spread along an SVG path (ends excluded)."""
    return page.evaluate(
        """([sel, n]) => {
            const path = document.querySelector(sel);
            const len = path.getTotalLength(), m = path.getScreenCTM(), out = [];
            for (let i = 1; i <= n; i++) {
                const p = path.getPointAtLength(len * i / (n + 1));
                out.push([m.a * p.x + m.c * p.y + m.e, m.b * p.x + m.d * p.y + m.f]);
            }
            return out;
        }""",
        [selector, n],
    )


def test_claim_tooltip_shows_the_label(browser, verdict_map_path):
    opened = Opened(browser, verdict_map_path)
    page = opened.page
    hit = "path.geomap-claim-hit[stroke='#0072b2']"
    assert page.locator(hit).count() == 1
    (x0, y0), (x, y) = _points_along(page, hit, 3)[:2]
    page.mouse.move(x0, y0)
    page.mouse.move(x, y, steps=3)
    page.wait_for_timeout(200)
    tooltip = page.locator(".leaflet-tooltip:not(.geomap-label)").inner_text()
    assert "✓ stated > 900 km · computed 926 km · consistent" in tooltip
    # the line's own label, always shown: glyph, stated / computed
    labels = page.locator(".geomap-claim-label").all_inner_texts()
    assert "✓ > 900 km / 926 km" in labels
    page.close()


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


# --- verdicts without colour, the claims panel, phones (issue 17) ------------------------------


def _two_verdicts():
    """The made-up analysis and a second article whose line claim is false (a little east)."""
    import dataclasses

    a = make_analysis()
    b = make_analysis(path="news/second.txt")
    line = next(c for c in b.claims if c.form == "point" and c.subject and c.subject.lat)
    assert line.subject is not None
    false = dataclasses.replace(
        line,
        verdict="inconsistent",
        subject=dataclasses.replace(line.subject, lon=19.0),
        explanation="926 km is less than the 1,500 km stated",
    )
    b = dataclasses.replace(b, claims=(false, *[c for c in b.claims if c is not line]))
    return [a, b]


@pytest.fixture(scope="module")
def verdict_map_path(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("verdicts") / "verdicts.html"
    path.write_text(render_html(build_map(_two_verdicts(), FakeGazetteer())), encoding="utf-8")
    return path


def _png_rgb(data: bytes) -> list[list[tuple[int, int, int]]]:
    """Pixels of an 8-bit RGB(A), non-interlaced PNG (what Chromium's screenshots are)."""
    import struct
    import zlib

    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and color in (2, 6)
            bpp = 3 if color == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw, stride = zlib.decompress(idat), width * bpp
    rows, prev = [], bytearray(stride)
    for y in range(height):
        f, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 0xFF
            elif f == 2:
                line[i] = (line[i] + b) & 0xFF
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 0xFF
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[i] = (line[i] + pred) & 0xFF
        rows.append([tuple(line[x * bpp : x * bpp + 3]) for x in range(width)])
        prev = line
    return rows


def _lab(rgb: tuple[int, int, int]) -> tuple[float, float, float]:
    """sRGB to CIE L*a*b* (D65)."""

    def lin(c: float) -> float:
        c /= 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lin(c) for c in rgb)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _delta_e(c1: tuple[int, int, int], c2: tuple[int, int, int]) -> float:
    return sum((a - b) ** 2 for a, b in zip(_lab(c1), _lab(c2), strict=True)) ** 0.5


def _line_colour(page, selector: str) -> tuple[int, int, int]:
    """The colour a line is painted with on screen: the commonest non-white pixel around
    points along it (everything but the claim lines is hidden, on white)."""
    from collections import Counter

    counts: Counter[tuple[int, int, int]] = Counter()
    for x, y in _points_along(page, selector, 9):
        shot = page.screenshot(clip={"x": x - 3, "y": y - 3, "width": 7, "height": 7})
        for row in _png_rgb(shot):
            counts.update(px for px in row if sum(px) < 3 * 235)
    assert counts, selector
    return counts.most_common(1)[0][0]


VISION = ("none", "deuteranopia", "protanopia", "tritanopia")
#: A CIE76 colour difference of about 2 is just noticeable; 40 is told apart at a glance
#: (the old green/red palette measured 24.7 under deuteranopia and 19.5 under protanopia).
CLEAR_DELTA_E = 40.0


def test_verdict_colours_stay_apart_under_colour_vision_deficiencies(browser, verdict_map_path):
    opened = Opened(browser, verdict_map_path)
    page = opened.page
    page.add_style_tag(
        content=".leaflet-pane:not(.leaflet-map-pane):not(.leaflet-geomap-claims-pane),"
        ".leaflet-control-container { visibility: hidden !important; }"
        ".folium-map.leaflet-container { background: #fff !important; }"
    )
    page.wait_for_timeout(100)
    cdp = page.context.new_cdp_session(page)
    figures = {}
    try:
        for vision in VISION:
            cdp.send("Emulation.setEmulatedVisionDeficiency", {"type": vision})
            page.wait_for_timeout(100)
            good = _line_colour(page, "path.geomap-claim.geomap-consistent")
            bad = _line_colour(page, "path.geomap-claim.geomap-inconsistent")
            figures[vision] = round(_delta_e(good, bad), 1)
    finally:
        cdp.send("Emulation.setEmulatedVisionDeficiency", {"type": "none"})
        page.close()
    assert all(d >= CLEAR_DELTA_E for d in figures.values()), figures
    assert opened.problems == []


def test_verdicts_have_a_second_cue_besides_colour(browser, verdict_map_path):
    opened = Opened(browser, verdict_map_path)
    page = opened.page
    dash = {
        v: page.locator(f"path.geomap-claim.geomap-{v}").first.get_attribute("stroke-dasharray")
        for v in ("consistent", "inconsistent", "unverifiable")
    }
    assert len(set(dash.values())) == 3  # solid (None), dashed, dotted
    labels = page.locator(".geomap-claim-label").all_inner_texts()
    assert {t[0] for t in labels} >= {"✓", "✗"}
    legend = page.locator(".geomap-legend").inner_text()
    assert "✗ inconsistent" in legend and "✓ consistent" in legend
    page.close()


def test_claims_panel_lists_false_claims_first_and_zooms_to_them(browser, verdict_map_path):
    opened = Opened(browser, verdict_map_path)
    page = opened.page
    panel = page.locator(".geomap-claims")
    assert panel.locator("summary").inner_text() == "1 of 6 claims false"
    first = panel.locator("li").first
    assert first.inner_text().startswith("✗Base One → Alpha City")
    assert "stated > 900 km · computed 926 km · inconsistent" in first.inner_text()
    assert "926 km is less than the 1,500 km stated" in first.inner_text()
    first.click()
    page.wait_for_timeout(300)
    popup = page.locator(".leaflet-popup-content").inner_text()
    assert "inconsistent" in popup and "second.txt" in popup
    assert "news/" not in popup  # the article's name, not its path
    assert opened.problems == []
    page.close()


def test_claim_line_can_be_hovered_all_along_its_middle_even_over_pins(browser, verdict_map_path):
    opened = Opened(browser, verdict_map_path)
    page = opened.page
    hit = "path.geomap-claim-hit[stroke='#0072b2']"
    points = _points_along(page, hit, 19)
    on_top = page.evaluate(
        """pts => pts.map(([x, y]) => {
            const el = document.elementFromPoint(x, y);
            return !!el && el.classList.contains("geomap-claim-hit");
        })""",
        points,
    )
    assert all(on_top), on_top
    # and the pins at the line's ends stay clickable
    page.locator(".awesome-marker-icon-blue").first.click()
    assert "Alpha City" in page.locator(".leaflet-popup-content").inner_text()
    page.close()


@pytest.mark.parametrize(("width", "height"), [(390, 844), (1400, 900)])
def test_controls_and_popups_fit_the_screen(browser, verdict_map_path, width, height):
    opened = Opened(browser, verdict_map_path)
    page = opened.page
    page.set_viewport_size({"width": width, "height": height})
    page.reload()
    page.wait_for_function("document.querySelector('.geomap-claims')")
    small = width < 600
    for selector in (".geomap-legend", ".geomap-timeline", ".geomap-claims"):
        box = page.locator(selector)
        assert box.evaluate("d => d.open") is (not small), selector
        box.locator("summary").click()  # collapsible everywhere
        assert box.evaluate("d => d.open") is small, selector
        box.locator("summary").click()
    if small:
        page.locator(".geomap-claims summary").click()
    page.locator(".geomap-claims li").first.click()
    page.wait_for_timeout(400)
    popup = page.locator(".leaflet-popup").bounding_box()
    assert popup is not None
    # on a phone the panel closes so that it does not cover the popup it opened
    assert page.locator(".geomap-claims").evaluate("d => d.open") is (not small)
    verdict_cell = page.locator(".leaflet-popup-content td").first.bounding_box()
    assert verdict_cell is not None
    centre = [verdict_cell["x"] + 5, verdict_cell["y"] + verdict_cell["height"] / 2]
    assert page.evaluate(
        "([x, y]) => !!document.elementFromPoint(x, y).closest('.leaflet-popup')", centre
    )
    assert popup["width"] <= width - 20 and popup["x"] >= 0 and popup["x"] + popup["width"] <= width
    verdict = page.locator(".leaflet-popup-content th", has_text="claim")
    row = verdict.bounding_box()
    assert row is not None and row["x"] + row["width"] <= width
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"map-{width}x{height}.png"))
    assert opened.problems == []
    page.close()


def test_geojson_download_saves_the_maps_data_offline(browser, verdict_map_path, tmp_path):
    import json

    opened = Opened(browser, verdict_map_path)
    page = opened.page
    with page.expect_download() as info:
        page.locator(".geomap-download a").click()
    saved = tmp_path / "saved.geojson"
    info.value.save_as(saved)
    data = json.loads(saved.read_text(encoding="utf-8"))
    kinds = [f["properties"]["feature"] for f in data["features"]]
    analyses = _two_verdicts()
    assert kinds.count("claim") == sum(len(a.claims) for a in analyses)
    assert kinds.count("place") == sum(len(a.places) for a in analyses)
    assert {f["properties"]["article"] for f in data["features"]} == {"made-up.txt", "second.txt"}
    assert info.value.suggested_filename == "geomap.geojson"
    assert opened.problems == []
    page.close()
