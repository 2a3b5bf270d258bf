"""Issue 21, session 17 (round 2): the noun of an article-less German fixed phrase
("nach Plan", "in Betrieb", "bei Bedarf") after its preposition is no place, even when a
small town bears the word as its own name or as a tagged German exonym. The phrases are
lexicon data (``places_de.toml`` ``[fixed_phrases]``); the town stays where the text
places it: a dateline, its region or country, a place near it. The sentences are this
file's own, not the dev probe lists'.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.lexicons import read_toml
from geomap.text import read_text

#: (text, the phrase's noun that must be no place)
NOUNS = (
    ("Der Umbau der Schule verläuft nach Plan, teilte die Stadt mit.", "Plan"),
    ("Laut Bauamt ist die neue Halle seit dem Frühjahr in Bau.", "Bau"),
    ("Die Mitglieder dürfen einen Beisitzer nach Wahl bestimmen.", "Wahl"),
    ("Drei Häuser standen am Abend in Brand, die Feuerwehr war im Einsatz.", "Brand"),
    ("Die Ermittlungen kamen erst im Herbst in Gang.", "Gang"),
    ("Viele Gäste gerieten in Panik, als der Alarm losging.", "Panik"),
    ("Der Vertrag läuft nach Ende der Saison aus.", "Ende"),
    ("Die Arbeiten sollen bis Ende des Jahres dauern.", "Ende"),
    ("Das Papier sei kurz vor Ende der Sitzung verteilt worden.", "Ende"),
    ("Die Frage sei von Belang für alle Gemeinden, sagte sie.", "Belang"),
    ("Die Sperrung gilt bei Nebel und bei Glätte.", "Nebel"),
    ("Wer ist hier von Haus aus zuständig?", "Haus"),
    ("Der neue Tunnel ist seit Dienstag in Betrieb.", "Betrieb"),
    ("Die Regel tritt am ersten Juli in Kraft.", "Kraft"),
    ("Die Opposition stellt den Haushalt grundsätzlich in Frage.", "Frage"),
    ("Die Taxis fahren nach Bedarf, hieß es.", "Bedarf"),
    ("Nach Ansicht der Gutachter fehlt eine Genehmigung.", "Ansicht"),
    ("Die Verdächtigen sitzen seit Freitag in Haft.", "Haft"),
    ("Die Retter waren schnell vor Ort.", "Ort"),
    ("Der Kapitän blieb bis zuletzt an Bord.", "Bord"),
    ("Die Preise stiegen über Nacht um ein Drittel.", "Nacht"),
    ("Das Feuer entstand durch Zufall in der Werkstatt.", "Zufall"),
    ("Er handelte aus Angst vor weiteren Angriffen.", "Angst"),
    ("Nach Angaben der Polizei wurde niemand verletzt.", "Angaben"),
    ("Der Ausbau ist in Planung, sagte der Bürgermeister.", "Planung"),
    ("Das Schiff lag tagelang vor Anker.", "Anker"),
    ("Der Fall kommt im März vor Gericht.", "Gericht"),
    ("Die Gemeinde ist bei Bedarf erreichbar.", "Bedarf"),
    ("Die Mannschaft ging früh in Führung.", "Führung"),
    ("Die Lieferung kommt in Kürze.", "Kürze"),
)
#: (text, the town that stays): a dateline, its region or country, a place near it
PLACES = (
    ("Die Feuerwehr in Bau in Sarawak rückte am Montag aus.", "Bau"),
    ("Der Bus fuhr von Tachov nach Plan.", "Plan"),
    ("PLAN (dpa) - Die Polizei wurde nach Plan gerufen, nahe Tachov.", "Plan"),
    ("Von Echternach ging es weiter nach Wahl in Luxemburg.", "Wahl"),
    ("Ein Unfall in Brand bei Aachen forderte zwei Verletzte.", "Brand"),
    ("In Luxemburg wurde ein Mann nach Wahl gebracht.", "Wahl"),
    ("Auf Flores wurde ein Beben gemessen; in Ende auf Flores fiel der Strom aus.", "Ende"),
    ("In Tschechien wurde ein neues Werk in Plan eröffnet.", "Plan"),
    ("Die Polizei im Landkreis Regen meldete am Abend einen Unfall bei Regen.", "Regen"),
    ("Ein Lastwagen ist bei Plan im Bezirk Tachov verunglückt.", "Plan"),
)


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="de"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "word"), NOUNS)
def test_fixed_phrase_noun_is_no_place(gaz, text: str, word: str) -> None:
    assert word not in _names(text, gaz), text


@pytest.mark.parametrize(("text", "word"), PLACES)
def test_town_with_place_context_stays(gaz, text: str, word: str) -> None:
    assert word in _names(text, gaz), text


def test_phrase_nouns_are_listed_nouns() -> None:
    """Every phrase's noun is a form of the German noun list (the data's provenance)."""
    from geomap.geoparse._wordlists import common_nouns

    nouns = common_nouns("de")
    table = read_toml("places_de.toml")["fixed_phrases"]
    missing = [n for ns in table.values() for n in ns if n not in nouns]
    assert not missing
