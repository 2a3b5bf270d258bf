# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 23, round 2 (docs/claims.md, "Session 23, round 2: a parenthesis before the
direction, a range word in the first of two coordinated predicates"):

- ``<X> lies N km (three hours by car) east of <Y>``: a parenthesis that names no place
  between the distance and its direction glosses the distance, as a conversion in brackets
  does; before, the direction and the claim were lost. (A travel mode in the gloss, ``by
  car``, lets the verifier allow a road's length: the false rows are false either way.)
- ``<X>, which can only be reached by boat and lies N km north of <Y>``: a coordinator
  before the distance opens its own predicate, so the range word of the first one
  (``reached``) does not make the distance a range ring. A range word in the distance's
  own predicate still does (the guard row).

Sentences written for this test (northern Norway, Finnish Lapland, the Peruvian Amazon),
none from a corpus article. The truth is the geodesic between hand points
(geographiclib), never through geomap's code path.
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
    claim_on,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")


# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Tromsø": (69.6492, 18.9553),
    "Alta": (69.9689, 23.2716),
    "Narvik": (68.4385, 17.4272),
    "Oulu": (65.0121, 25.4651),
    "Rovaniemi": (66.5039, 25.7294),
    "Iquitos": (-3.7491, -73.2538),
    "Pucallpa": (-8.3791, -74.5539),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
ROWS = [
    ("en", "TROMSØ (geomap) - Snow closed roads in the far north. Alta lies about 170 km (three hours by car in summer) east of Tromsø.", "about 170 km", "Alta", "Tromsø", 170.0, True),
    ("en", "TROMSØ (geomap) - Snow closed roads in the far north. Alta lies about 400 km (three hours by car in summer) east of Tromsø.", "about 400 km", "Alta", "Tromsø", 400.0, False),
    ("de", "OULU (dpa) - Schneesturm in Lappland. Rovaniemi liegt rund 170 Kilometer (zwei Stunden mit dem Zug) nördlich von Oulu.", "rund 170 Kilometer", "Rovaniemi", "Oulu", 170.0, True),
    ("de", "OULU (dpa) - Schneesturm in Lappland. Rovaniemi liegt rund 380 Kilometer (zwei Stunden mit dem Zug) nördlich von Oulu.", "rund 380 Kilometer", "Rovaniemi", "Oulu", 380.0, False),
    ("en", "LIMA (geomap) - Floods swept the Peruvian Amazon. Iquitos, which can only be reached by boat or plane and lies some 530 km north of Pucallpa, ran short of fuel.", "some 530 km", "Iquitos", "Pucallpa", 530.0, True),
    ("en", "LIMA (geomap) - Floods swept the Peruvian Amazon. Iquitos, which can only be reached by boat or plane and lies some 900 km north of Pucallpa, ran short of fuel.", "some 900 km", "Iquitos", "Pucallpa", 900.0, False),
]

#: a range word in the distance's own predicate: still a range, never a checked pair
RANGES = [
    ("en", "TROMSØ (geomap) - A search drone took off from Narvik at dawn and flew some 150 km over the fjords.", "some 150 km"),
]
# fmt: on


def test_table_is_balanced() -> None:
    assert_both_languages_both_truths(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r[2] for r in ROWS])
def test_gloss_and_coordinated_predicate(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    # a true ratio within 8 %, a false one at most 0.65; both ends within 25 km
    assert_pair_and_verdict(
        analyze, AT, row, bounds=(0.92, 1.08), false_bounds=(0.65, math.inf), within_km=25.0
    )


@pytest.mark.parametrize("row", RANGES, ids=[r[2] for r in RANGES])
def test_range_word_of_the_distance_own_predicate(
    analyze: Callable[..., Any], row: tuple[str, str, str]
) -> None:
    lang, text, quantity = row
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.verdict == "unverifiable", claim.explanation
