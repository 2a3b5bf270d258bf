"""A German ``dass`` clause after a verb that reports a fact (session 22, h22-evde;
docs/events.md, "A dass clause after a verb of reporting a fact (session 22, h22-evde)").

``dass`` opens purpose and demand clauses (``forderten, dass ...``), and the extractor read
every clause it opens as one: ``Die Polizei teilte mit, dass am Samstag ein Mann
festgenommen wurde`` gave no arrest. After a verb that reports a fact (``teilte mit``,
``berichtete``, ``bestätigte``, ``wurde bekannt``) the clause is the fact. The look-alikes
were written first: demands, plans, forecasts, conditions, negations and fears keep their
mood. Sentences of our own; no dev article holds an event in a ``dass`` clause."""

from __future__ import annotations

import pytest

from tests.support.event_table import events_of

DAY = "2025-06-03"  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "Die Gewerkschaft forderte, dass in Leoben am Samstag gestreikt wird.",
        "Die Anwohner verlangten, dass die Polizei in Leoben gegen die Raser vorgeht.",
        "Die Polizei teilte mit, dass in Leoben am Samstag eine Demonstration stattfinden soll.",
        "Die Polizei teilte mit, dass in Leoben am Samstag eine Demonstration stattfinden wird.",
        "Die Polizei teilte mit, dass in Leoben am Samstag niemand festgenommen wurde.",
        "Die Polizei teilte mit, dass ein Anschlag in Leoben nicht auszuschließen sei.",
        "Die Polizei erklärte, dass sie in Leoben bei Ausschreitungen eingreifen würde.",
        "Der Bürgermeister sagte, dass ein Hochwasser in Leoben jederzeit kommen könnte.",
        "Experten befürchten, dass es in Leoben zu weiteren Erdrutschen kommen könnte.",
        "Die Polizei vermutet, dass der Brand in Leoben gelegt wurde.",
        "Die Behörden bestritten, dass in Leoben Demonstranten festgenommen worden seien.",
    ],
)
def test_a_dass_clause_keeps_its_mood(text: str) -> None:
    kinds = {k for _, k, _, _ in events_of("de", text, DAY)}
    assert not kinds & {"strategic_development", "protest", "riot", "disaster", "accident"}, kinds


@pytest.mark.parametrize(
    ("text", "kind", "day"),
    [
        (
            "Die Polizei teilte am Montag mit, dass am Samstag in Leoben ein Mann festgenommen "
            "wurde.",
            "strategic_development",
            "2025-05-31",
        ),
        (
            "Die Feuerwehr berichtete, dass am Sonntag in Leoben eine Lagerhalle niedergebrannt "
            "war.",
            "accident",
            "2025-06-01",
        ),
        (
            "Erst am Sonntag wurde bekannt, dass in Leoben am Freitag ein Mann erschossen worden "
            "war.",
            "violence_against_civilians",
            "2025-05-30",
        ),
        (
            "Die Behörden bestätigten, dass am Montag bei Leoben ein Erdbeben der Stärke 4,1 "
            "registriert wurde.",
            "disaster",
            "2025-06-02",
        ),
        (
            "Die Polizei meldete, dass am Montagabend in Leoben rund 300 Menschen gegen die "
            "Schließung des Spitals demonstrierten.",
            "protest",
            "2025-06-02",
        ),
    ],
)
def test_a_fact_told_in_a_dass_clause_is_an_event(text: str, kind: str, day: str) -> None:
    got = {(k, d) for _, k, _, d in events_of("de", text, DAY)}
    assert (kind, day) in got, got
