"""Word frequency, memoised and read from a compact table: the geoparser asks for the same
few hundred words in every article, out of lists of 300,000-600,000.

wordfreq's ``zipf_frequency`` builds a dict of its whole list on first use (German:
634,502 words, +70 MB and a quarter of a second per process; English +30 MB) and
tokenises its argument on every call. geomap asks only about a few thousand words, so
the list is written once, on first use, as a sorted ``word<TAB>centibels`` text file in
the gazetteer's data folder (``wordfreq-<version>-<lang>.tsv``, built reproducibly from
the installed wordfreq, like the gazetteer index) and each process maps it and finds a
word through a sparse index of it (a word every 4 KB, built on first use in about 2 ms; it
reads each page once, and the kernel may drop those clean, shared file pages again). The
answer is wordfreq's to the last bit: a plain lower-case word (its own single token) is
looked up directly and given wordfreq's rounding; any other string goes through
wordfreq's own tokeniser first and combines its tokens as wordfreq does. Where the folder
cannot be written the table stays in memory (wordfreq's figures, without the saving).
"""

from __future__ import annotations

import bisect
import math
import mmap
import os
import re
from functools import cache, lru_cache
from pathlib import Path

__all__ = ["zipf"]

#: A string wordfreq reads as itself, one token (no case folding, no digits, no
#: punctuation, no normalisation to apply): such a word is looked up directly.
_PLAIN = re.compile(r"[a-zäöü]+")
#: Any other string of these letters, capitals, hyphens and spaces: wordfreq case-folds it
#: and splits it at its hyphens and spaces (``Atom-U-Boote``: ``atom``, ``u``, ``boote``;
#: ``New York``), so its tokens are looked up directly too, without importing wordfreq (a
#: quarter of a second of a cold process: the geoparser asks about capitalised words and
#: names of several words). Where wordfreq folds ``I`` to a dotless ``ı``
#: (:data:`_DOTLESS_I`), a string with an ``I`` is left to wordfreq.
_LATIN = re.compile(r"[A-Za-zÄÖÜäöü -]+")
_DOTLESS_I = frozenset({"az", "kk", "tr"})  # wordfreq's language_info: dotless_i
_TABLE_FORMAT = 1  # in the file name: a new layout gets a new file


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency (0-8) of ``word`` in ``lang``; 0 for unknown words (wordfreq's
    ``zipf_frequency`` with its default list and minimum, to the last bit)."""
    if _PLAIN.fullmatch(word):
        tokens = [word]
    elif _LATIN.fullmatch(word) and not ("I" in word and _base_language(lang) in _DOTLESS_I):
        tokens = word.lower().replace("-", " ").split()
    else:
        from wordfreq import lossy_tokenize

        tokens = lossy_tokenize(word, lang)
    return _zipf_of_tokens(tokens, lang)


def _base_language(lang: str) -> str:
    """``tr`` of ``tr``, ``tr-TR`` or ``tr_TR``."""
    return lang.replace("_", "-").split("-", 1)[0].casefold()


def _zipf_of_tokens(tokens: list[str], lang: str) -> float:
    """wordfreq 3's ``_word_frequency`` and ``zipf_frequency`` (minimum 0) over our table."""
    minimum = 10**0.0 / 1e9  # zipf_to_freq(0.0)
    return round(math.log(_frequency(tokens, lang, minimum), 10) + 9, 2)


def _frequency(tokens: list[str], lang: str, minimum: float) -> float:
    """wordfreq 3's ``_word_frequency``: ``minimum`` (unrounded) if a token is unknown,
    else the tokens' combined frequency rounded to three significant digits."""
    if not tokens:
        return minimum
    table = _table(lang)
    one_over_result = 0.0
    for token in tokens:
        smashed = token
        if any(c.isdigit() for c in token):
            from wordfreq.numbers import smash_numbers

            smashed = smash_numbers(token)
        cb = table.centibels(smashed)
        if cb is None:
            return minimum
        freq = 10 ** (-cb / 100)  # cB_to_freq(-index)
        if smashed != token:
            from wordfreq.numbers import digit_freq

            freq *= digit_freq(token)
        one_over_result += 1.0 / freq
    unrounded = max(1.0 / one_over_result, minimum)
    leading_zeroes = math.floor(-math.log(unrounded, 10))
    return round(unrounded, leading_zeroes + 3)


#: Bytes of the table between two entries of its sparse index: a look-up bisects the index
#: (a few thousand words, in C) and searches one block of about this size (in C), instead
#: of a Python-level binary search over the whole file (about 20 steps).
_BLOCK = 4096


class _Table:
    """``word -> centibels`` (the index of the word's band in wordfreq's cBpack list)."""

    def __init__(self, data: bytes | mmap.mmap | None, words: dict[str, int] | None) -> None:
        self._data = data
        self._words = words
        self._starts: list[int] = []  # line starts about every _BLOCK bytes, from 0
        self._firsts: list[bytes] = []  # the word of each of those lines

    def _index(self, data: bytes | mmap.mmap) -> None:
        """The sparse index: every ``_BLOCK`` bytes, the next line's start and word (the
        lines are sorted by their words; ``_write`` keeps tabs and newlines out of words)."""
        size = len(data)
        pos = 0
        while pos < size:
            tab = data.find(b"\t", pos)
            if tab < 0:
                break
            self._starts.append(pos)
            self._firsts.append(data[pos:tab])
            nl = data.find(b"\n", pos + _BLOCK)
            if nl < 0:
                break
            pos = nl + 1

    def centibels(self, word: str) -> int | None:
        if self._words is not None:
            return self._words.get(word)
        data = self._data
        assert data is not None
        if not self._starts:
            self._index(data)
            if not self._starts:
                return None
        key = word.encode("utf-8")
        i = bisect.bisect_right(self._firsts, key) - 1
        if i < 0:
            return None  # before the first word
        start = self._starts[i]
        end = self._starts[i + 1] if i + 1 < len(self._starts) else len(data)
        if self._firsts[i] == key:
            at = start + len(key) + 1
        else:
            k = data.find(b"\n" + key + b"\t", start, end)
            if k < 0:
                return None
            at = k + len(key) + 2
        stop = data.find(b"\n", at)
        return int(data[at : stop if stop >= 0 else len(data)])


def _bands(lang: str) -> dict[str, int]:
    """wordfreq's list for ``lang`` as ``word -> band``; a word in two bands keeps the
    last, as ``get_frequency_dict`` does."""
    from wordfreq import get_frequency_list

    words: dict[str, int] = {}
    for index, bucket in enumerate(get_frequency_list(lang)):
        for w in bucket:
            words[w] = index
    return words


@cache
def _table(lang: str) -> _Table:
    from importlib.metadata import version

    from gazetteer._paths import data_dir

    path = data_dir() / f"wordfreq-{version('wordfreq')}-{lang}-t{_TABLE_FORMAT}.tsv"
    try:
        return _Table(_map(path), None)
    except OSError:
        pass
    words = _bands(lang)
    try:
        _write(path, words)
        return _Table(_map(path), None)
    except OSError:
        return _Table(None, words)


def _map(path: Path) -> mmap.mmap:
    with path.open("rb") as f:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def _write(path: Path, words: dict[str, int]) -> None:
    """Write the table sorted by the words' UTF-8 bytes, atomically (a temporary file
    renamed into place, so a reader never sees half a table)."""
    lines = sorted(
        w.encode("utf-8") + b"\t" + str(cb).encode("ascii")
        for w, cb in words.items()
        if "\t" not in w and "\n" not in w
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        tmp.write_bytes(b"\n".join(lines) + b"\n")
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
