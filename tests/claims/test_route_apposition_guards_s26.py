# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 26 review (h26-rev1): which route appositions make a point distance a route.

Round 1 made ``<X>, a four-hour drive of some N miles from <Y>`` a route (its road figure
was ``inconsistent`` as a straight line) for every lead of lexicon
``route_apposition_lead``, so ``a distance of``, ``eine Entfernung von`` (no word of a
way) and even ``a straight-line distance of`` / ``... Kilometern Luftlinie`` were checked
with a road's allowance: a figure 1.4 times the straight line was ``consistent``. Now only
an apposition whose noun is a way on the ground or water (``drive``, ``bus ride``,
``Fahrt``) does, and no straight-line word may stand in the distance's clause
(docs/claims.md, "Session 26 review").

Hand points; the truth is computed by geographiclib, never through geomap's code. Regions
other than the dev batches' (Kenya, Peru, Bavaria, the Northern Territory).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_builders import assert_pair_and_verdict

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Garissa": (-0.4536, 39.6401),
    "Nairobi": (-1.2921, 36.8219),
    "Lima": (-12.0464, -77.0428),
    "Arequipa": (-16.4090, -71.5375),
    "Munich": (48.1374, 11.5755),
    "Passau": (48.5665, 13.4312),
    "Darwin": (-12.4634, 130.8456),
    "Katherine": (-14.4652, 132.2635),
}

# a road figure set off as a way's length: a route, consistent with its allowance (the
# straight line is 0.75-0.82 times the figure, too short for a point claim)
WAYS = [
    ("en", "Relief trucks reached Garissa, a six-hour drive of some 400 km from Nairobi, on Monday.", "400 km", "Garissa", "Nairobi", 400.0, True),
    ("en", "The team reached Arequipa, a long bus ride of about 1,000 km from Lima, on Sunday.", "1,000 km", "Arequipa", "Lima", 1000.0, True),
    ("de", "Die Helfer erreichten Passau, eine dreistündige Fahrt von rund 190 Kilometern von München, am Montag.", "190 Kilometern", "Passau", "Munich", 190.0, True),
]

# no word of a way, or a straight line said: a point claim, and a figure 1.4 times the
# straight line is caught
NOT_WAYS = [
    ("en", "Aid convoys reached Garissa, a straight-line distance of some 450 km from Nairobi, on Monday.", "450 km", "Garissa", "Nairobi", 450.0, False),
    ("en", "Aid convoys reached Garissa, a distance of some 450 km from Nairobi, on Monday.", "450 km", "Garissa", "Nairobi", 450.0, False),
    ("de", "Hilfskonvois erreichten am Montag Passau, eine Entfernung von rund 200 Kilometern Luftlinie von München.", "200 Kilometern", "Passau", "Munich", 200.0, False),
    ("de", "Hilfskonvois erreichten am Montag Passau, eine Entfernung von rund 200 Kilometern von München.", "200 Kilometern", "Passau", "Munich", 200.0, False),
]

# round 1's other rule, the apposition cut short of its distance (``<A>, a town about N km
# ...``), on look-alikes of other regions and wordings under a dateline: each read no
# subject on 2da208c0
CUT = [
    ("en", "NAIROBI - Police reached Garissa, a town about 330 km east of the capital, on Monday.", "330 km", "Garissa", "Nairobi", 330.0, True),
    ("en", "LIMA - Rescuers flew to Arequipa, the southern city some 770 km from the capital.", "770 km", "Arequipa", "Lima", 770.0, True),
    ("en", "DARWIN - Floods cut off Katherine, the regional centre about 290 km south-east of the city.", "290 km", "Katherine", "Darwin", 290.0, True),
]
# fmt: on


@pytest.mark.parametrize("row", WAYS)
def test_a_way_set_off_after_its_end_is_a_route(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_pair_and_verdict(analyze, AT, row, bounds=(0.72, 0.85))


@pytest.mark.parametrize("row", NOT_WAYS)
def test_a_bare_or_straight_distance_apposition_is_no_route(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_pair_and_verdict(analyze, AT, row, false_bounds=(0.75, 1.6))


@pytest.mark.parametrize("row", CUT)
def test_an_apposition_cut_short_of_its_distance_in_other_regions(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_pair_and_verdict(analyze, AT, row)
