"""A twelfth set of resolution classes, each shown by sentences of our own in other
places (docs/geoparser.md, "Sixteenth pass"). Other material only showed the class; no
sentence of it is here.

A. *A first-level region's demonym that opens with a country's adjective.* "British
   Columbians", "a New Mexican senator": the country's adjective was read alone (the
   United Kingdom, Mexico). The two-word form is a region's adjective in the lexicon;
   its plural ("South Australians") names people, no place (as "Texans" does not), and
   its first word is never taken alone.
B. *A capital after a country's adjective lies in that country.* "in der
   senegalesischen Hauptstadt X", "the Senegalese capital X": a word whose only readings
   lie in other countries (a German plural noun that is a town in Burkina Faso) is no
   place there. A region's adjective ("the Kurdish capital") names no state and is left
   alone.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _places(text: str, gaz, lang: str):
    return list(resolve_document(read_text(text, lang=lang), gaz))


# A. A region's demonym opening with a country's adjective


@pytest.mark.parametrize(
    ("text", "mention", "region"),
    [
        ("A British Columbian logger was injured.", "British Columbian", "British Columbia"),
        ("A New Mexican senator objected.", "New Mexican", "New Mexico"),
        ("Lower Austrian farmers protested on Friday.", "Lower Austrian", "Lower Austria"),
        ("Inner Mongolian herders lost their cattle.", "Inner Mongolian", "Inner Mongolia"),
    ],
)
def test_a_region_demonym_is_not_the_country(gaz, text, mention, region):
    adjectives = [p for p in _places(text, gaz, "en") if p.role == "adjective"]
    assert [(p.mention, p.name) for p in adjectives] == [(mention, region)]


@pytest.mark.parametrize(
    "text",
    [
        "British Columbians voted on Tuesday.",
        "South Australians face higher power bills.",
        "New Mexicans went to the polls.",
        "South Koreans and Central Americans were among the guests.",
    ],
)
def test_a_plural_names_people_and_no_country(gaz, text):
    assert _places(text, gaz, "en") == []


def test_a_country_adjective_alone_stays_the_country(gaz):
    places = _places("British troops and Mexican officials met on Monday.", gaz, "en")
    assert [(p.mention, p.country_code) for p in places] == [("British", "GB"), ("Mexican", "MX")]


# B. A capital after a country's adjective


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("In der senegalesischen Hauptstadt Busse angezündet, hieß es.", "de", "Busse"),
        ("In der kenianischen Hauptstadt Mauern beschmiert, meldete die Polizei.", "de", "Mauern"),
    ],
)
def test_b_a_word_read_only_abroad_is_no_capital(gaz, text, lang, word):
    assert word not in [p.mention for p in _places(text, gaz, lang) if p.lat is not None]


@pytest.mark.parametrize(
    ("text", "lang", "mention", "cc"),
    [
        ("In der kenianischen Hauptstadt Nairobi demonstrierten Tausende.", "de", "Nairobi", "KE"),
        ("In the Malian capital Bamako, protesters gathered.", "en", "Bamako", "ML"),
        ("In the Nigerian capital Abuja crowds gathered.", "en", "Abuja", "NG"),
        ("Die österreichische Landeshauptstadt Linz meldete Hochwasser.", "de", "Linz", "AT"),
    ],
)
def test_b_the_capital_itself_stays(gaz, text, lang, mention, cc):
    got = [p for p in _places(text, gaz, lang) if p.mention == mention]
    assert [p.country_code for p in got] == [cc]
