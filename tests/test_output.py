"""Atomic writes, parent folders, no silent overwrite of foreign files, --force."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from geomap.errors import OutputError
from geomap.output import (
    GENERATOR,
    GENERATOR_MARKER,
    MARKER_WINDOW,
    is_geomap_output,
    slugify,
    write_output,
)

HTML = f'<!DOCTYPE html>\n<html><head><meta name="generator" content="{GENERATOR}"></head></html>\n'


def _leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".tmp")]


def test_writes_text_and_bytes_and_creates_parents(tmp_path):
    target = tmp_path / "maps" / "deep" / "a.html"
    write_output(target, HTML)
    assert target.read_text(encoding="utf-8") == HTML
    other = tmp_path / "b.bin"
    write_output(other, b"\x00\x01")
    assert other.read_bytes() == b"\x00\x01"
    assert _leftovers(target.parent) == [] and _leftovers(tmp_path) == []


def test_new_file_gets_ordinary_permissions(tmp_path):
    target = tmp_path / "a.md"
    write_output(target, f"<!-- {GENERATOR} -->\n# x\n")
    mode = stat.S_IMODE(target.stat().st_mode)
    umask = os.umask(0)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_refuses_to_overwrite_a_foreign_file(tmp_path):
    target = tmp_path / "notes.html"
    target.write_text("<html>my own notes</html>", encoding="utf-8")
    with pytest.raises(OutputError, match="not written by geomap") as info:
        write_output(target, HTML)
    assert "\n" not in str(info.value) and "notes.html" in str(info.value)
    assert "--force" in str(info.value)
    assert target.read_text(encoding="utf-8") == "<html>my own notes</html>"
    assert _leftovers(tmp_path) == []


def test_force_overwrites_a_foreign_file(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("a,b\n1,2\n", encoding="utf-8")
    write_output(target, "x,y\n", force=True)
    assert target.read_text(encoding="utf-8") == "x,y\n"


def test_overwrites_its_own_output_without_force(tmp_path):
    target = tmp_path / "map.html"
    write_output(target, HTML)
    new = HTML.replace("</html>", "<body>2</body></html>")
    write_output(target, new)
    assert target.read_text(encoding="utf-8") == new


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("r.html", HTML),
        ("r.md", f"<!-- {GENERATOR} -->\n# Report\n"),
        ("r.xml", f'<?xml version="1.0"?>\n<!-- {GENERATOR} -->\n<testsuites/>\n'),
        ("r.json", json.dumps({"generator": GENERATOR, "places": []})),
    ],
)
def test_markers_are_recognised(tmp_path, name, content):
    p = tmp_path / name
    p.write_text(content, encoding="utf-8")
    assert is_geomap_output(p)


def test_marker_only_counts_in_the_first_window(tmp_path):
    p = tmp_path / "late.md"
    p.write_text("x" * MARKER_WINDOW + GENERATOR_MARKER, encoding="utf-8")
    assert not is_geomap_output(p)
    assert not is_geomap_output(tmp_path / "missing.md")


def test_existing_file_keeps_its_permissions(tmp_path):
    target = tmp_path / "map.html"
    write_output(target, HTML)
    target.chmod(0o640)
    write_output(target, HTML + "\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_directory_target_is_refused(tmp_path):
    (tmp_path / "d").mkdir()
    with pytest.raises(OutputError, match="directory"):
        write_output(tmp_path / "d", "x", force=True)


def test_unwritable_folder_is_an_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot create folder"):
        write_output(blocker / "sub" / "a.html", HTML)


def test_failed_write_keeps_the_old_file(tmp_path, monkeypatch):
    target = tmp_path / "map.html"
    write_output(target, HTML)

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OutputError, match="No space left"):
        write_output(target, "<html>new</html>")
    assert target.read_text(encoding="utf-8") == HTML
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Putin trifft Kim", "putin-trifft-kim"),
        ("Grüße aus Köln / Straße", "gruesse-aus-koeln-strasse"),
        ("Café in São Paulo", "cafe-in-sao-paulo"),
        ("../../etc/passwd", "etc-passwd"),
        ("", "untitled"),
        ("Пхеньян", "untitled"),
        ("a" * 200, "a" * 80),
    ],
)
def test_slugify(text, slug):
    assert slugify(text) == slug
