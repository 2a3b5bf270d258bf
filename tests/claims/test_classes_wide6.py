# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 15's reading classes found in the dev misses of batch V (docs/claims.md, "Eleventh
pass"), one group of rows per rule, each in other wording and other regions than the batch
and in both languages where the rule applies: a place called a former capital (``the old
colonial capital``, ``die ehemalige Hauptstadt``) is no bare ``the capital``; ``<X>, the main
town of <island>, lies ...`` has <X> as its subject; German descriptive nouns in the
genitive (``des Berges``, ``des Vulkans``) and a tropic named before as ``the tropic`` /
``des Wendekreises``; a route noun between a length and its direction (``a 600-km drive
east of <Y>``) or right after its unit; a coordinated second distance by road (``550 km from
<Y> as the crow flies and 600 km by road``); a description that ends the clause before an
apposed distance is its subject (``Officials in <A> said the capital, N km away``); ``halfway between <A> and <B>, which are N km
apart`` is the pair's distance; a place's name before a road noun (``the <A> Highway``) is
the road's, no claim's end; ``Bis <B> sind es N km`` with no start is told from the
dateline's place, not from a place the sentence before named; a route's end given by description (``Bis zur Hauptstadt sind
es von hier N km``, ``von <A> bis zum Ort``); and a verb-first clause after an unknown
subject keeps its reference (``Der <Unknown>-Pass, ..., ist von <Y> gut N km entfernt``).

Each row asserts what a fact-checker would check: subject and reference (within 30 km of
the place), the computed distance and the verdict. The expected distance is computed here
with geographiclib from coordinates written by hand, never through geomap's geometry.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Abuja": (9.0765, 7.3986), "Kaduna": (10.5105, 7.4165), "Tokyo": (35.6762, 139.6503),
    "Nagoya": (35.1815, 136.9066), "Berlin": (52.5200, 13.4050), "Potsdam": (52.3906, 13.0645),
    "Visby": (57.6348, 18.2948), "Stockholm": (59.3293, 18.0686), "Palma": (39.5696, 2.6502),
    "Barcelona": (41.3874, 2.1686), "Etna": (37.7510, 14.9934), "Catania": (37.5079, 15.0830),
    "Mont Blanc": (45.8326, 6.8652), "Chamonix": (45.9237, 6.8694), "Stuttgart": (48.7758, 9.1829),
    "Munich": (48.1372, 11.5755), "Nairobi": (-1.2921, 36.8219), "Nakuru": (-0.3031, 36.0800),
    "Linz": (48.3069, 14.2858), "Wels": (48.1575, 14.0289),
    "Vienna": (48.2082, 16.3738), "Salzburg": (47.8095, 13.0550),
    "Perth": (-31.9505, 115.8605), "Rottnest": (-32.0060, 115.5120), "Fremantle": (-32.0569, 115.7439), "Bunbury": (-33.3271, 115.6414), "Kalgoorlie": (-30.7490, 121.4660),
    "Riyadh": (24.7136, 46.6753), "Alice Springs": (-23.6980, 133.8807),
}
# fmt: on

R = Row
# fmt: off
ROWS = [
    # a place called a former capital is not what a bare "the capital" means later
    R("en", "ABUJA (geomap) - Lagos, the former capital, was flooded on Monday. Kaduna lies about 160 km north of the capital.", "160 km", "Kaduna", "Abuja", "consistent"),
    R("en", "ABUJA (geomap) - Lagos, the former capital, was flooded on Monday. Kaduna lies about 360 km north of the capital.", "360 km", "Kaduna", "Abuja", "inconsistent"),
    R("en", "TOKYO (geomap) - Kyoto, the ancient imperial capital, closed its temples. Nagoya lies some 260 km west of the capital.", "260 km", "Nagoya", "Tokyo", "consistent"),
    R("de", "BERLIN (geomap) – Bonn, die ehemalige Hauptstadt, meldete Hochwasser. Potsdam liegt rund 27 Kilometer südwestlich der Hauptstadt.", "27 Kilometer", "Potsdam", "Berlin", "consistent"),
    # "<X>, the main town of <Island>, lies ...": the island says where, <X> is the subject
    R("en", "Visby, the main town of Gotland, lies about 190 km south of Stockholm.", "190 km", "Visby", "Stockholm", "consistent"),
    R("en", "Visby, the main town of Gotland, lies about 390 km south of Stockholm.", "390 km", "Visby", "Stockholm", "inconsistent"),
    R("en", "Palma, the largest town of Mallorca, lies some 205 km south of Barcelona.", "205 km", "Palma", "Barcelona", "consistent"),
    # German descriptive nouns in the genitive
    R("de", "Der Ätna ist wieder aktiv. Catania liegt rund 28 Kilometer südlich des Vulkans.", "28 Kilometer", "Catania", "Etna", "consistent"),
    R("de", "Der Mont Blanc ist schneefrei. In Chamonix, rund 10 Kilometer nördlich des Berges, fehlt Wasser.", "10 Kilometer", "Chamonix", "Mont Blanc", "consistent"),
    R("de", "Der Mont Blanc ist schneefrei. In Chamonix, rund 30 Kilometer nördlich des Berges, fehlt Wasser.", "30 Kilometer", "Chamonix", "Mont Blanc", "inconsistent"),
    # a tropic named before, then "the tropic" / "des Wendekreises": that line
    R("de", "Der Wendekreis des Krebses führt durch Saudi-Arabien. Riad liegt rund 140 Kilometer nördlich des Wendekreises.", "140 Kilometer", "Riyadh", "Tropic of Cancer", "consistent"),
    R("de", "Der Wendekreis des Krebses führt durch Saudi-Arabien. Riad liegt rund 340 Kilometer nördlich des Wendekreises.", "340 Kilometer", "Riyadh", "Tropic of Cancer", "inconsistent"),
    R("en", "The Tropic of Capricorn crosses the Northern Territory. Alice Springs lies about 29 km south of the tropic.", "29 km", "Alice Springs", "Tropic of Capricorn", "consistent"),
    # "halfway between A and B, which are N km apart": the pair's own distance
    R("en", "Ulm lies roughly halfway between Stuttgart and Munich, which are some 190 km apart.", "190 km", "Stuttgart", "Munich", "consistent", "pair", True),
    R("en", "Ulm lies roughly halfway between Stuttgart and Munich, which are some 320 km apart.", "320 km", "Stuttgart", "Munich", "inconsistent", "pair", True),
    R("de", "Ulm liegt etwa auf halber Strecke zwischen Stuttgart und München, die rund 190 Kilometer voneinander entfernt sind.", "190 Kilometer", "Stuttgart", "Munich", "consistent", "pair", True),
    # a place's name before a road noun names the road: the route starts at the dateline
    R("de", "NAIROBI (geomap) – Erdrutsche verschütteten den Mombasa Highway. Bis Nakuru sind es auf der Straße rund 160 Kilometer.", "160 Kilometer", "Nakuru", "Nairobi", "consistent", "route", True),
    # "Bis <B> sind es N km" with no start: from the dateline, not a place the sentence before named
    R("de", "WIEN (geomap) – In Linz fiel über Nacht ein halber Meter Schnee. Bis Salzburg sind es rund 300 Kilometer.", "300 Kilometer", "Salzburg", "Vienna", "consistent", "point", True),
    R("de", "WIEN (geomap) – In Linz fiel über Nacht ein halber Meter Schnee. Bis Salzburg sind es rund 600 Kilometer.", "600 Kilometer", "Salzburg", "Vienna", "inconsistent", "point", True),
    # "a N-km drive south-east of <Y>": the route noun stands between the number and the direction
    R("en", "Kalgoorlie, the gold-mining town, is a 600-km drive east of Perth.", "600-km", "Kalgoorlie", "Perth", "consistent", "route", True),
    R("en", "Kalgoorlie, the gold-mining town, is a 290-km drive east of Perth.", "290-km", "Kalgoorlie", "Perth", "inconsistent", "route", True),
    R("en", "Kalgoorlie, the gold-mining town, is a 600 km drive east of Perth.", "600 km", "Kalgoorlie", "Perth", "consistent", "route", True),
    R("en", "PERTH (geomap) - Storm. The 12-nautical-mile ferry crossing from Fremantle to Rottnest Island was cancelled.", "12-nautical-mile", "Fremantle", "Rottnest", "consistent", "route", True),
    # ... but a flight noun right after the unit is a straight line
    R("de", "Ein Hubschrauber, der in Linz gestartet war, landete nach rund 155 Kilometern Flug in Wien.", "155 Kilometern", "Linz", "Vienna", "consistent", "point", True),
    R("de", "Linz liegt gut 155 Kilometer Luftlinie westlich von Wien.", "155 Kilometer", "Linz", "Vienna", "consistent", "point"),
    # a coordinated second distance by road: the same two places, a route
    R("en", "Kalgoorlie is 550 km from Perth as the crow flies and 600 km by road.", "600 km", "Kalgoorlie", "Perth", "consistent", "route", True),
    R("en", "Kalgoorlie is 550 km from Perth as the crow flies and 1,300 km by road.", "1,300 km", "Kalgoorlie", "Perth", "inconsistent", "route", True),
    R("de", "Linz liegt 155 Kilometer Luftlinie von Wien entfernt und 185 Kilometer auf der Autobahn.", "185 Kilometer", "Linz", "Vienna", "consistent", "route", True),
    # "Officials in <A> said the capital, N km away": the description is the subject, away from <A>
    R("en", "KISUMU (geomap) - Rain. Nairobi stayed dry. Officials in Nakuru said the capital, about 140 km away, sent help.", "140 km", "Nairobi", "Nakuru", "consistent"),
    R("en", "KISUMU (geomap) - Rain. Nairobi stayed dry. Officials in Nakuru said the capital, about 340 km away, sent help.", "340 km", "Nairobi", "Nakuru", "inconsistent"),
    # a route's end given by description
    R("de", "NAIROBI (geomap) – „Bis zur Hauptstadt sind es von hier mit dem Auto rund 170 Kilometer“, sagte der Bürgermeister von Nakuru.", "170 Kilometer", "Nakuru", "Nairobi", "consistent", "route", True),
    R("de", "NAIROBI (geomap) – „Bis zur Hauptstadt sind es von hier mit dem Auto rund 70 Kilometer“, sagte der Bürgermeister von Nakuru.", "70 Kilometer", "Nakuru", "Nairobi", "inconsistent", "route", True),
    R("de", "WIEN (geomap) – Der Sturm traf auch die Stadt Wels. Von Linz bis zum Ort sind es rund 30 Kilometer.", "30 Kilometer", "Linz", "Wels", "consistent", "point", True),
    R("en", 'NAIROBI (geomap) - "It is 170 km by road from here to the capital," the mayor of Nakuru said.', "170 km", "Nakuru", "Nairobi", "consistent", "route", True),
]
# fmt: on


@pytest.mark.parametrize(
    "row", ROWS, ids=[f"{r.lang}-{r.quantity}-{i}" for i, r in enumerate(ROWS)]
)
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text", "quantity"),
    [
        (
            "de",
            "LINZ (geomap) – Schnee. Der Hochkarlspitz-Pass an der Grenze, mit 2.400 Metern einer der höchsten Übergänge, ist von Wels gut 50 Kilometer entfernt.",
            "gut 50 Kilometer",
        ),
        (
            "en",
            "LINZ (geomap) - Snow. The Hochkarlspitz Pass on the border, at 2,400 metres one of the highest crossings, is some 50 km from Wels.",
            "some 50 km",
        ),
    ],
)
def test_unknown_subject_keeps_reference(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str
) -> None:
    """A subject the geoparser does not know stays unknown: the claim is measured from
    nothing rather than from its own reference or the dateline."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if c.stated.text == quantity]
    assert found, [c.stated.text for c in a.claims]
    c = found[0]
    assert c.subject is None, c.subject
    assert c.reference is not None and c.reference.name == "Wels"
    assert c.verdict == "unverifiable"


@pytest.mark.parametrize(
    ("lang", "text", "quantity"),
    [
        (
            "en",
            "NAIROBI (geomap) - Rain in Nakuru. The village of Xalbiq was cut off; the village lies about 60 km north of Nairobi.",
            "about 60 km",
        ),
        (
            "de",
            "WIEN (geomap) – Schnee. „Wir sind hier gut 35 Kilometer von Linz entfernt“, sagte ein Fischer aus Xalbiq.",
            "gut 35 Kilometer",
        ),
        (
            "de",
            "WIEN (geomap) – Schnee in Linz. Das Dorf Xalbiq ist von der Welt abgeschnitten; der Ort liegt rund 60 Kilometer nördlich von Wels.",
            "rund 60 Kilometer",
        ),
    ],
)
def test_description_of_an_unknown_name_stays_unknown(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str
) -> None:
    """``the village`` after ``the village of <Unknown>`` means that village, and ``wir``
    said by someone ``aus <Unknown>`` is there: a town named earlier or the dateline's does
    not stand in for it (the claim has no subject rather than a wrong one)."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if c.stated.text == quantity]
    assert found, [c.stated.text for c in a.claims]
    assert found[0].subject is None, found[0].subject
    assert found[0].verdict == "unverifiable"
