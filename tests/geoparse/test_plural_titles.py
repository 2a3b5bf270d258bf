"""Issue 21, session 12 (second round): a plural title names a list of people ("Sens.
Warren and Sanders"): every name of the list is a person's, not only the first, and the
abbreviated plural title itself is no place ("Sens." opening a text is not the French
town). A country, a first-order region or a big city alone in the list keeps its place,
as after a singular title; a list after "of" is the title's places ("the governors of X
and Y"), and a headline's capitalised words after a plural title list no people.

The names are towns that GeoNames holds (US, Kenya, New Zealand, Germany); the wordings
are this file's own.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (language, text, names that are people here, the text's own places)
LISTS = (
    ("en", "Sens. Warren and Sanders criticized the plan in Washington on Monday.",
     ("Sens", "Warren", "Sanders"), ("Washington",)),
    ("en", "Reps. Ocasio-Cortez, Omar and Tlaib wrote to the agency in Boston.",
     ("Reps", "Omar"), ("Boston",)),
    ("en", "Govs. Austin and Florence met in Denver on Tuesday.",
     ("Austin", "Florence"), ("Denver",)),
    ("en", "The justices Alito and Thomas dissented, the court in Richmond said.",
     ("Thomas",), ("Richmond",)),
    ("en", "Presidents Ramaphosa and Ruto met in Nairobi on Friday.", ("Ruto",), ("Nairobi",)),
    ("de", "Die Senatoren Chester und Sanders kritisierten den Plan in Hamburg.",
     ("Chester", "Sanders"), ("Hamburg",)),
)  # fmt: skip
#: (language, text, places a plural title must not hide)
PLACES = (
    ("en", "The governors of Texas and Oklahoma met in Dallas.", ("Texas", "Oklahoma", "Dallas")),
    ("en", "Ministers Marlborough and Napier spoke in Wellington.", ("Marlborough", "Wellington")),
    ("en", "Senators from Ohio and Michigan met in Toledo.", ("Ohio", "Michigan", "Toledo")),
    ("de", "Die Ministerinnen aus Bayern und Sachsen trafen sich in Leipzig.",
     ("Bayern", "Sachsen", "Leipzig")),
    ("en", "Sens. Warren and Sanders visited Paris and Lyon last week.", ("Paris", "Lyon")),
    # a party's letter and a place after a comma are no further name of the list
    ("en", "Co-chairs Sen. Ann Ruiz, R-Cedar Falls, and Rep. Tom Hale, D-Grand Junction, spoke.",
     ("Cedar Falls", "Grand Junction")),
    ("en", "Co-chairs Sen. Ann Ruiz, R-Cedar Falls and Rep. Tom Hale opened the hearing.",
     ("Cedar Falls",)),
)  # fmt: skip


def _names(text: str, gaz, lang: str) -> list[str]:
    ps = resolve_document(read_text(text, lang=lang), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("lang", "text", "people", "places"), LISTS)
def test_every_name_after_a_plural_title_is_a_person(gaz, lang, text, people, places) -> None:
    names = _names(text, gaz, lang)
    for person in people:
        assert person not in names
    for place in places:
        assert place in names


@pytest.mark.parametrize(("lang", "text", "places"), PLACES)
def test_a_plural_title_keeps_the_places_of_its_sentence(gaz, lang, text, places) -> None:
    names = _names(text, gaz, lang)
    for place in places:
        assert place in names
