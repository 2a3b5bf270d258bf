"""A first-level region named like its seat town, right after another town it holds, is
that town's container (session 18, probe ``towns18``, issues 15, 20, 21).

``X, Y``, ``X (Y)``, ``X in Y``: where Y names a province and its capital alike, the
capital's closeness to X (both lie in the province) made the capital win; after a town
the name says where the town lies (``_rank._region_after_town``). A town within
``Weights.seat_km`` of the namesake is a part of it and keeps the city (``Brooklyn, New
York``); the name alone, or after no town, stays the city."""

from __future__ import annotations

import pytest

from tests.support.names import name_places

# (lang, text, the name, the kind it must be read as)
ROWS = [
    ("en", "Floods hit Chivay in Arequipa on Tuesday, officials said.", "Arequipa", "admin1"),
    (
        "de",
        "Bei Überschwemmungen in Rafsanjan (Kerman) starben am Sonntag drei Menschen.",
        "Kerman",
        "admin1",
    ),
    ("de", "In Ilo in Moquegua fiel am Montag der Strom aus.", "Moquegua", "admin1"),
    (
        "de",
        "Die Polizei in Tlemcen nahm am Montag drei Männer fest. In Maghnia in Tlemcen kam "
        "es zu Protesten.",
        "Tlemcen",
        "admin1",
    ),
    # already right before, and kept
    (
        "en",
        "Police in Akşehir, Konya, said on Monday that two men had been arrested.",
        "Konya",
        "admin1",
    ),
    ("en", "MATSUMOTO, Nagano (Reuters) - A bridge collapsed on Monday.", "Nagano", "admin1"),
    ("en", "Flooding hit Albany, New York on Monday.", "New York", "admin1"),
    # guards: a part of the city, the name after no town
    ("en", "Flooding hit Brooklyn, New York on Monday.", "New York", "city"),
    ("en", "Officials in Nagano said the road would reopen.", "Nagano", "city"),
    ("de", "Das Treffen fand in Konya statt.", "Konya", "city"),
    (
        "de",
        "Die Polizei in Tlemcen nahm am Montag drei Männer fest. In Maghnia kam es zu Protesten.",
        "Tlemcen",
        "city",
    ),
]


@pytest.mark.parametrize(("lang", "text", "name", "kind"), ROWS)
def test_region_named_like_its_seat_after_a_town(gaz, lang, text, name, kind):
    at = text.rindex(name)
    got = [p for p in name_places(text, lang, gaz) if p.start == at]
    assert got, f"{name} not read as a place"
    assert got[0].kind == kind, f"{name} read as {got[0].name} ({got[0].kind})"
