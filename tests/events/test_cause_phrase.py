"""A disaster named as the cause in a participle's ``by`` phrase (``A landslide set off by
the first quake buried ...``, ``Floods caused by the storm destroyed ...``) is not the
event its clause reports: the noun before it, the carrier's subject, is. A cause after the
carrier (``Homes were destroyed by the floods``) still names the event."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_reported


@pytest.mark.parametrize(
    ("text", "sub_kind", "day", "place"),
    [
        (
            "KABUL, June 11 (Reuters) - An earthquake struck Herat province on Monday. "
            "Residents said a landslide set off by the first quake had buried part of the "
            "road near the town of Ghoryan on Tuesday.",
            "mass_movement",
            "2025-06-10",
            "Ghoryan|Ghoriyan|Ghōriyān",
        ),
        (
            "MAPUTO, June 11 (AP) - A storm hit the coast of Mozambique on Monday. Floods "
            "caused by the storm destroyed 200 homes in the port city of Beira on Tuesday.",
            "flood",
            "2025-06-10",
            "Beira",
        ),
        (
            "SUVA, June 11 (AP) - A cyclone struck Fiji on Monday. A mudslide triggered by "
            "the cyclone swept away a bridge near Nadi on Tuesday.",
            "mass_movement",
            "2025-06-10",
            "Nadi",
        ),
        (
            "LIMA, June 11 (AP) - Homes were destroyed by the floods in the town of Piura on "
            "Tuesday.",
            "flood",
            "2025-06-10",
            "Piura",
        ),
    ],
)
def test_the_cause_in_a_by_phrase_is_not_the_event(
    text: str, sub_kind: str, day: str, place: str
) -> None:
    assert_reported(text, "en", "disaster", day, place, sub_kind=sub_kind)
