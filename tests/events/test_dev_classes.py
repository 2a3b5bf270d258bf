"""Classes of the dev misses (issue 20, eleventh round), each with rows of its own wording and
regions, none of a dev article's words or places.

- **A border closed or opened** by a state (``closed its border with X``, ``sealed the
  frontier``, ``opened a new border crossing near X``, ``schloss die Grenze zu X``, ``hat den
  Grenzübergang bei X geöffnet``) is a strategic development (ACLED: other): the
  ``[[carriers]]`` ``closed``/``opened``/``schloss``/``öffnete`` with a border noun (in
  English its object only: ``after``). What else closes or opens (schools, polls, fire, an
  agreement ``geschlossen``) keeps its own reading, and so does how a border stands, which a
  statement reports (``that the crossing had reopened``, ``die Grenzübergänge seien
  geschlossen``: ``unless``).
- **The region, the area** (``die Region``, ``das Gebiet``, ``the area``, ``the region``,
  also as a hazard's object after the subject's magnitude: ``ein Erdbeben der Stärke 4,9
  die Region``) is the region named last, else the place the story named last (the town near
  a volcano), not the dateline city.
- **A day counted from an event dated by its story** (``X held talks on the sidelines. A day
  earlier, the two countries had opened ...``, where the talks, in a paragraph of their own,
  take the lead's day): the day is counted once the story's day is known.

Written for these tests, before geomap ran on them: the kind, day and place are what a reader
names. Names are compared without accents."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported

DAY = "2025-06-11"  # a Wednesday
TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"

# (text, language, kind, sub-kind, day, place: any of the names, "|"-separated)
BORDERS: list[tuple[str, str, str, str, str, str]] = [
    (
        "Peru closed its border with Bolivia on Tuesday.",
        "en",
        "strategic_development",
        "other",
        TUE,
        "Peru|Bolivia",
    ),
    (
        "Thai authorities sealed the frontier with Cambodia on Monday.",
        "en",
        "strategic_development",
        "other",
        MON,
        "Cambodia",
    ),
    (
        "Kenya and Ethiopia opened a new border crossing near Moyale on Tuesday.",
        "en",
        "strategic_development",
        "other",
        TUE,
        "Moyale",
    ),
    (
        "Poland reopened two border crossings near Terespol on Monday.",
        "en",
        "strategic_development",
        "other",
        MON,
        "Terespol",
    ),
    (
        "Uzbekistan shut its border posts with Afghanistan near Termez on Monday.",
        "en",
        "strategic_development",
        "other",
        MON,
        "Termez|Tirmiz",
    ),
    (
        "Boliviens Regierung schloss am Montag die Grenze zu Peru.",
        "de",
        "strategic_development",
        "other",
        MON,
        "Peru|Bolivia",
    ),
    (
        "Polen hat am Dienstag seine Grenze zu Belarus geschlossen.",
        "de",
        "strategic_development",
        "other",
        TUE,
        "Belarus|Polen|Poland",
    ),
    (
        "Die Behörden öffneten am Montag den Grenzübergang bei Moyale wieder.",
        "de",
        "strategic_development",
        "other",
        MON,
        "Moyale",
    ),
    # a German passive of the act (not how things stand)
    (
        "Die Grenze zwischen Chile und Bolivien wurde am Montag geschlossen.",
        "de",
        "strategic_development",
        "other",
        MON,
        "Chile|Bolivia",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub", "day", "place"), BORDERS)
def test_a_border_closed_or_opened_is_a_strategic_development(
    text: str, lang: str, kind: str, sub: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind=sub)


# what else closes or opens keeps its own reading
OTHER_CLOSINGS: list[tuple[str, str, str | None]] = [
    ("Schools in Kampala closed on Tuesday.", "en", None),
    ("Die Schulen in Bern wurden am Montag geschlossen.", "de", None),
    ("Soldiers opened fire on protesters in Lagos on Monday.", "en", "protest"),
    (
        "Die Regierung schloss am Montag in Bogotá ein Abkommen mit den Rebellen.",
        "de",
        "strategic_development",
    ),
    ("Polling stations across Malawi opened on Tuesday.", "en", "election"),
]


# how a border stands, which a statement reports, is no act: the statement stays the event
BORDER_STATES: list[tuple[str, str, str]] = [
    (
        "A spokesman in Lusaka said in a statement on Tuesday that the border crossing had "
        "reopened.",
        "en",
        "Lusaka",
    ),
    (
        "Das Innenministerium in Vilnius teilte am Montag mit, alle Grenzübergänge seien "
        "geschlossen.",
        "de",
        "Vilnius",
    ),
]


@pytest.mark.parametrize(("text", "lang", "place"), BORDER_STATES)
def test_how_a_border_stands_is_no_act(text: str, lang: str, place: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [(e.kind, e.place_name) for e in events] == [("statement", place)]


@pytest.mark.parametrize(("text", "lang", "kind"), OTHER_CLOSINGS)
def test_what_else_closes_keeps_its_reading(text: str, lang: str, kind: str | None) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [e.kind for e in events] == ([kind] if kind else [])
    assert all(e.sub_kind != "other" for e in events)


# a day counted from an event that took the lead's day in a paragraph of its own
COUNTED: list[tuple[str, str, str, str, str]] = [
    (
        "Leaders met in Bishkek on Monday.\n\n"
        "Kyrgyz Foreign Minister Anna Ito held separate talks with her Kazakh counterpart on "
        "the sidelines. A day earlier, police arrested two men in Osh.",
        "en",
        "strategic_development",
        SUN,
        "Osh",
    ),
    (
        "Leaders met in Bishkek on Monday.\n\n"
        "Kyrgyz Foreign Minister Anna Ito held separate talks with her Kazakh counterpart on "
        "the sidelines. A day earlier, the two countries had opened a new border crossing "
        "near Osh.",
        "en",
        "strategic_development",
        SUN,
        "Osh",
    ),
    (
        "Die Außenminister der Golfstaaten trafen sich am Dienstag in Maskat.\n\n"
        "Der omanische Außenminister führte am Rande Gespräche mit seinem Amtskollegen aus "
        "Katar. Einen Tag zuvor hatte die Polizei in Sohar drei Männer festgenommen.",
        "de",
        "strategic_development",
        MON,
        "Sohar|Suhar",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), COUNTED)
def test_a_day_counted_from_an_event_dated_by_its_story(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


# "die Region", "the area": the place the story named last, not the dateline
AREAS: list[tuple[str, str, str, str]] = [
    (
        "Kigali, 10. Juni (dpa) - Der Vulkan Nyiragongo ist am Dienstag ausgebrochen.\n\n"
        "In der nahen Stadt Gisenyi wurden alle Märkte geschlossen.\n\n"
        "Bereits am Sonntag hatte ein Erdbeben der Stärke 4,9 die Region erschüttert.",
        "de",
        SUN,
        "Gisenyi",
    ),
    (
        "Lima, 10. Juni (dpa) - Der Vulkan Ubinas ist am Dienstag ausgebrochen.\n\n"
        "Die Behörden brachten Bewohner aus der Stadt Moquegua in Sicherheit.\n\n"
        "Am Sonntag hatte ein Beben der Stärke 4,2 das Gebiet erschüttert.",
        "de",
        SUN,
        "Moquegua",
    ),
    (
        "MANILA, June 10 (Reuters) - The Taal volcano erupted on Tuesday.\n\n"
        "Schools in the nearby town of Tagaytay were closed.\n\n"
        "A magnitude 4.8 earthquake had shaken the area on Sunday.",
        "en",
        SUN,
        "Tagaytay",
    ),
]


@pytest.mark.parametrize(("text", "lang", "day", "place"), AREAS)
def test_the_region_is_the_place_named_last(text: str, lang: str, day: str, place: str) -> None:
    assert_reported(text, lang, "disaster", day, place, sub_kind="earthquake")
