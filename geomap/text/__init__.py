"""Reading text: bytes, files, standard input or HTML into a :class:`~geomap.model.Document`
with its header, language and sentences; word tokens and word frequencies.

The first stage of the pipeline, and the substrate the later stages read.
"""

from __future__ import annotations

from geomap.text._phrases import (
    Clause,
    ClauseKind,
    NounPhrase,
    SentenceStructure,
    parse_sentence,
    unit_starts,
    unit_words,
    word_units,
)
from geomap.text._reading import (
    AGENCIES,
    LANGUAGES,
    MAX_INPUT_BYTES,
    decode_bytes,
    detect_language,
    html_to_text,
    looks_like_html,
    parse_header,
    read_bytes,
    read_path,
    read_stdin,
    read_text,
)
from geomap.text._sentences import (
    ABBREVIATIONS,
    MAX_SENTENCE_CHARS,
    split_sentences,
)
from geomap.text._tokens import (
    Token,
    tokenize,
)
from geomap.text._wordstats import (
    zipf,
)

__all__ = [
    "ABBREVIATIONS",
    "AGENCIES",
    "Clause",
    "ClauseKind",
    "LANGUAGES",
    "MAX_INPUT_BYTES",
    "MAX_SENTENCE_CHARS",
    "NounPhrase",
    "SentenceStructure",
    "Token",
    "decode_bytes",
    "detect_language",
    "html_to_text",
    "looks_like_html",
    "parse_header",
    "parse_sentence",
    "read_bytes",
    "read_path",
    "read_stdin",
    "read_text",
    "split_sentences",
    "tokenize",
    "unit_starts",
    "unit_words",
    "word_units",
    "zipf",
]
