# ruff: noqa: E501  (the tables are data: one sentence or article a row)
"""Issue 21, session 32: a name that a role is predicated of is a person's; a known
person after a sentence-opening "Von" is the source.

"Zur Person: Austin Homburg ist seit 2019 Trainer des Vereins": a given name and the
capitalised word after it, the subject of a copula ("ist", "war", "is", "became")
whose predicate within a few words is a role (a person title, a compound ending in
one, an apposition role), are a person's name, however big a town bears the given name
and though a town bears the second word too: a town is no coach and no mayor. On main
at ``72e2c220`` the two "Austin Homburg" rows were misread (a town of 500,000 bears the
given name, and the second word is a common noun too, "Homburg" the hat, so no name rule
took it for a surname); the other rows, which other evidence already read, and the
guards were right before and stay right.

"Von X stammt der Vorschlag": a sentence-opening "Von" before a name the article knows
as a person, with no place preposition after the name, names the source, as a source
phrase does ("nach Angaben von X"); "Von X aus", "Von X nach Y" stay the town's. On
main the source rows were misread and the guards right.
"""

from __future__ import annotations

import pytest

from tests.support.names import misread, name_mentions

#: (language, text, the name's words that must not be places, a place that must stay).
PEOPLE = (
    (
        "de",
        "Zur Person: Austin Homburg ist seit 2019 Trainer des Vereins.",
        ("Austin", "Homburg"),
        "",
    ),
    ("de", "Austin Homburg ist seit 2019 Trainer des Vereins.", ("Austin", "Homburg"), ""),
    (
        "de",
        "Im Porträt: Phoenix Hameln bleibt Kapitänin der Mannschaft.",
        ("Phoenix", "Hameln"),
        "",
    ),
    (
        "de",
        "Die Neue: Jackson Brühl wird Intendantin am Theater in Kassel.",
        ("Jackson", "Brühl"),
        "Kassel",
    ),
    (
        "de",
        "Orlando Lahr war bis zum Sommer Bürgermeisterin der Gemeinde.",
        ("Orlando", "Lahr"),
        "",
    ),
    (
        "de",
        "Kiel (dpa) - Dallas Soest ist neue Torhüterin des Vereins. Sie kommt aus Rostock.",
        ("Dallas", "Soest"),
        "Rostock",
    ),
    (
        "de",
        "Houston Lingen wurde am Montag Sprecher der Landesregierung in Hannover.",
        ("Houston", "Lingen"),
        "Hannover",
    ),
    ("en", "Austin Homburg is now the club's coach.", ("Austin", "Homburg"), ""),
    ("en", "Orlando Lahr was mayor of the county for ten years.", ("Orlando", "Lahr"), ""),
)

#: A town that is the subject of a copula stays the town: no given name and a second
#: word before it, or no role after it.
GUARDS = (
    ("de", "Austin ist die Hauptstadt von Texas.", ("Austin", "Texas")),
    ("de", "Orlando war am Montag Ziel vieler Touristen.", ("Orlando",)),
    ("en", "Austin is the capital of Texas.", ("Austin", "Texas")),
)


@pytest.mark.parametrize(("lang", "text", "words", "place"), PEOPLE)
def test_a_name_a_role_is_predicated_of_is_a_person(gaz, lang, text, words, place) -> None:
    assert misread(gaz, lang, text, list(words), place) is None


@pytest.mark.parametrize(("lang", "text", "places"), GUARDS)
def test_a_town_before_a_copula_stays_a_town(gaz, lang, text, places) -> None:
    found = name_mentions(text, lang, gaz)
    assert [p for p in places if p not in found] == [], found


#: (text, the person's word, places that must stay): the person known from a first mention.
SOURCES = (
    (
        "Die Ministerin Anna Hagen legte am Montag einen Plan vor. Von Hagen stammt auch der Vorschlag, die Steuern zu senken.",
        "Hagen",
        (),
    ),
    (
        "Berlin (dpa) - Der Abgeordnete Paul Siegen kritisierte den Haushalt. Von Siegen kam auch die Forderung nach mehr Geld für Schulen.",
        "Siegen",
        ("Berlin",),
    ),
)

#: The town after "Von" with a place preposition after it, in an article that knows the
#: word as a person too.
SOURCE_GUARDS = (
    (
        "Die Ministerin Anna Hagen reiste am Montag ins Ruhrgebiet. Von Hagen aus fuhr sie nach Dortmund.",
        ("Hagen", "Dortmund"),
    ),
    ("Von Siegen nach Köln sind es rund 80 Kilometer.", ("Siegen", "Köln")),
)


@pytest.mark.parametrize(("text", "word", "places"), SOURCES)
def test_a_known_person_after_an_opening_von_is_the_source(gaz, text, word, places) -> None:
    found = name_mentions(text, "de", gaz)
    assert word not in found and [p for p in places if p not in found] == [], found


@pytest.mark.parametrize(("text", "places"), SOURCE_GUARDS)
def test_von_before_a_town_and_a_place_preposition_stays(gaz, text, places) -> None:
    found = name_mentions(text, "de", gaz)
    assert [p for p in places if p not in found] == [], found
