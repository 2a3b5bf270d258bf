"""A lower-case river word after a name (docs/geoparser.md, "A lower-case river word"):
"the Tana river" is the gazetteer's "Tana River", not Antananarivo (whose short name is
Tana), and the same holds on other continents; a name with a river reading of its own
stays that river. Sentences of our own."""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _places(text: str, gaz):
    return [p for p in resolve_document(read_text(text, lang="en"), gaz) if p.role == "name"]


@pytest.mark.parametrize(
    ("text", "mention", "cc"),
    [
        ("Boats capsized on the Tana river on Monday.", "Tana river", "KE"),
        ("Farmers along the Orange river lost sheep.", "Orange river", "ZA"),
        ("Salmon returned to the Fraser river this year.", "Fraser river", "CA"),
        ("The Snake river flooded a highway.", "Snake river", "US"),
    ],
)
def test_a_river_word_after_a_name_makes_it_the_river(gaz, text, mention, cc):
    found = [p for p in _places(text, gaz) if p.mention == mention]
    assert [(p.kind, p.country_code) for p in found] == [("river", cc)]


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Police said the Amur river froze early.", "Amur", "Amur"),
        ("Fishermen on the Mekong river were warned.", "Mekong", "Mekong"),
    ],
)
def test_a_name_with_its_own_river_reading_keeps_it(gaz, text, mention, name):
    found = [p for p in _places(text, gaz) if p.kind == "river"]
    assert [(p.mention, p.name) for p in found] == [(mention, name)]


def test_rivers_in_a_list_ask_nothing(gaz):
    places = _places("The Indus and Ganges rivers rose after the rains.", gaz)
    assert all(not p.mention.endswith("rivers") for p in places)
