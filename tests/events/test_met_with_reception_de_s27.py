"""A plan that ``traf auf Widerstand`` or ``stieß auf Kritik`` was received so: nobody met
(issue 20, session 27, integrator; the German twin of the English ``was met with criticism``
entry of ``[[figurative]]``). Sentences written for these tests."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-04"


def _types(text: str) -> list[str]:
    return [e.type for e in geomap.analyze(text, lang="de", date=DAY).events]


@pytest.mark.parametrize(
    "text",
    [
        "Der Plan traf in Warschau auf heftigen Widerstand.",
        "Der Vorschlag traf am Montag in Brüssel auf Skepsis.",
        "Die Reform stieß in Prag auf Kritik.",
        "Der Vorschlag stieß bei den Bauern in Lyon auf Ablehnung.",
        "Das Gesetz trifft in Tallinn auf breite Zustimmung.",
    ],
)
def test_a_reception_is_no_meeting(text: str) -> None:
    assert "meeting" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kanzler Scholz traf am Montag in Paris auf Präsident Macron.",
        "Die Ministerin traf in Kiew auf Vertreter der Regierung.",
        "Kanzler Scholz traf am Montag in Paris Präsident Macron.",
    ],
)
def test_people_met_stay_a_meeting(text: str) -> None:
    assert "meeting" in _types(text)
