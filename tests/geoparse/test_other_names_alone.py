"""Issue 21, session 15: a town's older or other name after a place preposition, in an
article that names no other place, is the town.

A small town's other name (a former name, an older romanisation: none in the
language's text but as the town's name) stood only with a place cue in an article
about the town's country, so that such a name in an article about somewhere else
("in Washington Square") is no town far away. An article that names no place at all
says nothing against the town: the name after a place preposition is read. In an
article about another country the rule stays. The names are this file's own: none is in
``benchmarks/material/`` or the gazetteer's curated exonyms.
"""

from __future__ import annotations

import pytest

from geomap.geometry import haversine_km
from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (text, the older name, the town's coordinates)
ALONE = (
    ("Her grandparents came from Chentabun, she said.", "Chentabun", (12.61, 102.10)),
    ("The convoy was stopped near Vucitern on Sunday.", "Vucitern", (42.82, 20.97)),
    ("He grew up in Odergem before the war.", "Odergem", (50.82, 4.43)),
)


def _places(text: str, gaz):
    return [p for p in resolve_document(read_text(text, lang="en"), gaz) if p.role == "name"]


@pytest.mark.parametrize(("text", "name", "where"), ALONE)
def test_other_name_after_a_preposition_alone_is_the_town(gaz, text, name, where) -> None:
    got = [p for p in _places(text, gaz) if text[p.start : p.end] == name]
    assert got, name
    assert haversine_km(got[0].lat, got[0].lon, *where) < 30


def test_other_name_in_an_article_about_another_country_stays_unread(gaz) -> None:
    text = "Police in Dallas, Texas, said a man from Vucitern was arrested."
    names = [text[p.start : p.end] for p in _places(text, gaz)]
    assert "Dallas" in names
    assert "Vucitern" not in names
