"""The structure of a sentence, read from its word tokens and the language's function words:
clauses (main, relative, apposition, coordinated, adjunct) and noun phrases with their
determiner, governing preposition and head.

A grammar over :class:`~geomap.text.Token` and ``geomap/lexicons/phrases_<lang>.toml``,
not a tagger: a part-of-speech model (HanTa) could not be installed here, and the grammar
costs a few microseconds per sentence (docs/claims.md, "Sentence structure"). It reads what
the claims (and the events) need to know, which words belong together, and no more:

- a clause ends at clause punctuation (``, ; : ( ) – —`` and quotes); its kind comes from
  the word that opens it (``das ... liegt`` is a relative clause, ``die sudanesische
  Hauptstadt`` an apposition, ``und`` a coordinated clause, ``mit`` an adjunct);
- a noun phrase is an optional preposition, an optional determiner, modifiers and a head,
  all joined by plain spaces (``im norwegischen Tromsø``: preposition ``im``, head ``Tromsø``;
  ``the Kenyan capital``: determiner ``the``, head ``capital``).

Linear in the tokens of the sentence: one pass for clauses, one for phrases.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Literal

from geomap.lexicons import PhraseLexicon, phrase_lexicon
from geomap.text._tokens import Token

__all__ = [
    "Clause",
    "ClauseKind",
    "NounPhrase",
    "SentenceStructure",
    "parse_sentence",
    "word_units",
]

ClauseKind = Literal["main", "relative", "apposition", "coordinated", "adjunct"]

_CLAUSE_MARKS = frozenset(',;:()[]–—"“”„«»')
_HARD_MARKS = frozenset(";:")
_MAX_PHRASE_WORDS = 6  # a news noun phrase: determiner, two or three modifiers, a head
# A word unit: letters or digits, with hyphens and apostrophes inside it (no nested
# quantifier: each repetition starts with a separator, so matching stays linear).
_UNIT = re.compile(r"\w+(?:[-'’]\w+)*")
_UNIT_SPLIT = re.compile(rf"({_UNIT.pattern})")  # one group: re.split keeps the words


@dataclass(frozen=True, slots=True)
class NounPhrase:
    """Words that belong together around one noun: ``[preposition] [determiner] modifiers
    head``. ``first``/``last`` index the sentence's tokens after the determiner
    (inclusive); ``start``/``end`` are character offsets from the determiner (or the first
    modifier) to the end of the head; ``preposition`` and ``determiner`` are case-folded,
    or ``None``; ``preposition_start`` is where the preposition starts."""

    start: int
    end: int
    first: int
    last: int
    head: Token
    determiner: str | None
    preposition: str | None
    preposition_start: int | None


@dataclass(frozen=True, slots=True)
class Clause:
    """A stretch of a sentence between clause punctuation. ``opener`` is its first word,
    case-folded; ``boundary`` the punctuation before it (``""`` for the first clause);
    ``first``/``last`` index the sentence's tokens (inclusive)."""

    kind: ClauseKind
    start: int
    end: int
    first: int
    last: int
    opener: str
    boundary: str


@dataclass(frozen=True, slots=True)
class SentenceStructure:
    """The clauses and noun phrases of one sentence, in text order."""

    tokens: tuple[Token, ...]
    clauses: tuple[Clause, ...]
    phrases: tuple[NounPhrase, ...]
    clause_starts: tuple[int, ...] = field(default=(), repr=False)
    token_starts: tuple[int, ...] = field(default=(), repr=False)
    phrase_starts: tuple[int, ...] = field(default=(), repr=False)  # with the preposition

    def clause_index(self, pos: int) -> int:
        """Index of the clause holding character offset ``pos`` (-1 before the first)."""
        return bisect_right(self.clause_starts, pos) - 1

    def token_index(self, pos: int) -> int:
        """Index of the first token starting at or after offset ``pos``
        (``len(tokens)`` when none does)."""
        return bisect_left(self.token_starts, pos)

    def phrase_at(self, pos: int) -> NounPhrase | None:
        """The noun phrase whose words (or its preposition) span offset ``pos``."""
        k = bisect_right(self.phrase_starts, pos) - 1
        if k >= 0 and pos < self.phrases[k].end:
            return self.phrases[k]
        return None

    def phrase_from(self, pos: int) -> NounPhrase | None:
        """The first noun phrase starting (with its preposition) at or after ``pos``."""
        k = bisect_left(self.phrase_starts, pos)
        return self.phrases[k] if k < len(self.phrases) else None


def _gap_mark(gap: str) -> str:
    """The clause punctuation in the text between two tokens ("" if none). A hyphen
    between words joins them; a dash with spaces around it separates; a comma or a
    point inside a number (``1,300``, ``2,4``) is no punctuation."""
    if " - " in gap:
        return ":"  # "PERTH - Evacuees ...": a dateline's hyphen ends a unit like a colon
    for ch in gap:
        if ch in _HARD_MARKS:
            return ch
    for k, ch in enumerate(gap):
        if ch in _CLAUSE_MARKS:
            if ch == "," and 0 < k < len(gap) - 1 and gap[k - 1].isdigit() and gap[k + 1].isdigit():
                continue
            return ch
    return ""


def _clause_kind(
    words: Sequence[Token], index: int, boundary: str, lex: PhraseLexicon
) -> ClauseKind:
    opener = words[0].fold
    # "der Bus sei bei <X> verunglückt": an article, a noun and a finite verb in second
    # place with words after it open a main clause (reported speech), neither a relative
    # clause nor an apposition, though the clause ends in a verb
    if (
        opener in lex.determiners
        and len(words) > 3
        and words[1].is_cap
        and words[2].fold in lex.finite_verbs
    ):
        return "main"
    # after a colon or semicolon (a dateline's spaced hyphen reads as one) a new sentence
    # part begins: "PERTH - Die Helfer ..." opens a main clause, not a relative one
    if opener in lex.relative_pronouns and index > 0 and boundary not in _HARD_MARKS:
        if opener not in lex.determiners or not lex.relative_verb_final:
            return "relative"
        last = words[-1]
        if len(words) > 1 and not last.is_cap:  # "das rund 70 Kilometer ... liegt"
            return "relative"
    if opener in lex.coordinators:
        return "coordinated"
    if index == 0 or boundary in _HARD_MARKS:
        return "main"
    if opener in lex.determiners:
        return "apposition"
    if opener in lex.prepositions:
        return "adjunct"
    # "Kaunas, roughly halfway between A and B, lies ...": at most two adverbs of degree or
    # place before a preposition leave the clause an adjunct (lexicon phrase_modifiers);
    # not a clause with a number: "just over 100 km from <Y>", "high in the <Region>
    # about 200 km north of <Y>" are a distance's own clause, read as before
    k = 0
    while k < min(2, len(words) - 1) and words[k].fold in lex.phrase_modifiers:
        k += 1
    # (numbers are no word tokens: they stand in the gaps between the words)
    if (
        k
        and words[k].fold in lex.prepositions
        and not any(any(ch.isdigit() for ch in t.gap_before) for t in words[1:])
    ):
        return "adjunct"
    return "main"


def _is_adjective(tok: Token, lex: PhraseLexicon) -> bool:
    return not tok.is_cap and any(tok.fold.endswith(e) for e in lex.adjective_endings)


def _measure_attribute(tokens: Sequence[Token], noun: int, k: int, lex: PhraseLexicon) -> bool:
    """Token ``k`` is an adjective right after the noun ``noun`` that follows a number, and
    a capitalised noun follows it (German extended attributes: ``der 2.857 Meter hohe
    Berg``)."""
    return (
        k == noun + 1
        and any(c.isdigit() for c in tokens[noun].gap_before)
        and _is_adjective(tokens[k], lex)
        and k + 1 < len(tokens)
        and tokens[k + 1].is_cap
        and not tokens[k + 1].gap_before.strip()
    )


def _phrases(tokens: Sequence[Token], lex: PhraseLexicon) -> list[NounPhrase]:
    """Noun phrases in one left-to-right pass (each token is looked at once or twice)."""
    out: list[NounPhrase] = []
    n = len(tokens)
    i = 0
    while i < n:
        tok = tokens[i]
        prep: str | None = None
        prep_start: int | None = None
        j = i
        if tok.fold in lex.prepositions and j + 1 < n and not _gap_mark(tokens[j + 1].gap_before):
            prep, prep_start = tok.fold, tok.start
            j += 1
        det: str | None = None
        det_start: int | None = None
        if (
            tokens[j].fold in lex.determiners
            and j + 1 < n
            and not _gap_mark(tokens[j + 1].gap_before)
        ):
            det, det_start = tokens[j].fold, tokens[j].start
            j += 1
        first = j
        head_k: int | None = None
        k = j
        while k < n and k - first < _MAX_PHRASE_WORDS:
            t = tokens[k]
            if k > first and t.gap_before.strip() not in ("", "'", "’", "-"):
                break
            if t.fold in lex.function_words and not (k == first and t.is_cap and det is None):
                break
            if any(c.isdigit() for c in t.gap_before) and k > first:
                break
            if t.fold == "s" and t.gap_before in ("'", "’"):
                k += 1  # a possessive: "the country's main port" goes on to "port"
                continue
            if lex.capitalised_nouns:
                if t.is_cap:
                    head_k = k
                elif head_k is not None and _measure_attribute(tokens, head_k, k, lex):
                    # "der 2.857 Meter hohe Berg", "die 300 Jahre alte Brücke": a number
                    # and its noun before an adjective are that adjective's measure, and
                    # the noun after it is the phrase's head
                    head_k = None
                elif head_k is not None:
                    break  # a lowercase word after the noun: the phrase has ended
                elif not _is_adjective(t, lex):
                    break
            else:
                head_k = k
            k += 1
        if head_k is None:
            i = max(i + 1, j)
            continue
        out.append(
            NounPhrase(
                start=det_start if det_start is not None else tokens[first].start,
                end=tokens[head_k].end,
                first=first,
                last=head_k,
                head=tokens[head_k],
                determiner=det,
                preposition=prep,
                preposition_start=prep_start,
            )
        )
        i = head_k + 1
    return out


def parse_sentence(tokens: Sequence[Token], lang: str) -> SentenceStructure:
    """The structure of the sentence whose word tokens are ``tokens`` (in order, from
    :func:`~geomap.text.tokenize`).

    >>> from geomap.text import read_text, tokenize
    >>> doc = read_text("Im norwegischen Tromsø, das rund 170 Kilometer südlich liegt, schneit es.",
    ...                 lang="de")
    >>> s = parse_sentence(tokenize(doc), "de")
    >>> [c.kind for c in s.clauses]
    ['main', 'relative', 'main']
    >>> s.phrases[0].preposition, s.phrases[0].head.text
    ('im', 'Tromsø')
    """
    lex = phrase_lexicon(lang)
    toks = tuple(tokens)
    clauses: list[Clause] = []
    begin = 0
    boundary = ""
    for k in range(1, len(toks) + 1):
        mark = _gap_mark(toks[k].gap_before) if k < len(toks) else "end"
        if not mark:
            continue
        words = toks[begin:k]
        if words:
            clauses.append(
                Clause(
                    kind=_clause_kind(words, len(clauses), boundary, lex),
                    start=words[0].start,
                    end=words[-1].end,
                    first=begin,
                    last=k - 1,
                    opener=words[0].fold,
                    boundary=boundary,
                )
            )
        begin = k
        boundary = mark
    phrases = tuple(_phrases(toks, lex))
    return SentenceStructure(
        tokens=toks,
        clauses=tuple(clauses),
        phrases=phrases,
        clause_starts=tuple(c.start for c in clauses),
        token_starts=tuple(t.start for t in toks),
        phrase_starts=tuple(
            p.preposition_start if p.preposition_start is not None else p.start for p in phrases
        ),
    )


def unit_words(text: str, start: int, end: int) -> list[str]:
    """The texts of :func:`word_units` of ``text[start:end]``, found in C: enough to ask
    whether a span holds a word at all before its tokens are built.

    >>> unit_words("US-Außenminister traf 2025 al-Assad.", 0, 36)
    ['US-Außenminister', 'traf', '2025', 'al-Assad']
    """
    # the matches of the unit pattern are the split's words (its odd parts); found directly,
    # no gap string is built (session 24: a tenth of the split's cost)
    return _UNIT.findall(text[start:end])


def unit_starts(text: str, start: int, end: int) -> list[int]:
    """The start offsets of :func:`word_units` of ``text[start:end]``, from one split in C
    and the running sum of its parts' lengths: where the words stand, without a token per
    word (a reader that needs only the offsets, such as a quotation test).

    >>> unit_starts("US-Außenminister traf 2025 al-Assad.", 0, 36)
    [0, 17, 22, 27]
    """
    parts = _UNIT_SPLIT.split(text[start:end])
    return list(accumulate(map(len, parts), initial=start))[1:-1:2]


def word_units(text: str, start: int, end: int, *, sentence: int = 0) -> tuple[Token, ...]:
    """The :class:`~geomap.text.Token` s of ``text[start:end]`` with numbers and compounds
    kept whole: a run of letters or digits, hyphens and apostrophes inside it included
    (``US-Außenminister``, ``al-Assad``, ``F-16``, ``2025``).

    :func:`~geomap.text.tokenize` gives letters only, which is what place names need; the
    readers of events and quantities count (``zwei``, ``2025``), match a title at the end
    of a compound and read a separable verb's particle, so they read these units instead,
    on the same token model. ``i`` counts from 0 within the span.

    >>> [t.text for t in word_units("US-Außenminister traf 2025 al-Assad.", 0, 36)]
    ['US-Außenminister', 'traf', '2025', 'al-Assad']
    """
    # one split in C gives gaps and words alternately; offsets follow from their lengths
    # (a match object per word cost more than the rest of the loop)
    parts = _UNIT_SPLIT.split(text[start:end])
    words = parts[1::2]
    out: list[Token] = []
    new = tuple.__new__  # Token's own constructor is a Python function: a tenth of the cost
    pos = start
    folds = map(str.casefold, words)
    for n, (gap, word, fold) in enumerate(zip(parts[0::2], words, folds, strict=False)):
        s = pos + len(gap)
        pos = s + len(word)
        initial = n == 0 or (gap != " " and ("." in gap or "!" in gap or "?" in gap))
        out.append(new(Token, (word, s, pos, n, sentence, gap, initial, fold, word[:1].isupper())))
    return tuple(out)
