"""Islands' highest summits, the Pacific's inhabited islands and rivers of two letters
(issues 16 and 15): a summit or island a reporter names resolves as that feature, a summit
lies on its island, an island has its land, and a distance to either is checked.

This pass went through a closed set instead of misses (see
``gazetteer/data/curated/SOURCES.md``, rule (l)): the highest named summit of every
inhabited island of 8,000 km² or more (Wikipedia's "List of islands by area"), where the
layer lacked it; rule (m), the inhabited islands of the Pacific archipelagos a newspaper
names (Fiji, Samoa, Tonga, Vanuatu, the Solomon Islands, French Polynesia, the Cook
Islands) that had no row; and every river of the layer whose name has two letters is found by that
bare name. Names that are given names, surnames or bigger places (Odin, Balbi, Lopatin,
Halcon, Asahi, Olympus) are indexed only with their feature word. The rows are read from
the data files by their rule, so a row added later under the same rule is checked too.
The sentences are this test's own wording; none comes from an evaluation corpus.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from pathlib import Path

import pytest

from geomap.pipeline import analyze
from tests.support.feature_claims import (
    assert_checked_against,
    assert_point_in_outline,
    assert_row_found_first,
    row_names,
)

ROOT = Path(__file__).resolve().parents[2]
CURATED = ROOT / "gazetteer" / "data" / "curated"
RULES = ("rule (l)", "rule (m)")
#: the island row a summit's note names: "rule (l): the highest point of <id> (<m> m)"
ISLAND = re.compile(r"the highest point of ([a-z0-9-]+) \(")


@cache
def _rows() -> tuple[dict[str, str], ...]:
    out = []
    for path in sorted(CURATED.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh)
            if reader.fieldnames and reader.fieldnames[0] == "id":
                out += [r for r in reader if r["note"].startswith(RULES)]
    return tuple(out)


def _summits() -> list[dict[str, str]]:
    return [r for r in _rows() if r["kind"] == "mountain"]


def test_the_pass_is_broad():
    summits = _summits()
    assert len(summits) >= 25
    # islands of five continents' seas: Mediterranean, Pacific, Indian, Atlantic, Arctic
    assert {r["country_code"] for r in summits} >= {"FR", "IT", "GR", "CY", "MG", "GL", "JP"}
    assert len({r["country_code"] for r in summits}) >= 15


def test_the_pacific_pass_covers_its_archipelagos():
    islands = [r for r in _rows() if r["kind"] == "island"]
    assert len(islands) >= 25
    assert {r["country_code"] for r in islands} >= {"FJ", "AS", "TO", "VU", "SB", "PF", "CK"}


@pytest.mark.parametrize(
    "row",
    [r for r in _rows() if r["kind"] == "island" and "not land-checked" not in r["source"]],
    ids=lambda r: r["id"],
)
def test_a_new_island_has_its_land(gaz, row):
    assert_point_in_outline(gaz, f"curated:{row['id']}")


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["id"])
def test_every_name_of_a_new_row_finds_it_first(gaz, row):
    assert_row_found_first(gaz, row, kind=True)


@pytest.mark.parametrize(
    "row", [r for r in _summits() if ISLAND.search(r["note"])], ids=lambda r: r["id"]
)
def test_a_summit_lies_on_its_island(gaz, row):
    import shapely

    island = ISLAND.search(row["note"]).group(1)  # type: ignore[union-attr]
    land = gaz.geometry(f"curated:{island}")
    summit = gaz.get(f"curated:{row['id']}")
    assert land is not None and summit is not None, (row["id"], island)
    # 2 km of slack for the island outline's simplification along a coast
    assert land.buffer(0.02).contains(shapely.Point(summit.lon, summit.lat)), (row["id"], island)


#: a bare name the older guard of ordinary words keeps out (``ob``, the German
#: conjunction: ``test_curated_names_avoid_common_words``); lifting it is the
#: integrator's call now that the mention finder proposes a two-letter name only after
#: an article (see ``gazetteer/data/curated/SOURCES.md``, rule (l))
BARRED = pytest.mark.xfail(strict=True, reason="bare name barred as a German word")


@cache
def _two_letter_rivers() -> tuple[tuple[str, str], ...]:
    """(id, bare name) of every curated river with a name of two letters, or whose
    English name is two letters before " River"."""
    out = {}
    for path in sorted(CURATED.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                if r.get("kind") != "river":
                    continue
                names = [n for n, _ in row_names(r)] + [r["name_en"].removesuffix(" River")]
                for n in names:
                    if len(n) == 2 and n.isalpha():
                        out[r["id"]] = n
    return tuple(sorted(out.items()))


def test_the_two_letter_rivers_are_read_from_the_data():
    assert {fid for fid, _ in _two_letter_rivers()} >= {"po", "ob"}


@pytest.mark.parametrize(
    ("fid", "bare"),
    [
        pytest.param(f, b, marks=[BARRED] if b.lower() == "ob" else [])
        for f, b in _two_letter_rivers()
    ],
)
@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_two_letter_river_is_found_by_its_bare_name(gaz, fid, bare, lang):
    found = gaz.lookup(bare, lang=lang, limit=3)
    assert found and found[0].id == f"curated:{fid}", (bare, [(c.id, c.kind) for c in found])


# Given names, surnames and bigger places stay out without their feature word.
@pytest.mark.parametrize(
    ("name", "lang"),
    [("Odin", "en"), ("Balbi", "de"), ("Lopatin", "en"), ("Halcon", "en"), ("Asahi", "de")],
)
def test_a_name_alone_is_not_the_summit(gaz, name, lang):
    found = gaz.lookup(name, lang=lang, limit=3)
    assert not found or found[0].kind != "mountain", [(c.id, c.kind) for c in found]


def test_olympus_alone_stays_the_greek_summit(gaz):
    found = gaz.lookup("Mount Olympus", lang="en", limit=3)
    assert found and found[0].id != "curated:mount-chionistra", [c.id for c in found]


# (lang, sentence, mention, expected curated id)
SENTENCES = [
    ("en", "Two climbers were rescued on Monte Cinto on Sunday.", "Monte Cinto", "monte-cinto"),
    ("de", "Auf dem Monte Cinto wurden zwei Bergsteiger gerettet.", "Monte Cinto", "monte-cinto"),
    ("en", "Snow fell on Punta La Marmora overnight.", "Punta La Marmora", "punta-la-marmora"),
    ("de", "Auf der Punta La Marmora fiel Schnee.", "Punta La Marmora", "punta-la-marmora"),
    ("en", "Hikers were stranded on Psiloritis.", "Psiloritis", "psiloritis"),
    ("de", "Wanderer saßen am Psiloritis fest.", "Psiloritis", "psiloritis"),
    ("de", "Auf dem Chionistra liegt Schnee.", "Chionistra", "mount-chionistra"),
    ("en", "Firefighters climbed Mount Pulag.", "Mount Pulag", "mount-pulag"),
    ("en", "Snow closed the trails of Asahidake.", "Asahidake", "asahidake"),
    ("de", "Am Maromokotro wurde ein Wanderer vermisst.", "Maromokotro", "maromokotro"),
    ("en", "An expedition reached Gunnbjørn Fjeld.", "Gunnbjørn Fjeld", "gunnbjorn-fjeld"),
    ("de", "Touristen bestiegen den Ramelau.", "Ramelau", "mount-ramelau"),
    pytest.param("en", "The Ob burst its banks near Barnaul.", "Ob", "ob", marks=BARRED),
    pytest.param("de", "Bei Barnaul trat der Ob über die Ufer.", "Ob", "ob", marks=BARRED),
    ("en", "Pollution reached the Ob River.", "Ob River", "ob"),
    ("en", "A cyclone hit Taveuni on Sunday.", "Taveuni", "taveuni"),
    ("de", "Ein Zyklon traf Taveuni.", "Taveuni", "taveuni"),
    ("de", "Auf Tanna brach der Vulkan aus.", "Tanna", "tanna"),
    ("en", "The ash cloud drifted over Ambrym.", "Ambrym", "ambrym"),
    ("en", "Flooding cut roads on Makira.", "Makira", "makira"),
    ("de", "Auf Moorea wurden Häuser zerstört.", "Moorea", "moorea"),
    ("en", "Tourists returned to Bora Bora.", "Bora Bora", "bora-bora"),
    ("de", "Auf Hiva Oa liegt Paul Gauguins Grab.", "Hiva Oa", "hiva-oa"),
    ("en", "A tsunami warning was issued for Tutuila.", "Tutuila", "tutuila"),
    ("de", "Auf Vava'u wurden Häuser beschädigt.", "Vava'u", "vavau"),
    ("en", "Landslides hit Pentecost Island.", "Pentecost Island", "pentecost-island"),
    ("de", "Auf Kolombangara brannte der Wald.", "Kolombangara", "kolombangara"),
    ("en", "Flooding hit the Po.", "Po", "po"),
    ("de", "Öl floss in den Po.", "Po", "po"),
]


@pytest.mark.parametrize(("lang", "text", "mention", "expected"), SENTENCES)
def test_a_new_feature_in_a_sentence(lang, text, mention, expected):
    a = analyze(text, lang=lang, events=False)
    found = {p.mention: p.id for p in a.places}
    assert found.get(mention) == f"curated:{expected}", found


def test_the_feast_is_no_island():
    a = analyze("Pentecost is a Christian feast.", lang="en", events=False)
    assert "curated:pentecost-island" not in {p.id for p in a.places}


def test_the_german_conjunction_is_no_river():
    a = analyze("Ob das klappt, ist offen.", lang="de", events=False)
    assert "curated:ob" not in {p.id for p in a.places}


# (island, lang, sentence, feature id, verdict): towns below a summit or across a strait
# (an atlas says how far), and towns stated far off or too near.
CLAIMS = [
    ("Corsica", "en", "Bastia lies about 30 km from Monte Cinto.", "monte-cinto", "inconsistent"),
    (
        "Sardinia",
        "de",
        "Nuoro liegt rund 40 Kilometer von der Punta La Marmora entfernt.",
        "punta-la-marmora",
        "consistent",
    ),
    ("Crete", "en", "Heraklion lies less than 40 km from Psiloritis.", "psiloritis", "consistent"),
    (
        "Madagascar",
        "de",
        "Antananarivo liegt rund 100 Kilometer vom Maromokotro entfernt.",
        "maromokotro",
        "inconsistent",
    ),
    ("Luzon", "en", "Baguio lies less than 40 km from Mount Pulag.", "mount-pulag", "consistent"),
    (
        "Hokkaido",
        "de",
        "Asahikawa liegt weniger als 60 Kilometer vom Asahidake entfernt.",
        "asahidake",
        "consistent",
    ),
    ("Timor", "en", "Dili lies less than 60 km from Mount Ramelau.", "mount-ramelau", "consistent"),
    (
        "Shikoku",
        "en",
        "Matsuyama lies about 300 km from Mount Ishizuchi.",
        "mount-ishizuchi",
        "inconsistent",
    ),
]


CLAIMS += [
    ("Taveuni", "en", "Suva lies about 200 km from Taveuni.", "taveuni", "consistent"),
    (
        "Tanna",
        "de",
        "Port Vila liegt rund 200 Kilometer von Tanna entfernt.",
        "tanna",
        "consistent",
    ),
    ("Moorea", "en", "Papeete lies less than 30 km from Moorea.", "moorea", "consistent"),
    ("Makira", "en", "Honiara lies about 1,000 km from Makira.", "makira", "inconsistent"),
]


def test_the_claims_cover_both_languages():
    assert {c[1] for c in CLAIMS} == {"de", "en"}
    assert len({c[0] for c in CLAIMS}) >= 6


@pytest.mark.parametrize(("island", "lang", "text", "fid", "verdict"), CLAIMS)
def test_a_distance_to_a_new_feature_is_checked(island, lang, text, fid, verdict):
    assert_checked_against(island, lang, text, fid, verdict)
