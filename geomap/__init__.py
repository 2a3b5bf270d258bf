"""geomap: find the places in German and English news text, check its distance claims, map it.

>>> import geomap
>>> a = geomap.analyze("Die Delegation reiste von Berlin nach Warschau.")  # doctest: +SKIP
>>> [p.name for p in a.places]                                             # doctest: +SKIP
['Berlin', 'Warsaw']
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from geomap._version import __version__
from geomap.errors import (
    CorpusError,
    GeocodingError,
    GeomapError,
    InputError,
    InputNotFoundError,
    OutputError,
    UsageError,
)
from geomap.model import (
    Alternative,
    Analysis,
    Claim,
    Document,
    Event,
    Header,
    Place,
    PlaceRef,
    RangeRing,
    Sentence,
    Stated,
)
from geomap.pipeline import analyze, analyze_document, resolve_spans

if TYPE_CHECKING:
    from geomap.batch import BatchResult, analyze_many

#: Names imported on first use: the batch runner (and the tables it writes) is not needed
#: to read one article, and importing it costs a one-article command a tenth of a second.
_LAZY = ("BatchResult", "analyze_many")

__all__ = [
    "Alternative",
    "Analysis",
    "BatchResult",
    "Claim",
    "CorpusError",
    "Document",
    "Event",
    "GeocodingError",
    "GeomapError",
    "Header",
    "InputError",
    "InputNotFoundError",
    "OutputError",
    "Place",
    "PlaceRef",
    "RangeRing",
    "Sentence",
    "Stated",
    "UsageError",
    "__version__",
    "analyze",
    "analyze_document",
    "analyze_many",
    "resolve_spans",
]


def __getattr__(name: str) -> Any:
    """``geomap.BatchResult`` and ``geomap.analyze_many``, imported on first use."""
    if name in _LAZY:
        from geomap import batch

        value = getattr(batch, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'geomap' has no attribute {name!r}")
