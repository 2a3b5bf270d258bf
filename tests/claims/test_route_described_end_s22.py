# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 22 (docs/claims.md, "Session 22: batch BG, ..."): a way's length from a named
start after the distance to an end named by a description (``drove the N km from <A> to
the city``, ``Konvois legten die N Kilometer von <A> bis in die Hauptstadt zurück``): the
from-place, read as the reference, is the way's start, and the to-phrase, resolved as such
phrases are (the dateline's town here), its end. Before, the claim had the from-place as
its reference and no subject at all.

Sentences written for this test (northern Norway, Nova Scotia), none from a corpus
article. The truth is the geodesic between hand points, computed with geographiclib
(tests/support/claims_table.py), never through geomap's code path; a road length of 1.0 to
1.6 times the straight line is true, under 0.65 false (benchmarks/corpus/claims/truth.py).
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
    "Tromsø": (69.6492, 18.9553),
    "Alta": (69.9689, 23.2716),
    "Halifax": (44.6488, -63.5752),
    "Truro": (45.3650, -63.2800),
}
# fmt: on

EN = [
    Row(
        "en",
        "TROMSØ, Norway (geomap) - Snow hit the north. Crews drove the 170 km from Alta to the city.",
        "170 km",
        "Tromsø",
        "Alta",
        "consistent",
        either_way=True,
    ),
    Row(
        "en",
        "TROMSØ, Norway (geomap) - Snow hit the north. Plough crews cleared the 90 km from Alta to the city.",
        "90 km",
        "Tromsø",
        "Alta",
        "inconsistent",
        either_way=True,
    ),
    Row(
        "en",
        "HALIFAX, Nova Scotia (geomap) - Snow hit the province. Convoys covered the 110 km from Truro to the capital.",
        "110 km",
        "Halifax",
        "Truro",
        "consistent",
        form="route",
        either_way=True,
    ),
]

DE = [
    Row(
        "de",
        "TROMSØ (geomap) - Schnee im Norden. Räumtrupps fuhren die 170 Kilometer von Alta bis in die Stadt.",
        "170 Kilometer",
        "Tromsø",
        "Alta",
        "consistent",
        either_way=True,
    ),
    Row(
        "de",
        "HALIFAX (geomap) - Schnee in Nova Scotia. Konvois legten die 110 Kilometer von Truro bis in die Hauptstadt zurück.",
        "110 Kilometer",
        "Halifax",
        "Truro",
        "consistent",
        form="route",
        either_way=True,
    ),
]

ROWS = [*EN, *DE]

KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=5)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
