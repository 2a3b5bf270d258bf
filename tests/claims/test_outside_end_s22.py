# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 22 (docs/claims.md, "Session 22: batch BG, an end read from outside the claim's
sentence"): a verdict ``inconsistent`` needs ends the claim's own sentence gives. An end
read from outside it (the dateline by fallback, an implicit end from the sentence before)
while the sentence names another town of that end's kind and country of its own, which is
no end of the claim, leaves the claim ``unverifiable``: the reader may mean that town.

Two tables: true claims that such a reading called ``inconsistent`` (a speaker's town,
then ``near <B>, N km to the <direction>``: the ends are <B> and the speaker's town, and
geomap read the speaker's town and the dateline's), which must not be called false; and
false claims whose ends the sentence gives (or whose dateline end is the only town of the
sentence, or is named in it again), which must stay caught.

Sentences written for this test (the Rhône valley, central Spain, Upper Bavaria, the
Wachau, North Frisia), none from a corpus article. The truth of each row is computed here
with geographiclib from hand points, never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

from tests.support.claims_builders import claim_on

os.environ.setdefault("GEOMAP_OFFLINE", "1")

_G = Geodesic.WGS84

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Vienne": (45.5255, 4.8745),
    "Givors": (45.5906, 4.7689),
    "Aranjuez": (40.0333, -3.6028),
    "Ocaña": (39.9580, -3.4980),
    "Madrid": (40.4168, -3.7038),
    "Toledo": (39.8628, -4.0273),
    "Cuenca": (40.0704, -2.1374),
    "Rosenheim": (47.8571, 12.1181),
    "Kolbermoor": (47.8496, 12.0670),
    "München": (48.1351, 11.5820),
    "Krems": (48.4106, 15.6103),
    "Mautern": (48.3936, 15.5786),
    "Husum": (54.4858, 9.0524),
    "Bredstedt": (54.6192, 8.9744),
}

#: (language, text, the stated words, subject, reference, stated km, sector or None)
TRUE_ROWS = [
    ("en", "LYON, France (geomap) - Storms hit the Rhône valley. Crews in Vienne said the fire near Givors, 11 km to the north-west, was under control.", "11 km", "Givors", "Vienne", 11.0, 315),
    ("en", "MADRID, Spain (geomap) - Wildfires burned across central Spain. Crews in Aranjuez said the fire near Ocaña, 12 km to the south-east, was under control.", "12 km", "Ocaña", "Aranjuez", 12.0, 135),
    ("de", "MÜNCHEN (geomap) - Unwetter in Bayern. Helfer in Rosenheim meldeten, das Feuer bei Kolbermoor, rund 4 Kilometer westlich, sei gelöscht.", "rund 4 Kilometer", "Kolbermoor", "Rosenheim", 4.0, 270),
    ("de", "WIEN (geomap) - Hochwasser in Niederösterreich. Die Feuerwehr in Krems berichtete, der Damm bei Mautern, rund 3 Kilometer südwestlich, halte.", "rund 3 Kilometer", "Mautern", "Krems", 3.0, 225),
    ("de", "HAMBURG (geomap) - Sturm an der Küste. Polizisten in Husum sagten, die Straße bei Bredstedt, rund 16 Kilometer nördlich, sei gesperrt.", "rund 16 Kilometer", "Bredstedt", "Husum", 16.0, 0),
]

FALSE_ROWS = [
    # both ends in the claim's own words
    ("en", "MADRID, Spain (geomap) - Wildfires burned across central Spain. Ocaña, some 40 km south-east of Aranjuez, was spared.", "some 40 km", "Ocaña", "Aranjuez", 40.0, 135),
    # the dateline's town the only town the sentence could mean besides the subject
    ("en", "MADRID, Spain (geomap) - Wildfires burned across central Spain. Toledo, about 150 km to the south-west, closed its schools.", "about 150 km", "Toledo", "Madrid", 150.0, 225),
    ("de", "MÜNCHEN (geomap) - Unwetter in Bayern. Rosenheim, rund 150 Kilometer südöstlich, meldete Hagel.", "rund 150 Kilometer", "Rosenheim", "München", 150.0, 135),
    # the dateline's town named in the claim's sentence again
    ("en", "MADRID, Spain (geomap) - Wildfires burned across central Spain. Toledo lies some 70 km south-west of Madrid, and Cuenca, about 300 km to the south-east, closed its schools.", "about 300 km", "Cuenca", "Madrid", 300.0, None),
    # an implicit reference from the sentence before, no other town in the claim's sentence
    ("de", "MÜNCHEN (geomap) - Unwetter in Bayern. Am stärksten traf es Rosenheim. Kolbermoor, rund 20 Kilometer weiter westlich, meldete Hagel.", "rund 20 Kilometer", "Kolbermoor", "Rosenheim", 20.0, 270),
]
# fmt: on


def _truth(subject: str, reference: str, stated: float, sector: int | None) -> bool:
    """The row's truth from the hand points: within 8 % of the stated distance and, when a
    direction is stated, within 30 degrees of it (the corpus's rules, truth.py)."""
    r = _G.Inverse(*AT[reference], *AT[subject])
    km, bearing = r["s12"] / 1000.0, r["azi1"] % 360.0
    ok = 0.92 <= km / stated <= 1.08
    if sector is not None:
        ok = ok and abs((bearing - sector + 180.0) % 360.0 - 180.0) <= 30.0
    return ok


def test_tables_are_balanced() -> None:
    for rows in (TRUE_ROWS, FALSE_ROWS):
        langs = [r[0] for r in rows]
        assert "en" in langs and "de" in langs


@pytest.mark.parametrize("row", TRUE_ROWS, ids=[r[3] for r in TRUE_ROWS])
def test_true_claim_not_called_false(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    lang, text, quantity, subject, reference, stated, sector = row
    assert _truth(subject, reference, stated, sector), "the row itself must be true"
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.verdict != "inconsistent", claim.explanation


@pytest.mark.parametrize("row", FALSE_ROWS, ids=[r[3] for r in FALSE_ROWS])
def test_false_claim_still_caught(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    lang, text, quantity, subject, reference, stated, sector = row
    assert not _truth(subject, reference, stated, sector), "the row itself must be false"
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.verdict == "inconsistent", claim.explanation
