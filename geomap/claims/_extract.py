"""Distance claims: which stated distance links which two places.

For every distance quantity in a sentence (``geomap.claims._quantities``) we decide the *form* of
the claim and pick its two ends from the geoparser's places, by offsets and a little
syntax from the lexicon (``geomap/lexicons/claims_<lang>.toml``):

- ``point``/``border``/``coast``: ``X liegt N km [Richtung] von Y`` / ``X is N km north of
  Y``. The reference is the first place after the quantity reached through marker words
  (``von der``, ``from``, ``of``) or directly after a direction (``nördlich der Grenze``);
  ``border``/``coast`` when that place is a derived border or coast.
- subject: a relative clause (``Y, das wiederum N km von Z``) continues the previous
  reference; a coordinated second distance (``und N km von Z``) keeps the previous
  subject; otherwise the nearest place before the quantity in the sentence; otherwise
  the place after the reference (``Rund N km von Y entfernt liegt X``); otherwise (a
  pronoun, ``the city``) the last point place of the previous sentences, then the dateline.
- ``pair``: ``X und Y liegen N km voneinander entfernt``, ``zwischen X und Y``.
- ``route``: ``Von X aus sind es N km bis nach Y``, ``from X to Y``, ``Bis Y sind es N km``.
- ``range``: ``flog N km weit``, ``flew N km``, ``Reichweite von N km``: subject is the
  launch origin (a derived coast, a ``from X`` place, or the place launching in the
  previous sentences); reference ``None``.
- ``ins 60 Kilometer entfernte München``: München is the subject, the other end the place
  the text was just at.

Lengths (``ein 5 km langer Konvoi``), heights, speeds and areas never become claims: they
do not state a distance between two places. Neither does a distance with no place at
either end, nor a point distance with no reference that is not ``away``/``entfernt``
(``clock up 26 miles``). Decisions and rules in detail: docs/claims.md.
"""

from __future__ import annotations

import itertools
import re
import warnings
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from geomap.claims._quantities import (
    Quantity,
    find_direction,
    find_quantities,
    lexicon,
    phrase_pattern,
)
from geomap.model import Claim, Document, Place, PlaceIndex, PlaceRef, Sentence, Stated, kinds_where

__all__ = [
    "MAX_QUANTITIES_CHECKED",
    "ClaimsLimitWarning",
    "Landing",
    "extract_claims",
    "find_landing",
    "place_ref",
]

# How far (characters) the syntax helpers look; they bound the work on long sentences.
_REF_GAP_CHARS = 48  # quantity (or direction) -> reference place
_REF_GAP_WORDS = 6
_PAIR_MARKER_CHARS = 48  # "N km voneinander entfernt", "N km apart"
_RANGE_WINDOW = 60  # a range word this close to the quantity makes it a range claim
_BETWEEN_WINDOW = 90
_CONTEXT_SENTENCES = 3  # how many sentences back subjects/origins are looked for
#: Numbers with a distance unit read per article (in sentences that have places to
#: measure between); later ones are not checked and :class:`ClaimsLimitWarning` says so.
#: A real article has a handful (the most in the dev corpus, LGL and GeoWebNews: 5); a text
#: with thousands is a table or a dump, and checking each would cost seconds.
#: docs/hardening.md, "Linear time".
MAX_QUANTITIES_CHECKED = 1_000


class ClaimsLimitWarning(UserWarning):
    """An article had more distances than :data:`MAX_QUANTITIES_CHECKED`: the rest
    were not checked."""


_CONVERSION_CHARS = 40  # "100 km (62 miles)": the parenthesis is a unit conversion
_CONVERSION_GAP = 3  # "100 km (62 miles)": at most this much between the two quantities
# A pronoun subject ("es liegt", "it is") is looked for this far back in the quantity's
# clause; a clause of news text is a few dozen words, and an unbounded look-back made a
# sentence of thousands of distances quadratic.
_PRONOUN_WINDOW_CHARS = 400
# How many places before a distance its subject is looked for among (a real sentence names
# a handful; the subject is right before the distance or an apposition away).
_MAX_PLACES_BACK = 32

# An insertion (apposition, parenthesis) opens right after a place and closes before the
# quantity: "Charkiw, die zweitgrößte Stadt der Ukraine, liegt", "Kharkiv (Ukraine) is".
_OPEN_INSERT = re.compile(r"\s{0,2}[,(–—]\s{0,2}[^,()–—]{0,60}$")
_CLOSE_INSERT = re.compile(r"^[^,()–—]{0,60}[,)–—]")
# German verb-final clause, then the distance as an apposition to the place:
# "... in Komsomolsk am Amur besichtigen, knapp 280 Kilometer nordöstlich von ..."
_VERB_COMMA = re.compile(r"(?:\s{1,3}[^\W\d_]{1,30}){1,2}\s{0,2},\s{0,2}")
_SUBJECT_COMMA = re.compile(r"\s{0,2}[,(–—]\s{0,2}[^,;:()\[\]\"“”„.!?]{0,40}")
# Kinds that contain places rather than being one; a claim is rarely said of them.
_AREA_KINDS = kinds_where("contains_places")
_CLAUSE_PUNCT = re.compile(r"[,;:.!?()\[\]\"“”„«»]")


@dataclass(frozen=True, slots=True)
class Landing:
    """What the text says about where a flying object came down, for checking a range claim.

    ``kind``: ``outside_eez`` (in the sea, outside country ``country_code``'s exclusive
    economic zone), ``inside_eez``, or ``sea`` (in the sea, nothing more).
    """

    kind: str
    country_code: str | None
    sentence: int
    text: str


@dataclass(frozen=True, slots=True)
class _Syntax:
    lang: str
    fillers: frozenset[str]
    relative: re.Pattern[str]
    pair_markers: re.Pattern[str]
    pair_verbs: re.Pattern[str]
    between: re.Pattern[str]
    pair_and: re.Pattern[str]
    route_from_before: re.Pattern[str]
    route_from_after: re.Pattern[str]
    route_to_before: re.Pattern[str]
    route_to_not: re.Pattern[str]
    range_words: re.Pattern[str]
    launch_words: re.Pattern[str]
    origin_before: re.Pattern[str]
    sea: re.Pattern[str]
    eez: re.Pattern[str]
    outside: re.Pattern[str]
    marker_words: frozenset[str]
    articles: frozenset[str]
    locative_before: re.Pattern[str]
    pronoun: re.Pattern[str]
    away_after: re.Pattern[str]
    attributive_away: re.Pattern[str]


def _words(pattern_phrases: list[str]) -> re.Pattern[str]:
    return re.compile(r"(?i)(?<![\w])" + phrase_pattern(pattern_phrases) + r"(?![\w])")


def _before(pattern_phrases: list[str]) -> re.Pattern[str]:
    """Matches when one of the phrases ends right before the end of the searched slice."""
    return re.compile(
        r"(?i)(?<![\w])"
        + phrase_pattern(pattern_phrases)
        + r"[\s\u00a0]{1,3}(?:\w{1,5}[\s\u00a0]{1,3})?$"
    )


@cache
def _syntax(lang: str) -> _Syntax:
    lex = lexicon(lang)["claims"]
    markers = set(lex["reference_markers"]) | set(lex["route_to"]) | set(lex["between"])
    marker_words = frozenset(w.casefold() for m in markers for w in m.split())
    return _Syntax(
        lang=lang,
        fillers=frozenset(w.casefold() for f in lex["fillers"] for w in re.findall(r"\w+", f)),
        relative=re.compile(
            r"(?i)[\s\u00a0]*[,(–-][\s\u00a0]*"
            + phrase_pattern(lex["relative_pronouns"])
            + r"(?![\w])"
        ),
        pair_markers=_words(lex["pair_markers"]),
        pair_verbs=_words(lex.get("pair_verbs", [])),
        between=_words(lex["between"]),
        pair_and=_words(lex["pair_and"]),
        route_from_before=re.compile(
            r"(?i)(?<![\w])"
            + phrase_pattern(lex["route_from"])
            + r"[\s\u00a0]{1,3}(?:\w{1,5}[\s\u00a0]{1,3})?$"
        ),
        route_from_after=re.compile(
            r"(?i)[\s\u00a0]{1,3}" + phrase_pattern(lex.get("route_from_after", [])) + r"(?![\w])"
        ),
        route_to_before=_before(lex["route_to"]),
        route_to_not=re.compile(
            r"(?i)(?<![\w])"
            + phrase_pattern(lex.get("route_to_not_after", []))
            + r"[\s\u00a0]{1,3}"
            + phrase_pattern(lex["route_to"])
            + r"[\s\u00a0]{1,3}(?:\w{1,5}[\s\u00a0]{1,3})?$"
        ),
        range_words=_words(lex["range_words"]),
        launch_words=_words(lex["launch_words"]),
        origin_before=_before(lex["origin_markers"]),
        sea=_words(lex["sea_words"]),
        eez=_words(lex["eez_words"]),
        outside=_words(lex["outside_words"]),
        marker_words=marker_words,
        articles=frozenset(
            w.casefold()
            for a in lex.get("articles", []) + lex.get("designators", [])
            for w in a.split()
        ),
        locative_before=re.compile(
            r"(?i)(?<![\w])" + phrase_pattern(lex.get("locatives", [])) + r"[\s\u00a0]{1,3}$"
        ),
        pronoun=_words(lex.get("pronoun_subjects", [])),
        attributive_away=re.compile(
            r"(?i)[\s\u00a0]{1,3}" + phrase_pattern(lex.get("attributive_away", [])) + r"(?![\w])"
        ),
        away_after=re.compile(
            r"(?i)[\s\u00a0,]{0,3}(?:\w{1,20}[\s\u00a0]{1,3}){0,2}"
            + phrase_pattern(lex.get("away_words", []))
            + r"(?![\w])"
        ),
    )


def _lang(doc: Document) -> str:
    return doc.language if doc.language in ("de", "en") else "en"


def place_ref(place: Place) -> PlaceRef:
    """The claim end a place stands for; derived borders/coasts and countries keep their
    geometry kind so verification measures to the line or polygon, not a centroid."""
    if place.relation in ("border", "coast"):
        geometry = place.relation
    elif place.kind == "country":
        geometry = "polygon"
    else:
        geometry = "point"
    cc = place.country_code or (place.related[0] if place.related else None)
    return PlaceRef(
        name=place.name or place.mention,
        kind=place.kind,
        id=place.id,
        lat=place.lat,
        lon=place.lon,
        geometry=geometry,
        country_code=cc,
        mention_start=place.start,
    )


def _is_point(p: Place) -> bool:
    """A place a distance can be measured from as a point: not a border/coast, a country
    or another area (admin regions are points in the gazetteer but rarely a claim's end)."""
    return p.relation is None and p.kind not in _AREA_KINDS


def _usable(places: Sequence[Place]) -> list[Place]:
    """Places that can end a claim: names and derived places, not bare adjectives
    (``russische`` alone is no location; a derived border covers ``the Polish border``).
    Overlaps keep the wider span (a derived border over the country name in it)."""
    cands = sorted((p for p in places if p.role != "adjective"), key=lambda p: (p.start, -p.end))
    out: list[Place] = []
    for p in cands:
        if out and p.start < out[-1].end:
            continue
        out.append(p)
    return out


def _gap_ok(gap: str, syn: _Syntax, *, need_marker: bool) -> bool:
    """The words between a distance and its reference: a few marker words, articles,
    designators (``capital``), fillers; no clause punctuation except a comma right before
    the place (``from the capital, Kyiv``)."""
    core = gap.rstrip()
    if core.endswith(","):
        core = core[:-1]
    if len(gap) > _REF_GAP_CHARS or _CLAUSE_PUNCT.search(core):
        return False
    words = re.findall(r"\w+", core.casefold())
    if len(words) > _REF_GAP_WORDS:
        return False
    # At most one word that is neither a marker, an article nor a filler ("from downtown
    # San Jose"): "26 miles in the pool at Cambridge" is no distance from Cambridge.
    known = syn.marker_words | syn.articles | syn.fillers
    if sum(w not in known for w in words) > 1:
        return False
    if not need_marker:
        return True
    return any(w in syn.marker_words for w in words)


def _skip_conversion(
    text: str, q: Quantity, qs: Sequence[Quantity], i: int, by_start: dict[int, list[int]]
) -> tuple[int, Quantity | None]:
    """``100 km (62 miles) north of``: the parenthesis converts units; return the offset
    after it and the converted quantity to skip.

    ``q`` is ``qs[i]``; ``by_start`` maps each start offset to the indexes of ``qs``
    starting there. The conversion starts at most :data:`_CONVERSION_GAP` characters after
    ``q``, so only those offsets are looked up (the first such quantity after ``q`` in
    ``qs`` order wins): constant work per quantity instead of a scan of all that follow."""
    after = q.direction_end or q.end
    near = sorted(
        k for s in range(after, after + _CONVERSION_GAP + 1) for k in by_start.get(s, ()) if k > i
    )
    for k in near:
        q2 = qs[k]
        close = text.find(")", q2.end, q2.end + _CONVERSION_CHARS)
        if text[after : q2.start].strip() in ("(", "[") and close >= 0:
            return close + 1, q2
    return after, None


@dataclass(frozen=True, slots=True)
class _Built:
    claim: Claim
    subject: Place | None
    reference: Place | None
    end: int


class _SentencePlaces(list):
    """The usable places of one sentence, in text order (they do not overlap, so their
    ends are in order too), with their offsets for bisection and the per-sentence facts
    every quantity of the sentence asks for (route and origin markers, coasts, a launch
    word), found once. A sentence of n places and m quantities costs n + m look-ups
    instead of n * m scans."""

    def __init__(self, places: Sequence[Place]) -> None:
        super().__init__(places)
        self.starts = [p.start for p in self]
        self.ends = [p.end for p in self]
        self._facts: dict[str, object] = {}

    def first_from(self, pos: int) -> Place | None:
        """The first place starting at or after ``pos``."""
        k = bisect_left(self.starts, pos)
        return self[k] if k < len(self) else None

    def first_after(self, pos: int) -> Place | None:
        """The first place starting after ``pos``."""
        k = bisect_right(self.starts, pos)
        return self[k] if k < len(self) else None

    def count_ending_by(self, pos: int) -> int:
        """How many places end at or before ``pos`` (they are the first ones)."""
        return bisect_right(self.ends, pos)

    def fact(self, name: str, compute):  # noqa: ANN001, ANN201 (a memo of any value)
        """``compute()`` once per sentence."""
        if name not in self._facts:
            self._facts[name] = compute()
        return self._facts[name]


class _Places:
    """The usable places of a document grouped by sentence, plus what the syntax helpers
    look up again and again (the dateline place, adjective spans, sentences by index),
    computed once so extraction stays linear in the document."""

    def __init__(self, doc: Document, places: Sequence[Place]) -> None:
        grouped: dict[int, list[Place]] = {}
        for p in _usable(places):
            grouped.setdefault(p.sentence, []).append(p)
        self._by_sentence = {k: _SentencePlaces(ps) for k, ps in grouped.items()}
        self._empty = _SentencePlaces(())
        self._previous: dict[int, list[Place]] = {}
        adj = sorted((p.start, p.end) for p in places if p.role == "adjective")
        self.adjectives = adj
        self._adjective_starts = [a for a, _ in adj]
        self.sentences = {s.index: s for s in doc.sentences}
        self.dateline = self._find_dateline(doc)
        self._text = doc.text
        self._clause_marks: dict[int, list[int]] = {}

    def clause_start(self, sent: Sentence, pos: int) -> int:
        """Where the clause holding ``pos`` starts: after the last clause punctuation of
        ``sent`` before ``pos``, else the sentence start. The punctuation offsets are
        found once per sentence, so asking for each quantity costs a bisection, not a
        rescan of the sentence from its start."""
        marks = self._clause_marks.get(sent.index)
        if marks is None:
            marks = [m.start() for m in _CLAUSE_PUNCT.finditer(self._text, sent.start, sent.end)]
            self._clause_marks[sent.index] = marks
        k = bisect_left(marks, pos)
        return marks[k - 1] + 1 if k > 0 else sent.start

    def get(self, index: int, default: list[Place] | None = None) -> _SentencePlaces:
        got = self._by_sentence.get(index)
        if got is not None:
            return got
        return _SentencePlaces(default) if default else self._empty

    def previous(self, index: int) -> list[Place]:
        """Places of the :data:`_CONTEXT_SENTENCES` sentences before ``index``, nearest
        first; built once per sentence (callers only read it)."""
        got = self._previous.get(index)
        if got is None:
            got = []
            for k in range(index - 1, max(-1, index - 1 - _CONTEXT_SENTENCES), -1):
                got.extend(reversed(self._by_sentence.get(k, ())))
            self._previous[index] = got
        return got

    def any_place_for(self, sent: Sentence) -> bool:
        """Some usable place a claim in ``sent`` could name: one of the sentence's own,
        of the previous sentences' (:meth:`previous`), or the dateline's."""
        return bool(
            self.dateline is not None
            or sent.index in self._by_sentence
            or self.previous(sent.index)
        )

    def adjectives_within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect_left(self._adjective_starts, lo)
        j = bisect_left(self._adjective_starts, hi)
        return [span for span in self.adjectives[i:j] if span[1] <= hi]

    def _find_dateline(self, doc: Document) -> Place | None:
        h = doc.header
        if h.dateline_start is None:
            return None
        for ps in self._by_sentence.values():
            for p in ps:
                if h.dateline_start <= p.start < (h.dateline_end or p.end):
                    return p
        return None


def extract_claims(doc: Document, places: Sequence[Place]) -> tuple[Claim, ...]:
    """Every distance claim in ``doc``, in text order. Never raises on odd text."""
    lang = _lang(doc)
    syn = _syntax(lang)
    by_sentence = _Places(doc, places)
    claims: list[Claim] = []
    budget = MAX_QUANTITIES_CHECKED
    over = False
    for sent in doc.sentences:
        if not by_sentence.any_place_for(sent):
            # every claim needs a subject or a reference, and both come from this
            # sentence's places, the previous sentences' or the dateline's: with none of
            # them the sentence's numbers cannot make a claim (decided once, not per number)
            continue
        # one more than the budget: the last one checked may be followed by its conversion
        qs = list(find_quantities(doc.text, lang, sent.start, sent.end, limit=budget + 1))
        checked = min(len(qs), budget)
        budget -= checked
        if len(qs) > checked:
            over = True
            if not checked:
                break
        skip: set[int] = set()
        prev: _Built | None = None
        by_start: dict[int, list[int]] = {}
        for i, q in enumerate(qs):
            by_start.setdefault(q.start, []).append(i)
        for i, q in enumerate(qs[:checked]):
            if q.start in skip:
                continue
            if q.measure != "distance":
                continue
            after, conv = _skip_conversion(doc.text, q, qs, i, by_start)
            if conv is not None:
                skip.add(conv.start)
                if q.direction is None:
                    d = find_direction(doc.text, after, lang)
                    if d is not None:
                        q = _with_direction(q, d)
                        after = d[1]
            built = _build(doc, sent, q, after, by_sentence, syn, prev)
            if built is None:
                continue
            claims.append(built.claim)
            prev = built
        if over:
            break
    if over:
        warnings.warn(
            f"{doc.path or '<input>'}: more than {MAX_QUANTITIES_CHECKED:,} distances; "
            f"only the first {MAX_QUANTITIES_CHECKED:,} were checked for claims",
            ClaimsLimitWarning,
            stacklevel=2,
        )
    return tuple(claims)


def _with_direction(q: Quantity, d: tuple[str, int]) -> Quantity:
    return Quantity(
        value=q.value,
        unit=q.unit,
        qualifier=q.qualifier,
        start=q.start,
        end=q.end,
        number_start=q.number_start,
        text=q.text,
        direction=d[0],
        direction_end=d[1],
        measure=q.measure,
        attributive=q.attributive,
    )


def _in_sentence(by_sentence: _Places, sent: Sentence) -> _SentencePlaces:
    return by_sentence.get(sent.index)


def _previous_places(doc: Document, by_sentence: _Places, sent: Sentence) -> list[Place]:
    """Places of the previous sentences, nearest first (shared: do not modify)."""
    return by_sentence.previous(sent.index)


def _dateline_place(doc: Document, by_sentence: _Places) -> Place | None:
    return by_sentence.dateline


def _blank_adjectives(text: str, lo: int, hi: int, adjectives: Sequence[tuple[int, int]]) -> str:
    """``text[lo:hi]`` with adjective mentions (``Ukrainian``, ``russischen``) replaced by
    spaces: between a marker and its place they only modify it."""
    gap = text[lo:hi]
    for a, b in adjectives:
        if lo <= a and b <= hi:
            gap = gap[: a - lo] + " " * (b - a) + gap[b - lo :]
    return gap


def _find_reference(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    in_sent: _SentencePlaces,
    syn: _Syntax,
    by_sentence: _Places,
) -> Place | None:
    p = in_sent.first_from(after)
    if p is not None:
        if p.start - after > _REF_GAP_CHARS:
            return None  # what _gap_ok says of so long a gap, without copying it
        gap = _blank_adjectives(
            doc.text, after, p.start, by_sentence.adjectives_within(after, p.start)
        )
        # Right after a direction a genitive needs no marker: "nördlich der Grenze".
        if not _gap_ok(gap, syn, need_marker=q.direction is None or q.direction_end != after):
            return None
        return _head_of(doc, p, in_sent)
    return None


def _head_of(doc: Document, p: Place, in_sent: _SentencePlaces) -> Place:
    """``the Sri Lankan capital Colombo``, ``der russischen Hauptstadt Moskau``, ``Japan's
    west coast``: a country right before a point place or its own border/coast (a few
    words, no punctuation) only modifies it."""
    if p.kind != "country" or p.relation is not None:
        return p
    nxt = in_sent.first_from(p.end)
    if nxt is None:
        return p
    # "Japan's west coast", "Russia's border": the derived place is what is meant
    derived_of_p = nxt.relation is not None and p.country_code in nxt.related
    if not (_is_point(nxt) or derived_of_p):
        return p
    gap = doc.text[p.end : nxt.start]
    if len(gap) <= 30 and not _CLAUSE_PUNCT.search(gap) and len(gap.split()) <= 3:
        return nxt
    return p


def _between_places(
    doc: Document, q: Quantity, in_sent: _SentencePlaces, syn: _Syntax
) -> tuple[Place, Place] | None:
    """``zwischen X und Y`` / ``between X and Y`` near the quantity."""
    text = doc.text
    lo = max(0, q.start - _BETWEEN_WINDOW)
    hi = min(len(text), q.end + _BETWEEN_WINDOW)
    for m in syn.between.finditer(text, lo, hi):
        first = in_sent.first_from(m.end())
        if first is None or first.start - m.end() > 12:
            continue
        second = in_sent.first_after(first.end)
        if second is None:
            continue
        joint = text[first.end : second.start]
        if len(joint) <= 12 and syn.pair_and.search(joint):
            return first, second
    return None


def _pair_marked(doc: Document, q: Quantity, after: int, sent: Sentence, syn: _Syntax) -> bool:
    """``N km voneinander``/``N km apart`` after the distance, or a pair verb on either side
    in the same clause (``X und Y trennen N km``, ``N miles separate X and Y``)."""
    window = doc.text[after : min(sent.end, after + _PAIR_MARKER_CHARS)]
    m = syn.pair_markers.search(window)
    if m is not None and not _CLAUSE_PUNCT.search(window[: m.start()]):
        return True
    m = syn.pair_verbs.search(window)
    if m is not None and not _CLAUSE_PUNCT.search(window[: m.start()]):
        return True
    lo = max(sent.start, q.start - _PAIR_MARKER_CHARS)
    before = doc.text[lo : q.start]
    verbs = list(syn.pair_verbs.finditer(before))
    last = verbs[-1] if verbs else None
    return last is not None and not _CLAUSE_PUNCT.search(before[last.end() :])


def _is_range(doc: Document, q: Quantity, sent: Sentence, syn: _Syntax) -> bool:
    lo = max(sent.start, q.start - _RANGE_WINDOW)
    hi = min(sent.end, (q.direction_end or q.end) + _RANGE_WINDOW)
    return syn.range_words.search(doc.text, lo, hi) is not None


def _preceded_by(doc: Document, p: Place, pattern: re.Pattern[str]) -> bool:
    return pattern.search(doc.text, max(0, p.start - 24), p.start) is not None


def _range_origin(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    syn: _Syntax,
) -> Place | None:
    """Where a flight started: ``von X (aus)``/``from X`` in the sentence, a derived coast
    nearby, the place in the nearest sentence that reports a launch, a place before the
    quantity. What does not depend on the quantity is found once per sentence."""
    origin = in_sent.fact(
        "origin",
        lambda: next((p for p in in_sent if _preceded_by(doc, p, syn.origin_before)), None),
    )
    if origin is not None:
        return origin
    n_before = in_sent.count_ending_by(q.start)
    coasts = in_sent.fact(
        "coasts", lambda: [k for k, p in enumerate(in_sent) if p.relation == "coast"]
    )
    k_coast = bisect_left(coasts, n_before)  # the coasts before the quantity: coasts[:k_coast]
    if k_coast:
        return in_sent[coasts[k_coast - 1]]
    for p in _previous_places(doc, by_sentence, sent):
        if p.relation == "coast":
            return p
    for k in range(sent.index, max(-1, sent.index - 1 - _CONTEXT_SENTENCES), -1):
        s = by_sentence.sentences.get(k)
        ps = by_sentence.get(k)
        if s is None or not ps:
            continue  # a sentence without places has no origin to give
        if not ps.fact("launch", lambda s=s: syn.launch_words.search(doc.text, s.start, s.end)):
            continue
        named = ps.fact("first_resolved", lambda ps=ps: next((p for p in ps if p.resolved), None))
        # in the quantity's own sentence only a place before it counts (ends are in order)
        if named is not None and (k != sent.index or named.end <= q.start):
            return named
    return in_sent[n_before - 1] if n_before else None


def _route_ends(
    doc: Document, q: Quantity, in_sent: _SentencePlaces, syn: _Syntax
) -> tuple[Place | None, Place | None]:
    """``Von X aus ... bis nach Y`` / ``from X to Y``: the places after a from-marker (before
    the quantity, or followed by ``aus``) and after a to-marker.

    The markers are read once per sentence: the to-place is the first place after a
    to-marker; the from-place the first other place followed by ``aus`` or, if it ends
    before the quantity, after a from-marker (ends are in order, so only the first
    place after a from-marker can)."""
    route_to, after_aus, after_from = in_sent.fact("route", lambda: _route_marks(doc, in_sent, syn))
    route_from = after_aus
    if (
        after_from is not None
        and after_from.end <= q.start
        and (route_from is None or after_from.start < route_from.start)
    ):
        route_from = after_from
    return route_from, route_to


def _route_marks(
    doc: Document, in_sent: Sequence[Place], syn: _Syntax
) -> tuple[Place | None, Place | None, Place | None]:
    """The first place after a to-marker; of the others, the first followed by a
    from-marker (``aus``) and the first after a from-marker."""
    route_to = next(
        (
            p
            for p in in_sent
            if _preceded_by(doc, p, syn.route_to_before)
            and not _preceded_by(doc, p, syn.route_to_not)
        ),
        None,
    )
    others = [p for p in in_sent if p is not route_to]
    after_aus = next((p for p in others if syn.route_from_after.match(doc.text, p.end)), None)
    after_from = next((p for p in others if _preceded_by(doc, p, syn.route_from_before)), None)
    return route_to, after_aus, after_from


def _attributive_away(
    doc: Document, q: Quantity, after: int, in_sent: _SentencePlaces, syn: _Syntax
) -> Place | None:
    """``im 30 Kilometer entfernten Potsdam``: the place the distance is attributed to."""
    m = syn.attributive_away.match(doc.text, after)
    if m is None:
        return None
    nxt = in_sent.first_from(m.end())
    if nxt is None:
        return None
    gap = doc.text[m.end() : nxt.start]
    if len(gap) > 30 or len(gap.split()) > 3 or _CLAUSE_PUNCT.search(gap):
        return None
    return nxt


def _implicit_reference(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    subject: Place,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
) -> Place | None:
    """The place a text was just at: the nearest point before the quantity in the
    sentence (looking back over at most :data:`_MAX_PLACES_BACK` places), else in the
    previous sentences, else the dateline."""
    n_before = in_sent.count_ending_by(q.start)
    for k in range(n_before - 1, max(-1, n_before - 1 - _MAX_PLACES_BACK), -1):
        p = in_sent[k]
        if _is_point(p) and p.id != subject.id:
            return p
    for p in _previous_places(doc, by_sentence, sent):
        if _is_point(p) and p.resolved and p.id != subject.id:
            return p
    d = _dateline_place(doc, by_sentence)
    return d if d is not None and d.id != subject.id else None


def _is_area(p: Place) -> bool:
    return p.relation is None and p.kind in _AREA_KINDS


def _subject_before(
    text: str, in_sent: _SentencePlaces, limit: int, reference: Place | None
) -> Place | None:
    """The place before the distance that it is said of, in the same clause.

    Only the :data:`_MAX_PLACES_BACK` places before the distance are considered: the
    subject and the apposition walk below sit right before it, and an unbounded list
    made a sentence of many places and many distances quadratic."""
    n_before = in_sent.count_ending_by(limit)
    cands = [
        p for p in in_sent[max(0, n_before - _MAX_PLACES_BACK) : n_before] if p is not reference
    ]
    # The country a point reference lies in is not what lies N km from it ("U.S. 79,
    # 2 miles east of Palestine" names a road, not the country).
    if reference is not None and _is_point(reference) and reference.country_code:
        cands = [
            p
            for p in cands
            if not (p.kind == "country" and p.country_code == reference.country_code)
        ]
    if not cands:
        return None
    # Apposition: "Charkiw, die zweitgrößte Stadt der Ukraine, liegt ...": a place inside
    # an insertion that opens right after an earlier place stands for that place.
    k = len(cands) - 1
    settled = False
    while k >= 1:
        inner, outer = cands[k], cands[k - 1]
        if _OPEN_INSERT.match(text[outer.end : inner.start]) and _CLOSE_INSERT.search(
            text[inner.end : limit]
        ):
            k -= 1
            settled = True
            continue
        break
    best = cands[k]
    # Container: an area right after a point place ("Daegu (Südkorea)", "Daegu in
    # South Korea", "Akuressa, in Matara district") is where it is, not the subject.
    if k >= 1 and _is_area(best) and _is_point(cands[k - 1]):
        inner = cands[k - 1]
        same_country = best.country_code is None or inner.country_code in (None, best.country_code)
        if len(text[inner.end : best.start]) <= 8 and same_country:
            return inner
    if settled:
        return best
    # Same clause: nothing but words between subject and distance, or a comma right after
    # the subject ("Swanton, about 20 miles west of Toledo", "Kiel, das rund ...").
    gap = text[best.end : limit]
    if not _CLAUSE_PUNCT.search(gap) or _SUBJECT_COMMA.fullmatch(gap) or _VERB_COMMA.fullmatch(gap):
        return best
    return None


def _build(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    after: int,
    by_sentence: _Places,
    syn: _Syntax,
    prev: _Built | None,
) -> _Built | None:
    text = doc.text
    in_sent = _in_sentence(by_sentence, sent)
    subject: Place | None = None
    reference: Place | None = None
    form = "point"
    end = after

    between = _between_places(doc, q, in_sent, syn)
    reference = _find_reference(doc, sent, q, after, in_sent, syn, by_sentence)
    route_from, route_to = _route_ends(doc, q, in_sent, syn)
    is_route = (
        route_to is not None
        and (route_from is None or route_from.start < route_to.start)
        and (reference is None or reference is route_to)
    )
    if between is not None:
        subject, reference = between
        form = "pair"
        end = max(end, reference.end) if reference.start >= q.start else end
    elif is_route and (route_from is not None or not _is_range(doc, q, sent, syn)):
        # "from X to Y": a journey with both ends is a route even when it is flown
        form = "route"
        reference = route_to
        subject = route_from or _pick_subject(
            doc, sent, q, reference, in_sent, by_sentence, syn, prev, implicit=True
        )
        if reference is not None and reference.start >= after:
            end = reference.end
    elif _is_range(doc, q, sent, syn):
        subject = _range_origin(doc, sent, q, in_sent, by_sentence, syn)
        reference = None
        form = "range"
    elif (attrib := _attributive_away(doc, q, after, in_sent, syn)) is not None:
        # "ins 60 Kilometer entfernte München": München is N km from where the text just was
        subject = attrib
        end = attrib.end
        reference = _implicit_reference(doc, sent, q, attrib, in_sent, by_sentence)
    elif _pair_marked(doc, q, after, sent, syn):
        reference = None
        n_before = in_sent.count_ending_by(q.start)
        before = in_sent[max(0, n_before - 2) : n_before]  # only the last two are used
        if len(before) < 2:
            # "Nur 300 Kilometer trennen Seoul und Busan"
            k = bisect_left(in_sent.starts, q.end)
            after_q = in_sent[k : k + 2]
            if len(after_q) == 2 and not _CLAUSE_PUNCT.search(text[q.end : after_q[1].start]):
                before = after_q
        if len(before) < 2:
            points = list(
                itertools.islice(
                    (p for p in _previous_places(doc, by_sentence, sent) if _is_point(p)), 2
                )
            )
            before = list(reversed(points)) if len(points) >= 2 else before
        if len(before) >= 2:
            subject, reference = before[-2], before[-1]
        form = "pair"
    else:
        if reference is not None:
            end = reference.end
            if reference.relation == "border":
                form = "border"
            elif reference.relation == "coast":
                form = "coast"
        subject = _pick_subject(doc, sent, q, reference, in_sent, by_sentence, syn, prev)
    if subject is not None and reference is not None and subject is reference:
        subject = None
    if subject is None and reference is None:
        return None  # a distance with no place at all ("the entire 1,500 miles")
    if q.attributive and form not in ("pair", "route"):
        return None  # "the 123-mile western portion": a length, unless between/from-to
    if (
        form in ("point", "border", "coast")
        and reference is None
        and syn.away_after.match(text, after) is None
    ):
        return None  # "clock up 26 miles": a distance travelled, not one between places
    claim = Claim(
        text=text[q.start : end],
        sentence=sent.index,
        start=q.start,
        end=end,
        stated=Stated(value=q.value, unit=q.unit, qualifier=q.qualifier, text=q.text),
        stated_km=q.km,
        form=form,
        direction=q.direction,
        subject=place_ref(subject) if subject is not None else None,
        reference=place_ref(reference) if reference is not None else None,
        explanation=_missing_reason(form, subject, reference),
    )
    return _Built(claim=claim, subject=subject, reference=reference, end=end)


def _pick_subject(
    doc: Document,
    sent: Sentence,
    q: Quantity,
    reference: Place | None,
    in_sent: _SentencePlaces,
    by_sentence: _Places,
    syn: _Syntax,
    prev: _Built | None,
    *,
    implicit: bool = False,
) -> Place | None:
    """The subject of a point/border/coast/route claim (see the module docstring).

    The previous sentences and the dateline are used only when the clause names its
    subject by a pronoun (``es``, ``it``, ``the city``) or when ``implicit`` (a route
    with an unnamed start: ``Bis München sind es ...``)."""
    text = doc.text
    if prev is not None:
        # a place between the previous claim and this quantity (ends follow starts)
        first = in_sent.first_from(prev.end)
        if first is None or first.end > q.start:
            if (
                syn.relative.match(text, prev.end)
                and prev.reference is not None
                and _is_point(prev.reference)
            ):
                return prev.reference
            # coordinated: "six miles north-east of X and 30 miles south-east of Y" keeps
            # the previous subject, even an unnamed one
            return prev.subject
    subject = _subject_before(text, in_sent, q.start, reference)
    if subject is not None:
        return subject
    if reference is not None:
        # "Rund 30 Kilometer von Berlin entfernt liegt Potsdam."
        nxt = in_sent.first_from(reference.end)
        if nxt is not None and nxt.relation is None:
            gap = text[reference.end : nxt.start]
            if (
                len(gap.split()) <= 4
                and not _CLAUSE_PUNCT.search(gap)
                and not syn.locative_before.search(gap)
            ):
                return nxt
    clause_lo = max(by_sentence.clause_start(sent, q.start), q.start - _PRONOUN_WINDOW_CHARS)
    if not implicit and syn.pronoun.search(text, clause_lo, q.start) is None:
        return None
    for p in _previous_places(doc, by_sentence, sent):
        if _is_point(p) and p.resolved and p is not reference:
            return p
    d = _dateline_place(doc, by_sentence)
    return d if d is not reference else None


def _missing_reason(form: str, subject: Place | None, reference: Place | None) -> str:
    if form == "range":
        return "" if subject is not None else "No launch origin was found for this range."
    if subject is None and reference is None:
        return "Neither end of the distance was found in the text."
    if subject is None:
        return "The place this distance is measured from was not found."
    if reference is None:
        return "The place this distance is measured to was not found."
    return ""


def find_landing(
    doc: Document, claim: Claim, places: Sequence[Place], *, index: PlaceIndex | None = None
) -> Landing | None:
    """What the article says about where the object of a range claim came down, looking at
    the claim's sentence and the next few: in the sea, outside or inside some country's
    exclusive economic zone. ``None`` when it says nothing usable. ``index`` is the places
    grouped by sentence, built once by the caller that checks many claims."""
    index = index if index is not None else PlaceIndex.of(places)
    syn = _syntax(_lang(doc))
    text = doc.text
    found: Landing | None = None
    for s in _sentence_window(doc, claim.sentence, _CONTEXT_SENTENCES):
        eez = syn.eez.search(text, s.start, s.end)
        if eez is not None:
            window_lo = max(s.start, eez.start() - 40)
            outside = syn.outside.search(text, window_lo, eez.start())
            cc = _eez_country(doc, s, eez.start(), eez.end(), index)
            kind = "outside_eez" if outside is not None else "inside_eez"
            return Landing(kind=kind, country_code=cc, sentence=s.index, text=s.text.strip())
        if found is None and syn.sea.search(text, s.start, s.end) is not None:
            found = Landing(kind="sea", country_code=None, sentence=s.index, text=s.text.strip())
    return found


def _sentence_window(doc: Document, index: int, following: int) -> Sequence[Sentence]:
    """Sentence ``index`` and the ``following`` ones, without scanning the document
    (sentences are stored in order, normally with ``index`` equal to their position)."""
    sents = doc.sentences
    if 0 <= index < len(sents) and sents[index].index == index:
        pos = index
    else:
        found = next((i for i, s in enumerate(sents) if s.index == index), None)
        if found is None:
            return ()
        pos = found
    return sents[pos : pos + following + 1]


def _eez_country(doc: Document, s: Sentence, lo: int, hi: int, index: PlaceIndex) -> str | None:
    """The country whose zone it is: the nearest country mention (or adjective) to the EEZ
    words in the sentence (``AWZ Japans``, ``Japan's EEZ``, ``the Japanese EEZ``)."""
    best: tuple[int, str] | None = None
    for p in index.in_sentence(s.index):
        if not p.country_code:
            continue
        if p.kind != "country" and p.role != "adjective":
            continue
        dist = p.start - hi if p.start >= hi else lo - p.end
        if dist < 0:
            dist = 0
        if dist <= 40 and (best is None or dist < best[0]):
            best = (dist, p.country_code)
    return best[1] if best else None
