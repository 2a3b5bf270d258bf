"""The curated-layer reader: valid rows are read, a bad row fails naming file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gazetteer import Gazetteer, GazetteerDataError, build_index
from gazetteer._curated import COLUMNS, read_curated
from geomap.errors import exit_code

HEADER = ",".join(COLUMNS)
GOOD = (
    "test-sea-zyx,sea,Zyx Test Sea,Zyx-Testmeer,,Zyx Sea|Sea of Zyx,Zyxmeer,Mer de Zyx,,"
    "12.5,-33.25,300,,test fixture,not a real sea"
)
FACILITY = "test-port-qwv,facility,Qwv Test Port,Testhafen Qwv,Qwv Port,,,,DE,53.5,9.9,,1200,test,"


def write(tmp: Path, name: str, *lines: str) -> Path:
    p = tmp / name
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return p


def test_reads_valid_rows(tmp_path: Path) -> None:
    rows = read_curated([write(tmp_path, "a.csv", HEADER, GOOD, "", FACILITY)])
    assert [r.id for r in rows] == ["test-sea-zyx", "test-port-qwv"]
    sea, port = rows
    assert sea.kind == "sea" and sea.country_code is None and sea.radius_km == 300
    assert sea.name == "Zyx Test Sea"
    assert ("Zyx-Testmeer", "de", True) in sea.names
    assert ("Sea of Zyx", "en", False) in sea.names
    assert ("Mer de Zyx", "", False) in sea.names
    assert (sea.lat, sea.lon) == (12.5, -33.25)
    assert port.country_code == "DE" and port.population == 1200 and port.radius_km is None
    assert (port.file, port.line) == ("a.csv", 4)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (GOOD.replace("12.5", "95"), "lat '95' is outside"),
        (GOOD.replace("-33.25", "east"), "lon 'east' is not a number"),
        (GOOD.replace("test-sea-zyx", "Test Sea"), "is not a slug"),
        (GOOD.replace(",sea,", ",Sea!,"), "kind 'Sea!'"),
        (FACILITY.replace(",DE,", ",Deu,"), "country_code 'Deu'"),
        (FACILITY.replace(",1200,", ",many,"), "population 'many'"),
        (GOOD.replace(",300,", ",-3,"), "radius_km '-3' is outside"),
        (GOOD.replace("12.5,", ","), "lat and lon are required"),
        (GOOD + ",extra", "expected 15 fields, found 16"),
        ("test-nameless,sea,,,,,,,,1,2,,,x,", "has no name_en, name_de or name_native"),
    ],
)
def test_bad_row_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    path = write(tmp_path, "bad.csv", HEADER, FACILITY, row)
    with pytest.raises(GazetteerDataError) as err:
        read_curated([path])
    text = str(err.value)
    assert f"{path}:3:" in text
    assert message in text
    assert "\n" not in text
    assert isinstance(err.value, ValueError) and exit_code(err.value) == 2  # an input error


def test_wrong_header(tmp_path: Path) -> None:
    path = write(tmp_path, "h.csv", HEADER.replace("name_de", "name_german"), GOOD)
    with pytest.raises(GazetteerDataError, match=r"h\.csv:1: header must be"):
        read_curated([path])


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    a = write(tmp_path, "a.csv", HEADER, GOOD)
    b = write(tmp_path, "b.csv", HEADER, FACILITY, GOOD)
    with pytest.raises(
        GazetteerDataError, match=r"b\.csv:3: id 'test-sea-zyx' already defined at .*a\.csv:2"
    ):
        read_curated([a, b])


def test_build_with_curated_dir_then_lookup(tmp_path: Path) -> None:
    cdir = tmp_path / "curated"
    cdir.mkdir()
    write(cdir, "test.csv", HEADER, GOOD, FACILITY)
    path = build_index(tmp_path / "idx.sqlite", quiet=True, curated_dir=cdir)
    with Gazetteer.open(path) as gaz:
        top = gaz.lookup("Zyx-Testmeer", lang="de")[0]
        assert top.id == "curated:test-sea-zyx"
        assert (top.kind, top.source, top.country_code) == ("sea", "curated", None)
        assert top.radius_km == 300
        assert gaz.lookup("zyxmeer")[0].id == "curated:test-sea-zyx"
        assert gaz.get("curated:test-port-qwv").population == 1200
        assert gaz.lookup("Moskau")[0].country_code == "RU"  # the base layer is there too
        curated = [s for s in gaz.info()["sources"] if s["name"].startswith("geomap curated")]
        assert curated[0]["rows"] == 2


def test_build_fails_on_bad_curated_row(tmp_path: Path) -> None:
    cdir = tmp_path / "curated"
    cdir.mkdir()
    write(cdir, "test.csv", HEADER, GOOD.replace("12.5", "north"))
    target = tmp_path / "idx.sqlite"
    with pytest.raises(GazetteerDataError, match=r"test\.csv:2: lat 'north' is not a number"):
        build_index(target, quiet=True, curated_dir=cdir)
    assert not target.exists()


def test_extra_aliases_reader(tmp_path: Path) -> None:
    from gazetteer._sources import ALIASES, extra_aliases

    rows = extra_aliases(ALIASES)
    assert ("ne:GB", "Großbritannien", "de") in [r[:3] for r in rows]
    bad = write(tmp_path, "aliases.csv", "id,lang,alias,note", "ne:GB,de,Britannien,", "GB,de,X,")
    with pytest.raises(
        GazetteerDataError, match=r"aliases\.csv:3: need an ne:/geonames:/admin1: id"
    ):
        extra_aliases(bad)
