# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 25, round 2 (docs/claims.md, "Session 25, round 2: batch BN"): classes of
disaster coverage found on dev batch BN, each tested on sentences written for this file
(the Mississippi, the Kimberley and the Top End, the Danube, South Tyrol, the Valtellina,
western Colorado, Far North Queensland, Styria), none from a corpus article.

- ``In <B>, N km from where the river crested`` after ``The river crested at <A>``, ``rund
  N Kilometer von der Stelle entfernt, an der der Fluss seinen Höchststand erreichte``
  after ``Die Donau erreichte bei <A> ihren Höchststand``: with no epicentre or landfall
  noun, the from-where clause's own words echoed in a sentence before that names a town
  after ``at`` / ``near`` / ``bei`` make that town the site (before: no claim).
- ``In <B>, N km up the valley``, ``<B>, rund N Kilometer talaufwärts / talabwärts``: a
  distance with no compass point along the valley, seen from the dateline's town as
  ``N km away`` is (lexicon ``away_words``; before: no claim). ``weiter talaufwärts`` goes on
  from where the text stood.
- ``<A>, some N km to the south, ... . <B>, about N km west of the city``: the sentence
  before placed its town from the dateline's city without naming it; ``the city`` is the
  dateline's city, not the town just placed (before: that town). A town placed from a city
  the text names (``<A> lies N km south of <C>. <B>, N km north of the town``) stays the
  topic.

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
    "Quincy": (39.9356, -91.4099),
    "Hannibal": (39.7084, -91.3585),
    "Broome": (-17.9614, 122.2359),
    "Derby": (-17.3039, 123.6286),
    "Passau": (48.5740, 13.4610),
    "Deggendorf": (48.8403, 12.9606),
    "Darwin": (-12.4634, 130.8456),
    "Katherine": (-14.4650, 132.2635),
    "Bolzano": (46.4983, 11.3548),
    "Merano": (46.6713, 11.1594),
    "Schlanders": (46.6275, 10.7733),
    "Sondrio": (46.1699, 9.8715),
    "Morbegno": (46.1356, 9.5660),
    "Grand Junction": (39.0639, -108.5506),
    "Glenwood Springs": (39.5505, -107.3248),
    "Cairns": (-16.9186, 145.7781),
    "Mareeba": (-16.9925, 145.4230),
    "Innisfail": (-17.5236, 146.0310),
    "Babinda": (-17.3446, 145.9228),
    "Graz": (47.0707, 15.4395),
    "Weiz": (47.2167, 15.6167),
    "Nairobi": (-1.2921, 36.8219),
    "Nyeri": (-0.4201, 36.9476),
    "Karatina": (-0.4833, 37.1333),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
CREST = [
    ("en", "ST. LOUIS, Mo. (AP) - The Mississippi crested at Quincy, Ill., on Sunday. Roads were closed. In Hannibal, Mo., about 25 km from where the river crested, the levees held.", "about 25 km", "Hannibal", "Quincy", 25.0, True),
    ("en", "ST. LOUIS, Mo. (AP) - The Mississippi crested at Quincy, Ill., on Sunday. Roads were closed. In Hannibal, Mo., about 45 km from where the river crested, the levees held.", "about 45 km", "Hannibal", "Quincy", 45.0, False),
    ("en", "PERTH, Australia (AP) - The cyclone's eye came ashore near Broome overnight. In Derby, about 165 km from where the storm came ashore, roofs were torn off.", "about 165 km", "Derby", "Broome", 165.0, True),
    ("de", "MÜNCHEN (dpa) - Die Donau erreichte bei Passau am Sonntag ihren Höchststand. In Deggendorf, rund 45 Kilometer von der Stelle entfernt, an der die Donau ihren Höchststand erreichte, liefen Keller voll.", "rund 45 Kilometer", "Deggendorf", "Passau", 45.0, True),
    ("de", "MÜNCHEN (dpa) - Die Donau erreichte bei Passau am Sonntag ihren Höchststand. In Deggendorf, rund 80 Kilometer von der Stelle entfernt, an der die Donau ihren Höchststand erreichte, liefen Keller voll.", "rund 80 Kilometer", "Deggendorf", "Passau", 80.0, False),
    ("de", "SYDNEY (dpa) - Der Zyklon ist in der Nacht bei Darwin auf Land getroffen. In Katherine, rund 270 Kilometer von der Stelle entfernt, an der der Sturm auf Land traf, fiel der Strom aus.", "rund 270 Kilometer", "Katherine", "Darwin", 270.0, True),
]

VALLEY = [
    ("de", "BOZEN (dpa) - Ein Murgang hat die Brennerstraße verschüttet. In Meran, rund 25 Kilometer talaufwärts, trat die Passer über die Ufer.", "rund 25 Kilometer", "Merano", "Bolzano", 25.0, True),
    ("de", "BOZEN (dpa) - Ein Murgang hat die Brennerstraße verschüttet. In Meran, rund 45 Kilometer talaufwärts, trat die Passer über die Ufer.", "rund 45 Kilometer", "Merano", "Bolzano", 45.0, False),
    ("de", "SONDRIO (dpa) - Unwetter haben das Veltlin getroffen. Morbegno, rund 24 Kilometer talabwärts, sperrte die Brücke.", "rund 24 Kilometer", "Morbegno", "Sondrio", 24.0, True),
    ("de", "BOZEN (dpa) - Ein Murgang hat Meran getroffen. Schlanders, rund 30 Kilometer weiter talaufwärts, meldete Schäden.", "rund 30 Kilometer", "Schlanders", "Merano", 30.0, True),
    ("en", "GRAND JUNCTION, Colo. (AP) - Mudslides closed Interstate 70 on Monday. Glenwood Springs, some 120 km up the valley, opened a shelter.", "some 120 km", "Glenwood Springs", "Grand Junction", 120.0, True),
    ("en", "GRAND JUNCTION, Colo. (AP) - Mudslides closed Interstate 70 on Monday. Glenwood Springs, some 200 km up the valley, opened a shelter.", "some 200 km", "Glenwood Springs", "Grand Junction", 200.0, False),
]

CITY_AFTER_DATELINE = [
    ("en", "CAIRNS, Australia (AP) - Floods hit the far north on Monday. Innisfail, some 70 km to the south, was cut off. Mareeba, about 40 km west of the city, lost power.", "about 40 km", "Mareeba", "Cairns", 40.0, True),
    ("en", "CAIRNS, Australia (AP) - Floods hit the far north on Monday. Innisfail, some 70 km to the south, was cut off. Mareeba, about 85 km west of the city, lost power.", "about 85 km", "Mareeba", "Cairns", 85.0, False),
    ("de", "GRAZ (APA) - Unwetter haben die Steiermark getroffen. Leoben, rund 45 Kilometer nordwestlich, meldete Schäden. Weiz, rund 20 Kilometer nordöstlich der Stadt, sperrte die Straßen.", "rund 20 Kilometer", "Weiz", "Graz", 20.0, True),
    ("de", "GRAZ (APA) - Unwetter haben die Steiermark getroffen. Leoben, rund 45 Kilometer nordwestlich, meldete Schäden. Weiz, rund 40 Kilometer nordöstlich der Stadt, sperrte die Straßen.", "rund 40 Kilometer", "Weiz", "Graz", 40.0, False),
]

# guards: a town placed from a city the text names, by its name or as "the capital", stays
# the topic of "the town"
TOPIC_STAYS = [
    ("en", "NAIROBI, Kenya (AP) - Floods hit central Kenya on Monday. Nyeri lies about 100 km north of the capital. Karatina, about 22 km east of the town, lost power.", "about 22 km", "Karatina", "Nyeri", 22.0, True),
    ("en", "CAIRNS, Australia (AP) - Floods hit the far north on Monday. Innisfail lies about 70 km south of Cairns. Babinda, about 23 km north of the town, lost power.", "about 23 km", "Babinda", "Innisfail", 23.0, True),
]
# fmt: on


@pytest.mark.parametrize(
    "table", [CREST, VALLEY, CITY_AFTER_DATELINE], ids=["crest", "valley", "city-after-dateline"]
)
def test_tables_are_balanced(table: list[tuple[Any, ...]]) -> None:
    assert_both_languages_both_truths(table)


ROWS = CREST + VALLEY + CITY_AFTER_DATELINE + TOPIC_STAYS


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[2]}-{r[3]}-{r[6]}" for r in ROWS])
def test_pair_and_verdict(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    assert_pair_and_verdict(analyze, AT, row, bounds=(0.9, 1.1))


# guards: a from-where clause whose words no sentence before echoes with a town after
# "at" / "bei" is checked against no town
# fmt: off
NO_SITE = [
    ("en", "ST. LOUIS, Mo. (AP) - The Mississippi crested on Sunday. Roads were closed. In Hannibal, Mo., about 25 km from where the river crested, the levees held.", "about 25 km"),
    ("de", "MÜNCHEN (dpa) - Die Donau erreichte am Sonntag ihren Höchststand. In Deggendorf, rund 45 Kilometer von der Stelle entfernt, an der die Donau ihren Höchststand erreichte, liefen Keller voll.", "rund 45 Kilometer"),
    ("en", "ST. LOUIS, Mo. (AP) - Storms hit Quincy, Ill., on Sunday. In Hannibal, Mo., about 25 km from where the river crested, the levees held.", "about 25 km"),
]
# fmt: on


@pytest.mark.parametrize("row", NO_SITE, ids=[f"{r[0]}-{r[2]}-{i}" for i, r in enumerate(NO_SITE)])
def test_from_where_with_no_echoed_site_has_no_pair(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_no_checked_claim(analyze, *row)
