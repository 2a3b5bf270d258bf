# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Plain wire copy, session 16 (docs/claims.md, "Session 16: neighbours, county seats,
regions named after their seat, a feature named once"; from dev batch AQ):

- ``Neighbouring <B>, about N km to the north-west`` opening a sentence: ``Neighbouring``
  is no part of a name (the geoparser took it and the town for a person's name, and then
  the town everywhere else in the text), and the distance is seen from the town of the
  sentence before;
- ``the county seat`` (``seat`` is a capital noun): the seat of the county the text
  named, where counties are the country's first level (Kenya, Hungary);
- ``in der Provinz <X>`` / ``<X> province`` / ``the province of <X>`` where the geoparser
  reads <X> as a town: a region named after a town has it as its seat, so ``der
  Provinzhauptstadt`` / ``the provincial capital`` after it is that town, whatever level
  the country puts provinces at (Italy, Spain);
- ``the volcano`` / ``des Vulkans`` many sentences after the only volcano the text named
  (a photo caption, a closing sentence): that volcano.

Sentences written for this test (Kenya, Ghana, Hungary, Italy, Spain, Ecuador, the
Philippines), none from a corpus article. The points are hand points of the places; the
truth is the geodesic between them computed here with geographiclib, never through
geomap's code path.
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
    "Kisumu": (-0.0917, 34.768), "Maseno": (-0.0035, 34.6045),
    "Kakamega": (0.2827, 34.7519), "Mumias": (0.3356, 34.4856),
    "Tamale": (9.4008, -0.8393), "Savelugu": (9.6244, -0.8253),
    "Pécs": (46.0727, 18.2323), "Mohács": (45.9931, 18.6831),
    "Cuneo": (44.3845, 7.5427), "Alba": (44.7003, 8.0350),
    "Teruel": (40.3456, -1.1065), "Alcañiz": (41.0511, -0.1336),
    "Tungurahua": (-1.4672, -78.4420), "Riobamba": (-1.6636, -78.6546),
    "Batangas": (13.7565, 121.0583), "Lipa": (13.9411, 121.1631),
    "Huesca": (42.1362, -0.4087), "Jaca": (42.5706, -0.5490),
}
# fmt: on

_FAR = (
    "Ash fell on Ambato on Tuesday. Schools stayed closed in Latacunga. Flights to Cuenca "
    "were cancelled. Police shut two roads near Puyo. Farmers lost most of their crops."
)
_WEIT = (
    "Asche fiel am Dienstag auf Ambato. In Latacunga blieben die Schulen zu. Flüge nach "
    "Cuenca fielen aus. Die Polizei sperrte zwei Straßen bei Puyo. Bauern verloren ihre Ernte."
)

EN = [
    # a neighbour opening the sentence
    Row(
        "en",
        "KISUMU, Kenya (geomap) - Floods hit Kisumu on Monday. Neighbouring Maseno, about 20 km to the north-west, lost its bridge.",
        "about 20 km",
        "Maseno",
        "Kisumu",
        "consistent",
    ),
    Row(
        "en",
        "ACCRA, Ghana (geomap) - Storms hit Tamale on Friday. Neighboring Savelugu, some 60 km to the north, lost power.",
        "some 60 km",
        "Savelugu",
        "Tamale",
        "inconsistent",
    ),
    # the town after "Neighbouring" is a place where it recurs too: the speaker's place
    Row(
        "en",
        'NAIROBI, Kenya (geomap) - Rain fell in the west. Neighbouring Kakamega opened two shelters. "Kisumu is only 40 km from us, but no bus has come," a trader in Kakamega said.',
        "only 40 km",
        "Kisumu",
        "Kakamega",
        "consistent",
    ),
    # the county seat where counties are the first level
    Row(
        "en",
        "NAIROBI, Kenya (geomap) - Floods hit Kakamega County on Sunday. Mumias, a sugar town, lies about 30 km west of the county seat.",
        "about 30 km",
        "Mumias",
        "Kakamega",
        "consistent",
    ),
    Row(
        "en",
        "BUDAPEST (geomap) - Storms hit Baranya County. Mohács lies about 70 km east of the county seat.",
        "about 70 km",
        "Mohács",
        "Pécs",
        "inconsistent",
    ),
    # a province named after its seat
    Row(
        "en",
        "ROME (geomap) - Snow fell in Cuneo province. Alba lies about 50 km north-east of the provincial capital.",
        "about 50 km",
        "Alba",
        "Cuneo",
        "consistent",
    ),
    Row(
        "en",
        "MADRID (geomap) - Fires burned in the province of Teruel. Alcañiz lies about 190 km north-east of the provincial capital.",
        "about 190 km",
        "Alcañiz",
        "Teruel",
        "inconsistent",
    ),
    # the only volcano, named six sentences before
    Row(
        "en",
        f"QUITO, Ecuador (geomap) - The Tungurahua volcano erupted on Monday. {_FAR} Riobamba, about 30 km south-west of the volcano, was spared.",
        "about 30 km",
        "Riobamba",
        "Tungurahua",
        "consistent",
    ),
]

DE = [
    Row(
        "de",
        "ROM (geomap) – In der Provinz Cuneo regnete es drei Tage lang. Alba liegt rund 50 Kilometer nordöstlich der Provinzhauptstadt.",
        "rund 50 Kilometer",
        "Alba",
        "Cuneo",
        "consistent",
    ),
    Row(
        "de",
        "ROM (geomap) – In der Provinz Cuneo regnete es; Alba, rund 90 Kilometer nordöstlich der Provinzhauptstadt, meldete Hochwasser.",
        "rund 90 Kilometer",
        "Alba",
        "Cuneo",
        "inconsistent",
    ),
    Row(
        "de",
        "MADRID (geomap) – In der Provinz Teruel brannten Wälder. Alcañiz liegt gut 110 Kilometer nordöstlich der Provinzhauptstadt.",
        "gut 110 Kilometer",
        "Alcañiz",
        "Teruel",
        "consistent",
    ),
    Row(
        "de",
        "MADRID (geomap) – In der Provinz Huesca fiel der Strom aus. Jaca liegt rund 50 Kilometer nördlich der Provinzhauptstadt.",
        "rund 50 Kilometer",
        "Jaca",
        "Huesca",
        "consistent",
    ),
    Row(
        "de",
        "MANILA (geomap) – In der Provinz Batangas fiel der Strom aus. Lipa liegt rund 25 Kilometer nordöstlich der Provinzhauptstadt.",
        "rund 25 Kilometer",
        "Lipa",
        "Batangas",
        "consistent",
    ),
    Row(
        "de",
        f"QUITO (geomap) – Der Vulkan Tungurahua ist am Montag ausgebrochen. {_WEIT} Riobamba liegt rund 30 Kilometer südwestlich des Vulkans.",
        "rund 30 Kilometer",
        "Riobamba",
        "Tungurahua",
        "consistent",
    ),
    Row(
        "de",
        f"QUITO (geomap) – Der Vulkan Tungurahua ist am Montag ausgebrochen. {_WEIT} Riobamba liegt rund 60 Kilometer südwestlich des Vulkans.",
        "rund 60 Kilometer",
        "Riobamba",
        "Tungurahua",
        "inconsistent",
    ),
]
ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=14)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
