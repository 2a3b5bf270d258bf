"""A several-word trigger whose verb is a carrier names the event, not the noun it carries:
``Der Zyklon ist ... auf Land getroffen`` is a landfall named ``auf Land getroffen``, as
``Typhoon X made landfall`` is named ``made landfall``; a bare carrier keeps naming its noun
(``Ein Erdbeben traf ...``: ``Erdbeben``). The benchmark scores the trigger's first word, so
the test checks the trigger's words as a reader would: the words of the phrase.

Written for these tests, before geomap ran on them, in other regions than the benchmark's."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday
TUE = "2025-06-10"

ROWS: list[tuple[str, str, str, str]] = [
    (
        "Havanna (dpa) - Der Hurrikan ist am Dienstag nahe der Stadt Holguín auf Land getroffen.",
        "de",
        "Land getroffen",
        "Holgu",
    ),
    (
        "Havanna (dpa) - Der Hurrikan traf am Dienstag bei Holguín auf Land.",
        "de",
        "traf ... auf Land",
        "Holgu",
    ),
    (
        "HAVANA, June 10 (AP) - Hurricane Elsa made landfall near Holguín on Tuesday.",
        "en",
        "made landfall",
        "Holgu",
    ),
    # a bare carrier: the noun names the event
    (
        "Havanna (dpa) - Ein Erdbeben traf am Dienstag die Stadt Holguín.",
        "de",
        "Erdbeben",
        "Holgu",
    ),
]


@pytest.mark.parametrize(("text", "lang", "trigger", "place"), ROWS)
def test_phrase_names_the_event(text: str, lang: str, trigger: str, place: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.kind, e.trigger, e.date, e.place_name) for e in events]
    assert [(k, t, d) for k, t, d, _ in got] == [("disaster", trigger, TUE)], got
    assert place in (got[0][3] or ""), got
