# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 21, round 2 (docs/claims.md, "Session 21, round 2: batch BF"): two classes of
ends that held-out text shows, read by sentence structure:

- a road length set off after a way's apposition that ends with a description, not a
  name (``<X>, a two-hour drive south of the city, some N km by road``, ``<X>, eine
  einstündige Autofahrt nordwestlich der Landeshauptstadt, rund N Kilometer auf der Straße``): the
  place that description stands for, resolved as such phrases are (before: no claim);
- a place opening its clause after a sentence about another town, with an aside set off
  by commas or a focus particle between it and its verb (``<B>, a busy market
  town, is about N km away``, ``<B>, too, is about N km away``, ``Auch <B> ist nur etwa N
  Kilometer entfernt``, ``<B>, die Bezirkshauptstadt, liegt rund N Kilometer entfernt``):
  <B> the subject, the town the sentence before was about the reference (before: the
  dateline's town).

Sentences written for this test (Western Australia, Queensland, Styria, Lower Austria,
Kenya's Rift Valley, New South Wales' south coast, Upper Austria, Carinthia), none from a
corpus article. The points are hand points of the places; the truth is the geodesic
between them computed here with geographiclib, never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Perth": (-31.9523, 115.8613),
    "Bunbury": (-33.3271, 115.6414),
    "Brisbane": (-27.4698, 153.0251),
    "Toowoomba": (-27.5606, 151.9507),
    "Graz": (47.0707, 15.4395),
    "Leoben": (47.3765, 15.0914),
    "Wien": (48.2082, 16.3738),
    "Krems": (48.4106, 15.6103),
    "Naivasha": (-0.7167, 36.4333),
    "Nakuru": (-0.3031, 36.0800),
    "Wollongong": (-34.4278, 150.8931),
    "Kiama": (-34.6710, 150.8544),
    "Amstetten": (48.1229, 14.8720),
    "Steyr": (48.0427, 14.4213),
    "Villach": (46.6103, 13.8558),
    "Spittal": (46.7961, 13.4951),
}
# fmt: on

EN = [
    Row(
        "en",
        "PERTH (geomap) - Bushfires hit the south-west. Bunbury, a two-hour drive south of the city, some 175 km by road, lost power.",
        "some 175 km",
        "Bunbury",
        "Perth",
        "consistent",
        form="route",
        either_way=True,
    ),
    Row(
        "en",
        "BRISBANE (geomap) - Storms hit Queensland. Toowoomba, a 90-minute drive west of the state capital, about 60 km by road, closed its schools.",
        "about 60 km",
        "Toowoomba",
        "Brisbane",
        "inconsistent",
        form="route",
        either_way=True,
    ),
    Row(
        "en",
        "NAIROBI (geomap) - Floods hit the Rift Valley. Rescue teams reached Naivasha on Monday. Nakuru, a busy market town, is about 60 km away.",
        "about 60 km",
        "Nakuru",
        "Naivasha",
        "consistent",
    ),
    Row(
        "en",
        "SYDNEY (geomap) - Storms lashed the south coast. Waves flooded the harbour in Wollongong. Kiama, too, is about 60 km away.",
        "about 60 km",
        "Kiama",
        "Wollongong",
        "inconsistent",
    ),
]

DE = [
    Row(
        "de",
        "GRAZ (geomap) - Unwetter in der Steiermark. Leoben, eine knapp einstündige Autofahrt nordwestlich der Landeshauptstadt, rund 65 Kilometer auf der Straße, meldete Hagel.",
        "rund 65 Kilometer",
        "Leoben",
        "Graz",
        "consistent",
        form="route",
        either_way=True,
    ),
    Row(
        "de",
        "WIEN (geomap) - Hochwasser an der Donau. Krems, eine Stunde Fahrt westlich der Hauptstadt, rund 30 Kilometer auf der Straße, sperrte die Uferstraße.",
        "rund 30 Kilometer",
        "Krems",
        "Wien",
        "inconsistent",
        form="route",
        either_way=True,
    ),
    Row(
        "de",
        "LINZ (geomap) - Gewitter zogen über das Mostviertel. Am stärksten traf es Amstetten. Auch Steyr ist nur etwa 15 Kilometer entfernt.",
        "etwa 15 Kilometer",
        "Steyr",
        "Amstetten",
        "inconsistent",
    ),
    Row(
        "de",
        "KLAGENFURT (geomap) - Starkregen in Kärnten. Am Montag wurde Villach überflutet. Spittal, die Bezirkshauptstadt, liegt rund 35 Kilometer entfernt.",
        "rund 35 Kilometer",
        "Spittal",
        "Villach",
        "consistent",
    ),
]

ROWS = [*EN, *DE]

KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=8)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
