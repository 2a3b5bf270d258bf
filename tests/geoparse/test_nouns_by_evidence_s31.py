# ruff: noqa: E501  (the tables are data: one article or sentence a row)
"""Issue 21, session 31: a German word the noun lists know needs evidence to be a village.

* **Nouns by evidence.** A one-word name of the noun lists (the frequent forms and the
  rarer ones) whose readings are all settlements under 50,000 is the noun unless some
  evidence stands for the village: a place preposition right before it, the dateline, a
  distance it is the subject of, a feature head, a known place or a settlement word in a
  list with it, "X bei Y", a verb of position after it, a place the article names within
  30 km of a reading -- or a cue at another mention of the word in the article (one
  sense). Where it stands does not matter: an object after its verb, after a bare
  adjective, in a clause after a comma, in a list of nouns, in any sentence of a story.
  An article or a preposition right before it leaves the word to the rules of those
  phrases ("das Spiel gegen X" names a town).
* **A preposition with punctuation between is no cue** ("kündigte an, X zu fördern": a
  verb's particle before a comma).
* **English: a word the article writes in lower case elsewhere** is the common word
  where it opens a sentence with no cue, though a town of the article's country bears
  it ("Shares of lumber mills fell ... Mills in Oregon cut output"), unless a place
  the article names lies within 30 km of a reading; a cue keeps the town ("Police in
  Bath ... Bath is famous ... a hot bath", "MOBILE, Ala. (AP) — Mobile police ...").
* **A distance apposition after a semicolon** ("Auch X wurde getroffen; Y, rund 50
  Kilometer nordöstlich davon, meldete ...") places the name as one opening its
  sentence does.

The German words are drawn from the lexicons and the gazetteer by the helpers of
``tests/support/names.py`` (offsets no earlier table took), not picked by hand or by what
passes; the four German and four English stories are news copy written for this
session (the German ones: one of four misread a noun before, ``Lauben`` in the Graz
story); the frames are news copy in other wording than the ``nouns31`` probe that showed
the class, with own places in regions no dev or held-out article names. On main at
``255126d2`` the noun frames misread 94 of 258 rows (none of the list frame, which
stands as a look-alike), the comma frame 8 of 12, and the semicolon row fails; the
guards passed before and pass now. Of the English stories two of four misread a
sentence-opening noun before (``Mills``, ``Orchards``); the English guards passed
before.
"""

from __future__ import annotations

import pytest

from tests.support.names import (
    misread,
    misreads,
    name_mentions,
    plural_village_nouns,
    rare_village_nouns,
)

#: (frame, the text's own place or ""): a noun with no evidence for its village.
NOUN_FRAMES = (
    ("Der Sturm knickte in der Nacht {W} um, berichtete ein Sprecher der Feuerwehr.", ""),
    ("Die Diebe sollen {W} im Wert von 5.000 Euro entwendet und verkauft haben.", ""),
    ("Unbekannte beschädigten am Wochenende frische {W} am Ortsrand, die Polizei ermittelt.", ""),
    ("Die Landesregierung versprach, {W} künftig besser zu schützen.", ""),
    ("Nach dem Hagel meldeten Landwirte zerstörte {W} und kaputte Scheiben.", ""),
    (
        "Rostock (dpa) - Ein Orkan hat an der Ostseeküste schwere Schäden angerichtet. "
        "Umstürzende Bäume beschädigten {W}, mehrere Straßen waren stundenlang gesperrt. "
        "„So etwas haben wir lange nicht erlebt“, sagte ein Sprecher der Feuerwehr in Rostock.",
        "Rostock",
    ),
)

#: (lang, text, the names that stay places): a cue, a place close by, a cue at another
#: mention, a verb of position, an article's or a preposition's phrase.
GUARDS = (
    ("de", "Die Feuerwehr in Lauben rückte am Montag zu einem Brand aus.", ("Lauben",)),
    (
        "de",
        "Im Allgäu hat Lauben einen neuen Bürgermeister. Lauben zählt 3.000 Einwohner.",
        ("Lauben",),
    ),
    (
        "de",
        "Kempten (dpa) - Nach dem Unwetter räumten Helfer in Kempten die Straßen frei. "
        "Schwer getroffen wurde auch Lauben, wo Dächer abgedeckt wurden.",
        ("Kempten", "Lauben"),
    ),
    (
        "de",
        "Der Sturm traf zuerst Asseln. Die Feuerwehr in Asseln zählte 40 Einsätze.",
        ("Asseln",),
    ),
    ("de", "Asseln liegt im Osten von Dortmund.", ("Asseln",)),
    ("de", "Die Gemeinde Arnis zählt knapp 300 Einwohner.", ("Arnis",)),
    ("de", "Nach dem Spiel gegen Heringen feierten die Fans bis in die Nacht.", ("Heringen",)),
    ("de", "Die Fähre von Kappeln nach Arnis fährt wieder.", ("Kappeln", "Arnis")),
    ("de", "Die Stadt Leiden investiert in neue Radwege.", ("Leiden",)),
    ("de", "Weil Essen und Bochum sparen müssen, fallen Buslinien weg.", ("Essen", "Bochum")),
)


def _village_words(gaz) -> list[str]:
    """Rare and plural noun forms that only villages bear, less those whose genitive
    reading is a town of 50,000 or more ("Sagas" of Saga): a population that outweighs
    the noun, which stays a place by design."""
    words = rare_village_nouns(gaz, 40, 17) + plural_village_nouns(gaz, 40, 23)
    stems = gaz.lookup_many([w[:-1] for w in words if w.endswith("s")], lang="de", limit=15)
    return [
        w for w in words if not any((c.population or 0) >= 50_000 for c in stems.get(w[:-1], ()))
    ]


@pytest.mark.parametrize(("frame", "place"), NOUN_FRAMES)
def test_a_noun_with_no_evidence_for_its_village_is_no_place(gaz, frame, place) -> None:
    words = _village_words(gaz)
    assert len(words) >= 25
    assert misreads(gaz, [(frame, place)], [{"W": w} for w in words]) == []


def test_a_preposition_before_a_comma_is_no_cue(gaz) -> None:
    for w in plural_village_nouns(gaz, 40, 31):
        text = f"Die Ministerin kündigte an, {w} stärker zu fördern."
        assert misread(gaz, "de", text, [w], "") is None


def test_a_distance_apposition_after_a_semicolon_places_the_name(gaz) -> None:
    text = "Auch Linz meldete Schäden; Weiten, rund 90 Kilometer östlich davon, blieb verschont."
    assert "Weiten" in name_mentions(text, "de", gaz)


@pytest.mark.parametrize(("lang", "text", "towns"), GUARDS)
def test_villages_with_evidence_stay_places(gaz, lang, text, towns) -> None:
    found = name_mentions(text, lang, gaz)
    assert all(t in found for t in towns), found


#: (English story, the nouns that must be no place, the places that must stay)
ENGLISH_STORIES = (
    (
        "Shares of lumber mills fell on Tuesday after a report showed demand for timber "
        "slumped. Mills in Oregon and Washington cut output, the trade group said. "
        '"Mills are running at half capacity," an analyst in Portland said.',
        ("Mills",),
        ("Oregon", "Washington", "Portland"),
    ),
    (
        "Orchards were damaged near Yakima, growers said. Many orchards lost half their "
        "apples, and packing sheds in Wenatchee closed early.",
        ("Orchards",),
        ("Yakima", "Wenatchee"),
    ),
    (
        "Sales of lattes rose in Seattle last year. Lattes now cost more than $6 at most "
        "cafes, the chain said.",
        ("Lattes",),
        ("Seattle",),
    ),
    (
        "Flooding hit the valley on Monday. Mills were closed, and workers at the mills "
        "were sent home, the mayor of Lowell said.",
        ("Mills",),
        ("Lowell",),
    ),
)

#: (English text, the towns that stay): a cue keeps a town the article also writes as
#: a lower-case word.
ENGLISH_GUARDS = (
    (
        "Police in Bath said on Monday that a man was arrested. Bath is famous for its "
        "Roman remains. The hotel offers guests a hot bath.",
        ("Bath",),
    ),
    (
        "MOBILE, Ala. (AP) — Mobile police said on Monday that two men were arrested. "
        "Customers can now pay with a mobile phone at the port.",
        ("Mobile",),
    ),
    (
        "Reading, England — Reading council approved a new reading programme for its "
        "schools on Monday.",
        ("Reading",),
    ),
)


@pytest.mark.parametrize(("text", "nouns", "places"), ENGLISH_STORIES)
def test_an_english_word_written_lower_elsewhere_is_no_place(gaz, text, nouns, places) -> None:
    found = name_mentions(text, "en", gaz)
    assert not [w for w in nouns if w in found], found
    assert all(p in found for p in places), found


@pytest.mark.parametrize(("text", "towns"), ENGLISH_GUARDS)
def test_an_english_town_with_a_cue_stays(gaz, text, towns) -> None:
    found = name_mentions(text, "en", gaz)
    assert all(t in found for t in towns), found


#: (German story, the nouns that must be no place, the places that must stay)
GERMAN_STORIES = (
    (
        "Erfurt (dpa) - Ein schweres Gewitter hat in Thüringen in der Nacht zum Sonntag "
        "große Schäden angerichtet. Der Sturm knickte im Thüringer Wald Fichten und Buchen "
        "um, in Erfurt liefen Keller voll. Landwirte meldeten zerstörte Scheunen und "
        "beschädigte Ställe. „Wir haben seit Jahren kein solches Unwetter erlebt“, sagte ein "
        "Sprecher der Feuerwehr in Erfurt. In Ilmenau und in der Gemeinde Schmiedefeld "
        "waren mehrere Straßen gesperrt.",
        ("Fichten", "Buchen", "Scheunen", "Ställe"),
        ("Erfurt", "Thüringen", "Ilmenau", "Schmiedefeld"),
    ),
    (
        "Graz. Vor dem Landesgericht Graz hat am Dienstag der Prozess gegen drei Männer "
        "begonnen, die in der Steiermark Erlen und Eichen illegal gefällt haben sollen. "
        "Laut Anklage verkauften sie das Holz an Sägewerke in Leoben. Zudem sollen sie in "
        "Kleingärten Lauben aufgebrochen und Werkzeug gestohlen haben. Einer der "
        "Angeklagten stammt aus Kapfenberg, die beiden anderen aus Bruck an der Mur.",
        ("Erlen", "Eichen", "Lauben"),
        ("Graz", "Steiermark", "Leoben", "Kapfenberg", "Bruck an der Mur"),
    ),
    (
        "Magdeburg (dpa) - Der Landtag von Sachsen-Anhalt hat am Donnerstag mehr Geld für "
        "den Naturschutz beschlossen. Das Land will künftig Asseln, Käfer und andere "
        "Insekten besser schützen. Umweltverbände hatten gefordert, Hecken als Lebensraum "
        "zu erhalten. „Ohne Insekten keine Landwirtschaft“, sagte die Ministerin in "
        "Magdeburg. Kritik kam aus Halle.",
        ("Asseln", "Hecken"),
        ("Magdeburg", "Sachsen-Anhalt", "Halle"),
    ),
    (
        "Kassel. Nach dem Pokalspiel am Samstag haben Unbekannte im Stadion in Kassel Sitze "
        "herausgerissen und auf das Spielfeld geworfen. Der Verein meldete zudem "
        "beschädigte Zäune und Kuhlen im Rasen. Die Polizei in Kassel ermittelt wegen "
        "Sachbeschädigung. Das Rückspiel in Fulda soll trotzdem stattfinden.",
        ("Zäune", "Kuhlen"),
        ("Kassel", "Fulda"),
    ),
)


@pytest.mark.parametrize(("text", "nouns", "places"), GERMAN_STORIES)
def test_nouns_in_a_german_story_are_no_places(gaz, text, nouns, places) -> None:
    found = name_mentions(text, "de", gaz)
    assert not [w for w in nouns if w in found], found
    assert all(p in found for p in places), found


def test_a_noun_after_a_preposition_after_a_noun_in_a_list_of_things(gaz) -> None:
    text = "Die Aufräumarbeiten an Hecken und Zäunen dürften Wochen dauern."
    assert "Hecken" not in name_mentions(text, "de", gaz)
