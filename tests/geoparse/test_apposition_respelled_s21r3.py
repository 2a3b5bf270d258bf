"""A town's other name opening its sentence before an apposition; a small town abroad by a
respelling of its other name (issue 21, session 21, round 3).

``X, a small town near the border, ...``, ``X, an hour's drive from Y, ...``: only a
place is a town or lies a drive from somewhere, so the apposition is a place cue as good
as a preposition before the name (``_accept._apposition_place``). A small town's other
name (a former or transliterated name the gazetteer keeps only as such) needed such a
cue, and an apposition was none unless its first word was the feature noun.

A small town abroad that bears the word only as another name spelt like its own (a
respelling) is no reading in an article whose countries are others: the article's own
town of that name is missing from the gazetteer (``_accept.RESPELLED_ABROAD``)."""

from __future__ import annotations

import pytest

from tests.support.names import name_mentions

# (language, text, the name that must be read)
READ = [
    # an apposition of a settlement noun after adjectives, or of a way there
    (
        "en",
        "Sudan's west is tense again. Zalingei, a small town near the border, was shelled.",
        "Zalingei",
    ),
    (
        "en",
        "Sudan's west is tense again. Zalingei, an hour's drive from the camps, was shelled.",
        "Zalingei",
    ),
    (
        "en",
        "Sudan's west is tense again. Zalingei, a three-hour drive from Nyala, was shelled.",
        "Zalingei",
    ),
    (
        "en",
        "Sudan's west is tense again. Aid reached Zalingei, a market town of the region, by truck.",
        "Zalingei",
    ),
    # the respelled other name in an article on its own country, or on no country
    ("en", "BAMAKO, Mali (AP) - Fighting broke out in Anderamboukane on Monday.", "Anderamboukane"),
    ("en", "Fighting broke out in Anderamboukane on Monday.", "Anderamboukane"),
]

# (language, text, the word that must not be read)
UNREAD = [
    # a respelling of a small town's other name abroad, the article on another country
    ("en", "ACCRA, Ghana (AP) - Fighting broke out in Anderamboukane on Monday.", "Anderamboukane"),
    (
        "en",
        "Ghana's army is stretched. Fighting broke out in Anderamboukane on Monday.",
        "Anderamboukane",
    ),
    ("en", "ACCRA, Ghana (AP) - Traders in Akridu sold their cocoa on Monday.", "Akridu"),
]


@pytest.mark.parametrize(("lang", "text", "name"), READ)
def test_read(gaz, lang, text, name):
    assert name in name_mentions(text, lang, gaz)


@pytest.mark.parametrize(("lang", "text", "name"), UNREAD)
def test_unread(gaz, lang, text, name):
    assert name not in name_mentions(text, lang, gaz)
