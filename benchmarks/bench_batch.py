"""Batch speed, memory, output size and resumption on LGL repeated to >= 5,000 documents.

    python benchmarks/bench_batch.py [--docs N] [--lgl PATH] [--no-resumption]

Figures (issue 18): documents/s of ``analyze`` in a loop and of ``geomap batch`` with 1 and
2 local workers (speed-up; target >= 1.8x on 2 cores), with the Dask engine on a 2-worker
LocalCluster (target within 15 % of the local pool), the batch overhead against the loop
(target <= 10 %), peak memory per worker (target <= 300 MB), output size per 1,000
documents, and a resumption run (SIGKILL mid-way, then the same command again).

LGL is read from ../shared/eval/lgl.xml where it lies; the JSON Lines feed built from it
lives in a temporary folder deleted at the end. Each configuration runs in a fresh
process, so its memory figure is its own. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LGL = ROOT.parent / "shared" / "eval" / "lgl.xml"


def _mb(kib: int) -> float:
    return kib / 1024  # ru_maxrss is in KiB on Linux


def write_feed(lgl: Path, n: int, path: Path) -> int:
    """LGL's articles repeated until there are at least ``n``, as JSON Lines."""
    from geomap.evaluation import read_corpus

    docs = [(d.id, d.text) for d in read_corpus(lgl, corpus="lgl")]
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        rep = 0
        while count < n:
            for doc_id, text in docs:
                fh.write(json.dumps({"id": f"{doc_id}-r{rep}", "text": text}) + "\n")
                count += 1
            rep += 1
    return count


def one(config: str, feed: Path, out: Path) -> dict[str, float]:
    """One configuration, in this (fresh) process."""
    from geomap.batch import WorkOptions, expand_inputs, iter_records, run_batch, warm_up

    opts = WorkOptions()
    if config == "loop":
        from geomap.batch._worker import _gazetteer
        from geomap.pipeline import analyze

        texts = [r.text for r in iter_records(expand_inputs([str(feed)]))]
        warm_up()
        gaz = _gazetteer()
        t, c = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
        for text in texts:
            analyze(text or "", gazetteer=gaz)
        secs = time.perf_counter() - t
        cpu = _cpu(resource.RUSAGE_SELF) - c
        return {
            "docs": len(texts),
            "seconds": secs,
            "cpu": cpu,
            "rss_mb": _mb(_self_rss()),
            "pss_mb": _rollup()["pss"],  # alone, its PSS is its RSS less shared libraries
            "private_mb": _rollup()["private"],
        }
    if config == "batch1":
        warm_up()  # as in the loop: the one-off loading is not what is compared
        t, c = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
        with _Sampler() as sampled:
            s = run_batch([str(feed)], out, opts, workers=1)
        secs = time.perf_counter() - t
        # the worker's CPU and the writing process's: what the batch costs in all
        cpu = _cpu(resource.RUSAGE_SELF) - c + _cpu(resource.RUSAGE_CHILDREN)
        return {
            "docs": s.documents,
            "seconds": secs,
            "cpu": cpu,
            # the worker process; a version of geomap that ran one worker in this
            # process has no children: then this process is the worker
            "rss_mb": _mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss or _self_rss()),
            "pss_mb": sampled.peak["pss"] or _rollup()["pss"],
            "private_mb": sampled.peak["private"] or _rollup()["private"],
            "parent_rss_mb": _mb(_self_rss()),
        }
    if config == "batch2":
        t, c = time.perf_counter(), _cpu(resource.RUSAGE_SELF)
        with _Sampler() as sampled:
            s = run_batch([str(feed)], out, opts, workers=2)
        secs = time.perf_counter() - t
        cpu = _cpu(resource.RUSAGE_SELF) - c + _cpu(resource.RUSAGE_CHILDREN)
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        size = sum(p.stat().st_size for p in out.rglob("part-*"))
        return {
            "docs": s.documents,
            "seconds": secs,
            "cpu": cpu,
            "rss_mb": _mb(children),
            "pss_mb": sampled.peak["pss"],
            "private_mb": sampled.peak["private"],
            "parent_rss_mb": _mb(_self_rss()),
            "bytes_per_1000": size / s.documents * 1000,
        }
    if config == "dask2":
        from distributed import Client, LocalCluster

        with LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster:
            t = time.perf_counter()
            s = run_batch(
                [str(feed)], out, opts, engine="dask", scheduler=cluster.scheduler_address
            )
            secs = time.perf_counter() - t
            with Client(cluster) as client:
                rss = client.run(_self_rss)
                now = client.run(_rollup)
        return {
            "docs": s.documents,
            "seconds": secs,
            "rss_mb": _mb(max(rss.values())),
            "pss_mb": max(m["pss"] for m in now.values()),  # at the end, not the peak
            "private_mb": max(m["private"] for m in now.values()),
        }
    raise SystemExit(f"unknown configuration {config}")


def _rollup(pid: int | str = "self") -> dict[str, float]:
    """A process's memory now, MB: ``rss`` (every page it maps, shared ones included, as
    ``ru_maxrss`` counts), ``pss`` (shared pages divided among their sharers: what it
    costs the machine) and ``private`` (pages no other process maps)."""
    out = {"rss": 0.0, "pss": 0.0, "private": 0.0}
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                kib = int(rest.split()[0]) if rest.strip() else 0
                if key == "Rss":
                    out["rss"] += kib / 1024
                elif key == "Pss":
                    out["pss"] += kib / 1024
                elif key in ("Private_Clean", "Private_Dirty"):
                    out["private"] += kib / 1024
    except (OSError, ValueError, IndexError):
        pass
    return out


class _Sampler:
    """The peak PSS and private memory of this process's children (the pool's workers),
    sampled twice a second while a run goes on."""

    def __init__(self) -> None:
        import threading

        self.peak = {"pss": 0.0, "private": 0.0}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(0.5):
            pids: list[str] = []
            for task in Path(f"/proc/{me}/task").iterdir():
                try:
                    pids += (task / "children").read_text().split()
                except OSError:
                    continue
            for pid in pids:
                m = _rollup(pid)
                for k in self.peak:
                    self.peak[k] = max(self.peak[k], m[k])

    def __enter__(self) -> _Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def _cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def _self_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def run_config(config: str, feed: Path, tmp: Path) -> dict[str, float]:
    out = tmp / f"out-{config}"
    res = subprocess.run(
        [sys.executable, __file__, "--one", config, "--feed", str(feed), "--out", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(res.stdout.strip().splitlines()[-1])


_CLI = "import sys; from geomap.cli import main; sys.exit(main())"


def resumption(feed: Path, tmp: Path) -> dict[str, int]:
    """Kill a 2-worker CLI run with SIGKILL once about 40 % of its chunks are in, then run
    the same command again; count what each run did and check the tables."""
    import pandas as pd

    out = tmp / "out-resume"
    cmd = [sys.executable, "-c", _CLI, "batch", str(feed), "-o", str(out),
           "--workers", "2", "--chunk-size", "64", "--no-progress"]  # fmt: skip
    with open(feed, encoding="utf-8") as fh:
        total = sum(1 for _ in fh)
    chunks = -(-total // 64)
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, start_new_session=True)
    while len(list((out / "documents").glob("part-*"))) < chunks * 0.4 and proc.poll() is None:
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    after_kill = len(pd.read_parquet(out / "documents")) if (out / "documents").is_dir() else 0
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    docs = pd.read_parquet(out / "documents")
    seqs = list(docs["seq"])
    return {
        "total": total,
        "done_before_kill": after_kill,
        "missing_after_kill": total - after_kill,
        "processed_second_run": int(
            res.stdout.split(" processed now")[0].split("; ")[-1].replace(",", "")
        ),
        "duplicates": len(seqs) - len(set(seqs)),
        "lost": total - len(set(seqs)),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--lgl", type=Path, default=LGL)
    ap.add_argument("--one")
    ap.add_argument("--feed", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--no-resumption", action="store_true", help="skip the resumption run")
    args = ap.parse_args()
    os.environ.setdefault("GEOMAP_OFFLINE", "1")
    if args.one:
        print(json.dumps(one(args.one, args.feed, args.out)))
        return
    if not args.lgl.is_file():
        print(f"LGL not found at {args.lgl}: skipped")
        return
    print(f"cores: {len(os.sched_getaffinity(0))}, load average: {os.getloadavg()[0]:.1f}")
    print(time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))
    with tempfile.TemporaryDirectory(prefix="geomap-bench-batch-") as d:
        tmp = Path(d)
        feed = tmp / "lgl.jsonl"
        n = write_feed(args.lgl, args.docs, feed)
        res = {c: run_config(c, feed, tmp) for c in ("loop", "batch1", "batch2", "dask2")}
        rate = {c: r["docs"] / r["seconds"] for c, r in res.items()}
        print(f"documents: {n:,} (LGL repeated)")
        for c, label in (
            ("loop", "analyze() in a loop, 1 process"),
            ("batch1", "geomap batch, 1 worker"),
            ("batch2", "geomap batch, 2 local workers"),
            ("dask2", "geomap batch, Dask LocalCluster 2 workers"),
        ):
            cpu = (
                f", {res[c]['cpu'] / res[c]['docs'] * 1000:.1f} CPU-ms/doc"
                if "cpu" in res[c]
                else ""
            )
            print(f"  {label:44s} {rate[c]:7.1f} docs/s  ({res[c]['seconds']:.1f} s{cpu}, "
                  f"peak RSS per worker {res[c]['rss_mb']:.0f} MB, "
                  f"PSS {res[c].get('pss_mb', 0):.0f}, "
                  f"private {res[c].get('private_mb', 0):.0f})")  # fmt: skip
        print(f"speed-up, 2 workers vs 1: {rate['batch2'] / rate['batch1']:.2f}x (target >= 1.8x)")
        print(f"Dask vs local pool: {rate['dask2'] / rate['batch2'] - 1:+.1%} (target within 15 %)")
        overhead = res["batch1"]["seconds"] / res["loop"]["seconds"] - 1
        print(f"overhead of batch (1 worker) vs analyze loop: {overhead:+.1%} (target <= 10 %)")
        cpu_over = res["batch1"]["cpu"] / res["loop"]["cpu"] - 1
        print(f"  in CPU time (less sensitive to a shared machine): {cpu_over:+.1%}")
        print(
            "process that starts the run and writes (not a worker): peak RSS "
            f"{res['batch1']['parent_rss_mb']:.0f} MB (1 worker), "
            f"{res['batch2']['parent_rss_mb']:.0f} MB (2 workers)"
        )
        print(f"output size: {res['batch2']['bytes_per_1000'] / 1e6:.2f} MB per 1,000 documents")
        if args.no_resumption:
            return
        r = resumption(feed, tmp)
        print(
            f"resumption: killed with {r['done_before_kill']:,} of {r['total']:,} documents in; "
            f"second run processed {r['processed_second_run']:,} (missing after the first: "
            f"{r['missing_after_kill']:,}); duplicates {r['duplicates']}, lost {r['lost']}"
        )


if __name__ == "__main__":
    main()
