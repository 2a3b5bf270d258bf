"""``the X district of Y province``, ``the X district of Georgia's Y region``: the town's
district is where the event happened; the country or province after ``of`` only contains
it (``the Black Sea port of Odesa`` still reads the port, not the sea)."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_reported


@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "KABUL, June 11 (Reuters) - A flood swept through the Guzara district of "
            "Afghanistan's Herat province on Tuesday.",
            "disaster",
            "Guzara|Guz̄arah|Guzarah",
        ),
        (
            "TBILISI, June 11 (Reuters) - A mudflow swept through the Mestia district of "
            "Georgia's Samegrelo-Zemo Svaneti region on Tuesday.",
            "disaster",
            "Mestia",
        ),
        (
            "LIMA, June 11 (Reuters) - A landslide buried houses in the Huaral district of "
            "Peru's Lima region on Tuesday.",
            "disaster",
            "Huaral",
        ),
        (
            "ODESA, June 11 (Reuters) - A missile hit the Black Sea port of Odesa on Tuesday.",
            "explosion_remote_violence",
            "Odesa",
        ),
    ],
)
def test_a_district_of_a_country_is_placed_at_the_district(
    text: str, kind: str, place: str
) -> None:
    assert_reported(text, "en", kind, "2025-06-10", place)
