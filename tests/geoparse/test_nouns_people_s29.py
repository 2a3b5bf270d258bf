# ruff: noqa: E501  (the tables are data: one article or sentence a row)
"""Issue 21, session 29: people and nouns in news copy beside real places.

* **A person's apposition.** A given name (or a word that is no strong place) and a
  second capitalised word, set off by a comma before a role noun (a person title, a
  compound ending in one, or ``apposition_roles``: "Leiterin", "Mitglied", "head",
  "member"), are a person's name wherever they stand: after "von" and "mit", which also
  cue a place ("nach Angaben von David Jacques, Sprecher der Klinik": David in Panama
  before).
* **A given name after a place preposition** ("von", "bei", "an") and a second name
  word that is a given name or a town's name, the name ending there, is a person's
  name unless the two words name towns within ``colocate_km`` of each other (a town and
  its quarter): "Die Familie von Susanna Mende", "Zu Gast bei Madeleine Tanguy". The
  rule of session 12 ("der Bürgermeister in X Thomas Weber": a town, then a person)
  still holds where a third capitalised word follows.
* **A party in brackets.** Two or three capitalised words before a party's label in
  brackets (``party_labels``: "(Grüne)", "(CDU)", "(D-Fargo)", "(Lab)") are a person's
  name, as before an age in brackets.
* **"statt" and "anstatt" join a list** (``list_joins``) as "und" does: "Zwickau.
  Asseln statt Parkplätze: ..." reads the noun, "Hamburg statt Berlin" two places.
* **A count in digits** (one to three digits, thousands after a dot) after a
  lower-case word, before a German plural, makes it the noun ("mehr als 200 Asseln"):
  a town's name takes no number; a postcode has four or five digits, a road's number
  follows its class ("B 27 Buchen").
* **"hinter" and "neben"** join the prepositions of the bare-plural rule of session 21
  ("versteckte sich hinter Hecken"), and an adverb opening the sentence before the
  preposition ("Gleich neben X") no longer keeps the town as a noun's place would. A
  village is placed by the words after it all the same ("aus Heringen an der Werra",
  "aus Buchen, das im Odenwald liegt").

The rows are news copy written for this session in regions no dev or held-out article
names; the generated rows take plural village nouns no earlier table took (every 11th
from offset 8). On main at ``bb5b7cd3`` 13 of the 22 person rows fail (the six apposition
rows after "von", the five rows of a given name after a preposition, added with that
rule, and two party rows whose first word is no listed given name), the ``hinter`` /
``neben`` frames misread 38 of 86 rows, the ``statt`` frames 15 of 129 and the number
frames 21 of 86; the other person rows and the guards passed before and pass now.
"""

from __future__ import annotations

import pytest

from tests.support.names import misread, misreads, name_mentions, plural_village_nouns

#: (language, text, the person's words, the real place the text names)
APPOSED = (
    (
        "de",
        "Göttingen (dpa) - Die Uni-Klinik in Göttingen muss sparen. Nach Angaben von David Jacques, Sprecher der Klinik, fallen 40 Stellen weg. Der Betriebsrat kündigte Widerstand an.",
        ["David", "Jacques"],
        "Göttingen",
    ),
    (
        "de",
        "Nach Auskunft von Madeleine Tanguy, Leiterin der Feuerwehr in Nienburg, brannte der Stall vollständig nieder. Verletzt wurde niemand.",
        ["Madeleine", "Tanguy"],
        "Nienburg",
    ),
    (
        "de",
        "Ein Gespräch mit Brandon Hamza, Gründer eines Start-ups in Lübeck, über Geld und Mut. „Man braucht Geduld“, sagt er.",
        ["Brandon", "Hamza"],
        "Lübeck",
    ),
    (
        "de",
        "Die Idee stammt von Arthur Montenegro, Mitglied des Jugendrats in Heilbronn. Der Rat stimmte einstimmig zu.",
        ["Arthur", "Montenegro"],
        "Heilbronn",
    ),
    (
        "de",
        "Wie die Polizei in Oldenburg mitteilte, wurde der Transporter von Philip Ibrahim, Inhaber einer Spedition, gestohlen.",
        ["Philip", "Ibrahim"],
        "Oldenburg",
    ),
    (
        "de",
        "Unterstützt wird das Projekt in Cottbus von Siena Vogel, Lehrerin an der Gesamtschule.",
        ["Siena", "Vogel"],
        "Cottbus",
    ),
    (
        "de",
        "Trier (dpa) - Nach dem Starkregen an der Mosel sind Hunderte Keller vollgelaufen. Nach Angaben von Susanna Mende, Leiterin des Krisenstabs in Trier, sind 300 Menschen betroffen.",
        ["Susanna", "Mende"],
        "Trier",
    ),
    (
        "en",
        "GREEN BAY, Wis. (AP) — The paper mill will cut 200 jobs. The plan was confirmed by David Jacques, a spokesman for the company, on Monday in Green Bay.",
        ["David", "Jacques"],
        "Green Bay",
    ),
    (
        "en",
        "The idea came from Arthur Montenegro, a member of the youth council in Spokane. The council approved it unanimously.",
        ["Arthur", "Montenegro"],
        "Spokane",
    ),
    (
        "en",
        "In an interview with Madeleine Tanguy, head of the fire service in Boise, she said the barn burned down within minutes.",
        ["Madeleine", "Tanguy"],
        "Boise",
    ),
    (
        "en",
        "PITTSBURGH (AP) — Flood waters receded on Tuesday. According to Susanna Mende, head of the county's emergency team, 300 homes were damaged.",
        ["Susanna", "Mende"],
        "PITTSBURGH",
    ),
)

#: German: a given name and a second name word after a place preposition, the name
#: ending there (no third capitalised word), the two naming no one place
AFTER_PREPOSITION = (
    (
        "de",
        "Kassel. Die Familie von Susanna Mende lebt seit 1990 in Kassel. Mende arbeitet als Ärztin im Klinikum.",
        ["Susanna", "Mende"],
        "Kassel",
    ),
    (
        "de",
        "Zu Gast bei Madeleine Tanguy in Hamburg waren am Wochenende zwei Minister. Tanguy leitet die Stiftung seit 2015.",
        ["Madeleine", "Tanguy"],
        "Hamburg",
    ),
    (
        "de",
        "Bei David Jacques zu Hause in Jena stapeln sich die Bücher. „Ich kann nichts wegwerfen“, sagt er.",
        ["David", "Jacques"],
        "Jena",
    ),
    (
        "de",
        "Der Preis ging in diesem Jahr an Marion Thomas. Die Jury in Ulm lobte ihren Mut.",
        ["Marion", "Thomas"],
        "Ulm",
    ),
    (
        "de",
        "Ein Brief von Florence Marie an ihre Tochter wird im Museum in Speyer gezeigt.",
        ["Florence", "Marie"],
        "Speyer",
    ),
)

#: (language, text, the people's words, the real place)
PARTY = (
    (
        "de",
        "Hameln. Im Stadtrat kritisierte Vismara Elena (Grüne) den Haushalt scharf. Dennoch stimmte die Mehrheit in Hameln zu.",
        ["Vismara", "Elena"],
        "Hameln",
    ),
    (
        "de",
        "Osnabrück. Pereira Lucy (CDU) will Landrätin werden. Die 41-Jährige lebt seit Jahren in Osnabrück.",
        ["Pereira", "Lucy"],
        "Osnabrück",
    ),
    (
        "de",
        "Zwickau. Zum neuen Vorstand gewählt wurden Lucy Weimar (SPD) und Adrian Bernburg (parteilos). Die Wahl in Zwickau war geheim.",
        ["Lucy", "Weimar", "Adrian", "Bernburg"],
        "Zwickau",
    ),
    (
        "de",
        "Im Kreistag in Gießen stimmten Mikuláš Tůma (Piraten) und Gagan Kibe (FDP) gegen den Antrag.",
        ["Mikuláš", "Tůma", "Gagan", "Kibe"],
        "Gießen",
    ),
    (
        "en",
        "In Cardiff, Bernard Bright (Lab) and Elena Vismara (LD) backed the motion. Bright said the city could not wait.",
        ["Bernard", "Bright", "Elena", "Vismara"],
        "Cardiff",
    ),
    (
        "en",
        "Lawmakers Ester Sales (D-Fargo) and Adrian Mandan (R) sponsored the measure in Bismarck.",
        ["Ester", "Sales", "Adrian", "Mandan"],
        "Bismarck",
    ),
)

#: German frames of a bare plural after "hinter" or "neben" (``bare_plural_prepositions``
#: of session 29), in copy that names no place: (frame, no own place)
PLURAL_FRAMES = (
    ("Die Katze hatte sich hinter {a} im Hof versteckt, sagte die Feuerwehr.", ""),
    ("Gleich neben {a} parkten die Besucher ihre Räder.", ""),
)

#: German frames of a plural opening or ending a list joined by "statt"/"anstatt",
#: which joins words of one kind as "und" does
STATT_FRAMES = (
    ("Zwickau. {a} statt Parkplätze: Die Stadt baut den Marktplatz um.", "Zwickau"),
    ("Auf dem Wochenmarkt in Fulda verkauft der Verein jetzt {a} anstatt Blumen.", "Fulda"),
    ("„Wir brauchen {a} statt Versprechen“, sagte die Sprecherin in Gera.", "Gera"),
)

#: German frames of a count in digits before a plural, after a lower-case word
NUMBER_FRAMES = (
    (
        "In ganz Thüringen wurden rund 1.500 {a} gezählt, teilte das Ministerium in Erfurt mit.",
        "Erfurt",
    ),
    ("Mehr als 200 {a} zählte die Stadt Wismar im vergangenen Jahr.", "Wismar"),
)

#: places that must stay places beside the new rules: (language, text, places)
GUARDS = (
    (
        "de",
        "Der Unfall ereignete sich am Montag bei Heringen. Die Straße nach Bad Hersfeld war zwei Stunden gesperrt.",
        ["Heringen", "Bad Hersfeld"],
    ),
    (
        "de",
        "Betzdorf. Die Feuerwehr aus Betzdorf rückte am Abend nach einem Brand in Kirchen aus. In Kirchen brannte eine Scheune.",
        ["Kirchen", "Betzdorf"],
    ),
    (
        "de",
        "Gießen (dpa) - Der Bus fuhr von Linden nach Gießen, als der Unfall passierte.",
        ["Linden", "Gießen"],
    ),
    ("de", "Die Kinder wohnen in Buchen und gehen in Mosbach zur Schule.", ["Buchen", "Mosbach"]),
    (
        "de",
        "Besucher aus Lenzen und Perleberg kamen zum Fest in Wittenberge.",
        ["Lenzen", "Perleberg", "Wittenberge"],
    ),
    (
        "de",
        "Die Fähre erreichte Victoria Falls, Ausgangspunkt vieler Safaris, am Abend.",
        ["Victoria Falls"],
    ),
    (
        "en",
        "The delegation traveled to Victoria Falls, a hub for safaris, on Monday.",
        ["Victoria Falls"],
    ),
    (
        "de",
        "Der Sänger stammt aus Paderborn, Heimat vieler Musiker, und lebt heute in Köln.",
        ["Paderborn", "Köln"],
    ),
    (
        "de",
        "Die Ausstellung wandert von Kassel (Hessen) nach Erfurt (Thüringen).",
        ["Kassel", "Erfurt"],
    ),
    ("en", "Police in Springfield (USA) arrested two men on Monday.", ["Springfield"]),
    ("de", "Hamburg statt Berlin: Die Messe zieht 2027 um.", ["Hamburg", "Berlin"]),
    (
        "de",
        "Die Fähre legte am Montag in Charlotte Amalie an. Von dort ging es weiter nach Tortola.",
        ["Charlotte Amalie"],
    ),
    (
        "de",
        "Der Bürgermeister in Florence Thomas Weber sagte, die Stadt in Alabama sei vorbereitet.",
        ["Florence"],
    ),
    ("de", "Der Flug von Santa Maria nach Porto fiel aus.", ["Santa Maria", "Porto"]),
    (
        "de",
        "Bad Hersfeld. Der Stau begann kurz hinter Heringen und reichte bis Bad Hersfeld.",
        ["Heringen", "Bad Hersfeld"],
    ),
    ("de", "Das Gewerbegebiet liegt direkt neben Kirchen an der Sieg.", ["Kirchen"]),
    (
        "de",
        "Kassel (dpa) - Die Familie stammt aus Heringen an der Werra. Seit 1990 lebt sie in Kassel.",
        ["Heringen", "Kassel"],
    ),
    (
        "de",
        "Erfurt. Das Fest in Kirchen an der Sieg fällt aus, teilte der Veranstalter in Erfurt mit.",
        ["Kirchen", "Erfurt"],
    ),
    (
        "de",
        "Kassel. Der Bus kam aus Buchen, das im Odenwald liegt, und fuhr weiter nach Kassel.",
        ["Buchen", "Kassel"],
    ),
    ("de", "Die B 27 Buchen–Mosbach bleibt bis Freitag gesperrt.", ["Mosbach"]),
    ("de", "Der Zug fährt um 7 Uhr nach Linden.", ["Linden"]),
    ("de", "Die Fähre fährt künftig Kiel statt Rostock an.", ["Kiel", "Rostock"]),
    (
        "de",
        "Frankfurt (dpa) - In Bergen-Enkheim, einem Stadtteil von Frankfurt, brannte ein Haus.",
        ["Frankfurt"],
    ),
)


@pytest.mark.parametrize(("lang", "text", "words", "place"), APPOSED + AFTER_PREPOSITION + PARTY)
def test_person_in_apposition_or_with_party(gaz, lang, text, words, place):
    assert misread(gaz, lang, text, words, place) is None


def test_bare_plural_after_hinter_or_neben(gaz):
    rows = [{"a": w} for w in plural_village_nouns(gaz, 11, 8)]
    assert len(rows) > 40
    assert misreads(gaz, PLURAL_FRAMES, rows) == []


def test_plural_joined_by_statt_to_a_noun(gaz):
    rows = [{"a": w} for w in plural_village_nouns(gaz, 11, 8)]
    assert misreads(gaz, STATT_FRAMES, rows) == []


def test_plural_after_a_count_in_digits(gaz):
    rows = [{"a": w} for w in plural_village_nouns(gaz, 11, 8)]
    assert misreads(gaz, NUMBER_FRAMES, rows) == []


@pytest.mark.parametrize(("lang", "text", "places"), GUARDS)
def test_places_beside_stay(gaz, lang, text, places):
    found = name_mentions(text, lang, gaz)
    for p in places:
        assert any(p in m for m in found), (p, found)
