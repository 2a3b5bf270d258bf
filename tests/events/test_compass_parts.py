"""A compass part of a country or a province as an event's place (``in northern X``, ``in
the north-east of X``, ``im Süden Xs``, ``im Nordosten des Landes``): the event is at that
part (the centre of the outer third of the country towards the direction, a diagonal the
corner of two thirds), keeps the country as its place (its id, ``part:<point>`` in
``relation``) and has ``region`` precision. A direction from a town (``20 km north of X``),
a country whose name holds a compass word and a town named in the clause stay as they were.

Written for these tests, before geomap ran on them, in other regions than the benchmark's
articles: each row gives a town a reader knows lies in that part (general knowledge, not
geomap's gazetteer) and how far from it the part's point may lie (a part of a country is a
region some hundreds of kilometres wide)."""

from __future__ import annotations

import pytest

import geomap
from geomap.geometry import geodesic_km
from tests.support.event_table import plain

DAY = "2025-06-11"  # a Wednesday
TUE, MON = "2025-06-10", "2025-06-09"

# (text, language, kind, day, name of the place, a town in the part (lat, lon), km)
PARTS: list[tuple[str, str, str, str, str, tuple[float, float], float]] = [
    (
        "ABUJA, June 10 (Reuters) - Gunmen attacked a convoy in north-eastern Nigeria on "
        "Tuesday, killing eight soldiers, the army said.",
        "en",
        "violence_against_civilians|battle|explosion_remote_violence",
        TUE,
        "north-eastern Nigeria",
        (11.85, 13.16),  # Maiduguri
        250,
    ),
    (
        "NAIROBI, June 10 (Reuters) - Floods swept through villages in northern Kenya on "
        "Monday, killing five people.",
        "en",
        "disaster",
        MON,
        "northern Kenya",
        (2.34, 37.99),  # Marsabit
        300,
    ),
    (
        "DAMASKUS (dpa) - Bei Luftangriffen im Nordwesten Syriens sind am Dienstag mindestens "
        "sechs Menschen getötet worden.",
        "de",
        "explosion_remote_violence",
        TUE,
        "north-western Syria",
        (35.93, 36.63),  # Idlib
        150,
    ),
    (
        "Paris (AFP) - Ein Waldbrand hat am Montag im Südwesten Frankreichs mehr als 2.000 "
        "Hektar Kiefernwald zerstört.",
        "de",
        "disaster",
        MON,
        "south-western France",
        (44.84, -0.58),  # Bordeaux
        250,
    ),
    (
        "Nairobi (dpa) - Die Regierung Kenias hat neue Soldaten entsandt. Bei einem Überfall im "
        "Norden des Landes wurden am Montag zwölf Hirten getötet.",
        "de",
        "violence_against_civilians|battle",
        MON,
        "northern Kenya",
        (2.34, 37.99),  # Marsabit
        300,
    ),
    # a noun of direction right before the name, and the owner before it
    (
        "NAIROBI, June 10 (Reuters) - Bandits killed four herders in Kenya's north on Monday.",
        "en",
        "violence_against_civilians|battle",
        MON,
        "northern Kenya",
        (2.34, 37.99),  # Marsabit
        300,
    ),
    (
        "DAMASCUS, June 10 (Reuters) - Syria's army said it had sent troops. A car bomb "
        "exploded at a checkpoint in the country's north-east on Tuesday.",
        "en",
        "explosion_remote_violence",
        TUE,
        "north-eastern Syria",
        (36.50, 40.75),  # Al-Hasakah
        150,
    ),
    (
        "ABUJA, June 10 (Reuters) - Gunmen attacked a convoy in northeast Nigeria on Tuesday.",
        "en",
        "violence_against_civilians|battle|explosion_remote_violence",
        TUE,
        "north-eastern Nigeria",
        (11.85, 13.16),  # Maiduguri
        250,
    ),
    (
        "HANOI, June 10 (AP) - A storm flooded thousands of homes in the north of Vietnam on "
        "Tuesday.",
        "en",
        "disaster",
        TUE,
        "northern Vietnam",
        (21.03, 105.85),  # Hanoi
        250,
    ),
]


def _rows(rows: list) -> list:
    return [pytest.param(*r, id=f"{r[1]}-{r[4]}") for r in rows]


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "name", "near", "km"), _rows(PARTS))
def test_compass_part_is_the_place(
    text: str,
    lang: str,
    kinds: str,
    day: str,
    name: str,
    near: tuple[float, float],
    km: float,
) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.kind, e.date, e.place_name, e.lat, e.lon, e.place_precision) for e in events]
    assert any(
        e.kind in kinds.split("|")
        and e.date == day
        and e.place_name is not None
        and plain(e.place_name) == plain(name)
        and e.place_precision == "region"
        and e.lat is not None
        and e.lon is not None
        and geodesic_km(e.lat, e.lon, *near) <= km
        and "part:" in (e.relation or "")
        for e in events
    ), got


# (text, language, the place's name as before: no compass part)
NOT_PARTS: list[tuple[str, str, str]] = [
    # a direction from a town is no part of it
    (
        "MAIDUGURI, June 10 (Reuters) - Gunmen attacked a convoy 20 km north of Maiduguri on "
        "Tuesday.",
        "en",
        "Maiduguri",
    ),
    # a direction from a capital named by its country
    (
        "ABUJA, June 10 (Reuters) - Gunmen attacked a convoy 200 km north of Nigeria's "
        "capital on Tuesday.",
        "en",
        "Abuja",
    ),
    # a country whose name holds a compass word
    (
        "PRETORIA, June 10 (Reuters) - South Africa held talks with Namibia in Pretoria on "
        "Tuesday.",
        "en",
        "Pretoria",
    ),
    # a town of the part named in the clause is finer than the part
    (
        "Nairobi (dpa) - Im Norden Kenias haben Bewaffnete am Montag in der Stadt Marsabit "
        "zwölf Hirten getötet.",
        "de",
        "Marsabit",
    ),
]


@pytest.mark.parametrize(("text", "lang", "name"), [pytest.param(*r, id=r[2]) for r in NOT_PARTS])
def test_no_compass_part(text: str, lang: str, name: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.kind, e.place_name, e.relation) for e in events]
    assert events, got
    assert all(
        e.place_name is not None
        and plain(name) in plain(e.place_name)
        and "part:" not in (e.relation or "")
        for e in events
    ), got
