"""A town in the German s-genitive before an organisation word (issue 21, session 20,
round 3).

``Universität``, ``Klinik``, ``Krankenhaus`` after a name make the pair an
organisation's name (``org_suffixes``: "the Harvard Bank", "Boston University"). German
writes a town that owns the thing in the genitive before it ("Xs Krankenhaus"), which
no organisation's name does ("Universität X", "Xer Klinik"), so the town is read there
as before any other noun. The rows are this file's own wording.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places

#: (text, the word, its country or None for no place)
ROWS = (
    ("Dnipros Krankenhaus nahm die Verletzten auf.", "Dnipros", "UA"),
    ("Salzburgs Universität schloss am Freitag.", "Salzburgs", "AT"),
    ("Rostocks Klinik meldete mehr Patienten.", "Rostocks", "DE"),
    # before any other noun, as before
    ("Rostocks Hafen war gesperrt.", "Rostocks", "DE"),
    # a town's adjective before the word stays unread
    ("Die Rostocker Klinik meldete mehr Patienten.", "Rostocker", None),
)  # fmt: skip


@pytest.mark.parametrize(("text", "word", "country"), ROWS)
def test_genitive_before_org_word(gaz, text, word, country) -> None:
    got = {p.mention: p.country_code for p in name_places(text, "de", gaz)}
    if country is None:
        assert word not in got, got
    else:
        assert got.get(word) == country, got
