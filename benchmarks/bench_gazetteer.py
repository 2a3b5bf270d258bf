"""Gazetteer figures: build time, open time, look-up latency, CLI process time, peak RSS.

    .venv/bin/python benchmarks/bench_gazetteer.py            # everything (build ~20-30 s)
    .venv/bin/python benchmarks/bench_gazetteer.py --no-build  # skip the full rebuild

Targets (docs/data-sources.md): build <= 90 s, open <= 50 ms, look-up <= 0.1 ms median
(warm), ``geomap gazetteer lookup`` process <= 0.3 s, look-up process peak RSS <= 200 MB.
The full build runs in a temporary ``GEOMAP_DATA_DIR`` so the cached index is untouched.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

QUERIES = [
    "Moskau",
    "Moscow",
    "Wien",
    "Zug",
    "Lage",
    "Peking",
    "Tokio",
    "Nordkorea",
    "Russland",
    "New York",
    "San Jose",
    "Santa Maria",
    "Springfield",
    "Georgia",
    "Paris",
    "Odessa",
    "Kiew",
    "Lwiw",
    "Japanisches Meer",
    "Qxzzyq",
    "Berlin",
    "London",
    "Washington",
]


def bench_build() -> None:
    from gazetteer import build_index

    with tempfile.TemporaryDirectory() as tmp:
        old = os.environ.get("GEOMAP_DATA_DIR")
        os.environ["GEOMAP_DATA_DIR"] = tmp
        try:
            t = time.perf_counter()
            path = build_index(quiet=True)
            full = time.perf_counter() - t
            t = time.perf_counter()
            build_index(Path(tmp) / "again.sqlite", quiet=True)
            overlay = time.perf_counter() - t
            size = path.stat().st_size
        finally:
            if old is None:
                os.environ.pop("GEOMAP_DATA_DIR", None)
            else:
                os.environ["GEOMAP_DATA_DIR"] = old
    print(f"build (full, fresh data dir)      {full:8.1f} s   (target <= 90 s)")
    print(f"build (curated layer on base)     {overlay:8.2f} s")
    print(f"index size                        {size / 1e6:8.1f} MB")


def bench_lookup() -> None:
    from gazetteer import Gazetteer

    Gazetteer.open(quiet=True).close()  # make sure it exists
    opens = []
    for _ in range(20):
        t = time.perf_counter()
        g = Gazetteer.open()
        opens.append(time.perf_counter() - t)
        g.close()
    print(
        f"open (median of 20)               {statistics.median(opens) * 1e3:8.2f} ms"
        "  (target <= 50 ms)"
    )
    g = Gazetteer.open()
    for q in QUERIES:
        g.lookup(q)
    times = []
    for _ in range(50):
        for q in QUERIES:
            t = time.perf_counter()
            g.lookup(q)
            times.append(time.perf_counter() - t)
    times.sort()
    med, p95 = statistics.median(times), times[int(0.95 * len(times))]
    print(
        f"lookup warm median / p95          {med * 1e3:8.3f} / {p95 * 1e3:.3f} ms"
        "  (target median <= 0.1 ms)"
    )
    words = ROOT.parent / "shared" / "seed" / "000_2693660c1e8186e1.txt"
    text = words.read_text(encoding="utf-8").split() if words.is_file() else QUERIES * 20
    grams = [" ".join(text[i : i + k]) for k in (1, 2, 3) for i in range(len(text) - k + 1)]
    t = time.perf_counter()
    g.lookup_many(grams)
    print(f"lookup_many ({len(grams)} n-grams)         {(time.perf_counter() - t) * 1e3:8.1f} ms")
    for name, fn in (
        ("border KP-RU (cold)", lambda: g.border("KP", "RU")),
        ("coastline KP (cold)", lambda: g.coastline("KP")),
        ("simplified_countries(0.05)", lambda: g.simplified_countries(0.05)),
    ):
        t = time.perf_counter()
        fn()
        print(f"{name:34}{(time.perf_counter() - t) * 1e3:8.1f} ms")


def bench_process() -> None:
    exe = ROOT / ".venv" / "bin" / "geomap"
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "geomap.cli._main"]
    cmd += ["gazetteer", "lookup", "Wien", "--lang", "de", "--format", "json"]
    subprocess.run(cmd, check=True, capture_output=True)
    times = []
    for _ in range(7):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"geomap gazetteer lookup process   {statistics.median(times):8.3f} s   (target <= 0.3 s)"
    )
    print(f"look-up process peak RSS          {rss:8.1f} MB  (target <= 200 MB)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-build", action="store_true", help="skip the full rebuild")
    args = ap.parse_args()
    # the subprocess figures first: RUSAGE_CHILDREN then holds only look-up processes
    bench_process()
    bench_lookup()
    if not args.no_build:
        bench_build()


if __name__ == "__main__":
    main()
