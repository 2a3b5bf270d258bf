"""A capitalised English verb inside a name is no event word (``the Met Office said``), while
the same verb in lower case or at a sentence's start still is."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

NO_MEETING = [
    "Heavy rain fell on the coast near Aberdeen on Tuesday, the Met Office said.",
    "The Met Police arrested no one in Leeds on Tuesday, a spokesman said.",
]


@pytest.mark.parametrize("text", NO_MEETING)
def test_a_verb_inside_a_name_is_no_meeting(text: str) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert not [e for e in events if e.kind == "meeting"], events


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The foreign ministers met in Nairobi on Tuesday.", "Nairobi"),
        ("Met by protesters, the premier arrived in Perth on Tuesday.", "Perth"),
    ],
)
def test_the_verb_still_counts_in_lower_case_or_at_the_start(text: str, place: str) -> None:
    kind = "meeting" if " met " in text else "travel"
    assert_reported(text, "en", kind, "2025-06-10", place)
