"""A region named like its seat after a slash in a dateline is the town's region (session
19, probe ``towns18w``, issues 15, 20, 21).

German agencies write a town's dateline as ``X/R (dpa)``, R the town's region or country.
``_rank._region_after_town`` read a region named like its seat as the container after
``X, R``, ``X (R)`` and ``X in R`` but not after the slash, so the seat's closeness to X
made the seat win. The slash now counts as the comma does; the seat alone stays the town,
and two towns joined by a slash stay towns. Places other than the probe rows that showed
the class."""

from __future__ import annotations

import pytest

from tests.support.names import name_places

# (lang, text, the name, the kind it must be read as)
ROWS = [
    (
        "de",
        "Nazca/Ica (dpa) - Bei einem Erdrutsch sind am Montag drei Menschen ums Leben gekommen.",
        "Ica",
        "admin1",
    ),
    (
        "de",
        "Bam/Kerman (dpa) - Ein Erdbeben hat am Freitag mehrere Häuser beschädigt.",
        "Kerman",
        "admin1",
    ),
    (
        "de",
        "Tolga/Biskra (dpa) - Die Behörden haben am Montag den Notstand ausgerufen.",
        "Biskra",
        "admin1",
    ),
    ("en", "Nazca/Ica (Reuters) - A landslide killed three people on Monday.", "Ica", "admin1"),
    # guards: the seat alone, two towns joined by a slash
    ("de", "Das Treffen fand in Ica statt.", "Ica", "city"),
    ("en", "Dallas/Fort Worth (AP) - Storms grounded flights on Monday.", "Fort Worth", "city"),
]


@pytest.mark.parametrize(("lang", "text", "name", "kind"), ROWS)
def test_a_region_after_a_slash_is_the_town_s_region(gaz, lang, text, name, kind):
    at = text.rindex(name)
    got = [p for p in name_places(text, lang, gaz) if p.start == at]
    assert got, f"{name} not read as a place"
    assert got[0].kind == kind, f"{name} read as {got[0].name} ({got[0].kind})"
