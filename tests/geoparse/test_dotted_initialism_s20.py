"""Issue 21, session 20 (round 2): a dotted initialism of three letters or more that
the lexicon's abbreviation table lacks is read by its letters written together, where
the gazetteer holds a country or a first-level region so
(``_mentions._dotted_initialism_spans``). A lone capital started no name, so such a
country was lost. A person's initials before a name and initials that name no country
stay no place. The country row failed before; the other rows pass before and after.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_mentions

#: (text, places that must be found, words that must be no place)
ROWS = (
    ("The P.R.C. protested against the visit.", ("P.R.C.",), ()),
    ("J.F.K. spoke in Dallas.", ("Dallas",), ("J.F.K.",)),
    ("The C.I.A. said nothing.", (), ("C.I.A.",)),
)  # fmt: skip


@pytest.mark.parametrize(("text", "places", "nouns"), ROWS)
def test_dotted_initialism(gaz, text, places, nouns) -> None:
    got = name_mentions(text, "en", gaz)
    assert all(p in got for p in places), got
    assert not any(n in g for n in nouns for g in got), got
