"""Violence against civilians and riots in other regions and other words (session 11,
round 2): attacks whose target says that civilians were hit (aid convoys, buses with
passengers, pilgrims, journalists), whoever fired, and their look-alikes (a convoy or a base
of an army, an air strike, figures of a year); and two coordinated German participles of
two acts (``haben ... überfallen und ... entführt``), each an event. Written for these
tests, not drawn from any benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

MON, TUE = "2025-06-09", "2025-06-10"

# (text, lang, kind, sub_kind, day, place)
REPORTED: list[object] = [
    # two coordinated participles of two acts: both are events
    (
        "Bewaffnete haben am Montag in der Provinz Ituri einen Kleinbus überfallen und sechs "
        "Männer entführt.",
        "de",
        "violence_against_civilians",
        "abduction",
        MON,
        "Ituri",
    ),
    (
        "Bewaffnete haben am Montag in der Provinz Ituri einen Kleinbus überfallen und sechs "
        "Männer entführt.",
        "de",
        "violence_against_civilians",
        "attack",
        MON,
        "Ituri",
    ),
    (
        "Unbekannte haben am Dienstag in Tegucigalpa zwei Wachleute erschossen und einen "
        "Ingenieur verschleppt.",
        "de",
        "violence_against_civilians",
        "abduction",
        TUE,
        "Tegucigalpa",
    ),
    (
        "Gunmen stormed a school in Kumbo on Tuesday and kidnapped 11 pupils.",
        "en",
        "violence_against_civilians",
        "abduction",
        TUE,
        "Kumbo",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), REPORTED)
def test_reported(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind)


# a vehicle that overturned and caught fire is one accident, not two
ONE_EVENT: list[tuple[str, str]] = [
    ("Am Montag ist bei Kayes ein Tanklaster umgekippt und in Brand geraten.", "de"),
    ("A fuel tanker overturned and caught fire near Kisumu on Monday.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ONE_EVENT)
def test_one_mishap_is_one_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert len([e for e in events if e.kind == "accident"]) == 1, events
