"""Checks shared by the administrative-unit tables (``tests/gazetteer/test_admin2_*.py``):
a unit named in a sentence resolves near where an atlas puts it, and a town named like a
unit keeps its bare name."""

from __future__ import annotations

from geomap.pipeline import analyze
from tests.support.feature_claims import km


def check_unit_near(
    lang: str, sentence: str, name: str, cc: str, lat: float, lon: float, tolerance_km: float
) -> None:
    """The place read on ``name`` in ``sentence`` (the whole name, or its name part with
    the unit word as context, "Departement Aude") lies in ``cc`` within ``tolerance_km``."""
    text = sentence.format(name)
    start = text.index(name)
    end = start + len(name)
    a = analyze(text, lang=lang, claims=False, events=False)
    found = [p for p in a.places if p.start < end and start < p.end]
    assert found, (name, [(p.mention, p.id) for p in a.places])
    place = found[0]
    assert place.lat is not None and place.lon is not None, place.id
    assert place.country_code == cc, (name, place.id)
    off = km(lat, lon, place.lat, place.lon)
    assert off <= tolerance_km, (name, place.id, round(off))


def check_town_keeps_name(lang: str, text: str, name: str, cc: str) -> None:
    """``name`` in ``text`` is read as the town of ``cc``, not the unit named like it."""
    a = analyze(text, lang=lang, claims=False, events=False)
    found = [p for p in a.places if p.mention == name]
    assert found, [(p.mention, p.id) for p in a.places]
    assert (found[0].kind, found[0].country_code) == ("city", cc), found[0].id
