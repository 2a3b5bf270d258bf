# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Wordings of issue 15 that the first round of session 10 left open, in own sentences of
regions no earlier table used (the Alps and the Andes, the Himalayan foothills, the Blue
Ridge, the Dolomites, Ecuador, Venezuela).

Setting participles: ``<X>, perched on the <Range>, about N km ...`` (and ``nestled``,
``tucked``, ``set``, ``surrounded by``, ``wedged between``, ``eingebettet in``, ``gelegen
am``, ...): the phrase the participle opens says where ``<X>`` lies, so the distance set
off after it (or the verb after it) still describes ``<X>``, never the range, river or
peak the phrase names.

The points are the gazetteer's own points of the places (copied once, by hand, from the
GeoNames rows the index holds); the truth is the geodesic between them computed with
geographiclib (tests/support/claims_table.py), never through geomap's geometry. Some rows
state a distance wrong by far more than any tolerance (verdict ``inconsistent``).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: the gazetteer's points (lat, lon) of the places the rows use (GeoNames rows of the index)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Innsbruck": (47.2627, 11.3945), "Munich": (48.1374, 11.5755),
    "Darjeeling": (27.0333, 88.2667), "Siliguri": (26.7100, 88.4285),
    "Huaraz": (-9.5261, -77.5287), "Lima": (-12.0432, -77.0282),
    "Chamonix": (45.9237, 6.8693), "Geneva": (46.2022, 6.1457),
    "Cuenca": (-2.8953, -78.9963), "Guayaquil": (-2.1962, -79.8862),
    "Asheville": (35.6009, -82.5540), "Charlotte": (35.2271, -80.8431),
    "Merida": (8.5790, -71.1692), "Caracas": (10.4880, -66.8792),
    "Trento": (46.0679, 11.1211), "Verona": (45.4385, 10.9938),
}
# fmt: on

R = Row
# fmt: off
SETTING = [
    # a participle of setting set off after the subject, then an apposed distance
    R("en", "Innsbruck, nestled in the Alps, about 100 km south of Munich, was cut off.", "100 km", "Innsbruck", "Munich", "consistent"),
    R("en", "Darjeeling, perched on the Himalayas, about 40 km north of Siliguri, was cut off.", "40 km", "Darjeeling", "Siliguri", "consistent"),
    R("en", "Asheville, surrounded by the Blue Ridge Mountains, roughly 160 km west of Charlotte, lost power.", "160 km", "Asheville", "Charlotte", "consistent"),
    R("en", "Mérida, sitting high in the Andes, about 900 km south-west of Caracas, was flooded.", "900 km", "Merida", "Caracas", "inconsistent"),
    R("en", "Trento, wedged between the Dolomites and Lake Garda, about 70 km north of Verona, closed its schools.", "70 km", "Trento", "Verona", "consistent"),
    # ... then the verb of the distance's own clause
    R("en", "Huaraz, set in the Andes, lies about 280 km north of Lima.", "280 km", "Huaraz", "Lima", "consistent"),
    R("en", "Chamonix, tucked below Mont Blanc, lies about 65 km south-east of Geneva.", "65 km", "Chamonix", "Geneva", "consistent"),
    # the participle opening the distance's own clause (no setting phrase between)
    R("en", "Innsbruck, located about 100 km south of Munich, was cut off.", "100 km", "Innsbruck", "Munich", "consistent"),
    R("de", "Innsbruck, eingebettet in die Alpen, rund 250 Kilometer südlich von München, war abgeschnitten.", "250 Kilometer", "Innsbruck", "Munich", "inconsistent"),
    R("de", "Chamonix, gelegen am Fuß des Mont Blanc, rund 65 Kilometer südöstlich von Genf, meldete Lawinen.", "65 Kilometer", "Chamonix", "Geneva", "consistent"),
    R("de", "Cuenca, erbaut an den Ufern des Tomebamba, rund 125 Kilometer südöstlich von Guayaquil, blieb verschont.", "125 Kilometer", "Cuenca", "Guayaquil", "consistent"),
    R("de", "Huaraz, eingebettet in die Anden, liegt rund 280 Kilometer nördlich von Lima.", "280 Kilometer", "Huaraz", "Lima", "consistent"),
    R("de", "Trient, eingezwängt zwischen den Dolomiten und dem Gardasee, rund 70 Kilometer nördlich von Verona, schloss die Schulen.", "70 Kilometer", "Trento", "Verona", "consistent"),
    R("de", "Asheville, umgeben von den Blue Ridge Mountains, rund 400 Kilometer westlich von Charlotte, war ohne Strom.", "400 Kilometer", "Asheville", "Charlotte", "inconsistent"),
]
# fmt: on


def _param(i: int, r: Row) -> Any:
    return pytest.param(r, id=f"{r.lang}-{i}")


@pytest.mark.parametrize("row", [_param(i, r) for i, r in enumerate(SETTING)])
def test_a_setting_participle_keeps_the_subject(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
