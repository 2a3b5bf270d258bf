"""Session 32, issue 15: the classes batch DB showed (docs/claims.md, "Session 32").

Each class with look-alikes in other regions and wording than the batch (none from a
corpus article), true and false, in both languages where the class exists:

- ``..., before moving over <B>, which lies N km east of <C>``: a relative pronoun right
  after a prepositional phrase that ends in a point place refers to that place, as after
  an apposition; walking past the phrase took the chain's first place (the sentence's
  earlier claim's subject) and called a true sentence inconsistent;
- ``<CITY> - ... <A>, a city N km west of the capital`` under the dateline of a
  first-level seat that names no region: ``the capital`` is read as the nation's (session
  13's product decision) but has a second reading, the dateline's own town; a figure that
  fits the dateline and misses the nation's capital by far is doubted to
  ``unverifiable``, never called ``inconsistent``. A figure that fits neither stays
  ``inconsistent``.

Distances from the gazetteer's points (geographiclib), noted per case.
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from geomap.pipeline import analyze
from tests.support.claims_builders import claim_on

os.environ.setdefault("GEOMAP_OFFLINE", "1")


def _claim(text: str, lang: str, stated: str) -> Any:
    return claim_on(analyze, lang, text, stated)


# --- a relative clause after a prepositional phrase ending in a place --------------------

RELATIVE_AFTER_ADJUNCT = [
    pytest.param(
        "en",
        "DENVER (AP) — The hail storm formed near Boulder, a college town about 25 miles "
        "northwest of the city, before moving over Aurora, which lies some 10 miles east of "
        "downtown Denver.",
        "some 10 miles",
        "consistent",
        "Aurora",
        "Denver",
        id="en-aurora-denver",  # 13 km
    ),
    pytest.param(
        "en",
        "DENVER (AP) — The hail storm formed near Boulder, a college town about 25 miles "
        "northwest of the city, before moving over Aurora, which lies some 40 miles east of "
        "downtown Denver.",
        "some 40 miles",
        "inconsistent",
        "Aurora",
        "Denver",
        id="en-aurora-denver-false",
    ),
    pytest.param(
        "de",
        "MÜNCHEN (dpa) - Das Unwetter wütete in Landshut, rund 65 Kilometer nordöstlich von "
        "München, mit Schäden bis nach Straubing, das rund 50 Kilometer nordöstlich von "
        "Landshut liegt.",
        "rund 50 Kilometer",
        "consistent",
        "Straubing",
        "Landshut",
        id="de-straubing-landshut",  # 49 km
    ),
    pytest.param(
        "de",
        "MÜNCHEN (dpa) - Das Unwetter wütete in Landshut, rund 65 Kilometer nordöstlich von "
        "München, mit Schäden bis nach Straubing, das rund 90 Kilometer nordöstlich von "
        "Landshut liegt.",
        "rund 90 Kilometer",
        "inconsistent",
        "Straubing",
        "Landshut",
        id="de-straubing-landshut-false",
    ),
]


@pytest.mark.parametrize(
    ("lang", "text", "stated", "verdict", "subject", "reference"), RELATIVE_AFTER_ADJUNCT
)
def test_relative_clause_after_a_phrase_ending_in_a_place(
    lang: str, text: str, stated: str, verdict: str, subject: str, reference: str
) -> None:
    c = _claim(text, lang, stated)
    assert c.subject is not None and c.subject.name == subject
    assert c.reference is not None and c.reference.name == reference
    assert c.verdict == verdict


def test_the_earlier_claim_of_the_sentence_is_unchanged() -> None:
    text = RELATIVE_AFTER_ADJUNCT[0].values[1]
    c = _claim(text, "en", "about 25 miles")
    assert c.subject is not None and c.subject.name == "Boulder"
    assert c.reference is not None and c.reference.name == "Denver"
    assert c.verdict == "consistent"  # 39 km


# --- "the capital" under a regional seat's dateline ---------------------------------------

CAPITAL_UNDER_SEAT = [
    pytest.param(
        "en",
        "BISMARCK (AP) — Blizzard conditions closed highways across the plains on Monday. "
        "Mandan, a city about 6 miles west of the capital, opened a shelter.",
        "about 6 miles",
        "unverifiable",
        id="en-mandan-fits-the-dateline",  # 8 km from Bismarck
    ),
    pytest.param(
        "en",
        "BISMARCK (AP) — Blizzard conditions closed highways across the plains on Monday. "
        "Mandan, a city about 60 miles west of the capital, opened a shelter.",
        "about 60 miles",
        "inconsistent",
        id="en-mandan-fits-neither",
    ),
    pytest.param(
        "de",
        "HANNOVER (dpa) - Ein Sturm hat am Montag Bäume entwurzelt. Langenhagen, rund 10 "
        "Kilometer nördlich der Hauptstadt, meldete Schäden.",
        "rund 10 Kilometer",
        "unverifiable",
        id="de-langenhagen-fits-the-dateline",  # 10 km from Hannover
    ),
    pytest.param(
        "de",
        "HANNOVER (dpa) - Ein Sturm hat am Montag Bäume entwurzelt. Langenhagen, rund 60 "
        "Kilometer nördlich der Hauptstadt, meldete Schäden.",
        "rund 60 Kilometer",
        "inconsistent",
        id="de-langenhagen-fits-neither",
    ),
]


@pytest.mark.parametrize(("lang", "text", "stated", "verdict"), CAPITAL_UNDER_SEAT)
def test_capital_under_a_regional_seat_is_doubted_not_false(
    lang: str, text: str, stated: str, verdict: str
) -> None:
    c = _claim(text, lang, stated)
    assert c.verdict == verdict
    if verdict == "unverifiable":
        # the reason names the dateline's town as the reading that fits
        assert c.explanation is not None and "regional seat" in c.explanation


def test_a_modest_miss_of_the_nations_capital_stays_inconsistent() -> None:
    # Hamburg is 132 km from Hannover (the dateline, which fits) and 255 km from Berlin:
    # a figure off by less than the miss factor is read as the nation's capital's, false
    c = _claim(
        "HANNOVER (dpa) - Ein Sturm hat am Montag Bäume entwurzelt. Hamburg, rund 150 "
        "Kilometer nordwestlich der Hauptstadt, meldete Schäden.",
        "de",
        "rund 150 Kilometer",
    )
    assert c.reference is not None and c.reference.name == "Berlin"
    assert c.verdict == "inconsistent"
