"""Distance claims through the whole pipeline (geoparser + gazetteer + claims + verify).

What a reader would check on short news sentences in both languages: the claim's ends,
its form and the verdict. Skips while ``geomap.pipeline`` is missing.
"""

from __future__ import annotations

import pytest

CASES = [
    # (lang, text, stated text, form, subject contains, reference contains, verdict)
    (
        "de",
        "Charkiw, die zweitgrößte Stadt der Ukraine, "
        "liegt nur etwa 40 Kilometer südlich der russischen Grenze.",
        "etwa 40 Kilometer",
        "border",
        "Kharkiv",
        "border",
        "consistent",
    ),
    (
        "de",
        "Kiel liegt 90 Kilometer nördlich von Hamburg und 300 Kilometer von Berlin entfernt.",
        "300 Kilometer",
        "point",
        "Kiel",
        "Berlin",
        "consistent",
    ),
    (
        "de",
        "Berlin und München liegen rund 500 Kilometer voneinander entfernt.",
        "rund 500 Kilometer",
        "pair",
        "Berlin",
        "Munich",
        "consistent",
    ),
    (
        "de",
        # no word of a way: a straight line (docs/claims.md, "Route or straight line")
        "Von Hamburg aus sind es rund 290 Kilometer bis nach Berlin.",
        "rund 290 Kilometer",
        "point",
        # the place reached is the subject, the start the reference (the gold convention)
        "Berlin",
        "Hamburg",
        "consistent",
    ),
    (
        "de",
        "Dresden liegt rund 160 Kilometer westlich von Berlin.",
        "rund 160 Kilometer",
        "point",
        "Dresden",
        "Berlin",
        "inconsistent",
    ),
    (
        "de",
        "Die Stadt Lwiw liegt im Westen der Ukraine. "
        "Sie ist rund 70 Kilometer von der polnischen Grenze entfernt.",
        "rund 70 Kilometer",
        "border",
        "Lviv",
        "border",
        "consistent",
    ),
    (
        "de",
        "Mariupol liegt etwa 50 Kilometer von der russischen Grenze entfernt am Asowschen Meer.",
        "etwa 50 Kilometer",
        "border",
        "Mariupol",
        "border",
        "consistent",
    ),
    (
        "en",
        "Kharkiv, about 410 km east of Kyiv, came under renewed shelling on Monday.",
        "about 410 km",
        "point",
        "Kharkiv",
        "Kyiv",
        "consistent",
    ),
    (
        "en",
        "Paris and Berlin are more than 1,000 km apart.",
        "more than 1,000 km",
        "pair",
        "Paris",
        "Berlin",
        "inconsistent",
    ),
    (
        "en",
        "Vladivostok, about 130 km (80 miles) from the border with North Korea, hosted the forum.",
        "about 130 km",
        "border",
        "Vladivostok",
        "border",
        "consistent",
    ),
    (
        "en",
        "Irpin is about 25 km from the Ukrainian capital, Kyiv.",
        "about 25 km",
        "point",
        "Irpin",
        "Kyiv",
        "consistent",
    ),
    (
        "de",
        "Butscha liegt rund 25 Kilometer nordwestlich der ukrainischen Hauptstadt Kiew.",
        "rund 25 Kilometer",
        "point",
        "Bucha",
        "Kyiv",
        "consistent",
    ),
    (
        "en",
        "Belgorod lies about 40 km north of the Ukrainian border.",
        "about 40 km",
        "border",
        "Belgorod",
        "border",
        "consistent",
    ),
]


@pytest.fixture(scope="module")
def pipeline():
    return pytest.importorskip("geomap.pipeline")


@pytest.mark.parametrize(
    ("lang", "text", "stated", "form", "subject", "reference", "verdict"),
    CASES,
    ids=[c[2] + "/" + c[1][:20] for c in CASES],
)
def test_claim_through_the_pipeline(
    pipeline, lang, text, stated, form, subject, reference, verdict
) -> None:
    a = pipeline.analyze(text, lang=lang)
    found = [c for c in a.claims if c.stated.text == stated]
    assert found, [c.stated.text for c in a.claims]
    c = found[0]
    assert c.form == form
    assert c.subject is not None and subject in c.subject.name
    assert c.reference is not None and reference in c.reference.name
    assert c.verdict == verdict, c.explanation


def test_range_into_the_sea_through_the_pipeline(pipeline, gaz) -> None:
    from geomap.claims import verify_claims

    text = (
        "North Korea fired a ballistic missile from its east coast on Thursday. "
        "The missile flew about 1,000 km before it fell into the sea."
    )
    a = pipeline.analyze(text, lang="en")
    (c,) = [c for c in a.claims if c.form == "range"]
    assert c.subject is not None and c.subject.geometry == "coast" and c.verdict != "inconsistent"
    (checked,) = verify_claims([c], a.places, gaz, document=a.document)
    assert checked.verdict == "consistent" and checked.ring is not None


def test_same_place_at_both_ends_is_unverifiable(pipeline) -> None:
    a = pipeline.analyze(
        "The Zaporizhzhia nuclear plant is about 50 km from Zaporizhzhia city.", lang="en"
    )
    for c in a.claims:
        assert c.verdict != "inconsistent", c.explanation
