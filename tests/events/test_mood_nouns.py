"""A word of mood that is also a noun (`plan`, `promise`, `hope`, `forecast`) says what a
protest is against, not that the protest is only planned, when a determiner or a possessive
stands before it. Issue 20.

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _events(text: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang="en", date=DAY).events  # offline: tests/conftest.py


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "Minibus drivers went on strike in Nairobi on Monday to protest a government plan.",
            "went on strike",
            "Nairobi",
        ),
        (
            "Farmers blocked roads in Punjab on Tuesday against the government's plans to cut "
            "subsidies.",
            "blocked",
            "Punjab",
        ),
        (
            "Nurses marched through Santiago on Monday, saying the ministry had broken its "
            "promise.",
            "marched",
            "Santiago",
        ),
        (
            "Fishermen rallied in Dakar on Tuesday against a new fishing plan.",
            "rallied",
            "Dakar",
        ),
    ],
)
def test_a_mood_word_used_as_a_noun_is_a_topic(text: str, trigger: str, place: str) -> None:
    events = _events(text)
    assert [(e.trigger, e.place_name) for e in events][:1] == [(trigger, place)]


@pytest.mark.parametrize(
    "text",
    [
        "The government plans to hold talks with the unions in Nairobi on Monday.",
        "The unions plan to strike in Santiago on Monday.",
        "Opposition parties hope to rally in Dakar on Friday.",
        "The unions plan a strike in Lusaka on Monday.",
        "The government plans talks with the rebels in Juba on Monday.",
    ],
)
def test_a_mood_word_used_as_a_verb_still_says_it_has_not_happened(text: str) -> None:
    assert _events(text) == ()
