"""A run killed with SIGKILL mid-way and started again does only what is missing: no
duplicate row, no lost row, the same tables as a run that was never interrupted."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.cli import main
from tests.batch.conftest import write_jsonl

pd = pytest.importorskip("pandas")

N_DOCS, CHUNK = 160, 4


def _cmd(feed: Path, out: Path, workers: int, chunk: int = CHUNK) -> list[str]:
    return [
        "batch", str(feed), "-o", str(out), "--offline", "--no-progress",
        "--chunk-size", str(chunk), "--workers", str(workers),
    ]  # fmt: skip


def _parts(out: Path) -> int:
    folder = out / "documents"
    return len(list(folder.glob("part-*.parquet"))) if folder.is_dir() else 0


def _kill_mid_run(feed: Path, out: Path) -> None:
    """Start a real run (two worker processes) and SIGKILL its whole process group once a
    tenth of the chunks are in."""
    env = {**os.environ, "GEOMAP_OFFLINE": "1"}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from geomap.cli import main; sys.exit(main())",
            *_cmd(feed, out, 2),
        ],  # fmt: skip
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    try:
        while _parts(out) < N_DOCS // CHUNK // 10:
            if proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the run ended before it could be killed: {proc.stderr.read()!r}")
            time.sleep(0.002)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()


def _sorted(df):
    return df.sort_values(list(df.columns[:4])).reset_index(drop=True)


def test_a_killed_run_resumes_without_duplicates_or_losses(tmp_path, capsys):
    feed = write_jsonl(tmp_path / "feed.jsonl", N_DOCS, bad_lines=(7, 100))
    n_records = N_DOCS + 2
    out = tmp_path / "out"
    _kill_mid_run(feed, out)
    assert not (out / "manifest.json").exists()  # killed: nothing claims to be complete
    done_before = len(pd.read_parquet(out / "documents"))
    assert 0 < done_before < n_records

    assert main(_cmd(feed, out, 1)) == 0
    line = capsys.readouterr().out
    assert f"{n_records - done_before:,} processed now, {done_before:,} before" in line

    docs = pd.read_parquet(out / "documents")
    assert sorted(docs["seq"]) == list(range(n_records))  # every record once
    assert (docs["status"] == "error").sum() == 2
    assert not [p for p in out.rglob(".*") if p.is_file()]  # no temporary file left
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] and manifest["documents"] == n_records

    fresh = tmp_path / "fresh"  # a run never interrupted (in larger chunks: same rows)
    assert main(_cmd(feed, fresh, 1, chunk=N_DOCS)) == 0
    for table in ("documents", "places", "claims", "events"):
        got, want = pd.read_parquet(out / table), pd.read_parquet(fresh / table)
        assert len(got) == len(want), table
        pd.testing.assert_frame_equal(_sorted(got), _sorted(want))
