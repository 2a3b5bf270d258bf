"""An eighth set of resolution classes, each shown by sentences of our own in other places
and both languages (docs/geoparser.md, "Twelfth pass"). Other material only showed the
class; no sentence of it is here.

A. *An island named after its noun.* "the island of X", "die Insel X": where the name is
   both an island and the first-level region covering it (or a town), the noun names the
   island (lexicon ``feature_heads``, kind ``island``); without the noun the priors and
   the story decide as before.
"""

from __future__ import annotations

import pytest

from gazetteer import Candidate
from tests.geoparse.test_resolution_classes import _reading

# A. An island named after its noun

# (language, the mention, the article): the mention is the island
ISLAND_HEADS = [
    pytest.param(
        "en", "Sardinia", "The ferry reached the island of Sardinia at dawn.", id="en-island-of"
    ),
    pytest.param(
        "en", "Hokkaido", "Heavy snow fell on the island of Hokkaido overnight.", id="en-island-jp"
    ),
    pytest.param(
        "de", "Sardinien", "Die Fähre erreichte die Insel Sardinien am Morgen.", id="de-insel"
    ),
    pytest.param(
        "de", "Hokkaido", "Auf der Insel Hokkaido fiel in der Nacht viel Schnee.", id="de-insel-jp"
    ),
]


@pytest.mark.parametrize(("lang", "mention", "text"), ISLAND_HEADS)
def test_an_island_named_after_its_noun_is_the_island(gaz, lang, mention, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert c.kind == "island", (c.name, c.kind)


def test_a_region_named_after_its_noun_stays_the_region(gaz):
    """The island noun decides only where it is there: "the region of X" keeps the
    region."""
    c = _reading("The region of Sardinia approved a new budget.", "Sardinia", gaz, "en")
    assert c.kind == "admin1", (c.name, c.kind)
