"""A region named like its seat and the seat itself in one sentence keep their own
senses (session 18, probe ``towns18``, issues 15 and 20).

``Das Dorf X in R liegt 140 Kilometer von R entfernt``: the first R holds the town before
it and is the region (``_rank._region_after_town``); the second is the distance's
reference, the seat. The ranking memo had given the second mention the first one's
scores (the key lacked the mention's own base scores) and one sense per article then
carried the region over; the region a town before it settles is now that mention's own
sense, as a container's reading is. ``the road to R in R``: the seat named before its
own name is held by the region of that name (a place does not lie in itself)."""

from __future__ import annotations

import pytest

from tests.support.names import name_places

# (lang, text, the name, the kinds of its mentions in order)
ROWS = [
    # wrong before
    (
        "de",
        "Das Dorf Koutiala in Sikasso liegt etwa 140 Kilometer von Sikasso entfernt.",
        "Sikasso",
        ["admin1", "city"],
    ),
    (
        "de",
        "Das Dorf Touggourt in Ouargla liegt etwa 160 Kilometer von Ouargla entfernt.",
        "Ouargla",
        ["admin1", "city"],
    ),
    (
        "en",
        "Koutiala is roughly 140 km from Sikasso in Sikasso, Mali, officials said.",
        "Sikasso",
        ["city", "admin1"],
    ),
    ("en", "Markala is about 35 km from Ségou in Ségou, Mali.", "Ségou", ["city", "admin1"]),
    # right before, and kept: a bare name twice, a unit word
    ("en", "Police in Sikasso said the market in Sikasso had burned.", "Sikasso", ["city", "city"]),
    (
        "de",
        "In Kerman in der Provinz Kerman bebte die Erde; Kerman liegt 180 Kilometer von Bam.",
        "Kerman",
        ["city", "admin1", "city"],
    ),
]


@pytest.mark.parametrize(("lang", "text", "name", "kinds"), ROWS)
def test_region_and_its_seat_in_one_sentence(gaz, lang, text, name, kinds):
    got = [p.kind for p in name_places(text, lang, gaz) if p.mention == name]
    assert got == kinds
