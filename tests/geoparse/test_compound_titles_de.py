"""Issue 21, session 12 (second round): German writes a role as one word of a modifier
and a title ("Innenminister", "Wirtschaftsministerin", "Pressesprecherin",
"Landesbischof"), which no word list holds whole. The name after such a compound is a
person's as after the bare title, wherever the name recurs; the role's place in the
genitive stays a place ("Der Innenminister Bayerns").

The surnames are German nouns that GeoNames also holds as towns (Kali, Greece; Oma;
Kiel); the wordings are this file's own.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (text, the person's surname, the text's own place)
TITLED = (
    ("Innenminister Werner Kali kam am Montag nach Hamburg. Kali sagte, es sei ruhig.",
     "Kali", "Hamburg"),
    ("Wirtschaftsministerin Anna Oma reiste nach Leipzig. Oma sprach von Fortschritt.",
     "Oma", "Leipzig"),
    ("Die Pressesprecherin Lena Kiel sagte in Dresden, es gebe keine Gefahr.", "Kiel", "Dresden"),
)  # fmt: skip
#: (text, places the compound title must not hide)
PLACES = (
    ("Der Innenminister Bayerns reiste nach Nürnberg.", ("Bayerns", "Nürnberg")),
    ("Der Oberbürgermeister von Kiel eröffnete die Messe in Rostock.", ("Kiel", "Rostock")),
)


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="de"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "person", "place"), TITLED)
def test_a_name_after_a_compound_title_is_a_person(gaz, text, person, place) -> None:
    names = _names(text, gaz)
    assert person not in names
    assert place in names


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_a_compound_title_keeps_the_places_of_its_sentence(gaz, text, places) -> None:
    names = _names(text, gaz)
    for place in places:
        assert place in names
