"""Issue 21, session 14: a preposition of topics before a noun, foreign people's names,
capitalised adjectives opening a sentence.

Each class is a general mechanism; the sentences are this file's own, in other wordings
than ``benchmarks/places_v2.py --sets probes5``, and the people share no name with its
list (``probe_people_world.csv``); two adjectives are words of
``probe_words_wordfreq.csv`` (dev material) in other sentences:

* "um" after a verb, an adverb or at a sentence's start names a topic ("es ging um
  Erlen"): a common noun after it is the noun; beside "rund" or "herum", or after a noun
  ("die Krise um X"), it is a place's preposition;
* German: two capitalised words that neither German nor English writes (and no noun),
  or such a word before a town's name, are a person's given name and surname, though no
  list holds the given name; the surname is the person where it recurs;
* a given name is looked up with its accents dropped ("Joaquín" is "Joaquin");
* English: a big town's name after such a word, or after a given name that is no
  place, is the person's surname where it recurs too;
* German: a capitalised word opening a sentence right before a noun, a frequent stem
  with an adjective's ending, is the noun's adjective ("Strengen Wintern folgt").
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: German sentences whose only capitalised town names are ordinary words
NOUNS = (
    "Im Gespräch ging es um Erlen, sagte der Förster.",
    "Die Anwohner bitten um Lauben für den Garten.",
    "Strengen Wintern folgt oft ein nasses Frühjahr.",
    "Treuen Anhängern dankte der Trainer am Montag.",
    "Frechen Sprüchen folgt Ärger\n\nDer Stadtrat tagt am Montag.",
)
#: (text, language, a person's name, the text's own place or None)
PEOPLE = (
    ("Laut Chidi Kano wurde in Ulm niemand verletzt.", "de", "Chidi Kano", "Ulm"),
    ("Die Polizei nahm Kano Adeyemi in Bremen fest.", "de", "Kano Adeyemi", "Bremen"),
    ("Sipho Tamale (38) aus Kiel gewann. Tamale sagte, er sei froh.", "de", "Tamale",
     "Kiel"),
    ("Laut Joaquín Ceuta wurde in Ulm niemand verletzt.", "de", "Joaquín Ceuta", "Ulm"),
    ("According to Chidi Jos, nobody was hurt in Leeds. Jos said the fire was out.", "en",
     "Jos", "Leeds"),
)  # fmt: skip
#: (text, language, the places that stay)
PLACES = (
    ("Rund um Buchen wurden am Montag Straßen gesperrt.", "de", ("Buchen",)),
    ("Die Krise um Goma hält an.", "de", ("Goma",)),
    ("Kämpfe bei Goma und Bukavu dauerten an.", "de", ("Goma", "Bukavu")),
    ("Im Rajon Bachmut wurde am Montag gekämpft.", "de", ("Bachmut",)),
    ("Frechen erhält einen neuen Bahnhof.", "de", ("Frechen",)),
    # a German compound before a town's name is no foreign given name
    ("Im georgischen Grenzdorf Sadakhlo wurde am Montag gewählt.", "de", ("Sadakhlo",)),
    ("Im armenischen Bergort Dilidschan fiel Schnee.", "de", ("Dilidschan",)),
    ("Fighting near Jos and Kaduna left dozens dead. Jos remained tense.", "en",
     ("Jos", "Kaduna")),
)  # fmt: skip


def _places(text: str, gaz, lang: str = "de"):
    return [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]


@pytest.mark.parametrize("text", NOUNS)
def test_a_noun_or_adjective_a_town_bears_is_no_place(gaz, text) -> None:
    assert [p.mention for p in _places(text, gaz)] == []


@pytest.mark.parametrize(("text", "lang", "person", "place"), PEOPLE)
def test_a_foreign_name_is_a_person_where_it_stands_and_recurs(
    gaz, text, lang, person, place
) -> None:
    found = _places(text, gaz, lang)
    for word in person.split():
        i = text.find(word)
        while i >= 0:
            assert not [p for p in found if p.start < i + len(word) and i < p.end], word
            i = text.find(word, i + 1)
    assert place in [text[p.start : p.end] for p in found]


@pytest.mark.parametrize(("text", "lang", "places"), PLACES)
def test_places_stay_places(gaz, text, lang, places) -> None:
    names = [text[p.start : p.end] for p in _places(text, gaz, lang)]
    for place in places:
        assert names.count(place) == text.count(place), place
