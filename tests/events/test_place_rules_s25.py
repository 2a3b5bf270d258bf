"""Look-alikes of session 25's place rules (h25-evplace; docs/events.md, "The place of an
event on unseen copy (session 25, h25-evplace)"). Sentences of our own, in other regions
and other wording than the dev articles that motivated each rule: rows the rule must
change, and look-alikes it must leave alone.

- A country or province on an island of several states (``in Brunei auf der Insel
  Borneo``, ``in Haiti, on the island of Hispaniola``) is the finer place; an island of one
  country (``Indonesia on the island of Java``) and an island named alone stay the island.
- A state or province right after a town (``near the town of X in northern Y``, ``X,
  Y``, ``bei X im Osten der Provinz Y``) says which namesake is meant, however small.
- A region that only locates the event's town (``outside A in central B``) is no area of
  its own: ``in the area``, ``in der Region`` is around A.
"""

from __future__ import annotations

import math

import pytest

import geomap

DAY = "2026-06-10"  # a Wednesday: Montag is 2026-06-08, Dienstag 2026-06-09


def _events(text: str, lang: str) -> list[geomap.Event]:
    return list(geomap.analyze(text, lang=lang, date=DAY).events)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = math.radians
    a = (
        math.sin(r(lat2 - lat1) / 2) ** 2
        + math.cos(r(lat1)) * math.cos(r(lat2)) * math.sin(r(lon2 - lon1) / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(a))


def _at(event: geomap.Event, name: str, lat: float, lon: float) -> bool:
    return (
        event.place_name == name
        and event.lat is not None
        and event.lon is not None
        and _km(lat, lon, event.lat, event.lon) < 50
    )


# ------------------------------------------------------- a state on an island of several


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "Bei Überschwemmungen in Haiti auf der Insel Hispaniola sind am Montag zwölf "
            "Menschen gestorben.",
            "de",
            "Haiti",
        ),
        (
            "In der Dominikanischen Republik auf der Insel Hispaniola demonstrierten am "
            "Montag Tausende.",
            "de",
            "Dominican Republic",
        ),
        (
            "Ein Erdbeben hat am Montag Osttimor auf der Insel Timor erschüttert.",
            "de",
            "East Timor",
        ),
        (
            "Ein Zyklon ist am Montag in Papua-Neuguinea auf der Insel Neuguinea auf Land "
            "getroffen.",
            "de",
            "Papua New Guinea",
        ),
        (
            "A landslide buried a village in Brunei on the island of Borneo on Monday.",
            "en",
            "Brunei",
        ),
        ("An earthquake struck East Timor on the island of Timor on Monday.", "en", "East Timor"),
        ("Floods hit Sarawak on the island of Borneo on Monday.", "en", "Sarawak"),
        # guards: rows that must stay as they were
        # an island of one country lies inside it: the island is the finer place
        ("Floods hit Indonesia on the island of Sumatra on Monday.", "en", "Sumatra"),
        ("Ein Erdbeben hat am Montag Indonesien auf der Insel Java erschüttert.", "de", "Java"),
        # a town on a shared island, and the island alone
        ("A ferry capsized off Miri on the island of Borneo on Monday.", "en", "Miri"),
        ("A storm hit the island of Borneo on Monday.", "en", "Borneo"),
        ("Auf der Insel Borneo gab es am Montag schwere Überschwemmungen.", "de", "Borneo"),
        ("Protesters rallied on Monday in Haiti, on the island of Hispaniola.", "en", "Haiti"),
    ],
)
def test_a_state_on_an_island_of_several_is_the_place(text: str, lang: str, place: str) -> None:
    assert [e.place_name for e in _events(text, lang)] == [place], text


# --------------------------------------------------- a town's namesake in the named state

RICHMOND_QLD = ("Richmond", -20.73, 143.14)
ALEXANDRIA_ON = ("Alexandria", 45.31, -74.64)


@pytest.mark.parametrize(
    ("text", "lang", "where"),
    [
        (
            "A landslide buried five houses on Monday near the town of Richmond in northern "
            "Queensland.",
            "en",
            RICHMOND_QLD,
        ),
        ("A landslide buried five houses on Monday near Richmond, Queensland.", "en", RICHMOND_QLD),
        ("A train derailed on Monday in Alexandria, Ontario.", "en", ALEXANDRIA_ON),
        ("A train derailed on Monday near Alexandria in Ontario.", "en", ALEXANDRIA_ON),
        (
            "Nahe der Stadt Richmond im Norden von Queensland wurden am Montag fünf Häuser "
            "verschüttet.",
            "de",
            RICHMOND_QLD,
        ),
        (
            "Ein Zug entgleiste am Montag bei Alexandria im Osten der Provinz Ontario.",
            "de",
            ALEXANDRIA_ON,
        ),
        (
            "Ein Zug entgleiste am Montag bei Alexandria in der kanadischen Provinz Ontario.",
            "de",
            ALEXANDRIA_ON,
        ),
        (
            "Bei Alexandria in der Provinz Ontario ist am Montag ein Zug entgleist.",
            "de",
            ALEXANDRIA_ON,
        ),
        (
            "Bei Richmond im Norden Queenslands wurden am Montag fünf Häuser verschüttet.",
            "de",
            RICHMOND_QLD,
        ),
        # guards: rows that must stay as they were
        # the reading read first lies in the state already
        (
            "A bus crashed on Monday near the town of Hamilton in western Victoria.",
            "en",
            ("Hamilton", -37.74, 142.02),
        ),
        ("Protesters marched on Monday in Paris in northern France.", "en", ("Paris", 48.85, 2.35)),
        # no state after the town: the big namesake stays
        ("A train derailed on Monday near Alexandria.", "en", ("Alexandria", 31.2, 29.92)),
        (
            "Ein Zug entgleiste am Montag bei Alexandria.",
            "de",
            ("Alexandria", 31.2, 29.92),
        ),
    ],
)
def test_a_state_after_a_town_picks_its_namesake_there(
    text: str, lang: str, where: tuple[str, float, float]
) -> None:
    events = _events(text, lang)
    assert len(events) == 1 and _at(events[0], *where), (text, events)


# ------------------------------------------------ a region that only locates the town


@pytest.mark.parametrize(
    ("text", "lang", "where"),
    [
        (
            "A truck overturned on the highway outside Hamilton in western Victoria on Monday. "
            "Firefighters battled a grass fire in the area on Tuesday.",
            "en",
            ("Hamilton", -37.74, 142.02),
        ),
        (
            "A bus crashed near the town of Richmond in northern Queensland on Monday. Police "
            "arrested three looters in the area on Tuesday.",
            "en",
            RICHMOND_QLD,
        ),
        (
            "A landslide buried five houses in Kandy, Central Province, on Monday. Police "
            "arrested two looters in the area on Tuesday.",
            "en",
            ("Kandy", 7.29, 80.63),
        ),
        (
            "Bei Hamilton im Westen von Victoria ist am Montag ein Lastwagen umgekippt. In der "
            "Region brach am Dienstag ein Buschfeuer aus.",
            "de",
            ("Hamilton", -37.74, 142.02),
        ),
        (
            "Ein Bus ist am Montag bei Mardan in der Provinz Khyber Pakhtunkhwa verunglückt. In "
            "der Region nahm die Polizei am Dienstag zwei Plünderer fest.",
            "de",
            ("Mardan", 34.2, 72.04),
        ),
    ],
)
def test_the_area_after_a_town_located_by_its_region_is_the_town(
    text: str, lang: str, where: tuple[str, float, float]
) -> None:
    events = _events(text, lang)
    assert len(events) == 2 and _at(events[1], *where), (text, events)


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        # the region is the scene itself, or named in a sentence of its own
        (
            "Floods hit Sindh province on Monday. On Tuesday, police arrested 20 looters in the "
            "area.",
            "en",
            "Sindh",
        ),
        (
            "A bus crashed in Mardan on Monday. On Tuesday floods hit Khyber Pakhtunkhwa "
            "province. Police arrested 20 looters in the area on Wednesday.",
            "en",
            "Khyber Pakhtunkhwa",
        ),
        (
            "Hochwasser hat am Montag die Provinz Sindh überflutet. Am Dienstag nahm die "
            "Polizei in der Region 20 Plünderer fest.",
            "de",
            "Sindh",
        ),
    ],
)
def test_the_area_after_a_region_of_its_own_stays_the_region(
    text: str, lang: str, place: str
) -> None:
    assert _events(text, lang)[-1].place_name == place, text


# ------------------------------------------ a club named after a town, opening the sentence


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Anhänger von Dynamo Kiew randalierten am Montag in Lwiw.", "Lviv"),
        (
            "Anhänger von Galatasaray Istanbul lieferten sich am Montag in Ankara Schlägereien "
            "mit der Polizei.",
            "Ankara",
        ),
        ("Fans von Spartak Moskau randalierten am Montag in Sankt Petersburg.", "Saint Petersburg"),
        ("Polizisten von Lwiw nahmen am Montag in Kiew zwei Männer fest.", "Kyiv"),
        # as after an article before (session 24)
        ("Die Fans von Dynamo Kiew randalierten am Montag in Lwiw.", "Lviv"),
        # guards: rows that must stay as they were
        # alone, the owner's town still places the event
        ("Anhänger von Dynamo Kiew randalierten am Montag.", "Kyiv"),
        ("Bewohner von Kiew demonstrierten am Montag gegen Stromausfälle.", "Kyiv"),
        # a preposition opening the sentence is no owner's noun
        ("Von Kiew aus flog der Minister am Montag nach Lwiw.", "Lviv"),
        ("Nahe von Kiew stürzte am Montag ein Flugzeug ab.", "Kyiv"),
        ("Truppen von Kiew eroberten am Montag ein Dorf bei Charkiw.", "Kharkiv"),
        # the owner's town with its region in an apposition: no place of the clause
        (
            "Bewohner von Kaunas, einer Stadt im Süden Litauens, demonstrierten am Montag gegen "
            "den Bau einer Straße.",
            "Kaunas",
        ),
    ],
)
def test_an_owners_von_after_the_first_word_yields_to_the_clause_place(
    text: str, place: str
) -> None:
    assert [e.place_name for e in _events(text, "de")] == [place], text


def test_an_english_club_named_after_a_town_stays_apart() -> None:
    events = _events("Fans of Dynamo Kyiv rioted in Lviv on Monday.", "en")
    assert [e.place_name for e in events] == ["Lviv"]
