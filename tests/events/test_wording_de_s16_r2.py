"""German wire wording of the kinds whose held-out events were least often found (issue 20,
session 16, round 2): police who carry protesters away (``trug ... weg``, ``wurden ...
weggetragen``), a boycott as a protest, a gas explosion named by its gas
(``Erdgasexplosion``), an appeal rejected in the passive, a coach off the carriageway
(``Fahrbahn``: a road, not a runway), weapons or drugs seized (``beschlagnahmt``), a prison
or a building stormed by soldiers or security forces (a raid, a strategic development,
unless the clause reports armed resistance), two acts of an authority joined in one
sentence (a raid and an arrest, a raid and hostages freed: two events), and a road blocked
by people named in the dative after ``von`` (``ist seit Dienstag von Fischern
blockiert``). Each row is read by the whole pipeline; places and words are of no benchmark
article. The look-alikes stay without an event."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_no_event, assert_reported  # DAY: Wed 2025-06-11

REPORTED: list[tuple[str, str, str | None, str, str]] = [
    # police who carry protesters away
    (
        "Die Polizei trug am Dienstag in Wien mehrere Klimaaktivisten weg.",
        "protest",
        "protest_with_intervention",
        "2025-06-10",
        "Vienna|Wien",
    ),
    (
        "Die Demonstranten wurden am Montag in Innsbruck von der Polizei weggetragen.",
        "protest",
        "protest_with_intervention",
        "2025-06-09",
        "Innsbruck",
    ),
    # a boycott
    (
        "Die Opposition hat am Montag die Parlamentssitzung in Podgorica boykottiert.",
        "protest",
        "peaceful_protest",
        "2025-06-09",
        "Podgorica",
    ),
    (
        "Die Abgeordneten der Opposition boykottierten am Dienstag in Skopje die Abstimmung.",
        "protest",
        "peaceful_protest",
        "2025-06-10",
        "Skopje",
    ),
    # a road blocked by people named in the dative after "von" (passive, state passive)
    (
        "Der Grenzübergang bei Tórshavn ist seit Dienstag von Fischern blockiert.",
        "protest",
        "peaceful_protest",
        "2025-06-10",
        "Torshavn",
    ),
    (
        "Die Hauptstraße von Kisumu wurde am Montag von Taxifahrern blockiert.",
        "protest",
        "peaceful_protest",
        "2025-06-09",
        "Kisumu",
    ),
    # a gas explosion named by its gas
    (
        "Bei einer Erdgasexplosion in Ufa starben am Dienstag zwei Menschen.",
        "accident",
        "industrial",
        "2025-06-10",
        "Ufa",
    ),
    # an appeal rejected, in the passive
    (
        "Die Berufung wurde am Dienstag vom Obersten Gericht in Accra zurückgewiesen.",
        "court",
        "verdict",
        "2025-06-10",
        "Accra",
    ),
    # a road vehicle off the carriageway
    (
        "Ein Reisebus ist am Montag bei Zadar von der Fahrbahn abgekommen und umgestürzt.",
        "accident",
        "road",
        "2025-06-09",
        "Zadar",
    ),
    # weapons or drugs seized
    (
        "Zollbeamte haben am Montag im Hafen von Durrës zwei Tonnen Kokain beschlagnahmt.",
        "strategic_development",
        "other",
        "2025-06-09",
        "Durr",
    ),
    (
        "Am Dienstag beschlagnahmte die Polizei in Guayaquil 40 Gewehre.",
        "strategic_development",
        "other",
        "2025-06-10",
        "Guayaquil",
    ),
    (
        "In Santa Cruz wurden am Montag mehr als 300 Schusswaffen beschlagnahmt.",
        "strategic_development",
        "other",
        "2025-06-09",
        "Santa Cruz",
    ),
    # a prison or a building stormed by soldiers or security forces: a raid
    (
        "Soldaten haben am Montag das Gefängnis von Bukavu gestürmt.",
        "strategic_development",
        "other",
        "2025-06-09",
        "Bukavu",
    ),
    (
        "Sicherheitskräfte stürmten am Dienstag eine Haftanstalt in Comayagua.",
        "strategic_development",
        "other",
        "2025-06-10",
        "Comayagua",
    ),
    (
        "Truppen stürmten am Dienstag das Versteck einer Bande in Cap-Haïtien.",
        "strategic_development",
        "other",
        "2025-06-10",
        "Cap-Ha",
    ),
    # armed resistance in the clause, or a position taken: a battle
    (
        "Soldaten stürmten am Montag nach einem stundenlangen Schusswechsel das Gefängnis "
        "von Ouesso.",
        "battle",
        "armed_clash",
        "2025-06-09",
        "Ouesso",
    ),
    (
        "Soldaten erstürmten am Montag eine Stellung der Rebellen bei Kalemie.",
        "battle",
        "armed_clash",
        "2025-06-09",
        "Kalemie",
    ),
]


@pytest.mark.parametrize(("text", "kind", "sub_kind", "day", "place"), REPORTED)
def test_german_wording_reports_its_event(
    text: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, "de", kind, day, place, sub_kind)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a raid and the hostages freed in it
        (
            "In der Nacht zu Dienstag stürmten Polizisten die Haftanstalt in Trujillo und "
            "befreiten alle Geiseln.",
            "stürmten",
            "befreiten",
        ),
        # a search and an arrest
        (
            "Die Polizei hat am Montag in Tallinn ein Haus durchsucht und zwei Männer "
            "festgenommen.",
            "durchsucht",
            "festgenommen",
        ),
    ],
)
def test_two_acts_of_one_authority_are_two_events(text: str, first: str, second: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    triggers = [e.trigger for e in events]
    assert any(first in t for t in triggers) and any(second in t for t in triggers), triggers
    assert all(e.kind == "strategic_development" for e in events), [e.kind for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # carrying placards is no police action
        'Die Demonstranten trugen Plakate mit der Aufschrift "Freiheit".',
        # a boycott planned
        "Die Opposition will die Wahl im Herbst boykottieren.",
        # allegations rejected by a government: no court
        "Die Regierung hat die Vorwürfe zurückgewiesen.",
        # a lorry that blocked a motorway
        "Ein umgestürzter Lastwagen blockierte am Montag die Autobahn bei Graz.",
        # an allegation about a driver
        "Der Fahrer soll von der Fahrbahn abgekommen sein.",
        # a storming threatened
        "Soldaten sollen das Gefängnis stürmen, falls die Häftlinge die Geiseln nicht freilassen.",
    ],
)
def test_look_alike_reports_no_event(text: str) -> None:
    assert_no_event(text, "de")
