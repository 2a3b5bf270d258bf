"""``geomap batch``: tables a data team loads, failing documents as rows, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.cli import main
from tests.batch.conftest import article, write_jsonl

gpd = pytest.importorskip("geopandas")
pd = pytest.importorskip("pandas")


def _run(*args: str) -> int:
    return main(["batch", *args, "--offline", "--no-progress"])


def test_a_folder_and_a_feed_become_four_tables_with_geometry_in_wgs84(
    article_dir, tmp_path, capsys
):
    feed = write_jsonl(tmp_path / "feed.jsonl", 4, bad_lines=(1,))
    out = tmp_path / "out"
    assert (
        _run(str(article_dir), str(feed), "-o", str(out), "--workers", "1", "--chunk-size", "4")
        == 0
    )
    line = capsys.readouterr().out
    assert "15 documents (1 failed" in line

    docs = pd.read_parquet(out / "documents")
    assert sorted(docs["seq"]) == list(range(15))
    bad = docs[docs["status"] == "error"]
    assert len(bad) == 1 and "not JSON" in bad["error"].iloc[0]
    assert set(docs.loc[docs["status"] == "ok", "language"]) == {"de", "en"}

    places = gpd.read_parquet(out / "places")
    assert places.crs.to_epsg() == 4326
    assert set(places.geom_type.dropna()) == {"Point"}
    resolved = places[places["place_id"].notna()]
    assert (resolved.geometry.x.round(5) == resolved["lon"].round(5)).all()
    # offsets index the document's text: for these plain files, the file's text
    by_id = {r.doc_id: r for r in docs.itertuples()}
    for p in places.itertuples():
        src = by_id[p.doc_id].source
        if not src.endswith(".txt"):
            continue
        assert Path(src).read_text(encoding="utf-8")[p.start : p.end] == p.mention
    assert {"Dhaka", "Nairobi", "Budapest"} <= set(places["name"].dropna())

    claims = gpd.read_parquet(out / "claims")
    assert len(claims) >= 2 and set(claims.geom_type.dropna()) == {"LineString"}
    assert set(claims["verdict"]) <= {"consistent", "inconsistent", "unverifiable"}
    events = gpd.read_parquet(out / "events")
    assert len(events) > 0 and events.crs.to_epsg() == 4326

    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["complete"] is True and manifest["documents"] == 15
    assert manifest["tables"]["places"]["rows"] == len(places)
    assert len(manifest["tables"]["documents"]["parts"]) == 4  # 15 documents in chunks of 4


def test_duckdb_reads_the_parts_as_they_are(article_dir, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out"
    assert _run(str(article_dir), "-o", str(out), "--workers", "1", "--chunk-size", "3") == 0
    con = duckdb.connect()
    n = con.execute(f"select count(*) from read_parquet('{out}/places/*.parquet')").fetchone()[0]
    assert n == len(gpd.read_parquet(out / "places"))
    kinds = con.execute(
        f"select distinct status from read_parquet('{out}/documents/*.parquet')"
    ).fetchall()
    assert kinds == [("ok",)]


def test_jsonl_format_writes_one_object_a_line_with_geojson_geometry(article_dir, tmp_path):
    out = tmp_path / "out"
    assert _run(str(article_dir), "-o", str(out), "--format", "jsonl", "--workers", "1") == 0
    rows = [
        json.loads(x)
        for f in sorted((out / "places").glob("*.jsonl"))
        for x in f.read_text().splitlines()
    ]
    points = [r["geometry"] for r in rows if r["geometry"]]
    assert points and all(g["type"] == "Point" and len(g["coordinates"]) == 2 for g in points)
    docs = [
        json.loads(x) for x in (out / "documents" / "part-000000.jsonl").read_text().splitlines()
    ]
    assert len(docs) == 10 and {d["status"] for d in docs} == {"ok"}


def test_csv_with_named_columns(tmp_path):
    table = pd.DataFrame({"guid": ["x1", "x2"], "body": [article(2), article(5)]})
    table.to_csv(tmp_path / "wire.csv", index=False)
    out = tmp_path / "out"
    assert (
        _run(
            str(tmp_path / "wire.csv"),
            "--text-column",
            "body",
            "--id-column",
            "guid",
            "-o",
            str(out),
            "--workers",
            "1",
        )
        == 0
    )
    assert list(pd.read_parquet(out / "documents")["doc_id"]) == ["x1", "x2"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing-folder"], "no such file or directory"),
        (["{csv}", "--text-column", "nope"], "has no column 'nope'"),
        (["{csv}", "--date", "yesterday"], "--date must be YYYY-MM-DD"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, args, message):
    pd.DataFrame({"text": [article(0)]}).to_csv(tmp_path / "t.csv", index=False)
    args = [a.replace("{csv}", str(tmp_path / "t.csv")) for a in args]
    assert _run(*args, "-o", str(tmp_path / "out")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and message in err


def test_a_folder_with_another_run_or_other_files_is_refused(article_dir, tmp_path, capsys):
    out = tmp_path / "out"
    assert _run(str(article_dir), "-o", str(out), "--workers", "1") == 0
    assert _run(str(article_dir), "-o", str(out), "--workers", "1", "--lang", "en") == 2
    assert "other arguments" in capsys.readouterr().err
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("mine")
    assert _run(str(article_dir), "-o", str(tmp_path / "notes")) == 2
    assert "holds no geomap batch run" in capsys.readouterr().err
    assert (tmp_path / "notes" / "todo.txt").read_text() == "mine"


def test_the_same_run_again_does_nothing_and_keeps_the_tables(article_dir, tmp_path, capsys):
    out = tmp_path / "out"
    assert _run(str(article_dir), "-o", str(out), "--workers", "1", "--chunk-size", "4") == 0
    before = pd.read_parquet(out / "places")
    capsys.readouterr()
    assert _run(str(article_dir), "-o", str(out), "--workers", "1", "--chunk-size", "4") == 0
    assert "0 processed now, 10 before" in capsys.readouterr().out
    pd.testing.assert_frame_equal(pd.read_parquet(out / "places"), before)


def test_parts_carry_the_geoparquet_metadata_geopandas_writes(article_dir, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    assert _run(str(article_dir), "-o", str(out), "--workers", "1") == 0
    for table, kind in (("places", "Point"), ("claims", "LineString"), ("events", "Point")):
        (part,) = (out / table).glob("part-*.parquet")
        geo = json.loads(pq.read_schema(part).metadata[b"geo"])
        col = geo["columns"][geo["primary_column"]]
        assert col["encoding"] == "WKB" and col["geometry_types"] == [kind]
        assert col["crs"]["id"] == {"authority": "EPSG", "code": 4326}
