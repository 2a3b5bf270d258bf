"""Every curated river has a course the distance checker measures to (issue 16).

A distance to a river without a course was ``unverifiable``; with one it is checked on
every continent. The towns below stand on the river they are measured to (an atlas says
so, not the course data), so a true "less than N km" claim must come out consistent and
a far town's claim inconsistent.
"""

from __future__ import annotations

import pytest

from gazetteer._curated import read_curated


def _river_ids() -> list[str]:
    return sorted(r.id for r in read_curated() if r.kind == "river")


def test_there_are_curated_rivers():
    assert len(_river_ids()) >= 80


@pytest.mark.parametrize("rid", _river_ids())
def test_every_curated_river_has_a_course_through_its_label_point(gaz, rid):
    import shapely

    entry = gaz.get(f"curated:{rid}")
    outline = gaz.geometry(entry.id)
    assert outline is not None, f"{rid} has no outline"
    # a river is a line; an estuary (the Río de la Plata) is its water
    assert outline.geom_type in ("LineString", "MultiLineString", "Polygon", "MultiPolygon")
    assert outline.is_valid
    if outline.geom_type.endswith("LineString"):
        assert len(shapely.get_coordinates(outline)) >= 3 or rid == "narva-river"
    # the label point is "a point on the course (Town)": the course passes by it
    # (within 0.2 degrees, about 20 km, the meander the straight segments miss)
    assert shapely.distance(outline, shapely.Point(entry.lon, entry.lat)) < 0.2, rid


# (continent, lang, text, river id, verdict)
CLAIMS = [
    (
        "Europe",
        "de",
        "Heilbronn liegt weniger als 5 Kilometer vom Neckar entfernt.",
        "neckar",
        "consistent",
    ),
    ("Europe", "en", "Szolnok lies less than 5 km from the Tisza.", "tisza", "consistent"),
    ("Europe", "en", "Madrid lies less than 20 km from the Ebro.", "ebro", "inconsistent"),
    (
        "Europe",
        "de",
        "Zaragoza liegt rund 2 Kilometer vom Fluss Ebro entfernt.",
        "ebro",
        "consistent",
    ),
    ("Europe", "en", "Zaragoza is about 2 km from the Ebro river.", "ebro", "consistent"),
    (
        "Asia",
        "en",
        "Lanzhou lies less than 10 km from the Yellow River.",
        "yellow-river",
        "consistent",
    ),
    (
        "Asia",
        "de",
        "Mandalay liegt weniger als 10 Kilometer vom Irrawaddy entfernt.",
        "irrawaddy",
        "consistent",
    ),
    (
        "Africa",
        "en",
        "Khartoum lies less than 10 km from the Blue Nile.",
        "blue-nile",
        "consistent",
    ),
    (
        "Africa",
        "de",
        "Saint-Louis liegt weniger als 10 Kilometer vom Senegal-Fluss entfernt.",
        "senegal-river",
        "consistent",
    ),
    (
        "North America",
        "en",
        "Louisville is less than 5 km from the Ohio River.",
        "ohio-river",
        "consistent",
    ),
    (
        "North America",
        "de",
        "Albuquerque liegt weniger als 10 Kilometer vom Rio Grande entfernt.",
        "rio-grande",
        "consistent",
    ),
    (
        "South America",
        "en",
        "Corumbá lies less than 5 km from the Paraguay River.",
        "paraguay-river",
        "consistent",
    ),
    (
        "South America",
        "en",
        "Buenos Aires lies less than 5 km from the Río de la Plata.",
        "rio-de-la-plata",
        "consistent",
    ),
    (
        "Oceania",
        "en",
        "Wilcannia lies less than 5 km from the Darling River.",
        "darling-river",
        "consistent",
    ),
]


def test_the_claims_cover_five_continents_in_both_languages():
    assert len({c[0] for c in CLAIMS}) >= 5
    assert {c[1] for c in CLAIMS} == {"de", "en"}


@pytest.mark.parametrize(("continent", "lang", "text", "rid", "verdict"), CLAIMS)
def test_a_distance_to_a_river_is_checked(continent, lang, text, rid, verdict):
    from geomap.pipeline import analyze

    a = analyze(text, lang=lang, events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == f"curated:{rid}", continent
    assert claim.verdict == verdict, claim.explanation
    assert claim.computed_km is not None
