"""Events read the shared sentence substrate (geomap.text): tokens, clause kinds, noun phrases.

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import re
from pathlib import Path

import geomap
import geomap.events._extract as extract

DAY = "2025-06-11"  # a Wednesday


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    a = geomap.analyze(text, lang=lang, date=DAY)
    return [(e.type, e.place_name, e.date) for e in a.events]


def test_the_place_is_the_locative_phrase_however_long() -> None:
    # six words between "in" and the town: the substrate's noun phrase still ties them
    text = (
        "Der Präsident reiste am Montag aus Nairobi in die schwer getroffene "
        "nordkenianische Provinzstadt Garissa."
    )
    assert _events(text, "de") == [("travel", "Garissa", "2025-06-09")]


def test_a_clause_after_a_dateline_is_a_subject_not_an_apposition() -> None:
    text = "NAIROBI, June 11 (Reuters) - A landslide buried a village near Murang'a on Tuesday."
    assert [(t, d) for t, _, d in _events(text, "en")] == [("disaster", "2025-06-10")]


def test_an_undated_event_takes_the_day_of_its_next_mention() -> None:
    text = (
        "Die Luftwaffe hat nach Angaben von Aktivisten ein Dorf in der Provinz Idlib "
        "bombardiert. Bei dem Luftangriff am Dienstagmorgen seien zwölf Menschen getötet worden."
    )
    got = _events(text, "de")
    assert got[0][0] == "strike" and got[0][2] == "2025-06-10"


def test_the_extractor_has_no_language_branch() -> None:
    # the words and the word order live in the lexicons ([grammar], phrases_<lang>.toml)
    # every module of the package: the extractor is split by capability
    source = "".join(
        p.read_text(encoding="utf-8") for p in sorted(Path(extract.__file__).parent.glob("*.py"))
    )
    assert not re.search(r"""lang\s*[!=]=\s*["']""", source)


def test_the_country_a_hazard_struck_is_its_place() -> None:
    # no preposition: the object of "jolted" / "erschütterte" is where the quake struck, and
    # the compass part the text names is the part of the country (tests/events/
    # test_compass_parts.py)
    en = _events("A magnitude 6.1 quake jolted northern Japan on Monday.", "en")
    de = _events("Ein Beben der Stärke 6,1 erschütterte am Montag den Norden Japans.", "de")
    assert en == [("disaster", "northern Japan", "2025-06-09")]
    assert de == [("disaster", "northern Japan", "2025-06-09")]
