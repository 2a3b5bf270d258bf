"""Gold-span resolution: the places of given character spans, as ``geomap eval --mode
resolution`` scores them.

The resolver runs end to end on the document first; a gold span it found takes that
reading, and any other span is read with the same context (country focus from the whole
document, proximity to the places found) through
:meth:`geomap.geoparse.Resolution.best_reading`. Evaluation-only: nothing of the
end-to-end pipeline depends on it.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from gazetteer import Candidate
from gazetteer import normalize_name as normalize_key
from geomap.geometry import haversine_km
from geomap.model import Document, Place, kinds_where
from geomap.text import zipf as zipf_frequency

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI
    from geomap.geoparse import Resolution, Weights

__all__ = ["resolve_spans"]

#: A name found inside a gold span the gazetteer lacks stands for it only when this sure
#: of itself ("Manitoba" in "Manitoba Chambers of Commerce", not "Hills" in "St. Louis
#: Hills").
INNER_MIN_CONFIDENCE = 0.6
#: A part of such a span stands for it only if it names a country, a region or a town at
#: least this big ("Eva" in "Eva's Village" does not).
PART_MIN_POPULATION = 50_000
#: The local places an article is about are of these kinds ...
LOCAL_KINDS = kinds_where("local")
#: ... and one has another of the article's places this near (km) unless it is a
#: misread name lying alone.
CONTEXT_NEAR_KM = 150.0
#: Found names that start this many characters before a gold span are not looked at for
#: it (no name is longer).
LOOK_BACK_CHARS = 200
#: Confidence of a span read as a demonym, a region adjective or an abbreviation ...
DEMONYM_CONFIDENCE = 0.8
#: ... of one looked up as written (or a town named inside it) ...
LOOKUP_CONFIDENCE = 0.5
#: ... of one whose part names a country or an admin-1 region ...
PART_REGION_CONFIDENCE = 0.6
#: ... and of one placed where the article is (``source="context"``).
CONTEXT_CONFIDENCE = 0.2


def resolve_spans(
    doc: Document, spans: Sequence[tuple[int, int]], gaz: GazetteerAPI
) -> list[Place | None]:
    """Resolve given spans (gold spans in ``geomap eval --mode resolution``).

    A span the end-to-end run found (a name or a country adjective), or one inside such a
    name, takes that reading. Any other span is read as a demonym (``Americans``), a region
    adjective or an abbreviation, or looked up as written and in its un-inflected variants
    and ranked with the same context (country focus from the whole document, proximity to
    the places found) as in end-to-end use. A span the gazetteer does not hold takes a sure
    name found inside it, else the local place the article is about (``source="context"``),
    else a country, region or big town named inside it.
    """
    from geomap.geoparse import abbreviation_table, name_variants, resolve
    from geomap.lexicons import demonym_nouns, demonyms, region_adjectives

    r = resolve(doc, gaz)
    ctx = r.context
    w = ctx.weights
    lang = ctx.lang
    found = [p for p in r.places if p.resolved and p.role in ("name", "adjective")]
    exact = {(p.start, p.end): p for p in found}
    starts = [p.start for p in found]
    forms = demonyms(lang)
    nouns = demonym_nouns(lang)
    regions = region_adjectives(lang)
    focus: Counter[str | None] = Counter(p.country_code for p in found if p.country_code)
    anchor_pts = [
        (p.lat, p.lon, normalize_key(p.mention))
        for p in found
        if p.kind not in ("country", "adjective") and p.lat is not None and p.lon is not None
    ]
    local = _LocalFocus(found)
    abbreviations = abbreviation_table(lang)

    def rank(start: int, end: int, text: str, cands: Sequence[Candidate]) -> Candidate:
        return r.best_reading(start, end, text, cands, focus=focus, anchor_points=anchor_pts)

    out: list[Place | None] = []
    for start, end in spans:
        if (start, end) in exact:
            out.append(exact[(start, end)])
            continue
        outer = inner = adjective = None
        k = bisect.bisect_right(starts, end) - 1
        while k >= 0 and found[k].start > start - LOOK_BACK_CHARS:
            p = found[k]
            if p.start <= start and end <= p.end:
                outer = p  # the gold span lies inside a found name
                break
            if p.start < end and start < p.end:
                if p.role == "name" and (inner is None or p.confidence > inner.confidence):
                    inner = p  # "Nazi Germany", "Manitoba Chambers of Commerce"
                elif p.role == "adjective":
                    adjective = p  # "European Commission", "Mexican Senate"
            k -= 1
        if outer is not None:
            out.append(outer)
            continue
        text = doc.text[start:end]
        fold = text.casefold()
        cc = (
            forms.get(fold)
            or forms.get(fold.removesuffix("s"))
            or forms.get(fold.removesuffix("n"))
            or nouns.get(fold)  # "Serbs", "Croat"
        )
        country = gaz.country(cc) if cc else None
        if country is None:
            ref = regions.get(fold) or regions.get(fold.removesuffix("s"))
            country = gaz.get(ref) if ref else None
        if country is None and text in abbreviations:  # a gold span: "Ind.", "Ont."
            country = gaz.get(abbreviations[text])
        if country is not None:
            out.append(_span_place(doc, start, end, text, country, DEMONYM_CONFIDENCE, w))
            continue
        cands = gaz.lookup(text, lang=lang, limit=w.lookup_limit)
        if (
            text.isupper()
            and text.isalpha()
            and len(text) <= w.acronym_max
            and all(c.matched != text for c in cands)
        ):
            cands = []  # an acronym the gazetteer lacks ("SA"), not a village matched as "Sa"
        if not cands:
            for v in name_variants(text.split(), ctx.lex):
                cands = gaz.lookup(v, lang=lang, limit=w.lookup_limit)
                if cands:
                    break
        sent = doc.sentence_at(start)
        sentence = sent.index if sent else 0
        around = local.at(start, sentence)
        if cands:
            best = rank(start, end, text, cands)
            if not (
                around is not None
                and best.kind == "city"
                and (best.population or 0) < w.weak_population
                and zipf_frequency(fold, lang) >= w.common_word_zipf
            ):
                out.append(_span_place(doc, start, end, text, best, LOOKUP_CONFIDENCE, w))
                continue
            # a common word ("Western", "Valley") that names only a small town far away
            # says less than where the article is
        if inner is None:
            part = _known_part(r, start, end)
            if part is not None:
                best = rank(part[0], part[1], doc.text[part[0] : part[1]], part[2])
                # a country or region named in it says more than the article's town does
                conf = (
                    PART_REGION_CONFIDENCE
                    if best.kind in ("country", "admin1")
                    else LOOKUP_CONFIDENCE
                )
                inner = _candidate_place(text, start, end, sentence, best, conf, w)
        named = (
            gaz.get(adjective.id)
            if inner is None
            and adjective is not None
            and adjective.id is not None
            and any(wd.casefold() in ctx.lex.org_suffixes for wd in text.split())
            else None
        )
        if named is not None:
            # an organisation named for its country or region ("European Commission"),
            # not a quarter named after one ("French Quarter")
            inner = _candidate_place(text, start, end, sentence, named, INNER_MIN_CONFIDENCE, w)
        if inner is not None and (around is None or inner.confidence >= INNER_MIN_CONFIDENCE):
            out.append(inner)
        elif around is not None:
            out.append(_context_place(text, start, end, sentence, around))
        else:
            out.append(None)
    return out


def _known_part(r: Resolution, start: int, end: int) -> tuple[int, int, list[Candidate]] | None:
    """The longest run of capitalised words inside a gold span the gazetteer lacks that
    names a prominent place ("Colorado" in "Colorado State University", "Tokyo" in
    "British Embassy Tokyo"): its offsets and readings, or None when no part does."""
    ctx = r.context
    limit = ctx.weights.lookup_limit
    token_starts = r.token_starts
    lo = bisect.bisect_left(token_starts, start)
    hi = bisect.bisect_left(token_starts, end)
    toks = [t for t in ctx.tokens[lo:hi] if t.end <= end]
    if len(toks) < 2:
        return None
    for n in range(len(toks) - 1, 0, -1):
        for i in range(len(toks) - n + 1):
            part = toks[i : i + n]
            if not all(t.is_cap for t in part) or any(t.fold in ctx.lex.not_names for t in part):
                continue
            a, b = part[0].start, part[-1].end
            cands = [
                c
                for c in ctx.gaz.lookup(ctx.text[a:b], lang=ctx.lang, limit=limit)
                if c.kind in ("country", "admin1", "admin2")
                or c.kind == "city"
                and (c.population or 0) >= PART_MIN_POPULATION
            ]
            if cands:
                return a, b, cands
    return None


class _LocalFocus:
    """Where an article is, below the country level: for a name the gazetteer does not
    hold (a street, a church, a neighbourhood) that the caller knows to be a place."""

    def __init__(self, found: Sequence[Place]) -> None:
        local = [p for p in found if p.kind in LOCAL_KINDS and p.lat is not None]
        # a place with another place of the article nearby is where the article is; a lone
        # one far from the rest is more likely a misread name ("Elysian Fields" is no
        # Minnesota town in a story on New Orleans)
        spots = [p for p in found if p.kind in (*LOCAL_KINDS, "admin1") and p.lat is not None]
        neighbours = {
            p.id: sum(1 for q in spots if q.id != p.id and _km(p, q) <= CONTEXT_NEAR_KM)
            for p in local
        }
        counts = Counter(p.id for p in local)
        first: dict[str | None, Place] = {}
        for p in local:
            first.setdefault(p.id, p)
        self._top = (
            first[min(counts, key=lambda i: (-neighbours[i], -counts[i], first[i].start))]
            if counts
            else None
        )
        self._alone = {i for i, n in neighbours.items() if n == 0}
        self._local = local
        self._starts = [p.start for p in local]

    def at(self, start: int, sentence: int) -> Place | None:
        """The local place named last before ``start`` in this or the previous sentence
        that does not lie alone, far from the article's other places; else the one with
        most of them nearby (then the one named most often, then the first)."""
        k = bisect.bisect_right(self._starts, start) - 1
        while k >= 0 and sentence - self._local[k].sentence <= 1:
            if self._local[k].id not in self._alone or self._top is None:
                return self._local[k]
            k -= 1
        return self._top


def _km(p: Place, q: Place) -> float:
    """Great-circle km between two located places."""
    assert p.lat is not None and p.lon is not None and q.lat is not None and q.lon is not None
    return haversine_km(p.lat, p.lon, q.lat, q.lon)


def _context_place(text: str, start: int, end: int, sentence: int, around: Place) -> Place:
    """A name the gazetteer lacks, placed at the local place the article is about."""
    return dataclasses.replace(
        around,
        mention=text,
        start=start,
        end=end,
        sentence=sentence,
        source="context",
        confidence=CONTEXT_CONFIDENCE,
        alternatives=(),
        role="name",
        reason=f"not in the gazetteer; placed at {around.name}, where the article is",
    )


def _span_place(
    doc: Document, start: int, end: int, text: str, c: Candidate, conf: float, w: Weights
) -> Place:
    sent = doc.sentence_at(start)
    return _candidate_place(text, start, end, sent.index if sent else 0, c, conf, w)


def _candidate_place(
    text: str, start: int, end: int, sentence: int, c: Candidate, conf: float, w: Weights
) -> Place:
    """A mention resolved to a gazetteer reading."""
    return Place(
        mention=text,
        start=start,
        end=end,
        sentence=sentence,
        name=c.name,
        kind=c.kind,
        country_code=c.country_code,
        lat=round(c.lat, w.coordinate_decimals),
        lon=round(c.lon, w.coordinate_decimals),
        id=c.id,
        source="gazetteer",
        confidence=conf,
    )
