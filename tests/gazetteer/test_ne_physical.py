"""Rivers, ranges, deserts, peninsulas, plateaus, glaciers and parks from Natural Earth, and
the regions news name beside their capital (issues 16 and 21, session 13).

``gazetteer/data/curated/ne_rivers.csv`` and ``gazetteer/data/outlines_ne.csv`` are written
by ``scripts/build_ne_rivers.py`` from Natural Earth's 10m rivers and geography region
layers (public domain). Each generated river must be found by its names and carry its
course; each area outline must hold (or lie near) its row's point. The tables below are
this test's own sentences, one or more per continent and in both languages; the towns in
the distance claims stand on or off the feature as an atlas shows, not as the data says.
"""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze
from tests.support.feature_claims import assert_row_found_first, curated_rows


def _rivers() -> tuple[dict[str, str], ...]:
    return curated_rows("ne_rivers.csv")


def test_the_natural_earth_rivers_are_many_and_sourced():
    rows = _rivers()
    assert len(rows) >= 500
    for row in rows:
        assert row["kind"] == "river", row["id"]
        assert row["source"].startswith("Natural Earth 10m rivers_lake_centerlines"), row["id"]
    # every continent with rivers: a row on each
    codes = {r["country_code"] for r in rows}
    for cc in ("PG", "AU", "IN", "CN", "RU", "BR", "CA", "US", "CD", "NG", "FI"):
        assert cc in codes, cc


@pytest.mark.parametrize("row", _rivers()[::7], ids=lambda r: r["id"])
def test_a_natural_earth_river_is_found_first_by_its_names(gaz, row):
    assert_row_found_first(gaz, row, kind=True)


def test_every_area_outline_holds_its_point(gaz):
    import shapely

    from gazetteer._physical import OUTLINES_NE, read_outlines

    areas = [s.id for s in read_outlines(OUTLINES_NE).values() if s.method == "area"]
    assert len(areas) >= 40
    for rid in areas:
        entry = gaz.get(f"curated:{rid}")
        shape = gaz.geometry(entry.id)
        assert shape is not None and "Polygon" in shape.geom_type, rid
        # within 100 km (0.9 degrees) of the row's own point
        assert shapely.distance(shape, shapely.Point(entry.lon, entry.lat)) < 0.9, rid


# (continent, language, sentence, the name as written, the curated id)
RIVERS = [
    ("Oceania", "en", "Floods swept villages along the Sepik.", "Sepik", "sepik-river"),
    ("Oceania", "en", "Mine waste still reaches the Fly River.", "Fly River", "fly-river"),
    (
        "Oceania",
        "de",
        "Am Fluss Sepik leben viele Dörfer vom Fischfang.",
        "Fluss Sepik",
        "sepik-river",
    ),
    ("Asia", "en", "The level of the Ravi River fell again.", "Ravi River", "ravi-river"),
    ("Asia", "en", "Sewage flows into the River Ravi at Lahore.", "River Ravi", "ravi-river"),
    ("Asia", "de", "Der Fluss Ravi führt kaum noch Wasser.", "Fluss Ravi", "ravi-river"),
    ("Asia", "en", "Gharials breed on the Chambal.", "Chambal", "chambal-river"),
    ("Asia", "de", "Am Mahakam leben die letzten Flussdelfine.", "Mahakam", "mahakam-river"),
    ("Asia", "en", "The Tarim has dried up in its lower course.", "Tarim", "tarim-river"),
    ("Europe", "de", "Rafting-Touristen fahren auf der Katun.", "Katun", "katun-river"),
    ("North America", "en", "Salmon returned to the Kuskokwim.", "Kuskokwim", "kuskokwim-river"),
    ("North America", "en", "Ice jams formed on the Tanana River.", "Tanana River", "tanana-river"),
    (
        "North America",
        "de",
        "Der Assiniboine trat über die Ufer.",
        "Assiniboine",
        "assiniboine-river",
    ),
    (
        "South America",
        "en",
        "Gold miners work along the Essequibo.",
        "Essequibo",
        "essequibo-river",
    ),
    ("South America", "de", "Auf dem Mamoré fahren Fähren.", "Mamoré", "mamore-river"),
    ("Africa", "en", "Refugees crossed the Logone.", "Logone", "logone-river"),
    ("Africa", "en", "Herders water their cattle in the Shebele.", "Shebele", "shebele-river"),
    ("Africa", "de", "Am Lomami wurde ein neuer Affe entdeckt.", "Lomami", "lomami-river"),
]


@pytest.mark.parametrize(
    ("continent", "lang", "text", "name", "fid"),
    RIVERS,
    ids=[f"{t[0]}-{t[1]}-{t[3]}" for t in RIVERS],
)
def test_a_river_in_the_news_resolves_to_its_natural_earth_row(continent, lang, text, name, fid):
    a = analyze(text, lang=lang, claims=False, events=False)
    found = [p for p in a.places if p.mention == name]
    assert found, (continent, [(p.mention, p.id) for p in a.places])
    assert found[0].id == f"curated:{fid}", (continent, found[0].id)


# (continent, language, sentence, the reference's curated id, verdict): the towns stand on
# the river (Ambunti on the Sepik, Kiunga on the Fly, Lahore on the Ravi, Bethel on the
# Kuskokwim, Kota on the Chambal, Samarinda on the Mahakam, Moundou on the Logone,
# Brandon on the Assiniboine, Bartica at the Essequibo's mouth) or far from it
CLAIMS = [
    ("Oceania", "en", "Ambunti lies less than 5 km from the Sepik.", "sepik-river", "consistent"),
    ("Oceania", "en", "Kiunga is less than 10 km from the Fly River.", "fly-river", "consistent"),
    (
        "Oceania",
        "en",
        "Port Moresby lies less than 20 km from the Sepik.",
        "sepik-river",
        "inconsistent",
    ),
    ("Asia", "en", "Lahore lies less than 10 km from the Ravi River.", "ravi-river", "consistent"),
    (
        "Asia",
        "de",
        "Kota liegt weniger als 10 Kilometer vom Chambal entfernt.",
        "chambal-river",
        "consistent",
    ),
    (
        "Asia",
        "en",
        "Samarinda lies less than 10 km from the Mahakam.",
        "mahakam-river",
        "consistent",
    ),
    ("Asia", "en", "Delhi lies less than 10 km from the Chambal.", "chambal-river", "inconsistent"),
    (
        "North America",
        "en",
        "Bethel lies less than 10 km from the Kuskokwim.",
        "kuskokwim-river",
        "consistent",
    ),
    (
        "North America",
        "de",
        "Brandon liegt weniger als 10 Kilometer vom Assiniboine entfernt.",
        "assiniboine-river",
        "consistent",
    ),
    (
        "South America",
        "en",
        "Bartica lies less than 10 km from the Essequibo.",
        "essequibo-river",
        "consistent",
    ),
    ("Africa", "en", "Moundou lies less than 10 km from the Logone.", "logone-river", "consistent"),
    (
        "Africa",
        "en",
        "N'Djamena lies more than 500 km from the Logone.",
        "logone-river",
        "inconsistent",
    ),
]


@pytest.mark.parametrize(
    ("continent", "lang", "text", "fid", "verdict"),
    CLAIMS,
    ids=[f"{t[0]}-{t[1]}-{t[3]}-{t[4]}" for t in CLAIMS],
)
def test_a_distance_to_a_natural_earth_river_runs_to_its_course(
    continent, lang, text, fid, verdict
):
    a = analyze(text, lang=lang, events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == f"curated:{fid}", (
        continent,
        [(p.mention, p.id) for p in a.places],
    )
    assert claim.computed_km is not None, claim.explanation
    assert claim.verdict == verdict, claim.explanation


# (class, language, sentence, the reference's curated id, verdict): ranges, deserts,
# peninsulas, plateaus, glaciers and parks with a Natural Earth area; the claims hold or
# fail by a wide margin on any map
AREA_CLAIMS = [
    (
        "range",
        "de",
        "Wernigerode liegt weniger als 10 Kilometer vom Harz entfernt.",
        "harz",
        "consistent",
    ),
    (
        "range",
        "de",
        "Hamburg liegt weniger als 100 Kilometer von den Alpen entfernt.",
        "alps",
        "inconsistent",
    ),
    ("range", "en", "Toulouse lies less than 150 km from the Pyrenees.", "pyrenees", "consistent"),
    (
        "range",
        "en",
        "Denver lies less than 50 km from the Rocky Mountains.",
        "rocky-mountains",
        "consistent",
    ),
    ("desert", "en", "Madrid lies more than 5,000 km from the Gobi.", "gobi", "consistent"),
    (
        "desert",
        "en",
        "Kashgar lies less than 300 km from the Taklamakan.",
        "taklamakan",
        "consistent",
    ),
    (
        "desert",
        "de",
        "Kairo liegt weniger als 50 Kilometer von der Kalahari entfernt.",
        "kalahari",
        "inconsistent",
    ),
    (
        "peninsula",
        "en",
        "Murmansk lies less than 20 km from the Kola Peninsula.",
        "kola-peninsula",
        "consistent",
    ),
    (
        "peninsula",
        "en",
        "Tokyo lies less than 100 km from the Kamchatka Peninsula.",
        "kamchatka",
        "inconsistent",
    ),
    (
        "glacier",
        "en",
        "Reykjavik lies more than 100 km from Vatnajökull.",
        "vatnajokull",
        "consistent",
    ),
    ("park", "en", "Windhoek lies more than 200 km from Etosha.", "etosha", "consistent"),
    ("plateau", "en", "Lima lies less than 10 km from the Altiplano.", "altiplano", "inconsistent"),
]


@pytest.mark.parametrize(
    ("cls", "lang", "text", "fid", "verdict"),
    AREA_CLAIMS,
    ids=[f"{t[0]}-{t[1]}-{t[3]}-{t[4]}" for t in AREA_CLAIMS],
)
def test_a_distance_to_a_range_desert_or_park_runs_to_its_area(cls, lang, text, fid, verdict):
    a = analyze(text, lang=lang, events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == f"curated:{fid}", (
        cls,
        [(p.mention, p.id) for p in a.places],
    )
    assert claim.computed_km is not None, claim.explanation
    assert claim.verdict == verdict, claim.explanation


# (class, language, sentence, the name as written, expected id): first-level regions named
# like their capital, Belgian, Dutch and French units as news name them
REGIONS = [
    ("state", "en", "Floods hit the state of Sokoto on Monday.", "Sokoto", "admin1:NG-sokoto"),
    ("state", "en", "Heavy rain fell in the state of Oaxaca.", "Oaxaca", "admin1:MX-oaxaca"),
    (
        "state",
        "en",
        "In the Brazilian state of Sao Paulo prices rose.",
        "Sao Paulo",
        "admin1:BR-sao-paulo",
    ),
    ("state", "en", "Fighting in the state of Lagos continued.", "Lagos", "admin1:NG-lagos"),
    ("state", "en", "Troops were sent to the Indian state of Goa.", "Goa", "admin1:IN-goa"),
    (
        "state",
        "de",
        "Im nigerianischen Bundesstaat Kano kam es zu Unruhen.",
        "Kano",
        "admin1:NG-kano",
    ),
    (
        "state",
        "de",
        "Im Bundesstaat Rio de Janeiro regnete es.",
        "Rio de Janeiro",
        "admin1:BR-rio-de-janeiro",
    ),
    ("state", "de", "Im Bundesstaat Puebla bebte die Erde.", "Puebla", "admin1:MX-puebla"),
    ("state", "de", "Im Bundesstaat Oaxaca bebte die Erde.", "Oaxaca", "admin1:MX-oaxaca"),
    (
        "province",
        "en",
        "In the Dutch province of Groningen earthquakes were felt.",
        "Groningen",
        "admin1:NL-groningen",
    ),
    ("province", "de", "In der Provinz Limburg regnete es.", "Limburg", "admin1:NL-limburg"),
    (
        "département",
        "en",
        "The département of Gironde was on alert.",
        "Gironde",
        "admin2:FR-3015948",
    ),
    ("département", "de", "Im Département Gironde brannte es.", "Gironde", "admin2:FR-3015948"),
]


@pytest.mark.parametrize(
    ("cls", "lang", "text", "name", "want"),
    REGIONS,
    ids=[f"{t[0]}-{t[1]}-{t[3]}" for t in REGIONS],
)
def test_a_region_named_like_its_capital_is_the_region_after_its_unit_word(
    cls, lang, text, name, want
):
    a = analyze(text, lang=lang, claims=False, events=False)
    # the unit word may be part of the mention (``Département Gironde``) or not
    found = [p for p in a.places if name in p.mention]
    assert found and found[0].id == want, (cls, [(p.mention, p.id) for p in a.places])


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("en", "Fans flew to Lahore for the final.", "Lahore", "city"),
        ("en", "Flights to Kano were cancelled.", "Kano", "city"),
        ("de", "Der Zug nach Oaxaca hatte Verspätung.", "Oaxaca", "city"),
        ("en", "Ravi Shankar played in London.", "London", "city"),
    ],
)
def test_a_bare_town_stays_the_town_and_a_given_name_no_river(lang, text, name, kind):
    a = analyze(text, lang=lang, claims=False, events=False)
    found = [p for p in a.places if p.mention == name]
    assert found and found[0].kind == kind, [(p.mention, p.id) for p in a.places]
    assert not any(p.kind == "river" for p in a.places), [(p.mention, p.id) for p in a.places]


def test_an_id_with_an_outline_in_both_files_stops_the_build(tmp_path, monkeypatch):
    from gazetteer import _physical
    from gazetteer._errors import GazetteerDataError

    hand, generated = tmp_path / "outlines.csv", tmp_path / "outlines_ne.csv"
    hand.write_text("id,method,value,source\nx,course,0 0; 1 1,editor\n", encoding="utf-8")
    generated.write_text("id,method,value,source\nx,lines,0 0; 1 1,NE\n", encoding="utf-8")
    monkeypatch.setattr(_physical, "OUTLINES", hand)
    monkeypatch.setattr(_physical, "OUTLINES_NE", generated)
    with pytest.raises(GazetteerDataError, match="second outline"):
        _physical.read_outlines()


def test_lines_and_areas_are_read_as_several_parts(tmp_path):
    from gazetteer._errors import GazetteerDataError
    from gazetteer._physical import _parse_value, read_outlines

    path = tmp_path / "outlines_ne.csv"
    path.write_text(
        "id,method,value,source\n"
        "r,lines,0 0; 1 1; 2 1 | 5 5; 6 6,NE\n"
        "a,area,0 0; 1 0; 1 1; 0 0 | 5 5; 6 5; 6 6; 5 5,NE\n",
        encoding="utf-8",
    )
    specs = read_outlines(path)
    assert [len(p) for p in _parse_value(specs["r"], "r")] == [3, 2]
    assert [len(p) for p in _parse_value(specs["a"], "a")] == [4, 4]
    path.write_text("id,method,value,source\nr,lines,0 0 | 5 5; 6 6,NE\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError, match="at least two points"):
        read_outlines(path)
