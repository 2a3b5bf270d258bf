"""The place reader's word prefilter lets every word it reads through (issue 20, item 7).

``_place`` looks for a place of its own (a capital, an embassy, a seat, a kind noun that
refers back, a seat phrase) only at words one union glob (``_Lexicon.place_words``) or the
seat phrases' first words let through; every other word is passed over before its
preposition is looked for. A word any of those lists matches must pass, in both languages,
whatever the lexicons add later. ``_Later`` (the back-reference window made on first read)
must read as the list it makes.
"""

from __future__ import annotations

import pytest

from geomap.events._vocabulary import _Later, _lexicon


def _sample(pattern: str) -> str:
    """A word the glob matches: its literal parts (a ``*`` may stand for nothing)."""
    return pattern.replace("*", "")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_place_word_passes_the_prefilter(lang: str) -> None:
    lex = _lexicon(lang)
    globs = [lex.capital, lex.embassies, lex.seats, *(g for _, g in lex.back_reference)]
    words = [_sample(p) for g in globs for p in g.patterns if _sample(p)]
    assert len(words) > 20  # the lists were found
    for word in words:
        for form in (word, word.capitalize(), word.upper()):
            assert lex.place_words.match(form), form
    firsts = lex.seat_phrase_firsts
    assert firsts is not None
    assert all(phrase[0] in firsts for phrase in lex.seat_phrases)


def test_later_reads_as_its_list_and_makes_it_once() -> None:
    made: list[int] = []

    def make() -> list[str]:
        made.append(1)
        return ["A", "B", "C"]

    unread = _Later(make)
    assert made == []  # nothing is made before it is read
    later = _Later(make)
    assert list(later) == ["A", "B", "C"]
    assert later[0] == "A" and later[-1] == "C" and later[1:] == ["B", "C"]
    assert len(later) == 3 and bool(later) and "B" in later
    assert list(reversed(later)) == ["C", "B", "A"]
    assert made == [1]  # made once, on the first read
    assert not _Later(list) and len(unread) == 3
