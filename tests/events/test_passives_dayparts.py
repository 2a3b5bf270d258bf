"""English passives of carrier verbs and German parts of a day with no day named.

- A carrier that reads only its object after it (``closed the border``) reads the subject of
  its passive too (``The border was closed``, ``the crossing was briefly reopened``); a
  perfect with no passive (``the crossing had reopened``: how things stand) stays no event,
  and so does a road blocked by no one named (a landslide blocks roads too).
- The report's first event dated only by a part of a day (``In den frühen Morgenstunden``,
  ``In der Nacht``, ``later in the day``) is on the dateline's day, else on the report's
  day; ``Am Vorabend`` after an event is the day before it, ``in der Nacht zum Sonntag``
  Sunday with Saturday in its span.

Written for these tests, before geomap ran on them, with places in other regions than the
benchmark's articles."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"

# (text, language, kind, day, place: any of the names, "|"-separated)
PASSIVES: list[tuple[str, str, str, str, str]] = [
    (
        "WINDHOEK, June 10 (Reuters) - The border with Angola was closed on Tuesday after "
        "clashes between smugglers and police, officials said.",
        "en",
        "strategic_development",
        TUE,
        "border|Angola",
    ),
    (
        "ULAANBAATAR, June 10 (AP) - The main crossing into China was briefly reopened on "
        "Monday for trucks carrying food.",
        "en",
        "strategic_development",
        MON,
        "Ulaanbaatar|Ulan Bator|China",
    ),
    (
        "CUSCO, June 10 (AP) - Roads into Cusco were blocked by striking truckers on Monday.",
        "en",
        "protest",
        MON,
        "Cusco",
    ),
    (
        "Windhuk (dpa) - Die Grenze zu Angola wurde am Dienstag nach Zusammenstößen geschlossen.",
        "de",
        "strategic_development",
        TUE,
        "Angola",
    ),
]

# (text, language, kind, day, place)
DAY_PARTS: list[tuple[str, str, str, str, str]] = [
    (
        "Moskau (dpa) - In den frühen Morgenstunden griffen Drohnen ein Umspannwerk in Kursk an.",
        "de",
        "explosion_remote_violence",
        DAY,
        "Kursk",
    ),
    (
        "HANOI, 10. Juni (dpa) - In der Nacht nahm die Polizei in Da Nang zwölf mutmaßliche "
        "Schmuggler fest.",
        "de",
        "strategic_development",
        TUE,
        "Da Nang|Đà Nẵng|Danang",
    ),
    (
        "Lagos (dpa) - Die Polizei nahm in den frühen Morgenstunden in Ibadan zwölf "
        "Demonstranten fest.",
        "de",
        "strategic_development",
        DAY,
        "Ibadan",
    ),
    (
        "Buenos Aires (dpa) - In der Nacht zum Sonntag setzten Unbekannte in Rosario ein "
        "Parteibüro in Brand.",
        "de",
        "riot|strategic_development|violence_against_civilians",
        SUN,
        "Rosario",
    ),
]


def _rows(rows: list) -> list:
    return [pytest.param(*r, id=f"{r[1]}-{r[4].split('|')[0]}") for r in rows]


@pytest.mark.parametrize(("text", "lang", "kind", "day", "place"), _rows(PASSIVES))
def test_passive_carrier_reads_its_subject(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


@pytest.mark.parametrize(("text", "lang", "kinds", "day", "place"), _rows(DAY_PARTS))
def test_part_of_a_day_is_the_reports_day(
    text: str, lang: str, kinds: str, day: str, place: str
) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.kind, e.date, e.place_name) for e in events]
    assert any(
        e.kind in kinds.split("|")
        and e.date == day
        and any(n in (e.place_name or "") for n in place.split("|"))
        for e in events
    ), got


def test_eve_is_the_day_before_the_event() -> None:
    text = (
        "Kiew (dpa) - Russland hat die Stadt Cherson am Dienstag mit Raketen "
        "angegriffen. Am Vorabend hatten Drohnen ein Kraftwerk in Mykolajiw getroffen."
    )
    events = geomap.analyze(text, lang="de", date=DAY).events
    got = [(e.date, e.place_name) for e in events]
    assert len(got) == 2, got
    assert got[0][0] == TUE and "Kherson" in (got[0][1] or ""), got
    assert got[1][0] == MON and "Mykola" in (got[1][1] or ""), got


@pytest.mark.parametrize(
    "text",
    [
        "DHAKA, June 10 (AP) - The border crossing had reopened by Tuesday, traders said.",
        "LIMA, June 10 (AP) - Roads to the airport were blocked in Cusco on Monday.",
    ],
)
def test_no_passive_no_event(text: str) -> None:
    assert not geomap.analyze(text, lang="en", date=DAY).events


# A body convened meets where it sits: not at the scene of the event before, at the
# dateline's city.
SEATED: list[tuple[str, str, str]] = [
    (
        "Bamako (dpa) - Bewaffnete griffen am Montag in der Region Mopti ein Dorf an. "
        "Der Präsident berief noch am Abend den Nationalen Sicherheitsrat ein.",
        "de",
        "Bamako",
    ),
    (
        "BAMAKO, June 10 (Reuters) - Gunmen attacked a village in the Mopti region on Monday. "
        "The president convened the national security council that evening.",
        "en",
        "Bamako",
    ),
]


@pytest.mark.parametrize(("text", "lang", "place"), SEATED)
def test_a_body_convened_meets_where_it_sits(text: str, lang: str, place: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.kind, e.place_name, e.place_method) for e in events]
    assert [k for k, _, _ in got][-1] == "meeting", got
    assert got[-1][1] == place, got
