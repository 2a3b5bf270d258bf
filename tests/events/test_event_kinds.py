"""The taxonomy of issue 20: kinds and sub-kinds, places chosen in a documented order, dates
with precision and interval, quantities. Sentences written for these tests (other regions,
other wording than the benchmark); places are given by hand as the geoparser would find them."""

from __future__ import annotations

from datetime import date

import pytest

from geomap.report import render_csv
from tests.events.test_events import P, events

DAY = date(2024, 5, 15)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "lang", "specs", "kind", "sub_kind", "place"),
    [
        (
            "Ein Erdbeben der Stärke 5,4 erschütterte am Dienstag die Stadt Erzurum.",
            "de",
            [P("Erzurum", "Erzurum", cc="TR")],
            "disaster",
            "earthquake",
            "Erzurum",
        ),
        (
            "A cargo train derailed near Tarnow on Tuesday.",
            "en",
            [P("Tarnow", "Tarnów", cc="PL")],
            "accident",
            "rail",
            "Tarnów",
        ),
        (
            "Riot police fired tear gas at striking teachers in Nairobi on Tuesday.",
            "en",
            [P("Nairobi", "Nairobi", cc="KE")],
            "protest",
            "protest_with_intervention",
            "Nairobi",
        ),
        (
            "In Cherson traf am Dienstagmorgen eine Drohne ein Krankenhaus.",
            "de",
            [P("Cherson", "Kherson", cc="UA")],
            "explosion_remote_violence",
            "air_drone_strike",
            "Kherson",
        ),
        (
            "Tausende demonstrierten am Dienstag in Tiflis gegen die Angriffe.",
            "de",
            [P("Tiflis", "Tbilisi", cc="GE")],
            "protest",
            "peaceful_protest",
            "Tbilisi",
        ),
        (
            "The cargo rocket lifted off from Kourou on Tuesday.",
            "en",
            [P("Kourou", "Kourou", cc="GF")],
            "launch",
            "crewed_launch",
            "Kourou",
        ),
        (
            "Police arrested 40 people in Dhaka on Tuesday.",
            "en",
            [P("Dhaka", "Dhaka", cc="BD")],
            "strategic_development",
            "arrest",
            "Dhaka",
        ),
        (
            "Ein Gericht in Graz verurteilte den Angeklagten am Dienstag zu acht Jahren Haft.",
            "de",
            [P("Graz", "Graz", cc="AT")],
            "court",
            "sentence",
            "Graz",
        ),
        (
            "Ein Fischkutter ist am Dienstag vor Bergen gekentert.",
            "de",
            [P("Bergen", "Bergen", cc="NO")],
            "accident",
            "maritime",
            "Bergen",
        ),
        (
            "Rebels and soldiers clashed near Goma on Tuesday.",
            "en",
            [P("Goma", "Goma", cc="CD")],
            "battle",
            "armed_clash",
            "Goma",
        ),
    ],
)
def test_kind_and_sub_kind(text, lang, specs, kind, sub_kind, place):
    (ev,) = events(text, specs, lang=lang, day=DAY)
    assert (ev.kind, ev.sub_kind, ev.place_name) == (kind, sub_kind, place)
    assert ev.date == "2024-05-14"


def test_a_fired_tear_gas_is_no_launch_and_a_missile_strike_no_meeting():
    text = "Police fired tear gas in Lahore on Tuesday. A missile hit a school in Sumy on Monday."
    protest, strike = events(
        text, [P("Lahore", "Lahore", cc="PK"), P("Sumy", "Sumy", cc="UA")], lang="en", day=DAY
    )
    assert protest.kind == "protest" and protest.type != "launch"
    assert strike.kind == "explosion_remote_violence" and strike.type != "meeting"


def test_a_state_protests_by_diplomacy():
    (ev,) = events(
        "Chile protestierte am Dienstag in Lima gegen die Festnahme.",
        [P("Chile", "Chile", "country", "CL"), P("Lima", "Lima", cc="PE")],
        day=DAY,
    )
    assert ev.kind == "statement"


def test_the_event_is_named_by_its_noun_and_counts_its_victims():
    (quake,) = events(
        "A magnitude 6.1 earthquake struck Mindanao on Tuesday, killing at least 12 people "
        "and injuring 140.",
        [P("Mindanao", "Mindanao", "island", "PH")],
        lang="en",
        day=DAY,
    )
    assert (quake.kind, quake.trigger) == ("disaster", "earthquake")
    assert (quake.magnitude, quake.dead, quake.injured) == (6.1, 12, 140)
    assert quake.place_precision == "region"


def test_german_numbers_with_separators_are_counts():
    (flood,) = events(
        "Das Hochwasser hat am Dienstag in Passau 1.500 Menschen obdachlos gemacht.",
        [P("Passau", "Passau", cc="DE")],
        day=DAY,
    )
    assert (flood.kind, flood.evacuated) == ("disaster", 1500)


# --- place order ----------------------------------------------------------------------


def test_feature_word_place_beats_the_sea_and_the_country():
    (ev,) = events(
        "Drones attacked the Black Sea port of Izmail on Tuesday.",
        [P("Black Sea", "Black Sea", "sea"), P("Izmail", "Izmail", cc="UA")],
        lang="en",
        day=DAY,
    )
    assert (ev.place_name, ev.place_method, ev.place_precision) == ("Izmail", "locative", "point")


def test_adjective_and_feature_word_in_german():
    (ev,) = events(
        "In der westungarischen Stadt Győr demonstrierten am Dienstag Hunderte Lehrer.",
        [
            P("westungarischen", "Hungary", "country", "HU", role="adjective"),
            P("Győr", "Győr", cc="HU"),
        ],
        day=DAY,
    )
    assert ev.place_name == "Győr"


def test_dateline_city_is_the_place_when_nothing_else_is_named():
    (ev,) = events(
        "LUSAKA, May 15 (Reuters) - Police fired tear gas at hundreds of traders on Tuesday.",
        [P("LUSAKA", "Lusaka", cc="ZM")],
        lang="en",
        day=DAY,
    )
    assert (ev.place_name, ev.place_method) == ("Lusaka", "dateline")


def test_a_place_named_in_the_clause_beats_the_dateline():
    (ev,) = events(
        "NAIROBI, May 15 (Reuters) - A car bomb exploded in Baidoa on Tuesday.",
        [P("NAIROBI", "Nairobi", cc="KE"), P("Baidoa", "Baidoa", cc="SO")],
        lang="en",
        day=DAY,
    )
    assert (ev.kind, ev.sub_kind, ev.place_name) == (
        "explosion_remote_violence",
        "remote_explosive",
        "Baidoa",
    )


def test_a_capital_named_by_description_is_that_countrys_capital():
    (ev,) = events(
        "Wien (APA) - In der ungarischen Hauptstadt demonstrierten am Dienstag Tausende.",
        [
            P("Wien", "Vienna", cc="AT"),
            P("ungarischen", "Hungary", "country", "HU", role="adjective"),
        ],
        day=DAY,
    )
    assert (ev.place_name, ev.place_method) == ("Budapest", "descriptive")
    assert ev.lat == pytest.approx(47.5, abs=0.2)


def test_the_story_place_is_carried_to_the_next_sentence():
    first, second = events(
        "Floods swept through Sylhet on Tuesday. Soldiers rescued 300 people and police "
        "arrested two looters.",
        [P("Sylhet", "Sylhet", cc="BD")],
        lang="en",
        day=DAY,
    )
    assert second.place_name == "Sylhet" and second.place_method == "carried"


def test_a_first_name_that_is_a_town_is_no_place():
    (ev,) = events(
        "Innenministerin Florence Mbeki besuchte am Dienstag Durban.",
        [P("Florence", "Florence", cc="IT"), P("Durban", "Durban", cc="ZA")],
        day=DAY,
    )
    assert ev.place_name == "Durban"
    assert ev.actors == ("Florence Mbeki",)


# --- dates ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "iso", "precision", "interval"),
    [
        ("Vor einer Woche ist in Kandy ein Hang abgerutscht.", "de", "2024-05-08", "day", None),
        ("A landslide hit Kandy a week ago.", "en", "2024-05-08", "day", None),
        (
            "Rebels clashed with soldiers near Kandy last week.",
            "en",
            "2024-05-06",
            "week",
            ("2024-05-06", "2024-05-12"),
        ),
        (
            "Anfang des Monats demonstrierten in Kandy Hunderte Studenten.",
            "de",
            "2024-05-01",
            "month",
            ("2024-05-01", "2024-05-10"),
        ),
        (
            "Floods swept through Kandy in April.",
            "en",
            "2024-04-01",
            "month",
            ("2024-04-01", "2024-04-30"),
        ),
        ("Police arrested four men in Kandy on 03/05/2024.", "en", "2024-05-03", "day", None),
    ],
)
def test_date_shapes(text, lang, iso, precision, interval):
    (ev,) = events(text, [P("Kandy", "Kandy", cc="LK")], lang=lang, day=DAY)
    assert (ev.date, ev.date_precision) == (iso, precision)
    assert ((ev.date_start, ev.date_end) if interval else (None, None)) == (
        interval or (None, None)
    )


def test_a_dateline_with_a_year_anchors_without_a_date_argument():
    (ev,) = events(
        "Dakar, 14 May 2024 — Police arrested 30 fishermen in Dakar on Monday.",
        [P("Dakar", "Dakar", cc="SN")],
        lang="en",
        day=None,
    )
    assert ev.date == "2024-05-13"


def test_two_days_earlier_counts_back_from_the_event_before():
    first, second = events(
        "A cyclone made landfall near Chittagong on Tuesday. Two days earlier, floods had "
        "swept through Cox's Bazar.",
        [P("Chittagong", "Chattogram", cc="BD"), P("Cox's Bazar", "Cox's Bazar", cc="BD")],
        lang="en",
        day=DAY,
    )
    assert (first.date, second.date) == ("2024-05-14", "2024-05-12")


# --- mood and background ----------------------------------------------------------------


def test_each_coordinated_clause_has_its_own_mood():
    evs = events(
        "The governor toured the flooded villages of Sylhet on Tuesday and said the state "
        "would rebuild every house.",
        [P("Sylhet", "Sylhet", cc="BD")],
        lang="en",
        day=DAY,
    )
    assert [(e.type, e.place_name) for e in evs] == [("meeting", "Sylhet")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Bangladesh is hit by about ten cyclones a year.", "en"),
        ("More than 900 people have been killed in Sylhet since the fighting began.", "en"),
        ("Sylhet war bereits 2004 von einem schweren Hochwasser verwüstet worden.", "de"),
        ("Die Zahl der Anschläge in Sylhet ist stark gesunken.", "de"),
        ("The next general election in Sylhet is due in spring.", "en"),
        ("Die kommenden Proteste in Sylhet gelten als Test für die Regierung.", "de"),
    ],
)
def test_background_is_no_event(text, lang):
    assert events(text, [P("Sylhet", "Sylhet", cc="BD")], lang=lang, day=DAY) == ()


# --- output -----------------------------------------------------------------------------


def test_events_csv_uses_acled_column_names():
    from geomap.model import Analysis
    from tests.support.events import document

    text = "Police arrested 12 people in Dhaka on Tuesday."
    evs = events(text, [P("Dhaka", "Dhaka", cc="BD")], lang="en", day=DAY)
    out = render_csv([Analysis(document=document(text, "en"), events=evs)], what="events")
    header, row = out.splitlines()[:2]
    cols = header.split(",")
    for name in ("event_date", "event_type", "sub_event_type", "location", "geo_precision"):
        assert name in cols
    cells = dict(zip(cols, row.split(","), strict=False))
    assert (cells["event_date"], cells["event_type"], cells["location"]) == (
        "2024-05-14",
        "strategic_development",
        "Dhaka",
    )
