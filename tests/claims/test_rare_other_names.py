# ruff: noqa: E501  (the tables are data: one sentence a row)
"""A town written in an older or local English spelling its gazetteer row keeps only among
its other names (session 14, plain wire copy from regions the corpus had little of).

English wire copy still writes many towns as travellers and older atlases did (`Adua` for
Adwa, `Bhairahawa` for Siddharthanagar, `Muren` for Mörön, `Oroya` for La Oroya, `Lugh` for
Luuq, `Timbuctoo` for Timbuktu). GeoNames lists those names without a language tag, so the
geoparser's rule against "another name of a small town" (docs/geoparser.md, section 2)
dropped them unless the word was rarer than Zipf 1.0 in English; these words lie between
1.0 and 2.0 (a place name's own use in English text gives it that frequency), so a claim
from the town stayed unverifiable. The rule's limit (`Weights.other_name_max_zipf`) is now
2.0; its other conditions stay: one word, a place cue beside it (here a place preposition
or the distance it is the subject of) and the town's country named in the article. German
keeps small towns' other names anyway (`small_town_exonyms`); its rows show both languages
now agree.

Sentences written for this test (Ethiopia, Nepal, Mongolia, Peru, Somalia, Mali); the
points are the gazetteer's own points of the places (copied once by hand), and the truth is
the geodesic between them computed here with geographiclib, never through geomap's code
path. Four of the twelve rows state a distance far off the truth.
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
    "Adwa": (14.16347, 38.89924), "Addis Ababa": (9.02497, 38.74689),
    "Siddharthanagar": (27.5, 83.45), "Kathmandu": (27.70169, 85.3206),
    "Moron": (49.63417, 100.1625), "Ulaanbaatar": (47.90771, 106.88324),
    "La Oroya": (-11.51893, -75.89935), "Lima": (-12.04318, -77.02824),
    "Luuq": (3.80315, 42.54417), "Mogadishu": (2.03711, 45.34375),
    "Timbuktu": (16.77348, -3.00742), "Bamako": (12.60915, -7.97522),
}
# fmt: on

EN = [
    Row(
        "en",
        "ADDIS ABABA (geomap) - Locusts reached northern Ethiopia on Monday. In Adua, about 570 km north of Addis Ababa, farmers lost their crops.",
        "about 570 km",
        "Adwa",
        "Addis Ababa",
        "consistent",
    ),
    Row(
        "en",
        "KATHMANDU (geomap) - Floods hit southern Nepal. Bhairahawa, about 185 km west of Kathmandu near the Indian border, was under water.",
        "about 185 km",
        "Siddharthanagar",
        "Kathmandu",
        "consistent",
    ),
    Row(
        "en",
        "ULAANBAATAR (geomap) - A cold snap gripped Mongolia. In Muren, some 900 km north-west of Ulaanbaatar, it was minus 40 degrees.",
        "some 900 km",
        "Moron",
        "Ulaanbaatar",
        "inconsistent",
    ),
    Row(
        "en",
        "LIMA (geomap) - A toxic spill closed a smelter in Peru. In Oroya, about 135 km north-east of Lima, residents were told to stay indoors.",
        "about 135 km",
        "La Oroya",
        "Lima",
        "consistent",
    ),
    Row(
        "en",
        "MOGADISHU (geomap) - The Juba river burst its banks in south-western Somalia. Lugh, about 600 km west of Mogadishu, was cut off.",
        "about 600 km",
        "Luuq",
        "Mogadishu",
        "inconsistent",
    ),
    Row(
        "en",
        "BAMAKO (geomap) - Militants shelled an army camp in Mali. Timbuctoo, about 700 km north-east of Bamako, was placed under curfew.",
        "about 700 km",
        "Timbuktu",
        "Bamako",
        "consistent",
    ),
]
DE = [
    Row(
        "de",
        "ADDIS ABEBA (geomap) – Heuschrecken erreichten den Norden Äthiopiens. In Adua, rund 570 Kilometer nördlich von Addis Abeba, verloren Bauern ihre Ernte.",
        "rund 570 Kilometer",
        "Adwa",
        "Addis Ababa",
        "consistent",
    ),
    Row(
        "de",
        "KATHMANDU (geomap) – Hochwasser im Süden Nepals: Bhairahawa, rund 300 Kilometer westlich von Kathmandu, stand unter Wasser.",
        "rund 300 Kilometer",
        "Siddharthanagar",
        "Kathmandu",
        "inconsistent",
    ),
    Row(
        "de",
        "ULAN BATOR (geomap) – Eine Kältewelle hat die Mongolei erfasst. In Muren, rund 530 Kilometer westlich von Ulan Bator, wurden minus 40 Grad gemessen.",
        "rund 530 Kilometer",
        "Moron",
        "Ulaanbaatar",
        "consistent",
    ),
    Row(
        "de",
        "LIMA (geomap) – Ein Giftunfall legte in Peru eine Schmelzhütte still. In Oroya, rund 135 Kilometer nordöstlich von Lima, blieben die Menschen in ihren Häusern.",
        "rund 135 Kilometer",
        "La Oroya",
        "Lima",
        "consistent",
    ),
    Row(
        "de",
        "MOGADISCHU (geomap) – Der Juba trat im Südwesten Somalias über die Ufer. Lugh, rund 370 Kilometer westlich von Mogadischu, war abgeschnitten.",
        "rund 370 Kilometer",
        "Luuq",
        "Mogadishu",
        "consistent",
    ),
    Row(
        "de",
        "BAMAKO (geomap) – Bewaffnete beschossen in Mali ein Armeelager. Timbuktu, rund 1.200 Kilometer nordöstlich von Bamako, verhängte eine Ausgangssperre.",
        "rund 1.200 Kilometer",
        "Timbuktu",
        "Bamako",
        "inconsistent",
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


def test_an_ordinary_word_stays_no_place(analyze: Callable[..., Any]) -> None:
    """The limit is for words that are no words of the language: a capitalised common
    word opening a sentence before a distance is not read as a town's other name."""
    a = analyze(
        "MOGADISHU (geomap) - Floods hit Somalia. Yet, about 80 km west of Mogadishu, roads stayed open.",
        lang="en",
        date="2026-06-01",
        events=False,
    )
    assert not [p for p in a.places if p.mention == "Yet"], a.places
