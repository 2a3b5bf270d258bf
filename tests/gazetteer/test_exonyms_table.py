"""The exonym table (``gazetteer/data/curated/exonyms.csv``): German exonyms of towns in
Germany's neighbours and Eastern Europe, older English names of big Asian and African
cities, each tagged with its language and naming one GeoNames town.

Read right: the index answers each name in its language with its town first, and a
sample of the names, alone in a German or English sentence, resolves within 30 km of
the town through ``geomap.analyze``. The names come from the table, never from here.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

import geomap
from gazetteer import GazetteerDataError
from gazetteer._exonyms import EXONYM_COLUMNS, _town_of, read_exonyms
from geomap.geometry import haversine_km

TABLE = Path(__file__).resolve().parents[2] / "gazetteer" / "data" / "curated" / "exonyms.csv"
WITHIN_KM = 30.0
WORDINGS = {
    "de": (
        "Die Stadtverwaltung in {w} teilte am Mittwoch mit, die Brücke bleibe gesperrt.",
        "{w} liegt an einer wichtigen Bahnstrecke.",
    ),
    "en": (
        "Officials in {w} said on Wednesday that the bridge would stay closed.",
        "{w} grew up around a river port.",
    ),
}
#: every how-many-th row goes into the sentence sample (a fixed stride, not a choice)
SAMPLE_STRIDE = 5


def _town(gaz, row) -> tuple[str, float, float, int]:
    """(id, lat, lon, population) of the row's town in the opened index."""
    con = sqlite3.connect(f"file:{gaz.path}?mode=ro", uri=True)
    try:
        num = _town_of(con, row, TABLE)
        got = con.execute(
            "SELECT id, lat, lon, population FROM entries WHERE num = ?", (num,)
        ).fetchone()
    finally:
        con.close()
    return str(got[0]), float(got[1]), float(got[2]), int(got[3])


@pytest.fixture(scope="module")
def towns(gaz):
    return [(r, _town(gaz, r)) for r in read_exonyms(TABLE)]


def test_the_table_is_broad_and_sourced():
    rows = read_exonyms(TABLE)
    assert len(rows) >= 300
    assert {r.lang for r in rows} == {"de", "en"}
    de = {r.country_code for r in rows if r.lang == "de"}
    assert {"PL", "CZ", "SK", "HU", "SI", "HR", "RO", "EE", "LV", "LT", "UA", "BY"} <= de
    assert {"RU", "IT", "FR", "BE", "NL", "DK"} <= de
    en = {r.country_code for r in rows if r.lang == "en"}
    assert {"CN", "IN", "MM", "VN", "CD", "MZ"} <= en
    assert all(r.source for r in rows)
    # one row per name, language and country
    keys = [(r.name, r.lang, r.country_code) for r in rows]
    assert len(keys) == len(set(keys))


def test_the_header_is_the_documented_one():
    with TABLE.open(encoding="utf-8", newline="") as fh:
        assert tuple(next(csv.reader(fh))) == EXONYM_COLUMNS


def test_a_bad_row_names_its_file_and_line(tmp_path):
    bad = tmp_path / "exonyms.csv"
    bad.write_text(",".join(EXONYM_COLUMNS) + "\nBreslau,fr,exonym,,PL,Wrocław,x\n")
    with pytest.raises(GazetteerDataError, match=r"exonyms\.csv:2: lang"):
        read_exonyms(bad)


def test_every_town_is_one_of_at_least_15000_people(towns):
    small = [(r.name, t[0], t[3]) for r, t in towns if t[3] < 15_000]
    assert small == []


def test_every_name_finds_its_town_and_no_other_in_its_language(gaz, towns):
    # the index answers with the town, and no other town bears the name in that
    # language (German "Karlsbad" is also a GeoNames name of Carlsbad, California, but
    # an untagged one: the resolver takes the name tagged German)
    wrong = []
    for r, (tid, _lat, _lon, _pop) in towns:
        got = gaz.lookup(r.name, lang=r.lang, kinds={"city"}, limit=50)
        tagged = [c.id for c in got if r.lang in c.matched_langs]
        if tagged != [tid]:
            wrong.append((r.name, r.lang, tid, tagged))
    assert wrong == []


def test_every_name_is_tagged_with_its_language(gaz, towns):
    untagged = []
    for r, (tid, *_rest) in towns:
        got = {c.id: c for c in gaz.lookup(r.name, lang=r.lang, kinds={"city"}, limit=50)}
        if tid not in got or r.lang not in got[tid].matched_langs:
            untagged.append(r.name)
    assert untagged == []


def test_a_sample_of_names_in_sentences_resolves_to_the_town(gaz, towns):
    wrong = []
    for r, (_tid, lat, lon, _pop) in towns[::SAMPLE_STRIDE]:
        for wording in WORDINGS[r.lang]:
            text = wording.format(w=r.name)
            start = text.index(r.name)
            found = [
                p
                for p in geomap.analyze(text, lang=r.lang, claims=False, events=False).places
                if p.start == start and p.end == start + len(r.name) and p.lat is not None
            ]
            if not found or haversine_km(found[0].lat, found[0].lon, lat, lon) > WITHIN_KM:
                wrong.append(text)
    assert wrong == []


def test_no_name_is_a_german_common_noun():
    # a German tag makes a name the town's own in German text; a word that is also a
    # noun ("Löwen", lions; "Genua", genera) stays an untagged GeoNames name, which the
    # exonym rules still read in a place's context
    nouns_csv = TABLE.parents[3] / "geomap" / "lexicons" / "nouns_de.csv"
    nouns = {
        form.strip().casefold()
        for row in csv.reader(
            ln for ln in nouns_csv.read_text(encoding="utf-8").splitlines() if ln[:1] != "#"
        )
        for form in row
    }
    assert [r.name for r in read_exonyms(TABLE) if r.name.casefold() in nouns] == []
