"""An eighth set of resolution classes, each shown by sentences of our own in other places
and both languages (docs/geoparser.md, "Twelfth pass"). Other material only showed the
class; no sentence of it is here.

A. *An island named after its noun.* "the island of X", "die Insel X": where the name is
   both an island and the first-level region covering it (or a town), the noun names the
   island (lexicon ``feature_heads``, kind ``island``); without the noun the priors and
   the story decide as before.
B. *A country, then a town: "In <country>, <town> ...".* The comma after a country is no
   "town, state" pair: a first-level region of the town's name is not thereby the town's
   container, so the country's centroid lying inside the region no longer makes the name
   the region ("Tacoma, Washington" still is the state).
"""

from __future__ import annotations

import pytest

from gazetteer import Candidate
from geomap.geoparse import resolve_document
from geomap.text import read_text
from tests.geoparse.test_resolution_classes import _reading

# A. An island named after its noun

# (language, the mention, the article): the mention is the island
ISLAND_HEADS = [
    pytest.param(
        "en", "Sardinia", "The ferry reached the island of Sardinia at dawn.", id="en-island-of"
    ),
    pytest.param(
        "en", "Hokkaido", "Heavy snow fell on the island of Hokkaido overnight.", id="en-island-jp"
    ),
    pytest.param(
        "de", "Sardinien", "Die Fähre erreichte die Insel Sardinien am Morgen.", id="de-insel"
    ),
    pytest.param(
        "de", "Hokkaido", "Auf der Insel Hokkaido fiel in der Nacht viel Schnee.", id="de-insel-jp"
    ),
]


@pytest.mark.parametrize(("lang", "mention", "text"), ISLAND_HEADS)
def test_an_island_named_after_its_noun_is_the_island(gaz, lang, mention, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert c.kind == "island", (c.name, c.kind)


def test_a_capitalised_island_word_ends_a_name_in_english(gaz):
    """English writes the noun in lower case: "Island" with a capital ends a name ("Long
    Island Sound"), and the word after it is no island."""
    text = "Hikers crossed the Cedar Island Wilderness on Monday."
    places = resolve_document(read_text(text, lang="en"), gaz)
    assert not [p for p in places if p.mention == "Wilderness"], places


def test_a_region_named_after_its_noun_stays_the_region(gaz):
    """The island noun decides only where it is there: "the region of X" keeps the
    region."""
    c = _reading("The region of Sardinia approved a new budget.", "Sardinia", gaz, "en")
    assert c.kind == "admin1", (c.name, c.kind)


# B. A country, then a town

# (language, the mention, the article): the mention is the town, not its namesake region
COUNTRY_COMMA_TOWN = [
    pytest.param("en", "Timbuktu", "In Mali, Timbuktu was hit by floods.", id="en-ml"),
    pytest.param("de", "Timbuktu", "In Mali, Timbuktu wurde überflutet.", id="de-ml"),
]


@pytest.mark.parametrize(("lang", "mention", "text"), COUNTRY_COMMA_TOWN)
def test_a_town_after_its_country_and_a_comma_is_the_town(gaz, lang, mention, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert c.kind == "city", (c.name, c.kind)


def test_a_town_then_its_state_still_names_the_state(gaz):
    c = _reading("Tacoma, Washington, was hit by floods.", "Washington", gaz, "en")
    assert (c.kind, c.country_code) == ("admin1", "US"), (c.name, c.kind)


# C. A port and an island of a neighbouring country

# (language, the mention, the country of the town meant, the article)
PORT_AND_ISLAND = [
    pytest.param(
        "en", "Douglas", "IM", "Douglas is about 100 km north of Anglesey.", id="en-irish-sea"
    ),
    pytest.param(
        "de", "Douglas", "IM", "Douglas liegt etwa 100 km nördlich von Anglesey.", id="de-irish-sea"
    ),
    pytest.param(
        "en", "Monastir", "TN", "Monastir is about 150 km from Pantelleria.", id="en-sicily-strait"
    ),
    pytest.param(
        "de",
        "Monastir",
        "TN",
        "Monastir liegt rund 150 km von Pantelleria entfernt.",
        id="de-sicily-strait",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), PORT_AND_ISLAND)
def test_a_port_keeps_its_size_beside_a_neighbours_island(gaz, lang, mention, cc, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert (c.kind, c.country_code) == ("city", cc), (c.name, c.country_code)


def test_a_container_still_names_the_village(gaz):
    text = "Monastir, Sardinia, is about 300 km from Pantelleria."
    c = _reading(text, "Monastir", gaz, "en")
    assert c.country_code == "IT", (c.name, c.country_code)
