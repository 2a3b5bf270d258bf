"""Event words unseen articles use, session 28 (h28-found, issue 20; docs/events.md, "Events
found in unseen articles, session 28"): people on the move who reached a town (travel /
arrival), a plural pronoun subject in a later clause of its sentence (``in Y blockierten sie
...``), and scuffles as a riot's word, in English and German. Sentences of our own, in other
places and wording than the dev articles; the look-alikes that must stay as they are were
written with them."""

from __future__ import annotations

import pytest

import geomap
from tests.support.events import trigger_kinds

_kinds = trigger_kinds


# --- people on the move who reached a town arrived there --------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Dozens of migrants from Venezuela reached the town of Necocli on Sunday.",
            "en",
            "reached",
        ),
        (
            "About 400 refugees from Sudan reached the border town of Adre on Tuesday.",
            "en",
            "reached",
        ),
        (
            "A convoy of aid trucks reached the besieged city of El Fasher on Monday.",
            "en",
            "reached",
        ),
        (
            "Flüchtlinge aus Burkina Faso erreichten am Donnerstag die nördliche Stadt Korhogo.",
            "de",
            "erreichten",
        ),
        (
            "Rund 200 Migranten haben am Montag die griechische Insel Lesbos erreicht.",
            "de",
            "erreicht",
        ),
        ("Ein Hilfskonvoi erreichte am Dienstag die belagerte Stadt Kadugli.", "de", "erreichte"),
    ],
)
def test_people_who_reached_a_town_arrived(text: str, lang: str, trigger: str) -> None:
    assert (trigger, "travel") in _kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "kinds"),
    [
        # the hazard, the heat, the agreement and a toll keep their readings
        ("Floodwaters reached the centre of Sylhet on Monday.", "en", ["disaster"]),
        ("Temperatures reached 46 degrees in Jacobabad on Monday.", "en", ["disaster"]),
        ("Negotiators reached a deal in Doha on Monday.", "en", ["strategic_development"]),
        ("The death toll reached 40 in Herat on Monday.", "en", []),
        # water told by residents is the flood's spread, a plan to reach a town no journey
        ("Residents said the water reached the village by Monday morning.", "en", []),
        ("The migrants hope to reach the border town of Tapachula next week.", "en", []),
        ("Das Hochwasser erreichte am Montag die Altstadt von Passau.", "de", ["disaster"]),
        ("Die Zahl der Toten erreichte am Montag 40.", "de", []),
        ("Die Flüchtlinge wollen bis Freitag die Grenzstadt Kilis erreichen.", "de", []),
    ],
)
def test_what_else_reached_a_town_is_no_journey(text: str, lang: str, kinds: list[str]) -> None:
    assert [k for _, k in _kinds(text, lang)] == kinds


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("A military convoy reached the border town of Adre on Tuesday.", "en"),
        ("Ein Konvoi der Armee erreichte am Dienstag die Grenzstadt Adré.", "de"),
    ],
)
def test_a_military_convoy_that_reached_a_town_is_no_journey(text: str, lang: str) -> None:
    assert "travel" not in [k for _, k in _kinds(text, lang)]


def test_an_arrival_in_wire_copy_takes_the_town_it_reached() -> None:
    text = (
        "ABIDJAN, 12. Juni (Reuters) - Hunderte Flüchtlinge aus Mali haben am Mittwoch die "
        "Grenzstadt Tengrela im Norden der Elfenbeinküste erreicht, wie das "
        "UN-Flüchtlingshilfswerk mitteilte.\n\nViele von ihnen seien tagelang zu Fuß "
        "unterwegs gewesen. Die Behörden "
        "rechnen in den kommenden Wochen mit weiteren Ankünften."
    )
    evs = geomap.analyze(text, lang="de", date="2025-06-12").events
    arrivals = [e for e in evs if e.kind == "travel"]
    assert [(e.trigger, e.place_name, str(e.date)) for e in arrivals] == [
        ("erreicht", "Tengréla", "2025-06-11")
    ]


# --- a plural pronoun in a later clause points to the people of the clauses before -------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "In Montauban legten Bauern am Mittwoch den Verkehr lahm, in Albi blockierten sie "
            "den Kreisverkehr vor dem Rathaus.",
            "Albi",
        ),
        (
            "Lkw-Fahrer protestierten am Montag in Kaunas gegen die Maut, am Nachmittag "
            "blockierten sie die Autobahn nach Vilnius.",
            "Kaunas",
        ),
        (
            "Tausende Lehrer demonstrierten am Dienstag in Tartu, danach blockierten sie die "
            "Brücke über den Emajõgi.",
            "Tartu",
        ),
    ],
)
def test_a_pronoun_in_a_later_clause_blocks_as_the_people_before(text: str, place: str) -> None:
    evs = geomap.analyze(text, lang="de", date="2025-06-12").events
    assert [(e.trigger, e.kind) for e in evs][-1] == ("blockierten", "protest")
    assert evs[-1].place_name == place


@pytest.mark.parametrize(
    "text",
    [
        # the police (singular verb) and soldiers who withdrew block as no protesters do
        "Die Polizei räumte am Dienstag das Lager, anschließend blockierte sie die Zufahrt.",
        "Die Soldaten zogen am Montag aus Misrata ab, danach blockierten sie die Küstenstraße.",
    ],
)
def test_a_pronoun_of_others_makes_no_protest(text: str) -> None:
    assert "protest" not in [k for _, k in _kinds(text, "de")]


# --- scuffles are a riot by their word ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        (
            "Scuffles broke out between supporters of rival candidates in Eldoret on Monday.",
            "en",
            "Scuffles",
        ),
        ("Brief scuffles erupted at a rally of farmers in Kaunas on Tuesday.", "en", "scuffles"),
        (
            "Protesters scuffled with police outside parliament in Vilnius on Monday.",
            "en",
            "scuffled",
        ),
        (
            "Vor dem Rathaus in Tartu kam es am Montag zu Rangeleien zwischen Anhängern "
            "beider Parteien.",
            "de",
            "Rangeleien",
        ),
        (
            "Bei der Kundgebung in Riga gab es am Samstag ein Handgemenge mit der Polizei.",
            "de",
            "Handgemenge",
        ),
    ],
)
def test_scuffles_are_a_riot(text: str, lang: str, trigger: str) -> None:
    assert (trigger, "riot") in _kinds(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police said no scuffles were reported at the march in Riga on Saturday.", "en"),
        ("Die Polizei meldete am Samstag keine Rangeleien bei dem Marsch in Riga.", "de"),
        ("Es ist ein ständiges Gerangel um die Posten im Rathaus von Tartu.", "de"),
    ],
)
def test_scuffles_denied_or_figurative_are_no_riot(text: str, lang: str) -> None:
    assert "riot" not in [k for _, k in _kinds(text, lang)]


def test_an_arrest_after_a_scuffle_keeps_its_own_day() -> None:
    text = "On Sunday, police in Suva arrested two men after a scuffle outside a polling station."
    evs = geomap.analyze(text, lang="en", date="2025-06-12").events
    arrests = [e for e in evs if e.sub_kind == "arrest"]
    assert [str(e.date) for e in arrests] == ["2025-06-08"]


def test_scuffles_and_a_blockade_in_wire_copy() -> None:
    text = (
        "RIGA, June 12 (Reuters) - Thousands of farmers drove tractors into central Riga on "
        "Wednesday to protest against cuts to fuel subsidies.\n\n"
        "Scuffles broke out between farmers and police outside the agriculture ministry, and "
        "officers detained six people, a police spokeswoman said.\n\n"
        "The farmers' union said it would return next week if the government did not act."
    )
    evs = geomap.analyze(text, lang="en", date="2025-06-12").events
    got = [(e.trigger, e.kind, e.place_name, str(e.date)) for e in evs]
    assert ("Scuffles", "riot", "Riga", "2025-06-11") in got
    assert all(e.sentence != 2 for e in evs if e.kind == "riot")


def test_a_pronoun_blockade_in_german_wire_copy() -> None:
    # the clause before says "sie" too: the people are those of the sentence before
    text = (
        "Vilnius, 12. Juni (dpa) - Hunderte Lkw-Fahrer haben am Mittwoch in Kaunas gegen die neue "
        "Maut protestiert. Am Vormittag versammelten sie sich vor dem Rathaus, am Nachmittag "
        "blockierten sie die Zufahrt zum Hafen.\n\nDie Regierung will die Maut im Herbst prüfen."
    )
    evs = geomap.analyze(text, lang="de", date="2025-06-12").events
    blockades = [(e.trigger, e.kind, e.place_name) for e in evs if e.trigger == "blockierten"]
    assert blockades == [("blockierten", "protest", "Kaunas")]
