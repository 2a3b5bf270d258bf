"""A town placed by an apposition naming its region is the region's town (session 18,
probe ``towns18``, issues 15 and 20).

``Police in X, a town in Y state, said``: news places a small town by an apposition as
often as by ``in`` right after it. ``X in Y province`` already gave the reading Y holds
the container bonus (``_rank._unit_after``); the apposition (a comma, a determiner, at
most two lower-case words and a settlement noun: ``, a small town in``, ``, ein Dorf
im``) now does the same (``_rank._apposed_town``), so the bigger namesake in another
state of the same country no longer wins on its size. Where the region holds two towns
of the name, the one at least twice the size of the one nearest the region's point is
taken (``_evidence.state_holds``)."""

from __future__ import annotations

import pytest

from geomap.geometry import haversine_km
from tests.support.names import name_places

# (lang, text, the town's name, its latitude and longitude)
ROWS = [
    # wrong before: the bigger namesake in another state
    (
        "en",
        "Police in Juárez, a town in Chiapas state, said two men were held.",
        "Juárez",
        17.61,
        -93.19,
    ),
    (
        "en",
        "Police in Pilar, a town in Paraíba state, said two men were held.",
        "Pilar",
        -7.27,
        -35.26,
    ),
    # right before, and kept
    (
        "en",
        "Officials in Toledo, a town in Paraná state, closed the schools.",
        "Toledo",
        -24.71,
        -53.74,
    ),
    (
        "de",
        "Die Polizei in Córdoba, einer Stadt im Bundesstaat Veracruz, nahm zwei Männer fest.",
        "Córdoba",
        18.88,
        -96.93,
    ),
    (
        "en",
        "Police in Rampur, a town in Himachal Pradesh state, said two men were held.",
        "Rampur",
        31.45,
        77.63,
    ),
    ("en", "Police in Portland, Maine, said two men were held.", "Portland", 43.66, -70.26),
    # an apposition that names no settlement says nothing of the region
    ("en", "Police in Kingston, the capital, said two men were held.", "Kingston", 17.99, -76.79),
]


@pytest.mark.parametrize(("lang", "text", "name", "lat", "lon"), ROWS)
def test_town_placed_by_an_apposition_naming_its_region(gaz, lang, text, name, lat, lon):
    got = [p for p in name_places(text, lang, gaz) if p.mention == name]
    assert got, f"{name} not read as a place"
    km = haversine_km(got[0].lat, got[0].lon, lat, lon)
    assert km <= 30, f"{name} read as {got[0].name} ({got[0].country_code}), {km:.0f} km away"
