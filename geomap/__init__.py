"""geomap: find the places in German and English news text, check its distance claims, map it.

>>> import geomap
>>> a = geomap.analyze("Die Delegation reiste von Berlin nach Warschau.")  # doctest: +SKIP
>>> [p.name for p in a.places]                                             # doctest: +SKIP
['Berlin', 'Warsaw']
"""

from __future__ import annotations

from geomap._version import __version__
from geomap.batch import BatchResult, analyze_many
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
