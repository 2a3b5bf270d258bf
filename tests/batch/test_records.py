"""Inputs: files, folders, globs, JSON Lines, CSV and Parquet become records in a stable order."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from geomap.batch import expand_inputs, iter_records, load
from geomap.errors import InputNotFoundError, UsageError
from tests.batch.conftest import article, write_jsonl


def test_a_folder_is_read_recursively_in_sorted_order_without_hidden_files(article_dir):
    files = expand_inputs([str(article_dir)])
    names = [Path(f.path).relative_to(article_dir).as_posix() for f in files]
    assert names == [f"a{i:02d}.txt" for i in range(9)] + ["sub/b.txt"]
    assert {f.kind for f in files} == {"article"}


def test_a_glob_and_a_file_named_twice_are_one_input(article_dir):
    one = str(article_dir / "a01.txt")
    files = expand_inputs([one, str(article_dir / "a0*.txt")])
    assert [f.path for f in files].count(one) == 1
    assert len(files) == 9


def test_inputs_that_name_nothing_are_refused(tmp_path):
    with pytest.raises(InputNotFoundError, match="no such file"):
        expand_inputs([str(tmp_path / "missing.txt")])
    with pytest.raises(InputNotFoundError, match="matches no file"):
        expand_inputs([str(tmp_path / "*.jsonl")])
    with pytest.raises(UsageError, match="standard input"):
        expand_inputs(["-"])


def test_json_lines_records_keep_id_url_and_a_broken_line_is_a_record_with_its_error(tmp_path):
    path = write_jsonl(tmp_path / "feed.jsonl", 3, bad_lines=(0,))
    recs = list(iter_records(expand_inputs([str(path)])))
    assert [r.id for r in recs] == ["doc-0", f"{path}:2", "doc-1", "doc-2"]
    assert recs[0].text == article(0) and recs[0].url == "https://example.org/0"
    assert recs[1].error is not None and "not JSON" in recs[1].error


def test_csv_and_parquet_read_the_named_columns(tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = [{"guid": f"g{i}", "body": article(i), "lang": "en" if i % 2 else ""} for i in range(3)]
    with open(tmp_path / "t.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["guid", "body", "lang"])
        w.writeheader()
        w.writerows(rows)
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "t.parquet")
    for name in ("t.csv", "t.parquet"):
        files = expand_inputs([str(tmp_path / name)])
        recs = list(iter_records(files, text_column="body", id_column="guid"))
        assert [r.id for r in recs] == ["g0", "g1", "g2"]
        assert [r.text for r in recs] == [r["body"] for r in rows]
        assert recs[1].lang == "en"


def test_an_article_file_is_read_only_when_loaded(article_dir):
    (rec,) = iter_records(expand_inputs([str(article_dir / "a03.txt")]))
    assert rec.data is None and rec.path is not None
    assert load(rec).data == article(3).encode("utf-8")


def test_the_input_limit_is_the_text_wings():
    from geomap.batch import _records
    from geomap.text import MAX_INPUT_BYTES

    assert _records.MAX_INPUT_BYTES == MAX_INPUT_BYTES
