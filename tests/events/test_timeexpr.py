"""Time expressions: finding them and resolving them against the article's date."""

from __future__ import annotations

from datetime import date

import pytest

from geomap.events import anchor_date, find_times, resolve_time
from geomap.model import Header

WED = date(2023, 9, 13)  # a Wednesday


def test_anchor_prefers_the_given_date():
    assert anchor_date(Header(date="2023-09"), date(2023, 9, 13)) == (date(2023, 9, 13), "day")


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("2023-09-13", (date(2023, 9, 13), "day")),
        ("2023-09", (date(2023, 9, 1), "month")),
        ("2023", (date(2023, 1, 1), "year")),
        ("nonsense", (None, None)),
        (None, (None, None)),
        ("2023-13", (None, None)),
    ],
)
def test_anchor_from_header(header, expected):
    assert anchor_date(Header(date=header), None) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("am Mittwoch", "de", "2023-09-13"),  # the anchor's own weekday is that day
        ("am Dienstag", "de", "2023-09-12"),
        ("am Montag", "de", "2023-09-11"),
        ("am Donnerstag", "de", "2023-09-07"),  # never in the future
        ("Mittwochabend", "de", "2023-09-13"),
        ("on Tuesday", "en", "2023-09-12"),
        ("on Wednesday", "en", "2023-09-13"),
        ("next Tuesday", "en", "2023-09-19"),
        ("last Wednesday", "en", "2023-09-06"),
        ("gestern", "de", "2023-09-12"),
        ("heute", "de", "2023-09-13"),
        ("vorgestern", "de", "2023-09-11"),
        ("yesterday", "en", "2023-09-12"),
        ("13. September 2023", "de", "2023-09-13"),
        ("am 2. Oktober", "de", "2022-10-02"),  # past preferred
        ("13.09.2023", "de", "2023-09-13"),
        ("Sept. 13", "en", "2023-09-13"),
        ("on March 3", "en", "2023-03-03"),
        ("3 March 2024", "en", "2024-03-03"),
        ("vor drei Tagen", "de", "2023-09-10"),
        ("two days ago", "en", "2023-09-11"),
    ],
)
def test_resolve_day(text, lang, expected):
    value = resolve_time(text, lang, WED, "day")
    assert value.date == expected
    assert value.precision == "day"
    assert value.text == text


@pytest.mark.parametrize(
    ("text", "lang", "relation", "same_day", "offset"),
    [
        ("wenige Stunden vor dem Treffen", "de", "before", True, 0),
        ("hours before the meeting", "en", "before", True, 0),
        ("zwei Tage nach dem Angriff", "de", "after", False, 2),
        ("three days before the summit", "en", "before", False, -3),
        ("nach dem Treffen", "de", "after", False, None),
    ],
)
def test_relative_to_an_event(text, lang, relation, same_day, offset):
    value = resolve_time(text, lang, WED, "day")
    assert value.date is None  # the event's own date decides
    assert value.relation == relation
    assert value.same_day is same_day
    assert value.offset_days == offset
    assert value.ref and value.ref.split()[-1] in text


@pytest.mark.parametrize(
    ("text", "lang", "offset", "relation"),
    [
        ("am Vortag", "de", -1, "before"),
        ("the day before", "en", -1, "before"),
        ("tags darauf", "de", 1, "after"),
        ("im Anschluss", "de", 0, "after"),
        ("afterwards", "en", 0, "after"),
    ],
)
def test_relative_to_the_previous_event(text, lang, offset, relation):
    value = resolve_time(text, lang, WED, "day")
    assert (value.ref, value.offset_days, value.relation) == ("previous", offset, relation)


def test_month_anchor_keeps_weekday_not_a_day():
    value = resolve_time("am Mittwoch", "de", date(2023, 9, 1), "month")
    assert value.date is None
    assert value.precision == "month"
    assert value.weekday == 2


def test_month_anchor_still_dates_explicit_days():
    # counted from the end of the month, so "13. September" is not pushed into 2022
    assert resolve_time("13. September", "de", date(2023, 9, 1), "month").date == "2023-09-13"


def test_no_anchor_no_invented_dates():
    assert resolve_time("am Mittwoch", "de", None, None).date is None
    assert resolve_time("gestern", "de", None, None).date is None
    assert resolve_time("13. September 2023", "de", None, None).date == "2023-09-13"


def test_week_and_month_phrases():
    # a span of days: its first day with the precision of the span, and the span itself
    week = resolve_time("earlier this week", "en", WED, "day")
    assert (week.date, week.precision) == ("2023-09-11", "week")
    assert (week.start, week.end) == ("2023-09-11", "2023-09-13")
    month = resolve_time("im März", "de", WED, "day")
    assert (month.date, month.precision, month.month) == ("2023-03-01", "month", "2023-03")
    assert (month.start, month.end) == ("2023-03-01", "2023-03-31")


def test_find_times_in_order_without_overlap():
    text = "Putin war nach russischen Angaben bereits am Montag in Moskau angekommen."
    spans = find_times(text, "de")
    assert [s.text for s in spans] == ["nach russischen Angaben bereits", "am Montag"]
    assert all(text[s.start : s.end] == s.text for s in spans)


def test_find_times_does_not_cross_lines():
    text = "KURZ VOR TREFFEN\n\nNur wenige Stunden vor dem Treffen feuerte X ab."
    spans = find_times(text, "de")
    assert "Nur wenige Stunden vor dem Treffen feuerte X ab" in [s.text for s in spans]
    assert all("\n" not in s.text for s in spans)


def test_may_is_a_month_only_in_context():
    spans = find_times("Troops may leave in May 2022 or on May 5.", "en")
    assert [(s.text, s.kind) for s in spans] == [("May 2022", "month"), ("May 5", "date")]


def test_unknown_text():
    value = resolve_time("irgendwann", "de", WED, "day")
    assert value.date is None and value.kind == "unknown"
