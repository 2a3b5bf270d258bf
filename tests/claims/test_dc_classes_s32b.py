"""Session 32 (second round), issue 15: the English classes batch DC showed (docs/claims.md,
"Session 32, round 2").

Each class with look-alikes in other regions and wording than the batch (none from a
corpus article), true and false, in both languages where the class exists:

- ``<CITY> - ... <A>, some N km to the north, ... . <B>, about M km west of the town``:
  the sentence before placed <A> from the dateline's city; a kind noun other than the
  story's city (``the town``, ``des Ortes``) means the town just placed, as a reader takes
  it, not the dateline's city (which called a true claim ``inconsistent``). ``the city``
  (``der Stadt``) keeps meaning the dateline's city;
- ``In <B>, about N miles further down the interstate``: a way along a road or a railway
  named by its kind noun (highway, interstate, motorway, ...) goes on from the place the
  text last stood at, like ``further down the road``; the claim was not found at all.

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


# --- "the town" after a sentence that placed a town from the dateline ----------------------

_NORFOLK = (
    "NORWICH, England (Reuters) - Storm surges hit the Norfolk coast on Friday. Cromer, some "
    "20 miles to the north, was cut off by the sea. "
)
_OSTSEE = (
    "ROSTOCK (dpa) - Ein Sturm hat an der Ostsee Bäume entwurzelt. Bad Doberan, rund 15 "
    "Kilometer westlich, meldete Schäden. "
)

TOWN_JUST_PLACED = [
    pytest.param(
        "en",
        _NORFOLK + "Sheringham, about 4 miles west of the town, closed its promenade.",
        "about 4 miles",
        "consistent",
        "Cromer",
        id="en-sheringham-cromer",  # 6 km from Cromer, 35 km from Norwich
    ),
    pytest.param(
        "en",
        _NORFOLK + "Sheringham, about 12 miles west of the town, closed its promenade.",
        "about 12 miles",
        "inconsistent",
        "Cromer",
        id="en-sheringham-cromer-false",
    ),
    pytest.param(
        "de",
        _OSTSEE + "Kühlungsborn, etwa 11 Kilometer westlich des Ortes, sperrte die Seebrücke.",
        "etwa 11 Kilometer",
        "consistent",
        "Bad Doberan",
        id="de-kuehlungsborn-bad-doberan",  # 11 km from Bad Doberan, 27 km from Rostock
    ),
    pytest.param(
        "de",
        _OSTSEE + "Kühlungsborn, etwa 40 Kilometer westlich des Ortes, sperrte die Seebrücke.",
        "etwa 40 Kilometer",
        "inconsistent",
        "Bad Doberan",
        id="de-kuehlungsborn-bad-doberan-false",
    ),
]


@pytest.mark.parametrize(("lang", "text", "stated", "verdict", "reference"), TOWN_JUST_PLACED)
def test_the_town_means_the_town_just_placed_not_the_dateline(
    lang: str, text: str, stated: str, verdict: str, reference: str
) -> None:
    c = _claim(text, lang, stated)
    assert c.reference is not None and c.reference.name == reference
    assert c.verdict == verdict


@pytest.mark.parametrize(
    ("lang", "text", "stated", "reference"),
    [
        pytest.param(
            "en",
            _NORFOLK + "Wymondham, about 9 miles south-west of the city, opened a shelter.",
            "about 9 miles",
            "Norwich",
            id="en-the-city",  # 14 km
        ),
        pytest.param(
            "de",
            _OSTSEE + "Güstrow, etwa 40 Kilometer südlich der Stadt, sperrte die Innenstadt.",
            "etwa 40 Kilometer",
            "Rostock",
            id="de-der-stadt",  # 33 km
        ),
    ],
)
def test_the_city_still_means_the_dateline(
    lang: str, text: str, stated: str, reference: str
) -> None:
    c = _claim(text, lang, stated)
    assert c.reference is not None and c.reference.name == reference
    assert c.verdict == "consistent"


# --- "further down the interstate" -----------------------------------------------------------

_COLORADO = (
    "DENVER (AP) — Snow closed roads across the region on Monday. Pueblo, some 100 miles "
    "south of the city, saw 10 inches. "
)

DOWN_THE_ROAD_NOUN = [
    pytest.param(
        _COLORADO + "In Trinidad, about 80 miles further down the interstate, truckers waited "
        "overnight.",
        "about 80 miles",
        "consistent",
        "Trinidad",
        "Pueblo",
        id="interstate",  # 121 km
    ),
    pytest.param(
        _COLORADO + "In Trinidad, about 150 miles further down the interstate, truckers waited "
        "overnight.",
        "about 150 miles",
        "inconsistent",
        "Trinidad",
        "Pueblo",
        id="interstate-false",
    ),
    pytest.param(
        "SACRAMENTO (AP) — Fog caused a pileup on Tuesday. Stockton, some 45 miles south of "
        "the city, closed schools. In Modesto, about 30 miles further down the highway, "
        "drivers were told to stay home.",
        "about 30 miles",
        "consistent",
        "Modesto",
        "Stockton",
        id="highway",  # 44 km
    ),
]


@pytest.mark.parametrize(("text", "stated", "verdict", "subject", "reference"), DOWN_THE_ROAD_NOUN)
def test_further_down_a_road_named_by_its_kind_goes_on_from_the_last_place(
    text: str, stated: str, verdict: str, subject: str, reference: str
) -> None:
    c = _claim(text, "en", stated)
    assert c.subject is not None and c.subject.name == subject
    assert c.reference is not None and c.reference.name == reference
    assert c.verdict == verdict


# --- a coordinated name the geoparser did not resolve after a described clause ---------------

_KILIMANJARO = (
    "ARUSHA, Tanzania (Reuters) - Floods hit northern Tanzania on Monday. Moshi, about 80 km "
    "to the east, was worst hit. "
)


def test_an_unresolved_coordinated_name_is_not_replaced_by_the_town_before() -> None:
    # "Himo" is not in the gazetteer; the distance is Himo's own (about 25 km from Moshi).
    # Read from "The town's market" (Moshi, 72 km from Arusha) the true claim was called
    # inconsistent; a claim with no subject is better than a false alarm
    a = analyze(
        _KILIMANJARO + "The town's market was under water, and Himo, some 25 km further east, "
        "lost its bridge.",
        lang="en",
        date="2026-06-01",
        events=False,
    )
    assert not any(c.verdict == "inconsistent" for c in a.claims if "25 km" in c.stated.text)


@pytest.mark.parametrize(
    ("stated", "verdict"),
    [
        pytest.param("some 35 km", "consistent", id="true"),  # Gilgil-Naivasha 37 km
        pytest.param("some 90 km", "inconsistent", id="false"),
    ],
)
def test_a_resolved_coordinated_name_keeps_its_reading(stated: str, verdict: str) -> None:
    c = _claim(
        "NAKURU, Kenya (Reuters) - Floods hit the Rift Valley on Monday. Naivasha, about 70 km "
        "to the south-east, was worst hit. The town's hospital was evacuated, and Gilgil, "
        f"{stated} further north, lost its bridge.",
        "en",
        stated,
    )
    assert c.subject is not None and c.subject.name == "Gilgil"
    assert c.reference is not None and c.reference.name == "Naivasha"
    assert c.verdict == verdict


# --- "We're ..." in a quote: the speaker's place -----------------------------------------------

_MARITIMES = "HALIFAX, Nova Scotia (Reuters) - A storm cut power across the Maritimes on Tuesday. "


@pytest.mark.parametrize(
    ("text", "stated", "verdict"),
    [
        pytest.param(
            _MARITIMES + '"We\'re only 80 km north of Halifax," said an official in Truro.',
            "80 km",
            "consistent",
            id="we-re-true",  # Truro-Halifax 80 km
        ),
        pytest.param(
            _MARITIMES + '"We\'re only 150 km north of Halifax," said an official in Truro.',
            "150 km",
            "inconsistent",
            id="we-re-false",
        ),
        pytest.param(
            _MARITIMES + "\u201cWe\u2019re just 80 km north of Halifax,\u201d said an official in "
            "Truro.",
            "80 km",
            "consistent",
            id="we-re-curly",
        ),
    ],
)
def test_a_contracted_we_is_the_speakers_place(text: str, stated: str, verdict: str) -> None:
    c = _claim(text, "en", stated)
    assert c.subject is not None and c.subject.name == "Truro"
    assert c.reference is not None and c.reference.name == "Halifax"
    assert c.verdict == verdict


@pytest.mark.xfail(
    strict=True,
    reason="'We're about N km ...': with a qualifier after the contraction the subject is "
    "not read (the uncontracted 'We are about N km' is); left in session 32b",
)
def test_a_contracted_we_before_a_qualifier_is_the_speakers_place() -> None:
    c = _claim(
        _MARITIMES + '"We\'re about 80 km north of Halifax," said an official in Truro.',
        "en",
        "about 80 km",
    )
    assert c.subject is not None and c.subject.name == "Truro"
