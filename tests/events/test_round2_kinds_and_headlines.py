"""Round-2 classes of issue #20: shots fired are gunfire, not a launch, and German headlines
and leads in the present tense tell the report's day, as English ones do.

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _events(text: str, lang: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


@pytest.mark.parametrize(
    ("text", "lang", "kind", "sub_kind", "place", "day"),
    [
        # shots at armed men (a patrol, a checkpoint, across a border): an armed clash
        (
            "Shots were fired at a police patrol in Kirkuk on Tuesday.\n",
            "en",
            "battle",
            "armed_clash",
            "Kirkuk",
            "2025-06-10",
        ),
        (
            "Gunmen fired shots at a checkpoint near Peshawar on Monday.\n",
            "en",
            "battle",
            "armed_clash",
            "Peshawar",
            "2025-06-09",
        ),
        (
            "Am Dienstag wurden in Kirkuk Schüsse auf eine Polizeistreife abgegeben.\n",
            "de",
            "battle",
            "armed_clash",
            "Kirkuk",
            "2025-06-10",
        ),
        (
            "Unbekannte feuerten am Montag nahe Peschawar Schüsse auf einen Kontrollposten ab.\n",
            "de",
            "battle",
            "armed_clash",
            "Peshawar",
            "2025-06-09",
        ),
        (
            "In der Nacht zum Sonntag fielen an der Grenze bei Kaesong Schüsse.\n",
            "de",
            "battle",
            "armed_clash",
            "Kaesŏng",
            "2025-06-08",
        ),
        # at protesters, by police or soldiers: a protest met with force
        (
            "Police fired shots at protesters in Lagos on Tuesday.\n",
            "en",
            "protest",
            "protest_with_intervention",
            "Lagos",
            "2025-06-10",
        ),
        (
            "Polizisten feuerten am Dienstag in Lagos Schüsse auf Demonstranten ab.\n",
            "de",
            "protest",
            "protest_with_intervention",
            "Lagos",
            "2025-06-10",
        ),
        # at civilians, a bus, worshippers: an attack on civilians
        (
            "Gunmen fired shots at a minibus near Mandera on Monday.\n",
            "en",
            "violence_against_civilians",
            "attack",
            "Mandera",
            "2025-06-09",
        ),
        (
            "Shots were fired at worshippers leaving a mosque in Kano on Friday.\n",
            "en",
            "violence_against_civilians",
            "attack",
            "Kano",
            "2025-06-06",
        ),
        (
            "Bewaffnete feuerten am Montag nahe Mandera Schüsse auf einen Kleinbus ab.\n",
            "de",
            "violence_against_civilians",
            "attack",
            "Mandera",
            "2025-06-09",
        ),
    ],
)
def test_shots_fired_are_gunfire_not_a_launch(
    text: str, lang: str, kind: str, sub_kind: str, place: str, day: str
) -> None:
    events = _events(text, lang)
    assert [(e.kind, e.sub_kind, e.place_name, e.date) for e in events] == [
        (kind, sub_kind, place, day)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        (
            "North Korea fired a ballistic missile into the sea off Wonsan on Monday.\n",
            "en",
            "launch",
        ),
        ("Nordkorea feuerte am Montag eine Rakete ins Meer ab.\n", "de", "launch"),
        (
            "Artillery units fired about 90 rounds into the sea near Kaesong on Monday.\n",
            "en",
            "explosion_remote_violence",
        ),
        (
            "Artillerieeinheiten feuerten am Montag rund 90 Granaten ins Meer bei Kaesong.\n",
            "de",
            "explosion_remote_violence",
        ),
        ("Die Temperaturen fielen am Montag in Moskau auf minus 30 Grad.\n", "de", "disaster"),
        (
            "Bei der Wahl am Sonntag wurden in Lagos Millionen Stimmen abgegeben.\n",
            "de",
            "election",
        ),
    ],
)
def test_missiles_shells_and_other_things_fired_or_cast_keep_their_kind(
    text: str, lang: str, kind: str
) -> None:
    assert [e.kind for e in _events(text, lang)] == [kind]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Sturm verwüstet Küste von Mosambik\n", "Mozambique"),
        ("Überschwemmungen töten zwölf Menschen in Kenia\n", "Kenya"),
        ("Erdrutsch zerstört Dorf in Nepal\n", "Nepal"),
        (
            "Erdbeben erschüttert Westiran\n\nTEHERAN, 11. Juni (dpa) – Ein Erdbeben der Stärke "
            "5,9 erschüttert die Provinz Kermanschah.\n",
            "Kermanshah",
        ),
    ],
)
def test_a_german_headline_in_the_present_tense_tells_the_reports_day(
    text: str, place: str
) -> None:
    events = _events(text, "de")
    assert [(e.kind, e.place_name, e.date) for e in events] == [("disaster", place, DAY)]


def test_the_german_present_tense_of_another_day_is_still_a_plan() -> None:
    assert _events("Die Fluglotsen streiken am Freitag in Lissabon.\n", "de") == ()


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "A bus crashed in Bolivia's Potosi province on Monday. The accident happened near "
            "the town of Uyuni.\n",
            "en",
            "Uyuni",
        ),
        (
            "A train derailed in Egypt on Monday. The incident occurred in Tahta, officials "
            "said.\n",
            "en",
            "Ţahţā",
        ),
        (
            "Gunmen attacked a convoy in Mali on Sunday. The incident took place near Gao.\n",
            "en",
            "Gao",
        ),
        (
            "Am Montag ist in Ägypten ein Zug entgleist. Der Vorfall ereignete sich bei Tahta.\n",
            "de",
            "Ţahţā",
        ),
        (
            "Am Montag ist in der Provinz Potosí ein Bus verunglückt. Die Tragödie geschah nahe "
            "Uyuni.\n",
            "de",
            "Uyuni",
        ),
    ],
)
def test_a_definite_generic_noun_next_says_where_the_event_was(
    text: str, lang: str, place: str
) -> None:
    events = _events(text, lang)
    assert [e.place_name for e in events] == [place]  # refined, and no second event


@pytest.mark.parametrize(
    "text",
    [
        # a destination, a direction, another country, an indefinite noun, another paragraph
        "A minibus crashed in Peru on Monday. The accident happened on the road to Cusco.\n",
        "A bus crashed in Peru on Monday. The accident happened 20 km north of Cusco.\n",
        "A bus crashed in Peru on Monday. The incident occurred in La Paz.\n",
        "A bus crashed in Peru on Monday. Such an accident happened in Cusco last year.\n",
        "A bus crashed in Peru on Monday.\n\nThe incident in Lima last week was different.\n",
    ],
)
def test_a_generic_noun_does_not_move_the_event_elsewhere(text: str) -> None:
    events = _events(text, "en")
    assert [e.place_name for e in events] == ["Peru"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Am Samstag zogen Tausende beim Protestmarsch durch Belgrad.\n", "Belgrade"),
        ("Am Samstag marschierten Tausende Demonstranten durch Tiflis.\n", "Tbilisi"),
        ("Ein Tornado zog am Montag durch Oklahoma City.\n", "Oklahoma City"),
        ("Tausende protestierten am Montag in Vororten von Paris.\n", "Paris"),
        ("In den Vororten von Lima kam es am Montag zu Plünderungen.\n", "Lima"),
    ],
)
def test_a_march_through_a_town_or_its_suburbs_is_placed_there(text: str, place: str) -> None:
    assert [e.place_name for e in _events(text, "de")] == [place]


def _dated(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.date) for e in _events(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the next paragraph tells another protest on another day: the lead keeps the
        # dateline's day
        (
            "BELGRAD, 11. Juni (dpa) – In der Nacht lieferten sich Demonstranten in Belgrad "
            "Straßenschlachten mit der Polizei.\n\nAm Samstag demonstrierten Tausende in Novi "
            "Sad gegen die Regierung.\n",
            "de",
            [("Straßenschlachten", DAY), ("demonstrierten", "2025-06-07")],
        ),
        (
            "QUITO, 11. Juni (dpa) – Am frühen Morgen griffen Bewaffnete in Quito eine "
            "Polizeiwache an.\n\nAm Freitag hatten Tausende in Guayaquil gegen die Gewalt "
            "demonstriert.\n",
            "de",
            [("griffen ... an", DAY), ("demonstriert", "2025-06-06")],
        ),
        # the next paragraph goes on with the lead's event: its day is the event's
        (
            "BELGRAD, 11. Juni (dpa) – In der Nacht lieferten sich Demonstranten in Belgrad "
            "Straßenschlachten mit der Polizei.\n\nDie Krawalle begannen am Dienstagabend vor "
            "dem Parlament.\n",
            "de",
            [("Straßenschlachten", "2025-06-10")],
        ),
    ],
)
def test_a_part_of_day_lead_takes_the_next_paragraphs_day_only_for_its_own_story(
    text: str, lang: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _dated(text, lang) == expected
