"""What the resolver knows of one document, built once per analysis and then only read.

The resolver's questions (is this span a place? which place?) are functions over a
:class:`Context`: the document, its tokens and lexicon, the candidate spans, the persons,
the country adjectives and the article's country focus. The context is frozen; the
memos it carries (:class:`Memo`, the per-analysis gazetteer look-up cache) fill as the
questions are answered and die with it, so nothing is kept between analyses.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

from gazetteer import Candidate
from gazetteer import normalize_name as normalize_key
from geomap.geoparse._mentions import Adjective, Span
from geomap.geoparse._weights import Weights
from geomap.lexicons import PlaceLexicon
from geomap.model import Document
from geomap.text import Token

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI
    from geomap.geoparse._geocoder import FallbackGeocoder

__all__: list[str] = []

#: A ranked reading list: (score, reading), best first.
Ranked = list[tuple[float, Candidate]]
#: Country votes: how much the article speaks of each country (by ISO code).
Votes = dict[str | None, float]


@dataclass
class Decision:
    """Whether a span is a place, why not, and the cues ranking reads of it."""

    span: Span
    accepted: bool
    reason: str
    head_kind: str | None = None
    dateline: bool = False


class LookupCache:
    """The gazetteer's ``lookup_many`` memoised for one analysis: a name is asked once
    however often the article repeats it, and nothing outlives the analysis. Asked in
    the text's language, so a name tagged with it (an exonym) says so in its score."""

    def __init__(self, gaz: GazetteerAPI, limit: int, lang: str | None = None) -> None:
        self.gaz = gaz
        self.limit = limit
        self.lang = lang
        self.memo: dict[str, list[Candidate]] = {}
        self.skeleton_memo: dict[str, list[Candidate]] = {}

    def __call__(self, names: Iterable[str]) -> dict[str, list[Candidate]]:
        names = list(names)
        missing = [n for n in names if n not in self.memo]
        if missing:
            found = self.gaz.lookup_many(missing, lang=self.lang, limit=self.limit)
            for n in missing:
                self.memo[n] = found.get(n) or []
        return {n: self.memo[n] for n in names if self.memo[n]}

    def skeletons(self, names: Iterable[str]) -> dict[str, list[Candidate]]:
        """The gazetteer's look-up of romanisation variants (``lookup_skeletons``),
        memoised the same way; nothing from a stand-in gazetteer without it."""
        fn = getattr(self.gaz, "lookup_skeletons", None)
        if fn is None:
            return {}
        names = list(names)
        missing = [n for n in names if n not in self.skeleton_memo]
        if missing:
            found = fn(missing, limit=self.limit)
            for n in missing:
                self.skeleton_memo[n] = found.get(n) or []
        return {n: self.skeleton_memo[n] for n in names if self.skeleton_memo[n]}


@dataclass
class Memo:
    """The memos of one analysis, keyed by object identity (spans, reading lists), valid
    while the analysis's objects live. ``specific`` holds the (span start, reading id)
    pairs a container or a region settled: one sense per article leaves them alone.
    ``municipal_names`` the name keys a municipal word marks as a town somewhere in the
    article (:func:`~geomap.geoparse._evidence.municipal_names`), ``team_names`` those
    standing in a sports team's name (:func:`~geomap.geoparse._evidence.team_names`),
    ``sports_story`` whether the story is about sport, ``title_case`` the sentences
    written in title case (:func:`~geomap.geoparse._evidence.title_cased`),
    ``title_lines`` the tokens on lines so written
    (:func:`~geomap.geoparse._evidence.on_title_cased_line`), ``areas`` the regions the
    article names that may hold a village (``_accept._named_area_holds``),
    ``lower_words`` the words it writes in lower case."""

    static_decisions: dict[int, tuple[Span, tuple[Any, ...]]] = field(default_factory=dict)
    statics: dict[int, tuple[Span, Statics]] = field(default_factory=dict)
    near: dict[tuple[float, ...], bool] = field(default_factory=dict)
    place: dict[int, tuple[Any, ...]] = field(default_factory=dict)
    specific: set[tuple[int, str]] = field(default_factory=set)
    municipal_names: frozenset[str] | None = None
    team_names: frozenset[str] | None = None
    sports_story: bool | None = None
    title_case: frozenset[int] | None = None
    title_lines: frozenset[int] | None = None
    #: the areas the article names (point and radius in km) that can hold a village
    #: (``_accept._named_area_holds``, session 31)
    areas: tuple[tuple[float, float, float], ...] | None = None
    #: the words the article writes in lower case (``_accept._written_lower_elsewhere``)
    lower_words: frozenset[str] | None = None


@dataclass(frozen=True)
class Statics:
    """What a span's ranking owes to its readings alone: whether a populous country, or
    a capital or big city, is among them, which readings bear the name as their own, and
    each one's score after the name-match penalties, and the readings a bigger town of
    their country bearing the word as its own name shadows (``_rank._shadowing``), and
    the regions named like their seat that hold the town named before them."""

    has_country: bool
    has_major: bool
    own_name: frozenset[str]
    base: tuple[float, ...]
    shadows: dict[int, list[int]] = field(default_factory=dict)
    #: the first-level regions named like their seat that hold the town named right
    #: before them (``_rank._region_after_town``): the mention's own sense
    held: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Context:
    """One document as the resolver sees it (see the module docstring).

    ``spans`` are the candidate spans weighed (a name's mentions past
    ``Weights.max_ranked_mentions`` are in ``repeats``); ``span_tokens`` the tokens of
    multi-word spans; ``single_kind`` the best reading's kind of each one-word span by
    token; ``single_tokens`` the one-word spans that name a known place; ``short_forms``
    the county readings a bare name takes from "X County" named elsewhere, by span start;
    ``persons`` and ``person_idx`` the person names (folded) and their tokens; ``focus``
    the article's country votes and ``focus_own`` each name's own part of them;
    ``anchor_points`` the prominent places every reading is compared with;
    ``destinations`` the part of ``focus`` given by countries named as where a way leads
    or what borders the place ("die Brücke nach Polen", "the border with Mexico").
    """

    doc: Document
    gaz: GazetteerAPI
    geocoder: FallbackGeocoder | None
    lang: str
    lex: PlaceLexicon
    tokens: Sequence[Token]
    weights: Weights
    lookup: LookupCache
    memo: Memo
    spans: list[Span]
    repeats: list[Span]
    short_forms: dict[int, frozenset[str]]
    span_tokens: frozenset[int]
    single_kind: dict[int, str]
    single_tokens: frozenset[int]
    persons: frozenset[str]
    person_idx: frozenset[int]
    adjectives: list[Adjective]
    focus: Votes
    focus_own: dict[str, Votes]
    anchor_points: list[tuple[float, float]]
    anchor_array: Any  # numpy array of (lat, lon) in radians, or None
    destinations: Votes = field(default_factory=dict)

    @property
    def text(self) -> str:
        return self.doc.text

    @cached_property
    def spans_at(self) -> dict[int, list[Span]]:
        """The weighed spans by their first token, in ``spans``' order: the rules that ask
        what a neighbouring word may name look it up once instead of scanning every span
        of the document for each name (linear in the document, not quadratic)."""
        out: dict[int, list[Span]] = {}
        for s in self.spans:
            out.setdefault(s.i, []).append(s)
        return out

    @cached_property
    def adjective_country(self) -> dict[int, str]:
        """The country of the place adjective that ends at each token ("finnischen" ->
        FI, "nordhessischen" -> DE through Hessen's id), by token index: a name right
        after it ("im finnischen X") is a place in that country."""
        out: dict[int, str] = {}
        ends = {t.end: t.i for t in self.tokens} if self.adjectives else {}
        for a in self.adjectives:
            cc = a.country_code
            if cc is None and a.ref is not None:
                region = self.gaz.get(a.ref)
                cc = region.country_code if region is not None else None
            last = a.token.i if a.end <= a.token.end else ends.get(a.end, -1)
            if cc and last >= 0:
                out[last] = cc
        return out

    @cached_property
    def state_adjective(self) -> dict[int, str]:
        """The country of a country's own adjective ending at each token ("senegalesischen"
        -> SN), by token index; unlike ``adjective_country`` no region's adjective."""
        ends = {t.end: t.i for t in self.tokens} if self.adjectives else {}
        out: dict[int, str] = {}
        for a in self.adjectives:
            last = a.token.i if a.end <= a.token.end else ends.get(a.end, -1)
            if a.country_code and last >= 0:
                out[last] = a.country_code
        return out

    @cached_property
    def adjective_region(self) -> dict[int, str]:
        """The region id of the region adjective that ends at each token ("westfälischen"
        -> North Rhine-Westphalia's id), by token index: of a name right after it, the
        reading nearest the region is meant."""
        out: dict[int, str] = {}
        ends = {t.end: t.i for t in self.tokens} if self.adjectives else {}
        for a in self.adjectives:
            if a.country_code is not None or a.ref is None:
                continue
            last = a.token.i if a.end <= a.token.end else ends.get(a.end, -1)
            if last >= 0:
                out[last] = a.ref
        return out

    def sentence_of(self, span: Span) -> int:
        return self.tokens[span.i].sentence

    def is_dateline(self, span: Span) -> bool:
        h = self.doc.header
        return (
            h.dateline_start is not None
            and h.dateline_end is not None
            and span.start >= h.dateline_start
            and span.end <= h.dateline_end
        )


# --- small questions over tokens and names ------------------------------------------------


def prev_token(tokens: Sequence[Token], t: Token) -> Token | None:
    """The token before ``t`` in its sentence, or None."""
    if t.i > 0 and tokens[t.i - 1].sentence == t.sentence:
        return tokens[t.i - 1]
    return None


def next_token(tokens: Sequence[Token], t: Token) -> Token | None:
    """The token after ``t`` in its sentence, or None."""
    if t.i + 1 < len(tokens) and tokens[t.i + 1].sentence == t.sentence:
        return tokens[t.i + 1]
    return None


def any_in(idx: set[int] | frozenset[int], i: int, j: int) -> bool:
    """Is one of the token indices ``i..j`` in ``idx``? (A one-token name, the usual
    case, costs one look-up.)"""
    if i == j:
        return i in idx
    return any(k in idx for k in range(i, j + 1))


@lru_cache(maxsize=65_536)
def name_key(name: str) -> str:
    """A gazetteer name's look-up key, memoised (a pure function of the name): ranking
    compares the same few thousand."""
    return normalize_key(name)


@lru_cache(maxsize=65_536)
def spelling_of(key: str, name: str, ratio: float, head: bool = True) -> bool:
    """The look-up key is a spelling of the name (a transliteration: Odessa for Odesa),
    not another word for the place (a historic or translated name: Augusta for Augsburg);
    with ``head``, the name's first words count as a spelling of it too ("New York" for
    New York City), without, the key must spell the whole name ("Brixen" does not spell
    Brixen im Thale)."""
    from difflib import SequenceMatcher

    full = name_key(name)
    if full.startswith(key + " "):
        return head  # "New York" for New York City
    if full.endswith(" " + key):
        return False  # a name's last word is no spelling of the whole name ("X" is not "San X")
    return SequenceMatcher(None, key, full).ratio() >= ratio


def _strip_marks(s: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def diacritic_mismatch(surface: str, matched: str) -> bool:
    """The text writes a diacritic that the matched name lacks ("Länder" vs "Lander").

    The reverse (text without, name with: "Lodz" for "Łódź") is ordinary English usage
    and not held against a match.
    """
    a = unicodedata.normalize("NFC", surface.casefold())
    b = unicodedata.normalize("NFC", (matched or "").casefold())
    return a != b and not a.isascii() and b == _strip_marks(a)
