"""``the same day`` counts from the day named just before it even when no event was made of
it; a place a document is about is not where it was signed; a probe that ``abgeflogen`` is
a launch, a minister who did is travelling. Issue 20, classes 6, 3 and 1.

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
        (
            "Flights to Madang were cancelled on Monday. The prime minister arrived in Lae "
            "the same day.",
            "en",
        ),
        (
            "Am Montag wurden alle Flüge nach Madang gestrichen. Der Regierungschef traf am "
            "selben Tag in Lae ein.",
            "de",
        ),
    ],
)
def test_the_same_day_as_a_day_named_before(text: str, lang: str) -> None:
    arrival = _events(text, lang)[-1]
    assert arrival.kind == "travel"
    assert arrival.date == "2025-06-09"


def test_the_same_day_counts_from_the_latest_day_not_an_older_event() -> None:
    text = (
        "A storm flooded Lae a week ago. Flights to Madang were cancelled on Monday. The "
        "prime minister arrived in Lae the same day."
    )
    arrival = _events(text, "en")[-1]
    assert arrival.date == "2025-06-09"


def test_earlier_alone_gives_no_day() -> None:
    text = "Flights to Madang were cancelled on Monday. Earlier, police arrested two men in Lae."
    arrest = _events(text, "en")[-1]
    assert arrest.date is None


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The two presidents signed an agreement on the Mekong on Monday.", "en"),
        ("Die Minister unterzeichneten am Montag ein Abkommen über den Amazonas.", "de"),
    ],
)
def test_what_an_agreement_is_about_is_not_its_place(text: str, lang: str) -> None:
    (event,) = _events(text, lang)
    assert event.kind == "strategic_development"
    assert event.place_name is None


def test_the_place_of_the_talks_carries_over_instead() -> None:
    text = (
        "Leaders of the Mekong states met in Phnom Penh on Monday. They signed an agreement "
        "on the Mekong."
    )
    signing = _events(text, "en")[-1]
    assert signing.place_name == "Phnom Penh"


def test_a_probe_that_took_off_is_a_launch() -> None:
    text = "Eine Marssonde ist am Montag vom Kosmodrom Baikonur aus abgeflogen."
    (event,) = _events(text, "de")
    assert event.kind == "launch"
    assert event.place_name is not None and "Baikonur" in event.place_name


def test_a_minister_who_took_off_travels() -> None:
    (event,) = _events("Der Minister ist am Montag nach Lima abgeflogen.", "de")
    assert (event.kind, event.place_name) == ("travel", "Lima")
