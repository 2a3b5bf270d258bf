# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 22 (docs/claims.md, "Session 22: batch BG, ..."): a way's length from a named
start after the distance to an end named by a description (``drove the N km from <A> to
the city``, ``Konvois legten die N Kilometer von <A> bis in die Hauptstadt zurück``): the
from-place, read as the reference, is the way's start, and the to-phrase, resolved as such
phrases are (the dateline's town here), its end. Before, the claim had the from-place as
its reference and no subject at all.

Sentences written for this test (Western Australia, Queensland, Manitoba), none from a
corpus article. The truth is the geodesic between hand points, computed with geographiclib
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
    "Perth": (-31.9523, 115.8613),
    "Bunbury": (-33.3271, 115.6414),
    "Brisbane": (-27.4698, 153.0251),
    "Toowoomba": (-27.5598, 151.9507),
    "Winnipeg": (49.8951, -97.1384),
    "Brandon": (49.8485, -99.9501),
}
# fmt: on

EN = [
    Row(
        "en",
        "PERTH, Australia (geomap) - Bushfires burned in the south-west. Volunteers drove the 175 km from Bunbury to the city.",
        "175 km",
        "Perth",
        "Bunbury",
        "consistent",
        either_way=True,
    ),
    Row(
        "en",
        "PERTH, Australia (geomap) - Bushfires burned in the south-west. Fire crews cleared the 80 km from Bunbury to the city.",
        "80 km",
        "Perth",
        "Bunbury",
        "inconsistent",
        either_way=True,
    ),
    Row(
        "en",
        "BRISBANE, Queensland (geomap) - Floods cut the state's roads. Tankers covered the 125 km from Toowoomba to the capital.",
        "125 km",
        "Brisbane",
        "Toowoomba",
        "consistent",
        form="route",
        either_way=True,
    ),
]

DE = [
    Row(
        "de",
        "PERTH (geomap) - Buschfeuer im Südwesten. Freiwillige fuhren die 175 Kilometer von Bunbury bis in die Stadt.",
        "175 Kilometer",
        "Perth",
        "Bunbury",
        "consistent",
        either_way=True,
    ),
    Row(
        "de",
        "WINNIPEG (geomap) - Hochwasser in Manitoba. Tanklaster legten die 215 Kilometer von Brandon bis in die Hauptstadt zurück.",
        "215 Kilometer",
        "Winnipeg",
        "Brandon",
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
