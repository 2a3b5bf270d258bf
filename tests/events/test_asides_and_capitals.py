"""Two wordings of issue 20's later rounds, both languages, regions no benchmark article
covers. Written before geomap ran on them.

A main clause cut by an aside: the predicate after the aside gives the subject's mood
(``The final, originally set for Sunday, was called off``: no match took place), while a
predicate that reports keeps the event."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

# (sentence, lang): an event arranged, then postponed or called off after an aside
NOT_HELD: list[tuple[str, str]] = [
    ("The summit in Kigali, originally set for Monday, was postponed on Wednesday.", "en"),
    ("The meeting of the ministers in Quito, first planned for March, was cancelled.", "en"),
    ("The rally in Tbilisi, initially due on Saturday, has been postponed indefinitely.", "en"),
    ("Das Gipfeltreffen in Dakar, ursprünglich für Montag geplant, wurde verschoben.", "de"),
    ("Die Kundgebung in Riga, zunächst für Samstag angesetzt, wurde am Freitag abgesagt.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NOT_HELD)
def test_a_subject_cut_by_an_aside_takes_its_predicates_mood(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert not events, [(e.kind, e.date, e.place_name) for e in events]


# (sentence, lang, kind, day, place): the predicate after the aside reports: kept
HELD: list[tuple[str, str, str, str, str]] = [
    (
        "The summit in Kigali, attended by twelve leaders, was held on Monday.",
        "en",
        "meeting",
        "2025-06-09",
        "Kigali",
    ),
    (
        "Die Kundgebung in Riga, an der Tausende teilnahmen, fand am Samstag statt.",
        "de",
        "protest",
        "2025-06-07",
        "Riga",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), HELD)
def test_an_aside_before_a_reporting_predicate_keeps_the_event(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)
