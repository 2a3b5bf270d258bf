# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Appositions found in the dev misses of batch AD (docs/claims.md, "Seventeenth pass"),
in other wording and other regions than the batch, both languages: an apposition whose
article-led noun phrase runs into the distance without a second comma (``<X>, a county of
ski resorts about N km ...``, ``Rescuers reached <X>, a city of glacier guides some N km
...``, ``In <X>, einer Stadt aus Stein rund N Kilometer ...``) describes <X>; a locative
phrase joined to the distance by ``and``/``und`` inside an apposition (``<X>, at the foot of
<Mount Y> and about N km ...``, ``<X>, am Rand des <Gebirges> und rund N Kilometer ...``)
says where <X> lies, and the distance is <X>'s, not that of the place the locative names.

Each row asserts what a fact-checker would check; distances come from geographiclib on hand
coordinates.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use (city centres from atlases)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Pyeongchang": (37.3708, 128.3903), "Gangneung": (37.7519, 128.8761),
    "Kozani": (40.3007, 21.7887), "Thessaloniki": (40.6401, 22.9444),
    "Huaraz": (-9.5278, -77.5278), "Lima": (-12.0464, -77.0428),
    "Arusha": (-3.3869, 36.6830), "Nairobi": (-1.2921, 36.8219),
    "Banff": (51.1784, -115.5708), "Calgary": (51.0447, -114.0719),
    "Gjirokastër": (40.0758, 20.1389), "Tirana": (41.3275, 19.8187),
    "Gyumri": (40.7894, 43.8475), "Yerevan": (40.1792, 44.4991),
    "Vanadzor": (40.8128, 44.4883), "Kars": (40.6013, 43.0975),
    "Tetovo": (42.0069, 20.9715), "Skopje": (41.9981, 21.4254),
    "Shkodër": (42.0693, 19.5033), "Doğubayazıt": (39.5467, 44.0836), "Van": (38.5012, 43.3730),
    "Larissa": (39.6390, 22.4191), "Trikala": (39.5557, 21.7679),
    "Mekelle": (13.4967, 39.4753), "Addis Ababa": (9.0300, 38.7400),
    "Ioannina": (39.6650, 20.8537),
}
# fmt: on

R = Row
# fmt: off
DESCRIPTION_INTO_DISTANCE = [
    R("en", "Pyeongchang, a county of lakes about 60 km south-west of Gangneung, was cut off.", "about 60 km", "Pyeongchang", "Gangneung", "consistent"),
    R("en", "Skiers reached Kozani, a town of lignite mines some 100 km south-west of Thessaloniki, on Monday.", "some 100 km", "Kozani", "Thessaloniki", "consistent"),
    R("en", "Rescuers reached Huaraz, a city of glacier guides some 500 km north of Lima, on Friday.", "some 500 km", "Huaraz", "Lima", "inconsistent"),
    R("en", "In Arusha, a town of safari lodges about 230 km south of Nairobi, flights were cancelled.", "about 230 km", "Arusha", "Nairobi", "consistent"),
    R("en", "In Banff, a town of hotels and ski lodges about 200 km west of Calgary, roads were closed.", "about 200 km", "Banff", "Calgary", "inconsistent"),
    R("de", "In Gjirokastra, einer Stadt aus Stein rund 140 Kilometer südlich von Tirana, fiel der Strom aus.", "rund 140 Kilometer", "Gjirokastër", "Tirana", "consistent"),
    R("de", "Die Retter erreichten Gjumri, eine Stadt der Handwerker rund 90 Kilometer nordwestlich von Eriwan, am Abend.", "rund 90 Kilometer", "Gyumri", "Yerevan", "consistent"),
]
LOCATIVE_AND_DISTANCE = [
    R("en", "Tetovo, at the foot of the Šar Mountains and about 40 km west of Skopje, reported fires.", "about 40 km", "Tetovo", "Skopje", "consistent"),
    R("en", "Arusha, at the foot of Mount Meru and some 230 km south of Nairobi, sent buses.", "some 230 km", "Arusha", "Nairobi", "consistent"),
    R("en", "Huaraz, in the shadow of Huascarán and about 280 km north of Lima, lost power.", "about 280 km", "Huaraz", "Lima", "consistent"),
    R("en", "Helpers came from Shkodër, on the shore of Lake Scutari and about 150 km north of Tirana.", "about 150 km", "Shkodër", "Tirana", "inconsistent"),
    R("de", "Vanadzor, am Rand des Pambak-Gebirges und rund 70 Kilometer nördlich von Eriwan, blieb ohne Strom.", "rund 70 Kilometer", "Vanadzor", "Yerevan", "consistent"),
    R("de", "Kars, an der Grenze zu Armenien und rund 70 Kilometer westlich von Gjumri, meldete Schäden.", "rund 70 Kilometer", "Kars", "Gyumri", "consistent"),
    R("de", "Bei Tetovo, am Fuß der Šar Planina und knapp 40 Kilometer westlich von Skopje, brannte Wald.", "knapp 40 Kilometer", "Tetovo", "Skopje", "consistent"),
    R("de", "Doğubayazıt, am Fuß des Ararat und knapp 90 Kilometer nordöstlich von Van, meldete Schäden.", "knapp 90 Kilometer", "Doğubayazıt", "Van", "inconsistent"),
]
UNKNOWN_REGION_IN_APPOSITION = [
    R("de", "Aus Larisa, der Hauptstadt Thessaliens, rund 55 Kilometer östlich von Trikala, kamen Helfer.", "rund 55 Kilometer", "Larissa", "Trikala", "consistent"),
    R("de", "Larisa, die Hauptstadt Thessaliens, liegt rund 95 Kilometer östlich von Trikala.", "rund 95 Kilometer", "Larissa", "Trikala", "inconsistent"),
    R("de", "Mekele, die Hauptstadt Tigrays, liegt rund 500 Kilometer nördlich von Addis Abeba.", "rund 500 Kilometer", "Mekelle", "Addis Ababa", "consistent"),
    R("de", "Ioannina, die Hauptstadt des Epirus, liegt rund 75 Kilometer südöstlich von Gjirokastra.", "rund 75 Kilometer", "Ioannina", "Gjirokastër", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row",
    UNKNOWN_REGION_IN_APPOSITION,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in UNKNOWN_REGION_IN_APPOSITION],
)
def test_unknown_region_after_a_capital_noun_is_whose_capital(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<X>, der Hauptstadt <Unbekannt-s>, rund N km ...``: a name the gazetteer lacks
    after a capital noun, right after a town, says whose capital the town is; the distance
    is the town's."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    DESCRIPTION_INTO_DISTANCE,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in DESCRIPTION_INTO_DISTANCE],
)
def test_description_running_into_the_distance_describes_the_place_before(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<X>, a county of lakes about N km ...``: the apposition's noun phrase says what
    <X> is; with or without a comma before the number the distance is <X>'s."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    LOCATIVE_AND_DISTANCE,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in LOCATIVE_AND_DISTANCE],
)
def test_locative_and_distance_describe_the_place_before(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<X>, am Fuß der <Berge> und knapp N km westlich von <Y>``: the locative says where
    <X> lies; the place it names (a range, a peak, a lake, a border) is not what lies N km
    from <Y>."""
    check_row(analyze, row, AT)
