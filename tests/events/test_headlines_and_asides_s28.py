"""English headlines whose subject has an article or names people who storm, and a
subject's relative clause in the past perfect before the main verb (issue 20, session 28,
h28-evgaps). Sentences written for these tests, in regions no held-out article is from."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-04"


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (e.type, e.place_name, e.date) for e in geomap.analyze(text, lang=lang, date=DAY).events
    ]


@pytest.mark.parametrize(
    ("text", "kind", "town"),
    [
        ("The Floods Kill 12 in Bihar", "disaster", "Bihar"),
        ("The floods kill 12 in Bihar", "disaster", "Bihar"),
        ("The Landslides Kill 20 in Uttarakhand", "disaster", "Uttarakhand"),
        ("The Storms Kill 8 in Veracruz", "disaster", "Veracruz"),
        ("Protesters Storm Parliament in Tirana", "riot", "Tirana"),
        ("Protesters storm parliament in Tirana", "riot", "Tirana"),
        ("The Protesters Storm Parliament in Tirana", "riot", "Tirana"),
        ("Rebels Storm Police Post in Kidal", "strike", "Kidal"),
    ],
)
def test_a_headline_with_an_article_or_people_who_storm(text: str, kind: str, town: str) -> None:
    events = _events(text, "en")
    assert [e[0] for e in events] == [kind]
    assert events[0][1] is not None and town in events[0][1] or events[0][1] == town
    assert events[0][2] == DAY  # the report's day


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Storm hits Veracruz", "disaster"),
        ("Winter storms batter Tamaulipas coast", "disaster"),
        ("Floods Hit Bihar", "disaster"),
    ],
)
def test_a_storm_without_people_stays_the_hazard(text: str, kind: str) -> None:
    assert [e[0] for e in _events(text, "en")] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "The Floods Are a Warning for Bihar",
        "The floods killed crops, farmers in Bihar said last year.",
    ],
)
def test_a_definite_hazard_that_is_no_headline_news_stays_none(text: str) -> None:
    assert _events(text, "en") == []


@pytest.mark.parametrize(
    ("lang", "text", "kind", "town"),
    [
        (
            "de",
            "Drohnen, die nahe Belgorod gestartet waren, trafen am Montag Charkiw.",
            "strike",
            "Kharkiv",
        ),
        (
            "de",
            "Der Zug, der in Leipzig gestartet war, entgleiste am Montag bei Riesa.",
            "accident",
            "Riesa",
        ),
        (
            "de",
            "Die Kämpfer, die aus dem Tschad gekommen waren, griffen am Sonntag Abéché an.",
            "strike",
            "Abéché",
        ),
        (
            "de",
            "Raketen, die von der Krim abgefeuert worden waren, trafen am Montag Odessa.",
            "strike",
            "Odesa",
        ),
        (
            "en",
            "The gunmen, who had crossed from Niger, attacked Kaya on Sunday.",
            "strike",
            "Kaya",
        ),
        (
            "en",
            "The militants, who had arrived from Mali, attacked a village near Dori on Sunday.",
            "strike",
            "Dori",
        ),
        (
            "en",
            "The drones, which had been launched near Belgorod, struck Kharkiv on Monday.",
            "strike",
            "Kharkiv",
        ),
    ],
)
def test_the_event_is_the_main_verbs_and_the_journey_its_setting(
    lang: str, text: str, kind: str, town: str
) -> None:
    assert [(e[0], e[1]) for e in _events(text, lang)] == [(kind, town)]


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        # a journey with a day of its own is told in passing and stays
        (
            "en",
            "The minister, who had flown to Nairobi on Sunday, met the president on Monday.",
            ["travel", "meeting"],
        ),
        # an earlier act of another kind stays its own event
        (
            "en",
            "Two aid workers, who had been kidnapped near Gao in May, were released on Monday.",
            ["violence_against_civilians", "strategic_development"],
        ),
        (
            "de",
            "Die Männer, die am Montag in Goma entführt worden waren, wurden am Dienstag "
            "freigelassen.",
            ["violence_against_civilians", "strategic_development"],
        ),
        # no relative clause: the journey is the news
        (
            "de",
            "Die Delegation war am Sonntag nach Nairobi gereist.",
            ["travel"],
        ),
    ],
)
def test_earlier_acts_and_dated_journeys_stay(lang: str, text: str, kinds: list[str]) -> None:
    assert [e[0] for e in _events(text, lang)] == kinds


def test_a_wire_story_with_a_subject_aside() -> None:
    text = (
        "OUAGADOUGOU, June 3 (AFP) - The gunmen, who had crossed from Niger overnight, "
        "attacked an army post near Dori on Monday, killing 11 soldiers, the army said. "
        '"They came on motorbikes," a resident told AFP by phone. Troops later pushed the '
        "attackers back towards the border, the statement said."
    )
    events = _events(text, "en")
    assert events[0][:2] == ("strike", "Dori")
    assert "travel" not in [e[0] for e in events]


def test_eine_meldung_mit_einem_relativsatz_zum_subjekt() -> None:
    text = (
        "KIEW, 3. Juni (dpa) - Drohnen, die in der Nacht nahe Belgorod gestartet waren, trafen "
        "am Montag ein Umspannwerk in Charkiw. Zwei Arbeiter wurden verletzt, teilte der "
        'Gouverneur mit. "Der Strom fiel in mehreren Vierteln aus", sagte er.'
    )
    events = _events(text, "de")
    assert events[0][:2] == ("strike", "Kharkiv")
    assert "launch" not in [e[0] for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rains killed 9 people in Sylhet on Monday.",
        "The Heavy Rains Kill 9 in Sylhet",
        "Torrential downpours killed five people in Sylhet on Monday.",
        "A cloudburst killed 14 people in Kullu on Monday.",
    ],
)
def test_rain_that_killed_is_the_weather(text: str) -> None:
    assert [e[0] for e in _events(text, "en")] == ["disaster"]


def test_people_killed_during_rain_stay_an_attack() -> None:
    text = "Gunmen killed nine villagers during heavy rains near Sylhet on Monday."
    assert [e[0] for e in _events(text, "en")] == ["violence_against_civilians"]
