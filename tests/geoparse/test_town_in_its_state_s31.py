"""A town and the first-level region named right after it (`Memphis, Tennessee`, `Miami,
Florida`, `Paulista im Bundesstaat Pernambuco`, `Mazatlan in the state of Sinaloa`): the
reading the region holds by the town's own GeoNames admin-1 code (the unit whose seat is
the region's seat) wins, also where the town lies at the end of a long region, beyond the
distance test's reach, and a namesake near a place named later would otherwise win
(Memphis, Indiana, beside Indiana; Miami, Oklahoma, beside Tulsa). `in the state of Y`
(a unit word and `of` between) names the container as `im Bundesstaat Y` does. Session 31
(h31-geo, issue 15), ``geomap/geoparse/_rank.py`` (``_held_by_seat``, ``_unit_after``).
"""

from __future__ import annotations

import pytest

import geomap
from gazetteer import Gazetteer


def _places(text: str, lang: str) -> list[geomap.Place]:
    return list(geomap.analyze(text, lang=lang, claims=False, events=False).places)


def _seat_name(place: geomap.Place) -> str | None:
    seat = Gazetteer.open().town_seat(place.id)
    return seat.name if seat is not None else None


@pytest.mark.parametrize(
    ("text", "lang", "mention", "seat"),
    [
        (
            "Flooding hit Memphis, Tennessee, on Monday as the Mississippi crested. Farther "
            "north, towns in Illinois and Indiana were spared, the National Weather Service said.",
            "en",
            "Memphis",
            "Nashville",
        ),
        (
            "Überschwemmungen trafen am Montag Memphis im Bundesstaat Tennessee. Weiter "
            "nördlich blieben Orte in Illinois und Indiana verschont, teilte der Wetterdienst mit.",
            "de",
            "Memphis",
            "Nashville",
        ),
        (
            "A water main broke in Miami, Florida, on Monday, flooding two streets. Crews from "
            "Tulsa, Oklahoma, were sent to help, the utility said.",
            "en",
            "Miami",
            "Tallahassee",
        ),
        (
            "RECIFE (Reuters) - Heavy rain flooded Paulista in the state of Pernambuco on "
            "Monday. Flights from Sao Paulo to Recife were delayed, the airport said.",
            "en",
            "Paulista",
            "Recife",
        ),
        (
            "Starkregen hat am Montag Paulista im Bundesstaat Pernambuco überflutet. Flüge aus "
            "São Paulo fielen aus, teilte der Flughafen mit.",
            "de",
            "Paulista",
            "Recife",
        ),
        # guards: the big namesake stays where the region holds it, or no region is named
        (
            "Police in Portland, Oregon, arrested 20 protesters. In Maine, the governor "
            "called for calm.",
            "en",
            "Portland",
            "Salem",
        ),
        (
            "Police in Kingston, Ontario, said two men were arrested. Jamaica was not involved.",
            "en",
            "Kingston",
            "Toronto",
        ),
        (
            "Officials in Memphis said the river had crested on Monday.",
            "en",
            "Memphis",
            "Nashville",
        ),
    ],
)
def test_the_town_the_region_after_it_holds(text: str, lang: str, mention: str, seat: str) -> None:
    named = [p for p in _places(text, lang) if p.mention == mention]
    assert named, named
    assert all(_seat_name(p) == seat for p in named), [(p.name, p.id, _seat_name(p)) for p in named]
