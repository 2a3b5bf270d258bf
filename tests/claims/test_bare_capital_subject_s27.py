# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 27, helper h27-cldisc (docs/claims.md, "Session 27: story ends"): a bare ``the
capital`` / ``die Hauptstadt`` as the subject of a distance whose reference is implicit
(``The capital, about N km to the south, sent help``), in a story with no dateline about one
country the text names. Sentences written for this file (Egypt, Vietnam, Poland, Thailand),
none from a corpus article.

Before: the subject was read before its other end, a bare capital phrase with neither a
dateline nor another end gave no country, and the claim was lost. Now the one country the
text names before the phrase (every town named before lies in it: ``_story_country``) is
the phrase's, and its capital (GeoNames, ``capitals.csv``) the subject.

Guards: two countries named, none named, a town of another country named, or a region of
the country named (a story about a region calls its seat "the capital") give no claim.

The truth is computed from hand points with geographiclib, never through geomap's code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_builders import (
    assert_both_languages_both_truths,
    assert_no_checked_claim,
    assert_pair_and_verdict,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Cairo": (30.0626, 31.2497),
    "Tanta": (30.7865, 31.0004),
    "Hanoi": (21.0245, 105.8412),
    "Nam Dinh": (20.4339, 106.1621),
    "Warsaw": (52.2298, 21.0118),
    "Radom": (51.4025, 21.1471),
    "Bangkok": (13.7540, 100.5014),
    "Nakhon Sawan": (15.7047, 100.1372),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
ROWS = [
    ("en", "Storms hit Egypt on Monday. Tanta was worst hit. The capital, about 85 km to the south, sent help.", "about 85 km", "Cairo", "Tanta", 85.0, True),
    ("en", "Storms hit Egypt on Monday. Tanta was worst hit. The capital, about 160 km to the south, sent help.", "about 160 km", "Cairo", "Tanta", 160.0, False),
    ("de", "Unwetter trafen am Montag Ägypten. Am schwersten traf es Tanta. Die Hauptstadt, rund 85 Kilometer südlich, schickte Hilfe.", "rund 85 Kilometer", "Cairo", "Tanta", 85.0, True),
    ("en", "Floods hit Vietnam on Friday. Nam Dinh was cut off. The capital, some 75 km to the north-west, sent troops.", "some 75 km", "Hanoi", "Nam Dinh", 75.0, True),
    ("de", "Überschwemmungen trafen am Freitag Vietnam. Nam Dinh war abgeschnitten. Die Hauptstadt, rund 150 Kilometer nordwestlich, schickte Soldaten.", "rund 150 Kilometer", "Hanoi", "Nam Dinh", 150.0, False),
    ("en", "A heatwave hit Poland. Radom recorded 38 degrees. The capital, about 95 km to the north, opened cooling centres.", "about 95 km", "Warsaw", "Radom", 95.0, True),
    ("de", "Eine Hitzewelle erfasste Thailand. In Nakhon Sawan wurden 41 Grad gemessen. Die Hauptstadt, etwa 220 Kilometer südlich, öffnete Kühlräume.", "etwa 220 Kilometer", "Bangkok", "Nakhon Sawan", 220.0, True),
]

# guards: the story does not say which country's capital
NOT_MEASURED = [
    ("en", "Storms hit Egypt and Libya on Monday. Tanta was worst hit. The capital, about 85 km to the south, sent help.", "about 85 km"),
    ("en", "Storms hit the region on Monday. Tanta was worst hit. The capital, about 85 km to the south, sent help.", "about 85 km"),
    ("de", "Unwetter trafen am Montag die Region. Am schwersten traf es Tanta. Die Hauptstadt, rund 85 Kilometer südlich, schickte Hilfe.", "rund 85 Kilometer"),
    ("en", "Storms hit Egypt on Monday. Benghazi was worst hit. The capital, about 85 km to the south, sent help.", "about 85 km"),
    ("en", "Storms hit Germany on Monday. Chemnitz in Saxony was worst hit. The capital, about 60 km to the north-east, sent help.", "about 60 km"),
]
# fmt: on


def test_table_is_balanced() -> None:
    assert_both_languages_both_truths(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[2]}-{r[3]}-{r[6]}" for r in ROWS])
def test_pair_and_verdict(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    assert_pair_and_verdict(analyze, AT, row, bounds=(0.9, 1.1))


@pytest.mark.parametrize(
    "row", NOT_MEASURED, ids=[f"{r[0]}-{r[2]}-{i}" for i, r in enumerate(NOT_MEASURED)]
)
def test_not_measured(analyze: Callable[..., Any], row: tuple[str, str, str]) -> None:
    assert_no_checked_claim(analyze, *row)
