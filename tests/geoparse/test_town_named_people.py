"""Issue 21, session 17 round 3: a person whose whole name a small town bears (a given
name of ``first_names.csv`` and a family name of ``surnames.csv``, read as one town of
fewer than 100,000 people) is the person in a person's context (an age, a verb of
saying, a title, ``according to`` / ``laut``); in a place's context (a place
preposition, a dateline, ``the town of``) the town stays. Other towns than the
places_v2 probe lists; names of Spanish, Portuguese and Mexican towns in both languages.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places as _places
from tests.support.names import places_on_words as _on_words

#: (lang, text, the person's words, the text's own place)
PEOPLE = (
    ("en", "Carlos Casares, 52, said the harvest was lost near Córdoba.",
     ["Carlos", "Casares"], "Córdoba"),
    ("de", "Carlos Casares (52) sagte in Buenos Aires, die Ernte sei verloren.",
     ["Carlos", "Casares"], "Buenos Aires"),
    ("en", "According to Getúlio Vargas, the plan failed in Lisbon.",
     ["Getúlio", "Vargas"], "Lisbon"),
    ("de", "Laut Vicente Guerrero hat die Behörde in Madrid den Antrag abgelehnt.",
     ["Vicente", "Guerrero"], "Madrid"),
    ("en", "Emiliano Zapata said the road to Oaxaca was closed.",
     ["Emiliano", "Zapata"], "Oaxaca"),
    ("en", "Mayor Carlos Barbosa told reporters in Porto Alegre that schools would reopen.",
     ["Carlos", "Barbosa"], "Porto Alegre"),
    ("de", "Nach dem Treffen in Sevilla sagte Vicente Guerrero, man sei zufrieden.",
     ["Vicente", "Guerrero"], "Sevilla"),
    ("en", "The talks in Quito ended early, said Emiliano Zapata.",
     ["Emiliano", "Zapata"], "Quito"),
    ("en", "Benjamin Constant, 61, told the court he was innocent, a judge in Manaus heard.",
     ["Benjamin", "Constant"], "Manaus"),
    ("en", "Juan Aldama (38) was arrested in Monterrey on Friday.", ["Juan", "Aldama"],
     "Monterrey"),
    ("de", "Juan Aldama, 38, wurde am Freitag in Monterrey festgenommen.",
     ["Juan", "Aldama"], "Monterrey"),
    ("en", "According to Carlos Tejedor, prices in Rosario doubled.",
     ["Carlos", "Tejedor"], "Rosario"),
    ("de", "Ignacio Zaragoza (70) erklärte in Puebla seinen Rücktritt.",
     ["Ignacio", "Zaragoza"], "Puebla"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "words", "own"), PEOPLE)
def test_a_person_a_small_town_is_named_after_is_no_place(gaz, lang, text, words, own):
    ps = _places(text, lang, gaz)
    assert _on_words(ps, text, words) == []
    assert any(p.mention == own for p in ps)


#: (lang, text, the town that must stay, its country)
TOWNS = (
    ("en", "Floods hit Carlos Casares in Buenos Aires province on Monday.",
     "Carlos Casares", "AR"),
    ("de", "In Carlos Casares in der Provinz Buenos Aires stand das Wasser hoch.",
     "Carlos Casares", "AR"),
    ("en", "The town of Getúlio Vargas in Rio Grande do Sul lost power.",
     "Getúlio Vargas", "BR"),
    ("en", "He drove to Getúlio Vargas on Monday.", "Getúlio Vargas", "BR"),
    ("de", "Nach Getúlio Vargas fahren keine Busse mehr.", "Getúlio Vargas", "BR"),
    ("en", "Officials in Vicente Guerrero said the water had receded.",
     "Vicente Guerrero", "MX"),
    ("en", "Carlos Casares, Argentina - Floods hit the town on Monday, officials said.",
     "Carlos Casares", "AR"),
    ("en", "Benjamin Constant lies on the Javari river.", "Benjamin Constant", "BR"),
    ("de", "In Carlos Chagas in Minas Gerais fiel der Strom aus.", "Carlos Chagas", "BR"),
    ("en", "Police in Juan Aldama found the car on Sunday.", "Juan Aldama", "MX"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "town", "cc"), TOWNS)
def test_the_town_stays_in_a_place_context(gaz, lang, text, town, cc):
    ps = _places(text, lang, gaz)
    assert any(p.mention == town and p.country_code == cc for p in ps)
