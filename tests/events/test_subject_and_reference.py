"""The town a clause is about, not the point a distance is measured from: ``The port city of
A, about 100 km east of B, reported flooding`` is at A (the subject cut from its predicate by
an aside), ``A liegt 80 Kilometer südlich von B und meldete ...`` too; a distance alone still
places the event near its reference point."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_reported

ROWS = [
    (
        "LIMA, June 11 (AP) - The mining town of Cerro de Pasco, about 170 km north-east of Lima, "
        "reported flooding in 30 streets on Tuesday.",
        "en",
        "disaster",
        "2025-06-10",
        "Cerro de Pasco",
    ),
    (
        "NAIROBI, June 11 (Reuters) - Nakuru, a city of 570,000 about 160 km north-west of "
        "Nairobi, was hit by a hailstorm on Tuesday.",
        "en",
        "disaster",
        "2025-06-10",
        "Nakuru",
    ),
    (
        "MANILA, June 11 (AP) - The port of Batangas, some 110 km south of Manila, was closed "
        "after a ferry caught fire on Tuesday.",
        "en",
        "accident",
        "2025-06-10",
        "Batangas",
    ),
    (
        "SANTIAGO, 11. Juni (dpa) - Die Hafenstadt Valparaíso liegt rund 110 Kilometer "
        "nordwestlich von Santiago und meldete am Dienstag Überschwemmungen.",
        "de",
        "disaster",
        "2025-06-10",
        "Valparaiso",
    ),
    (
        "ANKARA, 11. Juni (dpa) - Konya, eine Stadt rund 230 Kilometer südlich von Ankara, "
        "meldete am Dienstag schwere Überschwemmungen.",
        "de",
        "disaster",
        "2025-06-10",
        "Konya",
    ),
    (
        "A strong earthquake struck about 40 km east of Mendoza on Tuesday.",
        "en",
        "disaster",
        "2025-06-10",
        "Mendoza",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), ROWS)
def test_the_event_is_at_the_town_the_clause_is_about(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)
