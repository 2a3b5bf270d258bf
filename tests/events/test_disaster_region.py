"""A journey or visit to the disaster's region (``reiste in die Katastrophenregion``,
``travelled to the disaster zone``) is placed where the disaster told before happened, not
carried from the event told just before it at another place."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_reported


@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        (
            "MANILA, 11. Juni (dpa) - Ein Erdrutsch verschüttete am Montag ein Dorf in der "
            "Provinz Benguet. In Quezon City nahm die Polizei am Dienstag zwei Bauunternehmer "
            "fest. Der Präsident reiste am Dienstag in die Katastrophenregion.",
            "de",
            "travel",
            "Benguet",
        ),
        (
            "LIMA, June 11 (AP) - Floods swept through the town of Piura on Monday. Police "
            "arrested two officials in Arequipa on Tuesday. The president travelled to the "
            "disaster zone on Tuesday.",
            "en",
            "travel",
            "Piura",
        ),
    ],
)
def test_a_trip_to_the_disaster_region_is_placed_there(
    text: str, lang: str, kind: str, place: str
) -> None:
    assert_reported(text, lang, kind, "2025-06-10", place)
