"""Issue 21, session 20: a German common noun right after a place preposition that the
words after it show to be a thing (``_accept._prepositional_noun_by_grammar``).

* joined by "und" to a common noun that names no place, or only places in other
  countries ("bei Brücken und Kanälen"),
* followed by "aus" and a material ("in Hütten aus Stroh"),
* followed by a relative clause in the plural ("von Mühlen, die am Bach stehen").

The words are this file's own, none from the probe rows. The noun rows all read a
village before the rule; the place rows pass before and after: a town joined to a
town of its country, to ``Umgebung`` or to a settlement word ("Nachbarorten"), a noun
before the preposition that the phrase after may belong to, a neuter relative pronoun.

And a title's abbreviation written in capitals before a mixed-case word is an acronym,
not the title (``_mentions._acronym_not_title``): the country of "DR ..." was read as a
person after "Dr." and lost; the acronym rows failed before.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_mentions

#: (text, the noun that must be no place)
NOUNS = (
    ("Die Kinder spielten in Hütten aus Stroh.", "Hütten"),
    ("Der Lärm kommt von Mühlen, die am Bach stehen.", "Mühlen"),
    ("Von Mühlen, die am Bach stehen, kommt der Lärm.", "Mühlen"),
    ("Die Kosten entstehen bei Brücken und Kanälen gleichermaßen.", "Brücken"),
    ("Die Vögel nisten in Buchen und Sträuchern.", "Buchen"),
)  # fmt: skip
#: (text, places that must be found)
PLACES = (
    ("Die Feuerwehr in Hütten und Umgebung rückte aus.", ("Hütten",)),
    ("In Brücken und den Nachbarorten fiel der Strom aus.", ("Brücken",)),
    ("Die Wahl in Buchen und Walldürn fiel knapp aus.", ("Buchen", "Walldürn")),
    ("Die Bewohner von Mühlen, die dort leben, protestieren.", ("Mühlen",)),
    ("In Mühlen, das im Murtal liegt, brannte eine Scheune.", ("Mühlen",)),
    ("Die Häuser in Hütten aus Holz brannten.", ("Hütten",)),
    ("Der Bürgermeister in Buchen und Ortsvorsteher protestierten.", ("Buchen",)),
    ("Der Stau reichte von Buchen bis Mosbach.", ("Buchen", "Mosbach")),
)  # fmt: skip


@pytest.mark.parametrize(("text", "noun"), NOUNS)
def test_noun_after_place_preposition_is_no_place(gaz, text, noun) -> None:
    got = name_mentions(text, "de", gaz)
    assert noun not in got, got


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_real_places_stay(gaz, text, places) -> None:
    got = name_mentions(text, "de", gaz)
    assert all(p in got for p in places), got


#: (lang, text, places that must be found, words that must be no place): a title's
#: abbreviation in capitals before a mixed-case word is an acronym ("DR" for the
#: Democratic Republic), not "Dr."; the title itself keeps its person.
ACRONYMS = (
    ("de", "Flüchtlinge aus der DR Kongo erreichten Uganda.", ("DR Kongo", "Uganda"), ()),
    ("en", "Aid convoys reached eastern DR Congo on Tuesday.", ("DR Congo",), ()),
    ("de", "Dr. Jordan sprach am Montag in Kiel.", ("Kiel",), ("Jordan",)),
    ("en", "Dr. Austin spoke in Leeds on Monday.", ("Leeds",), ("Austin",)),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "places", "persons"), ACRONYMS)
def test_acronym_in_capitals_is_no_title(gaz, lang, text, places, persons) -> None:
    got = name_mentions(text, lang, gaz)
    assert all(p in got for p in places), got
    assert not [g for g in got if any(w in g.split() for w in persons)], got


#: (lang, text, the person's name that must be no place, places that must be found): a
#: name a small town bears whole before a verb only a person does (``person_verbs``);
#: the controls keep the town before an ordinary verb and after a preposition.
PERSON_VERBS = (
    ("en", "Carlos Casares met union leaders in Madrid on Friday.", "Carlos Casares",
     ("Madrid",)),
    ("de", "Vicente Guerrero traf am Freitag Gewerkschafter in Madrid.", "Vicente Guerrero",
     ("Madrid",)),
)  # fmt: skip
TOWN_VERBS = (
    ("en", "Carlos Casares lost power after the storm.", ("Carlos Casares",)),
    ("de", "In Vicente Guerrero fiel der Strom aus.", ("Vicente Guerrero",)),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "person", "places"), PERSON_VERBS)
def test_town_named_person_before_a_person_verb(gaz, lang, text, person, places) -> None:
    got = name_mentions(text, lang, gaz)
    assert person not in got, got
    assert all(p in got for p in places), got


@pytest.mark.parametrize(("lang", "text", "places"), TOWN_VERBS)
def test_town_named_like_a_person_stays(gaz, lang, text, places) -> None:
    got = name_mentions(text, lang, gaz)
    assert all(p in got for p in places), got
