"""From candidate spans to resolved places.

Two questions per span: *is it a place at all*, and *which one*. The first weighs the
evidence that the word is ordinary (its frequency in the language against what the
place's size would explain, a determiner before it, a title or a verb of saying next to
it, a street or organisation word after it) against the evidence for a place (a
preposition, a feature head, capitalisation mid-sentence in English, the dateline,
coherence with the article's countries). The second ranks the gazetteer's candidates by
their prior, the article's country focus, feature cues, ``Town, State`` patterns and
closeness to the places already resolved. No word list here is written for one text:
the thresholds are named constants, documented in ``docs/geoparser.md``.
"""

from __future__ import annotations

import bisect
import dataclasses
import gc
import math
import unicodedata
from collections import Counter
from collections.abc import Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache

from gazetteer import Candidate
from gazetteer import normalize_name as normalize_key
from geomap.geometry import haversine_km, haversine_km_matrix
from geomap.geoparse._mentions import Span, find_adjectives, find_person_tokens, find_spans
from geomap.lexicons import PlaceLexicon, place_lexicon
from geomap.model import Alternative, Document, Place, kinds_where
from geomap.text import Token, tokenize
from geomap.text import zipf as zipf_frequency

__all__ = ["resolve_document", "resolve_spans"]

# --- acceptance: is the span a place? -------------------------------------------------
#: Zipf frequency a place name of population P is expected to reach in news text:
#: ``BASE + SLOPE * log10(P)``. A word far more frequent than that is an ordinary word.
EXPECTED_ZIPF_BASE = 1.9
EXPECTED_ZIPF_SLOPE = 0.5
#: How much more frequent than expected a word may be before it is taken for a common word.
EXCESS_THRESHOLD = 0.6
PREPOSITION_BONUS = 0.8  # "in Essen", "nach Moskau"
DATELINE_BONUS = 3.0
DETERMINER_PENALTY = 0.7  # "beim Essen", "die Lage"
FOCUS_BONUS = 0.6  # the candidate lies in a country the article is about
INCOHERENT_SMALL_PENALTY = 0.8  # a small town in a country the article never names
INCOHERENT_PENALTY = 0.3  # any town in a country the article never names
WEAK_POPULATION = 50_000  # below this, a town needs a cue or coherence with the article
COHERENCE_KM = 1_500.0  # a town this close to a prominent place of the article is coherent
DIACRITIC_MISMATCH_PENALTY = 0.8  # "Länder" written with an umlaut is not "Lander"
ACRONYM_MAX = 4  # an all-caps token this short is an acronym unless it names a major place
GERMAN_NOUN_MAX_POP = 500_000  # "das Berlin der Zwanziger" is rare; "der Rauch" is not
STRONG_PLACE_POP = 100_000  # "Washington sagte" is the government, "Jones said" a person
FUNCTION_WORD_ZIPF = 6.0  # "is", "was", "has": a verb after "the Ohio" keeps the article its own
COMMON_WORD_ZIPF = 4.3  # English: a word this frequent is ordinary unless it stands alone
SMALL_TOWN = 100_000
CAPITALISED_BONUS = 1.5  # English: capitalised mid-sentence
#: A small town matched only through one of its other names, where another candidate
#: bears the name as its own (GeoNames lists "Florida" among a Californian town's names).
ALIAS_ONLY_PENALTY = 0.3
#: Readings asked of the gazetteer per name: enough for the small namesakes of a common
#: name (Alexandria, Minnesota is the 14th Alexandria by population; 25 was slower and
#: no better on LGL, worse on the held-out texts).
LOOKUP_LIMIT = 15
MAJOR_CITY = 500_000  # a capital or a city this big is not lost to a namesake village on a state
SPELLING_RATIO = 0.8  # difflib ratio from which another name is a spelling of the name
#: An all-capital short mention ("EU", "UK") that some candidate bears written just so
#: (an abbreviation) does not mean a candidate matched only ignoring case ("Eu", France).
ACRONYM_CASE_PENALTY = 0.5
#: Gold spans the gazetteer lacks (``resolve_spans``): a name found inside one stands for
#: it only when this sure of itself ("Manitoba" in "Manitoba Chambers of Commerce", not
#: "Hills" in "St. Louis Hills"); a part of one only if it names a country, a region or a
#: town at least this big ("Eva" in "Eva's Village" does not); the local places the
#: article is about are of these kinds.
INNER_MIN_CONFIDENCE = 0.6
PART_MIN_POPULATION = 50_000
LOCAL_KINDS = kinds_where("local")
CONTEXT_NEAR_KM = 150.0  # a context place with another of the article's places this near
#: The candidate lies in a region the article names, or holds a place it names
#: ("Lebanon" with "Boone County"): within this many sentences of the name ...
SUPPORT_SENTENCES = 2
REGION_BONUS = 0.35
FAR_SUPPORT = 0.5  # ... and half the bonus when that region is named farther away
COUNTY_SUPPORT = 2.0  # a county is small: a town in the county named is all but certain
#: Kinds named bare as often as with an article: waters ("Atlantic hurricane", "Pacific
#: trade") and facilities ("Pentagon officials", "White House press secretary", "at
#: Baikonur"). A missing article says nothing against them.
BARE_OR_NOT = kinds_where("bare_or_not")
#: Kinds named without an article: a bare "Ohio" is the state, "the Ohio" the river.
BARE_KINDS = kinds_where("bare")
#: Kinds for which an article in front is normal (die Ukraine, das Schwarze Meer).
ARTICLE_KINDS = kinds_where("takes_article")
STRONG_KINDS = kinds_where("strong")
#: A long span rejected for these reasons keeps its words from being read as shorter names.
BLOCKING_REASONS = frozenset(
    {"person name", "street name", "organisation name", "another name of a small town"}
)

#: Mentions of one name (normalised) weighed and ranked per article. A later mention takes
#: the outcome of an earlier one with the same cues (the words around it), else the
#: name's reading (one sense per article). No real article comes near it (the most in the
#: dev corpus, LGL and GeoWebNews is 27, "Sudan"); it bounds the work on text that
#: repeats a name thousands of times ("Berlin " * 70000). docs/hardening.md, "Linear time".
MAX_RANKED_MENTIONS = 50

# --- disambiguation ---------------------------------------------------------------------
FOCUS_WEIGHT = 0.45
HEAD_KIND_BONUS = 0.8
CONTAINER_BONUS = 1.2  # "Odessa, Texas"
SHORT_FORM_BONUS = 0.8  # "DeKalb" after "DeKalb County"
COLOCATE_KM = 50.0  # readings of two names this close support each other
COLOCATE_WEIGHT = 0.5
LIST_BONUS = 0.5  # "California or Washington": a list holds names of one kind
LIST_KIND_MARGIN = 0.2
NAMED_AGAIN_BONUS = 0.5  # "CAMP MURRAY, Wash. ... Washington communities"
PROXIMITY_WEIGHT = 0.35
PROXIMITY_SCALE_KM = 600.0
VARIANT_PENALTY = 0.05
MAX_ALTERNATIVES = 3
ARTICLE_KIND_PENALTY = 0.35  # rivers, seas, regions take an article; towns do not
LOCAL_BONUS = 0.6  # the place named nearest is in the same country
LOCAL_ADMIN_BONUS = 0.2  # ... and in the same admin-1 region
LOCAL_MIN_MARGIN = 0.2
LOCAL_NEAR_KM = 1000.0  # a sea or river without a country is local when this near
PREVIOUS_SENTENCE_WEIGHT = 0.5  # the previous sentence's last place counts half
LOCAL_AFTER_TOKENS = 5  # a place named after the span counts as context only this close
# a span looks back at most this many spans of its sentence for its local context: bounds
# the work per span on a sentence of thousands of names (a real sentence names a handful)
LOCAL_MAX_NEIGHBOURS = 32


@dataclass
class _Decision:
    span: Span
    accepted: bool
    reason: str
    head_kind: str | None = None
    dateline: bool = False


@dataclass(frozen=True)
class _LocalItem:
    """A chosen span as local context sees it: its sentence, its best reading, and
    whether that reading is sure enough (and not a noun's modifier) to be context."""

    d: _Decision
    sentence: int
    top: Candidate
    usable: bool


@lru_cache(maxsize=65_536)
def _name_key(name: str) -> str:
    """A gazetteer name's look-up key, cached: ranking compares the same few thousand."""
    return normalize_key(name)


@lru_cache(maxsize=65_536)
def _spelling_of(key: str, name: str) -> bool:
    """The look-up key is a spelling of the name (a transliteration: Odessa for Odesa),
    not another word for the place (a historic or translated name: Augusta for Augsburg)."""
    from difflib import SequenceMatcher

    full = _name_key(name)
    if full.startswith(key + " "):
        return True  # "New York" for New York City
    return SequenceMatcher(None, key, full).ratio() >= SPELLING_RATIO


def _strip_marks(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def _diacritic_mismatch(surface: str, matched: str) -> bool:
    """The text writes a diacritic that the matched name lacks ("Länder" vs "Lander").

    The reverse (text without, name with: "Lodz" for "Łódź") is ordinary English usage
    and not held against a match.
    """
    a = unicodedata.normalize("NFC", surface.casefold())
    b = unicodedata.normalize("NFC", (matched or "").casefold())
    return a != b and not a.isascii() and b == _strip_marks(a)


class _Anchors:
    """Anchor points of a pass, deduplicated, as arrays: ranking a span costs one
    vectorised distance, however long the article."""

    def __init__(self, points) -> None:
        import numpy as np

        uniq = sorted({(round(a, 3), round(b, 3), k) for a, b, k in points})
        self.arr = np.radians(np.array([(a, b) for a, b, _ in uniq], dtype=float).reshape(-1, 2))
        self.keys = np.array([k for _, _, k in uniq], dtype=object)

    def __len__(self) -> int:
        return len(self.keys)


def _own_anchors(anchors, key: str):
    """The anchors not named ``key`` (a name does not support itself), or None."""
    if anchors is None or not len(anchors):
        return None
    own = anchors.arr[anchors.keys != key]
    return own if len(own) else None


def _anchor_array(points):  # -> numpy array of (lat, lon) in radians, duplicates removed
    import numpy as np

    uniq = sorted({(round(a, 3), round(b, 3)) for a, b, *_ in points})
    return np.radians(np.array(uniq, dtype=float))


def _min_km_many(cands: Sequence[Candidate], arr):
    """Smallest distance (km) from each candidate to the anchors (radians): one
    vectorised pass per name instead of one per reading."""
    import numpy as np

    lat = np.radians(np.fromiter((c.lat for c in cands), float, len(cands)))
    lon = np.radians(np.fromiter((c.lon for c in cands), float, len(cands)))
    return haversine_km_matrix(lat, lon, arr).min(axis=1)


def _colocation(spans: Sequence[Span]) -> dict[tuple[str, str], float]:
    """For each (name key, town or county reading) of an ambiguous name: how much the
    article's other names say it is right, by having a reading within COLOCATE_KM of it.
    Each other name counts 1/(its number of readings), so a name with readings everywhere
    (Springfield) says little and an unambiguous neighbour (Shakopee beside Jordan,
    Minnesota) says much."""
    import numpy as np

    by_key: dict[str, list[Candidate]] = {}
    for sp in spans:
        by_key.setdefault(sp.key, sp.candidates)
    if len(by_key) < 2:
        return {}
    rows: list[tuple[str, str]] = []
    row_pts, row_owner, col_pts, col_owner, weights = [], [], [], [], []
    for n, (key, cands) in enumerate(by_key.items()):
        weights.append(1.0 / len(cands))
        for c in cands:
            if c.kind not in ("city", "admin2"):
                continue
            col_pts.append((c.lat, c.lon))
            col_owner.append(n)
            if len(cands) > 1:  # only an ambiguous name needs the support
                rows.append((key, c.id))
                row_pts.append((c.lat, c.lon))
                row_owner.append(n)
    if not rows or len(set(col_owner)) < 2:
        return {}
    r = np.radians(np.array(row_pts))
    cols = np.radians(np.array(col_pts))
    near = haversine_km_matrix(r[:, 0], r[:, 1], cols) <= COLOCATE_KM
    owners = np.zeros((len(col_pts), len(weights)))
    owners[np.arange(len(col_pts)), col_owner] = 1.0
    by_owner = (near.astype(float) @ owners) > 0  # rows x names: some reading is near
    by_owner[np.arange(len(rows)), row_owner] = False  # a name does not support itself
    support = np.minimum(1.0, by_owner @ np.array(weights))
    return {rows[i]: float(support[i]) for i in np.nonzero(support)[0]}


def _any_in(idx: set[int], i: int, j: int) -> bool:
    """Is one of the token indices ``i..j`` in ``idx``? (A one-token name, the usual
    case, costs one look-up.)"""
    if i == j:
        return i in idx
    return any(k in idx for k in range(i, j + 1))


def _expected_zipf(pop: int) -> float:
    return EXPECTED_ZIPF_BASE + EXPECTED_ZIPF_SLOPE * math.log10(max(pop, 1000))


def _prev(tokens: Sequence[Token], t: Token) -> Token | None:
    if t.i > 0 and tokens[t.i - 1].sentence == t.sentence:
        return tokens[t.i - 1]
    return None


def _next(tokens: Sequence[Token], t: Token) -> Token | None:
    if t.i + 1 < len(tokens) and tokens[t.i + 1].sentence == t.sentence:
        return tokens[t.i + 1]
    return None


class _RegionSupport:
    """Which candidates lie in a region the article names elsewhere, or hold a place it
    names: "Lebanon" and "Boone County" in one article are the Indiana town and county,
    though six states have a Boone County and as many a Lebanon. Containment is judged
    by distance to a region's point within its equal-area radius (the index keeps no
    admin polygons). Every reading the look-up offers for the other names takes part:
    "Lebanon, Indiana" is only the fifth of the look-up's Lebanons."""

    TOP = LOOKUP_LIMIT
    # the circle of a region's area, no wider: Moscow, Idaho lies 1.13 radii from
    # Washington State's point and must not count as inside it
    SLACK = 1.0

    def __init__(self, spans: Sequence[Span], sentence_of, named: Sequence[Span] = ()) -> None:
        import numpy as np

        regions, places = [], []
        chosen = {id(s) for s in spans}
        for s in [*spans, *(n for n in named if id(n) not in chosen)]:
            sent = sentence_of(s)
            only_regions = id(s) not in chosen
            for c in s.candidates[: self.TOP]:
                if c.kind in ("admin1", "admin2") and c.radius_km:
                    regions.append((c.lat, c.lon, c.radius_km * self.SLACK, s.key, c.kind, sent))
                elif c.kind == "city" and not only_regions and _name_key(c.name) == s.key:
                    # a town lends its region support only under its own name: "Kashmir"
                    # is not Cashmere, Washington
                    places.append((c.lat, c.lon, s.key, sent))
        self._r = (
            (
                np.radians(np.array([r[:2] for r in regions], dtype=float)),
                np.array([r[2] for r in regions]),
                np.array([r[3] for r in regions], dtype=object),
                np.array([r[4] for r in regions], dtype=object),
                np.array([r[5] for r in regions]),
            )
            if regions
            else None
        )
        self._p = (
            (
                np.radians(np.array([q[:2] for q in places], dtype=float)),
                np.array([q[2] for q in places], dtype=object),
                np.array([q[3] for q in places]),
            )
            if places
            else None
        )
        self._hits: dict[tuple[str, str], tuple[int, ...]] = {}

    def support(self, c: Candidate, key: str, sentence: int, span: Span) -> float:
        """How strongly the article places ``c``: the weight of the best region holding it
        (or place it holds) named within ``SUPPORT_SENTENCES`` sentences (a county
        ``COUNTY_SUPPORT``, anything else 1), times ``FAR_SUPPORT`` when only farther away."""
        hits = self._hits.get((c.id, key))
        if hits is None:
            self._find(span.candidates, key)
            hits = self._hits[(c.id, key)]
        if not hits:
            return 0.0
        near = [w for h, w in hits if abs(h - sentence) <= SUPPORT_SENTENCES]
        if near:
            return max(near)
        return FAR_SUPPORT * max(w for _, w in hits)

    def _find(self, cands: Sequence[Candidate], key: str) -> None:
        """For each candidate, the (sentence, weight) of each region that holds it or
        place it holds (one vectorised pass per name)."""
        import numpy as np

        found: dict[str, set[tuple[int, float]]] = {c.id: set() for c in cands}
        inner = [c for c in cands if c.kind in ("city", "admin2")]
        if inner and self._r is not None:
            pts, radius, keys, kinds, sents = self._r
            weights = np.where(kinds == "admin2", COUNTY_SUPPORT, 1.0)
            lat = np.radians([c.lat for c in inner])
            lon = np.radians([c.lon for c in inner])
            hit = (haversine_km_matrix(lat, lon, pts) <= radius[None, :]) & (keys != key)[None, :]
            for row, c in enumerate(inner):
                mask = hit[row] & (kinds == "admin1") if c.kind == "admin2" else hit[row]
                # a mention of the place itself is no region around it: "MEXICO CITY" (city
                # and federal entity) does not make "Mexico" the city
                mask = mask & (keys != _name_key(c.name))
                if mask.any():
                    found[c.id].update(
                        zip(sents[mask].tolist(), weights[mask].tolist(), strict=True)
                    )
        outer = [c for c in cands if c.kind in ("admin1", "admin2") and c.radius_km]
        if outer and self._p is not None:
            pts, keys, sents = self._p
            lat = np.radians([c.lat for c in outer])
            lon = np.radians([c.lon for c in outer])
            reach = np.array([c.radius_km * self.SLACK for c in outer])
            hit = (haversine_km_matrix(lat, lon, pts) <= reach[:, None]) & (keys != key)[None, :]
            for row, c in enumerate(outer):
                if hit[row].any():
                    w = COUNTY_SUPPORT if c.kind == "admin2" else 1.0
                    found[c.id].update((h, w) for h in sents[hit[row]].tolist())
        for cid, got in found.items():
            self._hits[(cid, key)] = tuple(sorted(got))


class _LookupCache:
    """Per-gazetteer memo of ``lookup_many``: the same names recur across articles."""

    MAX = 50_000

    def __init__(self, gaz) -> None:
        self.gaz = gaz
        self.memo: dict[str, list[Candidate]] = {}

    def __call__(self, names: Sequence[str]) -> dict[str, list[Candidate]]:
        if len(self.memo) > self.MAX:
            self.memo.clear()  # before this call's look-ups, so none of them is lost
        missing = [n for n in names if n not in self.memo]
        if missing:
            found = self.gaz.lookup_many(missing, limit=LOOKUP_LIMIT)
            for n in missing:
                self.memo[n] = found.get(n) or []
        return {n: self.memo[n] for n in names if self.memo[n]}


_CACHES: dict[int, _LookupCache] = {}


def _lookup_for(gaz) -> _LookupCache:
    cache = _CACHES.get(id(gaz))
    if cache is None or cache.gaz is not gaz:
        cache = _CACHES[id(gaz)] = _LookupCache(gaz)
    return cache


class _Resolver:
    def __init__(self, doc: Document, gaz, geocoder=None) -> None:
        self._specific: set[tuple[int, str]] = set()  # (start, id) settled by a container
        # _rank's memo, reset before each pass; the region support's "any hit" per name
        self._rank_memo: dict[tuple, tuple[list, list[str]]] = {}
        self._rank_calls_saved = 0
        self._support_any: dict[tuple, bool] = {}
        self._near_memo: dict[tuple, bool] = {}  # _near_anchor by the readings' identities
        self._place_memo: dict[int, tuple] = {}  # _place: reading list -> its outcome
        self._listed: dict[int, set[str]] = {}
        self._short_forms: dict[int, frozenset[str]] = {}
        self._static_decisions: dict[tuple, tuple] = {}
        self._statics: dict[int, tuple[Span, tuple[bool, bool, set[str], list[float]]]] = {}
        self._contents: dict[int, list[Candidate]] = {}  # Y of "X, Y" -> X's readings
        self.doc = doc
        self.gaz = gaz
        self.geocoder = geocoder
        self.lang = doc.language if doc.language in ("de", "en") else "en"
        self.lex: PlaceLexicon = place_lexicon(self.lang)
        h = doc.header
        begin = h.body_start
        if h.dateline_start is not None:
            begin = min(begin, h.dateline_start)
        self.tokens = tokenize(doc, begin)
        self.text = doc.text

    # -- evidence ---------------------------------------------------------------------
    def _head_kind(self, span: Span) -> str | None:
        """The kind a feature head gives the name: before it ("die Hafenstadt Odessa",
        "the city of Buffalo") or in an apposition after it ("Georgia, a country of ...")."""
        toks = self.tokens
        if span.variant and span.base != span.text and span.base.endswith(self.lex.unit_suffixes):
            return "admin2"  # "Becker, Clay and Grant counties", "Platte Co."
        if span.start in self._short_forms:
            return "admin2"  # "DeKalb" in an article on DeKalb County
        t = toks[span.i]
        p = _prev(toks, t)
        if p is not None:
            if p.fold in ("of", "von"):
                pp = _prev(toks, p)
                if pp is not None and pp.fold in self.lex.feature_heads:
                    return self.lex.feature_heads[pp.fold]
            elif p.fold in self.lex.feature_heads and t.gap_before in (" ", "-"):
                return self.lex.feature_heads[p.fold]
        n = _next(toks, toks[span.j])
        if p is not None and p.fold in self.lex.region_before and t.gap_before == " ":
            return "admin1"  # "upstate New York"
        if n is not None and n.gap_before == " " and n.fold in self.lex.region_after:
            return "admin1"  # "Washington state", "the New York border"
        if n is not None and n.gap_before.strip() == "," and n.fold in self.lex.determiners:
            nn = _next(toks, n)
            if nn is not None and nn.fold in self.lex.feature_heads:
                return self.lex.feature_heads[nn.fold]
        return None

    def _is_dateline(self, span: Span) -> bool:
        h = self.doc.header
        return (
            h.dateline_start is not None
            and h.dateline_end is not None
            and span.start >= h.dateline_start
            and span.end <= h.dateline_end
        )

    def _decide(
        self, span: Span, focus: Counter, persons: set[str], person_idx: set[int]
    ) -> _Decision:
        """Is the span a place? What does not depend on the article's focus is decided
        once per span (``_decide_static``); the focus and anchors then weigh in."""
        key = (id(span), id(persons), id(person_idx))
        got = self._static_decisions.get(key)
        if got is None or got[0] is not span:
            got = (span, self._decide_static(span, persons, person_idx))
            self._static_decisions[key] = got
        d0, done, state = got[1]
        d = _Decision(span, d0.accepted, d0.reason, d0.head_kind, d0.dateline)
        if done:
            return d
        return self._decide_focus(d, span, focus, state)

    def _decide_static(
        self, span: Span, persons: set[str], person_idx: set[int]
    ) -> tuple[_Decision, bool, tuple]:
        toks = self.tokens
        first, last = toks[span.i], toks[span.j]
        best = span.candidates[0]
        kinds = {c.kind for c in span.candidates}
        head = self._head_kind(span)
        dateline = self._is_dateline(span)
        d = _Decision(span, True, "", head, dateline)
        prev, nxt = _prev(toks, first), _next(toks, last)

        if _any_in(person_idx, span.i, span.j):
            d.accepted, d.reason = False, "person name"
            return d, True, ()
        has_prep = (
            prev is not None
            and prev.fold in self.lex.place_prepositions
            and first.gap_before == " "
        )
        if span.n == 1 and not dateline:
            f = first.fold
            stem = span.base.casefold()
            if f in self.lex.not_names or stem in self.lex.not_names:
                d.accepted, d.reason = False, "calendar or generic word"
                return d, True, ()
            if (
                (f in persons or stem in persons)
                and best.kind not in STRONG_KINDS
                and not (has_prep and (best.population or 0) >= SMALL_TOWN)
                and span.start not in self._short_forms
            ):
                d.accepted, d.reason = False, "person name"
                return d, True, ()
        if prev is not None and prev.fold in ("of", "von") and first.gap_before == " ":
            pp = _prev(toks, prev)
            if pp is not None and pp.fold in self.lex.nobility and best.kind not in STRONG_KINDS:
                d.accepted, d.reason = False, "a title of nobility"
                return d, True, ()
        if (
            self.lang == "de"
            and span.n == 1
            and not dateline
            and prev is not None
            and first.gap_before == " "
            and best.kind == "city"
            and (best.population or 0) < GERMAN_NOUN_MAX_POP
            and self._noun_phrase_before(prev)
        ):
            d.accepted, d.reason = False, "German noun after an article"
            return d, True, ()
        if nxt is not None and nxt.gap_before == " " and nxt.is_cap:
            if nxt.fold in self.lex.street_suffixes:
                d.accepted, d.reason = False, "street name"
                return d, True, ()
            if nxt.fold in self.lex.org_suffixes and best.kind != "country":
                d.accepted, d.reason = False, "organisation name"
                return d, True, ()
        if (
            nxt is not None
            and nxt.fold.rstrip(".") in self.lex.street_suffixes
            and nxt.gap_before == " "
            and nxt.is_cap
        ):
            d.accepted, d.reason = False, "street name"
            return d, True, ()
        if self.lang == "en" and span.n == 1 and not dateline and best.kind not in STRONG_KINDS:
            # next to another capitalised word that is not a place: part of a longer name
            # ("City Council", "Jones Road", "Guy Faulconbridge")
            common = zipf_frequency(span.base.casefold(), self.lang) >= COMMON_WORD_ZIPF
            for nb in (prev, nxt):
                if nb is None or not nb.is_cap or nb.is_upper:
                    continue
                gap = nxt.gap_before if nb is nxt else first.gap_before
                if gap != " ":
                    continue
                if nb.i in self._span_tokens:
                    continue
                nb_kind = self._single_kind.get(nb.i)
                if nb_kind is not None:
                    if nb_kind in ("country", "admin1") or best.kind in ("admin1",):
                        continue
                    # two bare place names side by side are a name ("Paris Hilton")
                    d.accepted, d.reason = False, "part of a personal or organisation name"
                    return d, True, ()
                if (
                    nb is prev
                    and nb.sent_initial
                    and zipf_frequency(nb.fold, self.lang) >= COMMON_WORD_ZIPF
                ):
                    continue
                if nb.fold in self.lex.person_titles or nb.fold in self.lex.feature_heads:
                    continue
                if nb.i in self._single_tokens:
                    continue
                if common or zipf_frequency(nb.fold, self.lang) < 4.5:
                    d.accepted, d.reason = False, "part of a personal or organisation name"
                    return d, True, ()
        if (
            self.lang == "en"
            and not dateline
            and all(
                c.kind == "city"
                and (c.population or 0) < SMALL_TOWN
                and c.id not in self._static(span)[2]
                and not _spelling_of(span.key, c.name)
                for c in span.candidates
            )
        ):
            # only a small town's other name (a former or local name): "Washington Square"
            # is not Franklin Square, New York, once so called. (German keeps them: its
            # exonyms of small towns, "Ismajil" for Izmail, are such names.)
            d.accepted, d.reason = False, "another name of a small town"
            return d, True, ()
        if best.kind in STRONG_KINDS or span.n > 1 and best.source != "geonames":
            return d, True, ()
        if head is not None:
            return d, True, ()
        # commonness of the word against the size of the best place it could be
        word = span.base.casefold()
        z = zipf_frequency(word, self.lang)
        pop = max((c.population or 0) for c in span.candidates[:3])
        if best.kind not in ("city", "admin1", "admin2") and best.source == "curated":
            pop = max(pop, 1_000_000)
        threshold = EXCESS_THRESHOLD
        if span.n > 1:
            threshold += 1.0
        if dateline:
            threshold += DATELINE_BONUS
        if (
            prev is not None
            and prev.fold in self.lex.place_prepositions
            and first.gap_before == " "
        ):
            threshold += PREPOSITION_BONUS
        if prev is not None and prev.fold in self.lex.determiners and not (kinds & ARTICLE_KINDS):
            threshold -= DETERMINER_PENALTY
        return d, False, (first, prev, best, z, pop, threshold, dateline)

    def _decide_focus(self, d: _Decision, span: Span, focus: Counter, state: tuple) -> _Decision:
        first, prev, best, z, pop, threshold, dateline = state
        excess = z - _expected_zipf(pop)
        ccs = {c.country_code for c in span.candidates[:5]}
        coherent = bool(ccs & set(focus)) or self._near_anchor(span.candidates[:5])
        if focus and ccs & set(focus):
            threshold += FOCUS_BONUS
        elif (focus or self._anchors) and not coherent:
            threshold -= INCOHERENT_SMALL_PENALTY if pop < SMALL_TOWN else INCOHERENT_PENALTY
        if _diacritic_mismatch(span.base, best.matched):
            threshold -= DIACRITIC_MISMATCH_PENALTY
        if (
            first.is_upper
            and span.n == 1
            and len(first.text) <= ACRONYM_MAX
            and pop < 1_000_000
            and not dateline
        ):
            d.accepted, d.reason = False, "acronym"
            return d
        has_cue = (prev is not None and prev.fold in self.lex.place_prepositions) or dateline
        if (focus or self._anchors) and not coherent and not has_cue and pop < WEAK_POPULATION:
            d.accepted, d.reason = False, "small place unrelated to the article's places, no cue"
            return d
        if self.lang == "en" and first.is_cap and not first.is_upper and not first.sent_initial:
            threshold += CAPITALISED_BONUS
        if self.lang == "en" and first.sent_initial and z >= 4.0 and pop < SMALL_TOWN * 5:
            threshold -= 0.5
        if excess > threshold:
            d.accepted = False
            d.reason = f"ordinary word (zipf {z:.1f} vs {_expected_zipf(pop):.1f} expected)"
        return d

    def _modifies_noun(self, span: Span) -> bool:
        """The name stands before a lower-case noun ("an Ohio church", "the Texas
        governor"), and in English also before a possessive "'s" or another capitalised
        word ("the Ohio Supreme Court"): the article before it is not the name's."""
        if span.j >= len(self.tokens) or span.i >= len(self.tokens):
            return False
        nxt = _next(self.tokens, self.tokens[span.j])
        if nxt is not None and self.lang == "en":
            if nxt.text == "s" and nxt.gap_before in ("'", "\u2019"):
                return True  # "that Ohio's method": a possessive name is no river's
            if nxt.gap_before == " " and nxt.is_cap and nxt.fold not in self.lex.and_words:
                return True  # "the Ohio Supreme Court": the article is the longer name's
        return (
            nxt is not None
            and nxt.gap_before == " "
            and nxt.text.islower()
            and nxt.fold not in self.lex.name_connectors
            and nxt.fold not in self.lex.and_words
            and nxt.fold not in self.lex.place_prepositions
            and nxt.fold not in self.lex.determiners
            and zipf_frequency(nxt.fold, self.lang) < FUNCTION_WORD_ZIPF
        )

    def _noun_phrase_before(self, prev: Token) -> bool:
        """German: an article (``der Rauch``, ``einen Kran``) or an article and an inflected
        adjective (``in einer alten Halle``, ``das Rote Kreuz``) right before the word. Town
        names take neither."""
        if prev.fold in self.lex.determiners:
            return True
        if prev.fold.endswith(("e", "en", "em", "er", "es")) and (
            prev.text.islower() or prev.is_cap and not prev.sent_initial and not prev.is_upper
        ):
            # "in einer alten Halle"; capitalised in a name: "das Rote Kreuz"
            pp = _prev(self.tokens, prev)
            return pp is not None and pp.fold in self.lex.determiners
        return False

    def _near_anchor(self, cands: Sequence[Candidate]) -> bool:
        """Some reading lies within ``COHERENCE_KM`` of an anchor; memoised by the
        readings (the anchors are fixed for the run), so a repeated name costs one
        distance computation."""
        if not self._anchors:
            return False
        ids = tuple(map(id, cands))
        got = self._near_memo.get(ids)
        if got is None:
            got = self._near_memo[ids] = bool(
                (_min_km_many(cands, self._anchor_array) < COHERENCE_KM).any()
            )
        return got

    # -- ranking ----------------------------------------------------------------------
    def _static(self, span: Span) -> tuple[bool, bool, set[str], list[float]]:
        """What a span's ranking owes to its candidates alone, computed once per span:
        whether a country, or a capital or big city, is among them, which bear the name as
        their own, and each one's score after the name-match penalties."""
        got = self._statics.get(id(span))
        if got is not None and got[0] is span:
            return got[1]
        key = span.key
        names = (key, _name_key(span.base or span.text))
        # a country's, region's or curated feature's aliases are its own names; a town's
        # other names (historic, local, translated) are not
        own_name = {c.id for c in span.candidates if c.kind != "city" or _name_key(c.name) in names}
        surface = span.text
        acronym = (
            surface.isupper()
            and surface.isalpha()
            and len(surface) <= ACRONYM_MAX
            and any(c.matched == surface for c in span.candidates)
        )
        # another word for a city counts against it only where a city bears the name: the
        # region of Rason does not make Rajin (also called Rason) a lesser reading
        own_city = any(c.kind == "city" and c.id in own_name for c in span.candidates)
        # ... and a small town's other name only where the name's bearer is at least as
        # prominent (Florida the state; not Rason, a region of 8,000 named after Rajin)
        own_best = max((c.score for c in span.candidates if c.id in own_name), default=0.0)
        base = []
        for c in span.candidates:
            s = c.score
            if (
                own_name
                and c.id not in own_name
                and c.kind == "city"
                and (
                    (c.population or 0) < SMALL_TOWN
                    and c.score <= own_best
                    or own_city
                    and not _spelling_of(key, c.name)
                )
            ):
                # "Florida" is the state, not a town once so called; "Augusta" is not
                # Augsburg (Augusta Vindelicorum), though "Odessa" is Odesa
                s -= ALIAS_ONLY_PENALTY
            if acronym and c.matched != surface:
                s -= ACRONYM_CASE_PENALTY  # "EU" is the Union, not the French town of Eu
            if (
                c.kind == "country"
                and (c.population or 0) < SMALL_TOWN
                and _name_key(c.name) not in names
                and any(
                    k.kind == "city"
                    and k.id in own_name
                    and (k.population or 0) > (c.population or 0)
                    for k in span.candidates
                )
            ):
                # a territory of a few thousand people under a short form of its name:
                # "Norfolk" is the Virginia city before Norfolk Island
                s -= ALIAS_ONLY_PENALTY
            base.append(s)
        has_country = any(
            c.kind == "country" and (c.population or 0) >= SMALL_TOWN for c in span.candidates
        )  # not Norfolk Island (2,000 people) over Norfolk, Virginia
        has_major = any(
            c.kind == "city" and (c.feature_code == "PPLC" or (c.population or 0) >= MAJOR_CITY)
            for c in span.candidates
        )
        result = (has_country, has_major, own_name, base)
        self._statics[id(span)] = (span, result)
        return result

    def _rank(
        self,
        d: _Decision,
        focus: Counter,
        anchors: _Anchors | None,
        containers: dict[int, list[Candidate]],
        local: tuple[Candidate, float] | None = None,
    ) -> list[tuple[float, Candidate]]:
        """The span's readings, best first, with their scores. Memoised within a pass
        (``_rank_memo``, reset by ``run`` before each pass) on everything the ranking
        reads of the mention: a name repeated with the same cues is ranked once. Exact:
        the key holds the readings themselves, the surface, the feature head, the
        container, list and short-form cues, the determiner, the local context, and the
        region support per reading where the name has any (the only sentence-dependent
        input)."""
        span = d.span
        key = span.key
        cands = span.candidates
        ids = tuple(map(id, cands))
        support = getattr(self, "_support", None)
        sig = None
        if support is not None:
            any_key = (ids, key)
            has = self._support_any.get(any_key)
            sentence = self.tokens[span.i].sentence if span.i < len(self.tokens) and span.n else -1
            if has is None:
                sig = tuple(support.support(c, key, sentence, span) for c in cands)
                has = self._support_any[any_key] = any(sig)
            if has and sig is None:
                sig = tuple(support.support(c, key, sentence, span) for c in cands)
            elif not has:
                sig = None
        listed = self._listed.get(span.start)
        cont = containers.get(span.j)
        xs = self._contents.get(span.i)
        memo_key = (
            ids,
            key,
            span.text,
            span.base,
            span.variant,
            d.head_kind,
            id(cont) if cont else None,
            id(xs) if xs else None,
            tuple(sorted(listed)) if listed else None,
            self._short_forms.get(span.start),
            sig,
            self._has_det(span),
            None if local is None else (id(local[0]), local[1]),
            id(focus),
            id(anchors),
            id(containers),
        )
        got = self._rank_memo.get(memo_key)
        if got is None:
            added: list[str] = []
            got = (self._rank_fresh(d, focus, anchors, containers, local, added), added)
            self._rank_memo[memo_key] = got
        else:
            self._rank_calls_saved += 1
        for cid in got[1]:
            self._specific.add((span.start, cid))
        return list(got[0])

    def _new_pass(self) -> None:
        """Forget ``_rank``'s memo: its key holds object identities (readings, focus,
        anchors, containers), valid only while the objects of one pass live."""
        self._rank_memo = {}
        self._support_any = {}

    def _has_det(self, span: Span) -> bool:
        prev = _prev(self.tokens, self.tokens[span.i]) if span.i < len(self.tokens) else None
        return (
            prev is not None
            and prev.fold in self.lex.determiners
            and self.tokens[span.i].start == span.start
            and not self._modifies_noun(span)
        )

    def _rank_fresh(
        self,
        d: _Decision,
        focus: Counter,
        anchors: _Anchors | None,
        containers: dict[int, list[Candidate]],
        local: tuple[Candidate, float] | None,
        added: list[str],
    ) -> list[tuple[float, Candidate]]:
        span = d.span
        if len(span.candidates) == 1:
            # nothing to rank: scores only ever count as differences between readings
            c = span.candidates[0]
            return [(self._static(span)[3][0], c)]
        key = span.key
        own_votes = getattr(self, "_focus_own", {}).get(key, Counter())
        total = (sum(focus.values()) - sum(own_votes.values())) or 1.0
        out: list[tuple[float, Candidate]] = []
        cont = containers.get(span.j)
        has_cities = any(c.kind in BARE_KINDS for c in span.candidates)
        own_anchors = _own_anchors(anchors, key)  # no self-support
        prev = _prev(self.tokens, self.tokens[span.i]) if span.i < len(self.tokens) else None
        has_det = (
            prev is not None
            and prev.fold in self.lex.determiners
            and self.tokens[span.i].start == span.start
            and not self._modifies_noun(span)
        )
        support = getattr(self, "_support", None)
        sentence = self.tokens[span.i].sentence if span.i < len(self.tokens) and span.n else -1
        has_country, has_major, own_name, base = self._static(span)
        prox = _min_km_many(span.candidates, own_anchors) if own_anchors is not None else None
        for n, (c, s) in enumerate(zip(span.candidates, base, strict=True)):
            if d.head_kind is not None and (
                c.kind == d.head_kind
                or (d.head_kind == "admin1" and c.kind in ("admin1", "admin2", "region"))
                or (
                    d.head_kind == "sea"
                    and c.kind in ("sea", "ocean", "gulf", "bay", "strait", "lake")
                )
            ):
                s += HEAD_KIND_BONUS
            contained = False
            if cont:
                for k in cont:
                    if (
                        k.kind == "country"
                        and k.country_code == c.country_code
                        and c.kind != "country"
                    ):
                        contained = True
                        break
                    if (
                        k.kind == "admin1"
                        and k.country_code == c.country_code
                        and c.admin1 is not None
                        and k.name == c.admin1  # a county keeps its state's name
                    ):
                        contained = True
                        break
                if contained:
                    s += CONTAINER_BONUS
            if self._holds(c, span):
                s += CONTAINER_BONUS
                contained = True
            if c.kind in self._listed.get(span.start, ()):
                s += LIST_BONUS
            if c.id in self._sure_regions and self._sure_regions[c.id] != key:
                s += NAMED_AGAIN_BONUS  # a region the article names in another form
            colo = self._colo.get((key, c.id)) if self._colo else None
            if colo:
                s += COLOCATE_WEIGHT * colo
            if c.id in self._short_forms.get(span.start, ()):
                s += SHORT_FORM_BONUS  # a county this article names in full
            in_region = support.support(c, key, sentence, span) if support is not None else 0.0
            if (
                has_major
                and c.kind == "city"
                and (c.population or 0) < SMALL_TOWN
                and in_region < COUNTY_SUPPORT
            ):
                # a state named nearby does not make "Washington" a small Georgia town
                # rather than the capital; a county or a container does
                in_region = 0.0
            s += REGION_BONUS * in_region
            if contained or in_region >= 1.0:
                self._specific.add((span.start, c.id))
                added.append(c.id)
            if (
                has_country
                and c.kind == "city"
                and not (contained or in_region >= 1.0 and c.id in own_name)
            ):
                # "Egypt" in an article full of American places is still the country:
                # a town named like a country needs its own region or a container
                out.append((s, c))
                continue
            if c.country_code and focus:
                votes = focus.get(c.country_code, 0) - own_votes.get(c.country_code, 0)
                s += FOCUS_WEIGHT * max(0.0, votes) / total

            if prox is not None and c.kind not in ("country",):
                s += PROXIMITY_WEIGHT * math.exp(-float(prox[n]) / PROXIMITY_SCALE_KM)
            if local is not None and (
                c.country_code == local[0].country_code
                or c.country_code is None
                and haversine_km(c.lat, c.lon, local[0].lat, local[0].lon) < LOCAL_NEAR_KM
            ):
                same_admin = bool(local[0].admin1) and c.admin1 == local[0].admin1
                if not (
                    has_major
                    and c.kind == "city"
                    and (c.population or 0) < SMALL_TOWN
                    and not same_admin
                    and not (contained or in_region >= 1.0)
                ):
                    s += LOCAL_BONUS * local[1]
                if same_admin:
                    s += LOCAL_ADMIN_BONUS * local[1]
            if (
                has_det
                and c.kind == "country"
                and any(k.kind in ("river", "sea", "lake", "region") for k in span.candidates)
            ):
                s -= ARTICLE_KIND_PENALTY  # "the Niger" is the river
            if span.variant:
                s -= VARIANT_PENALTY
            if (
                has_cities
                and c.kind != "city"
                and c.kind in ARTICLE_KINDS - {"country"} - BARE_OR_NOT
                and not has_det
                and d.head_kind is None
            ):
                s -= ARTICLE_KIND_PENALTY  # a bare "Narva" is the town, "an der Narva" the river
            elif (
                has_det
                and c.kind in ("city", "admin1", "admin2")
                and any(k.kind in ARTICLE_KINDS - {"country"} for k in span.candidates)
            ):
                s -= ARTICLE_KIND_PENALTY
            out.append((s, c))
        out.sort(key=lambda t: (-t[0], t[1].id))
        return out

    def _local_context(self, chosen: list[_Decision], ranked) -> dict[int, tuple[Candidate, float]]:
        """For each span, the confidently resolved place named nearest to it: in the same
        sentence (one before it counts as nearer than one after), else the last one of the
        previous sentence. "... in Scotland, where she will visit a museum in Perth".

        Linear in the number of spans: ``chosen`` is sorted and free of overlaps, so the
        distance grows with every step away from a span and the first acceptable place in
        each direction is the nearest. The walk back stops after
        :data:`LOCAL_MAX_NEIGHBOURS` spans and the walk forward after
        :data:`LOCAL_AFTER_TOKENS` tokens; the previous sentence's last place is looked
        up from its two last acceptable places (of different names), found once per
        sentence. Comparing every pair of a sentence's spans cost seconds on a sentence of
        thousands of names."""
        items: list[_LocalItem] = []
        for d in chosen:
            r = ranked[id(d)]
            top = r[0][1]
            margin = r[0][0] - (r[1][0] if len(r) > 1 else 0.0)
            sure = top.kind in ("country", "admin1") or margin > LOCAL_MIN_MARGIN
            # "the US consulate in St. Petersburg" is not in the US
            usable = sure and not (top.kind == "country" and self._modifies_noun(d.span))
            items.append(_LocalItem(d, self.tokens[d.span.i].sentence, top, usable))
        # per sentence: its last usable place, and the last usable one of another name
        last_two: dict[int, tuple[_LocalItem | None, _LocalItem | None]] = {}
        for it in items:
            if not it.usable:
                continue
            first, _second = last_two.get(it.sentence, (None, None))
            if first is not None and first.d.span.key == it.d.span.key:
                last_two[it.sentence] = (it, _second)
            else:
                last_two[it.sentence] = (it, first)
        out: dict[int, tuple[Candidate, float]] = {}
        n = len(items)
        for k, it in enumerate(items):
            d, sent, key = it.d, it.sentence, it.d.span.key
            before: _LocalItem | None = None
            for b in range(k - 1, max(-1, k - 1 - LOCAL_MAX_NEIGHBOURS), -1):
                e = items[b]
                if e.sentence != sent:
                    break
                if e.usable and e.d.span.key != key and not self._joined(e.d.span, d.span):
                    before = e
                    break
            after: _LocalItem | None = None
            for a in range(k + 1, n):
                e = items[a]
                if e.sentence != sent or e.d.span.i - d.span.j > LOCAL_AFTER_TOKENS:
                    break
                if e.usable and e.d.span.key != key and not self._joined(e.d.span, d.span):
                    after = e
                    break
            best: _LocalItem | None = before
            if after is not None and (
                before is None or (after.d.span.i - d.span.j) * 2 < d.span.i - before.d.span.j
            ):
                best = after
            if best is not None and best.top.country_code:
                out[id(d)] = (best.top, 1.0)
                continue
            first, second = last_two.get(sent - 1, (None, None))
            prev = first if first is not None and first.d.span.key != key else second
            if prev is not None and prev.top.country_code:
                out[id(d)] = (prev.top, PREVIOUS_SENTENCE_WEIGHT)
        return out

    def _lists(self, chosen: list[_Decision], ranked) -> dict[int, set[str]]:
        """Lists of names joined by commas and a final "and"/"or" ("Utah, Colorado, and
        Idaho", "California or Washington"): for each member, the kinds (admin-1 region,
        country) its other members surely are, keyed by span start. A list holds names of
        one kind, so "Washington" among states is the state."""
        toks = self.tokens
        joins = self.lex.and_words | self.lex.or_words
        sure: dict[int, str] = {}
        for d in chosen:
            r = ranked[id(d)]
            top = r[0][1]
            # only the kind needs to be sure: the best reading of another kind is behind
            other = next((sc for sc, c in r if c.kind != top.kind), None)
            if top.kind in ("admin1", "country") and (
                other is None or r[0][0] - other > LIST_KIND_MARGIN
            ):
                sure[id(d)] = top.kind
        out: dict[int, set[str]] = {}
        chain: list[_Decision] = []
        has_join = False

        def close() -> None:
            if has_join and len(chain) > 1:
                for d in chain:
                    kinds = {sure[id(e)] for e in chain if e is not d and id(e) in sure}
                    if kinds:
                        out[d.span.start] = kinds

        for d in chosen:
            if chain:
                prev = chain[-1]
                between = toks[prev.span.j + 1 : d.span.i]
                gap = toks[d.span.i].gap_before.strip() if d.span.i < len(toks) else ""
                if (
                    not between
                    and gap == ","
                    and toks[prev.span.j].sentence == toks[d.span.i].sentence
                ):
                    chain.append(d)
                    continue
                if (
                    len(between) == 1
                    and between[0].fold in joins
                    and between[0].gap_before.strip() in ("", ",")
                    and gap == ""
                ):
                    chain.append(d)
                    has_join = True
                    continue
                close()
            chain, has_join = [d], False
        close()
        return out

    def _joined(self, a: Span, b: Span) -> bool:
        """The two ends of a route ("from New York to Moscow", "between New York and St.
        Petersburg", "von Berlin nach Moskau"): neither is the other's setting. (Names
        merely listed, "in Adelaide and Perth", are: siblings share a setting.)"""
        if a.j >= b.i:
            a, b = b, a
        if b.i - a.j != 2:
            return False
        w = self.tokens[a.j + 1].fold
        if w in self.lex.route_words:
            return True
        before = _prev(self.tokens, self.tokens[a.i]) if a.i < len(self.tokens) else None
        return (
            w in self.lex.and_words and before is not None and before.fold in self.lex.between_words
        )

    def _containers(self, chosen: list[Span]) -> dict[int, list[Candidate]]:
        """``X, Y`` where Y is a region or country: Y's candidates keyed by X's last token."""
        by_first = {s.i: s for s in chosen}
        out: dict[int, list[Candidate]] = {}
        self._contents = {}
        for s in chosen:
            nxt = s.j + 1
            if (
                nxt < len(self.tokens)
                and self.tokens[nxt].gap_before.strip() == ","
                and nxt in by_first
            ):
                y = by_first[nxt]
                ks = [c for c in y.candidates if c.kind in ("admin1", "country", "admin2")]
                if ks:
                    out[s.j] = ks
                    self._contents[nxt] = s.candidates
        return out

    def _holds(self, c: Candidate, span: Span) -> bool:
        """``span`` is the Y of "X, Y" and ``c`` (a region or country) holds one of X's
        readings: "Tacoma, Washington" is the state, "Tbilisi, Georgia" the country."""
        xs = self._contents.get(span.i)
        if not xs or c.kind not in ("admin1", "admin2", "country"):
            return False
        for x in xs:
            if x.country_code != c.country_code or x.id == c.id:
                continue
            if c.kind == "country":
                return True
            if c.radius_km and haversine_km(x.lat, x.lon, c.lat, c.lon) <= c.radius_km:
                return True
        return False

    # -- main -------------------------------------------------------------------------
    def run(self) -> tuple[Place, ...]:
        spans = find_spans(self.tokens, self.text, self.lex, _lookup_for(self.gaz), self.gaz.get)
        self._short_forms = self._add_short_forms(spans)
        self._span_tokens = {k for s in spans for k in range(s.i, s.j + 1) if s.n > 1}
        self._single_kind = {s.i: s.candidates[0].kind for s in spans if s.n == 1}
        self._single_tokens = {
            s.i
            for s in spans
            if s.n == 1
            and s.candidates[0].kind in ("country", "admin1")
            or s.n == 1
            and (s.candidates[0].population or 0) >= 100_000
        }
        single = {s.i: s for s in spans if s.n == 1}

        def is_place_name(t: Token) -> bool:
            s = single.get(t.i)
            if s is None:
                return False
            b = s.candidates[0]
            return b.kind in ("country", "admin1") or (
                (b.population or 0) >= STRONG_PLACE_POP and not s.variant
            )

        persons, person_idx = find_person_tokens(
            self.tokens, self.lex, self.doc.header.byline, is_place_name, self._span_tokens
        )
        if self.lang == "en":
            persons |= self._surnames(spans, persons)
        adjectives = find_adjectives(self.tokens, self.lang)
        # "German, Irish and other immigrants": a country adjective is not the small town
        # that bears the same word (German, Texas; English, Indiana) unless a place or
        # region follows it as its container ("English, Indiana")
        adjective_at = {a.token.i for a in adjectives}
        contained = self._containers(spans)
        spans = [
            s
            for s in spans
            if not (
                s.n == 1
                and s.i in adjective_at
                and all(
                    c.kind == "city" and (c.population or 0) < STRONG_PLACE_POP
                    for c in s.candidates
                )
                and s.j not in contained
            )
        ]

        self._anchors = []
        for s in spans:
            b = s.candidates[0]
            if s.n > 1 or self._is_dateline(s) or b.source == "curated" and b.kind == "facility":
                pass
            elif not (b.kind == "city" and (b.population or 0) >= 500_000 and not s.variant):
                continue
            if b.kind in ("city", "facility") and not _any_in(person_idx, s.i, s.j):
                self._anchors.append((b.lat, b.lon))
        self._anchor_array = _anchor_array(self._anchors) if self._anchors else None
        focus: Counter = Counter()
        # what each name contributes, so that a name's own reading does not vote for itself
        # ("Georgia" four times must not make the article Georgian and so "Georgia" the country)
        self._focus_own: dict[str, Counter] = {}

        def vote(s: Span, cc: str | None, weight: float) -> None:
            focus[cc] += weight
            self._focus_own.setdefault(s.key, Counter())[cc] += weight

        for s in spans:
            b = s.candidates[0]
            if b.kind == "admin1" and (b.population or 0) >= 1_000_000 and s.n >= 1:
                vote(s, b.country_code, 0.5)
        for s in spans:
            if s.candidates[0].kind == "country" and not _any_in(person_idx, s.i, s.j):
                vote(s, s.candidates[0].country_code, 1.0)
        for a in adjectives:
            if a.country_code:
                focus[a.country_code] += 0.5
        for s in spans:
            if self._is_dateline(s):
                vote(s, s.candidates[0].country_code, 2.0)

        # a name said more than MAX_RANKED_MENTIONS times: its further mentions take the
        # decision and reading of an earlier one (below) instead of being weighed again
        spans, repeats = _split_repeats(spans)
        chosen = self._select(spans, focus, persons, person_idx)
        self._colo = _colocation([d.span for d in chosen])
        # a state or county named inside an organisation's name ("the Indiana State
        # Police") still says where the article is
        named_regions = [
            s for s in spans if s.n <= 3 and s.candidates[0].kind in ("admin1", "admin2")
        ]
        self._support = _RegionSupport(
            [d.span for d in chosen], lambda sp: self.tokens[sp.i].sentence, named_regions
        )
        containers = self._containers([d.span for d in chosen])
        # pass 1: rank with the country focus only; pass 2: add the resolved places
        self._listed: dict[int, set[str]] = {}
        self._sure_regions = {
            d.span.candidates[0].id: d.span.key
            for d in chosen
            if len(d.span.candidates) == 1 and d.span.candidates[0].kind in ("admin1", "admin2")
        }
        self._new_pass()
        ranked = {id(d): self._rank(d, focus, None, containers) for d in chosen}
        self._listed = self._lists(chosen, ranked)
        anchors: list[tuple[float, float, str]] = []
        focus2 = Counter(focus)
        for d in chosen:
            r = ranked[id(d)]
            top = r[0][1]
            margin = r[0][0] - (r[1][0] if len(r) > 1 else 0.0)
            if top.kind != "country" and margin > 0.3:
                key = d.span.key
                anchors.append((top.lat, top.lon, key))
                if top.country_code:
                    focus2[top.country_code] += 0.5
                    self._focus_own.setdefault(key, Counter())[top.country_code] += 0.5
        if anchors or self._listed:
            chosen = self._select(spans, focus2, persons, person_idx)
            containers = self._containers([d.span for d in chosen])
            prepared = _Anchors(anchors) if anchors else None
            self._new_pass()
            ranked = {id(d): self._rank(d, focus2, prepared, containers) for d in chosen}
        # pass 3: the local context, the place named nearest in the same or previous sentence
        local = self._local_context(chosen, ranked)
        if local:
            prepared = _Anchors(anchors) if anchors else None
            self._new_pass()
            ranked = {
                id(d): self._rank(d, focus2, prepared, containers, local[id(d)])
                if id(d) in local
                else ranked[id(d)]  # pass 2 ranked it with the same evidence
                for d in chosen
            }

        ranked = self._one_sense(chosen, ranked)
        places: list[Place] = []
        for d in chosen:
            places.append(self._place(d, ranked[id(d)]))
        repeated: list[_Decision] = []
        if repeats:
            repeated = self._repeat_decisions(
                spans,
                repeats,
                chosen,
                ranked,
                lambda sp: self._decide(sp, focus2, persons, person_idx),
            )
            for d in repeated:
                places.append(self._place(d, ranked[id(d)]))
        covered = sorted((p.start, p.end) for p in places) if adjectives else []
        cover_starts = [c[0] for c in covered]
        for a in adjectives:
            t = a.token
            k = bisect.bisect_right(cover_starts, t.start) - 1
            if k >= 0 and covered[k][0] <= t.start < covered[k][1]:
                continue
            places.append(self._adjective_place(a))
        places.extend(self._fallback([*chosen, *repeated], persons, person_idx))
        places.sort(key=lambda p: (p.start, p.end, p.role))
        from geomap.geoparse._derived import derive_places

        derived = derive_places(self.doc, self.tokens, tuple(places), self.gaz, self.lex)
        out = sorted([*places, *derived], key=lambda p: (p.start, p.end, p.role))
        return tuple(out)

    def _cues(self, span: Span) -> tuple:
        """What a mention's decision reads around it, in short: the surface, the words
        right before and after it in its sentence and the gaps to them."""
        toks = self.tokens
        first, last = toks[span.i], toks[span.j]
        prev, nxt = _prev(toks, first), _next(toks, last)
        pp = _prev(toks, prev) if prev is not None else None
        return (
            span.key,
            span.text,
            span.base,
            span.variant,
            span.n,
            first.gap_before,
            first.sent_initial,
            prev.fold if prev is not None else None,
            prev.is_cap if prev is not None else None,
            pp.fold if pp is not None else None,
            nxt.fold if nxt is not None else None,
            nxt.gap_before if nxt is not None else None,
            nxt.is_cap if nxt is not None else None,
        )

    def _repeat_decisions(
        self,
        ranked_spans: list[Span],
        repeats: list[Span],
        chosen: list[_Decision],
        ranked,
        decide,
    ) -> list[_Decision]:
        """Decisions for the mentions past a name's :data:`MAX_RANKED_MENTIONS`-th: each
        takes the outcome of the name's last weighed mention with the same cues
        (``_cues``: accepted or rejected, and its reading). One with cues not seen before
        is decided on its own (``decide``, no ranking) and, if it is a place, takes the
        reading of the name's last chosen mention (one sense per article). An accepted one
        joins that reading list (``ranked``, updated) and, like ``_select``, yields to
        longer names and does not overlap a chosen name."""
        chosen_ids = {id(d.span): d for d in chosen}
        by_cues: dict[tuple, Span] = {}
        last_chosen: dict[str, _Decision] = {}
        for sp in ranked_spans:  # document order: the last one with the cues wins
            by_cues[self._cues(sp)] = sp
        for d in chosen:
            last_chosen[d.span.key] = d
        taken = {k for d in chosen for k in range(d.span.i, d.span.j + 1)}
        out: list[_Decision] = []
        for sp in sorted(repeats, key=lambda s: (s.i - s.j, s.start)):  # longest first
            rep = by_cues.get(self._cues(sp))
            if rep is not None:
                model = chosen_ids.get(id(rep))
                if model is None:
                    continue
                d = _Decision(sp, True, "", model.head_kind, model.dateline)
            else:
                d = decide(sp)
                model = last_chosen.get(sp.key)
                if not d.accepted or model is None:
                    continue
            if _any_in(taken, sp.i, sp.j):
                continue
            taken.update(range(sp.i, sp.j + 1))
            ranked[id(d)] = ranked[id(model)]
            out.append(d)
        out.sort(key=lambda d: d.span.start)
        return out

    def _add_short_forms(self, spans: list[Span]) -> dict[int, frozenset[str]]:
        """A county named in full makes its bare name a reading of that county: "DeKalb
        County ... DeKalb" (the gazetteer indexes counties under the full name only). The
        county readings join the bare name's candidates; returned by span start."""
        suffixes = self.lex.unit_suffixes
        counties: dict[str, list[Candidate]] = {}
        for s in spans:
            suffix = next((x for x in suffixes if s.base.endswith(x)), None)
            if s.n >= 2 and suffix is not None:
                counties.setdefault(normalize_key(s.base[: -len(suffix)]), []).extend(
                    c for c in s.candidates if c.kind == "admin2"
                )
        out: dict[int, frozenset[str]] = {}
        if not counties:
            return out
        for s in spans:
            extra = counties.get(s.key)
            if not extra or s.base.endswith(suffixes):
                continue
            if any(
                c.kind == "city"
                and (c.feature_code == "PPLC" or (c.population or 0) >= SMALL_TOWN)
                or c.kind in ("country", "admin1")
                for c in s.candidates
            ):
                continue  # "Dallas County ... Dallas" is the city
            by_id = {c.id: c for c in extra}
            have = {c.id for c in s.candidates}
            s.candidates.extend(c for i, c in by_id.items() if i not in have)
            out[s.start] = frozenset(by_id)
        return out

    def _one_sense(self, chosen: list[_Decision], ranked: dict) -> dict:
        """One sense per article: a name said several times means one place, the one
        its mentions together rank best (summed scores), except where a mention has its
        own container or region next to it ("Odessa im Bundesstaat Texas" in an article
        on Ukraine): that mention keeps its reading and has no say in the others'. (Letting
        such a reading settle the other mentions was tried: no gain on LGL or GeoWebNews,
        and wrong in the two-sense stories of the dev corpus, Odessa and Cartagena.)"""
        groups: dict[str, list[_Decision]] = {}
        for d in chosen:
            groups.setdefault(d.span.key, []).append(d)
        out = dict(ranked)
        for ds in groups.values():
            free = [d for d in ds if (d.span.start, ranked[id(d)][0][1].id) not in self._specific]
            if len(free) < 2:
                continue
            total: Counter = Counter()
            for d in free:
                for sc, c in ranked[id(d)]:
                    total[c.id] += sc
            best_id = min(total, key=lambda i: (-total[i], i))
            for d in free:
                r = ranked[id(d)]
                k = next((n for n, (_, c) in enumerate(r) if c.id == best_id), None)
                if k:
                    out[id(d)] = [r[k], *r[:k], *r[k + 1 :]]
        return out

    def _surnames(self, spans: list[Span], persons: set[str]) -> set[str]:
        """English ``Given Surname`` pairs whose surname is also a (minor) place name:
        the surname is a person wherever it recurs in the article (``Jason Jones`` ...
        ``Jones said``)."""
        out: set[str] = set()
        for s in spans:
            if s.n != 1 or s.i in self._single_tokens:
                continue
            b = self.tokens[s.i]
            a = _prev(self.tokens, b)
            if a is None or not a.is_cap or a.is_upper or b.gap_before != " ":
                continue
            if a.i in self._span_tokens or a.i in self._single_tokens:
                continue
            fa = a.fold
            if fa in self.lex.not_names or fa in self.lex.determiners:
                continue
            if a.sent_initial and zipf_frequency(fa, self.lang) >= COMMON_WORD_ZIPF:
                continue
            out.add(b.fold)
        return out

    def _select(self, spans, focus, persons, person_idx) -> list[_Decision]:
        decisions = [self._decide(s, focus, persons, person_idx) for s in spans]
        # longest first; a rejected long span blocks nothing, except a person or street name
        order = sorted(decisions, key=lambda d: (-d.span.n, d.span.start))
        taken: set[int] = set()
        chosen: list[_Decision] = []
        for d in order:
            rng = set(range(d.span.i, d.span.j + 1))
            if rng & taken:
                continue
            if d.accepted:
                chosen.append(d)
                taken |= rng
            elif d.reason in BLOCKING_REASONS and d.span.n > 1:
                taken |= rng
        chosen.sort(key=lambda d: d.span.start)
        return chosen

    def _place(self, d: _Decision, ranked: list[tuple[float, Candidate]]) -> Place:
        span = d.span
        got = self._place_memo.get(id(ranked))
        if got is None or got[0] is not ranked:
            best, conf, alts = self._reading(ranked)
            # what _candidate_place computes of the reading, once per reading list
            got = (ranked, best, conf, alts, round(best.lat, 5), round(best.lon, 5))
            self._place_memo[id(ranked)] = got
        _, best, conf, alts, lat, lon = got
        return Place(
            mention=span.text,
            start=span.start,
            end=span.end,
            sentence=self.tokens[span.i].sentence,
            name=best.name,
            kind=best.kind,
            country_code=best.country_code,
            lat=lat,
            lon=lon,
            id=best.id,
            source="gazetteer",
            confidence=conf,
            alternatives=alts,
        )

    def _reading(
        self, ranked: list[tuple[float, Candidate]]
    ) -> tuple[Candidate, float, tuple[Alternative, ...]]:
        """The best reading, its confidence and the alternatives (memoised by ``_place``
        per reading list: repeated mentions share theirs)."""
        s0, best = ranked[0]
        s1 = ranked[1][0] if len(ranked) > 1 else s0 - 2.0
        conf = 1.0 / (1.0 + math.exp(-3.0 * (s0 - s1)))
        conf = round(min(0.99, 0.5 * conf + 0.5 * min(1.0, 0.4 + best.prior)), 3)
        seen = {best.id}
        alts: list[Alternative] = []
        for sc, c in ranked[1:]:
            if c.id in seen:
                continue
            seen.add(c.id)
            alts.append(
                Alternative(c.id, c.name, c.kind, c.country_code, c.lat, c.lon, round(sc, 3))
            )
            if len(alts) >= MAX_ALTERNATIVES:
                break
        return best, conf, tuple(alts)

    def _adjective_place(self, a) -> Place:
        t = a.token
        end = max(a.end, t.end)
        c = self.gaz.get(a.ref) if a.ref else self.gaz.country(a.country_code)
        missing = "region" if a.ref else "country"
        return Place(
            mention=self.text[t.start : end],
            start=t.start,
            end=end,
            sentence=t.sentence,
            name=c.name if c else (a.country_code or a.ref),
            kind="adjective",
            country_code=c.country_code if c else a.country_code,
            lat=round(c.lat, 5) if c else None,
            lon=round(c.lon, 5) if c else None,
            id=c.id if c else None,
            source="gazetteer" if c else None,
            confidence=0.9 if c else 0.0,
            role="adjective",
            reason=None if c else f"{missing} not in the gazetteer",
        )

    def _fallback(self, chosen, persons, person_idx) -> list[Place]:
        """Capitalised names the gazetteer lacks but whose context says *place*: after a
        feature head (``the town of X``, ``im Dorf X``). They go to the geocoder if one is
        configured, else stay unresolved with the reason."""
        taken = {k for d in chosen for k in range(d.span.i, d.span.j + 1)}
        out: list[Place] = []
        toks = self.tokens
        k = 0
        while k < len(toks):
            t = toks[k]
            if k in taken or not t.is_cap or t.fold in persons or k in person_idx:
                k += 1
                continue
            p = _prev(toks, t)
            head = None
            if p is not None and p.fold in self.lex.feature_heads and t.gap_before == " ":
                head = self.lex.feature_heads[p.fold]
            elif p is not None and p.fold in ("of", "von"):
                pp = _prev(toks, p)
                if pp is not None and pp.fold in self.lex.feature_heads:
                    head = self.lex.feature_heads[pp.fold]
            if head is None or head == "facility" and self.lang == "en":
                k += 1
                continue
            run = [t]
            m = k + 1
            while (
                m < len(toks)
                and toks[m].sentence == t.sentence
                and toks[m].is_cap
                and toks[m].gap_before in (" ", "-")
                and m not in taken
                and len(run) < 4
            ):
                run.append(toks[m])
                m += 1
            name = self.text[run[0].start : run[-1].end]
            if zipf_frequency(name.casefold(), self.lang) >= 4.0:
                k = m
                continue
            out.append(self._geocode(name, run[0].start, run[-1].end, t.sentence, head))
            k = m
        return out

    def _geocode(self, name: str, start: int, end: int, sentence: int, head: str) -> Place:
        reason = "not in the gazetteer; the geocoder fallback is off"
        if self.geocoder is not None:
            outcome = self.geocoder.geocode(name, self.lang)
            r = outcome.result
            if r is not None:
                return Place(
                    mention=name,
                    start=start,
                    end=end,
                    sentence=sentence,
                    name=r.name,
                    kind=r.kind or head,
                    country_code=r.country_code,
                    lat=round(r.lat, 5),
                    lon=round(r.lon, 5),
                    id=f"geocoder:{r.raw_id}" if r.raw_id else None,
                    source="geocoder",
                    confidence=0.6,
                )
            reason = outcome.reason or "the geocoder found no match"
        return Place(
            mention=name,
            start=start,
            end=end,
            sentence=sentence,
            name=None,
            kind=head,
            country_code=None,
            lat=None,
            lon=None,
            id=None,
            source=None,
            confidence=0.0,
            reason=reason,
        )


def _split_repeats(spans: list[Span]) -> tuple[list[Span], list[Span]]:
    """The spans to weigh, and the mentions of a name past its
    :data:`MAX_RANKED_MENTIONS`-th (in document order), which are not weighed again."""
    seen: Counter = Counter()
    keep: list[Span] = []
    repeats: list[Span] = []
    for sp in spans:
        k = sp.key
        seen[k] += 1
        (keep if seen[k] <= MAX_RANKED_MENTIONS else repeats).append(sp)
    return keep, repeats


def resolve_document(doc: Document, gaz, geocoder=None) -> tuple[Place, ...]:
    """Every place the document names, resolved (see the module docstring)."""
    with _collector_paused():
        return _Resolver(doc, gaz, geocoder).run()


@contextmanager
def _collector_paused():
    """Pause Python's cyclic garbage collector while one document is resolved.

    Resolution allocates several objects per token (tokens, n-gram proposals, spans,
    decisions, places) that live until it ends; on a long article the collector's full
    passes over them were a third of the time (``"Berlin " * 70000``: 2.8 s CPU with
    it, 1.5 s without). Reference counting still frees everything acyclic at once, and
    the collector runs as usual as soon as resolution returns. Left alone when the
    application has switched the collector off itself."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def resolve_spans(doc: Document, spans: Sequence[tuple[int, int]], gaz) -> list[Place | None]:
    """Resolve given spans (gold spans in ``geomap eval --mode resolution``).

    A span the end-to-end run found (a name or a country adjective), or one inside such a
    name, takes that reading. Any other span is read as a demonym (``Americans``), a region
    adjective or an abbreviation, or looked up as written and in its un-inflected variants
    and ranked with the same context (country focus from the whole document, proximity to
    the places found) as in end-to-end use. A span the gazetteer does not hold takes a sure
    name found inside it, else the local place the article is about (``source="context"``),
    else a country, region or big town named inside it.
    """
    from geomap.geoparse._mentions import _abbreviation_pattern_for, _variants
    from geomap.lexicons import demonym_nouns, demonyms, region_adjectives

    r = _Resolver(doc, gaz)
    found = [p for p in r.run() if p.resolved and p.role in ("name", "adjective")]
    exact = {(p.start, p.end): p for p in found}
    starts = [p.start for p in found]
    forms = demonyms(r.lang)
    nouns = demonym_nouns(r.lang)
    regions = region_adjectives(r.lang)
    focus: Counter = Counter(p.country_code for p in found if p.country_code)
    anchor_pts = [
        (p.lat, p.lon, normalize_key(p.mention))
        for p in found
        if p.kind not in ("country", "adjective")
    ]
    anchors = _Anchors(anchor_pts) if anchor_pts else None
    local = _LocalFocus(found)
    abbreviations = {k: v for k, (v, _) in _abbreviation_pattern_for(r.lang)[1].items()}
    token_starts = [t.start for t in r.tokens]

    def rank(start: int, end: int, text: str, cands: Sequence[Candidate]) -> Candidate:
        ti = max(0, bisect.bisect_right(token_starts, start) - 1)
        span = Span(ti, ti, start, end, text, list(cands), False, text)
        r._new_pass()  # readings made for this span alone: no memo across calls
        return r._rank(_Decision(span, True, ""), focus, anchors, {})[0][1]

    out: list[Place | None] = []
    for start, end in spans:
        if (start, end) in exact:
            out.append(exact[(start, end)])
            continue
        outer = inner = adjective = None
        k = bisect.bisect_right(starts, end) - 1
        while k >= 0 and found[k].start > start - 200:
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
            out.append(_span_place(doc, start, end, text, country, 0.8))
            continue
        cands = gaz.lookup(text, lang=r.lang, limit=LOOKUP_LIMIT)
        if (
            text.isupper()
            and text.isalpha()
            and len(text) <= ACRONYM_MAX
            and all(c.matched != text for c in cands)
        ):
            cands = []  # an acronym the gazetteer lacks ("SA"), not a village matched as "Sa"
        if not cands:
            for v in _variants(text.split(), r.lex):
                cands = gaz.lookup(v, lang=r.lang, limit=LOOKUP_LIMIT)
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
                and (best.population or 0) < WEAK_POPULATION
                and zipf_frequency(fold, r.lang) >= COMMON_WORD_ZIPF
            ):
                out.append(_span_place(doc, start, end, text, best, 0.5))
                continue
            # a common word ("Western", "Valley") that names only a small town far away
            # says less than where the article is
        if inner is None:
            part = _known_part(r, doc, start, end, token_starts)
            if part is not None:
                best = rank(part[0], part[1], doc.text[part[0] : part[1]], part[2])
                # a country or region named in it says more than the article's town does
                conf = 0.6 if best.kind in ("country", "admin1") else 0.5
                inner = _candidate_place(text, start, end, sentence, best, conf)
        named = (
            gaz.get(adjective.id)
            if inner is None
            and adjective is not None
            and any(w.casefold() in r.lex.org_suffixes for w in text.split())
            else None
        )
        if named is not None:
            # an organisation named for its country or region ("European Commission"),
            # not a quarter named after one ("French Quarter")
            inner = _candidate_place(text, start, end, sentence, named, INNER_MIN_CONFIDENCE)
        if inner is not None and (around is None or inner.confidence >= INNER_MIN_CONFIDENCE):
            out.append(inner)
        elif around is not None:
            out.append(_context_place(text, start, end, sentence, around))
        else:
            out.append(None)
    return out


def _known_part(
    r: _Resolver, doc: Document, start: int, end: int, token_starts: Sequence[int]
) -> tuple[int, int, list[Candidate]] | None:
    """The longest run of capitalised words inside a gold span the gazetteer lacks that
    names a prominent place ("Colorado" in "Colorado State University", "Tokyo" in
    "British Embassy Tokyo"): its offsets and readings, or None when no part does."""
    lo = bisect.bisect_left(token_starts, start)
    hi = bisect.bisect_left(token_starts, end)
    toks = [t for t in r.tokens[lo:hi] if t.end <= end]
    if len(toks) < 2:
        return None
    for n in range(len(toks) - 1, 0, -1):
        for i in range(len(toks) - n + 1):
            part = toks[i : i + n]
            if not all(t.is_cap for t in part) or any(t.fold in r.lex.not_names for t in part):
                continue
            a, b = part[0].start, part[-1].end
            cands = [
                c
                for c in r.gaz.lookup(doc.text[a:b], lang=r.lang, limit=LOOKUP_LIMIT)
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
            p.id: sum(
                1
                for q in spots
                if q.id != p.id and haversine_km(p.lat, p.lon, q.lat, q.lon) <= CONTEXT_NEAR_KM
            )
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


def _context_place(text: str, start: int, end: int, sentence: int, around: Place) -> Place:
    """A name the gazetteer lacks, placed at the local place the article is about."""
    return dataclasses.replace(
        around,
        mention=text,
        start=start,
        end=end,
        sentence=sentence,
        source="context",
        confidence=0.2,
        alternatives=(),
        role="name",
        reason=f"not in the gazetteer; placed at {around.name}, where the article is",
    )


def _span_place(doc: Document, start: int, end: int, text: str, c: Candidate, conf: float) -> Place:
    sent = doc.sentence_at(start)
    return _candidate_place(text, start, end, sent.index if sent else 0, c, conf)


def _candidate_place(
    text: str,
    start: int,
    end: int,
    sentence: int,
    c: Candidate,
    conf: float,
    alternatives: tuple[Alternative, ...] = (),
) -> Place:
    """A mention resolved to a gazetteer candidate (coordinates to 5 decimals, about 1 m)."""
    return Place(
        mention=text,
        start=start,
        end=end,
        sentence=sentence,
        name=c.name,
        kind=c.kind,
        country_code=c.country_code,
        lat=round(c.lat, 5),
        lon=round(c.lon, 5),
        id=c.id,
        source="gazetteer",
        confidence=conf,
        alternatives=alternatives,
    )
