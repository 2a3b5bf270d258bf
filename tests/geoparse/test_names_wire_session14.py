"""Names the geoparser missed or misread in English wire copy of session 14 (round 2),
in other places and words than the articles they were found in (docs/geoparser.md).

- a coast word that ends a country's or a town's name (``Ivory Coast``, ``Gold Coast``)
  draws no coast of its own;
- a word ``not_names`` holds, after a settlement noun and ``of`` (``the city of
  Independence``), is that town's name;
- a name before a lower-case ``valley`` whose bare form the gazetteer does not know (``the
  Huon valley``) is the gazetteer's place of the whole name.
"""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Heavy rain flooded Korhogo in Ivory Coast on Tuesday.",
        "A cyclone brought heavy rain to Gold Coast on Sunday.",
    ],
)
def test_a_coast_word_inside_a_name_draws_no_coast(text):
    doc = analyze(text, lang="en")
    assert [p for p in doc.places if p.kind == "coast"] == [], doc.places


def test_a_region_named_a_coast_still_gives_the_coast():
    doc = analyze("LOS ANGELES (AP) - Storms hit the West Coast on Monday.", lang="en")
    assert [p.country_code for p in doc.places if p.kind == "coast"] == ["US"], doc.places


def test_a_coast_named_with_its_country_is_still_drawn():
    doc = analyze("A trawler sank off the coast of Ghana.", lang="en")
    assert [p.name for p in doc.places if p.kind == "coast"] == ["coast of Ghana"]


@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("Tornadoes hit the city of Independence on Monday.", "Independence", "US"),
        ("A fire destroyed a warehouse in the town of Union on Monday.", "Union", "US"),
    ],
)
def test_a_word_after_town_of_is_the_town(text, name, cc):
    doc = analyze(text, lang="en")
    assert [(p.name, p.country_code) for p in doc.places if p.kind == "city"] == [(name, cc)]


def test_the_word_alone_is_still_no_town():
    doc = analyze("Voters showed their independence on Monday.", lang="en")
    assert doc.places == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bushfires burned in the Huon valley on Tuesday.", "Huon Valley"),
        ("Landslides cut roads in the Dibang valley on Tuesday.", "Valley"),
    ],
)
def test_a_valley_whose_bare_name_is_unknown(text, name):
    doc = analyze(text, lang="en")
    assert any(name in p.name for p in doc.places), doc.places
