"""Name look-ups are remembered on the open index: the same answers, fewer queries, and
memory bounded however many names pass."""

from __future__ import annotations

import gazetteer._gazetteer as gazetteer_module
from gazetteer import Gazetteer

NAMES = ["Lagos", "Perth", "Córdoba", "Hyderabad", "Nowhere-Ville-Xq"]


def test_remembered_answers_equal_fresh_ones():
    with Gazetteer.open() as first, Gazetteer.open() as second:
        _compare(first, second)


def _compare(first: Gazetteer, second: Gazetteer) -> None:
    warm = first.lookup_many(NAMES, lang="en", limit=5)
    again = first.lookup_many(list(reversed(NAMES)), lang="en", limit=5)
    cold = second.lookup_many(NAMES, lang="en", limit=5)
    assert warm == cold
    assert again == cold and list(again) == list(reversed(NAMES))
    assert cold["Nowhere-Ville-Xq"] == []
    # other options are other questions: kinds and limit are part of what is remembered
    countries = first.lookup_many(["Georgia"], kinds="country")["Georgia"]
    assert [c.kind for c in countries] == ["country"]
    assert len(first.lookup("Springfield", limit=2)) < len(first.lookup("Springfield"))


def test_a_caller_changing_its_list_does_not_change_the_memo(gaz):
    got = gaz.lookup("Lagos")
    got.clear()
    assert gaz.lookup("Lagos")


def test_repeated_names_skip_sqlite(monkeypatch):
    with Gazetteer.open() as gaz:
        _count_queries(gaz, monkeypatch)


def _count_queries(gaz: Gazetteer, monkeypatch) -> None:
    gaz.lookup_many(NAMES)
    calls = []
    real = gaz._query
    monkeypatch.setattr(gaz, "_query", lambda *a: calls.append(a) or real(*a))
    gaz.lookup_many(NAMES)
    assert calls == []
    gaz.lookup_many(["Kisumu", *NAMES])
    assert len(calls) == 1


def test_memo_is_bounded(monkeypatch):
    monkeypatch.setattr(gazetteer_module, "MEMO_SIZE", 3)
    with Gazetteer.open() as gaz:
        gaz.lookup_many(NAMES)
        assert len(gaz._memo) == 3
        # the least recently used go first: the last three names stay
        assert [key[0] for key in gaz._memo] == NAMES[-3:]
