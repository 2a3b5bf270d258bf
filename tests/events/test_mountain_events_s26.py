"""Events on a mountain (session 26, h26-evplace2, issue 20): written in other places and
words than the dev articles that showed the class.

- a deadly fall with no vehicle (``fell to his death``, ``stürzte ... in den Tod``, ``ist in
  den Tod gestürzt``) is an accident (EM-DAT: miscellaneous accident), placed on the mountain
  its clause names; so is a fall whose subject is someone out on a mountain (``A climber fell
  into a crevasse``, ``Ein Bergsteiger ist tödlich abgestürzt``);
- the summit of a mountain (``near the summit of <Mount>``, ``am Gipfel des <Bergs>``) is
  no meeting; a summit of a bloc or held in a town stays one.

Guards: figures and shares that fell, a government that was toppled, a summit of leaders.
Rows written before the change; kind, day and place are what a reader names.
"""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_no_event, assert_reported

DAY = "2025-09-10"  # a Wednesday
TUE, MON, SUN, SAT = "2025-09-09", "2025-09-08", "2025-09-07", "2025-09-06"

# (text, lang, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str, str | None, str, str]] = [
    (
        "A hiker fell to his death on the slopes of Mount Kenya on Sunday.",
        "en",
        "accident",
        "other",
        SUN,
        "Kenya",
    ),
    (
        "Two climbers plunged to their deaths on Mount Cameroon on Saturday.",
        "en",
        "accident",
        "other",
        SAT,
        "Cameroon",
    ),
    (
        "A Polish mountaineer fell to her death on Aconcagua on Monday, rescuers said.",
        "en",
        "accident",
        "other",
        MON,
        "Aconcagua",
    ),
    (
        "A climber fell into a crevasse near the summit of Kilimanjaro on Monday.",
        "en",
        "accident",
        "other",
        MON,
        "Kilimanjaro",
    ),
    (
        "Ein Wanderer stürzte am Montag am Mount Meru in den Tod.",
        "de",
        "accident",
        "other",
        MON,
        "Meru",
    ),
    (
        "Eine Bergsteigerin ist am Samstag am Elbrus in den Tod gestürzt.",
        "de",
        "accident",
        "other",
        SAT,
        "Elbrus",
    ),
    (
        "An den Hängen des Kilimandscharo ist am Sonntag ein Bergsteiger tödlich abgestürzt.",
        "de",
        "accident",
        "other",
        SUN,
        "Kilimanjaro",
    ),
    (
        "Zwei Kletterer stürzten am Dienstag am Mount Kenya in eine Gletscherspalte.",
        "de",
        "accident",
        "other",
        TUE,
        "Kenya",
    ),
    # guards that keep their kind: a plane that crashed on a mountain, a bus of hikers, an
    # avalanche that caught hikers, a summit of leaders
    (
        "A bus carrying hikers plunged into a gorge near Mount Hermon on Monday.",
        "en",
        "accident",
        "road",
        MON,
        "Hermon",
    ),
    (
        "Eine Lawine hat am Sonntag am Elbrus eine Gruppe Wanderer erfasst.",
        "de",
        "disaster",
        None,
        SUN,
        "Elbrus",
    ),
    (
        "A small plane crashed on the slopes of Mount Kenya on Sunday.",
        "en",
        "accident",
        "air",
        SUN,
        "Kenya",
    ),
    (
        "Leaders met at the summit of the African Union in Malabo on Monday.",
        "en",
        "meeting",
        None,
        MON,
        "Malabo",
    ),
    (
        "A summit of East African leaders opened in Kigali on Tuesday.",
        "en",
        "meeting",
        None,
        TUE,
        "Kigali",
    ),
    (
        "Beim Gipfel in Nairobi berieten am Dienstag die Staatschefs über den Sudan.",
        "de",
        "meeting",
        None,
        TUE,
        "Nairobi",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), CASES)
def test_mountain_event(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind=sub_kind, date=DAY)


NON_EVENTS: list[tuple[str, str]] = [
    ("The number of hikers fell by a third last year.", "en"),
    ("Visitor numbers on Mount Kenya fell sharply in 2024.", "en"),
    (
        "Die Zahl der Wanderer am Kilimandscharo stürzte im vergangenen Jahr um ein Drittel ab.",
        "de",
    ),
    ("Der Kurs der Aktie stürzte am Montag in den Keller.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NON_EVENTS)
def test_mountain_no_event(text: str, lang: str) -> None:
    assert_no_event(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Two climbers died near the summit of Mount Kenya on Sunday.", "en"),
        ("Am Gipfel des Mount Kenya starben am Sonntag zwei Bergsteiger.", "de"),
    ],
)
def test_summit_of_a_mountain_is_no_meeting(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert all(e.kind != "meeting" for e in events), [(e.kind, e.trigger) for e in events]
