"""English wire copy, session 16, round 3 (issue 20): what round 2 left alone, written in
other places and words than the dev articles.

- a relative clause right on the trigger noun, in the plain past up to its own time, dates
  the event it names even when the main verb is in the past perfect (``A fire that broke
  out ... on Monday had been put out``); ``had`` before the relative clause's time still
  marks an earlier event (``arrested two men who had looted shops on Monday``);
- a participle of a carrier that reads its subject (``collapsed``) names its kind from the
  noun right after it (``The collapsed bridge ... killed``); a town or a district sealed
  or cordoned off, vehicles or goods impounded, a boycott of a sitting of parliament are
  events of their kinds (``cordoned off the area`` after a blast is none);
- barricades by protesters and tear gas by police in one sentence are one protest, met
  with force (ACLED's protest with intervention), not two events.

Kind, day and place are what a reader names. Run against main's code (1546c3da) first:
every row of ``CASES`` and the two one-event checks failed (13 of 19); the rows of
``NON_EVENTS``, the dispersal on another day and the earlier-relative check passed and guard
what must stay.
"""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_no_event, assert_reported

DAY = "2025-06-11"  # a Wednesday
TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"

# (text, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str | None, str, str]] = [
    # the relative clause's own time dates the event its noun names
    (
        "A fire that broke out at a garment factory in Narayanganj on Monday had been put out "
        "by Wednesday morning, officials said.",
        "accident",
        None,
        MON,
        "Narayanganj",
    ),
    (
        "A blaze that started in a timber market in Onitsha late on Sunday had been brought "
        "under control, the fire service said.",
        "accident",
        None,
        SUN,
        "Onitsha",
    ),
    (
        "The fire, which broke out in a warehouse in Chittagong on Tuesday, had been "
        "extinguished by the evening.",
        "accident",
        None,
        TUE,
        "Chittagong|Chattogram",
    ),
    # a collapsed structure's participle before its noun
    (
        "The collapsed footbridge in Chimaltenango killed four people on Tuesday.",
        "accident",
        "industrial",
        TUE,
        "Chimaltenango",
    ),
    (
        "A collapsed steel bridge near Naryn killed two drivers on Monday.",
        "accident",
        "industrial",
        MON,
        "Naryn",
    ),
    # sealed off, impounded, a boycott of parliament
    (
        "Soldiers sealed off the centre of Osh on Tuesday.",
        "strategic_development",
        "other",
        TUE,
        "Osh",
    ),
    (
        "Troops cordoned off the district of Sinjar on Monday.",
        "strategic_development",
        "other",
        MON,
        "Sinjar",
    ),
    (
        "Customs officers impounded 30 lorries at the border crossing of Namanga on Monday.",
        "strategic_development",
        "other",
        MON,
        "Namanga",
    ),
    (
        "Police in Darkhan confiscated two tonnes of timber on Tuesday.",
        "strategic_development",
        "other",
        TUE,
        "Darkhan|Darhan",
    ),
    (
        "Opposition deputies boycotted a session of parliament in Chisinau on Tuesday.",
        "protest",
        "peaceful_protest",
        TUE,
        "Chisinau",
    ),
    # barricades and tear gas: one protest met with force
    (
        "Protesters set up barricades in San Pedro Sula on Tuesday and police fired tear gas "
        "to disperse them.",
        "protest",
        "protest_with_intervention",
        TUE,
        "San Pedro Sula",
    ),
]


@pytest.mark.parametrize(("text", "kind", "sub_kind", "day", "place"), CASES)
def test_the_sentence_reports_the_event(
    text: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, "en", kind, day, place, sub_kind=sub_kind)


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators erected barricades of burning tyres in Lae on Monday, and police used "
        "tear gas.",
        "Protesters set up barricades in San Pedro Sula on Tuesday and police fired tear gas "
        "to disperse them.",
    ],
)
def test_barricades_and_tear_gas_are_one_protest(text: str) -> None:
    """ACLED counts one event: the protest, with the police's intervention."""
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [(e.kind, e.sub_kind) for e in events] == [("protest", "protest_with_intervention")]


def test_a_dispersal_on_another_day_stays_its_own_event() -> None:
    """The police broke up a crowd the day after it gathered: two days, two events."""
    text = (
        "Students marched through Lilongwe on Monday, and police dispersed a sit-in outside "
        "parliament on Tuesday."
    )
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [(e.sub_kind, e.date) for e in events] == [
        ("peaceful_protest", MON),
        ("protest_with_intervention", TUE),
    ]


def test_an_earlier_relative_still_takes_no_day() -> None:
    """``had`` before the relative clause's time: the looting came before the arrest."""
    text = "Police arrested two men who had looted shops in Kumasi on Monday."
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [(e.sub_kind, e.date) for e in events] == [("arrest", None)]


# the same words where nothing happened (or nothing of that day)
NON_EVENTS: list[str] = [
    # the routine after every accident: an area or a scene cordoned off
    "Police cordoned off the area around the site in Mombasa.",
    # a collapsed structure described, no event of the day
    "Traffic was diverted around the collapsed bridge in Tabasco.",
    "The collapsed bridge in Tabasco will be rebuilt next year.",
    # things confiscated that are no contraband
    "Officials in Hue confiscated their phones at the gate.",
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_the_sentence_reports_no_event(text: str) -> None:
    assert_no_event(text, "en")
