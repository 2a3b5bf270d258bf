"""Issue 21, session 14 round 2: English given names before a verb of saying.

A given name alone right before "said", "told" (opening its sentence, or after a comma,
a quotation mark or a dash), and the given names coordinated with it ("X and Y said",
"X, Y and Z said"), are the speakers, however big a town bearing one. A country, a
region or a national capital still speaks for its government, a list whose every name a
big town bears stays the towns', and a name after a preposition ("the mayor of X said",
"officials in X said") stays the place. The names are this file's own: none is in
``benchmarks/material/probe_given_en.csv`` (the dev probe ``probes6``).
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (text, the given names that must be no place, the text's own place)
SPEAKERS = (
    ("Tyler said the vote in Leeds was fair.", ("Tyler",), "Leeds"),
    ('"It is over," Florence told reporters in Leeds.', ("Florence",), "Leeds"),
    ("Lincoln and Hattie told reporters in Leeds they had left.", ("Lincoln", "Hattie"),
     "Leeds"),
    ("In Leeds, Marion and Otis said the shop had closed.", ("Marion", "Otis"), "Leeds"),
    ("Sherman, Ada and Clyde said in Leeds they would stay.", ("Sherman", "Ada", "Clyde"),
     "Leeds"),
)  # fmt: skip
#: (text, the places that stay)
PLACES = (
    ("The mayor of Tyler said the vote in Leeds was fair.", ("Tyler", "Leeds")),
    ("Tyler and Lincoln said the vote was fair.", ("Tyler", "Lincoln")),
    ("Kenya said the talks in Leeds had failed.", ("Kenya", "Leeds")),
    ("Officials in Florence said the museum in Leeds was closed.", ("Florence", "Leeds")),
    ("Residents of Marion and Lincoln said the roads were closed.", ("Marion", "Lincoln")),
)


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="en"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "people", "place"), SPEAKERS)
def test_given_names_before_a_verb_of_saying_are_the_speakers(gaz, text, people, place) -> None:
    names = _names(text, gaz)
    for person in people:
        assert person not in names, person
    assert place in names


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_places_before_a_verb_of_saying_stay_places(gaz, text, places) -> None:
    names = _names(text, gaz)
    for place in places:
        assert place in names, place
