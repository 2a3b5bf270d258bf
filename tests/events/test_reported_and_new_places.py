"""A German Konjunktiv II that stands in for reported speech keeps its event; an indefinite
kind noun (``in einem Dorf bei X``, ``a village near X``) names a new place, not the
last one of its kind. Issue 20, classes 7 (clause rules) and 3 (place phrases).

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _events(text: str, lang: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


def test_konjunktiv_ii_with_a_verb_of_saying_reports_an_event() -> None:
    text = (
        "Am Montag hätten Polizisten in Goma drei Demonstranten erschossen, berichteten Anwohner."
    )
    (event,) = _events(text, "de")
    assert event.kind == "violence_against_civilians"
    assert event.place_name == "Goma"
    assert event.date == "2025-06-09"


@pytest.mark.parametrize(
    "text",
    [
        # a possibility, not a report
        "Die Armee hätte das Dorf bei Goma angreifen können, sagte ein Sprecher.",
        # a condition in the sentence
        "Wenn die Polizei eingegriffen hätte, wären am Montag in Goma weniger Menschen "
        "gestorben, sagte ein Sprecher.",
        # no verb of saying: a counterfactual
        "Am Montag hätte die Polizei in Goma Demonstranten festgenommen.",
    ],
)
def test_konjunktiv_ii_without_a_report_is_no_event(text: str) -> None:
    assert _events(text, "de") == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Rebels attacked the town of Kindu on Monday. On Tuesday, gunmen killed five "
            "people in a village near Kasongo.",
            "en",
        ),
        (
            "Rebellen griffen am Montag die Stadt Kindu an. Am Dienstag töteten Bewaffnete in "
            "einem Dorf bei Kasongo fünf Menschen.",
            "de",
        ),
    ],
)
def test_an_indefinite_village_is_a_new_place(text: str, lang: str) -> None:
    killing = _events(text, lang)[-1]
    assert killing.place_name == "Kasongo"


def test_a_definite_town_still_points_back() -> None:
    text = (
        "Rebels attacked the town of Kindu on Monday. On Tuesday, gunmen killed five people "
        "in a village outside the town."
    )
    killing = _events(text, "en")[-1]
    assert killing.place_name == "Kindu"
    assert killing.place_method == "back_reference"
