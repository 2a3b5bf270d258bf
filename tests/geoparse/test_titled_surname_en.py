"""Issue 21, class 2, session 11: in English a capitalised title before one word names
a person ("Gov. Medina", "Mayor Regina"), however big a place bears the word, because
English places take no genitive after a title ("France's president", never "President
France"). A title opening a place's own name ("Bishop Auckland", "General Santos") keeps
the place; German keeps the role's place ("Präsident Russlands").

The names are towns of Spanish-, Portuguese-, Arabic- or Turkish-speaking countries that
the gazetteer also holds as big places (GeoNames); the wordings are this file's own.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

#: (sentence, the person's one-word name, the sentence's own place)
TITLED = (
    ("Gov. Medina spoke to reporters in Tucson on Tuesday.", "Medina", "Tucson"),
    ("Sen. Duran voted against the bill in Albany.", "Duran", "Albany"),
    ("Mayor Regina thanked the volunteers in Winnipeg.", "Regina", "Winnipeg"),
    ("Rep. Salem met farmers near Fresno on Friday.", "Salem", "Fresno"),
    ("Dr. Victoria treated the injured in Lagos.", "Victoria", "Lagos"),
    ("Judge Oran adjourned the trial in Phoenix.", "Oran", "Phoenix"),
)  # fmt: skip
#: sentences whose title word opens a place's own name, or a German role's place
PLACES = (
    ("en", "Bishop Auckland lost its last bank branch.", "Bishop Auckland"),
    ("en", "General Santos was hit by a storm on Sunday.", "General Santos"),
    ("en", "St. Petersburg was quiet on Sunday.", "St. Petersburg"),
    ("de", "Der Präsident Russlands traf am Montag in Ankara ein.", "Russlands"),
)


def _names(text: str, gaz, lang: str) -> list[str]:
    ps = resolve_document(read_text(text, lang=lang), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(("text", "person", "place"), TITLED)
def test_one_word_after_an_english_title_is_a_person(gaz, text, person, place) -> None:
    names = _names(text, gaz, "en")
    assert person not in names
    assert place in names


@pytest.mark.parametrize(("lang", "text", "place"), PLACES)
def test_a_title_opening_a_place_name_keeps_the_place(gaz, lang, text, place) -> None:
    assert place in _names(text, gaz, lang)
