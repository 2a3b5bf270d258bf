# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Wire copy, session 18 round 2 (docs/claims.md, "Session 18, round 2: batch AY"):

- an object pronoun taking up the sentence before (``<A> lies N km east of <B>. <C> is
  another M km beyond it`` / ``... south-east of it``): the sentence before's subject,
  what it was about, not <B>, the place it was measured from;
- a German ``davon`` opening a new claim's sentence, postposed or fronted (``<C> liegt
  rund M km nordöstlich davon``, ``Rund M km südöstlich davon liegt <C>``): the sentence
  before's subject, else the place the text last stood at, not the dateline's;
- a distance governed by a preposition of a way travelled (``Auf den rund N Kilometern
  zwischen A und B fahren ...``, ``Along the N km from A to B, ...``): a route, checked
  with the detour allowance, not a straight line;
- a road's end after the reference (``found 40 people N km north of <A> on the road to
  <B>``, ``an der Piste nach <B>``): where the road leads, not the distance's subject.

Sentences written for this test (Kenya, Peru, Australia, Norway, Argentina, Kazakhstan
and Kyrgyzstan, Burkina Faso, Namibia, China), none from a corpus article. The points
are hand points of the places; the truth is the geodesic between them computed here with
geographiclib, never through geomap's code path.
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
    "Mombasa": (-4.0435, 39.6682), "Malindi": (-3.2192, 40.1169), "Lamu": (-2.2717, 40.9020),
    "Darwin": (-12.4634, 130.8456), "Alice Springs": (-23.6980, 133.8807),
    "Katherine": (-14.4650, 132.2635),
    "Lima": (-12.0464, -77.0428), "Cusco": (-13.5320, -71.9675), "Puno": (-15.8402, -70.0219),
    "Tromsø": (69.6492, 18.9553), "Alta": (69.9689, 23.2716), "Hammerfest": (70.6634, 23.6821),
    "Rosario": (-32.9442, -60.6505), "Santa Fe": (-31.6333, -60.7000),
    "Córdoba": (-31.4201, -64.1888),
    "Almaty": (43.2220, 76.8512), "Bishkek": (42.8746, 74.5698),
    "Ouagadougou": (12.3714, -1.5197), "Bobo-Dioulasso": (11.1771, -4.2979),
    "Windhoek": (-22.5609, 17.0658), "Lüderitz": (-26.6481, 15.1594),
    "Kunming": (25.0389, 102.7183), "Dali": (25.6065, 100.2676),
}
# fmt: on

EN = [
    Row(
        "en",
        "MOMBASA, Kenya (geomap) - Malindi lies about 105 km north-east of Mombasa. Lamu is another 135 km beyond it.",
        "another 135 km",
        "Lamu",
        "Malindi",
        "consistent",
    ),
    Row(
        "en",
        "LIMA (geomap) - Cusco lies about 575 km east of Lima. Puno is another 650 km beyond it.",
        "another 650 km",
        "Puno",
        "Cusco",
        "inconsistent",
    ),
    Row(
        "en",
        "CANBERRA (geomap) - Darwin lies about 1,300 km north of Alice Springs. Katherine is about 270 km south-east of it.",
        "about 270 km",
        "Katherine",
        "Darwin",
        "consistent",
    ),
    Row(
        "en",
        "OSLO (geomap) - Alta lies about 170 km east of Tromsø. Hammerfest is about 160 km north of it.",
        "about 160 km",
        "Hammerfest",
        "Alta",
        "inconsistent",
    ),
    Row(
        "en",
        "Along the 190 km between Rosario and Santa Fe, police set up checkpoints.",
        "190 km",
        "Santa Fe",
        "Rosario",
        "consistent",
        form="route",
        either_way=True,
    ),
    Row(
        "en",
        "On the 900 km between Almaty and Bishkek, trucks queued for days.",
        "900 km",
        "Bishkek",
        "Almaty",
        "inconsistent",
        form="route",
        either_way=True,
    ),
    Row(
        "en",
        "Along the 400 km from Ouagadougou to Bobo-Dioulasso, police checked every bus.",
        "400 km",
        "Bobo-Dioulasso",
        "Ouagadougou",
        "consistent",
        form="route",
        either_way=True,
    ),
]

DE = [
    Row(
        "de",
        "NAIROBI (geomap) - Malindi liegt rund 105 Kilometer nordöstlich von Mombasa. Lamu liegt rund 135 Kilometer nordöstlich davon.",
        "rund 135 Kilometer",
        "Lamu",
        "Malindi",
        "consistent",
    ),
    Row(
        "de",
        "CANBERRA (geomap) - Darwin liegt rund 1.300 Kilometer nördlich von Alice Springs. Rund 270 Kilometer südöstlich davon liegt Katherine.",
        "Rund 270 Kilometer",
        "Katherine",
        "Darwin",
        "consistent",
    ),
    Row(
        "de",
        "OSLO (geomap) - In Tromsø fiel am Montag Schnee. Rund 300 Kilometer östlich davon liegt Alta.",
        "Rund 300 Kilometer",
        "Alta",
        "Tromsø",
        "inconsistent",
    ),
    Row(
        "de",
        "LIMA (geomap) - Cusco liegt rund 575 Kilometer östlich von Lima. Puno liegt rund 600 Kilometer südöstlich davon.",
        "rund 600 Kilometer",
        "Puno",
        "Cusco",
        "inconsistent",
    ),
    Row(
        "de",
        "Auf den rund 620 Kilometern zwischen Windhoek und Lüderitz fahren nur wenige Busse.",
        "rund 620 Kilometern",
        "Lüderitz",
        "Windhoek",
        "consistent",
        form="route",
        either_way=True,
    ),
    Row(
        "de",
        "Auf den rund 900 Kilometern zwischen Kunming und Dali fahren Busse nur im Konvoi.",
        "rund 900 Kilometern",
        "Dali",
        "Kunming",
        "inconsistent",
        form="route",
        either_way=True,
    ),
    Row(
        "de",
        "Entlang der 450 Kilometer zwischen Rosario und Córdoba stehen Kontrollposten.",
        "450 Kilometer",
        "Córdoba",
        "Rosario",
        "consistent",
        form="route",
        either_way=True,
    ),
]

ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=12)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text", "quantity", "road_end"),
    [
        # a road's end after the reference: where the road leads, not what is located
        (
            "en",
            "Rescuers found 40 stranded people some 60 km north of Windhoek on the road to Okahandja.",
            "some 60 km",
            "Okahandja",
        ),
        (
            "de",
            "Helfer fanden 40 Menschen rund 50 Kilometer östlich von Almaty an der Piste nach Bischkek.",
            "rund 50 Kilometer",
            "Bischkek",
        ),
        (
            "de",
            "Die Polizei stoppte den Bus rund 80 Kilometer südlich von Cusco an der Straße nach Puno.",
            "rund 80 Kilometer",
            "Puno",
        ),
    ],
)
def test_a_roads_end_is_no_subject(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str, road_end: str
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]
    assert all(c.verdict != "inconsistent" for c in found), found
    assert not any(c.subject is not None and c.subject.mention == road_end for c in found), found
