"""Command-line interface (temporary skeleton; the lead replaces it)."""

from __future__ import annotations

import argparse
import sys

from geomap.errors import GeomapError


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="geomap")
    sub = parser.add_subparsers(dest="command", required=True)
    from geomap import cli_gazetteer

    cli_gazetteer.register(sub)
    args = parser.parse_args(argv)
    try:
        return int(args.handler(args))
    except GeomapError as exc:
        print(f"geomap: error: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":
    sys.exit(main())
