"""``analyze``: the whole pipeline on one text, as pure as the stages allow.

read -> places (gazetteer, then the geocoder fallback) -> claims -> verify -> events.
The gazetteer and the geocoder are injectable so tests pass their own; by default the
gazetteer is opened once per process and the geocoder is off when ``GEOMAP_OFFLINE=1``.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from geomap.model import Analysis, Claim, Document, Place

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI
    from geomap.geoparse import FallbackGeocoder

__all__ = [
    "MAX_ANALYSIS_CHARS",
    "analyze",
    "analyze_document",
    "default_gazetteer",
    "resolve_spans",
]

#: The longest text analysed as one document. A news article is 2,000-20,000 characters; a
#: text beyond this is a whole feed or a dump, and analysing it as one article would cost
#: seconds per 100 KB and give one focus to unrelated stories. Split it into articles.
MAX_ANALYSIS_CHARS = 500_000


@cache
def default_gazetteer() -> GazetteerAPI:
    """The process-wide gazetteer (built on first use)."""
    from gazetteer import Gazetteer

    return Gazetteer.open()


def analyze(
    text: str | bytes,
    *,
    path: str | None = None,
    lang: str | None = None,
    date: _dt.date | str | None = None,
    gazetteer: GazetteerAPI | None = None,
    geocoder: FallbackGeocoder | None = None,
    verify: bool = True,
    claims: bool = True,
    events: bool = True,
) -> Analysis:
    """Find the places, distance claims and events of one article.

    ``text`` may be ``bytes`` (decoded as geomap reads files) or ``str``. ``lang``
    (``de``/``en``) overrides detection; ``date`` (``YYYY-MM-DD``) anchors weekdays and
    relative dates when the article's header has no full date. ``claims=False`` and
    ``events=False`` skip those stages (the evaluation needs only the places).
    """
    from geomap.text import read_bytes, read_text

    # the article limit is checked as soon as the text is read, before sentences are split
    doc = (
        read_bytes(text, path=path, lang=lang, max_chars=MAX_ANALYSIS_CHARS)
        if isinstance(text, bytes)
        else read_text(text, path=path, lang=lang, max_chars=MAX_ANALYSIS_CHARS)
    )
    return analyze_document(
        doc,
        date=date,
        gazetteer=gazetteer,
        geocoder=geocoder,
        verify=verify,
        claims=claims,
        events=events,
    )


def analyze_document(
    doc: Document,
    *,
    date: _dt.date | str | None = None,
    gazetteer: GazetteerAPI | None = None,
    geocoder: FallbackGeocoder | None = None,
    verify: bool = True,
    claims: bool = True,
    events: bool = True,
) -> Analysis:
    """``analyze`` for a document already read (the CLI reads files itself)."""
    from geomap.errors import InputError

    if len(doc.text) > MAX_ANALYSIS_CHARS:
        raise InputError(
            f"{doc.path or '<input>'}: {len(doc.text):,} characters is more than the "
            f"{MAX_ANALYSIS_CHARS:,} geomap analyses as one article; split it into articles"
        )
    from geomap.claims import extract_claims, verify_claims
    from geomap.events import extract_events
    from geomap.geoparse import resolve_document

    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    if isinstance(date, str):
        date = _dt.date.fromisoformat(date)
    places = resolve_document(doc, gaz, geocoder)
    found_claims: tuple[Claim, ...] = ()
    if claims:
        found_claims = tuple(extract_claims(doc, places, gaz=gaz))
        if verify:
            found_claims = tuple(verify_claims(found_claims, places, gaz, document=doc))
    found_events = tuple(extract_events(doc, places, date=date, gazetteer=gaz)) if events else ()
    return Analysis(document=doc, places=places, claims=found_claims, events=found_events)


def resolve_spans(
    text: str,
    spans: Sequence[tuple[int, int]],
    lang: str | None = None,
    *,
    gazetteer: GazetteerAPI | None = None,
) -> list[Place | None]:
    """Resolve given character spans of ``text`` (evaluation with gold spans; see
    ``geomap.evaluation.resolve_spans``)."""
    from geomap.evaluation import resolve_spans as _resolve_spans
    from geomap.text import read_text

    doc = read_text(text, lang=lang)
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    return _resolve_spans(doc, spans, gaz)
