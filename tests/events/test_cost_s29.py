"""Session 29 (h29-perf): two exact cuts keep the events they were cut from.

The test of what can fall (``_can_fall``) is now asked only of a clause with an impact
reading: a road crash is still told from an impact noun where nothing can fall, a market's
fall is still no event, and a fall of debris still is. The carry (``_carry_one``) slices
the events before a carried event once instead of once per reader: a follow-up still takes
the place of the event it continues. Sentences of our own, in both languages, from other
regions than the corpora's (docs/events.md, "Cost", session 29).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-04-15"  # a Wednesday


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (e.kind, e.sub_kind, e.place_name, e.date)
        for e in geomap.analyze(text, lang=lang, date=DAY).events
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A crash near Mwanza killed nine people on Monday, police said."),
        ("de", "Bei einem Unfall nahe Mwanza sind am Montag neun Menschen gestorben."),
    ],
)
def test_a_crash_where_nothing_can_fall_is_a_road_accident(lang: str, text: str) -> None:
    assert _events(text, lang) == [("accident", "road", "Mwanza", "2026-04-13")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Debris from a drone fell on a market in Kharkiv on Tuesday, officials said."),
        ("de", "Trümmer einer Drohne fielen am Dienstag auf einen Markt in Charkiw."),
    ],
)
def test_debris_that_fell_is_still_an_impact(lang: str, text: str) -> None:
    assert _events(text, lang) == [("explosion_remote_violence", None, "Kharkiv", "2026-04-14")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Airline costs have fallen in Nairobi this year, the ministry said on Monday."),
        ("en", "A crash of the naira hit traders in Kano on Monday."),
        ("de", "Die Preise sind in Nairobi am Montag gefallen."),
    ],
)
def test_prices_and_currencies_that_fall_are_no_event(lang: str, text: str) -> None:
    assert _events(text, lang) == []


def test_a_follow_up_takes_the_place_of_the_event_it_continues() -> None:
    text = (
        "DODOMA, April 14 (Reuters) - Floods swept central Tanzania on Monday, officials "
        "said. Rescuers pulled 12 people from the water in Dodoma. Another storm followed "
        "later, and more rain fell overnight."
    )
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [e.kind for e in events] == ["disaster", "disaster"]
    flood, storm = events
    assert storm.place_method == "carried"
    assert storm.place_name == flood.place_name
