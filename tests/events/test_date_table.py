"""Every relative and dateline shape of issue 20 (classes 5 and 6) in both languages, against
a document date: the day, its precision and, for a span, its interval. Written for these
tests (other wording than the benchmark); nothing is guessed where the text gives no day."""

from __future__ import annotations

from datetime import date

import pytest

import geomap
from geomap.events import resolve_time

WED = date(2025, 6, 11)  # a Wednesday

# (expression, language, date, precision, interval start, interval end)
RELATIVE = [
    ("vor einer Woche", "de", "2025-06-04", "day", None, None),
    ("a week ago", "en", "2025-06-04", "day", None, None),
    ("vor zwei Tagen", "de", "2025-06-09", "day", None, None),
    ("two days ago", "en", "2025-06-09", "day", None, None),
    ("vor drei Wochen", "de", "2025-05-21", "day", None, None),
    ("three weeks ago", "en", "2025-05-21", "day", None, None),
    ("last Monday", "en", "2025-06-09", "day", None, None),
    ("am vergangenen Montag", "de", "2025-06-09", "day", None, None),
    ("last Wednesday", "en", "2025-06-04", "day", None, None),
    ("am vergangenen Mittwoch", "de", "2025-06-04", "day", None, None),
    ("next Saturday", "en", "2025-06-14", "day", None, None),
    ("am kommenden Samstag", "de", "2025-06-14", "day", None, None),
    ("in der Nacht zum Sonntag", "de", "2025-06-08", "day", "2025-06-07", "2025-06-08"),
    ("late on Sunday", "en", "2025-06-08", "day", None, None),
    ("in the early hours of Sunday", "en", "2025-06-08", "day", None, None),
    ("am frühen Sonntagmorgen", "de", "2025-06-08", "day", None, None),
    ("Monday evening", "en", "2025-06-09", "day", None, None),
    ("am Montagabend", "de", "2025-06-09", "day", None, None),
    ("yesterday", "en", "2025-06-10", "day", None, None),
    ("gestern", "de", "2025-06-10", "day", None, None),
    ("Anfang des Monats", "de", "2025-06-01", "month", "2025-06-01", "2025-06-10"),
    ("early this month", "en", "2025-06-01", "month", "2025-06-01", "2025-06-10"),
    ("Anfang Juni", "de", "2025-06-01", "month", "2025-06-01", "2025-06-10"),
    ("in early June", "en", "2025-06-01", "month", "2025-06-01", "2025-06-10"),
    ("Mitte Mai", "de", "2025-05-11", "month", "2025-05-11", "2025-05-20"),
    ("in mid-May", "en", "2025-05-11", "month", "2025-05-11", "2025-05-20"),
    ("Ende Mai", "de", "2025-05-21", "month", "2025-05-21", "2025-05-31"),
    ("late May", "en", "2025-05-21", "month", "2025-05-21", "2025-05-31"),
    ("im April", "de", "2025-04-01", "month", "2025-04-01", "2025-04-30"),
    ("in April", "en", "2025-04-01", "month", "2025-04-01", "2025-04-30"),
    ("last month", "en", "2025-05-01", "month", "2025-05-01", "2025-05-31"),
    ("im vergangenen Monat", "de", "2025-05-01", "month", "2025-05-01", "2025-05-31"),
    ("last week", "en", "2025-06-02", "week", "2025-06-02", "2025-06-08"),
    ("vergangene Woche", "de", "2025-06-02", "week", "2025-06-02", "2025-06-08"),
    ("earlier this week", "en", "2025-06-09", "week", "2025-06-09", "2025-06-11"),
    # the first third of the week (Monday-Tuesday), as "Anfang letzter Woche"
    ("Anfang der Woche", "de", "2025-06-09", "week", "2025-06-09", "2025-06-10"),
    ("over the weekend", "en", "2025-06-07", "week", "2025-06-07", "2025-06-08"),
    ("last weekend", "en", "2025-06-07", "week", "2025-06-07", "2025-06-08"),
    ("am Wochenende", "de", "2025-06-07", "week", "2025-06-07", "2025-06-08"),
    ("am vergangenen Wochenende", "de", "2025-06-07", "week", "2025-06-07", "2025-06-08"),
    ("on June 3", "en", "2025-06-03", "day", None, None),
    ("am 3. Juni", "de", "2025-06-03", "day", None, None),
    ("am 03.06.2025", "de", "2025-06-03", "day", None, None),
]


@pytest.mark.parametrize(("text", "lang", "day", "precision", "start", "end"), RELATIVE)
def test_relative_shape(text, lang, day, precision, start, end) -> None:
    v = resolve_time(text, lang, WED, "day")
    assert (v.date, v.precision, v.start, v.end) == (day, precision, start, end)


def test_a_weekend_reported_on_a_saturday_is_that_day() -> None:
    v = resolve_time("am Wochenende", "de", date(2025, 6, 14), "day")
    assert (v.start, v.end) == ("2025-06-14", "2025-06-14")


def test_a_weekday_without_a_known_day_is_not_guessed() -> None:
    v = resolve_time("last Monday", "en", date(2025, 6, 1), "month")
    assert v.date is None


# (text, language, --date, the lead event's day)
DATELINES = [
    (
        "LIMA, March 3, 2025 — Police arrested 40 protesters outside the congress building.",
        "en",
        None,
        "2025-03-03",
    ),
    (
        "Karachi, 14 August 2022 — Floods swept through low-lying districts of the city.",
        "en",
        None,
        "2022-08-14",
    ),
    (
        "Kampala, 4 May 2024: Police fired tear gas at protesters outside parliament on Friday.",
        "en",
        None,
        "2024-05-03",
    ),
    (
        "DHAKA, Bangladesh, July 21, 2024 (AP) — Students clashed with police in Dhaka.",
        "en",
        None,
        "2024-07-21",
    ),
    ("NAIROBI, 12.03.2024 - Ein Bus stürzte in eine Schlucht.", "de", None, "2024-03-12"),
    (
        "BERLIN, 3. März 2024 (dpa) - In Hamburg wurden am Samstag zwei Männer festgenommen.",
        "de",
        None,
        "2024-03-02",
    ),
    (
        "KAIRO, 7. Mai (Reuters) - Die Polizei nahm vor dem Parlament zwölf Demonstranten fest.",
        "de",
        "2025-05-07",
        "2025-05-07",
    ),
    (
        "ACCRA, Sept 9 (AP) — Police fired tear gas at protesters outside parliament.",
        "en",
        "2025-09-10",
        "2025-09-09",
    ),
    ("LAGOS, Nov. 30 — A tanker exploded on a highway in Lagos.", "en", "2024-12-01", "2024-11-30"),
    ("WIEN, 2. Okt. (APA) - Ein Zug entgleiste bei Linz.", "de", "2024-10-03", "2024-10-02"),
]


@pytest.mark.parametrize(("text", "lang", "given", "day"), DATELINES)
def test_dateline_shape_dates_the_lead(text, lang, given, day) -> None:
    events = geomap.analyze(text, lang=lang, date=given).events
    assert [(e.date, e.date_precision) for e in events] == [(day, "day")]


def test_a_dateline_without_a_year_and_no_date_gives_no_day() -> None:
    text = "ACCRA, Sept 9 (AP) — Police fired tear gas at protesters outside parliament."
    events = geomap.analyze(text, lang="en").events
    assert [e.date for e in events] == [None]
