"""Builders for hand-made Documents and Places, so claim tests need no geoparser.

Imported by tests/test_claims*.py and tests/test_verify*.py (named ``test_*`` only so it
sits among the files this area owns); its own tests check the builder itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from geographiclib.geodesic import Geodesic

from geomap.model import Document, Header, Place, Sentence

_SPLIT = re.compile(r"(?<=[.!?])[\s]+(?=[\"„A-ZÄÖÜ0-9])|\n\s*\n")


def sentences(text: str) -> tuple[Sentence, ...]:
    """Split on sentence-final punctuation followed by a capital, and on blank lines."""
    out: list[Sentence] = []
    start = 0
    for m in _SPLIT.finditer(text):
        if text[start : m.start()].strip():
            out.append(Sentence(len(out), start, m.start(), text[start : m.start()]))
        start = m.end()
    if text[start:].strip():
        out.append(Sentence(len(out), start, len(text), text[start:]))
    return tuple(out)


def document(text: str, language: str, *, dateline: str | None = None) -> Document:
    header = Header()
    if dateline is not None:
        i = text.index(dateline)
        header = Header(dateline=dateline, dateline_start=i, dateline_end=i + len(dateline))
    return Document(text=text, language=language, sentences=sentences(text), header=header)


@dataclass(frozen=True)
class P:
    """A place spec: ``mention`` (found in the text, ``nth`` occurrence), what it resolves to."""

    mention: str
    lat: float | None = None
    lon: float | None = None
    kind: str = "city"
    cc: str | None = None
    nth: int = 0
    role: str = "name"
    relation: str | None = None
    related: tuple[str, ...] = ()
    facing: str | None = None
    name: str | None = None


def place(doc: Document, spec: P) -> Place:
    idx = -1
    for _ in range(spec.nth + 1):
        idx = doc.text.index(spec.mention, idx + 1)
    s = doc.sentence_at(idx)
    derived = spec.relation is not None
    return Place(
        mention=spec.mention,
        start=idx,
        end=idx + len(spec.mention),
        sentence=s.index if s else 0,
        name=spec.name or spec.mention,
        kind=spec.kind,
        country_code=spec.cc,
        lat=spec.lat,
        lon=spec.lon,
        id=(
            f"derived:{spec.relation}:{'-'.join(spec.related)}"
            if derived
            else f"test:{spec.mention}"
        )
        if (spec.lat is not None or derived)
        else None,
        source="derived" if derived else "gazetteer",
        confidence=1.0,
        role="derived" if derived else spec.role,
        relation=spec.relation,
        related=spec.related,
        facing=spec.facing,
    )


def places(doc: Document, *specs: P) -> tuple[Place, ...]:
    return tuple(sorted((place(doc, s) for s in specs), key=lambda p: p.start))


def claims_of(text: str, lang: str, *specs: P, dateline: str | None = None) -> tuple:
    """The claims geomap extracts from ``text`` with the hand-made places ``specs``."""
    from geomap.claims import extract_claims

    doc = document(text, lang, dateline=dateline)
    return tuple(extract_claims(doc, places(doc, *specs)))


def ends(c) -> tuple[str | None, str | None]:
    """A claim's (subject, reference) names."""
    return (
        c.subject.name if c.subject else None,
        c.reference.name if c.reference else None,
    )


def km(at: dict[str, tuple[float, float]], a: str, b: str) -> float:
    """The WGS84 geodesic distance in km between the hand points ``at[a]`` and ``at[b]``
    (geographiclib, never geomap's code path): the truth a test row's stated distance is
    checked against."""
    return float(Geodesic.WGS84.Inverse(*at[a], *at[b])["s12"] / 1000.0)


def claim_on(analyze: Callable[..., Any], lang: str, text: str, quantity: str) -> Any:
    """The claim of ``text`` (analysed end to end) whose stated words hold ``quantity`` or
    are held by it; fails the test when there is none."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]
    assert found, f"no claim on {quantity!r}"
    return found[0]


def assert_both_languages_both_truths(rows: list[tuple[Any, ...]]) -> None:
    """A table of ``(lang, text, quantity, a, b, stated, truth)`` rows holds a true and a false
    row in each language, so a rule is never tested on one side only."""
    assert {(r[0], r[6]) for r in rows} >= {
        ("en", True),
        ("de", True),
        ("en", False),
        ("de", False),
    }


def near_point(p: Any, lat: float, lon: float, km: float = 15.0) -> bool:
    """``p`` is a place with a point within ``km`` of (lat, lon) on the ellipsoid."""
    return (
        p is not None
        and p.lat is not None
        and Geodesic.WGS84.Inverse(p.lat, p.lon, lat, lon)["s12"] / 1000.0 < km
    )


def assert_pair_and_verdict(
    analyze: Callable[..., Any],
    at: dict[str, tuple[float, float]],
    row: tuple[Any, ...],
    bounds: tuple[float, float] = (0.85, 1.1),
    false_bounds: tuple[float, float] = (0.6, 1.6),
    within_km: float = 15.0,
) -> None:
    """A ``(lang, text, quantity, subject, reference, stated km, truth)`` row end to end: the
    hand points' distance fits the row's truth (a true ratio within ``bounds``, a false one
    at most ``false_bounds[0]`` or at least ``false_bounds[1]``), and geomap's claim on the
    quantity has that subject and reference (within ``within_km`` of the hand points) and
    the row's verdict."""
    lang, text, quantity, subject, reference, stated, truth = row
    (la, lo), (lb, lob) = at[subject], at[reference]
    ratio = Geodesic.WGS84.Inverse(la, lo, lb, lob)["s12"] / 1000.0 / stated
    low, high = false_bounds
    assert (bounds[0] <= ratio <= bounds[1]) if truth else (ratio <= low or ratio >= high)
    claim = claim_on(analyze, lang, text, quantity)
    assert near_point(claim.subject, la, lo, within_km), claim.explanation
    assert near_point(claim.reference, lb, lob, within_km), claim.explanation
    assert claim.verdict == ("consistent" if truth else "inconsistent"), claim.explanation


def assert_no_checked_claim(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str
) -> None:
    """No claim of ``text`` on ``quantity`` is checked (``consistent`` or ``inconsistent``):
    the words name no pair of places geomap may measure."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    checked = [
        c
        for c in a.claims
        if quantity in c.stated.text and c.verdict in ("consistent", "inconsistent")
    ]
    assert not checked, [c.explanation for c in checked]
