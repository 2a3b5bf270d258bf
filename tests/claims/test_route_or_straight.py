# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Route or straight line (session 15, round 2; docs/claims.md, "Route or straight line").

**Decision:** a from/to distance (``Von <A> aus sind es bis <B> N km``, ``From <A> it is N
km to <B>``, ``How far is it from <A> to <B>? N km``) is a straight line unless its
sentence says it is measured along a way: a route noun (``road``, ``Fahrt``), an along word
(``by rail``, ``mit dem Bus``), a verb of travelling (``drive``, ``fährt man``, ``cover``)
or a travel time (``seven hours``, ``zwölf Stunden``). A reader checks a distance on a map;
a road length is said with a road word. A way word in a relative clause that does not hold
the distance (``..., where lorries drove through flooded streets``) describes the place,
not the distance. Before, every from/to distance was a route with the detour allowance,
so a straight-line figure 1.3 times too long passed.

Each pair of rows states the same figure with and without a way word: ``point`` and
``inconsistent`` without, ``route`` and ``consistent`` with. Sentences written for this
test (Peru, Australia, Myanmar, Tanzania, Croatia, Ecuador, Kazakhstan), none from a
corpus article. The points are hand points of the places; the truth is the geodesic
between them computed here with geographiclib, never through geomap's code path.
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
    "Arequipa": (-16.399, -71.5375), "Puno": (-15.8402, -70.0219),
    "Perth": (-31.9523, 115.8613), "Bunbury": (-33.3271, 115.6414),
    "Yangon": (16.8053, 96.1561), "Mandalay": (21.9747, 96.0836),
    "Dodoma": (-6.1722, 35.7395), "Dar es Salaam": (-6.8235, 39.2695),
    "Split": (43.5089, 16.4392), "Zagreb": (45.8144, 15.978),
    "Quito": (-0.2299, -78.5249), "Guayaquil": (-2.1962, -79.8862),
    "Almaty": (43.25, 76.9167), "Taldykorgan": (45.0156, 78.3739),
}
# fmt: on

EN = [
    Row(
        "en",
        "PERTH (geomap) - From Perth it is about 200 km to Bunbury.",
        "about 200 km",
        "Perth",
        "Bunbury",
        "inconsistent",
        "point",
        True,
    ),
    Row(
        "en",
        "PERTH (geomap) - From Perth, motorists drive about 200 km to Bunbury.",
        "about 200 km",
        "Perth",
        "Bunbury",
        "consistent",
        "route",
        True,
    ),
    Row(
        "en",
        "From Dodoma it is about 500 km to Dar es Salaam.",
        "about 500 km",
        "Dodoma",
        "Dar es Salaam",
        "inconsistent",
        "point",
        True,
    ),
    Row(
        "en",
        "From Dodoma it is about 500 km to Dar es Salaam, a good seven hours.",
        "about 500 km",
        "Dodoma",
        "Dar es Salaam",
        "consistent",
        "route",
        True,
    ),
    Row(
        "en",
        "It is about 300 km from Almaty to Taldykorgan.",
        "about 300 km",
        "Almaty",
        "Taldykorgan",
        "inconsistent",
        "point",
        True,
    ),
    Row(
        "en",
        "It is about 300 km by rail from Almaty to Taldykorgan.",
        "about 300 km",
        "Almaty",
        "Taldykorgan",
        "consistent",
        "route",
        True,
    ),
    # a way word in a relative clause after the distance is about the place
    Row(
        "en",
        "From Split it is about 320 km to Zagreb, where lorries drove through flooded streets.",
        "about 320 km",
        "Split",
        "Zagreb",
        "inconsistent",
        "point",
        True,
    ),
    # a straight-line figure that fits stays consistent as a straight line
    Row(
        "en",
        "How far is it from Quito to Guayaquil? About 270 km.",
        "About 270 km",
        "Quito",
        "Guayaquil",
        "consistent",
        "point",
        True,
    ),
]

DE = [
    Row(
        "de",
        "Von Arequipa aus sind es rund 250 Kilometer bis Puno.",
        "rund 250 Kilometer",
        "Arequipa",
        "Puno",
        "inconsistent",
        "point",
        True,
    ),
    Row(
        "de",
        "Von Arequipa aus fährt man rund 250 Kilometer bis Puno.",
        "rund 250 Kilometer",
        "Arequipa",
        "Puno",
        "consistent",
        "route",
        True,
    ),
    Row(
        "de",
        "Von Yangon aus sind es rund 720 Kilometer bis Mandalay.",
        "rund 720 Kilometer",
        "Yangon",
        "Mandalay",
        "inconsistent",
        "point",
        True,
    ),
    Row(
        "de",
        "Der Zug braucht zwölf Stunden: Von Yangon aus sind es rund 720 Kilometer bis Mandalay.",
        "rund 720 Kilometer",
        "Yangon",
        "Mandalay",
        "consistent",
        "route",
        True,
    ),
    Row(
        "de",
        "Von Yangon aus sind es rund 570 Kilometer bis Mandalay.",
        "rund 570 Kilometer",
        "Yangon",
        "Mandalay",
        "consistent",
        "point",
        True,
    ),
    Row(
        "de",
        "Von Split aus sind es rund 320 Kilometer bis Zagreb, wo Lastwagen durch überflutete Straßen fuhren.",
        "rund 320 Kilometer",
        "Split",
        "Zagreb",
        "inconsistent",
        "point",
        True,
    ),
    Row(
        "de",
        "Wie weit ist es von Quito nach Guayaquil? Rund 420 Kilometer.",
        "Rund 420 Kilometer",
        "Quito",
        "Guayaquil",
        "inconsistent",
        "point",
        True,
    ),
    Row(
        "de",
        "Wie weit fährt man von Quito nach Guayaquil? Rund 420 Kilometer.",
        "Rund 420 Kilometer",
        "Quito",
        "Guayaquil",
        "consistent",
        "route",
        True,
    ),
]
ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=16)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
