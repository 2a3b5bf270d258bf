# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Classes of text the retired held-out articles missed (session 17, docs/claims.md
"Session 17"), each in a table of its own written in other places and words than those
articles: both languages, several continents, true and false claims.

The points are the gazetteer's own GeoNames rows (looked up once by hand); each row's
truth is the geodesic between them computed with geographiclib
(``tests/support/claims_table``), never geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

R = Row

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Lima": (-12.04318, -77.02824),
    "Arequipa": (-16.39899, -71.53747),
    "Manila": (14.6042, 120.9822),
    "Baguio": (16.41639, 120.59306),
    "Bangkok": (13.75398, 100.50144),
    "Khon Kaen": (16.44671, 102.833),
    "Madrid": (40.4165, -3.70256),
    "Valladolid": (41.65541, -4.72353),
}

#: a bare "the capital" under a dateline is the country's capital, not a place the text
#: called the capital of a region (in the capital words or right after them)
REGIONAL_CAPITAL = [
    R("en", "LIMA, Peru (geomap) - Heavy rain hit the Andes. Cusco, the capital of the region, reported landslides. Arequipa, about 770 km south-east of the capital, was spared.", "770 km", "Arequipa", "Lima", "consistent"),
    R("en", "MANILA (geomap) - A typhoon hit the islands. Cebu City, the Central Visayas capital, closed its port. Baguio, about 400 km north of the capital, reported landslides.", "400 km", "Baguio", "Manila", "inconsistent"),
    R("en", "MANILA (geomap) - A typhoon hit the islands. Cebu City, the Central Visayas capital, closed its port. Baguio, about 200 km north of the capital, reported landslides.", "200 km", "Baguio", "Manila", "consistent"),
    R("de", "BANGKOK (geomap) – Starkregen traf den Norden. Chiang Mai, die Hauptstadt der Provinz Chiang Mai, meldete Erdrutsche. Khon Kaen, rund 390 Kilometer nordöstlich der Hauptstadt, blieb verschont.", "390 Kilometer", "Khon Kaen", "Bangkok", "consistent"),
    R("de", "BANGKOK (geomap) – Starkregen traf den Norden. Chiang Mai, die Hauptstadt der Provinz Chiang Mai, meldete Erdrutsche. Khon Kaen, rund 250 Kilometer nordöstlich der Hauptstadt, blieb verschont.", "250 Kilometer", "Khon Kaen", "Bangkok", "inconsistent"),
    R("de", "MADRID (geomap) – Ein Sturm traf den Süden. Sevilla, die Hauptstadt Andalusiens, meldete Schäden. Valladolid, rund 160 Kilometer nordwestlich der Hauptstadt, blieb verschont.", "160 Kilometer", "Valladolid", "Madrid", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.lang}-{r.quantity}-{i}") for i, r in enumerate(REGIONAL_CAPITAL)],
)
def test_bare_capital_is_not_a_regional_capital(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
