"""A wide date table (issue 20, classes 5 and 6): every date shape in both languages, against
a document date, with the day, its precision and the span of days where the words give one.

The expectations were worked out by hand on a calendar, not read from geomap: the document
date is Thursday 16 October 2025 (last week is Monday 6 to Sunday 12 October; September has
30 days). The sentences are written for these tests, with other places and other wording than
the benchmark. A part of a month is its first, middle or last ten days (the rest of the month
from the 21st); a part of a year its first, middle or last four months; a part of a week
Monday-Tuesday, Tuesday-Thursday or Thursday-Sunday (docs/events.md, "Time").
"""

from __future__ import annotations

from datetime import date

import pytest

import geomap
from geomap.events import resolve_time

THU = date(2025, 10, 16)  # a Thursday
D = "2025-10-16"

# (expression, language, date, precision, interval start, interval end)
SPANS = [
    # early / mid / late in a month
    ("Anfang des Monats", "de", "2025-10-01", "month", "2025-10-01", "2025-10-10"),
    ("zu Beginn des Monats", "de", "2025-10-01", "month", "2025-10-01", "2025-10-10"),
    ("Anfang dieses Monats", "de", "2025-10-01", "month", "2025-10-01", "2025-10-10"),
    ("Mitte des Monats", "de", "2025-10-11", "month", "2025-10-11", "2025-10-16"),
    ("Anfang Mai", "de", "2025-05-01", "month", "2025-05-01", "2025-05-10"),
    ("Mitte September", "de", "2025-09-11", "month", "2025-09-11", "2025-09-20"),
    ("Ende September", "de", "2025-09-21", "month", "2025-09-21", "2025-09-30"),
    ("Ende Dezember", "de", "2024-12-21", "month", "2024-12-21", "2024-12-31"),
    ("Ende vergangenen Monats", "de", "2025-09-21", "month", "2025-09-21", "2025-09-30"),
    ("Ende des vergangenen Monats", "de", "2025-09-21", "month", "2025-09-21", "2025-09-30"),
    ("Mitte letzten Monats", "de", "2025-09-11", "month", "2025-09-11", "2025-09-20"),
    ("early this month", "en", "2025-10-01", "month", "2025-10-01", "2025-10-10"),
    ("at the beginning of the month", "en", "2025-10-01", "month", "2025-10-01", "2025-10-10"),
    ("at the start of this month", "en", "2025-10-01", "month", "2025-10-01", "2025-10-10"),
    ("earlier this month", "en", "2025-10-01", "month", "2025-10-01", "2025-10-16"),
    ("in mid-March", "en", "2025-03-11", "month", "2025-03-11", "2025-03-20"),
    ("in early September", "en", "2025-09-01", "month", "2025-09-01", "2025-09-10"),
    ("at the end of September", "en", "2025-09-21", "month", "2025-09-21", "2025-09-30"),
    ("at the end of last month", "en", "2025-09-21", "month", "2025-09-21", "2025-09-30"),
    ("late last month", "en", "2025-09-21", "month", "2025-09-21", "2025-09-30"),
    ("in the middle of last month", "en", "2025-09-11", "month", "2025-09-11", "2025-09-20"),
    ("zu Monatsbeginn", "de", "2025-10-01", "month", "2025-10-01", "2025-10-10"),
    ("in den ersten Tagen des Monats", "de", "2025-10-01", "month", "2025-10-01", "2025-10-10"),
    ("early in the month", "en", "2025-10-01", "month", "2025-10-01", "2025-10-10"),
    ("earlier in the month", "en", "2025-10-01", "month", "2025-10-01", "2025-10-16"),
    ("at the start of October", "en", "2025-10-01", "month", "2025-10-01", "2025-10-10"),
    # a month named with "last": the latest such month before the report's
    ("last October", "en", "2024-10-01", "month", "2024-10-01", "2024-10-31"),
    ("last March", "en", "2025-03-01", "month", "2025-03-01", "2025-03-31"),
    ("im vergangenen Oktober", "de", "2024-10-01", "month", "2024-10-01", "2024-10-31"),
    ("im Oktober vergangenen Jahres", "de", "2024-10-01", "month", "2024-10-01", "2024-10-31"),
    ("in October last year", "en", "2024-10-01", "month", "2024-10-01", "2024-10-31"),
    # months ago: that calendar month
    ("vor einem Monat", "de", "2025-09-01", "month", "2025-09-01", "2025-09-30"),
    ("two months ago", "en", "2025-08-01", "month", "2025-08-01", "2025-08-31"),
    ("vor drei Monaten", "de", "2025-07-01", "month", "2025-07-01", "2025-07-31"),
    # a part of a year
    ("late last year", "en", "2024-09-01", "year", "2024-09-01", "2024-12-31"),
    ("early last year", "en", "2024-01-01", "year", "2024-01-01", "2024-04-30"),
    ("Ende vergangenen Jahres", "de", "2024-09-01", "year", "2024-09-01", "2024-12-31"),
    ("Anfang des Jahres", "de", "2025-01-01", "year", "2025-01-01", "2025-04-30"),
    ("earlier this year", "en", "2025-01-01", "year", "2025-01-01", "2025-10-16"),
    ("last year", "en", "2024-01-01", "year", "2024-01-01", "2024-12-31"),
    ("im vergangenen Jahr", "de", "2024-01-01", "year", "2024-01-01", "2024-12-31"),
    # a part of a week
    ("Mitte vergangener Woche", "de", "2025-10-07", "week", "2025-10-07", "2025-10-09"),
    ("Ende vergangener Woche", "de", "2025-10-09", "week", "2025-10-09", "2025-10-12"),
    ("Anfang letzter Woche", "de", "2025-10-06", "week", "2025-10-06", "2025-10-07"),
    ("early last week", "en", "2025-10-06", "week", "2025-10-06", "2025-10-07"),
    ("late last week", "en", "2025-10-09", "week", "2025-10-09", "2025-10-12"),
    ("in the middle of last week", "en", "2025-10-07", "week", "2025-10-07", "2025-10-09"),
    ("Mitte der Woche", "de", "2025-10-14", "week", "2025-10-14", "2025-10-16"),
    # a week of a month: days 1-7, 8-14, ...; the last one its last seven days
    ("in the first week of October", "en", "2025-10-01", "week", "2025-10-01", "2025-10-07"),
    ("in the last week of September", "en", "2025-09-24", "week", "2025-09-24", "2025-09-30"),
    ("the second week of last month", "en", "2025-09-08", "week", "2025-09-08", "2025-09-14"),
    ("in der ersten Oktoberwoche", "de", "2025-10-01", "week", "2025-10-01", "2025-10-07"),
    ("in der ersten Woche des Monats", "de", "2025-10-01", "week", "2025-10-01", "2025-10-07"),
    ("in der zweiten Woche im September", "de", "2025-09-08", "week", "2025-09-08", "2025-09-14"),
    (
        "in der letzten Woche des vergangenen Monats",
        "de",
        "2025-09-24",
        "week",
        "2025-09-24",
        "2025-09-30",
    ),
    # the week before last week
    ("the week before last", "en", "2025-09-29", "week", "2025-09-29", "2025-10-05"),
    ("vorletzte Woche", "de", "2025-09-29", "week", "2025-09-29", "2025-10-05"),
    # the night to a day: that day, the evening before it in the span
    ("in der Nacht zum Sonntag", "de", "2025-10-12", "day", "2025-10-11", "2025-10-12"),
    ("in der Nacht zu Mittwoch", "de", "2025-10-15", "day", "2025-10-14", "2025-10-15"),
    ("in der Nacht auf Dienstag", "de", "2025-10-14", "day", "2025-10-13", "2025-10-14"),
    ("in der Nacht von Montag auf Dienstag", "de", "2025-10-14", "day", "2025-10-13", "2025-10-14"),
    ("in der Nacht zum Donnerstag", "de", "2025-10-16", "day", "2025-10-15", "2025-10-16"),
    ("in der vergangenen Nacht", "de", "2025-10-16", "day", "2025-10-15", "2025-10-16"),
    ("overnight into Tuesday", "en", "2025-10-14", "day", "2025-10-13", "2025-10-14"),
    ("overnight Sunday into Monday", "en", "2025-10-13", "day", "2025-10-12", "2025-10-13"),
    ("on the night of Saturday to Sunday", "en", "2025-10-12", "day", "2025-10-11", "2025-10-12"),
]

# (expression, language, day): one day, no span
DAYS = [
    # offsets from the document date
    ("vor zehn Tagen", "de", "2025-10-06"),
    ("ten days ago", "en", "2025-10-06"),
    ("vor zwei Wochen", "de", "2025-10-02"),
    ("two weeks ago", "en", "2025-10-02"),
    ("vor drei Tagen", "de", "2025-10-13"),
    ("three days ago", "en", "2025-10-13"),
    ("vorgestern", "de", "2025-10-14"),
    ("the day before yesterday", "en", "2025-10-14"),
    ("last Thursday", "en", "2025-10-09"),
    ("am vergangenen Donnerstag", "de", "2025-10-09"),
    ("last Friday", "en", "2025-10-10"),
    ("am Dienstag vergangener Woche", "de", "2025-10-07"),
    ("am Dienstag letzter Woche", "de", "2025-10-07"),
    ("on Tuesday last week", "en", "2025-10-07"),
    ("last week on Friday", "en", "2025-10-10"),
    # evening, night, morning
    ("late on Sunday", "en", "2025-10-12"),
    ("late on Tuesday night", "en", "2025-10-14"),
    ("early on Monday", "en", "2025-10-13"),
    ("early Monday", "en", "2025-10-13"),
    ("late Sunday", "en", "2025-10-12"),
    ("in the early hours of Wednesday", "en", "2025-10-15"),
    ("in den frühen Morgenstunden des Montags", "de", "2025-10-13"),
    ("later on Sunday", "en", "2025-10-12"),
    ("late Saturday", "en", "2025-10-11"),
    ("shortly before midnight on Saturday", "en", "2025-10-11"),
    ("before dawn on Monday", "en", "2025-10-13"),
    ("on Sunday night", "en", "2025-10-12"),
    ("Tuesday morning", "en", "2025-10-14"),
    ("am späten Dienstagabend", "de", "2025-10-14"),
    ("am frühen Montagmorgen", "de", "2025-10-13"),
    ("spät am Sonntagabend", "de", "2025-10-12"),
    ("am Sonntagnachmittag", "de", "2025-10-12"),
    ("Montag früh", "de", "2025-10-13"),
    ("gestern Abend", "de", "2025-10-15"),
    ("this morning", "en", "2025-10-16"),
    ("heute früh", "de", "2025-10-16"),
]


@pytest.mark.parametrize(("text", "lang", "day", "precision", "start", "end"), SPANS)
def test_span_shape(text, lang, day, precision, start, end) -> None:
    v = resolve_time(text, lang, THU, "day")
    assert (v.date, v.precision, v.start, v.end) == (day, precision, start, end)


def test_a_part_of_the_month_still_to_come_gives_no_day() -> None:
    for text, lang in (
        ("Ende des Monats", "de"),
        ("late this month", "en"),
        ("Ende Oktober", "de"),
    ):
        v = resolve_time(text, lang, THU, "day")
        assert (v.date, v.precision) == (None, "month"), text


def test_a_month_only_anchor_keeps_the_whole_month() -> None:
    v = resolve_time("im Oktober", "de", date(2025, 10, 1), "month")
    assert (v.date, v.precision, v.start, v.end) == (
        "2025-10-01",
        "month",
        "2025-10-01",
        "2025-10-31",
    )
    v = resolve_time("Ende Oktober", "de", date(2025, 10, 1), "month")
    assert (v.start, v.end) == ("2025-10-21", "2025-10-31")


@pytest.mark.parametrize(("text", "lang", "day"), DAYS)
def test_day_shape(text, lang, day) -> None:
    v = resolve_time(text, lang, THU, "day")
    assert (v.date, v.precision) == (day, "day")


# Offsets from an earlier event of the same text: (text, language, the events' days)
OFFSETS = [
    (
        "Ein Erdbeben erschütterte am Montag die Provinz Van. Zwei Tage nach dem Beben "
        "besuchte der Innenminister die Stadt Van.",
        "de",
        ["2025-10-13", "2025-10-15"],
    ),
    (
        "Ein Erdbeben erschütterte am Montag die Provinz Van. Am Tag nach dem Beben "
        "besuchte der Innenminister die Stadt Van.",
        "de",
        ["2025-10-13", "2025-10-14"],
    ),
    (
        "Die Polizei nahm am Samstag in Graz zwei Männer fest. Tags darauf demonstrierten "
        "Hunderte Menschen in Graz.",
        "de",
        ["2025-10-11", "2025-10-12"],
    ),
    (
        "Die Polizei nahm am Samstag in Graz zwei Männer fest. Eine Woche später "
        "demonstrierten Hunderte Menschen in Graz.",
        "de",
        ["2025-10-11", "2025-10-18"],
    ),
    (
        "Die Polizei nahm am Dienstag in Graz zwei Männer fest. Am Vortag hatten Hunderte "
        "Menschen in Graz demonstriert.",
        "de",
        ["2025-10-14", "2025-10-13"],
    ),
    (
        "Ein Erdbeben erschütterte am 2. Oktober die Provinz Van. Eine Woche nach dem Beben "
        "besuchte der Innenminister die Stadt Van.",
        "de",
        ["2025-10-02", "2025-10-09"],
    ),
    (
        "An earthquake struck Van province on October 2. A week after the quake, the "
        "interior minister visited Van.",
        "en",
        ["2025-10-02", "2025-10-09"],
    ),
    (
        "Die Polizei nahm am Montag in Graz zwei Männer fest. Drei Tage danach "
        "demonstrierten Hunderte Menschen in Graz.",
        "de",
        ["2025-10-13", "2025-10-16"],
    ),
    (
        "Ein Erdbeben erschütterte am Montag die Provinz Van. 48 Stunden nach dem Beben "
        "besuchte der Innenminister die Stadt Van.",
        "de",
        ["2025-10-13", "2025-10-15"],
    ),
    (
        "Die Polizei nahm am Montag in Graz zwei Männer fest. Noch in der Nacht "
        "demonstrierten Hunderte Menschen in Graz.",
        "de",
        ["2025-10-13", "2025-10-13"],
    ),
    (
        "Die Staatschefs trafen sich am Dienstag in Taschkent. Am Vorabend des Gipfels "
        "nahm die Polizei 20 Demonstranten in Taschkent fest.",
        "de",
        ["2025-10-14", "2025-10-13"],
    ),
    (
        "Leaders met in Tashkent on Tuesday for a summit. On the eve of the summit, police "
        "arrested 20 protesters in Tashkent.",
        "en",
        ["2025-10-14", "2025-10-13"],
    ),
    (
        "Police arrested two men in Mombasa on Monday. Late that night, hundreds of people "
        "protested in Mombasa.",
        "en",
        ["2025-10-13", "2025-10-13"],
    ),
    (
        "Police arrested two men in Mombasa on Tuesday. Two days before, hundreds of people "
        "had protested in Mombasa.",
        "en",
        ["2025-10-14", "2025-10-12"],
    ),
    (
        "Police arrested two men in Mombasa on Monday. Two days on, hundreds of people "
        "protested in Mombasa.",
        "en",
        ["2025-10-13", "2025-10-15"],
    ),
    (
        "Die Polizei nahm am Dienstag in Graz zwei Männer fest. Zwei Tage davor hatten "
        "Hunderte Menschen in Graz demonstriert.",
        "de",
        ["2025-10-14", "2025-10-12"],
    ),
    (
        "Police arrested two men in Mombasa on Monday. Earlier in the day, hundreds of "
        "people had protested in Mombasa.",
        "en",
        ["2025-10-13", "2025-10-13"],
    ),
    (
        "Die Polizei nahm am Montag in Graz zwei Männer fest. Spätabends demonstrierten "
        "Hunderte Menschen in Graz.",
        "de",
        ["2025-10-13", "2025-10-13"],
    ),
    (
        "Der Zyklon traf in der Nacht zum Sonntag nahe Chittagong auf Land. Am Tag darauf "
        "besuchte die Regierungschefin Chittagong.",
        "de",
        ["2025-10-12", "2025-10-13"],
    ),
    (
        "Floods swept through Sylhet on Saturday. The day after the floods, the prime "
        "minister visited Sylhet.",
        "en",
        ["2025-10-11", "2025-10-12"],
    ),
    (
        "Floods swept through Sylhet on Saturday. Two days after the flood, the prime "
        "minister visited Sylhet.",
        "en",
        ["2025-10-11", "2025-10-13"],
    ),
    (
        "Police arrested two men in Mombasa on Monday. The following day, hundreds of "
        "people protested in Mombasa.",
        "en",
        ["2025-10-13", "2025-10-14"],
    ),
    (
        "Police arrested two men in Mombasa on Monday. The next morning, hundreds of "
        "people protested in Mombasa.",
        "en",
        ["2025-10-13", "2025-10-14"],
    ),
    (
        "Police arrested two men in Mombasa on Tuesday. A day earlier, hundreds of people "
        "had protested in Mombasa.",
        "en",
        ["2025-10-14", "2025-10-13"],
    ),
    (
        "Police arrested two men in Mombasa on Tuesday. Two days earlier, hundreds of "
        "people had protested in Mombasa.",
        "en",
        ["2025-10-14", "2025-10-12"],
    ),
]


@pytest.mark.parametrize(("text", "lang", "days"), OFFSETS)
def test_offset_from_an_earlier_event(text, lang, days) -> None:
    events = geomap.analyze(text, lang=lang, date=D).events
    assert [e.date for e in events] == days
    assert all(e.date_precision == "day" for e in events)


def test_the_same_day_counts_from_a_night_named_before() -> None:
    # the power cut is no event; its night still names the day "the same day" counts from
    for text, lang in (
        (
            "Der Strom fiel in der Nacht zum Sonntag in ganz Graz aus. Am selben Tag nahm die "
            "Polizei in Graz zwei Männer fest.",
            "de",
        ),
        (
            "Power went out across Graz overnight into Sunday. The same day, police arrested "
            "two men in Graz.",
            "en",
        ),
    ):
        assert [e.date for e in geomap.analyze(text, lang=lang, date=D).events] == ["2025-10-12"], (
            text
        )


def _days(text: str, lang: str, given: str | None = D) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.date_precision) for e in geomap.analyze(text, lang=lang, date=given).events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Police arrested two men in Mombasa on Monday. Days later, hundreds of people "
            "protested in Mombasa.",
            "en",
        ),
        (
            "Die Polizei nahm am Montag in Graz zwei Männer fest. Wenige Tage später "
            "demonstrierten Hunderte Menschen in Graz.",
            "de",
        ),
    ],
)
def test_days_later_gives_no_day_but_the_order(text, lang) -> None:
    first, later = geomap.analyze(text, lang=lang, date=D).events
    assert first.date == "2025-10-13"
    assert later.date is None  # not the day before's, and no guess
    assert later.relation == "after:0"


def test_an_event_carries_the_span_of_its_words() -> None:
    de = "Die Polizei nahm in der Nacht zum Sonntag in Graz zwei Männer fest."
    (night,) = geomap.analyze(de, lang="de", date=D).events
    assert (night.date, night.date_precision, night.date_start, night.date_end) == (
        "2025-10-12",
        "day",
        "2025-10-11",
        "2025-10-12",
    )
    en = "Police arrested two men in Mombasa late last month."
    (month,) = geomap.analyze(en, lang="en", date=D).events
    assert (month.date, month.date_precision, month.date_start, month.date_end) == (
        "2025-09-21",
        "month",
        "2025-09-21",
        "2025-09-30",
    )


def test_context_carries_within_a_paragraph() -> None:
    text = (
        "A landslide buried six houses in Baler on Tuesday. Police arrested the owner of "
        "the quarry in Baler."
    )
    assert _days(text, "en") == [("2025-10-14", "day")] * 2


def test_context_carries_into_a_later_paragraph_of_the_same_story() -> None:
    text = (
        "Tausende Menschen demonstrierten am Dienstag in Tiflis gegen die Regierung.\n\n"
        "In Batumi nahm die Polizei zwölf Menschen fest."
    )
    assert _days(text, "de") == [("2025-10-14", "day")] * 2


def test_a_new_date_is_not_overridden_by_context() -> None:
    text = (
        "Police arrested two men in Mombasa on Tuesday. On Sunday, hundreds of people "
        "had protested in Mombasa."
    )
    assert _days(text, "en") == [("2025-10-14", "day"), ("2025-10-12", "day")]


def test_a_background_year_does_not_take_the_lead_day() -> None:
    text = (
        "Ein Erdbeben der Stärke 5,8 erschütterte am Dienstag die Provinz Van.\n\n"
        "Im Jahr 2011 hatte ein Beben in Van mehr als 600 Menschen getötet."
    )
    days = _days(text, "de")
    assert days[0] == ("2025-10-14", "day")
    assert ("2025-10-14", "day") not in days[1:]


# No date words, no dateline: no day, whatever the document date.
NONE = [
    ("Police arrested two men in Mombasa.", "en"),
    ("Ein Erdbeben erschütterte die Provinz Van.", "de"),
    ("Protesters marched through Quito. Police arrested twelve of them in Quito.", "en"),
    ("In Graz wurden zwei Männer festgenommen.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NONE)
def test_no_date_words_give_no_day(text, lang) -> None:
    days = _days(text, lang)
    assert days, "the event is found"
    assert all(day is None and precision != "day" for day, precision in days)


@pytest.mark.parametrize(("text", "lang"), NONE)
def test_no_date_words_give_no_day_from_a_header_date(text, lang) -> None:
    days = _days(f"Datum: {D}\n\n{text}", lang, None)
    assert days
    assert all(day is None and precision != "day" for day, precision in days)


# (text, language, --date, the lead event's day)
DATELINES = [
    ("Lima, March 3, 2025 — Police arrested 40 protesters in Lima.", "en", None, "2025-03-03"),
    (
        "Lima, March 3, 2025 — Police arrested 40 protesters in Lima.",
        "en",
        "2025-03-04",
        "2025-03-03",
    ),
    (
        "LIMA, Peru, March 3, 2025 (Reuters) - Police arrested 40 protesters in Lima.",
        "en",
        None,
        "2025-03-03",
    ),
    ("MADRID, 7 Jan 2025 (AFP) - Police arrested two men in Madrid.", "en", None, "2025-01-07"),
    (
        "SANTIAGO, 8 October (Reuters) - Police arrested two men in Santiago.",
        "en",
        "2025-10-09",
        "2025-10-08",
    ),
    ("NAIROBI, 2024-03-12 - Police arrested two men in Nairobi.", "en", None, "2024-03-12"),
    ("Nairobi, 12/03/2024 — Police arrested two men in Nairobi.", "en", None, "2024-03-12"),
    ("WIEN, 12.03.2024 (APA) - In Wien wurden zwei Männer festgenommen.", "de", None, "2024-03-12"),
    # day and month: the year from --date
    ("MANILA, Aug. 5 (AP) — Police arrested two men in Manila.", "en", "2025-08-06", "2025-08-05"),
    (
        "ACCRA, Jan 7 (Reuters) - Police arrested two men in Accra.",
        "en",
        "2025-01-07",
        "2025-01-07",
    ),
    ("DAKAR, Dec. 30 (AFP) - Police arrested two men in Dakar.", "en", "2026-01-02", "2025-12-30"),
    (
        "BOGOTÁ, 14. Feb. (dpa) - In Bogotá wurden zwei Männer festgenommen.",
        "de",
        "2025-02-15",
        "2025-02-14",
    ),
    (
        "WARSCHAU, 3. Dez. (epd) - In Warschau wurden zwei Männer festgenommen.",
        "de",
        "2025-12-03",
        "2025-12-03",
    ),
    (
        "ATHEN, 9. Sept. (AFP) - In Athen wurden zwei Männer festgenommen.",
        "de",
        "2025-09-10",
        "2025-09-09",
    ),
    # day and month: the year from the header
    (
        "Datum: 2025-05-08\n\nKAIRO, 7. Mai (Reuters) - In Kairo wurden zwölf Demonstranten "
        "festgenommen.",
        "de",
        None,
        "2025-05-07",
    ),
    (
        "Date: 2025-11-01\n\nLAGOS, Oct. 31 (Reuters) - Police arrested two men in Lagos.",
        "en",
        None,
        "2025-10-31",
    ),
    # a weekday in the dateline
    (
        "KIEW, Montag, 13. Oktober 2025 (dpa) - In Kiew wurden zwei Männer festgenommen.",
        "de",
        None,
        "2025-10-13",
    ),
    (
        "TOKYO, Tuesday, Oct. 14 (AP) — Police arrested two men in Tokyo.",
        "en",
        D,
        "2025-10-14",
    ),
    (
        "TOKYO, Tuesday, October 14, 2025 — Police arrested two men in Tokyo.",
        "en",
        None,
        "2025-10-14",
    ),
    # the lead's own weekday counts from the dateline's day
    (
        "Lima, March 3, 2025 — Police arrested 40 protesters in Lima on Saturday.",
        "en",
        None,
        "2025-03-01",
    ),
    (
        "KIEW, 13. Oktober 2025 (dpa) - In Kiew wurden am Sonntag zwei Männer festgenommen.",
        "de",
        None,
        "2025-10-12",
    ),
    # a numeric day and month without a year: the year from the given date
    (
        "KAIRO, 14.10. (dpa) - In Kairo wurden zwei Männer festgenommen.",
        "de",
        D,
        "2025-10-14",
    ),
]


@pytest.mark.parametrize(("text", "lang", "given", "day"), DATELINES)
def test_dateline_dates_the_lead(text, lang, given, day) -> None:
    assert _days(text, lang, given)[:1] == [(day, "day")]


def test_a_month_ago_dates_the_event_and_is_no_habit() -> None:
    """ "a month" is a habit in "twice a month", an offset in "a month ago": the event is
    kept, in the month before the document's."""
    assert _days("Police arrested two men in Lagos a month ago.", "en") == [("2025-09-01", "month")]
    assert _days("Floods hit Lagos twice a month.", "en") == []


@pytest.mark.parametrize(
    ("text", "phrase", "lang", "day"),
    [
        ("A year ago, a quake struck Izmir.", "A year ago", "en", "2024-01-01"),
        ("Two years ago, floods hit Lagos.", "Two years ago", "en", "2023-01-01"),
        ("Vor einem Jahr bebte in Izmir die Erde.", "Vor einem Jahr", "de", "2024-01-01"),
    ],
)
def test_years_ago_is_that_calendar_year_and_background(text, phrase, lang, day) -> None:
    """ "a year ago" reads as the calendar year that many years back, never the dateline's
    day; an event dated by it alone is background, as one told with "Last year," or "In
    2011," is (docs/events.md, "What is not an event": history of today's story)."""
    value = resolve_time(phrase, lang, date.fromisoformat(D), "day")
    assert (value.date, value.precision) == (day, "year")
    assert _days(f"NAIROBI, Oct 16 (AP) - {text}", lang) == []


def test_an_offset_from_a_noun_of_a_related_type_counts_from_that_event() -> None:
    """ "after the crash" names an impact; the article's crash is a road accident: the
    offset counts from it (the related types are lexicon data)."""
    text = (
        "NAIROBI, Oct 16 (AP) - A bus crashed near Nakuru on Monday. Two days after the "
        "crash, police arrested the driver in Nakuru."
    )
    assert _days(text, "en") == [("2025-10-13", "day"), ("2025-10-15", "day")]
