# ruff: noqa: E501  (the tables are data: one sentence a row)
"""``between the city and the coast`` (session 15, round 2; docs/claims.md, "Descriptive
references").

In a between phrase, a coast that names no country or sea (``the coast``, ``der
Küste``, lexicon ``coast_nouns``) is the coast of the other end's country, as ``from the
coast`` is: ``Between the city and the coast, some N km apart, ...`` is a ``coast`` claim
from the place ``the city`` stands for to its country's coastline, in either order of the
two ends. Before, the description of the coast stood for no place, so the pair marker
(``apart``) paired the last two places of the text (the dateline and the city: Lima to
Arequipa, 764 km, called inconsistent), or the sentence made no claim.

Sentences written for this test (Australia, Vietnam, Peru, Ghana, Brazil, Spain), none
from a corpus article. The accepted distances are intervals read off a map by hand
(the nearest coast from the city), never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest

os.environ.setdefault("GEOMAP_OFFLINE", "1")


@dataclass(frozen=True)
class CoastRow:
    lang: str
    text: str
    quantity: str
    subject: str  # the name geomap's subject carries (ASCII folded, a prefix)
    cc: str  # the country whose coast is the reference
    km: tuple[float, float]  # the nearest coast from the subject, by hand on a map
    verdict: str


# fmt: off
ROWS = [
    CoastRow("en", "CANBERRA, Australia (geomap) - Bushfires burned on the edge of the capital. Between the city and the coast, about 110 km apart, roads were closed.", "about 110 km", "Canberra", "AU", (95, 125), "consistent"),
    CoastRow("en", "CANBERRA, Australia (geomap) - Bushfires burned on the edge of the capital. Between the city and the coast, about 250 km apart, roads were closed.", "about 250 km", "Canberra", "AU", (95, 125), "inconsistent"),
    CoastRow("en", "HANOI, Vietnam (geomap) - Floods hit Lang Son. Between the town and the coast, some 100 km apart, roads were cut.", "some 100 km", "L", "VN", (75, 105), "consistent"),
    CoastRow("en", "LIMA, Peru (geomap) - Landslides blocked roads between Arequipa and the coast, some 80 km apart.", "some 80 km", "Arequipa", "PE", (70, 100), "consistent"),
    CoastRow("de", "ACCRA (geomap) – Überschwemmungen trafen Kumasi. Zwischen der Stadt und der Küste, rund 200 Kilometer voneinander entfernt, brachen Brücken ein.", "rund 200 Kilometer", "Kumasi", "GH", (160, 200), "consistent"),
    CoastRow("de", "BRASILIA (geomap) – Unwetter trafen Belo Horizonte. Zwischen der Stadt und der Küste, rund 350 Kilometer voneinander entfernt, fielen Bäume auf die Straßen.", "rund 350 Kilometer", "Belo Horizonte", "BR", (290, 345), "consistent"),
    CoastRow("de", "MADRID (geomap) – Waldbrände wüteten bei Toledo. Zwischen der Stadt und der Küste, rund 550 Kilometer voneinander entfernt, brannten die Wälder.", "rund 550 Kilometer", "Toledo", "ES", (290, 350), "inconsistent"),
    CoastRow("de", "LIMA (geomap) – Starkregen traf Arequipa. Zwischen der Küste und der Stadt, rund 80 Kilometer voneinander entfernt, blockierten Erdrutsche die Straße.", "rund 80 Kilometer", "Arequipa", "PE", (70, 100), "consistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", ROWS, ids=[f"{r.lang}-{r.quantity}-{i}" for i, r in enumerate(ROWS)]
)
def test_row(analyze: Callable[..., Any], row: CoastRow) -> None:
    a = analyze(row.text, lang=row.lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if row.quantity in c.stated.text]
    assert found, [c.stated.text for c in a.claims]
    c = found[0]
    assert c.form == "coast"
    assert c.subject is not None and c.subject.name.startswith(row.subject), c.subject
    assert c.reference is not None and c.reference.geometry == "coast"
    assert c.reference.country_code == row.cc
    assert c.computed_km is not None and row.km[0] <= c.computed_km <= row.km[1], c.computed_km
    assert c.verdict == row.verdict, c.explanation
