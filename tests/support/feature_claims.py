"""The checks the gazetteer coverage tables share: a distance claim to a new feature is read
with that feature as its reference and checked (a verdict and kilometres), not left
unverifiable; every name of a new row finds it first; an outlined feature holds its point.
Shared so that every coverage round asserts the same thing; also the rows of a curated
table and the great-circle distance the tables' sentence checks use."""

from __future__ import annotations

import csv
import math
from functools import cache
from pathlib import Path
from typing import Any

from geomap import analyze


def assert_checked_against(continent: str, lang: str, text: str, fid: str, verdict: str) -> None:
    """``text`` holds one distance claim whose reference is the curated row ``fid``."""
    a = analyze(text, lang=lang, events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == f"curated:{fid}", (
        continent,
        [(p.mention, p.id) for p in a.places],
    )
    assert claim.verdict == verdict, claim.explanation
    assert claim.computed_km is not None


def row_names(row: dict[str, str]) -> list[tuple[str, str]]:
    """A curated row's English and German names and aliases, each with its language: the
    names a coverage table reads every new row by."""
    names = [(row["name_en"], "en"), (row["name_de"], "de")]
    names += [(a, "en") for a in row["aliases_en"].split("|")]
    names += [(a, "de") for a in row["aliases_de"].split("|")]
    return [(n, lang) for n, lang in names if n]


def assert_row_found_first(gaz: Any, row: dict[str, str], *, kind: bool = False) -> None:
    """Every English and German name of a curated row finds that row first (and, with
    ``kind``, with the row's kind): the check every coverage table makes of its new rows."""
    want = f"curated:{row['id']}"
    for name, lang in row_names(row):
        found = gaz.lookup(name, lang=lang, limit=5)
        assert found and found[0].id == want, (name, [(c.id, c.kind) for c in found[:3]])
        if kind:
            assert found[0].kind == row["kind"], (name, [(c.id, c.kind) for c in found])


def assert_point_in_outline(gaz: Any, fid: str) -> None:
    """A curated feature with an outline (an island's land, a lake's water) holds its own
    point in that outline."""
    import shapely

    entry = gaz.get(fid)
    shape = gaz.geometry(entry.id)
    assert shape is not None and "Polygon" in shape.geom_type, fid
    assert shape.contains(shapely.Point(entry.lon, entry.lat)), fid


CURATED = Path(__file__).resolve().parents[2] / "gazetteer" / "data" / "curated"


@cache
def curated_rows(name: str) -> tuple[dict[str, str], ...]:
    """The rows of ``gazetteer/data/curated/<name>``, read once."""
    with (CURATED / name).open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle kilometres (haversine on a 6,371 km sphere): enough to say whether a
    resolved point lies within a row's radius."""
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742 * math.asin(math.sqrt(h))
