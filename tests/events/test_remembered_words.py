"""What the events remember about words across documents changes no answer.

Each distinct word is classified once (trigger word, title, verb of saying) and the answer
is kept on the lexicon, bounded: when the memory is full it starts again, possibly in the
middle of a document. A document read with an empty memory, with one that remembers its
words from an earlier reading, and with one so small that it is cleared while the document
is read must give the same events (the dev corpus of ``tests/corpus/events``).
"""

from __future__ import annotations

from datetime import date

import pytest

import geomap.events._extract as extract
from geomap.model import Event
from tests.support.events import corpus_files, document, load_case, places_for


def _cases() -> list[tuple[str, str, list[dict], date | None]]:
    out = []
    for path in corpus_files():
        case = load_case(path)
        if case is not None:
            out.append((case.lang, case.text, case.places, case.date))
    return out


def _events(lang: str, text: str, specs: list[dict], day: date | None) -> tuple[Event, ...]:
    doc = document(text, lang)
    return extract.extract_events(doc, places_for(doc, specs), date=day)


def _forget(lang: str) -> None:
    lex = extract._lexicon(lang)
    lex.word_kinds.clear()
    lex.marked_words.clear()


@pytest.mark.parametrize(("lang", "text", "specs", "day"), _cases())
def test_remembered_and_forgotten_words_give_the_same_events(
    lang: str, text: str, specs: list[dict], day: date | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forget(lang)
    fresh = _events(lang, text, specs, day)
    assert _events(lang, text, specs, day) == fresh  # every word remembered
    monkeypatch.setattr(extract, "GLOB_MEMO_SIZE", 3)  # forgotten while the text is read
    _forget(lang)
    assert _events(lang, text, specs, day) == fresh
    assert _events(lang, text, specs, day) == fresh
    _forget(lang)  # the next test starts with a memory of the usual size
