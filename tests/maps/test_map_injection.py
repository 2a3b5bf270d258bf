"""Template injection: article text, file names and geocoder answers are data, never a template.

folium and branca assemble the page with Jinja, and branca compiles the output of every
macro as a new template. Outside testing made ``geomap map`` run shell commands from an
article (issue 13). Two independent walls stop that now (``geomap/maps/_elements.py`` renders
every element's output literally; ``geomap/maps/_escape.py`` neutralises braces), and each is
shown to hold alone. Every payload carries a *marker* that only appears if Jinja evaluated
it (``'zq' * 3`` gives ``zqzqzq``), so a test can tell evaluation from the literal text.
"""

from __future__ import annotations

import copy
import html
import json
import re
import subprocess
import sys
from pathlib import Path

import folium
import pytest
from branca.element import Element, Figure, MacroElement
from folium.plugins import MarkerCluster, MeasureControl

import geomap
import geomap.maps._escape
from geomap.geoparse import make_geocoder
from geomap.maps import _elements as map_elements
from geomap.maps import build_map, render_html
from tests.support.map_fixtures import FakeGazetteer, make_analysis

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "geomap" / "examples" / "fernost_de.txt"

# Each payload would print a marker if Jinja (or JavaScript) evaluated it; none of the
# markers occurs in the payloads themselves.
PAYLOADS: list[str] = [
    "{{ 'zq' * 3 }}",
    "{{'Qx'~'Jv'}}",
    "{% for i in range(3) %}Wk{% endfor %}",
    "{# Kv #}Pl{# Kv #}",  # a comment: evaluated, 'Kv' would vanish (checked as literal)
    "{{ cycler.__init__.__globals__.os.popen('echo pw' + 'ned').read() }}",
    "{{ $t('hello') }}",  # Vue-style: a TemplateSyntaxError (exit 3) before the fix
    "{%",
    "{{ {{ 'zz' ~ 'yy' }} }}",  # nested
    "${ 'Gb' + 'Fe' }",  # JavaScript template-literal syntax
    "{{ config }}{{ self }}",
]
EVALUATED = ["zqzqzq", "QxJv", "WkWkWk", "pwned", "zzyy", "GbFe", "TemplateReference"]


def _article(lang: str = "de") -> str:
    """A short article whose places, claim and event sentences each carry a payload,
    one split across a place name and its context (``{{`` before, ``}}`` after)."""
    p = PAYLOADS
    if lang == "de":
        return (
            f"BERLIN (Reuters) - {p[0]} Hamburg liegt rund 250 Kilometer nordwestlich von "
            f"Berlin {p[1]}. Am Montag trafen sich {p[2]} Minister in München {p[3]}. "
            f"Der Ort {p[4]} liegt 100 Kilometer nördlich von Berlin. In {p[5]} Hamburg "
            f"sprach der Kanzler. Das Treffen {{{{ fand in Dresden statt }}}} {p[6]}. "
            f"{p[7]} Köln {p[8]} und {p[9]} Frankfurt.\n"
        )
    return (
        f"LONDON (Reuters) - {p[0]} Manchester lies about 260 km north-west of London "
        f"{p[1]}. On Monday ministers met {p[2]} in Leeds {p[3]}. {p[4]} Bristol is 170 km "
        f"west of London. In {p[5]} York {{{{ the mayor spoke in Leeds }}}} {p[6]}. "
        f"{p[7]} Oxford {p[8]} and {p[9]} Cambridge.\n"
    )


def _assert_not_evaluated(out: str) -> None:
    for marker in EVALUATED:
        assert marker not in out, marker
    assert "uid=0(" not in out and "gid=" not in out


def _decoded(page: str) -> str:
    """The page with HTML entities and JSON escapes undone: what a browser would show."""
    page = html.unescape(page)
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), page)


@pytest.fixture(scope="module")
def analyses(gaz):
    return [
        geomap.analyze(_article("de"), path="de.txt", gazetteer=gaz),
        geomap.analyze(_article("en"), path="en.txt", gazetteer=gaz),
    ]


@pytest.fixture(scope="module")
def page(analyses, gaz) -> str:
    return render_html(build_map(analyses, gaz))


def test_article_text_payloads_stay_literal_in_the_map(page, analyses):
    assert any(a.claims for a in analyses) and all(a.places for a in analyses)
    _assert_not_evaluated(page)
    shown = _decoded(page)
    for payload in PAYLOADS:
        assert payload in shown, payload
    # the payload split around a marked place name survives whole
    assert "{{ fand in <mark>Dresden</mark> statt }}" in shown


def test_each_wall_alone_keeps_the_text_literal(monkeypatch, fake_gaz_analysis):
    """Without literal rendering, escaping alone holds; without escaping, rendering alone."""
    analyses, gaz = fake_gaz_analysis
    with monkeypatch.context() as m:  # wall 1 down: folium's double rendering is back
        m.setattr(map_elements.LiteralMacroElement, "render", MacroElement.render)
        m.setattr(map_elements.SafePopup, "render", folium.Popup.render)
        page = render_html(build_map(analyses, gaz))
        _assert_not_evaluated(page)
        assert "{{ 'zq' * 3 }}" in _decoded(page)
    with monkeypatch.context() as m:  # wall 2 down: braces pass unescaped
        m.setattr(geomap.maps._escape, "_EXTRA", str.maketrans({"$": "&#36;", "`": "&#96;"}))
        m.setattr(geomap.maps._escape, "_JSON_BRACES", str.maketrans({}))
        page = render_html(build_map(analyses, gaz))
        _assert_not_evaluated(page)
        assert "{{ 'zq' * 3 }}" in html.unescape(page)  # raw braces reached the page


@pytest.fixture()
def fake_gaz_analysis():
    text = " ".join(PAYLOADS)
    return [make_analysis(text, path=f"{PAYLOADS[0]}.txt")], FakeGazetteer()


def test_file_names_are_not_templates(fake_gaz_analysis):
    analyses, gaz = fake_gaz_analysis
    two = analyses + [make_analysis("x", path="{% for i in range(3) %}Wk{% endfor %}.txt")]
    page = render_html(build_map(two, gaz))
    _assert_not_evaluated(page)
    title = re.search(r"<title>(.*?)</title>", page).group(1)
    assert html.unescape(title).startswith("geomap: {{ 'zq' * 3 }}.txt, {% for i in range(3)")


# Folium classes the map uses whose templates carry only geomap's own values (coordinates,
# ids, option names, icon names, layer names geomap chose). Anything else in the tree must
# render literally. A new element type fails this test until someone decides which it is.
_TRUSTED_FOLIUM = (
    Figure,
    folium.Map,
    folium.FeatureGroup,
    folium.Marker,
    folium.Icon,
    folium.PolyLine,
    folium.LayerControl,
    MeasureControl,
    folium.map.Marker.SetIcon,
    folium.elements.ElementAddToElement,
    MarkerCluster,  # options only (geomap sets no icon function)
)
_LITERAL = (
    map_elements.Literal,
    map_elements.LiteralMacroElement,
    map_elements.SafePopup,
)


def _walk(element: Element):
    yield element
    for child in element._children.values():
        yield from _walk(child)


def _assert_every_element_is_literal_or_text_free(m) -> set[str]:
    m = copy.deepcopy(m)
    with map_elements.stable_ids("t"):
        m.get_root().render()
    figure = m.get_root()
    sections = {id(figure.header), id(figure.html), id(figure.script)}
    seen: set[str] = set()
    for el in _walk(m):
        seen.add(type(el).__name__)
        if isinstance(el, (*_LITERAL, *_TRUSTED_FOLIUM)) or id(el) in sections:
            continue
        if type(el) is folium.Html and isinstance(el._parent._parent, map_elements.SafePopup):
            continue  # the popup's HTML, escaped, and inside a literal popup
        if type(el) is Element and el._parent is not None and el._parent._parent is figure:
            continue  # rendered output of a trusted element (coordinates and options)
        pytest.fail(f"{type(el).__module__}.{type(el).__name__} may render article text twice")
    return seen


def test_every_element_of_a_real_map_renders_literally_or_carries_no_text(gaz):
    a = geomap.analyze(EXAMPLE.read_text(encoding="utf-8"), path="x.txt", gazetteer=gaz)
    seen = _assert_every_element_is_literal_or_text_free(build_map([a], gaz))
    assert {"SafePopup", "SafeTooltip", "Legend", "StaticGeoJson"} <= seen
    assert {"ClaimsPanel", "Pane", "Attribution", "FitView", "DownloadButton"} <= seen


def test_a_clustered_many_article_map_keeps_file_names_literal(monkeypatch):
    """Per-article layers carry file names into the layer control (a folium template and
    Leaflet's innerHTML); clustering adds folium's MarkerCluster."""
    import geomap.maps._build as map_build

    monkeypatch.setattr(map_build, "CLUSTER_MIN_MARKERS", 0)
    names = [f"{p}.txt" for p in PAYLOADS[:3]] + ["<img src=x onerror=alert(1)>.txt"]
    analyses = [make_analysis(" ".join(PAYLOADS), path=f"dir/{n}") for n in names]
    m = build_map(analyses, FakeGazetteer())
    seen = _assert_every_element_is_literal_or_text_free(m)
    assert {"MarkerCluster", "DownloadButton", "ClaimsPanel"} <= seen
    page = render_html(m)
    _assert_not_evaluated(page)
    shown = _decoded(_decoded(page))  # layer names are entities inside JSON strings
    for n in names:
        assert f"article: {n}" in shown, n
    assert "<img src=x onerror=alert(1)>.txt" not in page  # never raw in the page


def test_cli_outputs_keep_payloads_literal(tmp_path):
    """Every output format, through the CLI, for an article in a file named by a payload."""
    art = tmp_path / "{{ 'zq' * 3 }} {% for i in range(3) %}Wk{% endfor %}.txt"
    art.write_text(_article("de"), encoding="utf-8")
    env_py = [
        sys.executable,
        "-c",
        "import sys; from geomap.cli._main import main; sys.exit(main())",
    ]
    for argv in (
        ["map", str(art), "--offline", "-o", str(tmp_path / "m.html")],
        *(
            ["check", str(art), "--offline", "--fail-on", "never", "--format", fmt]
            for fmt in ("text", "json", "markdown", "junit", "csv")
        ),
        ["places", str(art), "--offline", "--format", "json"],
    ):
        run = subprocess.run(env_py + argv, capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, (argv, run.stderr)
        assert run.stderr == ""
        out = run.stdout if argv[0] != "map" else (tmp_path / "m.html").read_text("utf-8")
        _assert_not_evaluated(out)
        if "json" in argv:
            doc = json.loads(out)["documents"][0]
            assert doc["path"] == str(art)


def test_geocoder_answers_are_not_templates(tmp_path, gaz, monkeypatch):
    from tests.support.nominatim_server import Answer, NominatimServer, place

    monkeypatch.delenv("GEOMAP_OFFLINE", raising=False)
    name = "{{ 'zq' * 3 }}ville {% for i in range(3) %}Wk{% endfor %}"
    text = "Police said the fire started in the village of Xyzzyville on Monday night.\n"
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.hit(place(name, 52.1, 13.5, type="village")))
        geocoder = make_geocoder(
            offline=False,
            domain=srv.domain,
            scheme="http",
            timeout=2,
            min_delay_seconds=0.01,
            cache_dir=tmp_path / "cache",
        )
        a = geomap.analyze(text, path="v.txt", lang="en", gazetteer=gaz, geocoder=geocoder)
    [p] = [p for p in a.places if p.mention == "Xyzzyville"]
    assert p.source == "geocoder" and "{{ 'zq' * 3 }}" in p.name
    page = render_html(build_map([a], gaz))
    _assert_not_evaluated(page)
    assert name in _decoded(page)


@pytest.mark.browser
def test_payloads_show_as_text_in_chromium(page, tmp_path):
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("/usr/bin/chromium is missing (make chromium installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    path = tmp_path / "injection.html"
    path.write_text(page, encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        tab = browser.new_page(viewport={"width": 1200, "height": 800})
        errors: list[str] = []
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.goto(path.as_uri())
        tab.wait_for_function(
            "window.L !== undefined && document.querySelector('.folium-map.leaflet-container')"
        )
        tab.wait_for_timeout(300)
        shown = []
        markers = tab.locator(".leaflet-marker-pane > *")
        assert markers.count() > 0
        for i in range(markers.count()):
            close = tab.locator(".leaflet-popup-close-button")
            if close.count():  # close the last popup, so the next one read is this marker's
                close.first.dispatch_event("click")
                tab.wait_for_selector(".leaflet-popup", state="detached", timeout=5000)
            markers.nth(i).dispatch_event("click")
            content = tab.locator(".leaflet-popup-content").first
            content.wait_for(timeout=5000)
            shown.append(content.inner_text())
        shown.append(tab.locator(".geomap-legend").inner_text())
        browser.close()
    visible = "\n".join(shown)
    _assert_not_evaluated(visible)
    assert "{{ 'zq' * 3 }}" in visible and "{% for i in range(3) %}Wk{% endfor %}" in visible
    assert errors == []
