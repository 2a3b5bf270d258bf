"""Geoparser and pipeline speed: warm analysis of a 5 KB article, cold `geomap places` and
`geomap check` processes, and LGL documents per second (wall and CPU time) when the
corpus is present.

    python benchmarks/bench_geoparser.py [ARTICLE]

Targets (issue 3): warm analysis of a 5 KB article <= 10 ms; cold `geomap places` on the
sample article <= 1 s; (issue 15) geoparsing LGL >= 200 documents/s in one process and a
cold `geomap check` on the sample <= 1 s. On a shared machine the wall clock counts other
processes' time too, so CPU time (this process's, a child's) is printed beside it. Prints
figures; asserts nothing (speed is not a unit test).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seed" / "000_2693660c1e8186e1.txt"
LGL = ROOT.parent / "shared" / "eval" / "lgl.xml"
EXAMPLE = ROOT / "geomap" / "examples" / "fernost_de.txt"


def five_kb(text: str) -> str:
    """The article repeated/cut to 5,000 characters, at a paragraph boundary if possible."""
    out = text
    while len(out) < 5000:
        out += "\n\n" + text
    return out[:5000]


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else (SEED if SEED.is_file() else EXAMPLE)
    text = five_kb(path.read_text(encoding="utf-8"))
    from geomap.geoparse import resolve_document
    from geomap.pipeline import analyze, default_gazetteer
    from geomap.text import read_text

    gaz = default_gazetteer()
    analyze(text)  # warm up: word lists, lexicons, geometry caches
    runs = []
    for _ in range(30):
        t = time.perf_counter()
        analyze(text)
        runs.append(time.perf_counter() - t)
    places_runs = []
    doc = read_text(text)
    for _ in range(30):
        t = time.perf_counter()
        resolve_document(doc, gaz)
        places_runs.append(time.perf_counter() - t)
    print(f"article: {path.name}, {len(text)} characters")
    full_ms = statistics.median(runs) * 1000
    places_ms = statistics.median(places_runs) * 1000
    print(
        f"warm analyze() (places, claims, events, verification): median {full_ms:.1f} ms, "
        f"min {min(runs) * 1000:.1f} ms"
    )
    print(
        f"warm geoparser only (resolve_document): median {places_ms:.1f} ms, "
        f"min {min(places_runs) * 1000:.1f} ms"
    )
    exe = ROOT / ".venv" / "bin" / "geomap"
    geomap = str(exe) if exe.exists() else "geomap"
    for verb in ("places", "check"):
        wall, cpu = cold_runs([geomap, verb, str(path), "--offline", "--format", "json"])
        print(
            f"cold `geomap {verb}` process: wall median {statistics.median(wall):.2f} s "
            f"(min {min(wall):.2f} s), CPU min {min(cpu):.2f} s"
        )

    if LGL.is_file():
        lgl_speed(LGL)


def cold_runs(cmd: list[str], runs: int = 3) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds (user + system, from the child's rusage) of ``runs`` fresh
    processes: on a shared machine the CPU figure is the steadier one."""
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        subprocess.run(
            cmd, check=False, capture_output=True, env={**os.environ, "GEOMAP_OFFLINE": "1"}
        )
        wall.append(time.perf_counter() - t)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def lgl_speed(path: Path) -> None:
    """One pass over LGL as ``geomap eval`` makes it (places only, after a warm-up):
    documents per second by the wall clock and by this process's CPU time. A second pass
    tells the per-document cost from what a process pays once on its way through the
    corpus (importing wordfreq for the first word it must tokenise, a country's
    coastline drawn once, names the gazetteer has not been asked yet)."""
    from geomap.evaluation import (
        ADJECTIVE_TOPONYMS,
        WARM_UP,
        pipeline_system,
        read_corpus,
    )

    docs = list(read_corpus(str(path), "lgl", None))
    system = pipeline_system(
        adjectives=ADJECTIVE_TOPONYMS["lgl"], verify=False, claims=False, events=False
    )
    system(WARM_UP)
    for label in ("", " (second pass)"):
        wall, cpu = time.perf_counter(), time.process_time()
        for doc in docs:
            system(doc)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(
            f"LGL geoparsing{label}, {len(docs)} documents: {len(docs) / wall:.0f} documents/s "
            f"wall, {len(docs) / cpu:.0f} documents/s CPU ({1000 * cpu / len(docs):.2f} ms CPU "
            "each)"
        )


if __name__ == "__main__":
    main()
