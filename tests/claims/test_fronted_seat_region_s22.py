# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 22 (docs/claims.md, "Session 22: batch BG, ..."): ``In <R>, about N km west of
<B>, ...``, a fronted first-level region named like its seat with the distance set off
right after it, is that seat; before, the fronted region was skipped as the place where
something happens and the claim had no subject.

Sentences written for this test (Nicaragua, whose departments are named like their
seats), none from a corpus article. The truth is the geodesic between hand points,
computed with geographiclib (tests/support/claims_table.py), never through geomap's code
path.
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
    "Managua": (12.1364, -86.2514),
    "Granada": (11.9344, -85.9560),
}
# fmt: on

EN = [
    Row(
        "en",
        "MANAGUA, Nicaragua (geomap) - A tropical storm crossed the country on Saturday. In Granada, about 40 km south-east of Managua, schools stayed shut.",
        "about 40 km",
        "Granada",
        "Managua",
        "consistent",
    ),
    Row(
        "en",
        "MANAGUA, Nicaragua (geomap) - A tropical storm crossed the country on Saturday. In Granada, roughly 120 km south-east of Managua, flights were delayed.",
        "roughly 120 km",
        "Granada",
        "Managua",
        "inconsistent",
    ),
]

DE = [
    Row(
        "de",
        "MANAGUA (geomap) - Ein Tropensturm am Samstag. In Granada, etwa 40 Kilometer südöstlich von Managua, blieben die Schulen zu.",
        "etwa 40 Kilometer",
        "Granada",
        "Managua",
        "consistent",
    ),
    Row(
        "de",
        "MANAGUA (geomap) - Ein Tropensturm am Samstag. In Granada, etwa 110 Kilometer südöstlich von Managua, fielen Flüge aus.",
        "etwa 110 Kilometer",
        "Granada",
        "Managua",
        "inconsistent",
    ),
]

ROWS = [*EN, *DE]

KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=4)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
