# ruff: noqa: E501  (the tables are data: one sentence a row)
"""A place before a prepositional chain is what a distance set off after it describes
(session 15, round 2, from dev batch AO; docs/claims.md, "Descriptive references").

``Am schwersten traf es <A> im äußersten Osten der Insel, rund N km von <B> entfernt``,
``Damage was worst in <A> in the north of the island, about N km from <B>``: the
description that ends the clause (``der Insel``, ``of the island``) is a genitive in a
prepositional chain (``_genitive_in_chain``) that only says where <A> lies; the distance
describes <A>, the place right before the chain. Before, the German description was taken
for the subject (an island the text named, or no place at all), and the English chain was
too long for the clause's tail place (no subject).

Sentences written for this test (Indonesia, Cuba, Peru, the Philippines), none from a
corpus article. The points are hand points of the places; the truth is the geodesic
between them computed here with geographiclib, never through geomap's code path.
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
    "Singaraja": (-8.112, 115.0882), "Denpasar": (-8.65, 115.2167),
    "Baracoa": (20.3467, -74.4958), "Santiago de Cuba": (20.0247, -75.8219),
    "Camaná": (-16.6228, -72.7111), "Arequipa": (-16.399, -71.5375),
    "Baguio": (16.4164, 120.5931), "Manila": (14.5995, 120.9842),
}
# fmt: on

EN = [
    Row(
        "en",
        "DENPASAR, Indonesia (geomap) - An earthquake shook Bali. Damage was worst in Singaraja in the north of the island, about 60 km from Denpasar.",
        "about 60 km",
        "Singaraja",
        "Denpasar",
        "consistent",
    ),
    Row(
        "en",
        "DENPASAR, Indonesia (geomap) - An earthquake shook Bali. Damage was worst in Singaraja in the north of the island, about 110 km from Denpasar.",
        "about 110 km",
        "Singaraja",
        "Denpasar",
        "inconsistent",
    ),
    Row(
        "en",
        "HAVANA (geomap) - Hurricane Oscar hit Cuba. The storm was strongest in Baracoa on the eastern tip of the island, some 150 km from Santiago de Cuba.",
        "some 150 km",
        "Baracoa",
        "Santiago de Cuba",
        "consistent",
    ),
    Row(
        "en",
        "LIMA, Peru (geomap) - Heavy rain hit the south. Landslides struck Camaná on the edge of the desert, about 130 km from Arequipa.",
        "about 130 km",
        "Camaná",
        "Arequipa",
        "consistent",
    ),
]

DE = [
    Row(
        "de",
        "DENPASAR (geomap) – Ein Beben erschütterte Bali. Schäden meldete Singaraja im Norden der Insel, rund 60 Kilometer von Denpasar entfernt.",
        "rund 60 Kilometer",
        "Singaraja",
        "Denpasar",
        "consistent",
    ),
    Row(
        "de",
        "HAVANNA (geomap) – Hurrikan Oscar traf Kuba. Am schwersten traf es Baracoa im äußersten Osten der Insel, rund 150 Kilometer von Santiago de Cuba entfernt.",
        "rund 150 Kilometer",
        "Baracoa",
        "Santiago de Cuba",
        "consistent",
    ),
    Row(
        "de",
        "HAVANNA (geomap) – Hurrikan Oscar traf Kuba. Am schwersten traf es Baracoa im äußersten Osten der Insel, rund 250 Kilometer von Santiago de Cuba entfernt.",
        "rund 250 Kilometer",
        "Baracoa",
        "Santiago de Cuba",
        "inconsistent",
    ),
    # a description in a chain under the capital's dateline: the reference stays the capital
    Row(
        "de",
        "MANILA (geomap) – Taifun Kong-rey traf Luzon. Erdrutsche verschütteten Häuser in Baguio im Norden der Provinz, rund 200 Kilometer von der Hauptstadt entfernt.",
        "rund 200 Kilometer",
        "Baguio",
        "Manila",
        "consistent",
    ),
]
ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=8)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
