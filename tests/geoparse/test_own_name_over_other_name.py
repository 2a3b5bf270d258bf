"""Issue 21: a town bearing a word as its own name is what the word names, not a smaller town
of its country that GeoNames lists under the word among its other names (a merged
village's, a neighbour's or an older name), just because that smaller town lies nearer the
article's other places. Closeness to them (co-location, proximity, a listed region, the
article's region context) counts for the smaller town no more than for the bigger one; a
container, a word only a municipality has, or a state or county named that holds the
smaller town and not the bigger one still decides for it.

The rows were found by scanning the gazetteer for words that are one town's own name and
another name of a smaller town of the same country within 200 km, and set in news wording
beside a place near the smaller town, in several countries and both languages.
"""

from __future__ import annotations

import pytest

import geomap
from geomap.geometry import haversine_km

#: (text, lang, word, lat, lon): the word must resolve within 30 km of the point, the town
#: bearing it as its own name.
OWN_NAME = [
    # Auraiya (GeoNames also lists "Etawah") lies beside Auraiya
    ("Unrest in Etawah and Auraiya.", "en", "Etawah", 26.78, 79.02),
    ("Floods hit Etawah and Auraiya in Uttar Pradesh on Sunday.", "en", "Etawah", 26.78, 79.02),
    # Trumbull, Connecticut, lists "White Plains"; Bridgeport is its neighbour
    (
        "Commuters from White Plains and Bridgeport faced delays on Monday.",
        "en",
        "White Plains",
        41.03,
        -73.76,
    ),
    # Ise lists "Uji"; Matsusaka lies beside Ise
    ("Heavy rain closed roads between Uji and Matsusaka.", "en", "Uji", 34.89, 135.80),
    ("Gewitter trafen Uji und Matsusaka.", "de", "Uji", 34.89, 135.80),
    # Date (Fukushima) lists "Nagaoka"
    ("Bei Nagaoka und Date gab es Erdrutsche.", "de", "Nagaoka", 37.45, 138.85),
    # Oberviechtach lists "Viechtach"; Nabburg is its neighbour
    ("Die Polizei in Viechtach und Nabburg sucht Zeugen.", "de", "Viechtach", 49.08, 12.88),
    # Moritzburg (Saxony) lists "Eisenberg"; Radebeul is its neighbour
    (
        "In Eisenberg und Radebeul fielen am Morgen die Ampeln aus.",
        "de",
        "Eisenberg",
        50.97,
        11.90,
    ),
    # Juli lists "Juliaca"; Ilave lies beside Juli
    ("Die Proteste griffen auf Juliaca und Ilave über.", "de", "Juliaca", -15.50, -70.13),
]


@pytest.mark.parametrize(("text", "lang", "word", "lat", "lon"), OWN_NAME)
def test_own_name_beats_a_nearer_other_name(
    text: str, lang: str, word: str, lat: float, lon: float
) -> None:
    a = geomap.analyze(text, lang=lang, claims=False, events=False)
    got = [p for p in a.places if text[p.start : p.end] == word]
    assert got, f"{word!r} not read as a place in {text!r}"
    for p in got:
        assert haversine_km(p.lat, p.lon, lat, lon) < 30, (word, p.name, p.lat, p.lon)


def test_a_state_holding_only_the_smaller_town_still_decides() -> None:
    # strong evidence: Saxony holds Moritzburg (also called Eisenberg), not the Thuringian
    # town of the name
    text = "In Sachsen fielen in Eisenberg und Radebeul die Ampeln aus."
    a = geomap.analyze(text, lang="de", claims=False, events=False)
    got = [p for p in a.places if text[p.start : p.end] == "Eisenberg"]
    assert got
    assert all(haversine_km(p.lat, p.lon, 51.16, 13.68) < 30 for p in got), got
