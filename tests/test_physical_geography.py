"""Distances to physical features through the whole pipeline (issue 16): a sea, a lake, an
island, a river, a pole and a line of latitude are checked against their outline (or
point), not left ``unverifiable``, on six continents and in both languages.

The stated distances are what an atlas gives (Tromsø lies about 340 km north of the
Arctic Circle, Irkutsk about 60 km from Lake Baikal, Puno on the shore of Lake
Titicaca), so a right verdict needs both the right feature and the right outline.
"""

from __future__ import annotations

import re

import pytest

from geomap.pipeline import analyze

# (continent, lang, text, reference id, verdict)
CASES = [
    ("Europe", "en", "Odesa lies less than 10 km from the Black Sea.", "black-sea", "consistent"),
    (
        "Europe",
        "de",
        "Helsinki liegt weniger als 10 Kilometer vom Finnischen Meerbusen entfernt.",
        "gulf-of-finland",
        "consistent",
    ),
    (
        "Europe",
        "de",
        "Köln liegt weniger als 5 Kilometer vom Rhein entfernt.",
        "rhine",
        "consistent",
    ),
    (
        "Europe",
        "en",
        "Tromsø lies about 340 km north of the Arctic Circle.",
        "arctic-circle",
        "consistent",
    ),
    (
        "Europe",
        "de",
        "Tromsø liegt rund 340 Kilometer nördlich des Polarkreises.",
        "arctic-circle",
        "consistent",
    ),
    (
        "Europe",
        "de",
        "Hammerfest liegt rund 100 Kilometer vom Nordkap entfernt.",
        "north-cape",
        "consistent",
    ),
    (
        "Europe",
        "en",
        "Longyearbyen lies about 1,300 km from the North Pole.",
        "north-pole",
        "consistent",
    ),
    (
        "Europe",
        "de",
        "Longyearbyen liegt rund 1300 Kilometer vom Nordpol entfernt.",
        "north-pole",
        "consistent",
    ),
    ("Asia", "en", "Irkutsk is about 60 km from Lake Baikal.", "lake-baikal", "consistent"),
    (
        "Asia",
        "de",
        "Irkutsk liegt etwa 60 Kilometer vom Baikalsee entfernt.",
        "lake-baikal",
        "consistent",
    ),
    ("Asia", "de", "Surabaya liegt etwa 200 Kilometer von Bali entfernt.", "bali", "consistent"),
    ("Asia", "en", "Surabaya is about 400 km from Bali.", "bali", "inconsistent"),
    (
        "Asia",
        "de",
        "Dschidda liegt weniger als 10 Kilometer vom Roten Meer entfernt.",
        "red-sea",
        "consistent",
    ),
    (
        "Africa",
        "en",
        "Kisumu lies less than 5 km from Lake Victoria.",
        "lake-victoria",
        "consistent",
    ),
    (
        "Africa",
        "de",
        "Kisumu liegt weniger als 5 Kilometer vom Victoriasee entfernt.",
        "lake-victoria",
        "consistent",
    ),
    (
        "Africa",
        "de",
        "Kairo liegt weniger als 10 Kilometer vom Nil entfernt.",
        "nile",
        "consistent",
    ),
    (
        "Africa",
        "en",
        "Alexandria lies less than 10 km from the Mediterranean.",
        "mediterranean-sea",
        "consistent",
    ),
    (
        "Africa",
        "en",
        "Cape Town lies about 50 km from the Cape of Good Hope.",
        "cape-of-good-hope",
        "consistent",
    ),
    (
        "North America",
        "en",
        "Yellowknife is less than 5 km from Great Slave Lake.",
        "great-slave-lake",
        "consistent",
    ),
    (
        "South America",
        "en",
        "Quito lies about 25 km south of the Equator.",
        "equator",
        "consistent",
    ),
    (
        "South America",
        "de",
        "Quito liegt etwa 25 Kilometer südlich des Äquators.",
        "equator",
        "consistent",
    ),
    (
        "South America",
        "de",
        "Puno liegt weniger als 5 Kilometer vom Titicacasee entfernt.",
        "lake-titicaca",
        "consistent",
    ),
    (
        "South America",
        "en",
        "Manaus lies less than 10 km from the Amazon.",
        "amazon-river",
        "consistent",
    ),
    (
        "Oceania",
        "en",
        "Melbourne lies more than 200 km from Tasmania.",
        "tasmania",
        "consistent",
    ),
    (
        "Oceania",
        "de",
        "Sydney liegt mehr als 500 Kilometer von der Lord-Howe-Insel entfernt.",
        "lord-howe-island",
        "consistent",
    ),
    (
        "Oceania",
        "en",
        "Brisbane lies about 450 km south of the Tropic of Capricorn.",
        "tropic-of-capricorn",
        "consistent",
    ),
]


def test_the_table_covers_six_continents_in_both_languages():
    assert len({c[0] for c in CASES}) >= 6
    for lang in ("de", "en"):
        assert len({c[0] for c in CASES if c[1] == lang}) >= 5


@pytest.mark.parametrize(("continent", "lang", "text", "ref_id", "verdict"), CASES)
def test_distance_to_a_physical_feature_is_checked(continent, lang, text, ref_id, verdict):
    a = analyze(text, lang=lang, events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == f"curated:{ref_id}", continent
    assert claim.verdict == verdict, claim.explanation
    assert claim.computed_km is not None


def test_a_distance_to_a_sea_runs_to_its_shore_not_its_label_point():
    a = analyze("Ankara lies about 190 km from the Black Sea.", lang="en", events=False)
    (claim,) = a.claims
    assert claim.verdict == "consistent"
    assert "nearest shore of Black Sea" in claim.explanation
    # the label point of the sea (43.5 N 34 E) is about 400 km from Ankara
    assert claim.computed_km < 250


# The names in the first list of issue 16, each in a sentence of its own wording.
ISSUE_NAMES = [
    ("en", "The storm crossed the Pacific.", "Pacific", "curated:pacific-ocean"),
    ("en", "The yacht sailed across the Atlantic.", "Atlantic", "curated:atlantic-ocean"),
    ("en", "Trains in the West Midlands were delayed.", "West Midlands", "curated:west-midlands"),
    ("de", "Die Reisegruppe fuhr bis zum Nordkap.", "Nordkap", "curated:north-cape"),
    (
        "en",
        "The Great Slave Lake froze early this year.",
        "Great Slave Lake",
        "curated:great-slave-lake",
    ),
    ("de", "Am Turkana-See ist es heiß.", "Turkana-See", "curated:lake-turkana"),
    ("en", "Lord Howe Island has few visitors.", "Lord Howe Island", "curated:lord-howe-island"),
    ("de", "Auf der Bäreninsel leben Eisbären.", "Bäreninsel", "curated:bear-island"),
    ("de", "Die Expedition erreichte den Nordpol.", "Nordpol", "curated:north-pole"),
    ("de", "Rovaniemi liegt am Polarkreis.", "Polarkreis", "curated:arctic-circle"),
    (
        "en",
        "The village lies just south of the Arctic Circle.",
        "Arctic Circle",
        "curated:arctic-circle",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mention", "want"), ISSUE_NAMES)
def test_issue_names_resolve_to_the_feature(lang, text, mention, want):
    a = analyze(text, lang=lang, events=False)
    found = [p for p in a.places if p.mention == mention]
    assert found and found[0].id == want, [(p.mention, p.id) for p in a.places]


# What the gazetteer's data alone cannot settle: the resolver must read the context.


@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        ("Er wurde in Brünn geboren.", "Brünn", "geonames:3078610"),
        ("Sie studierte in Lemberg.", "Lemberg", "geonames:702550"),
    ],
)
def test_german_exonyms_of_east_european_cities(text, mention, want):
    # a German exonym tagged lang=de for a large foreign city (Brno, Lviv) beats a
    # small German-speaking town whose folded name matches (Brunn am Gebirge, Lemberg
    # in the Palatinate)
    a = analyze(text, lang="de", events=False)
    found = [p for p in a.places if p.mention == mention]
    assert found and found[0].id == want


def test_a_river_named_like_a_state_after_a_german_article():
    # "vom Mississippi entfernt": German writes nouns with a capital, so the lower-case
    # word after the name is no noun it modifies and the article is the river's
    a = analyze(
        "New Orleans liegt weniger als 10 Kilometer vom Mississippi entfernt.",
        lang="de",
        events=False,
    )
    (claim,) = a.claims
    assert claim.reference.id == "curated:mississippi"


@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        (
            "Die Forschungsstation liegt nahe dem südlichen Polarkreis.",
            "südlichen Polarkreis",
            "curated:antarctic-circle",
        ),
        (
            "Havanna liegt knapp nördlich des nördlichen Wendekreises.",
            "nördlichen Wendekreises",
            "curated:tropic-of-cancer",
        ),
        (
            "Die Route folgt dem südlichen Wendekreis durch die Wüste.",
            "südlichen Wendekreis",
            "curated:tropic-of-capricorn",
        ),
    ],
)
def test_a_lower_case_adjective_inside_a_features_name(text, mention, want):
    a = analyze(text, lang="de", events=False)
    found = [p for p in a.places if p.mention == mention]
    assert found and found[0].id == want, [(p.mention, p.id) for p in a.places]


@pytest.mark.parametrize(
    "text",
    [
        "Tankers crossed the Gulf on Monday.",
        "Oil prices rose as tensions in the Gulf grew.",
    ],
)
def test_the_gulf_with_its_article_is_the_feature_of_that_name(text):
    a = analyze(text, lang="en", events=False)
    found = [p for p in a.places if p.mention == "Gulf"]
    assert found and found[0].id == "curated:persian-gulf", [(p.mention, p.id) for p in a.places]


def test_a_feature_word_without_its_article_is_still_no_place():
    a = analyze("Gulf Air and Channel operators cut flights.", lang="en", events=False)
    assert not [p for p in a.places if p.mention in ("Gulf", "Channel")]


def test_the_map_draws_the_outline_a_distance_ran_to(gaz):
    from geomap.maps import build_map, render_html

    a = analyze("Ankara lies about 190 km from the Black Sea.", lang="en", events=False)
    page = render_html(build_map([a], gaz))
    # the shore is drawn as a line whose tooltip is the sea's bare name (the marker's
    # tooltip says "Black Sea (sea)")
    assert re.search(r"bindTooltip\(\s*`<div>\s*Black Sea\s*</div>`", page)
    # and it is the shore: a point of the Crimean coast is on it (to 0.1°)
    assert re.search(r"\[44\.[3-5]\d*,\s*33\.[4-6]\d*\]", page)


def test_area_samples_cover_an_island_seen_from_a_town_on_it():
    from shapely.geometry import box

    from geomap.geometry import area_samples

    # a 1°x1° island at the equator, seen from its south-west corner
    d, az, lats, lons = area_samples(0.0, 0.0, box(0.0, 0.0, 1.0, 1.0))
    assert d.min() == pytest.approx(0.0, abs=1e-6)
    assert d.max() == pytest.approx(156.9, abs=1.0)  # the far corner, geodesic
    inside = (az > 0.0) & (az < 90.0)
    assert inside.sum() > 0.9 * (len(az) - (d < 1e-6).sum() - ((az == 0) | (az == 90)).sum())
