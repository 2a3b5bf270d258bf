"""Named things are no places (docs/geoparser.md, "Named things"): a storm, a ship, a
rocket, a spacecraft or a satellite called by a name that a small town also bears. The
word for the thing's kind stands right before the name ("Hurricane X", "die Fähre X",
German compounds ending in one: "das Containerschiff X") or right after it, a type number
between ("the X 9 rocket", "die X-6-Rakete"). The sentences are our own, with names that
small towns in the gazetteer bear; only small towns give way, so a country, a region, an
island or a big town after such a word stays the place (a German inverted clause puts the
object there: "Am Abend erreichte das Schiff X")."""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _places(text: str, gaz, lang: str):
    return [(p.mention, p.name) for p in resolve_document(read_text(text, lang=lang), gaz)]


@pytest.mark.parametrize(
    ("lang", "text", "thing"),
    [
        ("de", "Der Hurrikan Otis traf am Dienstag die Pazifikküste.", "Otis"),
        ("en", "Hurricane Otis made landfall on Tuesday.", "Otis"),
        ("de", "Die Trägerrakete Ariane 6 startete am Abend.", "Ariane"),
        ("de", "Die Ariane-6-Rakete hob am Abend ab.", "Ariane"),
        ("en", "The Vega rocket failed shortly after launch.", "Vega"),
        ("de", "Der Satellit Sentinel-6 wurde am Montag gestartet.", "Sentinel"),
        ("de", "Das Containerschiff Ever Given lief auf Grund.", "Ever"),
        ("de", "Die Raumsonde Juno erreichte den Jupiter.", "Juno"),
        ("en", "The spacecraft Orion splashed down on Sunday.", "Orion"),
    ],
)
def test_the_name_after_or_before_a_kind_word_is_the_thing(gaz, lang, text, thing):
    assert thing not in [m for m, _ in _places(text, gaz, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        ("de", "Am Abend erreichte das Schiff Lampedusa.", "Lampedusa"),
        ("de", "Am Montag traf der Taifun Okinawa.", "Okinawa"),
        ("de", "Am Montag erreichte der Hurrikan Acapulco.", "Acapulco de Juárez"),
        ("en", "The storm hit Kingston on Monday.", "Kingston"),
        ("en", "The Kharkiv rocket attack killed five people.", "Kharkiv"),
        ("de", "Das Schiff Richtung Kreta kenterte.", "Crete"),
        ("en", "A satellite image of Mariupol showed the damage.", "Mariupol"),
    ],
)
def test_a_place_beside_such_a_word_stays(gaz, lang, text, place):
    assert place in [n for _, n in _places(text, gaz, lang)]


def test_the_storm_and_the_towns_it_hit(gaz):
    got = _places("Sturm Xaver traf am Donnerstag Husum und Büsum.", gaz, "de")
    assert [n for _, n in got] == ["Husum", "Büsum"]
