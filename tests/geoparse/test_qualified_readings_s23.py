"""Issue 21, session 23: "X bei Y" picks the namesake of X next to Y, among *all* of X's
namesakes.

German tells a village from its namesakes by the town beside it ("Neukirchen bei
Y"). The first look-up keeps a name's 15 biggest readings (``Weights.lookup_limit``),
so a common village name's namesake next to Y could be cut, and among the kept ones
the ranking could prefer a bigger namesake 40 km off. ``_resolve._qualified_readings``
asks for all readings of a name so qualified and keeps the one nearest Y's first
town reading that has one within ``Weights.colocate_km``.

The table is generated: common German village names, each namesake of them that a
district seat (``second_level_seats.csv``, Germany, Austria, Switzerland) lies within
15 km of and no other namesake lies within 10 km more of (a town the gazetteer names
"X bei Y" whole is left out: it is read whole); the sentence is this file's own.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geomap.geometry import haversine_km
from tests.support.names import name_places

#: village names that dozens of German, Austrian and Swiss places bear
COMMON = (
    "Neukirchen", "Neustadt", "Hausen", "Rohrbach", "Kirchdorf", "Reichenbach",
    "Schönberg", "Neuenkirchen", "Steinbach", "Buchholz", "Neuhaus", "Kirchberg",
    "Mühlhausen", "Altenburg", "Hofen", "Langenberg",
)  # fmt: skip
NEAR_KM = 15.0
CLEAR_KM = 10.0  # the next namesake lies at least this much farther from the seat


def _seats() -> list[tuple[str, tuple[float, float]]]:
    path = Path(__file__).resolve().parents[2] / "geomap" / "lexicons" / "second_level_seats.csv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    return [
        (r["name"], (float(r["lat"]), float(r["lon"])))
        for r in csv.DictReader(lines)
        if r["cc"] in ("DE", "AT", "CH")
    ]


@pytest.fixture(scope="module")
def rows(gaz) -> list[tuple[str, str, str, bool]]:
    """(village name, seat, the namesake's id, whether the first look-up keeps it)."""
    seats = _seats()
    out = []
    for name in COMMON:
        readings = [
            c
            for c in gaz.lookup(name, lang="de", limit=400)
            if c.kind == "city" and c.country_code in ("DE", "AT", "CH")
        ]
        first = {c.id for c in gaz.lookup(name, lang="de", limit=15)}
        for seat, at in seats:
            if name in seat or gaz.lookup(f"{name} bei {seat}", limit=1):
                continue  # a town named so whole ("Neustadt bei Coburg") is read whole
            dist = sorted((haversine_km(c.lat, c.lon, *at), c.id) for c in readings)
            if len(dist) > 1 and dist[0][0] < NEAR_KM and dist[1][0] - dist[0][0] > CLEAR_KM:
                out.append((name, seat, dist[0][1], dist[0][1] in first))
    return out


def test_table_reaches_past_the_first_look_up(rows) -> None:
    assert len(rows) > 40
    assert any(not kept for *_, kept in rows)


def test_the_namesake_beside_the_town(gaz, rows) -> None:
    wrong = []
    for name, seat, want, _kept in rows:
        text = f"Der Gemeinderat von {name} bei {seat} tagte am Abend."
        got = [p.id for p in name_places(text, "de", gaz) if p.mention == name]
        if got != [want]:
            wrong.append((name, seat, want, got))
    assert not wrong, wrong


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Er wohnt in Linden bei Hannover.", ("Linden", "Hannover")),
        ("Die Kapelle in Eichen wurde geweiht.", ("Eichen",)),
    ],
)
def test_places_stay(gaz, text, places) -> None:
    got = [p.mention for p in name_places(text, "de", gaz)]
    assert all(p in got for p in places), got
