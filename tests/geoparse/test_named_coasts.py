"""Coasts the geoparser derives from a named country or region and a named sea
(docs/geoparser.md, section 4): a bare coast word with its country named is the
country's whole coast, a sea before a coast word is the sea (never a town named like it),
and a region's coast is its country's coast near the region. Sentences of our own."""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze

CASES = [
    # (lang, text, derived coast's name, its country)
    ("en", "The ferry sank off the coast of Norway.", "coast of Norway", "NO"),
    ("en", "The ferry sank off the Norwegian coast.", "coast of Norway", "NO"),
    ("de", "Die Fähre sank vor der Küste Norwegens.", "coast of Norway", "NO"),
    ("de", "Die Fähre sank vor der norwegischen Küste.", "coast of Norway", "NO"),
    ("en", "Storms lashed the Pacific coast of Oregon.", "Pacific Ocean coast of Oregon", "US"),
    ("de", "Stürme trafen die Atlantikküste Floridas.", "Atlantic Ocean coast of Florida", "US"),
    ("en", "Storms lashed the coast of Queensland.", "coast of Queensland", "AU"),
]


@pytest.mark.parametrize(("lang", "text", "name", "cc"), CASES)
def test_a_named_coast_is_derived(lang, text, name, cc):
    doc = analyze(text, lang=lang)
    coasts = [p for p in doc.places if p.kind == "coast"]
    assert [(p.name, p.country_code) for p in coasts] == [(name, cc)], doc.places
    assert coasts[0].lat is not None, coasts[0]


def test_a_sea_before_a_coast_word_is_the_sea_not_a_town():
    """A story set in a state with a town named like the ocean: the word before "coast"
    is still the ocean."""
    doc = analyze("Salem, Oregon - Storms lashed the Pacific coast on Sunday.", lang="en")
    pacific = next(p for p in doc.places if p.mention == "Pacific")
    assert pacific.kind == "ocean", pacific


def test_a_coast_guard_is_no_coast():
    """A coast word that heads another noun (lexicon ``coast_compounds``) names a service:
    no coast is drawn for "the Greek coast guard"."""
    doc = analyze("Greek coast guard vessels rescued 30 people on Sunday.", lang="en")
    assert not any(p.kind == "coast" for p in doc.places), doc.places
