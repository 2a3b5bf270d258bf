# ruff: noqa: E501  (the tables are data: one sentence or article a row)
"""Issue 21, session 31 (second round): a noun after a place preposition that follows a noun.

A capitalised word before the preposition ("die Schule in X") kept a village whose name is
a bare plural (``nouns_de_plural.csv``): the phrase may say where that noun is. The
evidence for the noun added here is grammar's: the word is listed ("und", "oder", a
comma) with a common noun of a thing in a form of the dative plural ("Zäunen",
"Ställen", "Fundamenten") with no preposition of its own after it, so the preposition
governs a list of things ("Die Aufräumarbeiten an Hecken und Zäunen"). Such a list
counts after any place preposition of the dative ("an" too, which the bare-plural rule
leaves out for "grenzt an X") and in a story of the village's own country; only a place
the article names close by, or a dateline naming it, keeps the village.

On main at ``9a4df85d`` every noun row below was misread (the Brücken row aside, which
another rule read right) and every guard passed; the guards pass now too.
"""

from __future__ import annotations

import pytest

from tests.support.names import misread, name_mentions

#: (text, the nouns that must not be places, the places that must stay).
NOUNS = (
    ("Die Aufräumarbeiten an Hecken und Zäunen dürften Wochen dauern.", ("Hecken",), ()),
    (
        "Die Schäden an Hütten und Ställen schätzt der Bauernverband auf 50.000 Euro.",
        ("Hütten",),
        (),
    ),
    ("Die Reparaturen an Mühlen und Wehren sollen im Frühjahr beginnen.", ("Mühlen",), ()),
    ("Der Frost verursachte Risse in Mauern und Fundamenten.", ("Mauern",), ()),
    (
        "Die Kontrollen bei Kapellen und Friedhöfen wurden nach den Diebstählen verschärft.",
        ("Kapellen",),
        (),
    ),
    ("Die Arbeiten an Brücken, Dämmen und Schleusen kosten den Bund Millionen.", ("Brücken",), ()),
    (
        "Passau (dpa) - Ein Sturm hat in Niederbayern schwere Schäden angerichtet. "
        "Umstürzende Bäume beschädigten Dächer und Autos. Die Aufräumarbeiten an Hecken "
        "und Zäunen dürften Wochen dauern, sagte ein Sprecher des Landratsamts in Passau. "
        "„Wir sind froh, dass niemand verletzt wurde“, sagte der Landrat.",
        ("Hecken",),
        ("Passau", "Niederbayern"),
    ),
)

#: Near-misses: a town after a preposition after a noun, listed with a town, a person, an
#: office or "Nachbarorten", or after "an" alone; a list whose second noun has a phrase
#: of its own or is no dative.
GUARDS = (
    ("Die Schule in Erlen und Kindergärten in Linz bleiben geschlossen.", ("Erlen", "Linz")),
    ("Der Bürgermeister in Linden und Ortsvorsteher trafen sich am Montag.", ("Linden",)),
    ("Die Polizei in Linden und Staatsanwaltschaft ermitteln.", ("Linden",)),
    ("Die Gemeinde grenzt an Erlen.", ("Erlen",)),
    ("Die Feuerwehr in Mühlen und Nachbarorten war die ganze Nacht im Einsatz.", ("Mühlen",)),
    ("Die Aufräumarbeiten in Erlen und Nachbarorten dauern an.", ("Erlen",)),
    (
        "Passau (dpa) - Nach dem Unwetter in Niederbayern fiel in Mühlen und Umgebung "
        "stundenlang der Strom aus. Die Feuerwehr in Mühlen rückte zu 40 Einsätzen aus.",
        ("Passau", "Niederbayern", "Mühlen"),
    ),
)


@pytest.mark.parametrize(("text", "nouns", "places"), NOUNS)
def test_a_bare_plural_listed_with_things_after_a_preposition_is_the_noun(
    gaz, text, nouns, places
) -> None:
    # misread: a noun read as a place, or the place lost
    assert not [m for p in (*places, "") if (m := misread(gaz, "de", text, list(nouns), p))]


@pytest.mark.parametrize(("text", "places"), GUARDS)
def test_a_town_after_a_preposition_after_a_noun_stays(gaz, text, places) -> None:
    found = name_mentions(text, "de", gaz)
    assert [p for p in places if p not in found] == [], found
