"""Issue 21, session 15: a German common noun fronted before a verb and an impersonal
subject ("X gibt es kaum noch", "X sieht man selten") is the noun, not a village.

German puts the subject after the finite verb when something else opens the sentence;
"es" or "man" right after the verb is that subject, so the word opening the sentence is
the fronted object. A town's name opens a sentence as its subject ("X gibt sich
gelassen") and stays a place there and after a place preposition. The nouns are this
file's own: none is in the dev probe lists of ``benchmarks/material/``.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (text, the noun that must be no place)
NOUNS = (
    ("Lummen gibt es in dem Teich kaum noch, sagte der Förster.", "Lummen"),
    ("Sambas hört man dort jeden Abend, sagte die Wirtin.", "Sambas"),
    ("Marmore braucht es für die Fassade nicht, sagte der Architekt.", "Marmore"),
    ("Quiches gibt es am Stand nur samstags.", "Quiches"),
)
#: (text, the place that stays)
PLACES = (
    ("Leezen gibt sich vor der Wahl gelassen.", "Leezen"),
    ("Die Feuerwehr in Leezen rückte am Montag aus.", "Leezen"),
    ("Hamburg gibt es seit über tausend Jahren.", "Hamburg"),
)


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="de"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "noun"), NOUNS)
def test_noun_fronted_before_an_impersonal_subject_is_no_place(gaz, text, noun) -> None:
    assert noun not in _names(text, gaz)


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_town_opening_its_sentence_as_subject_stays_a_place(gaz, text, place) -> None:
    assert place in _names(text, gaz)
