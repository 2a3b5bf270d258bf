# ruff: noqa: E501  (the tables are data: one sentence a row)
"""English (and German) wire copy from regions the dev corpus covers least (batch AT,
docs/claims.md, "Session 17: wire copy from unseen regions"), in other regions and other
wording than the batch: a place the text calls the capital of a region (``<X>, the capital
of <R> province``, ``<X>, die Hauptstadt der Provinz <R>``) is not what a bare ``the
capital`` under the dateline of the country's capital means, before or after it.

Each row asserts what a fact-checker would check; distances come from geographiclib on hand
coordinates (city centres from atlases).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_no_claim, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Lima": (-12.0464, -77.0428), "Chiclayo": (-6.7714, -79.8409), "Piura": (-5.1945, -80.6328),
    "Nairobi": (-1.2921, 36.8219), "Eldoret": (0.5143, 35.2698), "Kisumu": (-0.0917, 34.7680),
    "Hanoi": (21.0278, 105.8342), "Vinh": (18.6796, 105.6813), "Hue": (16.4637, 107.5909),
    "Kinshasa": (-4.3217, 15.3125), "Kisangani": (0.5153, 25.1910), "Mbandaka": (0.0487, 18.2603),
    "Addis Ababa": (9.0300, 38.7400), "Gondar": (12.6030, 37.4521), "Bahir Dar": (11.5742, 37.3614),
    "Mekelle": (13.4967, 39.4753),
    "Jakarta": (-6.2088, 106.8456), "Ambon": (-3.6954, 128.1814), "Makassar": (-5.1477, 119.4327),
    "Mombasa": (-4.0435, 39.6682), "Perth": (-31.9523, 115.8613), "Geraldton": (-28.7774, 114.6150),
    "Santa Cruz": (-17.7833, -63.1821), "Cochabamba": (-17.3895, -66.1568),
    "Arequipa": (-16.4090, -71.5375), "Almaty": (43.2220, 76.8512), "Astana": (51.1694, 71.4491),
    "Cairns": (-16.9186, 145.7781), "Townsville": (-19.2590, 146.8169),
    "Legazpi": (13.1391, 123.7438), "Manila": (14.5995, 120.9842),
    "Sandakan": (5.8402, 118.1179), "Kota Kinabalu": (5.9804, 116.0735),
    "Bastia": (42.6977, 9.4508), "Ajaccio": (41.9192, 8.7386),
}
# fmt: on

R = Row
# fmt: off
CAPITAL_OF_A_REGION = [
    R("en", "LIMA, Peru (geomap) - Floods hit the north. Piura, the capital of Piura region, reported 200 mm of rain. Chiclayo, some 660 km north-west of the capital, closed its schools.", "some 660 km", "Chiclayo", "Lima", "consistent"),
    R("en", "NAIROBI, Kenya (geomap) - Kisumu, the capital of Kisumu county, was flooded on Monday. Eldoret, about 450 km north-west of the capital, reported hail.", "about 450 km", "Eldoret", "Nairobi", "inconsistent"),
    R("de", "HANOI (geomap) – Hue, die Hauptstadt der Provinz Thua Thien Hue, meldete Hochwasser. Vinh liegt rund 260 Kilometer südlich der Hauptstadt.", "rund 260 Kilometer", "Vinh", "Hanoi", "consistent"),
    R("en", "ADDIS ABABA, Ethiopia (geomap) - Bahir Dar, the Amhara capital, was calm on Sunday. Gondar, about 420 km north of the capital, reported clashes.", "about 420 km", "Gondar", "Addis Ababa", "consistent"),
    R("en", "ADDIS ABABA, Ethiopia (geomap) - Mekelle, the capital of Tigray, asked for food aid. Gondar, some 700 km north of the capital, asked too.", "some 700 km", "Gondar", "Addis Ababa", "inconsistent"),
    R("en", "JAKARTA, Indonesia (geomap) - Ambon, the Maluku capital, was shaken on Monday. Makassar, some 1,400 km east of the capital, felt nothing.", "some 1,400 km", "Makassar", "Jakarta", "consistent"),
    R("en", "KINSHASA, Congo (geomap) - Floods in Kisangani, some 1,200 km north-east of the capital, left 4,000 people homeless. Mbandaka, the capital of Equateur province, also reported flooding.", "some 1,200 km", "Kisangani", "Kinshasa", "consistent"),
]
PLACE_OF_A_PERSON_RELATIVE = [
    R("en", "LIMA, Peru (geomap) - Rain. \"It is bad,\" said Rosa Quispe, who lives in Arequipa, a city 770 km south-east of Lima.", "770 km", "Arequipa", "Lima", "consistent"),
    R("en", "NAIROBI, Kenya (geomap) - Floods. \"We lost everything,\" said John Otieno, who lives in Kisumu, about 265 km north-west of Nairobi.", "about 265 km", "Kisumu", "Nairobi", "consistent"),
    R("en", "ASTANA (geomap) - Cold. Aigul Nurlanova, who works in Almaty, some 1,500 km south-east of Astana, said schools were shut.", "some 1,500 km", "Almaty", "Astana", "inconsistent"),
    R("en", "BRISBANE (geomap) - Storm. \"The roof went,\" said Tom Baker, who runs a hotel in Cairns, just 500 km north of Townsville.", "just 500 km", "Cairns", "Townsville", "inconsistent"),
]
RELATIVE_AFTER_A_PART_OF_AN_ISLAND = [
    R("en", "MANILA (geomap) - Storm. Legazpi, the port at the southern end of Luzon, which lies some 330 km south-east of Manila, was flooded.", "some 330 km", "Legazpi", "Manila", "consistent"),
    R("en", "KUALA LUMPUR (geomap) - Floods. Sandakan, the port on the east coast of Borneo, which lies some 225 km east of Kota Kinabalu, was flooded.", "some 225 km", "Sandakan", "Kota Kinabalu", "consistent"),
    R("en", "PARIS (geomap) - Fires. Bastia, the port at the northern end of Corsica, which lies about 200 km north-east of Ajaccio, was spared.", "about 200 km", "Bastia", "Ajaccio", "inconsistent"),
]
ROUTE_LENGTH_WITH_ITS_CONVERSION = [
    R("en", "NAIROBI, Kenya (geomap) - The 480-km (300-mile) railway from Mombasa to Nairobi reopened on Monday.", "480-km", "Nairobi", "Mombasa", "consistent", form="route", either_way=True),
    R("en", "PERTH (geomap) - Fires closed the 200-km (125-mile) drive from Perth to Geraldton on Sunday.", "200-km", "Geraldton", "Perth", "inconsistent", form="route", either_way=True),
    R("en", "LA PAZ, Bolivia (geomap) - Protesters blocked the 440-km [275-mile] road between Cochabamba and Santa Cruz.", "440-km", "Santa Cruz", "Cochabamba", "consistent", form="route", either_way=True),
]
# fmt: on


@pytest.mark.parametrize(
    "row",
    PLACE_OF_A_PERSON_RELATIVE,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in PLACE_OF_A_PERSON_RELATIVE],
)
def test_a_distance_after_a_relative_clause_about_a_person_locates_its_place(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``said <Name>, who lives in <A>, a city N km south-east of <B>``: the relative clause
    about a person ends with where the person is, and the distance set off after it
    describes that place (before: the walk skipped the relative clause, reached the person
    and found no subject, or made no claim at all)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    RELATIVE_AFTER_A_PART_OF_AN_ISLAND,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in RELATIVE_AFTER_A_PART_OF_AN_ISLAND],
)
def test_a_relative_after_a_part_of_an_island_goes_back_to_the_town(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<A>, the port at the southern end of <Island>, which lies N km ...``: the island
    closes a part-of chain that says where <A> is on it; the relative clause describes <A>
    (before: the island was the subject, measured from its nearest shore)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    ROUTE_LENGTH_WITH_ITS_CONVERSION,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in ROUTE_LENGTH_WITH_ITS_CONVERSION],
)
def test_a_route_length_with_its_conversion_in_brackets_is_read_as_the_route(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``the 480-km (300-mile) railway from <A> to <B>``: the bracketed conversion between
    the length and its route noun is part of the one modifier, so the route reads as
    ``the 480-km railway from <A> to <B>`` does, with the route allowance (before: no claim
    at all)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    CAPITAL_OF_A_REGION,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in CAPITAL_OF_A_REGION],
)
def test_a_bare_capital_is_not_a_place_called_the_capital_of_a_region(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<X>, the capital of <R> province`` calls <X> a region's capital: a bare ``the
    capital`` under the dateline of the country's capital is the country's, whether <X>
    was named before the phrase or after it (before: <X> was taken, since only the words
    up to the capital noun were read, and a true distance was called inconsistent)."""
    check_row(analyze, row, AT)


# fmt: off
ZONE_AFTER_A_COORDINATED_CLAUSE = [
    ("en", "LIMA (geomap) - Ash. Flights to Arequipa, about 770 km to the south-east, were cancelled, and the agency widened the exclusion zone to 10 km around the volcano.", "10 km"),
    ("en", "SANTIAGO (geomap) - Ash. Flights to Puerto Montt, about 900 km to the south, were cancelled, and police closed every road for 15 km around Osorno.", "15 km"),
    ("de", "LIMA (geomap) – Asche. Flüge nach Arequipa, rund 770 Kilometer südöstlich, fielen aus, und die Behörde weitete die Sperrzone auf 10 Kilometer rund um den Vulkan Misti aus.", "10 Kilometer"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "number"), ZONE_AFTER_A_COORDINATED_CLAUSE)
def test_a_zone_around_a_place_after_a_coordinated_distance_is_no_claim(
    analyze: Callable[..., Any], lang: str, text: str, number: str
) -> None:
    """``..., were cancelled, and the agency widened the exclusion zone to 10 km around the
    volcano``: a length followed by ``around <Y>`` with no place of its own is a zone, not
    the distance of the place the clause before measured (before: that place was kept as
    a coordinated subject and the zone's radius was checked against it)."""
    check_no_claim(analyze, lang, text, number)
