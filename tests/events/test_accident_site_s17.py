"""An accident noun that names no mode (German ``Unfall``, ``Unglück``; English ``accident``)
takes its sub-kind from the site it names: a mine, a factory, a plant, a construction site is
an industrial accident; a road, a motorway, a junction, or a vehicle a road crash (EM-DAT:
industrial vs. road transport accident; issue 20, session 17 round 3, h17-evB). A vehicle
beside a works keeps the road reading. Places and wording are of no benchmark article."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_reported

MON = "2025-06-09"


@pytest.mark.parametrize(
    ("text", "lang", "sub_kind", "place"),
    [
        (
            "Bei einem Unglück in einer Goldmine im Süden Perus sind am Montag sechs Bergleute "
            "ums Leben gekommen.",
            "de",
            "industrial",
            "Peru",
        ),
        (
            "Bei einem Unfall in einem Chemiewerk bei Leverkusen wurden am Montag drei Menschen "
            "verletzt.",
            "de",
            "industrial",
            "Leverkusen",
        ),
        (
            "Bei einem Unglück auf einer Baustelle in Doha starben am Montag vier Menschen.",
            "de",
            "industrial",
            "Doha",
        ),
        (
            "Bei einem Unfall auf der Autobahn bei Dortmund starben am Montag zwei Menschen.",
            "de",
            "road",
            "Dortmund",
        ),
        (
            "Bei einem Unfall eines Busses mit Fabrikarbeitern bei Chittagong starben am Montag "
            "zehn Menschen.",
            "de",
            "road",
            "Chittagong|Chattogram",
        ),
        (
            "Nine miners died in an accident in a copper mine in Katanga on Monday.",
            "en",
            "industrial",
            "Katanga",
        ),
        (
            "Two workers were killed in an accident at a fertiliser plant near Gdansk on Monday.",
            "en",
            "industrial",
            "Gdansk",
        ),
        (
            "Three people died in an accident on a motorway near Porto on Monday.",
            "en",
            "road",
            "Porto",
        ),
    ],
)
def test_accident_site_gives_the_sub_kind(text: str, lang: str, sub_kind: str, place: str) -> None:
    assert_reported(text, lang, "accident", MON, place, sub_kind=sub_kind)
