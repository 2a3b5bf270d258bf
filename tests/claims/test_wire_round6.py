# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Plain wire copy, session 16 round 3 (docs/claims.md, "Session 16, round 3"):

- ``In <X>, about N km away, ...`` where the geoparser read a second-level unit and the
  gazetteer holds a town of the unit's name inside it: the distance is measured from
  that town (a district is a container, not a point a distance is measured from);
- a part of a town with no preposition before it, a verb's object or a subject
  (``Floods hit the outskirts of the capital, some N km from <B>``, ``The suburbs of the
  capital, about N km from <B>, were flooded``, ``erreichte die Vororte der
  Hauptstadt, rund N km von <B>``): the distance describes that town.

Sentences written for this test (the Philippines, Peru, Kenya, Australia, Ghana,
Austria, Argentina), none from a corpus article. The points are hand points of the
places; the truth is the geodesic between them computed here with geographiclib, never
through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_row, near, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Manila": (14.5995, 120.9842), "Bulacan": (14.7928, 120.8789),
    "Lima": (-12.0464, -77.0428), "Huaral": (-11.4950, -77.2078),
    "Nairobi": (-1.2864, 36.8172), "Thika": (-1.0333, 37.0693),
    "Sydney": (-33.8688, 151.2093), "Wollongong": (-34.4278, 150.8931),
    "Accra": (5.6037, -0.1870), "Kumasi": (6.6885, -1.6244),
    "Vienna": (48.2082, 16.3738), "Sankt Pölten": (48.2049, 15.6256),
    "Buenos Aires": (-34.6037, -58.3816), "La Plata": (-34.9214, -57.9545),
}
# fmt: on

EN = [
    # a second-level unit after "In", a distance set off after it: its town of that name
    Row(
        "en",
        "MANILA (geomap) - Heavy rain fell across Luzon on Monday. In Bulacan, about 25 km away, ferries stayed in port.",
        "about 25 km",
        "Bulacan",
        "Manila",
        "consistent",
    ),
    # a town part as a verb's object or a subject, then the town's description
    Row(
        "en",
        "LIMA (geomap) - Heavy rain fell across Peru on Monday. Floods hit the outskirts of the capital, some 60 km from Huaral, and 300 families lost their homes.",
        "some 60 km",
        "Lima",
        "Huaral",
        "consistent",
    ),
    Row(
        "en",
        "NAIROBI (geomap) - Heavy rain fell across Kenya on Monday. Floods hit the outskirts of the capital, about 60 km from Thika, on Tuesday.",
        "about 60 km",
        "Nairobi",
        "Thika",
        "inconsistent",
    ),
    Row(
        "en",
        "CANBERRA (geomap) - Bushfires burned across New South Wales. Smoke covered the suburbs of the state capital, about 80 km from Wollongong.",
        "about 80 km",
        "Sydney",
        "Wollongong",
        "consistent",
    ),
    Row(
        "en",
        "ACCRA (geomap) - Heavy rain fell across Ghana. The suburbs of the capital, about 200 km from Kumasi, were flooded.",
        "about 200 km",
        "Accra",
        "Kumasi",
        "consistent",
    ),
]

DE = [
    Row(
        "de",
        "MANILA (geomap) – Schwere Regenfälle trafen Luzon am Montag. In Bulacan, rund 60 Kilometer entfernt, blieben die Fähren im Hafen.",
        "rund 60 Kilometer",
        "Bulacan",
        "Manila",
        "inconsistent",
    ),
    Row(
        "de",
        "WIEN (geomap) – Starkregen in Österreich. Das Hochwasser erreichte die Vororte der Hauptstadt, rund 55 Kilometer von St. Pölten entfernt.",
        "rund 55 Kilometer",
        "Vienna",
        "Sankt Pölten",
        "consistent",
    ),
    Row(
        "de",
        "BUENOS AIRES (geomap) – Ein Sturm zog über Argentinien. Der Sturm traf die Vororte der Hauptstadt, rund 120 Kilometer von La Plata entfernt.",
        "rund 120 Kilometer",
        "Buenos Aires",
        "La Plata",
        "inconsistent",
    ),
    Row(
        "de",
        "LIMA (geomap) – Schwerer Regen in Peru. Das Wasser erreichte den Stadtrand der Hauptstadt, gut 60 Kilometer von Huaral.",
        "gut 60 Kilometer",
        "Lima",
        "Huaral",
        "consistent",
    ),
]
ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=9)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text", "quantity"),
    [
        # a unit named with its noun is the unit: no town stands in for it
        (
            "en",
            "MANILA (geomap) - Heavy rain fell across Luzon on Monday. In Bulacan province, about 25 km away, ferries stayed in port.",
            "about 25 km",
        ),
        # no town of the unit's name: the unit is not replaced by its biggest town
        (
            "en",
            "MANILA (geomap) - Heavy rain fell across Luzon on Monday. In Pampanga, about 70 km away, ferries stayed in port.",
            "about 70 km",
        ),
    ],
)
def test_a_unit_without_its_town_stays_a_unit(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]
    assert not any(near(AT, c.subject, "Bulacan") for c in found)
    assert all(c.subject is None or c.subject.kind != "city" for c in found), found
