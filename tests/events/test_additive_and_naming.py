"""``Auch in X gab es Proteste`` / ``Protests were also held in X`` report another event at X,
not a detail that moves the one before to X; and what someone called an event (``Die Polizei
sprach von einer friedlichen Kundgebung``, ``Police spoke of a peaceful rally``) is no
speech and no new event; ``The blast at the plant ...`` after the explosion was told refers back
to it."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, plain


@pytest.mark.parametrize(
    ("text", "lang", "places"),
    [
        (
            "STUTTGART, 11. Juni (dpa) - Am Dienstag demonstrierten rund 300 Menschen vor dem "
            "Landtag. Auch in Pforzheim gab es Proteste.",
            "de",
            {"stuttgart", "pforzheim"},
        ),
        (
            "LIMA, June 11 (AP) - Thousands of miners marched to parliament on Tuesday. Protests "
            "were also held in Arequipa.",
            "en",
            {"lima", "arequipa"},
        ),
    ],
)
def test_an_additive_clause_is_another_event(text: str, lang: str, places: set[str]) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = {plain(e.place_name or "") for e in events if e.kind == "protest"}
    assert places <= got, events


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Polizei in Stuttgart sprach von einer friedlichen Kundgebung.", "de"),
        ("Police in Lima spoke of a peaceful rally.", "en"),
    ],
)
def test_what_someone_called_it_is_no_event(text: str, lang: str) -> None:
    assert geomap.analyze(text, lang=lang, date=DAY).events == ()


@pytest.mark.parametrize(
    "text",
    [
        "TEESSIDE (PA) - An explosion at a chemical plant in Middlesbrough injured eight workers "
        "on Tuesday, police said.\n\nThe blast at the plant sent black smoke over the river.",
        "PERTH (AAP) - A gas explosion at a refinery in Kwinana injured three workers on Tuesday."
        "\n\nThe huge blast was heard across the city.",
    ],
)
def test_a_definite_blast_opening_a_clause_refers_back(text: str) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert len([e for e in events if e.kind == "accident"]) == 1, events
