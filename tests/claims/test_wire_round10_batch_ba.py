# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Wire copy, session 19 round 2 (docs/claims.md, "Session 19, round 2: batch BA"):

- ``here`` after a compass point inside a quotation (``"<X> is about N km east of here,
  ...," a hotel manager in <Y> said``): the distance is measured from the speaker's town
  that the attribution names, as ``N km from here`` already was; before, ``of here`` was
  no reference and the town the sentence before named was taken instead;
- a sentence opened by an anaphoric start (``<A> escaped the worst. From there, <B> is
  about N km to the south-east``, ``Von dort liegt <B> rund N km südwestlich``): <B> is
  seen from the place the anaphor points back to, not from the dateline;
- a description right after the speakers' place and a word that opens what was said, with
  a set-off distance and no named reference (``<B> ... . Officials in <A> said the town,
  about N km to the west, was cut off``): the town is the topic before, not <A>, and the
  direction is seen from <A>, where the speakers are (before: <A> measured from the
  dateline, a true claim called false). German (``Beamte in <A> sagten, die Stadt, rund N
  km südwestlich, sei ...``) is still read as <A> (a strict xfail).

Sentences written for this test (Chile and Argentina, Kenya, Vietnam, Peru, Austria, Germany),
none from a corpus article. The points are hand points of the places; the truth is the
geodesic between them computed here with geographiclib, never through geomap's code path.
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
    "Santiago": (-33.4489, -70.6693), "Mendoza": (-32.8895, -68.8458),
    "Nakuru": (-0.3031, 36.0800), "Kisumu": (-0.0917, 34.7680),
    "Hanoi": (21.0278, 105.8342), "Haiphong": (20.8449, 106.6881),
    "Linz": (48.3069, 14.2858), "Graz": (47.0707, 15.4395),
    "Bonn": (50.7374, 7.0982), "Koblenz": (50.3569, 7.5890),
    "Naivasha": (-0.7167, 36.4333), "Cusco": (-13.5320, -71.9675), "Puno": (-15.8402, -70.0219),
    "Salzburg": (47.8095, 13.0550), "Dresden": (51.0504, 13.7373), "Pirna": (50.9624, 13.9404),
}
# fmt: on

EN = [
    Row(
        "en",
        'Snow closed the pass at Los Andes on Monday. "Mendoza is about 180 km east of here, and nobody can get through," a hotel manager in Santiago said.',
        "about 180 km",
        "Mendoza",
        "Santiago",
        "consistent",
    ),
    Row(
        "en",
        'The lake rose again at Naivasha overnight. "Kisumu is only 60 km west of here, but the road is cut," a teacher in Nakuru said.',
        "60 km",
        "Kisumu",
        "Nakuru",
        "inconsistent",
    ),
    Row(
        "en",
        'Trains stopped at Nam Dinh. "Haiphong is about 90 km east of here," an official in Hanoi said.',
        "about 90 km",
        "Haiphong",
        "Hanoi",
        "consistent",
    ),
    Row(
        "en",
        "NAIROBI (geomap) - Flooding closed schools in Naivasha on Monday. From there, Nakuru is about 60 km to the north-west.",
        "about 60 km",
        "Nakuru",
        "Naivasha",
        "consistent",
    ),
    Row(
        "en",
        "LIMA (geomap) - Landslides cut the railway near Cusco. From there, Puno is about 150 km to the south-east.",
        "about 150 km",
        "Puno",
        "Cusco",
        "inconsistent",
    ),
    Row(
        "en",
        "NAIROBI (geomap) - Heavy rain fell on Kisumu. Officials in Nakuru said the town, about 150 km to the west, was cut off.",
        "about 150 km",
        "Kisumu",
        "Nakuru",
        "consistent",
    ),
    Row(
        "en",
        "LIMA (geomap) - Landslides cut the railway near Puno. Officials in Cusco said the city, some 150 km to the south-east, had no power.",
        "some 150 km",
        "Puno",
        "Cusco",
        "inconsistent",
    ),
]

DE = [
    Row(
        "de",
        "Auch in Salzburg fiel der Strom aus. „Graz liegt rund 160 Kilometer südöstlich von hier, und die Straßen sind gesperrt“, sagte ein Feuerwehrmann in Linz.",
        "rund 160 Kilometer",
        "Graz",
        "Linz",
        "consistent",
    ),
    Row(
        "de",
        "Der Rhein stieg auch in Köln. „Koblenz liegt nur 20 Kilometer südöstlich von hier“, sagte eine Sprecherin der Stadt Bonn.",
        "20 Kilometer",
        "Koblenz",
        "Bonn",
        "inconsistent",
    ),
    Row(
        "de",
        "WIEN (geomap) - Auch Linz meldete Sturmschäden. Von dort liegt Salzburg rund 105 Kilometer südwestlich.",
        "rund 105 Kilometer",
        "Salzburg",
        "Linz",
        "consistent",
    ),
    Row(
        "de",
        "BERLIN (geomap) - Die Elbe stieg in Dresden über sieben Meter. Von dort aus liegt Pirna rund 40 Kilometer südöstlich.",
        "rund 40 Kilometer",
        "Pirna",
        "Dresden",
        "inconsistent",
    ),
    Row(
        "de",
        "WIEN (geomap) - Starker Regen fiel in Salzburg. Beamte in Linz sagten, die Stadt, rund 105 Kilometer südwestlich, sei abgeschnitten.",
        "rund 105 Kilometer",
        "Salzburg",
        "Linz",
        "consistent",
    ),
]

ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {
    "WIEN (geomap) - Starker Regen fiel in Salzburg. Beamte in Linz sagten, die Stadt, rund 105 Kilometer südwestlich, sei abgeschnitten.": "German: the description after `Beamte in <A> sagten,` is still read as <A> (the English rule's path is not taken); <A> is measured from the dateline",
}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=12)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
