"""A seventh set of resolution classes, each shown by sentences of our own in other places
and both languages (docs/geoparser.md, "Eleventh pass"). Other material only showed the
class; no sentence of it is here.

A. *A line of latitude named without its hemisphere.* German writes "der Polarkreis",
   "der Wendekreis" and English "the Polar Circle" for either of a pair of lines; the
   gazetteer knows the bare word as the northern line or not at all. The name is read as
   both lines (lexicon ``hemisphere_lines``), and the article's places choose the one on
   their side of the equator; where they say nothing, the northern one, as news usage has
   it.
B. *A town called by the first words of its own name.* In German, a town "X am Rhein",
   "X (Sieg)" is called "X" where it is the local place, but "X" alone is the home town
   that bears the word as its whole name and dwarfs it: the article's country does not
   make a story's "X" the small qualified namesake. Co-location with the small town's
   neighbours still does, and English keeps its local short forms ("Kingston" for
   Kingston upon Thames beside Hounslow is LGL's, and is unchanged).
C. *A German spelling names every namesake of its country.* GeoNames lists a German or
   transliterated name ("Petrowsk", "Safonowo") for the biggest of a country's towns of
   that own name only; the smaller one in another province, where the story is, was no
   reading at all. Every town of the country bearing the same own name is now a reading,
   and the story's places choose; alone, the name stays the biggest town.
D. *Initials of a place the article names.* "SA" after "South Africa", "PNG" after "Papua
   New Guinea", German "VAE" after "Vereinigte Arabische Emirate": an all-capital word
   spelling the initials of a country or first-level region the article names is that
   place (in English also of a country named by its adjective), not a village matching
   its letters or nothing. Initials of nothing the article names stay no place, and
   German takes no English initials.
"""

from __future__ import annotations

import pytest

from gazetteer import Candidate
from tests.geoparse.test_resolution_classes import _reading

# A. A line of latitude named without its hemisphere

# (language, the mention as written, the line's latitude sign, the article)
HEMISPHERE_LINES = [
    pytest.param(
        "de",
        "Polarkreis",
        -1,
        "Von Ushuaia aus fuhr das Expeditionsschiff über den Polarkreis.",
        id="de-polar-south-by-a-town",
    ),
    pytest.param(
        "de",
        "Polarkreises",
        1,
        "Bodø liegt knapp nördlich des Polarkreises.",
        id="de-polar-north-genitive",
    ),
    pytest.param(
        "de",
        "Polarkreis",
        1,
        "Die Reise führte im Winter über den Polarkreis.",
        id="de-polar-no-cue-is-northern",
    ),
    pytest.param(
        "de",
        "Wendekreis",
        -1,
        "Rockhampton in Queensland liegt direkt am Wendekreis.",
        id="de-tropic-south",
    ),
    pytest.param(
        "de",
        "Wendekreises",
        -1,
        "Die Farm in Namibia liegt südlich des Wendekreises.",
        id="de-tropic-south-by-a-country",
    ),
    pytest.param(
        "de",
        "Wendekreis",
        1,
        "Assuan liegt nahe am Wendekreis.",
        id="de-tropic-north",
    ),
    pytest.param(
        "en",
        "Polar Circle",
        -1,
        "The cruise from Punta Arenas crossed the Polar Circle on Monday.",
        id="en-polar-south",
    ),
    pytest.param(
        "en",
        "Polar Circle",
        1,
        "The train north of Rovaniemi crosses the Polar Circle.",
        id="en-polar-north",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "sign", "text"), HEMISPHERE_LINES)
def test_a_bare_line_of_latitude_is_the_one_on_the_articles_side(gaz, lang, mention, sign, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert c.kind == "parallel", (c.name, c.kind)
    assert c.lat * sign > 0, (c.name, c.lat)


def test_a_line_named_with_its_hemisphere_keeps_it(gaz):
    """The rule reads only the bare name: "südlicher Polarkreis" is the southern line in a
    story on Lapland too."""
    text = "Nach Rovaniemi erzählte sie vom südlichen Polarkreis."
    places = [p for p in _places(text, gaz, "de") if p.kind == "parallel"]
    assert places and all(p.lat is not None and p.lat < 0 for p in places), places


def _places(text: str, gaz, lang: str):
    from geomap.geoparse import resolve_document
    from geomap.text import read_text

    return [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]


# B. A town called by the first words of its own name

# (language, the name, its country, the article): the home town bearing the whole word
SHORT_FORMS = [
    pytest.param(
        "de",
        "Linz",
        "AT",
        "Nach Stationen in Nürnberg und Regensburg spielt die Band am Samstag in Linz.",
        id="de-austrian-city-in-a-bavarian-story",
    ),
    pytest.param(
        "de",
        "Thun",
        "CH",
        "In Lyon und Grenoble regnete es am Wochenende. In Thun blieb es trocken.",
        id="de-swiss-town-in-a-french-story",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), SHORT_FORMS)
def test_a_word_alone_is_the_home_town_bearing_it_whole(gaz, lang, mention, cc, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert c.country_code == cc, (c.name, c.country_code)


# the small town where its neighbours are named: co-location still reads it
NEIGHBOURS = [
    pytest.param(
        "de",
        "Linz",
        "Linz am Rhein",
        "Die Fähre zwischen Remagen und Linz fährt wieder; auch in Unkel wurde aufgeräumt.",
        id="de-rhine-town-beside-its-neighbours",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "name", "text"), NEIGHBOURS)
def test_the_qualified_town_beside_its_neighbours_stays(gaz, lang, mention, name, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert c.name == name, (c.name, c.country_code)


# C. A German spelling names every namesake of its country

# (language, the name, the latitude of the town meant (to a degree), the article)
NAMESAKES = [
    pytest.param(
        "de",
        "Petrowsk",
        57.0,
        "Die Busse zwischen Jaroslawl und Petrowsk fielen aus.",
        id="de-smaller-namesake-beside-its-neighbour",
    ),
    pytest.param(
        "de",
        "Safonowo",
        69.1,
        "In Seweromorsk und Safonowo fiel der Strom aus.",
        id="de-smaller-namesake-in-the-arctic",
    ),
    pytest.param(
        "de",
        "Petrowsk",
        52.3,
        "In Saratow und Petrowsk wurde gestreikt.",
        id="de-bigger-namesake-beside-its-neighbour",
    ),
    pytest.param(
        "de",
        "Safonowo",
        55.1,
        "Die Fabrik in Safonowo schließt.",
        id="de-alone-the-biggest",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "lat", "text"), NAMESAKES)
def test_a_german_spelling_names_every_namesake_of_its_country(gaz, lang, mention, lat, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert abs(c.lat - lat) < 1.0, (c.name, c.lat, c.lon)


# D. Initials of a place the article names

# (language, the initials, the country or region code, the article)
INITIALS = [
    pytest.param(
        "en",
        "PNG",
        "PG",
        "Floods hit Papua New Guinea on Monday. Officials in PNG said roads were cut.",
        id="en-country-named",
    ),
    pytest.param(
        "en",
        "NSW",
        "AU",
        "Bushfires spread across New South Wales. The NSW premier asked for help.",
        id="en-region-named",
    ),
    pytest.param(
        "en",
        "SL",
        "LK",
        "The Sri Lankan rupee fell again. Exporters in SL asked for relief.",
        id="en-country-by-its-adjective",
    ),
    pytest.param(
        "de",
        "DRK",
        "CD",
        "In der Demokratischen Republik Kongo wurde gewählt. Die DRK meldete hohe Beteiligung.",
        id="de-country-named",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), INITIALS)
def test_initials_of_a_named_place_are_that_place(gaz, lang, mention, cc, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert c.country_code == cc, (c.name, c.country_code)
    assert c.kind in ("country", "admin1"), c.kind


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en", "Shares of the firm rose. The SL index closed higher.", id="en-nothing-named"
        ),
        pytest.param(
            "de",
            "In Südafrika wurde gewählt. Die SA marschierte 1933 durch Berlin.",
            id="de-no-english",
        ),
    ],
)
def test_initials_of_nothing_named_are_no_place(gaz, lang, text):
    initials = [p for p in _places(text, gaz, lang) if p.mention.isupper()]
    assert initials == [], initials
