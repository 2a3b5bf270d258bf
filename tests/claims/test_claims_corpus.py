"""The claims dev corpus (tests/corpus/claims/claims.toml): extraction and verdicts.

Each case states what a careful reader would: which places the distance links, its form,
qualifier and direction, and whether it holds. Expected distances were computed
independently with geographiclib (tests/corpus/claims/expected.py).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from geomap.claims import extract_claims, verify_claims
from tests.support.claims_builders import P, document, places

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "claims" / "claims.toml"
DATA = tomllib.loads(CORPUS.read_text(encoding="utf-8"))
CASES = DATA["case"]


def _specs(case: dict) -> list[P]:
    out = []
    for s in case["places"]:
        out.append(
            P(
                mention=s["mention"],
                lat=s.get("lat"),
                lon=s.get("lon"),
                kind=s.get("kind", "city"),
                cc=s.get("cc"),
                nth=s.get("nth", 0),
                relation=s.get("relation"),
                related=tuple(s.get("related", ())),
                facing=s.get("facing"),
                name=s.get("name"),
            )
        )
    return out


def _claim(case: dict):
    doc = document(case["text"], case["lang"], dateline=case.get("dateline"))
    ps = places(doc, *_specs(case))
    claims = extract_claims(doc, ps)
    found = [c for c in claims if c.stated.text == case["quantity"]]
    assert found, f"no claim for {case['quantity']!r}; got {[c.stated.text for c in claims]}"
    return doc, ps, found[0]


def _offline(case: dict) -> bool:
    return not case.get("gazetteer", False)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_extraction(case: dict) -> None:
    _, _, claim = _claim(case)
    assert claim.form == case["form"]
    assert claim.stated.qualifier == case["qualifier"]
    assert claim.stated_km == pytest.approx(case["stated_km"], abs=0.01)
    assert claim.direction == case.get("direction")
    assert claim.subject is not None and claim.subject.name == case["subject"]
    if "reference" in case:
        assert claim.reference is not None and claim.reference.name == case["reference"]
    else:
        assert claim.reference is None


def _check_verdict(case: dict, gaz) -> None:
    doc, ps, claim = _claim(case)
    kwargs = {"document": doc} if case.get("document") else {}
    (checked,) = verify_claims([claim], ps, gaz, **kwargs)
    assert checked.verdict == case["verdict"], checked.explanation
    assert checked.explanation.endswith(".")
    if "expected_km" in case:
        tol = 0.05 if claim.reference and claim.reference.geometry == "point" else 1.0
        assert checked.computed_km == pytest.approx(case["expected_km"], abs=tol)
        assert checked.accepted_km is not None
    if "direction_ok" in case:
        assert checked.direction_ok is case["direction_ok"]
    if case["form"] == "range":
        assert checked.ring is not None
        assert checked.ring.radius_km == pytest.approx(case["stated_km"])
        assert checked.verdict != "inconsistent"


OFFLINE = [c for c in CASES if _offline(c)]
GAZ = [c for c in CASES if not _offline(c)]


@pytest.mark.parametrize("case", OFFLINE, ids=[c["id"] for c in OFFLINE])
def test_verdict_offline(case: dict) -> None:
    _check_verdict(case, None)


@pytest.mark.parametrize("case", GAZ, ids=[c["id"] for c in GAZ])
def test_verdict_with_gazetteer(case: dict, gaz) -> None:
    _check_verdict(case, gaz)


@pytest.mark.parametrize("case", DATA["none"], ids=lambda c: c["text"][:30])
def test_non_distances_make_no_claims(case: dict) -> None:
    doc = document(case["text"], case["lang"])
    ps = places(doc, *_specs(case))
    assert ps, "each case names places, so 'no claim' is not just 'no place'"
    assert extract_claims(doc, ps) == ()
