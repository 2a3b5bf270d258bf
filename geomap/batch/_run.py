"""A batch run into a folder: parts as the run goes, a manifest at the end, resumable.

The folder::

    OUTDIR/run.json                      the arguments and a digest of the inputs (first)
    OUTDIR/places/part-000000.parquet    chunk 0's places (GeoParquet), and so on
    OUTDIR/claims/part-000000.parquet
    OUTDIR/events/part-000000.parquet
    OUTDIR/documents/part-000000.parquet chunk 0's documents: written last, its commit
    OUTDIR/manifest.json                 written when every chunk is in: the run is complete

Why chunks and not a log of document ids: the records are numbered in an order that depends
only on the arguments and the files (``_records``), so chunk ``k`` is always records
``k*size`` to ``(k+1)*size - 1``. A chunk whose ``documents`` part exists is done; any other
chunk is (re)done, and its parts replace whatever a killed run left under the same names.
So a run killed at any moment and started again with the same arguments processes only the
missing chunks: no row twice, none lost. Each part is written to a hidden temporary name
and renamed (atomic on POSIX), so a reader never sees half a file, and readers of a table's
folder (pyarrow, geopandas, DuckDB) skip hidden names. ``run.json`` refuses a restart with
other arguments or changed inputs, whose chunks would hold other documents.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geomap._version import __version__
from geomap.batch._engines import Engine, run_chunks
from geomap.batch._records import (
    InputFile,
    check_columns,
    count_records,
    expand_inputs,
    fingerprint,
    iter_records,
    load,
)
from geomap.batch._tables import GEOMETRY, TABLES
from geomap.batch._worker import Chunk, ChunkResult, WorkOptions
from geomap.errors import OutputError, UsageError

__all__ = ["DEFAULT_CHUNK_SIZE", "BatchSummary", "run_batch"]

#: Documents per chunk: per part file, and the unit of work and of resumption. Large
#: enough that the parts of ten million documents are tens of thousands of files, small
#: enough that a killed run loses seconds of work per worker.
DEFAULT_CHUNK_SIZE = 256
_RUN, _MANIFEST = "run.json", "manifest.json"
_PART_RE = re.compile(r"\Apart-(\d+)\.(parquet|jsonl)\Z")


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What a run did: ``processed`` documents in this invocation, ``skipped`` ones a
    previous invocation had done, ``failed`` documents in the whole run (rows with an
    error), and each table's row count."""

    outdir: str
    documents: int
    processed: int
    skipped: int
    failed: int
    rows: dict[str, int] = field(default_factory=dict)


def _write_atomic(path: Path, data: bytes) -> None:
    """Write to a hidden temporary beside ``path``, fsync, rename over ``path``."""
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from exc


def _prepare(outdir: Path, meta: dict[str, Any]) -> None:
    """Create ``outdir`` or check it holds this same run; refuse anything else."""
    if outdir.exists() and not outdir.is_dir():
        raise OutputError(f"{outdir}: exists and is not a folder")
    run = outdir / _RUN
    if run.is_file():
        try:
            old = json.loads(run.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            old = None
        if old != meta:
            raise OutputError(
                f"{outdir}: holds a run with other arguments or changed inputs ({_RUN}); "
                "write to another folder"
            )
        return
    if outdir.is_dir() and any(outdir.iterdir()):
        raise OutputError(f"{outdir}: is not empty and holds no geomap batch run; use a new folder")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{outdir}: cannot create folder ({exc.strerror or exc})") from exc
    _write_atomic(run, (json.dumps(meta, indent=1, sort_keys=True) + "\n").encode())


def _parts(folder: Path, ext: str) -> dict[int, Path]:
    out: dict[int, Path] = {}
    if folder.is_dir():
        for p in folder.iterdir():
            m = _PART_RE.match(p.name)
            if m and m.group(2) == ext:
                out[int(m.group(1))] = p
    return out


def _remove_temps(outdir: Path) -> None:
    """A killed run's temporary parts (ours by their name: ``.part-N.EXT.tmp-PID``)."""
    for t in TABLES:
        folder = outdir / t
        if folder.is_dir():
            for p in folder.iterdir():
                if p.name.startswith(".part-") and ".tmp-" in p.name:
                    with contextlib.suppress(OSError):
                        p.unlink()


def _chunks(
    files: Sequence[InputFile],
    size: int,
    done: set[int],
    *,
    text_column: str,
    id_column: str | None,
) -> Iterator[Chunk]:
    """The chunks not done yet, their article files read only now."""
    batch: list[Any] = []
    k = first = 0
    for i, rec in enumerate(iter_records(files, text_column=text_column, id_column=id_column)):
        if not batch:
            first = i
        batch.append(rec)
        if len(batch) == size:
            if k not in done:
                yield Chunk(k, first, tuple(load(r) for r in batch))
            batch, k = [], k + 1
    if batch and k not in done:
        yield Chunk(k, first, tuple(load(r) for r in batch))


def _rows(path: Path) -> int:
    if path.suffix == ".jsonl":
        with open(path, "rb") as fh:
            return sum(block.count(b"\n") for block in iter(lambda: fh.read(1 << 20), b""))
    import pyarrow.parquet as pq

    return int(pq.ParquetFile(path).metadata.num_rows)


def _failed(path: Path) -> int:
    if path.suffix == ".jsonl":
        with open(path, encoding="utf-8") as fh:
            return sum(1 for line in fh if json.loads(line)["status"] != "ok")
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    status = pq.read_table(path, columns=["status"]).column("status")
    return int(pc.sum(pc.not_equal(status, "ok")).as_py() or 0)


def _manifest(outdir: Path, meta: dict[str, Any], ext: str) -> tuple[dict[str, Any], int]:
    """The manifest of a complete run: every table's parts and rows."""
    tables: dict[str, Any] = {}
    docs = _parts(outdir / "documents", ext)
    for t in TABLES:
        parts = _parts(outdir / t, ext)
        names = [f"{t}/{parts[k].name}" for k in sorted(parts) if k in docs]
        tables[t] = {
            "parts": names,
            "rows": sum(_rows(outdir / n) for n in names),
            "geometry": GEOMETRY.get(t),
            "crs": "EPSG:4326" if t in GEOMETRY else None,
        }
    failed = sum(_failed(docs[k]) for k in sorted(docs))
    manifest = {
        "generator": f"generated by geomap {__version__}",
        "complete": True,
        "format": meta["options"]["format"],
        "documents": tables["documents"]["rows"],
        "failed": failed,
        "tables": tables,
        "run": meta,
    }
    return manifest, failed


def run_batch(
    inputs: Sequence[str],
    outdir: str | Path,
    opts: WorkOptions,
    *,
    text_column: str = "text",
    id_column: str | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    engine: Engine = "local",
    workers: int | None = None,
    scheduler: str | None = None,
    progress: bool = False,
) -> BatchSummary:
    """Analyse every record of ``inputs`` into the tables under ``outdir`` (see the
    module docstring); resume a run that ``outdir`` holds with the same arguments."""
    if chunk_size < 1:
        raise UsageError(f"--chunk-size must be at least 1, not {chunk_size}")
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    files = expand_inputs(inputs)
    check_columns(files, text_column=text_column, id_column=id_column)
    out = Path(outdir)
    ext = opts.format
    meta = {
        "generator": f"generated by geomap {__version__}",
        "inputs": list(inputs),
        "files": len(files),
        "inputs_sha256": fingerprint(files),
        "options": {
            "lang": opts.lang,
            "date": opts.date,
            "geocoder": None if opts.geocoder is None else dict(opts.geocoder),
            "format": opts.format,
            "text_column": text_column,
            "id_column": id_column,
            "chunk_size": chunk_size,
        },
    }
    _prepare(out, meta)
    _remove_temps(out)
    for t in TABLES:
        (out / t).mkdir(exist_ok=True)
    before = _parts(out / "documents", ext)  # chunks a previous invocation did
    chunks = _chunks(files, chunk_size, set(before), text_column=text_column, id_column=id_column)
    processed = 0
    bar = None
    # what needs pyarrow (the rows of the parts done, a Parquet input's length) is read
    # only after the workers are forked, so that none of them carries it
    skipped: int | None = None
    try:
        result: ChunkResult
        for result in run_chunks(chunks, opts, engine=engine, workers=workers, scheduler=scheduler):
            with contextlib.suppress(FileNotFoundError):
                (out / _MANIFEST).unlink()  # the run is no longer complete
            for t in TABLES:  # documents last: the chunk's commit
                _write_atomic(out / t / f"part-{result.index:06d}.{ext}", result.parts[t])
            n = result.rows["documents"]
            processed += n
            if progress and bar is None:
                # drawn from the first result on: the pool's workers are forked by then,
                # before the bar's monitor thread exists
                from tqdm import tqdm

                skipped = sum(_rows(p) for p in before.values())
                total = count_records(files)
                bar = tqdm(total=total, initial=skipped, unit="doc", smoothing=0.05)
            if bar is not None:
                bar.update(n)
    finally:
        if bar is not None:
            bar.close()
    if skipped is None:
        skipped = sum(_rows(p) for p in before.values())
    manifest, failed = _manifest(out, meta, ext)
    _write_atomic(out / _MANIFEST, (json.dumps(manifest, indent=1) + "\n").encode())
    return BatchSummary(
        outdir=str(out),
        documents=manifest["documents"],
        processed=processed,
        skipped=skipped,
        failed=failed,
        rows={t: manifest["tables"][t]["rows"] for t in TABLES},
    )
