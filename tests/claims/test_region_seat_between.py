# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Two descriptive references of plain wire copy (session 15, dev batch AN).

1. **A regional capital phrase after the text named a region** (``Flooding was worst in
   <R> province; the provincial capital lies N km ...``, ``Die Provinz <R> ...; die
   Provinzhauptstadt liegt ...``): the seat of the first-level region named last, in the
   phrase's sentence or the one before (``_text_region_seat``), before the seat of the
   region the other end lies in. Before, the phrase had no place when the other end was
   its own region's seat, or took the other end's region's seat (Toronto for a phrase
   after ``Alberta`` measured from Ottawa).
2. **A between phrase with a described end** (``between <A> and the capital``,
   ``zwischen der Hauptstadt und <B>``, ``between the port and the capital``): each
   description is read as a claim's end is (``_described_between``), the second given
   the first as the other end. Before, such a sentence made no claim or paired two other
   places of the text.

Sentences written for this test, in regions other than the batch that showed the gaps
(Kenya, Argentina, Zambia, Ghana, Vietnam, Peru, China, Canada). The points are the
gazetteer's own points of the places (copied once by hand); the truth is the geodesic
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
    "Lodwar": (3.1199, 35.5964), "Nairobi": (-1.2833, 36.8167),
    "Posadas": (-27.3918, -55.9238), "Buenos Aires": (-34.6131, -58.3772),
    "Mansa": (-11.1998, 28.8943), "Lusaka": (-15.4067, 28.2871),
    "Kumasi": (6.6885, -1.6244), "Accra": (5.556, -0.1969),
    "Hanoi": (21.0245, 105.8412), "Da Nang": (16.0678, 108.2208), "Hue": (16.4619, 107.5955),
    "Arequipa": (-16.399, -71.5375), "Lima": (-12.0432, -77.0282), "Cusco": (-13.5319, -71.967),
    "Mombasa": (-4.0547, 39.6636),
    "Kunming": (25.0389, 102.7183), "Beijing": (39.9075, 116.3972),
    "Edmonton": (53.5501, -113.4687), "Ottawa": (45.4112, -75.6981),
}
# fmt: on

EN = [
    # a regional capital phrase after the region, in the same sentence or the one before
    Row(
        "en",
        "NAIROBI, Kenya (geomap) - Flooding was worst in Turkana county; the county capital lies about 520 km north-west of Nairobi.",
        "about 520 km",
        "Lodwar",
        "Nairobi",
        "consistent",
    ),
    Row(
        "en",
        "BUENOS AIRES, Argentina (geomap) - Fires spread across Misiones province. The provincial capital lies about 1,300 km north-east of Buenos Aires.",
        "about 1,300 km",
        "Posadas",
        "Buenos Aires",
        "inconsistent",
    ),
    Row(
        "en",
        "LUSAKA, Zambia (geomap) - Storms hit Luapula province hardest; the provincial capital lies about 470 km north of Lusaka.",
        "about 470 km",
        "Mansa",
        "Lusaka",
        "consistent",
    ),
    # a between phrase with one or two described ends
    Row(
        "en",
        "ACCRA, Ghana (geomap) - Buses between Kumasi and the capital, about 200 km apart, were cancelled.",
        "about 200 km",
        "Kumasi",
        "Accra",
        "consistent",
    ),
    Row(
        "en",
        "HANOI, Vietnam (geomap) - Flights between the capital and Da Nang, some 600 km apart, were suspended.",
        "some 600 km",
        "Hanoi",
        "Da Nang",
        "consistent",
    ),
    Row(
        "en",
        "LIMA, Peru (geomap) - Flights between Arequipa and the capital, about 300 km apart, were suspended.",
        "about 300 km",
        "Arequipa",
        "Lima",
        "inconsistent",
    ),
    Row(
        "en",
        "MOMBASA, Kenya (geomap) - Heavy rain fell on Monday. Trains between the port and the capital, about 440 km apart, ran late.",
        "about 440 km",
        "Mombasa",
        "Nairobi",
        "consistent",
    ),
]

DE = [
    Row(
        "de",
        "PEKING (geomap) – Am schwersten betroffen ist die Provinz Yunnan; die Provinzhauptstadt liegt rund 2.100 Kilometer südwestlich von Peking.",
        "rund 2.100 Kilometer",
        "Kunming",
        "Beijing",
        "consistent",
    ),
    # the region named in the sentence before wins over the other end's own region
    Row(
        "de",
        "OTTAWA (geomap) – Waldbrände wüten in der Provinz Alberta. Die Provinzhauptstadt liegt rund 2.900 Kilometer westlich von Ottawa.",
        "rund 2.900 Kilometer",
        "Edmonton",
        "Ottawa",
        "consistent",
    ),
    Row(
        "de",
        "LIMA (geomap) – Die Region Cusco meldet Erdrutsche; die Regionalhauptstadt liegt rund 1.000 Kilometer südöstlich von Lima.",
        "rund 1.000 Kilometer",
        "Cusco",
        "Lima",
        "inconsistent",
    ),
    Row(
        "de",
        "ACCRA (geomap) – Busse zwischen Kumasi und der Hauptstadt, rund 200 Kilometer voneinander entfernt, fielen aus.",
        "rund 200 Kilometer",
        "Kumasi",
        "Accra",
        "consistent",
    ),
    Row(
        "de",
        "HANOI (geomap) – Die Züge zwischen der Hauptstadt und Hue, rund 540 Kilometer voneinander entfernt, fielen aus.",
        "rund 540 Kilometer",
        "Hanoi",
        "Hue",
        "consistent",
    ),
    Row(
        "de",
        "NAIROBI (geomap) – Zwischen Mombasa und der Hauptstadt, rund 800 Kilometer voneinander entfernt, fuhren keine Züge.",
        "rund 800 Kilometer",
        "Mombasa",
        "Nairobi",
        "inconsistent",
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
