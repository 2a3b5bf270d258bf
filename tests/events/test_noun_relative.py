"""``blocked the road on Tuesday after a road accident in which a teenager died on
Monday night``: an indefinite event noun with a relative clause of its own (``in which``,
``during which``) after a clause with its own event is a second event, with the relative
clause's day. An event noun that refers back (``after the accident``) tells nothing new."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported


@pytest.mark.parametrize(
    ("text", "kind", "day", "place"),
    [
        (
            "KINGSTON, June 11 (AP) - In Morant Bay, residents blocked the main road on "
            "Tuesday after a road accident in which a teenager died on Monday night.",
            "accident",
            "2025-06-09",
            "Morant Bay",
        ),
        (
            "KINGSTON, June 11 (AP) - In Morant Bay, residents blocked the main road on "
            "Tuesday after a motorcycle accident in which a teenager died on Monday night.",
            "protest",
            "2025-06-10",
            "Morant Bay",
        ),
        (
            "MANILA, June 11 (AP) - Villagers marched through Ormoc on Tuesday after a "
            "collision in which two boats sank off the port on Sunday.",
            "accident",
            "2025-06-08",
            "Ormoc",
        ),
    ],
)
def test_an_event_noun_with_its_own_relative_clause_is_an_event(
    text: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, "en", kind, day, place)


def test_an_event_noun_told_before_is_no_second_event() -> None:
    text = (
        "KINGSTON, June 11 (AP) - A road accident killed a teenager in Morant Bay on "
        "Monday. Residents blocked the main road on Tuesday after the accident in which he "
        "died."
    )
    events = geomap.analyze(text, lang="en", date="2025-06-11").events
    assert len([e for e in events if e.kind == "accident"]) == 1, events


@pytest.mark.parametrize(
    "text",
    [
        # no day of its own: the attack came before the arrests, its day is not theirs
        "HARARE, June 11 (AP) - Police arrested two men in Harare on Monday after an attack in "
        "which a shop owner was wounded.",
        # "in a meeting": the occasion of the talks, not a second meeting
        "HARARE, June 11 (AP) - Officials held talks in Harare on Monday in a meeting in which "
        "the budget was discussed.",
    ],
)
def test_no_second_event_without_a_day_or_a_relation(text: str) -> None:
    events = geomap.analyze(text, lang="en", date="2025-06-11").events
    assert len(events) == 1, events
