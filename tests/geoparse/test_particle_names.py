"""Issue 21, session 16: Romance names that open with a lower-case article are read
whole; people's names whose family name follows a particle ("van",
"dos", "di", "de la") or a hyphened Arabic article, a foreign given name opening the
line under a German headline that ends in a verb particle, and a foreign surname that a
river or a sea bears in a German verb-final frame: no part of such a name is a place.
Other names than the probe lists (``probe_people16.csv``); the controls keep place
names with particles written whole and a preposition on its own line.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places as _places
from tests.support.names import places_on_words as _on_words

#: (lang, text, the name's words, the text's own place)
PEOPLE = (
    ("en", "Kees van Breda told reporters in Oslo that the deal was done.", ["Breda"],
     "Oslo"),
    ("de", "Laut Inês dos Santos wurde in Lissabon niemand verletzt.", ["Inês", "Santos"],
     "Lissabon"),
    ("en", "Giulia di Ancona, the mayor, said in Rome that the bridge would reopen.",
     ["Giulia", "Ancona"], "Rome"),
    ("de", "Die Polizei nahm am Montag in Madrid Ricardo de la Puebla fest.",
     ["Ricardo", "Puebla"], "Madrid"),
    ("en", "Ricardo de la Puebla took office in May. De la Puebla's government met in Madrid.",
     ["Ricardo", "Puebla"], "Madrid"),
    ("en", "Samir al-Tanta met officials in Cairo. Later, al-Tanta said the talks went well.",
     ["Samir", "Tanta"], "Cairo"),
    ("de", "Mbeki kündigt Rückzug an\nOyo Mbeki sprach am Sonntag in Bonn vor Anhängern.",
     ["Oyo", "Mbeki"], "Bonn"),
    ("de", "Die Polizei nahm am Montag in Hamburg Yeşim Akdeniz fest.", ["Yeşim", "Akdeniz"],
     "Hamburg"),
    ("de", "Yeşim Akdeniz bei einer Pressekonferenz in Ulm. Foto: dpa", ["Yeşim", "Akdeniz"],
     "Ulm"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "words", "own"), PEOPLE)
def test_a_name_with_a_particle_or_a_foreign_surname_is_no_place(gaz, lang, text, words, own):
    ps = _places(text, lang, gaz)
    assert _on_words(ps, text, words) == []
    assert any(p.mention == own for p in ps)


#: (lang, text, a place that must stay whole)
CONTROLS = (
    ("en", "Pilgrims reached Santiago de Compostela on Sunday.", "Santiago de Compostela"),
    ("en", "Floods hit Castel di Sangro on Monday.", "Castel di Sangro"),
    ("de", "Der Zug fuhr am Montag nach Bergen op Zoom.", "Bergen op Zoom"),
    ("en", "Tourists flocked to Rio de Janeiro for the carnival.", "Rio de Janeiro"),
    ("de", "Die Feuerwehr rückte am Montag nach Alphen aan den Rijn aus.",
     "Alphen aan den Rijn"),
    ("en", "Officials in San Juan de la Maguana said the road was closed.",
     "San Juan de la Maguana"),
    ("en", "Rebels took al-Bab on Monday.", "Bab"),
    ("de", "Die Stadt liegt am Fluss\nRhein und Main treffen sich dort.", "Main"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "place"), CONTROLS)
def test_places_with_particles_stay(gaz, lang, text, place):
    assert place in [p.mention for p in _places(text, lang, gaz)]


#: (lang, text, the name as written): a GeoNames name whose own form opens with a
#: lower-case Romance article, inside a sentence
ARTICLE_LED = (
    ("en", "Farmers near les Borges del Camp protested on Monday.", "les Borges del Camp"),
    ("de", "Die Bauern bei les Borges del Camp protestierten.", "les Borges del Camp"),
    ("en", "Farmers near el Vendrell protested on Monday.", "el Vendrell"),
)


@pytest.mark.parametrize(("lang", "text", "name"), ARTICLE_LED)
def test_a_name_opening_with_a_lower_case_article_is_read_whole(gaz, lang, text, name):
    assert name in [p.mention for p in _places(text, lang, gaz)]


def test_an_article_led_part_of_a_longer_unknown_name_is_not_taken(gaz):
    # "la Pobla" is another name of a town on Mallorca; here it opens a longer name
    text = "Farmers near la Pobla de Segur protested."
    assert "la Pobla" not in [p.mention for p in _places(text, "en", gaz)]
