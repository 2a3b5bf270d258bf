"""Issue 21, session 15: people's names of several parts are no places, and Arabic
names with a hyphened article are matched whole, the article assimilated or not.

Four mechanisms, each with sentences of its own (other names than the dev probe
``probes7`` of ``benchmarks/places_v2.py``, whose material lists the classes):

* a patronymic link (``bin``, ``ibn``) or a hyphened Arabic article (``al-``, ``el-``)
  joins a name's parts: neither part alone is a town named so elsewhere;
* the mention finder also looks a name up with its article assimilated to a sun letter
  and unassimilated (``Al-Suwayda`` for GeoNames' As-Suwayda);
* German: three capitalised words side by side, two of them foreign words or given
  names, are one person (double surnames, patronymics);
* a name of two or three words right before an age ("(41)", ", 41,") is a person's.

Controls keep places whose names hold particles and towns before a number that is no
age.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places as _places
from tests.support.names import places_on_words as _on_words

#: (lang, text, the person's words that towns bear, the text's own place)
PEOPLE = (
    ("en", "Crown Prince Khalid bin Omar met the envoy in Doha on Monday.", ["Omar"], "Doha"),
    ("de", "„Wir verhandeln weiter“, sagte Salim ibn Kassala am Montag in Kairo.",
     ["Kassala"], "Kairo"),
    ("en", "Hassan el-Arish told reporters in Cairo that the border was closed.",
     ["Hassan", "Arish"], "Cairo"),
    ("en", "Adel al-Ramadi's government fell on Monday, officials in Baghdad said.",
     ["Ramadi"], "Baghdad"),
    ("de", "Samir el-Kadis Regierung trat am Montag in Beirut zurück.",
     ["Samir", "Kadis"], "Beirut"),
    ("de", "Die Polizei nahm Lucía Pardo Tarifa am Montag in Madrid fest.", ["Tarifa"],
     "Madrid"),
    ("de", "Die Polizei nahm Olga Petrowna Tula am Montag in Moskau fest.", ["Tula"], "Moskau"),
    ("de", "Kofi Owusu Tema (41) gewann am Sonntag in Accra.", ["Tema"], "Accra"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "words", "own"), PEOPLE)
def test_a_name_of_several_parts_is_no_place(gaz, lang, text, words, own):
    ps = _places(text, lang, gaz)
    assert _on_words(ps, text, words) == []
    assert any(p.mention == own for p in ps)


#: (lang, text, the whole name, its country): the article as news writes it, hyphened,
#: where GeoNames writes it assimilated (or the other way round)
ARTICLES = (
    ("en", "Clashes were reported in Al-Suwayda, Syria, on Monday.", "Al-Suwayda", "SY"),
    ("en", "Clashes were reported in Al-Nabk, Syria, on Monday.", "Al-Nabk", "SY"),
    ("de", "In Al-Zabadani (Syrien) wurde am Montag gekämpft.", "Al-Zabadani", "SY"),
    ("en", "The attack in Al-Dali, Yemen, killed four.", "Al-Dali", "YE"),
    ("en", "Fighting went on in Al-Zawiya, Libya.", "Al-Zawiya", "LY"),
    ("en", "Fighting went on in Az-Zawiya, Libya.", "Az-Zawiya", "LY"),
    # GeoNames' own name with the article written otherwise needs no country beside it
    # (a skeleton variant does: tests/geoparse/test_romanisation_variants.py)
    ("en", "Officials in Jisr al-Shughur reported heavy fighting on Monday.",
     "Jisr al-Shughur", "SY"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "cc"), ARTICLES)
def test_an_arabic_article_assimilated_or_not_finds_the_whole_name(gaz, lang, text, name, cc):
    ps = _places(text, lang, gaz)
    assert [(p.mention, p.country_code) for p in ps if p.start == text.index(name)] == [(name, cc)]


#: places with particles, and towns before a number that is no age, stay places
CONTROLS = (
    ("en", "Rebels entered Tal al-Abyad, Syria, on Monday.", "Tal al-Abyad"),
    ("en", "Shelling hit Deir ez-Zor, Syria, on Sunday.", "Deir ez-Zor"),
    ("en", "The council of Port-au-Prince met in Haiti.", "Port-au-Prince"),
    ("de", "Der Landrat besuchte am Montag Bad Kissingen und Neustadt an der Saale.",
     "Neustadt an der Saale"),
    ("de", "Gewählt wurde in Bad Homburg (54 Prozent) und in Kiel.", "Bad Homburg"),
    ("en", "Residents of al-Bab fled on Monday.", "Bab"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name"), CONTROLS)
def test_places_with_particles_stay_places(gaz, lang, text, name):
    assert name in [p.mention for p in _places(text, lang, gaz)]
