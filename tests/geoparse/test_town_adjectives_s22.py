"""Issue 21, session 22: irregular German town adjectives from a sourced list.

The regular rule of session 21 derives "Kieler" from Kiel; forms German writes
otherwise ("Hallenser", "Zürcher", "Hannoveraner", "Venezianer") come from
``geomap/lexicons/town_adjectives_de.csv`` (the German Wiktionary's names of a place's
people, with the place; ``scripts/build_town_adjectives.py``). The same guards hold: a
listed word is read only right before an institution's noun, for a town of 50,000 or
more or a capital, and stays unread alone, before food, an animal or a product, or when
its place is a country.

Wordings are this file's own. Every adjective row read nothing on the starting code.
"""

from __future__ import annotations

import pytest

from geomap.geometry import geodesic_km
from geomap.geoparse import resolve_document
from geomap.geoparse._wordlists import town_adjectives
from geomap.text import read_text
from tests.support.names import adjectives

#: (text, the adjective, its town's point)
READ = (
    ("Die Hallenser Staatsanwaltschaft erhob Anklage.", "Hallenser", (51.48, 11.97)),
    ("Das Zürcher Obergericht sprach den Mann frei.", "Zürcher", (47.37, 8.55)),
    ("Am Hannoveraner Hauptbahnhof kam es zu Verspätungen.", "Hannoveraner", (52.37, 9.73)),
    ("Die Venezianer Behörden sperrten den Platz.", "Venezianer", (45.44, 12.33)),
    ("Der Münsteraner Oberbürgermeister trat zurück.", "Münsteraner", (51.96, 7.63)),
    ("Die Neapolitaner Polizei nahm zwei Männer fest.", "Neapolitaner", (40.85, 14.27)),
    ("Die Mailänder Staatsanwaltschaft ermittelt.", "Mailänder", (45.46, 9.19)),
)  # fmt: skip

#: (text, the word that must stay unread)
UNREAD = (
    ("Ein Hallenser erzählte von der Flut.", "Hallenser"),
    ("Die Hannoveraner Pferde gewannen das Turnier.", "Hannoveraner"),
    ("Zum Essen gab es Zürcher Geschnetzeltes.", "Zürcher"),
    ("Die Peruaner Polizei meldete Festnahmen.", "Peruaner"),  # a country's people
)  # fmt: skip


@pytest.mark.parametrize(("text", "word", "point"), READ)
def test_a_listed_adjective_before_an_institution_is_the_town(gaz, text, word, point) -> None:
    got = [p for p in adjectives(text, gaz) if p.mention == word]
    assert len(got) == 1, adjectives(text, gaz)
    p = got[0]
    assert p.lat is not None and p.lon is not None
    assert geodesic_km(p.lat, p.lon, *point) < 30, p


@pytest.mark.parametrize(("text", "word"), UNREAD)
def test_the_word_alone_before_an_animal_food_or_for_a_country_stays_unread(
    gaz, text, word
) -> None:
    places = resolve_document(read_text(text, lang="de"), gaz)
    assert not [p for p in places if word in p.mention], places


def test_the_list_names_the_places_as_the_wiktionary_does() -> None:
    listed = town_adjectives("de")
    assert listed["Hallenser"] == "Halle an der Saale"
    assert listed["Zürcher"] == "Zürich"
    assert listed["Venezianer"] == "Venedig"
    assert town_adjectives("en") == {}
