"""Kinds and places the fourth round added: a blockade by protesters is a protest (one by
a landslide is not), arson on a building is property destruction, a coordinated part
keeps the subject of the part before it for its kind, and the town a hazard covers
(``large parts of X``) is its place. Issue 20, classes 1, 3 and 8.

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
        ("In the mining town of Potosí, farmers blocked the main highway on Tuesday.", "en"),
        ("In der Stadt Oruro blockierten am Dienstag Hunderte Bauern die Fernstraße.", "de"),
    ],
)
def test_a_blockade_by_protesters_is_a_protest(text: str, lang: str) -> None:
    (event,) = _events(text, lang)
    assert event.kind == "protest"
    assert event.date == "2025-06-10"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A landslide blocked the main highway near Potosí on Tuesday.", "en"),
        ("Ein Erdrutsch blockierte am Dienstag die Fernstraße bei Oruro.", "de"),
    ],
)
def test_a_blockade_by_a_landslide_is_the_landslide(text: str, lang: str) -> None:
    (event,) = _events(text, lang)
    assert event.kind == "disaster"


@pytest.mark.parametrize(
    "text",
    [
        "In der Nacht zum Dienstag wurde in Oruro ein Gewerkschaftsbüro in Brand gesteckt.",
        "Unbekannte steckten am Dienstag in Oruro ein Gewerkschaftsbüro in Brand.",
    ],
)
def test_arson_is_property_destruction(text: str) -> None:
    (event,) = _events(text, "de")
    assert (event.kind, event.sub_kind) == ("strategic_development", "looting")
    assert event.place_name == "Oruro"


def test_a_building_that_caught_fire_stays_an_accident() -> None:
    (event,) = _events("In Oruro ist am Dienstag eine Lagerhalle in Brand geraten.", "de")
    assert event.kind == "accident"


def test_the_second_part_keeps_the_subject_of_the_first() -> None:
    text = (
        "On Monday, students blocked a bridge in the city of Arequipa and clashed with riot police."
    )
    kinds = [e.kind for e in _events(text, "en")]
    assert kinds == ["protest", "riot"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Floodwaters inundated large parts of Iquitos on Monday.", "en"),
        ("Das Hochwasser überschwemmte am Montag weite Teile von Iquitos.", "de"),
    ],
)
def test_the_town_a_hazard_covers_is_its_place(text: str, lang: str) -> None:
    (event,) = _events(text, lang)
    assert event.place_name == "Iquitos"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "In einem Kupferbergwerk bei Rancagua verschüttete am Montag ein Einsturz neun "
            "Arbeiter.",
            "accident",
        ),
        ("Ein Erdrutsch verschüttete am Montag bei Rancagua drei Häuser.", "disaster"),
        ("Am Montag wurden bei Rancagua drei Häuser verschüttet.", "disaster"),
    ],
)
def test_what_buried_them_gives_the_kind(text: str, kind: str) -> None:
    (event,) = _events(text, "de")
    assert event.kind == kind
