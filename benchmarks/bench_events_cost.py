"""What events add to a check: CPU time of places + claims on the LGL documents, then of
the events alone on the same analyses; and, with ``--whole N``, of the whole command.

    python benchmarks/bench_events_cost.py [--runs N] [--lgl PATH] [--profile SORT]
    python benchmarks/bench_events_cost.py --whole N [--lgl PATH]

Target (issue 20, deliverable 7): events add at most 20 % to ``geomap check`` on LGL.
CPU time, not the wall clock, because the machine is shared.

The stage figure (default): in one process, places + claims of every document, then the
events of the same analyses; each figure is the minimum of ``--runs`` passes (the least
disturbed one; the first pass is the cold one, every later one finds the remembered word
answers built). ``--profile tottime`` (or ``cumtime``) prints a cProfile of one more events
pass.

The whole-command figure (``--whole N``, the one the issue names): ``geomap check
--offline --lang en`` on the LGL documents written as text files, in a fresh process each
time, as a user runs it (start-up, gazetteer, lexicons, the cold pass, the report), once
as it is and once with the events stage left out, alternately N times each; the CPU time
of each child process (user + system), median and minimum. Prints figures; asserts
nothing (speed is not a unit test).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LGL = ROOT.parent / "shared" / "eval" / "lgl.xml"

# the child process: ``geomap check`` through its own entry point; "off" leaves the events
# stage out (the pipeline imports ``extract_events`` when it runs, so this replaces it)
_CHILD = """
import sys
if sys.argv[1] == "off":
    import geomap.events
    geomap.events.extract_events = lambda *args, **kwargs: ()
from geomap.cli import main
sys.exit(main(sys.argv[2:]))
"""


def _child_cpu(args: list[str]) -> float:
    """CPU seconds (user + system) of one child process running ``args``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(args, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def whole(lgl: Path, runs: int) -> None:
    """``geomap check`` on the LGL documents with and without events, alternately."""
    from geomap.evaluation import read_corpus

    docs = list(read_corpus(str(lgl), "lgl", None))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for n, d in enumerate(docs):
            path = Path(tmp) / f"{n:04d}.txt"
            path.write_text(d.text, encoding="utf-8")
            paths.append(str(path))
        command = ["check", *paths, "--offline", "--lang", "en", "--format", "json"]
        command += ["--fail-on", "never"]
        env = {**os.environ, "GEOMAP_OFFLINE": "1"}
        os.environ.update(env)
        times: dict[str, list[float]] = {"on": [], "off": []}
        for _ in range(runs):
            for mode in ("on", "off"):
                times[mode].append(_child_cpu([sys.executable, "-c", _CHILD, mode, *command]))
    on, off = times["on"], times["off"]
    med_on, med_off = statistics.median(on), statistics.median(off)
    print(
        f"geomap check on {len(docs)} LGL documents, one process each, {runs} runs each "
        f"alternately: without events {med_off:.2f} s CPU (median; min {min(off):.2f}), "
        f"with events {med_on:.2f} s (min {min(on):.2f}); events add "
        f"+{100 * (med_on - med_off) / med_off:.0f} % (medians; "
        f"+{100 * (min(on) - min(off)) / min(off):.0f} % of the minima)"
    )
    print("all runs: without " + " ".join(f"{x:.2f}" for x in off))
    print("          with    " + " ".join(f"{x:.2f}" for x in on))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lgl", type=Path, default=LGL)
    parser.add_argument("--profile", metavar="SORT", help="tottime or cumtime")
    parser.add_argument(
        "--whole",
        type=int,
        metavar="N",
        help="time the whole geomap check, with and without events, N times each",
    )
    args = parser.parse_args()
    if args.whole:
        whole(args.lgl, args.whole)
        return

    from geomap import pipeline
    from geomap.evaluation import read_corpus
    from geomap.events import extract_events

    docs = list(read_corpus(str(args.lgl), "lgl", None))
    pipeline.analyze(docs[0].text, lang=docs[0].lang)  # load gazetteer and lexicons first
    check: list[float] = []
    events: list[float] = []
    for _ in range(args.runs):
        t = time.process_time()
        analyses = [pipeline.analyze(d.text, lang=d.lang, events=False) for d in docs]
        check.append(time.process_time() - t)
        t = time.process_time()
        gaz = pipeline.default_gazetteer()  # as the pipeline passes it (compass parts)
        n = sum(len(extract_events(a.document, a.places, gazetteer=gaz)) for a in analyses)
        events.append(time.process_time() - t)
    base, extra = min(check), min(events)
    print(
        f"{len(docs)} documents, {n} events; min of {args.runs} runs: check without events "
        f"{base:.2f} s CPU, events alone {extra:.2f} s (+{100 * extra / base:.0f} %)"
    )
    print("all runs: check " + " ".join(f"{x:.2f}" for x in check))
    print("          events " + " ".join(f"{x:.2f}" for x in events))
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for a in analyses:
            extract_events(a.document, a.places)
        profile.disable()
        pstats.Stats(profile).sort_stats(args.profile).print_stats(35)


if __name__ == "__main__":
    main()
