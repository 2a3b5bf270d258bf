"""Second-level units no GeoNames town places (``gazetteer/data/admin_units_extra.csv``).

The index placed GeoNames' districts from their ``cities500`` towns, so a district without
such a town had no entry (Nepal's mountain districts, Malawi's districts). The layer adds
ISO 3166-2's lowest level and Nepal's district polygons where no admin entry of the country
names the unit yet. A reader checks that a sentence naming such a district finds it, in
both languages, near the district, and that the layer takes no name from a town and adds
no unit twice.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

import geomap
from gazetteer import GazetteerDataError
from gazetteer._sources import ADMIN_UNITS_EXTRA, Admin1Region, extra_admin_units


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    ("text", "lang", "name", "cc", "point"),
    [
        # Nepal's districts without a cities500 town (points: the districts' seats)
        (
            "A landslide buried homes in Nepal's Rasuwa district.",
            "en",
            "Rasuwa",
            "NP",
            (28.17, 85.34),
        ),
        (
            "Im Distrikt Rasuwa verschüttete ein Erdrutsch mehrere Häuser.",
            "de",
            "Rasuwa",
            "NP",
            (28.17, 85.34),
        ),
        (
            "Floods cut off villages in the district of Jajarkot.",
            "en",
            "Jajarkot",
            "NP",
            (28.70, 82.22),
        ),
        (
            "Im nepalesischen Distrikt Humla stürzte ein Hubschrauber ab.",
            "de",
            "Humla",
            "NP",
            (29.97, 81.82),
        ),
        # a spelling the polygons use and GeoNames does not (GeoNames: Sindhupalchowk)
        (
            "Rescuers reached Sindhupalchok district on foot.",
            "en",
            "Sindhupalchok",
            "NP",
            (27.95, 85.68),
        ),
        # Malawi's districts: GeoNames' first level, which the older admin-1 dump lacks
        (
            "Floods swept through Malawi's Phalombe district.",
            "en",
            "Phalombe",
            "MW",
            (-15.80, 35.65),
        ),
        (
            "Im Distrikt Nsanje im Süden Malawis stieg das Wasser.",
            "de",
            "Nsanje",
            "MW",
            (-16.92, 35.26),
        ),
        # Bangladesh's districts
        (
            "A ferry capsized in Bangladesh's Munshiganj district.",
            "en",
            "Munshiganj",
            "BD",
            (23.54, 90.53),
        ),
    ],
)
def test_district_found_in_sentence(
    text: str, lang: str, name: str, cc: str, point: tuple[float, float]
) -> None:
    places = geomap.analyze(text, lang=lang, claims=False, events=False).places
    got = [(p.mention, p.name, p.kind, p.country_code, p.lat, p.lon) for p in places]
    assert any(
        p.resolved
        and name in p.mention
        and p.country_code == cc
        and p.lat is not None
        and p.lon is not None
        and _km(point, (p.lat, p.lon)) <= 60
        for p in places
    ), got


def test_town_keeps_its_name() -> None:
    """A district named like its seat (Malawi's Zomba) adds no bare name: Zomba is the town."""
    places = geomap.analyze("Students marched in Zomba.", lang="en", events=False).places
    zomba = [p for p in places if p.mention == "Zomba"]
    assert zomba and zomba[0].kind == "city", [(p.mention, p.kind) for p in places]


def _unit(uid: str, cc: str, name: str, lat: float, lon: float) -> Admin1Region:
    return Admin1Region(uid, cc, name, lat, lon, 0, ((name, "", True),))


def _csv(tmp_path: Path, rows: list[str]) -> Path:
    p = tmp_path / "units.csv"
    p.write_text(
        "id,cc,name,names,word,parent,lat,lon,radius_km,source\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )
    return p


def test_layer_rules(tmp_path: Path) -> None:
    path = _csv(
        tmp_path,
        [
            # new: no entry of the country names it
            "x:1,NP,Humlaxi,,District,P7,29.9,81.8,30,test",
            # held already under the same name: skipped
            "x:2,NP,Dolpa,,District,P6,29.0,82.9,,test",
            # another spelling of a held unit nearby: its name goes to that unit
            "x:3,NP,Sindhupalchok,,District,P3,27.9,85.7,,test",
            # a town of the country bears the name: no bare name, the unit word finds it
            "x:4,MW,Zomba,,District,S,-15.4,35.3,,test",
        ],
    )
    existing = [
        _unit("admin2:NP-1", "NP", "Dolpa", 29.0, 82.9),
        _unit("admin2:NP-2", "NP", "Sindhupalchowk", 27.94, 85.8),
    ]
    units, more = extra_admin_units(existing, set(), {("MW", "zomba")}, path)
    by_id = {u.id: u for u in units}
    assert set(by_id) == {"admin2:x:1", "admin2:x:4"}
    assert ("Humlaxi", "", True) in by_id["admin2:x:1"].names
    assert ("Distrikt Humlaxi", "de", False) in by_id["admin2:x:1"].names
    assert by_id["admin2:x:1"].radius_km == 30
    zomba = {n for n, _, _ in by_id["admin2:x:4"].names}
    assert "Zomba" not in zomba and "Zomba District" in zomba
    assert "Sindhupalchok" in {n for n, _, _ in more["admin2:NP-2"]}
    assert "admin2:NP-1" not in more


def test_layer_bad_row(tmp_path: Path) -> None:
    path = _csv(tmp_path, ["x:1,NP,Humla,,District,P7,north,81.8,,test"])
    with pytest.raises(GazetteerDataError, match="units.csv:2"):
        extra_admin_units([], set(), set(), path)


def test_every_row_has_a_source_and_a_point() -> None:
    import csv

    with open(ADMIN_UNITS_EXTRA, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) > 2000
    assert all(r["source"] and r["id"] and len(r["cc"]) == 2 for r in rows)
    assert all(-90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180 for r in rows)
    assert len({r["id"] for r in rows}) == len(rows)
    # Nepal's 77 districts but Jhapa, which the curated layer holds (news_places.csv)
    assert sum(r["id"].startswith("npdistrict:") for r in rows) == 76
    # and its seven provinces, the ISO 3166-2 rows
    assert sum(r["id"].startswith("iso:NP-") for r in rows) == 7


@pytest.mark.parametrize(
    ("text", "lang", "name", "cc", "point"),
    [
        # Nepal's seven provinces (2015), which the index's older dump does not hold
        # (points: the provinces' middles, roughly)
        ("Floods cut roads across Koshi Province.", "en", "Koshi", "NP", (27.1, 87.3)),
        (
            "Hochwasser zerstörte Brücken in der Provinz Madhesh.",
            "de",
            "Madhesh",
            "NP",
            (26.8, 85.9),
        ),
        ("A landslide hit a bus in Karnali Province.", "en", "Karnali", "NP", (29.2, 82.2)),
        ("Schnee blockierte Pässe in der Provinz Karnali.", "de", "Karnali", "NP", (29.2, 82.2)),
        (
            "Rescuers reached villages in Sudurpashchim Province.",
            "en",
            "Sudurpashchim",
            "NP",
            (29.3, 80.9),
        ),
        # Somalia's regions under their Somali names (the index names them in English)
        ("Drought killed livestock in Jubbada Hoose.", "en", "Jubbada Hoose", "SO", (-0.3, 42.0)),
        (
            "Fighting displaced families in the Shabeellaha Dhexe region.",
            "en",
            "Shabeellaha Dhexe",
            "SO",
            (2.9, 45.7),
        ),
        (
            "Dürre tötete Vieh in der Region Shabeellaha Hoose.",
            "de",
            "Shabeellaha Hoose",
            "SO",
            (1.9, 44.4),
        ),
        (
            "In Jubbada Dhexe flohen Tausende vor den Kämpfen.",
            "de",
            "Jubbada Dhexe",
            "SO",
            (1.3, 42.4),
        ),
    ],
)
def test_province_or_region_found_in_sentence(
    text: str, lang: str, name: str, cc: str, point: tuple[float, float]
) -> None:
    """A first-level unit is large: its place is right within 150 km of its middle."""
    places = geomap.analyze(text, lang=lang, claims=False, events=False).places
    got = [(p.mention, p.name, p.kind, p.country_code, p.lat, p.lon) for p in places]
    assert any(
        p.resolved
        and name in p.mention
        and p.country_code == cc
        and p.lat is not None
        and p.lon is not None
        and _km(point, (p.lat, p.lon)) <= 150
        for p in places
    ), got
