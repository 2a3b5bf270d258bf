"""Word tokens with offsets: the unit the geoparser reasons over.

A token is a run of letters (with inner apostrophes, as in ``N'Djamena``); digits,
hyphens and punctuation separate tokens but stay visible through ``gap_before``, the
text between a token and the previous one, which tells a hyphenated compound
(``Pazifik-Küste``) from two words, and a sentence end from a comma.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from geomap.model import Document

__all__ = ["Token", "tokenize"]

# Inner apostrophes join ("N'Djamena", "O'Brien"), an English possessive does not ("Sudan's").
_WORD = re.compile(r"[^\W\d_]+(?:['’](?![sS]\b)[^\W\d_]+)*", re.UNICODE)
_OPENERS = set("\"'„“”»«‚‘’(–—-:")
_INITIAL_GAP = _OPENERS | {".", "!", "?"}


class Token(NamedTuple):
    """A word with its offsets; a named tuple because an article has thousands of them
    and a frozen dataclass costs several times more to build."""

    text: str
    start: int
    end: int
    i: int  # index in the document's token list
    sentence: int
    gap_before: str  # text between the previous token (same sentence) and this one
    sent_initial: bool
    fold: str  # the case-folded text, computed once
    is_cap: bool  # starts with a capital letter

    @property
    def is_upper(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def tokenize(doc: Document, start: int = 0) -> list[Token]:
    """Tokens of every sentence that ends after ``start`` (the header is skipped by the
    caller passing ``header.body_start`` or the dateline's start).

    An article has thousands of tokens, so the loop body is kept to C calls: a token is
    built with ``tuple.__new__`` (the named tuple's own ``__new__`` is a Python frame per
    token) and the gap test reads the common one-space gap first."""
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__
    text = doc.text
    n = 0
    for sent in doc.sentences:
        if sent.end <= start:
            continue
        prev_end = max(sent.start, start)
        first = True
        index = sent.index
        for m in _WORD.finditer(text, prev_end, sent.end):
            s = m.start()
            word = m.group()
            gap = text[prev_end:s]
            if first:
                initial = True
                first = False
            elif gap == " " or gap == "":
                initial = False  # the common case, no need to look at the gap
            else:
                stripped = gap.strip()
                initial = (
                    stripped != ""
                    and set(stripped) <= _INITIAL_GAP
                    and any(c in gap for c in ".!?:")
                )
            prev_end = s + len(word)
            append(
                new(
                    Token,
                    (word, s, prev_end, n, index, gap, initial, word.casefold(), word[0].isupper()),
                )
            )
            n += 1
    return tokens
