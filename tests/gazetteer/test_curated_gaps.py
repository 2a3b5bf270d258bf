"""Curated rows for gaps of issue 16: Northern Ireland's six traditional counties,
McMurdo Station, Ambae island. Read right: each name, in a sentence, is that feature."""

from __future__ import annotations

import pytest

import geomap
from geomap.geometry import haversine_km

NI_COUNTIES = ("Antrim", "Armagh", "Down", "Fermanagh", "Londonderry", "Tyrone")
BELFAST = (54.597, -5.930)


@pytest.mark.parametrize("county", NI_COUNTIES)
def test_a_northern_irish_county_is_the_county_not_the_town(gaz, county):
    got = gaz.lookup(f"County {county}", lang="en")
    assert got and got[0].kind == "region" and got[0].country_code == "GB"
    # all six lie within about 130 km of Belfast (Enniskillen, Fermanagh: 115 km)
    assert haversine_km(got[0].lat, got[0].lon, *BELFAST) < 130
    text = f"Police in County {county} closed two roads after the storm."
    places = geomap.analyze(text, lang="en", claims=False, events=False).places
    assert [(p.mention, p.kind) for p in places] == [(f"County {county}", "region")]


def test_derry_and_the_short_form_name_the_county(gaz):
    for name in ("County Derry", "Co. Tyrone"):
        got = gaz.lookup(name, lang="en")
        assert got and got[0].kind == "region", name


@pytest.mark.parametrize(
    ("text", "lang", "mention", "lat", "lon"),
    [
        (
            "A cargo plane landed at McMurdo Station on Sunday.",
            "en",
            "McMurdo Station",
            -77.85,
            166.67,
        ),
        ("Die Forscher flogen zur McMurdo-Station.", "de", "McMurdo-Station", -77.85, 166.67),
        ("Ash from the volcano fell across Ambae for weeks.", "en", "Ambae", -15.4, 167.9),
    ],
)
def test_a_station_and_an_island_in_a_sentence(text, lang, mention, lat, lon):
    places = geomap.analyze(text, lang=lang, claims=False, events=False).places
    hit = [p for p in places if p.mention == mention]
    assert hit and haversine_km(hit[0].lat, hit[0].lon, lat, lon) < 30
