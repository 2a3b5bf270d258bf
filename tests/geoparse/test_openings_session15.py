"""Issue 21, session 15: an English common word opening a sentence or standing in a
title-cased line is the word, not a small town of the name.

A word the English lexicon (LemmInflect) holds as a noun, verb, adjective or adverb,
frequent enough (Zipf 3.0 or more), capitalised only because it opens its sentence or
stands in a headline line above its body, whose readings are all towns under 100,000
people, is no place unless a place cue stands by it or the article names a reading's
country or a place near one. A name no lexicon holds ("Decatur"), a word after a place
preposition, a word opening a longer name ("Mayo County Council") and a town in an
article about its country stay places. The words are this file's own: none is in the
dev probe lists ``probe_words_en.csv`` or ``probe_words_en15.csv``.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (text, the word that must be no place)
WORDS = (
    ("Steep climbs await the riders on the third stage, organisers said.", "Steep"),
    ("Sober drivers were waved through at the checkpoint.", "Sober"),
    ("Lively debate followed the vote on Monday.", "Lively"),
    ("Scenic routes attract many cyclists in summer.", "Scenic"),
    ("Fertile soil is the region's main asset, farmers said.", "Fertile"),
    ("Prosperous years ended with the crisis.", "Prosperous"),
    ("Tasty Treats Draw Crowds To Fair\nVisitors queued for hours on Saturday.", "Tasty"),
    ("Peculiar Noises Alarm Residents\nPolice were called on Monday.", "Peculiar"),
)
#: (text, the places that stay)
PLACES = (
    ("Police in Scenic said the road was closed.", ("Scenic",)),
    ("The bus to Midway was late on Monday.", ("Midway",)),
    ("Decatur lights up downtown for the holidays.", ("Decatur",)),
    ("Mayo County Council said the pier would reopen.", ("Mayo",)),
    ("Bend was hit by snow on Monday. Oregon officials said roads were closed.",
     ("Bend", "Oregon")),
)  # fmt: skip


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="en"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "word"), WORDS)
def test_common_word_opening_a_sentence_or_headline_is_no_place(gaz, text, word) -> None:
    assert not any(word in n for n in _names(text, gaz))


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_names_and_cued_towns_stay_places(gaz, text, places) -> None:
    names = _names(text, gaz)
    for place in places:
        assert any(n.startswith(place) for n in names), (place, names)
