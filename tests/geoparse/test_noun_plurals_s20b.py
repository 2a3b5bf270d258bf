"""Issue 21, session 20 (round 2): German plurals the noun lexicon lacks.

* A loanword's plural in "-s" that names nothing as written, read only through its
  singular as a town's genitive, is the plural where no genitive of a name stands
  (before no capitalised word, after no noun or genitive article):
  ``_mentions._noun_plural_not_genitive``. A genitive before its noun keeps the town.
* After a place preposition, a town's name joined by "und" to a word that names no
  place and is the plural ("-s", "-n") of a noun the lexicon holds is the noun too
  (``_accept._noun_or_plural`` in ``_joined_thing_noun``).

The words are this file's own, none from the probe rows. The noun rows read a place
before the change; the place rows pass before and after.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_mentions

#: (text, the nouns that must be no place)
NOUNS = (
    ("Im Regal standen Weine, Liköre und Sherrys.", ("Sherrys",)),
    ("Beim Fest gab es Preise und Bingos.", ("Bingos",)),
    ("Der Schaden entstand bei Buchen und Lassos gleichermaßen.", ("Buchen", "Lassos")),
    ("Die Kosten entstehen bei Buchen und Benzinpumpen gleichermaßen.", ("Buchen",)),
    ("Die Kinder spielten in Hütten und Schulhäusern.", ("Hütten",)),
)  # fmt: skip
#: (text, places that must be found)
PLACES = (
    ("Sherrys Bürgermeister trat am Montag zurück.", ("Sherrys",)),
    ("Die Wahl in Buchen und Walldürn fiel knapp aus.", ("Buchen", "Walldürn")),
    ("In Hütten und Umgebung fiel der Strom aus.", ("Hütten",)),
    ("Berlins Bürgermeister und Hamburgs Senat trafen sich.", ("Berlins", "Hamburgs")),
)  # fmt: skip


@pytest.mark.parametrize(("text", "nouns"), NOUNS)
def test_plural_noun_is_no_place(gaz, text, nouns) -> None:
    got = name_mentions(text, "de", gaz)
    assert not any(n in got for n in nouns), got


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_real_places_stay(gaz, text, places) -> None:
    got = name_mentions(text, "de", gaz)
    assert all(p in got for p in places), got
