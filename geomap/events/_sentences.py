"""Events: the sentences and clauses a document is read in.

Cuts a sentence into clauses (at commas, coordinators, relative pronouns, appositions),
marks quoted spans and paragraph starts and tells headings from text. It is separate because
it knows words only as the lexicon's word classes, not events: every rule above it reads one
:class:`_Clause` at a time.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Collection, Sequence, Set
from dataclasses import dataclass, field, replace
from functools import cache

from geomap.events._timeexpr import earlier_auxiliaries, find_times, weekday_names
from geomap.events._vocabulary import (
    _MAX_CLAUSE_TOKENS,
    _NON_LETTERS,
    _QUOTE_OR_BREAK,
    _QUOTED_NAME,
    _QUOTES,
    _TEXT,
    _Once,
    _participle_copula_end,
)
from geomap.model import Document, Place, Sentence
from geomap.text import (
    ClauseKind,
    NounPhrase,
    SentenceStructure,
    Token,
    parse_sentence,
    tokenize,
    unit_starts,
    unit_words,
    word_units,
)

# ---------------------------------------------------------------------------------------
# text structure


@dataclass(frozen=True, slots=True)
class _Reading:
    """One clause's words as the readers test them, shared instead of each reader walking
    the clause's words again: ``folds`` the case-folded text of each word unit, in order
    (``fold`` of :attr:`_Clause.tokens`, position for position), ``fold_set`` the same as a
    set for membership and disjointness tests in C. Built from :attr:`_Clause.words`, so
    a reader asking it on a clause whose tokens were never built builds none."""

    folds: tuple[str, ...]
    fold_set: frozenset[str]


@dataclass(frozen=True, init=False)
class _Clause:
    """A clause of a sentence. Its word units (``tokens``) are built when first read: the
    prefilters test ``words`` (their texts, split in C), and most clauses hold no trigger,
    title, verb of saying or name and are never read further."""

    sentence: Sentence
    start: int
    end: int
    words: tuple[str, ...]  # the text of each word unit, in order
    paragraph: int
    structures: _Structures | None = field(default=None, repr=False, compare=False)
    # the words of the coordinated parts before this one: their subject is this part's
    # too ("demonstrators blocked a highway and clashed with police")
    before: tuple[Token, ...] = field(default=(), repr=False, compare=False)
    text: str = field(default="", repr=False, compare=False)  # the document's text
    quotes: _Spans | None = field(default=None, repr=False, compare=False)
    built: tuple[Token, ...] | None = field(default=None, repr=False, compare=False)
    known_quoted: bool | None = field(default=None, repr=False, compare=False)

    def __init__(
        self,
        sentence: Sentence,
        start: int,
        end: int,
        words: tuple[str, ...],
        paragraph: int,
        structures: _Structures | None = None,
        before: tuple[Token, ...] = (),
        text: str = "",
        quotes: _Spans | None = None,
        built: tuple[Token, ...] | None = None,
        known_quoted: bool | None = None,
    ) -> None:
        # the fields in one step (the frozen class's own __init__ sets each through
        # object.__setattr__: a document has thousands of clauses, most never read)
        object.__setattr__(
            self,
            "__dict__",
            {
                "sentence": sentence,
                "start": start,
                "end": end,
                "words": words,
                "paragraph": paragraph,
                "structures": structures,
                "before": before,
                "text": text,
                "quotes": quotes,
                "built": built,
                "known_quoted": known_quoted,
            },
        )

    @_Once
    def reading(self) -> _Reading:
        """What the readers ask of the clause's words, worked out once when first asked
        (:class:`_Reading`): from ``words`` alone, so asking it builds no tokens."""
        folds = tuple(map(str.casefold, self.words))
        return _Reading(folds, frozenset(folds))

    @_Once
    def tokens(self) -> tuple[Token, ...]:
        """The clause's word units (:func:`geomap.text.word_units`)."""
        if self.built is not None:
            return self.built
        return word_units(self.text, self.start, self.end, sentence=self.sentence.index)

    @_Once
    def quoted(self) -> bool:
        """Are most of its words inside quotation marks? (A clause with no quotation near
        it is answered without building its words.)"""
        if self.known_quoted is not None:
            return self.known_quoted
        quotes = self.quotes
        if quotes is None or not self.words or not quotes.any_within(self.start, self.end):
            return False
        # the words' offsets alone (no tokens: most such clauses are never read further)
        starts = (
            [t.start for t in self.built]
            if self.built is not None
            else unit_starts(self.text, self.start, self.end)
        )
        if not quotes.any_within(starts[0], starts[-1]):
            return False
        inside = quotes.count_covered(starts)
        return inside * 2 > len(starts)

    def part(self, tokens: tuple[Token, ...], **changes: object) -> _Clause:
        """A part of the clause made of ``tokens`` (a coordinated clause), as quoted as the
        whole."""
        return replace(
            self,
            words=tuple(map(_TEXT, tokens)),
            built=tokens,
            known_quoted=self.quoted,
            **changes,  # type: ignore[arg-type]
        )

    @property
    def structure(self) -> SentenceStructure | None:
        """The shared substrate's structure of the clause's sentence."""
        return self.structures.of(self.sentence.index) if self.structures is not None else None

    @property
    def kind(self) -> ClauseKind:
        """The substrate's kind of the clause this one starts in: main, relative,
        apposition, coordinated or adjunct."""
        structure = self.structure
        if structure is None or not self.tokens:
            return "main"
        at = structure.clause_index(self.tokens[0].start)
        return structure.clauses[at].kind if at >= 0 else "main"

    def phrase_of(self, tok: Token) -> NounPhrase | None:
        """The substrate's noun phrase holding ``tok`` (its determiner and preposition)."""
        structure = self.structure
        return structure.phrase_at(tok.start) if structure is not None else None

    @_Once
    def starts(self) -> list[int]:
        return [t.start for t in self.tokens]

    def index_at(self, offset: int) -> int:
        """The index of the token that contains ``offset`` (or the first one after it)."""
        i = bisect.bisect_right(self.starts, offset) - 1
        if i >= 0 and self.tokens[i].end > offset:
            return i
        return i + 1


class _Structures:
    """The shared substrate (:func:`geomap.text.parse_sentence`) of each sentence, read when
    first asked for: most sentences hold no trigger and are never parsed, and a parsed one
    is tokenized alone (the whole document's tokens cost more than the few parses)."""

    def __init__(self, doc: Document, lang: str) -> None:
        self._doc = doc
        self._lang = lang
        self._parsed: dict[int, SentenceStructure] = {}

    def of(self, sentence: int) -> SentenceStructure:
        got = self._parsed.get(sentence)
        if got is None:
            sent = self._doc.sentences[sentence]
            # a document of one sentence tokenizes only that one (``Token.i`` then counts
            # from the sentence, which no reader of the structure looks at)
            one = replace(self._doc, sentences=(sent,))
            got = parse_sentence(tokenize(one, sent.start), self._lang)
            self._parsed[sentence] = got
        return got


class _Spans:
    """Sorted character spans answering "is this offset inside one?" in log time.

    Spans may overlap (a border and the country in it), so the test uses the running
    maximum of the ends.
    """

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.max_end: list[int] = []
        top = -1
        for _, e in ordered:
            top = max(top, e)
            self.max_end.append(top)

    def any_within(self, lo: int, hi: int) -> bool:
        """Might some span cover an offset in ``[lo, hi]``? False only when none does (a
        bisection: a clause outside every quotation skips the test per token)."""
        i = bisect.bisect_right(self.starts, hi) - 1
        return i >= 0 and self.max_end[i] > lo

    def covers(self, offset: int, *, strict_start: bool = False) -> bool:
        i = bisect.bisect_right(self.starts, offset - 1 if strict_start else offset) - 1
        return i >= 0 and self.max_end[i] > offset

    @_Once
    def _open_union(self) -> tuple[list[int], list[int]]:
        """The union of the spans' open intervals ``(start, end)`` as disjoint intervals
        (their starts, their ends): what ``covers(..., strict_start=True)`` asks, merged
        where two overlap (two that only touch leave the shared offset uncovered)."""
        lows: list[int] = []
        highs: list[int] = []
        for start, end in zip(self.starts, self.max_end, strict=True):
            if highs and start < highs[-1]:
                highs[-1] = end  # the running maximum: never below the interval's end
            else:
                lows.append(start)
                highs.append(end)
        return lows, highs

    def count_covered(self, offsets: Sequence[int]) -> int:
        """How many of ``offsets`` (ascending) ``covers(offset, strict_start=True)``: two
        bisections per interval of the union that meets them instead of one per offset (a
        clause's quotation test asks it of each of its words)."""
        if not offsets:
            return 0
        lows, highs = self._open_union
        n = 0
        k = bisect.bisect_left(highs, offsets[0])  # the first interval ending after the first
        last = offsets[-1]
        while k < len(lows) and lows[k] < last:
            # an empty interval (an empty span) holds none: its count would come out -1
            n += max(
                0, bisect.bisect_left(offsets, highs[k]) - bisect.bisect_right(offsets, lows[k])
            )
            k += 1
        return n


def _quoted_mask(text: str) -> list[tuple[int, int]]:
    """Spans inside quotation marks. Each quote character toggles; a paragraph break closes.

    The regex visits only quote characters and paragraph breaks (a loop over every
    character was a tenth of the events' time on a corpus)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for m in _QUOTE_OR_BREAK.finditer(text):
        i = m.start()
        if text[i] == "\n":
            if open_at is not None:
                spans.append((open_at, i))
                open_at = None
        elif open_at is None:
            open_at = i
        else:
            spans.append((open_at, i + 1))
            open_at = None
    return spans


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\n\s*\n", text)]


# where a sentence is cut into clauses: clause punctuation, a spaced dash, a quote mark
# (written to open with one character class, which the regex engine scans for in C; the
# alternation of a class, a space and quotes it tried at every offset: the same matches)
_CLAUSE_CUT = re.compile(r"[,;:\s\"„“”«»](?:(?<=[,;:])(?=\s)|(?<=\s)[–—-]\s|(?<=[\"„“”«»]))")
# a comma, at most one word, then a digit: where a date may stand in apposition
_COMMA_DATE = re.compile(r",\s+(?:\w+\.?\s)?\d")


def _clauses(
    doc: Document,
    lang: str,
    inclusions: Sequence[str] = (),
    relatives: Sequence[str] = (),
    subject_relatives: Sequence[str] = (),
    pluperfect_ends: Collection[tuple[str, ...]] = (),
    listed: Collection[int] = (),
    appositions: tuple[tuple[str, ...], Set[str]] = ((), frozenset()),
    participle_copulas: tuple[Set[str], tuple[str, ...]] = (frozenset(), ()),
    event_noun: Callable[[str], bool] | None = None,
) -> list[_Clause]:
    """Split every sentence at commas, semicolons, colons, dashes and quote boundaries,
    except around a date in apposition to a day, a short apposition of what a count
    includes (``inclusions``), a short relative clause on the opening noun
    (``subject_relatives``) and in a list of places (``listed``: the offsets of its
    commas, :func:`_list_commas`), and before a relative pronoun for people with no comma
    before it (``relatives``: English ``who``; German sets the comma).

    A clause longer than ``_MAX_CLAUSE_TOKENS`` is no clause of prose (a list, a table, a
    hostile input); it is cut into windows of that size so that every step per clause
    stays bounded and the whole stays linear in the text.
    """
    quoted = _Spans(_quoted_mask(doc.text))
    paras = _paragraph_starts(doc.text)
    structures = _Structures(doc, lang)
    # the apposition scans of _kept_marks, each asked of a sentence only when the document
    # holds what it looks for: a sentence is a slice of the text, so its match is one of the
    # text's at the same offset (no pattern looks past its sentence's characters for a
    # match; case-folding maps each character alone), and a text with none has no sentence
    # with one (session 30)
    days = _COMMA_DATE.search(doc.text) is not None
    years = _COMMA_YEAR.search(doc.text) is not None
    if inclusions and not any(
        map(doc.text.casefold().__contains__, _comma_phrases(tuple(inclusions)))
    ):
        inclusions = ()
    out: list[_Clause] = []
    for sent in doc.sentences:
        if _is_heading(sent.text):
            continue
        para = bisect.bisect_right(paras, sent.start) - 1
        cuts = [0]
        marks = [m.span() for m in _CLAUSE_CUT.finditer(sent.text)]  # one C call per mark
        if marks:  # most sentences: a comma or a quotation mark (else no cut to keep)
            named = _kept_marks(
                sent.text,
                marks,
                lang,
                inclusions,
                (subject_relatives, pluperfect_ends, participle_copulas, event_noun),
                appositions,
                days=days,
                years=years,
            )
            if listed:
                named |= {a for a, _ in marks if sent.start + a in listed}
            for a, b in marks:
                if a not in named:
                    cuts += (a, b)
        if relatives:
            cuts = _relative_cuts(sent.text, cuts, relatives, lang)
        cuts.append(len(sent.text))
        for a, b in zip(cuts[::2], cuts[1::2], strict=False):
            if b <= a:
                continue
            start, end = sent.start + a, sent.start + b
            words = tuple(unit_words(doc.text, start, end))
            if len(words) <= _MAX_CLAUSE_TOKENS:
                # the common case: the words are built when first read (_Clause.tokens)
                out.append(
                    _Clause(sent, start, end, words, para, structures, text=doc.text, quotes=quoted)
                )
                continue
            all_toks = word_units(doc.text, start, end, sentence=sent.index)
            for w in range(0, len(all_toks), _MAX_CLAUSE_TOKENS):
                toks = all_toks[w : w + _MAX_CLAUSE_TOKENS]
                inside = (
                    sum(1 for t in toks if quoted.covers(t.start, strict_start=True))
                    if toks and quoted.any_within(toks[0].start, toks[-1].start)
                    else 0
                )
                lo = start if w == 0 else toks[0].start
                hi = end if w + _MAX_CLAUSE_TOKENS >= len(all_toks) else toks[-1].end
                quoted_clause = inside * 2 > len(toks)
                out.append(
                    _Clause(
                        sent,
                        lo,
                        hi,
                        tuple(map(_TEXT, toks)),
                        para,
                        structures,
                        text=doc.text,
                        built=toks,
                        known_quoted=quoted_clause,
                    )
                )
    return out


_LIST_GAP = re.compile(r"\s*,\s*(?:(?P<last>\w+)\s+)?\Z|\s+(?P<only>\w+)\s+\Z")


def _list_commas(text: str, places: Sequence[Place], conjunctions: Set[str]) -> set[int]:
    """The offsets of the commas inside lists of place names (``in Lyon, Marseille and
    Toulouse``, ``in Berlin, Hamburg und München``): a run of names joined by commas that
    a conjunction closes. They cut no clause, so a verb keeps its particle past the list
    (``nahmen ... in Berlin, Hamburg und München 15 Verdächtige fest``) and the list stays
    in one clause. A comma with no conjunction after the run (``in Kharkiv, Ukraine, on
    Monday``) is an apposition and still cuts."""
    named = sorted((p for p in places if p.role == "name"), key=lambda p: p.start)
    out: set[int] = set()
    run: list[int] = []  # the commas of the current run
    for a, b in zip(named, named[1:], strict=False):
        gap = text[a.end : b.start] if a.end <= b.start else "."
        m = _LIST_GAP.match(gap)
        word = m and (m.group("last") or m.group("only"))
        if m and word is None:  # ", ": the run goes on
            run.append(a.end + gap.index(","))
            continue
        if m and word is not None and word.casefold() in conjunctions and run:
            out.update(run)  # "and Z": the run ends, a list
            if m.group("last"):  # ", and Z"
                out.add(a.end + gap.index(","))
        run = []
    return out


def _kept_marks(
    text: str,
    marks: Sequence[tuple[int, int]],
    lang: str,
    inclusions: Sequence[str],
    subject: tuple[
        Sequence[str],
        Collection[tuple[str, ...]],
        tuple[Set[str], tuple[str, ...]],
        Callable[[str], bool] | None,
    ] = ((), (), (frozenset(), ()), None),
    appositions: tuple[tuple[str, ...], Set[str]] = ((), frozenset()),
    *,
    days: bool = True,
    years: bool = True,
) -> set[int]:
    """The offsets among ``marks`` (the cut marks of a sentence) where no clause ends: the
    quotation marks around a short name in quotes (Zyklon "Jude", Typhoon "Rosal": a name,
    no quote), the commas around a date in apposition to a day or a short apposition of
    what a count includes. Each is looked for only where a mark of its kind is: the quotes
    only around a quotation mark, the commas only around a comma. ``days``/``years``: may a
    comma before a day's date or around a year stand in the text at all (False: the
    document holds none, :func:`_clauses`)?"""
    kept: set[int] = set()
    if any(text[a] in _QUOTES for a, _ in marks):
        kept.update(i for m in _QUOTED_NAME.finditer(text) for i in (m.start(), m.end() - 1))
    if any(text[a] == "," for a, _ in marks):
        if days:
            kept |= _date_appositions(text, lang)
        if years:
            kept |= _year_appositions(text)
        kept |= _inclusion_appositions(text, inclusions)
        kept |= _subject_relative_commas(text, *subject, lang)
        kept |= _noun_appositions(text, *appositions)
    return kept


@cache
def _apposition_pattern(openers: tuple[str, ...]) -> re.Pattern[str]:
    """A comma and one of ``openers`` as a word: where a noun apposition may open."""
    words = "|".join(re.escape(w) for w in openers)
    return re.compile(rf",\s+(?:{words})\s")


# the most words a German noun apposition between two commas may have and still be read
# with the clause around it ("ein Road Train, ein Lastzug mit mehreren Anhängern, mit ...")
_APPOSITION_WORDS = 6


def _noun_appositions(text: str, openers: tuple[str, ...], not_after: Set[str]) -> set[int]:
    """Offsets of the two commas around a short German noun apposition (``stieß ein Road
    Train, ein Lastzug mit mehreren Anhängern, mit einem Geländewagen zusammen``): an
    indefinite article opens it, at most ``_APPOSITION_WORDS`` words with no other cut, and a
    lower-case word after it goes on with the clause around it (a preposition, the particle
    of a split verb; not one of ``not_after``, which open a clause: ``und``, a relative
    pronoun). The openers are ``[clauses] noun_apposition_openers`` (German: the indefinite
    article). Why: otherwise the comma parts a verb from its particle and its object, and
    the event is lost. Session 13 (h-evwde)."""
    out: set[int] = set()
    if not openers or not any(map(text.__contains__, _comma_phrases(openers))):
        return out
    for m in _apposition_pattern(openers).finditer(text):
        close = next((c.start() for c in _CLAUSE_CUT.finditer(text, m.end())), None)
        if close is None or text[close] != ",":
            continue
        inside = text[m.end() : close].split()
        after = text[close + 1 :].split()[:1]
        if (
            not inside
            or len(inside) >= _APPOSITION_WORDS
            or not inside[-1][:1].isupper()  # a noun ends it; "ein Mann wurde verletzt" not
            or not after
            or not after[0][:1].islower()
            or after[0].casefold() in not_after
        ):
            continue
        out.update((m.start(), close))
    return out


def _relative_cuts(text: str, cuts: list[int], relatives: Sequence[str], lang: str) -> list[int]:
    """``cuts`` (pairs of clause end and next clause start, after the opening 0) with an
    empty cut before each lower-case relative pronoun of ``relatives`` that no other cut
    stands right before (``the men who attacked``; not ``, who``: cut already), when the
    clause before it has a time of its own (``were hunting on Tuesday for the men who
    attacked a bus on Sunday``); without one (``fired tear gas at protesters who marched on
    the palace on Tuesday``) both acts share the relative's time and stay one clause."""
    if not any(map(text.__contains__, relatives)):
        return cuts  # most sentences: no such word at all (a substring test in C per word)
    at = [m.start() for m in _relatives_pattern(tuple(relatives)).finditer(text)]
    if not at:
        return cuts
    pairs = [*zip(cuts[1::2], cuts[2::2], strict=False)]
    for pos in at:
        if text[:pos].rstrip()[-1:] in ',;:-–—"„“”«»':
            continue
        opened = max((b for _, b in pairs if b <= pos), default=0)
        if not find_times(text[opened:pos], lang):
            continue  # the clause before has no time of its own: it shares the relative's
        pairs.append((pos, pos))
    pairs.sort()
    return [0, *(x for pair in pairs for x in pair)]


@cache
def _relatives_pattern(relatives: tuple[str, ...]) -> re.Pattern[str]:
    """The relative pronouns as whole words between spaces, one compiled alternation (a
    word holds no space, so no two of them match at one offset: the matches are those of
    each word, in text order)."""
    words = "|".join(re.escape(w) for w in dict.fromkeys(relatives) if w) or "(?!)"
    return re.compile(rf"(?<=\s)(?:{words})(?=\s)")


def _date_appositions(text: str, lang: str) -> set[int]:
    """Offsets of the commas around a date in apposition to a day (``nahm am Dienstag, dem
    17. Juni, in Klagenfurt zwei Männer fest``, ``on Tuesday, June 17, in Mombasa``): no clause
    ends there, or a German split verb would be parted from its particle and the event lost.
    Read only in a sentence where a weekday stands right before such a comma (a digit
    within one word after it)."""
    days = weekday_names(lang)
    if not any(
        (before := text[max(0, m.start() - 16) : m.start()].split())
        and before[-1].casefold().startswith(days)
        for m in _COMMA_DATE.finditer(text)
    ):
        return set()
    spans = find_times(text, lang)
    out: set[int] = set()
    for day, when in zip(spans, spans[1:], strict=False):
        if day.kind not in ("weekday", "day") or when.kind not in ("date", "numeric"):
            continue
        gap = text[day.end : when.start]
        words = gap[1:].split()
        if not gap.startswith(",") or len(words) > 1 or any(not w.islower() for w in words):
            continue  # only a comma and an article between them ("dem", "den")
        out.add(day.end)
        if text.startswith(",", when.end):
            out.add(when.end)
    return out


# ", in 2017,", ", im Jahr 2017,": a year set off by commas after the words it dates
_COMMA_YEAR = re.compile(r",(?=\s+[a-zäöüß]+(?:\s+\w+)?\s+\d{4}\s*,)")


def _year_appositions(text: str) -> set[int]:
    """Offsets of the two commas around a year in apposition (``The volcano's last major
    eruption, in 2017, destroyed a visitor centre``, ``Der letzte Ausbruch, im Jahr 2017,
    ...``): no clause ends there, so the year stays with the event noun before it and dates
    it as history (``the eruption in 2017``), as it would without the commas; cut apart, the
    noun had no time of its own and took the day of the story's event."""
    out: set[int] = set()
    for m in _COMMA_YEAR.finditer(text):
        out.add(m.start())
        out.add(text.index(",", m.end()))
    return out


# the longest apposition of what a count includes that is still read as one ("including
# women and children", "darunter drei Polizisten")
_INCLUSION_WORDS = 6


def _inclusion_appositions(text: str, inclusions: Sequence[str]) -> set[int]:
    """Offsets of the two commas around a short apposition that names some of a count
    (``killed 26 people, including women and children, in a raid on X``, ``tötete zwölf
    Menschen, darunter drei Kinder, in X``): the place and time after it still belong to the
    verb before it. Only an apposition of at most ``_INCLUSION_WORDS`` words with no other
    cut inside is kept whole."""
    if not inclusions:
        return set()
    low = text.casefold()
    if not any(map(low.__contains__, _comma_phrases(tuple(inclusions)))):
        return set()
    out: set[int] = set()
    for w in inclusions:
        for m in re.finditer(rf",\s+{re.escape(w)}\s", low):
            close = m.end()
            for cut in _CLAUSE_CUT.finditer(text, m.end()):
                close = cut.start()
                break
            else:
                continue
            if text[close] != "," or len(text[m.end() : close].split()) >= _INCLUSION_WORDS:
                continue
            out.update((m.start(), close))
    return out


@cache
def _comma_phrases(words: tuple[str, ...]) -> tuple[str, ...]:
    """``, word `` for each word: what a sentence holds where an apposition of it opens
    (built once per lexicon, not per sentence)."""
    return tuple(f", {w} " for w in words)


# the most words a relative clause on the opening noun may have and still be kept whole
_SUBJECT_RELATIVE_WORDS = 16
# a sentence's opening noun (at most three words, the first capitalised) and the comma after it
_SUBJECT_HEAD = re.compile(r"\A\s*[A-ZÄÖÜ][\w'’-]*(?:\s+[\w'’-]+){0,2}(?=,\s)")


def _subject_relative_commas(
    text: str,
    relatives: Sequence[str],
    pluperfect_ends: Collection[tuple[str, ...]],
    participle_copulas: tuple[Set[str], tuple[str, ...]],
    event_noun: Callable[[str], bool] | None,
    lang: str,
) -> set[int]:
    """Offsets of the two commas around a short relative clause on the sentence's opening
    noun (``The blast, which tore through a market in X on Monday, killed five``, ``Der
    Brand, der am Montag in X ausbrach, zerstörte ...``): the noun is the subject and the
    relative clause its time and place, read as one clause with the verb after it. Kept
    whole only when the relative pronoun follows the first comma, no other cut stands
    inside, the clause has fewer than ``_SUBJECT_RELATIVE_WORDS`` words and a lower-case word
    (the main verb) follows the second comma; a person's relative (``who``) is not listed.
    A relative clause in the past perfect (``die in X entführt worden waren``: an earlier
    auxiliary, ``pluperfect_ends`` or a participle before a copula of ``participle_copulas``:
    ``die nahe X gestartet waren``) tells an earlier event and stays a clause of its own
    (_earlier_relative). Not so for a participle before a copula when the opening noun is
    itself an event's noun (``event_noun``: ``Das Feuer, das in X ausgebrochen war, griff
    ... über``): the clause tells that event's own outbreak and place and stays with its
    noun, as a clause in the plain past does."""
    if not relatives:
        return set()
    head = _SUBJECT_HEAD.match(text)
    if head is None:
        return set()
    first = head.end()
    words = text[first + 1 :].split(maxsplit=1)
    if not words or words[0].casefold() not in relatives:
        return set()
    cut = _CLAUSE_CUT.search(text, first + 1)
    if cut is None or text[cut.start()] != ",":
        return set()
    close = cut.start()
    inside = [w.casefold() for w in text[first + 1 : close].split()]
    if len(inside) >= _SUBJECT_RELATIVE_WORDS or not earlier_auxiliaries(lang).isdisjoint(inside):
        return set()
    if tuple(inside[-2:]) in pluperfect_ends:
        return set()  # "die in X entführt worden waren": an earlier act
    if _participle_copula_end(text[first + 1 : close].split(), *participle_copulas) and not (
        event_noun is not None and event_noun(text[: head.end()].split()[-1])
    ):
        return set()  # "die nahe X gestartet waren": an earlier act (session 28)
    after = text[close + 1 :].lstrip()
    if not after[:1].islower():
        return set()
    return {first, close}


def _is_heading(text: str) -> bool:
    """An all-capitals line is a heading: it repeats the body and its words are ambiguous."""
    if text.isascii():
        # the common case, counted by two byte deletions in C: an ASCII letter is a-z
        # (lower) or A-Z (upper), everything else is no letter
        raw = text.encode("ascii")
        n_letters = len(raw.translate(None, _NOT_ASCII_LETTERS))
        n_lower = len(raw.translate(None, _NOT_ASCII_LOWER))
        n_upper = n_letters - n_lower
    else:
        # a line whose lower-case ASCII letters are a fifth of its ASCII letters and of all
        # its other characters together is no heading, whatever those others are: each is
        # at most one letter more (a curly quote or a dash makes most English lines
        # non-ASCII), told by two byte deletions in C before each letter is asked (session 30)
        raw = text.encode("ascii", "ignore")
        n_letters = len(raw.translate(None, _NOT_ASCII_LETTERS)) + len(text) - len(raw)
        if len(raw.translate(None, _NOT_ASCII_LOWER)) >= 0.2 * n_letters:
            return False
        letters = _NON_LETTERS.sub("", text)
        n_letters = len(letters)
        n_lower = sum(map(str.islower, letters))
        n_upper = -1  # counted below, only for a line that may be a heading
        if n_letters and n_lower < 0.2 * n_letters:
            n_upper = sum(map(str.isupper, letters))
    if not n_letters or n_lower >= 0.2 * n_letters:
        return False
    return len(text.split()) >= 3 and n_upper > 0.8 * n_letters


_ASCII_LOWER = bytes(range(ord("a"), ord("z") + 1))
_ASCII_LETTERS = _ASCII_LOWER + _ASCII_LOWER.upper()
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if b not in _ASCII_LETTERS)
_NOT_ASCII_LOWER = bytes(b for b in range(256) if b not in _ASCII_LOWER)
