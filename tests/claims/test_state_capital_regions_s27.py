# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 27, helper h27-cldisc (docs/claims.md, "Session 27: story ends"): a regional
capital phrase read from the region the text named, tested on sentences written for this
file (Bavaria, Hesse, Lower Saxony, Saxony, Ohio/Indiana, Kaduna), none from a corpus
article.

- ``Heavy snow fell across Bavaria. Passau, about N km east of the state capital``: English
  ``state`` also names a German ``Land`` (lexicon ``seat_types``/``whose_region_nouns``, as
  the German ``Landeshauptstadt`` already did); before: no reference.
- ``Storms lashed Ohio and Indiana. Dayton, N km west of the state capital``: where the
  window names two first-level regions, the nearest says nothing; the one the other end
  lies in is meant, else the phrase is not read from the named regions (before: the
  nearest region's seat, a true claim called ``inconsistent``).
- Guards: one region named still gives its seat; ``the county seat`` in Germany and a bare
  ``the city`` after two towns are not measured.

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
    "Passau": (48.5667, 13.4319),
    "Munich": (48.1372, 11.5755),
    "Fulda": (50.5558, 9.6808),
    "Wiesbaden": (50.0782, 8.2398),
    "Goslar": (51.9059, 10.4289),
    "Hannover": (52.3759, 9.7320),
    "Chemnitz": (50.8278, 12.9214),
    "Dresden": (51.0504, 13.7373),
    "Dayton": (39.7589, -84.1916),
    "Columbus": (39.9612, -82.9988),
    "Muncie": (40.1934, -85.3864),
    "Indianapolis": (39.7684, -86.1581),
    "Zaria": (11.0855, 7.7199),
    "Kaduna": (10.5105, 7.4165),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
LAND_AS_STATE = [
    ("en", "Heavy snow fell across Bavaria on Tuesday. Passau, about 150 km east of the state capital, was cut off.", "about 150 km", "Passau", "Munich", 150.0, True),
    ("en", "Heavy snow fell across Bavaria on Tuesday. Passau, about 250 km east of the state capital, was cut off.", "about 250 km", "Passau", "Munich", 250.0, False),
    ("en", "Hail hit Hesse on Sunday. Fulda, some 115 km north-east of the state capital, was worst affected.", "some 115 km", "Fulda", "Wiesbaden", 115.0, True),
    ("en", "Storms lashed Lower Saxony on Friday. Goslar, about 70 km south-east of the capital of the state, lost power.", "about 70 km", "Goslar", "Hannover", 70.0, True),
    ("de", "In Bayern fiel am Dienstag starker Schnee. Passau, rund 150 Kilometer östlich der Landeshauptstadt, war abgeschnitten.", "rund 150 Kilometer", "Passau", "Munich", 150.0, True),
    ("de", "In Hessen hagelte es am Sonntag. Fulda, etwa 200 Kilometer nordöstlich der Landeshauptstadt, traf es am schwersten.", "etwa 200 Kilometer", "Fulda", "Wiesbaden", 200.0, False),
]

TWO_REGIONS = [
    ("en", "Storms lashed Saxony and Bavaria on Friday. Chemnitz, about 60 km south-west of the state capital, lost power.", "about 60 km", "Chemnitz", "Dresden", 60.0, True),
    ("en", "Storms lashed Ohio and Indiana on Friday. Dayton, about 105 km west of the state capital, lost power.", "about 105 km", "Dayton", "Columbus", 105.0, True),
    ("en", "Storms lashed Ohio and Indiana on Friday. Muncie, about 80 km north-east of the state capital, lost power.", "about 80 km", "Muncie", "Indianapolis", 80.0, True),
    ("en", "Storms lashed Ohio and Indiana on Friday. Dayton, about 180 km west of the state capital, lost power.", "about 180 km", "Dayton", "Columbus", 180.0, False),
    ("en", "Floods swept Kano and Kaduna states on Monday. Zaria, about 70 km north of the state capital, was cut off.", "about 70 km", "Zaria", "Kaduna", 70.0, True),
    ("de", "Unwetter trafen Sachsen und Bayern. Chemnitz, rund 60 Kilometer südwestlich der Landeshauptstadt, war ohne Strom.", "rund 60 Kilometer", "Chemnitz", "Dresden", 60.0, True),
    ("de", "Unwetter trafen Sachsen und Bayern. Chemnitz, rund 140 Kilometer südwestlich der Landeshauptstadt, war ohne Strom.", "rund 140 Kilometer", "Chemnitz", "Dresden", 140.0, False),
]

# guards: nothing to measure from
NOT_MEASURED = [
    ("en", "Storms lashed Germany on Friday. Ulm, about 70 km south-east of the county seat, lost power.", "about 70 km"),
    ("de", "Unwetter zogen über Deutschland. Ulm, rund 70 Kilometer südöstlich der Kreisstadt, war ohne Strom.", "rund 70 Kilometer"),
    ("en", "Police reinforcements arrived in Sokoto and Gusau on Monday. The city lies about 200 km from Kano.", "about 200 km"),
]
# fmt: on


@pytest.mark.parametrize("table", [LAND_AS_STATE, TWO_REGIONS], ids=["land", "two-regions"])
def test_tables_are_balanced(table: list[tuple[Any, ...]]) -> None:
    assert_both_languages_both_truths(table)


ROWS = LAND_AS_STATE + TWO_REGIONS


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[2]}-{r[3]}-{r[6]}" for r in ROWS])
def test_pair_and_verdict(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    assert_pair_and_verdict(analyze, AT, row, bounds=(0.9, 1.1))


@pytest.mark.parametrize("row", NOT_MEASURED, ids=[f"{r[0]}-{r[2]}" for r in NOT_MEASURED])
def test_not_measured(analyze: Callable[..., Any], row: tuple[str, str, str]) -> None:
    assert_no_checked_claim(analyze, *row)
