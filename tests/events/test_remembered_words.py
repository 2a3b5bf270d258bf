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

import geomap.events._actors as actors
import geomap.events._vocabulary as vocabulary
from tests.support.events import corpus_cases, extract_with_places


def _forget(lang: str) -> None:
    lex = vocabulary._lexicon(lang)
    lex.word_kinds.clear()
    lex.marked_words.clear()


@pytest.mark.parametrize(("lang", "text", "specs", "day"), corpus_cases())
def test_remembered_and_forgotten_words_give_the_same_events(
    lang: str, text: str, specs: list[dict], day: date | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    _forget(lang)
    fresh = extract_with_places(lang, text, specs, day)
    assert extract_with_places(lang, text, specs, day) == fresh  # every word remembered
    # forgotten while the text is read, by each module that reads the size
    for module in (actors, vocabulary):
        monkeypatch.setattr(module, "GLOB_MEMO_SIZE", 3)
    _forget(lang)
    assert extract_with_places(lang, text, specs, day) == fresh
    assert extract_with_places(lang, text, specs, day) == fresh
    _forget(lang)  # the next test starts with a memory of the usual size
