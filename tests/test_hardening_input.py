"""Hostile and broken input through the whole CLI: a clear one-line error with exit 2, or
correct output (docs/hardening.md).

Small cases run in-process through ``geomap.cli._main.main``; the big ones (10 MB, a 1 MB
line, 1 MB of capitalised words) run in a child process with a hard timeout, a hang
guard far above the documented bound, so a runaway stage fails the test instead of hanging
the suite. The bounds themselves (5 s per MB, 1 GB) are figures printed by
``benchmarks/bench_limits.py`` and ``benchmarks/bench_pathological.py``, not wall-clock
assertions here: on a shared CI machine those fail for load, not for geomap.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from geomap.report import md_escape
from tests.support.hardening import (
    SECONDS_PER_MB,
    Run,
    assert_clean_stderr,
    assert_one_line_error,
    child_startup_seconds,  # noqa: F401 - fixture
    run_child,
    run_cli,
    warm_gazetteer,  # noqa: F401 - fixture
)
from tests.support.hostile import PATHOLOGICAL, article_text, capitalised_words

pytestmark = pytest.mark.usefixtures("warm_gazetteer")

MB = 1024 * 1024
# A child that runs this many times longer than the documented bound has hung.
HANG_FACTOR = 20

ARTICLE_DE = (
    "Köln (dpa) - Köln liegt rund 180 Kilometer südlich von Münster. "
    "Die Stadt am Rhein feierte am Montag ihr Stadtfest.\n"
)
ARTICLE_EN = "Potsdam lies about 25 kilometres south-west of Berlin, officials said on Monday.\n"
# Ordinary sentences, so a few stray characters stay under the reader's control-share limit.
FILLER_EN = "The forum ended on Friday with several agreements on trade and transport. " * 8


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    if isinstance(data, str):
        p.write_text(data, encoding="utf-8")
    else:
        p.write_bytes(data)
    return p


def _json(run: Run) -> dict:
    assert "Traceback" not in run.err
    return json.loads(run.out)


def _only_doc(run: Run) -> dict:
    docs = _json(run)["documents"]
    assert len(docs) == 1
    return docs[0]


def _mentions(doc: dict) -> set[str]:
    return {p["mention"] for p in doc["places"]}


# --- refused inputs: one line on stderr, exit 2 ---------------------------------------------


def _png() -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\x00\xff\x00\x00")
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat) + chunk(b"IEND", b"")


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("article.txt", ARTICLE_DE)
    return buf.getvalue()


REFUSED: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\t\r\n   \n", "empty"),
    "image.txt": (_png(), "PNG"),
    "archive.txt": (_zip(), "ZIP"),
    "nul.txt": (ARTICLE_DE.encode() + b"\x00\x00\x00\x00" + ARTICLE_DE.encode() * 3, "NUL"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
@pytest.mark.parametrize("command", ["check", "places"])
def test_unreadable_input_is_one_line_and_exit_2(capsys, tmp_path, name, command):
    data, fragment = REFUSED[name]
    p = _write(tmp_path, name, data)
    run = run_cli(capsys, command, p)
    assert run.code == 2
    assert_one_line_error(run, name, fragment)


def test_missing_file(capsys, tmp_path):
    run = run_cli(capsys, "check", tmp_path / "nope.txt")
    assert run.code == 2
    assert_one_line_error(run, "nope.txt", "no such file")


def test_directory(capsys, tmp_path):
    run = run_cli(capsys, "places", tmp_path)
    assert run.code == 2
    assert_one_line_error(run, str(tmp_path), "directory")


def test_map_of_only_bad_inputs_writes_nothing(capsys, tmp_path):
    out = tmp_path / "m.html"
    run = run_cli(capsys, "map", "-o", out, tmp_path / "missing.txt")
    assert run.code == 2
    assert_one_line_error(run, "missing.txt")
    assert not out.exists()


# --- decodable inputs: correct output ------------------------------------------------------


def test_invalid_utf8_is_read_not_refused(capsys, tmp_path):
    data = ARTICLE_EN.encode() + b"Stray bytes \xff\xfe\xc3\x28 here.\n"
    run = run_cli(capsys, "places", "--format", "json", _write(tmp_path, "bad.txt", data))
    assert run.code == 0
    assert_clean_stderr(run)
    assert {"Potsdam", "Berlin"} <= _mentions(_only_doc(run))


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("cp1252", b""),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-8", b"\xef\xbb\xbf"),
    ],
)
def test_legacy_and_utf16_encodings_give_the_same_places(capsys, tmp_path, encoding, bom):
    text = ARTICLE_DE + "„Das ist schön“, sagte die Bürgermeisterin – 5 € pro Person.\n"
    ref = run_cli(capsys, "places", "--format", "json", _write(tmp_path, "ref.txt", text))
    p = _write(tmp_path, f"a-{encoding}.txt", bom + text.encode(encoding))
    run = run_cli(capsys, "places", "--format", "json", p)
    assert run.code == 0
    assert_clean_stderr(run)
    doc, ref_doc = _only_doc(run), _only_doc(ref)
    assert "Köln" in _mentions(doc) and "Münster" in _mentions(doc)
    assert doc["places"] == ref_doc["places"]  # same text, same offsets, whatever the encoding


def test_html_page_is_reduced_to_its_visible_text(capsys, tmp_path):
    page = (
        "<!DOCTYPE html><html lang='de'><head><title>Nachrichten</title>"
        "<script>var s = 'Hamburg liegt 900 Kilometer von Rom';</script>"
        "<style>p { color: red }</style></head><body>"
        "<nav><a href='/'>Start</a> <a href='/x'>Dresden</a></nav>"
        "<article><h1>Stadtfest</h1><p>" + ARTICLE_DE + "</p></article>"
        "<footer>Impressum</footer></body></html>"
    )
    run = run_cli(capsys, "check", "--format", "json", _write(tmp_path, "page.html", page))
    assert run.code in (0, 1)
    doc = _only_doc(run)
    assert {"Köln", "Münster"} <= _mentions(doc)
    assert "Hamburg" not in _mentions(doc) and "Rom" not in _mentions(doc)
    assert [c["stated"]["value"] for c in doc["claims"]] == [180.0]


# --- pathological strings for the number and claim patterns --------------------------------

QUALIFIER_RUNS = {
    "mehr-als": ("Berlin liegt ", "mehr als ", "5 Kilometer von Potsdam entfernt.\n"),
    "rund": ("Berlin liegt ", "rund ", "5 km von Potsdam entfernt.\n"),
    "more-than": ("Berlin is ", "more than ", "5 miles from Potsdam.\n"),
}


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_claim_text_gives_sane_claims(capsys, tmp_path, name):
    """Endless digits, qualifiers, units and spaces: read or refused, never a crash, and
    whatever is read is a sane distance (time: benchmarks/bench_limits.py)."""
    text = PATHOLOGICAL[name]
    p = _write(tmp_path, f"{name}.txt", text)
    run = run_cli(capsys, "check", "--format", "json", p)
    if run.code == 2:  # refusing is allowed, with one clear line
        assert_one_line_error(run, f"{name}.txt")
        return
    assert run.code in (0, 1), run.err
    assert_clean_stderr(run)
    for c in _only_doc(run)["claims"]:  # whatever is found must be a sane, positive distance
        assert 0 < c["stated_km"] < 50_000
        assert c["text"] in text


@pytest.mark.parametrize(
    "name, value, qualifier",
    [("mehr-als", 5.0, "lower"), ("rund", 5.0, "approx"), ("more-than", 5.0, "lower")],
)
def test_endless_qualifiers_still_read_the_claim(capsys, tmp_path, name, value, qualifier):
    # 2,000 repeats (~20 KB): long enough to defeat a naive backtracking pattern, short
    # enough to stay under any analysis cap, so the claim itself must come out right.
    head, word, tail = QUALIFIER_RUNS[name]
    text = head + word * 2_000 + tail
    run = run_cli(capsys, "check", "--format", "json", _write(tmp_path, "q.txt", text))
    claims = _only_doc(run)["claims"]
    assert [(c["stated"]["value"], c["stated"]["qualifier"]) for c in claims] == [
        (value, qualifier)
    ]
    assert claims[0]["subject"]["name"] == "Berlin"


# --- several inputs: one bad file does not stop the others ---------------------------------


@pytest.mark.parametrize("fmt", ["json", "text", "markdown", "junit"])
def test_one_bad_input_is_reported_and_the_rest_processed(capsys, tmp_path, fmt):
    good = _write(tmp_path, "good.txt", ARTICLE_DE)
    bad = _write(tmp_path, "bad.png", _png())
    out = tmp_path / f"report.{fmt}"
    run = run_cli(capsys, "check", "--format", fmt, "-o", out, bad, good, tmp_path / "gone.txt")
    assert run.code == 2
    assert "Traceback" not in run.err
    lines = run.error_lines()
    assert len(lines) == 2 and all(line.startswith("geomap: error: ") for line in lines)
    assert "bad.png" in lines[0] and "gone.txt" in lines[1]
    report = out.read_text(encoding="utf-8")
    good_name = md_escape("good.txt") if fmt == "markdown" else "good.txt"
    assert "180" in report and good_name in report  # the good file's claim is there
    if fmt == "json":
        docs = json.loads(report)["documents"]
        assert [d["path"] for d in docs] == [str(bad), str(good), str(tmp_path / "gone.txt")]
        assert docs[1]["claims"] and "error" in docs[0] and "error" in docs[2]


def test_map_with_one_bad_input_still_draws_the_good_one(capsys, tmp_path):
    good = _write(tmp_path, "good.txt", ARTICLE_DE)
    out = tmp_path / "m.html"
    run = run_cli(capsys, "map", "-o", out, tmp_path / "missing.txt", good)
    assert run.code == 2
    assert_one_line_error(run, "missing.txt")
    assert "Münster" in out.read_text(encoding="utf-8")


# --- big inputs: a child process with a hang guard (figures: benchmarks/bench_limits.py) -----


def _run_big(tmp_path: Path, name: str, text: str, startup: float) -> Run:
    p = _write(tmp_path, name, text)
    size = p.stat().st_size
    hang = HANG_FACTOR * (startup + SECONDS_PER_MB * size / MB)
    run = run_child("check", "--format", "json", "-o", tmp_path / "out.json", p, timeout=hang)
    assert "Traceback" not in run.err
    if run.code == 2:
        assert_one_line_error(run, name)
    else:
        assert run.code in (0, 1)
        json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    return run


@pytest.mark.slow
def test_one_megabyte_single_line(tmp_path, request):
    startup = request.getfixturevalue("child_startup_seconds")
    _run_big(tmp_path, "line.txt", article_text(MB, one_line=True), startup)


@pytest.mark.slow
def test_one_megabyte_ofcapitalised_words(tmp_path, request):
    startup = request.getfixturevalue("child_startup_seconds")
    _run_big(tmp_path, "caps.txt", capitalised_words(MB), startup)


@pytest.mark.slow
def test_ten_megabytes_ofarticle_text(tmp_path, request):
    startup = request.getfixturevalue("child_startup_seconds")
    _run_big(tmp_path, "big.txt", article_text(10 * MB), startup)


def test_over_the_size_cap_is_refused_before_reading(capsys, tmp_path, monkeypatch):
    from geomap.text import MAX_INPUT_BYTES

    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + 1)  # sparse: no 20 MB written to disk
    opened: list[Path] = []
    real_open = Path.open

    def spy(self, *args, **kwargs):
        if self == p:
            opened.append(self)
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", spy)
    run = run_cli(capsys, "check", p)
    assert opened == []  # refused from its size alone
    assert run.code == 2
    assert_one_line_error(run, "huge.txt", "limit")


# --- usage errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["check"], "PATH"),
        (["check", "--format", "pdf", "x.txt"], "--format"),
        (["check", "--date", "03.06.2024", "{art}"], "--date"),
        (["check", "--lang", "fr", "{art}"], "--lang"),
        (["places", "-", "-"], "stdin"),
        (["frobnicate"], "frobnicate"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(capsys, tmp_path, argv, fragment):
    art = _write(tmp_path, "a.txt", ARTICLE_EN)
    argv = [a.replace("{art}", str(art)) for a in argv]
    capsys.readouterr()
    try:
        run = run_cli(capsys, *argv)
        code, err = run.code, run.err
    except SystemExit as exc:  # argparse exits; the console script turns it into the code
        code, err = exc.code, capsys.readouterr().err
    assert code == 2
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in err, lines
    assert "error" in lines[0] and fragment in lines[0]


def test_an_internal_error_is_one_line_and_exit_3(capsys, tmp_path, monkeypatch):
    import geomap.pipeline

    def boom(*args, **kwargs):
        raise RuntimeError("stage exploded\nsecond line")

    monkeypatch.delenv("GEOMAP_DEBUG", raising=False)
    monkeypatch.setattr(geomap.pipeline, "analyze_document", boom)
    run = run_cli(capsys, "check", _write(tmp_path, "a.txt", ARTICLE_EN))
    assert run.code == 3
    assert "Traceback" not in run.err
    lines = run.error_lines()
    assert len(lines) == 1 and lines[0].startswith("geomap: internal error: RuntimeError"), lines


@pytest.mark.parametrize("name", ["two\nlines.txt", "carriage\rreturn.png", "\x1b[2Jclear.txt"])
def test_control_characters_in_a_file_name_stay_on_one_line(capsys, tmp_path, name):
    """A newline would split the error; an escape sequence would drive the terminal."""
    p = _write(tmp_path, name, _png())
    missing = tmp_path / ("gone\n" + name)
    run = run_cli(capsys, "places", p, missing)
    assert run.code == 2
    lines = run.err.replace("\r", "\n").splitlines()
    assert len([line for line in lines if line.strip()]) == 2, lines  # one line per bad input
    assert "\x1b" not in run.err


@pytest.mark.parametrize("ctrl", ["\x0b", "\x0c", "\x1b", "\x07", "\x7f", "\u0085"])
def test_stray_control_characters_keep_every_format_valid(capsys, tmp_path, ctrl):
    """Found by benchmarks/fuzz_pipeline.py: a vertical tab inside a claim made the JUnit
    report ill-formed (XML 1.0 forbids most C0 controls, even as character references)."""
    import xml.etree.ElementTree as ET

    text = (
        "Vladivostok, about 130 km (80 miles)" + ctrl + " from the border with North Korea, "
        "hosted the forum. " + FILLER_EN
    )
    p = _write(tmp_path, "ctrl.txt", text)
    for fmt in ("json", "junit", "markdown", "csv", "text"):
        out = tmp_path / f"r.{fmt}"
        run = run_cli(capsys, "check", "--format", fmt, "-o", out, "--fail-on", "never", p)
        assert run.code == 0, run.err
        data = out.read_text(encoding="utf-8")
        if fmt == "json":
            assert json.loads(data)["documents"][0]["claims"]
        elif fmt == "junit":
            ET.fromstring(data.encode("utf-8"))
