"""Issue 21, session 16 round 2: a country as a family name before a role set off by
commas, a town after its preposition before a foreign name of two words (German), an
Arabic place name opening with a generic word (``Tell``, ``Deir``, ``Ras``) looked up
whole, Romance names with an elided particle (``d'``, ``l'``) read whole, and East Asian
family names that are English or German words (``He``, ``Ma``, ``Sun``). Other names
than the probe sentences; the controls keep the country, the town and the ordinary word.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_places as _places
from tests.support.names import places_on_words as _on_words

#: (lang, text, the person's words, the text's own place)
PEOPLE = (
    # a country as the surname of a given name no list holds, a role set off after it
    ("en", "Obinze Mali, the union's spokesman, said in Kano that the strike was over.",
     ["Obinze", "Mali"], "Kano"),
    ("en", "Tchouli Niger, a senior police officer, said in Abuja that two were held.",
     ["Tchouli", "Niger"], "Abuja"),
    # German: a town whose name is also a given name, after its preposition, then a
    # foreign name of two words whose given name no list holds
    ("de", "Die Polizei nahm am Dienstag in Jena Yağmur Fırat fest.", ["Yağmur", "Fırat"],
     "Jena"),
    ("de", "Die Polizei nahm in Gera Yağmur Karadeniz fest.", ["Yağmur", "Karadeniz"],
     "Gera"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "words", "own"), PEOPLE)
def test_a_country_or_sea_as_surname_is_no_place(gaz, lang, text, words, own):
    ps = _places(text, lang, gaz)
    assert _on_words(ps, text, words) == []
    assert own in [p.mention for p in ps]


#: (lang, text, a place that must stay)
CONTROLS = (
    ("en", "Chad, the host country, said on Monday that the summit would go ahead.", "Chad"),
    ("en", "South Sudan, the youngest nation, said it would send troops.", "South Sudan"),
    ("en", "The Prime Minister of Mali met officials in Paris.", "Mali"),
    ("en", "Fighting flared in Niger on Monday.", "Niger"),
    ("de", "Die Polizei nahm in Jena Thomas Weber fest.", "Jena"),
)


@pytest.mark.parametrize(("lang", "text", "place"), CONTROLS)
def test_the_country_and_the_town_stay(gaz, lang, text, place):
    assert place in [p.mention for p in _places(text, lang, gaz)]


#: (lang, text, the Arabic name as written, the GeoNames country): its country named
ARABIC = (
    ("en", "Mortar fire hit Tell Rifaat in northern Syria on Monday.", "Tell Rifaat", "SY"),
    ("en", "Aid trucks reached Tell el-Abyad in Syria on Friday.", "Tell el-Abyad", "SY"),
    ("de", "Granaten trafen am Montag Tell al-Abyad im Norden Syriens.", "Tell al-Abyad",
     "SY"),
    ("en", "Airstrikes on Deir al-Balah in the Gaza Strip killed five.", "Deir al-Balah", "PS"),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "name", "cc"), ARABIC)
def test_an_arabic_name_with_a_generic_first_word_is_read_whole(gaz, lang, text, name, cc):
    found = {p.mention: p.country_code for p in _places(text, lang, gaz)}
    assert found.get(name) == cc


def test_a_sentence_opening_verb_is_no_generic_word(gaz):
    # "Tell" opening a sentence before a name and no article is the verb
    text = "Tell Karim the news, his cousin in Syria said."
    assert "Tell Karim" not in [p.mention for p in _places(text, "en", gaz)]


#: (lang, text, the name as written)
ELIDED = (
    ("en", "Shops near la Seu d'Urgell closed early on Monday.", "la Seu d'Urgell"),
    ("de", "Die Läden bei la Seu d'Urgell schlossen früh.", "la Seu d'Urgell"),
    ("en", "Shops near l'Escala closed early on Monday.", "l'Escala"),
    ("en", "Shops near l'Hospitalet de Llobregat closed early.", "l'Hospitalet de Llobregat"),
    ("en", "Shops in Sant Joan d'Alacant closed early.", "Sant Joan d'Alacant"),
)


@pytest.mark.parametrize(("lang", "text", "name"), ELIDED)
def test_a_name_with_an_elided_particle_is_read_whole(gaz, lang, text, name):
    assert name in [p.mention for p in _places(text, lang, gaz)]


#: East Asian family names that are English or German words, in news frames: (lang,
#: text, the person's words, the places the text names)
EAST_ASIAN = (
    ("en", "He Weidong met defence officials in Geneva on Sunday.", ["He", "Weidong"],
     ["Geneva"]),
    ("en", "Vice Premier He Weidong said in Beijing that talks would go on.",
     ["He", "Weidong"], ["Beijing"]),
    ("de", "Vizepremier He Weidong traf am Sonntag in Genf Vertreter der EU.",
     ["He", "Weidong"], ["Genf"]),
    ("en", "Ma Jiantang, the party chief, visited Lhasa.", ["Ma", "Jiantang"], ["Lhasa"]),
    ("de", "Laut Ma Jiantang wurde in Lhasa niemand verletzt.", ["Ma", "Jiantang"], ["Lhasa"]),
    ("en", "She Zhenhua was extradited from Thailand to China.", ["She", "Zhenhua"],
     ["Thailand", "China"]),
    ("de", "Die Behörden lieferten She Zhenhua aus Thailand nach China aus.",
     ["She", "Zhenhua"], ["Thailand", "China"]),
    ("en", "Le Minh Hung, the central bank governor, spoke in Hanoi.", ["Le", "Minh", "Hung"],
     ["Hanoi"]),
    ("de", "Le Minh Hung sprach am Montag in Hanoi.", ["Le", "Minh", "Hung"], ["Hanoi"]),
    ("en", "Hu Heping toured flood areas in Hunan.", ["Hu", "Heping"], ["Hunan"]),
    ("de", "Hu Heping besuchte am Montag Hunan.", ["Hu", "Heping"], ["Hunan"]),
    ("en", "Yu Jianhua retired in Beijing.", ["Yu", "Jianhua"], ["Beijing"]),
    ("en", "Lee Hae-chan told reporters in Seoul that he would run.", ["Lee", "Hae-chan"],
     ["Seoul"]),
    ("de", "Lee Hae-chan sagte in Seoul, er werde antreten.", ["Lee", "Hae-chan"], ["Seoul"]),
    ("en", "Park Won-soon was mourned in Seoul.", ["Park", "Won-soon"], ["Seoul"]),
    ("en", "Long Zhou, a former negotiator, said in Shanghai that tariffs would fall.",
     ["Long", "Zhou"], ["Shanghai"]),
    ("en", "Sun Zhengcai visited Chongqing on Monday.", ["Sun", "Zhengcai"], ["Chongqing"]),
    ("de", "Sun Zhengcai besuchte am Montag Chongqing.", ["Sun", "Zhengcai"], ["Chongqing"]),
    ("en", "Du Xiangwan, the governor, inspected Changsha.", ["Du", "Xiangwan"], ["Changsha"]),
    ("en", "An Cheol-soo was interviewed in Busan.", ["An", "Cheol-soo"], ["Busan"]),
    ("de", "Die Polizei nahm in Peking Hu Xijin fest.", ["Hu", "Xijin"], ["Peking"]),
    ("en", "According to He Kang, the school in Beijing reopened.", ["He", "Kang"],
     ["Beijing"]),
    ("en", "Ma's government in Taipei faced protests.", ["Ma"], ["Taipei"]),
    ("en", "Ma Ying-jeou met Xi in Singapore. Ma said the talks went well.", ["Ma"],
     ["Singapore"]),
    ("en", "Hu said in Beijing that the deal was close.", ["Hu"], ["Beijing"]),
    ("en", "Yu said the plant in Shenzhen would close.", ["Yu"], ["Shenzhen"]),
    ("en", "Du said his visit to Lhasa was brief.", ["Du"], ["Lhasa"]),
    # the same words as ordinary words
    ("en", "He said the road to Boston was closed.", ["He"], ["Boston"]),
    ("en", "She moved to Paris last year.", ["She"], ["Paris"]),
    ("en", "The long road to Denver was icy.", ["long"], ["Denver"]),
    ("en", "Sun and rain alternated over Miami.", ["Sun"], ["Miami"]),
    ("en", "Park officials in Denver closed the trail.", ["Park"], ["Denver"]),
    ("en", "An earthquake struck near Lima.", ["An"], ["Lima"]),
    ("de", "Er fuhr am Montag nach Hamburg.", ["Er"], ["Hamburg"]),
    ("de", "An der Küste bei Kiel war es stürmisch.", ["An"], ["Kiel"]),
    ("de", "Du bist in Berlin, sagte sie.", ["Du"], ["Berlin"]),
    ("de", "Sie lebt seit Jahren in Wien.", ["Sie"], ["Wien"]),
)  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "words", "own"), EAST_ASIAN)
def test_an_east_asian_family_name_that_is_a_word_is_no_place(gaz, lang, text, words, own):
    ps = _places(text, lang, gaz)
    assert _on_words(ps, text, words) == []
    assert [p.mention for p in ps] == own


#: the words as parts of place names stay places
WORD_PLACES = (
    ("en", "Le Mans hosted the race on Sunday.", "Le Mans"),
    ("de", "Le Havre meldete am Montag Hochwasser.", "Le Havre"),
    ("en", "Lee County officials said the storm hit Fort Myers.", "Lee County"),
)


@pytest.mark.parametrize(("lang", "text", "place"), WORD_PLACES)
def test_the_words_inside_place_names_stay(gaz, lang, text, place):
    assert place in [p.mention for p in _places(text, lang, gaz)]
