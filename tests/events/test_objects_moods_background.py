"""Readings of the fourteenth events round (issue 20), expected values written before geomap
ran on them: a German verb whose preposition opens its object anywhere after it (``schoss
... auf Demonstranten``, lexicon ``schoss* >auf``), not only at the clause's end; a verb's
own mood in a coordinated part (``cancelled a trip ... and convened``); the day a later
sentence of a story takes from the event before; an event dated only ``N years ago`` is
background, as ``last year`` and a bare past year are."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

MON = "2025-06-09"
SUN = "2025-06-08"

# A verb and the preposition of its object, the object anywhere in the clause after it.
SHOT_AT = [
    ("Die Polizei schoss am Montag auf Demonstranten in Kampala.", "de", "protest", "Kampala"),
    (
        "Soldaten schossen am Montag in Conakry mit scharfer Munition auf Demonstranten.",
        "de",
        "protest",
        "Conakry",
    ),
    (
        "Die Polizei hat am Montag in Harare auf Demonstranten geschossen.",
        "de",
        "protest",
        "Harare",
    ),
    (
        "Bewaffnete schossen am Montag in einem Dorf bei Maiduguri auf Dorfbewohner.",
        "de",
        "violence_against_civilians",
        "Maiduguri",
    ),
    (
        "Sicherheitskräfte eröffneten am Montag das Feuer auf Demonstranten in Khartum.",
        "de",
        "protest",
        "Khartoum|Khartum",
    ),
    ("Police fired on protesters in Kampala on Monday.", "en", "protest", "Kampala"),
    ("Soldiers shot at demonstrators in Conakry on Monday.", "en", "protest", "Conakry"),
    (
        "Security forces opened fire on protesters in Khartoum on Monday.",
        "en",
        "protest",
        "Khartoum",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "place"), SHOT_AT)
def test_a_verb_and_its_objects_preposition_anywhere_after_it(text, lang, kind, place) -> None:
    assert_reported(text, lang, kind, MON, place)


# The same verb and preposition, figurative: a level, a rank or a goal as the object.
FIGURATIVE = [
    ("Die Aktie schoss am Montag in Frankfurt auf ein Rekordhoch.", "de"),
    ("Der Kurs schoss am Montag in Zürich auf 120 Franken.", "de"),
    ("Die Partei schoss bei der Umfrage in Bayern auf Platz zwei.", "de"),
    ("Der Stürmer schoss in Madrid zweimal auf das Tor.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), FIGURATIVE)
def test_a_level_or_a_goal_as_the_object_is_no_shooting(text, lang) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert not [e for e in events if e.kind in ("explosion_remote_violence", "protest")], events


# A verb's own mood stays in its part: the trip was cancelled, the council did meet.
COORDINATED = [
    (
        "The president cancelled a trip to Paris and convened the security council on Monday.",
        "en",
    ),
    (
        "The prime minister postponed a visit to Rome and convened his cabinet on Monday.",
        "en",
    ),
    (
        "Der Präsident hat am Montag eine geplante Reise nach Paris abgesagt und den "
        "Sicherheitsrat einberufen.",
        "de",
    ),
    (
        "Der Regierungschef sagte am Montag eine Reise nach Rom ab und berief das Kabinett ein.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), COORDINATED)
def test_the_other_parts_mood_does_not_cancel_the_meeting(text, lang) -> None:
    """The meeting is reported, and not at the cancelled trip's destination: a body meets
    where it sits (here unknown)."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    meetings = [e for e in events if e.kind == "meeting"]
    assert meetings, events
    assert all(e.date == MON for e in meetings), meetings
    assert not any(e.place_name in ("Paris", "Rome", "Rom") for e in meetings), meetings


def test_a_seated_meeting_takes_the_dateline_not_the_trip() -> None:
    for text, lang in [
        (
            "CAIRO, June 9 (AP) - The president called off a planned trip to Paris and "
            "convened the national security council.",
            "en",
        ),
        (
            "Kairo, 9. Juni (dpa) - Der Präsident sagte eine geplante Reise nach Paris ab und "
            "berief den Nationalen Sicherheitsrat ein.",
            "de",
        ),
    ]:
        assert_reported(text, lang, "meeting", MON, "Cairo|Kairo")


# A later sentence of the story with no time words takes the day of the event before it.
STORY_DAY = [
    (
        "A strong earthquake struck southern Peru on Sunday. Two people were killed when a "
        "wall collapsed at a market in Arequipa, police said.",
        "en",
        "Arequipa",
    ),
    (
        "ANKARA (Reuters) - A magnitude 5.9 earthquake struck eastern Turkey on Sunday, "
        "officials said.\n\nTwo people were killed when a wall collapsed at a market in "
        "Malatya, police said.",
        "en",
        "Malatya",
    ),
    (
        "Ein starkes Erdbeben hat am Sonntag den Süden Perus erschüttert. Zwei Menschen "
        "starben, als in Arequipa eine Mauer auf einem Markt einstürzte, teilte die Polizei mit.",
        "de",
        "Arequipa",
    ),
]


@pytest.mark.parametrize(("text", "lang", "place"), STORY_DAY)
def test_a_collapse_told_after_a_dated_quake_takes_its_day(text, lang, place) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    later = [e for e in events if e.kind != "disaster" and e.place_name == place]
    assert later, events
    assert all(e.date == SUN for e in later), later


# A subordinate clause puts a separable verb last, its particle fused to it ("einstürzte");
# English says the same with the plain verb.
SUBORDINATE = [
    (
        "Drei Arbeiter starben, als am Montag in einer Fabrik in Gazipur ein Feuer ausbrach.",
        "de",
        "accident",
        "Gazipur",
    ),
    (
        "Zwei Soldaten starben, als Rebellen am Montag einen Posten bei Goma angriffen.",
        "de",
        "battle",
        "Goma",
    ),
    (
        "Nachdem die Polizei am Montag in Lagos drei Männer festnahm, kam es zu Protesten.",
        "de",
        "strategic_development",
        "Lagos",
    ),
    ("Es war bereits Abend, als der Minister am Montag in Accra eintraf.", "de", "travel", "Accra"),
    (
        "Three workers died when a fire broke out at a factory in Gazipur on Monday.",
        "en",
        "accident",
        "Gazipur",
    ),
    (
        "Protests followed after police arrested three men in Lagos on Monday.",
        "en",
        "strategic_development",
        "Lagos",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "place"), SUBORDINATE)
def test_a_separable_verb_fused_at_the_end_of_a_subordinate_clause(text, lang, kind, place) -> None:
    assert_reported(text, lang, kind, MON, place)


# History told by how many years ago it was: background, as "last year" and "In 2015,".
YEARS_AGO = [
    ("Vor zehn Jahren stürzte an derselben Stelle in Fès eine Brücke ein.", "de"),
    ("Vor zwei Jahren bebte in Izmir die Erde.", "de"),
    ("Ten years ago, a bridge collapsed at the same spot in Fez.", "en"),
    ("Floods hit Lagos two years ago.", "en"),
    ("A year ago, a quake struck Izmir.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), YEARS_AGO)
def test_an_event_years_ago_is_background(text, lang) -> None:
    assert geomap.analyze(text, lang=lang, date=DAY).events == ()


def test_a_month_ago_stays_an_event() -> None:
    """Only a bare year is background: a month ago is recent news, dated to that month."""
    assert_reported(
        "Police arrested two men in Lagos a month ago.",
        "en",
        "strategic_development",
        "2025-05-01",
        "Lagos",
    )
