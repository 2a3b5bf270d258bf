"""``geomap batch INPUT... -o OUTDIR``: many articles into GeoParquet tables, resumable.

Parses the options, hands the run to :func:`geomap.batch.run_batch` and prints one
summary line. The progress bar (documents/s, ETA) is drawn on stderr only when stderr is
a terminal, so a job's log gets the summary alone.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from geomap.cli._main import (
    add_analysis_options,
    add_choice_option,
    add_output_option,
    geocoder_options,
    parse_date,
)

__all__ = ["handle", "register"]

_DESCRIPTION = """\
Analyse many articles into tables a data team loads: documents, places, claims and
events, as Parquet (places and events as GeoParquet points, claims as GeoParquet lines
from the subject to the reference, WGS84) or JSON Lines, one part per chunk of documents
and a manifest.json when the run is complete. Inputs are article files (text or HTML),
folders (read recursively), globs, JSON Lines files (one {"id", "text", "date"?, "lang"?,
"url"?} object a line) and CSV or Parquet tables with a text column. A document that
fails is a row of documents with its error. A run that is stopped (even killed) and
started again with the same arguments does only what is missing."""

_EPILOG = """\
Exit codes: 0 the run is complete (failed documents are rows with their error, counted in
the summary), 2 usage or input error (no such input, a missing column, OUTDIR holds
another run), 3 internal error, 4 environment error (e.g. a damaged gazetteer index).
Examples: geomap batch archive/ -o out/;  geomap batch 'feeds/*.jsonl' -o out/ --offline;
geomap batch wire.csv --text-column body --id-column guid -o out/ --engine dask
--scheduler tcp://10.0.0.5:8786  (docs/batch.md)"""


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {n}")
    return n


def register(subparsers: Any) -> None:
    """Add the ``batch`` verb to the main parser."""
    p = subparsers.add_parser(
        "batch",
        help="analyse many articles into (Geo)Parquet tables, on all cores or a Dask cluster",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="article files, folders, globs, .jsonl/.ndjson, .csv or .parquet files",
    )
    add_output_option(p, "OUTDIR", "the folder of the tables", required=True)
    add_choice_option(
        p,
        "--format",
        ("parquet", "jsonl"),
        "output format: parquet, Parquet and GeoParquet; jsonl, JSON Lines, GeoJSON geometry",
    )
    p.add_argument(
        "--text-column",
        default="text",
        metavar="NAME",
        help="the article text's column in CSV and Parquet inputs (default: text)",
    )
    p.add_argument(
        "--id-column",
        metavar="NAME",
        help="the document id's column in CSV and Parquet inputs (default: 'id' if there "
        "is one, else FILE:ROW)",
    )
    add_analysis_options(p)
    p.add_argument(
        "--workers",
        type=_positive,
        metavar="N",
        help="worker processes (default: every CPU this process may use; 1 runs in this "
        "process); with --engine dask and no --scheduler, the local cluster's workers",
    )
    add_choice_option(
        p,
        "--engine",
        ("local", "dask"),
        "local: a process pool on this machine; dask: a dask.distributed cluster",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler, e.g. tcp://HOST:8786 (implies --engine dask; without it "
        "--engine dask starts a local cluster)",
    )
    p.add_argument(
        "--chunk-size",
        type=_positive,
        default=None,
        metavar="N",
        help="documents per part file and unit of work (default 256); a resumed run must "
        "use the same",
    )
    bar = p.add_mutually_exclusive_group()
    bar.add_argument(
        "--progress",
        dest="progress",
        action="store_true",
        default=None,
        help="draw the progress bar (default: when stderr is a terminal)",
    )
    bar.add_argument("--no-progress", dest="progress", action="store_false", help="never")
    p.set_defaults(handler=handle)


def handle(args: argparse.Namespace) -> int:
    from geomap.batch import DEFAULT_CHUNK_SIZE, WorkOptions, run_batch
    from geomap.report import terminal_safe

    date = parse_date(args)  # a bad --date is a usage error before any work
    opts = WorkOptions(
        lang=args.lang,
        date=date.isoformat() if date else None,
        geocoder=None
        if args.offline
        else tuple(sorted({"service": args.geocoder, **geocoder_options(args)}.items())),
        format=args.format,
    )
    progress = args.progress if args.progress is not None else sys.stderr.isatty()
    summary = run_batch(
        args.inputs,
        args.output,
        opts,
        text_column=args.text_column,
        id_column=args.id_column,
        chunk_size=args.chunk_size or DEFAULT_CHUNK_SIZE,
        engine="dask" if args.scheduler else args.engine,
        workers=args.workers,
        scheduler=args.scheduler,
        progress=progress,
    )
    r = summary.rows
    print(
        f"{terminal_safe(summary.outdir)}: {summary.documents:,} documents "
        f"({summary.failed:,} failed; {summary.processed:,} processed now, "
        f"{summary.skipped:,} before), {r['places']:,} places, {r['claims']:,} claims, "
        f"{r['events']:,} events"
    )
    return 0
