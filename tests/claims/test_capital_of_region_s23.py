# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 23 (docs/claims.md, "Session 23: ... whose capital"): two ways a capital
phrase was read as a country's capital hundreds of km away while the story is about one
of its regions.

- A region's adjective in the phrase (``the Catalan capital``, ``der bayerischen
  Hauptstadt``) says whose capital, as ``the capital of <Region>`` does: that region's
  seat by data (the geoparser reads the adjective as the first-level region).
- A bare ``the capital`` read as the nation's capital, which the text never names, while
  the text names the seat of a first-level region of that country that fits the figure:
  which one the writer meant is a guess, so the claim is not called ``inconsistent``.
  Where the named seat does not fit either, a false figure stays caught.
- A two-word phrase that names its country (``Brazil's capital``, ``Brasiliens
  Hauptstadt``) says whose capital it means: no guess, a false figure stays caught even
  where a named regional seat would fit (h23-mend).

Sentences written for this test (Catalonia, Bavaria, Wales, Northern Ireland, Texas,
Carinthia, São Paulo). A first version copied two dev articles' frames (a governor's
emergency in the seat, snow in Scotland); those rows were rewritten in other places and
wording (h23-mend, a review's finding). The truth is the geodesic between hand points (geographiclib),
never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

from tests.support.claims_builders import claim_on, km

os.environ.setdefault("GEOMAP_OFFLINE", "1")

_G = Geodesic.WGS84

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Tarragona": (41.1189, 1.2445),
    "Barcelona": (41.3874, 2.1686),
    "Ingolstadt": (48.7665, 11.4258),
    "München": (48.1351, 11.5820),
    "San Antonio": (29.4241, -98.4936),
    "Austin": (30.2672, -97.7431),
    "Wolfsberg": (46.8406, 14.8442),
    "Klagenfurt": (46.6247, 14.3053),
    "Swansea": (51.6214, -3.9436),
    "Cardiff": (51.4816, -3.1791),
    "Newry": (54.1751, -6.3402),
    "Belfast": (54.5973, -5.9301),
    "Campinas": (-22.9056, -47.0608),
    "São Paulo": (-23.5505, -46.6333),
}

#: (language, text, the stated words, subject, the region's seat, stated km)
REGION_ADJECTIVE = [
    ("en", "GIRONA (geomap) - Storms flooded the Catalan coast on Monday. Tarragona lies about 83 km south-west of the Catalan capital and closed its port.", "about 83 km", "Tarragona", "Barcelona", 83.0),
    ("de", "AUGSBURG (dpa) - Unwetter in Oberbayern. Ingolstadt, rund 71 Kilometer nördlich der bayerischen Hauptstadt, meldete überflutete Keller.", "rund 71 Kilometer", "Ingolstadt", "München", 71.0),
    # the constituent countries of the United Kingdom are its first level (seats from
    # gazetteer/data/admin_seats.csv, session 23)
    ("en", "NEWPORT (geomap) - Gales closed roads across Wales on Friday. Swansea, about 55 km west of the Welsh capital, lost power.", "about 55 km", "Swansea", "Cardiff", 55.0),
    ("de", "DERRY (dpa) - Nach Sturmböen in Nordirland blieben am Dienstag Züge stehen. Newry, rund 54 Kilometer südwestlich der nordirischen Hauptstadt, meldete entwurzelte Bäume.", "rund 54 Kilometer", "Newry", "Belfast", 54.0),
]

#: (language, text, the stated words, subject, the named regional seat, stated km)
SEAT_FITS = [
    ("en", "HOUSTON (geomap) - The governor met mayors in Austin on Monday to plan the flood response. San Antonio, about 118 km from the capital, opened three shelters.", "about 118 km", "San Antonio", "Austin", 118.0),
    ("de", "VILLACH (dpa) - Der Landeshauptmann sprach am Montag in Klagenfurt. Wolfsberg, rund 48 Kilometer von der Hauptstadt entfernt, sperrte zwei Brücken.", "rund 48 Kilometer", "Wolfsberg", "Klagenfurt", 48.0),
]

SEAT_DOES_NOT_FIT = [
    ("en", "HOUSTON (geomap) - The governor met mayors in Austin on Monday to plan the flood response. San Antonio, about 300 km from the capital, opened three shelters.", "about 300 km", "San Antonio", "Austin", 300.0),
    ("de", "VILLACH (dpa) - Der Landeshauptmann sprach am Montag in Klagenfurt. Wolfsberg, rund 140 Kilometer von der Hauptstadt entfernt, sperrte zwei Brücken.", "rund 140 Kilometer", "Wolfsberg", "Klagenfurt", 140.0),
]

#: a capital phrase that names its country: (language, text, the stated words, subject,
#: the named regional seat that would fit, stated km); the figure is false for the nation's
#: capital (Brasília, some 750 km away)
NAMED_COUNTRY = [
    ("en", "SANTOS (geomap) - The governor met mayors in São Paulo on Monday. Campinas, about 84 km from Brazil's capital, opened three shelters.", "about 84 km", "Campinas", "São Paulo", 84.0),
    ("de", "SANTOS (dpa) - Der Gouverneur traf sich am Montag in São Paulo mit Bürgermeistern. Campinas, rund 84 Kilometer von Brasiliens Hauptstadt entfernt, öffnete drei Notunterkünfte.", "rund 84 Kilometer", "Campinas", "São Paulo", 84.0),
]
# fmt: on


def _fits(a: str, b: str, stated: float) -> bool:
    """Within 8 % of the stated distance (the corpus's rule, truth.py)."""
    return 0.92 <= km(AT, a, b) / stated <= 1.08


def test_tables_are_balanced() -> None:
    for rows in (REGION_ADJECTIVE, SEAT_FITS, SEAT_DOES_NOT_FIT, NAMED_COUNTRY):
        assert {r[0] for r in rows} == {"en", "de"}


@pytest.mark.parametrize("row", REGION_ADJECTIVE, ids=[r[2] for r in REGION_ADJECTIVE])
def test_region_adjective_names_the_seat(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    lang, text, quantity, subject, seat, stated = row
    assert _fits(subject, seat, stated)
    claim = claim_on(analyze, lang, text, quantity)
    ref = claim.reference
    assert ref is not None and ref.lat is not None and ref.lon is not None
    lat, lon = AT[seat]
    assert _G.Inverse(lat, lon, ref.lat, ref.lon)["s12"] / 1000.0 < 25.0, ref
    assert claim.verdict == "consistent", claim.explanation


@pytest.mark.parametrize("row", SEAT_FITS, ids=[r[2] for r in SEAT_FITS])
def test_named_seat_that_fits_is_not_called_false(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    lang, text, quantity, subject, seat, stated = row
    assert _fits(subject, seat, stated)
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.verdict != "inconsistent", claim.explanation


@pytest.mark.parametrize("row", SEAT_DOES_NOT_FIT, ids=[r[2] for r in SEAT_DOES_NOT_FIT])
def test_false_figure_stays_caught(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    lang, text, quantity, subject, seat, stated = row
    assert km(AT, subject, seat) / stated < 0.65  # false against the seat too
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.verdict == "inconsistent", claim.explanation


@pytest.mark.parametrize("row", NAMED_COUNTRY, ids=[r[2] for r in NAMED_COUNTRY])
def test_capital_phrase_naming_its_country_is_no_guess(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    lang, text, quantity, subject, seat, stated = row
    assert _fits(subject, seat, stated)  # the named seat would fit: the phrase must decide
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.verdict == "inconsistent", claim.explanation
