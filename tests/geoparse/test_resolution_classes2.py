"""More classes of resolution misses, each shown by sentences of our own in other places
and both languages (docs/geoparser.md, "Sixth pass"). Other benchmarks only showed the
class; no sentence, place or figure of theirs is here.

A. *A small first-level region named like its seat town.* Many small countries' first-level
   regions are municipalities bearing their seat's name, a few kilometres from it; a bare
   name is the town, the municipality needs a word that names it ("the municipality of X",
   "die Gemeinde X").
B. *A word that spells one city's own name, another's untagged other name.* Where no
   reading bears the word as its own name, a city whose own name the word spells
   (a transliteration: w for v) ranks before a city that only lists the word among its
   other names, unless that one is vastly bigger; and where a town bears the very word as
   its own name, a bigger city's other name only like it (four letters of five) is no
   spelling of the city's name.
C. *Names transplanted together.* Two towns near each other in one country whose names
   are those of bigger towns of another (English town names in New England) say the two
   names are in one country, not which: their co-location does not decide for the
   smaller pair. A pair near only where its towns are the bigger ones keeps its say.
"""

from __future__ import annotations

import pytest

from tests.geoparse.test_resolution_classes import _reading

# A. A bare name of a seat is the town, not its municipality

# (language, the name, its country, the article): the name is the town
SEATS = [
    pytest.param(
        "en", "Koper", "SI", "Fishermen in Koper mended their nets on Monday.", id="en-si-koper"
    ),
    pytest.param(
        "de", "Koper", "SI", "Die Fischer in Koper flickten am Montag ihre Netze.", id="de-si-koper"
    ),
    pytest.param(
        "en",
        "Izola",
        "SI",
        "Izola, a small port on the Adriatic, was flooded after the storm.",
        id="en-si-izola",
    ),
    pytest.param(
        "de",
        "Izola",
        "SI",
        "Die kleine Hafenstadt Izola wurde nach dem Sturm überflutet.",
        id="de-si-izola-head",
    ),
    pytest.param(
        "en",
        "Lendava",
        "SI",
        "The oil refinery near Lendava closed its gates in the spring.",
        id="en-si-lendava",
    ),
    pytest.param(
        "de", "Lendava", "SI", "In Lendava blühen im April die Weinberge.", id="de-si-lendava"
    ),
    pytest.param(
        "en", "Kotor", "ME", "Cruise ships crowded the bay at Kotor this summer.", id="en-me-kotor"
    ),
    pytest.param(
        "de", "Ulcinj", "ME", "In Ulcinj waren die Strände im August voll.", id="de-me-ulcinj"
    ),
    pytest.param("en", "Struga", "MK", "Poets met in Struga for the festival.", id="en-mk-struga"),
    pytest.param(
        "de", "Ohrid", "MK", "Touristen füllten die Altstadt von Ohrid.", id="de-mk-ohrid"
    ),
    pytest.param("en", "Orhei", "MD", "Farmers protested in Orhei on Sunday.", id="en-md-orhei"),
    pytest.param("de", "Ogre", "LV", "Der Fluss trat in Ogre über die Ufer.", id="de-lv-ogre"),
    pytest.param(
        "en",
        "Marsaxlokk",
        "MT",
        "Fishermen in Marsaxlokk sold their catch at the Sunday market.",
        id="en-mt-marsaxlokk",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), SEATS)
def test_a_bare_seat_name_is_the_town(lang, mention, cc, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert (c.kind, c.country_code) == ("city", cc), (c.name, c.kind, c.admin1)


# the municipality where a word names it
MUNICIPALITIES = [
    pytest.param(
        "en",
        "Piran",
        "SI",
        "The municipality of Piran raised its tourist tax.",
        id="en-si-municipality-of",
    ),
    pytest.param(
        "en",
        "Kranj",
        "SI",
        "The Kranj municipality raised its tourist tax.",
        id="en-si-x-municipality",
    ),
    pytest.param(
        "de",
        "Piran",
        "SI",
        "Die Gemeinde Piran erhöhte ihre Kurtaxe.",
        id="de-si-gemeinde",
    ),
    pytest.param(
        "de",
        "Budva",
        "ME",
        "Die Gemeinde Budva erhöhte ihre Kurtaxe.",
        id="de-me-gemeinde",
    ),
    pytest.param(
        "en",
        "Tivat",
        "ME",
        "The municipality of Tivat opened a new school.",
        id="en-me-municipality-of",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), MUNICIPALITIES)
def test_a_municipality_word_names_the_region(lang, mention, cc, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert (c.kind, c.country_code) == ("admin1", cc), (c.name, c.kind, c.admin1)


# a big first-level region named like its capital is not touched: the text decides
def test_a_big_region_named_like_its_capital_keeps_its_state_cue(gaz):
    c = _reading("Wildfires spread across the state of Mexico.", "Mexico", gaz, "en")
    assert (c.kind, c.country_code) == ("admin1", "MX"), (c.name, c.kind)


# B. A word spelling one city's own name, another's other name

# (language, the word, the own name of the city meant, its country, the article)
SPELLINGS = [
    pytest.param(
        "de",
        "Stawropol",
        "Stavropol",
        "RU",
        "Der Bus nach Stawropol fiel wegen des Schnees aus.",
        id="de-ru-w-for-v",
    ),
    pytest.param(
        "en",
        "Stawropol",
        "Stavropol",
        "RU",
        "A Polish reporter wrote from Stawropol about the harvest.",
        id="en-ru-w-for-v",
    ),
]


# where a town bears the very word as its own name, a bigger city whose other name is only
# like it (four letters of five) is not meant
SPELLINGS += [
    pytest.param(
        "en", "Mijas", "Mijas", "ES", "Tourists walked through Mijas on Sunday.", id="en-es"
    ),
    pytest.param(
        "de", "Mijas", "Mijas", "ES", "Touristen spazierten am Sonntag durch Mijas.", id="de-es"
    ),
    pytest.param("en", "Kozan", "Kozan", "TR", "Farmers in Kozan harvested cotton.", id="en-tr"),
    pytest.param("en", "Khenifra", "Khenifra", "MA", "Markets in Khenifra were busy.", id="en-ma"),
    pytest.param(
        "de", "Khenifra", "Khenifra", "MA", "In Khenifra waren die Märkte voll.", id="de-ma"
    ),
    pytest.param("en", "Pueblo", "Pueblo", "US", "Snow fell in Pueblo on Tuesday.", id="en-us"),
    pytest.param(
        "en",
        "Florencia",
        "Florencia",
        "CO",
        "Flooding hit Florencia after heavy rain.",
        id="en-co",
    ),
    # a close spelling of a bigger city's name is still that city
    pytest.param(
        "en", "Odessa", "Odesa", "UA", "Grain ships left Odessa on Monday.", id="en-ua-odessa"
    ),
]


@pytest.mark.parametrize(("lang", "mention", "name", "cc", "text"), SPELLINGS)
def test_a_word_spelling_a_citys_own_name_is_that_city(lang, mention, name, cc, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert (c.name, c.country_code) == (name, cc), (c.name, c.country_code)


# C. Names transplanted together

# (language, the name, its country, the article)
TRANSPLANTED = [
    pytest.param(
        "en", "Dover", "GB", "Hospitals in Portsmouth and Dover were busy.", id="en-portsmouth"
    ),
    pytest.param(
        "de",
        "Dover",
        "GB",
        "Die Krankenhäuser in Portsmouth und Dover waren überfüllt.",
        id="de-portsmouth",
    ),
    pytest.param("en", "Dover", "GB", "Shops in Exeter and Dover closed early.", id="en-exeter"),
    pytest.param(
        "de", "Dover", "GB", "In Exeter und Dover schlossen die Läden früh.", id="de-exeter"
    ),
    # near only where they are the bigger towns: the co-location keeps its say
    pytest.param(
        "en", "Durham", "GB", "Police in Durham and Sunderland made arrests.", id="en-durham"
    ),
    pytest.param(
        "de",
        "Durham",
        "GB",
        "Die Polizei in Durham und Sunderland nahm zwei Männer fest.",
        id="de-durham",
    ),
    # a name of one country only still places its namesake neighbour
    pytest.param(
        "en",
        "Chelmsford",
        "US",
        "Roads in Chelmsford and Billerica were flooded.",
        id="en-billerica",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), TRANSPLANTED)
def test_names_transplanted_together_do_not_decide_the_country(lang, mention, cc, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert (c.kind, c.country_code) == ("city", cc), (c.name, c.country_code, c.admin1)
