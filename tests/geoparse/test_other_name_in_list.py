# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 17 round 3 (h17-claimsB): a town the gazetteer keeps under another main name
(an older romanisation, a former name) and knows by the text's spelling only as another
name stands in a list with a town of its own country (``<Town> and <X>``, ``<X> or
<Town>``): a list holds names of one kind, so the coordination is a place cue like a
place preposition, and the article must still be about the town's country
(``decide_focus``). Alone, or beside a name of another country, the other name stays no
place, as before. The reading must be a town of ``exonym_min_population`` or more: a
hamlet's other name beside a county ("<County> and <X>" counties) stays no place.

Sentences written for this test (South Korea, Guatemala, Greece, Romania), none from a
corpus article; each FOUND row failed before the rule.
"""

from __future__ import annotations

import os

import pytest

import geomap
from geomap.geometry import haversine_km

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: (text, word, lat, lon): the word must resolve within 30 km of the point.
# fmt: off
FOUND = [
    ("JEONJU, South Korea (geomap) - Schools stayed shut. Jeonju and Namwon cancelled their spring festivals after the storm.", "Namwon", 35.410, 127.386),
    ("GUATEMALA CITY, Guatemala (geomap) - The lake rose. Panajachel and Atitlan closed their docks.", "Atitlan", 14.638, -91.230),
    ("ATHENS, Greece (geomap) - Fires spread overnight. Komotini and Dedeagac ordered evacuations on Sunday.", "Dedeagac", 40.848, 25.874),
    ("BUCHAREST, Romania (geomap) - Snow closed roads. Ploiesti and Kimpina sent ploughs on Monday.", "Kimpina", 45.127, 25.735),
]
# fmt: on


@pytest.mark.parametrize(("text", "word", "lat", "lon"), FOUND)
def test_other_name_listed_with_a_compatriot(text: str, word: str, lat: float, lon: float) -> None:
    a = geomap.analyze(text, lang="en", claims=False, events=False)
    got = [p for p in a.places if text[p.start : p.end] == word]
    assert got, f"{word!r} not read as a place in {text!r}"
    for p in got:
        assert haversine_km(p.lat, p.lon, lat, lon) < 30, (word, p.name, p.lat, p.lon)


# fmt: off
NOT_FOUND = [
    # alone, no place cue: as before
    ("JEONJU, South Korea (geomap) - Schools stayed shut. Namwon cancelled its spring festival after the storm.", "Namwon"),
    ("BUCHAREST, Romania (geomap) - Snow closed roads. Kimpina sent ploughs on Monday.", "Kimpina"),
    # beside a name that is no place of the town's country
    ("DENVER (geomap) - The council met. Smith and Namwon signed the deal on Tuesday.", "Namwon"),
]
# fmt: on


@pytest.mark.parametrize(("text", "word"), NOT_FOUND)
def test_other_name_alone_stays_no_place(text: str, word: str) -> None:
    a = geomap.analyze(text, lang="en", claims=False, events=False)
    assert not [p for p in a.places if text[p.start : p.end] == word]
