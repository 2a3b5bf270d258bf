"""Places the news name that the gazetteer lacked or placed wrong (issues 15, 16, 20, 21):
small towns and landmarks, a dam, a pass, an archipelago, a river, a district, the
provinces a country formed after its admin-1 data, islands that are also provinces, and
GeoNames towns whose point or population a stated source corrects. Read right: each name,
in a sentence of its own language, is that place, and a distance to an island is measured.

The rows are data (``gazetteer/data/curated/news_places.csv``, ``aliases.csv``,
``town_corrections.csv``); the sentences are this test's own wording.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

import geomap
from gazetteer import GazetteerDataError
from gazetteer._sources import town_corrections
from tests.support.feature_claims import assert_checked_against, assert_row_found_first

DATA = Path(__file__).resolve().parents[2] / "gazetteer" / "data"


@cache
def _rows() -> tuple[dict[str, str], ...]:
    with (DATA / "curated" / "news_places.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(csv.DictReader(fh))


@pytest.mark.parametrize("row", _rows(), ids=lambda r: r["id"])
def test_every_english_and_german_name_finds_its_row_first(gaz, row):
    assert_row_found_first(gaz, row)


@pytest.mark.parametrize(
    ("name", "lang", "place_id"),
    [
        ("Quriyat", "en", "geonames:286839"),
        ("Quriyat", "de", "geonames:286839"),
        ("Thumrait", "en", "geonames:286140"),
        ("Um Kadada", "en", "geonames:364933"),
        ("Yeji", "en", "geonames:2293805"),
        ("Itaipú-Staudamm", "de", "curated:itaipu-dam"),
    ],
)
def test_a_spelling_of_the_news_finds_the_geonames_town(gaz, name, lang, place_id):
    assert gaz.lookup(name, lang=lang)[0].id == place_id


# a river, a lake or a bigger namesake keeps the bare name a province also bears
@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("Tanganyika", "curated:lake-tanganyika"),
        ("Lualaba", "curated:lualaba-river"),
        ("Cebu", "geonames:1717512"),
    ],
)
def test_the_namesake_keeps_the_bare_name(gaz, name, place_id):
    assert gaz.lookup(name, lang="en")[0].id == place_id


# (lang, sentence, mention, id)
SENTENCES = [
    ("en", "The new port at Duqm handled its first tanker.", "Duqm", "curated:duqm"),
    ("de", "Im Hafen von Duqm legte ein Tanker an.", "Duqm", "curated:duqm"),
    ("en", "Turtles nest on the beaches near Ras al Hadd.", "Ras al Hadd", "curated:ras-al-hadd"),
    ("en", "Tourists swam in the Bimmah Sinkhole.", "Bimmah Sinkhole", "curated:bimmah-sinkhole"),
    ("de", "Die Fähre fährt von Shannah nach Hilf.", "Hilf", "curated:hilf"),
    ("en", "Fishermen in Mirbat landed sardines.", "Mirbat", "curated:mirbat"),
    ("de", "In Taqah wurde ein Festival eröffnet.", "Taqah", "curated:taqah"),
    ("en", "Floodwater reached Akosombo on Sunday.", "Akosombo", "curated:akosombo"),
    ("de", "Der Akosombo-Staudamm ließ Wasser ab.", "Akosombo-Staudamm", "curated:akosombo-dam"),
    ("en", "A bus crashed near Besham.", "Besham", "curated:besham"),
    (
        "de",
        "Der Khunjerab-Pass wurde wegen Schnee gesperrt.",
        "Khunjerab-Pass",
        "curated:khunjerab-pass",
    ),
    ("en", "A cyclone hit the Lau Islands.", "Lau Islands", "curated:lau-islands"),
    ("de", "Rebellen rückten auf Masisi vor.", "Masisi", "curated:masisi"),
    ("en", "Gunfire was heard in Khiam.", "Khiam", "curated:khiam"),
    (
        "en",
        "Rafters were swept away on the Trishuli River.",
        "Trishuli River",
        "curated:trishuli-river",
    ),
    ("de", "In Ituri wurden Dörfer angegriffen.", "Ituri", "curated:ituri-province"),
    (
        "en",
        "Miners in Haut-Katanga went on strike.",
        "Haut-Katanga",
        "curated:haut-katanga-province",
    ),
    (
        "en",
        "Officials in Lualaba Province counted the cobalt.",
        "Lualaba Province",
        "curated:lualaba-province",
    ),
]


@pytest.mark.parametrize(("lang", "text", "mention", "place_id"), SENTENCES)
def test_the_name_in_a_sentence_is_that_place(lang, text, mention, place_id):
    places = geomap.analyze(text, lang=lang, claims=False, events=False).places
    got = [p.id for p in places if p.mention == mention]
    assert got == [place_id], [(p.mention, p.id) for p in places]


@pytest.mark.parametrize(
    ("lang", "text", "verdict"),
    [
        ("en", "Cebu City lies about 35 km from Bohol.", "consistent"),
        ("de", "Cebu City liegt etwa 35 km von Bohol entfernt.", "consistent"),
        # the ferry to the island's capital is about 70 km; its nearest coast is not
        ("en", "Cebu City lies about 70 km from Bohol.", "inconsistent"),
    ],
)
def test_a_distance_to_an_island_province_is_measured_to_the_island(lang, text, verdict):
    assert_checked_against("Asia", lang, text, "bohol-island", verdict)


def test_the_island_rows_have_an_outline(gaz):
    for fid in ("cebu-island", "bohol-island", "lau-islands"):
        assert gaz.geometry(f"curated:{fid}") is not None, fid


def test_a_corrected_town_point_measures_from_the_town():
    (claim,) = geomap.analyze("Levuka lies about 65 km from Suva.", lang="en", events=False).claims
    assert claim.verdict == "consistent", claim.explanation


def test_a_corrected_population_ranks_the_town(gaz):
    (wels,) = [c for c in gaz.lookup("Wels", lang="de") if c.id == "geonames:2761524"]
    assert wels.population >= 50_000


def test_a_correction_without_a_source_stops_the_build(tmp_path):
    bad = tmp_path / "town_corrections.csv"
    bad.write_text("geonameid,lat,lon,population,source\n2761524,,,63000,\n", encoding="utf-8")
    with pytest.raises(GazetteerDataError, match="row 2"):
        town_corrections(bad)
