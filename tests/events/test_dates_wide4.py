"""Dates, fourth table (tenth session): vague spans with their precision and interval.

The document date is Wednesday 11 June 2025. Each row is an event sentence with one time
phrase; the expectation was worked out by hand on a calendar: the day (or the first day of
the span), the precision, and the span a reader would allow. Nothing is guessed: a phrase
that counts from something the text names no event of gives no day.

- ``this month``, ``im Laufe des Monats``: the month so far (1-11 June), precision month.
- ``overnight``: the night to the report's day (10-11 June), precision day; ``overnight
  into Tuesday`` is still Tuesday's night. ``last night`` is the evening before the report
  (10 June), as English news use it (``the minister said last night``).
- ``at the weekend``, ``am Wochenende``: Saturday and Sunday before (7-8 June), precision week.
- ``am Vortag``, ``the day before``: the day before the event just told.
- ``Zwei Tage nachdem die Regierung die Pläne vorgestellt hatte, ...``: two days after a
  happening that is no event of the text: no day (not the day named in the sentence before).
- ``a Long March 5 rocket`` is a rocket's name, not the 5th of March."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday

# (text, language, date, precision, start, end)
SPANS: list[tuple[str, str, str, str, str, str]] = [
    (
        "Police arrested 40 traders in Kumasi this month.",
        "en",
        "2025-06-01",
        "month",
        "2025-06-01",
        "2025-06-11",
    ),
    (
        "Im Laufe des Monats hat die Polizei in Kumasi 40 Händler festgenommen.",
        "de",
        "2025-06-01",
        "month",
        "2025-06-01",
        "2025-06-11",
    ),
    (
        "Floods swept through the town of Beledweyne earlier this month.",
        "en",
        "2025-06-01",
        "month",
        "2025-06-01",
        "2025-06-11",
    ),
    (
        "Mitte des Monats hat die Polizei in Kumasi 40 Händler festgenommen.",
        "de",
        "2025-06-11",
        "month",
        "2025-06-11",
        "2025-06-11",
    ),
    (
        "Gunmen attacked a village near Bunia overnight, killing nine people.",
        "en",
        "2025-06-11",
        "day",
        "2025-06-10",
        "2025-06-11",
    ),
    (
        "Rebels shelled the town of Kalehe last night.",
        "en",
        "2025-06-10",
        "day",
        None,
        None,
    ),
    (
        "In der vergangenen Nacht haben Bewaffnete ein Dorf bei Bunia überfallen.",
        "de",
        "2025-06-11",
        "day",
        "2025-06-10",
        "2025-06-11",
    ),
    (
        "Thousands of farmers marched through Lilongwe at the weekend.",
        "en",
        "2025-06-07",
        "week",
        "2025-06-07",
        "2025-06-08",
    ),
    (
        "Am Wochenende demonstrierten in Lilongwe Tausende Bauern.",
        "de",
        "2025-06-07",
        "week",
        "2025-06-07",
        "2025-06-08",
    ),
]


@pytest.mark.parametrize(("text", "lang", "day", "precision", "start", "end"), SPANS)
def test_a_vague_span_has_its_precision_and_interval(
    text: str, lang: str, day: str, precision: str, start: str, end: str
) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.date, e.date_precision, e.date_start, e.date_end) for e in events]
    assert got == [(day, precision, start, end)], got


# (text, language, the event's day)
DAYS: list[tuple[str, str, str | None]] = [
    # a night with a day of its own is that day's, not the report's
    ("Gunmen attacked a village near Bunia overnight into Tuesday.", "en", "2025-06-10"),
    ("Police fired tear gas at students in Lilongwe tonight.", "en", "2025-06-11"),
    # "overnight" as a noun's modifier dates nothing; a weekday beats a last night
    ("Authorities imposed an overnight curfew in Blantyre on Monday.", "en", "2025-06-09"),
    ("On Monday, police imposed an overnight curfew in Blantyre.", "en", "2025-06-09"),
    # the day before the event just told
    (
        "Am Dienstag demonstrierten in Blantyre Tausende. Am Vortag hatte die Polizei in "
        "Zomba 30 Studenten festgenommen.",
        "de",
        "2025-06-09",
    ),
    (
        "Thousands marched in Blantyre on Tuesday. The day before, police had arrested 30 "
        "students in Zomba.",
        "en",
        "2025-06-09",
    ),
    # a name, not a date
    (
        "China launched a Long March 5 rocket from the Wenchang launch site on Tuesday.",
        "en",
        "2025-06-10",
    ),
]


@pytest.mark.parametrize(("text", "lang", "day"), DAYS)
def test_the_last_event_has_its_day(text: str, lang: str, day: str | None) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert events, "the event is found"
    assert events[-1].date == day, [(e.trigger, e.date, e.date_text) for e in events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Die Regierung kündigte am Montag neue Steuern an. Zwei Tage nachdem die Regierung "
            "die Pläne vorgestellt hatte, demonstrierten in Lilongwe Tausende Menschen.",
            "de",
        ),
        (
            "The cabinet approved a new budget on Monday. Two days after the finance minister "
            "unveiled the figures, thousands marched in Lilongwe.",
            "en",
        ),
    ],
)
def test_an_offset_from_no_event_gives_no_day(text: str, lang: str) -> None:
    """The protest is two days after something the text names no event of: its day is
    unknown, and it is not the day named in the sentence before."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    protests = [e for e in events if e.kind == "protest"]
    assert protests, [(e.kind, e.trigger) for e in events]
    assert all(e.date is None for e in protests), [(e.trigger, e.date) for e in protests]
