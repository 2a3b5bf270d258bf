"""Another name of a small town in several words, no phrase of the language, stands with a
place cue in an article on the town's country (session 19, issues 21, 15, 20).

English text drops a name that only a small town's other name bears ("Washington Square"
is no Franklin Square, New York, once so called); since session 13 a single word that is
no word of the language stood after all with a place cue in an article naming the town's
country ("near Zalingei"). Towns of Somalia, Sudan and Liberia are written in several
words under spellings GeoNames keeps only as other names ("Abu Gubeiha" for Abu Jibeha,
"Gbarnga City"): the rule now takes names of up to ``Weights.other_name_max_words`` words
whose phrase is as rare (wordfreq Zipf under ``Weights.other_name_max_zipf``); a phrase
of common words ("Kanawha City", Zipf 2.6) stays another place's name. Places other
than the corpus article that showed the class."""

from __future__ import annotations

import pytest

from tests.support.names import name_places

# (lang, text, the name, the country code it must be read in, or None: no place)
ROWS = [
    (
        "en",
        "Sudanese troops clashed with rebels outside Abu Gubeiha on Sunday.",
        "Abu Gubeiha",
        "SD",
    ),
    ("en", "Fighting was reported near Ad Dalanj in Sudan on Friday.", "Ad Dalanj", "SD"),
    (
        "en",
        "Police in Liberia said protesters gathered in Gbarnga City on Sunday.",
        "Gbarnga City",
        "LR",
    ),
    # German keeps small towns' other names as before
    (
        "de",
        "Die Polizei in Liberia meldete am Sonntag Proteste in Gbarnga City.",
        "Gbarnga City",
        "LR",
    ),
    # guard: a phrase of common words that only a small town's other name bears
    (
        "en",
        "Officials in Kanawha City, in the United States, said on Monday the road was closed.",
        "Kanawha City",
        None,
    ),
]


@pytest.mark.parametrize(("lang", "text", "name", "cc"), ROWS)
def test_a_small_town_s_other_name_of_several_words(gaz, lang, text, name, cc):
    at = text.index(name)
    got = [p for p in name_places(text, lang, gaz) if p.start <= at < p.end]
    if cc is None:
        assert not got, f"{name} read as {got[0].name} ({got[0].country_code})"
        return
    assert got, f"{name} not read as a place"
    assert got[0].country_code == cc, f"{name} read as {got[0].name} ({got[0].country_code})"
