# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 23, round 2 (docs/claims.md, "Session 23, round 2: the capital of a story about a
region"): a bare ``the capital`` / ``der Hauptstadt`` in a story about a state or province
that names the region and, before the phrase, that region's seat, while the country's
capital is never named, is the region's seat (``... met crews in <seat>. <A>, about N km
south of the capital``); before, it was the nation's capital and the claim
``unverifiable`` (round 1's doubt) or wrong. The nation's capital named in the text keeps
its reading (the guard row).

Sentences written for this test (western Oregon, Bavaria, Carinthia), none from a corpus
article. The truth is the geodesic between hand points (geographiclib), never through
geomap's code path.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_builders import (
    assert_both_languages_both_truths,
    assert_pair_and_verdict,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")


# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Eugene": (44.0521, -123.0868),
    "Salem": (44.9429, -123.0351),
    "Augsburg": (48.3705, 10.8978),
    "München": (48.1351, 11.5820),
    "Villach": (46.6111, 13.8558),
    "Wien": (48.2082, 16.3738),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
ROWS = [
    ("en", "MEDFORD, Ore. (AP) - Floods hit western Oregon on Monday and the governor met emergency crews in Salem. Eugene, about 100 km south of the capital, closed its schools.", "about 100 km", "Eugene", "Salem", 100.0, True),
    ("en", "MEDFORD, Ore. (AP) - Floods hit western Oregon on Monday and the governor met emergency crews in Salem. Eugene, about 200 km south of the capital, closed its schools.", "about 200 km", "Eugene", "Salem", 200.0, False),
    ("de", "NÜRNBERG (dpa) - Schwere Unwetter haben am Sonntag Bayern getroffen. Der Krisenstab tagte in München. Augsburg liegt rund 57 Kilometer westlich der Hauptstadt.", "rund 57 Kilometer", "Augsburg", "München", 57.0, True),
    ("de", "NÜRNBERG (dpa) - Schwere Unwetter haben am Sonntag Bayern getroffen. Der Krisenstab tagte in München. Augsburg liegt rund 110 Kilometer westlich der Hauptstadt.", "rund 110 Kilometer", "Augsburg", "München", 110.0, False),
    # guard: the nation's capital is named, so "der Hauptstadt" is Vienna, not Klagenfurt
    ("de", "GRAZ (APA) - Unwetter in Kärnten. Die Landesregierung in Klagenfurt rief den Notstand aus, und Wien schickte Soldaten. Villach liegt rund 255 Kilometer südwestlich der Hauptstadt.", "rund 255 Kilometer", "Villach", "Wien", 255.0, True),
]
# fmt: on


def test_table_is_balanced() -> None:
    assert_both_languages_both_truths(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r[2] for r in ROWS])
def test_the_capital_of_a_story_about_a_region(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    # a true ratio within 8 %, a false one at most 0.65; both ends within 25 km
    assert_pair_and_verdict(
        analyze, AT, row, bounds=(0.92, 1.08), false_bounds=(0.65, math.inf), within_km=25.0
    )
