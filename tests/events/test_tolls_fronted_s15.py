"""Toll updates and fronted event nouns with a time of their own (session 15, round 3,
issue 20), in both languages, in places and words of no corpus article.

- **A toll update** (product decision, ``docs/events.md``): ``The death toll from <event>
  in <place> rose to N on Tuesday`` / ``Die Zahl der Toten nach dem <Ereignis> in <Ort>
  stieg am Dienstag auf N`` is one event of the noun's kind at the place inside the toll
  phrase; its day is a time inside the toll phrase, else the day the text last told for
  such an event, else none: the update's day says when the dead were counted.
- **A fronted relation phrase on an event noun with its own time and place**: ``After the
  collapse of X in Y in April, ...`` and ``Seit dem Putsch in X im vergangenen Monat hat
  ...`` tell that event (German fronts it with no comma before the finite verb) and the
  main clause's; a past year (``last year``, ``in 2011``, ``im vergangenen Jahr``) makes
  the noun history (background, the documented rule), not an event, nor the main clause's
  day.

Rows written before the fixes; kind, day and place as a reader names them."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported

THU, TUE, MON, SUN, SAT, FRI = (
    "2025-06-05",
    "2025-06-10",
    "2025-06-09",
    "2025-06-08",
    "2025-06-07",
    "2025-06-06",
)
LAST_WEEK, LAST_MONTH, APRIL = "2025-06-02", "2025-05-01", "2025-04-01"

# (text, lang, kind, sub_kind or None, day or None, place: any of the names, "|"-separated)
TOLLS: list[object] = [
    # no time inside the toll phrase, none told before: no day (the update's is no event's)
    (
        "The death toll from the earthquake in Sulawesi rose to 84 on Monday.",
        "en",
        "disaster",
        "earthquake",
        None,
        "Sulawesi",
    ),
    (
        "The death toll from a landslide in Enga province rose to 32 on Monday, officials said.",
        "en",
        "disaster",
        "mass_movement",
        None,
        "Enga",
    ),
    (
        "The number of people killed in floods in Bahia state climbed to 21 on Thursday.",
        "en",
        "disaster",
        "flood",
        None,
        "Bahia",
    ),
    (
        "The death toll from a cholera outbreak in Harare rose to 40 on Friday.",
        "en",
        "disaster",
        None,
        None,
        "Harare",
    ),
    (
        "Die Zahl der Toten nach dem Erdbeben in der Provinz Van stieg am Dienstag auf 19.",
        "de",
        "disaster",
        "earthquake",
        None,
        "Van",
    ),
    (
        "Die Zahl der Toten nach den Überschwemmungen im brasilianischen Bundesstaat Bahia ist "
        "am Donnerstag auf 21 gestiegen.",
        "de",
        "disaster",
        "flood",
        None,
        "Bahia",
    ),
    (
        "Die Zahl der Todesopfer nach dem Busunglück bei Cusco ist auf 24 gestiegen.",
        "de",
        "accident",
        "road",
        None,
        "Cusco",
    ),
    # a time inside the toll phrase is the event's own
    (
        "The death toll from Saturday's bus crash near Arequipa has risen to 17, police said "
        "on Monday.",
        "en",
        "accident",
        "road",
        SAT,
        "Arequipa",
    ),
    (
        "The toll from a mine collapse in Kolwezi on Friday rose to 12 on Sunday.",
        "en",
        "accident",
        None,
        FRI,
        "Kolwezi",
    ),
    (
        "Die Zahl der Toten nach dem Fährunglück vor Sansibar vom Samstag stieg am Montag auf 17.",
        "de",
        "accident",
        "maritime",
        SAT,
        "Sansibar|Zanzibar",
    ),
    # the day the text last told for that event
    (
        "Heavy rain triggered floods in the Malawian district of Zomba on Sunday. The death "
        "toll from the floods rose to 30 on Tuesday.",
        "en",
        "disaster",
        "flood",
        SUN,
        "Zomba",
    ),
    (
        "Ein Erdrutsch verschüttete am Freitag ein Dorf in der Provinz Enga. Die Zahl der Toten "
        "nach dem Erdrutsch stieg am Montag auf 32.",
        "de",
        "disaster",
        "mass_movement",
        FRI,
        "Enga",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), TOLLS)
def test_toll_update(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str | None, place: str
) -> None:
    assert_reported(text, lang, kind, day, place, sub_kind=sub_kind)  # type: ignore[arg-type]


TOLD_ONCE = [
    (
        "Heavy rain triggered floods in the Malawian district of Zomba on Sunday. The death "
        "toll from the floods rose to 30 on Tuesday.",
        "en",
    ),
    (
        "Ein Erdrutsch verschüttete am Freitag ein Dorf in der Provinz Enga. Die Zahl der Toten "
        "nach dem Erdrutsch stieg am Montag auf 32.",
        "de",
    ),
]


@pytest.mark.parametrize(("text", "lang"), TOLD_ONCE)
def test_toll_update_adds_no_day(text: str, lang: str) -> None:
    """The update's day is on no event: the one event keeps the day it was told on."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert {e.date for e in events} == {SUN if lang == "en" else FRI}, [
        (e.kind, e.trigger, e.date) for e in events
    ]


# (text, lang, [(kind, day, place)] every event a reader names, in any order)
FRONTED: list[tuple[str, str, list[tuple[str, str | None, str]]]] = [
    (
        "After the collapse of a school building in Jos in April, the state ordered "
        "inspections of all schools.",
        "en",
        [("accident", APRIL, "Jos")],
    ),
    (
        "Since the attack on a military base in Tillaberi last month, soldiers have patrolled "
        "the border.",
        "en",
        [("", LAST_MONTH, "Tillab")],
    ),
    (
        "Following the explosion at a chemical plant in Tianjin last month, police arrested the "
        "owner on Tuesday.",
        "en",
        [("accident", LAST_MONTH, "Tianjin"), ("strategic_development", TUE, "")],
    ),
    (
        "Seit dem Putsch in Niamey im vergangenen Monat regiert eine Junta das Land.",
        "de",
        [("strategic_development", LAST_MONTH, "Niamey")],
    ),
    (
        "Nach dem Einsturz einer Brücke in Savar in der vergangenen Woche protestierten am "
        "Sonntag Tausende in Dhaka.",
        "de",
        [("accident", LAST_WEEK, "Savar"), ("protest", SUN, "Dhaka")],
    ),
    (
        "Nach dem Grubenunglück in Soma in der vergangenen Woche streikten am Montag Bergleute "
        "in Ankara.",
        "de",
        [("accident", LAST_WEEK, "Soma"), ("protest", MON, "Ankara")],
    ),
    (
        "Nach dem Brand in einer Fabrik in Gazipur in der vergangenen Woche streikten am "
        "Dienstag Tausende Arbeiter in Dhaka.",
        "de",
        [("accident", LAST_WEEK, "Gazipur"), ("protest", TUE, "Dhaka")],
    ),
    (
        "Nach der Explosion in einer Chemiefabrik in Tianjin Anfang des Monats nahm die Polizei "
        "am Dienstag den Besitzer fest.",
        "de",
        [("accident", "2025-06-01", "Tianjin"), ("strategic_development", TUE, "")],
    ),
    (
        "Seit dem Angriff auf einen Stützpunkt in Tillaberi im vergangenen Monat patrouillieren "
        "Soldaten an der Grenze.",
        "de",
        [("", LAST_MONTH, "Tillab")],
    ),
    # a past year: the noun is history, the main clause keeps only its own day
    (
        "After a ferry sank off Lombok last year, hundreds protested in Mataram on Monday.",
        "en",
        [("protest", MON, "Mataram")],
    ),
    (
        "Nach dem Untergang einer Fähre vor Lombok im vergangenen Jahr protestierten am Montag "
        "Hunderte in Mataram.",
        "de",
        [("protest", MON, "Mataram")],
    ),
    ("The earthquake in Van in 2011 killed more than 600 people.", "en", []),
    ("Das Erdbeben in Van im Jahr 2011 tötete mehr als 600 Menschen.", "de", []),
    (
        "After the sinking of a ferry off Zanzibar last year, the government banned night "
        "sailings.",
        "en",
        [],
    ),
]


@pytest.mark.parametrize(("text", "lang", "wanted"), FRONTED)
def test_fronted_event_noun(
    text: str, lang: str, wanted: list[tuple[str, str | None, str]]
) -> None:
    """Every event a reader names, each once, and no other (an empty kind or place: any)."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    got = [(e.kind, e.date, e.place_name or "") for e in events]
    assert len(got) == len(wanted), got
    for kind, day, place in wanted:
        assert any(
            (not kind or k == kind) and d == day and place.casefold() in p.casefold()
            for k, d, p in got
        ), (kind, day, place, got)


# a toll of many events counted up to now is statistics, no event; a toll that may still
# rise reports nothing
NONE = [
    ("The death toll from militant attacks in Mali has risen to 300 so far this year.", "en"),
    ("Die Zahl der Toten bei Angriffen in Burkina Faso stieg in diesem Jahr auf 400.", "de"),
    ("Die Zahl der Toten könnte weiter steigen, warnten die Behörden.", "de"),
    ("Seit Beginn der Unruhen im April wurden in Lusaka 120 Menschen festgenommen.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NONE)
def test_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert events == (), [(e.kind, e.trigger, e.date) for e in events]
