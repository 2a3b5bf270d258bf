"""A country's whole coast ("off the coast of X", "vor der Küste Xs", derived by the
geoparser: docs/geoparser.md) as an event's place: more precise than the country, less
than a town the sentence names beside it (docs/events.md, "Actors")."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-10"


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("en", "A boat capsized off the coast of Tunisia near Sfax on Monday.", "Sfax"),
        ("de", "Ein Boot kenterte am Montag vor der Küste Tunesiens bei Sfax.", "Sfax"),
        ("en", "A boat capsized off the coast of Tunisia on Monday.", "coast of Tunisia"),
        ("de", "Ein Boot kenterte am Montag vor der tunesischen Küste.", "coast of Tunisia"),
    ],
)
def test_a_whole_coast_beats_its_country_not_a_town(lang, text, place):
    a = geomap.analyze(text, lang=lang, date=DAY)
    assert [e.place_name for e in a.events] == [place], a.events
