"""Which place of its sentence an event happened at, and which sentences report none: the
classes of the session-19 dev batch whose sentences name two to four places
(docs/events.md, "Sentences with two to four places (session 19, h19-events)"). Sentences
of our own, with other towns and wording than the dev articles that showed each class."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import first_event_place, plain

DAY = "2026-10-07"  # a Wednesday


def _events(lang: str, text: str):
    return geomap.analyze(text, lang=lang, date=DAY).events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "An injured climber was flown to a hospital in Bern on Sunday."),
        ("en", "Two of the burned workers were airlifted to the burns unit in Lyon."),
        (
            "de",
            "Ein verletzter Bergsteiger wurde mit einem Hubschrauber in ein Krankenhaus nach "
            "Innsbruck geflogen.",
        ),
        ("de", "Drei Verletzte wurden in eine Spezialklinik nach Graz gebracht."),
    ],
)
def test_a_wounded_person_taken_to_hospital_is_no_journey(lang, text):
    assert [e.kind for e in _events(lang, text) if e.kind == "travel"] == []


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        # a journey is still a journey, also when a hospital is visited after it
        ("en", "The health minister flew to Bern on Monday and visited a hospital.", "Bern"),
        ("de", "Die Gesundheitsministerin flog am Montag nach Innsbruck.", "Innsbruck"),
    ],
)
def test_a_journey_stays_a_journey(lang, text, place):
    events = _events(lang, text)
    assert any(e.kind == "travel" and plain(e.place_name or "") == plain(place) for e in events)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Floods cut off villages in the Tyrol most summers."),
        ("en", "Avalanches bury roads in the Alps most winters."),
    ],
)
def test_most_seasons_is_a_habit(lang, text):
    assert _events(lang, text) == ()


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "North Korea fired two missiles from near Wonsan on Monday, according to the "
            "military in Seoul.",
            "Wonsan",
        ),
        (
            "de",
            "Nordkorea feuerte am Montag nach Angaben des Militärs in Seoul zwei Raketen aus der "
            "Nähe von Wonsan ab.",
            "Wonsan",
        ),
        (
            "de",
            "In Gyumri gingen am Montag Tausende auf die Straße. Die Polizei nahm dort nach "
            "Angaben des Innenministeriums in Eriwan 20 Demonstranten fest.",
            "Gyumri",
        ),
        # the noun after a source phrase is the object, not the source's seat
        (
            "de",
            "Nach palästinensischen Angaben griff die Luftwaffe am Montag ein Lager in Rafah an.",
            "Rafah",
        ),
    ],
)
def test_the_seat_of_a_source_is_not_the_place(lang, text, place):
    events = _events(lang, text)
    assert plain(events[-1].place_name or "") == plain(place), [
        (e.kind, e.place_name) for e in events
    ]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "In Fresno, farmers rallied on Monday against water cuts ordered by officials in "
            "Sacramento.",
            "Fresno",
        ),
        (
            "en",
            "In Rotterdam, the port city of South Holland, about 300 dockers protested on Monday "
            "against a reform decided in The Hague.",
            "Rotterdam",
        ),
        (
            "de",
            "In Graz demonstrierten am Montag Hunderte gegen ein Verbot, das die Regierung in Wien "
            "beschlossen hatte.",
            "Graz",
        ),
        # alone in the sentence, the target's town still places the protest
        ("en", "Nurses protested on Monday against the closure of a hospital in Porto.", "Porto"),
    ],
)
def test_what_a_protest_is_against_yields_to_where_it_was_held(lang, text, place):
    assert plain(first_event_place(lang, text, DAY) or "") == plain(place)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Fishermen protested in Galway on Monday against a wind farm planned off Clifden.",
            "Galway",
        ),
        ("Villagers marched in Braga on Sunday against a mine expected near Chaves.", "Braga"),
    ],
)
def test_a_participle_after_its_noun_keeps_the_protest(text, place):
    assert plain(first_event_place("en", text, DAY) or "") == plain(place)


@pytest.mark.parametrize(
    "text",
    [
        "Protests planned for Friday in Galway were called off.",
        "Farmers will protest in Braga against a mine planned near Chaves.",
    ],
)
def test_a_planned_protest_stays_a_plan(text):
    assert _events("en", text) == ()


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Police in Leeds arrested a man on Friday over a stabbing at a bus station in "
            "Bradford last month.",
            "Leeds",
        ),
        (
            "de",
            "Die Polizei in Graz nahm am Montag einen Mann wegen eines Überfalls in Linz fest.",
            "Graz",
        ),
        (
            "en",
            "Police in Leeds arrested a man in York on Friday over a robbery in Hull.",
            "York",
        ),
    ],
)
def test_an_arrests_reason_is_not_where_it_was_made(lang, text, place):
    assert plain(first_event_place(lang, text, DAY) or "") == plain(place)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "A tanker caught fire on the Rhine bridge between Kehl and Strasbourg on Monday.",
            ("Kehl", "Strasbourg"),
        ),
        ("A bus overturned on the Rhine bridge near Basel on Monday.", ("Basel",)),
    ],
)
def test_a_river_naming_a_bridge_yields_to_its_towns(text, places):
    got = plain(first_event_place("en", text, DAY) or "")
    assert got in {plain(p) for p in places}, got


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "Der Fahrer, der in Linz wohnt, wurde am Freitag am Bahnhof von Salzburg festgenommen.",
            "Salzburg",
        ),
        (
            "en",
            "The pilot, who comes from Porto, was detained at the airport in Faro on Friday.",
            "Faro",
        ),
    ],
)
def test_a_relative_aside_yields_to_the_events_own_place(lang, text, place):
    assert plain(first_event_place(lang, text, DAY) or "") == plain(place)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The quake was the strongest since the 2016 quake, which killed 300 people in "
            "Amatrice.",
        ),
        (
            "de",
            "Es war das stärkste Beben seit dem Beben von 2016, das in Amatrice 300 Menschen "
            "getötet hatte.",
        ),
        ("de", "Es war das schwerste Hochwasser seit 2002, als die Elbe Dresden überflutete."),
    ],
)
def test_a_relative_clause_after_a_dated_noun_is_a_comparison(lang, text):
    assert _events(lang, text) == ()


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "Ein Fischkutter lief am Montag vor Burgas auf eine Treibmine.", "Burgas"),
        ("de", "Ein Frachter ist am Sonntag vor Mykolajiw auf eine Seemine gelaufen.", "Mykola"),
        ("en", "A truck ran over a landmine near Gao on Monday, killing two soldiers.", "Gao"),
    ],
)
def test_a_ship_or_a_truck_that_ran_onto_a_mine_is_a_mine_strike(lang, text, place):
    events = _events(lang, text)
    assert any(
        e.kind == "explosion_remote_violence"
        and e.sub_kind == "remote_explosive"
        and plain(place) in plain(e.place_name or "")
        for e in events
    ), [(e.kind, e.sub_kind, e.place_name) for e in events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The company ran a gold mine near Obuasi until 2019."),
        ("de", "Der Tanker lief am Montag in den Hafen von Burgas ein."),
    ],
)
def test_ran_alone_reports_no_mine_strike(lang, text):
    assert [e for e in _events(lang, text) if e.kind == "explosion_remote_violence"] == []


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "Nahe der Grenze zu Ungarn stießen am Montag bei Sopron zwei Lastwagen zusammen.",
            "Sopron",
        ),
        (
            "de",
            "Unweit der Grenze zu Tschechien brach am Montag bei Passau ein Waldbrand aus.",
            "Passau",
        ),
        ("en", "Two lorries collided near the Hungarian border at Sopron on Monday.", "Sopron"),
    ],
)
def test_a_border_yields_to_the_town_it_locates(lang, text, place):
    assert plain(first_event_place(lang, text, DAY) or "") == plain(place)


def test_a_border_alone_still_places_the_event():
    assert (
        first_event_place("en", "Gunmen attacked a patrol near the Malian border on Monday.", DAY)
        is not None
    )


def test_a_soldier_flown_from_a_town_to_hospital_is_no_journey():
    text = "A wounded soldier was flown from Kayes to a hospital in Dakar on Tuesday."
    assert [e for e in _events("en", text) if e.kind == "travel"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The cyclone, the strongest in two decades, hit Sittwe on Monday.", "Sittwe"),
        (
            "The flood, the worst since a storm devastated Jacmel in 2008, swamped Les Cayes on "
            "Tuesday.",
            "Les Cayes",
        ),
        ("Typhoon Koinu, the strongest storm this year, lashed Hualien on Monday.", "Hualien"),
        ("The tremor, which was felt in Lima, struck near Ica on Monday.", "Ica"),
    ],
)
def test_an_aside_between_an_event_noun_and_its_predicate_is_passed_over(text, place):
    assert plain(place) in plain(first_event_place("en", text, DAY) or "")


def test_a_relative_aside_after_the_subject_yields_in_english():
    text = "The courier, who lives in Arequipa, was arrested in Tacna on Friday."
    assert plain(first_event_place("en", text, DAY) or "") == plain("Tacna")


@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "The ferry, which had sailed from Mwanza, sank off Bukoba on Monday.",
            "accident",
            "Bukoba",
        ),
        (
            "en",
            "The plane, a Cessna owned by a mining firm, crashed near Mbeya on Monday.",
            "accident",
            "Mbeya",
        ),
        (
            "en",
            "The bus, carrying 40 passengers from Dodoma, plunged into a ravine near Iringa on "
            "Monday.",
            "accident",
            "Iringa",
        ),
        (
            "de",
            "Die Fähre, die in Mwanza abgelegt hatte, sank am Montag vor Bukoba.",
            "accident",
            "Bukoba",
        ),
    ],
)
def test_a_carrier_reads_its_subject_across_an_aside(lang, text, kind, place):
    events = _events(lang, text)
    assert any(e.kind == kind and plain(place) in plain(e.place_name or "") for e in events), [
        (e.kind, e.place_name) for e in events
    ]


def test_a_subject_with_no_carrier_noun_stays_no_event():
    text = "The president, who was elected in 2022, struck a deal with rebels in Mbeya on Monday."
    assert [e for e in _events("en", text) if e.kind in ("accident", "disaster")] == []


@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "Police in Leeds arrested a man on Friday over a stabbing at a bus station in "
            "Bradford last week.",
            "violence_against_civilians",
            "Bradford",
        ),
        (
            "de",
            "Die Polizei in Graz nahm am Dienstag einen Mann wegen eines Messerangriffs in Linz "
            "vergangene Woche fest.",
            "violence_against_civilians",
            "Linz",
        ),
    ],
)
def test_an_arrests_reason_with_its_own_time_is_an_event_of_its_own(lang, text, kind, place):
    events = _events(lang, text)
    assert any(e.kind == kind and plain(place) in plain(e.place_name or "") for e in events), [
        (e.kind, e.place_name) for e in events
    ]
    assert any(e.kind == "strategic_development" for e in events)


def test_an_arrests_reason_with_no_place_of_the_arrest_stays_its_place():
    text = "Police arrested a man on Tuesday over a bombing in Kandy on Sunday."
    events = _events("en", text)
    arrest = next(e for e in events if e.kind == "strategic_development")
    assert plain(arrest.place_name or "") == plain("Kandy")


def test_a_coordinated_part_keeps_its_siblings_town_over_a_fronted_country():
    text = "In Tanzania, police in Arusha arrested two men and charged them with fraud on Monday."
    events = _events("en", text)
    charge = next(e for e in events if e.kind == "court")
    assert plain(charge.place_name or "") == plain("Arusha"), [
        (e.kind, e.place_name) for e in events
    ]
