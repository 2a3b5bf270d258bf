"""News words the fourth round added to the lexicons (not taken from any corpus article):
custody, beheadings, recaptured towns, gun battles, fires that burned, storms that pounded.
Issue 20, class 1.

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _events(text: str, lang: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        ("Bushfires burned 40,000 hectares near Dubbo on Monday.", "en", "disaster"),
        ("A powerful storm pounded the port of Chittagong on Monday.", "en", "disaster"),
        ("Artillery pounded the town of Bakhmut on Monday.", "en", "explosion_remote_violence"),
        (
            "Police took into custody three suspects in Mombasa on Monday.",
            "en",
            "strategic_development",
        ),
        ("Gunmen beheaded two farmers near Palma on Monday.", "en", "violence_against_civilians"),
        ("Army troops recaptured the town of Bunia on Monday.", "en", "battle"),
        (
            "Die Polizei nahm am Montag in Mombasa drei Verdächtige in Gewahrsam.",
            "de",
            "strategic_development",
        ),
        (
            "Am Montag wurden in Mombasa drei Verdächtige in Gewahrsam genommen.",
            "de",
            "strategic_development",
        ),
        ("Regierungstruppen eroberten am Montag die Stadt Bunia zurück.", "de", "battle"),
    ],
)
def test_the_word_gives_the_kind(text: str, lang: str, kind: str) -> None:
    (event,) = _events(text, lang)
    assert event.kind == kind
    assert event.date == "2025-06-09"


def test_burned_tyres_are_no_wildfire() -> None:
    # session 18 (h18-events): burning tyres is a violent demonstration in ACLED's codebook
    # ("road-blocking using barricades, burning tires"), so the sentence now reports a riot;
    # what this test guards stays: no fire of the land
    got = [
        (e.kind, e.sub_kind) for e in _events("Protesters burned tyres in Lagos on Monday.", "en")
    ]
    assert ("riot", "violent_demonstration") in got, got
    assert not [k for k, _ in got if k == "disaster"], got
