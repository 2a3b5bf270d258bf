"""A gazetteer name that is an ordinary phrase, a preposition and common nouns (``Im
Zentrum``, a Swiss locality), opening a sentence: the capital is the sentence's, and ``Im
Zentrum Nigers``, ``Im Zentrum der Stadt X`` say where in the place named after them
(``phrase_openers`` of ``places_<lang>.toml``; ``_opening_phrase`` in
``geomap/geoparse/_accept.py``). A name whose words after the preposition are no common
nouns (``In Salah``), one opened by an article (``The Hague``, ``Den Burg``) and one that
stands inside the sentence keep their reading. Session 30 (h30-left, issue 21).
"""

from __future__ import annotations

import pytest

import geomap


def _places(text: str, lang: str) -> list[geomap.Place]:
    return list(geomap.analyze(text, lang=lang).places)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Im Zentrum Nigers kam es am Montag zu Kämpfen.", "de", {"Niger"}),
        ("Im Zentrum der Stadt Mopti explodierte am Montag eine Bombe.", "de", {"Mopti"}),
        (
            "NIAMEY (dpa) - Bewaffnete haben im Westen Nigers ein Dorf überfallen. Im Zentrum "
            "Nigers blieb es nach Angaben der Armee ruhig. Die Regierung kündigte Hilfen an.",
            "de",
            {"Niamey", "Niger"},
        ),
    ],
)
def test_the_phrase_names_no_place(text: str, lang: str, expected: set[str]) -> None:
    places = _places(text, lang)
    assert {p.name for p in places if p.role == "name"} == expected, places


@pytest.mark.parametrize(
    ("text", "lang", "mention", "cc"),
    [
        ("In Salah recorded 50 degrees on Monday.", "en", "In Salah", "DZ"),
        ("The Hague hosted the talks on Monday.", "en", "The Hague", "NL"),
        ("Den Burg auf Texel ist der Hauptort der Insel.", "de", "Den Burg", "NL"),
    ],
)
def test_a_name_of_its_own_stays(text: str, lang: str, mention: str, cc: str) -> None:
    places = _places(text, lang)
    assert any(p.mention == mention and p.country_code == cc for p in places), places
