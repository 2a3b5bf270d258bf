"""Issue 21/15: a small town that news names by a spelling its gazetteer entry keeps only as
another name ("Chaghcharan" for GeoNames' Fayrōz Kōh, "Zalingei" for Zalinjay, "Phonsavan" for
Muang Phônsavan) is still the town when the text gives a place cue (a place preposition, a
feature noun, a distance apposition) in an article about the town's country, and every
later mention of the same word is too (one name, one sense). Without the country in the
article, or for a word of the language, or a name of several words, another name stays no
place (the rule that keeps "Washington Square" from being a town once so called).
"""

from __future__ import annotations

import pytest

import geomap
from geomap.geometry import haversine_km

#: (text, word, lat, lon): the word must resolve within 30 km of the point.
FOUND = [
    (
        "Afghanistan's police said militants attacked a base near Chaghcharan on Monday.",
        "Chaghcharan",
        34.522,
        65.252,
    ),
    (
        "Fighting in Sudan's Darfur region went on. Thousands fled to camps near Zalingei. "
        "Zalingei itself lies far from the front.",
        "Zalingei",
        12.909,
        23.471,
    ),
    (
        "Floods hit northern Laos. Phonsavan, 120 km from Luang Prabang, reported no damage.",
        "Phonsavan",
        19.449,
        103.192,
    ),
]


@pytest.mark.parametrize(("text", "word", "lat", "lon"), FOUND)
def test_other_name_with_a_cue_in_its_country(text: str, word: str, lat: float, lon: float) -> None:
    a = geomap.analyze(text, lang="en")
    got = [p for p in a.places if text[p.start : p.end] == word]
    assert got, f"{word!r} not read as a place in {text!r}"
    for p in got:
        assert haversine_km(p.lat, p.lon, lat, lon) < 30, (word, p.name, p.lat, p.lon)


NOT_FOUND = [
    # no country of the town in the article: the cue alone does not make another name a town
    ("Militants attacked a base near Chaghcharan on Monday.", "Chaghcharan"),
    ("Thousands fled to camps near Zalingei.", "Zalingei"),
]


@pytest.mark.parametrize(("text", "word"), NOT_FOUND)
def test_other_name_without_its_country_stays_no_place(text: str, word: str) -> None:
    a = geomap.analyze(text, lang="en")
    assert not [p for p in a.places if text[p.start : p.end] == word]
