"""Issue 21: older Anglo-Indian spellings of towns of British India, Ceylon and Burma
(``-pore`` for ``-pur``, ``u`` for the short ``a``, ``oo`` and ``ee`` for the long vowels,
an aspirate after the vowel) are the towns GeoNames spells in the Hunterian system,
through the ``anglo_indian`` family of ``gazetteer/data/transliteration.toml`` (a rule per
spelling pattern, never a town); English surnames that fold alike stay people.

The towns here are other than the probe rows of ``benchmarks/material/probe_exonyms16.csv``;
right is within 30 km of the town (GeoNames ``cities15000`` coordinates).
"""

from __future__ import annotations

import pytest

import geomap
from gazetteer._skeleton import skeleton
from geomap.geometry import haversine_km

FRAME = "Officials in {w} reported new figures on Monday."

#: (older spelling, the town's GeoNames name, country, lat, lon)
TOWNS = [
    ("Dinajpore", "Dinajpur", "BD", 25.627, 88.638),
    ("Rungpore", "Rangpur", "BD", 25.746, 89.251),
    ("Saharunpore", "Sahāranpur", "IN", 29.968, 77.550),
    ("Bhagulpore", "Bhāgalpur", "IN", 25.244, 86.972),
    ("Sholapore", "Sholapur", "IN", 17.672, 75.906),
    ("Peshawur", "Peshawar", "PK", 34.008, 71.578),
    ("Umritsur", "Amritsar", "IN", 31.622, 74.876),
]


@pytest.mark.parametrize("old,town,cc,lat,lon", TOWNS, ids=[t[0] for t in TOWNS])
def test_older_spelling_is_the_town(old: str, town: str, cc: str, lat: float, lon: float):
    doc = geomap.analyze(FRAME.format(w=old), lang="en")
    got = [p for p in doc.places if p.mention == old]
    assert got, f"{old!r} read as no place"
    assert got[0].country_code == cc
    assert haversine_km(got[0].lat, got[0].lon, lat, lon) <= 30.0, got[0].name


@pytest.mark.parametrize(
    "old,new",
    [("Cawnpore", "Kanpur"), ("Allyghur", "Aligarh"), ("Guntoor", "Guntur"),
     ("Bikaneer", "Bikaner"), ("Ahmednuggur", "Ahmednagar"), ("Trincomalie", "Trincomalee")],
)  # fmt: skip
def test_the_family_folds_the_two_spellings_alike(old: str, new: str):
    assert skeleton(old, "anglo_indian") == skeleton(new, "anglo_indian")


@pytest.mark.parametrize("name", ["Harper", "Kemper", "Sumner", "Mortimer", "Napier", "Mercer"])
def test_a_surname_stays_a_person(name: str):
    doc = geomap.analyze(f"Ms {name} reported new figures on Monday.", lang="en")
    assert not doc.places, [(p.mention, p.name) for p in doc.places]
