# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 23 (docs/claims.md, "Session 23: ... a region named like its seat before an
aside"): ``<R>, on the border with <Country>, about N km north-east of <B>, reported ...``
where the geoparser read <R> as the first-level region that bears its seat's name. The
chain's subject opens the sentence; past the set-off aside the distance describes it, and
a region's distance between two places is its seat's. A unit word beside the name keeps
the region (no subject then, as before).

Sentences written for this test (southern and northern Peru). A first version copied a dev
article's sentence frame and country (Uruguay, on the border with Brazil); those rows were
rewritten with other places and asides (h23-mend, a review's finding). The truth is the geodesic between hand points (geographiclib), never
through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

from tests.support.claims_builders import assert_both_languages_both_truths, claim_on, km

os.environ.setdefault("GEOMAP_OFFLINE", "1")

_G = Geodesic.WGS84

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Tacna": (-18.0146, -70.2536),
    "Arequipa": (-16.4090, -71.5375),
    "Tumbes": (-3.5669, -80.4515),
    "Piura": (-5.1945, -80.6328),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
ROWS = [
    ("en", "LIMA (geomap) - Heavy rain hit southern Peru on Monday. Tacna, on the border with Chile, about 224 km south-east of Arequipa, closed its schools.", "about 224 km", "Tacna", "Arequipa", 224.0, True),
    ("de", "LIMA (dpa) - Starkregen im Norden Perus. Tumbes, die letzte größere Stadt vor Ecuador, rund 180 Kilometer nördlich von Piura, schloss seine Schulen.", "rund 180 Kilometer", "Tumbes", "Piura", 180.0, True),
    ("en", "LIMA (geomap) - Floods hit northern Peru. Tumbes, a short drive from the border with Ecuador, about 180 km north of Piura, reported flooded streets.", "about 180 km", "Tumbes", "Piura", 180.0, True),
    ("en", "LIMA (geomap) - Heavy rain hit southern Peru on Monday. Tacna, on the border with Chile, about 400 km south-east of Arequipa, closed its schools.", "about 400 km", "Tacna", "Arequipa", 400.0, False),
    ("de", "LIMA (dpa) - Starkregen im Norden Perus. Tumbes, die letzte größere Stadt vor Ecuador, rund 300 Kilometer nördlich von Piura, schloss seine Schulen.", "rund 300 Kilometer", "Tumbes", "Piura", 300.0, False),
]
# fmt: on


def test_table_is_balanced() -> None:
    assert_both_languages_both_truths(ROWS)


@pytest.mark.parametrize("row", ROWS, ids=[r[2] for r in ROWS])
def test_region_named_like_its_seat_before_an_aside(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    lang, text, quantity, subject, reference, stated, truth = row
    ratio = km(AT, subject, reference) / stated
    assert (0.92 <= ratio <= 1.08) if truth else (ratio <= 0.65)
    claim = claim_on(analyze, lang, text, quantity)
    subj = claim.subject
    assert subj is not None and subj.lat is not None and subj.lon is not None, claim.explanation
    lat, lon = AT[subject]
    assert _G.Inverse(lat, lon, subj.lat, subj.lon)["s12"] / 1000.0 < 25.0, subj
    assert claim.verdict == ("consistent" if truth else "inconsistent"), claim.explanation
