"""Issue 15 (session 13, round 2): one word right after an office only a town or a
first-level region has (``the mayor of``, ``the governor of``: the places lexicon's
``[municipal_words]`` and ``[region_office_words]``) or after a dweller's noun (``a
resident of``: ``[dweller_words]``) is where the office is held or they live, whatever
the town's size, not the office holder's name, even before a verb of saying. Other titles
with ``of`` keep their reading (``Secretary of Defense`` names no town), and a holder's
name set off after the place stays a person's.

The towns are GeoNames towns of a few tens of thousands people; the wordings are this
file's own.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (sentence, the town after the office)
OFFICE_TOWNS = (
    ("The mayor of Kiffa said the road to Néma was cut.", "Kiffa"),
    ("The mayor of Suwałki told reporters that no help had come.", "Suwałki"),
    ("The mayor of Kayes said the river was still rising.", "Kayes"),
    ("Flooding hit homes, the mayor of Tarakan said on Monday.", "Tarakan"),
    ("The governor of Dosso told reporters on Tuesday that aid was late.", "Dosso"),
    # a dweller's noun (lexicon [dweller_words]): where they live
    ('"The water came at night," said Awa Diallo, a resident of Kayes.', "Kayes"),
    ("A native of Tarakan, she said the port had flooded twice this year.", "Tarakan"),
    ('"We are 60 km from Nadi," a resident of Lautoka said.', "Lautoka"),
)


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="en"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "town"), OFFICE_TOWNS)
def test_a_word_after_a_town_office_is_its_place(gaz, text, town) -> None:
    assert town in _names(text, gaz)


def test_other_titles_name_no_town(gaz) -> None:
    """``Secretary of Defense`` holds no town's name; the office's word is no place."""
    assert "Defense" not in _names("Secretary of Defense Lloyd Austin said on Monday.", gaz)


def test_the_holder_set_off_after_the_place_stays_a_person(gaz) -> None:
    """``the mayor of <Town>, <Given> <Surname>, said``: the town is the office's, the name
    set off after it the holder's, not a place."""
    names = _names("The mayor of Kiffa, Mohamed Salem, said the roads were open.", gaz)
    assert "Kiffa" in names
    assert "Mohamed" not in names and "Salem" not in names
