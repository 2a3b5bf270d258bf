# ruff: noqa: E501  (the tables are data: one sentence a row)
"""A description of a port is a place on the coast (session 15, round 2; docs/claims.md,
"Descriptive references").

``the port``, ``the harbour town``, ``der Hafen``, ``die Hafenstadt`` (lexicon
``coastal_words``) stand for the last place the text named that lies on the coast
(within ``_PORT_COAST_KM`` of the gazetteer's coastline): an inland town named since is
passed over (``Heavy rain hit <Port>. Floods also cut roads near <Inland>. <X> lies N km
north of the port``), and the dateline's place is taken when it is the only coastal
place (``<COASTAL DATELINE> - Storms hit <Inland> ... of the port``). When the text names
no place on the coast at all (a lake port under an inland dateline), the description
means what it meant before: the last place of its kind. Before, the phrase took the
topic of the sentence before whatever its place, an inland town.

Sentences written for this test (Kenya, South Africa, Peru, Vietnam, Spain, Brazil,
Ghana), none from a corpus article. The points are hand points of the places; the truth
is the geodesic between them computed here with geographiclib, never through geomap's
code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Mombasa": (-4.0547, 39.6636), "Malindi": (-3.2192, 40.1169), "Nairobi": (-1.2833, 36.8167),
    "Kisumu": (-0.1022, 34.7617),
    "Durban": (-29.8587, 31.0218), "Richards Bay": (-28.783, 32.0377),
    "Cape Town": (-33.9249, 18.4241), "Saldanha": (-33.0117, 17.9442),
    "Mollendo": (-17.0231, -72.0147), "Moquegua": (-17.1956, -70.9353),
    "Haiphong": (20.8648, 106.6834), "Hanoi": (21.0245, 105.8412),
    "Valencia": (39.4699, -0.3763), "Madrid": (40.4165, -3.7026),
    "Santos": (-23.9608, -46.3336), "São Paulo": (-23.5475, -46.6361),
    "Takoradi": (4.8845, -1.7554), "Cape Coast": (5.1053, -1.2466),
}
# fmt: on

EN = [
    # an inland town named since the port is passed over
    Row(
        "en",
        "NAIROBI, Kenya (geomap) - Heavy rain hit Mombasa on Monday. Floods also cut roads near Voi. Malindi lies about 110 km north of the port.",
        "about 110 km",
        "Malindi",
        "Mombasa",
        "consistent",
    ),
    Row(
        "en",
        "NAIROBI, Kenya (geomap) - Heavy rain hit Mombasa on Monday. Floods also cut roads near Voi. Malindi lies about 200 km north of the port.",
        "about 200 km",
        "Malindi",
        "Mombasa",
        "inconsistent",
    ),
    # the coastal dateline when it is the only coastal place
    Row(
        "en",
        "DURBAN, South Africa (geomap) - Storms hit Pietermaritzburg on Sunday. Richards Bay lies about 150 km north-east of the port.",
        "about 150 km",
        "Richards Bay",
        "Durban",
        "consistent",
    ),
    # an inland dateline is no port; the port is the coastal place named before
    Row(
        "en",
        "MADRID (geomap) - Wildfires neared Valencia on Tuesday. Farmers in Requena lost their crops. The port lies about 300 km east of Madrid.",
        "about 300 km",
        "Valencia",
        "Madrid",
        "consistent",
    ),
    Row(
        "en",
        "MADRID (geomap) - Wildfires neared Valencia on Tuesday. Farmers in Requena lost their crops. The port lies about 500 km east of Madrid.",
        "about 500 km",
        "Valencia",
        "Madrid",
        "inconsistent",
    ),
    Row(
        "en",
        "BRASILIA (geomap) - Heavy rain flooded Santos. In Campinas, the metro stopped. The harbour town lies about 60 km south-east of São Paulo.",
        "about 60 km",
        "Santos",
        "São Paulo",
        "consistent",
    ),
]

DE = [
    Row(
        "de",
        "LIMA (geomap) – Ein Beben erschütterte am Montag Mollendo. In Arequipa stürzten Häuser ein. Moquegua liegt rund 100 Kilometer südöstlich der Hafenstadt.",
        "rund 100 Kilometer",
        "Moquegua",
        "Mollendo",
        "consistent",
    ),
    Row(
        "de",
        "HANOI (geomap) – Der Taifun traf Haiphong. In Hai Duong fielen Bäume um. Die Hafenstadt liegt rund 100 Kilometer östlich von Hanoi.",
        "rund 100 Kilometer",
        "Haiphong",
        "Hanoi",
        "consistent",
    ),
    Row(
        "de",
        "HANOI (geomap) – Der Taifun traf Haiphong. In Hai Duong fielen Bäume um. Die Hafenstadt liegt rund 160 Kilometer östlich von Hanoi.",
        "rund 160 Kilometer",
        "Haiphong",
        "Hanoi",
        "inconsistent",
    ),
    Row(
        "de",
        "ACCRA (geomap) – Starkregen traf Takoradi. Auch in Tarkwa liefen Keller voll. Cape Coast liegt rund 70 Kilometer östlich des Hafens.",
        "rund 70 Kilometer",
        "Cape Coast",
        "Takoradi",
        "consistent",
    ),
    Row(
        "de",
        "KAPSTADT (geomap) – Stürme trafen Stellenbosch und Paarl. Saldanha liegt rund 100 Kilometer nördlich der Hafenstadt.",
        "rund 100 Kilometer",
        "Saldanha",
        "Cape Town",
        "consistent",
    ),
    # no place on the coast named: a lake port keeps the last place of its kind
    Row(
        "de",
        "NAIROBI (geomap) – Am Victoriasee traf ein Sturm Kisumu. Die Hafenstadt liegt rund 270 Kilometer nordwestlich von Nairobi.",
        "rund 270 Kilometer",
        "Kisumu",
        "Nairobi",
        "consistent",
    ),
]
ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=12)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
