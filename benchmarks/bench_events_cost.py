"""What events add to a check: CPU time of places + claims on the LGL documents, then of
the events alone on the same analyses.

    python benchmarks/bench_events_cost.py [--runs N] [--lgl PATH] [--profile SORT]

Target (issue 20, deliverable 7): events add at most 20 % to ``geomap check`` on LGL.
CPU time of this process, not the wall clock, because the machine is shared; each figure is
the minimum of ``--runs`` runs (the least disturbed one). ``--profile tottime`` (or
``cumtime``) prints a cProfile of one more events pass. Prints figures; asserts nothing
(speed is not a unit test).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LGL = ROOT.parent / "shared" / "eval" / "lgl.xml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--lgl", type=Path, default=LGL)
    parser.add_argument("--profile", metavar="SORT", help="tottime or cumtime")
    args = parser.parse_args()

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
