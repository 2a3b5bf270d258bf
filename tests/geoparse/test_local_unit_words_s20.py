"""Issue 21, session 20 (round 2): the local generic words GeoNames' other names of
first-level units end on, lower case after the name (Kazakh "oblysy", Latvian
"novads", Belarusian "voblasć"), select the unit as "oblast" does (``[unit_words]`` of
``places_{en,de}.toml``). Before, the bare name went to the unit's seat town or to
nothing. The words are this file's own, none from the probe rows; the town rows pass
before and after.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (lang, text, the word, the kind it must be read as)
ROWS = (
    ("en", "Atyraū oblysy: Situation remains tense.", "Atyraū", "admin1"),
    ("en", "The council of Mārupes novads met on Monday.", "Mārupes", "admin1"),
    ("de", "Die Behörden in Atyraū oblysy meldeten Schäden.", "Atyraū", "admin1"),
    # the seat town named alone stays the town
    ("en", "Officials in Atyrau said the road was closed.", "Atyrau", "city"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "word", "kind"), ROWS)
def test_local_unit_word(gaz, lang, text, word, kind) -> None:
    got = {p.mention: p.kind for p in name_places(text, lang, gaz)}
    assert got.get(word) == kind, got
