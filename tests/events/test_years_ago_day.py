"""A day and month written beside words that name a whole year back (``Two years ago on
October 7``, ``vor drei Jahren am 5. Mai``, ``A year ago on 12 March``) fall in that year,
not in this year's latest such day: docs/events.md keeps such an event (a day is named)
and its date must be the one the text gives."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_reported


@pytest.mark.parametrize(
    ("text", "lang", "kind", "day", "place"),
    [
        (
            "KABUL, June 11 (Reuters) - Two years ago on October 7, an earthquake killed "
            "more than 1,000 people in the town of Zindajan.",
            "en",
            "disaster",
            "2023-10-07",
            "Herat|Zindajan|Zinda",
        ),
        (
            "MAPUTO, June 11 (AP) - A year ago on 12 March, a cyclone struck the port city "
            "of Beira.",
            "en",
            "disaster",
            "2024-03-12",
            "Beira",
        ),
        (
            "Taschkent, 11. Juni (dpa) - Vor drei Jahren am 5. Mai war in Margilan ein "
            "Wohnhaus eingestürzt.",
            "de",
            "accident",
            "2022-05-05",
            "Margilan|Marg",
        ),
    ],
)
def test_a_day_years_ago_is_dated_in_that_year(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


def test_a_day_without_years_ago_stays_in_this_year() -> None:
    assert_reported(
        "LIMA, June 11 (Reuters) - On June 3, floods swept through the town of Piura.",
        "en",
        "disaster",
        "2025-06-03",
        "Piura",
    )
