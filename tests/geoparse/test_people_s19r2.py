"""Issue 21, session 19 round 2: full names whose parts towns bear, read as people.

* A capitalised word before a surname that the text puts in the genitive or the
  possessive before what only a person has ("Xs Anwalt", "X's lawyer") is the person's
  given name, though the given-name list lacks it and a town bears it.
* A listed given name that only small towns bear, before a listed family name, is a
  person's full name, so that the given name alone on a later mention is the person.

The names are this file's own (Italian, Spanish, Portuguese, Polish, English, German),
none from the probe rows; the controls keep real places.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_mentions

#: (lang, text, words that must be no place, places that must be found)
CASES = (
    ("de", "Savona Fink wurde in Kiel festgenommen. Finks Anwalt legte Beschwerde ein.",
     ("Savona",), ("Kiel",)),
    ("de", "Marbella Brandt kam nach Bremen. Brandts Anwältin schwieg.", ("Marbella",),
     ("Bremen",)),
    ("de", "Cortona Adler sprach in Erfurt. Adlers Sprecherin bestätigte das.", ("Cortona",),
     ("Erfurt",)),
    ("en", "Clifton Steel was arrested in Swansea. Steel's lawyer said he would appeal.",
     ("Clifton", "Steel"), ("Swansea",)),
    ("en", "Coimbra Nowak was detained in Leeds. Nowak's lawyer said she would appeal.",
     ("Coimbra",), ("Leeds",)),
    ("en", "Clifton Brooks moved to Omaha in May. Clifton now runs a bakery.", ("Clifton",),
     ("Omaha",)),
    ("en", "Marion Lindqvist has lived in Spokane for years. Marion works as a nurse.",
     ("Marion",), ("Spokane",)),
)  # fmt: skip
#: (lang, text, places that stay): controls
CONTROLS = (
    ("de", "In Savona Fink man kaum Hotels. Finks Anwalt schwieg.", ("Savona",)),
    ("de", "Basel Tourismus meldet Rekorde. Basels Anwalt schwieg.", ("Basel",)),
    ("en", "Crews worked in Clifton on Monday, Marion Lindqvist said.", ("Clifton",)),
    ("en", "Traffic was diverted along Jackson Street in Omaha.", ("Omaha",)),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "words", "places"), CASES)
def test_a_full_name_whose_given_name_a_town_bears_is_a_person(
    gaz, lang, text, words, places
) -> None:
    got = name_mentions(text, lang, gaz)
    assert not [g for g in got if any(w in g.split() for w in words)], got
    for p in places:
        assert p in got


@pytest.mark.parametrize(("lang", "text", "places"), CONTROLS)
def test_real_places_stay(gaz, lang, text, places) -> None:
    got = name_mentions(text, lang, gaz)
    for p in places:
        assert p in got
