# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 22 (docs/claims.md, "Session 22: batch BG, ..."): ``In <R>, about N km west of
<B>, ...``, a fronted first-level region named like its seat with the distance set off
right after it, is that seat; before, the fronted region was skipped as the place where
something happens and the claim had no subject.

Sentences written for this test (Costa Rica's central valley and Pacific coast), none from
a corpus article. The truth is the geodesic between hand points, computed with
geographiclib (tests/support/claims_table.py), never through geomap's code path.
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
    "San José": (9.9281, -84.0907),
    "Alajuela": (10.0163, -84.2116),
    "Puntarenas": (9.9763, -84.8384),
}
# fmt: on

EN = [
    Row(
        "en",
        "SAN JOSÉ, Costa Rica (geomap) - Heavy rain fell on Monday. In Alajuela, about 17 km north-west of San José, the airport closed.",
        "about 17 km",
        "Alajuela",
        "San José",
        "consistent",
    ),
    Row(
        "en",
        "SAN JOSÉ, Costa Rica (geomap) - Heavy rain fell on Monday. In Puntarenas, some 150 km west of San José, fishing boats stayed in port.",
        "some 150 km",
        "Puntarenas",
        "San José",
        "inconsistent",
    ),
]

DE = [
    Row(
        "de",
        "SAN JOSÉ (geomap) - Starkregen am Montag. In Puntarenas, rund 80 Kilometer westlich von San José, liefen Fischerboote auf Grund.",
        "rund 80 Kilometer",
        "Puntarenas",
        "San José",
        "consistent",
    ),
    Row(
        "de",
        "SAN JOSÉ (geomap) - Starkregen am Montag. In Alajuela, rund 40 Kilometer nordwestlich von San José, wurde der Flughafen geschlossen.",
        "rund 40 Kilometer",
        "Alajuela",
        "San José",
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
