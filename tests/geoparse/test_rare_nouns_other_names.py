"""Issue 21, session 17: a rare German noun form (wordfreq Zipf under 2) that only small
towns bear as another name ("Makrone" for Makron, "Kaldera" for Caldera) is in the rarer
noun list (``nouns_de_rare.csv``, built by ``scripts/build_wordlists.py``), so the
grammar around it reads it as the noun: a list, an adverb opening a verbless line, a
noun phrase before a verb. Before, only rare forms a town bore as its own name were
listed, and such a form was the town wherever no place cue stood by it.

The rarer list is no evidence alone: after a place preposition a town that bears the
word, or a German exonym, stays the town. The words are this file's own: none is in
the dev probe lists of ``benchmarks/material/``.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (text, the noun that must be no place): each was read as a small town before
NOUNS = (
    ("Auch Makrone betroffen", "Makrone"),
    ("Es gab Soljanka und Kuchen für alle.", "Soljanka"),
    ("Gestern wurden am Markt Korinthe verkauft, sagte eine Sprecherin.", "Korinthe"),
    ("Auch Kaldera betroffen", "Kaldera"),
    ("Es gab Tombak und Messing im Angebot.", "Tombak"),
    ("Gestern wurden am Markt Coltan verkauft, sagte eine Sprecherin.", "Coltan"),
    ("Auch Welwitschia betroffen", "Welwitschia"),
    ("Es gab Jabot und Kragen zu sehen.", "Jabot"),
)
#: (text, the place that stays): after a place preposition
PLACES = (
    ("Er wohnt seit Jahren in Ötz.", "Ötz"),
    ("Die Feuerwehr in Mugeln rückte am Montag aus.", "Mugeln"),
)


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="de"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "word"), NOUNS)
def test_rare_noun_is_no_place(gaz, text: str, word: str) -> None:
    assert word not in _names(text, gaz), text


@pytest.mark.parametrize(("text", "word"), PLACES)
def test_town_after_preposition_stays(gaz, text: str, word: str) -> None:
    assert word in _names(text, gaz), text
