"""Classes of resolution misses on the public corpora, each shown by sentences of our own
in other regions and both languages (docs/geoparser.md, "Fifth pass"). The corpora only
showed the class; no sentence, place or figure of theirs is here.

A. *A state named like a small town of its own country.* Local news names nearby towns,
   then a state by its bare name ("ranchers in Wyoming", "Sojabauern in Paraná"); a small
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
        "Deputies in Leonardtown and Lexington Park searched the woods. Lawmakers in "
        "California passed a water bill.",
        id="en-us-maryland-towns",
    ),
    pytest.param(
        "en",
        "Wyoming",
        "US",
        "Schools in Kentwood and Grandville closed early. Ranchers in Wyoming sold fewer "
        "cattle this year.",
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
        "Die Polizei in Marshalltown und Ames ermittelt. Ein Lkw-Fahrer aus Nevada wurde verletzt.",
        id="de-us-iowa-towns",
    ),
    pytest.param(
        "de",
        "Wyoming",
        "US",
        "Schulen in Kentwood und Grandville schlossen früher. Viehzüchter in Wyoming "
        "verkauften weniger Rinder.",
        id="de-us-michigan-towns",
    ),
    pytest.param(
        "en",
        "Oregon",
        "US",
        "Crews in Maumee and Sylvania cleared the roads. Wildfires in Oregon burned two "
        "thousand acres.",
        id="en-us-ohio-towns",
    ),
    pytest.param(
        "de",
        "Oregon",
        "US",
        "Einsatzkräfte in Maumee und Sylvania räumten die Straßen. In Oregon brannten "
        "zweitausend Hektar Wald.",
        id="de-us-ohio-towns",
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
        "In Uruapan und Zamora streikten die Lehrer. In Morelos genossen Touristen das Wochenende.",
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


# B. A town named like a country or a state, told by words only a municipality has

# (language, the name, its country or None for any, its admin-1 code or None, the article)
MUNICIPAL = [
    pytest.param(
        "en",
        "Jordan",
        None,
        None,
        "The Jordan City Council approved the budget on Tuesday. Teachers at Jordan Middle "
        "School asked for more money.",
        id="en-city-council",
    ),
    pytest.param(
        "en",
        "Lebanon",
        "US",
        None,
        "Students of the Lebanon High School raised money for the library. The Lebanon Fire "
        "Department thanked them.",
        id="en-high-school",
    ),
    pytest.param(
        "en",
        "Palestine",
        "US",
        "TX",
        "The mayor of Palestine said the county would help. Crews from Tyler worked overnight.",
        id="en-mayor-of",
    ),
    pytest.param(
        "de",
        "Jordan",
        "US",
        "MN",
        "Der Bürgermeister von Jordan sagte, die Stadt werde helfen. Auch in Shakopee und "
        "Prior Lake gab es Schäden.",
        id="de-buergermeister-von",
    ),
    pytest.param(
        "de",
        "Lebanon",
        "US",
        "PA",
        "Der Stadtrat von Lebanon hat am Dienstag den Haushalt beschlossen. In Hershey und "
        "Palmyra gab es Kritik.",
        id="de-stadtrat-von",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "admin1", "text"), MUNICIPAL)
def test_a_municipal_word_makes_the_name_a_town(lang, mention, cc, admin1, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert c.kind == "city", (c.name, c.kind, c.country_code)
    if cc is not None:
        assert c.country_code == cc, (c.name, c.country_code, c.admin1)
    if admin1 is not None:
        assert c.admin1 == admin1, (c.name, c.country_code, c.admin1)


# without such a word, or with a word a country has too, the country stays
COUNTRIES = [
    pytest.param("en", "Jordan", "JO", "The mayor of Amman said Jordan would close the border."),
    pytest.param("en", "Lebanon", "LB", "Lebanon police arrested two men near Beirut."),
    pytest.param(
        "en",
        "Jordan",
        "JO",
        "Jordan's government thanked the Lebanon High School "
        "choir from Pennsylvania for its visit.",
    ),
    pytest.param(
        "de", "Jordanien", "JO", "Der Bürgermeister von Amman sagte, Jordanien schließe die Grenze."
    ),
    pytest.param("en", "Paris", "FR", "The mayor of Paris said the Seine would be cleaned."),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), COUNTRIES)
def test_the_country_stays_without_a_municipal_word(lang, mention, cc, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert c.country_code == cc, (c.name, c.kind, c.country_code)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Jordan will hire two more officers next year. The Jordan City Council approved "
            "the budget on Tuesday, and Jordan residents may comment until May.",
        ),
        (
            "de",
            "Lebanon stellt zwei neue Lehrer ein. Der Bürgermeister von Lebanon lobte die "
            "Schulen in Hershey.",
        ),
    ],
)
def test_the_municipal_word_holds_for_the_whole_article(lang, text, gaz):
    places = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    kinds = {p.kind for p in places if p.mention in ("Jordan", "Lebanon")}
    assert kinds == {"city"}, [(p.mention, p.name, p.kind) for p in places]
