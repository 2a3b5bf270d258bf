"""Session 27 (h27-perf): the events' cheaper answers are the long way's answers.

Two per-word answers are found by one index probe instead of a remembered glob answer per
lexicon entry (the figurative entries a trigger word opens, the quantity field a word
names), two globs of whole words are asked by their word sets, and two readers test a
word set before walking phrases (the negative phrases before a trigger, the inquiry phrases
before an event noun). These tests hold each short answer to the long one over the lexicon
files' own words (so a word added later is covered) and check the readers on sentences of
our own, in both languages and other regions than the corpora's (docs/events.md, "Cost",
session 27).
"""

from __future__ import annotations

import pytest

import geomap
from geomap.events._vocabulary import _QUANTITY_FIELDS, _Glob, _lexicon

DAY = "2026-04-15"  # a Wednesday


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.trigger, e.kind, e.date) for e in geomap.analyze(text, lang=lang, date=DAY).events]


def _words_of(globs: list[_Glob]) -> set[str]:
    """Words each pattern of ``globs`` matches or nearly matches: the pattern's own word,
    with letters before and after it, capitalised and upper-cased."""
    out: set[str] = {"", "x", "the", "Mendoza", "2025", "5,8"}
    for g in globs:
        for p in g.patterns:
            core = p.strip("*").replace("*", "")
            for w in (core, f"{core}s", f"x{core}", f"{core}x", core[:-1], core[1:]):
                out.update((w, w.capitalize(), w.upper()))
    return out


@pytest.mark.parametrize("lang", ["de", "en"])
def test_figurative_entries_of_a_word_are_the_long_ways(lang: str) -> None:
    lex = _lexicon(lang)
    assert lex.figurative  # the lexicon's entries were read
    for word in sorted(_words_of([e[0] for e in lex.figurative])):
        long_way = tuple(e for e in lex.figurative if e[0].match(word))
        assert lex.figurative_of(word) == long_way, word


@pytest.mark.parametrize("lang", ["de", "en"])
def test_quantity_field_of_a_word_is_the_long_ways(lang: str) -> None:
    lex = _lexicon(lang)
    globs = [lex.quantity_words[f] for f in _QUANTITY_FIELDS]
    assert any(globs)
    for word in sorted(_words_of(globs)):
        long_way = next((f for f in _QUANTITY_FIELDS if lex.quantity_words[f].match(word)), None)
        assert lex.quantity_field(word) == long_way, word


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_inquiry_phrase_ends_with_a_last_word(lang: str) -> None:
    lex = _lexicon(lang)
    assert lex.inquiries
    assert lex.inquiry_lasts is not None
    for phrase in lex.inquiries:
        assert phrase[-1] in lex.inquiry_lasts, phrase


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the inquiry is the news, the sinking it looks into is known
        ("An inquiry into the ferry sinking off Oulu opened on Tuesday.", "en", []),
        ("Die Untersuchung zum Fährunglück vor Oulu begann am Dienstag.", "de", []),
        # guards: an indefinite noun after the phrase is a new event, and no phrase at all
        (
            "An inquiry into a ferry sinking that killed six people off Oulu opened on Tuesday.",
            "en",
            [("sinking", "accident", "2026-04-14")],
        ),
        (
            "A ferry sank off Oulu on Tuesday, killing six people.",
            "en",
            [("sank", "accident", "2026-04-14")],
        ),
        (
            "Eine Fähre ist am Dienstag vor Oulu gesunken, sechs Menschen starben.",
            "de",
            [("gesunken", "accident", "2026-04-14")],
        ),
    ],
)
def test_inquiries_still_read(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    assert _events(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a negative phrase of several words heads the subject: nothing happened
        ("No one was arrested in Debrecen on Tuesday.", "en", []),
        ("None of the protesters were arrested in Debrecen on Tuesday.", "en", []),
        ("Niemand wurde am Dienstag in Debrecen festgenommen.", "de", []),
        # guards: a count instead of the negation stays an arrest
        (
            "Police arrested five men in Debrecen on Tuesday.",
            "en",
            [("arrested", "strategic_development", "2026-04-14")],
        ),
        (
            "Die Polizei nahm am Dienstag in Debrecen fünf Männer fest.",
            "de",
            [("nahm ... fest", "strategic_development", "2026-04-14")],
        ),
    ],
)
def test_negative_phrases_still_read(
    text: str, lang: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _events(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "magnitude", "dead", "injured"),
    [
        ("A magnitude 5.8 earthquake struck near Mendoza on Tuesday.", "en", 5.8, None, None),
        (
            "An earthquake of magnitude 5.8 struck near Mendoza on Tuesday, killing three people.",
            "en",
            5.8,
            3,
            None,
        ),
        (
            "Ein Erdbeben der Stärke 5,8 erschütterte am Dienstag die Region um Mendoza, "
            "drei Menschen starben.",
            "de",
            5.8,
            3,
            None,
        ),
        # guard: no magnitude word, the counts still read
        (
            "A bus crashed near Mendoza on Tuesday, killing 12 people and injuring 30.",
            "en",
            None,
            12,
            30,
        ),
    ],
)
def test_quantities_still_read(
    text: str, lang: str, magnitude: float | None, dead: int | None, injured: int | None
) -> None:
    (event,) = geomap.analyze(text, lang=lang, date=DAY).events
    assert (event.magnitude, event.dead, event.injured) == (magnitude, dead, injured)


def test_armed_subject_still_no_protest() -> None:
    # "Rebels strike": an armed subject, no protest; "Thousands protest": a protest
    assert _events("Rebels strike in Kandahar on Tuesday.", "en") == []
    assert _events("Thousands protest in Mendoza on Tuesday.", "en") == [
        ("protest", "protest", "2026-04-14")
    ]
