"""A journey home (session 26, h26-evplace2, issue 20): ``returned home from <A>``,
``kehrte aus <A> in die Heimat zurück``, ``flog von <A> nach Hause``. <A> is where the
journey began, never its place, also when it is the clause's only town; the place is the
country of the traveller the subject names (``<Land>'s president``, ``<Landes> Präsident``).
Guards: a journey with a named goal keeps it; a return with no home word keeps its town.
Rows written before the change; kind, day and place are what a reader names.
"""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported

DAY = "2025-09-10"  # a Wednesday
TUE, MON = "2025-09-09", "2025-09-08"

# (text, lang, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str, str]] = [
    ("Ghana's foreign minister flew back home from Abuja on Tuesday.", "en", TUE, "Ghana"),
    ("Peru's president returned home from Madrid on Monday.", "en", MON, "Peru"),
    ("Senegals Präsident flog am Dienstag aus Paris nach Hause.", "de", TUE, "Senegal"),
    ("Chiles Präsidentin kehrte am Montag aus Brasília in die Heimat zurück.", "de", MON, "Chile"),
    # guards: a named goal stays the place
    ("Zambia's president returned to Lusaka from Harare on Monday.", "en", MON, "Lusaka"),
    ("Sambias Präsident kehrte am Montag aus Harare nach Lusaka zurück.", "de", MON, "Lusaka"),
]


@pytest.mark.parametrize(("text", "lang", "day", "place"), CASES)
def test_journey_home(text: str, lang: str, day: str, place: str) -> None:
    assert_reported(text, lang, "travel", day, place, date=DAY)


@pytest.mark.parametrize(
    ("text", "lang", "origin"),
    [
        ("The president returned home from a summit in Luanda on Monday.", "en", "Luanda"),
        ("Der Minister kehrte am Montag aus Dakar in seine Heimat zurück.", "de", "Dakar"),
    ],
)
def test_journey_home_is_not_at_its_origin(text: str, lang: str, origin: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [e.kind for e in events] == ["travel"]
    assert origin not in (events[0].place_name or "")
