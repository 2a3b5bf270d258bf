"""An event with no time words of its own, in a later paragraph of a report, happened on the
lead's day; with no day in the lead nothing is guessed. Issue 20, date shape ``context``.

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import geomap

DAY = "2025-06-11"  # a Wednesday

LEAD = "CARACAS, June 11 (Reuters) - Police fired tear gas at protesters in Caracas on Tuesday."
LATER = (
    "In the western city of Maracaibo, about 5,000 people marched to the governor's office.\n\n"
    "The interior minister condemned the violence at a news conference in Valencia."
)


def _events(text: str, lang: str = "en") -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


def test_later_paragraphs_share_the_lead_day() -> None:
    events = _events(f"{LEAD}\n\n{LATER}\n")
    by_trigger = {e.trigger: e for e in events}
    assert by_trigger["marched"].date == "2025-06-10"
    assert by_trigger["marched"].place_name == "Maracaibo"
    assert by_trigger["condemned"].date == "2025-06-10"


def test_own_time_words_are_kept() -> None:
    text = f"{LEAD}\n\nStudents had marched through Maracaibo last Friday.\n"
    marched = next(e for e in _events(text) if e.trigger == "marched")
    assert marched.date == "2025-06-06"


def test_no_day_in_the_lead_gives_no_day() -> None:
    text = "Police fired tear gas at protesters in Caracas.\n\n" + LATER + "\n"
    events = _events(text)
    assert events and all(e.date is None for e in events)


def test_german_report() -> None:
    text = (
        "QUITO, 11. Juni (dpa) - In Quito haben am Montag Tausende gegen höhere Preise "
        "demonstriert.\n\nIn der Hafenstadt Guayaquil nahm die Polizei zwölf Studenten fest.\n"
    )
    arrest = next(e for e in _events(text, "de") if e.kind == "strategic_development")
    assert arrest.date == "2025-06-09"


def test_a_definite_event_noun_in_the_dateline_lead_is_the_news() -> None:
    # without a dateline the same sentence names what the reader already knows
    bare = 'Der Hurrikan "Lidia" hat im Osten Kubas schwere Schäden angerichtet.'
    (event,) = _events(f"HAVANNA, 11. Juni (dpa) - {bare}", "de")
    assert event.kind == "disaster"
    assert event.date == "2025-06-11"
    assert _events(bare, "de") == ()


def test_a_german_dateline_with_a_month_name_dates_the_lead() -> None:
    # the lead's only time words are a circumstance ("Nach tagelangen Regenfällen")
    text = (
        "QUITO, 11. Juni (dpa) - Nach tagelangen Regenfällen hat ein Hochwasser in der Stadt "
        "Tena mehr als 500 Häuser überflutet."
    )
    (event,) = _events(text, "de")
    assert event.kind == "disaster"
    assert event.date == "2025-06-11"
    assert event.place_name == "Tena"
