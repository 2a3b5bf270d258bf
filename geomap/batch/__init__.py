"""Batch runs: many articles on all cores or a Dask cluster, into GeoParquet tables.

``geomap batch INPUT... -o OUTDIR`` and :func:`analyze_many` share this wing: inputs become
records in a stable order (``_records``), records are analysed chunk by chunk in worker
processes that open the gazetteer once (``_worker``, ``_engines``), each chunk becomes one
part per table (``_tables``), and a run writes its parts atomically, resumes where a killed
run stopped and ends with a manifest (``_run``). See docs/batch.md.
"""

from __future__ import annotations

from geomap.batch._api import BatchResult, analyze_many
from geomap.batch._engines import Engine, default_workers, run_chunks
from geomap.batch._records import (
    InputFile,
    Record,
    check_columns,
    count_records,
    expand_inputs,
    fingerprint,
    iter_records,
    load,
)
from geomap.batch._run import DEFAULT_CHUNK_SIZE, BatchSummary, run_batch
from geomap.batch._tables import (
    COLUMNS,
    GEOMETRY,
    TABLES,
    Format,
    Rows,
    arrow_schema,
    arrow_schemas,
    document_row,
    encode,
    frame,
    rows_of,
)
from geomap.batch._worker import (
    Chunk,
    ChunkResult,
    ChunkRows,
    WorkOptions,
    analyze_records,
    encode_chunk,
    process_chunk,
    warm_up,
)

__all__ = [
    "BatchResult",
    "BatchSummary",
    "COLUMNS",
    "Chunk",
    "ChunkResult",
    "ChunkRows",
    "DEFAULT_CHUNK_SIZE",
    "Engine",
    "Format",
    "GEOMETRY",
    "InputFile",
    "Record",
    "Rows",
    "TABLES",
    "WorkOptions",
    "analyze_many",
    "analyze_records",
    "arrow_schema",
    "arrow_schemas",
    "check_columns",
    "count_records",
    "default_workers",
    "document_row",
    "encode",
    "encode_chunk",
    "expand_inputs",
    "fingerprint",
    "frame",
    "iter_records",
    "load",
    "process_chunk",
    "rows_of",
    "run_batch",
    "run_chunks",
    "warm_up",
]
