"""Event kinds, session 22 (h22-trig; docs/events.md, "The kind of each event of a sentence:
a protest told of the people arrested, an accident in a headline's present"). A protest told
in a relative clause on the crowd an arrest took is an event of its own; a headline tells an
accident in the present with the verbs the lexicon lists in the past as carriers. The
look-alikes were written first; sentences of our own, other places and wording than any
corpus article."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _events(text: str, lang: str = "en") -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (e.trigger, e.kind, e.sub_kind, e.date)
        for e in geomap.analyze(text, lang=lang, date=DAY).events
    ]


# --- look-alikes: one person, the same protest met with force, an older act -----------------
@pytest.mark.parametrize(
    "text",
    [
        # one person taken, no crowd: a march into a bank, a rally of his own supporters
        "Police arrested a man who marched into the bank with a gun in Tolima on Monday.",
        "Police arrested a man who rallied his supporters to win the vote in Tolima on Monday.",
        # the relative clause's words are no verb: he was at a rally
        "Police arrested a man who was at the rally in Tolima on Monday.",
    ],
)
def test_no_protest_is_read_of_one_person(text: str) -> None:
    assert not [k for _, k, _, _ in _events(text) if k == "protest"]


def test_a_march_met_with_force_stays_one_protest() -> None:
    text = "Police fired tear gas at farmers who marched on the palace in Tolima on Tuesday."
    found = [(k, s, d) for _, k, s, d in _events(text)]
    assert found == [("protest", "protest_with_intervention", "2026-10-06")]


def test_a_sentence_for_an_older_protest_is_not_dated_by_the_sentence() -> None:
    text = "A court jailed two students who protested in Tolima in March for a year on Monday."
    assert ("protest", "2026-10-05") not in [(k, d) for _, k, _, d in _events(text)]


# --- a protest of the crowd an arrest took: two events, one day ----------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Police arrested 30 people who marched on the ministry in Tolima on Monday.",
            "2026-10-05",
        ),
        (
            "Police detained dozens of students who had protested outside the university in "
            "Tolima on Monday.",
            "2026-10-05",
        ),
        (
            "Soldiers detained 12 villagers who blocked the highway near Tolima on Sunday.",
            "2026-10-04",
        ),
    ],
)
def test_a_protest_of_the_people_arrested_is_read_too(text: str, day: str) -> None:
    found = [(k, s, d) for _, k, s, d in _events(text)]
    assert ("strategic_development", "arrest", day) in found
    assert ("protest", "peaceful_protest", day) in found


# --- look-alikes of a headline's present: markets, habits in running text -------------------
@pytest.mark.parametrize(
    "text",
    [
        "Prices crash in Tolima",
        "The market crashes in Tolima",
        "Shares plunge in Tolima",
        "Shares sink in Tolima",
        "Prices fall in Tolima",
        "A bus crashes into the river here every few years.",
        "The old bus often overturns on this road.",
    ],
)
def test_no_accident_in_a_present_that_is_no_headline(text: str) -> None:
    assert not [k for _, k, _, _ in _events(text) if k == "accident"]


# --- a headline's present of an accident: the carrier reads its subject's noun --------------
@pytest.mark.parametrize(
    ("text", "sub_kind"),
    [
        ("A crowded minibus crashes in Tolima", "road"),
        ("A light aircraft crashes near Tolima", "air"),
        ("A fuel truck overturns on a highway near Tolima", "road"),
        # an irregular past's present ([grammar] irregular_present)
        ("A crowded ferry sinks off Tolima", "maritime"),
    ],
)
def test_a_headline_present_of_an_accident(text: str, sub_kind: str) -> None:
    assert ("accident", sub_kind, DAY) in [(k, s, d) for _, k, s, d in _events(text)]


# --- look-alikes of the new accident words: a building as the place, not the subject; a
# team, a party, a marriage; talks or power that broke down ---------------------------------
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Auf der Brücke brach am Montag in Tolima der Verkehr zusammen.", "de"),
        ("Im Gebäude brach am Montag in Tolima die Stromversorgung zusammen.", "de"),
        ("Auf der Bühne brach der Sänger am Montag in Tolima zusammen.", "de"),
        ("Die Mannschaft wurde am Montag in Tolima vom Gegner überrollt.", "de"),
        ("Die Partei geriet am Montag in Tolima in die Kritik.", "de"),
        ("Their marriage hit the rocks in Tolima last year.", "en"),
        ("The reform hit a wall in Tolima on Monday.", "en"),
    ],
)
def test_no_accident_of_a_building_as_place_or_a_figure(text: str, lang: str) -> None:
    assert not [k for _, k, _, _ in _events(text, lang) if k == "accident"]


# --- accidents in other words: a scaffold that broke down, a car in oncoming traffic, a
# crash barrier broken through, a slope, a reef, a tram that ran over someone ----------------
@pytest.mark.parametrize(
    ("text", "lang", "sub_kind"),
    [
        ("Auf einer Baustelle in Tolima brach am Montag ein Gerüst zusammen.", "de", "industrial"),
        (
            "In Tolima starben am Montag zwei Zuschauer, als eine Tribüne zusammenbrach.",
            "de",
            "industrial",
        ),
        (
            "Am Montag kamen in Tolima zwei Arbeiter ums Leben, als ein Kran umstürzte.",
            "de",
            "industrial",
        ),
        ("Ein Lieferwagen geriet am Montag bei Tolima auf die Gegenfahrbahn.", "de", "road"),
        ("Ein Reisebus durchbrach am Montag bei Tolima die Leitplanke.", "de", "road"),
        ("Ein Kleinbus rutschte am Montag bei Tolima einen Abhang hinunter.", "de", "road"),
        ("Ein Frachter lief am Montag vor Tolima auf eine Sandbank.", "de", "maritime"),
        ("Eine Radfahrerin wurde am Montag in Tolima von einem Lastwagen überrollt.", "de", "road"),
        ("A cargo ship struck a reef off Tolima on Monday.", "en", "maritime"),
        ("A fishing boat hit rocks near Tolima on Monday.", "en", "maritime"),
    ],
)
def test_an_accident_in_other_words(text: str, lang: str, sub_kind: str) -> None:
    assert ("accident", sub_kind, "2026-10-05") in [(k, s, d) for _, k, s, d in _events(text, lang)]


# --- kinds: protesters who occupied, a march to a seat of power, a verdict for a crime ------
@pytest.mark.parametrize(
    "text",
    [
        "Die Familie zog am Montag zum Sitz ihres Unternehmens nach Tolima.",
        "Die Regierung verurteilte am Montag in Tolima die Spionage durch fremde Dienste.",
        "Der Minister wurde am Montag in Tolima wegen seiner Äußerungen zur Korruption verurteilt.",
    ],
)
def test_no_protest_or_verdict_in_german_look_alikes(text: str) -> None:
    kinds = {k for _, k, _, _ in _events(text, "de")}
    assert not kinds & {"protest", "court"}


@pytest.mark.parametrize(
    ("text", "kind", "sub_kind"),
    [
        # occupying is a protest (ACLED: peaceful protest); storming stays a riot
        (
            "Demonstranten besetzten am Montag ein Umspannwerk bei Tolima.",
            "protest",
            "peaceful_protest",
        ),
        (
            "Demonstranten stürmten am Montag das Rathaus von Tolima.",
            "riot",
            "violent_demonstration",
        ),
        (
            "Hunderte Pflegekräfte zogen am Montag in Tolima zum Gesundheitsministerium.",
            "protest",
            "peaceful_protest",
        ),
        ("Eine Lehrerin wurde am Montag in Tolima wegen Spionage verurteilt.", "court", "verdict"),
    ],
)
def test_the_kind_of_a_german_event(text: str, kind: str, sub_kind: str) -> None:
    assert (kind, sub_kind, "2026-10-05") in [(k, s, d) for _, k, s, d in _events(text, "de")]
