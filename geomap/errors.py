"""One error hierarchy for geomap.

Errors are raised inside the library and caught only at the CLI edge, which prints
one line and maps the class to an exit code. An unresolved place or an unverifiable
claim is *not* an error: it is a row in the result with a reason.

::

    GeomapError
     ├── InputError (ValueError)         unreadable, binary or empty input      -> exit 2
     │    └── InputNotFoundError (FileNotFoundError)
     ├── OutputError (OSError)           refusing to overwrite, cannot write    -> exit 2
     ├── UsageError (ValueError)         bad option values                      -> exit 2
     ├── CorpusError (ValueError)        an evaluation corpus cannot be parsed  -> exit 2
     ├── GeocodingError                  the fallback geocoder failed (kept as a reason)
     └── EnvError                        the machine geomap runs on is not usable -> exit 4

The gazetteer is its own package with its own root (``gazetteer.GazetteerError``: data,
not found, damaged index, cannot write); :func:`exit_code` maps both trees.
"""

from __future__ import annotations

__all__ = [
    "CorpusError",
    "EnvError",
    "GeocodingError",
    "GeomapError",
    "InputError",
    "InputNotFoundError",
    "OutputError",
    "UsageError",
    "exit_code",
]


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""

    exit_code = 2


class InputError(GeomapError, ValueError):
    """An input cannot be read as article text (binary, empty, undecodable, too odd)."""


class InputNotFoundError(InputError, FileNotFoundError):
    """An input path does not exist or is not a regular file."""


class OutputError(GeomapError, OSError):
    """An output cannot be written, or would overwrite a file geomap did not write."""


class UsageError(GeomapError, ValueError):
    """An option or argument has a value geomap cannot use."""


class CorpusError(GeomapError, ValueError):
    """An evaluation corpus is missing or malformed."""


class GeocodingError(GeomapError):
    """The fallback geocoder could not answer; callers turn this into a reason string."""


class EnvError(GeomapError):
    """The environment geomap runs in cannot be used: a damaged gazetteer index, a data
    folder that cannot be read. Neither a bug (exit 3) nor the user's input (exit 2), so
    it has its own exit code, 4, and its message says how to repair the environment.
    (Not named ``EnvironmentError``: that is a built-in alias of ``OSError``.)"""

    exit_code = 4


def exit_code(exc: BaseException) -> int | None:
    """The documented exit code for an error raised on purpose, ``None`` for a bug.

    >>> exit_code(UsageError("x")), exit_code(EnvError("x")), exit_code(KeyError("x"))
    (2, 4, None)
    """
    if isinstance(exc, GeomapError):
        return exc.exit_code
    from gazetteer import GazetteerError, GazetteerIndexError

    if isinstance(exc, GazetteerIndexError):
        return EnvError.exit_code
    if isinstance(exc, GazetteerError):
        return GeomapError.exit_code
    return None
