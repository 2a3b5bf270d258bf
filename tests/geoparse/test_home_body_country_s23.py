"""Issue 21, session 23 round 2: a country's adjective before a body that acts in its own
country and a place preposition ("die Schweizer Polizei in X", "the Austrian police in
X", "die polnischen Behörden in X") puts the name after it in that country where the
name has readings there and elsewhere, even where the article's other places lie near a
namesake across the border (``home_body_heads`` of ``places_<lang>.toml``,
``_evidence.home_body_country``). A body that serves abroad (an embassy) says nothing
of the name's country; German's undeclined capitalised adjectives ("Schweizer",
"Liechtensteiner") count before such a head (``invariable_demonyms``).

The sentences are this file's own.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places


def _reading(gaz, lang: str, text: str, name: str):
    i = text.rindex(name)
    got = [p for p in name_places(text, lang, gaz) if p.start == i]
    assert got, f"{name} not read in {text!r}"
    return got[0]


#: (lang, text, name, the country its reading must lie in); the first five read the
#: namesake near the article's other places (or, for "Schweizer", a German town) on the
#: starting code
ROWS = (
    ("de", "Der Minister besuchte am Montag Stuttgart und Karlsruhe. Die Schweizer Polizei "
     "in Neuenburg nahm zwei Männer fest.", "Neuenburg", "CH"),
    ("de", "Nach dem Unfall bei Passau und Deggendorf suchte die österreichische Polizei in "
     "Kirchberg nach dem Fahrer.", "Kirchberg", "AT"),
    ("en", "The storm hit Munich and Passau on Sunday. Austrian police in Rohrbach said two "
     "people were hurt.", "Rohrbach", "AT"),
    ("de", "Das Hochwasser traf Dresden und Leipzig. Die polnischen Behörden in Neudorf "
     "meldeten zwei Tote.", "Neudorf", "PL"),
    ("de", "Die Schweizer Kantonspolizei in Neuenburg sperrte die Straße.", "Neuenburg", "CH"),
    ("de", "Die Liechtensteiner Polizei in Triesen nahm zwei Männer fest.", "Triesen", "LI"),
    ("en", "French police in Saint-Louis arrested two men on Monday.", "Saint-Louis", "FR"),
    # a state named after the preposition is no town of the adjective's country
    ("en", "Italian police in San Marino said two people died.", "San Marino", "SM"),
    # no Swiss reading: the adjective forces nothing
    ("en", "The storm hit Mulhouse and Colmar on Sunday. Swiss police in Saint-Louis said "
     "two people were hurt.", "Saint-Louis", "FR"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "cc"), ROWS)
def test_a_home_body_puts_the_name_in_its_country(gaz, lang, text, name, cc) -> None:
    got = _reading(gaz, lang, text, name)
    assert got.country_code == cc, (got.name, got.country_code)


#: the first sentences without the adjective read the namesake near the other places
BARE = (
    ("de", "Der Minister besuchte am Montag Stuttgart und Karlsruhe. Die Polizei in "
     "Neuenburg nahm zwei Männer fest.", "Neuenburg", "DE"),
    ("en", "The storm hit Munich and Passau on Sunday. Police in Rohrbach said two people "
     "were hurt.", "Rohrbach", "DE"),
    ("de", "Das Hochwasser traf Dresden und Leipzig. Die Behörden in Neudorf meldeten zwei "
     "Tote.", "Neudorf", "DE"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "cc"), BARE)
def test_without_the_adjective_the_nearby_namesake_wins(gaz, lang, text, name, cc) -> None:
    assert _reading(gaz, lang, text, name).country_code == cc


#: (lang, text, name, country): an embassy of a country lies abroad, so its adjective
#: does not move the name away from the article's other places
ABROAD = (
    ("de", "Der Präsident besuchte am Montag Bern und Lausanne. Die deutsche Botschaft in "
     "Neuenburg blieb geschlossen.", "Neuenburg", "CH"),
    ("en", "The storm hit Munich and Passau on Sunday. The Austrian embassy in Rohrbach was "
     "closed.", "Rohrbach", "DE"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "cc"), ABROAD)
def test_a_body_serving_abroad_says_nothing(gaz, lang, text, name, cc) -> None:
    got = _reading(gaz, lang, text, name)
    assert got.country_code == cc, (got.name, got.country_code)


def test_a_people_noun_before_a_name_is_no_adjective(gaz) -> None:
    # "der Schweizer Roger Federer" is a person; only the town is a place
    text = "Der Schweizer Roger Federer gewann am Sonntag in Basel."
    assert [p.mention for p in name_places(text, "de", gaz)] == ["Basel"]
