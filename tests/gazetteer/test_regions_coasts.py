"""Broad regions and German coast compounds in the gazetteer (issue 16): world regions are
found by their English and German names, and one German word for a sea's coast
(``Ostseeküste``, ``Schwarzmeerküste``) names the sea."""

from __future__ import annotations

import pytest

from gazetteer._curated import COASTAL_KINDS, coast_compounds, read_curated

# (name as written, language, curated id)
REGIONS = [
    ("Sub-Saharan Africa", "en", "sub-saharan-africa"),
    ("Afrika südlich der Sahara", "de", "sub-saharan-africa"),
    ("Vorderasien", "de", "western-asia"),
    ("West Asia", "en", "western-asia"),
    ("Südosteuropa", "de", "southeast-europe"),
    ("Melanesien", "de", "melanesia"),
    ("Polynesia", "en", "polynesia"),
    ("Südsee", "de", "pacific-islands"),
    ("Indopazifik", "de", "indo-pacific"),
    ("Eurasien", "de", "eurasia"),
    ("Benelux", "en", "benelux"),
    ("Naher Osten", "de", "middle-east"),
    ("Nordafrika", "de", "north-africa"),
    ("Lateinamerika", "de", "latin-america"),
]

# (compound, language, curated id of the sea)
COASTS = [
    ("Ostseeküste", "de", "baltic-sea"),
    ("Nordseeküste", "de", "north-sea"),
    ("Pazifikküste", "de", "pacific-ocean"),
    ("Atlantikküste", "de", "atlantic-ocean"),
    ("Mittelmeerküste", "de", "mediterranean-sea"),
    ("Adriaküste", "de", "adriatic-sea"),
    ("Schwarzmeerküste", "de", "black-sea"),
    ("Weißmeerküste", "de", "white-sea"),
    ("Karibikküste", "de", "caribbean-sea"),
    ("Biskayaküste", "de", "bay-of-biscay"),
]


@pytest.mark.parametrize(("name", "lang", "cid"), REGIONS)
def test_a_region_is_the_top_candidate(gaz, name, lang, cid):
    (best, *_) = gaz.lookup(name, lang=lang)
    assert best.id == f"curated:{cid}"
    assert best.kind == "region"


@pytest.mark.parametrize(("name", "lang", "cid"), COASTS)
def test_a_coast_compound_names_the_sea(gaz, name, lang, cid):
    (best, *_) = gaz.lookup(name, lang=lang)
    assert best.id == f"curated:{cid}"


@pytest.mark.parametrize(
    ("name", "compounds"),
    [
        ("Ostsee", ["Ostseeküste"]),
        ("Pazifik", ["Pazifikküste"]),
        ("Schwarzes Meer", ["Schwarzmeerküste"]),
        ("Rotes Meer", ["Rotmeerküste"]),
        ("Asowsches Meer", []),  # "Küste des Asowschen Meeres"
        ("Ostchinesisches Meer", []),
        ("Golf von Mexiko", []),
        ("Irische See", []),
        ("Bohai-Meer", []),
    ],
)
def test_coast_compounds_follow_german_word_formation(name, compounds):
    assert coast_compounds(name) == compounds


def test_only_seas_get_coast_compounds():
    # a lake has an Ufer, not a Küste: no "Bodenseeküste"; a region no "Sahelküste"
    for row in read_curated():
        names = {n for n, _, _ in row.names}
        german = [n for n, lang, _ in row.names if lang == "de" and not n.endswith("küste")]
        made = {c for n in german for c in coast_compounds(n)}
        if row.kind in COASTAL_KINDS:
            assert made <= names, row.id
        else:
            assert not made & names, row.id
