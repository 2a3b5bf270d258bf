"""Labels on the map in headless Chromium (issue 17): claim lines carry stated / computed,
the main places their names, and no two labels cover each other at the zoom the map opens
on (nor after zooming in), on the sample article and on a map of several articles."""

from __future__ import annotations

from pathlib import Path

import pytest

import geomap
from geomap.maps import build_map, render_html
from tests.maps.test_browser_map import Opened, browser  # noqa: F401  (the fixture)

pytestmark = pytest.mark.browser

EXAMPLE = Path(__file__).resolve().parents[2] / "geomap" / "examples" / "fernost_de.txt"
#: Overlap (px, in both directions) two labels may share: anti-aliased borders touching.
TOLERANCE_PX = 2.0

# Articles from other regions with claims between close cities and places named twice, so
# their labels compete for room at the opening zoom (none from the sample).
ARTICLES = {
    "news/eastafrica.txt": (
        "NAIROBI (AP) - Ministers met in Nairobi and Mombasa on Monday. Mombasa lies about "
        "440 km south-east of Nairobi. Machakos is roughly 60 km from Nairobi, and Thika is "
        "about 40 km from Nairobi. Kampala and Arusha sent envoys; Nakuru and Eldoret were "
        "named. Arusha is more than 250 km from Nairobi.\n"
    ),
    "news/nordic.txt": (
        "OSLO (Reuters) - Leaders from Oslo, Stockholm and Helsinki met in Gothenburg. "
        "Gothenburg is about 290 km from Oslo. Uppsala lies roughly 70 km north of Stockholm, "
        "and Vasteras is about 100 km from Stockholm. Oslo and Stockholm signed the deal.\n"
    ),
    "news/mekong.txt": (
        "BANGKOK (AFP) - Floods hit Bangkok, Ayutthaya and Nonthaburi. Ayutthaya lies about "
        "70 km north of Bangkok, and Nonthaburi is less than 30 km from Bangkok. Vientiane "
        "and Phnom Penh offered help.\n"
    ),
}


def _labels(page) -> list[dict]:
    """Boxes and texts of the labels a reader sees (in the viewport, not hidden)."""
    return page.evaluate(
        """() => {
            const vw = window.innerWidth, vh = window.innerHeight;
            return [...document.querySelectorAll(".geomap-label")]
                .filter(el => getComputedStyle(el).visibility !== "hidden")
                .map(el => {
                    const r = el.getBoundingClientRect();
                    return {text: el.innerText.trim(), claim: el.classList.contains(
                        "geomap-claim-label"), left: r.left, right: r.right, top: r.top,
                        bottom: r.bottom};
                })
                .filter(r => r.right > 0 && r.bottom > 0 && r.left < vw && r.top < vh);
        }"""
    )


def _overlaps(boxes: list[dict]) -> list[tuple[str, str, float, float]]:
    bad = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            dx = min(a["right"], b["right"]) - max(a["left"], b["left"])
            dy = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
            if dx > TOLERANCE_PX and dy > TOLERANCE_PX:
                bad.append((a["text"], b["text"], round(dx, 1), round(dy, 1)))
    return bad


def _undecluttered(page) -> list[tuple[str, str, float, float]]:
    """The overlaps there would be with every label at Leaflet's own spot."""
    page.evaluate(
        """() => document.querySelectorAll(".geomap-label").forEach(el => {
            el.style.marginLeft = ""; el.style.marginTop = "";
            el.classList.remove("geomap-hidden");
        })"""
    )
    return _overlaps(_labels(page))


@pytest.fixture(scope="module")
def sample_path(gaz, tmp_path_factory) -> Path:
    text = EXAMPLE.read_text(encoding="utf-8")
    a = geomap.analyze(text, path=EXAMPLE.name, gazetteer=gaz)
    path = tmp_path_factory.mktemp("labels") / "sample.html"
    path.write_text(render_html(build_map([a], gaz)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def many_path(gaz, tmp_path_factory) -> Path:
    analyses = [geomap.analyze(t, path=p, lang="en", gazetteer=gaz) for p, t in ARTICLES.items()]
    assert sum(len(a.claims) for a in analyses) >= 6
    path = tmp_path_factory.mktemp("labels") / "many.html"
    path.write_text(render_html(build_map(analyses, gaz)), encoding="utf-8")
    return path


def _open(browser, path: Path, width: int, height: int) -> Opened:  # noqa: F811
    opened = Opened(browser, path)
    opened.page.set_viewport_size({"width": width, "height": height})
    opened.page.reload()
    opened.page.wait_for_function("document.querySelector('.geomap-label')")
    opened.page.wait_for_timeout(300)
    return opened


@pytest.mark.parametrize(("width", "height"), [(1400, 900), (390, 844)])
def test_sample_labels_never_overlap_and_name_what_matters(browser, sample_path, width, height):  # noqa: F811
    opened = _open(browser, sample_path, width, height)
    page = opened.page
    boxes = _labels(page)
    assert _overlaps(boxes) == []
    texts = [b["text"] for b in boxes]
    # the false claim's label is shown: glyph, stated / computed
    assert "✗ ≈ 200 km / 90 km" in texts, texts
    assert sum(b["claim"] for b in boxes) >= 4, texts
    assert sum(not b["claim"] for b in boxes) >= 2, texts
    # zooming in makes room: still no overlap, and no fewer labels
    page.evaluate(
        "() => { const m = Object.values(window).find(v => v instanceof L.Map); "
        "m.setZoom(m.getZoom() + 1, {animate: false}); }"
    )
    page.wait_for_timeout(300)
    assert _overlaps(_labels(page)) == []
    assert opened.problems == []
    page.close()


def test_many_article_labels_never_overlap(browser, many_path):  # noqa: F811
    opened = _open(browser, many_path, 1400, 900)
    page = opened.page
    boxes = _labels(page)
    assert _overlaps(boxes) == []
    assert sum(b["claim"] for b in boxes) >= 6 and sum(not b["claim"] for b in boxes) >= 2
    # hiding a layer and showing it again lays the labels out anew
    page.locator(".leaflet-control-layers").hover()
    box = page.locator(".leaflet-control-layers-overlays input").nth(2)
    box.uncheck()
    box.check()
    page.wait_for_timeout(200)
    assert _overlaps(_labels(page)) == []
    # and the layout is what keeps them apart: at Leaflet's own spots they would overlap
    assert _undecluttered(page) != []
    assert opened.problems == []
    page.close()


# --- the smaller things seen in a browser (issue 17) -------------------------------------------


def test_clicking_a_claim_line_leaves_no_focus_box(browser, sample_path):  # noqa: F811
    opened = _open(browser, sample_path, 1400, 900)
    page = opened.page
    hit = "path.geomap-claim-hit"
    x, y = page.evaluate(
        """sel => { const p = document.querySelector(sel), m = p.getScreenCTM();
            const q = p.getPointAtLength(p.getTotalLength() / 2);
            return [m.a * q.x + m.c * q.y + m.e, m.b * q.x + m.d * q.y + m.f]; }""",
        hit,
    )
    page.mouse.click(x, y)
    page.wait_for_timeout(200)
    focused = page.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
            return [document.activeElement.getAttribute("class") || "", s.outlineStyle]; }"""
    )
    assert "geomap-claim-hit" in focused[0]  # the line took the click (and its popup opened)
    assert focused[1] == "none"
    assert page.locator(".leaflet-popup-content").count() == 1
    page.close()


def test_legend_keys_look_like_the_lines_they_explain(browser, sample_path):  # noqa: F811
    opened = _open(browser, sample_path, 1400, 900)
    page = opened.page
    keys = page.evaluate(
        """() => [...document.querySelectorAll(".geomap-legend .geomap-ln")].map(e => [
            e.nextSibling.textContent, getComputedStyle(e).borderTopColor,
            getComputedStyle(e).borderTopStyle])"""
    )
    lines = page.evaluate(
        """() => [...document.querySelectorAll("path.geomap-claim")].map(e => [
            e.getAttribute("class"), getComputedStyle(e).stroke,
            e.getAttribute("stroke-dasharray")])"""
    )
    rings = [k for k in keys if "◯" in k[0]]
    assert rings, keys  # the sample has a range ring
    for label, colour, style in keys:
        verdict = label.rsplit(", ", 1)[-1] if "◯" in label else label.split(" ", 1)[-1]
        if verdict not in ("stimmig", "falsch", "nicht prüfbar"):
            continue
        cls = {"stimmig": "consistent", "falsch": "inconsistent", "nicht prüfbar": "unverifiable"}
        drawn = [ln for ln in lines if f"geomap-{cls[verdict]}" in ln[0]]
        assert drawn, label
        assert {ln[1] for ln in drawn} == {colour}, (label, colour, drawn)
        dashes = {ln[2] for ln in drawn}
        assert (style == "solid") == (dashes == {None}), (label, style, dashes)
    page.close()


def test_only_layers_with_something_in_them_are_listed(browser, sample_path):  # noqa: F811
    opened = _open(browser, sample_path, 1400, 900)
    page = opened.page
    page.locator(".leaflet-control-layers").hover()
    names = page.locator(".leaflet-control-layers-overlays label").all_inner_texts()
    assert names  # the sample has places, claims, events and countries
    counts = page.evaluate(
        """() => {
            const map = Object.values(window).find(v => v instanceof L.Map);
            const out = {};
            for (const [k, v] of Object.entries(window)) {
                if (v instanceof L.FeatureGroup && map.hasLayer(v)) {
                    out[k] = v.getLayers().length;
                }
            }
            return Object.values(out);
        }"""
    )
    assert counts and min(counts) > 0
    page.close()


def test_a_country_pin_near_its_capital_does_not_hide_it(browser, sample_path):  # noqa: F811
    opened = _open(browser, sample_path, 1400, 900)
    page = opened.page
    page.evaluate(
        "() => { const m = Object.values(window).find(v => v instanceof L.Map);"
        " m.setZoom(7, {animate: false}); }"
    )
    # every pin pair a few km apart (a country at its capital), at a zoom where both show
    worst = page.evaluate(
        """() => {
            const map = Object.values(window).find(v => v instanceof L.Map);
            const pins = [];
            map.eachLayer(l => {
                if (l instanceof L.Marker && l._icon && !l._icon.className.includes("orange")) {
                    pins.push([l.getLatLng(), l._icon]);
                }
            });
            let worst = 0, pairs = 0;
            for (let i = 0; i < pins.length; i++) {
                for (let j = i + 1; j < pins.length; j++) {
                    const [a, ea] = pins[i], [b, eb] = pins[j];
                    if (Math.abs(a.lat - b.lat) > 0.2 || Math.abs(a.lng - b.lng) > 0.2) continue;
                    pairs += 1;
                    map.setView(a, 7, {animate: false});
                    const r = ea.getBoundingClientRect(), s = eb.getBoundingClientRect();
                    const dx = Math.min(r.right, s.right) - Math.max(r.left, s.left);
                    const dy = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
                    const share = dx > 0 && dy > 0 ? dx * dy / (r.width * r.height) : 0;
                    worst = Math.max(worst, share);
                }
            }
            return [pairs, worst];
        }"""
    )
    assert worst[0] >= 1  # the sample has one: Japan and Tokyo
    assert worst[1] < 0.5
    page.close()
