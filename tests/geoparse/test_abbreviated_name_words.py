"""Issue 16: a place name whose first word is an abbreviated generic word ("Mt.", "Mtn.",
"Ft.", "Pt.", "St.", "Ste.") is also looked up written out in full (lexicon
``name_word_abbreviations``): the gazetteer keeps the abbreviated form for only some places
("Mt. Vernon" for one of the Mount Vernons, nothing for "Mt. Airy" or "St. Wendel"). A
title before a given name ("St. James" of a church) is not written out: only the
gazetteer's own abbreviated names stand for it, and a bare abbreviation before a number
is no name.
"""

from __future__ import annotations

import pytest

import geomap
from geomap.geometry import haversine_km

#: (text, lang, name, lat, lon): the name must be one place within 30 km of the point.
WRITTEN_OUT = [
    ("Storms hit Mt. Airy and Winston-Salem overnight.", "en", "Mt. Airy", 36.50, -80.61),
    (
        "The fire near Mt. Shasta forced evacuations in Siskiyou County.",
        "en",
        "Mt. Shasta",
        41.31,
        -122.31,
    ),
    (
        "Residents of Pt. Pleasant, West Virginia, recalled the bridge collapse.",
        "en",
        "Pt. Pleasant",
        38.84,
        -82.14,
    ),
    (
        "Ste. Genevieve, Missouri, is the oldest town in the state.",
        "en",
        "Ste. Genevieve",
        37.98,
        -90.04,
    ),
    ("Fans in Mtn. Home, Arkansas, gathered.", "en", "Mtn. Home", 36.34, -92.39),
    # GeoNames gives "Mt. Vernon" to the Illinois town only
    ("The mayor of Mt. Vernon, New York, spoke.", "en", "Mt. Vernon", 40.91, -73.84),
    ("In St. Wendel im Saarland brannte eine Scheune.", "de", "St. Wendel", 49.47, 7.17),
    (
        "Der Bürgermeister von St. Ingbert sagte, die Straße bleibe gesperrt.",
        "de",
        "St. Ingbert",
        49.28,
        7.12,
    ),
    (
        "Der Gipfel des Mt. Rainier im Bundesstaat Washington war gesperrt.",
        "de",
        "Mt. Rainier",
        46.85,
        -121.76,
    ),
]


@pytest.mark.parametrize(("text", "lang", "name", "lat", "lon"), WRITTEN_OUT)
def test_an_abbreviated_first_word_is_looked_up_in_full(
    text: str, lang: str, name: str, lat: float, lon: float
) -> None:
    a = geomap.analyze(text, lang=lang, claims=False, events=False)
    got = [p for p in a.places if text[p.start : p.end] == name]
    assert len(got) == 1, (name, [(text[p.start : p.end], p.name) for p in a.places])
    assert haversine_km(got[0].lat, got[0].lon, lat, lon) < 30, (got[0].name, got[0].lat)


NO_PLACE = [
    (
        "Cleaver, a co-pastor of St. James United Methodist Church, spoke in Kansas City.",
        "St. James",
    ),
    ("Pt. 2 of the series airs in May.", "Pt"),
    ("St. John said the trial would start on Monday.", "St. John"),
]


@pytest.mark.parametrize(("text", "word"), NO_PLACE)
def test_no_place_is_made_of_a_saint_or_a_bare_abbreviation(text: str, word: str) -> None:
    a = geomap.analyze(text, lang="en", claims=False, events=False)
    assert not [p for p in a.places if text[p.start : p.end].startswith(word)]
