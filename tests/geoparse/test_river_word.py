"""A river's own name ending in the river word names the river, not a region named after
it (docs/geoparser.md, "A river word in the name"): "Floods on the Tana River" is Kenya's
river, not the county that bears the same words; a town that bears the whole name stays
for the other cues to decide."""

from __future__ import annotations

import pytest

from geomap import analyze


def _reading(text: str, mention: str, lang: str = "en"):
    places = [p for p in analyze(text, lang=lang).places if p.mention == mention]
    assert places, f"{mention!r} not found in {text!r}"
    return places[0]


@pytest.mark.parametrize(
    "text",
    [
        "Floods on the Tana River cut off villages near Garsen, the Red Cross said.",
        "Herders crossed the Tana River with their cattle during the drought.",
    ],
)
def test_the_river_word_in_the_name_gives_the_river(text):
    place = _reading(text, "Tana River")
    assert place.kind == "river"
    assert place.country_code == "KE"


def test_a_region_word_after_the_name_keeps_the_region():
    place = _reading("The governor of Tana River County visited Hola on Monday.", "Tana River")
    assert place.kind != "river"
