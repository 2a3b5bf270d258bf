"""A place inside a participle's attribute phrase says where the actors are based, live or
come from, not where the event happened (``Die in A stationierten Soldaten griffen ... bei
B an``: B). With no other place in the clause it still places the event. Session 15, round
2; written in other places and words than the benchmark articles."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_reported

TUE = "2025-06-10"  # the table's publication date (tests.support.event_table.DAY) is Wednesday


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "Die in Gao stationierten Soldaten griffen am Dienstag eine Stellung der Rebellen "
            "bei Kidal an.",
            "battle",
            "Kidal",
        ),
        (
            "Die in Bunia stationierten Blauhelme wurden am Dienstag bei Djugu angegriffen.",
            "explosion_remote_violence",
            "Djugu",
        ),
        (
            "Die in Herat lebenden Flüchtlinge protestierten am Dienstag vor dem Rathaus von "
            "Kabul.",
            "protest",
            "Kabul",
        ),
        (
            "Der in Osch geborene Journalist wurde am Dienstag in Bischkek festgenommen.",
            "strategic_development",
            "Bishkek|Bischkek",
        ),
        (
            "Die aus Nukus angereisten Bauern blockierten am Dienstag eine Straße bei Chiwa.",
            "protest",
            "Khiva|Chiwa|Xiva",
        ),
        # the phrase's place is the only one: it still places the event
        (
            "Die in Gao stationierten Soldaten griffen am Dienstag Rebellen an.",
            "battle",
            "Gao",
        ),
    ],
)
def test_a_place_in_an_attribute_phrase_does_not_place_the_event(
    text: str, kind: str, place: str
) -> None:
    assert_reported(text, "de", kind, TUE, place)
