"""A unit noun in the genitive before a name ("des Bezirks X", "des Kantons X") names the
unit, as its nominative does (session 19, issues 21, 15, 20).

``[feature_heads] admin1`` of ``places_de.toml`` listed the nominative of the unit nouns
(``Bezirk``, ``Distrikt``, ``Landkreis``, ``Kanton``) and the genitives of ``Bundesland``
and ``Bundesstaat`` only; after ``des`` the genitive ``Bezirks`` stood before the name as
a capitalised noun of its own, so a name of two words lost its reading ("vor der Küste des
Bezirks X" read nothing) and a name of one word was read as the town instead of the unit.
The genitives of the unit nouns are now heads too. Places other than the corpus article
that showed the class."""

from __future__ import annotations

import pytest

from tests.support.names import name_places

# (text, the name, the kind it must be read as)
ROWS = [
    (
        "Die Bewohner des Bezirks Migori wurden am Sonntag aufgefordert, ihre Häuser zu verlassen.",
        "Migori",
        "admin1",
    ),
    ("Vor der Küste des Bezirks Siaya kenterte am Dienstag ein Boot.", "Siaya", "admin1"),
    ("Im Süden des Kantons Wallis gab es am Montag Überschwemmungen.", "Wallis", "admin1"),
    ("Im Osten des Gouvernements Idlib wurde am Montag gekämpft.", "Idlib", "admin1"),
    # guard: the town without the unit's noun stays the town
    ("In Migori gingen am Montag Hunderte auf die Straße.", "Migori", "city"),
]


@pytest.mark.parametrize(("text", "name", "kind"), ROWS)
def test_a_unit_noun_in_the_genitive_names_the_unit(gaz, text, name, kind):
    at = text.index(name)
    got = [p for p in name_places(text, "de", gaz) if p.start == at]
    assert got, f"{name} not read as a place"
    assert got[0].kind == kind, f"{name} read as {got[0].name} ({got[0].kind})"
