"""German compass compounds name a part of a country or region (docs/geoparser.md,
"Compass compounds"): ``Nordsyrien``, ``Osttürkei``, ``Südindien`` are the part, placed
from the whole's outline; compounds that are names of their own (``Südkorea``,
``Nordmazedonien``, ``Ostfriesland``) stay themselves, and compass words that name no
place (``Ostern``, ``Nordwind``, ``Westerwelle``) stay no place. Sentences of our own."""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.geoparse._parts import part_of_outline
from geomap.text import read_text


def _places(text: str, gaz):
    return [p for p in resolve_document(read_text(text, lang="de"), gaz) if p.role == "name"]


def _only(text: str, gaz, mention: str):
    found = [p for p in _places(text, gaz) if p.mention == mention]
    assert len(found) == 1, [(p.mention, p.name) for p in _places(text, gaz)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "mention", "cc", "point"),
    [
        ("In Nordnigeria entführten Bewaffnete Schüler.", "Nordnigeria", "NG", "N"),
        ("Der Monsun erreichte am Montag Südindien.", "Südindien", "IN", "S"),
        ("Waldbrände wüten in Westkanada.", "Westkanada", "CA", "W"),
        ("Die Bauern in Ostpolen warten auf Regen.", "Ostpolen", "PL", "E"),
        ("Kämpfe in Nordostsyrien dauern an.", "Nordostsyrien", "SY", "NE"),
        ("Ein Beben erschütterte die Osttürkei.", "Osttürkei", "TR", "E"),
        ("Die Städte Nordsyriens sind zerstört.", "Nordsyriens", "SY", "N"),
    ],
)
def test_a_compass_compound_is_that_part_of_the_country(gaz, text, mention, cc, point):
    p = _only(text, gaz, mention)
    assert p.resolved and p.kind == "region" and p.country_code == cc
    # the point lies in the country, on the named side of its centre
    from shapely.geometry import Point

    outline = gaz.country_geometry(cc)
    assert outline.buffer(0.1).contains(Point(p.lon, p.lat))
    centre = outline.centroid
    if "N" in point:
        assert p.lat > centre.y
    if "S" in point:
        assert p.lat < centre.y
    if "E" in point:
        assert p.lon > centre.x
    if "W" in point:
        assert p.lon < centre.x


def test_a_region_without_an_outline_moves_its_point(gaz):
    p = _only("Unwetter trafen Südbayern und Nordhessen.", gaz, "Südbayern")
    whole = gaz.lookup("Bayern", lang="de", kinds={"admin1"})[0]
    assert p.resolved and p.country_code == "DE" and p.lat < whole.lat


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Südkorea und Japan verhandeln.", "Südkorea", "South Korea"),
        ("Nordmazedonien trat der NATO bei.", "Nordmazedonien", "North Macedonia"),
        ("In Ostfriesland stieg das Wasser.", "Ostfriesland", "East Frisia"),
        ("Die Hilfe erreichte Westafrika.", "Westafrika", "West Africa"),
    ],
)
def test_a_compound_that_is_a_name_of_its_own_stays_itself(gaz, text, mention, name):
    p = _only(text, gaz, mention)
    assert p.name == name and not (p.id or "").startswith("part:")


@pytest.mark.parametrize(
    "text",
    [
        "Zu Ostern blies ein kalter Nordwind.",
        "Außenminister Westerwelle traf Herrn Nordmann.",
        "Im Südwesten regnete es, der Südwestrundfunk berichtete.",
    ],
)
def test_compass_words_that_name_no_place_stay_no_place(gaz, text):
    assert [p.mention for p in _places(text, gaz) if (p.id or "").startswith("part:")] == []


def test_an_overseas_territory_does_not_pull_the_part():
    from shapely.geometry import MultiPolygon, box

    mainland, far_island = box(0, 0, 4, 4), box(40, -20, 41, -19)
    lat, lon = part_of_outline(MultiPolygon([mainland, far_island]), "S")
    assert 0 < lon < 4 and 0 < lat < 4 / 3
