"""Issue 21, session 21: an English name followed by lower-case area words ("the Amazon
basin", "the Gulf monarchies", "the Caribbean islands") is the area the gazetteer holds
under that very name, lower-case word and all (``area_words`` of ``places_en.toml``,
``_mentions._area_word_spans``); the name before the words alone would read the river,
the gulf or the sea of its own. A capitalised feature name written with a lower-case
head ("the Swat valley") keeps its own rule, and a name with a generic word the
gazetteer holds no name of stays what it was.

The names are this file's own, none from the probe rows. The area rows read the bare
name's namesake (or nothing) before; the guards read the same before and after.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (text, the mention, the reading's name)
AREAS = (
    ("Logging in the Amazon basin rose again.", "Amazon basin", "Amazon rainforest"),
    ("Ministers of the Gulf monarchies met on Monday.", "Gulf monarchies", "Gulf states"),
    ("Storms crossed the Caribbean islands overnight.", "Caribbean islands", "Caribbean islands"),
    ("Snow fell on the Aragats massif.", "Aragats massif", "Mount Aragats"),
)  # fmt: skip
#: (text, the mention, the reading's name): read as before
GUARDS = (
    ("Ships crossed the Pacific on Monday.", "Pacific", "Pacific Ocean"),
    ("Rain fell across the Atlantic coast.", "Atlantic", "Atlantic Ocean"),
    ("African nations met in Accra.", "Accra", "Accra"),
)  # fmt: skip


def _read(text: str, gaz) -> dict[str, str]:
    return {text[p.start : p.end]: p.name for p in name_places(text, "en", gaz)}


@pytest.mark.parametrize(("text", "mention", "name"), AREAS + GUARDS)
def test_the_area_is_read_whole(gaz, text, mention, name) -> None:
    got = _read(text, gaz)
    assert got.get(mention) == name, got
