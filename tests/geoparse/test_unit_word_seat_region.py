"""A unit word beside a region named like its capital settles the region (session 18,
probe ``towns18``, issues 15 and 20).

``a town in Oran province``, ``in der Provinz X``: the word names the first-level unit,
but the capital of the same name lies near the town named before it and took the
article's local context, outranking the unit word's bonus. Where the word names a
first-level unit, a town reading that lies inside an admin-1 reading of the same word (in
its country, within twice its radius) loses ``seat_region_bonus``
(``_rank._names_its_seat``): the capital gives way, and no region abroad named like its
own seat gains (``the 3rd District of Florida`` stays the US state, not Uruguay's
department of Florida). A bare name, or the capital's own words, stay the city."""

from __future__ import annotations

import pytest

from tests.support.names import name_places

# (lang, text, the name, the kind it must be read as)
ROWS = [
    ("en", "Police in Arzew, a town in Oran province, said two men were held.", "Oran", "admin1"),
    ("en", "Police in Ueda, a city in Nagano prefecture, said on Monday.", "Nagano", "admin1"),
    # already right before, and kept
    (
        "en",
        "Police in Alanya, a town in Antalya province, said on Friday that a boat had sunk.",
        "Antalya",
        "admin1",
    ),
    ("de", "In Kangal in der Provinz Sivas bebte am Montag die Erde.", "Sivas", "admin1"),
    ("de", "In Matsumoto in der Präfektur Nagano wurde am Montag gewählt.", "Nagano", "admin1"),
    ("en", "Floods hit three villages in Konya province on Monday.", "Konya", "admin1"),
    # guards: the city's own words, a bare name, a region abroad named like its seat
    ("en", "She represents the 3rd District of Florida in Congress.", "Florida", "admin1"),
    ("en", "The mayor of Konya opened the new bridge.", "Konya", "city"),
    ("de", "Das Spiel in Antalya endete unentschieden.", "Antalya", "city"),
]


@pytest.mark.parametrize(("lang", "text", "name", "kind"), ROWS)
def test_unit_word_beside_a_region_named_like_its_seat(gaz, lang, text, name, kind):
    got = [p for p in name_places(text, lang, gaz) if p.mention == name]
    assert got, f"{name} not read as a place"
    assert got[0].kind == kind, f"{name} read as {got[0].name} ({got[0].kind})"
