"""German wire copy on unseen wording (session 25, h25-evde; docs/events.md, "German wire
copy from thin regions (session 25, h25-evde)"). Sentences of our own, other towns and other
wording than the dev articles that found each class, with look-alikes that must not change.

- A plural pronoun as the subject of a carrier verb (``Am Nachmittag blockierten sie die
  Zufahrt``) reads the people of the sentence before: dockers, farmers, taxi drivers who
  block a road protest; a landslide before, a singular verb (``Die Polizei blockierte sie``:
  an object) or a new paragraph reads nothing.
- A bare ``Nach der Festnahme``, ``Nach dem Urteil`` before the event takes the day of the
  story just told, as a sentence with no time does; a distance (``Zwei Tage nach``) keeps
  its own count.
- A call ``für den 28. Juni`` sets its day still to come: no event, not a day a year back;
  ``am 28. Mai`` stays the day it names.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-06-10"  # a Wednesday: Montag is 2026-06-08, Dienstag 2026-06-09


def _events(text: str) -> list[geomap.Event]:
    return list(geomap.analyze(text, lang="de", date=DAY).events)


def _one(text: str, trigger: str) -> geomap.Event:
    got = [e for e in _events(text) if e.trigger == trigger]
    assert len(got) == 1, [(e.trigger, e.kind, e.date, e.place_name) for e in _events(text)]
    return got[0]


# (text, trigger, kind, day, place): the event the pronoun's sentence must yield
PRONOUN_FOUND = [
    (
        "In Kaunas legten am Montag Busfahrer die Arbeit nieder. Am Nachmittag blockierten sie "
        "die Zufahrt zum Depot.",
        "blockierten",
        "protest",
        "2026-06-08",
        "Kaunas",
    ),
    (
        "Hunderte Bauern protestierten am Dienstag in Bukarest gegen Importe. Danach besetzten "
        "sie einen Platz vor dem Ministerium.",
        "besetzten",
        "protest",
        "2026-06-09",
        "Bucharest",
    ),
    (
        "In Valencia sind am Dienstag Taxifahrer auf die Straße gegangen. Am Abend haben sie "
        "den Hafen blockiert.",
        "blockiert",
        "protest",
        "2026-06-09",
        "Valencia",
    ),
    (
        "In Nakuru demonstrierten am Montag Lehrer gegen Lohnkürzungen. Am Abend blockierten "
        "sie die Fernstraße nach Nairobi.",
        "blockierten",
        "protest",
        "2026-06-08",
        "Nakuru",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "kind", "day", "place"), PRONOUN_FOUND)
def test_plural_pronoun_reads_the_people_before(text, trigger, kind, day, place):
    ev = _one(text, trigger)
    assert (ev.kind, ev.date, ev.place_name) == (kind, day, place)


PRONOUN_NONE = [
    # what blocked the road before was a landslide: nobody protests
    "Ein Erdrutsch hat am Dienstag in Tirol eine Straße verschüttet. Am Abend blockierten sie "
    "die Zufahrt.",
    # a new paragraph: the pronoun's people are not the sentence's before
    "In Kaunas legten am Montag Busfahrer die Arbeit nieder.\n\nAm Nachmittag blockierten sie "
    "die Zufahrt zum Depot.",
]


@pytest.mark.parametrize("text", PRONOUN_NONE)
def test_plural_pronoun_guards(text):
    assert not [e for e in _events(text) if e.trigger.startswith("blockiert")]


def test_singular_verb_pronoun_is_an_object():
    # "Die Polizei blockierte sie": the police held the farmers back, no second protest
    got = _events(
        "In Lyon demonstrierten am Montag Landwirte. Die Polizei blockierte sie am Stadtrand."
    )
    assert [(e.trigger, e.kind) for e in got] == [("demonstrierten", "protest")]


# (text, trigger, day, place): an event after a bare "Nach der/dem <event noun>"
AFTER_FOUND = [
    (
        "Am Montag wurde in Posen ein Gewerkschafter festgenommen. Nach der Festnahme zogen "
        "Hunderte Arbeiter vor das Polizeipräsidium.",
        "zogen",
        "2026-06-08",
        "Poznań",
    ),
    (
        "Ein Gericht in Temeswar verurteilte am Dienstag einen Bürgermeister. Nach dem Urteil "
        "lieferten sich Anhänger Straßenschlachten mit der Polizei.",
        "Straßenschlachten",
        "2026-06-09",
        "Timişoara",
    ),
    # the arrest is named only as the noun: the day of the event told before
    (
        "Der Gouverneur verhängte am Dienstag eine Ausgangssperre für Kananga. Nach der Festnahme "
        "eines Anführers lieferten sich Jugendliche Straßenschlachten mit Soldaten.",
        "Straßenschlachten",
        "2026-06-09",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "day", "place"), AFTER_FOUND)
def test_bare_after_takes_the_story_day(text, trigger, day, place):
    ev = _one(text, trigger)
    assert ev.date == day
    if place is not None:
        assert ev.place_name == place


def test_after_with_a_distance_keeps_its_count():
    ev = _one(
        "In Daressalam wurde am Montag ein Oppositionsführer festgenommen. Zwei Tage nach der "
        "Festnahme protestierten Tausende in der Stadt.",
        "protestierten",
    )
    assert ev.date == "2026-06-10"


@pytest.mark.parametrize(
    "text",
    [
        "Die Opposition rief für den 28. Juni zu einer Großdemonstration in Tiflis auf.",
        "Die Gewerkschaft hat für den 2. Juli zu einem Warnstreik in Porto aufgerufen.",
        "Die Studentenverbände riefen für den 12. Juni zu Protesten in Kumasi auf.",
    ],
)
def test_call_for_a_day_to_come_is_no_event(text):
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "trigger", "day"),
    [
        ("Am 28. Mai protestierten Tausende in Tiflis.", "protestierten", "2026-05-28"),
        ("Die Opposition rief am 28. Mai zu Protesten auf.", "rief ... auf", "2026-05-28"),
    ],
)
def test_day_and_month_without_fuer_stay_back(text, trigger, day):
    assert _one(text, trigger).date == day


# (text, trigger, place): a town's adjective before a part of the town places the event
TOWN_ADJECTIVE = [
    (
        "Ein Großbrand in einer Lagerhalle im Augsburger Gewerbegebiet hat am Dienstagabend "
        "einen Millionenschaden verursacht.",
        "Großbrand",
        "Augsburg",
    ),
    ("Am Passauer Stadtrand ist am Montag ein Gefahrgutlaster umgekippt.", "umgekippt", "Passau"),
    (
        "Ein Großbrand im Rosenheimer Stadtteil Aising hat am Dienstagabend einen "
        "Millionenschaden verursacht.",
        "Großbrand",
        "Rosenheim",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), TOWN_ADJECTIVE)
def test_town_adjective_before_a_part_of_town(text, trigger, place):
    assert _one(text, trigger).place_name == place


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        # the adjective names whose police, the arrest was elsewhere
        ("Die Augsburger Polizei nahm am Montag in Ulm zwei Männer fest.", "nahm ... fest", "Ulm"),
        # a region's adjective before a town: the town
        ("Im bayerischen Kochel brannte am Montag eine Scheune.", "brannte", "Kochel"),
    ],
)
def test_town_adjective_guards(text, trigger, place):
    assert _one(text, trigger).place_name == place


# "in der Vorwoche": the week before the report's (2026-06-01 to 2026-06-07)
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "Bereits in der Vorwoche war es in der Provinz Chiriquí zu Ausschreitungen gekommen.",
            "Ausschreitungen",
        ),
        ("In der Vorwoche hatten Fischer in Mombasa den Hafen blockiert.", "blockiert"),
    ],
)
def test_vorwoche_is_the_week_before(text, trigger):
    ev = _one(text, trigger)
    assert ev.date is not None and "2026-06-01" <= ev.date[:10] <= "2026-06-07"


def test_vorwoche_in_a_comparison_is_no_event():
    assert _events("Die Zahl der Anträge hat sich gegenüber der Vorwoche verdoppelt.") == []


@pytest.mark.parametrize(
    ("text", "trigger", "day", "place"),
    [
        (
            "Am Dienstag rückten Soldaten in das Viertel Bab el-Oued in Algier ein.",
            "rückten",
            "2026-06-09",
            None,
        ),
        (
            "Rebellen waren am Montag in die Stadt Bunia eingerückt.",
            "eingerückt",
            "2026-06-08",
            "Bunia",
        ),
    ],
)
def test_troops_that_moved_in(text, trigger, day, place):
    ev = _one(text, trigger)
    assert (ev.kind, ev.date) == ("strategic_development", day)
    if place is not None:
        assert ev.place_name == place


def test_moving_into_a_board_is_no_event():
    assert _events("Die Politikerin rückte am Montag in den Vorstand von Siemens ein.") == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a preposition before the verb only opens its object: the verb names the event
        (
            "Vergangene Woche haben Grenzschützer im Bezirk Batken auf Hirten geschossen.",
            "geschossen",
        ),
        # an object noun before the verb stays in the quote, as a reader writes it
        ("Die Polizei hat am Montag in Lyon Tränengas eingesetzt.", "Tränengas eingesetzt"),
        (
            "Grenzsoldaten hatten am Sonntag bei Torkham aufeinander geschossen.",
            "aufeinander geschossen",
        ),
    ],
)
def test_trigger_quotes_the_verb_not_its_preposition(text, trigger):
    assert [e.trigger for e in _events(text)] == [trigger]


@pytest.mark.parametrize(
    "text",
    [
        "Seit dem Putsch im Februar 2021 sind nach UN-Angaben mehr als drei Millionen Menschen "
        "vertrieben worden.",
        "Seit dem Erdbeben im März 2023 leben Tausende Familien in Zelten.",
    ],
)
def test_since_an_event_of_a_past_year_is_background(text):
    assert _events(text) == []


def test_since_an_event_of_this_week_is_still_told():
    ev = _one("Seit dem Erdbeben am Montag sind in Van 30 Nachbeben gemessen worden.", "Erdbeben")
    assert ev.date == "2026-06-08"


# a part of a town after a town the clause names: that town's, not the town told before
@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        (
            "In Breslau protestierten am Montag rund 2000 Lehrer vor dem Rathaus, in Posen zogen "
            "1500 Menschen durch die Innenstadt.",
            "zogen",
            "Poznań",
        ),
        (
            "Am Montag streikten Busfahrer in Graz und Linz; in Salzburg zogen Hunderte "
            "Beschäftigte durch die Altstadt.",
            "zogen",
            "Salzburg",
        ),
    ],
)
def test_city_part_after_the_clause_town(text, trigger, place):
    assert _one(text, trigger).place_name == place


def test_city_part_with_no_town_of_its_own_points_back():
    ev = _one(
        "In Lyon demonstrierten am Montag Landwirte. Am Abend zogen sie durch die Innenstadt.",
        "zogen",
    )
    assert ev.place_name == "Lyon"
