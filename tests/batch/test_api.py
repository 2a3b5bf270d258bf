"""``geomap.analyze_many``: the batch tables as frames, the same on one or two workers."""

from __future__ import annotations

import pytest

import geomap
from tests.batch.conftest import article

pd = pytest.importorskip("pandas")
gpd = pytest.importorskip("geopandas")


def _records(n: int) -> list[object]:
    items: list[object] = [{"id": f"r{i}", "text": article(i)} for i in range(n)]
    items[3] = {"id": "no-text", "body": article(3)}  # no "text": a failed row, not an error
    items[5] = article(5)  # a bare text: id is its position
    return items


def test_frames_are_the_same_on_one_process_and_on_a_pool_of_two():
    items = _records(12)
    one = geomap.analyze_many(items, workers=1)
    two = geomap.analyze_many(items, workers=2, chunk_size=3)
    for table in ("documents", "places", "claims", "events"):
        pd.testing.assert_frame_equal(getattr(one, table), getattr(two, table))
    docs = one.documents
    assert list(docs["doc_id"]) == [f"r{i}" for i in range(12)][:3] + ["no-text", "r4", "5"] + [
        f"r{i}" for i in range(6, 12)
    ]
    assert list(docs["status"]).count("error") == 1
    assert isinstance(one.places, gpd.GeoDataFrame) and one.places.crs.to_epsg() == 4326
    assert set(one.places["seq"]) <= set(range(12)) and 3 not in set(one.places["seq"])


def test_the_frames_match_analyze_on_each_text():
    texts = [article(i) for i in range(4)]
    got = geomap.analyze_many(texts, workers=1)
    for i, text in enumerate(texts):
        a = geomap.analyze(text)
        rows = got.places[got.places["seq"] == i]
        assert list(rows["mention"]) == [p.mention for p in a.places]
        assert list(rows["start"]) == [p.start for p in a.places]
        assert list(got.claims[got.claims["seq"] == i]["verdict"]) == [c.verdict for c in a.claims]
        assert len(got.events[got.events["seq"] == i]) == len(a.events)
