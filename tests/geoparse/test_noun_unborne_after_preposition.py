"""Issue 21, session 16: a German common noun after a place preposition whose only
readings are small towns that do not bear the word as written ("in Kürze" for Cursi,
"in Freiheit" for Svoboda nad Úpou, "aus Gras" for Grasse) is the noun of a fixed
phrase, unless the article names a reading's country.

``_accept._noun_unborne``: a town named so ("in Linden"), a German exonym a source tags
or the curated table holds, a big town, a region or a country keep their reading. The
words are this file's own: none is in the dev probe lists of ``benchmarks/material/``.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (text, the noun that must be no place): each was read as a small town before
NOUNS = (
    ("Die Entscheidung falle in Kürze, sagte der Sprecher.", "Kürze"),
    ("Die Stadtwerke lagen in Kosten und Zeitplan im Rahmen.", "Kosten"),
    ("Die Häftlinge kamen in Freiheit.", "Freiheit"),
    ("Die Mauer ist aus Gras und Lehm.", "Gras"),
)
#: (text, the place that stays): the article names the town's country, or a town bears
#: the word as its own name
PLACES = (
    ("Die Polizei in Kosten (Polen) meldete am Montag einen Unfall.", "Kosten"),
    ("Die Konferenz in Krone (Polen) endete am Montag.", "Krone"),
    ("Er lebt seit Jahren in Linden.", "Linden"),
    ("Die Feuerwehr in Spangen rückte am Montag aus.", "Spangen"),
)


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="de"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "word"), NOUNS)
def test_noun_after_preposition_is_no_place(gaz, text: str, word: str) -> None:
    assert word not in _names(text, gaz), text


@pytest.mark.parametrize(("text", "word"), PLACES)
def test_place_stays(gaz, text: str, word: str) -> None:
    assert word in _names(text, gaz), text
