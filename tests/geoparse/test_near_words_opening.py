"""Issue 15, session 16: a capitalised word that says where a town lies, opening an English
sentence before the town's name (``Neighbouring <B>``, ``Adjacent <B>``: lexicon
``near_words`` of ``places_en.toml``), is no given name before a surname and no part of a
longer name: the town is found, and found again where it recurs ("a trader in <B> said").

The sentences are this file's own (Kenya, Ghana, Chile, Poland, Vietnam); none is from a
corpus article.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (text, the town that must be found); without ``near_words`` four of this file's six tests fail
FOUND = (
    ("Floods hit Kisumu on Monday. Neighbouring Maseno lost its bridge.", "Maseno"),
    ("Storms hit Tamale. Neighboring Savelugu, some 25 km to the north, lost power.", "Savelugu"),
    ("Rain fell on Temuco. Adjacent Padre Las Casas opened two shelters.", "Padre Las Casas"),
    ("Fog closed Gdansk airport. Neighbouring Sopot cancelled its concert.", "Sopot"),
    ("Storms hit Hue. Nearby Dong Ha lost power.", "Dong Ha"),
)
#: (text, the town that must be found where it recurs after the opening)
RECURS = (
    (
        'Rain fell in the west. Neighbouring Maseno opened two shelters. "The road is gone," '
        "a trader in Maseno said.",
        "Maseno",
    ),
)


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="en"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "town"), FOUND)
def test_town_after_near_word_is_found(gaz, text: str, town: str) -> None:
    assert town in _names(text, gaz), text


@pytest.mark.parametrize(("text", "town"), RECURS)
def test_town_is_found_where_it_recurs(gaz, text: str, town: str) -> None:
    assert _names(text, gaz).count(town) == 2, text
