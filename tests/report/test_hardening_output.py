"""Output files through the CLI: new nested folders, no silent overwrite of a foreign file,
overwriting geomap's own files, and no temporary files left behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.hardening import (
    EXAMPLE,
    assert_clean_stderr,
    assert_one_line_error,
    run_cli,
    warm_gazetteer,  # noqa: F401 - fixture
)

pytestmark = pytest.mark.usefixtures("warm_gazetteer")

ARTICLE = "Potsdam lies about 25 kilometres south-west of Berlin, officials said on Monday.\n"

# Formats with a generator marker, by command; csv and text have none (need --force).
MARKED = [("check", "json"), ("check", "markdown"), ("check", "junit"), ("places", "json")]


def _article(tmp_path: Path) -> Path:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def _all_files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.parametrize("command, fmt", MARKED + [("places", "csv"), ("check", "text")])
def test_output_into_a_new_nested_folder(capsys, tmp_path, command, fmt):
    art = _article(tmp_path)
    out = tmp_path / "reports" / "2024" / "06" / f"r.{fmt}"
    run = run_cli(capsys, command, "--format", fmt, "-o", out, art)
    assert run.code in (0, 1)
    assert_clean_stderr(run)
    assert run.out == ""  # the report went to the file, not to stdout
    assert "Berlin" in out.read_text(encoding="utf-8")
    assert _all_files(tmp_path / "reports") == [f"2024/06/r.{fmt}"]  # no temp files


@pytest.mark.parametrize("command, fmt", MARKED + [("places", "csv")])
def test_a_foreign_file_is_not_overwritten(capsys, tmp_path, command, fmt):
    art = _article(tmp_path)
    out = tmp_path / f"notes.{fmt}"
    mine = "my own notes, not from geomap\n"
    out.write_text(mine, encoding="utf-8")
    run = run_cli(capsys, command, "--format", fmt, "-o", out, art)
    assert run.code == 2
    assert_one_line_error(run, "notes", "--force")
    assert out.read_text(encoding="utf-8") == mine
    assert _all_files(tmp_path) == sorted(["article.txt", f"notes.{fmt}"])


def test_force_overwrites_a_foreign_file(capsys, tmp_path):
    art = _article(tmp_path)
    out = tmp_path / "notes.json"
    out.write_text("{}", encoding="utf-8")
    run = run_cli(capsys, "check", "--format", "json", "-o", out, "--force", art)
    assert run.code in (0, 1)
    assert json.loads(out.read_text(encoding="utf-8"))["documents"][0]["path"] == str(art)


@pytest.mark.parametrize("command, fmt", MARKED)
def test_a_geomap_file_is_overwritten(capsys, tmp_path, command, fmt):
    first = _article(tmp_path)
    second = tmp_path / "other.txt"
    second.write_text("Köln liegt rund 180 Kilometer südlich von Münster.\n", encoding="utf-8")
    out = tmp_path / f"r.{fmt}"
    assert run_cli(capsys, command, "--format", fmt, "-o", out, first).code in (0, 1)
    assert "Berlin" in out.read_text(encoding="utf-8")
    run = run_cli(capsys, command, "--format", fmt, "-o", out, second)
    assert run.code in (0, 1)
    assert_clean_stderr(run)
    text = out.read_text(encoding="utf-8")
    assert "Münster" in text and "Berlin" not in text
    assert _all_files(tmp_path) == sorted(["article.txt", "other.txt", f"r.{fmt}"])


def test_map_overwrites_its_own_html_but_not_a_foreign_one(capsys, tmp_path):
    art = tmp_path / "a.txt"
    art.write_text(EXAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "maps" / "new" / "a.html"
    run = run_cli(capsys, "map", "-o", out, art)
    assert run.code == 0 and run.out.strip() == str(out)
    first = out.read_bytes()
    assert run_cli(capsys, "map", "-o", out, art).code == 0
    assert out.read_bytes() == first
    foreign = tmp_path / "page.html"
    foreign.write_text("<html><body>mine</body></html>", encoding="utf-8")
    run = run_cli(capsys, "map", "-o", foreign, art)
    assert run.code == 2
    assert_one_line_error(run, "page.html")
    assert foreign.read_text(encoding="utf-8") == "<html><body>mine</body></html>"
    assert _all_files(tmp_path) == ["a.txt", "maps/new/a.html", "page.html"]


def test_output_path_that_is_a_directory(capsys, tmp_path):
    art = _article(tmp_path)
    run = run_cli(capsys, "check", "--format", "json", "-o", tmp_path, art)
    assert run.code == 2
    assert_one_line_error(run, "directory")


def test_output_under_a_file_is_a_clear_error(capsys, tmp_path):
    art = _article(tmp_path)
    run = run_cli(capsys, "check", "--format", "json", "-o", art / "sub" / "r.json", art)
    assert run.code == 2
    assert_one_line_error(run, "article.txt")
    assert art.read_text(encoding="utf-8") == ARTICLE
