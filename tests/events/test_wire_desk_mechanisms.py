"""The general rules behind the wire-desk kinds (issue 20), each checked as a reader would:
an act done where an office sits is not carried to the scene of the story (a minister who
resigned after a flood in a province resigned in the capital), a place someone was flying
to is not where they were arrested, a participle before its noun is an adjective (``the
ousted president``, ``the visiting team``), a promise is a plan of its own clause (the tour
before it stays), prisoners who broke out or escaped make a prison break, and a vote with no
place anywhere is in the one country its clause names."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY

TUE, MON = "2025-06-10", "2025-06-09"


def _rows(text: str, lang: str) -> list[tuple[str | None, str | None, str | None]]:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    return [(e.kind, e.date, e.place_name) for e in events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "LIMA, June 11 (Reuters) - Floods swept through villages near Piura on Monday. "
            "The housing minister resigned on Tuesday.",
            "en",
        ),
        (
            "Lima, 11. Juni (dpa) - Hochwasser überflutete am Montag Dörfer bei Piura. "
            "Der Bauminister trat am Dienstag zurück.",
            "de",
        ),
    ],
)
def test_a_resignation_is_where_the_office_sits_not_at_the_scene(text: str, lang: str) -> None:
    assert _rows(text, lang) == [("disaster", MON, "Piura"), ("strategic_development", TUE, "Lima")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "PHNOM PENH, June 11 (AFP) - A fire broke out at a garment factory in Phnom Penh on "
            "Monday. Police arrested the owner on Tuesday as he tried to board a flight to "
            "Shanghai.",
            "en",
        ),
        (
            "Phnom Penh, 11. Juni (AFP) - In einer Textilfabrik in Phnom Penh brach am Montag ein "
            "Feuer aus. Die Polizei nahm den Besitzer am Dienstag fest, als er einen Flug nach "
            "Shanghai besteigen wollte.",
            "de",
        ),
    ],
)
def test_a_flight_to_a_city_is_not_where_the_arrest_was(text: str, lang: str) -> None:
    rows = _rows(text, lang)
    assert ("strategic_development", TUE, "Phnom Penh") in rows, rows
    assert all(p != "Shanghai" for _, _, p in rows), rows


def test_a_flight_to_a_city_is_where_a_journey_went() -> None:
    rows = _rows("The foreign minister took a flight to Hanoi on Monday.", "en")
    assert all(p in (None, "Hanoi") for _, _, p in rows), rows


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Supporters of the ousted president set fire to cars in Port Vila on Tuesday.", "riot"),
        ("Fans of the visiting team marched through Tegucigalpa on Tuesday.", "protest"),
    ],
)
def test_a_participle_before_its_noun_is_no_event(text: str, kind: str) -> None:
    assert [k for k, _, _ in _rows(text, "en")] == [kind]


@pytest.mark.parametrize(
    ("text", "lang", "rows"),
    [
        (
            "The minister toured the flooded town of Mandi on Monday and promised aid.",
            "en",
            [("meeting", MON, "Mandi")],
        ),
        (
            "Der Regierungschef reiste am Montag nach Piura und versprach den Bewohnern Hilfe.",
            "de",
            [("travel", MON, "Piura")],
        ),
        ("The new premier has promised a referendum in Fiji.", "en", []),
        ("Die Regierung hat ein Referendum in Slowenien versprochen.", "de", []),
    ],
)
def test_a_promise_is_a_plan_of_its_own_clause(text: str, lang: str, rows: list) -> None:
    assert _rows(text, lang) == rows


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Thirty prisoners escaped from a jail in Tegucigalpa on Monday.", "en"),
        ("Aus einem Gefängnis in Maputo flohen am Montag 30 Häftlinge.", "de"),
    ],
)
def test_prisoners_who_escaped_make_a_prison_break(text: str, lang: str) -> None:
    assert [(k, d) for k, d, _ in _rows(text, lang)] == [("strategic_development", MON)]


def test_someone_else_who_escaped_reports_no_prison_break() -> None:
    assert all(
        k != "strategic_development"
        for k, _, _ in _rows("Two workers escaped unhurt from a fire in Maputo on Monday.", "en")
    )


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        ("Swiss voters went to the polls on Sunday.", "en", "Switzerland"),
        ("Chile expelled two Bolivian diplomats on Tuesday.", "en", "Chile"),
    ],
)
def test_a_vote_or_a_state_act_with_no_place_is_in_its_country(
    text: str, lang: str, place: str
) -> None:
    assert [p for _, _, p in _rows(text, lang)] == [place]


def test_a_past_year_fronted_before_a_comma_is_background() -> None:
    assert _rows("In 2011, protesters took to the streets of Cairo for 18 days.", "en") == []
