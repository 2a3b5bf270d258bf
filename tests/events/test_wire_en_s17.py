"""English wire copy, session 17 (issue 20): classes of the retired held-out English articles,
written in other places and words than those articles.

- a past year inside a phrase (``over a crash in 2019``) is no time of a clause that a
  recent time counted back from the report's day dates (``Two weeks ago``, ``yesterday``);
- a court that disqualified, barred or suspended someone ruled (the carrier of rulings);
- hail or wind that smashed or flattened what a crash would is the weather;
- a train blown or thrown off the tracks derailed;
- warships or coast guard vessels that sailed or patrolled close to a coast show force;
- look-alikes that report nothing: a noun a viewing verb takes something for (``see the
  vote as a test``), a bare event noun said to be common in some season, an event noun in
  a place's name (``Storm Bay``), air or rivers that meet, a demand that was met.

Kind, day and place are what a reader names.
"""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_no_event, assert_reported

DAY = "2025-06-11"  # a Wednesday
TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"

# (text, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str | None, str, str]] = [
    # a recent time counted back dates the clause; the year is the cause phrase's
    (
        "Two days ago, a court in Arusha jailed the owner of a ferry company over a sinking in "
        "2021.",
        "court",
        None,
        MON,
        "Arusha",
    ),
    (
        "A judge in Valparaíso yesterday sentenced a truck driver to five years over a pile-up "
        "in 2022.",
        "court",
        None,
        TUE,
        "Valparaiso",
    ),
    # rulings of a court on candidates, officials, licences
    (
        "On Monday, the Supreme Court in Port Moresby disqualified three candidates over forged "
        "papers.",
        "court",
        None,
        MON,
        "Port Moresby",
    ),
    (
        "A court in Cochabamba barred the former mayor from the race on Tuesday.",
        "court",
        None,
        TUE,
        "Cochabamba",
    ),
    (
        "A judge in Mombasa suspended the port authority's chief on Sunday pending an inquiry.",
        "court",
        None,
        SUN,
        "Mombasa",
    ),
    # the weather that smashed or flattened
    (
        "Hail the size of eggs smashed windscreens and greenhouses in Almería on Monday.",
        "disaster",
        "storm",
        MON,
        "Almeria",
    ),
    (
        "Gusts of up to 120 km/h flattened a market hall in Timișoara on Tuesday.",
        "disaster",
        "storm",
        TUE,
        "Timisoara",
    ),
    # a train thrown off the line
    (
        "A goods train was thrown off the tracks near Kalgoorlie on Sunday by a flash flood.",
        "accident",
        "rail",
        SUN,
        "Kalgoorlie",
    ),
    (
        "Two carriages were blown off the rails near Ushuaia on Monday, injuring four people.",
        "accident",
        "rail",
        MON,
        "Ushuaia",
    ),
    # a show of force at sea
    (
        "Two destroyers sailed through the Strait of Hormuz on Tuesday, the navy said.",
        "strategic_development",
        None,
        TUE,
        "Hormuz",
    ),
    (
        "Chinese naval vessels patrolled off the island of Palawan on Monday, Manila said.",
        "strategic_development",
        None,
        MON,
        "Palawan",
    ),
]


@pytest.mark.parametrize(("text", "kind", "sub_kind", "day", "place"), CASES)
def test_wire_en_s17(text: str, kind: str, sub_kind: str | None, day: str, place: str) -> None:
    assert_reported(text, "en", kind, day, place, sub_kind=sub_kind, date=DAY)


NON_EVENTS = [
    "Many Chileans see the referendum as a test of the new constitution.",
    "Critics regard the ruling as an attack on the free press.",
    "Wildfires are common in the hills during the July-to-October dry season.",
    "Tasmania's south lies near Storm Bay, where cold water from the south meets warm currents.",
    "The delta lies where the river meets the sea.",
    "The ministry met the teachers' demands, a spokesman said.",
    "A court in Hanoi sentenced a banker to ten years in 2019.",
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_wire_en_s17_no_event(text: str) -> None:
    assert_no_event(text, "en")


# the same look-alikes after a lead that gives the story a day and a place: the context
# must not make them events
LEAD = "HOBART, June 11 (Reuters) - Floods swept through Launceston on Tuesday, officials said. "


@pytest.mark.parametrize("text", NON_EVENTS)
def test_wire_en_s17_no_event_after_a_lead(text: str) -> None:
    events = geomap.analyze(LEAD + text, lang="en", date=DAY).events
    later = [e for e in events if (e.trigger_start or 0) >= len(LEAD)]
    assert not later, [(e.kind, e.trigger, e.date, e.place_name) for e in later]


def test_a_ferry_that_sailed_is_no_show_of_force() -> None:
    events = geomap.analyze(
        "The ferry sailed from Dover to Calais on Tuesday.", lang="en", date=DAY
    ).events
    assert not [e for e in events if e.kind == "strategic_development"], events


def test_a_storm_named_after_its_noun_is_still_an_event() -> None:
    assert_reported(
        "Typhoon Kalmaegi struck the island of Luzon on Tuesday.", "en", "disaster", TUE, "Luzon"
    )


# a named landmark the gazetteer does not know, in a paragraph that names no town: the
# dateline city's, not the town of the paragraph before
LANDMARKS = [
    (
        "TBILISI, June 11 (Reuters) - A landslide buried a road near the spa town of Borjomi "
        "on Monday.\n\nAbout 5,000 people rallied in Liberty Square on Tuesday against the "
        "new media law.",
        "protest",
        TUE,
        "Tbilisi",
    ),
    (
        "LUSAKA, June 11 (AP) - Floods cut the main road near the town of Livingstone on "
        "Sunday.\n\nPresident Mary Banda received the flood envoys at State House on Monday.",
        "meeting",
        MON,
        "Lusaka",
    ),
    (
        "QUITO, June 11 (AP) - A bus overturned near the town of Latacunga on Sunday.\n\n"
        "Hundreds of drivers gathered outside Carondelet Palace on Tuesday to demand safer "
        "roads.",
        "protest",
        TUE,
        "Quito",
    ),
]


@pytest.mark.parametrize(("text", "kind", "day", "place"), LANDMARKS)
def test_a_landmark_is_the_dateline_citys(text: str, kind: str, day: str, place: str) -> None:
    assert_reported(text, "en", kind, day, place, date=DAY)


def test_a_landmark_in_a_paragraph_naming_a_town_is_that_towns() -> None:
    assert_reported(
        "HARARE, June 11 (Reuters) - Thousands of vendors marched through Bulawayo on "
        "Monday.\n\nIn Bulawayo, police later dispersed a crowd in Unity Square on Tuesday.",
        "en",
        "protest",
        TUE,
        "Bulawayo",
    )


def test_a_private_house_is_no_site_of_the_dateline_town() -> None:
    # the site word must be a capitalised name's head: "Kofi Mensah's house" is a family's
    # home, in the town of the story, not a landmark of the dateline's city
    assert_reported(
        "ACCRA, June 11 (Reuters) - A storm tore the roofs off dozens of homes in the town of "
        "Tamale on Sunday.\n\nNeighbours gathered at Kofi Mensah's house on Monday to protest.",
        "en",
        "protest",
        MON,
        "Tamale",
    )


# (text, kind, day, place) of stories of several sentences
STORIES = [
    # a legislature votes where it sits: the dateline, not the town of the story before
    (
        "LISBON, June 11 (Reuters) - Fishermen blocked the port of Peniche on Monday.\n\n"
        "Parliament approved the fisheries law late on Tuesday by 120 votes to 98.",
        "election",
        TUE,
        "Lisbon",
    ),
    (
        "BOGOTA, June 11 (AP) - Truckers blocked the highway outside Tunja on Monday. "
        "Lawmakers passed the fuel bill on Tuesday.",
        "election",
        TUE,
        "Bogota",
    ),
    # an ordinal after the article: the landslide told before, by its short name
    (
        "KATHMANDU, June 11 (AP) - A landslide buried homes in the hill town of Dhunche late "
        "on Monday.\n\nTwo days before the first slide, a river had burst its banks near "
        "Besisahar.",
        "disaster",
        "2025-06-07",
        "Besisahar",
    ),
    # a city a country owns by a superlative: the dateline's city of that country
    (
        "LAGOS, June 11 (Reuters) - Torrential rain flooded large parts of Nigeria's largest "
        "city on Tuesday, killing at least nine people.",
        "disaster",
        TUE,
        "Lagos",
    ),
    (
        "MOMBASA, June 11 (Reuters) - Dock workers walked off the job in Kenya's main port on "
        "Monday over unpaid wages.",
        "protest",
        MON,
        "Mombasa",
    ),
]


@pytest.mark.parametrize(("text", "kind", "day", "place"), STORIES)
def test_wire_en_s17_stories(text: str, kind: str, day: str, place: str) -> None:
    assert_reported(text, "en", kind, day, place, date=DAY)


def test_a_countrys_cities_say_no_town() -> None:
    events = geomap.analyze(
        "LAGOS, June 11 (Reuters) - Floods hit Nigeria's cities on Tuesday, killing nine.",
        lang="en",
        date=DAY,
    ).events
    assert [e.place_name for e in events if e.kind == "disaster"] == ["Nigeria"], events
