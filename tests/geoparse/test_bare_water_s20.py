"""Issue 21, session 20 (round 2): a lake's or river's bare name, no article, that only
foreign villages share (``_rank._bare_water_floor``).

News often writes a water body's name alone in a headline or a topic ("Onega: ...",
"Das Thema Drina ..."); the missing article used to hand it to a village of its name.
Where every town reading is a village below ``weak_population`` outside the text's
home countries, no place preposition or town cue stands before the name, and the
look-up ranks the water ahead, the water keeps the name. The words are this file's
own, none from the probe rows. The English water rows read the village before; the
German river row (its German name, tagged so) and the town rows pass before and after.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (lang, text, the word, the kind it must be read as)
ROWS = (
    ("en", "Onega: Water levels keep rising, experts warn.", "Onega", "lake"),
    ("en", "Volga: Water levels keep rising, experts warn.", "Volga", "river"),
    ("de", "Wolga: Der Pegel steigt weiter, warnen Fachleute.", "Wolga", "river"),
    # a place preposition before the bare name: the village
    ("en", "Officials in Onega said the road was closed.", "Onega", "city"),
    ("en", "The mayor of Volga resigned on Monday.", "Volga", "city"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "word", "kind"), ROWS)
def test_bare_water_name(gaz, lang, text, word, kind) -> None:
    got = {p.mention: p.kind for p in name_places(text, lang, gaz)}
    assert got.get(word) == kind, got
