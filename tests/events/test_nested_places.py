"""Two places in a row: ``A in B`` is at A (B holds it), ``B near A`` is at A when B is an
area (a sea, a river). Issue 20, place order step 1.

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _event(text: str, lang: str) -> geomap.Event:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        # the container (a state, an island) has a feature word and a preposition too
        (
            "Ein Waldbrand zerstörte am Montag in Flagstaff im Nachbarstaat Arizona 40 Häuser.",
            "de",
            "Flagstaff",
        ),
        ("Mount Etna on the island of Sicily erupted on Monday.", "en", "Mount Etna"),
    ],
)
def test_a_place_inside_the_next_one_is_the_place(text: str, lang: str, name: str) -> None:
    event = _event(text, lang)
    assert event.place_name == name
    assert event.place_precision == "point"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("A fishing boat capsized on the Danube near Vukovar on Tuesday.", "en", "Vukovar"),
        (
            "Am Dienstag ist im Mittelmeer vor Lampedusa ein Fischerboot gekentert.",
            "de",
            "Lampedusa",
        ),
    ],
)
def test_near_a_place_on_the_water_is_at_that_place(text: str, lang: str, name: str) -> None:
    event = _event(text, lang)
    assert event.place_name == name
    assert event.place_precision != "sea"


def test_a_launch_from_a_site_vom_is_at_the_site() -> None:
    # "vom" (von dem) puts the launch at the cosmodrome, not in the steppe around it
    text = "Eine Sojus-Rakete hob am Montag vom Kosmodrom Baikonur in der kasachischen Steppe ab."
    event = _event(text, "de")
    assert event.type == "launch"
    assert event.place_name is not None and "Baikonur" in event.place_name


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Auf der Insel Sizilien ist am Montag der Vulkan Ätna ausgebrochen.", "de"),
        ("On Sicily, Mount Etna erupted on Monday.", "en"),
    ],
)
def test_an_eruption_is_at_its_volcano(text: str, lang: str) -> None:
    # the island has a preposition and a feature word; the volcano is the eruption's site
    event = _event(text, lang)
    assert event.place_name == "Mount Etna"


def test_a_fronted_place_before_an_apposition_is_the_place() -> None:
    text = (
        "A bomb exploded in Basra on Tuesday.\n\n"
        "In Kirkuk, the capital of the province, hundreds of farmers protested on Monday.\n"
    )
    protest = geomap.analyze(text, lang="en", date=DAY).events[-1]
    assert (protest.kind, protest.place_name) == ("protest", "Kirkuk")
