"""A wire bureau's dateline is not where a bare direction is seen from: ``NAIROBI (Reuters) -
Fighting broke out in <A> ... <B>, about N km to the north-west`` is told from <A>, the town
the story stands at in <B>'s country, when the sentences before name no other place of the
dateline's country; a story that also stands in the dateline's country is still seen from
the dateline. Expected distances are geographiclib's on hand coordinates."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

AT: dict[str, tuple[float, float]] = {
    "Mogadishu": (2.0469, 45.3182),
    "Baidoa": (3.1138, 43.6498),
    "Maputo": (-25.9692, 32.5732),
    "Xai-Xai": (-25.0519, 33.6442),
    "Bangkok": (13.7563, 100.5018),
    "Vientiane": (17.9757, 102.6331),
}

ROWS = [
    Row(
        "en",
        "NAIROBI (Reuters) - Fighting broke out in Mogadishu on Monday. Baidoa, about 220 km "
        "to the north-west, was also shelled.",
        "about 220 km",
        "Baidoa",
        "Mogadishu",
        "consistent",
    ),
    Row(
        "de",
        "JOHANNESBURG (dpa) - In Maputo fiel am Montag der Strom aus. Das Hochwasser erreichte "
        "auch Xai-Xai, rund 150 Kilometer in nordöstlicher Richtung.",
        "rund 150 Kilometer",
        "Xai-Xai",
        "Maputo",
        "consistent",
    ),
    Row(
        "en",
        "BANGKOK (AP) - Floods hit Chiang Mai on Monday. Vientiane, about 520 km to the "
        "north-east, reported rising water.",
        "about 520 km",
        "Vientiane",
        "Bangkok",
        "consistent",
    ),
]


@pytest.mark.parametrize("row", ROWS, ids=[r.subject for r in ROWS])
def test_a_bare_direction_is_seen_from_where_the_story_stands(
    analyze: Callable[..., Any], row: Row
) -> None:
    check_row(analyze, row, AT)
