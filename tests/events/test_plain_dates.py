"""Plain explicit dates and counts of days ago are read without dateparser (loading it costs
a single check a quarter of a second of CPU): every answer of that reader must be the one
dateparser gives, and the shapes news copy uses most must not be left to dateparser."""

from __future__ import annotations

from datetime import date, datetime
from itertools import product

import pytest

from geomap.events import resolve_time
from geomap.events._timeexpr import _UNREAD, _dateparser_day, _lexicon, _plain_day

BASES = (datetime(2023, 8, 1), datetime(2024, 2, 29), datetime(2021, 12, 31))
DAYS = (1, 29, 31)
SHAPES = (
    "{m} {d}",
    "{m}. {d}",
    "{m} {d}th",
    "{m} {d}, 2018",
    "{m}. {d} 2008",
    "{m} {d}st, 2017",
    "{d} {m}",
    "{d}. {m}",
    "{d}. {m}.",
    "{d} {m} 2015",
    "{d}st {m} 2017",
    "{d}. {m} 2025",
    "{d} of {m}",
)


def _dates(lang: str) -> list[str]:
    out = []
    for month in _lexicon(lang).months:
        for spelling, d, shape in product((month.capitalize(), month.upper()), DAYS, SHAPES):
            out.append(shape.format(m=spelling, d=d))
    return out


def _counts(lang: str) -> list[str]:
    lex = _lexicon(lang)
    units = sorted(lex.day_units | lex.week_units | lex.same_day_units) + ["fortnight"]
    numbers = [*lex.numbers, "0", "1", "3", "12", "007", "99999999"]
    return [
        text
        for n, unit in product(numbers, units)
        for text in (f"{n} {unit} ago", f"vor {n} {unit}", f"Vor {n} {unit.capitalize()}")
    ]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_plain_reader_answers_as_dateparser(lang: str) -> None:
    lex = _lexicon(lang)
    differ = []
    read = 0
    for text, base in product(_dates(lang) + _counts(lang), BASES[:2]):
        plain = _plain_day(text, lex, base)
        if plain is _UNREAD:
            continue
        read += 1
        if plain != _dateparser_day(text, lang, base):
            differ.append((text, base.date(), plain, _dateparser_day(text, lang, base)))
    assert read > 1000
    assert differ == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("March 29, 2018", "en"),
        ("Sept. 30 2008", "en"),
        ("April 5th, 2018", "en"),
        ("Oct. 14", "en"),
        ("1st Oct 2017", "en"),
        ("17 August 2015", "en"),
        ("MARCH 29, 2018", "en"),
        ("two days ago", "en"),
        ("a week ago", "en"),
        ("3. September", "de"),
        ("11. Sept.", "de"),
        ("24. September 2025", "de"),
        ("vor drei Tagen", "de"),
        ("vor einer Woche", "de"),
    ],
)
def test_common_shapes_need_no_dateparser(text: str, lang: str) -> None:
    for base in BASES:
        got = _plain_day(text, _lexicon(lang), base)
        assert got is not _UNREAD
        assert got == _dateparser_day(text, lang, base)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("30 February", "en"), ("29. Februar", "de"), ("a fortnight ago", "en"), ("in May", "en")],
)
def test_other_shapes_are_left_to_dateparser(text: str, lang: str) -> None:
    assert _plain_day(text, _lexicon(lang), datetime(2023, 8, 1)) is _UNREAD


def test_resolved_dates_through_the_plain_reader() -> None:
    anchor = date(2025, 6, 11)
    assert resolve_time("on March 29", "en", anchor, "day").date == "2025-03-29"
    assert resolve_time("on December 3", "en", anchor, "day").date == "2024-12-03"
    assert resolve_time("am 3. September 2024", "de", anchor, "day").date == "2024-09-03"
    assert resolve_time("vor zehn Tagen", "de", anchor, "day").date == "2025-06-01"
    assert resolve_time("Febr. 3", "en", anchor, "day").date is None  # dateparser reads no day
