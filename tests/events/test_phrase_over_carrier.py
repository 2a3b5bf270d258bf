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


# A target word in the phrase of where a missile came from (``from a base near X``, ``von
# einem Stützpunkt bei X``) is the launch's site, not its target: the launch stays a launch;
# a target after ``at`` still makes an attack.
LAUNCH_OR_ATTACK: list[tuple[str, str, str]] = [
    (
        "KARACHI, June 10 (Reuters) - The navy fired two cruise missiles from a base near "
        "Gwadar into the Arabian Sea on Tuesday.",
        "en",
        "launch",
    ),
    (
        "Karachi (dpa) - Die Marine feuerte am Dienstag zwei Marschflugkörper von einem "
        "Stützpunkt bei Gwadar ins Arabische Meer ab.",
        "de",
        "launch",
    ),
    (
        "ADEN, June 10 (Reuters) - Rebels fired two missiles from a base near Mukalla at a "
        "tanker in the Red Sea on Tuesday.",
        "en",
        "explosion_remote_violence",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind"), LAUNCH_OR_ATTACK)
def test_origin_is_no_target(text: str, lang: str, kind: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.kind, e.trigger, e.date) for e in events]
    assert [(k, d) for k, _, d in got] == [(kind, TUE)], got
