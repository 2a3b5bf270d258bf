"""Turn bytes, files or stdin into a :class:`~geomap.model.Document`.

This is the input edge: everything after it works on ``Document.text`` and its
offsets. Reading does five things, in order:

1. refuse what is not article text: larger than :data:`MAX_INPUT_BYTES` (20 MB),
   known binary signatures (PNG, ZIP, PDF, ...), NUL bytes outside UTF-16, a high
   share of control characters, or nothing but white space;
2. decode: UTF-8 (with or without BOM), UTF-16/32 with BOM, otherwise the legacy
   code page that charset-normalizer finds (cp1252 preferred over Latin-1, since
   0x80-0x9F are printable in cp1252 and control codes in Latin-1);
3. reduce HTML to its visible text, if :func:`looks_like_html` finds evidence that it is
   HTML (one linear pass, :func:`html_to_text`; script, style, navigation and footers
   dropped; blocks separated by blank lines). The byte limit of step 1 is checked before
   this; the per-article character limit (``max_chars``) after it, on the reduced text;
4. normalise line ends to ``\\n`` and nothing else, so offsets stay meaningful;
5. read the header (date, source, byline), the dateline, the language and the sentences.

Language: py3langid restricted to German and English. Text in another language is
therefore reported as whichever of the two it is closer to; ``lang=`` overrides
detection (``language_source="given"``).
"""

from __future__ import annotations

import codecs
import contextlib
import datetime as _dt
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from html import unescape as _unescape
from pathlib import Path
from typing import Any, BinaryIO

from geomap.errors import InputError, InputNotFoundError, UsageError
from geomap.lexicons import languages, month_name_pairs
from geomap.model import Document, Header
from geomap.text._sentences import split_sentences

__all__ = [
    "AGENCIES",
    "LANGUAGES",
    "MAX_INPUT_BYTES",
    "decode_bytes",
    "detect_language",
    "html_to_text",
    "looks_like_html",
    "parse_header",
    "read_bytes",
    "read_path",
    "read_stdin",
    "read_text",
]

#: Inputs larger than this are refused: a news article is a few kilobytes, and the
#: geoparser holds several views of the text in memory.
MAX_INPUT_BYTES = 20 * 1024 * 1024

#: The languages geomap analyses; detection never answers anything else.
LANGUAGES = languages()

#: News agencies recognised in datelines ``(Reuters)``, bylines and source lines.
#: Any short parenthesised text before the dateline dash is accepted as an agency;
#: this list lets a source line or byline name one without parentheses.
AGENCIES: tuple[str, ...] = (
    "Reuters", "dpa", "dpa-AFX", "AFP", "AP", "Associated Press", "Bloomberg", "KNA", "epd",
    "dts", "SID", "ANSA", "EFE", "Xinhua", "TASS", "Interfax", "Yonhap", "Kyodo", "APA",
    "SDA", "Keystone-SDA", "ddp", "UPI", "PA", "PA Media", "AAP", "CP", "ANP", "Belga", "PAP",
    "CTK", "Ukrinform", "RIA Novosti", "Anadolu", "IRNA", "KCNA", "CNA", "PTI", "IANS",
    "Bernama", "Antara", "Jiji", "RTR", "Dow Jones", "AFX", "CNN", "BBC", "NHK", "dapd", "ots",
    "AA", "RND", "Lusa", "TT", "NTB", "STT", "Ritzau", "MTI", "HINA", "Tanjug", "BTA", "ATS",
)  # fmt: skip

# Signatures of common binary formats (magic bytes at offset 0).
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"%PDF-", "PDF document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"BM", "BMP image"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office document"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x01\x00", "icon"),
)
# "BM" and "MZ" are also the first letters of ordinary words; only trust them when the
# rest of the data does not decode as text (checked in _binary_kind).
_WEAK_MAGIC = frozenset({b"BM", b"MZ"})

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Legacy encodings that fit German and English text; charset-normalizer's answer is
# checked against these so a short cp1252 text is not read as, say, cp1250.
_WESTERN = ("cp1252", "iso8859_15", "latin_1", "mac_roman", "cp850")
_CONTROL_SHARE_MAX = 0.02  # more than 2 % control characters: not article text
_CONTROL_MIN = 8  # ... but a few stray ones (a mis-decoded ellipsis) are not binary
_SAMPLE = 65536

# Only CR LF and CR: U+0085 in news text is far more often a mis-decoded cp1252 ellipsis
# than a line break, and U+2028/2029 are kept as they are (same length either way).
_NEWLINE_RE = re.compile(r"\r\n?")


# --- public API -----------------------------------------------------------------------


def read_path(
    path: str | Path, *, lang: str | None = None, max_chars: int | None = None
) -> Document:
    """Read an article from a file (``-`` is not special here; see :func:`read_stdin`).

    ``max_chars`` refuses a text longer than that (after decoding and HTML reduction) before
    it is split into sentences, so an oversized input costs neither time nor memory."""
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise InputNotFoundError(f"{p}: no such file") from None
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    if p.is_dir():
        raise InputError(f"{p}: is a directory, not a text file")
    if not p.is_file():
        raise InputError(f"{p}: not a regular file")
    if st.st_size > MAX_INPUT_BYTES:
        raise InputError(
            f"{p}: {st.st_size:,} bytes is larger than the {MAX_INPUT_BYTES:,}-byte "
            f"({MAX_INPUT_BYTES // 2**20} MiB) limit"
        )
    try:
        with p.open("rb") as fh:
            data = fh.read(MAX_INPUT_BYTES + 1)
    except OSError as exc:
        raise InputError(f"{p}: cannot read ({exc.strerror or exc})") from exc
    return read_bytes(data, path=str(p), lang=lang, max_chars=max_chars)


def read_stdin(
    *, lang: str | None = None, stream: BinaryIO | None = None, max_chars: int | None = None
) -> Document:
    """Read an article from standard input (bytes, so the encoding is detected too)."""
    src = stream if stream is not None else sys.stdin.buffer
    data = src.read(MAX_INPUT_BYTES + 1)
    return read_bytes(data, path="<stdin>", lang=lang, max_chars=max_chars)


def read_bytes(
    data: bytes, *, path: str | None = None, lang: str | None = None, max_chars: int | None = None
) -> Document:
    """Decode, clean and analyse raw bytes into a :class:`Document`."""
    name = path or "<input>"
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: input is larger than the {_mb(MAX_INPUT_BYTES)} limit")
    text, encoding = decode_bytes(data, name=name)
    return _document(text, path=path, lang=lang, encoding=encoding, max_chars=max_chars)


def read_text(
    text: str, *, path: str | None = None, lang: str | None = None, max_chars: int | None = None
) -> Document:
    """Analyse text that is already decoded (HTML is still reduced to its visible text).

    The size limit counts characters here (each is at least one byte in UTF-8, so no
    text over the byte limit passes); ``max_chars`` applies to the reduced text, as in
    :func:`read_path`."""
    name = path or "<input>"
    if len(text) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: input is larger than the {_mb(MAX_INPUT_BYTES)} limit")
    if text.startswith("\ufeff"):
        text = text[1:]
    _check_text(text, name)
    return _document(text, path=path, lang=lang, encoding=None, max_chars=max_chars)


def decode_bytes(data: bytes, *, name: str = "<input>") -> tuple[str, str]:
    """Decode article bytes; return ``(text, encoding)`` or raise :class:`InputError`."""
    if not data.strip():
        raise InputError(f"{name}: input is empty")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: invalid {enc} text after its byte-order mark") from exc
            text = text.removeprefix("\ufeff")
            _check_text(text, name)
            return text, enc.removesuffix("-sig") if enc == "utf-8-sig" else enc
    kind = _binary_kind(data)
    if kind:
        raise InputError(f"{name}: looks like a {kind}, not text")
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise InputError(f"{name}: contains NUL bytes; binary data, not text")
        text = data.decode(utf16)
        _check_text(text, name)
        return text, utf16
    try:
        text = data.decode("utf-8")
        enc = "utf-8"
    except UnicodeDecodeError:
        if _mostly_utf8(data):
            text, enc = data.decode("utf-8", errors=_CP1252_FALLBACK), "utf-8+cp1252"
        else:
            text, enc = _decode_legacy(data, name)
    _check_text(text, name)
    return text, enc


def looks_like_html(text: str) -> bool:
    """Whether text is an HTML page rather than article text that mentions a tag.

    Decided by evidence in the first 64 KB, never by a stray ``<``:

    * the text opens (after white space and comments) with a doctype, an XML declaration
      followed by a doctype or ``<html>``, or an ``<html>``, ``<head>`` or ``<body>`` tag; or
    * it holds both the start and the end tag of ``<html>`` or ``<body>``; or
    * markup is dense and structured: at least :data:`_HTML_MIN_TAGS` well-formed tags of
      known HTML elements, at least :data:`_HTML_MIN_CLOSED` closed elements that break
      lines (``<p>...</p>``, ``<li>...</li>``, ``<br>``: an end tag after its start tag,
      or a void element), and at least one tag per :data:`_HTML_CHARS_PER_TAG` characters.
      Text that quotes inline markup (``<script>alert(1)</script>``, ``<img src=x>``) has
      no such structure and stays text.

    A well-formed tag has a known element name written in one case (``<p>``, ``<P>``; not
    ``<Title>``, which is a placeholder) and ``name="value"`` attributes, so ``<Name>``,
    ``<info@example.org>``, ``x < y > z`` and ``a <b`` in prose do not count: an article
    with a few tag-like strings stays plain text, every character kept.
    """
    sample = text[:_SAMPLE]
    if _HTML_LEADING_RE.match(sample):
        return True
    known = closed = 0
    opened: dict[str, int] = {}
    structure: set[str] = set()
    for m in _HTML_REAL_TAG_RE.finditer(sample):
        name = m.group(2)
        if not (name.islower() or name.isupper()):
            continue
        name = name.lower()
        if name not in _HTML_ELEMENTS:
            continue
        known += 1
        if m.group(1):  # an end tag closes an element opened before it
            if opened.get(name, 0) > 0:
                opened[name] -= 1
                closed += name in _LINE_ELEMENTS
                if name in ("html", "body"):
                    structure.add(name)
        elif name in _VOID_ELEMENTS or m.group().endswith("/>"):
            closed += name in _LINE_ELEMENTS
        else:
            opened[name] = opened.get(name, 0) + 1
    if structure:
        return True
    return (
        known >= _HTML_MIN_TAGS
        and closed >= _HTML_MIN_CLOSED
        and known * _HTML_CHARS_PER_TAG >= len(sample)
    )


def html_to_text(html: str) -> str:
    """The visible text of an HTML page, one blank line between blocks.

    Script, style and other invisible elements, navigation, asides, footers and forms are
    dropped; a page with exactly one ``<article>`` (else one ``<main>``) with text keeps
    only it; block elements become blank lines and ``<br>`` a line break; white space is
    collapsed outside ``<pre>``; character references are decoded.

    One pass over the text with a small lexer (:class:`_HtmlReducer`), so time and
    memory grow linearly with the page, whatever its shape: no tree, no recursion (50,000
    nested ``<div>`` are a stack of 50,000 names), and constructs that are never closed
    are searched for once, not once per tag. A dropped element that is never closed by its
    own end tag (an ``<svg>`` or ``<script>`` without end) does not take the rest of the
    article with it: its text is kept (see :class:`_HtmlReducer`).
    """
    return _HtmlReducer(html).text()


class _Finder:
    """``str.find`` over one text, remembering where a search found nothing.

    If ``-->`` does not occur after position p it does not occur after any later position
    either, so a page with 50,000 unclosed comments costs one scan, not 50,000.
    """

    __slots__ = ("_src", "_none_after")

    def __init__(self, src: str) -> None:
        self._src = src
        self._none_after: dict[str, int] = {}

    def find(self, needle: str, pos: int) -> int:
        limit = self._none_after.get(needle, len(self._src) + 1)
        if pos >= limit:
            return -1
        found = self._src.find(needle, pos, limit + len(needle) - 1)
        if found < 0:
            self._none_after[needle] = pos
        return found

    def search(self, key: str, pattern: re.Pattern[str], pos: int) -> re.Match[str] | None:
        """Like :meth:`find` for a pattern (``key`` names it in the memo)."""
        limit = self._none_after.get(key, len(self._src) + 1)
        if pos >= limit:
            return None
        m = pattern.search(self._src, pos)
        if m is None:
            self._none_after[key] = pos
        return m


@dataclass(slots=True)
class _Open:
    """An open element: its name, and where its output starts if it is dropped or chosen."""

    name: str
    seq: int  # elements opened before this one (orders elements that start at one index)
    start: int  # index into the output where the element's text starts
    dropped: bool = False  # script, nav, ...: its text goes when its own end tag closes it
    span: list[int] | None = None  # [seq, start, end) in the output of <article>/<main>


class _HtmlReducer:
    """Visible text of an HTML page in one linear pass (see :func:`html_to_text`).

    The lexer follows the HTML tokenizer where it matters for text: tags are ``<`` plus an
    ASCII letter up to the next ``>`` outside a quoted attribute value; ``<!--`` runs to
    ``-->``; ``<!...>`` and ``<?...>`` are skipped; ``script`` and ``style`` content is
    not markup; an end tag closes the innermost open element of its name (and everything
    opened inside it) and is ignored when none is open; void elements and ``<x/>`` have no
    content. ``<head>`` ends at ``</head>``, ``<body>`` or the first tag or text that
    belongs in the body.

    Recovery, where a browser would hide the rest of the page, is to keep the text:

    * a dropped element (``script``, ``svg``, ``nav``, ...) drops its text only when its own
      end tag closes it; closed implicitly, by an ancestor's end tag or the end of the
      input, its text is kept;
    * ``<script>``/``<style>`` without an end tag: the rest is read as markup, not hidden;
    * ``<!--`` without ``-->``: only the four characters are skipped;
    * a ``<`` whose tag never ends (no ``>`` after it) is text; an attribute quote that
      never closes is read as an unquoted value.
    """

    def __init__(self, src: str) -> None:
        self._src = src
        self._find = _Finder(src)
        self._out: list[str] = []
        self._stack: list[_Open] = []
        self._open_count: dict[str, int] = {}
        self._pre = 0  # open <pre> elements: white space is kept inside them
        self._spans: dict[str, list[list[int]]] = {"article": [], "main": []}
        self._seq = 0

    # -- output ------------------------------------------------------------------------

    def text(self) -> str:
        self._lex()
        while self._stack:
            self._close(self._stack.pop(), own_end=False)
        out = self._out
        for container in ("article", "main"):
            spans = self._spans[container]
            if len(spans) == 1:
                _seq, start, end = spans[0]
                if any(piece.strip() for piece in out[start:end]):
                    out = out[start:end]
                    break
        lines = [line.strip() for line in "".join(out).split("\n")]
        kept: list[str] = []
        for line in lines:
            if line:
                kept.append(line)
            elif kept and kept[-1] != "":
                kept.append("")
        return "\n".join(kept).strip() + "\n"

    def _data(self, chunk: str) -> None:
        if not chunk:
            return
        if self._stack and self._stack[-1].name == "head" and not chunk.isspace():
            self._close_head()  # text does not belong in <head>: the body has begun
        if "&" in chunk:
            chunk = _unescape(chunk)
        if not self._pre:
            chunk = _HTML_SPACE_RE.sub(" ", chunk)
        self._out.append(chunk)

    # -- lexer -------------------------------------------------------------------------

    def _lex(self) -> None:
        src, find = self._src, self._find
        n = len(src)
        pos = text_start = 0
        while True:
            lt = src.find("<", pos)
            if lt < 0 or lt + 1 >= n:
                break
            nxt = src[lt + 1]
            end = -1
            if nxt.isascii() and nxt.isalpha():
                end = self._start_tag(lt, text_start)
            elif nxt == "/":
                end = self._end_tag(lt, text_start)
            elif nxt == "!" or nxt == "?":
                if src.startswith("<!--", lt):
                    close = find.find("-->", lt + 2)
                    end = close + 3 if close >= 0 else lt + 4  # unclosed: skip "<!--" only
                else:
                    close = find.find(">", lt + 2)
                    end = close + 1 if close >= 0 else -1
                if end >= 0:
                    self._data(src[text_start:lt])
            if end < 0:
                pos = lt + 1  # not markup: the "<" is text
                continue
            pos = text_start = end
        self._data(src[text_start:])

    def _start_tag(self, lt: int, text_start: int) -> int:
        """Handle the start tag at ``lt``; return where the text after it starts, or -1."""
        src = self._src
        m = _HTML_TAG_NAME_RE.match(src, lt + 1)
        assert m is not None  # lt + 1 is an ASCII letter
        end = self._tag_end(m.end())
        if end < 0:
            return -1
        self._data(src[text_start:lt])
        name = m.group().lower()
        self._start(name, self_closing=src[end - 2] == "/" and end - 2 >= m.end())
        if name in _RAW_TEXT_ELEMENTS and self._stack and self._stack[-1].name == name:
            # Content up to </script> is not markup. Without an end tag the rest of the
            # input is read as markup instead, so it is not lost inside the script.
            key = "</" + name
            found = self._find.search(key, _raw_text_end(name), end)
            if found is not None:
                return found.start()
        return end

    def _tag_end(self, pos: int) -> int:
        """The index after the ``>`` that ends the tag whose attributes start at ``pos``,
        or -1. A ``>`` inside a quoted value does not end the tag; a quote that never
        closes is read as the start of an unquoted value."""
        src, find = self._src, self._find
        while True:
            gt = find.find(">", pos)
            if gt < 0:
                return -1
            eq = src.find("=", pos, gt)
            if eq < 0:
                return gt + 1
            value = _HTML_SPACE_RE.match(src, eq + 1)
            k = value.end() if value else eq + 1
            if k < len(src) and src[k] in "\"'":
                close = find.find(src[k], k + 1)
                pos = close + 1 if close >= 0 else k + 1
            else:
                pos = k

    def _end_tag(self, lt: int, text_start: int) -> int:
        src = self._src
        m = _HTML_TAG_NAME_RE.match(src, lt + 2)
        if m is None:
            if src.startswith("</>", lt):
                self._data(src[text_start:lt])
                return lt + 3
            return -1  # "</ " or "</3": text
        gt = self._find.find(">", m.end())
        if gt < 0:
            return -1
        self._data(src[text_start:lt])
        self._end(m.group().lower())
        return gt + 1

    # -- tree events -------------------------------------------------------------------

    def _start(self, name: str, *, self_closing: bool) -> None:
        if self._open_count.get("head") and name not in _HEAD_ELEMENTS:
            self._close_head()
        if name == "br":
            self._out.append("\n")
            return
        self._seq += 1
        el = _Open(name, self._seq, len(self._out), name in _DROPPED_ELEMENTS)
        if name in _BLOCK_ELEMENTS:
            self._out.append("\n\n")
        if self_closing or name in _VOID_ELEMENTS:
            if el.dropped:
                del self._out[el.start :]
            elif name in _BLOCK_ELEMENTS:
                self._out.append("\n\n")
            return
        if name in self._spans:
            el.span = [el.seq, len(self._out), -1]
            self._spans[name].append(el.span)
        if name == "pre":
            self._pre += 1
        self._stack.append(el)
        self._open_count[name] = self._open_count.get(name, 0) + 1

    def _end(self, name: str) -> None:
        if not self._open_count.get(name):
            return  # nothing of that name is open: ignored, as browsers do
        while True:
            el = self._stack.pop()
            self._close(el, own_end=el.name == name)
            if el.name == name:
                return

    def _close_head(self) -> None:
        """End ``<head>`` where the body begins (its end tag is optional in HTML).

        The head's text goes, except that of an element still open in it (a ``<title>``
        without ``</title>``): that is kept like any implicitly closed element's."""
        keep: _Open | None = None
        while self._stack:
            el = self._stack.pop()
            if el.name == "head":
                self._open_count["head"] -= 1
                self._drop(el, keep)
                return
            self._close(el, own_end=False)
            keep = el

    def _close(self, el: _Open, *, own_end: bool) -> None:
        self._open_count[el.name] -= 1
        if el.name == "pre":
            self._pre -= 1
        if el.span is not None:
            el.span[2] = len(self._out)
        if el.dropped and own_end:
            # A dropped element closed by its own end tag: its text (and any <article>
            # inside it) goes. Closed implicitly, it is kept (see the class docstring).
            self._drop(el)
        elif el.name in _BLOCK_ELEMENTS:
            self._out.append("\n\n")

    def _drop(self, el: _Open, keep: _Open | None = None) -> None:
        """Delete the output of ``el`` (up to that of ``keep``, an element inside it whose
        text stays): the <article> and <main> spans opened inside go, except those opened
        inside ``keep``, which move down. Spans are told apart by opening order, since an
        element and the first one inside it start at the same output index."""
        start = el.start
        stop = len(self._out) if keep is None else keep.start
        del self._out[start:stop]
        for spans in self._spans.values():
            tail: list[list[int]] = []
            while spans and spans[-1][0] > el.seq:
                span = spans.pop()
                if keep is not None and span[0] >= keep.seq:
                    span[1] -= stop - start
                    span[2] = span[2] - (stop - start) if span[2] >= 0 else -1
                    tail.append(span)
            spans.extend(reversed(tail))


#: Frequent function words that belong to one of the two languages only. News text of a
#: few sentences has dozens of them, so a clear majority decides without loading a model
#: (py3langid takes over a second to load; it decides only what this vote leaves open).
_FUNCTION_WORDS = {
    "de": frozenset(
        [
            "der",
            "die",
            "das",
            "und",
            "ist",
            "nicht",
            "mit",
            "von",
            "den",
            "dem",
            "des",
            "zu",
            "sich",
            "auf",
            "für",
            "ein",
            "eine",
            "einer",
            "wurde",
            "wurden",
            "sind",
            "auch",
            "nach",
            "bei",
            "im",
            "am",
            "vom",
            "zum",
            "zur",
            "oder",
            "aber",
            "wird",
            "werden",
            "hat",
            "haben",
            "sei",
            "seien",
            "dass",
            "sagte",
            "noch",
            "über",
        ]
    ),
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "is",
            "was",
            "that",
            "for",
            "with",
            "on",
            "by",
            "said",
            "from",
            "at",
            "are",
            "has",
            "have",
            "it",
            "its",
            "were",
            "been",
            "will",
            "would",
            "this",
            "which",
            "their",
            "they",
            "but",
            "not",
            "or",
            "after",
        ]
    ),
}
_WORD_RE = re.compile(r"[^\W\d_]+")
_VOTE_MIN = 8  # function words needed before the vote counts
_VOTE_RATIO = 3.0  # the winner needs this many times the other's count


def detect_language(text: str) -> str:
    """``de`` or ``en``: a function-word vote, else py3langid restricted to the two
    (see the module docstring)."""
    sample = text[:20000]
    if not any(c.isalpha() for c in sample):
        return "en"
    counts = {"de": 0, "en": 0}
    for m in _WORD_RE.finditer(sample[:5000]):
        w = m.group().lower()
        for lang, words in _FUNCTION_WORDS.items():
            if w in words:
                counts[lang] += 1
    de, en = counts["de"], counts["en"]
    if de + en >= _VOTE_MIN:
        if de >= _VOTE_RATIO * max(en, 1):
            return "de"
        if en >= _VOTE_RATIO * max(de, 1):
            return "en"
    lang, _score = _identifier().classify(sample)
    return str(lang)


# --- header and dateline --------------------------------------------------------------

_DATE_KEYS = r"date|datum|dated|published|veröffentlicht|stand|updated|aktualisiert|erschienen"
_SOURCE_KEYS = r"quelle|source|sources|quellen"
_FIELD_RE = re.compile(
    # "Published May 6, 2025": a month name and a number may follow the key directly
    rf"(?i)(?:^|(?<=\s))(?:(?P<date>{_DATE_KEYS})\s*(?::|\s+(?:am|on)\b|(?=\s+\d)"
    r"|(?=\s+[^\W\d_]{3,9}\.?\s+\d))"
    rf"|(?P<source>{_SOURCE_KEYS})\s*:)"
)
_BYLINE_RE = re.compile(
    r"^[-–—•*]?\s*(?:von|by|text|author|autor|autorin)\s*:?\s+(?P<names>.+?)\s*$", re.IGNORECASE
)
_NAME_TOKEN_RE = re.compile(
    r"^(?:[A-ZÄÖÜÀ-Þ][\w'’.\-]*|von|van|der|den|de|da|di|du|del|la|le|bin|al|el|ter|zu|dos)$"
)
_NAME_SPLIT_RE = re.compile(r"\s*(?:,|;|&|\bund\b|\band\b|/)\s*")
# 04.03.2025, 4.3.2025 (a time may follow: "04.03.2025, 14:05 Uhr")
_DOTTED_DATE_RE = re.compile(r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b")
_ISO_DATE_RE = re.compile(
    r"\b(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\b"
)

_DATELINE_RE = re.compile(
    r"""
    (?P<place>[^\W\d_][\w'’.\-]*(?:[ /\-][^\W\d_(][\w'’.\-]*){0,4}?)?  # 1-5 words
    \s*
    (?:,\s*(?P<region>[^\W\d_][\w'’.\-]*(?:\ [^\W\d_][\w'’.\-]*){0,2})\s*(?=[,(–—:-]))?  # ", Ohio"
    (?:,\s*(?P<date>(?:(?![.!?]\s+[A-Z]{2})[^()\n,–—]){1,30}?(?:,\s*\d{4})?)\s*)?  # ", May 3, 2025"
    (?:\((?P<agency>[^()\n\d]{1,40})\)\s*)?                           # "(Reuters)"
    (?P<dash>--?|–|—|:)[ \t]+
    """,
    re.VERBOSE,
)
#: A one-sentence title on the dateline's own line, as scraped news often has it.
_RUN_IN_TITLE = re.compile(r"[^\n]{10,200}?[.!?]\s+(?=[A-Z]{2})")
_INLINE_BYLINE_RE = re.compile(r"((?i:by|von)\s.+)\.\s+(?=\S)")
_HEADER_LINE_MAX = 300  # a longer first line is a paragraph, even if it starts "Source:"
_INVISIBLE_TAGS = ["script", "style", "noscript", "template", "head", "svg", "iframe", "object"]
# Navigation, sidebars, footers and forms are visible but never article text.
_BOILERPLATE_TAGS = ["nav", "aside", "footer", "form", "button", "select"]
_BLOCK_TAGS = [
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "article", "section",
    "header", "footer", "nav", "main", "aside", "blockquote", "pre", "table", "tr", "figure",
    "figcaption", "dl", "dt", "dd", "address", "hr", "title", "form", "fieldset",
]  # fmt: skip


def _names(words: str) -> frozenset[str]:
    return frozenset(words.split())


_DROPPED_ELEMENTS = frozenset(_INVISIBLE_TAGS + _BOILERPLATE_TAGS)
_BLOCK_ELEMENTS = frozenset(_BLOCK_TAGS)
#: Elements without content or end tag.
_VOID_ELEMENTS = _names(
    "area base br col embed hr img input link meta source track wbr param keygen"
)
#: Elements whose content is not markup (up to their end tag).
_RAW_TEXT_ELEMENTS = frozenset({"script", "style"})
#: What may stand in <head>; any other start tag begins the body.
_HEAD_ELEMENTS = _names("html head title meta link style script noscript base template")
#: HTML element names, for deciding whether a text is HTML (looks_like_html).
_HTML_ELEMENTS = _names(
    """a abbr address area article aside audio b base bdi bdo blockquote body br button
    canvas caption cite code col colgroup data datalist dd del details dfn dialog div dl dt
    em embed fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr
    html i iframe img input ins kbd label legend li link main map mark menu meta meter nav
    noscript object ol optgroup option output p param picture pre progress q rp rt ruby s
    samp script search section select slot small source span strong style sub summary sup
    table tbody td template textarea tfoot th thead time title tr track u ul var video wbr
    center font big tt strike"""
)
_HTML_MIN_TAGS = 5  # well-formed tags of known elements ...
_HTML_MIN_CLOSED = 2  # ... closed line-breaking elements (end tag after start, or void) ...
_HTML_CHARS_PER_TAG = 300  # ... and at least one tag per this many characters
_LINE_ELEMENTS = _BLOCK_ELEMENTS | {"br", "td", "th"}
_HTML_COMMENT = r"<!--(?:[^-]|-(?!->))*+-->\s*+"
_HTML_LEADING_RE = re.compile(
    rf"(?i)\s*+(?:{_HTML_COMMENT})*+(?:<\?xml[^>]*+>\s*+(?:{_HTML_COMMENT})*+)?"
    r"<(?:!doctype\s++html|html|head|body)(?=[\s>])"
)
#: A well-formed tag: name, then ``name``/``name=value`` attributes. Nothing in it matches
#: "<", so every attempt stops at the next "<" and finditer stays linear.
_HTML_REAL_TAG_RE = re.compile(
    r"<(/?)([a-zA-Z][a-zA-Z0-9]*+)"
    r"(?:\s++[a-zA-Z_:][-\w:.]*+(?:\s*+=\s*+(?:\"[^\"<]*+\"|'[^'<]*+'|[^\s\"'=<>`]++))?+)*+"
    r"\s*+/?>"
)
_HTML_TAG_NAME_RE = re.compile(r"[a-zA-Z][^\s/<>]*")
_HTML_SPACE_RE = re.compile(r"\s+")


@lru_cache(maxsize=8)
def _raw_text_end(name: str) -> re.Pattern[str]:
    """The end tag of a raw-text element (``</script``, any case, then space, / or >)."""
    return re.compile(rf"</{name}[\s/>]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def parse_header(text: str) -> Header:
    """Read header lines (date, source, byline) and the dateline opening the body.

    Header lines are consecutive lines at the top made only of recognised fields
    (``date 2023-09``, ``Quelle: ...``, ``Source: ...``), a byline (``- von A und B``,
    ``By A and B``) or a line that is only a date; the body starts at the first other
    line. The dateline is the ``Place, date (Agency) -`` prefix of that line.
    """
    date: str | None = None
    precision: str | None = None
    source: str | None = None
    byline: tuple[str, ...] = ()
    agency: str | None = None
    body_start = 0
    for line in _lines(text):
        stripped = line.text.strip()
        if not stripped:
            continue
        if len(stripped) > _HEADER_LINE_MAX:
            break
        fields = _fields(stripped)
        if fields is not None:
            for key, value in fields:
                if key == "date" and date is None:
                    date, precision = _parse_date(value)
                elif key == "source" and source is None and value:
                    source = value
            body_start = line.end
            continue
        line_agency = _agency_line(stripped)
        if line_agency is not None:
            # "Associated Press", "The Associated Press", "Reuters staff": the agency's
            # line is no part of the body (its words would run into the dateline's)
            agency = agency or line_agency
            body_start = line.end
            continue
        names = _byline(stripped)
        if names is not None:
            people = tuple(n for n in names if _agency_in(n) is None)
            byline = byline + people
            agency = agency or next((a for a in map(_agency_in, names) if a), None)
            body_start = line.end
            continue
        if date is None and len(stripped) <= 40 and any(c.isdigit() for c in stripped):
            parsed = _parse_date(stripped, strict=True)
            if parsed[0] is not None:
                date, precision = parsed
                body_start = line.end
                continue
        break
    while body_start < len(text) and text[body_start].isspace():
        body_start += 1

    dateline = dl_start = dl_end = None
    m, lead = _find_dateline(text, body_start)
    if lead is not None:
        # the agency line run into the dateline is header matter: the body starts at
        # the dateline, and the byline's names are never read as places
        byline = byline + tuple(n for n in lead.byline if n not in byline)
        agency = agency or lead.agency
        body_start = lead.dateline.start()
    if m is not None:
        if m.group("place"):
            dl_start, dl_end = m.start("place"), m.end("place")
            # "By Nate Raymond. BOSTON (Reuters) -": a byline run into the dateline.
            inline = _INLINE_BYLINE_RE.match(text, dl_start, dl_end)
            if inline:
                names = _byline(inline.group(1))
                if names:
                    byline = byline + tuple(n for n in names if _agency_in(n) is None)
                dl_start = inline.end()
            dateline = text[dl_start:dl_end]
            byline = byline + tuple(
                n for n in _byline_before(text, body_start, dl_start) if n not in byline
            )
        if m.group("agency"):
            agency = m.group("agency").strip()
        if m.group("date"):
            date, precision = _combine_dateline_date(m.group("date"), date, precision)
    if agency is None and source:
        agency = _agency_in(source)
    return Header(
        date=date,
        date_precision=precision,
        source=source,
        byline=byline,
        dateline=dateline,
        dateline_start=dl_start,
        dateline_end=dl_end,
        agency=agency,
        body_start=body_start,
    )


def _find_dateline(text: str, start: int) -> tuple[re.Match[str] | None, _LeadIn | None]:
    """The dateline at ``start``, or after up to two title lines (no final punctuation),
    and the agency line run into it on its line, if any (:func:`_lead_in`)."""
    pos = start
    for _ in range(3):
        lead = _lead_in(text, pos)
        if lead is not None:
            return lead.dateline, lead
        m = _DATELINE_RE.match(text, pos)
        if m and _is_dateline(m):
            return m, None
        nl = text.find("\n", pos, pos + 300)
        run_in = _RUN_IN_TITLE.match(text, pos, nl if nl >= 0 else pos + 300)
        if run_in is not None:
            # "Title in one sentence. MANASSAS -- Body": a title run into the dateline
            m = _DATELINE_RE.match(text, run_in.end())
            if m and _is_dateline(m) and (m.group("place") or "").isupper():
                return m, None
        if nl < 0:
            return None, None
        title = text[pos:nl].strip()
        if not title or title[-1] in ".!?:;,\"'”“»«" or len(title) > 200:
            return None, None
        pos = nl
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return None, None


@dataclass(frozen=True, slots=True)
class _LeadIn:
    """An agency's name (after a byline, if any) run into the dateline on its line."""

    dateline: re.Match[str]
    byline: tuple[str, ...]
    agency: str


#: How far into a line an agency line run into the dateline may reach.
_LEAD_IN_MAX = 160
#: What may stand between a byline and the agency after it ("By A | Reuters", "Von A,
#: dpa", "By A - AP").
_LEAD_IN_SEPARATORS = " ,|/•-–—"


def _lead_in(text: str, pos: int) -> _LeadIn | None:
    """The agency line run into an all-capitals dateline on the line at ``pos``, as wire
    copy pasted into one line has it: "Associated Press WASHINGTON (AP) —", "By Jane
    Roe | Reuters LAGOS —", "Von Anna Berger, dpa BERLIN —". Before the agency only a
    byline (:func:`_byline`) or "The" may stand, and after it, past a space, the
    dateline must match with its place in capitals: the agency's words are no part of
    the place, and the place no person's name after them."""
    nl = text.find("\n", pos, pos + _LEAD_IN_MAX)
    line = text[pos : nl if nl >= 0 else pos + _LEAD_IN_MAX]
    if not line or _agency_in(line) is None:
        return None  # most lines: no agency, nothing to look at
    for name, pattern in _agency_patterns():
        for a in pattern.finditer(line):
            if line[a.end() : a.end() + 1] not in (" ", "\t"):
                continue
            before = line[: a.start()].strip()
            if before.casefold() == "the" or before.casefold().endswith(" the"):
                before = before[:-3]  # "By Jane Roe, The Associated Press"
            before = before.strip().rstrip(_LEAD_IN_SEPARATORS).strip()
            names: tuple[str, ...] = ()
            if before:
                parsed = _byline(before)
                if parsed is None:
                    continue
                names = tuple(n for n in parsed if _agency_in(n) is None)
            at = pos + a.end()
            while at < len(text) and text[at] in " \t":
                at += 1
            m = _DATELINE_RE.match(text, at)
            if m and _is_dateline(m) and (m.group("place") or "").isupper():
                return _LeadIn(m, names, name)
    return None


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    # Header lines are few and short; stop looking after 40 lines or 8 KB.
    limit = min(len(text), 8192)
    while pos < limit and len(out) < 40:
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        out.append(_Line(pos, end, text[pos:end]))
        pos = end + 1
    return out


def _fields(line: str) -> list[tuple[str, str]] | None:
    """The ``key value`` fields of a header line, or None if it is not one."""
    matches = list(_FIELD_RE.finditer(line))
    if not matches or matches[0].start() != 0:
        return None
    fields: list[tuple[str, str]] = []
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        key = "date" if m.group("date") else "source"
        fields.append((key, line[m.end() : end].strip()))
    if any(k == "date" and _parse_date(v)[0] is None for k, v in fields):
        return None  # "Stand: gestern" or prose starting with "Date" is not a header
    return fields


# the byline words of _INLINE_BYLINE_RE, at the start of a sentence or line
_BYLINE_START_RE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?i:by|von)\s")


def _byline_before(text: str, start: int, dateline_start: int) -> tuple[str, ...]:
    """A byline sentence right before the dateline, after a run-in title: "... street
    art? By Carey L. Biron. WASHINGTON (Reuters) -". Only full names (two words or more)
    count, so "... backed by Germany. BERLIN -" names nobody."""
    lo = max(start, dateline_start - 160)
    window = text[lo:dateline_start]
    found = list(_BYLINE_START_RE.finditer(window))
    if not found:
        return ()
    names = _byline(window[found[-1].start() :].strip().rstrip("."))
    if not names or any(len(n.split()) < 2 for n in names):
        return ()
    return tuple(n for n in names if _agency_in(n) is None)


def _byline(line: str) -> list[str] | None:
    m = _BYLINE_RE.match(line)
    if not m or len(line) > 200:
        return None
    parts = [p.strip(" .") for p in _NAME_SPLIT_RE.split(m.group("names")) if p.strip(" .")]
    if not parts:
        return None
    for part in parts:
        if _agency_in(part) == part:
            continue  # "Von Anna Berger, dpa": the agency, written as it writes itself
        tokens = part.split()
        if not 1 <= len(tokens) <= 5 or not all(_NAME_TOKEN_RE.match(t) for t in tokens):
            return None
        if not tokens[0][0].isupper():
            return None
    return parts


#: Words that may stand beside an agency's name on a header line of its own ("The
#: Associated Press", "Associated Press Writer", "Reuters staff", "dpa und AFP", "mit
#: Material von dpa"); any other word makes the line a title or the body.
_AGENCY_LINE_WORDS = _names(
    """the staff writer writers reporter reporters correspondent correspondents
    photographer from by and with via agencies wire von und mit material agenturen
    redaktion"""
)
_AGENCY_LINE_MAX = 80


def _agency_line(line: str) -> str | None:
    """The agency a header line names alone, or None: the line holds a known agency and
    no word beside it but :data:`_AGENCY_LINE_WORDS` ("The Associated Press", "Reuters
    staff", "AFP/dpa")."""
    if len(line) > _AGENCY_LINE_MAX:
        return None
    first = _agency_in(line)
    if first is None:
        return None
    rest = line
    for _name, pattern in _agency_patterns():
        rest = pattern.sub(" ", rest)
    words = re.findall(r"[^\W\d_]+", rest)
    return first if all(w.casefold() in _AGENCY_LINE_WORDS for w in words) else None


def _agency_in(text: str) -> str | None:
    """The first known agency named in ``text`` (word-bounded, case-insensitive)."""
    best: tuple[int, str] | None = None
    for agency in _agency_patterns():
        m = agency[1].search(text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), agency[0])
    return best[1] if best else None


@lru_cache(maxsize=1)
def _agency_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # Longest first so "dpa-AFX" wins over "dpa"; short all-caps codes match case-sensitively
    # so "PA" or "AP" inside ordinary words or sentences does not count.
    out = []
    for a in sorted(AGENCIES, key=len, reverse=True):
        flags = 0 if (a.isupper() and len(a) <= 4) else re.IGNORECASE
        out.append((a, re.compile(rf"(?<![\w-]){re.escape(a)}(?![\w-])", flags)))
    return tuple(out)


def _is_dateline(m: re.Match[str]) -> bool:
    place, date, agency, dash = (
        m.group("place"),
        m.group("date"),
        m.group("agency"),
        m.group("dash"),
    )
    if agency:
        # "(Reuters)", "(dpa/AFP)": a known agency; otherwise only after a place in capitals.
        known = _agency_in(agency) is not None
        return dash != ":" and (known or (place is not None and place.isupper()))
    if not place:
        return False
    letters = [c for c in place if c.isalpha()]
    if len(letters) >= 2 and place.isupper() and dash != ":":
        return True  # "LONDON —"
    return bool(date) and _dateline_month_day(date) is not None and dash != ":"


def _parse_date(value: str, *, strict: bool = False) -> tuple[str | None, str | None]:
    """ISO 8601 (possibly partial) first, then dateparser in German and English."""
    value = value.strip().rstrip(".,;")
    if not value:
        return None, None
    m = _ISO_DATE_RE.match(value)
    if m and (not strict or m.end() == len(value)):
        year, month, day = m.groups()
        if month and not 1 <= int(month) <= 12:
            return None, None
        if day:
            return f"{year}-{month}-{day}", "day"
        if month:
            return f"{year}-{month}", "month"
        if 1800 <= int(year) <= 2200:
            return year, "year"
    if not re.search(r"\d{4}", value):
        return None, None  # without a year the date would be guessed; leave it to timeexpr
    m = _DOTTED_DATE_RE.match(value)
    if m and (not strict or m.end() == len(value)):
        # a dotted numeric date is day first wherever it is written (04.03.2025 is the 4th
        # of March); dateparser with English among its languages reads it month first
        day, month, year = (int(g) for g in m.groups())
        try:
            return _dt.date(year, month, day).isoformat(), "day"
        except ValueError:
            return None, None
    parser = _date_parser()
    data = parser.get_date_data(value)
    if data is None or data.date_obj is None:
        return None, None
    d = data.date_obj
    period = data.period or "day"
    if period == "year":
        return f"{d.year:04d}", "year"
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    return f"{d.year:04d}-{d.month:02d}-{d.day:02d}", "day"


def _combine_dateline_date(
    value: str, date: str | None, precision: str | None
) -> tuple[str | None, str | None]:
    """A dateline ``March 3`` plus the header's year (and month check) gives a full date."""
    full = _parse_date(value)
    if full[0] is not None and full[1] == "day":
        return full
    md = _dateline_month_day(value)
    if md is None or date is None or precision == "day":
        return date, precision
    month, day = md
    year = int(date[:4])
    if precision == "month" and int(date[5:7]) != month:
        return date, precision  # the header and the dateline disagree: keep the header
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def _dateline_month_day(value: str) -> tuple[int, int] | None:
    """``March 3``, ``Sept 13``, ``5. März``, ``13 September`` (a year after it is
    ignored here: ``_parse_date`` reads a full date first) -> (month, day)."""
    value = value.strip()
    value = re.sub(r",?\s+\d{4}$", "", value)  # "March 3, 2025", "14 August 2022"
    m = re.fullmatch(r"([^\W\d_]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?", value) or re.fullmatch(
        r"(\d{1,2})\.?\s+([^\W\d_]+)\.?", value
    )
    if not m:
        return None
    a, b = m.groups()
    name, day = (a, b) if a[0].isalpha() else (b, a)
    month = _months().get(name.lower())
    if month is None or not 1 <= int(day) <= 31:
        return None
    return month, int(day)


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    """Month names and abbreviations in German and English, from CLDR via babel."""
    out: dict[str, int] = {}
    for name, num in month_name_pairs(LANGUAGES):
        out[name.lower().rstrip(".")] = num
    out.setdefault("sept", 9)
    out.setdefault("maerz", 3)
    # German wire abbreviations CLDR does not list ("3. Mär. 2025", "14. Jun.", "2. Jul.")
    out.setdefault("mär", 3)
    out.setdefault("jun", 6)
    out.setdefault("jul", 7)
    return out


@lru_cache(maxsize=1)
def _date_parser():  # -> dateparser.date.DateDataParser
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=list(LANGUAGES),
        settings={"REQUIRE_PARTS": ["year"], "PREFER_DAY_OF_MONTH": "first"},
    )


# --- internals --------------------------------------------------------------------------


def _document(
    text: str,
    *,
    path: str | None,
    lang: str | None,
    encoding: str | None,
    max_chars: int | None = None,
) -> Document:
    text = _NEWLINE_RE.sub("\n", text)
    if looks_like_html(text):
        text = html_to_text(text)
    name = path or "<input>"
    if max_chars is not None and len(text) > max_chars:
        raise InputError(
            f"{name}: {len(text):,} characters is more than the {max_chars:,} geomap analyses "
            "as one article; split it into articles"
        )
    if not text.strip():
        raise InputError(f"{name}: no text in the input")
    header = parse_header(text)
    if lang is not None:
        lang = lang.lower().replace("_", "-").split("-")[0]  # "de-DE", "en_US" -> "de", "en"
        if lang not in LANGUAGES:
            raise UsageError(f"unsupported language {lang!r}; use one of {', '.join(LANGUAGES)}")
        language, source = lang, "given"
    else:
        language, source = detect_language(text[header.body_start :]), "detected"
    return Document(
        text=text,
        language=language,
        sentences=split_sentences(text, header.body_start),
        header=header,
        path=path,
        language_source=source,
        encoding=encoding,
    )


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if magic in _WEAK_MAGIC and b"\x00" not in data[:_SAMPLE]:
                continue
            return kind
    return None


def _bomless_utf16(data: bytes) -> str | None:
    """UTF-16 without BOM: NULs in nearly every other byte, and it decodes cleanly."""
    sample = data[:_SAMPLE]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                return None
            return enc if _control_share(text) <= _CONTROL_SHARE_MAX else None
    return None


def _cp1252_fallback(exc: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejects as cp1252 (Latin-1 for its five undefined bytes)."""
    assert isinstance(exc, UnicodeDecodeError)
    bad = exc.object[exc.start : exc.end]
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in bad), exc.end


_CP1252_FALLBACK = "geomap-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_fallback)


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few stray legacy bytes (pasted text), not a legacy file.

    True when valid multi-byte UTF-8 characters are at least as many as invalid bytes;
    those bytes are then read as cp1252 one by one instead of turning every ``ü`` of
    the file into ``Ã¼``.
    """
    replaced = data[: 4 * _SAMPLE].decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = sum(1 for c in replaced if ord(c) > 127) - bad
    return good > 0 and good >= bad


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    """Pick the legacy code page for bytes that are not UTF-8.

    charset-normalizer proposes; on short texts it often cannot tell cp1252 from
    mac_roman or cp850, so each Western code page that decodes is also scored by how
    many of its non-ASCII characters are ones German and English text uses (umlauts,
    accents, typographic quotes, dashes, the euro sign). A non-Western proposal wins
    only when no Western code page gives plausible text.
    """
    from charset_normalizer import from_bytes

    sample = data[: 4 * _SAMPLE]
    scored: list[tuple[int, int, str]] = []
    for rank, enc in enumerate(_WESTERN):
        try:
            decoded = sample.decode(enc)
        except UnicodeDecodeError:
            continue
        scored.append((_plausibility(decoded), -rank, enc))
    best = max(scored) if scored else None
    if best is None or best[0] <= 0:
        match = from_bytes(sample).best()
        if match is not None and match.encoding not in _WESTERN:
            try:
                return data.decode(match.encoding), match.encoding
            except (UnicodeDecodeError, LookupError):
                pass
    for enc in ([best[2]] if best else []) + ["cp1252", "latin_1"]:
        try:
            return data.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise InputError(f"{name}: cannot decode the text (not UTF-8 or a Western code page)")


_PLAUSIBLE = frozenset("äöüÄÖÜßéèêëàâáãçñíìîïóòôõúùûœæøåÉÈÊÀÂÇÑÓÔÚÅØÆŒ€„“”‚‘’–—…«»°§²³½¼·•\u00a0")


def _plausibility(text: str) -> int:
    """Non-ASCII characters typical of de/en news minus the others (twice)."""
    score = 0
    for c in text:
        if ord(c) > 127:
            score += 1 if c in _PLAUSIBLE else -2
    return score


def _control_share(text: str) -> float:
    """Share of control characters in the first 64 KB; a handful never counts as binary."""
    sample = text[:_SAMPLE]
    bad = sum(1 for _ in _CONTROL.finditer(sample))
    return bad / len(sample) if bad >= _CONTROL_MIN else 0.0


#: C0 controls other than the white-space ones (tab, LF, VT, FF, CR), DEL and C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _check_text(text: str, name: str) -> None:
    if not text.strip():
        raise InputError(f"{name}: input is empty or only white space")
    if "\x00" in text[:_SAMPLE]:
        raise InputError(f"{name}: contains NUL characters; binary data, not text")
    if _control_share(text) > _CONTROL_SHARE_MAX:
        raise InputError(f"{name}: too many control characters; binary data, not text")


@lru_cache(maxsize=1)
def _identifier():  # -> py3langid.langid.LanguageIdentifier
    """py3langid's identifier restricted to :data:`LANGUAGES`, built from the
    restricted model that :func:`_two_language_model` keeps in the data folder.

    The same numbers as ``from_model_file`` followed by ``set_languages``: that slices
    the model's per-language columns to these languages in the model's order, and so does
    the file; but the full model (142 languages, 28 MB of weights, LZMA to decompress on
    every start) is never held.
    """
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    ptc, pc, classes, nextmove, row, output = _two_language_model()
    return LanguageIdentifier(
        np.asarray(ptc), np.asarray(pc), classes, nextmove, output, norm_probs=True, tk_row=row
    )


_MODEL_FORMAT = 1  # in the file name: a new layout gets a new file
#: The arrays of py3langid's model, in the order ``load_model`` returns them.
_MODEL_PARTS = ("ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat")


def _two_language_model() -> tuple[Any, ...]:
    """py3langid's model as its ``load_model`` returns it, restricted to
    :data:`LANGUAGES`: read from ``py3langid-<version>-<langs>-m1.bin`` in the data folder
    (written on first use, atomically: a JSON line naming each array's type and shape,
    then the arrays' bytes, each read straight into the array that keeps it); where the
    folder cannot be written or the file is damaged, derived in memory each time."""
    from importlib.metadata import version

    from gazetteer._paths import data_dir

    name = f"py3langid-{version('py3langid')}-{'-'.join(LANGUAGES)}-m{_MODEL_FORMAT}.bin"
    path = data_dir() / name
    if path.is_file():
        try:
            return _read_model(path)
        except (OSError, ValueError, KeyError):
            return _derive_model(None)
    return _derive_model(path)


def _derive_model(path: Path | None) -> tuple[Any, ...]:
    """The restricted model from py3langid's own file; written to ``path`` if given."""
    import json
    import os

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    keep = [i for i, c in enumerate(classes) if c in set(LANGUAGES)]
    model = (
        np.asarray(ptc)[:, keep],
        np.asarray(pc)[keep],
        [classes[i] for i in keep],
        nextmove,
        row,
        output,
    )
    if path is None:
        return model
    parts = [model[0], model[1], np.array(model[2])]
    parts += [np.asarray(nextmove), np.asarray(row), np.asarray(output, dtype=np.int32)]
    head = [[k, a.dtype.str, list(a.shape)] for k, a in zip(_MODEL_PARTS, parts, strict=True)]
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as f:
            f.write(json.dumps(head).encode("ascii") + b"\n")
            for a in parts:
                f.write(np.ascontiguousarray(a).tobytes())
        os.replace(tmp, path)
    except OSError:
        pass
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return model


def _read_model(path: Path) -> tuple[Any, ...]:
    """The arrays :func:`_derive_model` wrote, the DFA as py3langid keeps it (stdlib
    arrays), read without a second copy (``array.fromfile`` holds the bytes twice)."""
    import json
    from array import array

    import numpy as np

    arrays: dict[str, Any] = {}
    with path.open("rb") as f:
        for key, dtype, shape in json.loads(f.readline()):
            dt = np.dtype(dtype)
            count = int(np.prod(shape, dtype=np.int64))
            if key in ("nextmove", "nextmove_row"):
                arrays[key] = array({2: "H", 4: "I", 8: "L"}[dt.itemsize], [0]) * count
                if f.readinto(memoryview(arrays[key]).cast("B")) != count * dt.itemsize:
                    raise ValueError(f"{path}: truncated")
            else:
                arrays[key] = np.fromfile(f, dtype=dt, count=count).reshape(shape)
                if arrays[key].size != count:
                    raise ValueError(f"{path}: truncated")
    return tuple(
        arrays[k].tolist() if k in ("classes", "out_feat") else arrays[k] for k in _MODEL_PARTS
    )


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.0f} MB" if n >= 1024 * 1024 else f"{n} bytes"
