"""Issue 21, session 15 round 2: a Chinese, Korean or Vietnamese family name
(``family_names_east_asia.csv``) before a capitalised given name of romanised
syllables is a person in either language; no part of it is a place. Other names than
the material the rule came from; the controls keep places written whole and a city
before a hyphened word.
"""

from __future__ import annotations

import pytest

from geomap.geoparse._mentions import _syllables
from tests.support.names import name_places as _places
from tests.support.names import places_on_words as _on_words

#: (lang, text, the name's words, the text's own place)
PEOPLE = (
    ("en", "Vice Minister Yang Nam-hee arrived in Tokyo on Monday.", ["Yang", "Nam"], "Tokyo"),
    ("de", "Der Gesandte Kim Hae-jin traf am Montag in Genf ein.", ["Kim", "Hae"], "Genf"),
    ("en", "Deputy Premier Ding Xuexiang visited Nairobi on Friday.", ["Ding", "Xuexiang"],
     "Nairobi"),
    ("de", "Außenminister Bui Thanh Son sagte am Freitag in Paris, die Gespräche gingen weiter.",
     ["Bui", "Thanh", "Son"], "Paris"),
    ("en", "Nguyen Hoa Binh's delegation landed in Canberra on Tuesday.",
     ["Nguyen", "Hoa", "Binh"], "Canberra"),
    ("de", "Die Polizei nahm Tran Van Long am Montag in Hamburg fest.",
     ["Tran", "Van", "Long"], "Hamburg"),
    ("de", "Die Diplomatin Ha Giang Thu traf am Montag in Genf ein.", ["Ha", "Giang"], "Genf"),
    ("en", "Analyst Ha Giang Thu told reporters in Lima that prices rose.", ["Ha", "Giang"],
     "Lima"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "words", "own"), PEOPLE)
def test_an_east_asian_name_is_no_place(gaz, lang, text, words, own):
    ps = _places(text, lang, gaz)
    assert _on_words(ps, text, words) == []
    assert any(p.mention == own for p in ps)


#: (lang, text, a place that must stay)
CONTROLS = (
    ("en", "Ferries from Hong Kong to Macau were cancelled.", "Hong Kong"),
    ("en", "Flights from Long Beach were delayed on Monday.", "Long Beach"),
    ("en", "The Seoul-led talks resumed on Monday.", "Seoul"),
    ("de", "Der Flug aus Long Beach landete am Montag in Denver.", "Long Beach"),
    ("en", "An Ohio man was arrested on Monday.", "Ohio"),
)


@pytest.mark.parametrize(("lang", "text", "place"), CONTROLS)
def test_places_written_whole_stay(gaz, lang, text, place):
    assert place in [p.mention for p in _places(text, lang, gaz)]


@pytest.mark.parametrize(
    ("word", "count"),
    [("Jinping", 2), ("Nam", 1), ("Thanh", 1), ("Xuexiang", 2), ("Island", 0), ("based", 0)],
)
def test_syllables_of_a_romanised_given_name(word, count):
    assert _syllables(word) == count
