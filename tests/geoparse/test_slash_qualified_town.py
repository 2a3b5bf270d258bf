"""A town written with its river or district after a slash or in brackets is the namesake
whose own name bears that word (session 19 round 2, issues 15, 20, 21).

German writes ``X/Fluss`` or ``X (Fluss)`` to tell a town from a bigger namesake; the
gazetteer keeps the qualifier in the town's full name (``... an der Havel``, ``... ob der
Tauber``). ``_rank._qualified_by_next`` ranks those readings up; a qualifier no reading
bears changes nothing. Places other than the corpus rows that showed the class."""

from __future__ import annotations

import pytest

from tests.support.names import name_places

# (lang, text, the name, the start of the reading's own name it must be)
ROWS = [
    ("de", "Die Polizei in Rothenburg/Tauber ermittelt.", "Rothenburg", "Rothenburg ob der"),
    ("de", "Die Polizei in Dillingen/Donau ermittelt.", "Dillingen", "Dillingen an der Donau"),
    ("de", "Die Polizei in Brandenburg/Havel ermittelt.", "Brandenburg", "Brandenburg an der"),
    ("en", "Police in Neuburg (Donau) said a bridge was closed.", "Neuburg", "Neuburg an der"),
    # guards: a qualifier the bigger namesake answers to, one no reading bears
    ("de", "Die Polizei in Dillingen/Saar ermittelt.", "Dillingen", "Dillingen"),
    ("en", "Dallas/Fort Worth (AP) - Storms grounded flights.", "Dallas", "Dallas"),
]


@pytest.mark.parametrize(("lang", "text", "name", "want"), ROWS)
def test_a_qualifier_after_a_slash_picks_the_namesake(gaz, lang, text, name, want):
    at = text.index(name)
    got = [p for p in name_places(text, lang, gaz) if p.start == at]
    assert got, f"{name} not read as a place"
    assert got[0].name.startswith(want), f"{name} read as {got[0].name}"
    if want == name:
        assert got[0].name == name, f"{name} read as {got[0].name}"
