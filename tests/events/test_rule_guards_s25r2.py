"""Guards for the rules of session 25, round 2 (review h25-mend2): ordinary sentences the new
readers were not meant for, and look-alikes of the classes they were written for in other
wording and places. Texts of our own.

- The live ticker / live blog reader (one mechanism, ``_ticker_entries``): a stamp marked as
  a ticker's (``+++``, an update word) makes a ticker alone; clock times alone (``14 Uhr:``
  opening a line, ``09:42 GMT`` on a line of its own) need two. One programme line or one
  clock time in a report is no ticker, and its event keeps the date it had (none).
"""

from __future__ import annotations

import time

import pytest

import geomap

DAY = "2026-07-09"  # a Thursday


def _dated(text: str, trigger: str, lang: str) -> str | None:
    got = [e for e in geomap.analyze(text, lang=lang, date=DAY).events if e.trigger == trigger]
    assert len(got) == 1, [(e.trigger, e.date) for e in got]
    return got[0].date


# --- a live ticker: its stamps --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "lang"),
    [
        # two bare clock stamps opening lines: a ticker
        (
            "Waldbrände in Griechenland: Der Überblick\n\n"
            "15.40 Uhr: Ministerpräsident Kyriakos Mitsotakis ist in Korinth eingetroffen.\n\n"
            "12.10 Uhr: Die Feuerwehr meldet neue Brände bei Patras.",
            "eingetroffen",
            "de",
        ),
        # one stamp marked as a ticker's is enough
        (
            "Sturm über Kroatien\n\n"
            "+++ 10.05 Uhr +++ Innenminister Davor Božinović ist in Split eingetroffen.",
            "eingetroffen",
            "de",
        ),
        (
            "Wildfires in Portugal: live\n\n"
            "Update, 2.30pm: Prime Minister Luís Montenegro has arrived in Viseu.",
            "arrived",
            "en",
        ),
        # two stamps on lines of their own: a live blog
        (
            "Storm in Texas: live\n\n10:25 CDT\nThe governor has arrived in Galveston.\n\n"
            "08:50 CDT\nPower lines are down across the island.",
            "arrived",
            "en",
        ),
    ],
)
def test_ticker_entries_take_the_articles_day(text: str, trigger: str, lang: str) -> None:
    assert _dated(text, trigger, lang) == DAY


@pytest.mark.parametrize(
    ("text", "trigger", "lang"),
    [
        # one programme line opening with a clock time is no ticker
        (
            "Der Ablauf des Besuchs:\n\n14 Uhr: Ministerin Eva Berger ist in Graz eingetroffen.",
            "eingetroffen",
            "de",
        ),
        (
            "The minister's schedule:\n\n9:42 a.m. - The minister has arrived in Celje.",
            "arrived",
            "en",
        ),
        # one clock time on a line of its own is no live blog
        (
            "Floods in Slovenia\n\n11:15 GMT\nThe minister has arrived in Celje.",
            "arrived",
            "en",
        ),
        # a clock time in running text
        (
            "The train was due in Celje at 9:42 a.m. The minister has arrived in Celje.",
            "arrived",
            "en",
        ),
    ],
)
def test_one_clock_time_is_no_ticker(text: str, trigger: str, lang: str) -> None:
    assert _dated(text, trigger, lang) is None


def test_prices_on_lines_of_their_own_are_no_live_blog() -> None:
    # minutes run to 59: "3.75 USD" alone on a line is a price, not a stamp
    text = "Fuel prices in Celje\n\n3.75 USD\n\n4.95 USD\n\nThe minister has arrived in Celje."
    assert _dated(text, "arrived", "en") is None


def test_ticker_stamp_is_linear_on_long_blank_runs() -> None:
    # an update word before a long run of blanks with no clock time after it: one pass
    # (the pattern had two blank runs around an optional comma, quadratic on such a run)
    text = "Update" + " " * 60_000 + "x\n"
    start = time.perf_counter()
    geomap.analyze(text, lang="de", date=DAY)
    assert time.perf_counter() - start < 5.0


# --- a bare crash told by its toll: not a crash course, a crash diet, a crash test -----------
def _kinds(text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.kind) for e in geomap.analyze(text, lang="en", date=DAY).events]


@pytest.mark.parametrize(
    "text",
    [
        "Three people died in a crash near Tarija on Saturday.",
        "Two cyclists were injured in a crash outside Ghent on Sunday.",
        "A crash took place on the A1 near Lublin on Tuesday evening.",
    ],
)
def test_crash_told_by_its_toll_is_a_road_accident(text: str) -> None:
    assert ("crash", "accident") in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers took a crash course in caring for the injured in Gaza on Monday.",
        "Nurses in Manila attended a crash course on treating wounded soldiers on Monday.",
        "A crash diet that left a student dead in Leeds was banned on Tuesday.",
        "Crash tests in Wolfsburg showed that the driver would have been killed.",
    ],
)
def test_crash_as_a_things_name_is_no_accident(text: str) -> None:
    assert ("crash", "accident") not in _kinds(text)
