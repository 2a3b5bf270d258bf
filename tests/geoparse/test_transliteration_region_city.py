"""Issue 21, session 17: a German transliteration whose English spelling is a
first-level region's own name and another name of that region's big city (a city
renamed since, the region keeping the older name) reads the city, as the English
spelling does: the city is a reading beside the region (``_mentions`` transliteration
look-up), and the ranker weighs the two as it does for the English spelling.
"""

from __future__ import annotations

import pytest

from geomap.geometry import haversine_km
from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (German text, the name as written, the English spelling, lat, lon of the city)
ROWS = (
    ("Die Behörden in Dschalal-Abad meldeten am Montag keine neuen Fälle.", "Dschalal-Abad",
     "Officials in Jalal-Abad reported no new cases on Monday.", 40.945, 72.993),
)  # fmt: skip


def _place_at(text: str, name: str, lang: str, gaz):
    i = text.index(name)
    for p in resolve_document(read_text(text, lang=lang), gaz):
        if p.role == "name" and p.start == i and p.end == i + len(name):
            return p
    return None


@pytest.mark.parametrize(("text", "name", "english", "lat", "lon"), ROWS)
def test_region_name_reads_its_renamed_city(
    gaz, text: str, name: str, english: str, lat: float, lon: float
) -> None:
    p = _place_at(text, name, "de", gaz)
    assert p is not None and p.lat is not None and p.lon is not None, text
    assert haversine_km(p.lat, p.lon, lat, lon) <= 30, (text, p.name)
    # the same reading as the English spelling's
    q = _place_at(english, english.split(" in ", 1)[1].split(" reported")[0], "en", gaz)
    assert q is not None and q.id == p.id, english
