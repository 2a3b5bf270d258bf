"""Events: why a trigger word of a sentence made no event (a debug path, session 29).

The clause rules of :mod:`geomap.events._extract` and :mod:`geomap.events._triggers` pass
over many trigger candidates: a figurative word, an infinitive, a clause told as
hypothetical or as background, a definite noun naming an event told before. When a caller
asks why (``benchmarks/event_found_why.py``, issue 20), :func:`rejections` reads a text with
a recorder switched on, and each of those rules notes its name and the span it dropped (a
token's or a clause's) before it passes over it. With the recorder off (always, outside
:func:`rejections`), :func:`note` is one context-variable read and the events are the same;
a loop or a string built only for notes asks :func:`recording` first, so the hot path builds
none (review of session 29). The recorder is a :class:`contextvars.ContextVar`: each thread
(and each asyncio task) has its own, so :func:`rejections` in one thread records nothing of an
analysis running in another, and an analysis never sees a recorder it did not set. The notes
go only to the list :func:`rejections` returns, never into an event or the output.

:func:`reason_at` then names the rule that dropped the words of one span: the note on the
span's own token first, then the innermost clause's, then whether an event was read there
and dropped afterwards (a merge, a headline repeat, a purpose march).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextvars import ContextVar
from datetime import date
from typing import Any, NamedTuple


class Note(NamedTuple):
    """One rule that passed over a span: ``level`` is ``token`` (a trigger candidate),
    ``clause`` (a clause or its event) or ``read`` (an event was read there)."""

    start: int
    end: int
    level: str
    reason: str


_SINK: ContextVar[list[Note] | None] = ContextVar("geomap_events_why", default=None)


def note(reason: str, start: int, end: int, level: str = "token") -> None:
    """Record that ``reason`` passed over ``[start, end)`` when a recorder is on."""
    sink = _SINK.get()
    if sink is not None:
        sink.append(Note(start, end, level, reason))


def recording() -> bool:
    """Is a recorder on (so a caller may skip building a costly note)?"""
    return _SINK.get() is not None


def rejections(text: str, lang: str, day: date | None = None) -> tuple[list[Note], Any]:
    """The notes of every rule that passed over a trigger candidate of ``text``, and the
    :func:`geomap.analyze` result (its events the same as without the recorder)."""
    import geomap  # the package imports this module's users: imported when asked

    sink: list[Note] = []
    token = _SINK.set(sink)
    try:
        analysis = geomap.analyze(text, lang=lang, date=day)
    finally:
        _SINK.reset(token)
    return sink, analysis


def reason_at(notes: Sequence[Note], start: int, end: int) -> str:
    """The rule that dropped the trigger at ``[start, end)``: the last note on the span's
    own token when it is a rejection (a clause is read again with the words a time phrase
    took: the last reading decides); else, when an event was read there, that it was
    dropped afterwards; else the innermost clause note holding ``start`` (the rule that
    dropped the clause's event or passed over the clause); else ``no rule noted``."""
    on_token = [
        n for n in notes if n.level in ("token", "found") and n.start < end and start < n.end
    ]
    if on_token and on_token[-1].level == "token":
        return on_token[-1].reason
    if any(n.level == "read" and n.start < end and start < n.end for n in notes):
        return "read, then dropped (merged, a repeat, or a purpose)"
    clause = [n for n in notes if n.level == "clause" and n.start <= start < n.end]
    if clause:
        inner = min(n.end - n.start for n in clause)
        return [n for n in clause if n.end - n.start == inner][-1].reason
    return "no rule noted"


def subject_at(notes: Sequence[Note], start: int, end: int) -> str | None:
    """The words before a carrier word at ``[start, end)`` that read no noun, if noted."""
    hits = [n for n in notes if n.level == "subject" and n.start < end and start < n.end]
    return hits[-1].reason if hits else None
