"""A hyphenated modifier inside an apposition ("a cotton-growing town about N km ...")
keeps the noun phrase whole, so the place before the apposition stays the subject."""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "subject", "reference"),
    [
        (
            "Kumasi, a gold-mining city about 200 km north-west of Accra, was calm.",
            "Kumasi",
            "Accra",
        ),
        (
            "Mwanza, a fast-growing port about 850 km north-west of Dar es Salaam, was calm.",
            "Mwanza",
            "Dar es Salaam",
        ),
        (
            "Tromsø, eine Fischerei-Stadt rund 1.100 Kilometer nördlich von Oslo, blieb ruhig.",
            "Tromsø",
            "Oslo",
        ),
    ],
)
def test_hyphenated_modifier_in_an_apposition_keeps_the_subject(text, subject, reference):
    claims = analyze(text).claims
    assert len(claims) == 1
    c = claims[0]
    assert c.subject is not None and c.subject.name == subject
    assert c.reference is not None and c.reference.name == reference
    assert c.verdict == "consistent", c.explanation
