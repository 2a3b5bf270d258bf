"""The resolver's seams (issue 14): one frozen context per analysis, one documented
weights object, look-ups memoised per analysis only."""

from __future__ import annotations

import ast
import dataclasses
import inspect

import pytest

from geomap.geoparse import WEIGHTS, Weights, resolve, resolve_document
from geomap.text import read_text


class _CountingGazetteer:
    """The test gazetteer, counting the names asked of ``lookup_many``."""

    def __init__(self, gaz) -> None:
        self._gaz = gaz
        self.asked: list[str] = []

    def lookup_many(self, names, **kwargs):
        names = list(names)
        self.asked.extend(names)
        return self._gaz.lookup_many(names, **kwargs)

    def __getattr__(self, name):
        return getattr(self._gaz, name)


def test_each_name_is_looked_up_once_per_analysis_and_not_kept(gaz):
    doc = read_text("Die Delegation reiste von Hamburg nach Kiel. In Kiel blieb sie.", lang="de")
    counting = _CountingGazetteer(gaz)
    first = resolve_document(doc, counting)
    asked_once = list(counting.asked)
    assert asked_once.count("Kiel") == 1  # two mentions, one look-up
    again = resolve_document(doc, counting)
    assert again == first
    # nothing carried over: the second analysis asks the same names again
    assert counting.asked == asked_once + asked_once


def test_the_context_is_frozen_and_holds_the_document(gaz):
    doc = read_text("Odessa liegt am Schwarzen Meer.", lang="de")
    r = resolve(doc, gaz)
    assert r.context.doc is doc
    assert r.context.lang == "de"
    with pytest.raises(dataclasses.FrozenInstanceError):
        r.context.spans = []  # type: ignore[misc]
    assert [p.mention for p in r.places if p.role == "name"] == ["Odessa", "Schwarzen Meer"]


def test_every_weight_is_documented():
    """Each field of Weights has its own docstring (the string after it)."""
    tree = ast.parse(inspect.getsource(Weights))
    body = tree.body[0].body  # type: ignore[attr-defined]
    undocumented = [
        node.target.id
        for node, after in zip(body, [*body[1:], None], strict=True)
        if isinstance(node, ast.AnnAssign)
        and not (
            isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        )
    ]
    assert undocumented == []
    assert {f.name for f in dataclasses.fields(Weights)} >= {"lookup_limit", "focus_weight"}


def test_other_weights_change_the_outcome(gaz):
    """The weights are read from the object passed, not from module constants: with no
    room for an ordinary word's excess, "Essen" after "beim" is no longer a city."""
    doc = read_text("Wir trafen uns beim Essen in Essen.", lang="de")
    default = [p.mention for p in resolve(doc, gaz).places if p.role == "name"]
    strict = dataclasses.replace(WEIGHTS, excess_threshold=-10.0, preposition_bonus=0.0)
    fewer = [p.mention for p in resolve(doc, gaz, weights=strict).places if p.role == "name"]
    assert default == ["Essen"]
    assert fewer == []
