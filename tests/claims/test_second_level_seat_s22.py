# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 22 round 2 (docs/claims.md, "Session 22: ... second-level seats"): a capital
phrase of a unit below the country's first level (``the provincial capital`` of an Italian
or Spanish province, ``the county seat`` of a US county, ``die Bezirkshauptstadt`` of an Austrian district) after a
sentence naming such a seat is that seat (GeoNames ``PPLA2``/``PPLA3``, lexicon
``second_level_seats.csv``); before, the gazetteer's first-level seat table could not
answer it and the phrase fell to the dateline's town (a true claim called
``inconsistent``) or had no end.

Sentences written for this test (Apulia, Sardinia, northern Colorado, Andalusia, Castile,
western Sicily, Upper Austria), none from a corpus article. The truth is the geodesic
between hand points, computed with geographiclib (tests/support/claims_table.py), never
through geomap's code path.
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
    "Lecce": (40.3515, 18.1750),
    "Brindisi": (40.6327, 17.9418),
    "Nuoro": (40.3209, 9.3300),
    "Sassari": (40.7259, 8.5557),
    "Greeley": (40.4233, -104.7091),
    "Fort Collins": (40.5853, -105.0844),
    "Huelva": (37.2614, -6.9447),
    "Seville": (37.3891, -5.9845),
    "Cuenca": (40.0704, -2.1374),
    "Madrid": (40.4168, -3.7038),
    "Trapani": (38.0174, 12.5365),
    "Palermo": (38.1157, 13.3615),
    "Bari": (41.1171, 16.8719),
    "Altamura": (40.8264, 16.5535),
    "Wels": (48.1575, 14.0289),
    "Linz": (48.3069, 14.2858),
}
# fmt: on

EN = [
    Row(
        "en",
        "BARI, Italy (geomap) - A storm swept across Apulia on Sunday. In Lecce, the wind toppled dozens of pine trees. The provincial capital lies about 35 km south-east of Brindisi.",
        "about 35 km",
        "Lecce",
        "Brindisi",
        "consistent",
    ),
    Row(
        "en",
        "CAGLIARI, Italy (geomap) - Wildfires spread across Sardinia on Friday. In Nuoro, crews moved families from outlying farms. The provincial capital lies about 20 km south-east of Sassari.",
        "about 20 km",
        "Nuoro",
        "Sassari",
        "inconsistent",
    ),
    Row(
        "en",
        "DENVER (geomap) - Hail fell across northern Colorado on Tuesday. Greeley was hit hardest. The county seat lies about 35 km south-east of Fort Collins.",
        "about 35 km",
        "Greeley",
        "Fort Collins",
        "consistent",
    ),
    Row(
        "en",
        "SEVILLE, Spain (geomap) - A heatwave shut schools on Monday. In Huelva, the port halted loading. The provincial capital lies about 200 km west of Seville.",
        "about 200 km",
        "Huelva",
        "Seville",
        "inconsistent",
    ),
]

DE = [
    Row(
        "de",
        "BARI (dpa) - Ein Sturm zog am Sonntag über Apulien. In Lecce stürzten Dutzende Pinien um. Die Provinzhauptstadt liegt rund 35 Kilometer südöstlich von Brindisi.",
        "rund 35 Kilometer",
        "Lecce",
        "Brindisi",
        "consistent",
    ),
    Row(
        "de",
        "MADRID (dpa) - Ein Unwetter hat am Mittwoch Kastilien getroffen. In Cuenca fiel für Stunden der Strom aus. Die Provinzhauptstadt liegt rund 140 Kilometer südöstlich von Madrid.",
        "rund 140 Kilometer",
        "Cuenca",
        "Madrid",
        "consistent",
    ),
    Row(
        "de",
        "PALERMO (dpa) - Waldbrände haben am Donnerstag Westsizilien erreicht. In Trapani wurden zwei Hotels geräumt. Die Provinzhauptstadt liegt rund 30 Kilometer westlich von Palermo.",
        "rund 30 Kilometer",
        "Trapani",
        "Palermo",
        "inconsistent",
    ),
    Row(
        "de",
        "LINZ (APA) - Hochwasser hat am Montag Oberösterreich getroffen. In Wels liefen Keller voll. Die Bezirkshauptstadt liegt rund 25 Kilometer südwestlich von Linz.",
        "rund 25 Kilometer",
        "Wels",
        "Linz",
        "consistent",
    ),
]

#: the dateline's town is a first-level seat, which is its province's too: it stays
GUARD = [
    Row(
        "en",
        "BARI, Italy (geomap) - Wildfires burned on Sunday. The provincial capital lies about 40 km north-east of Altamura.",
        "about 40 km",
        "Bari",
        "Altamura",
        "consistent",
    ),
]

ROWS = [*EN, *DE, *GUARD]

#: (language, text, the stated words): a second-level phrase under the dateline of a town
#: that is by data no seat at any level (big enough to be listed), with no seat named
#: before it: the phrase cannot mean the dateline's town, so the claim has no end there
#: rather than a wrong one (before: the dateline's town, 28 km east of Licata, and the true
#: claim, Agrigento being some 40 km north-west, called inconsistent)
NO_SEAT_DATELINE = [
    (
        "en",
        "GELA, Italy (geomap) - Wildfires burned across Sicily on Sunday. The provincial capital lies about 40 km north-west of Licata.",
        "about 40 km",
    ),
    (
        "de",
        "GELA (dpa) - Waldbrände wüteten am Sonntag auf Sizilien. Die Provinzhauptstadt liegt rund 40 Kilometer nordwestlich von Licata.",
        "rund 40 Kilometer",
    ),
]

KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=4)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize("row", NO_SEAT_DATELINE, ids=[r[2] for r in NO_SEAT_DATELINE])
def test_no_dateline_town_that_is_no_seat(
    analyze: Callable[..., Any], row: tuple[str, str, str]
) -> None:
    lang, text, quantity = row
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]
    assert found, f"no claim on {quantity!r}"
    c = found[0]
    assert c.subject is None or c.subject.name != "Gela", c.explanation
    assert c.verdict != "inconsistent", c.explanation
