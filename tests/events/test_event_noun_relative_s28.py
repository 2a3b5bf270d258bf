"""A sentence's opening event noun with a relative clause in the past perfect that tells its
own outbreak and place (``Das Feuer, das in X ausgebrochen war, griff ... über``): one event
of that noun, at the clause's place (issue 20, session 28, integrator). The session's
participle-before-copula reading (``die nahe X gestartet waren``: an earlier act, cut from
the main clause) had cut these too and lost the event. Sentences written for these tests,
in regions no held-out article is from."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-03-04"


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.place_name) for e in geomap.analyze(text, lang="de", date=DAY).events]


@pytest.mark.parametrize(
    ("text", "kind", "town"),
    [
        (
            "Das Feuer, das in einer Lagerhalle in Tema ausgebrochen war, griff am Abend auf "
            "ein Wohnviertel über.",
            "accident",
            "Tema",
        ),
        (
            "Das Feuer, das in einer Werkstatt in Kumasi ausgebrochen war, zerstörte am Abend "
            "20 Häuser.",
            "accident",
            "Kumasi",
        ),
        (
            "Der Brand, der in einem Lager bei Sokodé ausgebrochen war, breitete sich am Montag "
            "auf Nachbargebäude aus.",
            "accident",
            "Sokodé",
        ),
    ],
)
def test_the_event_noun_keeps_its_relative_clause(text: str, kind: str, town: str) -> None:
    events = _events(text)
    assert events, text
    assert events[0][0] == kind
    assert events[0][1] is not None and town in events[0][1]


@pytest.mark.parametrize(
    ("text", "kind", "town"),
    [
        # guards: a subject that is no event noun still has its past-perfect journey cut
        # from the main clause, whose verb then places the event at its own town
        (
            "Der Bus, der am Morgen in Osch gestartet war, stürzte am Nachmittag bei "
            "Dschalalabad in eine Schlucht.",
            "accident",
            "Jal",
        ),
        (
            "Der Zug, der in Tanger gestartet war, entgleiste am Montag bei Kenitra.",
            "accident",
            "Kenitra",
        ),
    ],
)
def test_a_journey_before_the_main_verb_stays_cut(text: str, kind: str, town: str) -> None:
    events = _events(text)
    assert [e[0] for e in events] == [kind]
    assert events[0][1] is not None and town in events[0][1]
