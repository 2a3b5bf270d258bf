"""Feature places of session 19, round 3 (docs/events.md, "Feature places (session 19, round
3)"). Sentences of our own, with other places and wording than the dev article that showed
the class."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2026-10-07"  # a Wednesday


def _where(lang: str, text: str, kind: str) -> list[str]:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    return [plain(e.place_name or "") for e in events if e.kind == kind]


# The first word of a noun of several words ("emergency" of "emergency landing") is no event
# noun alone: "a state of emergency on X" is no topic of the statement, X is where it holds.
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The government declared a state of emergency on Taveuni on Monday.", "Taveuni"),
        ("Fiji's cabinet declared a state of emergency on Taveuni island on Monday.", "Taveuni"),
        ("Authorities declared an emergency on Rhodes on Tuesday after wildfires.", "Rhodes"),
    ],
)
def test_a_state_of_emergency_on_an_island_is_declared_there(text: str, place: str) -> None:
    assert _where("en", text, "statement") == [plain(place)]


def test_an_emergency_landing_is_still_an_accident_there() -> None:
    text = "The pilot made an emergency landing on Rhodes on Monday."
    assert _where("en", text, "accident") == ["rhodes"]


def test_an_attack_on_a_place_is_still_what_a_statement_is_about() -> None:
    text = "The minister condemned the attack on a market in Kidal on Monday."
    assert _where("en", text, "statement") == [""]


# "The court" right after a court's act with its town is that court, not the dateline's.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "QUITO (Reuters) - A court in Cuenca jailed a former governor for six years on"
            " Tuesday for embezzlement. The court acquitted his two deputies.",
            "Cuenca",
        ),
        (
            "en",
            "QUITO (Reuters) - A court in Cuenca jailed a former governor for six years on"
            " Tuesday. His lawyers plan to appeal. The judge acquitted his driver.",
            "Cuenca",
        ),
        (
            "de",
            "Lissabon (dpa) - Ein Gericht in Braga hat am Montag einen früheren Stadtrat wegen"
            " Betrugs zu drei Jahren Haft verurteilt. Seinen Bruder sprach das Gericht frei.",
            "Braga",
        ),
        (
            "en",
            "QUITO (Reuters) - Police detained a bus driver in Cuenca late on Sunday, and"
            " prosecutors charged him on Tuesday with manslaughter.",
            "Cuenca",
        ),
        (
            "de",
            "Lissabon (dpa) - Die Polizei nahm am Sonntag in Braga einen Busfahrer fest, und"
            " die Staatsanwaltschaft erhob am Dienstag Anklage gegen ihn.",
            "Braga",
        ),
    ],
)
def test_the_court_just_named_keeps_its_town(lang: str, text: str, place: str) -> None:
    assert _where(lang, text, "court")[-1] == plain(place)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # guards: an indefinite court, or a court after an arrest, is no court just named
        (
            "en",
            "QUITO (Reuters) - A court in Cuenca jailed a former governor on Tuesday."
            " A court acquitted two police officers.",
        ),
        (
            "en",
            "QUITO (Reuters) - Police in Cuenca arrested a former governor on Tuesday."
            " The court acquitted two police officers.",
        ),
    ],
)
def test_another_court_keeps_the_dateline(lang: str, text: str) -> None:
    assert _where(lang, text, "court")[-1] == plain("Quito")
