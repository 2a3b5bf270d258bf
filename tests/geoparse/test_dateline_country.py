"""The country named after a town and a comma is the country that holds the town
(docs/geoparser.md, "The country after a town"). Sentences of our own, in places other
than the corpora's.

A short name two countries share ("Congo", "Sudan") reads as the one that holds the
town before it; a country that holds a reading of the town stays as read; a country's
short form that opens with a title word ("St Vincent") is the country after a town and a
comma, and a saint's name elsewhere.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _places(text: str, gaz, lang: str = "en"):
    return [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]


@pytest.mark.parametrize(
    ("text", "mention", "cc"),
    [
        ("GOMA, Congo (Reuters) - Shelling resumed on Monday.", "Congo", "CD"),
        ("BUKAVU, Congo (Reuters) - The lake rose overnight.", "Congo", "CD"),
        ("Fighting spread near Bunia, Congo, on Monday.", "Congo", "CD"),
        ("JUBA, Sudan (AP) - The river rose overnight.", "Sudan", "SS"),
        # the country holds the town: left as read
        ("BRAZZAVILLE, Congo (Reuters) - The river rose overnight.", "Congo", "CG"),
        ("SAN JOSE, Costa Rica (AP) — The volcano erupted again.", "Costa Rica", "CR"),
        ("KINGSTOWN, St Vincent (AP) — Ash fell across the island on Friday.", "St Vincent", "VC"),
        ("KINSHASA (dpa) - In Goma, Kongo, wurde am Montag wieder geschossen.", "Kongo", "CD"),
    ],
)
def test_the_country_after_a_town_holds_it(gaz, text: str, mention: str, cc: str) -> None:
    lang = "de" if "(dpa)" in text else "en"
    got = [p for p in _places(text, gaz, lang) if p.mention == mention]
    assert got, f"{mention!r} not found: {[p.mention for p in _places(text, gaz, lang)]}"
    assert got[0].kind == "country"
    assert got[0].country_code == cc


def test_a_saints_name_is_no_country(gaz) -> None:
    """``St Vincent`` not after a town and a comma is a saint's name as before."""
    got = _places("The St Vincent de Paul society in Boston handed out 300 meals.", gaz)
    assert all(p.country_code != "VC" for p in got), [(p.mention, p.country_code) for p in got]
