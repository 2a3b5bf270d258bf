# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 26 (docs/claims.md, "Session 26: batch BO"): classes found on dev batch BO, each
tested on sentences written for this file (Kenya, Western Australia, Colorado, Peru,
Queensland, Bavaria, Lower Austria, the Amazon, Sikkim, the Danube), none from a corpus
article.

- ``<verb> near / toward / over <A>, a <noun> about N km <direction> of <B>``: English noun
  phrases end at a function word and a qualifier (``about``, ``some``, ``roughly``,
  ``nearly``) is none, so the apposition's phrase read ``a town about``, ran into the
  distance, and the claim lost its subject (no claim at all). Cut short of the distance,
  the phrase is the apposition of the place before the comma.
- ``<B>, some N km upriver from <Unknown>``, ``rund N Kilometer flussaufwärts von
  <Unbekannt>``: the way names its own start, one the geoparser did not read; before, the
  place the text stood at was borrowed as the start (a wrong pair).

The truth is computed from hand points with geographiclib, never through geomap's code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_builders import (
    assert_both_languages_both_truths,
    assert_no_checked_claim,
    assert_pair_and_verdict,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Garissa": (-0.4536, 39.6401),
    "Nairobi": (-1.2921, 36.8219),
    "Carnarvon": (-24.8840, 113.6594),
    "Perth": (-31.9523, 115.8613),
    "Boulder": (40.0150, -105.2705),
    "Denver": (39.7392, -104.9903),
    "Huaraz": (-9.5300, -77.5283),
    "Lima": (-12.0464, -77.0428),
    "Noosa Heads": (-26.3943, 153.0901),
    "Brisbane": (-27.4698, 153.0251),
    "Garmisch-Partenkirchen": (47.4917, 11.0955),
    "München": (48.1351, 11.5820),
    "Krems": (48.4102, 15.6036),
    "Wien": (48.2082, 16.3738),
    "Novo Airão": (-2.6206, -60.9436),
    "Manacapuru": (-3.2997, -60.6206),
    "Vilshofen": (48.6364, 13.1872),
    "Passau": (48.5665, 13.4312),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
APPOSED = [
    ("en", "NAIROBI, Kenya (Reuters) - Floods destroyed 300 homes in Garissa, a market town roughly 350 km east of Nairobi, on Sunday.", "roughly 350 km", "Garissa", "Nairobi", 350.0, True),
    ("en", "DENVER (AP) - A wildfire started near Boulder, a university town about 40 km north-west of Denver, on Monday.", "about 40 km", "Boulder", "Denver", 40.0, True),
    ("en", "BRISBANE, Australia (AP) - A bushfire burned toward Noosa Heads, a beach town some 130 km north of the city, on Monday.", "some 130 km", "Noosa Heads", "Brisbane", 130.0, True),
    ("en", "PERTH, Australia (AP) - The cyclone crossed the coast near Carnarvon, the fishing town some 400 km north of the state capital, overnight.", "some 400 km", "Carnarvon", "Perth", 400.0, False),
    ("en", "LIMA, Peru (AP) - A landslide struck near Huaraz, a mountain city nearly 170 km north of Lima, on Tuesday.", "nearly 170 km", "Huaraz", "Lima", 170.0, False),
    # German phrases end at their capitalised head: the class was read before, and stays
    ("de", "MÜNCHEN (dpa) - Das Feuer brach bei Garmisch-Partenkirchen aus, einem Markt rund 80 Kilometer südlich der Landeshauptstadt.", "rund 80 Kilometer", "Garmisch-Partenkirchen", "München", 80.0, True),
    ("de", "MÜNCHEN (dpa) - Das Feuer brach bei Garmisch-Partenkirchen aus, einem Markt rund 150 Kilometer südlich der Landeshauptstadt.", "rund 150 Kilometer", "Garmisch-Partenkirchen", "München", 150.0, False),
    ("de", "WIEN (APA) - Das Hochwasser erreichte am Montag Krems, eine Stadt rund 60 Kilometer westlich der Hauptstadt.", "rund 60 Kilometer", "Krems", "Wien", 60.0, True),
]

#: an apposition after a name the geoparser did not read, or no name at all: no checked claim
NO_SUBJECT = [
    ("en", "DEHRADUN, India (Reuters) - A landslide cut the road near Joshimath. Zzyqnath, the temple town some 22 km north of Joshimath, was cut off.", "some 22 km"),
    ("en", "HOBART, Australia (AP) - Fires burned near Zzyqville, a hamlet about 40 km west of Hobart, on Monday.", "about 40 km"),
    ("en", "LIMA, Peru (AP) - A village about 20 km from Huaraz was flooded on Tuesday.", "about 20 km"),
]

#: a way along a river: its own start, read or unread
ALONG = [
    ("en", "MANAUS, Brazil (AP) - The river rose at Manacapuru. Novo Airão, some 80 km upstream from Manacapuru, was flooded.", "some 80 km", "Novo Airão", "Manacapuru", 80.0, True),
    ("en", "MANAUS, Brazil (AP) - The river rose at Manacapuru. Novo Airão, some 80 km upstream, was flooded.", "some 80 km", "Novo Airão", "Manacapuru", 80.0, True),
    ("de", "PASSAU (dpa) - Die Donau stieg in Passau. Vilshofen, rund 20 Kilometer flussaufwärts von Passau, meldete Hochwasser.", "rund 20 Kilometer", "Vilshofen", "Passau", 20.0, True),
    ("de", "PASSAU (dpa) - Die Donau stieg in Passau. Vilshofen, rund 20 Kilometer flussaufwärts, meldete Hochwasser.", "rund 20 Kilometer", "Vilshofen", "Passau", 20.0, True),
]

UNREAD_START = [
    ("en", "GANGTOK, India (Reuters) - A lake burst on Wednesday. Mangan lost its bridge. Rangpo, some 19 km upriver from Zzyqpur, has been cut off.", "some 19 km"),
    ("en", "MANAUS, Brazil (AP) - The river rose at Manacapuru. Novo Airão, some 80 km upstream from Zzyqporto, was flooded.", "some 80 km"),
    ("de", "PASSAU (dpa) - Die Donau stieg in Passau. Vilshofen, rund 20 Kilometer flussaufwärts von Zzyqdorf, meldete Hochwasser.", "rund 20 Kilometer"),
]
# fmt: on


def test_the_apposition_tables_hold_both_languages_and_both_truths() -> None:
    assert_both_languages_both_truths(APPOSED)


@pytest.mark.parametrize("row", APPOSED, ids=[r[3] + "-" + str(r[6]) for r in APPOSED])
def test_an_apposition_running_into_its_distance_describes_the_place_before_it(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_pair_and_verdict(analyze, AT, row)


@pytest.mark.parametrize("row", NO_SUBJECT, ids=[r[2] for r in NO_SUBJECT])
def test_an_apposition_of_no_read_place_makes_no_checked_claim(
    analyze: Callable[..., Any], row: tuple[str, str, str]
) -> None:
    assert_no_checked_claim(analyze, *row)


@pytest.mark.parametrize("row", ALONG, ids=[r[0] + "-" + r[2] for r in ALONG])
def test_a_way_along_a_river_keeps_its_start(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_pair_and_verdict(analyze, AT, row)


@pytest.mark.parametrize("row", UNREAD_START, ids=[r[2] for r in UNREAD_START])
def test_a_way_from_an_unread_name_borrows_no_start(
    analyze: Callable[..., Any], row: tuple[str, str, str]
) -> None:
    assert_no_checked_claim(analyze, *row)
