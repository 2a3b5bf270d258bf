"""Issue 21, session 15 round 2: a German plural noun in the dative after "Mit" opening
the sentence ("Mit Zangen allein ...") is the noun, not a small place of that name.

Opening a sentence, "mit" governs a thing or a means far more often than a town
(``opening_topic_prepositions`` of ``places_de.toml``); inside a sentence it stays a
place's cue ("die Partnerschaft mit X") as before, and a big town that is also a noun
("Essen") outweighs the noun. The words are this file's own: none is in the dev probe
lists of ``benchmarks/material/``.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (text, the noun that must be no place): rarer plural forms (``nouns_de_rare.csv``),
#: which alone are no evidence against a village; the first four were read as the
#: villages before
NOUNS = (
    ("Mit Spangen allein hält das Haar nicht.", "Spangen"),
    ("Mit Unken im Teich rechnet der Förster nicht.", "Unken"),
    ("Mit Alken kehrten die Vögel zurück.", "Alken"),
    ("Mit Grieben wird das Schmalz gewürzt.", "Grieben"),
    ("Mit Gräben allein hält man das Wasser nicht auf.", "Gräben"),
)
#: (text, the place that stays)
PLACES = (
    ("Die Feuerwehr in Spangen rückte am Montag aus.", "Spangen"),
    ("Die Partnerschaft mit Alken besteht seit dreißig Jahren.", "Alken"),
    ("Mit Essen hat Bochum eine lange Partnerschaft.", "Essen"),
    ("Mit Hamburg verbindet die Stadt ein alter Vertrag.", "Hamburg"),
)


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="de"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "word"), NOUNS)
def test_noun_after_opening_mit_is_no_place(gaz, text: str, word: str) -> None:
    assert word not in _names(text, gaz), text


@pytest.mark.parametrize(("text", "word"), PLACES)
def test_place_stays(gaz, text: str, word: str) -> None:
    assert word in _names(text, gaz), text
