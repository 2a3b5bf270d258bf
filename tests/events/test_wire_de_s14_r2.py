"""German wire copy, session 14 round 2: an election result announced in the clause that
names the election (two events, each on its own day), and an order by a town's or a
district's own administration placed where the story just was, not at the dateline.
Written in other regions and words than the benchmark articles."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported, plain

MON, TUE, SAT = "2025-06-09", "2025-06-10", "2025-06-07"


@pytest.mark.parametrize(
    ("text", "result_day", "election_day", "place"),
    [
        (
            "Die Wahlbehörde in Nauru gab am Dienstag das Endergebnis der Parlamentswahl "
            "vom Samstag bekannt.",
            TUE,
            SAT,
            "Nauru",
        ),
        (
            "Die Wahlkommission von Malawi hat am Montag das Endergebnis der "
            "Präsidentenwahl vom vergangenen Samstag verkündet.",
            MON,
            SAT,
            "Malawi",
        ),
    ],
)
def test_a_result_announced_with_its_election_is_two_events(
    text: str, result_day: str, election_day: str, place: str
) -> None:
    assert_reported(text, "de", "election", result_day, place, sub_kind="result")
    assert_reported(text, "de", "election", election_day, place, sub_kind="election")


def test_a_result_of_something_else_is_no_election() -> None:
    events = geomap.analyze(
        "Die Polizei in Graz gab am Montag das Ergebnis der Obduktion bekannt.",
        lang="de",
        date="2025-06-11",
    ).events
    assert all(e.kind != "election" for e in events), [(e.kind, e.trigger) for e in events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "BAMAKO, 10. Juni (AFP) - Heftige Regenfälle haben am Montag die Stadt Mopti "
            "überschwemmt. Nach Angaben der Behörden starben vier Menschen. Die "
            "Bezirksverwaltung ordnete am Dienstag die Evakuierung von drei Stadtvierteln an.",
            "Mopti",
        ),
        (
            "LIMA, 10. Juni (dpa) - Ein Erdrutsch hat am Montag die Stadt Huaraz getroffen. "
            "Der Bürgermeister ordnete am Dienstag die Evakuierung zweier Stadtviertel an.",
            "Huaraz",
        ),
    ],
)
def test_a_local_administration_orders_where_the_story_is(text: str, place: str) -> None:
    events = geomap.analyze(text, lang="de", date="2025-06-10").events
    orders = [e for e in events if e.kind == "statement"]
    assert orders and all(
        e.place_name is not None and plain(place) in plain(e.place_name) for e in orders
    ), [(e.kind, e.trigger, e.place_name) for e in events]


def test_a_national_government_keeps_the_dateline() -> None:
    events = geomap.analyze(
        "BAMAKO, 10. Juni (AFP) - Heftige Regenfälle haben am Montag die Stadt Mopti "
        "überschwemmt. Die Regierung ordnete am Dienstag eine Staatstrauer an.",
        lang="de",
        date="2025-06-10",
    ).events
    orders = [e for e in events if e.kind == "statement"]
    assert orders and all(e.place_name == "Bamako" for e in orders), [
        (e.kind, e.place_name) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Im Westen Ugandas ist am Montag bei Kasese ein Damm gebrochen, mehrere Dörfer "
        "wurden überflutet.",
        "In Rumänien ist am Montag bei Galați ein Deich gebrochen, zahlreiche Felder wurden "
        "überschwemmt.",
    ],
)
def test_a_breach_and_what_it_flooded_in_one_sentence_are_one_flood(text: str) -> None:
    events = geomap.analyze(text, lang="de", date="2025-06-11").events
    assert len(events) == 1 and events[0].kind == "disaster", [(e.kind, e.trigger) for e in events]


def test_a_flood_on_a_day_of_its_own_stays_a_second_event() -> None:
    events = geomap.analyze(
        "Bei Kasese ist am Montag ein Damm gebrochen, am Dienstag wurden weitere Dörfer "
        "überflutet.",
        lang="de",
        date="2025-06-11",
    ).events
    assert len(events) == 2, [(e.kind, e.trigger, e.date) for e in events]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Im Norden Perus ist am Montag die Staumauer einer Talsperre bei Cajamarca gebrochen.",
            "Cajamarca",
        ),
        (
            "In Georgien ist am Montag der Damm eines Stausees oberhalb von Kutaissi gebrochen.",
            "Kutaissi|Kutaisi",
        ),
    ],
)
def test_a_reservoir_dam_that_broke_is_an_industrial_accident(text: str, place: str) -> None:
    assert_reported(text, "de", "accident", MON, place, sub_kind="industrial")


def test_the_area_of_a_sentence_is_the_town_it_just_named() -> None:
    events = geomap.analyze(
        "In Kaschmir hatten Bewaffnete am Sonntag ein Dorf überfallen.\n\n"
        "Nachdem Rebellen am Montag eine Kaserne in Kupwara angegriffen hatten, lieferten "
        "sich Soldaten und Rebellen am Mittwoch in dem Gebiet heftige Gefechte.",
        lang="de",
        date="2025-06-11",
    ).events
    fights = [e for e in events if e.trigger == "Gefechte"]
    assert fights and all(
        e.place_name is not None and "kupwara" in plain(e.place_name) for e in fights
    ), [(e.kind, e.trigger, e.place_name) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Nachdem Grenzsoldaten beider Länder am Sonntag bei Kalaichum aufeinander geschossen "
        "hatten, blieb die Grenze geschlossen.",
        "Milizionäre und Soldaten schossen am Sonntag in der Nähe von Abyei aufeinander.",
    ],
)
def test_two_sides_who_shot_at_each_other_clashed(text: str) -> None:
    events = geomap.analyze(text, lang="de", date="2025-06-11").events
    assert any(e.kind == "battle" and e.date == "2025-06-08" for e in events), [
        (e.kind, e.trigger, e.date) for e in events
    ]
