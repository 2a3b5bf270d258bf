"""A country's capital of a few thousand people is a place, also where it opens the
sentence and the only other place named lies in another country ("Palikir is about
1,600 km south-east of Guam"): a capital counts as at least ``capital_population``
people (docs/geoparser.md, "Small capitals"). Sentences of our own, both languages,
capitals from five oceans; before the rule six of these sixteen lost their capital."""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

CASES = [
    ("en", "Vaduz lies about 100 km east of Zurich.", "Vaduz", "LI"),
    ("de", "Vaduz liegt rund 100 Kilometer östlich von Zürich.", "Vaduz", "LI"),
    ("en", "Funafuti is about 1,100 km north of Suva.", "Funafuti", "TV"),
    ("de", "Funafuti liegt etwa 1100 Kilometer nördlich von Suva.", "Funafuti", "TV"),
    ("en", "Majuro lies some 3,700 km south-west of Honolulu.", "Majuro", "MH"),
    ("en", "Palikir is about 1,600 km south-east of Guam.", "Palikir", "FM"),
    ("de", "Roseau liegt zwischen Guadeloupe und Martinique.", "Roseau", "DM"),
    ("en", "Castries is about 40 km south of Martinique.", "Castries", "LC"),
    ("de", "Tórshavn liegt rund 650 Kilometer westlich von Bergen.", "Tórshavn", "FO"),
    ("en", "Avarua lies about 3,000 km north-east of Auckland.", "Avarua", "CK"),
    (
        "de",
        "Andorra la Vella liegt rund 150 Kilometer nördlich von Barcelona.",
        "Andorra la Vella",
        "AD",
    ),
    ("en", "Basseterre is about 100 km west of Antigua.", "Basseterre", "KN"),
    ("en", "Valletta is about 90 km south of Sicily.", "Valletta", "MT"),
    ("en", "Nuuk is some 1,400 km west of Reykjavik.", "Nuuk", "GL"),
    ("de", "Nuuk liegt rund 1400 Kilometer westlich von Reykjavík.", "Nuuk", "GL"),
    ("en", "Alofi lies about 600 km east of Tonga.", "Alofi", "NU"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "cc"), CASES)
def test_a_small_capital_opening_the_sentence_is_a_place(gaz, lang, text, mention, cc):
    places = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    got = [p for p in places if p.mention == mention]
    assert got, [(p.mention, p.name) for p in places]
    assert got[0].kind == "city" and got[0].country_code == cc, got[0]


def test_a_distance_to_an_island_region_is_measured_to_the_island(gaz):
    """A province or state named after its island (Sicily, Sardinia) has no outline of
    its own: the distance runs to the island's coast instead of being unverifiable."""
    from geomap import analyze

    for lang, text in (
        ("en", "Valletta is about 90 km south of Sicily."),
        ("de", "Ajaccio liegt rund 80 Kilometer nördlich von Sardinien."),
    ):
        doc = analyze(text, lang=lang)
        assert len(doc.claims) == 1, doc.claims
        claim = doc.claims[0]
        assert claim.verdict == "consistent", claim.explanation
        assert claim.computed_km is not None and 60 < claim.computed_km < 110
