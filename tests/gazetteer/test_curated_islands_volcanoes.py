"""Islands, island groups and volcanoes of the curated layer (issue 16): every island's
point lies on land, the names resolve in a sentence of either language to their row, and
a distance to an island is measured to its shore.

The rows follow the rule written in ``gazetteer/data/curated/SOURCES.md`` (islands of
at least 10,000 km2, main islands and island groups that are a subdivision, small islands
news name for history or tourism, volcanoes with an eruption since 1950 in the
Smithsonian GVP record). The sentences are this test's own wording, on six continents.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from gazetteer._curated import curated_files
from geomap.pipeline import analyze

ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "gazetteer" / "data" / "curated"
# A row whose source says so is an islet, a reef or a group whose centre is at sea: the
# 1 km land mask and the 1:10 million coast do not hold it.
NOT_CHECKED = "not land-checked"
# An island whose land polygon is the mainland's (a river island) gets no outline.
NO_OUTLINE_OK = {"bananal-island": "a river island in the Araguaia: the land around is Brazil"}


@cache
def _island_rows() -> tuple[dict[str, str], ...]:
    rows = []
    for path in curated_files(CURATED):  # the exonym table is no feature file
        with path.open(encoding="utf-8", newline="") as fh:
            rows.extend(r for r in csv.DictReader(fh) if r["kind"] == "island")
    return tuple(rows)


def test_every_island_point_lies_on_land():
    """GSHHG's 1 km land mask (an independent source) says land at the island's point."""
    from global_land_mask import globe

    at_sea = [
        r["id"]
        for r in _island_rows()
        if NOT_CHECKED not in r["source"] and not globe.is_land(float(r["lat"]), float(r["lon"]))
    ]
    assert at_sea == []


def test_every_new_island_lies_in_the_outline_the_index_measures_to(gaz):
    """The index's island outline (Natural Earth land under the point) contains the point,
    so a distance to the island runs to the island that the row names."""
    import shapely

    outside = []
    for r in _island_rows():
        if NOT_CHECKED in r["source"] or not r["note"].startswith("rule ("):
            continue
        outline = gaz.geometry(f"curated:{r['id']}")
        if outline is None:
            if r["id"] not in NO_OUTLINE_OK:
                outside.append(f"{r['id']}: no outline")
            continue
        if not outline.covers(shapely.Point(float(r["lon"]), float(r["lat"]))):
            outside.append(r["id"])
    assert outside == []
    assert sum(1 for r in _island_rows() if r["note"].startswith("rule (")) >= 100


# (continent, lang, sentence, mention, curated id)
NAMES = [
    ("Oceania", "en", "Flights to Viti Levu resumed on Monday.", "Viti Levu", "viti-levu"),
    ("Oceania", "de", "Auf Vanua Levu fiel der Strom aus.", "Vanua Levu", "vanua-levu"),
    ("Oceania", "en", "A cyclone passed close to Rarotonga.", "Rarotonga", "rarotonga"),
    ("Oceania", "de", "Der Zyklon zog nahe an Rarotonga vorbei.", "Rarotonga", "rarotonga"),
    (
        "Oceania",
        "en",
        "Fighting was reported on Bougainville Island.",
        "Bougainville Island",
        "bougainville-island",
    ),
    ("Oceania", "de", "Auf Neubritannien bebte die Erde.", "Neubritannien", "new-britain"),
    ("Oceania", "en", "Ash from Ulawun closed the airport.", "Ulawun", "ulawun"),
    ("Oceania", "en", "Tourists were hurt on Whakaari.", "Whakaari", "whakaari"),
    ("Oceania", "de", "Auf White Island starben Touristen.", "White Island", "whakaari"),
    ("Oceania", "en", "Mount Ruapehu erupted overnight.", "Mount Ruapehu", "ruapehu"),
    ("Oceania", "en", "Bushfires swept Kangaroo Island.", "Kangaroo Island", "kangaroo-island"),
    ("Oceania", "de", "Auf der Känguru-Insel brannte es.", "Känguru-Insel", "kangaroo-island"),
    ("Oceania", "en", "Hikers returned from Stewart Island.", "Stewart Island", "stewart-island"),
    ("Africa", "en", "A ferry left for Gorée in the morning.", "Gorée", "goree"),
    ("Africa", "de", "Die Fähre nach Gorée legte ab.", "Gorée", "goree"),
    ("Africa", "de", "Auf Lanzarote landeten 200 Migranten.", "Lanzarote", "lanzarote"),
    ("Africa", "en", "Migrants landed on Fuerteventura.", "Fuerteventura", "fuerteventura"),
    ("Africa", "en", "Lava from Cumbre Vieja reached the sea.", "Cumbre Vieja", "cumbre-vieja"),
    ("Africa", "de", "Der Mount Cameroon ist aktiv.", "Mount Cameroon", "mount-cameroon"),
    ("Africa", "en", "Lava lakes glow at Erta Ale.", "Erta Ale", "erta-ale"),
    ("Africa", "de", "Auf Robben Island saß Mandela in Haft.", "Robben Island", "robben-island"),
    ("Africa", "en", "Nyamuragira erupted north of Goma.", "Nyamuragira", "nyamuragira"),
    (
        "Africa",
        "de",
        "Die Lava des Piton de la Fournaise floss ins Meer.",
        "Piton de la Fournaise",
        "piton-de-la-fournaise",
    ),
    ("Asia", "en", "Ships sank off Halmahera.", "Halmahera", "halmahera"),
    ("Asia", "de", "Ein Erdbeben erschütterte Lombok.", "Lombok", "lombok"),
    ("Asia", "en", "An earthquake struck Sumbawa.", "Sumbawa", "sumbawa"),
    ("Asia", "en", "Mount Agung sent ash over the island.", "Mount Agung", "mount-agung"),
    ("Asia", "de", "Der Sinabung brach erneut aus.", "Sinabung", "sinabung"),
    ("Asia", "en", "Typhoon Haiyan devastated Leyte.", "Leyte", "leyte"),
    ("Asia", "en", "The Taal Volcano spewed ash.", "Taal Volcano", "taal"),
    ("Asia", "de", "Der Ontake brach aus.", "Ontake", "mount-ontake"),
    ("Asia", "en", "Shiveluch erupted on Kamchatka.", "Shiveluch", "shiveluch"),
    (
        "North America",
        "en",
        "Research ships reached Ellesmere Island.",
        "Ellesmere Island",
        "ellesmere-island",
    ),
    (
        "North America",
        "de",
        "Forscher erreichten die Victoria-Insel.",
        "Victoria-Insel",
        "victoria-island",
    ),
    (
        "North America",
        "en",
        "Winds battered Cape Breton Island.",
        "Cape Breton Island",
        "cape-breton-island",
    ),
    (
        "North America",
        "en",
        "The Volcán de Fuego erupted again.",
        "Volcán de Fuego",
        "volcan-de-fuego",
    ),
    (
        "North America",
        "en",
        "Hurricane Dorian flattened Grand Bahama.",
        "Grand Bahama",
        "grand-bahama",
    ),
    (
        "South America",
        "de",
        "Der Nevado del Ruiz stößt Rauch aus.",
        "Nevado del Ruiz",
        "nevado-del-ruiz",
    ),
    ("South America", "de", "Auf Marajó leben Büffel.", "Marajó", "marajo"),
    ("Europe", "de", "Auf Texel strandeten Wale.", "Texel", "texel"),
    (
        "Europe",
        "en",
        "Storms hit the East Frisian Islands.",
        "East Frisian Islands",
        "east-frisian-islands",
    ),
    (
        "Europe",
        "de",
        "Sturm über den Ostfriesischen Inseln.",
        "Ostfriesischen Inseln",
        "east-frisian-islands",
    ),
    (
        "Europe",
        "en",
        "Volcanic ash from Grímsvötn grounded flights.",
        "Grímsvötn",
        "grimsvotn",
    ),
    ("Europe", "de", "Auf Föhr fiel die Fähre aus.", "Föhr", "foehr"),
    ("Europe", "de", "Auf Menorca brannte ein Wald.", "Menorca", "menorca"),
]


def test_the_name_table_is_broad():
    assert len(NAMES) >= 30
    assert len({n[0] for n in NAMES}) >= 5
    for lang in ("de", "en"):
        assert len({n[0] for n in NAMES if n[1] == lang}) >= 5


@pytest.mark.parametrize(("continent", "lang", "text", "mention", "cid"), NAMES)
def test_a_new_name_resolves_to_its_row(continent, lang, text, mention, cid):
    a = analyze(text, lang=lang, events=False)
    found = [p.id for p in a.places if p.mention == mention]
    assert found == [f"curated:{cid}"], (continent, [(p.mention, p.id) for p in a.places])


# (lang, sentence, curated id, verdict): distances from an atlas, measured to the shore
DISTANCES = [
    # Manila to the north coast of Mindoro (Puerto Galera): about 120 km
    ("en", "Manila lies about 120 km from Mindoro.", "mindoro", "consistent"),
    ("de", "Honolulu liegt rund 150 Kilometer von Maui entfernt.", "maui", "consistent"),
    ("en", "Honolulu is about 600 km from Maui.", "maui", "inconsistent"),
    (
        "de",
        "Darwin liegt rund 70 Kilometer von den Tiwi-Inseln entfernt.",
        "tiwi-islands",
        "consistent",
    ),
    (
        "en",
        "Halifax is about 300 km from Cape Breton Island.",
        "cape-breton-island",
        "inconsistent",
    ),
    ("en", "Dakar lies about 500 km from Gorée.", "goree", "inconsistent"),
]


@pytest.mark.parametrize(("lang", "text", "cid", "verdict"), DISTANCES)
def test_a_distance_to_an_island_is_checked(lang, text, cid, verdict):
    a = analyze(text, lang=lang, events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == f"curated:{cid}"
    assert claim.verdict == verdict, claim.explanation
    assert claim.computed_km is not None


def test_a_distance_to_an_island_runs_to_its_shore():
    """Honolulu to Maui's west coast is about 130 km; to the island's label point (its
    centre, near Kahului) it would be about 170 km."""
    a = analyze("Honolulu is about 130 km from Maui.", lang="en", events=False)
    (claim,) = a.claims
    assert claim.verdict == "consistent"
    assert claim.computed_km is not None and 110 < claim.computed_km < 145
