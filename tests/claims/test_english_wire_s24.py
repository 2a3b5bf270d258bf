# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 24 round 2 (docs/claims.md, "Session 24, round 2: batch BK"): classes of
English wire copy found on dev batch BK, each tested on sentences written for this file
(Kenya, Bavaria, Alaska's south coast, Sicily, Queensland, Saxony), none from a corpus
article.

- ``The governor flew N km to <B> (from <A>)`` / ``Der Minister flog N Kilometer nach <B>``:
  the place flown to from the start named in the sentence, else from the dateline's place,
  a straight line (before: no claim, or a range drawn round <A> with no end checked); a
  projectile's flight (``a missile flew N km to <B>``) takes no start from the dateline.
- ``„Bis <B> sind es von hier N km Luftlinie", sagte ein Sprecher in <A>``, ``"<B> is N km
  from here as the crow flies," an official in <A> said``: a straight line from here locates
  <B> from the speaker's place <A>, as a named start does (``Von <A> aus sind es N km bis
  <B>``); before, the German order put the speaker first.
- ``<X>, <A>'s largest rival, lies N km away`` / ``<X>, <A>s alte Rivalin, liegt N km
  entfernt``: a possessive apposition of a relation (lexicon ``possessive_neighbour_nouns``,
  now with rivals and with up to two lower-case attributes before the noun) reads <X> from
  <A> (before: the dateline, or <A> read as the subject).

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
    claim_on,
    near_point,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Nairobi": (-1.2921, 36.8219),
    "Kisumu": (-0.0917, 34.7680),
    "Mombasa": (-4.0435, 39.6682),
    "Anchorage": (61.2181, -149.9003),
    "Juneau": (58.3019, -134.4197),
    "München": (48.1351, 11.5820),
    "Hamburg": (53.5511, 9.9937),
    "Nürnberg": (49.4521, 11.0767),
    "Fürth": (49.4771, 10.9887),
    "Thika": (-1.0333, 37.0693),
    "Oakland": (37.8044, -122.2712),
    "San Francisco": (37.7749, -122.4194),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
FLIGHTS = [
    ("en", "NAIROBI, Kenya (AP) - Floods hit the west. The minister flew some 270 km to Kisumu on Monday.", "some 270 km", "Kisumu", "Nairobi", 270.0, True),
    ("en", "NAIROBI, Kenya (AP) - Floods hit the west. The minister flew some 600 km to Kisumu on Monday.", "some 600 km", "Kisumu", "Nairobi", 600.0, False),
    ("en", "ANCHORAGE, Alaska (AP) - Storms. The governor flew 930 km to Juneau from Anchorage on Tuesday.", "930 km", "Juneau", "Anchorage", 930.0, True),
    ("en", "SEATTLE (AP) - Storms. The governor flew 400 km to Juneau from Anchorage on Tuesday.", "400 km", "Juneau", "Anchorage", 400.0, False),
    ("de", "MÜNCHEN (dpa) - Sturm im Norden. Der Minister flog rund 610 Kilometer nach Hamburg.", "rund 610 Kilometer", "Hamburg", "München", 610.0, True),
    ("de", "MÜNCHEN (dpa) - Sturm im Norden. Der Minister flog rund 300 Kilometer nach Hamburg.", "rund 300 Kilometer", "Hamburg", "München", 300.0, False),
]

RIVALS = [
    ("en", "MOMBASA, Kenya (AP) - Floods. Thika, Nairobi's largest rival, lies about 40 km away.", "about 40 km", "Thika", "Nairobi", 40.0, True),
    ("en", "SACRAMENTO (AP) - Storms. Oakland, San Francisco's old rival across the bay, lies about 40 km away.", "about 40 km", "Oakland", "San Francisco", 40.0, False),
    ("de", "HAMBURG (dpa) - Unwetter. Fürth, Nürnbergs alte Rivalin, liegt knapp 7 Kilometer entfernt.", "knapp 7 Kilometer", "Fürth", "Nürnberg", 7.0, True),
    ("de", "HAMBURG (dpa) - Unwetter. Fürth, Nürnbergs größte Nachbarstadt, liegt rund 30 Kilometer entfernt.", "rund 30 Kilometer", "Fürth", "Nürnberg", 30.0, False),
]

FROM_HERE = [
    ("en", "NAKURU, Kenya (AP) - Floods. \"It is about 260 km from here to Kisumu as the crow flies,\" an official in Nairobi said.", "about 260 km", "Kisumu", "Nairobi", 260.0, True),
    ("en", "NAKURU, Kenya (AP) - Floods. \"Kisumu is about 600 km from here as the crow flies,\" an official in Nairobi said.", "about 600 km", "Kisumu", "Nairobi", 600.0, False),
    ("de", "NÜRNBERG (dpa) - Sturm. „Bis Hamburg sind es von hier rund 610 Kilometer Luftlinie“, sagte ein Sprecher in München.", "rund 610 Kilometer", "Hamburg", "München", 610.0, True),
    ("de", "NÜRNBERG (dpa) - Sturm. „Von hier sind es rund 300 Kilometer bis Hamburg“, sagte ein Sprecher in München.", "rund 300 Kilometer", "Hamburg", "München", 300.0, False),
]
# fmt: on


@pytest.mark.parametrize(
    "table", [FLIGHTS, FROM_HERE, RIVALS], ids=["flights", "from-here", "rivals"]
)
def test_tables_are_balanced(table: list[tuple[Any, ...]]) -> None:
    assert_both_languages_both_truths(table)


@pytest.mark.parametrize(
    "row",
    FLIGHTS + FROM_HERE + RIVALS,
    ids=[f"{r[0]}-{r[2]}-{r[3]}-{r[6]}" for r in FLIGHTS + FROM_HERE + RIVALS],
)
def test_pair_and_verdict(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    assert_pair_and_verdict(analyze, AT, row, bounds=(0.9, 1.1))


# guards: a projectile's flight with no start named is checked against no dateline, and a
# flight to no town keeps no pair
# fmt: off
NO_FLIGHT_PAIR = [
    ("en", "NAIROBI, Kenya (AP) - Alarm. A drone flew some 440 km to Mombasa before it was shot down.", "some 440 km"),
    ("de", "MÜNCHEN (dpa) - Alarm. Eine Drohne flog rund 150 Kilometer nach Nürnberg.", "rund 150 Kilometer"),
    ("en", "NAIROBI, Kenya (AP) - Floods. The minister flew some 300 km to the coast on Monday.", "some 300 km"),
]
# fmt: on


@pytest.mark.parametrize("row", NO_FLIGHT_PAIR, ids=[f"{r[0]}-{r[2]}" for r in NO_FLIGHT_PAIR])
def test_no_flight_pair_from_the_dateline(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_no_checked_claim(analyze, *row)


# guards: a possessive apposition that is no relation between towns, and one with a
# reference of the distance's own, keep that reference
# fmt: off
OWN_REFERENCE = [
    ("en", "FRESNO (AP) - Storms. Oakland, San Francisco's largest port, lies about 110 km south-west of Sacramento.", "about 110 km", "Oakland", (38.5816, -121.4944)),
    ("de", "HAMBURG (dpa) - Unwetter. Fürth, Nürnbergs alte Rivalin, liegt rund 150 Kilometer nördlich von München.", "rund 150 Kilometer", "Fürth", (48.1351, 11.5820)),
]
# fmt: on


@pytest.mark.parametrize("row", OWN_REFERENCE, ids=[r[0] for r in OWN_REFERENCE])
def test_a_reference_of_its_own_wins(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    lang, text, quantity, subject, (lat, lon) = row
    claim = claim_on(analyze, lang, text, quantity)
    assert near_point(claim.subject, *AT[subject]), claim.explanation
    assert near_point(claim.reference, lat, lon), claim.explanation
