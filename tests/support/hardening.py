"""Helpers shared by the hardening tests: run the CLI in-process or in a child process.

No tests live here. In-process runs go through ``geomap.cli._main.main`` with pytest's
``capsys``; child-process runs are for what a test must bound from the outside (wall
time with a hard timeout, peak memory via ``RUSAGE_CHILDREN``, a fresh hash seed).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from geomap.cli import main

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "geomap" / "examples" / "fernost_de.txt"

#: The per-MB time budget of docs/hardening.md.
SECONDS_PER_MB = 5.0
#: The memory budget of docs/hardening.md.
MAX_RSS_BYTES = 1024**3

# A child runs the CLI exactly as the console script does.
# The child writes its own peak RSS (KB) to the file named by GEOMAP_TEST_RSS_FILE at exit:
# RUSAGE_CHILDREN in this process would also count every earlier child of the test session
# (a browser, a notebook kernel), not the run being measured.
_CHILD = (
    "import atexit, os, resource, sys\n"
    "def _rss():\n"
    "    path = os.environ.get('GEOMAP_TEST_RSS_FILE')\n"
    "    if path:\n"
    "        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
    "        try:\n"  # VmHWM starts afresh at exec; ru_maxrss keeps the forking parent's peak
    "            with open('/proc/self/status') as st:\n"
    "                kb = next(int(x.split()[1]) for x in st if x.startswith('VmHWM:'))\n"
    "        except (OSError, StopIteration):\n"
    "            pass\n"
    "        with open(path, 'w') as fh:\n"
    "            fh.write(str(kb))\n"
    "atexit.register(_rss)\n"
    "from geomap.cli._main import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


@dataclass(frozen=True)
class Run:
    """What a user sees of one CLI run."""

    code: int
    out: str
    err: str
    seconds: float
    max_rss: int | None = None  # bytes; child runs only

    def error_lines(self) -> list[str]:
        return [line for line in self.err.splitlines() if line.strip()]


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> Run:
    """``geomap ARGV`` in this process; stdout/stderr as the user would see them."""
    capsys.readouterr()  # drop anything printed before
    t0 = time.perf_counter()
    code = main([str(a) for a in argv])
    seconds = time.perf_counter() - t0
    cap = capsys.readouterr()
    return Run(code, cap.out, cap.err, seconds)


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["GEOMAP_OFFLINE"] = "1"
    env.pop("GEOMAP_DEBUG", None)
    env.update(extra)
    return env


def run_child(
    *argv: str | Path, timeout: float, env: dict[str, str] | None = None, cwd: Path | None = None
) -> Run:
    """``geomap ARGV`` in a fresh interpreter, killed after ``timeout`` seconds.

    ``max_rss`` is the child's own peak resident set, as it reports it at exit.
    """
    import tempfile

    fd, rss_file = tempfile.mkstemp(prefix="geomap-rss-")
    os.close(fd)
    child_environment = dict(env if env is not None else child_env())
    child_environment["GEOMAP_TEST_RSS_FILE"] = rss_file
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(
            [sys.executable, "-c", _CHILD, *map(str, argv)],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=child_environment,
            cwd=cwd,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"geomap {' '.join(map(str, argv))[:200]} ran longer than {timeout:.0f} s")
    seconds = time.perf_counter() - t0
    try:
        raw = Path(rss_file).read_text().strip()
    finally:
        os.unlink(rss_file)
    rss = int(raw) * 1024 if raw else None  # KB on Linux
    return Run(proc.returncode, proc.stdout, proc.stderr, seconds, rss)


def assert_one_line_error(run: Run, *fragments: str) -> str:
    """The run failed the way a user should see it: one ``geomap: error:`` line, no traceback."""
    assert "Traceback" not in run.err and "Traceback" not in run.out
    lines = [line for line in run.error_lines() if not line.startswith("gazetteer: building")]
    assert len(lines) == 1, f"expected one error line, got {lines!r}"
    line = lines[0]
    assert line.startswith("geomap: error: "), line
    for f in fragments:
        assert f in line, f"{f!r} not in {line!r}"
    return line


def assert_clean_stderr(run: Run) -> None:
    """A successful run says nothing on stderr except a one-off index build notice."""
    lines = [line for line in run.error_lines() if not line.startswith("gazetteer: building")]
    assert lines == [], lines


@pytest.fixture(scope="session")
def warm_gazetteer():
    """Open (and if need be build) the index once, so its notice does not land in a test."""
    from geomap.pipeline import default_gazetteer

    return default_gazetteer()


@pytest.fixture(scope="session")
def child_startup_seconds(warm_gazetteer, tmp_path_factory) -> float:
    """Wall time of a child run on a one-line article: interpreter, imports, index open."""
    p = tmp_path_factory.mktemp("startup") / "tiny.txt"
    p.write_text("Berlin liegt rund 30 Kilometer von Potsdam entfernt.\n", encoding="utf-8")
    best = min(run_child("places", p, timeout=120).seconds for _ in range(2))
    return best
