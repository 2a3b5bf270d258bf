"""Two reference systems geomap is compared against (see ``benchmarks/compare.py``).

* **geotext** (extraction only): the city and country names that ``geotext.GeoText``
  reports. GeoText returns strings, not offsets, so :func:`geotext_spans` replays its own
  regular expression and membership tests with ``re.finditer`` to keep the offsets: the
  same candidates, in the same way, located.
* **population**: for a span (geotext's or gold), the gazetteer candidate with the
  largest population, the classic "most populous place" baseline of the geocoding
  literature. It knows no context: it is the floor a resolver must beat.

These are deliberately plain; they are here to be measured, not improved.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from geomap.evaluation import GoldDoc, Prediction, Resolver, System

__all__ = [
    "geotext_population_system",
    "geotext_spans",
    "most_populous",
    "population_resolver",
]

# GeoText 0.4's candidate pattern (geotext/geotext.py, GeoText.__init__), verbatim.
_GEOTEXT_CANDIDATE = re.compile(r"[A-ZÀ-Ú]+[a-zà-ú]+[ \-]?(?:d[a-u].)?(?:[A-ZÀ-Ú]+[a-zà-ú]+)*")


def geotext_spans(text: str) -> list[tuple[int, int]]:
    """Offsets of the cities and countries GeoText finds in ``text`` (its order).

    >>> t = "Flights from Paris to Germany resumed."
    >>> [t[s:e] for s, e in geotext_spans(t)]
    ['Paris', 'Germany']
    """
    from geotext import GeoText

    index = GeoText.index
    spans = []
    for m in _GEOTEXT_CANDIDATE.finditer(text):
        cand = m.group(0).strip()  # the pattern may take one trailing space or hyphen
        key = cand.lower()
        if key in index.countries or key in index.cities:
            spans.append((m.start(), m.start() + len(cand)))
    return spans


def most_populous(gaz: Any, phrase: str, lang: str | None = None) -> tuple[float, float] | None:
    """The point of the most populous gazetteer match for ``phrase`` (``None``: no match).

    Countries carry their population in the gazetteer too, so "Georgia" goes to the
    country or the state by head count alone, which is the point of the baseline.
    """
    cands = gaz.lookup(phrase, lang=lang, limit=100)
    if not cands:
        return None
    best = max(cands, key=lambda c: c.population or 0)  # max keeps the first of ties
    return (best.lat, best.lon)


def _cached(gaz: Any):
    @lru_cache(maxsize=65536)
    def point(phrase: str, lang: str | None) -> tuple[float, float] | None:
        return most_populous(gaz, phrase, lang)

    return point


def population_resolver(gaz: Any) -> Resolver:
    """Gold spans in, the most populous match of each span's text out."""
    point = _cached(gaz)

    def run(doc: GoldDoc, spans: Sequence[tuple[int, int]]) -> list[Prediction | None]:
        out: list[Prediction | None] = []
        for s, e in spans:
            p = point(doc.text[s:e], doc.lang)
            out.append(None if p is None else Prediction(s, e, p[0], p[1]))
        return out

    return run


def geotext_population_system(gaz: Any) -> System:
    """geotext's spans, each placed at its most populous gazetteer match."""
    point = _cached(gaz)

    def run(doc: GoldDoc) -> list[Prediction]:
        preds = []
        for s, e in geotext_spans(doc.text):
            p = point(doc.text[s:e], doc.lang)
            preds.append(Prediction(s, e, *(p if p is not None else (None, None))))
        return preds

    return run
