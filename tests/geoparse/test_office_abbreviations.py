"""Issue 21, session 12 (second round): an office's abbreviated title with its full stop
("Gov.", "Sen.", "Rep.", "Dr.") before one word names a person, even where a country, a
first-order region or a national capital bears the word ("Gov. Santiago"): no pageant
or adjective is abbreviated so. A saint's abbreviation opens a place's name ("St. Paris"),
and an unabbreviated title before a region keeps the region ("Miss Ohio").

The names are capitals and regions of GeoNames; the wordings are this file's own.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (sentence, the person's one-word name, the sentence's own place)
TITLED = (
    ("Gov. Santiago spoke to reporters in Tucson on Tuesday.", "Santiago", "Tucson"),
    ("Sen. Lima voted against the bill in Albany.", "Lima", "Albany"),
    ("Rep. Georgia met farmers near Fresno on Friday.", "Georgia", "Fresno"),
    ("Dr. Quito treated the injured in Lagos.", "Quito", "Lagos"),
)
#: sentences whose title keeps its place
PLACES = (
    ("St. Paris lies in western Ohio.", "St. Paris"),
    ("Miss Ohio won the crown in Atlantic City.", "Ohio"),
    ("Major Mich. utilities raised prices in Detroit.", "Detroit"),
)


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="en"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "person", "place"), TITLED)
def test_a_word_after_an_office_abbreviation_is_a_person(gaz, text, person, place) -> None:
    names = _names(text, gaz)
    assert person not in names
    assert place in names


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_a_saint_or_an_unabbreviated_title_keeps_the_place(gaz, text, place) -> None:
    assert place in _names(text, gaz)
