"""Kinds of news event the older tables lacked (crowd disasters, cyberattacks, ships seized,
mining accidents, tailings dams that broke, a fire that killed) and sentences that look like
one but report none (an event noun that names officials, a kind of event by its size, a
tally over the past year, a running count since a day, a negative word that ends the clause,
an infinitive after "zu", a view of an event, a charge weighed, a strike called for a day,
a near miss, an attack foiled, a drill, a journey as a setting, a span's start, a memory).
Both languages; written for these tests, not drawn from any benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

# (text, lang, kind, sub_kind, place)
CASES = [
    # a crowd disaster: no vehicle, no plant (EM-DAT: miscellaneous accident)
    (
        "At least 17 pilgrims died in a stampede at a shrine near Mathura on Wednesday.",
        "en",
        "accident",
        "other",
        "Mathura",
    ),
    (
        "A crowd crush at a concert in Surabaya killed 12 people on Wednesday.",
        "en",
        "accident",
        "other",
        "Surabaya",
    ),
    (
        "Bei einer Massenpanik in einem Stadion in Kano starben am Mittwoch 20 Menschen.",
        "de",
        "accident",
        "other",
        "Kano",
    ),
    # an attack on computers: no air strike
    (
        "A cyberattack crippled the ticket machines of the rail operator in Lisbon on Wednesday.",
        "en",
        "strategic_development",
        "other",
        "Lisbon|Lisboa",
    ),
    (
        "Ein Hackerangriff legte am Mittwoch die Stadtverwaltung in Potsdam lahm.",
        "de",
        "strategic_development",
        "other",
        "Potsdam",
    ),
    (
        "Hacker legten am Mittwoch das Netz der Universität in Graz lahm.",
        "de",
        "strategic_development",
        "other",
        "Graz",
    ),
    # a ship taken by a state's forces
    (
        "Coast guard commandos seized an oil tanker off Fujairah on Wednesday.",
        "en",
        "strategic_development",
        "other",
        "Fujairah",
    ),
    (
        "Die Küstenwache hat am Mittwoch vor Tanger einen Frachter festgesetzt.",
        "de",
        "strategic_development",
        "other",
        "Tanger|Tangier",
    ),
    # a mine's explosion or its dam: an industrial accident, not a landmine or a flood
    (
        "A methane explosion tore through a coal mine near Zonguldak on Wednesday, killing 14.",
        "en",
        "accident",
        "industrial",
        "Zonguldak",
    ),
    (
        "Bei einer Methanexplosion in einer Kohlegrube bei Ostrava starben am Mittwoch acht"
        " Bergleute.",
        "de",
        "accident",
        "industrial",
        "Ostrava",
    ),
    (
        "Bei Legnica ist am Mittwoch der Damm eines Absetzbeckens einer Kupfermine gebrochen.",
        "de",
        "accident",
        "industrial",
        "Legnica",
    ),
    # a dam that broke with no mine: a flood
    (
        "Bei Mostar sind am Mittwoch nach tagelangem Regen zwei Dämme gebrochen.",
        "de",
        "disaster",
        "flood",
        "Mostar",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "place"), CASES)
def test_the_sentence_reports_its_kind(
    text: str, lang: str, kind: str, sub_kind: str, place: str
) -> None:
    assert_reported(text, lang, kind, DAY, place, sub_kind)


def test_a_fire_that_killed_is_named_by_the_fire() -> None:
    """The dead are a quantity of the fire ([casualty]): the event's word is the noun, as for
    a trigger noun, so a reader sees what happened, not that people died."""
    events = geomap.analyze(
        "On Wednesday, a fire at a textile warehouse in Karachi killed six workers.",
        lang="en",
        date=DAY,
    ).events
    assert [(e.kind, e.trigger, e.place_name) for e in events] == [("accident", "fire", "Karachi")]


def test_the_disaster_area_is_where_the_accident_was() -> None:
    """``das Unglücksgebiet`` is the place of the latest accident or disaster, not the town
    named in the sentence before it."""
    text = (
        "Ein Erdrutsch verschüttete am Mittwoch mehrere Häuser in Kaprun. Die Polizei nahm in"
        " Salzburg zwei Bauleiter fest. Der Landeshauptmann besuchte am Nachmittag das"
        " Unglücksgebiet."
    )
    events = geomap.analyze(text, lang="de", date=DAY).events
    visit = [e for e in events if e.kind == "meeting"]
    assert [e.place_name for e in visit] == ["Kaprun"], [(e.kind, e.place_name) for e in events]


NON_EVENTS = [
    # an event noun that names the people who run it
    ("Election officials in Lusaka have promised to publish the results by Friday.", "en"),
    ("Protest organisers in Leeds said they expected thousands.", "en"),
    # a kind of event by its size (after a preposition "that" is a determiner)
    ("An earthquake of that size would flatten much of Kathmandu.", "en"),
    ("Ein Beben dieser Größenordnung würde weite Teile von Izmir zerstören.", "de"),
    # a tally over a span up to now
    ("Thousands of families have fled the fighting around Bamenda over the past year.", "en"),
    ("Seit Beginn der Proteste im März wurden in Belgrad 300 Menschen festgenommen.", "de"),
    # a negative word that ends the clause stands for its noun
    ("Festnahmen gab es in Rostock bislang keine.", "de"),
    # a ship that went on is not a ship seized
    ("Der Tanker setzte am Mittwoch seine Fahrt nach Rotterdam fort.", "de"),
    # a carrier verb in the infinitive after "zu" is an intention, as a trigger verb is
    ("Die Regierung kündigte an, die Grenze bei Subotica zu schließen.", "de"),
    # a view of it, not a report
    ("Die Wahl in Kärnten gilt als Test für die Regierung.", "de"),
    ("The vote in Harare is widely seen as a test for the president.", "en"),
    # what something is taken for is no event of its own
    ("Die Reform in Kärnten gilt als wichtiger Test für die Regierung.", "de"),
    # weighed, not done
    ("Die Staatsanwaltschaft in Linz prüft eine Anklage gegen den Fahrer.", "de"),
    # a day something is called for is still to come
    ("The union has called a general strike in Lagos for Thursday.", "en"),
    # still to be done
    ("The accord still needs to be ratified by the parliament in Dodoma.", "en"),
    # a habit, a tendency
    ("The district of Turkana has seen repeated clashes between herders.", "en"),
    ("Die Abholzung hat die Hänge bei Sapa anfälliger für Erdrutsche gemacht.", "de"),
    # events before the story's
    ("The group has claimed responsibility for previous attacks near Kidal.", "en"),
    ("Die Gruppe bekennt sich zu früheren Anschlägen bei Kidal.", "de"),
    # it almost happened, so it did not
    ("Two airliners nearly collided over the airport of Nice on Wednesday.", "en"),
    ("Vor Lindau ist am Mittwoch ein Ausflugsschiff beinahe gekentert.", "de"),
    # stopped before it happened
    ("Police in Lyon said they had foiled a bomb attack on a synagogue on Wednesday.", "en"),
    ("Die Polizei vereitelte am Mittwoch einen Anschlag auf eine Kirche in Bremen.", "de"),
    # only rehearsed
    ("Firefighters in Genoa rehearsed a chemical spill on Wednesday.", "en"),
    ("Die Rettungsdienste probten am Mittwoch in Passau den Ernstfall eines Hochwassers.", "de"),
    # a journey in the past progressive is the setting of another event
    ("The minibus was travelling from Kisumu to Eldoret.", "en"),
    # an event noun that starts a span, with no day of its own
    ("The district of Bunia has been gripped by violence since the disputed election.", "en"),
    ("Die Region um Bunia wird seit der umstrittenen Wahl von Gewalt erschüttert.", "de"),
    # recalled, not reported
    ("Residents of Sirnak recall the floods that swept the valley a generation ago.", "en"),
    ("Die Anwohner in Sirnak erinnern sich an das Hochwasser von damals.", "de"),
    # how often, not when
    ("Erdbeben erschüttern die Insel Sumbawa mehrmals pro Jahrzehnt.", "de"),
    # a case that may come
    ("In case of another eruption, residents of Goma are to gather at the stadium.", "en"),
    # not confirmed
    ("There was no independent confirmation of the arrests in Goma.", "en"),
]


# "nearly" before a count still reports the event it counts
NEAR_COUNTS = [
    ("Nearly 200 people died when a ferry capsized off Mwanza on Wednesday.", "en", "accident"),
    ("Fast 200 Menschen starben am Mittwoch bei einem Erdbeben in Van.", "de", "disaster"),
]


# a "since" phrase with a day of its own reports its event
SINCE_DATED = [
    ("Since the earthquake struck Van on Wednesday, 300 aftershocks have been recorded.", "en"),
    ("Seit dem Erdbeben am Mittwoch in Van wurden 300 Nachbeben registriert.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), SINCE_DATED)
def test_a_dated_since_phrase_keeps_its_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [(e.kind, e.date) for e in events] == [("disaster", DAY)]


# a view with a day of its own keeps the event it views
VIEWED = [
    ("The election in Harare on Wednesday is widely seen as a test for the president.", "en"),
    ("Die Wahl am Mittwoch in Kärnten gilt als Test für die Regierung.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), VIEWED)
def test_a_view_of_a_dated_vote_keeps_the_vote(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [(e.kind, e.date) for e in events] == [("election", DAY)]


@pytest.mark.parametrize(("text", "lang", "kind"), NEAR_COUNTS)
def test_nearly_before_a_count_keeps_the_event(text: str, lang: str, kind: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [e.kind for e in events] == [kind]


@pytest.mark.parametrize(("text", "lang"), NON_EVENTS)
def test_the_sentence_reports_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [(e.kind, e.trigger) for e in events] == []
