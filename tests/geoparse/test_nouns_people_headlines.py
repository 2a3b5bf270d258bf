"""Issue 21, thirteenth round: nouns, people and organisations a reader never takes for
places, in the kinds of sentence the benchmark does not generate: German compounds whose
last part is a town's name, nouns and capitalised adjectives opening a sentence,
headlines (German, and English in title case), clubs and companies named like towns,
people whose surnames are towns after a given name or a title, and people in the
genitive. Each sentence names the real places that must stay, and a control table keeps
the towns of those names where the sentence makes them places.

The words that ``benchmarks/places_v2.py`` generates from (nouns of ``nouns_de.csv`` and
given names of ``first_names.csv`` that are towns) are all from its ``dev`` split; the
other words are outside the benchmark. The sentences are this file's own.
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
    # compounds whose last part is a town's name (Park, Haus, See, Markt, Hof ...)
    ("de", "Im Stadtpark von Göttingen stürzten Bäume um.", ("Göttingen",)),
    ("de", "Das Hochhaus in Frankfurt wurde evakuiert.", ("Frankfurt",)),
    ("de", "Der Hochhausbrand in Offenbach forderte zwei Verletzte.", ("Offenbach",)),
    ("de", "Stadtpark und Hochhaus wurden in Kassel beschädigt.", ("Kassel",)),
    ("de", "Die Kirchturmuhr in Celle blieb stehen.", ("Celle",)),
    ("de", "Der Bergsee bei Füssen fror zu.", ("Füssen",)),
    ("de", "Der Wochenmarkt in Bonn fällt aus.", ("Bonn",)),
    ("de", "Ein Steinschlag blockierte die Straße bei Berchtesgaden.", ("Berchtesgaden",)),
    ("de", "Hochwasser-Lage in Passau entspannt sich.", ("Passau",)),
    ("de", "Die Regenrinne am Rathaus in Minden ist verstopft.", ("Minden",)),
    ("de", "Die Hofeinfahrt in Ulm war zugeparkt.", ("Ulm",)),
    # nouns opening the sentence
    ("de", "Regen und Sturm trafen am Montag Bremen.", ("Bremen",)),
    ("de", "Hof und Scheune des Bauern in Celle brannten.", ("Celle",)),
    ("de", "Stein für Stein bauten die Helfer in Cochem das Haus wieder auf.", ("Cochem",)),
    ("de", "Brand in einer Scheune bei Verden.", ("Verden",)),
    ("de", "Forst und Feld litten unter der Dürre in Sachsen.", ("Sachsen",)),
    ("de", "Berg und Tal waren in Tirol verschneit.", ("Tirol",)),
    ("de", "Haar und Haut leiden im Winter, sagt eine Ärztin in Jena.", ("Jena",)),
    # capitalised adjectives opening the sentence
    ("de", "Neue Brücke in Dresden eröffnet.", ("Dresden",)),
    ("de", "Neue Schäden meldete die Polizei in Würzburg.", ("Würzburg",)),
    ("de", "Hohe Wellen trafen die Küste bei Rostock.", ("Rostock",)),
    ("de", "Schöne Aussichten für Urlauber in Kärnten.", ("Kärnten",)),
    ("de", "Neuer Hitzerekord in Hamburg: 40 Grad.", ("Hamburg",)),
    ("de", "Hohe Schulden belasten die Stadt Essen.", ("Essen",)),
    # German headlines
    ("de", "Regen, Hagel, Sturm: Warnung für Baden-Württemberg", ("Baden-Württemberg",)),
    ("de", "Unwetter: Keller und Garagen in Koblenz überflutet", ("Koblenz",)),
    ("de", "Flut in Slowenien: Brücken und Straßen zerstört", ("Slowenien",)),
    (
        "de",
        "Sturm über Ostfriesland: Bäume auf Gleisen bei Hannover",
        ("Ostfriesland", "Hannover"),
    ),
)


@pytest.mark.parametrize(("lang", "text", "places"), NOUNS)
def test_german_nouns_compounds_and_adjectives_are_no_places(gaz, lang, text, places):
    """A compound ending in a town's name is one noun; a noun or an adjective opening a
    sentence or a headline is no village of its name; the sentence's places stay."""
    assert _names(text, gaz, lang) == places


#: English headlines in title case: every word is capitalised, so a capital says
#: nothing; a common word beside a place is no longer name, and a town that is mostly a
#: word ("Reading", "Nice") needs a place preposition
HEADLINES = (
    ("en", "Storm Leaves Thousands Without Power in Ohio", ("Ohio",)),
    ("en", "Mobile Phones Banned in Schools Across France", ("France",)),
    ("en", "Reading Scores Fall in Texas Schools", ("Texas",)),
    ("en", "Bath Time Tips for Parents in Toronto", ("Toronto",)),
    ("en", "Nice Weather Expected in London This Weekend", ("London",)),
    ("en", "Storm Damage Closes Roads Across Vermont", ("Vermont",)),
    ("en", "Split Decision on Budget in Ottawa", ("Ottawa",)),
    ("en", "Flood Warning Issued for Montana Towns", ("Montana",)),
    ("en", "Flights to Nice Resume After Strike in France", ("Nice", "France")),
    ("en", "Mobile banking grows fast in Kenya.", ("Kenya",)),
    ("en", "Reading is a passion for many children in Dublin.", ("Dublin",)),
    ("en", "The march in Washington drew thousands.", ("Washington",)),
    ("en", "Storm damage closed roads across Vermont.", ("Vermont",)),
    # capitalised, but no headline: a list of streets, a photo credit
    ("en", "Maple Street, Lake Drive, Carter Court and Willow Run.", ()),
    ("en", "Oak Drive between Pine Hollow Drive and Birch Road.", ()),
    ("en", "(Photo: Lucy Berry, The Gazette)", ()),
)


@pytest.mark.parametrize(("lang", "text", "places"), HEADLINES)
def test_capitalised_common_words_in_headlines_are_no_places(gaz, lang, text, places):
    """``_mentions.title_case_sentences``: a headline's capitalised common words are no
    names, no longer name's neighbours and no capitalisation cue; a list of street
    names or a credit (commas, street words) is no headline."""
    assert _names(text, gaz, lang) == places


#: a frequent word that is also a big town, opening a sentence, no cue either way
AMBIGUOUS = (("en", "Buffalo roam the plains of Montana.", ("Montana",)),)


@pytest.mark.xfail(
    strict=True,
    reason="a word that names a town of 250,000 about as often as the animal, opening "
    "the sentence with no preposition: no rule reads the plural verb after it in English",
)
@pytest.mark.parametrize(("lang", "text", "places"), AMBIGUOUS)
def test_a_frequent_word_opening_a_sentence_is_no_town(gaz, lang, text, places):
    assert _names(text, gaz, lang) == places


#: clubs and companies named like towns: alone, after a word for their kind, or in a
#: team's name; a town in a team's name is the team's town (as "Borussia Dortmund")
ORGANISATIONS = (
    ("de", "Hertha gewann am Samstag gegen Werder.", ()),
    ("de", "Werder verlor in Leverkusen mit 0:2.", ("Leverkusen",)),
    ("de", "Schalke trennte sich in Augsburg 1:1 von den Gastgebern.", ("Augsburg",)),
    (
        "de",
        "Borussia und Eintracht spielten in Mönchengladbach unentschieden.",
        ("Mönchengladbach",),
    ),
    ("de", "Der Sportdirektor von Hertha BSC kommt aus Berlin.", ("Berlin",)),
    ("de", "Hansa Rostock gewann in Kiel.", ("Rostock", "Kiel")),
    ("de", "Arminia Bielefeld verlor gegen Hertha.", ("Bielefeld",)),
    ("de", "Werder gewann in Bremen gegen Hertha.", ("Bremen",)),
    ("en", "Werder Bremen beat Hertha in Berlin.", ("Bremen", "Berlin")),
    ("de", "Nokia streicht in Finnland 1000 Stellen.", ("Finnland",)),
    ("de", "Bosch baut ein Werk in Dresden.", ("Dresden",)),
    ("de", "Toyota ruft in Japan eine Million Autos zurück.", ("Japan",)),
    ("de", "Der Konzern Nokia hat seinen Sitz in Espoo.", ("Espoo",)),
    ("de", "Nokias Gewinn stieg im dritten Quartal.", ()),
    ("de", "Honda ruft in Europa Autos zurück.", ("Europa",)),
    ("de", "Hitachi baut Züge für Großbritannien.", ("Großbritannien",)),
    ("de", "Der Autobauer Toyota verkauft in Europa mehr Hybridautos.", ("Europa",)),
    ("de", "Der Mobilfunkkonzern Nokia baut in Oulu Stellen ab.", ("Oulu",)),
    ("de", "Siemens und Bosch investieren in Erlangen.", ("Erlangen",)),
    ("en", "Nokia cut 1,000 jobs in Finland.", ("Finland",)),
    ("en", "Toyota recalls a million cars in Japan.", ("Japan",)),
    ("en", "Bosch opened a plant in Dresden.", ("Dresden",)),
    ("en", "The company Nokia has its headquarters in Espoo.", ("Espoo",)),
    ("en", "Nokia's profit rose in the third quarter.", ()),
    ("en", "Oracle bought a company in Texas.", ("Texas",)),
    ("en", "The carmaker Toyota sold more cars in Europe.", ("Europe",)),
    ("en", "Electronics maker Hitachi opened a plant in Ohio.", ("Ohio",)),
)


@pytest.mark.parametrize(("lang", "text", "places"), ORGANISATIONS)
def test_clubs_and_companies_named_like_towns_are_no_places(gaz, lang, text, places):
    """The lexicon's ``organisation_names`` alone, a name after ``organisation_heads``
    ("der Konzern", "carmaker", also ending a compound) and a club word opening a
    team's name are organisations; the team's town stays."""
    assert _names(text, gaz, lang) == places


#: people whose surnames are towns, after a title (also abbreviated), a role, a given
#: name, or in the genitive before what only a person has
PEOPLE = (
    ("de", "Dr. Wesel behandelte den Patienten in Duisburg.", ("Duisburg",)),
    ("de", "Ministerin Brühl besuchte am Montag Kassel.", ("Kassel",)),
    ("de", "Minister Roth sprach in Nürnberg.", ("Nürnberg",)),
    ("de", "Professor Minden lehrt in Göttingen.", ("Göttingen",)),
    ("de", "Peter Moers und Maria Kleve kamen aus Düsseldorf.", ("Düsseldorf",)),
    ("de", "Landrätin Olpe sagte, die Situation in Siegen sei ruhig.", ("Siegen",)),
    ("de", "Bürgermeister Goch eröffnete das Fest in Kevelaer.", ("Kevelaer",)),
    ("de", "Claudia Roth sprach in Augsburg.", ("Augsburg",)),
    ("de", "Laut Dr. Selb ist das Wasser in Hof sauber.", ("Hof",)),
    ("de", "Herr Haan wohnt in Solingen.", ("Solingen",)),
    ("de", "Staatssekretär Diez reiste nach Mainz.", ("Mainz",)),
    ("de", "Prof. Kleve lehrt in Bonn.", ("Bonn",)),
    ("de", "Maria Werl eröffnete in Dortmund ein Geschäft.", ("Dortmund",)),
    ("en", "Dr. Wesel treated patients in Boston.", ("Boston",)),
    ("en", "Prof. Minden spoke in Denver.", ("Denver",)),
    ("en", "Senator Minden spoke in Denver.", ("Denver",)),
    ("en", "Maria Kleve arrived in Chicago on Monday.", ("Chicago",)),
    ("de", "Wagners Oper wurde in Bayreuth aufgeführt.", ("Bayreuth",)),
    ("de", "Merkels Besuch in Paris war kurz.", ("Paris",)),
    ("de", "Roths Rede in Berlin fand keine Mehrheit.", ("Berlin",)),
    ("de", "Diez' Rede in Koblenz wurde kritisiert.", ("Koblenz",)),
    ("de", "Wesels Rücktritt überraschte die Partei in Düsseldorf.", ("Düsseldorf",)),
    ("de", "Claudia Roth sprach in Augsburg. Roths Rede wurde gelobt.", ("Augsburg",)),
    ("de", "Peter Brühl sprach in Köln. Brühls Rede wurde gelobt.", ("Köln",)),
    ("de", "Scholz' Rede in Potsdam wurde gelobt.", ("Potsdam",)),
    ("de", "Minister Wesel sagte in Berlin, Wesels Plan stehe.", ("Berlin",)),
    ("en", "Wesel's resignation surprised the party in Ohio.", ("Ohio",)),
    ("en", "Minden's speech in Denver was short.", ("Denver",)),
)


@pytest.mark.parametrize(("lang", "text", "places"), PEOPLE)
def test_people_whose_surnames_are_towns_are_no_places(gaz, lang, text, places):
    """An address title with its full stop ("Dr. X", "Prof. X"), a role, a given name,
    and a genitive before ``person_nouns`` ("Roths Rede", "Diez' Rede", "X's
    resignation": no town gives a speech) make the name a person's."""
    assert _names(text, gaz, lang) == places


#: the towns of those names stay places where the sentence makes them so
PLACES_KEPT = (
    ("de", "Die Stadt Nokia liegt bei Tampere.", ("Nokia", "Tampere")),
    ("de", "In Nokia bei Tampere brannte eine Fabrik.", ("Nokia", "Tampere")),
    ("de", "Die Stadt Toyota liegt in Japan.", ("Toyota", "Japan")),
    ("en", "A fire broke out in Nokia, a town near Tampere.", ("Nokia", "Tampere")),
    ("en", "Kawasaki is a city near Tokyo.", ("Kawasaki", "Tokyo")),
    ("de", "In Werder an der Havel blühen die Obstbäume.", ("Werder", "Havel")),
    ("de", "Frankreichs Präsident reiste nach Berlin.", ("Frankreichs", "Berlin")),
    ("de", "Hamburgs Bürgermeister besuchte Kiel.", ("Hamburgs", "Kiel")),
    ("de", "Die Stadt Wesel liegt am Rhein.", ("Wesel", "Rhein")),
    ("de", "Der Zug von Wesel nach Emmerich fiel aus.", ("Wesel", "Emmerich")),
)


@pytest.mark.parametrize(("lang", "text", "places"), PLACES_KEPT)
def test_towns_of_those_names_stay_places_with_a_cue(gaz, lang, text, places):
    """A place preposition or a feature head keeps a company's town a town; a country's
    or a big town's genitive before a role stays the place."""
    assert _names(text, gaz, lang) == places


#: older names of the thirteenth round's rows of ``gazetteer/data/curated/exonyms.csv``,
#: each in a sentence of this file: (language, sentence, name, GeoNames town, country)
OLDER_NAMES = (
    ("en", "The harbour of Taihoku was busy in 1930.", "Taihoku", "Taipei", "TW"),
    ("en", "Troops marched into Keijo in 1910.", "Keijo", "Seoul", "KR"),
    ("en", "Verny was founded as a fort in 1854.", "Verny", "Almaty", "KZ"),
    ("en", "Ships left Krasnovodsk for Baku.", "Krasnovodsk", "Türkmenbaşy", "TM"),
    ("en", "Merchants sailed from Bussorah to Bombay.", "Bussorah", "Basrah", "IQ"),
    ("en", "Hollandia was the capital of Dutch New Guinea.", "Hollandia", "Jayapura", "ID"),
    ("de", "Die Seidenhändler zogen nach Hangtschou.", "Hangtschou", "Hangzhou", "CN"),
    ("de", "In Dschambul wurde eine Zuckerfabrik gebaut.", "Dschambul", "Taraz", "KZ"),
    ("de", "Das Schiff lief in Lüderitzbucht ein.", "Lüderitzbucht", "Lüderitz", "NA"),
)


@pytest.mark.parametrize(("lang", "text", "name", "town", "cc"), OLDER_NAMES)
def test_older_names_find_their_towns(gaz, lang, text, name, town, cc):
    """A name tagged with the text's language is the town's own there; a country that
    bears it only in another language ("Hollandia", Hungarian for the Netherlands)
    ranks below the town (``_rank.statics``)."""
    ps = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    got = [(text[p.start : p.end], p.name, p.country_code) for p in ps]
    assert (name, town, cc) in got


#: a town's own name (listed under no language) against a country matched only through
#: its names in other languages: Spanish "Granada" is Grenada, Portuguese "Franca" France
#: (session 14); the country under its own name stays the country
OWN_NAME_OVER_FOREIGN_COUNTRY = (
    ("en", "Floods hit Granada on Monday.", "Granada", "Granada", "ES"),
    ("en", "Tourists love Granada.", "Granada", "Granada", "ES"),
    ("en", "Shoe factories in Franca cut 2,000 jobs.", "Franca", "Franca", "BR"),
    ("en", "Grenada's prime minister spoke on Monday.", "Grenada", "Grenada", "GD"),
    ("en", "The president of France met reporters.", "France", "France", "FR"),
)


@pytest.mark.parametrize(("lang", "text", "name", "town", "cc"), OWN_NAME_OVER_FOREIGN_COUNTRY)
def test_a_towns_own_name_over_a_countrys_foreign_name(gaz, lang, text, name, town, cc):
    """A town whose own name the word is, under no language tag (a proper name is the
    same in every language), bears the name as the text writes it: a country the word
    names only in other languages ranks below it (``_rank.statics``, ``neutral``)."""
    ps = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    got = [(text[p.start : p.end], p.name, p.country_code) for p in ps]
    assert (name, town, cc) in got


#: round two: a given name a country, a region or a word bears, before a small town's
#: name that is a frequent surname, is a person (no place preposition before the pair)
GIVEN_PLACE_NAMES = (
    ("en", "Chad Smith met officials in Chicago on Monday.", ("Chicago",)),
    ("en", "Israel Wells met the mayor in Denver.", ("Denver",)),
    ("en", "Georgia Murphy met officials in Boston on Monday.", ("Boston",)),
    ("en", "Unity Murphy met officials in Boston on Monday.", ("Boston",)),
    ("en", "Maurice Murphy met officials in Boston on Monday.", ("Boston",)),
    ("en", "Officials in Georgia said Jordan Wells had left Dallas.", ("Georgia", "Dallas")),
)


@pytest.mark.parametrize(("lang", "text", "places"), GIVEN_PLACE_NAMES)
def test_a_given_name_that_is_a_place_before_a_town_is_a_person(gaz, lang, text, places):
    """English writes a town's container after it, so a small town after a country's,
    a region's or a word's name that is also a given name is that person's surname
    (``_evidence.surnames``)."""
    assert _names(text, gaz, lang) == places


#: a focus particle opening an English sentence ("Even", a given name too) is the
#: word; German foreign names the gazetteer lacks whole lose no word to a namesake;
#: "<Council> of X" in a title-case headline is the organisation's name
ROUND_TWO_WORDING = (
    ("en", "Even Nome, the old gold town, saw snow.", ("Nome",)),
    ("en", "Even Bethel, a small town, was hit by the storm.", ("Bethel",)),
    ("en", "Are Dubois met government officials in Boston.", ("Boston",)),
    ("de", "In False Pass fiel am Montag Schnee.", ()),
    ("de", "Der Schnee fiel in Bethel Alaska am Montag.", ("Bethel", "Alaska")),
    ("de", "Der Zweitligist Sandhausen verlor in Kiel.", ("Sandhausen", "Kiel")),
    ("de", "Die Fähre von Juneau nach Sitka fiel aus.", ("Juneau", "Sitka")),
    ("en", "Council of Europe Criticises Prison Conditions in Greece", ("Greece",)),
    ("en", "She studied at the University of Georgia before moving to Ohio.", ("Georgia", "Ohio")),
)


@pytest.mark.parametrize(("lang", "text", "places"), ROUND_TWO_WORDING)
def test_particles_foreign_names_and_organisations_in_headlines(gaz, lang, text, places):
    """A particle opening the sentence makes no given name of itself; in German a word
    no German noun and more English than German before a name (or two towns side by
    side, one of them such a word) is a foreign name's, while a German noun the lexicon
    lacks and a region after a town leave the places; in a headline "Council of X" is
    the organisation's."""
    assert _names(text, gaz, lang) == places


def test_a_given_name_after_an_article_is_no_person(gaz):
    """A person's name takes no article: in "the Jordan Valley" the country's name is
    no given name before a surname "Valley", so it stays a place: the valley itself since
    the gazetteer holds it (`news_gaps15.csv`, eleventh session), the country before."""
    text = "Farmers in the Jordan Valley hope to export vegetables."
    names = _names(text, gaz, "en")
    assert "Jordan" in names or "Jordan Valley" in names
