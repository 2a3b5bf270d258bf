"""Issue 21, session 13: surnames that places bear, exonyms inflected, German nouns in
the middle field and after a capitalised adjective.

Each class is a general mechanism; the sentences are this file's own, in other regions
and wordings than ``benchmarks/places_v2.py --sets probes4``. The people and the
exonyms share no name with its lists (the exonyms are rows of
``gazetteer/data/curated/exonyms.csv`` that ``benchmarks/material/exonyms.csv`` lacks);
some nouns are words of ``probe_nouns.csv`` (all dev material) in other sentences:

* a given name opening a German sentence is a name, not the frequent word it may also
  spell, unless German writes the word far more often than English
  (``Weights.opening_word_language_gap``): "Marie Lyon gewann" is a person, "Solange
  Berlin nicht zahlt" keeps the city;
* a surname that is a common noun and also a place's name ("Tobias Halle") is the
  person's where it stands and where it recurs;
* a German genitive of a town named so by a source in the text's language (an exonym,
  also of several words) opens a run before a role as a big town's does ("Tschengdus
  Bürgermeister kündigte ... an"), and a transliterated name keeps its genitive;
* a word after a singular article or after a noun is no plural subject ("Aus dem
  belagerten X kamen", "Die Straßen Xs waren");
* a noun after a plural verb and a prepositional phrase of the middle field ("wurden im
  Park Eichen gefällt"), after a verb of motion ("kamen Linden hinzu"), or coordinated
  over an adjective ("Alte Mühlen und neue Brücken") is the noun.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (text, a person's name that is a place's, the text's own place)
PEOPLE = (
    ("Marie Lyon (47) aus Bremen gewann das Rennen. Lyon sagte, sie sei zufrieden.",
     "Lyon", "Bremen"),
    ("Peter Houston kam am Montag nach Dresden.", "Houston", "Dresden"),
    ("Thomas Sydney (33) aus Graz wurde Dritter. Sydney sagte, er sei müde.", "Sydney",
     "Graz"),
    ("Tobias Halle (29) aus Jena wurde Zweiter. Halle sagte, er sei enttäuscht.", "Halle",
     "Jena"),
    ("Anna Essen (51) aus Kassel gewann den Preis. Essen sagte, sie freue sich.", "Essen",
     "Kassel"),
)  # fmt: skip
#: (text, the place, its country): a frequent word or a preposition opening the sentence
#: before a place, exonyms in the genitive and after a singular article
PLACES = (
    ("Solange Berlin nicht zahlt, bleibt die Lage offen.", "Berlin", "DE"),
    ("Davon ist Wien nicht betroffen.", "Wien", "AT"),
    ("Bei Omdurman wurde am Montag gekämpft.", "Omdurman", "SD"),
    ("Pressburgs Bürgermeister sagte am Montag, die Stadt sei vorbereitet.", "Pressburgs",
     "SK"),
    ("Rio de Janeiros Bürgermeister kündigte am Montag neue Maßnahmen an.", "Rio de Janeiros",
     "BR"),
    ("Tschengdus Bürgermeister kündigte am Montag neue Maßnahmen an.", "Tschengdus", "CN"),
    # German names of towns of 20,000 to 100,000 in gazetteer/data/curated/exonyms.csv
    ("Rastenburgs Bürgermeister sagte am Montag, die Lage sei ruhig.", "Rastenburgs", "PL"),
    ("Glatz' Bürgermeister sagte am Montag, die Lage sei ruhig.", "Glatz", "PL"),
    ("Deutsch Eylaus Bürgermeisterin sagte, die Straße bleibe gesperrt.", "Deutsch Eylaus",
     "PL"),
    ("Friedek-Misteks Bürgermeister kündigte am Montag neue Maßnahmen an.", "Friedek-Misteks",
     "CZ"),
    ("Die Straßen Dschubas waren am Montag leer.", "Dschubas", "SS"),
    ("Aus dem belagerten Mariupol kamen am Montag keine Nachrichten.", "Mariupol", "UA"),
    ("Die Straßen Lyons waren am Montag leer.", "Lyons", "FR"),
    ("Im Ort Buchen wurden am Montag Bäume gefällt.", "Buchen", "DE"),
)  # fmt: skip
#: German nouns that towns bear, in the middle field, after a verb of motion, and
#: coordinated over an adjective
NOUNS = (
    "Gestern wurden auf dem Hof Erlen gepflanzt, sagte der Förster.",
    "Verkauft wurden auf dem Wochenmarkt auch Lauben.",
    "Erst gegen Mittag kamen Almen hinzu.",
    "Alte Stege und neue Brücken prägen das Bild.",
    "Gestern wurden im Park Eichen gefällt, sagte ein Sprecher.",
    "Große Jaguare sind selten geworden, sagte der Förster.",
)


#: English: (text, a person's name whose words a country or region and a town bear, the
#: text's own place); and places two such words still name
PEOPLE_EN = (
    ("Georgia Austin scored twice in Cardiff on Saturday.", "Georgia Austin", "Cardiff"),
    ("Victoria Dallas said the plant in Ohio would close.", "Victoria Dallas", "Ohio"),
    ("Jordan Preston won the final in Glasgow.", "Jordan Preston", "Glasgow"),
)
PLACES_EN = (
    ("Troops crossed from Jordan into Syria on Monday.", ("Jordan", "Syria")),
    ("Flights from Washington Dulles were delayed.", ("Washington Dulles",)),
)


def _places(text: str, gaz, lang: str = "de"):
    return [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]


@pytest.mark.parametrize(("text", "person", "place"), PEOPLE)
def test_a_surname_a_place_bears_is_a_person(gaz, text, person, place) -> None:
    names = [text[p.start : p.end] for p in _places(text, gaz)]
    assert person not in names
    assert place in names


@pytest.mark.parametrize(("text", "name", "cc"), PLACES)
def test_places_stay_places(gaz, text, name, cc) -> None:
    got = {text[p.start : p.end]: p.country_code for p in _places(text, gaz)}
    assert got.get(name) == cc


@pytest.mark.parametrize("text", NOUNS)
def test_a_noun_a_town_bears_is_no_place(gaz, text) -> None:
    assert [p.mention for p in _places(text, gaz)] == []


@pytest.mark.parametrize(("text", "person", "place"), PEOPLE_EN)
def test_english_a_town_after_a_given_name_a_country_bears_is_a_surname(
    gaz, text, person, place
) -> None:
    found = _places(text, gaz, "en")
    start = text.index(person)
    assert not [p for p in found if p.start < start + len(person) and start < p.end]
    assert place in [text[p.start : p.end] for p in found]


@pytest.mark.parametrize(("text", "places"), PLACES_EN)
def test_english_places_beside_a_given_name_stay(gaz, text, places) -> None:
    names = [text[p.start : p.end] for p in _places(text, gaz, "en")]
    for place in places:
        assert place in names
