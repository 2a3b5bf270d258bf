"""The dev corpus in tests/corpus/places: well-formed gold, and geomap's score on it."""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from geomap.evaluation import evaluate, read_dev

DEV = Path(__file__).resolve().parents[1] / "corpus" / "places"
HELDOUT = DEV / "heldout"  # not for tuning: a check that the dev scores generalise
KINDS = {
    "city", "country", "admin1", "region", "sea", "gulf", "lake", "bay", "strait", "river",
    "island", "facility",
}  # fmt: skip


def _make_gold():
    spec = importlib.util.spec_from_file_location("make_gold", DEV / "make_gold.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold_files(where: Path = DEV) -> list[Path]:
    return sorted(where.glob("*.gold.json"))


@pytest.mark.parametrize("where, least", [(DEV, 12), (HELDOUT, 4)], ids=["dev", "heldout"])
def test_corpus_shape(where, least):
    texts = sorted(where.glob("*.txt"))
    assert [t.with_suffix(".gold.json") for t in texts] == gold_files(where)
    langs = Counter(json.loads(g.read_text("utf-8"))["lang"] for g in gold_files(where))
    assert langs["de"] >= least and langs["en"] >= least
    for t in texts:
        assert re.fullmatch(r"\d\d_[a-z0-9_]+\.txt", t.name), t.name
        words = len(t.read_text("utf-8").split())
        assert 80 <= words <= 200, f"{t.name}: {words} words"


@pytest.mark.parametrize(
    "gold", gold_files() + gold_files(HELDOUT), ids=lambda p: f"{p.parent.name}/{p.stem}"
)
def test_gold_offsets_and_values(gold):
    text = gold.with_name(gold.name.replace(".gold.json", ".txt")).read_text("utf-8")
    data = json.loads(gold.read_text("utf-8"))
    assert data["lang"] in ("de", "en")
    assert data["places"], "a dev text without places"
    spans = []
    for p in data["places"]:
        assert text[p["start"] : p["end"]] == p["mention"]
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180
        assert p["kind"] in KINDS
        spans.append((p["start"], p["end"]))
    spans.sort()
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), (
        "overlapping gold spans"
    )
    # the offsets are what the helper computes from mention and order (no hand counting)
    assert _make_gold().place_offsets(text, data["places"]) == data["places"]


def test_reader_reads_dev_corpus():
    docs = list(read_dev(DEV))
    assert len(docs) == len(gold_files()) >= 24
    assert {d.lang for d in docs} == {"de", "en"}
    assert all(t.lat is not None for d in docs for t in d.toponyms)
    assert len(list(read_dev(HELDOUT))) == len(gold_files(HELDOUT)) >= 8
    # the held-out texts share no file name with the dev texts
    assert not {p.name for p in gold_files()} & {p.name for p in gold_files(HELDOUT)}


def _pipeline():
    try:
        from geomap import pipeline
    except ImportError:
        pytest.skip("geomap.pipeline is not there yet")
    if not hasattr(pipeline, "analyze"):
        pytest.skip("geomap.pipeline.analyze is not there yet")
    return pipeline


@pytest.mark.slow
def test_geomap_scores_on_dev_corpus():
    """The acceptance criterion: mention F1 >= 0.95 and acc@161 >= 0.95 on the dev corpus."""
    _pipeline()
    from geomap.evaluation import pipeline_system

    report = evaluate(read_dev(DEV), system=pipeline_system(), corpus="dev")
    summary = json.dumps(report.to_dict(), indent=1)
    assert report.exact.f1 >= 0.95, summary
    assert report.resolution.acc161 >= 0.95, summary
