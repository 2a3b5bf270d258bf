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
    page.evaluate("() => { const m = Object.values(window).find(v => v instanceof L.Map); "
                  "m.setZoom(m.getZoom() + 1, {animate: false}); }")
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
