"""Issue 21, fifth pass: German nouns that are town names in the senses and places a
reader meets them in (after a preposition or a contracted article that looks like a
place cue, in any case and number), and people whose names are towns, named with a
title, a verb of saying, a possessive or a surname; each sentence names a real place
that must stay.

The words are ordinary nouns of ``nouns_de.csv`` that GeoNames holds as towns and given
names of ``first_names.csv`` that are towns or countries, none of them in the held-out
split of ``benchmarks/places_v2.py``; the sentences are this file's own.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _names(text: str, gaz, lang: str) -> tuple[str, ...]:
    ps = resolve_document(read_text(text, lang=lang), gaz)
    return tuple(text[p.start : p.end] for p in ps if p.role == "name")


#: (language, sentence, the places a reader finds in it, in order)
NOUNS = (
    ("de", "Die Kinder spielten im Wald, als in Freiburg das Unwetter begann.", ("Freiburg",)),
    ("de", "Der Förster ging durch den Wald bei Göttingen.", ("Göttingen",)),
    ("de", "Viele Wälder rund um Kassel sind krank.", ("Kassel",)),
    ("de", "In den Wäldern um Jena wurde ein Wolf gesichtet.", ("Jena",)),
    ("de", "Hinter dem Wald fand die Polizei in Cottbus ein Auto.", ("Cottbus",)),
    ("de", "Der Bauer mähte am Rain das Gras, sagte die Polizei in Passau.", ("Passau",)),
    ("de", "Die Kinder spielten im Hof, während in Dresden Regen fiel.", ("Dresden",)),
    ("de", "Auf dem Hof des Bauern in Celle brannte eine Scheune.", ("Celle",)),
    ("de", "Der Kater lief vom Hof auf die Straße, berichtete die Polizei Ulm.", ("Ulm",)),
    ("de", "Bei Regen fiel das Spiel in Bremen aus.", ("Bremen",)),
    ("de", "Im Regen warteten Hunderte Fans vor dem Stadion in Leipzig.", ("Leipzig",)),
    ("de", "Trotz Regen kamen viele Besucher nach Münster.", ("Münster",)),
    ("de", "Der Fahrer fuhr bei Rot über die Kreuzung in Mainz.", ("Mainz",)),
    ("de", "Die Ampel in Wiesbaden sprang auf Rot.", ("Wiesbaden",)),
    ("de", "Um ein Haar wäre der Zug bei Augsburg entgleist.", ("Augsburg",)),
    ("de", "Ihr Haar war nass, als sie in Erfurt ankam.", ("Erfurt",)),
    ("de", "Weil der Regen anhielt, sperrte die Polizei in Trier die Brücke.", ("Trier",)),
    ("de", "Weil die Straße in Koblenz gesperrt war, kam der Zug zu spät.", ("Koblenz",)),
    ("de", "Im Lauf des Tages stieg der Pegel in Regensburg.", ("Regensburg",)),
    ("de", "Der Lauf der Elbe bei Magdeburg hat sich verändert.", ("Elbe", "Magdeburg")),
    ("de", "Beim Laufen durch den Park in Potsdam stürzte ein Mann.", ("Potsdam",)),
    ("de", "Die Brücke aus Stein in Bamberg wurde saniert.", ("Bamberg",)),
    ("de", "Die Figuren aus Sand am Strand von Kiel zogen viele Besucher an.", ("Kiel",)),
    ("de", "Die Krone aus Gold wurde in Wien ausgestellt.", ("Wien",)),
    ("de", "Die Häuser aus Holz in Bergen brannten.", ("Bergen",)),
    ("de", "Nach dem Essen fuhren die Besucher nach Kassel.", ("Kassel",)),
    ("de", "Die Kühe weideten in der Au unterhalb von Landshut.", ("Landshut",)),
    ("de", "Die Spieler trainierten in der Halle, weil es in Kiel regnete.", ("Kiel",)),
    ("de", "Auf dem Feld bei Hildesheim landete ein Hubschrauber.", ("Hildesheim",)),
    (
        "de",
        "Die Bergsteiger stiegen auf den Berg oberhalb von Garmisch-Partenkirchen.",
        ("Garmisch-Partenkirchen",),
    ),
    ("de", "Im Tal der Mosel bei Cochem stieg das Wasser.", ("Mosel", "Cochem")),
    ("de", "Am Bach hinter dem Ort bei Fulda wurde ein Biber gesehen.", ("Fulda",)),
    ("de", "Die Kühe standen auf den Weiden vor Oldenburg.", ("Oldenburg",)),
    ("de", "Im Schnee steckten Dutzende Wagen bei Kempten fest.", ("Kempten",)),
    ("de", "Bei Frost platzten in Gießen mehrere Leitungen.", ("Gießen",)),
    ("de", "In der Sonne saßen viele Besucher in Konstanz.", ("Konstanz",)),
    ("de", "Die Mühlen am Fluss bei Lüneburg stehen still.", ("Lüneburg",)),
    ("de", "An der Ecke zum Markt in Görlitz wurde gebaut.", ("Görlitz",)),
    ("de", "Die Fahrer mussten im Forst bei Eberswalde langsam fahren.", ("Eberswalde",)),
    ("de", "Die Feuerwehr in Hameln holte eine Katze von der Linde.", ("Hameln",)),
    ("de", "In den Tannen am Hang bei Oberstdorf hing Schnee.", ("Oberstdorf",)),
    ("de", "Der Preis stieg auf fünf Euro pro Kilo, sagte ein Händler in Worms.", ("Worms",)),
    ("de", "Ein Hagel aus Eis und Graupel zog über Ingolstadt.", ("Ingolstadt",)),
)


@pytest.mark.parametrize(("lang", "text", "places"), NOUNS)
def test_a_noun_in_a_place_like_cue_is_no_place(gaz, lang, text, places):
    """ "im Wald", "am Rain", "bei Regen", "bei Rot", "aus Stein", "Um ein Haar", "Weil
    ...", "pro Kilo": the noun (or conjunction) is no village of its name, and the
    sentence's own place stays."""
    assert _names(text, gaz, lang) == places


#: a big city bearing the word as its own name outweighs a bare noun (by design:
#: "Essen und Keller"); the food needs an article or a quantifier to be read so
ESSEN = (
    ("de", "Die Tafel in Bochum verteilt Essen an Bedürftige.", ("Bochum",)),
    ("de", "Die Schüler bekamen in der Mensa in Aachen kein warmes Essen.", ("Aachen",)),
)


@pytest.mark.xfail(
    strict=True,
    reason="a town of 500,000 bearing the word as its own name outweighs the bare noun "
    "(Weights.german_noun_max_pop); no rule reads the object of a verb or 'kein' + adjective",
)
@pytest.mark.parametrize(("lang", "text", "places"), ESSEN)
def test_a_bare_noun_a_big_city_bears_is_no_place(gaz, lang, text, places):
    assert _names(text, gaz, lang) == places


PEOPLE = (
    ("en", "The coach, Kirby Smart, said the team would travel to Atlanta.", ("Atlanta",)),
    ("de", "Der Sprecher, Dallas Weber, sagte, in Mainz sei es ruhig.", ("Mainz",)),
    ("de", "Rose Schneider kam am Montag nach Bremen.", ("Bremen",)),
    ("de", "Iris Müller eröffnete in Kassel eine Praxis.", ("Kassel",)),
    ("de", "Flora Schneider sprach in Trier.", ("Trier",)),
    ("de", "Die Sängerin Lena Meyer-Landrut trat am Samstag in Köln auf.", ("Köln",)),
    ("de", "Lena Schröder aus Potsdam gewann den Preis.", ("Potsdam",)),
    ("de", "Die Schülerin Lena berichtete, in Erfurt sei es ruhig gewesen.", ("Erfurt",)),
    ("de", "Wie Lena sagte, bleibt die Schule in Halle geschlossen.", ("Halle",)),
    ("de", "In Bonn sagte Victoria Becker, das Projekt sei gescheitert.", ("Bonn",)),
    ("de", "Victorias Bruder wohnt seit Jahren in Lübeck.", ("Lübeck",)),
    ("de", "Marion Dönhoff schrieb über ihre Jugend in Königsberg.", ("Königsberg",)),
    ("de", "Die Autorin Marion Weber las in Heidelberg aus ihrem Buch.", ("Heidelberg",)),
    ("de", "Marion sagte, der Zug nach Stuttgart sei ausgefallen.", ("Stuttgart",)),
    ("de", "Der Basketballer Michael Jordan besuchte Berlin.", ("Berlin",)),
    ("de", "Jordan Weber aus Dortmund wurde Dritter.", ("Dortmund",)),
    ("de", "Die Schauspielerin Georgia Stone drehte in München.", ("München",)),
    ("de", "Paris Hilton landete am Montag in Frankfurt.", ("Frankfurt",)),
    ("de", "Die Erbin Paris Hilton feierte in Hamburg.", ("Hamburg",)),
    ("de", "Laut Regina Schulz ist die Lage in Rostock ernst.", ("Rostock",)),
    ("de", "Bürgermeisterin Charlotte Klein eröffnete in Kiel eine Schule.", ("Kiel",)),
    ("de", "Charlottes Mutter lebt in Bremen.", ("Bremen",)),
    ("de", "Frau Dallas sprach am Montag in Jena.", ("Jena",)),
    ("de", "Trainer Austin Weber nominierte in Mannheim zwei Spieler.", ("Mannheim",)),
    ("de", "Kommissar Sydney Wagner ermittelt in Bielefeld.", ("Bielefeld",)),
    ("de", "Die Bloggerin Savannah Brooks war in Nürnberg zu Gast.", ("Nürnberg",)),
    ("de", "Laura Emden, Sprecherin der Stadt Leipzig, bestätigte den Vorfall.", ("Leipzig",)),
    ("de", "Die Stadt Emden liegt an der Ems.", ("Emden", "Ems")),
    ("de", "Kapitän Chester Müller legte in Bremerhaven an.", ("Bremerhaven",)),
    ("de", "Sofia Richter und Carmen Vogel aus Wuppertal gewannen.", ("Wuppertal",)),
    ("de", "Adelaide Clemens drehte einen Film in Potsdam.", ("Potsdam",)),
    ("en", "Lena Dunham spoke at a fundraiser in Boston on Monday.", ("Boston",)),
    ("en", "Victoria Beckham opened a shop in Manchester.", ("Manchester",)),
    ("en", "Marion Cotillard arrived in Cannes on Tuesday.", ("Cannes",)),
    ("en", "Michael Jordan's foundation gave money to schools in Chicago.", ("Chicago",)),
    ("en", '"We are ready," said Jordan Peele, speaking in Detroit.', ("Detroit",)),
    ("en", "Coach Kirby Smart said the team would travel to Atlanta.", ("Atlanta",)),
    ("en", "Paris Hilton was seen in Las Vegas.", ("Las Vegas",)),
    ("en", "Actress Georgia May Jagger visited London.", ("London",)),
    ("en", "Marion said the school in Leeds would close.", ("Leeds",)),
    ("en", "Victoria's father lives in Glasgow.", ("Glasgow",)),
    ("en", "According to Lena Meyer, the streets of Cardiff were empty.", ("Cardiff",)),
    ("en", "Dr. Savannah Brooks treated patients in Memphis.", ("Memphis",)),
    ("en", "Charlotte Flair wrestled in Orlando on Friday.", ("Orlando",)),
    ("en", "Sydney Sweeney filmed scenes in Vancouver.", ("Vancouver",)),
    ("en", "Coach Austin Reed said the team trained in Denver.", ("Denver",)),
    ("en", "Kimberley Walsh sang in Belfast.", ("Belfast",)),
    ("en", "Mr Chester told reporters in Leeds that he would resign.", ("Leeds",)),
    ("en", "Dallas Morgan and Regina King arrived in Toronto.", ("Toronto",)),
)


@pytest.mark.parametrize(("lang", "text", "places"), PEOPLE)
def test_people_named_like_places_are_no_places(gaz, lang, text, places):
    """A role or title before the name, a verb of saying beside it (also when a given
    name opens the sentence, or a place preposition opens it: "In X sagte Y"), a
    possessive before a kinship noun ("Annas Bruder", "Ida's father"), a name set off by
    commas before the verb ("The coach, Kirby Smart, said"), a surname after a
    given name (also a country: "Michael Jordan"; also a noun English writes as a
    surname after a given name that is a noun: "Iris Müller"), the unit word of the
    place a person speaks for ("Sprecherin der Stadt X")."""
    assert _names(text, gaz, lang) == places


#: the places the rules above must leave alone
PLACES_KEPT = (
    ("en", "Officials in Lyon, France, said the roads were closed.", ("Lyon", "France")),
    ("en", "Residents of Austin, Texas, said the storm was severe.", ("Austin", "Texas")),
    ("en", "Denzel Washington starred in a film shot in Atlanta.", ("Atlanta",)),
    ("en", "Jack London wrote about the Yukon.", ("Yukon",)),
    ("en", "Will Jordan accept the refugees from Syria?", ("Jordan", "Syria")),
    ("en", "Victoria Australia is a state.", ("Victoria", "Australia")),
    ("en", "Flights from Atlanta Georgia were cancelled.", ("Atlanta", "Georgia")),
    ("en", "Relief flights to Chad resumed on Monday.", ("Chad",)),
    ("en", "Officials in Jordan said the border with Syria was closed.", ("Jordan", "Syria")),
    ("en", "Jordan said it would close the border with Syria.", ("Jordan", "Syria")),
    ("en", "Marion County officials met in Ocala.", ("Marion County", "Ocala")),
    ("de", "In Berlin sagte der Minister, die Lage sei ernst.", ("Berlin",)),
    ("de", "Aus Moskau teilte die Regierung mit, man sei bereit.", ("Moskau",)),
    ("de", "In Kiel und Lübeck sagten die Sprecher, alles sei ruhig.", ("Kiel", "Lübeck")),
    ("de", "Der Bürgermeister der Stadt Ulm sagte, die Brücke bleibe zu.", ("Ulm",)),
    ("de", "Der Sprecher der Gemeinde Weilheim Thomas Weber sagte, es regne.", ("Weilheim",)),
    ("de", "Israel und Jordanien einigten sich.", ("Israel", "Jordanien")),
    ("de", "Bei Rot über die Ampel: In Regen wurde ein Radfahrer verletzt.", ("Regen",)),
    ("de", "Die Feuerwehr in Regen rückte aus.", ("Regen",)),
    ("de", "Berlins Bürgermeister besuchte Hamburg.", ("Berlins", "Hamburg")),
    ("de", "Hamburgs Sprecherin sagte, die Elbe steige.", ("Hamburgs", "Elbe")),
)


@pytest.mark.parametrize(("lang", "text", "places"), PLACES_KEPT)
def test_places_beside_the_person_cues_stay_places(gaz, lang, text, places):
    """A country after a frequent word opening the sentence ("Will Jordan ...?"), a
    government speaking ("Jordan said"), a town after a preposition opening the
    sentence, a genitive of a town before a role ("Berlins Bürgermeister"), the town
    Regen after "in" ("bei Rot" is the colour, "in Regen" the town)."""
    assert _names(text, gaz, lang) == places
