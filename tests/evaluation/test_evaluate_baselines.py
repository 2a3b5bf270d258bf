"""The benchmark's baselines (benchmarks/baselines.py): geotext spans, most populous match."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
baselines = pytest.importorskip("baselines")
pytest.importorskip("geotext")

from geomap.evaluation import GoldDoc, Prediction  # noqa: E402


@dataclass(frozen=True)
class Cand:
    lat: float
    lon: float
    population: int | None


class FakeGazetteer:
    def __init__(self, table):
        self.table = table
        self.calls = 0

    def lookup(self, name, lang=None, limit=10):
        self.calls += 1
        return self.table.get(name, [])


def test_geotext_spans_have_offsets_of_what_geotext_finds():
    from geotext import GeoText

    text = "After Paris Hilton left Paris, she flew to Germany and then to New York."
    spans = baselines.geotext_spans(text)
    found = [text[s:e] for s, e in spans]
    assert found == ["Paris", "Germany", "New York"]
    g = GeoText(text)
    assert sorted(found) == sorted(g.cities + g.countries)


def test_most_populous_picks_largest_population():
    gaz = FakeGazetteer(
        {"Paris": [Cand(33.66, -95.56, 25_000), Cand(48.85, 2.35, 2_100_000), Cand(1, 1, None)]}
    )
    assert baselines.most_populous(gaz, "Paris") == (48.85, 2.35)
    assert baselines.most_populous(gaz, "Nowhere") is None


def test_population_resolver_and_system():
    gaz = FakeGazetteer({"Paris": [Cand(48.85, 2.35, 2_100_000)]})
    doc = GoldDoc("d", "Paris and Atlantis, then Paris.", ())
    resolver = baselines.population_resolver(gaz)
    assert resolver(doc, [(0, 5), (10, 18)]) == [Prediction(0, 5, 48.85, 2.35), None]
    gaz.calls = 0
    system = baselines.geotext_population_system(gaz)
    # geotext knows Atlantis (a town in South Africa); this gazetteer does not: no point
    assert system(doc) == [
        Prediction(0, 5, 48.85, 2.35),
        Prediction(10, 18, None, None),
        Prediction(25, 30, 48.85, 2.35),
    ]
    assert gaz.calls == 2  # "Paris" twice in the text, looked up once: the cache
