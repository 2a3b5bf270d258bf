# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Ninth probe table for issue 15: plain wire copy that speaks of a place without naming
it again, in regions the earlier rounds have few of.

Written for session 13 (round 2) before geomap read them, in the shapes the dev batch AI
showed and in other wording and regions: the eastern Congo, Balochistan, Ethiopia's
Tigray and Amhara, the Ecuadorian Andes. The wording:

- a descriptive subject for the town the sentence before named (``The lakeside city,
  about N km north-west of <R>``), then an onward distance (``<B>, some M km further
  north``): onward from that town, not from <R>;
- a capital phrase that names its first-level region (``The North Kivu capital``, ``The
  Balochistan capital``, ``Die Tigray-Hauptstadt``): the region's seat;
- ``the seat of government`` / ``des Regierungssitzes``: the country's seat of government
  (GeoNames' ``PPLG`` town where there is one apart from the capital: La Paz, The Hague,
  Putrajaya; else the capital), of the dateline's country;
- after such a sentence, a set-off distance with a direction and no reference under a
  dateline of another city (``Thousands fled to <B>, some N km to the south``): seen
  from the place the sentence before was about, not from the dateline.

The points are the gazetteer's own points of the places (GeoNames city rows, looked up
once by hand); the truth is the geodesic between them computed with geographiclib
(``tests/support/claims_table``), never through geomap's geometry. About a third of the
rows state a distance wrong by far more than any tolerance.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: the gazetteer's points (lat, lon) of the places the rows use (GeoNames city rows)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Goma": (-1.67409, 29.22845), "Bukavu": (-2.49077, 28.84281), "Kinshasa": (-4.32758, 15.31357),
    "Mekele": (13.49667, 39.47528), "Addis Ababa": (9.02497, 38.74689), "Adigrat": (14.277, 39.462),
    "Quetta": (30.18414, 67.00141), "Islamabad": (33.72148, 73.04329), "Turbat": (26.00122, 63.04849),
    "Banos": (-1.39699, -78.42289), "Riobamba": (-1.66506, -78.65887), "Quito": (-0.22985, -78.52495),
    "Bahir Dar": (11.59364, 37.39077), "Gondar": (12.6, 37.46667),
    "La Paz": (-16.5, -68.15), "Oruro": (-17.97153, -67.0932), "The Hague": (52.07667, 4.29861),
    "Utrecht": (52.09083, 5.12222), "Putrajaya": (2.93527, 101.69112), "Seremban": (2.7297, 101.9381),
    "Nairobi": (-1.28333, 36.81667), "Thika": (-1.03326, 37.06933),
    "Pasto": (1.21456, -77.27846), "Ipiales": (0.82501, -77.63966),
}
# fmt: on

_GOMA = "KINSHASA, Feb 9 (geomap) - M23 rebels shelled the outskirts of Goma on Sunday, the army said. The North Kivu capital, about 1,570 km east of Kinshasa, has been cut off by road for a week. Thousands have fled to Bukavu, some 250 km to the south."
_QUETTA = "ISLAMABAD, May 2 (geomap) - Gunmen attacked a bus near Quetta on Friday, police said. The Balochistan capital, some 690 km south-west of Islamabad, has seen a wave of attacks this year. In Turbat, about 400 km to the south-west, shops stayed shut."
_BAHIR_DAR = "ADDIS ABABA, June 8 (geomap) - Fighting closed the airport at Bahir Dar on Monday. The lakeside city, about 320 km north-west of Addis Ababa, is the seat of the Amhara region. Travellers bound for Gondar, some 180 km further north, took the old road."
_MEKELE = "ADDIS ABEBA, 9. Februar (geomap) – Bei Kämpfen nahe Mekele sind am Sonntag Dutzende Menschen getötet worden. Die Tigray-Hauptstadt liegt rund 500 Kilometer nördlich von Addis Abeba. Viele flohen nach Adigrat, etwa 85 Kilometer weiter nördlich."
_BANOS = "QUITO, 4. März (geomap) – Ein Erdrutsch hat am Sonntag die Straße bei Baños verschüttet. Die Kleinstadt, rund 130 Kilometer südlich von Quito, meldet 200 Millimeter Regen seit Donnerstag. Reisende nach Riobamba, etwa 40 Kilometer weiter südwestlich, mussten umsteigen."

EN = [
    Row("en", _GOMA, "about 1,570 km", "Goma", "Kinshasa", "consistent"),
    Row("en", _GOMA, "some 250 km", "Bukavu", "Goma", "inconsistent"),
    Row("en", _QUETTA, "some 690 km", "Quetta", "Islamabad", "consistent"),
    Row("en", _QUETTA, "about 400 km", "Turbat", "Quetta", "inconsistent"),
    Row("en", _BAHIR_DAR, "about 320 km", "Bahir Dar", "Addis Ababa", "consistent"),
    Row("en", _BAHIR_DAR, "some 180 km", "Gondar", "Bahir Dar", "inconsistent"),
    Row(
        "en",
        "SUCRE, May 3 (geomap) - Truckers blocked the highway at Oruro, about 200 km south-east of the seat of government, on Monday.",
        "about 200 km",
        "Oruro",
        "La Paz",
        "consistent",
    ),
    Row(
        "en",
        "KUALA LUMPUR, May 3 (geomap) - Floods closed roads in Seremban, some 35 km south-east of the seat of government, on Sunday.",
        "some 35 km",
        "Seremban",
        "Putrajaya",
        "consistent",
    ),
]
DE = [
    Row("de", _MEKELE, "rund 500 Kilometer", "Mekele", "Addis Ababa", "consistent"),
    Row("de", _MEKELE, "etwa 85 Kilometer", "Adigrat", "Mekele", "consistent"),
    Row("de", _BANOS, "rund 130 Kilometer", "Banos", "Quito", "consistent"),
    Row("de", _BANOS, "etwa 40 Kilometer", "Riobamba", "Banos", "consistent"),
    Row(
        "de",
        "AMSTERDAM, 3. Mai (geomap) – In Utrecht, rund 80 Kilometer östlich des Regierungssitzes, fielen am Montag alle Züge aus.",
        "rund 80 Kilometer",
        "Utrecht",
        "The Hague",
        "inconsistent",
    ),
    # a German place noun on "-ort" (lexicon [claims.descriptive]) as subject and as the
    # head before a name, which is then no part of a longer name
    Row(
        "de",
        "QUITO, 4. März (geomap) – Ein Erdrutsch hat am Sonntag die Straße bei Baños verschüttet. Der Kurort liegt rund 130 Kilometer südlich von Quito.",
        "rund 130 Kilometer",
        "Banos",
        "Quito",
        "consistent",
    ),
    Row(
        "de",
        "BOGOTÁ, 3. Oktober (geomap) – Im Grenzort Ipiales, rund 90 Kilometer südwestlich von Pasto, saßen am Freitag Hunderte Migranten fest.",
        "rund 90 Kilometer",
        "Ipiales",
        "Pasto",
        "inconsistent",
    ),
    Row(
        "de",
        "NAIROBI, 3. Mai (geomap) – Thika liegt knapp 40 Kilometer nordöstlich des Regierungssitzes.",
        "knapp 40 Kilometer",
        "Thika",
        "Nairobi",
        "consistent",
    ),
]
ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "DAR ES SALAAM, 3. Mai (geomap) – Morogoro liegt rund 170 Kilometer westlich des Regierungssitzes.",
        ),
        (
            "en",
            "ABIDJAN, May 3 (geomap) - Bouaké lies some 300 km north of the seat of government.",
        ),
    ],
)
def test_unsure_seat_of_government_is_no_reference(
    analyze: Callable[..., Any], lang: str, text: str
) -> None:
    """A country whose capital is unsure (lexicon ``capital_unsure``: Tanzania, Côte
    d'Ivoire) and for which GeoNames marks no seat of government apart from it: ``the
    seat of government`` is not guessed, so no claim is called inconsistent on it."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    for c in a.claims:
        assert c.reference is None or c.reference.name not in ("Dodoma", "Yamoussoukro")
        assert c.verdict != "inconsistent"
