"""Fuzz the whole pipeline: random and mutated articles through read -> analyze -> render.

Run: ``.venv/bin/python benchmarks/fuzz_pipeline.py --seconds 120 [--seed 1]``.

Inputs are built from the bundled example (``geomap/examples/fernost_de.txt``) and the
dev-corpus texts (``tests/corpus/``), mutated by byte flips, splices of two articles,
duplicated slices, HTML wrapping, re-encoding (cp1252, UTF-16 with and without BOM,
Latin-1, UTF-8 with BOM), truncation inside a multi-byte character, inserted control
characters and NUL bytes, and inserted claim vocabulary; a share are random texts from
a vocabulary of place names, numbers, units, qualifiers and noise.

Every input goes through ``analyze`` (bytes, so decoding is fuzzed too) and every
renderer (text, markdown, json, junit, csv; the map for one input in ten and for every input
with a brace, whose template syntax must stay text: issue 13). An
:class:`~geomap.errors.InputError` is an accepted answer (counted as *refused*); any
other exception, or an offset that does not point at its mention, is a *failure*: the
input is saved under ``--save-dir`` with its traceback and the run exits 1.

Prints the counts (inputs tried, analysed, refused, failures), throughput and the
slowest inputs. No network: the geocoder is off.
"""

from __future__ import annotations

import argparse
import html
import json
import math
import os
import random
import sys
import time
import tomllib
import traceback
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("GEOMAP_OFFLINE", "1")

from geomap.errors import InputError  # noqa: E402
from geomap.model import Analysis  # noqa: E402
from geomap.pipeline import analyze, default_gazetteer  # noqa: E402
from geomap.report import render  # noqa: E402

PLACES = [
    "Berlin", "Potsdam", "Köln", "Münster", "Moskau", "Kiew", "Kyiv", "Kharkiv", "Odesa",
    "Paris", "London", "Tokio", "Seoul", "Nordkorea", "North Korea", "Russland", "Russia",
    "Japan", "Taiwan", "Peking", "Beijing", "Gaza", "Israel", "Khartum", "Sudan", "Chile",
    "dem Schwarzen Meer", "der russischen Grenze", "the Russian border", "Halle", "Zug",
    "the village of Xyzzyville", "im Dorf Kleinhausen", "Frankfurt (Oder)", "Washington",
]  # fmt: skip
NUMBERS = [
    "5", "30", "1.500", "1,500", "1 500", "2,5", "2.5", "12.345,6", "0", "007", "1.1.1",
    "99999999999", "zwei", "zweihundertfünfzig", "two hundred", "anderthalb", "1e5", "-40",
    "½", "١٢٣", "10–20", "1" * 60,
]  # fmt: skip
UNITS = ["km", "Kilometer", "kilometres", "miles", "Meilen", "m", "Meter", "nautical miles",
         "Seemeilen", "km²", "km/h"]  # fmt: skip
QUALIFIERS = ["rund", "etwa", "mehr als", "weniger als", "knapp", "fast", "bis zu", "about",
              "roughly", "more than", "less than", "nearly", "up to", "just over"]  # fmt: skip
DIRECTIONS = ["nördlich von", "südöstlich von", "östlich", "north of", "south-west of",
              "entfernt", "von", "from", "away from", "weiter südlich von"]  # fmt: skip
NOISE = [".", ",", "\n", "\n\n", "-", "–", "(", ")", "„", "“", '"', "Die", "the", "liegt",
         "is", "flog", "flew", "said", "sagte", "am Montag", "on Monday", "2024", "(Reuters) -",
         "BERLIN,", "Kim", "Putin", "\u00a0", "\t", "<b>", "&amp;", "\u2028", "ß", "İ", "\u200b",
         "\ufeff", "\x0b", "\u0301", "🇩🇪"]  # fmt: skip
# Template syntax (issue 13): each payload prints a marker only if something evaluates it.
TEMPLATES = ["{{ 'zq' * 3 }}", "{% for i in range(3) %}Wk{% endfor %}", "{# c #}", "{%", "{{",
             "${ 'Gb' + 'Fe' }", "{{ $t('x') }}", "}}", "%}"]  # fmt: skip
EVALUATED = ("zqzqzq", "WkWkWk", "GbFe")
VOCAB = [PLACES, NUMBERS, UNITS, QUALIFIERS, DIRECTIONS, NOISE, TEMPLATES]
# Seeds from outside testing (issue 13), small versions of each shape: template syntax in
# text, tag-like strings in plain text, unclosed containers in HTML, dense repetitions,
# terminal escapes and markdown links.
SEEDS = [
    "Der Ort {{ cycler.__init__.__globals__.os.popen(dict(id=1)|first).read() }} liegt 100 "
    "Kilometer nördlich von Berlin. In {{7*7}} Hamburg trafen sich Minister.\n",
    "Treffen in Berlin {% if 1 %} und {# x #} und {{ $t('x') }} in Hamburg.\n",
    "Write to <Name> at <a@b.c>: x < y > z, a <b c in Berlin, 5 km from Potsdam.\n",
    "<html><body><p>Berlin liegt 30 km von Potsdam.</p><svg width=1><p>Köln liegt am Rhein.</p>",
    "<p>Paris</p><script>var a = 1; <p>Lyon liegt 400 km von Paris.</p>",
    "<p>Oslo</p><!-- unclosed <p>Bergen liegt 300 km westlich von Oslo.</p>",
    "Berlin " * 400,
    "Berlin\n" * 400,
    "5 km " * 400,
    "Berlin 5 km " * 200,
    "\x1b]0;title\x07 \x1b[31mBerlin\x1b[0m liegt [x](javascript:alert(1)) 30 km von @org "
    "Potsdam. ![i](http://evil.example/x.png)\n",
]
ENCODINGS = ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16", "utf-16-le", "utf-16-be"]


def corpus_texts() -> list[str]:
    """The bundled example and the dev-corpus articles."""
    texts = [(ROOT / "geomap" / "examples" / "fernost_de.txt").read_text(encoding="utf-8")]
    texts += SEEDS
    corpus = ROOT / "tests" / "corpus"
    texts += [p.read_text(encoding="utf-8") for p in sorted(corpus.rglob("*.txt"))]
    for p in sorted(corpus.rglob("*.toml")):
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError:
            continue
        stack: list[object] = [data]
        while stack:
            x = stack.pop()
            if isinstance(x, dict):
                stack.extend(x.values())
            elif isinstance(x, list):
                stack.extend(x)
            elif isinstance(x, str) and len(x) >= 80:
                texts.append(x)
    return texts


# --- generators and mutations ------------------------------------------------------------


def random_article(rnd: random.Random) -> str:
    n = rnd.randint(1, 120)
    words = []
    for _ in range(n):
        if rnd.random() < 0.05:
            words.append("".join(chr(rnd.randint(32, 0x2FFF)) for _ in range(rnd.randint(1, 6))))
        else:
            words.append(rnd.choice(rnd.choice(VOCAB)))
    return " ".join(words)


def _text_mutation(rnd: random.Random, text: str, texts: list[str]) -> tuple[str, str]:
    kind = rnd.choice(["splice", "duplicate", "html", "insert", "delete", "controls", "case"])
    if not text:
        return text, kind
    i, j = sorted(rnd.randrange(len(text) + 1) for _ in range(2))
    if kind == "splice":
        other = rnd.choice(texts)
        k = rnd.randrange(len(other) + 1)
        return text[:i] + other[k:], kind
    if kind == "duplicate":
        return text[:j] + text[i:j] * rnd.randint(2, 20) + text[j:], kind
    if kind == "html":
        body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
        junk = rnd.choice(["<script>var x='Berlin 5 km';</script>", "<style>p{}</style>", ""])
        page = f"<!DOCTYPE html><html><head>{junk}</head><body><article>{body}</article>"
        return page + "</body></html>", kind
    if kind == "insert":
        ins = " ".join(rnd.choice(rnd.choice(VOCAB)) for _ in range(rnd.randint(1, 8)))
        return text[:i] + " " + ins + " " + text[i:], kind
    if kind == "delete":
        return text[:i] + text[j:], kind
    if kind == "controls":
        chars = "".join(
            rnd.choice("\x00\x01\x07\x0b\x0c\x1b\x7f\r\u0085\u2028\u2029")
            for _ in range(rnd.randint(1, 5))
        )
        return text[:i] + chars + text[i:], kind
    return (text.upper() if rnd.random() < 0.5 else text.lower()), kind


def _byte_mutation(rnd: random.Random, data: bytes) -> tuple[bytes, str]:
    kind = rnd.choice(["flip", "truncate", "nul", "bytes"])
    if not data:
        return data, kind
    b = bytearray(data)
    if kind == "flip":
        for _ in range(rnd.randint(1, 8)):
            k = rnd.randrange(len(b))
            b[k] ^= 1 << rnd.randrange(8)
    elif kind == "truncate":
        b = b[: rnd.randrange(len(b) + 1)]
    elif kind == "nul":
        k = rnd.randrange(len(b) + 1)
        b[k:k] = b"\x00" * rnd.randint(1, 4)
    else:
        k = rnd.randrange(len(b) + 1)
        b[k:k] = bytes(rnd.randrange(256) for _ in range(rnd.randint(1, 16)))
    return bytes(b), kind


def make_input(rnd: random.Random, texts: list[str], max_bytes: int) -> tuple[bytes, str]:
    """One fuzz input and a short description of how it was made."""
    steps: list[str] = []
    if rnd.random() < 0.25:
        text = random_article(rnd)
        steps.append("random")
    else:
        text = rnd.choice(texts)
        steps.append("corpus")
    for _ in range(rnd.randint(0, 3)):
        text, how = _text_mutation(rnd, text, texts)
        steps.append(how)
    enc = rnd.choice(ENCODINGS) if rnd.random() < 0.3 else "utf-8"
    data = text.encode(enc, errors="replace")
    if enc != "utf-8":
        steps.append(enc)
    if rnd.random() < 0.3:
        data, how = _byte_mutation(rnd, data)
        steps.append(how)
    return data[:max_bytes], "+".join(steps)


# --- checks ------------------------------------------------------------------------------


def check_analysis(a: Analysis) -> None:
    """The invariants every result must keep; AssertionError is a failure."""
    text = a.document.text
    for p in a.places:
        assert 0 <= p.start < p.end <= len(text), ("place span", p.start, p.end)
        assert text[p.start : p.end] == p.mention, ("place mention", p.mention)
    for c in a.claims:
        assert 0 <= c.start < c.end <= len(text), ("claim span", c.start, c.end)
        assert text[c.start : c.end] == c.text, ("claim text", c.text)
        assert math.isfinite(c.stated_km) and c.stated_km > 0, ("stated_km", c.stated_km)
    for e in a.events:
        assert 0 <= e.start <= e.end <= len(text), ("event span", e.start, e.end)


def _not_evaluated(a: Analysis, out: str) -> None:
    """Template syntax from the article stays text in every output (issue 13)."""
    for marker in EVALUATED:
        assert marker not in out or marker in a.document.text, ("template evaluated", marker)


def check_renders(a: Analysis, *, with_map: bool, gaz) -> None:
    for fmt in ("text", "markdown", "json", "junit", "csv"):
        out = render(fmt, [a], what="check", fail_on="inconsistent")
        _not_evaluated(a, out)
        if fmt == "json":
            json.loads(out)
        elif fmt == "junit":
            ET.fromstring(out.encode("utf-8"))
    render("json", [a], what="places")
    if with_map:
        from geomap.maps import build_map, render_html

        _not_evaluated(a, render_html(build_map([a], gaz)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz (default 60)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--max-bytes", type=int, default=16_000, help="cap per input (default 16000)")
    ap.add_argument("--map-every", type=int, default=10, help="build the map every N inputs")
    ap.add_argument("--save-dir", type=Path, default=ROOT / ".fuzz-failures")
    args = ap.parse_args(argv)

    rnd = random.Random(args.seed)
    texts = corpus_texts()
    gaz = default_gazetteer()
    analyze("Berlin liegt 30 km von Potsdam.", gazetteer=gaz)  # warm up lexicons and models

    counts: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    slowest: list[tuple[float, int, str, int]] = []
    t_end = time.monotonic() + args.seconds
    t_start = time.perf_counter()
    n = 0
    while time.monotonic() < t_end:
        n += 1
        data, how = make_input(rnd, texts, args.max_bytes)
        kinds[how.split("+")[0]] += 1
        t0 = time.perf_counter()
        try:
            try:
                a = analyze(data, path=f"fuzz-{n}", gazetteer=gaz)
            except InputError as exc:
                assert "\n" not in str(exc), "multi-line InputError"
                counts["refused"] += 1
            else:
                check_analysis(a)
                with_map = n % args.map_every == 0 or "{" in a.document.text
                check_renders(a, with_map=with_map, gaz=gaz)
                counts["analysed"] += 1
        except Exception:  # noqa: BLE001 - the point of a fuzzer
            counts["failures"] += 1
            args.save_dir.mkdir(parents=True, exist_ok=True)
            stem = args.save_dir / f"seed{args.seed}-{n}"
            stem.with_suffix(".bin").write_bytes(data)
            stem.with_suffix(".txt").write_text(f"{how}\n\n{traceback.format_exc()}", "utf-8")
            print(f"FAILURE input {n} ({how}, {len(data)} bytes): saved {stem}.bin", flush=True)
            print(traceback.format_exc(limit=-3), flush=True)
        dt = time.perf_counter() - t0
        slowest.append((dt, n, how, len(data)))
        slowest = sorted(slowest, reverse=True)[:5]
    total = time.perf_counter() - t_start
    print(
        f"inputs tried {n}, analysed {counts['analysed']}, refused {counts['refused']}, "
        f"failures {counts['failures']}"
    )
    print(f"time {total:.0f} s, {n / total:.1f} inputs/s; generators {dict(kinds)}")
    for dt, k, how, size in slowest:
        print(f"slowest: {dt:.2f} s  input {k}  {size} bytes  {how}")
    return 1 if counts["failures"] else 0


if __name__ == "__main__":
    sys.exit(main())
