"""Classes of resolution misses on the public corpora, each shown by sentences of our own
in other regions and both languages (docs/geoparser.md, "Fifth pass"). The corpora only
showed the class; no sentence, place or figure of theirs is here.

A. *A state named like a small town of its own country.* Local news names nearby towns,
   then a state by its bare name ("a judge in Wyoming", "Sojabauern in Paraná"); a small
   town of the state's name that lies near the article's towns is not the place meant
   unless its own region is named or a container follows it.
"""

from __future__ import annotations

import pytest

from gazetteer import Candidate
from geomap.geoparse import resolve_document
from geomap.text import read_text


def _reading(text: str, mention: str, gaz, lang: str) -> Candidate:
    places = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    got = [p for p in places if p.mention == mention]
    assert got, f"{mention!r} not found in {text!r}"
    c = gaz.get(got[0].id)
    assert c is not None
    return c


# A. A state named like a small town of its own country

# (language, the name, its country, the article): the name is the first-level region
STATES = [
    pytest.param(
        "en",
        "California",
        "US",
        "Deputies in Leonardtown and Lexington Park searched the woods. The Marines he "
        "trained in California were praised by the president.",
        id="en-us-maryland-towns",
    ),
    pytest.param(
        "en",
        "Wyoming",
        "US",
        "Schools in Kentwood and Grandville closed early. A federal judge in Wyoming has "
        "halted the rule.",
        id="en-us-michigan-towns",
    ),
    pytest.param(
        "en",
        "Nevada",
        "US",
        "Firefighters in Marshalltown and Ames battled a fire. A trucker from Nevada was hurt.",
        id="en-us-iowa-towns",
    ),
    pytest.param(
        "de",
        "Nevada",
        "US",
        "Die Polizei in Marshalltown und Ames ermittelt. Ein Lkw-Fahrer aus Nevada wurde "
        "verletzt.",
        id="de-us-iowa-towns",
    ),
    pytest.param(
        "de",
        "Wyoming",
        "US",
        "Schulen in Kentwood und Grandville schlossen früher. Ein Bundesrichter in Wyoming "
        "hat die Regel gestoppt.",
        id="de-us-michigan-towns",
    ),
    pytest.param(
        "en",
        "Paraná",
        "BR",
        "Residents of Mossoró and Pau dos Ferros waited for rain. Soy farmers in Paraná "
        "expect a record harvest.",
        id="en-brazil-nordeste-towns",
    ),
    pytest.param(
        "de",
        "Paraná",
        "BR",
        "Bewohner von Mossoró und Pau dos Ferros warten auf Regen. Die Sojabauern in Paraná "
        "erwarten eine Rekordernte.",
        id="de-brazil-nordeste-towns",
    ),
    pytest.param(
        "en",
        "Hidalgo",
        "MX",
        "Police in Ciudad Victoria and Linares arrested two men. The governor of Hidalgo "
        "visited the site.",
        id="en-mexico-tamaulipas-towns",
    ),
    pytest.param(
        "de",
        "Morelos",
        "MX",
        "In Uruapan und Zamora streikten die Lehrer. In Morelos genossen Touristen das "
        "Wochenende.",
        id="de-mexico-michoacan-towns",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), STATES)
def test_a_state_is_not_a_small_namesake_near_the_articles_towns(lang, mention, cc, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert (c.kind, c.country_code) == ("admin1", cc), (c.name, c.kind, c.admin1)


# the small town keeps its reading where its own region is named or follows as container
TOWNS = [
    pytest.param(
        "en",
        "Indiana",
        "PA",
        "Deputies searched the woods near Indiana, Pennsylvania, on Monday.",
        id="en-container",
    ),
    pytest.param(
        "en",
        "Nevada",
        "MO",
        "The fair in Nevada, Missouri, drew a crowd of farmers on Saturday.",
        id="en-container-missouri",
    ),
    pytest.param(
        "de",
        "Nevada",
        "MO",
        "Der Jahrmarkt in Nevada, Missouri, zog am Samstag viele Bauern an.",
        id="de-container-missouri",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "admin1", "text"), TOWNS)
def test_the_small_namesake_keeps_its_container(lang, mention, admin1, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert (c.kind, c.admin1) == ("city", admin1), (c.name, c.kind, c.admin1)
