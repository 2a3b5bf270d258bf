# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Round-3 (session 11) rows for the wordings the fourth probe table left open (issue 15).

Each rule has rows of other regions and other wording than the one that prompted it, in
both languages, with about a fifth false (docs/claims.md, seventeenth pass, "Round 3"):

- a fronted direction with a pronoun for its reference (``East of there, some N km away,
  <B> ...``, ``Östlich davon, rund N km entfernt, ...``): seen from where the text last
  stood;
- a fronted direction with its own named reference (``North of <X>, some N km away, <B>
  ...``): <X> is the reference and <B> the subject, not the other way round;
- the reference's country or region in a locative after it (``Rund N km nordwestlich von
  <B> in <Land> liegt <A>``): its address, read past to the subject;
- a coast, sea or region in a locative right after the direction (``<A>, some N km
  south-west on the Atlantic coast``): where <A> lies, not the reference.

The points are the gazetteer's own points (shared with the fourth table), and the truth is
the geodesic computed with geographiclib, never through geomap's geometry.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.claims.test_probe_round4 import AT
from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

R = Row
# fmt: off
ROWS = [
    # a fronted direction with a pronoun for its reference
    R("en", "Floods hit Bukhara. East of there, some 220 km away, Samarkand also reported damage.", "220 km", "Samarkand", "Bukhara", "consistent"),
    R("en", "Smog covered Chengdu on Monday. South-east of there, about 270 km away, Chongqing closed its schools.", "270 km", "Chongqing", "Chengdu", "consistent"),
    R("de", "In Tampere brannte es. Südlich davon, knapp 160 Kilometer entfernt, lag Helsinki im Rauch.", "160 Kilometer", "Helsinki", "Tampere", "consistent"),
    R("de", "In Recife fiel der Strom aus. Nordwestlich davon, rund 900 Kilometer entfernt, meldete auch Fortaleza Ausfälle.", "900 Kilometer", "Fortaleza", "Recife", "inconsistent"),
    # a fronted direction with its own named reference
    R("en", "North of Belgrade, some 70 km away, Novi Sad was flooded.", "70 km", "Novi Sad", "Belgrade", "consistent"),
    R("en", "West of Santiago de Cuba, about 760 km away, Havana lost power.", "760 km", "Havana", "Santiago de Cuba", "consistent"),
    R("en", "South of Belgrade, some 70 km away, Novi Sad was flooded.", "70 km", "Novi Sad", "Belgrade", "inconsistent"),
    R("de", "Westlich von Ankara, rund 520 Kilometer entfernt, bebte in Izmir die Erde.", "520 Kilometer", "Izmir", "Ankara", "consistent"),
    R("de", "Nordöstlich von Dakar, rund 400 Kilometer entfernt, wurde Saint-Louis überflutet.", "400 Kilometer", "Saint-Louis", "Dakar", "inconsistent"),
    # the reference's country or region in a locative after it
    R("de", "Rund 70 km nordwestlich von Belgrad in Serbien liegt Novi Sad.", "70 km", "Novi Sad", "Belgrade", "consistent"),
    R("de", "Gut 270 Kilometer nördlich von Lusaka in Sambia liegt Ndola.", "270 Kilometer", "Ndola", "Lusaka", "consistent"),
    R("en", "Some 200 km north-west of Accra in Ghana lies Kumasi.", "200 km", "Kumasi", "Accra", "consistent"),
    R("en", "About 400 km south-east of Chengdu in Sichuan lies Chongqing.", "400 km", "Chongqing", "Chengdu", "inconsistent"),
    # a coast, sea or region in a locative right after the direction
    R("en", "MARRAKESH (geomap) - Agadir, some 200 km south-west on the Atlantic coast, also reported damage.", "200 km", "Agadir", "Marrakesh", "consistent"),
    R("en", "AMMAN (geomap) - Aqaba, some 290 km south on the Red Sea, closed its port.", "290 km", "Aqaba", "Amman", "consistent"),
    R("en", "DAKAR (geomap) - Saint-Louis, some 400 km north-east on the Atlantic coast, was flooded.", "400 km", "Saint-Louis", "Dakar", "inconsistent"),
    R("de", "MARRAKESCH (geomap) – Agadir, rund 200 Kilometer südwestlich an der Atlantikküste, meldete Schäden.", "200 Kilometer", "Agadir", "Marrakesh", "consistent"),
    R("de", "RIAD (geomap) – Dschidda, rund 850 Kilometer westlich am Roten Meer, schloss den Hafen.", "850 Kilometer", "Jeddah", "Riyadh", "consistent"),
]
# fmt: on


def test_the_table_is_honest() -> None:
    """Both languages, and at least a sixth of the rows false."""
    assert {r.lang for r in ROWS} == {"en", "de"}
    assert sum(r.verdict == "inconsistent" for r in ROWS) >= len(ROWS) // 6


@pytest.mark.parametrize(
    "row", [pytest.param(r, id=f"{r.lang}-{r.quantity}-{i}") for i, r in enumerate(ROWS)]
)
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


def test_a_direction_of_a_coast_still_measures_from_it(analyze: Callable[..., Any]) -> None:
    """``N km west of the coast`` names its reference with a from-marker: the coast."""
    a = analyze("Agadir lies some 40 km west of the Atlantic coast.", lang="en", events=False)
    assert a.claims and a.claims[0].form == "coast"
