"""Issue 21, session 22: German plural nouns that villages bear, in the frames session 21
left (after a preposition of no place, as an object in the middle field), and the
village named by a town near it.

* A form written only as a plural (``nouns_de_plural.csv``) right after "mit",
  "unter" or "für" (``bare_plural_prepositions``) is the plural noun unless the context
  says place, as after the place prepositions of session 21; a capitalised word before
  "mit" or "für" keeps the town ("Partnerschaft mit X"), one before "unter" does not
  ("Schutz unter X": ``bare_plural_after_nouns``).
* Such a form bare in the middle field after a lower-case word or a common noun that is
  no article or preposition ("sammelten am Nachmittag X") is the noun when nothing in
  the article supports the village (``_accept._bare_plural_object``).
* "in X bei Y" with a reading of X within 50 km of Y is the village
  (``_accept._located_by_next``), whatever the bare-plural rules say.

The words and sentences are this file's own, none from the probe rows.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_mentions, name_places
from tests.support.names import plural_village_nouns as village_nouns

#: (text, the word that must be no place); the first four read a village on the starting code
NOUNS = (
    ("Die Schafe suchten bei Regen Schutz unter Erlen.", "Erlen"),
    ("Sie handelten jahrelang mit Heringen.", "Heringen"),
    ("Die Kinder spielten gern mit Almen.", "Almen"),
    ("Die Jäger zahlten viel für Heringen.", "Heringen"),
    ("Der Hang wurde im Herbst mit Pforten gesichert.", "Pforten"),
    ("Der Förster fand am Montag Pforten im Unterholz.", "Pforten"),
)  # fmt: skip
#: (text, places that must be found)
PLACES = (
    ("Der Landkreis schloss eine Partnerschaft mit Heringen.", ("Heringen",)),
    ("Er wohnt in Linden bei Hannover.", ("Linden", "Hannover")),
    ("Der Zug fährt nach Heringen.", ("Heringen",)),
    ("HERINGEN (dpa) - Der Stadtrat tagte am Montag.", ("HERINGEN",)),
    ("Der Bürgermeister besuchte am Montag Heringen und Philippsthal.",
     ("Heringen", "Philippsthal")),
    ("Der Wettbewerb mit Bremen ist hart.", ("Bremen",)),
    ("Die Feuerwehr aus Heringen rückte nach Bad Hersfeld aus.", ("Heringen", "Bad Hersfeld")),
)  # fmt: skip


@pytest.mark.parametrize(("text", "noun"), NOUNS)
def test_the_plural_is_no_place(gaz, text, noun) -> None:
    got = name_mentions(text, "de", gaz)
    assert noun not in got, got


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_real_places_stay(gaz, text, places) -> None:
    got = name_mentions(text, "de", gaz)
    assert all(p in got for p in places), got


@pytest.fixture(scope="module")
def plural_village_nouns(gaz) -> list[str]:
    return village_nouns(gaz, every=3, offset=1)  # other forms than session 21's test


WORDINGS = (
    "Der Garten wurde mit {w} bepflanzt.",
    "Die Rehe suchten Schutz unter {w}.",
    "Die Kinder sammelten am Wochenende {w}.",
)


def test_a_bare_plural_in_new_frames_is_the_noun(gaz, plural_village_nouns) -> None:
    wrong = []
    for k, w in enumerate(plural_village_nouns):
        text = WORDINGS[k % len(WORDINGS)].format(w=w)
        i = text.index(w)
        if any(p.start < i + len(w) and i < p.end for p in name_places(text, "de", gaz)):
            wrong.append(text)
    assert wrong == []
