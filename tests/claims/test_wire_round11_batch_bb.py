# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Wire copy, session 20 (docs/claims.md, "Session 20: batch BB, ends read outside the
claim's phrase"):

- a bare capital noun as a subject right after a country's capital was named in its own
  sentence (``Help also came from Uganda's <K>; the capital lies N km west of <B>``,
  ``Helfer kamen aus dem ungarischen <K>; die Hauptstadt liegt ...``): the capital just
  named, not the dateline country's (before: a true claim called false);
- the dateline's own town placed with a distance and no reference (``MOMBASA - Heavy rain
  fell on the port of <B>. Mombasa lies some N km to the south``): seen from the town the
  sentence before was about (before: no claim, the dateline cannot be measured from
  itself);
- a description as a way's start or end with a distance set off after it (``The
  premier flew in from the state capital, about N km south-east of <B>``, ``Rettungsteams
  kamen aus der Hauptstadt, rund N km westlich von <B>``): the place the description
  stands for is the subject (before: no subject);
- a section noun with a between phrase (``closed the 160 km stretch between <A> and
  <B>``) and an apposition naming a way by its length after a between phrase (``closed
  the road between <A> and <B>, a 60 km stretch at the foot of ...``): a route with its
  allowance (before: a straight line, or no claim); ``a 50 km stretch of which ...`` stays
  no claim;
- a pronoun whose place its own sentence names (``<A>, the main town of the highlands,
  sent 10 trucks; it lies N km north-west of the city``) is as good as the name: the
  guard for two ends read from descriptions no longer makes a false figure unverifiable;
- safety: an end read from an earlier sentence (an implicit reference, or a described
  reference) has every town of that sentence of the same kind and country as a rival,
  not only the nearest (``Floods cut off <A>, <B> and <C>. <X> lies about N km from the
  town``): a figure that fits one of them is not called inconsistent;
- safety: a description continuing a topic read as the first town of the sentence before
  while a later clause of that sentence opens with another town of the same kind
  (``<A>, in the Rift Valley, was spared; <B> was not. The town lies ...``): when that town
  fits the figure the claim is not called inconsistent.

Sentences written for this test (Kenya, Uganda, Ecuador and Colombia, Austria and Hungary,
New Zealand, Australia, Germany, Peru), none from a corpus article. The points are hand
points of the places; the truth is the geodesic between them computed here with
geographiclib, never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import (
    Row,
    assert_balanced,
    check_no_claim,
    check_row,
    row_param,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Kampala": (0.3476, 32.5825), "Kisumu": (-0.0917, 34.7680),
    "Quito": (-0.1807, -78.4678), "Cali": (3.4516, -76.5320),
    "Budapest": (47.4979, 19.0402), "Graz": (47.0707, 15.4395),
    "Wellington": (-41.2865, 174.7762), "Auckland": (-36.8485, 174.7633),
    "Malindi": (-3.2192, 40.1169), "Mombasa": (-4.0435, 39.6682),
    "Bunbury": (-33.3271, 115.6414), "Perth": (-31.9523, 115.8613),
    "Flensburg": (54.7937, 9.4469), "Kiel": (54.3233, 10.1228),
    "Cusco": (-13.5320, -71.9675), "Puno": (-15.8402, -70.0219),
    "Brisbane": (-27.4698, 153.0251), "Townsville": (-19.2590, 146.8169),
    "Nairobi": (-1.2921, 36.8219), "Nakuru": (-0.3031, 36.0800), "Eldoret": (0.5143, 35.2698),
    "Hanoi": (21.0278, 105.8342), "Haiphong": (20.8449, 106.6881),
    "Klagenfurt": (46.6247, 14.3053),
}
# fmt: on

EN = [
    Row(
        "en",
        "NAIROBI (geomap) - Help also came from Uganda's Kampala; the capital lies about 250 km west of Kisumu.",
        "about 250 km",
        "Kampala",
        "Kisumu",
        "consistent",
    ),
    Row(
        "en",
        "BOGOTA (geomap) - Rescue teams also flew in from Ecuador's Quito; the capital lies some 800 km south of Cali.",
        "some 800 km",
        "Quito",
        "Cali",
        "inconsistent",
    ),
    Row(
        "en",
        "MOMBASA (geomap) - Heavy rain fell on the port of Malindi on Monday. Mombasa lies some 105 km to the south-west.",
        "some 105 km",
        "Mombasa",
        "Malindi",
        "consistent",
    ),
    Row(
        "en",
        "PERTH (geomap) - Storms cut power to 20,000 homes in Bunbury. Perth lies about 300 km to the north.",
        "about 300 km",
        "Perth",
        "Bunbury",
        "inconsistent",
    ),
    Row(
        "en",
        "TOWNSVILLE, Queensland (geomap) - Floods cut the coast road. The premier flew in from the state capital, about 1,100 km south-east of Townsville.",
        "about 1,100 km",
        "Brisbane",
        "Townsville",
        "consistent",
    ),
    Row(
        "en",
        "NAIROBI (geomap) - Floods hit the Rift Valley. Doctors were flown to the capital, about 250 km south-east of Nakuru.",
        "about 250 km",
        "Nairobi",
        "Nakuru",
        "inconsistent",
    ),
    Row(
        "en",
        "NAIROBI (geomap) - Landslides closed the 160 km stretch between Nakuru and Eldoret on Monday.",
        "160 km",
        "Nakuru",
        "Eldoret",
        "consistent",
        form="route",
        either_way=True,
    ),
    Row(
        "en",
        "NAIROBI (geomap) - Heavy rain closed the road between Nakuru and Eldoret, a 60 km stretch at the foot of the escarpment.",
        "60 km",
        "Nakuru",
        "Eldoret",
        "inconsistent",
        form="route",
        either_way=True,
    ),
    Row(
        "en",
        "NAIROBI (geomap) - The convoy left Nakuru on Monday. Eldoret, the main town of the highlands, sent 10 trucks; it lies some 60 km north-west of the city.",
        "some 60 km",
        "Eldoret",
        "Nakuru",
        "inconsistent",
    ),
    Row(
        "en",
        "NAIROBI (geomap) - The convoy left Nakuru on Monday. Eldoret, the main town of the highlands, sent 10 trucks; it lies some 130 km north-west of the city.",
        "some 130 km",
        "Eldoret",
        "Nakuru",
        "consistent",
    ),
]

DE = [
    Row(
        "de",
        "GRAZ (geomap) - Helfer kamen auch aus dem ungarischen Budapest; die Hauptstadt liegt rund 275 Kilometer östlich von Graz.",
        "rund 275 Kilometer",
        "Budapest",
        "Graz",
        "consistent",
    ),
    Row(
        "de",
        "SYDNEY (geomap) - Auch aus dem neuseeländischen Wellington kam Hilfe; die Hauptstadt liegt rund 900 Kilometer südlich von Auckland.",
        "rund 900 Kilometer",
        "Wellington",
        "Auckland",
        "inconsistent",
    ),
    Row(
        "de",
        "KIEL (geomap) - Der Sturm traf auch Flensburg. Kiel liegt rund 70 Kilometer südöstlich.",
        "rund 70 Kilometer",
        "Kiel",
        "Flensburg",
        "consistent",
    ),
    Row(
        "de",
        "CUSCO (geomap) - In Puno fielen 80 Millimeter Regen. Cusco liegt rund 600 Kilometer nordwestlich.",
        "rund 600 Kilometer",
        "Cusco",
        "Puno",
        "inconsistent",
    ),
    Row(
        "de",
        "HANOI (geomap) - Der Taifun traf die Küste. Rettungsteams kamen aus der Hauptstadt, rund 90 Kilometer westlich von Haiphong.",
        "rund 90 Kilometer",
        "Hanoi",
        "Haiphong",
        "consistent",
    ),
    Row(
        "de",
        "HANOI (geomap) - Der Taifun traf die Küste. Rettungsteams kamen aus der Hauptstadt, rund 160 Kilometer westlich von Haiphong.",
        "rund 160 Kilometer",
        "Hanoi",
        "Haiphong",
        "inconsistent",
    ),
    Row(
        "de",
        "GRAZ (geomap) - Ein Murenabgang sperrte die Autobahn zwischen Graz und Klagenfurt, eine rund 50 Kilometer lange Strecke.",
        "rund 50 Kilometer",
        "Graz",
        "Klagenfurt",
        "inconsistent",
        form="route",
        either_way=True,
    ),
    Row(
        "de",
        "WIEN (geomap) - Die Helfer verließen Graz am Montag. Klagenfurt, die Hauptstadt Kärntens, schickte Lastwagen; es liegt rund 50 Kilometer südwestlich der Stadt.",
        "rund 50 Kilometer",
        "Klagenfurt",
        "Graz",
        "inconsistent",
    ),
]

ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=14)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: a description continuing its topic with another town opening a later clause of the
#: sentence before: (language, text, stated words, verdicts a fact-checker accepts)
TOPIC_OR_LAST = [
    (
        "en",
        "NAIROBI (geomap) - Nakuru, in the Rift Valley, was spared; Naivasha was not. The town lies about 75 km north-west of Nairobi.",
        "about 75 km",
        ("consistent", "unverifiable"),
    ),
    (
        "de",
        "WIEN (geomap) - Graz blieb verschont; Salzburg aber nicht. Die Stadt liegt rund 250 Kilometer westlich von Wien.",
        "rund 250 Kilometer",
        ("consistent", "unverifiable"),
    ),
    # an end read from the sentence before that named three towns: any of them is a
    # reading, not only the nearest
    (
        "en",
        "NAIROBI (geomap) - Floods cut off Nakuru, Naivasha and Eldoret on Monday. Kisumu lies about 200 km from the town.",
        "about 200 km",
        ("consistent", "unverifiable"),
    ),
    (
        "en",
        "NAIROBI (geomap) - Floods cut off Nakuru, Naivasha and Eldoret on Monday. Kisumu, about 200 km to the west, stayed dry.",
        "about 200 km",
        ("consistent", "unverifiable"),
    ),
    (
        "de",
        "WIEN (geomap) - Hochwasser traf Linz, Salzburg und Wels. Passau liegt rund 110 Kilometer von der Stadt entfernt.",
        "rund 110 Kilometer",
        ("consistent", "unverifiable"),
    ),
    (
        "en",
        "NAIROBI (geomap) - Floods cut off Nakuru, Naivasha and Eldoret on Monday. Kisumu lies about 400 km from the town.",
        "about 400 km",
        ("inconsistent",),
    ),
    (
        "de",
        "WIEN (geomap) - Hochwasser traf Linz, Salzburg und Wels. Passau liegt rund 400 Kilometer von der Stadt entfernt.",
        "rund 400 Kilometer",
        ("inconsistent",),
    ),
    # a figure that fits neither town is still caught
    (
        "de",
        "WIEN (geomap) - Graz blieb verschont; Salzburg aber nicht. Die Stadt liegt rund 600 Kilometer westlich von Wien.",
        "rund 600 Kilometer",
        ("inconsistent",),
    ),
]


def test_part_of_a_stretch_is_no_claim(analyze: Callable[..., Any]) -> None:
    """A section noun followed by ``of`` is a part of the way, not its length."""
    check_no_claim(
        analyze,
        "en",
        "NAIROBI (geomap) - Rain closed the road between Nakuru and Eldoret, a 50 km stretch of which was washed away.",
        "50 km",
    )


@pytest.mark.parametrize(("lang", "text", "number", "accepted"), TOPIC_OR_LAST)
def test_topic_or_last_town(
    analyze: Callable[..., Any], lang: str, text: str, number: str, accepted: tuple[str, ...]
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if number in c.stated.text or c.stated.text in number]
    assert found, [c.stated.text for c in a.claims]
    assert found[0].verdict in accepted, found[0].explanation
