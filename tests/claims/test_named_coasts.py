"""A coast named by its country or by the sea it faces is a distance's end
(docs/claims.md, "Islands off a coast" and "Named coasts"): ``off the coast of <country>``,
``the <adjective> coast``, ``vor der Küste <Landes>``, ``vor der <adjektiv> Küste`` are the
country's coast, ``the <Ocean> coast of X`` / ``die <Meer>küste <Xs>`` X's coast on that
sea, and a big island is measured from its near shore to the line. Sentences of our own,
both languages, in regions of our choice; the km bands come from the nearest shores on a
map (Gotland's west shore to the Småland coast, Madrid to the Valencian coast)."""

from __future__ import annotations

import pytest

# (lang, text, reference name contains, km band, verdict)
CASES = [
    # a mainland city and its country's coast, by name and by adjective
    (
        "en",
        "Madrid lies about 300 km from the coast of Spain.",
        "coast of Spain",
        (270, 340),
        "consistent",
    ),
    (
        "de",
        "Madrid liegt rund 300 Kilometer von der spanischen Küste entfernt.",
        "coast of Spain",
        (270, 340),
        "consistent",
    ),
    # a big island off its own country's mainland: shore to coast, not the next islet
    (
        "en",
        "Gotland lies about 90 km off the coast of Sweden.",
        "coast of Sweden",
        (70, 100),
        "consistent",
    ),
    (
        "de",
        "Gotland liegt rund 90 Kilometer vor der Küste Schwedens.",
        "coast of Sweden",
        (70, 100),
        "consistent",
    ),
    (
        "de",
        "Gotland liegt nur 20 Kilometer vor der schwedischen Küste.",
        "coast of Sweden",
        (70, 100),
        "inconsistent",
    ),
    # another country's island off the coast it names
    (
        "en",
        "Bornholm lies about 35 km off the Swedish coast.",
        "coast of Sweden",
        (25, 45),
        "consistent",
    ),
    # a state's coast, the state known by its point: its country's coast near it
    (
        "en",
        "Toowoomba lies about 120 km from the coast of Queensland.",
        "coast of Queensland",
        (95, 140),
        "consistent",
    ),
    (
        "de",
        "Toowoomba liegt rund 120 Kilometer von der Küste Queenslands entfernt.",
        "coast of Queensland",
        (95, 140),
        "consistent",
    ),
    # a state's coast on the ocean it names: the ocean, not a town called like it
    (
        "en",
        "Salem lies about 80 km from the Pacific coast of Oregon.",
        "Pacific Ocean coast",
        (60, 100),
        "consistent",
    ),
    (
        "de",
        "Gainesville liegt rund 70 Kilometer von der Atlantikküste Floridas entfernt.",
        "Atlantic Ocean coast",
        (55, 90),
        "consistent",
    ),
    (
        "en",
        "Gainesville lies about 70 km from the Atlantic coast of Florida.",
        "Atlantic Ocean coast",
        (55, 90),
        "consistent",
    ),
]


@pytest.mark.parametrize(("lang", "text", "ref", "km", "verdict"), CASES)
def test_a_named_coast_is_the_distance_end(analyze, lang, text, ref, km, verdict):
    doc = analyze(text, lang=lang)
    assert len(doc.claims) == 1, doc.claims
    claim = doc.claims[0]
    assert claim.reference is not None and claim.reference.geometry == "coast", claim
    assert ref in claim.reference.name, claim.reference
    assert claim.computed_km is not None and km[0] <= claim.computed_km <= km[1], claim.explanation
    assert claim.verdict == verdict, claim.explanation


def test_a_big_island_is_measured_from_its_shore_to_a_border(analyze):
    """An island against a border: the shortest distance from its shore to the line, not
    "both ends areas" (Bornholm's south shore to the Oder mouth, about 100 km and more)."""
    doc = analyze("Bornholm lies about 120 km from the German-Polish border.", lang="en")
    claim = doc.claims[0]
    assert claim.reference is not None and claim.reference.geometry == "border", claim
    assert claim.computed_km is not None and 100 <= claim.computed_km <= 150, claim.explanation
    assert claim.verdict == "consistent", claim.explanation


def test_a_bare_coast_without_a_country_draws_nothing(analyze):
    """Only a named country gives a whole coast: a bare "the coast" in a text with no
    country before it stays unread rather than guessed."""
    doc = analyze("The boat sank near the coast.", lang="en")
    assert not any(p.kind == "coast" for p in doc.places), doc.places
