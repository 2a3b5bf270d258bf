"""``analyze_many``: the batch tables as pandas / GeoPandas frames, for a notebook or a job.

The same chunks, workers and encoders as ``geomap batch``; the parts come back as bytes and
are read into frames here, so the frames have the columns and types of the files.
"""

from __future__ import annotations

import io
import math
from collections.abc import Iterable, Iterator, Mapping, Sized
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from geomap.batch._engines import Engine, default_workers, run_chunks
from geomap.batch._records import Record
from geomap.batch._tables import GEOMETRY, TABLES
from geomap.batch._worker import Chunk, WorkOptions
from geomap.errors import UsageError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["BatchResult", "analyze_many"]

_OPTIONAL = ("date", "lang", "url")


@dataclass(frozen=True)
class BatchResult:
    """The four tables of a batch: ``documents`` (a DataFrame), ``places``, ``claims`` and
    ``events`` (GeoDataFrames in EPSG:4326), rows in input order."""

    documents: pd.DataFrame
    places: pd.DataFrame
    claims: pd.DataFrame
    events: pd.DataFrame


def _record(i: int, item: Any) -> Record:
    """A record from a text, bytes, a :class:`Record` or a mapping with ``text`` (and
    optionally ``id``, ``date``, ``lang``, ``url``); ids default to the position."""
    if isinstance(item, Record):
        return item
    if isinstance(item, str):
        return Record(id=str(i), source=str(i), text=item)
    if isinstance(item, bytes):
        return Record(id=str(i), source=str(i), data=item)
    if isinstance(item, Mapping):
        rid = item.get("id")
        rid = str(i) if rid is None else str(rid)
        text = item.get("text")
        date, lang, url = (None if item.get(k) is None else str(item.get(k)) for k in _OPTIONAL)
        if not isinstance(text, (str, bytes)):
            return Record(
                id=rid,
                source=str(i),
                error=f"record {i}: no 'text' string",
                date=date,
                lang=lang,
                url=url,
            )
        if isinstance(text, bytes):
            return Record(id=rid, source=str(i), data=text, date=date, lang=lang, url=url)
        return Record(id=rid, source=str(i), text=text, date=date, lang=lang, url=url)
    raise UsageError(
        f"record {i}: a text, bytes or a mapping with 'text', not {type(item).__name__}"
    )


def _chunks(items: Iterable[Any], size: int) -> Iterator[Chunk]:
    batch: list[Record] = []
    k = first = 0
    for i, item in enumerate(items):
        if not batch:
            first = i
        batch.append(_record(i, item))
        if len(batch) == size:
            yield Chunk(k, first, tuple(batch))
            batch, k = [], k + 1
    if batch:
        yield Chunk(k, first, tuple(batch))


def _read(table: str, data: bytes) -> pd.DataFrame:
    if table in GEOMETRY:
        import geopandas as gpd

        return gpd.read_parquet(io.BytesIO(data))
    import pandas as pd

    return pd.read_parquet(io.BytesIO(data))


def analyze_many(
    texts_or_records: Iterable[Any],
    *,
    workers: int | None = None,
    lang: str | None = None,
    date: str | None = None,
    geocoder: Mapping[str, Any] | None = None,
    engine: Engine = "local",
    scheduler: str | None = None,
    chunk_size: int | None = None,
) -> BatchResult:
    """Analyse many articles on all cores (``workers``, default: the CPUs this process
    may use; on Linux each a forked process, ``1`` too) or on a Dask cluster
    (``engine="dask"``, ``scheduler`` an address or ``None`` for a local cluster).

    Items are texts, bytes, or mappings ``{"id", "text", "date"?, "lang"?, "url"?}``. A
    document that fails is a ``documents`` row with ``status == "error"`` and its error.
    ``geocoder`` holds ``geoparse.make_geocoder`` options to use the geopy fallback;
    by default only the local gazetteer answers (offline), as with :func:`geomap.analyze`.
    """
    n_workers = workers or default_workers()
    if chunk_size is None:
        n = len(texts_or_records) if isinstance(texts_or_records, Sized) else 0
        chunk_size = max(1, min(64, math.ceil(n / (n_workers * 4)))) if n else 64
    if chunk_size < 1:
        raise UsageError(f"chunk_size must be at least 1, not {chunk_size}")
    opts = WorkOptions(
        lang=lang,
        date=date,
        geocoder=None if geocoder is None else tuple(sorted(geocoder.items())),
        format="parquet",
    )
    results = sorted(
        run_chunks(
            _chunks(texts_or_records, chunk_size),
            opts,
            engine=engine,
            workers=n_workers,
            scheduler=scheduler,
        ),
        key=lambda r: r.index,
    )
    import pandas as pd

    frames: dict[str, Any] = {}
    for t in TABLES:
        parts = [_read(t, r.parts[t]) for r in results]
        if not parts:
            from geomap.batch._tables import frame

            frames[t] = frame(t, [])
        else:
            frames[t] = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    return BatchResult(**frames)
