"""Issue 21, session 15 round 2: an older name of a town of 50,000 to 100,000 people
(GeoNames keeps it only as another name, without a language) after a place preposition
is the town even in an article that names no place at all: nothing there speaks against
it, and towns that size are named in the news under their older names.

A smaller town's other name there stays no place ("near Zalingei" alone, held by
``test_small_town_other_names.py``), and so does any other name in an article about
another country. The names are this file's own: none is in the dev probe lists of
``benchmarks/material/``.
"""

from __future__ import annotations

import pytest

import geomap
from geomap.geometry import haversine_km

#: (text, word, lat, lon): the word must resolve within 30 km of the point.
FOUND = [
    ("She grew up in Mafeking before the war.", "Mafeking", -25.865, 25.644),
    ("The old mine near Sergo closed long ago, a former miner said.", "Sergo", 48.567, 38.65),
]


@pytest.mark.parametrize(("text", "word", "lat", "lon"), FOUND)
def test_big_towns_other_name_alone(text: str, word: str, lat: float, lon: float) -> None:
    a = geomap.analyze(text, lang="en", claims=False, events=False)
    got = [p for p in a.places if text[p.start : p.end] == word]
    assert got, f"{word!r} not read as a place in {text!r}"
    for p in got:
        assert haversine_km(p.lat, p.lon, lat, lon) < 30, (word, p.name, p.lat, p.lon)


NOT_FOUND = [
    # an article about another country: its other name is taken for no place there
    ("Officials in Canada said she grew up in Mafeking.", "Mafeking"),
    # no place preposition before it
    ("Mafeking was mentioned twice in the letter.", "Mafeking"),
]


@pytest.mark.parametrize(("text", "word"), NOT_FOUND)
def test_other_name_stays_no_place(text: str, word: str) -> None:
    a = geomap.analyze(text, lang="en", claims=False, events=False)
    assert not [p for p in a.places if text[p.start : p.end] == word]
