"""English wire copy from regions the dev split lacked (session 14, issue 20): the classes the
fourteenth session's new dev articles missed, written here in other places and words than
those articles, on several continents.

- groups a wire story counts that block a road protest (``Hundreds of teachers blocked the
  highway``), as protesters and farmers did before;
- the arrests a dispersal ends with, told by a participle (``..., arresting 25 people``);
- a boat seized by soldiers or coast guards (a carrier's nouns are read a word at a time, so
  ``fishing boat*`` alone never matched);
- the walls, pits and tunnels of a mine that collapsed;
- a fire or a blaze that broke out or started names the event (the gold names the noun, as
  for ``A drone strike hit``); prisoners who broke out keep the verb;
- an absolute phrase after a comma (``..., most of them arrested for ...``) describes the
  people counted and reports no arrest.

Rows written before the words were added; kind, day and place are what a reader names.
"""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported

DAY = "2025-06-11"  # a Wednesday
TUE, MON = "2025-06-10", "2025-06-09"

# (text, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[object] = [
    # crowds that block a road
    (
        "Hundreds of teachers blocked the main highway into Cochabamba on Monday to demand "
        "higher pay.",
        "protest",
        "peaceful_protest",
        MON,
        "Cochabamba",
    ),
    (
        "Nurses blockaded the entrance to the regional hospital in Kisumu on Tuesday.",
        "protest",
        "peaceful_protest",
        TUE,
        "Kisumu",
    ),
    (
        "Angry mothers barricaded a road outside a school in Pokhara on Tuesday.",
        "protest",
        "peaceful_protest",
        TUE,
        "Pokhara",
    ),
    (
        "Herders blocked a highway near Erdenet on Monday in a dispute over grazing fees.",
        "protest",
        "peaceful_protest",
        MON,
        "Erdenet",
    ),
    (
        "Street vendors blocked roads in central Lima on Tuesday after the city banned their "
        "stalls.",
        "protest",
        "peaceful_protest",
        TUE,
        "Lima",
    ),
    # arrests told by a participle after the clause
    (
        "Riot police broke up a sit-in outside parliament in Kinshasa on Tuesday, arresting 25 "
        "people.",
        "strategic_development",
        "arrest",
        TUE,
        "Kinshasa",
    ),
    (
        "Security forces dispersed a rally in Tbilisi on Monday, detaining dozens of students.",
        "strategic_development",
        "arrest",
        MON,
        "Tbilisi",
    ),
    (
        "Police raided an opposition office in Harare on Tuesday, arresting its spokesman.",
        "strategic_development",
        "arrest",
        TUE,
        "Harare",
    ),
    # boats seized
    (
        "Coast guards seized a Vietnamese fishing boat off Palawan on Tuesday.",
        "strategic_development",
        "other",
        TUE,
        "Palawan",
    ),
    (
        "Soldiers seized two speedboats near Cox's Bazar on Monday.",
        "strategic_development",
        "other",
        MON,
        "Cox",
    ),
    (
        "Marines seized a boat carrying 40 migrants near Nouadhibou on Tuesday.",
        "strategic_development",
        "other",
        TUE,
        "Nouadhibou",
    ),
    # a mine's walls, pits and tunnels that collapsed
    (
        "The walls of a quarry pit collapsed near Jaipur on Monday, burying three workers.",
        "accident",
        "industrial",
        MON,
        "Jaipur",
    ),
    (
        "A gold pit collapsed near Siguiri on Tuesday, killing eight miners.",
        "accident",
        "industrial",
        TUE,
        "Siguiri",
    ),
    (
        "Tunnels of an illegal mine collapsed near Kolwezi on Monday, trapping 12 diggers.",
        "accident",
        "industrial",
        MON,
        "Kolwezi",
    ),
]


@pytest.mark.parametrize(("text", "kind", "sub_kind", "day", "place"), CASES)
def test_the_sentence_reports_its_kind(
    text: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, "en", kind, day, place, sub_kind)


# Second round: prisoner exchanges, hackers who attacked, riot police (a kind of police, no
# riot). (text, kind, sub_kind, day, place)
ROUND2: list[object] = [
    (
        "Colombia and Venezuela exchanged 40 prisoners at a border bridge near Cucuta on Tuesday.",
        "strategic_development",
        "other",
        TUE,
        "Cucuta",
    ),
    (
        "Rebels and the army swapped 25 captives near Bunia on Monday, the Red Cross said.",
        "strategic_development",
        "other",
        MON,
        "Bunia",
    ),
    (
        "A prisoner exchange took place in Muscat on Tuesday.",
        "strategic_development",
        "other",
        TUE,
        "Muscat",
    ),
    (
        "Hackers attacked the servers of the electoral commission in Lusaka on Monday.",
        "strategic_development",
        "other",
        MON,
        "Lusaka",
    ),
    (
        "Riot police broke up a march by pensioners in Asuncion on Tuesday.",
        "protest",
        "protest_with_intervention",
        TUE,
        "Asuncion",
    ),
    (
        "In Bishkek, riot police broke up a rally outside the mayor's office on Monday.",
        "protest",
        "protest_with_intervention",
        MON,
        "Bishkek",
    ),
]


@pytest.mark.parametrize(("text", "kind", "sub_kind", "day", "place"), ROUND2)
def test_the_sentence_reports_its_kind_round2(
    text: str, kind: str, sub_kind: str, day: str, place: str
) -> None:
    assert_reported(text, "en", kind, day, place, sub_kind)


ROUND2_NOT: list[tuple[str, str]] = [
    ("Riot police broke up a march by pensioners in Asuncion on Tuesday.", "riot"),
    ("The two foreign ministers exchanged views in Baku on Tuesday.", "strategic_development"),
    ("Gunmen attacked a police station in Zaria on Tuesday.", "strategic_development"),
]


@pytest.mark.parametrize(("text", "kind"), ROUND2_NOT)
def test_the_sentence_reports_not_this_kind_round2(text: str, kind: str) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [e.kind for e in events if e.kind == kind] == []


# (text, trigger a reader names, kind, day, place)
NAMED: list[object] = [
    (
        "A fire broke out at a textile mill in Faisalabad on Monday, killing four workers.",
        "fire",
        "accident",
        MON,
        "Faisalabad",
    ),
    ("A blaze broke out in a market in Onitsha on Tuesday.", "blaze", "accident", TUE, "Onitsha"),
    (
        "A fire started in a hospital ward in Bucharest on Tuesday night.",
        "fire",
        "accident",
        TUE,
        "Bucharest",
    ),
    (
        "Hundreds of prisoners broke out of a jail in Port Harcourt on Tuesday.",
        "broke",
        "strategic_development",
        TUE,
        "Port Harcourt",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "day", "place"), NAMED)
def test_the_event_is_named_by_what_broke_out(
    text: str, trigger: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, "en", kind, day, place)
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [e.trigger.split()[0].casefold() for e in events if e.kind == kind] == [trigger]


# Sentences with the same words that report no event.
NON_EVENTS: list[str] = [
    "Some 400 migrants are held in camps near Tripoli, most of them detained at sea.",
    "Dozens of journalists are in prison in the country, many of them arrested under "
    "anti-terror laws.",
    "About 60 fishermen remain in jails across the border, several of them seized off Jaffna.",
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_the_sentence_reports_no_event(text: str) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [(e.kind, e.trigger, e.place_name) for e in events] == []


# (text, the kind it must not report, and its sub-kind when only that one is ruled out)
NOT_THIS_KIND: list[tuple[str, str, str | None]] = [
    # a road a landslide blocked reports no protest, with teachers in the clause
    ("A landslide blocked the road to Pokhara on Tuesday, stranding teachers.", "protest", None),
    # the arresting officer is an adjective
    (
        "The arresting officer told a court in Accra on Tuesday that he had found nothing.",
        "strategic_development",
        "arrest",
    ),
    # talks that collapsed name nothing that fell
    ("Talks between the two parties collapsed in Nairobi on Tuesday.", "accident", None),
]


@pytest.mark.parametrize(("text", "kind", "sub_kind"), NOT_THIS_KIND)
def test_the_sentence_reports_not_this_kind(text: str, kind: str, sub_kind: str | None) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    got = [(e.kind, e.sub_kind, e.trigger) for e in events]
    assert not [g for g in got if g[0] == kind and sub_kind in (None, g[1])], got


def test_an_absolute_phrase_adds_no_second_arrest() -> None:
    text = (
        "Police detained 40 people in Lagos on Tuesday, most of them arrested near the "
        "governor's office."
    )
    events = geomap.analyze(text, lang="en", date=DAY).events
    arrests = [(e.trigger, e.date, e.place_name) for e in events if e.sub_kind == "arrest"]
    assert arrests == [("detained", TUE, "Lagos")]


# Where it happened, by the phrase's role (session 14): a court's own town beats the town of
# the crime it tried; an agreement's plan after "to" is not where it was signed; a district
# before "near the ... border" beats the border line; a sea before "island nation" is a kind
# of country; "the same crossing" points back to the border crossing named before; results
# released are published, nobody is set free.
# (text, kind, day, place a reader names)
PLACES: list[object] = [
    (
        "A military court in Kindia sentenced a former officer to 20 years on Tuesday for the "
        "massacre of villagers in the mining town of Boke.",
        "court",
        TUE,
        "Kindia",
    ),
    (
        "A tribunal in Arusha convicted two militia leaders on Monday over killings in the "
        "town of Kibuye.",
        "court",
        MON,
        "Arusha",
    ),
    (
        "The prime ministers of Armenia and Georgia signed an agreement in Tbilisi on Tuesday to "
        "build a highway to the Black Sea port of Batumi.",
        "strategic_development",
        TUE,
        "Tbilisi",
    ),
    (
        "MONTEVIDEO, June 11 (Reuters) - Uruguay and Paraguay signed a deal on Monday to extend "
        "a waterway to the river port of Asuncion.",
        "strategic_development",
        MON,
        "Montevideo",
    ),
    # a place in the plan's words after another preposition still places the signing
    (
        "The two leaders signed a deal to end the war at a ceremony in Doha on Tuesday.",
        "strategic_development",
        TUE,
        "Doha",
    ),
    (
        "Soldiers killed nine militants in a raid in Khost near the Pakistani border on Tuesday.",
        "battle",
        TUE,
        "Khost",
    ),
    (
        "TARAWA, June 11 (AFP) - Voters in Tuvalu went to the polls on Monday across the Pacific "
        "island nation.",
        "election",
        MON,
        "Tuvalu",
    ),
    (
        "Kenyan police handed over 12 Ugandan fishermen at the Busia border crossing on Tuesday. "
        "Uganda freed eight Kenyans at the same crossing on Monday.",
        "strategic_development",
        MON,
        "Busia",
    ),
]


@pytest.mark.parametrize(("text", "kind", "day", "place"), PLACES)
def test_the_event_is_placed_by_its_phrase(text: str, kind: str, day: str, place: str) -> None:
    assert_reported(text, "en", kind, day, place)


def test_results_released_set_nobody_free() -> None:
    text = "The ruling party won 40 seats in Apia, according to results released on Monday."
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [e.trigger for e in events if e.sub_kind == "other"] == []
    assert [e.kind for e in events] == ["election"]
