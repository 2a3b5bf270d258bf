"""A first-level unit named right after a town holds it (session 17, round 2, issue 20):
``<Town> in <Province> province``, ``<Town> in der Präfektur <X>`` are read as ``<Town>,
<Province>`` is, so the reading that unit holds outranks a namesake elsewhere in the
dateline's country (or another country), which the dateline's setting would otherwise pick
as the better-known town (``geomap/geoparse/_rank.py``, ``_unit_after``)."""

from __future__ import annotations

import pytest

import geomap
from geomap.geometry import haversine_km

DAY = "2025-06-11"

# (lang, text, town, lat, lon): the town's reading must lie within 50 km of the point
ROWS = [
    # two namesakes in two prefectures of the dateline's country
    (
        "en",
        "TOKYO, June 11 (Reuters) - Floods hit Fuchu in Hiroshima prefecture on Monday.",
        "Fuch",
        34.39,
        132.51,
    ),
    (
        "de",
        "TOKIO (dpa) - Hochwasser hat am Montag Fuchu in der Präfektur Hiroshima getroffen.",
        "Fuch",
        34.39,
        132.51,
    ),
    # guards: the unit's town was already read right, and stays so
    (
        "en",
        "WASHINGTON, June 11 (Reuters) - A tornado hit Springfield in Missouri on Monday.",
        "Springfield",
        37.22,
        -93.30,
    ),
    (
        "en",
        "NEW DELHI, June 11 (Reuters) - Floods hit Hyderabad in Sindh province on Monday.",
        "Hyderabad",
        25.39,
        68.37,
    ),
    (
        "en",
        "BEIJING, June 11 (Reuters) - Floods hit Heping in Fujian province on Monday.",
        "Heping",
        25.34,
        117.42,
    ),
    (
        "de",
        "MADRID (dpa) - Ein Erdbeben hat am Montag Trujillo in der Provinz La Libertad "
        "erschüttert.",
        "Trujillo",
        -8.11,
        -79.03,
    ),
    (
        "en",
        "LONDON, June 11 (Reuters) - Floods hit Perth in Western Australia on Monday.",
        "Perth",
        -31.95,
        115.86,
    ),
]


@pytest.mark.parametrize(("lang", "text", "town", "lat", "lon"), ROWS)
def test_the_unit_after_a_town_holds_it(
    lang: str, text: str, town: str, lat: float, lon: float
) -> None:
    places = geomap.analyze(text, lang=lang, date=DAY).places
    got = [p for p in places if p.name and p.name.startswith(town) and p.lat is not None]
    assert got, places
    assert haversine_km(got[0].lat, got[0].lon, lat, lon) <= 50, got[0]


@pytest.mark.xfail(
    strict=True,
    reason="the Philippines' provinces are second-level units in the gazetteer; the rule "
    "reads only first-level units and islands (state_holds), so a Pangasinan town is not "
    "told from its namesake in Batangas",
)
def test_a_second_level_province_after_a_town() -> None:
    text = "MADRID, June 11 (Reuters) - Floods hit San Carlos in Pangasinan province on Monday."
    places = geomap.analyze(text, lang="en", date=DAY).places
    got = [p for p in places if p.name == "San Carlos" and p.lat is not None]
    assert got and haversine_km(got[0].lat, got[0].lon, 15.93, 120.35) <= 50, places
