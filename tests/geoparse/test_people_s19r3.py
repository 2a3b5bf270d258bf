"""Issue 21, session 19 round 3: a list member of two words is a person though one word
is a country's, region's or river's other name, when a member beside it is a person.

The names are this file's own (Italian, Spanish, French, Croatian, German), none from
the probe rows; the controls keep countries and regions in lists of places beside people.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_mentions

#: (lang, text, words that must be no place, places that must be found)
CASES = (
    ("de", "In Jena trafen sich Lena Vogt, Marco Conti und Molise Ferri.", ("Molise", "Ferri"),
     ("Jena",)),
    ("en", "Luca Ricci, Molise Ferri and Paolo Greco met in Tampa.", ("Molise", "Ferri"),
     ("Tampa",)),
    ("en", "Maria Lopez, Lucía Chile and Ana Ruiz met in Tucson.", ("Lucía", "Chile"),
     ("Tucson",)),
    ("en", "Noémie Jersey, Paul Martin and Ann Lee met in Austin.", ("Jersey",), ("Austin",)),
    ("en", "Zoé Monaco, Luc Moreau and Anne Petit met in Quebec.", ("Monaco",), ("Quebec",)),
)  # fmt: skip
#: (lang, text, places that stay): one-word members and lists of places beside people
CONTROLS = (
    ("de", "Anna Roth besuchte Oman, Jemen und Katar.", ("Oman", "Jemen", "Katar")),
    ("en", "Anna Roth, Peter Weber and others visited Oman, Yemen and Qatar.",
     ("Oman", "Yemen", "Qatar")),
    ("de", "In Kiel trafen sich Laura Weber und Jonas Brandt; danach reisten sie nach Oman.",
     ("Kiel", "Oman")),
    ("en", "Delegates Tuscany and Umbria met Carla Neri in Perugia.", ("Tuscany", "Perugia")),
    ("en", "Maria Lopez and Ana Ruiz flew from Chile to Peru, Bolivia and Ecuador.",
     ("Chile", "Peru", "Bolivia", "Ecuador")),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "words", "places"), CASES)
def test_a_two_word_list_member_beside_people_is_a_person(gaz, lang, text, words, places) -> None:
    got = name_mentions(text, lang, gaz)
    assert not [g for g in got if any(w in g.split() for w in words)], got
    for p in places:
        assert p in got


@pytest.mark.parametrize(("lang", "text", "places"), CONTROLS)
def test_countries_in_lists_of_places_stay_places(gaz, lang, text, places) -> None:
    got = name_mentions(text, lang, gaz)
    for p in places:
        assert p in got, got
