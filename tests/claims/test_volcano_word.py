# ruff: noqa: E501  (the tables are data: one sentence a row)
"""A volcano named with a lower-case `volcano` after its name (session 14, plain wire copy).

Wire copy names a volcano as `<Country>'s <Name> volcano` or `the <Name> volcano` and then
refers to it as `the volcano` or `the crater`. Where the gazetteer holds the volcano only
under `<Name> volcano` (its bare name is a common word of another language or a town's
name), the bare name found nothing, so the volcano was no place of the article and every
claim measured to or from it stayed unverifiable. `volcano` is now one of the English
lexicon's `feature_words` (docs/geoparser.md, "A lower-case `volcano` after a name"): the
name and the word are looked up whole. German writes the noun first and capitalised
(`der Vulkan X`, `des Vulkans X`): that name is also looked up as `X volcano` where the
words as written find nothing (lexicon `feature_noun_names` in `places_de.toml`); the
German rows for Misti, Barú and Lanín, whose `Vulkan X` the gazetteer holds, agreed already.

Sentences written for this test, in regions other than the batch that showed the gap
(Peru, Chile, Papua New Guinea, Kamchatka, Sumatra, Panama, Argentina). The points are the
gazetteer's own points of the places (copied once by hand); the truth is the geodesic
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
    "El Misti": (-16.294, -71.409), "Arequipa": (-16.39899, -71.53747),
    "Cerro Hudson": (-45.9, -72.97), "Coyhaique": (-45.57524, -72.06619),
    "Tavurvur": (-4.27, 152.2), "Kokopo": (-4.3432, 152.26867),
    "Avachinsky": (53.255, 158.83), "Petropavlovsk-Kamchatsky": (53.06393, 158.62751),
    "Mount Kerinci": (-1.697, 101.264), "Sungai Penuh": (-2.0561, 101.3913),
    "Volcan Baru": (8.808, -82.543), "Boquete": (8.78024, -82.44136),
    "Lanin": (-39.637, -71.502), "Junin de los Andes": (-39.94931, -71.07543),
}
# fmt: on

EN = [
    # the volcano as the subject of the next sentence
    Row(
        "en",
        "LIMA, May 4 (geomap) - Peru's Misti volcano spewed ash on Monday. The volcano, about 18 km north-east of Arequipa, last erupted in 1985.",
        "about 18 km",
        "El Misti",
        "Arequipa",
        "consistent",
    ),
    # the volcano as the reference ("of the volcano", "of the crater")
    Row(
        "en",
        "SANTIAGO, May 4 (geomap) - Chile's Hudson volcano rumbled on Tuesday. Coyhaique, some 130 km north-east of the volcano, reported ash fall.",
        "some 130 km",
        "Coyhaique",
        "Cerro Hudson",
        "inconsistent",
    ),
    Row(
        "en",
        "PORT MORESBY (geomap) - The Rabaul volcano erupted on Friday. Kokopo, about 20 km south-east of the crater, closed its schools.",
        "about 20 km",
        "Kokopo",
        "Tavurvur",
        "inconsistent",
    ),
    Row(
        "en",
        "MOSCOW, Jan. 9 (geomap) - Russia's Avacha volcano sent ash 5 km into the sky on Sunday. Petropavlovsk-Kamchatsky, about 25 km south-west of the volcano, closed its airport.",
        "about 25 km",
        "Petropavlovsk-Kamchatsky",
        "Avachinsky",
        "consistent",
    ),
    Row(
        "en",
        "JAKARTA (geomap) - The Kerinci volcano on Sumatra erupted on Monday. Sungai Penuh, some 40 km south of the volcano, handed out masks.",
        "some 40 km",
        "Sungai Penuh",
        "Mount Kerinci",
        "consistent",
    ),
    Row(
        "en",
        "PANAMA CITY (geomap) - Panama's Baru volcano was shaken by small quakes. Boquete, about 11 km east of the volcano, drew up evacuation plans.",
        "about 11 km",
        "Boquete",
        "Volcan Baru",
        "consistent",
    ),
]
DE = [
    Row(
        "de",
        "LIMA, 4. Mai (geomap) – Der Vulkan Misti hat am Montag Asche ausgestoßen. Der Vulkan liegt rund 18 Kilometer nordöstlich von Arequipa.",
        "rund 18 Kilometer",
        "El Misti",
        "Arequipa",
        "consistent",
    ),
    # "der Vulkan X" / "des Vulkans X" where the gazetteer holds only "X volcano"
    # (lexicon feature_noun_names): these four found a river, a town or nothing before
    Row(
        "de",
        "SANTIAGO (geomap) – Der Vulkan Hudson in Chile ist unruhig. Coyhaique, rund 80 Kilometer nordöstlich des Vulkans, meldete Ascheregen.",
        "rund 80 Kilometer",
        "Coyhaique",
        "Cerro Hudson",
        "consistent",
    ),
    Row(
        "de",
        "PORT MORESBY (geomap) – Die Asche des Vulkans Rabaul ging am Freitag nieder. Kokopo liegt rund 20 Kilometer südöstlich des Kraters.",
        "rund 20 Kilometer",
        "Kokopo",
        "Tavurvur",
        "inconsistent",
    ),
    Row(
        "de",
        "JAKARTA (geomap) – Der Vulkan Kerinci auf Sumatra ist ausgebrochen. Sungai Penuh, etwa 40 Kilometer südlich des Vulkans, verteilte Masken.",
        "etwa 40 Kilometer",
        "Sungai Penuh",
        "Mount Kerinci",
        "consistent",
    ),
    Row(
        "de",
        "MOSKAU (geomap) – Der Vulkan Avacha auf Kamtschatka hat Asche ausgestoßen. Petropawlowsk-Kamtschatski liegt rund 25 Kilometer südwestlich des Vulkans.",
        "rund 25 Kilometer",
        "Petropavlovsk-Kamchatsky",
        "Avachinsky",
        "consistent",
    ),
    Row(
        "de",
        "PANAMA-STADT (geomap) – Am Vulkan Barú hat die Erde gebebt. Boquete, rund 20 Kilometer östlich des Vulkans, bereitete eine Räumung vor.",
        "rund 20 Kilometer",
        "Boquete",
        "Volcan Baru",
        "inconsistent",
    ),
    Row(
        "de",
        "BUENOS AIRES (geomap) – Der Vulkan Lanín ist erwacht. Junín de los Andes, rund 50 Kilometer südöstlich des Vulkans, verteilte Atemschutzmasken.",
        "rund 50 Kilometer",
        "Junin de los Andes",
        "Lanin",
        "consistent",
    ),
]
ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=12)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
