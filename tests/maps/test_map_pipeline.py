"""End to end: the bundled example through geomap.pipeline.analyze onto the map."""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.maps import GENERATOR_COMMENT, build_map, render_html

EXAMPLES = sorted((Path(__file__).resolve().parents[2] / "geomap" / "examples").glob("*.txt"))


@pytest.fixture(scope="module")
def example(gaz):
    pipeline = pytest.importorskip("geomap.pipeline")
    if not EXAMPLES:
        pytest.skip("no bundled example in geomap/examples")
    path = EXAMPLES[0]
    return pipeline.analyze(path.read_text(encoding="utf-8"), path=str(path), gazetteer=gaz)


@pytest.fixture(scope="module")
def example_page(example, gaz) -> str:
    return render_html(build_map([example], gaz))


def test_example_map_shows_every_resolved_place_and_located_event(example, example_page):
    ids = {
        p.id
        for p in example.places
        if p.resolved
        and p.lat is not None
        and p.role != "derived"
        and p.kind not in ("border", "coast")
    }
    events = [e for e in example.events if e.lat is not None and e.lon is not None]
    assert ids, "the example should resolve some places"
    assert example_page.count("L.marker(") >= len(ids) + len(events)
    assert example_page.count("L.marker(") <= len(ids) + len(events) + sum(
        1 for p in example.places if p.role == "derived"
    )


def test_example_map_draws_each_claim_with_a_geometry(example, example_page):
    drawable = [
        c
        for c in example.claims
        if (
            c.subject is not None
            and c.subject.lat is not None
            and (c.nearest is not None or (c.reference is not None and c.reference.lat is not None))
        )
        or c.ring is not None
    ]
    assert example_page.count("L.polyline(") >= len(drawable)
    for c in example.claims:
        if c.verdict == "inconsistent":
            assert '"color": "#d55e00"' in example_page


def test_example_map_is_offline_small_and_stable(example, gaz, example_page):
    assert GENERATOR_COMMENT in example_page[:200]
    assert "<script src=" not in example_page
    assert len(example_page.encode()) <= 2_000_000
    assert render_html(build_map([example], gaz)) == example_page
