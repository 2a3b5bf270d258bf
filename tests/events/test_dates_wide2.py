"""A second wide date table (issue 20, classes 5 and 6): wording the first table
(``test_dates_wide.py``) does not hold, and every row's event checked to be still found.

The expectations were worked out by hand on a calendar, not read from geomap. The document
date is Friday 20 June 2025: 1 June 2025 is a Sunday, so this week is Monday 16 to Sunday
22 June (cut at Friday the 20th), last week Monday 9 to Sunday 15 June; May has 31 days,
April 30. A third of a month is days 1-10, 11-20 and 21 to its end, a half days 1-15 and
16 to its end; a third of a year January-April, May-August, September-December; a third of
a week Monday-Tuesday, Tuesday-Thursday, Thursday-Sunday (docs/events.md, "Time"). A span
that reaches past the document date ends on it; one that starts after it gives no day.
The sentences are written for these tests (places and wording of no benchmark article).
"""

from __future__ import annotations

from datetime import date

import pytest

import geomap
from geomap.events import resolve_time

FRI = date(2025, 6, 20)  # a Friday
D = "2025-06-20"

# (expression, language, date, precision, interval start, interval end)
SPANS = [
    # a third of a named month, of this month, of last month
    ("Anfang Juni", "de", "2025-06-01", "month", "2025-06-01", "2025-06-10"),
    ("Mitte Juni", "de", "2025-06-11", "month", "2025-06-11", "2025-06-20"),
    ("Mitte Mai", "de", "2025-05-11", "month", "2025-05-11", "2025-05-20"),
    ("Ende April", "de", "2025-04-21", "month", "2025-04-21", "2025-04-30"),
    ("gegen Ende Mai", "de", "2025-05-21", "month", "2025-05-21", "2025-05-31"),
    ("Ende letzten Monats", "de", "2025-05-21", "month", "2025-05-21", "2025-05-31"),
    ("Anfang vergangenen Monats", "de", "2025-05-01", "month", "2025-05-01", "2025-05-10"),
    ("Mitte des Vormonats", "de", "2025-05-11", "month", "2025-05-11", "2025-05-20"),
    ("in der Monatsmitte", "de", "2025-06-11", "month", "2025-06-11", "2025-06-20"),
    ("Anfang Mai 2024", "de", "2024-05-01", "month", "2024-05-01", "2024-05-10"),
    ("im Mai dieses Jahres", "de", "2025-05-01", "month", "2025-05-01", "2025-05-31"),
    ("at the start of the month", "en", "2025-06-01", "month", "2025-06-01", "2025-06-10"),
    ("in early March", "en", "2025-03-01", "month", "2025-03-01", "2025-03-10"),
    ("in late April", "en", "2025-04-21", "month", "2025-04-21", "2025-04-30"),
    ("by mid-June", "en", "2025-06-11", "month", "2025-06-11", "2025-06-20"),
    ("at the end of May", "en", "2025-05-21", "month", "2025-05-21", "2025-05-31"),
    ("toward the end of last month", "en", "2025-05-21", "month", "2025-05-21", "2025-05-31"),
    ("early last month", "en", "2025-05-01", "month", "2025-05-01", "2025-05-10"),
    ("in the middle of the month", "en", "2025-06-11", "month", "2025-06-11", "2025-06-20"),
    ("in the first days of June", "en", "2025-06-01", "month", "2025-06-01", "2025-06-10"),
    ("in early May 2024", "en", "2024-05-01", "month", "2024-05-01", "2024-05-10"),
    ("in May this year", "en", "2025-05-01", "month", "2025-05-01", "2025-05-31"),
    # a half of a month
    ("in der ersten Maihälfte", "de", "2025-05-01", "month", "2025-05-01", "2025-05-15"),
    ("in der zweiten Aprilhälfte", "de", "2025-04-16", "month", "2025-04-16", "2025-04-30"),
    ("in der zweiten Junihälfte", "de", "2025-06-16", "month", "2025-06-16", "2025-06-20"),
    ("in der ersten Hälfte des Monats", "de", "2025-06-01", "month", "2025-06-01", "2025-06-15"),
    ("in the first half of May", "en", "2025-05-01", "month", "2025-05-01", "2025-05-15"),
    ("in the second half of April", "en", "2025-04-16", "month", "2025-04-16", "2025-04-30"),
    ("in the first half of the month", "en", "2025-06-01", "month", "2025-06-01", "2025-06-15"),
    # a third of a year, named by its number or as this or last year
    ("Anfang 2024", "de", "2024-01-01", "year", "2024-01-01", "2024-04-30"),
    ("Ende 2024", "de", "2024-09-01", "year", "2024-09-01", "2024-12-31"),
    ("Mitte des Jahres", "de", "2025-05-01", "year", "2025-05-01", "2025-06-20"),
    ("Mitte vergangenen Jahres", "de", "2024-05-01", "year", "2024-05-01", "2024-08-31"),
    ("in late 2024", "en", "2024-09-01", "year", "2024-09-01", "2024-12-31"),
    ("in early 2025", "en", "2025-01-01", "year", "2025-01-01", "2025-04-30"),
    ("at the start of the year", "en", "2025-01-01", "year", "2025-01-01", "2025-04-30"),
    ("in the middle of last year", "en", "2024-05-01", "year", "2024-05-01", "2024-08-31"),
    # the night to a day
    ("in der Nacht auf den Montag", "de", "2025-06-16", "day", "2025-06-15", "2025-06-16"),
    # the latest weekend
    ("this past weekend", "en", "2025-06-14", "week", "2025-06-14", "2025-06-15"),
    # a third of this week or last week
    ("Anfang der Woche", "de", "2025-06-16", "week", "2025-06-16", "2025-06-17"),
    ("Mitte dieser Woche", "de", "2025-06-17", "week", "2025-06-17", "2025-06-19"),
    ("zu Wochenbeginn", "de", "2025-06-16", "week", "2025-06-16", "2025-06-17"),
    ("Ende letzter Woche", "de", "2025-06-12", "week", "2025-06-12", "2025-06-15"),
    ("early this week", "en", "2025-06-16", "week", "2025-06-16", "2025-06-17"),
    ("at the end of last week", "en", "2025-06-12", "week", "2025-06-12", "2025-06-15"),
    ("at the beginning of last week", "en", "2025-06-09", "week", "2025-06-09", "2025-06-10"),
]

# a span of days: the first day (when it began), precision day, and the span
RANGES = [
    ("on 14 and 15 June", "en", "2025-06-14", "2025-06-15"),
    ("June 9-11", "en", "2025-06-09", "2025-06-11"),
    ("between May 30 and 31", "en", "2025-05-30", "2025-05-31"),
    ("from 2 to 4 June 2024", "en", "2024-06-02", "2024-06-04"),
    ("am 14. und 15. Juni", "de", "2025-06-14", "2025-06-15"),
    ("vom 9. bis 11. Juni", "de", "2025-06-09", "2025-06-11"),
    ("vom 9.-11. Juni", "de", "2025-06-09", "2025-06-11"),
]

# still to come on Friday 20 June: no day, the precision kept
NOT_YET = [
    ("Anfang nächsten Monats", "de", "month"),
    ("Ende des Jahres", "de", "year"),
    ("by the end of the month", "en", "month"),
    ("later this month", "en", "month"),
]

# (expression, language, day): one day, no span
DAYS = [
    ("vor fünf Tagen", "de", "2025-06-15"),
    ("five days ago", "en", "2025-06-15"),
    ("a fortnight ago", "en", "2025-06-06"),
    ("vor 48 Stunden", "de", "2025-06-18"),
    ("48 hours ago", "en", "2025-06-18"),
    ("am Mittwochmorgen", "de", "2025-06-18"),
    ("Wednesday night", "en", "2025-06-18"),
    ("vergangenen Samstag", "de", "2025-06-14"),
    ("am vorigen Dienstag", "de", "2025-06-17"),
    ("am Montag dieser Woche", "de", "2025-06-16"),
    ("this past Monday", "en", "2025-06-16"),
    ("last Saturday", "en", "2025-06-14"),
    ("gestern Nachmittag", "de", "2025-06-19"),
    ("yesterday afternoon", "en", "2025-06-19"),
    ("late yesterday", "en", "2025-06-19"),
    ("earlier today", "en", "2025-06-20"),
    ("am Dienstag, dem 17. Juni", "de", "2025-06-17"),
    ("on the 3rd of June", "en", "2025-06-03"),
    ("Jun. 3", "en", "2025-06-03"),
    ("am 3.6.", "de", "2025-06-03"),
]


@pytest.mark.parametrize(("text", "lang", "day", "precision", "start", "end"), SPANS)
def test_span_shape(text, lang, day, precision, start, end) -> None:
    v = resolve_time(text, lang, FRI, "day")
    assert (v.date, v.precision, v.start, v.end) == (day, precision, start, end)


@pytest.mark.parametrize(("text", "lang", "start", "end"), RANGES)
def test_a_span_of_days_starts_on_its_first(text, lang, start, end) -> None:
    v = resolve_time(text, lang, FRI, "day")
    assert (v.date, v.precision, v.start, v.end) == (start, "day", start, end)
    for sentence in _sentences(text, lang):
        assert _days(sentence, lang) == [(start, "day")], sentence


def test_a_day_before_an_event_noun_is_no_count() -> None:
    # "14 earthquakes" counts earthquakes (background); "the June 14 earthquake" is one
    assert _days("The June 14 earthquake killed 12 people in Van.", "en") == [("2025-06-14", "day")]
    assert _days("Van was hit by 14 earthquakes in June.", "en") == []


@pytest.mark.parametrize(("text", "lang", "precision"), NOT_YET)
def test_a_span_still_to_come_gives_no_day(text, lang, precision) -> None:
    v = resolve_time(text, lang, FRI, "day")
    assert (v.date, v.precision) == (None, precision)


@pytest.mark.parametrize(("text", "lang", "day"), DAYS)
def test_day_shape(text, lang, day) -> None:
    v = resolve_time(text, lang, FRI, "day")
    assert (v.date, v.precision) == (day, "day")


def _days(text: str, lang: str, given: str | None = D) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.date_precision) for e in geomap.analyze(text, lang=lang, date=given).events]


# Date words must never make an event disappear: each span and day above, inside and in
# front of an arrest and a protest sentence, still gives its event, with the words' date.
def _sentences(expr: str, lang: str) -> list[str]:
    if lang == "de":
        return [
            f"Die Polizei nahm {expr} in Graz zwei Männer fest.",
            f"{expr[0].upper()}{expr[1:]} demonstrierten Hunderte Menschen in Linz.",
        ]
    return [
        f"Police arrested two men in Mombasa {expr}.",
        f"{expr[0].upper()}{expr[1:]}, hundreds of people protested in Quito.",
    ]


@pytest.mark.parametrize(("text", "lang", "day", "precision", "start", "end"), SPANS)
def test_span_words_keep_the_event(text, lang, day, precision, start, end) -> None:
    for sentence in _sentences(text, lang):
        assert _days(sentence, lang) == [(day, precision)], sentence


# A date in apposition after a comma (``am Dienstag, dem 17. Juni``) no longer cuts the
# clause there (``_date_appositions`` in geomap/events/_extract.py), so a German split verb
# (``nahm ... fest``) keeps its particle and the event.
@pytest.mark.parametrize(("text", "lang", "day"), DAYS)
def test_day_words_keep_the_event(text, lang, day) -> None:
    for sentence in _sentences(text, lang):
        assert _days(sentence, lang) == [(day, "day")], sentence


# Offsets from an earlier event: (text, language, the events' days)
OFFSETS = [
    (
        "Ein Erdbeben erschütterte am Montag die Provinz Van. Am Folgetag besuchte der "
        "Innenminister die Stadt Van.",
        "de",
        ["2025-06-16", "2025-06-17"],
    ),
    (
        "Ein Erdbeben erschütterte am Montag die Provinz Van. Am nächsten Tag besuchte der "
        "Innenminister die Stadt Van.",
        "de",
        ["2025-06-16", "2025-06-17"],
    ),
    (
        "Die Polizei nahm am Mittwoch in Graz zwei Männer fest. Zwei Tage zuvor hatten "
        "Hunderte Menschen in Graz demonstriert.",
        "de",
        ["2025-06-18", "2025-06-16"],
    ),
    (
        "Die Polizei nahm am Mittwoch in Graz zwei Männer fest. Tags zuvor hatten "
        "Hunderte Menschen in Graz demonstriert.",
        "de",
        ["2025-06-18", "2025-06-17"],
    ),
    (
        "Die Polizei nahm am Montag in Graz zwei Männer fest. Einen Tag später "
        "demonstrierten Hunderte Menschen in Graz.",
        "de",
        ["2025-06-16", "2025-06-17"],
    ),
    (
        "Die Polizei nahm am Montag in Graz zwei Männer fest. Drei Tage später "
        "demonstrierten Hunderte Menschen in Graz.",
        "de",
        ["2025-06-16", "2025-06-19"],
    ),
    (
        "Ein Erdbeben erschütterte am 2. Juni die Provinz Van. Zwei Wochen nach dem Erdbeben "
        "besuchte der Innenminister die Stadt Van.",
        "de",
        ["2025-06-02", "2025-06-16"],
    ),
    (
        "Die Polizei nahm am Montag in Graz zwei Männer fest. Wenige Stunden später "
        "demonstrierten Hunderte Menschen in Graz.",
        "de",
        ["2025-06-16", "2025-06-16"],
    ),
    (
        "Die Polizei nahm am Montag in Graz zwei Männer fest. 24 Stunden später "
        "demonstrierten Hunderte Menschen in Graz.",
        "de",
        ["2025-06-16", "2025-06-17"],
    ),
    (
        # an accident noun for the quake reported before (lexicon related_types)
        "Ein Erdbeben erschütterte am Montag die Provinz Van. Zwei Tage nach dem Unglück "
        "besuchte der Innenminister die Stadt Van.",
        "de",
        ["2025-06-16", "2025-06-18"],
    ),
    (
        # "the attack" names gunmen killing churchgoers (a related type, lexicon data)
        "Gunmen attacked a church in Kaduna on Sunday. Two days after the attack, police "
        "arrested four suspects in Kaduna.",
        "en",
        ["2025-06-15", "2025-06-17"],
    ),
    (
        "Bewaffnete griffen am Sonntag eine Kirche in Kaduna an. Zwei Tage nach dem Angriff "
        "nahm die Polizei in Kaduna vier Verdächtige fest.",
        "de",
        ["2025-06-15", "2025-06-17"],
    ),
    (
        "An earthquake struck Van province on Monday. Three days after the earthquake, the "
        "interior minister visited Van.",
        "en",
        ["2025-06-16", "2025-06-19"],
    ),
    (
        "An earthquake struck Van province on Monday. A day after the quake, the interior "
        "minister visited Van.",
        "en",
        ["2025-06-16", "2025-06-17"],
    ),
    (
        "Police arrested two men in Mombasa on Monday. 48 hours later, hundreds of people "
        "protested in Mombasa.",
        "en",
        ["2025-06-16", "2025-06-18"],
    ),
    (
        "Police arrested two men in Mombasa on Monday. Hours later, hundreds of people "
        "protested in Mombasa.",
        "en",
        ["2025-06-16", "2025-06-16"],
    ),
    (
        "Police arrested two men in Mombasa on Wednesday. The previous day, hundreds of "
        "people had protested in Mombasa.",
        "en",
        ["2025-06-18", "2025-06-17"],
    ),
    (
        "Police arrested two men in Mombasa on June 2. Two weeks later, hundreds of people "
        "protested in Mombasa.",
        "en",
        ["2025-06-02", "2025-06-16"],
    ),
    (
        "Police arrested two men in Mombasa on Monday. The next day, hundreds of people "
        "protested in Mombasa.",
        "en",
        ["2025-06-16", "2025-06-17"],
    ),
    (
        "Police arrested two men in Mombasa on Monday. Three days later, hundreds of people "
        "protested in Mombasa.",
        "en",
        ["2025-06-16", "2025-06-19"],
    ),
]


@pytest.mark.parametrize(("text", "lang", "days"), OFFSETS)
def test_offset_from_an_earlier_event(text, lang, days) -> None:
    assert _days(text, lang) == [(day, "day") for day in days]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Police arrested two men in Mombasa on June 2. The following week, hundreds of "
            "people protested in Mombasa.",
            "en",
        ),
        (
            "Die Polizei nahm am 2. Juni in Graz zwei Männer fest. In der Woche darauf "
            "demonstrierten Hunderte Menschen in Graz.",
            "de",
        ),
    ],
)
def test_the_week_after_gives_no_day_but_the_order(text, lang) -> None:
    first, later = geomap.analyze(text, lang=lang, date=D).events
    assert first.date == "2025-06-02"
    assert later.date is None  # not the 2nd (the event before's day), and no guess
    assert later.relation == "after:0"


def test_two_days_afterwards_counts_two_days() -> None:
    assert _days(
        "Police arrested two men in Mombasa on June 2. Two days afterwards, hundreds of "
        "people protested in Mombasa.",
        "en",
    ) == [("2025-06-02", "day"), ("2025-06-04", "day")]


def test_an_offset_from_an_undated_event_gives_no_day() -> None:
    for text, lang in (
        (
            "An earthquake struck Van province. Two days after the quake, the interior "
            "minister visited Van.",
            "en",
        ),
        (
            "Ein Erdbeben erschütterte die Provinz Van. Am Tag nach dem Beben besuchte der "
            "Innenminister die Stadt Van.",
            "de",
        ),
    ):
        days = _days(text, lang)
        assert len(days) == 2, text
        assert [day for day, _ in days] == [None, None], text


# Offsets from the document date, inside a sentence
@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Police arrested two men in Mombasa five days ago.", "en", "2025-06-15"),
        ("Die Polizei nahm vor fünf Tagen in Graz zwei Männer fest.", "de", "2025-06-15"),
        ("Police arrested two men in Mombasa yesterday afternoon.", "en", "2025-06-19"),
        ("Die Polizei nahm gestern Nachmittag in Graz zwei Männer fest.", "de", "2025-06-19"),
    ],
)
def test_offset_from_the_document_date(text, lang, day) -> None:
    assert _days(text, lang) == [(day, "day")]


# No date words (docs/events.md, "No date words, no day"): an event takes the day of the
# event before it in its paragraph; with nothing dated before it, it has no day, whatever
# the document date.
def test_an_undated_event_after_a_dated_one_in_its_paragraph_takes_its_day() -> None:
    assert (
        _days(
            "Police arrested two men in Mombasa on Tuesday. Hundreds of people protested in "
            "Mombasa.",
            "en",
        )
        == [("2025-06-17", "day")] * 2
    )
    assert (
        _days(
            "Die Polizei nahm am Dienstag in Graz zwei Männer fest. Hunderte Menschen "
            "demonstrierten in Graz.",
            "de",
        )
        == [("2025-06-17", "day")] * 2
    )


def test_an_undated_event_before_a_dated_one_has_no_day() -> None:
    en = _days(
        "Hundreds of people protested in Mombasa. Police arrested two men in Mombasa on Tuesday.",
        "en",
    )
    assert en[0][0] is None and en[1] == ("2025-06-17", "day")
    de = _days(
        "Hunderte Menschen demonstrierten in Graz. Am Dienstag nahm die Polizei in Graz zwei "
        "Männer fest.",
        "de",
    )
    assert de[0][0] is None and de[1] == ("2025-06-17", "day")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("MOMBASA (Reuters) - Police arrested two men in Mombasa.", "en"),
        ("GRAZ (APA) - Die Polizei nahm in Graz zwei Männer fest.", "de"),
        (
            "Hunderte Menschen demonstrierten in Graz.\n\nIn Linz nahm die Polizei zwei "
            "Männer fest.",
            "de",
        ),
        (
            "Hundreds of people protested in Quito.\n\nIn Guayaquil, police arrested two men.",
            "en",
        ),
    ],
)
def test_no_date_words_anywhere_give_no_day(text, lang) -> None:
    for given in (D, None):
        days = _days(text, lang, given)
        assert days, text
        assert all(day is None and precision != "day" for day, precision in days), text


# (text, language, --date, the lead event's day)
DATELINES = [
    # with a year
    ("Quetta, 14 August 2022 — Police arrested two men in Quetta.", "en", None, "2022-08-14"),
    (
        "ASUNCIÓN, Paraguay, Tuesday, May 6, 2025 (AP) — Police arrested two men in Asunción.",
        "en",
        None,
        "2025-05-06",
    ),
    (
        "Hanoi, 03.05.2025 (AFP) – Police arrested two men in Hanoi.",
        "en",
        None,
        "2025-05-03",
    ),
    (
        "BERLIN, 2025-05-03 (dpa) - In Berlin wurden zwei Männer festgenommen.",
        "de",
        None,
        "2025-05-03",
    ),
    (
        "Kairo, 6. Mai 2025 (dpa) – In Kairo wurden zwei Männer festgenommen.",
        "de",
        None,
        "2025-05-06",
    ),
    # day and month: the year from --date (the latest such day not after it)
    (
        "MOSKAU, 3. Okt. (Reuters) - In Moskau wurden zwei Männer festgenommen.",
        "de",
        "2025-10-04",
        "2025-10-03",
    ),
    (
        "OSLO, 2. Jan. (dpa) - In Oslo wurden zwei Männer festgenommen.",
        "de",
        "2025-01-03",
        "2025-01-02",
    ),
    (
        "KIEW, 30. Dezember (dpa) - In Kiew wurden zwei Männer festgenommen.",
        "de",
        "2026-01-02",
        "2025-12-30",
    ),
    (
        "PRAG, 5. Mai /AFP/ - In Prag wurden zwei Männer festgenommen.",
        "de",
        "2025-05-06",
        "2025-05-05",
    ),
    (
        "SEOUL, Sept. 30 (Yonhap) -- Police arrested two men in Seoul.",
        "en",
        "2025-10-01",
        "2025-09-30",
    ),
    (
        "HANOI, Nov 5 (AFP) - Police arrested two men in Hanoi.",
        "en",
        "2025-11-06",
        "2025-11-05",
    ),
    (
        "MOMBASA, Tuesday, May 6 — Police arrested two men in Mombasa.",
        "en",
        "2025-05-07",
        "2025-05-06",
    ),
    ("Tuesday, May 6 — Police arrested two men in Mombasa.", "en", "2025-05-07", "2025-05-06"),
    (
        "LIMA, 3. Mär. 2025 (dpa) - In Lima wurden 40 Demonstranten festgenommen.",
        "de",
        None,
        "2025-03-03",
    ),
    (
        "QUITO, 14. Jun. (AFP) - In Quito wurden zwei Männer festgenommen.",
        "de",
        "2025-06-15",
        "2025-06-14",
    ),
    # day and month: the year from the header
    (
        "Stand: 06.05.2025\n\nKAIRO, 5. Mai (Reuters) - In Kairo wurden zwölf Demonstranten "
        "festgenommen.",
        "de",
        None,
        "2025-05-05",
    ),
    (
        "Date: 2025-05-07\n\nLA PAZ, May 6 (AP) — Police arrested two men in La Paz.",
        "en",
        None,
        "2025-05-06",
    ),
]


@pytest.mark.parametrize(("text", "lang", "given", "day"), DATELINES)
def test_dateline_dates_the_lead(text, lang, given, day) -> None:
    assert _days(text, lang, given)[:1] == [(day, "day")]


# A clause that opens with a relation after an event of its own sentence ("..., a day after
# a bomber attacked a market") tells the event the relation counts from: before the event
# just reported by the offset (hand-worked: Tuesday 17 June - 1 = Monday 16 June).
@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        (
            "Police arrested two suspects in Kirkuk on Tuesday, a day after a suicide bomber "
            "attacked a market in the city.",
            "en",
            [("2025-06-17", "day"), ("2025-06-16", "day")],
        ),
        (
            "A ferry capsized off Cebu on Saturday, a week after another ferry sank near Bohol.",
            "en",
            [("2025-06-14", "day"), ("2025-06-07", "day")],
        ),
        (
            "Police arrested two suspects in Kirkuk on Tuesday, hours after a suicide bomber "
            "attacked a market in the city.",
            "en",
            [("2025-06-17", "day"), ("2025-06-17", "day")],
        ),
        (
            "Eine Fähre kenterte am Samstag vor Cebu, eine Woche nachdem eine andere Fähre vor "
            "Bohol gesunken war.",
            "de",
            [("2025-06-14", "day"), ("2025-06-07", "day")],
        ),
    ],
)
def test_an_event_named_in_a_trailing_relation_counts_back(text, lang, days) -> None:
    assert _days(text, lang) == days


def test_after_which_is_no_relation_back() -> None:
    days = _days(
        "Protesters marched in Lima on Monday, after which police arrested 12 of them in Lima.",
        "en",
    )
    assert days[0] == ("2025-06-16", "day")
    assert all(day is None or day >= "2025-06-16" for day, _ in days[1:])


# A saying's day is not the day of what it reports as earlier (past perfect, German
# perfect subjunctive): no day; the plain past or the event's own clause keeps the day.
@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Police said on Thursday they had arrested two men in Quetta.", "en", None),
        (
            "Die Polizei teilte am Donnerstag mit, sie habe in Quetta zwei Männer festgenommen.",
            "de",
            None,
        ),
        ("Police said on Thursday they arrested two men in Mombasa.", "en", "2025-06-19"),
        (
            "Police arrested two men in Mombasa on Thursday, a spokeswoman said.",
            "en",
            "2025-06-19",
        ),
        ("Am Donnerstag hatte die Polizei in Graz zwei Männer festgenommen.", "de", "2025-06-19"),
    ],
)
def test_a_saying_does_not_date_what_it_reports_as_earlier(text, lang, day) -> None:
    days = _days(text, lang)
    assert len(days) == 1, text
    assert days[0][0] == day, text


def test_a_relative_clause_in_the_past_perfect_dates_its_own_verb() -> None:
    # the looting was on Monday; the arrest's day is not given
    (arrest,) = _days("Police arrested two men in Kisumu who had looted shops on Monday.", "en")
    assert arrest[0] is None
    # a relative clause in the plain past tells the same occasion: its day is kept
    assert _days(
        "Police fired tear gas at hundreds of students who marched on parliament in Kisumu "
        "on Monday.",
        "en",
    )[:1] == [("2025-06-16", "day")]


# A header date anchors the weekdays when no --date is given (Tuesday 6 May 2025: the
# Monday before is the 5th).
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Published May 6, 2025\n\nPolice arrested two men in Mombasa on Monday.", "en"),
        ("Updated: 2025-05-06T09:12:00Z\n\nPolice arrested two men in Mombasa on Monday.", "en"),
        ("Tuesday 6 May 2025 09.12 BST\n\nPolice arrested two men in Mombasa on Monday.", "en"),
        (
            "Veröffentlicht am 6. Mai 2025\n\nDie Polizei nahm am Montag in Graz zwei Männer fest.",
            "de",
        ),
        ("Di 06.05.2025 | 14:32 Uhr\n\nDie Polizei nahm am Montag in Graz zwei Männer fest.", "de"),
    ],
)
def test_a_header_date_anchors_the_weekday(text, lang) -> None:
    assert _days(text, lang, None) == [("2025-05-05", "day")]


def test_the_words_of_a_date_end_before_the_sentence_full_stop() -> None:
    (event,) = geomap.analyze(
        "Police arrested two men in Mombasa in mid-May.", lang="en", date=D
    ).events
    assert event.date_text is not None and not event.date_text.endswith(".")
    (event,) = geomap.analyze(
        "DAKAR, Dec. 30 (AFP) - Police arrested two men in Dakar.", lang="en", date="2025-12-31"
    ).events
    assert event.date_text is not None and event.date_text.startswith("Dec. 30")


# A lead that names no day takes the day the next sentence of its paragraph tells, not the
# dateline's (the day the report was filed); Thursday 12 June 2025 -> Tuesday the 10th.
@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "SANTIAGO, 12. Juni (dpa) - In der chilenischen Hauptstadt ist es zu schweren "
            "Ausschreitungen gekommen. Vermummte warfen am Dienstagabend Steine auf Polizisten.",
            "de",
            "2025-06-10",
        ),
        (
            "SANTIAGO, June 12 (Reuters) - Violent clashes broke out in Santiago. Masked "
            "youths threw stones at police on Tuesday night.",
            "en",
            "2025-06-10",
        ),
        # the next sentence tells an earlier event (past perfect): the dateline's day stays
        (
            "SANTIAGO, June 12 (Reuters) - Violent clashes broke out in Santiago. On Tuesday, "
            "police had arrested 20 students in Santiago.",
            "en",
            "2025-06-12",
        ),
    ],
)
def test_a_lead_without_a_day_takes_the_next_sentence_s(text, lang, day) -> None:
    assert _days(text, lang, "2025-06-12")[:1] == [(day, "day")]


def test_an_event_takes_the_day_its_paragraph_named_before_it() -> None:
    # the first sentence is no event (no trigger), but it names the paragraph's day
    text = (
        "Thousands of pilgrims gathered in Lourdes on Wednesday. Police arrested two men "
        "near the basilica in Lourdes."
    )
    assert _days(text, "en") == [("2025-06-18", "day")]
    text = (
        "In Lourdes herrschte am Mittwoch großer Andrang. Die Polizei nahm in Lourdes "
        "zwei Männer fest."
    )
    assert _days(text, "de") == [("2025-06-18", "day")]
    # not a day told in the past perfect, nor one still to come
    text = (
        "Pilgrims had gathered in Lourdes on Wednesday. Police arrested two men near the "
        "basilica in Lourdes."
    )
    assert _days(text, "en")[0][0] is None
    text = (
        "Pilgrims will gather in Lourdes next Sunday. Police arrested two men near the "
        "basilica in Lourdes."
    )
    assert _days(text, "en")[0][0] is None


def test_a_day_named_after_the_event_before_is_the_paragraph_s_day() -> None:
    text = (
        "Voters in Lusaka went to the polls on Thursday. Counting began on Friday. Police "
        "arrested 12 people in Lusaka over ballot stuffing."
    )
    assert [day for day, _ in _days(text, "en")][-1] == "2025-06-20"
    # with no day named after it, the event before gives its day
    text = (
        "Voters in Lusaka went to the polls on Thursday. Police arrested 12 people in Lusaka "
        "over ballot stuffing."
    )
    assert [day for day, _ in _days(text, "en")][-1] == "2025-06-19"


def test_a_past_perfect_relative_clause_after_a_comma_does_not_date_the_event() -> None:
    first = _days(
        "Die Polizei nahm in Graz zwei Männer fest, die am Montag Geschäfte geplündert hatten.",
        "de",
    )[0]
    assert first[0] is None
    first = _days("Police arrested two men in Kisumu, who had looted shops on Monday.", "en")[0]
    assert first[0] is None
