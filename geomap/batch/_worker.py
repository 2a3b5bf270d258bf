"""The work of one chunk, as a worker process (local pool or Dask worker) runs it.

A worker opens the gazetteer index once, on its first chunk, and keeps it for the rest of
its life (one per thread: an SQLite connection belongs to the thread that opened it, and a
Dask worker may run tasks on several threads). A document that fails is a ``documents``
row with its error; only an environment error (a damaged index) ends the chunk, since
every other document would fail the same way.

A worker returns plain rows, not encoded parts: the process that starts the run encodes
and writes them (``_engines``), so a worker never loads pyarrow, pandas or geopandas
(about 70 MB, 150 MB with pandas and geopandas, in every worker otherwise), and encoding
and the fsync of each part overlap with the workers' analysis instead of holding them up.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from geomap.batch._records import Record
from geomap.batch._tables import TABLES, Format, Rows, document_row, encode, rows_of
from geomap.errors import EnvError, GeomapError, InputError

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI
    from geomap.geoparse import FallbackGeocoder

__all__ = [
    "Chunk",
    "ChunkResult",
    "ChunkRows",
    "WorkOptions",
    "analyze_records",
    "encode_chunk",
    "process_chunk",
    "warm_up",
]

_LANGS = ("de", "en")


@dataclass(frozen=True, slots=True)
class WorkOptions:
    """What every document of a run is analysed with. ``geocoder`` holds the keyword
    arguments of ``geoparse.make_geocoder`` (``None``: offline)."""

    lang: str | None = None
    date: str | None = None
    geocoder: tuple[tuple[str, Any], ...] | None = None
    format: Format = "parquet"
    #: each table's serialised Arrow schema (``_tables.arrow_schemas``), filled in by
    #: ``run_chunks`` in the process that starts the run and encodes (never a worker)
    schemas: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True, slots=True)
class Chunk:
    """Records ``first`` .. ``first + len(records) - 1`` of a run, as chunk ``index``."""

    index: int
    first: int
    records: tuple[Record, ...]


@dataclass(frozen=True, slots=True)
class ChunkRows:
    """What a worker sends back for one chunk: each table's rows, and how many failed."""

    index: int
    rows: Rows
    errors: int = 0


@dataclass(frozen=True, slots=True)
class ChunkResult:
    """One chunk's parts (table -> encoded bytes) and its counts."""

    index: int
    parts: dict[str, bytes] = field(default_factory=dict)
    rows: dict[str, int] = field(default_factory=dict)
    errors: int = 0


_local = threading.local()


def _gazetteer() -> GazetteerAPI:
    """This thread's gazetteer, opened on first use; keyed by process id as well, since a
    forked worker inherits its parent's thread-local state, and an SQLite connection must
    not be used across a fork."""
    pid = os.getpid()
    held = getattr(_local, "gazetteer", None)
    if held is None or held[0] != pid:
        from gazetteer import Gazetteer

        held = _local.gazetteer = (pid, Gazetteer.open())
    return held[1]


#: Two short generic texts, one per language, that load what the first analysis loads
#: (lexicons, language models, the gazetteer's caches).
_WARM_UP = (
    "Die Delegation reiste am Montag von der Hauptstadt in die Provinz.",
    "The delegation travelled from the capital to the province on Monday.",
)


def warm_up() -> None:
    """Load in this process what every analysis needs, once: a pool forked afterwards
    starts its workers warm and shares those pages (each worker still opens its own
    gazetteer, see :func:`_gazetteer`). A damaged index fails here, before any work.

    Then the loaded objects are moved out of the garbage collector's reach
    (``gc.freeze``): a collection in a forked worker would otherwise write to every one
    of them and turn the pages it shares with the other workers into private copies."""
    import gc

    from geomap.pipeline import analyze

    for text in _WARM_UP:
        analyze(text, gazetteer=_gazetteer())
    gc.collect()
    gc.freeze()


def _geocoder(opts: WorkOptions) -> FallbackGeocoder | None:
    if opts.geocoder is None:
        return None
    key = (os.getpid(), opts.geocoder)
    cached = getattr(_local, "geocoder", None)
    if cached is not None and cached[0] == key:
        return cached[1]
    from geomap.geoparse import make_geocoder

    kwargs = dict(opts.geocoder)
    service = kwargs.pop("service", "nominatim")
    geo = make_geocoder(service, offline=None, **kwargs)
    _local.geocoder = (key, geo)
    return geo


def _date(value: str | None) -> dt.date | None:
    """A record's date: ISO 8601, a timestamp's date part accepted (``2024-03-01T10:00Z``)."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(f"date {value[:40]!r} is not YYYY-MM-DD") from None


def _analyze(rec: Record, opts: WorkOptions) -> Any:
    from geomap.pipeline import analyze

    lang = rec.lang or opts.lang
    if lang is not None and lang not in _LANGS:
        raise InputError(f"language {lang[:20]!r} is not one of {', '.join(_LANGS)}")
    text = rec.text if rec.text is not None else rec.data
    if text is None:
        raise InputError("no text")
    return analyze(
        text,
        path=rec.source,
        lang=lang,
        date=_date(rec.date) or _date(opts.date),
        gazetteer=_gazetteer(),
        geocoder=_geocoder(opts),
    )


def analyze_records(first: int, records: Sequence[Record], opts: WorkOptions) -> tuple[Rows, int]:
    """The rows of every table for ``records`` (numbered from ``first``), and how many failed."""
    from gazetteer import GazetteerIndexError

    rows: Rows = {t: [] for t in TABLES}
    errors = 0
    for i, rec in enumerate(records):
        seq = first + i
        if rec.error is not None:
            rows["documents"].append(
                document_row(seq, rec.id, rec.source, rec.url, error=rec.error)
            )
            errors += 1
            continue
        try:
            a = _analyze(rec, opts)
        except (EnvError, GazetteerIndexError):
            raise  # the index is damaged: every document would fail; the run stops (exit 4)
        except Exception as exc:  # noqa: BLE001 - a failing document is a row, not the end
            msg = str(exc) if isinstance(exc, GeomapError) else f"{type(exc).__name__}: {exc}"
            rows["documents"].append(
                document_row(
                    seq, rec.id, rec.source, rec.url, error=msg[:1000] or type(exc).__name__
                )
            )
            errors += 1
            continue
        rows["documents"].append(document_row(seq, rec.id, rec.source, rec.url, analysis=a))
        for table, found in rows_of(seq, rec.id, a).items():
            rows[table] += found
    return rows, errors


def process_chunk(chunk: Chunk, opts: WorkOptions) -> ChunkRows:
    """Analyse a chunk (in a worker): its rows, to be encoded by :func:`encode_chunk`."""
    rows, errors = analyze_records(chunk.first, chunk.records, opts)
    return ChunkRows(index=chunk.index, rows=rows, errors=errors)


def encode_chunk(done: ChunkRows, opts: WorkOptions) -> ChunkResult:
    """A chunk's four parts, encoded in the process that writes them."""
    schemas = dict(opts.schemas)
    return ChunkResult(
        index=done.index,
        parts={t: encode(t, done.rows[t], opts.format, schemas.get(t)) for t in TABLES},
        rows={t: len(done.rows[t]) for t in TABLES},
        errors=done.errors,
    )
