"""Session 24: the time patterns' key words are whole words where a match holds them so, and
a pattern may need one key of each of two groups (``_timeexpr.ALSO``).

The keys only decide which patterns are scanned over a text; the time expressions found
must be those of scanning every pattern (the long way round), on texts written for the
purpose: month names inside other words ("market", "Mainz") and at a word's edge
("mid-May", "May's", "Sept."), counts of years ago, nights, parts of a year before its
number ("early 2025", "mid-2024", "Anfang 2025") and days of the month after an opener
("on the 2nd", "am 4."), in both languages, with their look-alikes.
"""

from __future__ import annotations

import re

import pytest

from geomap.events import _timeexpr, find_times

TEXTS = [
    ("en", "The mayor of Marseille decided on Monday to reopen the market."),
    ("en", "A junior officer said the separation was decided in mid-May."),
    ("en", "Floods hit the region in May's last week and again on Sept. 3, 2024."),
    ("en", "THE STORM STRUCK ON MAY 5 AND AGAIN IN LATE JUNE."),
    ("en", "The mine collapsed two years ago; a second one caved in three months ago."),
    ("en", "The yearly report says years of drought preceded it, months before the vote."),
    ("en", "Rebels attacked the town during the night of Friday into Saturday."),
    ("en", "Overnight, the nightclub closed; on Friday night a fire broke out."),
    ("en", "Fighting flared in early 2025 and again by mid-2024, officials said."),
    ("en", "The 2024 budget ends early; 300 people left at the end of the week."),
    ("en", "The rally took place on the 2nd, not on the 2nd floor of the hall."),
    ("en", "On the 14th of May, 12 people were hurt; on the other 3 days none."),
    ("en", "In İzmir the quake struck on May 5, in early 2023, two years ago."),
    ("de", "Der Bürgermeister von Mainz entschied am Montag über den Marktplatz."),
    ("de", "Die Flut kam Mitte Mai und erneut am 3. Sept. 2024 in Passau."),
    ("de", "Vor zwei Jahren stürzte die Mine ein, vor drei Monaten eine zweite."),
    ("de", "In der Nacht zum Sonntag griffen Rebellen den Ort an; nachts war es ruhig."),
    ("de", "Anfang 2025 und Mitte-2024 kam es zu Kämpfen, 2023 blieb es ruhig."),
    ("de", "Die Kundgebung fand am 4. statt, nicht am 4. Tag der Woche."),
    ("de", "Das Jahr 2024 endete früh; 300 Menschen gingen am Ende der Woche."),
    ("de", "In İzmir bebte am 5. Mai die Erde, Anfang 2023 und vor zwei Jahren."),
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_the_keys_find_what_scanning_every_pattern_finds(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [text, text.upper(), text.lower(), *text.split("; ")]
    keyed = [find_times(t, language) for t in texts for language in ("en", "de")]
    assert any(keyed) or "Mainz" in text or "Marseille" in text
    # every pattern scanned over every text: all key words held
    monkeypatch.setattr(_timeexpr._KeyWords, "held", lambda self, folded: -1)
    assert [find_times(t, language) for t in texts for language in ("en", "de")] == keyed


def _scanned_kinds(lang: str, text: str) -> set[str]:
    lex = _timeexpr._lexicon(lang)
    keys = lex.key_words
    return {lex.lowered[n][0] for n in keys.scanned(keys.held(text.casefold()))}


MONTHS = frozenset({"month", "dayrange", "date"})
AGO = frozenset({"ago", "monthsago", "yearsago"})


@pytest.mark.parametrize(
    ("lang", "text", "kinds"),
    [
        # the month's key is the whole word: "mar", "dec", "jun", "mai" inside other words
        # are no reason to scan the month patterns (before: the name found inside any word)
        ("en", "The mayor decided on the market's separate junior section.", MONTHS),
        ("de", "Der Bürgermeister von Mainz entschied über den Marktplatz.", MONTHS),
        # "vor" and its unit, or "ago", as whole words: a unit alone ("years of drought") or
        # "vor" without a count's unit ("vor dem Rathaus") scans no count of time ago
        ("en", "The yearly report counts years of drought and months of favourable rain.", AGO),
        ("de", "Vor dem Rathaus versammelten sich Händler aus dem Umland.", AGO),
    ],
)
def test_a_look_alike_scans_no_such_pattern(lang: str, text: str, kinds: frozenset[str]) -> None:
    assert not _scanned_kinds(lang, text) & kinds
    assert not {s.kind for s in find_times(text, lang)} & kinds


@pytest.mark.parametrize(
    ("lang", "without", "with_part"),
    [
        ("en", "The 2024 budget was passed by 300 votes.", "Fighting flared in early 2025."),
        ("de", "Der Haushalt 2024 wurde mit 300 Stimmen beschlossen.", "Anfang 2025 kam es dazu."),
    ],
)
def test_a_year_part_needs_a_digit_and_a_part_word(lang: str, without: str, with_part: str) -> None:
    lex = _timeexpr._lexicon(lang)
    keys = lex.key_words
    digit_parts = [
        n
        for n, (kind, pattern, _) in enumerate(lex.lowered)
        if kind == "yearpart" and r"\d{4}" in pattern.pattern
    ]
    assert digit_parts
    for n in digit_parts:
        assert n not in keys.scanned(keys.held(without.casefold()))
        assert n in keys.scanned(keys.held(with_part.casefold()))
    assert [s.kind for s in find_times(with_part, lang)] == ["yearpart"]


def test_key_groups_need_a_key_on_each_side() -> None:
    assert _timeexpr._key_groups(("a", "b")) == (("a", "b"), ())
    assert _timeexpr._key_groups((r"\d", _timeexpr.ALSO, "=x")) == ((r"\d",), ("=x",))
    with pytest.raises(ValueError, match="each side"):
        _timeexpr._key_groups((r"\d", _timeexpr.ALSO))


def test_the_marks_that_fold_to_a_word_character_are_known() -> None:
    # whole-word keys are read from the case-folded text; a non-word code point that folds
    # to a word character would join the word before it, so find_times reads it as a space
    word = re.compile(r"\w")
    derived = {
        chr(cp)
        for cp in range(0x110000)
        if not word.match(chr(cp)) and any(map(word.match, chr(cp).casefold()))
    }
    assert derived == set(_timeexpr._FOLDS_TO_WORD)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Floods hit the town on May\u0345 5, 2024 and in early\u0345 2025."),
        ("en", "The strike came two years\u0345 ago, overnight\u0345 into Friday."),
        ("de", "Vor\u0345 zwei Jahren\u0345 kam am 3. Mai\u0345 die Flut."),
    ],
)
def test_a_mark_that_folds_to_a_letter_keeps_the_word_whole(
    lang: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    keyed = find_times(text, lang)
    assert keyed
    monkeypatch.setattr(_timeexpr._KeyWords, "held", lambda self, folded: -1)
    assert find_times(text, lang) == keyed
