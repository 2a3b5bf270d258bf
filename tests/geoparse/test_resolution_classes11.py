"""An eleventh set of resolution classes, each shown by sentences of our own in other
places (docs/geoparser.md, "Fifteenth pass"). Other material only showed the class; no
sentence of it is here.

A. *A German genitive before a role is the place, not a person's first name.*
   "Leipzigs Bürgermeister kündigte ... an": the capitalised run before a verb of saying
   was read as a name ("Leipzigs Bürgermeister"), and a run's first word is the place's
   genitive only where a known town bears its uninflected form (the inflected form is
   no town's own name). A name ending in a sibilant takes an apostrophe ("Tabriz'").
B. *A city's genitive beside a small town of the inflected form.* "Denvers Innenstadt",
   "Agras Altstadt": the inflected form is also a small town's name (Danvers, Ágras), so
   its stem was never looked at; a city of 100,000 that the stem names, 20 times bigger
   than every town of the inflected form, is a reading beside them. The article's
   setting still decides for the small town.
C. *No speaker before a lower-case noun.* "The Manitoba government said", "Residents of
   Gander and Lewisporte were told": the walk back from a verb of saying went over the
   lower-case noun before it and an article, and made the place a person's name; the
   run before the verb is now capitalised throughout, opens after any article, and is
   no person where it ends in an organisation's word ("the X Provincial Police said").
D. *A region opening an organisation's name is named in it.* "the Nebraska Department
   of Roads", "Oregon State University", "the Alberta Legislature": a first-level
   region (as a country already was) before an organisation's word or another
   capitalised word is the region the organisation belongs to, a use of the name both
   public corpora mark; a compass word ("the Western Trust", "El Niño-Southern
   Oscillation") is no region so.
E. *A calendar word's possessive bounds nothing.* "Thursday's Ontario budget",
   "August's Nevada vote": a name after a place's possessive keeps only the readings
   within the possessor's reach, and a weekday or month matched some small town
   (Thursday Island), so the name lost every reading. A word that is never a place
   alone (lexicon ``not_names``) is no possessor.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.geoparse._resolve import WEIGHTS, build_context
from geomap.text import read_text
from tests.geoparse.test_resolution_classes import _reading


def _names(text: str, gaz, lang: str) -> list[str]:
    return [
        p.mention for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"
    ]


# A. A German genitive before a role


@pytest.mark.parametrize(
    ("text", "mention", "cc"),
    [
        ("Leipzigs Bürgermeister kündigte am Montag neue Radwege an.", "Leipzigs", "DE"),
        ("Münchens Oberbürgermeister kündigte neue Radwege an.", "Münchens", "DE"),
        ("Rotterdams Bürgermeister sagte, der Hafen bleibe offen.", "Rotterdams", "NL"),
        ("Nach dem Sturm kündigte Kapstadts Bürgermeister Hilfen an.", "Kapstadts", "ZA"),
        ("Osakas Bürgermeister kündigte am Montag neue Maßnahmen an.", "Osakas", "JP"),
        ("Tabriz' Bürgermeister kündigte am Montag neue Maßnahmen an.", "Tabriz", "IR"),
        ("Lagos' Gouverneur sprach von Überschwemmungen.", "Lagos", "NG"),
    ],
)
def test_a_genitive_before_a_role_is_the_place(gaz, text, mention, cc):
    assert _reading(text, mention, gaz, "de").country_code == cc


def test_a_genitive_takes_no_person_from_the_role(gaz):
    ctx = build_context(
        read_text("Leipzigs Bürgermeister kündigte am Montag neue Radwege an.", lang="de"),
        gaz,
        None,
        WEIGHTS,
    )
    assert "leipzigs" not in ctx.persons


def test_a_surname_in_the_genitive_after_a_given_name_stays_a_person(gaz):
    """The genitive rule reads a run's first word; "Paris Miltons" is one person."""
    text = "Paris Miltons neues Buch wurde in Augsburg vorgestellt."
    assert _names(text, gaz, "de") == ["Augsburg"]


# B. A city's genitive beside a small town of the inflected form


@pytest.mark.parametrize(
    ("text", "mention", "cc"),
    [
        ("Die Polizei sperrte am Montag Denvers Innenstadt.", "Denvers", "US"),
        ("Agras Altstadt wurde am Montag gesperrt.", "Agras", "IN"),
        ("Die Polizei sperrte am Montag Nyalas Innenstadt.", "Nyalas", "SD"),
    ],
)
def test_a_city_in_the_genitive_outweighs_a_small_town_of_the_form(gaz, text, mention, cc):
    assert _reading(text, mention, gaz, "de").country_code == cc


def test_the_setting_keeps_the_small_town_of_the_form(gaz):
    text = (
        "Der Sturm traf Santander und die Küste Kantabriens in Spanien. "
        "Comillas Bürgermeister sagte am Montag, der Strand bleibe gesperrt."
    )
    assert _reading(text, "Comillas", gaz, "de").country_code == "ES"


def test_a_genitive_is_read_before_a_noun_only(gaz):
    """After a preposition and before no noun the inflected form is the town's name."""
    c = _reading("Urlauber in Comillas genossen die Sonne.", "Comillas", gaz, "de")
    assert c.country_code == "ES"


# C. No speaker before a lower-case noun


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Manitoba government said Brandon would get a new hospital.",
            ["Manitoba", "Brandon"],
        ),
        (
            "The Saskatchewan government announced that Regina and Moose Jaw would share the cost.",
            ["Saskatchewan", "Regina", "Moose Jaw"],
        ),
        (
            "Families in Gander and Lewisporte were told to boil water.",
            ["Gander", "Lewisporte"],
        ),
    ],
)
def test_a_place_before_a_lower_case_noun_is_no_speaker(gaz, text, names):
    assert _names(text, gaz, "en") == names


def test_an_organisation_speaking_is_no_person(gaz):
    ctx = build_context(
        read_text("The Manitoba Provincial Police said two men were arrested.", lang="en"),
        gaz,
        None,
        WEIGHTS,
    )
    assert "manitoba" not in ctx.persons


def test_a_person_before_a_verb_of_saying_stays_a_person(gaz):
    """ "Michael Barrie said": two capitalised words before the verb are a name."""
    text = "Michael Barrie said the road to Sudbury was closed."
    assert _names(text, gaz, "en") == ["Sudbury"]


# D. A region opening an organisation's name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Nebraska Department of Roads closed Highway 2 near Kearney.",
            ["Nebraska", "Kearney"],
        ),
        ("Researchers at Oregon State University measured the snowpack.", ["Oregon"]),
        ("Members of the Alberta Legislature met in Edmonton.", ["Alberta", "Edmonton"]),
        ("The Saskatchewan Party won in Regina.", ["Saskatchewan", "Regina"]),
    ],
)
def test_a_region_opening_an_organisations_name_is_named(gaz, text, names):
    assert _names(text, gaz, "en") == names


@pytest.mark.parametrize(
    "text",
    [
        "Patients of the Western Trust were moved to Belfast.",
        "A weak El Niño-Southern Oscillation is expected.",
    ],
)
def test_a_compass_word_opening_a_name_is_no_region(gaz, text):
    """The other names of the sentence are left to other rules."""
    got = _names(text, gaz, "en")
    assert "Western" not in got and "Southern" not in got


# E. A calendar word's possessive bounds nothing


@pytest.mark.parametrize("day", ["Thursday", "August", "Sunday"])
@pytest.mark.parametrize("name", ["Nevada", "Quebec", "Kenya"])
def test_a_name_after_a_calendar_words_possessive_stays_a_place(gaz, day, name):
    assert _names(f"{day}'s {name} vote was close.", gaz, "en") == [name]


def test_a_places_possessive_is_still_read(gaz):
    """ "Lima's Old Quarter": the possessor is a place and keeps its reading."""
    assert _reading("Lima's Old Quarter was closed.", "Lima", gaz, "en").country_code == "PE"
