# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 23, round 2 (docs/claims.md, "Session 23, round 2: a section noun leads a set-off
route length"): ``The <road> between A and B, a stretch of about N km, was closed``, ``Die
<Straße> zwischen A und B, ein Abschnitt von rund N Kilometern, ...``. A section noun
(lexicon ``section_nouns``) leading a length set off after a between phrase names the way's
length between its two places, as ``a drive of N km`` does; before, the length was dropped
as one of no route. A section noun that names no two ends stays no claim.

Sentences written for this test (Andalusia, northern Hesse and Lower Saxony, the Scottish
Borders), none from a corpus article. The truth is the geodesic between hand points
(geographiclib), never through geomap's code path; a route is true when the stated length
is 1.0 to 1.6 times the straight line.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

from tests.support.claims_builders import assert_both_languages_both_truths, km

os.environ.setdefault("GEOMAP_OFFLINE", "1")

_G = Geodesic.WGS84

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Granada": (37.1773, -3.5986),
    "Málaga": (36.7213, -4.4214),
    "Kassel": (51.3127, 9.4797),
    "Göttingen": (51.5413, 9.9158),
    "Edinburgh": (55.9533, -3.1883),
    "Carlisle": (54.8925, -2.9329),
}

#: (language, text, the stated words, one end, the other end, stated km, truth)
ROWS = [
    ("en", "SEVILLE (geomap) - Snow fell overnight in Andalusia. The old mountain road between Granada and Málaga, a stretch of about 130 km, was closed until noon.", "about 130 km", "Granada", "Málaga", 130.0, True),
    ("en", "SEVILLE (geomap) - Snow fell overnight in Andalusia. The old mountain road between Granada and Málaga, a stretch of some 260 km, was closed until noon.", "some 260 km", "Granada", "Málaga", 260.0, False),
    ("en", "GLASGOW (geomap) - Police closed the trunk road between Edinburgh and Carlisle, a section of roughly 150 km, after a lorry overturned.", "roughly 150 km", "Edinburgh", "Carlisle", 150.0, True),
    ("de", "HANNOVER (dpa) - Nach dem Sturm bleibt die Bundesstraße zwischen Kassel und Göttingen, ein Abschnitt von rund 55 Kilometern, bis Montag gesperrt.", "rund 55 Kilometern", "Kassel", "Göttingen", 55.0, True),
    ("de", "HANNOVER (dpa) - Nach dem Sturm bleibt die Bundesstraße zwischen Kassel und Göttingen, ein Teilstück von rund 120 Kilometern, bis Montag gesperrt.", "rund 120 Kilometern", "Kassel", "Göttingen", 120.0, False),
]

#: a section noun whose length names no two ends: no claim
NO_CLAIM = [
    ("en", "SEVILLE (geomap) - After the storm a stretch of 5 km of riverbank gave way near Granada.", "5 km"),
    ("de", "HANNOVER (dpa) - Bei Kassel wurde ein Abschnitt von 3 Kilometern Deich überspült.", "3 Kilometern"),
]
# fmt: on


def _claims(analyze: Callable[..., Any], lang: str, text: str, quantity: str) -> list[Any]:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    return [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]


def _near(place: Any, name: str) -> bool:
    lat, lon = AT[name]
    return (
        place is not None
        and place.lat is not None
        and _G.Inverse(lat, lon, place.lat, place.lon)["s12"] / 1000.0 < 25.0
    )


def test_table_is_balanced() -> None:
    assert_both_languages_both_truths(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r[2] for r in ROWS])
def test_section_noun_leads_a_set_off_route_length(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    lang, text, quantity, one, other, stated, truth = row
    ratio = stated / km(AT, one, other)
    assert (1.0 <= ratio <= 1.6) if truth else (ratio >= 2.2)
    found = _claims(analyze, lang, text, quantity)
    assert found, f"no claim on {quantity!r}"
    claim = found[0]
    ends = (claim.subject, claim.reference)
    assert (_near(ends[0], one) and _near(ends[1], other)) or (
        _near(ends[0], other) and _near(ends[1], one)
    ), claim.explanation
    assert claim.verdict == ("consistent" if truth else "inconsistent"), claim.explanation


@pytest.mark.parametrize("row", NO_CLAIM, ids=[r[2] for r in NO_CLAIM])
def test_section_noun_without_two_ends_is_no_claim(
    analyze: Callable[..., Any], row: tuple[str, str, str]
) -> None:
    lang, text, quantity = row
    assert not [c for c in _claims(analyze, lang, text, quantity) if c.verdict != "unverifiable"]
