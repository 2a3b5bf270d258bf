"""Issue 21, session 21: German nouns that villages bear, in three grammatical frames.

* A form written only as a plural (``nouns_de_plural.csv``), bare right after "in",
  "aus", "bei", "von" or "zwischen", whose readings are all towns under 50,000: German
  puts no article before a plural there, so it is the plural noun unless the context
  says place (``_accept._bare_plural_after_preposition``; a municipality of that size
  filed as a second-level unit counts as a town); a noun of the lexicons joined to it
  by "und" / "oder" is the list's second noun.
* A form of the noun lexicons opening a sentence right before any lower-case finite
  verb in "-en" ("X kosten mehr", not only the listed ``plural_verbs``), when every
  reading is a town under 50,000 (``_accept._opens_before_plural_verb``).
* A common noun written with an umlaut that every reading's name lacks ("Bänke" for a
  district Banke) is the noun (``_accept._umlaut_noun``).
* Two forms of the noun lexicons joined by "und", "oder" or a comma, every reading of
  both a town under 50,000 and none of the one in a country of the other's: a list
  names its towns from one country, so they are the nouns
  (``_accept._joined_nouns_apart``); two villages of one country stay.

The words and sentences are this file's own, none from the probe rows. Every noun row
read a village before the change; the place rows read their places before and after
(a dateline, a town of the same country named, a settlement word joined, a noun right
before the preposition, a preposition of a way or position, a town of 50,000 or more).
The generated test takes every 3rd form of ``nouns_de_plural.csv`` whose readings are
all towns under 50,000 and no country, region or feature.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_mentions, name_places
from tests.support.names import plural_village_nouns as village_nouns

#: (text, the word that must be no place)
NOUNS = (
    ("Die Vögel nisten am liebsten in Hecken.", "Hecken"),
    ("Die Feuerwehr half bei Gräben mit Rissen.", "Gräben"),
    ("Zwischen Hecken brüten viele Amseln.", "Hecken"),
    ("Die Raupen stammten aus Hecken am Waldrand.", "Hecken"),
    ("Der Weg führt zwischen Erlen hindurch.", "Erlen"),
    ("Die Kosten entstehen bei Hecken und Grane gleichermaßen.", "Grane"),
    ("Asseln kosten im Frühjahr mehr, sagt der Gärtner.", "Asseln"),
    ("Lacken trocknen im Sommer rasch aus.", "Lacken"),
    ("Die Firma prüft Bänke und Tische.", "Bänke"),
    ("Grit und Luch wurden beschädigt.", "Luch"),
    ("Gemeldet wurden Wettern und Pinne.", "Wettern"),
    ("Gemeldet wurden Wettern und Pinne.", "Pinne"),
    ("Ob Staufen oder Angern, alles war kaputt.", "Staufen"),
)  # fmt: skip
#: (text, places that must be found)
PLACES = (
    ("ERLEN (dpa) - In Erlen wurde am Montag ein Mann verletzt.", ("Erlen",)),
    ("In Hecken und den Nachbarorten fiel der Strom aus.", ("Hecken",)),
    ("Die Schule in Höfen bleibt geschlossen.", ("Höfen",)),
    ("Die Wahl in Höfen und Betzdorf fiel knapp aus.", ("Höfen", "Betzdorf")),
    ("Der Unfall geschah zwischen Hecken und Kiel.", ("Hecken",)),
    ("Die Truppen standen vor Höfen.", ("Höfen",)),
    ("Er wohnt seit Jahren in Aalen.", ("Aalen",)),
    ("Köln und Düsseldorf melden Regen.", ("Köln", "Düsseldorf")),
    ("Kiel fehlen Millionen für den Hafen.", ("Kiel",)),
    ("Geräumt wurden auch Angern und Betzdorf.", ("Angern", "Betzdorf")),
)  # fmt: skip


@pytest.mark.parametrize(("text", "noun"), NOUNS)
def test_the_noun_is_no_place(gaz, text, noun) -> None:
    got = name_mentions(text, "de", gaz)
    assert noun not in got, got


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_real_places_stay(gaz, text, places) -> None:
    got = name_mentions(text, "de", gaz)
    assert all(p in got for p in places), got


@pytest.fixture(scope="module")
def plural_village_nouns(gaz) -> list[str]:
    return village_nouns(gaz, every=3, offset=0)


WORDINGS = (
    "Die Vorräte lagerten lange in {w}.",
    "Der Lärm kommt von {w}, sagte ein Anwohner.",
    "Zwischen {w} wuchs hohes Gras.",
)


def test_a_bare_plural_after_a_preposition_is_the_noun(gaz, plural_village_nouns) -> None:
    wrong = []
    for k, w in enumerate(plural_village_nouns):
        text = WORDINGS[k % len(WORDINGS)].format(w=w)
        i = text.index(w)
        if any(p.start < i + len(w) and i < p.end for p in name_places(text, "de", gaz)):
            wrong.append(text)
    assert wrong == []
