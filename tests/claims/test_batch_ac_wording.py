# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 15's reading classes found in the dev misses of batch AC (docs/claims.md,
"Sixteenth pass"), in other wording and other regions than the batch, both languages: a way
of measuring that opens the sentence (``By road, <X> is N km from <Y>``, ``Mit dem Auto ist
<X> rund N Kilometer von <Y> entfernt``) makes its first distance a route, and a later
distance in the same sentence stays a straight line; German transcriptions of Central Asian
towns (``Termes``, ``Kysylorda``, ``Dschisak``, ``Chodschent``) name the towns, from rows of
the exonym table, not a namesake elsewhere.

Each row asserts what a fact-checker would check; distances come from geographiclib on hand
coordinates.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use (city centres from atlases)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Kumasi": (6.6885, -1.6244), "Accra": (5.6037, -0.1870), "Linz": (48.3069, 14.2858),
    "Vienna": (48.2082, 16.3738), "Almaty": (43.2220, 76.8512), "Astana": (51.1694, 71.4491),
    "Taraz": (42.9000, 71.3667), "Termez": (37.2242, 67.2783), "Dushanbe": (38.5598, 68.7870),
    "Kyzylorda": (44.8488, 65.4823), "Shymkent": (42.3417, 69.5901),
    "Jizzakh": (40.1158, 67.8422), "Samarkand": (39.6270, 66.9750),
    "Khujand": (40.2826, 69.6220), "Tashkent": (41.2995, 69.2401),
}
# fmt: on

R = Row
# fmt: off
FRONTED_ALONG = [
    R("en", "By road, Kumasi is about 250 km from Accra.", "about 250 km", "Kumasi", "Accra", "consistent", "route", True),
    R("en", "By road, Kumasi is about 120 km from Accra.", "about 120 km", "Kumasi", "Accra", "inconsistent", "route", True),
    R("de", "Mit dem Auto ist Linz rund 190 Kilometer von Wien entfernt.", "rund 190 Kilometer", "Linz", "Vienna", "consistent", "route", True),
    R("en", "By rail, Almaty is some 1,250 km from Astana, and Taraz lies 450 km west of Almaty.", "some 1,250 km", "Almaty", "Astana", "consistent", "route", True),
    R("en", "By rail, Almaty is some 1,250 km from Astana, and Taraz lies 450 km west of Almaty.", "450 km", "Taraz", "Almaty", "consistent", "point"),
]
GERMAN_TRANSCRIPTIONS = [
    R("de", "Das usbekische Termes liegt rund 200 Kilometer südwestlich von Duschanbe.", "rund 200 Kilometer", "Termez", "Dushanbe", "consistent"),
    R("de", "Kysylorda liegt rund 430 Kilometer nordwestlich von Schymkent.", "rund 430 Kilometer", "Kyzylorda", "Shymkent", "consistent"),
    R("de", "Dschisak liegt rund 90 Kilometer nordöstlich von Samarkand.", "rund 90 Kilometer", "Jizzakh", "Samarkand", "consistent"),
    R("de", "Chodschent liegt rund 120 Kilometer südlich von Taschkent.", "rund 120 Kilometer", "Khujand", "Tashkent", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", FRONTED_ALONG, ids=[f"{r.lang}-{r.quantity}" for r in FRONTED_ALONG]
)
def test_fronted_way_of_measuring_makes_a_route(analyze: Callable[..., Any], row: Row) -> None:
    """``By road, <X> is N km from <Y>``: the distance is along the road, checked with a
    route's allowance (a road figure above the straight line is no error); only the
    sentence's first distance is measured that way."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row", GERMAN_TRANSCRIPTIONS, ids=[f"{r.lang}-{r.quantity}" for r in GERMAN_TRANSCRIPTIONS]
)
def test_german_transcriptions_of_central_asian_towns(
    analyze: Callable[..., Any], row: Row
) -> None:
    """German news writes Central Asian towns in German transcription (Duden); ``Termes``
    is Termez in Uzbekistan, not Terme on the Black Sea."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text", "quantity"),
    [
        (
            "en",
            "Arusha lies about 80 km from Moshi, and fog cut visibility to 300 metres on the road.",
            "300 metres",
        ),
        (
            "de",
            "Linz liegt rund 160 Kilometer von Wien entfernt, und der Nebel senkte die Sicht auf 50 Meter.",
            "50 Meter",
        ),
    ],
)
def test_clause_with_its_own_subject_is_no_second_distance(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str
) -> None:
    """A visibility or another measure in a coordinated clause with its own subject and
    verb is not a second distance between the places of the claim before it."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    assert not [c for c in a.claims if quantity in c.stated.text], [
        (c.stated.text, c.verdict) for c in a.claims
    ]
    assert len(a.claims) == 1 and a.claims[0].verdict == "consistent", a.claims


def test_coordinated_second_distance_by_road_is_kept(analyze: Callable[..., Any]) -> None:
    """``... as the crow flies and 250 km by road``: the second distance has no subject
    of its own and still measures between the same two places, along the road."""
    a = analyze(
        "Kumasi is 200 km from Accra as the crow flies and 250 km by road.",
        lang="en",
        date="2026-06-01",
        events=False,
    )
    second = [c for c in a.claims if c.stated.text == "250 km"]
    assert second and second[0].form == "route", a.claims
    assert second[0].reference is not None and second[0].reference.name == "Accra"
    assert second[0].verdict == "consistent"
