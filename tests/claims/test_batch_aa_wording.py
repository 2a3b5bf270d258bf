# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 15's reading classes found in the dev misses of batch AA (docs/claims.md,
"Fourteenth pass"), in other wording and other regions than the batch, both languages: a
country whose capital bears its name (Luxembourg, Mexico City, Guatemala City) as an end of
a distance between places is that capital, not the country's nearest border; a bare ``the
capital`` / ``der Hauptstadt`` in a story filed from another country's capital is the
capital of the country the distance is in, when the text named it before.

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
    "Luxembourg": (49.6116, 6.1319), "Trier": (49.7499, 6.6371),
    "Mexico City": (19.4326, -99.1332), "Cuernavaca": (18.9186, -99.2342),
    "Guatemala City": (14.6349, -90.5069), "Antigua Guatemala": (14.5586, -90.7295),
    "Ljubljana": (46.0569, 14.5058), "Celje": (46.2397, 15.2677),
    "Prague": (50.0755, 14.4378), "Plzeň": (49.7384, 13.3736),
}
# fmt: on

R = Row
# fmt: off
NAMESAKE_CAPITALS = [
    R("en", "Trier lies about 40 km north-east of Luxembourg.", "about 40 km", "Trier", "Luxembourg", "consistent"),
    R("de", "Cuernavaca liegt rund 58 Kilometer südlich von Mexiko.", "rund 58 Kilometer", "Cuernavaca", "Mexico City", "consistent"),
    R("en", "Antigua Guatemala, the old colonial town, is some 45 km west of Guatemala.", "some 45 km", "Antigua Guatemala", "Guatemala City", "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", NAMESAKE_CAPITALS, ids=[f"{r.lang}-{r.quantity}" for r in NAMESAKE_CAPITALS]
)
def test_country_named_like_its_capital_is_the_capital(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``N km north-east of Luxembourg``: the country shares its capital's name, and a
    distance between places measures to the city (read as the country, the distance would
    go to its nearest border, or be 0 km from a town inside it)."""
    check_row(analyze, row, AT)


def test_border_of_a_namesake_country_stays_a_border(analyze: Callable[..., Any]) -> None:
    """A distance to the border of such a country is still to the border line, not to the
    capital of the same name."""
    a = analyze(
        "Basra lies about 50 km from the border with Kuwait.",
        lang="en",
        date="2026-06-01",
        events=False,
    )
    found = [c for c in a.claims if c.stated.text == "about 50 km"]
    assert found, [c.stated.text for c in a.claims]
    c = found[0]
    assert c.reference is not None and c.reference.geometry == "border", c.reference
    assert c.form == "border"


# fmt: off
CAPITAL_ABROAD = [
    R("en", "VIENNA (geomap) - Storms swept across Slovenia on Monday. In Ljubljana, trees fell on cars. Celje, about 60 km east of the capital, lost power.", "about 60 km", "Celje", "Ljubljana", "consistent"),
    R("de", "BERLIN (geomap) – Hochwasser in Tschechien: In Prag stieg die Moldau um zwei Meter. Pilsen, rund 85 Kilometer südwestlich der Hauptstadt, meldete Überschwemmungen.", "rund 85 Kilometer", "Plzeň", "Prague", "consistent"),
    R("de", "BERLIN (geomap) – Hochwasser in Tschechien: In Prag stieg die Moldau um zwei Meter. Pilsen, rund 150 Kilometer südwestlich der Hauptstadt, meldete Überschwemmungen.", "rund 150 Kilometer", "Plzeň", "Prague", "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", CAPITAL_ABROAD, ids=[f"{r.lang}-{r.quantity}" for r in CAPITAL_ABROAD]
)
def test_bare_capital_under_a_foreign_dateline(analyze: Callable[..., Any], row: Row) -> None:
    """Filed from Vienna or Berlin about Slovenia or Czechia, ``the capital`` of a
    distance from a Slovenian or Czech town is Ljubljana or Prague, named before, not the
    dateline's city."""
    check_row(analyze, row, AT)


def test_bare_capital_at_home_stays_the_datelines(analyze: Callable[..., Any]) -> None:
    """Filed from the capital of the country the distance is in, ``the capital`` is the
    dateline's city even when another country's capital was named before."""
    row = R(
        "en",
        "PRAGUE (geomap) - Floods also hit Austria, and Vienna closed its parks. Plzeň, about 85 km south-west of the capital, reported flooding.",
        "about 85 km",
        "Plzeň",
        "Prague",
        "consistent",
    )
    check_row(analyze, row, AT)
