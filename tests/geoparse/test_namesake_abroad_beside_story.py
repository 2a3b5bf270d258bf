"""A town and a far bigger namesake abroad: the article's setting goes to the town only
where the town lies beside the story's places (session 19, issues 15, 20, 21).

``_rank._dwarfed`` took the article's setting (country focus, proximity, the place named
before) from any town a world city of its name outnumbers a hundred times, even one a few
kilometres from the story's towns ("Perth, 20 km to the west" after two towns of Ontario
was Western Australia's capital); and a hamlet of a few hundred people in the story's
country outranked a regional city of its name abroad, which no world city dwarfs.
``_rank._beside_the_story`` gives the setting back to a town within
``Weights.dwarf_near_km`` of a place the article surely names in a country of the story
(a hamlet, under ``Weights.hamlet``, within ``Weights.hamlet_near_km``), and
``_rank._outnumbered_abroad`` lets a city of ``Weights.small_town`` or more bearing the
word as its own name outnumber a namesake as a world city does. Places other than the
corpus articles that showed the class."""

from __future__ import annotations

import pytest

from tests.support.names import name_places

# (lang, text, the name, the country codes a right reading may have)
ROWS = [
    # a town beside the story's places keeps them against a world city abroad
    (
        "en",
        "Snow closed schools in Ottawa and Smiths Falls on Monday. Perth, 20 km to the west, "
        "lost power.",
        "Perth",
        {"CA"},
    ),
    (
        "de",
        "Schnee legte am Montag Ottawa und Smiths Falls lahm. In Perth, 20 Kilometer weiter "
        "westlich, fiel der Strom aus.",
        "Perth",
        {"CA"},
    ),
    # a hamlet of the story's country far from its places is no regional city's namesake
    ("de", "Der Zug aus Hamburg und Bremen erreichte am Abend Brest.", "Brest", {"BY", "FR"}),
    (
        "en",
        "Officials in Houston and Dallas said a delegation from Darmstadt would visit next week.",
        "Darmstadt",
        {"DE"},
    ),
    # guards: a hamlet beside the story's town, a world city far from the story's places
    ("en", "Officials in Evansville said Darmstadt was flooded on Monday.", "Darmstadt", {"US"}),
    ("en", "Officials in Houston and Dallas said prices in Lima fell.", "Lima", {"PE"}),
    ("en", "Prices in Casablanca and Rabat rose on Monday.", "Casablanca", {"MA"}),
    (
        "en",
        "Wildfires forced evacuations in Valparaíso and Viña del Mar on Tuesday. In Casablanca, "
        "some 40 km inland, firefighters fought the flames overnight.",
        "Casablanca",
        {"CL"},
    ),
]


@pytest.mark.parametrize(("lang", "text", "name", "ccs"), ROWS)
def test_a_namesake_abroad_and_the_story_s_setting(gaz, lang, text, name, ccs):
    at = text.rindex(name)
    got = [p for p in name_places(text, lang, gaz) if p.start == at]
    assert got, f"{name} not read as a place"
    assert got[0].country_code in ccs, f"{name} read as {got[0].name} ({got[0].country_code})"
