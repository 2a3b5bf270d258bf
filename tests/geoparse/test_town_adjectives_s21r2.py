"""Issue 21, session 21 round 2: German town adjectives in ``-er`` before an institution.

German names a town's police, court, station or mayor by the town's adjective ("die
Linzer Polizei", "das Kieler Landgericht"), derived from the name by a regular rule
(name + "er"; an "-en" town's stem + "er", or the "-en" town without its "e"). No list
of such adjectives is on this machine, so ``_mentions.find_town_adjectives`` derives
them back to the gazetteer's names: a capitalised word in "-er" right before a noun of
``town_adjective_nouns`` (places_de.toml; a compound ending in one counts) is the
adjective of a town of 50,000 or more (or a national capital) that bears its stem. It
is a place of role ``adjective`` linked to the town, as a country adjective is linked to
its country. Alone, or before a noun of food or a product, the word stays unread.

Towns, nouns and wordings are this file's own. Every adjective row read nothing on the
starting code.
"""

from __future__ import annotations

import pytest

from geomap.geometry import geodesic_km
from geomap.geoparse import resolve_document
from geomap.geoparse._mentions import town_adjective_stems
from geomap.text import read_text
from tests.support.names import adjectives

#: (text, the adjective, its town's point)
READ = (
    ("Das Kieler Landgericht verurteilte den Mann.", "Kieler", (54.32, 10.13)),
    ("Die Linzer Polizei sucht Zeugen.", "Linzer", (48.31, 14.29)),
    ("Am Essener Hauptbahnhof kam es zu Verspätungen.", "Essener", (51.46, 7.01)),
    ("Der Mainzer Oberbürgermeister eröffnete die Sitzung.", "Mainzer", (50.0, 8.27)),
    ("Die Aachener Staatsanwaltschaft ermittelt.", "Aachener", (50.78, 6.08)),
    ("Die Bielefelder Feuerwehr rückte aus.", "Bielefelder", (52.03, 8.53)),
    ("Im Rostocker Hafen lag ein Frachter.", "Rostocker", (54.09, 12.13)),
    ("Die Leipziger Innenstadt war gesperrt.", "Leipziger", (51.34, 12.37)),
    ("Der Warschauer Bürgermeister sagte ab.", "Warschauer", (52.23, 21.01)),
    ("Die Madrider Polizei nahm zwei Männer fest.", "Madrider", (40.42, -3.70)),
    ("Die Vaduzer Polizei meldete einen Unfall.", "Vaduzer", (47.14, 9.52)),
)  # fmt: skip

#: (text, the word that must stay unread)
UNREAD = (
    ("Zum Kaffee gab es Linzer Torte.", "Linzer"),
    ("Ein Mainzer erzählte von seiner Reise.", "Mainzer"),
    ("Die Aachener Printen sind weit bekannt.", "Aachener"),
    ("Die Uelzener Polizei ermittelt.", "Uelzener"),  # a town under 50,000
    ("Aber Polizei und Feuerwehr kamen zu spät.", "Aber"),
    ("Er bestellte zwei Kieler Sprotten.", "Kieler"),
    # an ordinary adjective's strong form, whatever its stem names
    ("Normaler Bahnhof oder nicht, es wurde gebaut.", "Normaler"),
)  # fmt: skip


@pytest.mark.parametrize(("text", "word", "point"), READ)
def test_a_town_adjective_before_an_institution_is_the_town(gaz, text, word, point) -> None:
    got = [p for p in adjectives(text, gaz) if p.mention == word]
    assert len(got) == 1, adjectives(text, gaz)
    p = got[0]
    assert p.lat is not None and p.lon is not None
    assert geodesic_km(p.lat, p.lon, *point) < 30, p


@pytest.mark.parametrize(("text", "word"), UNREAD)
def test_the_word_alone_or_before_food_stays_unread(gaz, text, word) -> None:
    places = resolve_document(read_text(text, lang="de"), gaz)
    assert not [p for p in places if word in p.mention], places


def test_the_stems_follow_the_regular_rule() -> None:
    assert town_adjective_stems("Kieler")[0] == "Kiel"
    assert "Bremen" in town_adjective_stems("Bremer")
    assert "Dresden" in town_adjective_stems("Dresdner")
    assert "Essen" in town_adjective_stems("Essener")
    # a town ending in "-er" takes another form; a short word is no adjective
    assert "Hannover" not in town_adjective_stems("Hannoverer")
    assert town_adjective_stems("Ufer") == ()
