"""Events: what one document's reading shares.

``_Raw`` is an event while it is being built (frozen into an Event at the end); ``_State``
is what the clause loop shares (inputs, events found so far, remembered time phrases);
``_Words`` is which words of the document are triggers, titles and verbs of saying.
Separate so that every capability above can read and annotate them without importing the
loop that fills them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from geomap.events._sentences import _Clause
from geomap.events._timeexpr import TimeSpan, TimeValue, find_times, resolve_time
from geomap.events._vocabulary import _NEIGHBOURS, _Lexicon
from geomap.model import Document, Place, Sentence
from geomap.text import Token

# ---------------------------------------------------------------------------------------
# persons


@dataclass(frozen=True)
class _Words:
    """Which of a document's words are triggers, titles and verbs of saying: each distinct
    word is tried against the patterns once, every token is then one set look-up.
    ``titles`` and ``says`` are (tokens of the clause, index) in text order; a title counts
    only capitalised where nouns are."""

    triggers: frozenset[str]
    titles: tuple[tuple[tuple[Token, ...], int], ...]
    says: tuple[tuple[tuple[Token, ...], int], ...]


def _person(tok: Token, registry: dict[str, str]) -> str | None:
    if tok.text in registry:
        return registry[tok.text]
    if tok.text.endswith("s") and tok.text[:-1] in registry:  # German genitive "Putins"
        return registry[tok.text[:-1]]
    return None


# ---------------------------------------------------------------------------------------
# one clause


@dataclass
class _Raw:
    """An event while it is being built (mutable; frozen into an Event at the end)."""

    type: str
    trigger: str
    pos: str
    clause: _Clause
    actors: list[str]
    own_actors: bool
    place: Place | None
    outside: bool
    time: TimeValue | None
    time_ref_type: str | None
    references: list[str]
    quantity: str | None
    reported: bool
    last_sentence: int
    date: str | None = None
    date_text: str | None = None
    date_precision: str | None = None
    rel_kind: str | None = None  # "before" | "after"
    rel_to: _Raw | None = None
    inherited_from: _Raw | None = None  # the event whose day this one shares
    # the sentence's only time dates a verb of saying after the event ("..., police said on
    # Thursday"): the event's own day is not given and is not taken from elsewhere either
    dated_by_saying: bool = False
    # reported in the perfect subjunctive with no time in its sentence ("sagte, fünf
    # Verdächtige seien festgenommen worden"): the day of an event of another kind before it
    # is not its day; one of the same kind and sub-kind (or type, ``[clauses]
    # reported_detail_types``) it details ("Ein Stollen sei eingestürzt" after
    # a mine accident) still lends its day
    reported_earlier: bool = False
    # (offset, day) of the latest day named just before the clause, in its paragraph: what
    # "the same day" and "two days later" count from when no event was made of it
    near_day: tuple[int, str] | None = None
    sub_kind: str | None = None
    place_method: str | None = None
    targeted: bool = False  # a launch that named only where it aimed
    interval: tuple[str, str] | None = None
    amounts: dict[str, float] = field(default_factory=dict)
    countries: frozenset[str] = frozenset()  # of the places named in the clause
    # the one country the clause names ("Tonga's prime minister declared ..."), if one
    country: Place | None = None
    trigger_span: tuple[int, int] | None = None
    # a speech act (_speech_act), kept with a time of its own when no place follows it
    speech_act: bool = False
    # the country that launched, as the clause's subject ("North Korea fired"): where a
    # launch whose site the text never gives happened (_carry_places)
    launcher: Place | None = None
    # the compass part of its place the clause names ("in southern X"): (point, lat, lon)
    part: tuple[str, float, float] | None = None
    # told in a relative clause in the past perfect (_split_relative): an earlier event
    # in passing, not the one "hours earlier" or "the next day" counts from
    aside: bool = False
    # its locative phrase puts it by its town, not in it (_said_near): precision "near"
    near: bool = False


_WORD = re.compile(r"[\w-]+")


# the most time phrases one document's readers remember resolved (_State.time_value)
_TIME_MEMO_SIZE = 1024


@dataclass
class _State:
    """What the clause loop shares: inputs, and the events found so far."""

    doc: Document
    lex: _Lexicon
    places: list[Place]
    clauses: list[_Clause]
    registry: dict[str, str]
    anchor: date | None
    precision: str | None
    raws: list[_Raw] = field(default_factory=list)
    weak: list[_Raw] = field(default_factory=list)
    place_starts: list[int] = field(default_factory=list)
    _mentions: list[tuple[int, str]] | None = None
    _position: dict[int, int] = field(default_factory=dict)
    _starts: list[int] = field(default_factory=list)
    # the (type, sub-kind) of the events found so far: "the trial" after "charged" is new
    types: set[tuple[str, str | None]] = field(default_factory=set)
    sentences_with_event: set[int] = field(default_factory=set)
    times: dict[int, tuple[TimeSpan, ...]] = field(default_factory=dict)
    # sentence index -> whether it tells a happening on a day of its own (_told_on_its_day)
    own_days: dict[int, bool] = field(default_factory=dict)
    dateline: tuple[int, int] | None = None
    words: _Words | None = None
    # id(place) -> was it named only as people's origin or someone's base (_no_scene)
    origins: dict[int, bool] = field(default_factory=dict)
    # time phrase -> its value against the document's anchor (time_value)
    time_values: dict[tuple[str, str], TimeValue] = field(default_factory=dict)
    # the dateline town's country (_home_country): set once per document, before the
    # clause loop, since every clause with a trigger asks it and the answer never changes
    home_cc: str | None = None
    # sentence index -> its clauses (sentence_clauses), built on the first question
    _by_sentence: dict[int, list[_Clause]] | None = None
    # the longest place's length in characters (covers), found on the first question
    _longest_place: int | None = None
    # (an event list, its length when indexed, its events by sentence index)
    # (raws_of_sentence)
    _raws_index: tuple[Sequence[_Raw], int, dict[int, list[_Raw]]] | None = None
    # (the first event, how many events were read, whether one happened at the dateline
    # city): _carry._story_scene resumes where it stopped, so the carry stays linear
    dateline_scan: tuple[_Raw, int, bool] | None = None
    # the lede sentence's first town (_carry._lede_town), found on the first question
    lede_town: tuple[Place | None] | None = None

    def time_value(self, phrase: str, lang: str | None = None) -> TimeValue:
        """:func:`resolve_time` of a time phrase against the document's anchor and precision,
        remembered for the document: the same short phrase (``on Monday``, ``last week``)
        is resolved by several readers of a clause and its neighbours, and each resolution
        rescans the phrase for time expressions. Bounded (``_TIME_MEMO_SIZE`` phrases, then
        started afresh); the value depends on nothing else that changes within a document.
        ``lang`` defaults to the document's language."""
        key = (phrase, self.doc.language if lang is None else lang)
        got = self.time_values.get(key)
        if got is None:
            got = resolve_time(phrase, key[1], self.anchor, self.precision)
            if len(self.time_values) >= _TIME_MEMO_SIZE:
                self.time_values.clear()
            self.time_values[key] = got
        return got

    def person_mentions(self) -> list[tuple[int, str]]:
        """(offset, full name) of every person mention, in text order."""
        if self._mentions is None:
            # the words _person answers for (a name, or its German genitive with "s"): one
            # set test per token instead of a call
            names = self.registry.keys() | {f"{k}s" for k in self.registry}
            self._mentions = [
                (tok.start, person)
                for clause in self.clauses
                if not names.isdisjoint(clause.words)
                for tok in clause.tokens
                if tok.text in names and (person := _person(tok, self.registry))
            ]
        return self._mentions

    def neighbours(self, clause: _Clause) -> list[_Clause]:
        """The other clauses of the clause's sentence, at most three clauses away."""
        if not self._position:
            self._position = {id(c): i for i, c in enumerate(self.clauses)}
        i = self._position.get(id(clause))
        if i is None:  # a part of a coordinated clause: look around its sentence
            if not self._starts:
                self._starts = [c.start for c in self.clauses]
            i = bisect.bisect_right(self._starts, clause.start) - 1
        near = self.clauses[max(0, i - _NEIGHBOURS) : i + _NEIGHBOURS + 1]
        return [
            c for c in near if c.sentence.index == clause.sentence.index and c.start != clause.start
        ]

    def sentence_clauses(self, index: int) -> list[_Clause]:
        """The clauses of the sentence ``index``, in order (indexed once per document: a
        rule that asks it per event would otherwise pass over every clause of the text)."""
        if self._by_sentence is None:
            self._by_sentence = {}
            for c in self.clauses:
                self._by_sentence.setdefault(c.sentence.index, []).append(c)
        return self._by_sentence.get(index, [])

    def raws_of_sentence(self, raws: Sequence[_Raw], index: int) -> list[_Raw]:
        """The events of ``raws`` told in the sentence ``index``, in their order. Indexed
        once per list (and again if it has grown): the carry asks it per event, and a pass
        over every event each time made a text of many events quadratic."""
        held = self._raws_index
        if held is None or held[0] is not raws or held[1] != len(raws):
            by: dict[int, list[_Raw]] = {}
            for o in raws:
                by.setdefault(o.clause.sentence.index, []).append(o)
            held = self._raws_index = (raws, len(raws), by)
        return held[2].get(index, [])

    def covers(self, offset: int) -> bool:
        """Does a place span ``offset`` (``start <= offset < end``)? Only the places that
        start within the longest place's length before it can: looked up by bisection, not
        by a pass over every place of the text (asked per word by some rules)."""
        if self._longest_place is None:
            self._longest_place = max((p.end - p.start for p in self.places), default=0)
        near = self.places_between(offset - self._longest_place, offset + 1)
        return any(p.start <= offset < p.end for p in near)

    def places_between(self, start: int, end: int) -> list[Place]:
        """The places that start in ``[start, end)`` (``places`` is sorted by start)."""
        if not self.place_starts and self.places:
            self.place_starts = [p.start for p in self.places]
        lo = bisect.bisect_left(self.place_starts, start)
        hi = bisect.bisect_left(self.place_starts, end)
        return self.places[lo:hi]

    def told_on_its_day(self, index: int) -> bool:
        """Does sentence ``index`` hold a time of its own (not the dateline's) and is not
        told in the past perfect (``[places] flashback_auxiliaries``, ``[clauses]
        pluperfect_ends``)? It then tells a happening of the story's line, whether or not
        an event was read from it (``On Tuesday mourners gathered in B for a funeral``), so
        a later back reference may mean its town (_story_scenes; session 24)."""
        if index not in self.own_days:
            sent = self.doc.sentences[index]
            folds = set(_WORD.findall(sent.text.casefold()))
            self.own_days[index] = bool(self.sentence_times(sent)) and not (
                folds & self.lex.flashback_auxiliaries
                or any(set(ends) <= folds for ends in self.lex.pluperfect_ends)
            )
        return self.own_days[index]

    def sentence_times(self, sent: Sentence) -> tuple[TimeSpan, ...]:
        """The sentence's time expressions, without the dateline's date (the day the report
        was filed, not the day of an event: it anchors, it does not date)."""
        if sent.index not in self.times:
            line_end = self.dateline[1] if self.dateline else -1
            self.times[sent.index] = tuple(
                TimeSpan(s.start + sent.start, s.end + sent.start, s.text, s.kind)
                for s in find_times(sent.text, self.doc.language)
                if s.start + sent.start >= line_end
                and not (
                    s.kind == "month"
                    and self._runs_into_name(s.start + sent.start, s.end + sent.start)
                )
            )
        return self.times[sent.index]

    def _runs_into_name(self, start: int, end: int) -> bool:
        """Does a time expression end inside a place name that begins within it and runs on
        after it (``Police in June Lake said``: ``in June`` is the start of the town's name)?
        Then its words are the name's, not a date: a resolved name of the geoparser's
        beats a month read from its first word. Asked of a bare month only: an event's
        relative phrase may end inside a name and still date (``a day after a storm
        flattened crops across Entre Ríos``)."""
        return any(
            p.resolved and p.role == "name" and start < p.start < end < p.end
            for p in self.places_between(start, end)
        )
