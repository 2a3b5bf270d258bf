"""A trailing German ``nachdem`` clause keeps its own day (session 22, h22-evde;
docs/events.md, "A dass clause after a verb of reporting a fact ... (session 22)").

``nachdem`` is also the relation word of ``nachdem <event>`` (after the event): in
``Ein Mann wurde festgenommen, nachdem in Leoben am Sonntag ein Feuer ausgebrochen war``
the words ``nachdem in Leoben`` were read as "after <the event in Leoben>", a relative time that
took the place of the clause's own ``am Sonntag``; the fire had no day. A place phrase
(``in``, ``bei``, ``nahe``) names no event to count from ([time.relative] place_openers).
The relation to a named event stays (``Wenige Stunden nach dem Brand``). Sentences of our
own."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-03"  # a Tuesday


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.trigger, e.kind, e.date) for e in geomap.analyze(text, lang="de", date=DAY).events]


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Zwei Menschen starben, nachdem in Leoben am Sonntag ein Feuer ausgebrochen war.",
            "accident",
            "2025-06-01",
        ),
        (
            "Die Straße blieb gesperrt, nachdem bei Leoben am Samstag ein Lastwagen "
            "umgestürzt war.",
            "accident",
            "2025-05-31",
        ),
        # the main clause an event of its own: the clause after it was read as its time
        (
            "Ein Mann wurde festgenommen, nachdem in Leoben am Sonntag ein Feuer ausgebrochen war.",
            "accident",
            "2025-06-01",
        ),
        (
            "Der Fahrer wurde verhaftet, nachdem bei Leoben am Samstag ein Lastwagen "
            "umgestürzt war.",
            "accident",
            "2025-05-31",
        ),
    ],
)
def test_the_clause_keeps_its_own_day(text: str, kind: str, day: str) -> None:
    got = {(k, d) for _, k, d in _events(text)}
    assert (kind, day) in got, got


def test_a_relation_to_a_named_event_stays() -> None:
    text = (
        "In Leoben brach am Sonntag in einer Lagerhalle ein Brand aus. "
        "Wenige Stunden nach dem Brand wurde in Leoben ein 30-Jähriger festgenommen."
    )
    got = {(k, d) for _, k, d in _events(text)}
    assert ("strategic_development", "2025-06-01") in got, got
