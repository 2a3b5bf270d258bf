"""The gazetteer's error: bad source data. A missing name is not an error (empty list)."""

from __future__ import annotations

from geomap.errors import InputError

__all__ = ["GazetteerDataError"]


class GazetteerDataError(InputError):
    """Source data for the index is malformed (e.g. a curated CSV row); the message
    names the file and line so the author can fix it. Exit code 2 at the CLI."""
