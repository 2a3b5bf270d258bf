"""A town after a sentence-opening ``Bei`` (issue 21, session 20, round 3).

``Bei`` is a given name (``first_names.csv``) and a place preposition; opening a
sentence before a capitalised word it looked like a person's name, and a town there
was kept only when it needs no cue (``weak_population``). The verb in second place
tells them apart: a plural finite verb (``lieferten``, ``wurden``) agrees with no single
person before it, and a verb with ``es`` after it (``kam es zu``) has its subject
there, so the opening phrase is the preposition's and the town is read. A singular
verb with an object after it keeps the person; a noun after ``Bei`` stays a noun.
The rows are this file's own wording.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (text, the word, its country or None for no place)
ROWS = (
    ("Bei Slowjansk lieferten sich beide Armeen heftige Gefechte.", "Slowjansk", "UA"),
    ("Bei Kupjansk wurden drei Soldaten verwundet.", "Kupjansk", "UA"),
    ("Bei Meißen kam es am Morgen zu einem Zugunglück.", "Meißen", "DE"),
    # a person: a singular verb and its object
    ("Bei Silva traf am Montag den Minister.", "Silva", None),
    # nouns after the preposition stay nouns
    ("Bei Tagesanbruch griffen die Truppen erneut an.", "Tagesanbruch", None),
    ("Bei Glatteis kam es zu mehreren Unfällen.", "Glatteis", None),
)  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), ROWS)
def test_opening_bei(gaz, text, word, country) -> None:
    got = {p.mention: p.country_code for p in name_places(text, "de", gaz)}
    if country is None:
        assert word not in got, got
    else:
        assert got.get(word) == country, got
