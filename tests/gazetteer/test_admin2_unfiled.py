"""Second-level units whose towns GeoNames files under no admin-2 code (issue 21, session 18).

Two rules place them (``gazetteer/_sources.py``): a town's subdivision path is read by
level, so a country whose first-level units sit in a level-0 unit (Indonesia) keeps its
towns' regencies; and a unit no town is filed under stands at its seat when one town of
its admin-1 bears its name or the name its adjective is made from (``-skiy Rayon``,
Hungarian ``-i járás``). The tables are this test's own wording, with the point an atlas
gives each unit and a tolerance its size allows; none comes from an evaluation corpus.
"""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze
from tests.support.feature_claims import km as _km
from tests.support.units import check_town_keeps_name, check_unit_near

_EN = "Floods hit {} on Monday, officials said."
_EN_SHELL = "Drones struck targets in {} overnight, the governor said."
_DE_IM = "Im {} gab es am Montag Überschwemmungen."

# (lang, sentence, the name as written, ISO country, lat, lon, km)
UNITS = [
    # Indonesia: towns filed under island group | province | regency
    ("en", _EN, "Cianjur Regency", "ID", -7.00, 107.10, 60),
    ("en", _EN, "Kabupaten Garut", "ID", -7.30, 107.85, 60),
    ("en", _EN, "Garut Regency", "ID", -7.30, 107.85, 60),
    ("en", _EN, "Sleman Regency", "ID", -7.70, 110.35, 30),
    ("en", _EN, "Sigi Regency", "ID", -1.40, 119.95, 80),
    ("de", _DE_IM, "Regierungsbezirk Garut", "ID", -7.30, 107.85, 60),
    # Russia and Belarus: BGN's "-skiy Rayon", English "-sky District"
    ("en", _EN_SHELL, "Shebekinsky District", "RU", 50.40, 36.90, 50),
    ("en", _EN_SHELL, "Sudzhansky District", "RU", 51.20, 35.30, 40),
    ("en", _EN_SHELL, "Belgorodsky District", "RU", 50.60, 36.60, 50),
    ("en", _EN, "Zhlobinsky District", "BY", 52.90, 30.00, 50),
    # Hungary: "Soproni járás" is the Sopron District
    ("en", _EN, "Sopron District", "HU", 47.65, 16.60, 40),
    # Iran: "Shahrestān-e X" is X County
    ("en", _EN, "Dehloran County", "IR", 32.70, 47.30, 80),
    # Kazakhstan: "Ayagozskiy Rayon", the Ayagoz District
    ("en", _EN, "Ayagoz District", "KZ", 47.90, 80.50, 120),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "name", "cc", "lat", "lon", "km"),
    UNITS,
    ids=[f"{r[0]}-{r[2]}" for r in UNITS],
)
def test_a_unit_without_filed_towns_resolves_near_it(lang, sentence, name, cc, lat, lon, km):
    check_unit_near(lang, sentence, name, cc, lat, lon, km)


# (lang, sentence, the town, ISO country): the seat keeps its bare name; the unit
# placed at it (or named after it) does not take the name
TOWNS = [
    ("en", "Floods hit Cianjur on Monday, officials said.", "Cianjur", "ID"),
    ("en", "Floods hit Garut on Monday, officials said.", "Garut", "ID"),
    ("en", "Drones struck Shebekino overnight, the governor said.", "Shebekino", "RU"),
    ("en", "Drones struck Sudzha overnight, the governor said.", "Sudzha", "RU"),
    ("en", "Floods hit Zhlobin on Monday, officials said.", "Zhlobin", "BY"),
    ("de", "In Sopron gab es am Montag Überschwemmungen.", "Sopron", "HU"),
    ("en", "Floods hit Dehloran on Monday, officials said.", "Dehloran", "IR"),
    ("en", "Floods hit Ayagoz on Monday, officials said.", "Ayagoz", "KZ"),
]


@pytest.mark.parametrize(("lang", "text", "name", "cc"), TOWNS, ids=[r[2] for r in TOWNS])
def test_the_seat_keeps_its_bare_name(lang, text, name, cc):
    check_town_keeps_name(lang, text, name, cc)


def test_seat_keys_read_adjectives_of_town_names():
    from gazetteer._sources import _seat_keys

    exact, stems = _seat_keys("Tambovskiy", False)
    assert "tambov" in stems and "tambovsk" in exact
    assert "szeged" in _seat_keys("Szegedi", True)[0]
    # an adjective ending only: no stem shorter than three letters
    assert _seat_keys("Sky", False) == ({"sky"}, set())
    # the Hungarian ending only before "járás"
    assert _seat_keys("Kiskunfélegyházi", False) == ({"kiskunfelegyhazi"}, set())


# (lang, sentence, the name as written, ISO country, lat, lon): a unit neither its towns
# nor its seat place, named with its unit word, is an area somewhere in its admin-1 (the
# admin-1's point and extent); an atlas's point of the unit lies within about twice
# that radius of the entry's point
AREAS = [
    ("en", _EN, "Zhizdrinsky District", "RU", 53.70, 34.80),
    ("en", _EN, "Tariat Sum", "MN", 48.16, 99.88),
    ("en", _EN, "Yangyang County", "KR", 38.07, 128.62),
    ("en", _EN, "Palma District", "MZ", -10.78, 40.47),
    ("en", _EN, "Shighnan District", "AF", 37.60, 71.40),
    ("en", _EN, "Bench Maji Zone", "ET", 6.50, 35.50),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "name", "cc", "lat", "lon"),
    AREAS,
    ids=[f"{r[0]}-{r[2]}" for r in AREAS],
)
def test_a_unit_named_with_its_unit_word_is_an_area_of_its_admin1(
    gaz, lang, sentence, name, cc, lat, lon
):
    text = sentence.format(name)
    start = text.index(name)
    a = analyze(text, lang=lang, claims=False, events=False)
    found = [p for p in a.places if p.start <= start < p.end]
    assert found, (name, [(p.mention, p.id) for p in a.places])
    place = found[0]
    assert (place.kind, place.country_code) == ("admin2", cc), (name, place.id)
    entry = gaz.get(place.id)
    assert entry is not None and entry.radius_km, place.id
    off = _km(lat, lon, entry.lat, entry.lon)
    assert off <= 2 * entry.radius_km, (name, place.id, round(off), entry.radius_km)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Floods hit Zhizdrinskiy on Monday, officials said.", "Zhizdrinskiy"),
        ("Floods hit Tariat on Monday, officials said.", "Tariat"),
    ],
)
def test_an_area_unit_has_no_bare_name(text, name):
    """Only the unit word says which place such a name means: no source gives the unit's
    point, and its bare name may be a village's, a person's or a word."""
    start = text.index(name)
    a = analyze(text, lang="en", claims=False, events=False)
    assert not [p for p in a.places if p.start <= start < p.end and p.kind == "admin2"], [
        (p.mention, p.id) for p in a.places
    ]
