"""Build rules that turn source records into the names news use (issues 16 and 21).

Each rule is checked on several members of its class, none of them taken from an
evaluation corpus: English counties made of several council areas, Philippine provinces
named like a town, states written "<name> State", Arabic town names without the article,
and rivers that share their name with a region.
"""

from __future__ import annotations

import pytest


def _ids(gaz, name: str, lang: str | None = None, limit: int = 3) -> list[str]:
    return [c.id for c in gaz.lookup(name, lang=lang, limit=limit)]


# An English county of several units: its own row, placed among its units' towns.
# (name, a town inside it, lat, lon of that town roughly)
COUNTIES = [
    ("Greater Manchester", 53.48, -2.24),  # Manchester
    ("Merseyside", 53.41, -2.98),  # Liverpool
    ("Tyne and Wear", 54.97, -1.61),  # Newcastle upon Tyne
    ("West Yorkshire", 53.80, -1.55),  # Leeds
    ("South Yorkshire", 53.38, -1.47),  # Sheffield
    ("Bedfordshire", 52.14, -0.47),  # Bedford
    ("Berkshire", 51.45, -0.97),  # Reading
    ("Cheshire", 53.19, -2.89),  # Chester
]


@pytest.mark.parametrize(("name", "lat", "lon"), COUNTIES)
def test_an_english_county_of_several_units_is_one_region_near_its_towns(gaz, name, lat, lon):
    from gazetteer import haversine_km

    top = gaz.lookup(name, lang="en", limit=1)
    assert top and top[0].id.startswith("admin2:GB-") and top[0].kind == "admin2", name
    assert haversine_km(top[0].lat, top[0].lon, lat, lon) < 60, (name, top[0])


def test_yorkshire_contains_its_ridings():
    from gazetteer._sources import gb_counties

    counties = gb_counties()
    assert counties["South Yorkshire"] <= counties["Yorkshire"]
    assert counties["West Yorkshire"] <= counties["Yorkshire"]
    assert counties["East Yorkshire"] <= counties["Yorkshire"]


@pytest.mark.parametrize("name", ["Rizal", "Isabela", "Quezon Province", "Aurora Province"])
def test_a_philippine_province_named_like_a_town_keeps_its_row(gaz, name):
    assert any(i.startswith("admin2:PH-") for i in _ids(gaz, name)), name


def test_a_province_whose_name_is_a_common_word_needs_its_full_name(gaz):
    """`Aurora` is a word first (and a US city); the province is `Aurora Province`."""
    assert not any(i.startswith("admin2:PH-") for i in _ids(gaz, "Aurora", limit=10))


@pytest.mark.parametrize(
    ("name", "prefix"),
    [
        ("Kano State", "admin1:NG-"),
        ("Lagos State", "admin1:NG-"),
        ("São Paulo State", "admin1:BR-"),
        ("Puebla State", "admin1:MX-"),
        ("Khartoum State", "admin1:SD-"),
        ("Washington State", "admin1:US-"),
    ],
)
def test_a_state_named_like_its_city_is_found_as_state(gaz, name, prefix):
    ids = _ids(gaz, name, lang="en", limit=1)
    assert ids and ids[0].startswith(prefix), (name, ids)


@pytest.mark.parametrize("name", ["Michigan State", "Georgia State", "Ohio State"])
def test_a_state_without_a_namesake_city_is_no_state_name(gaz, name):
    """In US news "Michigan State" is a university or its team."""
    assert not any(i.startswith("admin1:") for i in _ids(gaz, name))


@pytest.mark.parametrize(
    ("name", "cc"),
    [("Hasakah", "SY"), ("Hillah", "IQ"), ("Diwaniyah", "IQ"), ("Kharj", "SA"), ("Qamishli", "SY")],
)
def test_an_arabic_town_is_found_without_the_article(gaz, name, cc):
    top = gaz.lookup(name, limit=1)
    assert (
        top and top[0].kind == "city" and top[0].country_code == cc and top[0].population > 100_000
    )


def test_the_article_is_not_dropped_when_the_rest_is_a_word():
    from gazetteer._sources import _without_article

    assert _without_article(["As Salt"]) == []  # "Salt"
    assert _without_article(["Al Bab"]) == []  # too short
    assert _without_article(["Ar Raqqah", "Raqqah"]) == []  # already there
    assert _without_article(["Ad Dammam"]) == ["Dammam"]


# Rivers that share their name with a region, a county or a city: the river is a feature
# of its own, found by its river name in English and its German name.
RIVERS = [
    ("Kuban River", "Kuban", "kuban-river"),
    ("Terek River", "Terek", "terek-river"),
    ("Olt River", "Olt", "olt-river"),
    ("Kabul River", "Kabul-Fluss", "kabul-river"),
]


@pytest.mark.parametrize(("en", "de", "cid"), RIVERS)
def test_a_river_named_like_a_region_is_a_river_with_a_course(gaz, en, de, cid):
    assert _ids(gaz, en, lang="en", limit=1) == [f"curated:{cid}"]
    assert f"curated:{cid}" in _ids(gaz, de, lang="de", limit=3)
    geom = gaz.geometry(f"curated:{cid}")
    assert geom is not None and geom.geom_type == "LineString"


# Border crossings news name (curated facilities): found by their name in both languages;
# a crossing named after its town keeps the bare name for the town.
CROSSINGS = [
    ("Torkham", "Grenzübergang Torkham", "torkham"),
    ("Bab al-Hawa", "Grenzübergang Bab al-Hawa", "bab-al-hawa"),
    ("Kerem Shalom crossing", "Kerem Schalom", "kerem-shalom-crossing"),
    ("Allenby Bridge", "König-Hussein-Brücke", "allenby-bridge"),
    ("Attari-Wagah border", "Grenzübergang Wagah", "wagah-border"),
    ("Kapıkule", "Grenzübergang Kapıkule", "kapikule"),
    ("Rafah crossing", "Grenzübergang Rafah", "rafah-crossing"),
]


@pytest.mark.parametrize(("en", "de", "cid"), CROSSINGS)
def test_a_border_crossing_is_a_facility_in_both_languages(gaz, en, de, cid):
    for name, lang in ((en, "en"), (de, "de")):
        assert _ids(gaz, name, lang=lang, limit=1) == [f"curated:{cid}"], name


@pytest.mark.parametrize("town", ["Rafah", "Erez", "San Ysidro"])
def test_a_town_that_names_a_crossing_stays_the_town(gaz, town):
    top = gaz.lookup(town, limit=1)
    assert top and top[0].kind == "city", (town, top)
