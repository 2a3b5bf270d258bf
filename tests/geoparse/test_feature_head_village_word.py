"""A German feature noun before a foreign town's name is its head, even where a village
bears the noun as its own name (session 18, probe ``towns18``, issues 15, 20, 21).

``im Dorf X``, ``der Ort X``: ``Dorf`` and ``Ort`` are also the names of small places, so
the rule that reads a capitalised word beside a foreign-looking name as part of one
longer name the gazetteer lacks (``_accept._foreign_name_word``) took them for a first
word and lost the town (``Die Stadt X`` always worked: ``Stadt`` is no place's name).
A feature head before the name is never a word of it."""

from __future__ import annotations

import pytest

from geomap.geometry import haversine_km
from tests.support.names import name_places

# (text, town, lat, lon): the town is read within 30 km of the point
ROWS = [
    ("Bei einem Brand im Dorf Kilkeel wurden drei Häuser zerstört.", "Kilkeel", 54.06, -6.00),
    (
        "Der Ort Coolgardie in Westaustralien litt unter der Hitze.",
        "Coolgardie",
        -30.95,
        121.16,
    ),
    ("Im Dorf Ballycastle kamen am Montag zwei Menschen ums Leben.", "Ballycastle", 55.20, -6.24),
    ("Der Ort Moree liegt im Norden von New South Wales.", "Moree", -29.47, 149.84),
    # guards: German towns and English ones that were read before
    ("Im Dorf Oberammergau begannen am Montag die Proben.", "Oberammergau", 47.60, 11.07),
    ("Der Ort Mittenwald liegt an der Grenze.", "Mittenwald", 47.44, 11.26),
    (
        "Der Ort Tenterden liegt rund 20 Kilometer von Ashford entfernt.",
        "Tenterden",
        51.07,
        0.69,
    ),
]


@pytest.mark.parametrize(("text", "town", "lat", "lon"), ROWS)
def test_feature_head_before_a_foreign_town(gaz, text, town, lat, lon):
    at = text.index(town)
    got = [p for p in name_places(text, "de", gaz) if p.start == at]
    assert got, f"{town} not read as a place"
    p = got[0]
    assert p.end == at + len(town)
    assert p.lat is not None and p.lon is not None, f"{town} unresolved: {p.reason}"
    assert haversine_km(p.lat, p.lon, lat, lon) <= 30
