"""Split article text into sentences with character offsets.

Why a regex splitter and not a library: ``simplemma.split_sentences`` (2.x) was checked;
it returns strings without offsets and, on this module's test cases, glues a heading in
capitals to the next sentence, misses German closing quotes (``„Nein!“ Alle``) and
splits ``Lt. Col.`` and ``Sens.``: 13 of 32 cases differ. Other splitters lose offsets
or stumble on German news conventions (``13. September``, ``z.B.``, ``1.500``).

A boundary here is a run of ``.!?…`` (plus closing quotes or brackets) followed by
white space and something that can open a sentence, unless the word before the full
stop is a known abbreviation, an initial, an initialism or a German ordinal. Paragraph
breaks and lines in capitals (headings without a full stop) always end a sentence; a
piece without letters or digits (``. . .``) joins its neighbour. The abbreviation lists
are data, kept in one place below.

Offsets refer to the text passed in, so ``text[s.start:s.end] == s.text`` for every
sentence; white space between sentences belongs to none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from geomap.lexicons import languages, month_name_pairs
from geomap.model import Sentence

__all__ = ["ABBREVIATIONS", "MAX_SENTENCE_CHARS", "split_sentences"]

#: The longest sentence kept whole. The longest in the dev corpus, LGL and GeoWebNews is
#: 774 characters; a longer "sentence" is a list, a table or hostile input (``"Berlin " *
#: 70000`` has no full stop). The stages that look at a sentence's places and numbers
#: together are windowed (``resolve.LOCAL_MAX_NEIGHBOURS``, ``claims._MAX_PLACES_BACK``,
#: ...); this cap is the backstop that bounds whatever per-sentence work is left, for any
#: stage, to a constant per sentence. It stays above the 20,000-character qualifier run
#: that ``tests/test_hardening_input.py`` still reads as one claim. A longer run is cut at
#: a safe point (a line break, else a comma, semicolon or colon, else a space) in the
#: second half of each window, so pieces are half the cap to the cap long.
MAX_SENTENCE_CHARS = 25_000

# --- data -----------------------------------------------------------------------------
# Words that end in a full stop without ending the sentence (compared without the dot,
# case-sensitively first, then lower-cased for the all-lowercase ones).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    Dr Prof Mr Mrs Ms Mme Mlle Messrs St Ste Sr Jr Sen Rep Gov Gen Lt Col Maj Capt Cpt Sgt
    Adm Cmdr Brig Pres Supt Rev Hon Fr Hr Hrn Fa Fam Dipl Ing Mag Univ Inst Dept Corp Inc
    Ltd Co Bros Mt Mtn Ft Pt Ave Blvd Rd Str No Nos Nr Vol Bd Abs Art Kap Ziff Fig Abb Tab Anm
    Jan Feb Mar Mär Apr Jun Jul Aug Sep Sept Oct Okt Nov Dec Dez Febr
    Mo Di Mi Do Fr Sa So Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    bzw ca vgl usw etc evtl ggf inkl exkl zzgl abzgl bspw sog ebd ff geb gest verh
    od sen jun vs approx est resp incl excl min max mind Mio Mrd Tsd Std Sek Min Mill
    Bn bn Mn mn Pkt Tel Hbf Jh Jhd Jhdt ehem eig eigtl allg ang bes zB dh ua uä sa
    pop Pop Einw sq elev
    Pct Sens Reps Gens Govs Supt Det Insp Cpl Pvt Spc Ens Msgr Atty Dist Twp Hwy Rte
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss
    Mont Neb Nebr Nev Okla Ore Oreg Pa Penn Tenn Tex Va Vt Wash Wis Wisc Wyo
    """.split()  # noqa: SIM905 (a word list is easier to read and edit this way)
)

# Sentence openers that end an initialism such as ``U.S.`` when they follow it
# ("... in the U.S. The president ...").
_OPENERS: frozenset[str] = frozenset(
    """
    The A An It He She They We I This That These Those There But And Or So Yet In On At
    Der Die Das Ein Eine Er Sie Es Wir Ich Dies Diese Dieser Dort Doch Aber Und Oder Im Am
    """.split()  # noqa: SIM905 (a word list is easier to read and edit this way)
)

# Abbreviations that often end a sentence too: before an opener above, the stop counts.
_CLOSING_ABBREVIATIONS: frozenset[str] = frozenset(
    """
    etc usw Inc Corp Ltd Co Bros Jr Sr ff
    """.split()  # noqa: SIM905 (a word list is easier to read and edit this way)
)

# German words after which ``3.`` is an ordinal, not a sentence end ("am 3. Tag").
_ORDINAL_LEADS: frozenset[str] = frozenset(
    """
    der die das den dem des am vom zum im beim bis seit ab zur ihr ihre sein seine ein
    eine einer einem einen jeder jede jedes dieser diese dieses
    """.split()  # noqa: SIM905 (a word list is easier to read and edit this way)
)

_CLOSERS = "\"'”’“»«)]"
_OPENING = "\"'„“‚‘»«(["

# A candidate sentence end: terminal punctuation, closing quotes/brackets, then space.
_END_RE = re.compile(rf"[.!?…]+[{re.escape(_CLOSERS)}]*(?=\s)")
# Paragraph break: a line break, optional blanks, another line break.
_PARA_RE = re.compile(r"\n[ \t\f\v\r]*\n")
_NEXT_RE = re.compile(r"\s+(\S)")
_NEXT_WORD_RE = re.compile(r"\s+[" + re.escape(_OPENING) + r"]?([\w-]+)")
_DAY_MONTH_RE = re.compile(r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])")
_INITIALISM_RE = re.compile(r"^(?:[^\W\d_]{1,2}\.){2,}$")
_LINE_RE = re.compile(r"[^\n]+")
_CLAUSE_CUT_RE = re.compile(r"[;,:]\s")
_SPACE_RE = re.compile(r"\s")


@lru_cache(maxsize=1)
def _month_names() -> frozenset[str]:
    """Month names and their short forms in German and English (CLDR, via the lexicons)."""
    return frozenset(name.rstrip(".") for name, _ in month_name_pairs(languages()))


def split_sentences(text: str, start: int = 0) -> tuple[Sentence, ...]:
    """Split ``text[start:]`` into sentences; offsets index into ``text``.

    >>> [s.text for s in split_sentences("Dr. Kim kam am 13. September an. Er blieb.")]
    ['Dr. Kim kam am 13. September an.', 'Er blieb.']
    """
    spans: list[tuple[int, int]] = []
    for para_start, para_end in _paragraphs(text, start):
        for line_start, line_end in _heading_blocks(text, para_start, para_end):
            for s, e in _split_block(text, line_start, line_end):
                spans.extend(_cap_length(text, s, e))
    return tuple(
        Sentence(index=i, start=s, end=e, text=text[s:e]) for i, (s, e) in enumerate(spans)
    )


def _paragraphs(text: str, start: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = start
    for m in _PARA_RE.finditer(text, start):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _is_heading(line: str) -> bool:
    """A line in capitals without lower-case letters ("SCHWERES BEBEN IN CHILE")."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 4 and not any(c.islower() for c in letters)


def _is_bullet(line: str) -> bool:
    s = line.lstrip()
    return s[:2] in ("- ", "• ", "* ", "– ", "— ")


def _heading_blocks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a paragraph after heading lines and before bullet lines."""
    if "\n" not in text[start:end]:
        return [(start, end)]
    blocks: list[tuple[int, int]] = []
    block_start = start
    lines = [(m.start(), m.end()) for m in _LINE_RE.finditer(text, start, end)]
    for i, (ls, le) in enumerate(lines):
        line = text[ls:le]
        if i > 0 and _is_bullet(line) and ls > block_start:
            blocks.append((block_start, ls))
            block_start = ls
        if _is_heading(line) and le < end:
            blocks.append((block_start, le))
            block_start = le
    blocks.append((block_start, end))
    return blocks


def _split_block(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _END_RE.finditer(text, start, end):
        if _is_boundary(text, m, end):
            spans.append((pos, m.end()))
            pos = m.end()
    spans.append((pos, end))
    return _merge_fragments(text, [s for s in (_strip(text, a, b) for a, b in spans) if s])


def _cap_length(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most :data:`MAX_SENTENCE_CHARS`, each cut at
    the last safe point of its window's second half (see the constant); white space at a
    cut belongs to no piece. A sentence within the limit is returned as it is."""
    if end - start <= MAX_SENTENCE_CHARS:
        return [(start, end)]
    out: list[tuple[int, int]] = []
    pos = start
    while end - pos > MAX_SENTENCE_CHARS:
        cut = _safe_cut(text, pos + MAX_SENTENCE_CHARS // 2, pos + MAX_SENTENCE_CHARS)
        piece = _strip(text, pos, cut)
        if piece:
            out.append(piece)
        pos = cut
    piece = _strip(text, pos, end)
    if piece:
        out.append(piece)
    return out


def _safe_cut(text: str, lo: int, hi: int) -> int:
    """Where to cut in ``text[lo:hi]``: after its last line break, else after its last
    clause punctuation followed by white space, else at its last white space, else at
    ``hi`` (a run without white space is no text anyway)."""
    k = text.rfind("\n", lo, hi)
    if k >= 0:
        return k + 1
    clause = _last_match(_CLAUSE_CUT_RE, text, lo, hi)
    if clause is not None:
        return clause + 1
    space = _last_match(_SPACE_RE, text, lo, hi)
    return space if space is not None else hi


def _last_match(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """Start of the last match of ``pattern`` in ``text[lo:hi]``, or None."""
    found = None
    for m in pattern.finditer(text, lo, hi):
        found = m.start()
    return found


def _merge_fragments(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Glue pieces without a letter or digit (". . .", "(") to a neighbouring sentence."""
    out: list[tuple[int, int]] = []
    pending: int | None = None  # start of fragments seen before any real sentence
    for a, b in spans:
        if any(c.isalnum() for c in text[a:b]):
            out.append((pending if pending is not None else a, b))
            pending = None
        elif out:
            out[-1] = (out[-1][0], b)
        elif pending is None:
            pending = a
    if pending is not None and spans:
        out.append((pending, spans[-1][1]))
    return out


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _is_boundary(text: str, m: re.Match[str], end: int) -> bool:
    nxt = _NEXT_RE.match(text, m.end(), end)
    if nxt is None:
        return False  # nothing follows inside the block: the block end closes it anyway
    first = nxt.group(1)
    if first.islower() or first in ",;:.…":
        return False  # "ca. zwei", '"Wirklich?" fragte er', a spaced ellipsis ". . ."
    punct = m.group(0)
    if not punct.startswith("."):
        return True  # ! ? … before a capital or a quote
    if punct.startswith("..") or punct.startswith("…"):
        return True
    # Only a plain full stop can end an abbreviation.
    before = _last_word(text, max(0, m.start() - 40), m.start())
    if before is None:
        return True
    word = before[0].lstrip(_OPENING)
    if len(punct.rstrip(_CLOSERS)) != len(punct):
        return True  # 'sagte er."' : a closing quote after the stop settles it
    next_word_m = _NEXT_WORD_RE.match(text, m.end(), end)
    next_word = next_word_m.group(1) if next_word_m else ""
    return not _is_abbreviation(word, next_word, text, before[1])


def _last_word(text: str, lo: int, hi: int) -> tuple[str, int] | None:
    """The last run of non-space characters in ``text[lo:hi]`` (cut at ``lo``) and its
    start, or None when there is none: what ``re.search(r"(\\S+)\\s*$")`` finds there,
    without the regex's attempt at every position of the window (``str.split`` and
    ``\\s`` agree on what white space is). Asked at every full stop of an article."""
    window = text[lo:hi].rstrip()
    if not window:
        return None
    word = window.rsplit(None, 1)[-1]
    return word, lo + len(window) - len(word)


# "9.-11" of "vom 9.-11. Juni": a span of days before a month name
_DAY_SPAN_RE = re.compile(r"\d{1,2}\.?[-–]\d{1,2}")


def _is_abbreviation(word: str, next_word: str, text: str, word_start: int) -> bool:
    """Whether ``word`` + ``.`` is an abbreviation, initial or ordinal rather than an end."""
    bare = word.rstrip(".")
    if not bare:
        return False
    if bare in _CLOSING_ABBREVIATIONS:
        return next_word not in _OPENERS  # "Apple Inc. said" vs "... Apple Inc. The ..."
    if bare in ABBREVIATIONS or bare.replace(".", "") in ABBREVIATIONS:
        return True
    if bare.isupper() and bare.capitalize() in ABBREVIATIONS:
        return True  # "ST. LOUIS" in a dateline
    if len(bare) == 1 and bare.isalpha():
        return True  # an initial ("John F. Kennedy") or "s. S. 5" (siehe Seite)
    if _INITIALISM_RE.match(word + "."):
        return next_word not in _OPENERS  # "U.S. forces" vs "the U.S. The ..."
    if _DAY_MONTH_RE.fullmatch(bare):
        # a numeric day and month without a year ("Amman, 07.05. (dpa) -"): a date, not an
        # end, unless a capitalised word follows (where it may end a sentence after all)
        after = text[word_start + len(word) : word_start + len(word) + 8].lstrip(". ")
        return not after[:1].isalpha()
    if _DAY_SPAN_RE.fullmatch(bare) and next_word.rstrip(".") in _month_names():
        return True  # "vom 9.-11. Juni": a span of days
    if bare.isdigit() and len(bare) <= 3:
        if next_word.rstrip(".") in _month_names():
            return True  # "13. September"
        prev = _last_word(text, max(0, word_start - 30), word_start)
        prev_word = prev[0].strip(" ,(").lower() if prev else ""
        return prev_word in _ORDINAL_LEADS  # "am 3. Tag", "der 2. Weltkrieg"
    return False
