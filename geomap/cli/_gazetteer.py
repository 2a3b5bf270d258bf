"""``geomap gazetteer build|lookup|info``: the gazetteer from the command line.

Kept light on purpose: the look-up path imports only the stdlib, sqlite3 and the
gazetteer's name functions (no shapely, pandas or source packages), so a cold
``geomap gazetteer lookup`` process stays well under a third of a second.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from geomap.errors import UsageError

if TYPE_CHECKING:
    from gazetteer import Gazetteer

__all__ = ["register"]


def register(subparsers: Any) -> None:
    """Add the ``gazetteer`` verb and its sub-verbs to the main parser."""
    p = subparsers.add_parser("gazetteer", help="build, query and describe the local gazetteer")
    sub = p.add_subparsers(dest="gazetteer_command", required=True)

    b = sub.add_parser("build", help="build the index (GeoNames, Natural Earth, admin-1, curated)")
    b.add_argument("--if-missing", action="store_true", help="do nothing when the index exists")
    b.add_argument("--quiet", action="store_true", help="no progress bar")
    b.add_argument("--path", help="index file to write (default: the cache location)")
    b.set_defaults(handler=_build)

    q = sub.add_parser("lookup", help="candidates for a place name, best first")
    q.add_argument("name")
    q.add_argument("--lang", choices=("de", "en"), help="favour names in this language")
    q.add_argument("--limit", type=int, default=10, help="at most N candidates (default 10)")
    q.add_argument(
        "--kind", action="append", help="only this kind (repeatable): city, country, sea..."
    )
    q.add_argument("--format", choices=("text", "json"), default="text")
    q.add_argument("--path", help="index file (default: the cache location)")
    q.set_defaults(handler=_lookup)

    i = sub.add_parser("info", help="entries, sources, licences, location and size of the index")
    i.add_argument("--format", choices=("text", "json"), default="text")
    i.add_argument("--path", help="index file (default: the cache location)")
    i.set_defaults(handler=_info)


def _build(args: argparse.Namespace) -> int:
    from gazetteer import build_index

    path = build_index(args.path, quiet=args.quiet, force=not args.if_missing)
    print(path)
    return 0


def _open(args: argparse.Namespace) -> Gazetteer:
    """The default index is built on first use; an explicit ``--path`` must exist."""
    from gazetteer import Gazetteer

    return Gazetteer.open(args.path, build=args.path is None, quiet=False)


def _lookup(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError(f"--limit must be at least 1 (got {args.limit})")
    with _open(args) as gaz:
        cands = gaz.lookup(args.name, lang=args.lang, limit=args.limit, kinds=args.kind)
    if args.format == "json":
        print(json.dumps([c.to_dict() for c in cands], ensure_ascii=False, indent=2))
        return 0
    if not cands:
        print(f"no match for {args.name!r}", file=sys.stderr)
    for c in cands:
        print(
            f"{c.id}\t{c.name}\t{c.kind}\t{c.country_code or '-'}\t{c.lat:.5f},{c.lon:.5f}"
            f"\tpop={c.population}\tscore={c.score:.3f}\tmatched={c.matched}"
        )
    return 0


def _info(args: argparse.Namespace) -> int:
    with _open(args) as gaz:
        info = gaz.info()
    if args.format == "json":
        print(json.dumps(info, ensure_ascii=False, indent=2, sort_keys=True))
        return 0
    print(f"index:    {info['path']}")
    print(f"size:     {info['size_bytes'] / 1e6:.1f} MB")
    print(f"schema:   {info['built_with']}")
    print(f"entries:  {info['entries']}")
    for s in info["sources"]:
        rows = f", {s['rows']} rows" if "rows" in s else ""
        print(f"source:   {s['name']} {s['version']} ({s['licence']}{rows})")
    return 0
