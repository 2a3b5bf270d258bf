"""The checks the gazetteer coverage tables share: a distance claim to a new feature is read
with that feature as its reference and checked (a verdict and kilometres), not left
unverifiable; every name of a new row finds it first; an outlined feature holds its point.
Shared so that every coverage round asserts the same thing."""

from __future__ import annotations

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
