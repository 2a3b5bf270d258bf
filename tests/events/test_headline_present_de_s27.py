"""A German headline told in the present (issue 20, session 27, h27-evheads; docs/events.md,
"session 27: German headlines in the present").

``Fähre sinkt vor X``, ``Bewaffnete stürmen Polizeiwache``: the lexicon lists the past
(``sank``, ``stürmten``); a line with no closing mark tells the news in the present, read as
that past (``[grammar] weak_past``, ``irregular_present``), dated the report's day. Sentences
of our own, in other regions and wording than the event-site probe's frames; the near-misses
(a plan, a forecast, a question, running text) keep no event."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _events(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (e.trigger, e.type, e.place_name, e.date)
        for e in geomap.analyze(text, lang="de", date=DAY).events
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "kind", "place"),
    [
        ("Fähre kentert vor Lesbos, drei Vermisste", "kentert", "accident", "Lesbos"),
        ("Fähre sinkt vor Kreta", "sinkt", "accident", "Crete"),
        ("Belgrad: Bus stürzt in Schlucht, zwölf Tote", "stürzt", "accident", "Belgrade"),
        (
            "Bewaffnete stürmen Polizeiwache in Kumasi",
            "stürmen",
            "violence_against_civilians",
            "Kumasi",
        ),
        ("Rebellen erobern Stadt im Osten von Mali", "erobern", "battle", "eastern Mali"),
        ("Polizei räumt Protestcamp in Belgrad", "räumt", "protest", "Belgrade"),
    ],
)
def test_a_headline_present_is_the_report_days_event(
    text: str, trigger: str, kind: str, place: str
) -> None:
    events = _events(text)
    assert [(t, k, p) for t, k, p, _ in events] == [(trigger, kind, place)], events
    assert events[0][3] == DAY


@pytest.mark.parametrize(
    "text",
    [
        "Regierung plant neue Steuer",  # a plan, no trigger's present
        "Sturm droht Küste von Mosambik",  # a forecast
        "Warum sinkt die Fähre vor Kreta?",  # a question
        "Die Fähre sinkt langsam, sagte der Kapitän.",  # running text: a closing mark
        "In Kumasi stürmt es seit Tagen",  # no subject before the verb
    ],
)
def test_near_misses_tell_no_event(text: str) -> None:
    assert _events(text) == []
