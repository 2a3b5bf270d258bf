"""German wording from the eleventh session's dev articles (issue 20), in other regions and
other words: a satellite brought "ins All", a hostage-taking named by its noun, forecasts
with "voraussichtlich" and a weekday still to come, and an armed group's name that ends in
a place ("Miliz Islamischer Staat in der Sahelzone") inside a passive's doer, which is no
scene. Written for these tests, not drawn from any benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

MON, TUE = "2025-06-09", "2025-06-10"

# (text, lang, kind, sub_kind, day, place)
REPORTED: list[object] = [
    (
        "Japan hat am Montag vom Weltraumbahnhof Tanegashima aus einen Spionagesatelliten "
        "ins All gebracht.",
        "de",
        "launch",
        None,
        MON,
        "Tanegashima",
    ),
    (
        "Eine Falcon-9-Rakete brachte am Dienstag in Florida 20 Satelliten ins All.",
        "de",
        "launch",
        None,
        TUE,
        "Florida",
    ),
    (
        "Bei einer Geiselnahme in einem Bus in Bogotá wurden am Dienstag zwei Fahrgäste verletzt.",
        "de",
        "violence_against_civilians",
        "abduction",
        TUE,
        "Bogot",
    ),
    # the group's name ends in a place; "Die Stadt" points back past it
    (
        "Rebellen haben am Montag die Stadt Bunia angegriffen. Die Stadt war schon im Januar "
        "von Kämpfern der Miliz Allied Democratic Forces im Kongo überfallen worden.",
        "de",
        "violence_against_civilians",
        "attack",
        "2025-01-01",
        "Bunia",
    ),
    (
        "Gunmen killed ten villagers in Tera on Wednesday. The village had been attacked in "
        "March by fighters of the militia Islamic State in the Sahel.",
        "en",
        "violence_against_civilians",
        "attack",
        "2025-03-01",
        "Tera",
    ),
    # a doer without a group's name keeps the place after it
    (
        "Am Montag wurde ein Lehrer von Soldaten in Goma erschossen.",
        "de",
        "violence_against_civilians",
        None,
        MON,
        "Goma",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), REPORTED)
def test_reported(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind)


FORECASTS = [
    "Ein Tiefdruckgebiet bringt voraussichtlich am Samstag Starkregen nach Bayern.",
    "Der Wirbelsturm erreicht voraussichtlich am Freitag die Küste von Mosambik.",
    "Eine Hitzewelle trifft voraussichtlich am Sonntag den Süden Spaniens.",
]


@pytest.mark.parametrize("text", FORECASTS)
def test_forecast_is_no_event(text: str) -> None:
    assert geomap.analyze(text, lang="de", date=DAY).events == ()
