"""Which day an event told as ``zuvor`` / ``earlier`` has (issue 20, session 32, h32-days).

``benchmarks/event_day_why.py --split dev`` showed a class of found events with no day
(``context | no date | its own sentence``): an event told with a bare ``zuvor``,
``earlier`` (no distance: before the event just reported, the day not given) right after an
event whose own time names a later part of its day (``Am Abend``, ``am
Dienstagnachmittag``, ``am Freitagabend``, ``late on Tuesday``). The afternoon or evening
leaves the day's earlier hours for what came before, and the paragraph tells one occasion,
so the day is that event's. After a bare weekday or a morning ``zuvor`` can be any day
before, and the day stays unknown (no guess). The sentences are written here as wire copy
from regions no benchmark article is from, in both languages.
"""

from __future__ import annotations

import pytest

import geomap
from geomap.events._timeexpr import late_in_day


def _date_of(text: str, lang: str, day: str, trigger: str) -> str | None:
    events = geomap.analyze(text, lang=lang, date=day).events
    hits = [e for e in events if trigger in e.trigger]
    assert hits, [(e.type, e.trigger, e.date) for e in events]
    return hits[0].date


EARLIER_THAT_DAY = [
    (
        "de",
        "2026-05-14",  # a Thursday
        "Vilnius (dpa) - In Litauen haben am Mittwoch Tausende Lehrer für höhere Löhne "
        "gestreikt. Am Abend nahm die Polizei in Kaunas zwölf Demonstranten fest, die zuvor "
        "die Zufahrt zum Rathaus blockiert hatten.",
        "blockiert",
        "2026-05-13",
    ),
    (
        "de",
        "2026-09-03",  # a Thursday; the Tuesday is the 1st
        "Lusaka (AFP) - Nach schweren Überschwemmungen im Süden Sambias hat Präsident Daniel "
        "Mwale am Dienstagnachmittag die Stadt Livingstone besucht, nachdem er zuvor in Lusaka "
        "den Notstand ausgerufen hatte.",
        "ausgerufen",
        "2026-09-01",
    ),
    (
        "en",
        "2026-05-14",
        "RIGA, May 14 (Reuters) - Police in Latvia detained 15 farmers in Jelgava late on "
        "Wednesday, a police spokesman said. Earlier, hundreds of farmers had blocked a "
        "motorway near Riga with tractors.",
        "blocked",
        "2026-05-13",
    ),
]


@pytest.mark.parametrize(("lang", "day", "text", "trigger", "want"), EARLIER_THAT_DAY)
def test_earlier_than_an_evening_is_that_day(
    lang: str, day: str, text: str, trigger: str, want: str
) -> None:
    assert _date_of(text, lang, day, trigger) == want


EARLIER_ANY_DAY = [
    (
        "de",
        "2026-05-17",  # a Sunday
        "Kiew (AFP) - In der Stadt Poltawa traf am Sonntagmorgen eine Rakete ein Wohnhaus. "
        "Zuvor hatte die russische Armee die Region Tschernihiw mit Drohnen angegriffen.",
        "angegriffen",
    ),
    (
        "en",
        "2026-05-17",
        "KYIV, May 17 (Reuters) - A missile struck an apartment block in Poltava on Sunday. "
        "Earlier, Russian drones had attacked the Chernihiv region, officials said.",
        "attacked",
    ),
]


@pytest.mark.parametrize(("lang", "day", "text", "trigger"), EARLIER_ANY_DAY)
def test_earlier_than_a_bare_day_or_a_morning_stays_unknown(
    lang: str, day: str, text: str, trigger: str
) -> None:
    assert _date_of(text, lang, day, trigger) is None


def test_late_in_day_reads_the_part_of_the_day() -> None:
    assert late_in_day("am Freitagabend", "de")
    assert late_in_day("Am Abend", "de")
    assert not late_in_day("in der Nacht zum Sonntag", "de")
    assert late_in_day("in the afternoon", "en")
    assert not late_in_day("early on Monday", "en")
