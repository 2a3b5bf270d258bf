"""German protest copy on unseen wording (session 24, round 2, h24-evde; docs/events.md,
"German protest copy (session 24, round 2, h24-evde)"). Sentences of our own, other towns
and other wording than the eight dev articles that found each class, with look-alikes that
must not change.

- A count of people written with four digits is no past year (``protestierten 2000
  Lehrer``); after a preposition it still is (``Im Jahr 2019``).
- A crowd that ``zog durch die Innenstadt`` protests (a carrier with a preposition); a
  storm, tourists, a procession, a crowd celebrating a victory do not.
- A call for protests (``Ein Aufruf zu Protesten``) reports none; those who followed it and
  marched do.
- Arson ``bei Protesten`` is a riot; arson alone stays property destruction.
- A regional ministry (``Regionalministerium``) stands in its region, not in the capital.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-06-10"  # a Wednesday: Montag is 2026-06-08, Dienstag 2026-06-09


def _events(text: str) -> list[geomap.Event]:
    return list(geomap.analyze(text, lang="de", date=DAY).events)


def _seen(events: list[geomap.Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.trigger, e.kind, e.place_name) for e in events]


# (text, trigger, kind, day, place): the event that must be read
FOUND = [
    # a four-digit count of people
    (
        "Die Ärzte streikten am Montag in Graz. In Linz protestierten 2000 Pflegekräfte vor "
        "dem Landhaus.",
        "protestierten",
        "protest",
        "2026-06-08",
        "Linz",
    ),
    (
        "Die Lehrer streikten am Montag in Graz. In Kattowitz demonstrierten 1950 Bergarbeiter "
        "gegen die Schließung.",
        "demonstrierten",
        "protest",
        "2026-06-08",
        "Katowice",
    ),
    # a crowd that marched through the town
    (
        "In Kaunas zogen am Montag mehrere Tausend Menschen durch die Straßen.",
        "zogen",
        "protest",
        "2026-06-08",
        "Kaunas",
    ),
    (
        "Am Dienstag zogen Hunderte Studenten mit Fackeln durch die Altstadt von Brünn.",
        "zogen",
        "protest",
        "2026-06-09",
        "Brno",
    ),
    # the march itself, a protest noun, names the event
    (
        "Am Dienstag zog ein Protestzug mit 4000 Teilnehmern durch das Zentrum von Klausenburg.",
        "Protestzug",
        "protest",
        "2026-06-09",
        "Cluj-Napoca",
    ),
    # the verb after a call is still reported
    (
        "Tausende folgten am Dienstag in Kumasi dem Aufruf zu Protesten und gingen auf die Straße.",
        "gingen auf die Straße",
        "protest",
        "2026-06-09",
        "Kumasi",
    ),
    # arson during protests
    (
        "Bei Demonstrationen gegen die Regierung wurde am Montag in Kumasi ein Parteibüro in "
        "Brand gesteckt.",
        "Brand gesteckt",
        "riot",
        "2026-06-08",
        "Kumasi",
    ),
    # a regional ministry in its own region's town
    (
        "In Trujillo folgten am Dienstag Hunderte Ärzte einem Aufruf ihrer Gewerkschaft und "
        "protestierten vor dem Regionalministerium für Gesundheit.",
        "protestierten",
        "protest",
        "2026-06-09",
        "Trujillo",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "day", "place"), FOUND)
def test_protest_copy_is_read(text: str, trigger: str, kind: str, day: str, place: str) -> None:
    events = _events(text)
    hits = [e for e in events if e.trigger == trigger]
    assert len(hits) == 1, _seen(events)
    assert (hits[0].kind, hits[0].date, hits[0].place_name) == (kind, day, place)


# look-alikes that report no event of the kind named
NOT_FOUND = [
    # a year after a preposition stays a year: history
    ("Im Jahr 2019 protestierten Lehrer in Breslau.", "protest"),
    # a storm, tourists, a procession and a celebrating crowd march for no protest
    ("Am Dienstag zog ein Sturm durch die Region um Posen.", "protest"),
    ("Am Dienstag zogen Tausende Touristen durch die Altstadt von Krakau.", "protest"),
    ("Am Dienstag zog eine Prozession mit Tausenden Gläubigen durch die Altstadt.", "protest"),
    (
        "Nach dem Sieg zogen am Dienstag Tausende Menschen jubelnd durch die Innenstadt von "
        "Buenos Aires.",
        "protest",
    ),
    # a call for protests, a strike
    ("Ein Aufruf zu landesweiten Protesten am Freitag verbreitete sich im Netz.", "protest"),
    ("Die Opposition verbreitete am Montag Aufrufe zum Generalstreik.", "protest"),
]


@pytest.mark.parametrize(("text", "kind"), NOT_FOUND)
def test_look_alikes_report_no_such_event(text: str, kind: str) -> None:
    assert not [e for e in _events(text) if e.kind == kind], _seen(_events(text))


def test_arson_alone_stays_property_destruction() -> None:
    events = _events("Unbekannte haben am Montag in Kumasi ein Parteibüro in Brand gesteckt.")
    assert [(e.kind, e.sub_kind) for e in events] == [("strategic_development", "looting")]


def test_a_national_ministry_still_stands_in_the_capital() -> None:
    events = _events(
        "In Peru protestierten am Dienstag Hunderte Lehrer vor dem Bildungsministerium."
    )
    assert [(e.trigger, e.place_name) for e in events] == [("protestierten", "Lima")]


def test_a_march_and_its_purpose_are_one_protest() -> None:
    events = _events(
        "In Feldkirch zogen am Montag rund 700 Menschen durch die Altstadt, um gegen die "
        "Schließung der Klinik zu protestieren."
    )
    assert [(e.kind, e.date, e.place_name) for e in events] == [
        ("protest", "2026-06-08", "Feldkirch")
    ], _seen(events)


def test_a_march_noun_names_the_march() -> None:
    events = _events("Am Montag zogen Taxifahrer mit einem Autokorso durch Innsbruck.")
    assert [(e.trigger, e.place_name) for e in events] == [("Autokorso", "Innsbruck")]
