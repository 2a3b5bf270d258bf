"""A German fall from a structure named by its noun (``beim Sturz von einem Gerüst``,
``nach einem Sturz vom Dach``) is a work accident, as ``stürzte von einem Gerüst`` already
was (issue 20, session 17 round 2, h17-evB). Only after ``von``/``vom``/``aus``: the fall
of a government, of a president, of a price names no structure and reports no accident.
Places, people and wording are of no benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Ein Arbeiter wurde am Montag beim Sturz von einem Gerüst in Dortmund schwer verletzt.",
            "2025-06-09",
            "Dortmund",
        ),
        (
            "Am Montag war in Porto ein Kranführer beim Sturz von einem Kran ums Leben gekommen.",
            "2025-06-09",
            "Porto",
        ),
        (
            "In Lyon starb am Dienstag ein Dachdecker nach einem Sturz vom Dach einer Schule.",
            "2025-06-10",
            "Lyon",
        ),
        (
            "In einer Fabrik in Turin kam am Mittwoch ein Arbeiter bei einer Explosion ums Leben. "
            "Zwei Tage zuvor war in derselben Fabrik ein Monteur beim Sturz von einem Silo "
            "verletzt worden.",
            "2025-06-09",
            "Turin",
        ),
    ],
)
def test_fall_from_a_structure_is_an_accident(text: str, day: str, place: str) -> None:
    assert_reported(text, "de", "accident", day, place)


@pytest.mark.parametrize(
    "text",
    [
        "Nach dem Sturz der Regierung in Dhaka besetzten am Montag Demonstranten das "
        "Parlamentsgebäude.",
        "Nach dem Sturz von Präsident Amadou stürmten am Montag Demonstranten in Niamey "
        "seinen Amtssitz.",
        "Der Sturz des Ölpreises belastete am Montag die Börse in Oslo.",
    ],
)
def test_fall_of_a_government_or_price_is_no_accident(text: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    assert all(e.kind != "accident" for e in events), [(e.kind, e.trigger) for e in events]
