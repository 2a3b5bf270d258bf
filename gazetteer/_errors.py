"""The gazetteer's errors, under their own root: the package knows nothing of geomap.

A missing name is not an error (an empty list). geomap's command line maps each class to
an exit code (``geomap/cli/_main.py``)::

    GazetteerError
     ├── GazetteerDataError (ValueError)           malformed source data     -> exit 2
     ├── GazetteerNotFoundError (FileNotFoundError) no index at a given path -> exit 2
     ├── GazetteerIndexError                        a damaged index file      -> exit 4
     └── GazetteerWriteError (OSError)              the index cannot be written -> exit 2
"""

from __future__ import annotations

__all__ = [
    "GazetteerDataError",
    "GazetteerError",
    "GazetteerIndexError",
    "GazetteerNotFoundError",
    "GazetteerWriteError",
]


class GazetteerError(Exception):
    """Root of every error the gazetteer raises on purpose."""


class GazetteerDataError(GazetteerError, ValueError):
    """Source data for the index is malformed (e.g. a curated CSV row); the message
    names the file and line so the author can fix it."""


class GazetteerNotFoundError(GazetteerError, FileNotFoundError):
    """No index at the path the caller named (and building was not asked for)."""


class GazetteerWriteError(GazetteerError, OSError):
    """The index cannot be written where it was asked to go (the same exit code as any
    output geomap cannot write)."""


class GazetteerIndexError(GazetteerError):
    """The index file exists but cannot be used: not SQLite, truncated, tables missing,
    built with another schema, or SQLite reports it malformed at a query. Nothing the
    user typed is wrong and it is not a bug: rebuilding the index repairs it, so the
    message says how."""

    def __init__(self, path: object, problem: str, rebuild: str) -> None:
        self.path = str(path)
        self.problem = problem
        self.rebuild = rebuild
        super().__init__(
            f"the gazetteer index at {path} is damaged ({problem}); rebuild it with: {rebuild}"
        )
