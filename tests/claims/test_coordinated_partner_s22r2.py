# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 22 round 2 (docs/claims.md, "Session 22: ... a coordinated member that fits"):
``<A> and <B>, both some N km from <C>`` states one figure for two members; when one of
them fits it, the claim is no evidence of a wrong figure, whichever member the reader
took for the claim's subject: not ``inconsistent`` (held-out had a true claim called so
through the member that did not fit). Where neither member fits, the claim stays caught.

Sentences written for this test (central Portugal, Lesser Poland, western Norway), none
from a corpus article. The truth is the geodesic between hand points (geographiclib),
never through geomap's code path.
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
    "Leiria": (39.7436, -8.8071),
    "Pombal": (39.9162, -8.6279),
    "Coimbra": (40.2033, -8.4103),
    "Setúbal": (38.5244, -8.8882),
    "Évora": (38.5714, -7.9135),
    "Lisbon": (38.7223, -9.1393),
    "Tarnów": (50.0121, 20.9858),
    "Bochnia": (49.9690, 20.4303),
    "Kraków": (50.0647, 19.9450),
    "Odda": (60.0693, 6.5459),
    "Voss": (60.6280, 6.4180),
    "Bergen": (60.3913, 5.3221),
}

#: (language, text, the stated words, the members, the reference, stated km)
ONE_FITS = [
    ("en", "LISBON (geomap) - Wildfires spread across central Portugal on Monday. Leiria and Pombal, both some 37 km from Coimbra, opened shelters.", "some 37 km", ("Leiria", "Pombal"), "Coimbra", 37.0),
    ("en", "LISBON (geomap) - A heatwave closed schools on Tuesday. Setúbal and Évora, both about 31 km from Lisbon, opened cooling rooms.", "about 31 km", ("Setúbal", "Évora"), "Lisbon", 31.0),
    ("de", "WARSCHAU (dpa) - Hochwasser in Kleinpolen. Tarnów und Bochnia, beide rund 36 Kilometer von Krakau entfernt, schickten Helfer.", "rund 36 Kilometer", ("Tarnów", "Bochnia"), "Kraków", 36.0),
    ("de", "OSLO (dpa) - Sturm im Westen Norwegens. Odda und Voss, beide rund 64 Kilometer von Bergen entfernt, sperrten Straßen.", "rund 64 Kilometer", ("Odda", "Voss"), "Bergen", 64.0),
]

NONE_FITS = [
    ("en", "LISBON (geomap) - Wildfires spread across central Portugal on Monday. Leiria and Pombal, both some 120 km from Coimbra, opened shelters.", "some 120 km", ("Leiria", "Pombal"), "Coimbra", 120.0),
    ("de", "WARSCHAU (dpa) - Hochwasser in Kleinpolen. Tarnów und Bochnia, beide rund 150 Kilometer von Krakau entfernt, schickten Helfer.", "rund 150 Kilometer", ("Tarnów", "Bochnia"), "Kraków", 150.0),
]
# fmt: on


def _fits(member: str, reference: str, stated: float) -> bool:
    """Within 8 % of the stated distance (the corpus's rule, truth.py)."""
    km = _G.Inverse(*AT[reference], *AT[member])["s12"] / 1000.0
    return 0.92 <= km / stated <= 1.08


def test_tables_are_balanced() -> None:
    for rows in (ONE_FITS, NONE_FITS):
        langs = [r[0] for r in rows]
        assert "en" in langs and "de" in langs


@pytest.mark.parametrize("row", ONE_FITS, ids=[r[2] for r in ONE_FITS])
def test_one_member_fits_not_called_false(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    lang, text, quantity, members, reference, stated = row
    fits = [_fits(m, reference, stated) for m in members]
    assert sum(fits) == 1, "the row must fit exactly one member"
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.subject is not None and claim.subject.name is not None
    assert claim.verdict != "inconsistent", claim.explanation


@pytest.mark.parametrize("row", NONE_FITS, ids=[r[2] for r in NONE_FITS])
def test_no_member_fits_still_caught(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    lang, text, quantity, members, reference, stated = row
    assert not any(_fits(m, reference, stated) for m in members)
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.verdict == "inconsistent", claim.explanation
