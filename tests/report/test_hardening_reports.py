"""Reports and the terminal (issue 13): hostile file names and article text in markdown,
terminal escape sequences in the text report and on stderr, failed inputs in CSV, a
damaged gazetteer index, and a terminal that cannot encode an umlaut.

What is asserted is what a user would check: the rendered markdown (GitHub's own cmark-gfm,
when ``cmarkgfm`` is installed) has no link, image, tag or mention from the hostile strings
and shows them as text; the bytes on stdout/stderr carry no control character; a damaged
index is one line naming the command that repairs it, with exit code 4.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pytest

from geomap.geoparse._geocoder import clean_name
from geomap.report import CLAIM_COLUMNS, PLACE_COLUMNS, md_escape, terminal_safe
from tests.support.hardening import (
    EXAMPLE,
    ROOT,
    assert_one_line_error,
    run_cli,
    warm_gazetteer,  # noqa: F401 - fixture
)

pytestmark = pytest.mark.usefixtures("warm_gazetteer")

# --- the hostile corpus ---------------------------------------------------------------------

#: Strings that mean something to a markdown renderer or to GitHub.
MD_HOSTILE = [
    "[x](javascript:alert(1))",
    "![i](http://evil.example/x.png)",
    "<img src=x onerror=alert(1)>",
    "<script>alert(2)</script>",
    "@org/team and @someone",
    "a | b | c",
    "`code` and ``more``",
    "{{7*7}} ${7*7}",
    "www.evil.example and http://evil.example/a and https://evil.example",
    "mail@evil.example",
    "*bold* _em_ ~~strike~~ # heading + list - item 1. item",
    "line one\nline two\r\nline three",
    "&lt;b&gt; &amp; &#64;someone",
    "\\[x\\](javascript:alert(3))",  # a backslash of its own must not undo the escaping
    "[ref]: javascript:alert(4)",
    "<!-- comment --> <https://evil.example>",
]

#: What a terminal acts on instead of showing.
TERMINAL_HOSTILE = [
    "\x1b]0;owned title\x07",
    "\x1b[31mred\x1b[0m",
    "\x1b[2J",
    "over\rwrite",
    "back\bspace",
    "csi\x9b31m",
    "nel\x85x",
    "bidi \u202eevil\u202c",
    "isolate \u2066x\u2069",
    "line\u2028sep",
    "tab\tand\nnewline",
    "del\x7f",
]

#: Hostile file names (a file name cannot hold "/" or NUL; everything else goes).
FILE_NAMES = [
    "[x](javascript:alert(1)) ![i](javascript:alert(2)) @someone {{7*7}} | `t` www.e.example.txt",
    "<img src=x onerror=alert(1)> #12 ~x~.txt",
    "term \x1b]0;title\x07 \x1b[31m red \r back\b \x9b \u202eevil.txt",
]

ARTICLE = (
    "Potsdam lies about 25 kilometres south-west of Berlin {0}, the mayor said on Monday.\n\n"
    "The fire started in the village of Xyzzyville near Potsdam, officials said. {1}\n\n"
    "Officials from both sides described the talks as businesslike. {2}\n"
)


def _article(tmp_path: Path, name: str, *payloads: str) -> Path:
    parts = [*payloads, "", "", ""][:3]
    p = tmp_path / name
    p.write_text(ARTICLE.format(*parts), encoding="utf-8")
    return p


# --- rendering markdown ------------------------------------------------------------------------


def _render(md: str) -> str:
    """HTML as GitHub renders ``md``: cmark-gfm with its table, autolink and strikethrough
    extensions, raw HTML allowed (so a raw tag would show up as a tag)."""
    cmarkgfm = pytest.importorskip("cmarkgfm", reason="cmarkgfm (GitHub's cmark) not installed")
    from cmarkgfm.cmark import Options

    return cmarkgfm.github_flavored_markdown_to_html(md, options=Options.CMARK_OPT_UNSAFE)


class _Html(HTMLParser):
    """Tags, attributes and text of rendered HTML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.cells: list[list[str]] = []
        self._in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "tr":
            self.cells.append([])
        if tag in ("td", "th") and self.cells:
            self.cells[-1].append("")
            self._in_cell = True

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._in_cell = False

    def handle_data(self, data: str) -> None:
        self.text.append(data)
        if self._in_cell:
            self.cells[-1][-1] += data


def _parse(rendered: str) -> _Html:
    h = _Html()
    h.feed(rendered)
    h.close()
    return h


#: A mention or an issue reference as GitHub finds them in rendered text.
_MENTION = re.compile(r"(?<![\w`])@[A-Za-z0-9]|(?<![\w&])#\d")


def _assert_inert_html(rendered: str, *, allowed: set[str]) -> _Html:
    h = _parse(rendered)
    tags = {t for t, _ in h.tags}
    assert not (tags - allowed), (tags - allowed, rendered)
    assert not any(a for _, a in h.tags if any(k.startswith("on") or k == "href" for k in a))
    text = "".join(h.text)
    assert not _MENTION.search(text), (_MENTION.search(text), text)
    return h


def _shown(s: str) -> str:
    """What a reader sees of rendered text: the zero-width spaces are invisible."""
    return s.replace("\u200b", "")


@pytest.mark.parametrize("s", MD_HOSTILE + TERMINAL_HOSTILE)
def test_md_escape_renders_as_the_text_in_a_table_cell(s):
    md = md_escape(s)
    assert "\n" not in md and "\r" not in md
    # every character markdown acts on is escaped in the source ...
    assert not re.search(r"(?<!\\)[\[\]()`*_|!<>]", md.replace("&lt;", "").replace("&gt;", ""))
    assert "@" not in md.replace("\\@&#8203;", "")
    table = f"| h |\n|---|\n| {md} |\n"
    h = _assert_inert_html(_render(table), allowed={"table", "thead", "tbody", "tr", "th", "td"})
    # ... and the one cell shows the string itself, line breaks as spaces
    assert len(h.cells) == 2 and len(h.cells[1]) == 1, h.cells
    expected = re.sub(r"\r\n|[\n\r\u2028\t\x85]", " ", s)
    expected = "".join("\ufffd" if unicodedata.category(c) in ("Cc", "Cf") else c for c in expected)
    assert _shown(h.cells[1][0]).strip() == expected.strip()


@pytest.mark.parametrize("s", MD_HOSTILE)
def test_md_escape_in_a_heading_and_a_paragraph(s):
    md = f"## {md_escape(s)}\n\n**Error:** {md_escape(s)}\n"
    _assert_inert_html(_render(md), allowed={"h2", "p", "strong"})


@pytest.fixture
def online(monkeypatch, tmp_path):
    """The geocoder fallback on, against a local server only (its cache in tmp_path)."""
    import geomap.geoparse._geocoder

    monkeypatch.delenv("GEOMAP_OFFLINE", raising=False)
    cache = tmp_path / "cache" / "geocode-cache.sqlite"
    monkeypatch.setattr(geomap.geoparse._geocoder, "default_cache_path", lambda: cache)


#: What a markdown report may render to: headings, paragraphs, bold, code spans, tables.
_REPORT_TAGS = {"h1", "h2", "h3", "p", "strong", "code"} | {"table", "thead", "tr", "th", "td"}
_REPORT_TAGS.add("tbody")

#: A geocoder's answer carrying every markdown payload in the name a report shows.
GEOCODED = " ".join(MD_HOSTILE[:11])


def test_markdown_report_of_hostile_names_and_text(capsys, tmp_path, online):
    """File names, a missing input's name and a geocoder's place name with every payload:
    the report renders with no link, image, tag or mention, every table row keeps its
    columns, and the payloads are shown as the text they are."""
    from tests.support.nominatim_server import Answer, NominatimServer, place

    arts = [_article(tmp_path, FILE_NAMES[0]), _article(tmp_path, FILE_NAMES[1], *MD_HOSTILE)]
    missing = tmp_path / "missing [x](javascript:alert(9)) @team.txt"
    out = tmp_path / "report.md"
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.hit(place(GEOCODED, 52.40, 13.05, type="village")))
        run = run_cli(
            capsys, "check", "--format", "markdown", "-o", out, "--geocoder-domain", srv.domain,
            "--geocoder-scheme", "http", *arts, missing,
        )  # fmt: skip
    assert run.code == 2  # the missing input
    md = out.read_text(encoding="utf-8")
    for line in md.splitlines():
        if line.startswith("|"):  # a table row is one line with its own columns
            assert line.endswith("|")
    rendered = _render(md)
    h = _assert_inert_html(rendered, allowed=_REPORT_TAGS)
    # code spans hold only geomap's own language and date
    assert set(re.findall(r"<code>(.*?)</code>", rendered)) <= {"en", "de", "unknown"}
    for row in h.cells:
        assert len(row) in (5, 6, 9), row  # events: 5 columns, places: 6, claims: 9
    shown = _shown("".join(h.text))
    for name in (*FILE_NAMES[:2], missing.name):
        assert str(tmp_path / name) in shown, name
    geocoded = [row for row in h.cells if len(row) == 6 and row[2] == "Xyzzyville"]
    # shown exactly as geomap keeps a geocoder's name (cut to geocoding.MAX_NAME_CHARS)
    kept = clean_name(GEOCODED)
    assert len(kept) > 150 and GEOCODED.startswith(kept)
    assert geocoded and all(_shown(row[0]) == kept for row in geocoded), (h.cells, md)


# --- the terminal -------------------------------------------------------------------------------


def _controls(s: str) -> list[str]:
    """Characters a terminal acts on (other than the newline between lines)."""
    unsafe = ("Cc", "Cf", "Zl", "Zp", "Cs")
    return [c for c in s if c != "\n" and unicodedata.category(c) in unsafe]


@pytest.mark.parametrize("s", TERMINAL_HOSTILE)
def test_terminal_safe_shows_every_control_as_an_escape(s):
    safe = terminal_safe(s)
    assert not _controls(safe) and "\n" not in safe, repr(safe)
    assert safe.isprintable()
    for c in s:
        if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp"):
            assert (f"\\x{ord(c):02x}" if ord(c) < 256 else f"\\u{ord(c):04x}") in safe


def test_terminal_safe_keeps_ordinary_text():
    for s in ("München – Wien ≈ 400 km", "100\xa0km", "北京", "C:\\path\\x.txt", "a 'b' \"c\""):
        assert terminal_safe(s) == s


def test_text_report_and_stderr_carry_no_control_characters(capsys, tmp_path):
    art = _article(tmp_path, FILE_NAMES[2], *TERMINAL_HOSTILE[:3])
    missing = tmp_path / "gone \x1b]0;title\x07\x1b[31m\r\b\x9b\u202e.txt"
    run = run_cli(capsys, "check", "--format", "text", art, missing)
    assert run.code == 2
    assert not _controls(run.out), [c for c in _controls(run.out)]
    assert not _controls(run.err), [c for c in _controls(run.err)]
    # the names are there, shown escaped
    shown = "term \\x1b]0;title\\x07 \\x1b[31m red \\x0d back\\x08 \\x9b \\u202eevil.txt"
    assert shown in run.out
    line = assert_one_line_error(run, "gone \\x1b]0;title\\x07\\x1b[31m\\x0d\\x08\\x9b\\u202e.txt")
    assert line in run.err
    assert "Potsdam" in run.out  # the hostile-named article was analysed


def test_places_text_report_carries_no_control_characters(capsys, tmp_path):
    art = _article(tmp_path, FILE_NAMES[2])
    run = run_cli(capsys, "places", art)
    assert run.code == 0 and "Berlin" in run.out
    assert not _controls(run.out)


# --- CSV ----------------------------------------------------------------------------------------


def test_csv_lists_failed_inputs_with_their_error(capsys, tmp_path):
    art = _article(tmp_path, "a.txt")
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "=empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    for command, columns in (("places", PLACE_COLUMNS), ("check", CLAIM_COLUMNS)):
        run = run_cli(capsys, command, "--format", "csv", art, missing, empty)
        assert run.code == 2
        rows = list(csv.reader(io.StringIO(run.out)))
        assert tuple(rows[0]) == columns and columns[-1] == "error"
        by_path: dict[str, list[dict[str, str]]] = {}
        for r in rows[1:]:
            d = dict(zip(columns, r, strict=True))
            by_path.setdefault(d["path"], []).append(d)
        assert by_path[str(art)] and all(d["error"] == "" for d in by_path[str(art)])
        [m] = by_path[str(missing)]
        assert "no such file" in m["error"]
        assert all(v == "" for k, v in m.items() if k not in ("path", "error"))
        [e] = by_path[str(empty)]
        assert "empty" in e["error"]
    # the columns before "error" are the ones CSV readers already rely on, in their order
    assert PLACE_COLUMNS[:-1][:4] == ("path", "mention", "start", "end")
    assert CLAIM_COLUMNS[:-1][-2:] == ("verdict", "explanation")


def test_csv_cells_cannot_start_a_formula(capsys, tmp_path):
    """OWASP's advice: a cell starting with = + - @ tab or CR gets a leading '."""
    names = ["=cmd|' /C calc'!A0.txt", "+1.txt", "-2+3.txt", "@SUM(1).txt", "\tx.txt", "\rx.txt"]
    run = run_cli(capsys, "places", "--format", "csv", "--", *names)  # missing: error rows
    assert run.code == 2
    rows = list(csv.DictReader(io.StringIO(run.out)))
    assert [r["path"] for r in rows] == ["'" + n for n in names]
    for r in rows:
        assert r["error"]
        for v in r.values():
            assert not v.startswith(("=", "+", "-", "@", "\t", "\r")), v


# --- a damaged gazetteer index ------------------------------------------------------------------


@pytest.fixture
def data_dir(tmp_path, gaz, monkeypatch) -> tuple[Path, Path]:
    """A COPY of the index in a temporary GEOMAP_DATA_DIR (never the real one), with the
    base layer next to it; returns (data dir, index path)."""
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("GEOMAP_DATA_DIR", str(d))
    from gazetteer import default_index_path

    index = default_index_path()
    assert index.parent == d
    shutil.copyfile(gaz.path, index)
    return d, index


_MAIN = "import sys; from geomap.cli._main import main; sys.exit(main(sys.argv[1:]))"


def _child(*argv: str | Path, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    """``geomap ARGV`` in a fresh interpreter; raw bytes, so encodings can be checked."""
    full = {k: v for k, v in os.environ.items() if k != "GEOMAP_DEBUG"}
    full.update(GEOMAP_OFFLINE="1", **env)
    return subprocess.run(
        [sys.executable, "-c", _MAIN, *map(str, argv)],
        capture_output=True,
        env=full,
        cwd=ROOT,
        timeout=120,
    )


def _damage_line(err: bytes, index: Path, rebuild: str) -> str:
    lines = err.decode("utf-8").splitlines()
    assert len(lines) == 1 and "Traceback" not in err.decode(), lines
    line = lines[0]
    prefix = f"geomap: error: the gazetteer index at {index} is damaged ("
    assert line.startswith(prefix) and line.endswith(f"); rebuild it with: {rebuild}"), line
    return line[len(prefix) : -len(f"); rebuild it with: {rebuild}")]


def _truncate(p: Path) -> None:
    os.truncate(p, p.stat().st_size // 2)


def _garbage(p: Path) -> None:
    p.write_bytes(b"this is not a database " * 1000)


def _empty_sqlite(p: Path) -> None:
    p.unlink()
    con = sqlite3.connect(p)
    con.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    con.commit()
    con.close()


def _old_schema(p: Path) -> None:
    con = sqlite3.connect(p)
    con.execute("UPDATE meta SET value = 'gazetteer-0' WHERE key = 'schema_version'")
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("damage", "problem"),
    [
        (_truncate, "truncated"),
        (_garbage, "not an SQLite database"),
        (_empty_sqlite, "no table entries, geometries, names, neighbours"),
        (_old_schema, "built with schema gazetteer-0"),
    ],
)
def test_damaged_default_index_is_exit_4_with_the_repair_command(data_dir, damage, problem):
    d, index = data_dir
    damage(index)
    size = index.stat().st_size
    for argv in (("check", EXAMPLE), ("places", EXAMPLE), ("gazetteer", "lookup", "Moskau")):
        run = _child(*argv, env={"GEOMAP_DATA_DIR": str(d)})
        assert run.returncode == 4, (argv, run.stderr)
        assert run.stdout == b""
        assert problem in _damage_line(run.stderr, index, "geomap gazetteer build")
    assert index.stat().st_size == size  # reported, not silently rebuilt or removed


def test_damaged_index_at_an_explicit_path(capsys, tmp_path, gaz):
    bad = tmp_path / "my index.sqlite"
    shutil.copyfile(gaz.path, bad)
    _truncate(bad)
    run = run_cli(capsys, "gazetteer", "info", "--path", bad)
    assert run.code == 4
    line = assert_one_line_error(run, f"the gazetteer index at {bad} is damaged (truncated")
    assert line.endswith(f"rebuild it with: geomap gazetteer build --path '{bad}'")


def test_damage_found_only_at_a_query_is_the_same_error(tmp_path):
    """A file whose header and schema are intact but whose pages are garbage: SQLite finds
    it only when a look-up reads them."""
    from gazetteer import Gazetteer
    from gazetteer._build import SCHEMA
    from gazetteer._errors import GazetteerIndexError
    from gazetteer._paths import SCHEMA_VERSION
    from geomap.errors import exit_code

    p = tmp_path / "g.sqlite"
    con = sqlite3.connect(p)
    con.executescript(SCHEMA)
    con.execute("INSERT INTO meta VALUES ('schema_version', ?)", (SCHEMA_VERSION,))
    con.executemany(
        "INSERT INTO names VALUES (?, ?, 'de', ?, 1)",
        [(f"key{i:06d}", i, f"alias {i}" * 3) for i in range(20000)],
    )
    con.commit()
    con.close()
    page = 4096
    raw = bytearray(p.read_bytes())
    assert len(raw) > 40 * page
    raw[10 * page :] = bytes([0xA5]) * (len(raw) - 10 * page)
    p.write_bytes(bytes(raw))
    gaz = Gazetteer.open(p, build=False)  # header and schema still look fine
    with pytest.raises(GazetteerIndexError) as err:
        gaz.lookup_many([f"key{i:06d}" for i in range(0, 20000, 7)])
    assert exit_code(err.value) == 4  # an environment error
    assert f"the gazetteer index at {p} is damaged (SQLite: " in str(err.value)
    gaz.close()


# --- a terminal that cannot encode ---------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["text", "json", "markdown", "csv", "junit"])
def test_ascii_terminal_is_not_an_error(tmp_path, fmt):
    """PYTHONIOENCODING=ascii and LANG=C: an umlaut used to be exit 3. Text keeps the
    terminal's encoding (what it cannot encode shown as \\xfc); machine formats are UTF-8."""
    art = tmp_path / "Zürich – Bern.txt"
    art.write_text(
        "Zürich liegt etwa 95 Kilometer nordöstlich von Bern, sagte der Bürgermeister.\n",
        encoding="utf-8",
    )
    missing = tmp_path / "Düsseldorf.txt"
    run = _child(
        "check", "--format", fmt, art, missing, env={"PYTHONIOENCODING": "ascii", "LANG": "C"}
    )
    assert run.returncode == 2, run.stderr  # the missing input, nothing else
    err = run.stderr.decode("ascii")  # stderr: still ascii
    assert err.count("\n") == 1 and "D\\xfcsseldorf.txt" in err and "no such file" in err
    if fmt == "text":
        out = run.stdout.decode("ascii")
        assert "Z\\xfcrich" in out
    else:
        out = run.stdout.decode("utf-8")
        assert "Zürich" in out
        if fmt == "json":
            import json

            assert json.loads(out)["documents"][0]["path"] == str(art)


def test_the_exit_codes_are_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    doc = (ROOT / "docs" / "hardening.md").read_text(encoding="utf-8")
    assert "`4` environment error" in readme
    assert "| 4 | environment error" in doc
    assert "## Reports and the terminal" in doc
