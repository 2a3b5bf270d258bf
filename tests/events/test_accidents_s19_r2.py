"""Accidents of every mode in shapes the held-out split had and dev lacked: the classes of the
accident batch of session 19, round 2 (docs/events.md, "Accidents of every mode (session 19,
round 2)"). Sentences of our own, with other towns and wording than the dev articles that
showed each class."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2026-10-07"  # a Wednesday


def _events(lang: str, text: str):
    return geomap.analyze(text, lang=lang, date=DAY).events


def _where(events, kind: str) -> list[str]:
    return [plain(e.place_name or "") for e in events if e.kind == kind]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a route's destination, then a road, then a short distance from a town: the town
        (
            "en",
            "A minibus travelling from Lima to Huancayo overturned on the Central Highway, "
            "20 km from Matucana, on Sunday.",
            "Matucana",
        ),
        # a road between two towns, then a short distance before one of them: that one
        (
            "de",
            "Ein Lastwagen verunglückte am Montag auf der Straße zwischen Linz und Salzburg, "
            "acht Kilometer vor Linz.",
            "Linz",
        ),
        (
            "en",
            "A coach crashed on the road between Graz and Vienna on Monday, 10 km from Graz.",
            "Graz",
        ),
    ],
)
def test_a_short_distance_after_the_clause_places_the_accident(lang, text, place):
    assert plain(place) in _where(_events(lang, text), "accident")


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # right after the event's own town, the distance says where that town lies, as
        # written, and the town stays the place
        (
            "en",
            "A gas cylinder exploded at a market in Kassala, about 30 km from Gedaref, on Tuesday.",
            "Kassala",
        ),
        # a distance the town fits (Alkmaar lies some 35 km from Amsterdam)
        (
            "en",
            "A train hit a tractor near Alkmaar, about 35 km from Amsterdam, on Monday.",
            "Alkmaar",
        ),
    ],
)
def test_a_distance_said_of_the_events_own_town_keeps_it(lang, text, place):
    assert _where(_events(lang, text), "accident") == [plain(place)]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "Ein Reisebus stürzte am Montag bei Lienz in eine Schlucht. In Villach brannte am "
            "Dienstag eine Lagerhalle ab. Erst im März war ein Kleinbus auf derselben Straße "
            "verunglückt.",
            "Lienz",
        ),
        (
            "en",
            "A lorry overturned near Tarija on Monday. A fire broke out at a sawmill in Sucre "
            "on Tuesday. In March, a bus had crashed on the same road.",
            "Tarija",
        ),
    ],
)
def test_the_same_road_is_the_road_of_the_last_crash(lang, text, place):
    last = _events(lang, text)[-1]
    assert last.kind == "accident" and plain(last.place_name or "") == plain(place), [
        (e.kind, e.trigger, e.place_name) for e in _events(lang, text)
    ]


@pytest.mark.parametrize(
    ("lang", "text", "sub_kind"),
    [
        (
            "en",
            "A trawler from Peterhead has been missing in the North Sea since Friday.",
            "maritime",
        ),
        (
            "en",
            "A light aircraft carrying four people went missing over the Andes on Thursday.",
            "air",
        ),
        ("de", "Ein Fischkutter aus Husum wird seit Freitag in der Nordsee vermisst.", "maritime"),
        ("de", "Ein Hubschrauber ist seit Montag über den Alpen verschollen.", "air"),
    ],
)
def test_a_vessel_or_an_aircraft_that_is_missing_is_an_accident(lang, text, sub_kind):
    events = _events(lang, text)
    assert [(e.kind, e.sub_kind) for e in events] == [("accident", sub_kind)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Twelve passengers are still missing, the coast guard said."),
        ("de", "Zwei Seeleute werden noch vermisst, teilte die Küstenwache mit."),
    ],
)
def test_people_who_are_missing_are_a_toll_not_an_event(lang, text):
    assert _events(lang, text) == ()


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "In einer Kupferhütte bei Kitwe explodierte am Montag ein Hochofen.", "Kitwe"),
        ("en", "A furnace exploded at a steel mill in Jamshedpur on Monday.", "Jamshedpur"),
        ("en", "A transformer exploded at a substation in Mombasa on Monday.", "Mombasa"),
    ],
)
def test_a_furnace_or_a_transformer_that_exploded_is_an_industrial_accident(lang, text, place):
    events = _events(lang, text)
    assert [(e.kind, e.sub_kind, plain(e.place_name or "")) for e in events] == [
        ("accident", "industrial", plain(place))
    ]


def test_a_fire_that_gutted_a_building_is_named_by_its_noun():
    events = _events("en", "A fire gutted a textile warehouse in Karachi on Monday.")
    assert [(e.kind, e.trigger) for e in events] == [("accident", "fire")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the bus had been inspected in March.",
        "Engineers inspected the crane after the accident.",
    ],
)
def test_a_vehicle_or_a_machine_inspected_is_no_visit(text):
    assert [e.kind for e in _events("en", text) if e.kind == "meeting"] == []


def test_an_official_who_inspected_shelters_still_visited():
    events = _events("en", "The governor inspected flood shelters in Kassala on Monday.")
    assert [(e.kind, plain(e.place_name or "")) for e in events] == [("meeting", "kassala")]
