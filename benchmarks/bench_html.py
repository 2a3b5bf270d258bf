"""Figures for HTML input: reduction time, seconds per MB and peak memory per page shape.

Run: ``.venv/bin/python benchmarks/bench_html.py [--timeout S] [CASE ...]``. Every case runs
in its own child process, so its peak memory (``VmHWM``) is its own and a slow case can be
stopped at ``--timeout`` (default 300 s) without stopping the others. Prints one line per
case: the input size, the seconds ``html_to_text`` took, seconds per MB, the seconds the
whole CLI read took (``read_bytes`` with the per-article limit, which refuses a reduced text
over 500,000 characters), and the child's peak resident memory. The documented bound is
5 s per MB and 1 GB (docs/hardening.md, *HTML input*).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PARA = (
    "Die Bundesregierung hat am Mittwoch in Berlin neue Hilfen beschlossen; Hamburg liegt "
    "rund 255 Kilometer von Berlin entfernt, sagte der Sprecher. "
)


def _page(body: str) -> str:
    return f"<!DOCTYPE html><html><head><title>T</title></head><body>{body}</body></html>"


def flat_p(n: int) -> str:
    """``n`` short paragraphs side by side (about 30 bytes each)."""
    return _page("".join(f"<p>Absatz {i} in Berlin.</p>\n" for i in range(n)))


def flat_p_mb(target: int = 19_400_000) -> str:
    """As many short paragraphs as fit in ~19 MB, the largest flat page under the limit."""
    unit = len("<p>Absatz 100000 in Berlin.</p>\n")
    return flat_p(target // unit)


def nested_div(n: int) -> str:
    return _page("<div>" * n + PARA + "</div>" * n)


def big_page(target: int = 19_400_000) -> str:
    """A scraped-looking page of ~19 MB: head with script and style, navigation, and an
    article of paragraphs with inline markup, links, lists, figures and comments."""
    head = (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>Nachrichten</title>"
        "<style>p { margin: 0 } .x > a { color: red }</style>"
        "<script>var s = '<p>nicht sichtbar</p>'; if (a < b && c > d) {}</script></head><body>"
        "<nav><ul><li><a href='/'>Start</a></li><li><a href='/p'>Politik</a></li></ul></nav>"
        "<article><h1>Viele Absätze</h1>"
    )
    block = (
        "<div class='teaser'><p>BERLIN (dpa) - <strong>Die</strong> Regierung hat am "
        "<em>Montag</em> &uuml;ber <a href='https://example.org/a?b=1&amp;c=2'>neue Hilfen</a>"
        " beraten.</p><!-- ad slot --><ul><li>Hamburg</li><li>München</li></ul>"
        "<figure><img src='x.jpg' alt='Bild'><figcaption>Ein Bild</figcaption></figure>"
        f"<p>{PARA}<br>{PARA}</p></div>\n"
    )
    tail = "</article><footer>Impressum</footer></body></html>"
    n = (target - len(head) - len(tail)) // len(block.encode("utf-8"))
    return head + block * n + tail


def tag_like_text(target: int = 400_000) -> str:
    """Plain text that mentions tag-like strings: it must stay plain text."""
    unit = (
        f"{PARA}Im Formular steht <Name> und <Ort>; die Adresse ist <info@example.org>. "
        "Es gilt x < y > z, und a <b bleibt stehen.\n\n"
    )
    return unit * (target // len(unit))


def unclosed(kind: str, n: int) -> str:
    """Constructs that are never closed, many times over: the lexer must stay linear."""
    pieces = {
        "comment": "<!-- " + PARA,
        "quote": '<a title="' + PARA,
        "endtag": "</" + PARA,
        "script": "<script>" + PARA,
    }
    return "<!DOCTYPE html><html><body>" + pieces[kind] * n


CASES: dict[str, Callable[[], str]] = {
    "p-5k": lambda: flat_p(5_000),
    "p-20k": lambda: flat_p(20_000),
    "p-40k": lambda: flat_p(40_000),
    "p-160k": lambda: flat_p(160_000),
    "div-10k": lambda: nested_div(10_000),
    "div-50k": lambda: nested_div(50_000),
    "page-19MB": big_page,
    "p-flat-19MB": flat_p_mb,
    "tag-like-text-400KB": tag_like_text,
    "unclosed-comment-x50k": lambda: unclosed("comment", 50_000),
    "unclosed-quote-x50k": lambda: unclosed("quote", 50_000),
    "unclosed-endtag-x50k": lambda: unclosed("endtag", 50_000),
    "unclosed-script-x50k": lambda: unclosed("script", 50_000),
}


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run_case(name: str) -> None:
    """In the child: build the input, time the reduction and the CLI read, print a line."""
    from geomap.errors import InputError
    from geomap.pipeline import MAX_ANALYSIS_CHARS
    from geomap.text import html_to_text, looks_like_html, read_bytes

    text = CASES[name]()
    data = text.encode("utf-8")
    mb = len(data) / 1024 / 1024
    t0 = time.perf_counter()
    is_html = looks_like_html(text)
    reduced = html_to_text(text) if is_html else text
    t_reduce = time.perf_counter() - t0
    del reduced
    t0 = time.perf_counter()
    try:
        read_bytes(data, max_chars=MAX_ANALYSIS_CHARS)
        outcome = "read"
    except InputError:
        outcome = "refused"
    t_read = time.perf_counter() - t0
    print(
        f"{name:<24} {mb:7.2f} MB  html={str(is_html):<5}  reduce {t_reduce:7.2f} s "
        f"({t_reduce / mb:6.2f} s/MB)  read {t_read:7.2f} s ({outcome:<7})  "
        f"peak {_peak_mb():6.0f} MB",
        flush=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cases", nargs="*", help=f"cases to run (default all: {', '.join(CASES)})")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds per case")
    ap.add_argument("--case", help=argparse.SUPPRESS)  # the child's entry point
    args = ap.parse_args()
    if args.case:
        run_case(args.case)
        return
    for name in args.cases or list(CASES):
        if name not in CASES:
            ap.error(f"unknown case {name!r}")
        try:
            subprocess.run(
                [sys.executable, __file__, "--case", name], check=True, timeout=args.timeout
            )
        except subprocess.TimeoutExpired:
            print(f"{name:<24} unfinished after {args.timeout:.0f} s", flush=True)


if __name__ == "__main__":
    main()
