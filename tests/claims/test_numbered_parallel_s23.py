# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 23, round 2 (docs/claims.md, "Session 23, round 2: numbered parallels"): ``the
45th parallel``, ``the 60th parallel north``, ``des 52. Breitengrads``, ``des 33. südlichen
Breitengrads`` are circles of latitude computed from their number (no gazetteer entry, no
list of lines); the hemisphere is the word beside the noun, else the side of the equator
the article's places are on. A distance to one is the meridian arc from the subject.

Sentences written for this test (Aquitaine, the Yukon, Brandenburg, central Chile,
Córdoba in Argentina, central Vietnam), none from a corpus article. The truth is the
meridian arc from hand points (geographiclib), never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

from tests.support.claims_builders import assert_both_languages_both_truths, claim_on

os.environ.setdefault("GEOMAP_OFFLINE", "1")

_G = Geodesic.WGS84

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Bordeaux": (44.8378, -0.5792),
    "Whitehorse": (60.7212, -135.0568),
    "Berlin": (52.5200, 13.4050),
    "Santiago": (-33.4489, -70.6693),
    "Córdoba": (-31.4201, -64.1888),
    "Hue": (16.4637, 107.5909),
}

#: (language, text, the stated words, subject, the parallel's latitude, stated km, truth)
ROWS = [
    ("en", "BORDEAUX (geomap) - Storms swept Aquitaine. Bordeaux lies about 18 km south of the 45th parallel, halfway between the pole and the equator.", "about 18 km", "Bordeaux", 45.0, 18.0, True),
    ("en", "WHITEHORSE (geomap) - Snow closed roads in the Yukon. Whitehorse, some 80 km north of the 60th parallel north, recorded minus 38 degrees.", "some 80 km", "Whitehorse", 60.0, 80.0, True),
    ("en", "WHITEHORSE (geomap) - Snow closed roads in the Yukon. Whitehorse, some 200 km north of the 60th parallel north, recorded minus 38 degrees.", "some 200 km", "Whitehorse", 60.0, 200.0, False),
    ("de", "POTSDAM (dpa) - Hitze in Brandenburg. Berlin liegt knapp 60 Kilometer nördlich des 52. Breitengrads.", "knapp 60 Kilometer", "Berlin", 52.0, 60.0, True),
    ("de", "VALPARAÍSO (dpa) - Waldbrände in Mittelchile. Santiago liegt rund 50 Kilometer südlich des 33. südlichen Breitengrads.", "rund 50 Kilometer", "Santiago", -33.0, 50.0, True),
    ("de", "VALPARAÍSO (dpa) - Waldbrände in Mittelchile. Santiago liegt rund 120 Kilometer südlich des 33. südlichen Breitengrads.", "rund 120 Kilometer", "Santiago", -33.0, 120.0, False),
    ("en", "CÓRDOBA, Argentina (geomap) - Hail hit Córdoba province. The city of Córdoba lies about 160 km south of the 30th parallel.", "about 160 km", "Córdoba", -30.0, 160.0, True),
    ("en", "DANANG, Vietnam (geomap) - Floods hit central Vietnam. Hue, about 170 km south of the 17th parallel, the old border, lost power.", "about 170 km", "Hue", 17.0, 170.0, False),
]
# fmt: on


def _arc(name: str, line: float) -> float:
    lat, lon = AT[name]
    return float(_G.Inverse(lat, lon, line, lon)["s12"] / 1000.0)


def test_table_is_balanced() -> None:
    assert_both_languages_both_truths(ROWS)
    assert len({r[4] for r in ROWS}) == len(ROWS) - 2  # many parallels, not a list of three


@pytest.mark.parametrize("row", ROWS, ids=[r[2] for r in ROWS])
def test_numbered_parallel_is_a_line_of_latitude(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    lang, text, quantity, subject, line, stated, truth = row
    ratio = _arc(subject, line) / stated
    assert (0.92 <= ratio <= 1.08) if truth else (ratio <= 0.65 or ratio >= 1.35)
    claim = claim_on(analyze, lang, text, quantity)
    ref = claim.reference
    assert ref is not None and ref.kind == "parallel" and ref.lat == line, claim.explanation
    subj = claim.subject
    assert subj is not None and subj.lat is not None, claim.explanation
    lat, lon = AT[subject]
    assert _G.Inverse(lat, lon, subj.lat, subj.lon)["s12"] / 1000.0 < 25.0, subj
    assert claim.verdict == ("consistent" if truth else "inconsistent"), claim.explanation


# look-alikes: a numbered "parallel" with no definite article before its number is an
# adjective ("a 2nd parallel track", "the city's 3rd parallel runway"), not a line of
# latitude; the distance goes to the place named, never to a line made up from the
# hemisphere of the article's places
@pytest.mark.parametrize(
    "text",
    [
        "Engineers said a 2nd parallel track would run about 4 km west of the depot in Lusaka.",
        "The city's 3rd parallel runway will open about 2 km south of the terminal in Harare.",
    ],
)
def test_numbered_adjective_is_no_parallel(analyze: Callable[..., Any], text: str) -> None:
    a = analyze(text, lang="en", date="2026-06-01", events=False)
    assert not any(
        p is not None and p.kind == "parallel" for c in a.claims for p in (c.subject, c.reference)
    ), [c.explanation for c in a.claims]
    assert all(c.verdict != "inconsistent" for c in a.claims), [c.explanation for c in a.claims]
