"""Evacuations, as the taxonomy decides them (docs/events.md, session 28, h28-evgaps): ACLED
codes no evacuation and EM-DAT counts the evacuated among a disaster's affected, so an
evacuation is no event of its own. Told beside its disaster it adds no second event (the
disaster is the event, the evacuated its quantity); told alone it is none; ordered by an
authority it is a decree (a statement), as a curfew is. People who fled are no event
either. Sentences written for these tests, in regions no held-out article is from."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-04"


def _events(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.place_name) for e in geomap.analyze(text, lang=lang, date=DAY).events]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Authorities evacuated 300 people from Nakhon Sawan on Monday."),
        ("en", "Soldiers evacuated 1,200 villagers from the banks of the Mekong near Pakse."),
        ("en", "Residents fled Kharkiv on Sunday."),
        ("de", "Tausende wurden am Montag aus Pirna in Sicherheit gebracht."),
        ("de", "Die Behörden evakuierten am Montag 300 Menschen aus Nakhon Sawan."),
        ("de", "Rund 800 Anwohner mussten am Dienstag ihre Häuser in Grimma verlassen."),
    ],
)
def test_an_evacuation_alone_is_no_event(lang: str, text: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "Rescuers evacuated 2,000 residents from villages near Kozhikode after floods on "
            "Tuesday.",
            "disaster",
        ),
        (
            "en",
            "Thousands of residents fled Mati on Monday as a wildfire swept through the town.",
            "disaster",
        ),
        (
            "en",
            "Floods forced the evacuation of 300 people from Nakhon Sawan on Monday.",
            "disaster",
        ),
        (
            "de",
            "Wegen des Waldbrands wurden am Montag 500 Menschen aus Mati in Sicherheit gebracht.",
            "disaster",
        ),
        (
            "de",
            "Das Hochwasser zwang am Montag 300 Menschen in Pirna, ihre Häuser zu verlassen.",
            "disaster",
        ),
    ],
)
def test_an_evacuation_beside_its_disaster_adds_no_second_event(
    lang: str, text: str, kind: str
) -> None:
    assert [e[0] for e in _events(text, lang)] == [kind]


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        (
            "en",
            "Rescuers evacuated 2,000 residents from villages near Kozhikode after floods on "
            "Tuesday.",
            "Kozhikode",
        ),
        (
            "en",
            "Thousands of residents fled Mati on Monday as a wildfire swept through the town.",
            "Mati",
        ),
        (
            "de",
            "Das Hochwasser zwang am Montag 300 Menschen in Pirna, ihre Häuser zu verlassen.",
            "Pirna",
        ),
    ],
)
def test_the_disaster_is_where_people_were_evacuated(lang: str, text: str, town: str) -> None:
    assert _events(text, lang)[0][1] == town


@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        (
            "en",
            "Floods forced the evacuation of 300 people from Nakhon Sawan on Monday.",
            "Nakhon Sawan",
        ),
        (
            "en",
            "A cyclone forced the evacuation of 40,000 people from Barisal on Sunday.",
            "Barishal",
        ),
        (
            "de",
            "Wegen des Waldbrands wurden am Montag 500 Menschen aus Mati in Sicherheit gebracht.",
            "Mati",
        ),
        ("de", "Wegen des Hochwassers wurden am Montag 300 Menschen aus Pirna evakuiert.", "Pirna"),
    ],
)
def test_the_disaster_is_where_people_were_moved_from(lang: str, text: str, town: str) -> None:
    assert _events(text, lang)[0][1] == town


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no evacuation: the people's town is whose they are
        ("en", "Floods killed 12 people from Nakhon Sawan on Monday."),
    ],
)
def test_people_from_a_town_without_an_evacuation_place_nothing(lang: str, text: str) -> None:
    assert _events(text, lang)[0][1] is None


@pytest.mark.xfail(
    strict=True,
    reason="the evacuation before its disaster ('evacuated 300 people from X as floods "
    "rose'): the people's town is read only after the disaster's word; and a place the "
    "evacuated were taken to ('from X to Y') is taken as the scene (left for a later session)",
)
@pytest.mark.parametrize(
    ("lang", "text", "town"),
    [
        (
            "en",
            "Authorities evacuated 300 people from Nakhon Sawan on Monday as floods rose.",
            "Nakhon Sawan",
        ),
        (
            "en",
            "Floods forced the evacuation of 300 people from Nakhon Sawan to Bangkok on Monday.",
            "Nakhon Sawan",
        ),
        (
            "de",
            "Das Hochwasser zwang am Montag 300 Menschen aus Pirna in Notunterkünfte in Dresden.",
            "Pirna",
        ),
    ],
)
def test_the_disaster_is_where_people_were_moved_from_later(
    lang: str, text: str, town: str
) -> None:
    assert _events(text, lang)[0][1] == town


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Die Behörden ordneten am Montag die Evakuierung von Pirna an."),
        ("en", "The governor ordered the evacuation of Nakhon Sawan on Monday."),
    ],
)
def test_an_evacuation_ordered_is_a_decree(lang: str, text: str) -> None:
    assert [e[0] for e in _events(text, lang)] == ["statement"]


def test_a_flood_story_has_one_flood_and_no_evacuation_event() -> None:
    text = (
        "PAKSE, June 3 (AFP) - Floods swept through villages near Pakse on Monday after days "
        "of heavy rain, killing four people. Soldiers evacuated more than 1,200 villagers "
        'from the banks of the Mekong, the provincial governor said. "The water rose within '
        'an hour," one farmer said. Many residents fled to relatives in Savannakhet.'
    )
    assert [e[0] for e in _events(text, "en")] == ["disaster"]


def test_eine_hochwassermeldung_hat_ein_hochwasser_und_keine_evakuierung() -> None:
    text = (
        "DRESDEN, 3. Juni (dpa) - Das Hochwasser der Elbe hat am Montag Teile von Pirna "
        "überflutet. Rund 1.500 Anwohner wurden in Sicherheit gebracht, teilte die Stadt mit. "
        '"So hoch stand das Wasser seit 2013 nicht mehr", sagte der Bürgermeister.'
    )
    assert [e[0] for e in _events(text, "de")] == ["disaster"]
