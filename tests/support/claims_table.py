"""Tables of own claim sentences (tests/claims/test_classes_wide*.py,
test_onward_terrain.py): the row type, the lines of latitude, and the one check each row
runs, with its truth from geographiclib on hand coordinates, never from geomap's code path.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

_G = Geodesic.WGS84
#: how far a claim's end may lie from the hand point (a city is an area)
NEAR_KM = 30.0

#: lines of latitude (degrees) and the poles, as the gazetteer's curated list states them
LINES: dict[str, float] = {
    "Arctic Circle": 66.564,
    "Antarctic Circle": -66.564,
    "Tropic of Cancer": 23.436,
    "Tropic of Capricorn": -23.436,
    "Equator": 0.0,
    "North Pole": 90.0,
    "South Pole": -90.0,
}


@dataclass(frozen=True)
class Row:
    lang: str
    text: str
    quantity: str  # the stated words of the claim (its ``stated.text`` contains them)
    subject: str
    reference: str
    verdict: str
    form: str | None = None
    either_way: bool = False  # pair and route claims: the ends in either order


def true_km(at: Mapping[str, tuple[float, float]], a: str, b: str) -> float:
    """The independent truth: a geodesic between two hand points, or the meridian arc from
    a point to a line of latitude (a pole is the line at +-90 degrees)."""
    lat, lon = at[a]
    lat2, lon2 = (LINES[b], lon) if b in LINES else at[b]
    return float(_G.Inverse(lat, lon, lat2, lon2)["s12"]) / 1000.0


def near(at: Mapping[str, tuple[float, float]], end: Any, name: str) -> bool:
    """Is the claim's end (a Place or None) the named hand place or line?"""
    if end is None or end.lat is None or end.lon is None:
        return False
    if name in LINES:
        return abs(end.lat - LINES[name]) * 111.0 <= NEAR_KM
    lat, lon = at[name]
    return float(_G.Inverse(lat, lon, end.lat, end.lon)["s12"]) / 1000.0 <= NEAR_KM


def check_row(
    analyze: Callable[..., Any],
    row: Row,
    at: Mapping[str, tuple[float, float]],
    *,
    quantity_either_way: bool = True,
) -> None:
    """What a fact-checker checks of one sentence: its claim is found, links the two places
    (or the place and the line), measures the true distance and gives the verdict.
    ``quantity_either_way``: the claim's stated words may also lie inside the row's."""
    a = analyze(row.text, lang=row.lang, date="2026-06-01", events=False)
    found = [
        c
        for c in a.claims
        if row.quantity in c.stated.text or (quantity_either_way and c.stated.text in row.quantity)
    ]
    assert found, f"no claim for {row.quantity!r}: {[c.stated.text for c in a.claims]}"
    c = found[0]
    ok = near(at, c.subject, row.subject) and near(at, c.reference, row.reference)
    if row.either_way:
        ok = ok or (near(at, c.reference, row.subject) and near(at, c.subject, row.reference))
    got = (c.subject.name if c.subject else None, c.reference.name if c.reference else None)
    assert ok, f"ends {got}, want {(row.subject, row.reference)}"
    if row.form is not None:
        assert c.form == row.form
    truth = true_km(at, row.subject, row.reference)
    assert c.computed_km is not None
    # a city is an area: atlases put its centre a few km apart (Quito: 5 km)
    assert abs(c.computed_km - truth) <= max(8.0, 0.03 * truth), (c.computed_km, truth)
    assert c.verdict == row.verdict, c.explanation


def row_param(i: int, row: Row, known_limits: Mapping[str | tuple[str, str], str]) -> Any:
    """A table row as a pytest parameter, marked a strict xfail with its reason when
    ``known_limits`` names it (by its text, or by its text and quantity): a known limit
    must keep failing, so a fix shows."""
    reason = known_limits.get(row.text) or known_limits.get((row.text, row.quantity))
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(row, marks=marks, id=f"{row.lang}-{row.quantity}-{i}")


def assert_balanced(en: Sequence[Row], de: Sequence[Row], *, at_least: int) -> None:
    """A probe table is honest: at least ``at_least`` rows, about half in each language
    (at most three apart), and at least a sixth of them false (``inconsistent``)."""
    rows = [*en, *de]
    assert len(rows) >= at_least
    assert abs(len(en) - len(de)) <= 3
    assert sum(r.verdict == "inconsistent" for r in rows) >= len(rows) // 6


def check_no_claim(analyze: Callable[..., Any], lang: str, text: str, number: str) -> None:
    """What a fact-checker checks of a sentence whose number states no distance between
    two places (a travel time, a speed, a depth, a road's number): no claim is reported for
    the number's words, checked or not."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    made = [c.stated.text for c in a.claims if number in c.stated.text or c.stated.text in number]
    assert not made, made
