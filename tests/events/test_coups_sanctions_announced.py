"""Coups, sanctions, people held and what an announcement names: soldiers who storm the seat
of power stage a coup (a crowd that storms it riots), a head of state "festgesetzt" is
arrested, sanctions imposed are a strategic development (not a court's sentence), a capital
phrase followed by the clause's next noun is still the capital, an event noun that an act
announces or demands has not happened, and a statement under a dateline from another
country belongs to the story's country. Both languages; written for these tests, not drawn
from any benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

# (text, lang, kind, sub_kind, place)
CASES = [
    # soldiers who storm the palace stage a coup (ACLED: strategic development, other)
    (
        "Soldiers stormed the presidential palace in Niamey on Wednesday and detained the"
        " president.",
        "en",
        "strategic_development",
        "other",
        "Niamey",
    ),
    (
        "Soldaten haben am Mittwoch in Conakry den Präsidentenpalast gestürmt.",
        "de",
        "strategic_development",
        "other",
        "Conakry",
    ),
    # the head of state they held was arrested
    (
        "Soldaten haben am Mittwoch in Conakry den Präsidentenpalast gestürmt und den"
        " Staatschef festgesetzt.",
        "de",
        "strategic_development",
        "arrest",
        "Conakry",
    ),
    # a crowd that stormed a parliament rioted
    (
        "Demonstrators stormed the parliament in Nouakchott on Wednesday.",
        "en",
        "riot",
        "violent_demonstration",
        "Nouakchott",
    ),
    # sanctions imposed: no curfew, no sentence (not "*haft" in "Wirtschaftsgemeinschaft")
    (
        "The regional bloc imposed sanctions on the junta at a summit in Accra on Wednesday.",
        "en",
        "strategic_development",
        "other",
        "Accra",
    ),
    (
        "Die Westafrikanische Wirtschaftsgemeinschaft verhängte am Mittwoch in Accra"
        " Sanktionen gegen die Junta.",
        "de",
        "strategic_development",
        "other",
        "Accra",
    ),
    # the capital phrase before the clause's next noun (German capitalises every noun)
    (
        "Die Afrikanische Union verhängte am Mittwoch in der ghanaischen Hauptstadt"
        " Sanktionen gegen die Junta.",
        "de",
        "strategic_development",
        "other",
        "Accra",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "place"), CASES)
def test_the_sentence_reports_its_kind(
    text: str, lang: str, kind: str, sub_kind: str, place: str
) -> None:
    assert_reported(text, lang, kind, DAY, place, sub_kind)


ANNOUNCED = [
    ("Die Junta in Niamey kündigte Wahlen innerhalb von zwei Jahren an.", "de"),
    ("Die Opposition in Lomé forderte Neuwahlen.", "de"),
    ("The opposition in Lomé demanded a recount.", "en"),
    ("The junta in Niamey pledged elections within two years.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ANNOUNCED)
def test_what_an_act_announces_is_no_event(text: str, lang: str) -> None:
    """The elections announced, the recount demanded are still to come: no election."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [e for e in events if e.kind == "election"] == [], events


def test_an_announcement_with_its_own_day_is_the_statement() -> None:
    """The act itself is news with a day of its own; what it names is not."""
    events = geomap.analyze(
        "Am Mittwoch kündigte die Junta in Niamey Wahlen an.", lang="de", date=DAY
    ).events
    assert [(e.kind, e.date) for e in events] == [("statement", DAY)]


def test_a_statement_under_a_foreign_dateline_is_in_the_story_country() -> None:
    """A Dakar dateline over a story whose events are all in Guinea: the bureau files the
    report, the declaration on state television was made in Conakry."""
    text = (
        "Dakar, 11. Juni (AFP) - Soldaten haben am Dienstag in Conakry den Präsidentenpalast"
        " gestürmt. Am Mittwoch erklärte sich ein Oberst im Staatsfernsehen zum Präsidenten."
    )
    events = geomap.analyze(text, lang="de", date=DAY).events
    said = [e for e in events if e.kind == "statement"]
    assert [e.place_name for e in said] == ["Conakry"], [(e.kind, e.place_name) for e in events]
