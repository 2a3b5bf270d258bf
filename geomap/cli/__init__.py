"""The command line: a thin layer over the pipeline."""

from geomap.cli._main import build_parser, main

__all__ = ["build_parser", "main"]
