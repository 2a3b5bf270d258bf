"""Where an event happened when the sentence says it beside a dateline (issue 20, round 2).

A short apposition naming some of a count (``killed 14 people, including three children, in
X``, ``tötete zwölf Menschen, darunter drei Kinder, in X``) ends no clause: the province
after it is the killing's place, not the dateline's city. Sentences written for these tests
(other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (
            "LUSAKA, June 11 (Reuters) - Gunmen killed 14 people, including three children, in "
            "an attack on villages in Zambia's Luapula province on Tuesday.",
            "en",
            "Luapula",
        ),
        (
            "NAIROBI, June 11 (Reuters) - Floods killed nine people, among them four children, "
            "in Kenya's Turkana county on Tuesday.",
            "en",
            "Turkana",
        ),
        (
            "Lusaka, 11. Juni (dpa) - Bewaffnete töteten am Dienstag zwölf Menschen, darunter "
            "drei Kinder, bei einem Überfall auf Dörfer in der Provinz Luapula.",
            "de",
            "Luapula",
        ),
    ],
)
def test_an_apposition_of_a_count_keeps_the_place_after_it(text: str, lang: str, name: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert [(e.place_name, e.date) for e in events] == [(name, "2025-06-10")]
