"""A headline sums up the report below its dateline: the event it names is told again in the
body with a day and a town, so the map and the report show it once, from the body.

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _events(text: str, lang: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


@pytest.mark.parametrize(
    ("text", "lang", "trigger", "place"),
    [
        (
            "Floods kill 14 in southern Brazil\n\nPORTO ALEGRE, Brazil, June 11 (Reuters) - "
            "Floods killed 14 people in the town of Canoas on Monday, officials said.\n",
            "en",
            "Floods",
            "Canoas",
        ),
        (
            "Gunmen kill six in central Nigeria\n\nABUJA, June 11 (Reuters) - Gunmen shot dead "
            "six farmers near the town of Lafia on Tuesday, police said.\n",
            "en",
            "shot dead",
            "Lafia",
        ),
        (
            "Zugunglück in Ägypten\n\nKAIRO, 11. Juni (dpa) – In Ägypten ist am Montag ein "
            "Personenzug nahe der Stadt Assiut entgleist.\n",
            "de",
            "entgleist",
            "Assiut",
        ),
        (
            "Tote bei Angriff in Burkina Faso\n\nOUAGADOUGOU, 11. Juni (dpa) – Bewaffnete haben "
            "am Sonntag nahe der Stadt Djibo zwölf Dorfbewohner getötet.\n",
            "de",
            "getötet",
            "Djibo",
        ),
    ],
)
def test_the_headline_event_is_told_once_from_the_body(
    text: str, lang: str, trigger: str, place: str
) -> None:
    events = _events(text, lang)
    assert [(e.trigger, e.place_name) for e in events] == [(trigger, place)]
    assert events[0].date is not None


def test_a_headline_event_the_body_does_not_tell_stays() -> None:
    text = (
        "Protests in Lima after court ruling\n\nLIMA, June 11 (Reuters) - Peru's top court "
        "on Tuesday overturned the conviction of a former minister, its ruling showed.\n"
    )
    types = {e.type for e in _events(text, "en")}
    assert "protest" in types
