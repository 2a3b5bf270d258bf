"""Inputs of a batch run: which files, and the records (documents) they hold, in a stable order.

A run's inputs are files, directories (walked recursively), globs, JSON Lines files, and
CSV or Parquet tables with a text column. They become one stream of :class:`Record` in an
order that depends only on the arguments and the files, so that chunk ``k`` of a resumed
run holds the same documents as chunk ``k`` of the run that was killed (see ``_run``).

Records are read lazily and in bounded memory: an article file is one record whose bytes
are read only when its chunk is submitted; a JSON Lines line, a CSV row or a Parquet row
is one record, read batch by batch. A line or cell that cannot be a document (bad JSON, no
text) is still a record, carrying its error, so it becomes a row of ``documents``.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from geomap.errors import InputError, InputNotFoundError, UsageError

__all__ = [
    "InputFile",
    "Record",
    "check_columns",
    "count_records",
    "expand_inputs",
    "fingerprint",
    "iter_records",
    "load",
]

#: How a file is read: one article (text or HTML), or a table of many.
FileKind = Literal["article", "jsonl", "csv", "parquet"]

_KINDS: dict[str, FileKind] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
_GLOB_MAGIC = frozenset("*?[")
#: The largest input geomap reads (``geomap.text.MAX_INPUT_BYTES``, checked equal by a
#: test; repeated here so importing geomap does not load the text wing and its models).
MAX_INPUT_BYTES = 20 * 1024 * 1024
#: Rows read from a Parquet file at a time (bounded memory whatever the file's size).
_PARQUET_BATCH = 256


@dataclass(frozen=True, slots=True)
class InputFile:
    """One input file and how it is read."""

    path: str
    kind: FileKind


@dataclass(frozen=True, slots=True)
class Record:
    """One document of a run. ``source`` says where it came from (``path``,
    ``path:LINE`` of a JSON Lines file, ``path:ROW`` of a table); ``id`` is the record's
    own id, else ``source``. Exactly one of ``text``, ``data`` (bytes) or ``path`` (a file
    read by :func:`load`) holds the article, unless ``error`` says why there is none."""

    id: str
    source: str
    text: str | None = None
    data: bytes | None = None
    path: str | None = None
    date: str | None = None
    lang: str | None = None
    url: str | None = None
    error: str | None = None


def _kind(path: str) -> FileKind:
    return _KINDS.get(Path(path).suffix.lower(), "article")


def _walk(folder: Path) -> list[str]:
    """The files under ``folder``, recursively, sorted; hidden files and folders skipped
    (``.git``, editor swap files, the temporary files of a run writing there)."""
    out = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        out += [os.path.join(root, f) for f in sorted(files) if not f.startswith(".")]
    return sorted(out)


def expand_inputs(inputs: Sequence[str]) -> list[InputFile]:
    """Every input file of the arguments, in order (each argument's files sorted).

    Raises :class:`~geomap.errors.InputNotFoundError` for an argument that names nothing
    and :class:`~geomap.errors.UsageError` for standard input, which a resumable run
    cannot read twice.
    """
    files: list[str] = []
    for arg in inputs:
        if arg == "-":
            raise UsageError("batch reads files, not standard input ('-'): a run must be resumable")
        p = Path(arg)
        if p.is_dir():
            files += _walk(p)
        elif p.is_file():
            files.append(arg)
        elif _GLOB_MAGIC & set(arg):
            matched = sorted(glob.glob(arg, recursive=True))
            found = [f for m in matched for f in (_walk(Path(m)) if Path(m).is_dir() else [m])]
            if not found:
                raise InputNotFoundError(f"{arg}: matches no file")
            files += found
        elif p.exists():
            raise InputError(f"{arg}: not a regular file or directory")
        else:
            raise InputNotFoundError(f"{arg}: no such file or directory")
    seen: set[str] = set()
    out = []
    for f in files:  # a file named twice (an argument and a glob) is one input
        key = os.path.realpath(f)
        if key not in seen:
            seen.add(key)
            out.append(InputFile(f, _kind(f)))
    return out


def fingerprint(files: Sequence[InputFile]) -> str:
    """A digest of the input files' names, sizes and modification times: a resumed run
    must see the same inputs, or its chunks would hold other documents."""
    h = hashlib.sha256()
    for f in files:
        st = os.stat(f.path)
        h.update(f"{f.path}\0{f.kind}\0{st.st_size}\0{st.st_mtime_ns}\n".encode("utf-8", "replace"))
    return h.hexdigest()


def check_columns(files: Sequence[InputFile], *, text_column: str, id_column: str | None) -> None:
    """Refuse before the run starts a CSV or Parquet input without the text column (or
    without an ``--id-column`` that was asked for)."""
    for f in files:
        if f.kind == "csv":
            with open(f.path, encoding="utf-8-sig", newline="") as fh:
                header = next(csv.reader(fh), [])
        elif f.kind == "parquet":
            import pyarrow.parquet as pq

            try:
                header = pq.ParquetFile(f.path).schema_arrow.names
            except Exception as exc:  # noqa: BLE001 - pyarrow's errors have no common root
                raise InputError(f"{f.path}: not a readable Parquet file ({exc})") from None
        else:
            continue
        if text_column not in header:
            raise UsageError(f"{f.path}: has no column {text_column!r} (see --text-column)")
        if id_column is not None and id_column not in header:
            raise UsageError(f"{f.path}: has no column {id_column!r} (see --id-column)")


def _str_or_none(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):  # NaN from a table
        return None
    return str(value)


def _lines(path: str) -> Iterator[tuple[int, bytes | None]]:
    """The lines of a file with their numbers; a line longer than the input limit is
    ``None`` (skipped in bounded memory, never held whole)."""
    with open(path, "rb") as fh:
        n = 0
        while True:
            line = fh.readline(MAX_INPUT_BYTES + 1)
            if not line:
                return
            n += 1
            if len(line) > MAX_INPUT_BYTES and not line.endswith(b"\n"):
                while line and not line.endswith(b"\n"):
                    line = fh.readline(1 << 20)
                yield n, None
            else:
                yield n, line


def _jsonl_records(path: str) -> Iterator[Record]:
    for n, line in _lines(path):
        source = f"{path}:{n}"
        if line is None:
            yield Record(id=source, source=source, error=f"{source}: line longer than the limit")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (ValueError, UnicodeDecodeError) as exc:
            yield Record(id=source, source=source, error=f"{source}: not JSON ({exc})")
            continue
        if not isinstance(obj, dict):
            yield Record(id=source, source=source, error=f"{source}: not a JSON object")
            continue
        rid = _str_or_none(obj.get("id")) or source
        text = obj.get("text")
        if not isinstance(text, str):
            yield Record(id=rid, source=source, error=f'{source}: no "text" string')
            continue
        yield Record(
            id=rid,
            source=source,
            text=text,
            date=_str_or_none(obj.get("date")),
            lang=_str_or_none(obj.get("lang")),
            url=_str_or_none(obj.get("url")),
        )


def _row_record(
    path: str, n: int, row: dict[str, object], text_col: str, id_col: str | None
) -> Record:
    source = f"{path}:{n}"
    rid = _str_or_none(row.get(id_col or "id")) or source
    text = row.get(text_col)
    if not isinstance(text, str):
        return Record(id=rid, source=source, error=f"{source}: no text in column {text_col!r}")
    return Record(
        id=rid,
        source=source,
        text=text,
        date=_str_or_none(row.get("date")),
        lang=_str_or_none(row.get("lang")),
        url=_str_or_none(row.get("url")),
    )


def _csv_records(path: str, text_col: str, id_col: str | None) -> Iterator[Record]:
    csv.field_size_limit(MAX_INPUT_BYTES)
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        reader = csv.DictReader(fh)
        n = 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                n += 1
                source = f"{path}:{n}"
                yield Record(id=source, source=source, error=f"{source}: bad CSV row ({exc})")
                continue
            n += 1  # rows are numbered as lines of a simple CSV: the header is row 1
            yield _row_record(path, n, dict(row), text_col, id_col)


def _parquet_records(path: str, text_col: str, id_col: str | None) -> Iterator[Record]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    names = set(pf.schema_arrow.names)
    cols = [c for c in (text_col, id_col or "id", "date", "lang", "url") if c in names]
    n = 0
    for batch in pf.iter_batches(batch_size=_PARQUET_BATCH, columns=list(dict.fromkeys(cols))):
        for row in batch.to_pylist():
            n += 1
            yield _row_record(path, n, row, text_col, id_col)


def iter_records(
    files: Sequence[InputFile], *, text_column: str = "text", id_column: str | None = None
) -> Iterator[Record]:
    """The records of ``files`` in order: an article file is one record (read later by
    :func:`load`), a JSON Lines line or a table row is one record. A table's ids come from
    ``id_column``, else from an ``id`` column if it has one, else the row's source."""
    for f in files:
        if f.kind == "article":
            yield Record(id=f.path, source=f.path, path=f.path)
        elif f.kind == "jsonl":
            yield from _jsonl_records(f.path)
        elif f.kind == "csv":
            yield from _csv_records(f.path, text_column, id_column)
        else:
            yield from _parquet_records(f.path, text_column, id_column)


def load(rec: Record) -> Record:
    """The record with its article file's bytes read (in the process that submits it, so a
    worker on another machine needs no access to the files); a file that cannot be read
    becomes the record's error."""
    if rec.path is None:
        return rec
    try:
        with open(rec.path, "rb") as fh:
            data = fh.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        return replace(rec, path=None, error=f"{rec.path}: cannot read ({exc.strerror or exc})")
    return replace(rec, path=None, data=data)


def count_records(files: Sequence[InputFile]) -> int:
    """About how many records ``files`` hold, cheaply (for a progress bar's ETA only):
    lines of JSON Lines and CSV files (a CSV cell with line breaks counts more), rows of
    Parquet files from their footers."""
    n = 0
    for f in files:
        if f.kind == "article":
            n += 1
        elif f.kind == "parquet":
            import pyarrow.parquet as pq

            n += pq.ParquetFile(f.path).metadata.num_rows
        else:
            with open(f.path, "rb") as fh:
                lines = sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))
            n += max(0, lines - (1 if f.kind == "csv" else 0))
    return n
