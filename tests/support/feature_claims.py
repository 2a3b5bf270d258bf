"""One check for the gazetteer coverage tables: a distance claim to a new feature is read
with that feature as its reference and checked (a verdict and kilometres), not left
unverifiable. Shared so that every coverage round asserts the same thing."""

from __future__ import annotations

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
