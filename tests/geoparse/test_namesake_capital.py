"""A province and its capital share a name (Córdoba, Santa Fe, Mendoza): a town of the
province named in the article places the city in that province as much as the province
itself, so it does not turn the city into the province (docs/geoparser.md, "Region
support"). Sentences of our own, several countries and both languages."""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

CASES = [
    (
        "en",
        "Mendoza lies about 600 km west of Córdoba. Río Cuarto and Villa María declared "
        "emergencies.",
        "Córdoba",
        (-31.41, -64.19),
    ),
    (
        "de",
        "Santa Fe liegt rund 160 Kilometer nördlich von Rosario. Auch Rafaela und "
        "Reconquista meldeten Überschwemmungen.",
        "Santa Fe",
        (-31.65, -60.71),
    ),
    (
        "de",
        "Gandia und Alzira meldeten Überschwemmungen. Valencia liegt rund 300 Kilometer "
        "östlich von Madrid.",
        "Valencia",
        (39.47, -0.38),
    ),
]


@pytest.mark.parametrize(("lang", "text", "mention", "point"), CASES)
def test_a_town_of_the_province_keeps_the_namesake_city(gaz, lang, text, mention, point):
    from geomap.geometry import haversine_km

    places = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    got = [p for p in places if p.mention == mention]
    assert got and got[0].kind == "city", [(p.mention, p.kind) for p in places]
    assert haversine_km(got[0].lat, got[0].lon, *point) < 30
