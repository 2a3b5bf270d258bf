"""Same input, same bytes: every output format is identical across two separate processes
with different hash seeds (set and dict iteration order, random ids, timestamps would
all show up here)."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.hardening import (
    EXAMPLE,
    child_env,
    warm_gazetteer,  # noqa: F401 - fixture
)

pytestmark = pytest.mark.usefixtures("warm_gazetteer")

EN = (
    "KYIV, June 3 (Reuters) - Russian drones struck Kharkiv overnight, the governor said. "
    "Kharkiv lies about 30 km from the Russian border and roughly 410 km east of Kyiv. "
    "Odesa is more than 440 kilometres south of Kyiv.\n"
)

OUTPUTS = [
    ("check", "json", "json"),
    ("check", "junit", "xml"),
    ("check", "markdown", "md"),
    ("check", "csv", "csv"),
    ("check", "text", "txt"),
    ("places", "json", "places.json"),
    ("places", "csv", "places.csv"),
    ("map", None, "html"),
]


# One child per seed runs every command in turn, so the interpreter and index start once.
_CHILD = """
import json, sys
from geomap.cli._main import main
codes = [main(argv) for argv in json.loads(sys.argv[1])]
sys.exit(max(codes))
"""


def _run_all(workdir: Path, inputs: list[Path], seed: str) -> dict[str, bytes]:
    argvs: list[list[str]] = []
    for command, fmt, ext in OUTPUTS:
        argv = [command] + (["--format", fmt] if fmt else [])
        argvs.append(argv + ["-o", f"out.{ext}", *map(str, inputs)])
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD, json.dumps(argvs)],
        capture_output=True,
        text=True,
        timeout=180,
        env=child_env(PYTHONHASHSEED=seed),
        cwd=workdir,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert "Traceback" not in proc.stderr
    return {ext: (workdir / f"out.{ext}").read_bytes() for _, _, ext in OUTPUTS}


def test_outputs_are_byte_identical_across_processes(tmp_path):
    # Same relative input paths in both runs: the paths are part of the output.
    runs = []
    for seed in ("1", "4242"):
        work = tmp_path / f"seed{seed}"
        work.mkdir()
        (work / "fernost.txt").write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
        (work / "kharkiv.txt").write_text(EN, encoding="utf-8")
        runs.append(_run_all(work, [Path("fernost.txt"), Path("kharkiv.txt")], seed))
    a, b = runs
    assert set(a) == set(b)
    differ = [k for k in a if a[k] != b[k]]
    assert differ == [], {
        k: (hashlib.sha1(a[k]).hexdigest(), hashlib.sha1(b[k]).hexdigest()) for k in differ
    }
    for ext, data in a.items():
        assert data, f"empty {ext} output"
