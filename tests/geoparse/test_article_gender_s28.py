# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 21, session 28: a German country's or big city's name after an article whose
gender it does not take names a thing (a coin, a hat, a shirt, a boat), not the place;
a given name after a colon that ends a word the lexicon holds as a determiner ("Q&A:
Georgia Kowalczyk") is a person before its surname; and in German a word only towns
bear, before a family name that is no place and no common word, is a given name the
given-name list lacks ("Foto: Bergen Nowakowski").

The German rows are news copy written for this session, in regions no dev or held-out
article of the probes names; the things are words German takes as common nouns (eine
Guinea, einen Panama, den Fes, der Jersey). Run on main at ``2f67b92d`` (before the
rules), 11 rows fail: the six noun rows, the three English colon rows and the two
German caption rows (``Foto:``, ``Im Bild:``); the German colon row and the row of a
role before the name passed before and stand as look-alikes, as do the guards.
"""

from __future__ import annotations

import pytest

from tests.support.names import misread, name_mentions

#: (text, the thing's word, the real place the text names)
THINGS = (
    (
        "Wuppertal (dpa) - Bei der Versteigerung in Wuppertal erzielte eine Guinea aus dem Jahr 1705 den höchsten Preis. Der Sammler aus Köln zahlte 12.000 Euro.",
        "Guinea",
        "Köln",
    ),
    (
        "Der Kapitän trug bei der Ankunft in Rostock einen Panama und ein weißes Hemd, wie die Reederei mitteilte.",
        "Panama",
        "Rostock",
    ),
    (
        "Ein Händler in Linz bot den Fes seines Großvaters auf einem Flohmarkt an. „Er ist hundert Jahre alt“, sagte er.",
        "Fes",
        "Linz",
    ),
    (
        "Im Fanshop in Gelsenkirchen war der Jersey der Saison nach zwei Tagen ausverkauft. Der Verein bestellte nach.",
        "Jersey",
        "Gelsenkirchen",
    ),
    (
        "Das Museum in Regensburg zeigt eine Fidschi, ein Boot aus Holz, das ein Kapitän mitgebracht hatte.",
        "Fidschi",
        "Regensburg",
    ),
    (
        "Mit den Samoa der Sammlung, kleinen Figuren aus Holz, eröffnet das Museum in Freiburg die Ausstellung.",
        "Samoa",
        "Freiburg",
    ),
)

#: (language, text, the person's words, the real place)
COLON_PEOPLE = (
    (
        "en",
        "Q&A: Dominika Němeček on life in Columbus. The author spoke about her new book.",
        ["Dominika", "Němeček"],
        "Columbus",
    ),
    (
        "en",
        "Q&A: Georgia Kowalczyk on the floods in Dresden. The hydrologist has studied the Elbe for years.",
        ["Georgia", "Kowalczyk"],
        "Dresden",
    ),
    (
        "en",
        "Q&A: Chad Brennan on the drought in Texas. Brennan runs a cattle ranch near Amarillo.",
        ["Chad", "Brennan"],
        "Amarillo",
    ),
    (
        "de",
        "Im Gespräch: Georgia Kowalczyk über die Flut in Dresden. Die Forscherin untersucht die Elbe seit Jahren.",
        ["Georgia", "Kowalczyk"],
        "Dresden",
    ),
    # a given name the list lacks, which a town bears, before a family name (German)
    (
        "de",
        "Foto: Bergen Nowakowski bei der Preisverleihung in Münster. Die Jury lobte ihre Arbeit.",
        ["Bergen", "Nowakowski"],
        "Münster",
    ),
    (
        "de",
        "Im Bild: Bergen Kowalczyk, die neue Trainerin, bei der Vorstellung in Bochum.",
        ["Bergen", "Kowalczyk"],
        "Bochum",
    ),
    (
        "de",
        "Die Sängerin Ravenna Kowalczyk trat am Samstag in Ulm auf. Das Konzert war ausverkauft.",
        ["Ravenna", "Kowalczyk"],
        "Ulm",
    ),
)

#: Countries and cities after an article they take, or a relative pronoun: still places.
GUARDS = (
    (
        "Die Gespräche mit der Türkei und der Schweiz fanden in Bern statt, teilte das Ministerium mit.",
        ["Türkei", "Schweiz", "Bern"],
    ),
    (
        "Hilfe für den Tschad, den Sudan und den Jemen kam aus Genf.",
        ["Tschad", "Sudan", "Jemen", "Genf"],
    ),
    (
        "Die Exporte in die USA und in die Niederlande sanken, meldete das Amt in Wiesbaden.",
        ["USA", "Niederlande", "Wiesbaden"],
    ),
    (
        "Die Lage in der Ukraine und in der Slowakei beschäftigt den Bundestag in Berlin.",
        ["Ukraine", "Slowakei", "Berlin"],
    ),
    ("Viele Touristen, die Panama besuchen, reisen über Madrid.", ["Panama", "Madrid"]),
    ("Im Panama der Achtzigerjahre regierte das Militär.", ["Panama"]),
    (
        "Mit Guinea, Mali und dem Senegal schloss Frankreich in Paris ein Abkommen.",
        ["Guinea", "Mali", "Senegal", "Paris"],
    ),
    ("In der Bronx brannte in der Nacht ein Wohnhaus.", ["Bronx"]),
    ("Der Präsident der Mongolei traf in Peking den Regierungschef.", ["Mongolei", "Peking"]),
    ("Die Feuerwehr aus Bergen rückte am Sonntag nach Celle aus.", ["Bergen", "Celle"]),
    ("Nach dem Spiel in Bergen Enkheim feierten die Fans.", ["Bergen"]),
)


@pytest.mark.parametrize(("text", "word", "place"), THINGS)
def test_a_country_or_city_after_an_article_of_another_gender_is_a_thing(
    gaz, text, word, place
) -> None:
    assert misread(gaz, "de", text, [word], place) is None


@pytest.mark.parametrize(("lang", "text", "words", "place"), COLON_PEOPLE)
def test_a_given_name_after_a_colon_is_a_person(gaz, lang, text, words, place) -> None:
    assert misread(gaz, lang, text, words, place) is None


@pytest.mark.parametrize(("text", "places"), GUARDS)
def test_countries_after_their_own_article_stay(gaz, text, places) -> None:
    found = name_mentions(text, "de", gaz)
    assert all(p in found for p in places), found
