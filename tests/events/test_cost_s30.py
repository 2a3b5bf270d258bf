"""Session 30 (h30-perf): the clause cutter asks its apposition scans of a sentence only when
the document holds what they look for, and keeps the same clauses.

``_clauses`` tests the whole text once for a comma before a day's date (``_COMMA_DATE``), a
comma around a year (``_COMMA_YEAR``) and a comma before a word of what a count includes
(``[clauses] inclusions``); a sentence is a slice of the text, so a text with none of them
has no sentence with one, and ``_kept_marks`` skips those scans. The property is held on
news copy of our own in both languages (the apposition in a later sentence, not the
first), and the events it keeps whole are read as before. The heading test (``_is_heading``)
answers a line with a non-ASCII character by its lower-case ASCII letters first: headings
in capitals with curly quotes, dashes, umlauts or another script stay headings, and lines in
sentence case stay text (docs/events.md, "Cost", session 30). Regions: none of the held-out
articles'.
"""

from __future__ import annotations

from typing import Any

import pytest

import geomap
from geomap.events import _sentences
from geomap.events._sentences import (
    _CLAUSE_CUT,
    _COMMA_DATE,
    _COMMA_YEAR,
    _clauses,
    _comma_phrases,
    _is_heading,
    _kept_marks,
)
from geomap.events._vocabulary import _lexicon
from tests.support.events import document

DAY = "2026-04-15"  # a Wednesday

_DATED_EN = (
    "MOMBASA, April 15 (Reuters) - Kenyan police said on Wednesday they were questioning "
    "dock workers after a theft at the port. Officers arrested two suspects on Tuesday, "
    "April 14, in Malindi, a police spokesman said. Both men were released on bail later."
)
_DATED_DE = (
    "Klagenfurt (APA) - Die Ermittlungen zu einer Einbruchsserie in Kärnten dauern an. Die "
    "Polizei nahm am Dienstag, dem 14. April, in Villach zwei Männer fest. Sie sollen in "
    "mehrere Geschäfte eingebrochen sein."
)
_COUNTED_EN = (
    "KADUNA, Nigeria (AP) - The attack lasted about an hour, residents said. Gunmen killed "
    "12 people, including three children, in a raid on a village near Zaria on Monday. The "
    "army said troops were deployed to the area."
)
_COUNTED_DE = (
    "Kaduna (dpa) - Die Armee schickte Soldaten in die Region. Bewaffnete töteten am Montag "
    "zwölf Menschen, darunter drei Kinder, in einem Dorf nahe Zaria. Die Täter flohen."
)
_YEAR_EN = (
    "Visitors returned to the park on Tuesday. The volcano's last major eruption, in 2017, "
    "destroyed a visitor centre near Rabaul. A new centre opened in Kokopo on Monday."
)
_YEAR_DE = (
    "Besucher kehrten am Dienstag in den Park zurück. Der letzte große Ausbruch, im Jahr "
    "2017, zerstörte ein Besucherzentrum bei Rabaul. Ein neues Zentrum öffnete am Montag."
)
_PLAIN_EN = (
    "A fire broke out at a warehouse in Kisii on Monday. Firefighters brought it under "
    "control within two hours, officials said."
)
_PLAIN_DE = (
    "In einer Lagerhalle in Kisii ist am Montag ein Feuer ausgebrochen. Die Feuerwehr "
    "brachte den Brand nach zwei Stunden unter Kontrolle, sagte ein Sprecher."
)
TEXTS = [
    ("en", _DATED_EN),
    ("de", _DATED_DE),
    ("en", _COUNTED_EN),
    ("de", _COUNTED_DE),
    ("en", _YEAR_EN),
    ("de", _YEAR_DE),
    ("en", _PLAIN_EN),
    ("de", _PLAIN_DE),
]


def _kept_both_ways(lang: str, text: str) -> list[tuple[set[int], set[int]]]:
    """Per sentence with a cut mark: the marks kept with the document's pre-tests (as
    ``_clauses`` asks them) and with every scan asked."""
    lex = _lexicon(lang)
    doc = document(text, lang)
    days = _COMMA_DATE.search(doc.text) is not None
    years = _COMMA_YEAR.search(doc.text) is not None
    held = any(map(doc.text.casefold().__contains__, _comma_phrases(tuple(lex.inclusions))))
    subject = (
        lex.subject_relatives,
        lex.pluperfect_ends,
        (lex.participle_copulas, lex.participle_endings),
        None,
    )
    appositions = (lex.apposition_openers, lex.apposition_not_after)
    out = []
    for sent in doc.sentences:
        marks = [m.span() for m in _CLAUSE_CUT.finditer(sent.text)]
        if not marks:
            continue
        fast = _kept_marks(
            sent.text,
            marks,
            lang,
            lex.inclusions if held else (),
            subject,
            appositions,
            days=days,
            years=years,
        )
        full = _kept_marks(sent.text, marks, lang, lex.inclusions, subject, appositions)
        out.append((fast, full))
    return out


def _cuts(lang: str, text: str) -> list[tuple[int, int]]:
    """The clauses of ``text`` as ``extract_events`` cuts them (no places: no list commas)."""
    lex = _lexicon(lang)
    doc = document(text, lang)
    clauses = _clauses(
        doc,
        lang,
        lex.inclusions,
        lex.person_relatives,
        lex.subject_relatives,
        lex.pluperfect_ends,
        (),
        (lex.apposition_openers, lex.apposition_not_after),
        (lex.participle_copulas, lex.participle_endings),
    )
    return [(c.start, c.end) for c in clauses]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_the_document_pre_tests_cut_the_same_clauses(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _cuts(lang, text)
    every = _sentences._kept_marks
    inclusions = _lexicon(lang).inclusions

    def every_scan(*args: Any, **_flags: Any) -> set[int]:
        # each sentence asked every scan, as before the document's pre-tests
        text, marks, lang, _, subject, appositions = args
        return every(text, marks, lang, inclusions, subject, appositions)

    monkeypatch.setattr(_sentences, "_kept_marks", every_scan)
    assert fast == _cuts(lang, text)


@pytest.mark.parametrize(
    ("lang", "text", "kept"),
    [
        ("en", _DATED_EN, True),
        ("de", _DATED_DE, True),
        ("en", _COUNTED_EN, True),
        ("de", _COUNTED_DE, True),
        ("en", _YEAR_EN, True),
        ("de", _YEAR_DE, True),
        ("en", _PLAIN_EN, False),
        ("de", _PLAIN_DE, False),
    ],
)
def test_the_appositions_are_kept_only_where_they_stand(lang: str, text: str, kept: bool) -> None:
    # the clauses above are held both where a scan finds its apposition and where the
    # document holds none (the scans skipped), so both paths of the pre-tests are asked
    assert any(fast for fast, _ in _kept_both_ways(lang, text)) is kept


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (e.kind, e.sub_kind, e.place_name, e.date)
        for e in geomap.analyze(text, lang=lang, date=DAY).events
    ]


@pytest.mark.parametrize(
    ("lang", "text", "place"), [("en", _DATED_EN, "Malindi"), ("de", _DATED_DE, "Villach")]
)
def test_a_date_in_apposition_to_its_day_still_dates_the_arrest(
    lang: str, text: str, place: str
) -> None:
    assert ("strategic_development", "arrest", place, "2026-04-14") in _events(text, lang)


@pytest.mark.parametrize(("lang", "text"), [("en", _COUNTED_EN), ("de", _COUNTED_DE)])
def test_a_count_with_what_it_includes_keeps_the_place_after_it(lang: str, text: str) -> None:
    assert ("violence_against_civilians", "attack", "Zaria", "2026-04-13") in _events(text, lang)


@pytest.mark.parametrize(("lang", "text"), [("en", _YEAR_EN), ("de", _YEAR_DE)])
def test_an_eruption_dated_by_a_year_in_apposition_is_history(lang: str, text: str) -> None:
    assert all(kind != "disaster" for kind, *_ in _events(text, lang))


@pytest.mark.parametrize(("lang", "text"), [("en", _PLAIN_EN), ("de", _PLAIN_DE)])
def test_a_text_with_no_apposition_reads_its_fire(lang: str, text: str) -> None:
    assert _events(text, lang)[:1] == [("accident", "industrial", "Kisii", "2026-04-13")]


# Headings (session 30): a line with a non-ASCII character (a curly quote, a dash, an
# umlaut) is first asked whether its lower-case ASCII letters alone make it no heading.


@pytest.mark.parametrize(
    "line",
    [
        "FIRE GUTS “LANDMARK” MARKET IN ELDORET",
        "POLICE ARREST 12 AFTER CLASHES — CURFEW IN KITALE TOWN",
        "BRAND IN MÜNCHNER LAGERHALLE — ZWEI VERLETZTE",
        "ΣΕΙΣΜΟΣ ΣΤΗΝ ΚΡΗΤΗ",
    ],
)
def test_a_capitalised_line_with_other_characters_is_a_heading(line: str) -> None:
    assert _is_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "Fire guts “landmark” market in Eldoret",
        "Ein Brand in einer Münchner Lagerhalle — zwei Verletzte",
        "NAIROBI — Police said the “suspects” fled",
        "UN: „Die Lage ist ernst“",
        "Σεισμός στην Κρήτη σήμερα",
    ],
)
def test_a_line_in_sentence_case_with_other_characters_is_none(line: str) -> None:
    assert not _is_heading(line)


def test_a_heading_in_capitals_gives_no_event_of_its_own() -> None:
    text = (
        "FIRE GUTS “LANDMARK” MARKET IN ELDORET\n\n"
        "A fire gutted the main market in Eldoret on Monday, destroying hundreds of stalls, "
        "police said."
    )
    events = _events(text, "en")
    assert [(kind, place) for kind, _, place, _ in events] == [("accident", "Eldoret")]
