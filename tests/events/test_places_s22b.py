"""Places of session 22, round 2 (docs/events.md, "Carried places: the injured flown
elsewhere, the sayer's town, the capital by the dateline, a mountain range (session 22,
round 2, h22-evplace)"). Sentences of our own, with other places and wording than the dev
articles that showed each class: people hurt or a crew flown elsewhere are no journey and
lend no place to a later event; the town a police force speaks from yields to the scene the
story just told; a bare ``the capital`` under a dateline is the dateline country's; a
mountain range yields to the town near it; a month read from the first word of a town's
name is no date."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2026-10-07"  # a Wednesday


def _events(lang: str, text: str) -> list[tuple[str, str, str | None]]:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    return [(e.kind, plain(e.place_name or ""), e.date) for e in events]


# A journey's participle in a passive whose subject is people hurt or a crew: their care, no
# journey; the later event is carried from the accident, not from the hospital's city.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "A lorry and a minibus collided outside Mzuzu on Monday. The wounded were later"
            " flown to Lilongwe for treatment. Investigators detained the lorry's driver on"
            " Tuesday.",
            [("accident", "mzuzu"), ("strategic_development", "mzuzu")],
        ),
        (
            "de",
            "Ein Reisebus ist am Montag bei Fulda verunglückt. Die Verletzten wurden später"
            " nach Frankfurt geflogen. Ermittler nahmen am Dienstag den Fahrer fest.",
            [("accident", "fulda"), ("strategic_development", "fulda")],
        ),
        # guards: released hostages flown home and a minister's flight stay journeys
        (
            "de",
            "Die freigelassenen Geiseln wurden am Montag von Niamey nach Paris geflogen.",
            [("travel", "paris")],
        ),
        ("en", "The foreign minister flew to Tbilisi on Monday.", [("travel", "tbilisi")]),
    ],
)
def test_moved_people_are_no_journey(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(kind, place) for kind, place, _ in _events(lang, text)] == expected


# "The police in B said five of them were detained" right after the story told where: the scene,
# not the sayer's B; with no scene just before, B stays.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Hundreds of traders marched through Garissa on Monday. The police in Nairobi"
            " said five of them were detained.",
            [("protest", "garissa"), ("strategic_development", "garissa")],
        ),
        (
            "de",
            "In Posen streikten am Montag Hunderte Busfahrer. Die Behörden in Warschau"
            " erklärten, Polizisten hätten am Dienstag zwölf der Streikenden festgenommen.",
            [("protest", "poznan"), ("strategic_development", "poznan")],
        ),
        (
            "en",
            "Dockers marched through Durrës on Monday. On Tuesday, police in Shkodër said"
            " they had arrested 15 of them.",
            [("protest", "durres"), ("strategic_development", "durres")],
        ),
        (
            "en",
            "Police in Nairobi said they detained eight men on Monday.",
            [("strategic_development", "nairobi")],
        ),
        (
            "de",
            "Die Behörden in Warschau erklärten, Polizisten hätten am Dienstag acht Männer"
            " festgenommen.",
            [("strategic_development", "warsaw")],
        ),
    ],
)
def test_sayer_town_yields_to_scene(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(kind, place) for kind, place, _ in _events(lang, text)] == expected


# A bare "the capital" with no country named before it: the dateline country's capital,
# not the dateline town; a country named before it still decides.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "KANDY, Sri Lanka, Oct 7 (Reuters) - In the capital, thousands of teachers marched"
            " on Tuesday.",
            "colombo",
        ),
        (
            "en",
            "DURBAN, Oct 7 (Reuters) - Thousands of nurses marched in the capital on Tuesday.",
            "pretoria",
        ),
        (
            "de",
            "Arequipa (dpa) - In der Hauptstadt nahm die Polizei am Dienstag 30 Menschen fest.",
            "lima",
        ),
        (
            "en",
            "DURBAN, Oct 7 (Reuters) - Zimbabwe's opposition said police arrested 30 people in"
            " the capital on Tuesday.",
            "harare",
        ),
    ],
)
def test_capital_by_dateline_country(lang: str, text: str, place: str) -> None:
    assert [p for _, p, _ in _events(lang, text)] == [place]


# A mountain range across borders yields to the town near it; a range alone and a single
# peak stay.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "A bus plunged into a ravine in the Andes near Huancavelica on Tuesday.",
            "huancavelica",
        ),
        (
            "de",
            "Ein Bus ist am Dienstag in den Karpaten bei Brasov in eine Schlucht gestürzt.",
            "brasov",
        ),
        ("en", "An avalanche buried four skiers in the Alps on Tuesday.", "alps"),
        (
            "en",
            "An avalanche buried two climbers on Mount Kenya near Nanyuki on Tuesday.",
            "mount kenya",
        ),
    ],
)
def test_mountain_range_yields_to_town_near(lang: str, text: str, place: str) -> None:
    assert [p for _, p, _ in _events(lang, text)] == [place]


# "Police in May <...> said": the month word opens a town's name, no date; the arrest takes
# the day of the march it follows.
def test_month_word_of_a_town_name_is_no_date() -> None:
    text = (
        "Students marched in Gondar on Monday. Police in May Cadera said officers arrested"
        " six of them."
    )
    assert [d for _, _, d in _events("en", text)] == ["2026-10-05", "2026-10-05"]


# A follow-up with no place after a background event told between (dated more than a week
# before it): the scene of the days around it, not the history's town; with no such scene
# the background event's town stays.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Protesters clashed with police in Nakuru on Monday. The protests began last month"
            " in Eldoret. Police arrested 40 people on Tuesday.",
            "nakuru",
        ),
        (
            "de",
            "In Nakuru lieferten sich Demonstranten am Montag Straßenschlachten mit der"
            " Polizei. Die Proteste hatten im vergangenen Monat in Eldoret begonnen. Die"
            " Polizei nahm am Dienstag 40 Menschen fest.",
            "nakuru",
        ),
        ("en", "Floods hit Kisumu last month. Police arrested four looters on Tuesday.", "kisumu"),
    ],
)
def test_carried_from_the_recent_scene(lang: str, text: str, place: str) -> None:
    assert _events(lang, text)[-1][:2] == ("strategic_development", place)
