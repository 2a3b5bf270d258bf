"""Pathological inputs grown to the article limit: time, memory and growth per shape.

    python benchmarks/bench_pathological.py [--quick] [--strict] [--shape NAME ...]
                                            [--max-chars N] [--shape-seconds S]

Each shape is one hostile article built by repeating a unit (``"Berlin " * n``, one
long sentence of numbers, ``<div>`` nested n deep, ...) and analysed end to end with
``geomap.analyze`` (HTML goes through the reader's reduction there too). Sizes double up
to the 500,000-character article limit (``--quick``: up to 64,000). For each size the
table shows the seconds of the analysis, seconds per MB of input, the peak resident
memory of the process during that analysis (``VmHWM`` after resetting it, else
``ru_maxrss``), and the growth ratio against the half size: linear time gives about 2,
quadratic about 4.

Each shape runs in its own child process (the gazetteer is opened and warmed before the
first size), so one shape's memory does not count against another. A shape stops growing
once the next size would likely exceed ``--shape-seconds`` (the remaining sizes are
reported as skipped), so a default run takes a few minutes.

This prints figures; it is not a test. With ``--strict`` it exits 1 when a growth ratio
exceeds 2.6 (on sizes that took at least 0.5 s, below which noise dominates), when
a size breaks the documented bound of 5 s per MB (plus 1 s for per-document set-up) or
1 GB peak memory, or when a size was skipped (a skipped size is one that would have taken
too long). See docs/hardening.md, "Linear time".
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
LIMIT_CHARS = 500_000  # geomap.pipeline.MAX_ANALYSIS_CHARS
SECONDS_PER_MB = 5.0
FIXED_SECONDS = 1.0  # per-document set-up allowed on top of the per-MB budget
MAX_RSS_BYTES = 1024 * MB
MAX_RATIO = 2.6
MIN_TIMED_SECONDS = 0.5  # growth ratios below this are timer and scheduling noise


@dataclass(frozen=True)
class Shape:
    """A hostile article: ``head + unit * n + tail`` in ``lang``."""

    name: str
    unit: str
    lang: str | None
    head: str = ""
    tail: str = ""
    note: str = ""

    def build(self, chars: int) -> str:
        n = max(1, (chars - len(self.head) - len(self.tail)) // len(self.unit))
        if self.name == "html_nested":
            # n opening tags, the text, n closing tags
            n = max(1, (chars - 1) // (len("<div>") + len("</div>")))
            return "<div>" * n + "x" + "</div>" * n
        return self.head + self.unit * n + self.tail


SHAPES: tuple[Shape, ...] = (
    Shape("places_de", "Berlin ", "de", note="one sentence of place names"),
    Shape("places_en", "London ", "en", note="one sentence of place names"),
    Shape("numbers_de", "5 km ", "de", note="one sentence of distances"),
    Shape("numbers_en", "5 miles ", "en", note="one sentence of distances"),
    Shape("newlines_de", "Berlin\n", "de", note="place names on lines, no full stop"),
    Shape("newlines_en", "London\n", "en", note="place names on lines, no full stop"),
    Shape("capitals_de", "Der Neue Wagen Fuhr ", "de", note="capitalised words"),
    Shape("capitals_en", "The Quick Brown Fox ", "en", note="capitalised words"),
    Shape("mixed_de", "Berlin 5 km ", "de", note="place + distance"),
    Shape("mixed_en", "London 5 miles ", "en", note="place + distance"),
    Shape("html_flat", "<p>x</p>", None, head="<html><body>", tail="</body></html>"),
    Shape("html_nested", "<div>", None, note="<div> nested n deep"),
    Shape("tags_in_text", "a <b c ", "en", note="tag-like strings in plain text"),
    Shape(
        "events_de",
        "Ein Erdbeben erschütterte am Montag den Süden Chiles. In Santiago brannte eine "
        "Fabrik. Später folgte ein weiteres Nachbeben. Das Feuer, das in einer Halle "
        "ausgebrochen war, griff über. ",
        "de",
        note="a story of many events (session 28)",
    ),
    Shape(
        "events_en",
        "Floods swept northern Kenya on Monday. The worst-hit town was Garissa, officials "
        "said. Another strong aftershock followed later. ",
        "en",
        note="a story of many events (session 28)",
    ),
    Shape(
        "relations_en",
        "Police arrested six leaders in Garissa, where they had gone to meet workers. The "
        "next day protesters marched in Garissa. ",
        "en",
        note="many days told by relation after an undated event (session 29 review)",
    ),
)


def _sizes(max_chars: int, quick: bool) -> list[int]:
    top = min(max_chars, 64_000 if quick else LIMIT_CHARS)
    sizes = [top]
    while sizes[-1] // 2 >= 4_000:
        sizes.append(sizes[-1] // 2)
    return sorted(sizes)


# --- child: one shape, growing sizes --------------------------------------------------


def _reset_peak() -> bool:
    """Reset the kernel's peak-RSS mark (Linux ``clear_refs`` 5), so ``VmHWM`` is this
    analysis's peak rather than the process's."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _peak_bytes(reset_ok: bool) -> int:
    if reset_ok:
        try:
            with open("/proc/self/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) * 1024
        except OSError:
            pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _child(name: str, sizes: list[int], shape_seconds: float) -> None:
    sys.path.insert(0, str(ROOT))
    import geomap
    from geomap.pipeline import default_gazetteer

    shape = next(s for s in SHAPES if s.name == name)
    default_gazetteer()
    geomap.analyze("Berlin liegt rund 250 Kilometer von Hamburg entfernt.", lang="de")
    geomap.analyze("London is about 50 miles from Oxford.", lang="en")
    spent = 0.0
    last: float | None = None
    for chars in sizes:
        if last is not None and spent + last * 2.5 > shape_seconds:
            print(json.dumps({"chars": chars, "skipped": True}), flush=True)
            continue
        text = shape.build(chars)
        reset_ok = _reset_peak()
        t0 = time.perf_counter()
        a = geomap.analyze(text, lang=shape.lang)
        dt = time.perf_counter() - t0
        peak = _peak_bytes(reset_ok)
        spent += dt
        last = dt
        row = {
            "chars": len(text),
            "bytes": len(text.encode("utf-8")),
            "seconds": dt,
            "peak": peak,
            "places": len(a.places),
            "claims": len(a.claims),
        }
        print(json.dumps(row), flush=True)


# --- parent ---------------------------------------------------------------------------


def _run_shape(shape: Shape, sizes: list[int], shape_seconds: float) -> list[dict]:
    cmd = [
        sys.executable,
        __file__,
        "--child",
        shape.name,
        "--sizes",
        ",".join(map(str, sizes)),
        "--shape-seconds",
        str(shape_seconds),
    ]
    env = dict(os.environ, GEOMAP_OFFLINE="1")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    rows = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["?"]
        rows.append({"error": tail[0]})
    return rows


def _report(shape: Shape, rows: list[dict]) -> list[str]:
    """Print the shape's rows; return the bounds it breaks."""
    problems: list[str] = []
    prev: dict | None = None
    for r in rows:
        if "error" in r:
            print(f"  {shape.name:13} error: {r['error']}")
            problems.append(f"{shape.name}: {r['error']}")
            continue
        if r.get("skipped"):
            print(f"  {shape.name:13} {r['chars']:>8,} chars  skipped (would take too long)")
            problems.append(f"{shape.name}: {r['chars']:,} chars skipped")
            continue
        secs, mbytes = r["seconds"], r["bytes"] / MB
        ratio = ""
        if prev is not None and prev["seconds"] > 0:
            q = secs / prev["seconds"]
            ratio = f"{q:5.2f}"
            if q > MAX_RATIO and secs >= MIN_TIMED_SECONDS:
                problems.append(f"{shape.name}: growth {q:.2f} at {r['chars']:,} chars")
        if secs > FIXED_SECONDS + SECONDS_PER_MB * mbytes:
            problems.append(f"{shape.name}: {secs:.1f} s at {r['chars']:,} chars > 5 s/MB")
        if r["peak"] > MAX_RSS_BYTES:
            problems.append(f"{shape.name}: peak {r['peak'] / MB:.0f} MB > 1 GB")
        print(
            f"  {shape.name:13} {r['chars']:>8,} chars {secs:8.2f} s {secs / mbytes:8.1f} s/MB"
            f" {r['peak'] / MB:7.0f} MB  x{ratio:>5}  places={r['places']} claims={r['claims']}"
        )
        prev = r
    timed = [r for r in rows if "seconds" in r and r["seconds"] >= MIN_TIMED_SECONDS]
    if len(timed) >= 2:
        import math

        a, b = timed[0], timed[-1]
        k = math.log(b["seconds"] / a["seconds"]) / math.log(b["chars"] / a["chars"])
        print(f"  {shape.name:13} time ~ size^{k:.2f} from {a['chars']:,} to {b['chars']:,} chars")
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="sizes up to 64,000 characters")
    ap.add_argument("--strict", action="store_true", help="exit 1 when a bound is broken")
    ap.add_argument("--shape", action="append", help="only these shapes (repeatable)")
    ap.add_argument("--max-chars", type=int, default=LIMIT_CHARS)
    ap.add_argument(
        "--shape-seconds", type=float, default=20.0, help="stop growing a shape after this"
    )
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--sizes", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(args.child, [int(x) for x in args.sizes.split(",")], args.shape_seconds)
        return 0
    shapes = [s for s in SHAPES if not args.shape or s.name in args.shape]
    sizes = _sizes(args.max_chars, args.quick)
    print(
        f"pathological shapes, sizes {', '.join(f'{s:,}' for s in sizes)} chars; "
        f"bound {SECONDS_PER_MB:g} s/MB (+{FIXED_SECONDS:g} s), {MAX_RSS_BYTES // MB} MB; "
        f"ratio = time / time at half the size (linear ~2)"
    )
    problems: list[str] = []
    t0 = time.perf_counter()
    for shape in shapes:
        problems += _report(shape, _run_shape(shape, sizes, args.shape_seconds))
    print(f"total {time.perf_counter() - t0:.0f} s")
    for p in problems:
        print(f"  ! {p}")
    return 1 if args.strict and problems else 0


if __name__ == "__main__":
    sys.exit(main())
