"""An island lies off its country's coast: the distance runs to the rest of that coast,
not to the island's own shore (which made every such claim 0 km), and a small island is
measured from its point like a town (docs/claims.md, "Islands off a coast"). Sentences
of our own, both languages."""

from __future__ import annotations

import pytest

CASES = [
    # an island's town under a dateline of the country: the coast of the country, less the
    # island's own shore (Unguja lies about 35 km off the mainland)
    ("en", "DAR ES SALAAM (geomap) - Zanzibar lies about 35 km off the coast.", (25, 45)),
    # a small island group (Helgoland and its Düne) off the German coast
    ("de", "Hamburg (dpa) - Helgoland liegt rund 45 Kilometer vor der Küste.", (35, 55)),
]


@pytest.mark.parametrize(("lang", "text", "km"), CASES)
def test_an_island_is_measured_to_the_rest_of_its_countrys_coast(analyze, lang, text, km):
    doc = analyze(text, lang=lang)
    assert len(doc.claims) == 1, doc.claims
    claim = doc.claims[0]
    assert claim.reference is not None and claim.reference.geometry == "coast", claim
    assert claim.computed_km is not None and km[0] <= claim.computed_km <= km[1], claim.explanation
    assert claim.verdict == "consistent", claim.explanation


def test_a_town_on_the_mainland_keeps_the_whole_coast(analyze):
    """Only an island's own shore is cut: a mainland town still measures to its nearest
    coast, however many islands the country has."""
    doc = analyze("DAR ES SALAAM (geomap) - Morogoro lies about 160 km from the coast.", lang="en")
    claim = doc.claims[0]
    assert claim.computed_km is not None and 120 <= claim.computed_km <= 200, claim.explanation


@pytest.mark.parametrize(
    ("lang", "text", "km"),
    [
        # a city on a big island, a few km from its own shore (Kyushu is ~300 km long)
        ("en", "Kumamoto lies about 10 km from the coast of Japan.", (5, 15)),
        ("de", "Kumamoto liegt rund 10 Kilometer von der Küste Japans entfernt.", (5, 15)),
    ],
)
def test_a_town_on_a_big_island_is_measured_to_its_own_shore(analyze, lang, text, km):
    """An island much bigger than the stated distance is land the town stands on, not an
    island off the coast (``ISLAND_OFF_COAST_SHARE``): the nearest coast is its own."""
    doc = analyze(text, lang=lang)
    claim = doc.claims[0]
    assert claim.reference is not None and claim.reference.geometry == "coast", claim
    assert claim.computed_km is not None and km[0] <= claim.computed_km <= km[1], claim.explanation
    assert claim.verdict == "consistent", claim.explanation
