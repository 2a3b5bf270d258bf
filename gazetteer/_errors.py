"""The gazetteer's errors: bad source data, and a damaged index file. A missing name is not
an error (empty list)."""

from __future__ import annotations

from geomap.errors import EnvError, InputError

__all__ = ["GazetteerDataError", "GazetteerIndexError"]


class GazetteerDataError(InputError):
    """Source data for the index is malformed (e.g. a curated CSV row); the message
    names the file and line so the author can fix it. Exit code 2 at the CLI."""


class GazetteerIndexError(EnvError):
    """The index file exists but cannot be used: not SQLite, truncated, tables missing,
    built with another schema, or SQLite reports it malformed at a query. Nothing the
    user typed is wrong and it is not a bug in geomap: rebuilding the index repairs it,
    so the message says how. Exit code 4 (environment error) at the CLI."""

    def __init__(self, path: object, problem: str, rebuild: str) -> None:
        self.path = str(path)
        self.problem = problem
        self.rebuild = rebuild
        super().__init__(
            f"the gazetteer index at {path} is damaged ({problem}); rebuild it with: {rebuild}"
        )
