"""Session 29, issue 15 (class 3, descriptive references): a regional capital phrase in a
country whose ISO 3166-2 top level only groups its units by geography.

``Floods swept through East Java. Malang, about 80 km south of the provincial capital``:
Indonesia's provinces sit under seven ISO "geographical units", so pycountry's parent-less
types said the country has no provinces and the phrase resolved to nothing (unverifiable).
The gazetteer's first-level region (GeoNames admin1) is the province, and its seat is
known; the types of such a country are now those of the level below the grouping one
(docs/claims.md, "Session 29").

Wire copy written for this test (Central and East Java, Bali, North Maluku), none from a
corpus article; distances by geographiclib from hand points, noted per case.
"""

from __future__ import annotations

import os

import pytest

import geomap
from geomap.claims._described import _first_level_types

os.environ.setdefault("GEOMAP_OFFLINE", "1")


def _claim(text: str, lang: str, stated: str):
    a = geomap.analyze(text, lang=lang)
    hits = [c for c in a.claims if stated in c.text]
    assert hits, f"no claim with {stated!r}: {[c.text for c in a.claims]}"
    return hits[0]


def test_grouping_level_gives_way_to_the_provinces() -> None:
    assert "province" in _first_level_types("ID")
    assert "geographical unit" not in _first_level_types("ID")
    assert _first_level_types("DE") == frozenset({"land"})  # no grouping level: as before


PROVINCE_SEAT = [
    pytest.param(
        "en",
        "JAKARTA (Reuters) - Floods swept through Central Java province on Sunday, "
        "officials said. Surakarta, about 80 km south-east of the provincial capital, was "
        "cut off for a day.",
        "about 80 km",
        "Semarang",
        "consistent",
        id="en-central-java-true",  # Surakarta-Semarang 79.7 km at 146 deg
    ),
    pytest.param(
        "en",
        "Floods swept through East Java on Sunday. Malang, about 80 km south of the "
        "provincial capital, closed its schools.",
        "about 80 km",
        "Surabaya",
        "consistent",
        id="en-east-java-no-dateline",  # Malang-Surabaya 82.1 km at 191 deg
    ),
    pytest.param(
        "de",
        "JAKARTA (Reuters) - Heftige Regenfälle haben am Montag Ostjava getroffen. Malang, "
        "rund 150 Kilometer südlich der Provinzhauptstadt, meldete Erdrutsche.",
        "rund 150 Kilometer",
        "Surabaya",
        "inconsistent",
        id="de-east-java-false",  # 82.1 km: a false figure is caught
    ),
    pytest.param(
        "de",
        "Heftige Regenfälle haben die Provinz Bali getroffen. Die Provinzhauptstadt liegt "
        "rund 60 Kilometer südlich von Singaraja.",
        "rund 60 Kilometer",
        "Denpasar",
        "consistent",
        id="de-bali-subject",  # Denpasar-Singaraja 61.2 km at 167 deg from Singaraja
    ),
    pytest.param(
        "en",
        "TERNATE, Indonesia (AP) - Ash from Mount Gamalama closed the airport on Thursday. "
        "North Maluku's government moved to Sofifi on neighbouring Halmahera island in "
        "2010. The provincial capital, about 20 km (12 miles) east of Ternate, sent 14 "
        "trucks of masks.",
        "about 20 km",
        "Sofifi",
        "consistent",
        id="en-north-maluku-seat-not-the-dateline",  # Sofifi-Ternate 20.6 km at 106 deg
    ),
]


@pytest.mark.parametrize(("lang", "text", "stated", "seat", "verdict"), PROVINCE_SEAT)
def test_provincial_capital_of_a_grouped_country(lang, text, stated, seat, verdict) -> None:
    c = _claim(text, lang, stated)
    ends = {c.subject.name if c.subject else None, c.reference.name if c.reference else None}
    assert seat in ends
    assert c.verdict == verdict


def test_two_provinces_named_take_the_one_the_town_lies_in() -> None:
    # Central Java and East Java both named: the seat of the province Malang lies in
    c = _claim(
        "Floods hit Central Java and East Java on Sunday. Malang, about 80 km south of the "
        "provincial capital, closed its schools.",
        "en",
        "about 80 km",
    )
    assert c.verdict != "inconsistent"


def test_a_bare_capital_is_no_provincial_seat() -> None:
    # guard: "the capital" after a province is not the province's seat by this rule
    c = _claim(
        "Floods hit East Java on Sunday. Malang, about 80 km south of the capital, closed "
        "its schools.",
        "en",
        "about 80 km",
    )
    assert c.verdict == "unverifiable"
