"""A tenth set of resolution classes, each shown by sentences of our own in other places
(docs/geoparser.md, "Fourteenth pass"). Other material only showed the class; no sentence
of it is here.

A. *A dateline votes once.* A capital-letter dateline of several words ("PUERTO LEMPIRA
   (AP)") places the story by its whole name; a word inside it that names a town
   elsewhere ("LEMPIRA", "ANGELES") casts no second dateline vote for that town's
   country, which would tie with the whole name's and hand a namesake the story.
"""

from __future__ import annotations

import pytest

from geomap.geoparse._resolve import WEIGHTS, build_context
from geomap.text import read_text
from tests.geoparse.test_resolution_classes import _reading

# A. A dateline votes once


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        pytest.param("en", "LOS ANGELES (AP) - Floods hit Temuco on Monday.", "los angeles", id="en"),
        pytest.param("en", "LA LIBERTAD, June 3 (Reuters) - Rain fell.", "la libertad", id="en-date"),
        pytest.param("de", "PUERTO LEMPIRA (dpa) - In Tela fiel der Strom aus.", "puerto lempira", id="de"),
    ],
)
def test_a_dateline_votes_by_its_whole_name(gaz, lang, text, name):
    ctx = build_context(read_text(text, lang=lang), gaz, None, WEIGHTS)
    voters = {k for k, v in ctx.focus_own.items() if v}
    assert voters == {name}, voters


@pytest.mark.parametrize(
    ("lang", "text", "mention", "cc"),
    [
        pytest.param(
            "en", "LA SERENA (AP) - Floods hit Coquimbo on Monday.", "LA SERENA", "CL", id="en"
        ),
        pytest.param(
            "de", "SAN JOSÉ (dpa) - In Cartago fiel der Strom aus.", "SAN JOSÉ", "CR", id="de"
        ),
    ],
)
def test_a_dateline_town_lies_by_the_story_s_places(gaz, lang, text, mention, cc):
    assert _reading(text, mention, gaz, lang).country_code == cc
