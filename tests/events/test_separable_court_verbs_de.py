"""German separable verbs by which a court or an electoral body decides who may stand in an
election (issue 20, session 17 round 2, h17-evB): in the preterite or the present the
particle closes the clause far from the verb (``schloss ... von der Wahl aus``, ``ließ ...
zur Wahl zu``), in a subordinate clause the verb is one word (``ausschloss``). Each is a
court action, as the participle ``von der Wahl ausgeschlossen`` already was. Look-alikes:
a verb of ruling out with no election after ``von`` (an attack, new elections, a player
barred from training) and a refusal stay without an event. Places, people and wording are
of no benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

REPORTED: list[tuple[str, str, str]] = [
    (
        "Die Wahlkommission in Lusaka schloss am Montag den Oppositionsführer von der "
        "Präsidentschaftswahl aus.",
        "2025-06-09",
        "Lusaka",
    ),
    (
        "Das Oberste Gericht schloss am Dienstag zwei Parteien von den Parlamentswahlen in "
        "Dhaka aus.",
        "2025-06-10",
        "Dhaka",
    ),
    (
        "In Caracas schlossen die Richter am Montag die Kandidatin von der Wahl aus.",
        "2025-06-09",
        "Caracas",
    ),
    (
        "Am Montag protestierten in Kampala Hunderte, weil das Gericht den Oppositionsführer "
        "von der Wahl ausschloss.",
        "2025-06-09",
        "Kampala",
    ),
    (
        "Das Verfassungsgericht in Quito ließ den früheren Minister am Montag zur Wahl zu.",
        "2025-06-09",
        "Quito",
    ),
]


@pytest.mark.parametrize(("text", "day", "place"), REPORTED)
def test_separable_verb_of_barring_is_a_court_action(text: str, day: str, place: str) -> None:
    assert_reported(text, "de", "court", day, place)


@pytest.mark.parametrize(
    "text",
    [
        "Die Ermittler in Lyon schließen einen Anschlag bisher aus.",
        "Die Regierung in Sofia schloss am Montag Neuwahlen aus.",
        "Der Premier in Lissabon schloss am Montag vorgezogene Wahlen aus.",
        "Die Polizei in Oslo schloss am Montag einen terroristischen Hintergrund aus.",
        "Der Verein in Bremen schloss den Spieler am Montag vom Training aus.",
        "Der Wahlrat in Tegucigalpa ließ die Partei nicht zur Wahl zu.",
    ],
)
def test_ruling_out_or_refusing_stays_no_event(text: str) -> None:
    assert geomap.analyze(text, lang="de", date=DAY).events == ()
