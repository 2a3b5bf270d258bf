"""The documented bounds on hostile input: at most 5 s per MB (plus start-up) and 1 GB.

Run: ``.venv/bin/python benchmarks/bench_limits.py [--strict]``.

Each case runs ``geomap check --format json`` in a fresh interpreter (as a user would),
and the benchmark prints wall time, seconds per MB over start-up, and the child's peak
resident memory. The cases are the claim scanner's pathological shapes (endless digits,
qualifiers, units, spaces) and the big inputs (a 1 MB line, 1 MB of capitalised words,
10 MB of article text, an input over the 20 MiB cap). ``--strict`` exits 1 when a case
breaks a bound. These figures live here and not in the test suite: a shared CI machine
makes wall-clock assertions flaky (``docs/hardening.md``, *Limits*).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MB = 1024 * 1024
SECONDS_PER_MB = 5.0
MAX_RSS_BYTES = 1024**3

sys.path.insert(0, str(ROOT))
from tests.support.hostile import (  # noqa: E402 - after the path
    PATHOLOGICAL,
    article_text,
    capitalised_words,
)


def run(path: Path) -> tuple[float, int, int]:
    """(seconds, exit code, peak RSS bytes) of ``geomap check`` on ``path`` in a child."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", "import sys; from geomap.cli._main import main; sys.exit(main())",
         "check", "--format", "json", "--offline", "-o", os.devnull, str(path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "GEOMAP_OFFLINE": "1"},
    )  # fmt: skip
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - t0
    return seconds, proc.returncode, usage.ru_maxrss * 1024  # KB on Linux


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--strict", action="store_true", help="exit 1 when a bound is broken")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tiny = folder / "tiny.txt"
        tiny.write_text("Berlin liegt rund 30 Kilometer von Potsdam entfernt.\n", "utf-8")
        startup = min(run(tiny)[0] for _ in range(2))
        print(f"start-up (one-line article): {startup:.2f} s")
        cases: dict[str, str | None] = dict(PATHOLOGICAL)
        cases["1 MB single line"] = article_text(MB, one_line=True)
        cases["1 MB capitalised words"] = capitalised_words(MB)
        cases["10 MB article text"] = article_text(10 * MB)
        cases["over the 20 MiB cap (sparse)"] = None
        broken = []
        print(f"{'case':32s} {'MB':>7s} {'exit':>4s} {'s':>7s} {'s/MB':>7s} {'peak MB':>8s}")
        for name, text in cases.items():
            path = folder / "case.txt"
            if text is None:
                with path.open("wb") as fh:
                    fh.truncate(20 * MB + 1)
            else:
                path.write_text(text, encoding="utf-8")
            size = path.stat().st_size
            seconds, code, rss = run(path)
            per_mb = max(0.0, seconds - startup) / (size / MB)
            print(
                f"{name:32s} {size / MB:7.2f} {code:4d} {seconds:7.2f} {per_mb:7.2f} "
                f"{rss / MB:8.0f}"
            )
            if code not in (0, 1, 2) or per_mb > SECONDS_PER_MB or rss > MAX_RSS_BYTES:
                broken.append(name)
        print(f"bound: <= {SECONDS_PER_MB} s/MB over start-up, <= {MAX_RSS_BYTES / MB:.0f} MB")
        print("broken: " + (", ".join(broken) if broken else "none"))
    return 1 if (broken and args.strict) else 0


if __name__ == "__main__":
    sys.exit(main())
