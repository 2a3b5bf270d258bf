"""A place fronted in its own clause is the event's place also when a distance phrase
stands between it and the clause (``In X, about 60 km south-west of Y, police arrested
...``): the place the distance is measured from is no scene (docs/events.md, "Place").
Sentences of our own, in other regions and wording; before this rule the reference of the
distance (or the dateline) became the place."""

from __future__ import annotations

import pytest

import geomap


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "SARAJEVO, 5. Oktober (dpa) – Heftige Regenfälle haben am Samstag Erdrutsche "
            "ausgelöst. In Jablanica, rund 60 Kilometer südwestlich von Sarajevo, nahm die "
            "Polizei am Sonntag zwei Plünderer fest.",
            "Jablanica",
        ),
        (
            "en",
            "SARAJEVO, Oct 5 (Reuters) - Heavy rain triggered landslides on Saturday. In "
            "Jablanica, about 60 km south-west of Sarajevo, police arrested two looters on "
            "Sunday.",
            "Jablanica",
        ),
        (
            "de",
            "LA PAZ, 5. Februar (dpa) – In Oruro, gut 200 Kilometer südlich von La Paz, "
            "demonstrierten am Montag Hunderte Bergleute.",
            "Oruro",
        ),
        (
            "en",
            "HANOI, Feb 5 (Reuters) - In Lao Cai, some 240 km north-west of Hanoi, a bus "
            "crashed into a ravine on Tuesday.",
            "Lào Cai",
        ),
    ],
)
def test_the_fronted_place_not_the_distance_reference(lang, text, place):
    events = geomap.analyze(text, lang=lang, date="2026-10-05").events
    assert events and events[-1].place_name == place
