# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Guards for the claims rules of session 25, round 2 (review h25-mend2): a from-where clause
whose site is echoed from a sentence before (``In <B>, N km from where the river crested``
after ``The river crested at <A>``) reads what was said, not who said it. ``from where
police said the suspect lived`` names no site of the sentence that told what the police
said (``Police said the car was found near <A>``); ``from where officials said the river
crested`` still echoes the crest. Texts of our own."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_builders import assert_no_checked_claim, assert_pair_and_verdict

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Vidin": (43.9916, 22.8824),
    "Lom": (43.8317, 23.2379),
}

ECHO_OF_WHAT_WAS_SAID = [
    ("en", "SOFIA (AP) - Officials said the Danube crested at Vidin on Monday. In Lom, about 33 km from where officials said the river crested, dozens of homes were flooded.", "about 33 km", "Lom", "Vidin", 33.0, True),
    ("en", "SOFIA (AP) - Officials said the Danube crested at Vidin on Monday. In Lom, about 80 km from where officials said the river crested, dozens of homes were flooded.", "about 80 km", "Lom", "Vidin", 80.0, False),
]

# guards: the speaker and the speech verb of the from-where clause echo nothing
NO_SITE = [
    ("en", "BELGRADE (AP) - Police said the stolen car was found near Kraljevo on Monday. In Cacak, about 30 km from where police said the suspect lived, officers searched a house.", "about 30 km"),
    ("en", "ATHENS (AP) - Officials said the fire started near Patras on Monday. In Aigio, about 40 km from where officials said the family lived, roads were closed.", "about 40 km"),
    ("en", "NAIROBI (AP) - Witnesses told reporters the bus was stopped at Mai Mahiu. In Naivasha, about 25 km from where witnesses told reporters the gunmen hid, shops closed.", "about 25 km"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", ECHO_OF_WHAT_WAS_SAID, ids=[f"{r[2]}-{r[6]}" for r in ECHO_OF_WHAT_WAS_SAID]
)
def test_echo_of_what_was_said(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    assert_pair_and_verdict(analyze, AT, row, bounds=(0.9, 1.1))


@pytest.mark.parametrize("row", NO_SITE, ids=[f"{r[0]}-{r[2]}" for r in NO_SITE])
def test_speaker_of_the_clause_echoes_no_site(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_no_checked_claim(analyze, *row)
