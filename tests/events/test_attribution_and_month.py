"""Dates: a time that dates only the attribution (``..., the navy said on Friday``) is not
the event's, and no other day is put in its place; ``earlier this month`` is a month span.
Issue 20, date shapes ``none`` and ``early_month``.

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _events(text: str, lang: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Soldiers killed four fishermen near Tumaco, the navy said on Friday.", "en"),
        ("Soldaten erschossen bei Tumaco vier Fischer, teilte die Marine am Freitag mit.", "de"),
    ],
)
def test_the_day_of_the_attribution_is_not_the_events(text: str, lang: str) -> None:
    (event,) = _events(text, lang)
    assert event.place_name == "Tumaco"
    assert event.date is None


def test_nor_does_it_take_the_story_day() -> None:
    text = (
        "BOGOTA, June 11 (Reuters) - Rebels attacked a police station in Cali on Tuesday.\n\n"
        "Soldiers killed four fishermen near Tumaco, the navy said on Friday.\n"
    )
    killing = _events(text, "en")[-1]
    assert killing.trigger == "killed"
    assert killing.date is None


def test_the_events_own_day_stays() -> None:
    text = "Soldiers killed four fishermen near Tumaco on Thursday, the navy said on Friday."
    (event,) = _events(text, "en")
    assert event.date == "2025-06-05"


def test_earlier_this_month_is_the_month_so_far() -> None:
    (event,) = _events("Earlier this month, a cargo ship sank off Valparaíso.", "en")
    assert event.date_precision == "month"
    assert (event.date_start, event.date_end) == ("2025-06-01", "2025-06-11")
