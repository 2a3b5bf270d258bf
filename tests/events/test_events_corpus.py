"""The events dev corpus (tests/corpus/events/*.toml): short German and English texts with
hand-made places and gold events, scored; and the sample article through the pipeline."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from geomap.events import extract_events
from tests.support.events import (
    corpus_files,
    document,
    load_case,
    matches,
    places_for,
    relation_ok,
    score,
)

FILES = corpus_files()


def test_corpus_has_both_languages():
    langs = [p.name.split("_", 1)[0] for p in FILES]
    assert langs.count("de") >= 6
    assert langs.count("en") >= 6


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_corpus_case(path: Path, request):
    shared = None
    if "source" in path.read_text(encoding="utf-8"):
        shared = request.getfixturevalue("shared_dir")
    case = load_case(path, shared)
    assert case is not None
    doc = document(case.text, case.lang)
    events = extract_events(doc, places_for(doc, case.places), date=case.date)
    found, missing = score(case, events)
    listing = "\n".join(
        f"{e.index} {e.type} {e.actors} {e.place_name} {e.date} {e.relation}" for e in events
    )
    assert not missing, f"gold events not found: {missing}\nfound:\n{listing}"
    assert relation_ok(events, found, case.gold), listing
    for bad in case.absent:
        hits = [e for e in events if matches(e, bad)]
        assert not hits, f"{bad} should not be an event:\n{listing}"
    # indices are positions, relations point at existing events
    assert [e.index for e in events] == list(range(len(events)))
    for e in events:
        for rel in (e.relation or "").split(";"):
            if ":" in rel:
                assert 0 <= int(rel.split(":")[1]) < len(events)


def test_corpus_scores(request):
    """Recall over the whole corpus (printed with -s; every case is asserted above)."""
    total = hit = 0
    for path in FILES:
        try:
            shared = request.getfixturevalue("shared_dir")
        except pytest.skip.Exception:
            shared = None
        case = load_case(path, shared)
        if case is None:
            continue
        doc = document(case.text, case.lang)
        events = extract_events(doc, places_for(doc, case.places), date=case.date)
        found, _ = score(case, events)
        total += len(case.gold)
        hit += len(found)
    print(f"events dev corpus: {hit}/{total} gold events found")
    assert hit == total


# --- the sample article through the whole pipeline -----------------------------------------


@pytest.fixture(scope="module")
def seed_analysis(seed_text):
    pipeline = pytest.importorskip("geomap.pipeline")
    if not hasattr(pipeline, "analyze"):
        pytest.skip("geomap.pipeline.analyze does not exist yet")
    return pipeline.analyze(seed_text, date=date(2023, 9, 13))


def _one(events, **want):
    hits = [
        e
        for e in events
        if all(
            (want[k] in getattr(e, k)) if k == "actors" else getattr(e, k) == v
            for k, v in want.items()
        )
    ]
    assert hits, (
        f"no event with {want}: {[(e.type, e.actors, e.place_name, e.date) for e in events]}"
    )
    return hits[0]


@pytest.mark.shared
def test_seed_arrivals(seed_analysis):
    events = seed_analysis.events
    putin = _one(events, type="travel", actors="Wladimir Putin", date="2023-09-11")
    assert putin.place_id == "geonames:2013348"
    kim = _one(events, type="travel", actors="Kim Jong Un", date="2023-09-12")
    assert kim.place_id == "ne:RU"


@pytest.mark.shared
def test_seed_meeting_launch_impact_protest(seed_analysis):
    events = seed_analysis.events
    meeting = _one(events, type="meeting", actors="Wladimir Putin", date="2023-09-13")
    assert "Kim Jong Un" in meeting.actors
    assert meeting.place_id and "cosmodrome" in meeting.place_id
    launch = _one(events, type="launch", date="2023-09-13")
    assert "North Korea" in launch.actors
    assert launch.quantity == "zwei ballistische Raketen"
    assert f"before:{meeting.index}" in (launch.relation or "").split(";")
    assert launch.place_name and "coast" in launch.place_name
    impact = _one(events, type="impact", date="2023-09-13")
    assert impact.place_id == "ne:JP"
    assert "outside" in (impact.relation or "").split(";")
    protest = _one(events, type="statement", place_name="Beijing")
    assert "Japan" in protest.actors


@pytest.mark.shared
def test_seed_no_hypothetical_events(seed_analysis):
    """ "könnte ... liefern", "dürften", "würden sich treffen" and the quote are not events."""
    events = seed_analysis.events
    assert not [e for e in events if e.place_name == "Ukraine"]
    assert all(e.confidence > 0 for e in events)
    sentences = {e.sentence for e in events}
    doc = seed_analysis.document
    for e in events:
        text = doc.sentences[e.sentence].text
        assert "könnte" not in text and "würden sich treffen" not in text
    assert len(sentences) >= 6


@pytest.mark.shared
def test_seed_without_a_date_keeps_the_weekday_order(seed_text):
    pipeline = pytest.importorskip("geomap.pipeline")
    events = pipeline.analyze(seed_text).events  # the header says only "2023-09"
    putin = _one(events, type="travel", actors="Wladimir Putin")
    kim = _one(events, type="travel", actors="Kim Jong Un")
    meeting = _one(events, type="meeting", actors="Wladimir Putin")
    for e in (putin, kim, meeting):
        assert e.date is None and e.date_precision == "month"
        assert "2023-09" in e.date_text
    assert putin.relation == f"before:{kim.index}"
    assert kim.relation == f"before:{meeting.index}"
