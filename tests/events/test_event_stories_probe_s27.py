"""The story-level event probe (session 27, issue 20):
``benchmarks/material/probe_event_stories27.csv`` keeps the split rule its header states,
every row's trigger lies in its own sentence, and ``benchmarks/event_stories.py`` scores dev
rows offline. Checks the probe's shape only; prints nothing of held-out rows."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import os
import re
from pathlib import Path

os.environ.setdefault("GEOMAP_OFFLINE", "1")

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "benchmarks" / "material" / "probe_event_stories27.csv"


def _rows() -> list[dict]:
    lines = PROBE.read_text(encoding="utf-8").splitlines()
    return list(csv.DictReader(ln for ln in lines if not ln.startswith("#")))


def _mod(key: str, n: int) -> int:
    return int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % n


def _scorer():
    spec = importlib.util.spec_from_file_location(
        "event_stories", ROOT / "benchmarks" / "event_stories.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_header_states_the_split_rule():
    head = "\n".join(ln for ln in PROBE.read_text(encoding="utf-8").splitlines()[:20])
    assert "sha1('family27s:'+family) mod 3 == 0" in head
    assert "sha1('town:'+name) mod 4 == 0" in head


def test_every_row_keeps_the_split_rule():
    rows = _rows()
    assert len(rows) > 300
    for r in rows:
        towns = [t for t in r["towns"].split("|") if t]
        assert towns, r["id"]
        held = _mod("family27s:" + r["family"], 3) == 0 or any(
            _mod("town:" + t, 4) == 0 for t in towns
        )
        assert r["split"] == ("heldout" if held else "dev"), r["id"]
    # both splits and both languages are there
    assert {r["split"] for r in rows} == {"dev", "heldout"}
    assert {r["lang"] for r in rows} == {"en", "de"}


def test_every_town_of_a_story_is_in_its_towns_column():
    for r in _rows():
        slots = dict(s.split("=", 1) for s in r["slots"].split("|"))
        towns = set(r["towns"].split("|"))
        for key, name in slots.items():
            if key != "R":  # the story's country, not a town
                assert name in towns, (r["id"], key)


def test_each_trigger_is_in_its_rows_sentence():
    for r in _rows():
        sentence = r["text"][int(r["span_start"]) : int(r["span_end"])]
        assert any(
            re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", sentence)
            for w in r["trigger"].split("|")
        ), r["id"]
        if r["kind"] == "town":
            assert r["site"] in r["towns"].split("|"), r["id"]


def test_the_scorer_runs_offline_on_five_dev_rows():
    mod = _scorer()
    rows = mod.load("dev")[:5]
    assert len(rows) == 5 and all(r["split"] == "dev" for r in rows)
    tally, misses = mod.run(rows, True)
    n, found, right = tally["all"]["all"]
    assert n == 5
    assert 0 <= right <= found <= n
    # every miss names the place geomap took and which slot of the story it is
    assert len(misses) == n - right
    for m in misses:
        assert m[2]
