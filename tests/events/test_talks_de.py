"""German talks in the perfect: ``hat am Montag in X mit dem Regierungschef über ...
gesprochen`` is a meeting (talks) at X; the ``mit`` before the participle says with whom.
Negated or planned talks are none."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Die Außenministerin hat am Dienstag in Hanoi mit ihrem vietnamesischen Amtskollegen "
            "über den Handel gesprochen.",
            "Hanoi",
        ),
        (
            "Der Präsident hatte am Dienstag in Quito mit Vertretern der Indigenen gesprochen.",
            "Quito",
        ),
    ],
)
def test_perfect_talks_are_a_meeting(text: str, place: str) -> None:
    assert_reported(text, "de", "meeting", "2025-06-10", place)


@pytest.mark.parametrize(
    "text",
    [
        "Der Minister hat am Dienstag in Lima mit niemandem gesprochen.",
        "Die Ministerin will am Freitag in Lima mit der Opposition sprechen.",
    ],
)
def test_no_talks(text: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    assert not [e for e in events if e.kind == "meeting"], events
