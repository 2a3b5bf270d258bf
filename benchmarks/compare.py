"""geomap side by side with geotext and a population baseline on LGL, GeoWebNews and the dev corpus.

    python benchmarks/compare.py [--shared DIR] [--limit N] [--no-write]

Four runs, each in its own process so cold start and peak memory are its own:

* ``geomap`` end to end (``geomap.pipeline.analyze``, places with ``role == "name"``);
* ``geotext+population`` end to end (geotext's city/country spans, each at the most
  populous gazetteer match);
* ``geomap`` with gold spans (``geomap.pipeline.resolve_spans``);
* ``population`` with gold spans.

Figures: P/R/F1 (exact span), acc@161, median error, AUC (Gritta et al.), documents per
second (system time only, reading and the warm-up excluded), cold start (process start
to the result of a one-sentence warm-up document: imports, gazetteer opening and lexicons
included; the index is built beforehand if missing) and peak resident memory
(``ru_maxrss`` of the run's process). The table is printed and written into
``docs/evaluation.md`` between ``<!-- results:start -->`` and ``<!-- results:end -->``.
Everything runs offline: no geocoder, the local gazetteer only.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "evaluation.md"
DEV = ROOT / "tests" / "corpus" / "places"
HELDOUT = DEV / "heldout"
START, END = "<!-- results:start -->", "<!-- results:end -->"

RUNS = (
    ("geomap", "end-to-end"),
    ("geotext+population", "end-to-end"),
    ("geomap", "resolution"),
    ("population", "resolution"),
)


def corpora(shared: Path | None) -> dict[str, Path]:
    """The corpora present: the dev corpus and its held-out part always, LGL and GWN when
    ``shared`` has them. Labels other than ``lgl``/``gwn`` are read as dev corpora."""
    found = {}
    if shared is not None:
        for name, file in (("lgl", "lgl.xml"), ("gwn", "GWN.xml")):
            if (shared / "eval" / file).is_file():
                found[name] = shared / "eval" / file
    found["dev"] = DEV
    found["dev-heldout"] = HELDOUT
    return found


def _format(label: str) -> str:
    return label if label in ("lgl", "gwn") else "dev"


# ------------------------------------------------------------------ child: one run


def _system(name: str, mode: str, corpus: str):
    """The callable under test. geomap counts place adjectives as toponyms on the corpora
    that mark them (``ADJECTIVE_TOPONYMS``); geotext's row uses its cities and countries
    only, as its own API reports them."""
    from geomap.evaluation import _evaluate as ev

    if name == "geomap" and mode == "end-to-end":
        return ev.pipeline_system(
            adjectives=ev.ADJECTIVE_TOPONYMS[corpus], verify=False, claims=False, events=False
        )
    if name == "geomap":
        return ev.pipeline_resolver()
    from gazetteer import Gazetteer

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import baselines

    gaz = Gazetteer.open()
    if name == "geotext+population" and mode == "end-to-end":
        return baselines.geotext_population_system(gaz)
    if name == "population" and mode == "resolution":
        return baselines.population_resolver(gaz)
    raise SystemExit(f"compare.py: no system {name!r} in mode {mode!r}")


def child(name: str, mode: str, paths: dict[str, Path], limit: int | None) -> None:
    """Run one system over the corpora; one JSON line per corpus on stdout."""
    os.environ.setdefault("GEOMAP_OFFLINE", "1")
    from geomap.evaluation import WARM_UP, WARM_UP_SPANS, evaluate, read_corpus

    first: list[float] = []

    def timed(fn):
        def wrapped(*a):
            out = fn(*a)
            if not first:
                first.append(time.time())
            return out

        return wrapped

    # The first call opens the gazetteer and loads the lexicons: it marks the cold start
    # and is kept out of the documents-per-second figure.
    warm_up = timed(_system(name, mode, "dev"))
    if mode == "end-to-end":
        warm_up(WARM_UP)
    else:
        warm_up(WARM_UP, list(WARM_UP_SPANS))
    for corpus, path in paths.items():
        system = _system(name, mode, _format(corpus))
        docs = list(read_corpus(path, _format(corpus), limit))
        kw = {"system": system} if mode == "end-to-end" else {"resolver": system}
        rep = evaluate(docs, corpus=corpus, clock=time.perf_counter, **kw)
        row = rep.to_dict()
        row.update(
            system=name,
            first_result_at=first[0] if first else None,
            peak_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        )
        print(json.dumps(row), flush=True)


# ------------------------------------------------------------------ parent: table


def build_index() -> None:
    """Build the gazetteer index first if it is missing, so no run's cold start or memory
    includes a one-off build."""
    code = "from gazetteer import Gazetteer; Gazetteer.open(quiet=True)"
    subprocess.run([sys.executable, "-c", code], check=True)


def run_all(paths: dict[str, Path], limit: int | None) -> list[dict]:
    build_index()
    rows = []
    for name, mode in RUNS:
        cmd = [sys.executable, __file__, "--child", name, mode, "--corpora", json.dumps(
            {k: str(v) for k, v in paths.items()}
        )]  # fmt: skip
        if limit is not None:
            cmd += ["--limit", str(limit)]
        t0 = time.time()
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            tail = proc.stderr.strip().splitlines()[-1:] or ["(no message)"]
            raise SystemExit(f"compare.py: {name} {mode} failed: {tail[0]}")
        for line in proc.stdout.splitlines():
            row = json.loads(line)
            row["cold_start_s"] = row["first_result_at"] - t0 if row["first_result_at"] else None
            rows.append(row)
        print(f"  done: {name} ({mode}) in {time.time() - t0:.0f} s", file=sys.stderr)
    return rows


def _f(x: float | None, fmt: str) -> str:
    return "–" if x is None else format(x, fmt)


def pct(x: float | None) -> str:
    return _f(None if x is None else 100 * x, ".1f")


def table(rows: list[dict], limit: int | None) -> str:
    head = (
        "| corpus | system | spans | docs | P % | R % | F1 % | acc@161 % | median km | AUC "
        "| docs/s |\n|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    )
    lines = [head]
    order = {c: i for i, c in enumerate(("lgl", "gwn", "dev", "dev-heldout"))}
    for r in sorted(rows, key=lambda r: order.get(r["corpus"], 9)):
        ex, res = r["exact"], r["resolution"]
        spans = "found" if r["mode"] == "end-to-end" else "gold"
        lines.append(
            f"| {r['corpus']} | {r['system']} | {spans} | {r['docs']} "
            f"| {pct(ex['precision']) if ex else '–'} | {pct(ex['recall']) if ex else '–'} "
            f"| {pct(ex['f1']) if ex else '–'} | {pct(res['acc161'])} "
            f"| {_f(res['median_km'], '.1f')} | {_f(res['auc'], '.3f')} "
            f"| {_f(r['docs_per_second'], '.1f')} |"
        )
    per_run: dict[tuple[str, str], dict] = {}
    for r in rows:
        per_run.setdefault((r["system"], r["mode"]), r)  # the first corpus holds cold start
        per_run[(r["system"], r["mode"])]["peak_mb"] = max(
            r["peak_mb"], per_run[(r["system"], r["mode"])]["peak_mb"]
        )
    lines += ["", "| system | spans | cold start s | peak memory MB |", "|---|---|---:|---:|"]
    for (name, mode), r in per_run.items():
        spans = "found" if mode == "end-to-end" else "gold"
        lines.append(f"| {name} | {spans} | {_f(r['cold_start_s'], '.2f')} | {r['peak_mb']:.0f} |")
    note = f"first {limit} documents of each corpus; " if limit else ""
    lines += [
        "",
        f"_{note}Python {platform.python_version()}, {os.cpu_count()} CPUs; "
        "`python benchmarks/compare.py` regenerates this table._",
    ]
    return "\n".join(lines)


def write_doc(text: str) -> None:
    doc = DOC.read_text(encoding="utf-8")
    if START not in doc or END not in doc:
        raise SystemExit(f"compare.py: {DOC} lacks the {START} / {END} markers")
    before, rest = doc.split(START, 1)
    _, after = rest.split(END, 1)
    DOC.write_text(f"{before}{START}\n{text}\n{END}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_shared = Path(os.environ.get("GEOMAP_SHARED_DIR", ROOT.parent / "shared"))
    ap.add_argument("--shared", type=Path, default=default_shared, help="dir with eval/*.xml")
    ap.add_argument("--limit", type=int, help="only the first N documents of each corpus")
    ap.add_argument("--no-write", action="store_true", help="print only; leave docs alone")
    ap.add_argument("--child", nargs=2, metavar=("SYSTEM", "MODE"), help=argparse.SUPPRESS)
    ap.add_argument("--corpora", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        paths = {k: Path(v) for k, v in json.loads(args.corpora).items()}
        child(args.child[0], args.child[1], paths, args.limit)
        return 0
    paths = corpora(args.shared if args.shared.is_dir() else None)
    print(f"corpora: {', '.join(paths)}", file=sys.stderr)
    text = table(run_all(paths, args.limit), args.limit)
    print(text)
    if not args.no_write:
        write_doc(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
