# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 22 (docs/claims.md, "Session 22: batch BG, ..."): a town opening its sentence
behind a phrase that only says what sort of place it is (``The university town of <B>``,
``Die Universitätsstadt <B>``), after a sentence about another town <A>, with a distance
and no reference of its own: measured from <A>, as when <B> opens the sentence bare
(session 21's opening-clause rule). Before, the naming phrase kept the rule off and the
dateline's town became the reference.

Sentences written for this test (central Portugal), none from a corpus
article. The truth is the geodesic between hand points, computed with geographiclib
(tests/support/claims_table.py), never through geomap's code path.
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
    "Leiria": (39.7436, -8.8071),
    "Coimbra": (40.2033, -8.4103),
}
# fmt: on

EN = [
    Row(
        "en",
        "LISBON, Portugal (geomap) - Storms hit the centre. Leiria was hit hardest. The university town of Coimbra, about 60 km to the north-east, sent ambulances.",
        "about 60 km",
        "Coimbra",
        "Leiria",
        "consistent",
    ),
    Row(
        "en",
        "LISBON, Portugal (geomap) - Storms hit the centre. Leiria was hit hardest. The university town of Coimbra lies about 110 km to the north-east.",
        "about 110 km",
        "Coimbra",
        "Leiria",
        "inconsistent",
    ),
]

DE = [
    Row(
        "de",
        "LISSABON (geomap) - Sturm im Zentrum. Am schwersten traf es Leiria. Die Universitätsstadt Coimbra, rund 60 Kilometer nordöstlich, schickte Krankenwagen.",
        "rund 60 Kilometer",
        "Coimbra",
        "Leiria",
        "consistent",
    ),
    Row(
        "de",
        "LISSABON (geomap) - Sturm im Zentrum. Am schwersten traf es Leiria. Die Universitätsstadt Coimbra liegt rund 110 Kilometer nordöstlich.",
        "rund 110 Kilometer",
        "Coimbra",
        "Leiria",
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
