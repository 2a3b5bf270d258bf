"""A third wide date table (issue 20, classes 5 and 6, eighth round): month parts, offsets,
datelines and negations in wording the first two tables (``test_dates_wide.py``,
``test_dates_wide2.py``) do not hold, across a year's turn, and every row's event checked to be
still found.

The expectations were worked out by hand on a calendar, not read from geomap. The document
date is Friday 13 February 2026: 1 February 2026 is a Sunday, so this week is Monday 9 to
Friday 13 February and last week Monday 2 to Sunday 8 February; January has 31 days, December
2025 31 (the latest December before the report is December 2025). A third of a month is days
1-10, 11-20 and 21 to its end, a half days 1-15 and 16 to its end; a third of a week
Monday-Tuesday, Tuesday-Thursday, Thursday-Sunday (docs/events.md, "Time"). A span reaching past
the document date ends on it. The sentences are written for these tests: places of South and
Central Asia, Africa, the Andes and the Middle East, wording of no benchmark article.
"""

from __future__ import annotations

from datetime import date

import pytest

import geomap
from geomap.events import resolve_time

FRI = date(2026, 2, 13)  # a Friday
D = "2026-02-13"


def _events(text: str, lang: str, given: str | None = D) -> list[geomap.Event]:
    return list(geomap.analyze(text, lang=lang, date=given).events)


def _days(text: str, lang: str, given: str | None = D) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.date_precision) for e in _events(text, lang, given)]


# (expression, language, date, precision, interval start, interval end)
SPANS = [
    # a third of a named month, across the year's turn
    ("Anfang Januar", "de", "2026-01-01", "month", "2026-01-01", "2026-01-10"),
    ("Mitte Dezember", "de", "2025-12-11", "month", "2025-12-11", "2025-12-20"),
    ("Ende Januar", "de", "2026-01-21", "month", "2026-01-21", "2026-01-31"),
    ("Anfang Februar", "de", "2026-02-01", "month", "2026-02-01", "2026-02-10"),
    ("at the start of February", "en", "2026-02-01", "month", "2026-02-01", "2026-02-10"),
    ("late December", "en", "2025-12-21", "month", "2025-12-21", "2025-12-31"),
    ("at the end of December", "en", "2025-12-21", "month", "2025-12-21", "2025-12-31"),
    ("by mid-January", "en", "2026-01-11", "month", "2026-01-11", "2026-01-20"),
    ("in mid-December", "en", "2025-12-11", "month", "2025-12-11", "2025-12-20"),
    # a third of this month (cut at the report) or of last month
    ("Mitte des Monats", "de", "2026-02-11", "month", "2026-02-11", "2026-02-13"),
    ("Ende vergangenen Monats", "de", "2026-01-21", "month", "2026-01-21", "2026-01-31"),
    ("Ende des Vormonats", "de", "2026-01-21", "month", "2026-01-21", "2026-01-31"),
    ("Anfang letzten Monats", "de", "2026-01-01", "month", "2026-01-01", "2026-01-10"),
    ("late last month", "en", "2026-01-21", "month", "2026-01-21", "2026-01-31"),
    ("in the middle of last month", "en", "2026-01-11", "month", "2026-01-11", "2026-01-20"),
    ("earlier this month", "en", "2026-02-01", "month", "2026-02-01", "2026-02-13"),
    # a half of a month
    ("in der ersten Januarhälfte", "de", "2026-01-01", "month", "2026-01-01", "2026-01-15"),
    ("in der zweiten Dezemberhälfte", "de", "2025-12-16", "month", "2025-12-16", "2025-12-31"),
    ("in the first half of January", "en", "2026-01-01", "month", "2026-01-01", "2026-01-15"),
    # a third of this week or last week
    ("earlier this week", "en", "2026-02-09", "week", "2026-02-09", "2026-02-13"),
    ("Mitte der Woche", "de", "2026-02-10", "week", "2026-02-10", "2026-02-12"),
    ("Anfang letzter Woche", "de", "2026-02-02", "week", "2026-02-02", "2026-02-03"),
    ("late last week", "en", "2026-02-05", "week", "2026-02-05", "2026-02-08"),
]

# (expression, language, day): one day
DAYS = [
    ("vor drei Tagen", "de", "2026-02-10"),
    ("three days ago", "en", "2026-02-10"),
    ("vorgestern", "de", "2026-02-11"),
    ("the day before yesterday", "en", "2026-02-11"),
    ("vor einer Woche", "de", "2026-02-06"),
    ("a week ago", "en", "2026-02-06"),
    ("am vergangenen Montag", "de", "2026-02-09"),
    ("last Monday", "en", "2026-02-09"),
    ("am Sonntag", "de", "2026-02-08"),
    ("am 31. Januar", "de", "2026-01-31"),
    ("on Jan. 31", "en", "2026-01-31"),
    ("am 28.12.", "de", "2025-12-28"),
    ("on 28 December", "en", "2025-12-28"),
    # a date in apposition to a day, between commas (the clause is not cut there)
    ("am Montag, dem 9. Februar,", "de", "2026-02-09"),
    ("am Donnerstag, den 12. Februar,", "de", "2026-02-12"),
    ("am Dienstag, 10.02.,", "de", "2026-02-10"),
    ("on Monday, Feb. 9", "en", "2026-02-09"),
]


@pytest.mark.parametrize(("text", "lang", "day", "precision", "start", "end"), SPANS)
def test_span_shape(text, lang, day, precision, start, end) -> None:
    v = resolve_time(text, lang, FRI, "day")
    assert (v.date, v.precision, v.start, v.end) == (day, precision, start, end)


@pytest.mark.parametrize(("text", "lang", "day"), DAYS)
def test_day_shape(text, lang, day) -> None:
    v = resolve_time(text, lang, FRI, "day")
    assert (v.date, v.precision) == (day, "day")


# Date words never make an event disappear: each span and day above, inside and in front of
# sentences of other kinds (a flood, an air crash, a protest), still gives its event.
def _sentences(expr: str, lang: str) -> list[str]:
    fronted = f"{expr[0].upper()}{expr[1:]}"
    if lang == "de":
        return [
            f"Ein Hochwasser überschwemmte {expr} weite Teile von Sylhet.",
            f"{fronted} stürzte bei Taraz ein Hubschrauber ab.",
            f"{fronted} hatten Tausende Studenten in Cochabamba demonstriert.",
        ]
    return [
        f"Floods swept through Sylhet {expr}.",
        f"{fronted}, a helicopter crashed near Taraz.",
        f"{fronted}, thousands of students had marched in Cochabamba.",
    ]


@pytest.mark.parametrize(("text", "lang", "day", "precision", "start", "end"), SPANS)
def test_span_words_keep_the_event(text, lang, day, precision, start, end) -> None:
    for sentence in _sentences(text, lang):
        assert _days(sentence, lang) == [(day, precision)], sentence


@pytest.mark.parametrize(("text", "lang", "day"), DAYS)
def test_day_words_keep_the_event(text, lang, day) -> None:
    for sentence in _sentences(text, lang):
        assert _days(sentence, lang) == [(day, "day")], sentence


# An earlier event of the same kind told with a date of its own is a second event, also when
# it is named by a definite noun (``the floods``, ``den Fluten``): the date says it is not
# the one just reported.
@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        (
            "Floods killed twelve people in Sylhet on Wednesday. At the start of the month, "
            "eight people had died in the floods in Sunamganj.",
            "en",
            [("2026-02-11", "day"), ("2026-02-01", "month")],
        ),
        (
            "Ein Hochwasser hat am Mittwoch in Sylhet zwölf Menschen getötet. Bereits Anfang "
            "des Monats waren in Sunamganj acht Menschen in den Fluten getötet worden.",
            "de",
            [("2026-02-11", "day"), ("2026-02-01", "month")],
        ),
        (
            "A helicopter crashed near Taraz on Tuesday. On January 31, the crash of a cargo "
            "plane near Shymkent had killed three crew members.",
            "en",
            [("2026-02-10", "day"), ("2026-01-31", "day")],
        ),
        (
            "Police fired tear gas at students in Kisumu on Thursday. The protests began "
            "earlier this month after the government raised fees.",
            "en",
            [("2026-02-12", "day"), ("2026-02-01", "month")],
        ),
        (
            "Die Polizei setzte am Donnerstag in Kisumu Tränengas gegen Studenten ein. Die "
            "Proteste hatten Anfang des Monats begonnen.",
            "de",
            [("2026-02-12", "day"), ("2026-02-01", "month")],
        ),
    ],
)
def test_an_earlier_event_of_the_same_kind_with_its_own_date_is_kept(text, lang, days) -> None:
    assert _days(text, lang) == days


# Offsets from an earlier event: (text, language, the events' days)
OFFSETS = [
    (
        "Floods swept through Sylhet on Monday. Two days after the flood, the prime minister "
        "visited Sylhet.",
        "en",
        ["2026-02-09", "2026-02-11"],
    ),
    (
        "Ein Erdbeben erschütterte am Montag die Provinz Kermanshah. Am Tag nach dem Beben "
        "besuchte der Präsident die Stadt Kermanshah.",
        "de",
        ["2026-02-09", "2026-02-10"],
    ),
    (
        "Die Polizei nahm am Dienstag in Accra 20 Demonstranten fest. Tausende Studenten "
        "demonstrierten am Folgetag in Accra.",
        "de",
        ["2026-02-10", "2026-02-11"],
    ),
    (
        "Police arrested 20 protesters in Accra on Tuesday. The following day, thousands of "
        "students marched in Accra.",
        "en",
        ["2026-02-10", "2026-02-11"],
    ),
    (
        "A ferry capsized off Mwanza on Sunday. The next morning, the president flew to Mwanza.",
        "en",
        ["2026-02-08", "2026-02-09"],
    ),
    (
        "Police arrested 20 protesters in Kumasi on Monday. 72 hours later, thousands of "
        "students marched in Kumasi.",
        "en",
        ["2026-02-09", "2026-02-12"],
    ),
    (
        "Die Polizei nahm am Donnerstag in Kumasi 20 Demonstranten fest. Tausende Studenten "
        "hatten zwei Tage zuvor in Kumasi demonstriert.",
        "de",
        ["2026-02-12", "2026-02-10"],
    ),
    (
        "Ein Wirbelsturm verwüstete am 2. Februar die Stadt Toamasina. Eine Woche später "
        "besuchte der Präsident Toamasina.",
        "de",
        ["2026-02-02", "2026-02-09"],
    ),
    (
        "A cyclone battered Toamasina on February 2. A week after the cyclone, the president "
        "visited Toamasina.",
        "en",
        ["2026-02-02", "2026-02-09"],
    ),
    (
        "Gunmen attacked a market in Maiduguri on Tuesday. The day after, police arrested six "
        "suspects in Maiduguri.",
        "en",
        ["2026-02-10", "2026-02-11"],
    ),
    (
        "Bewaffnete griffen am Dienstag einen Markt in Maiduguri an. Tags darauf nahm die "
        "Polizei in Maiduguri sechs Verdächtige fest.",
        "de",
        ["2026-02-10", "2026-02-11"],
    ),
    (
        "Police arrested six suspects in Maiduguri on Wednesday. A day earlier, gunmen had "
        "attacked a market in Maiduguri.",
        "en",
        ["2026-02-11", "2026-02-10"],
    ),
]


@pytest.mark.parametrize(("text", "lang", "days"), OFFSETS)
def test_offset_from_an_earlier_event(text, lang, days) -> None:
    assert _days(text, lang) == [(day, "day") for day in days]


# No date words (docs/events.md, "No date words, no day"): no day, whatever the document
# date; the event before in its paragraph, or the lead's own day in a later paragraph, gives
# one.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Hundreds of people protested in Cochabamba.", "en"),
        ("Hunderte Menschen demonstrierten in Cochabamba.", "de"),
        ("A landslide buried a village near Pokhara.", "en"),
        ("Ein Erdrutsch verschüttete ein Dorf bei Pokhara.", "de"),
    ],
)
def test_no_date_words_give_no_day(text, lang) -> None:
    for given in (D, None):
        days = _days(text, lang, given)
        assert len(days) == 1, text
        assert days[0][0] is None and days[0][1] != "day", text


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Police arrested 20 protesters in Kumasi on Monday. Thousands of students marched "
            "in Kumasi.",
            "en",
        ),
        (
            "Die Polizei nahm am Montag in Kumasi 20 Demonstranten fest. Tausende Studenten "
            "demonstrierten in Kumasi.",
            "de",
        ),
        (
            "Police arrested 20 protesters in Kumasi on Monday.\n\nIn Tamale, thousands of "
            "students marched.",
            "en",
        ),
        (
            "Die Polizei nahm am Montag in Kumasi 20 Demonstranten fest.\n\nIn Tamale "
            "demonstrierten Tausende Studenten.",
            "de",
        ),
    ],
)
def test_an_undated_event_takes_its_story_s_day(text, lang) -> None:
    assert _days(text, lang) == [("2026-02-09", "day")] * 2


# (text, language, --date, the lead event's day)
DATELINES = [
    ("DHAKA, Feb. 12 (Reuters) - Police arrested 20 protesters in Dhaka.", "en", D, "2026-02-12"),
    (
        "ACCRA, 12 February 2026 (AFP) — Police arrested 20 protesters in Accra.",
        "en",
        None,
        "2026-02-12",
    ),
    (
        "Almaty, 12.02.2026 (dpa) - In Almaty wurden 20 Demonstranten festgenommen.",
        "de",
        None,
        "2026-02-12",
    ),
    ("NAIROBI, Feb 12 /AFP/ - Police arrested 20 protesters in Nairobi.", "en", D, "2026-02-12"),
    (
        "MANILA, Thursday, Feb. 12 (AP) — Police arrested 20 protesters in Manila.",
        "en",
        D,
        "2026-02-12",
    ),
    ("Quito, 2026-02-12 — Police arrested 20 protesters in Quito.", "en", None, "2026-02-12"),
    (
        "BOGOTÁ, 12. Feb. (dpa) - In Bogotá wurden 20 Demonstranten festgenommen.",
        "de",
        D,
        "2026-02-12",
    ),
    (
        "MONTEVIDEO, 30. Dez. (AFP) - In Montevideo wurden 20 Demonstranten festgenommen.",
        "de",
        "2026-01-02",
        "2025-12-30",
    ),
    (
        "KATHMANDU, February 12, 2026 (Xinhua) -- Police arrested 20 protesters in Kathmandu.",
        "en",
        None,
        "2026-02-12",
    ),
    (
        "HARARE, Thursday 12 February 2026 — Police arrested 20 protesters in Harare.",
        "en",
        None,
        "2026-02-12",
    ),
    (
        "SANTIAGO, Sept. 30 (Reuters) - Police arrested 20 protesters in Santiago.",
        "en",
        "2025-10-02",
        "2025-09-30",
    ),
    (
        "RABAT, 1. Okt. (dpa) - In Rabat wurden 20 Demonstranten festgenommen.",
        "de",
        "2025-10-02",
        "2025-10-01",
    ),
    (
        "TUNIS, 12.02. (dpa) - In Tunis wurden 20 Demonstranten festgenommen.",
        "de",
        D,
        "2026-02-12",
    ),
]


@pytest.mark.parametrize(("text", "lang", "given", "day"), DATELINES)
def test_dateline_dates_the_lead(text, lang, given, day) -> None:
    assert _days(text, lang, given) == [(day, "day")]


# Negations of every shape: the negated event is no event; a real event beside it stays.
NEGATED = [
    ("No hostages were freed in Bamako.", "en"),
    ("Keine Geiseln wurden in Bamako befreit.", "de"),
    ("None of the protesters were detained in Dhaka.", "en"),
    ("Kein einziger Demonstrant wurde in Almaty festgenommen.", "de"),
    ("No ships were attacked in the Gulf of Aden on Tuesday.", "en"),
    ("Niemand wurde am Dienstag in Kumasi festgenommen.", "de"),
    ("No one was arrested in Kumasi.", "en"),
    ("Keine der Fähren ist vor Mwanza gekentert.", "de"),
    ("Police did not arrest anyone in Kisumu on Tuesday.", "en"),
    ("Die Polizei hat am Dienstag in Kisumu niemanden festgenommen.", "de"),
    ("Police denied that any protesters had been arrested in Kisumu.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), NEGATED)
def test_a_negated_event_is_none(text, lang) -> None:
    assert _events(text, lang) == []


# (text, language, kind): the one event that stays
BESIDE = [
    (
        "Police fired tear gas at protesters in Nairobi on Tuesday; no one was arrested.",
        "en",
        "protest",
    ),
    (
        "Ein Erdbeben erschütterte am Dienstag die Provinz Kermanshah, verletzt wurde niemand.",
        "de",
        "disaster",
    ),
    (
        "Ein Erdbeben erschütterte am Dienstag die Provinz Kermanshah; niemand wurde verletzt.",
        "de",
        "disaster",
    ),
    (
        "A bus plunged into a ravine near Shimla on Tuesday, but none of the passengers were "
        "killed.",
        "en",
        "accident",
    ),
    # a negation word that counts or qualifies negates nothing
    (
        "Police arrested no fewer than 40 protesters in Dhaka on Tuesday.",
        "en",
        "strategic_development",
    ),
    (
        "Die Polizei nahm am Dienstag in Dhaka nicht weniger als 40 Demonstranten fest.",
        "de",
        "strategic_development",
    ),
    (
        "Gunmen with no uniforms attacked a village near Maiduguri on Tuesday.",
        "en",
        "violence_against_civilians",
    ),
    ("A bus crashed not far from Shimla on Tuesday.", "en", "accident"),
    # a negative word of another clause or phrase leaves the event
    ("No one knows why the bridge collapsed in Genoa on Tuesday.", "en", "accident"),
    (
        "There were no immediate reports of casualties after the earthquake struck Van on Tuesday.",
        "en",
        "disaster",
    ),
    ("No damage was reported from the earthquake that struck Van on Tuesday.", "en", "disaster"),
    ("No arrests were made after protesters marched through Kisumu on Tuesday.", "en", "protest"),
    (
        "Keine Festnahmen gab es, nachdem am Dienstag Tausende in Kisumu demonstriert hatten.",
        "de",
        "protest",
    ),
    ("Nobody was hurt when a bus overturned near Shimla on Tuesday.", "en", "accident"),
    # a negation in another part of the clause (a relative clause, a reason, a "but" part)
    (
        "Police arrested a man in Kisumu on Tuesday who did not have a permit.",
        "en",
        "strategic_development",
    ),
    (
        "Protesters marched through Kisumu on Tuesday because talks had not resumed.",
        "en",
        "protest",
    ),
    (
        "Police arrested two men in Kisumu on Tuesday but did not give their names.",
        "en",
        "strategic_development",
    ),
    (
        "Hunderte Studenten demonstrierten am Dienstag in Kisumu, weil die Gespräche nicht "
        "wieder aufgenommen wurden.",
        "de",
        "protest",
    ),
    ("Ein Bus verunglückte am Dienstag nicht weit von Shimla.", "de", "accident"),
]


@pytest.mark.parametrize(("text", "lang", "kind"), BESIDE)
def test_a_real_event_beside_a_negation_stays(text, lang, kind) -> None:
    events = _events(text, lang)
    assert [(e.kind, e.date) for e in events] == [(kind, "2026-02-10")], text


# An event going on since a day or a month part that counts nothing is an event, dated from
# when it began; a running count since then (a number, the dead) is background.
@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        (
            "Students have protested in Accra since the start of the month.",
            "en",
            ("2026-02-01", "month"),
        ),
        ("Since Monday, students have protested in Accra.", "en", ("2026-02-09", "day")),
        (
            "Seit Anfang des Monats haben Studenten in Arequipa protestiert.",
            "de",
            ("2026-02-01", "month"),
        ),
        ("Seit Montag haben Studenten in Arequipa protestiert.", "de", ("2026-02-09", "day")),
    ],
)
def test_an_event_going_on_since_a_day_is_an_event(text, lang, day) -> None:
    assert _days(text, lang) == [day]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police have arrested 200 people in Accra since the start of the month.", "en"),
        ("Seit Anfang des Monats sind in Sylhet zwölf Menschen ertrunken.", "de"),
        ("More than 40 migrants have drowned off Dakar since the start of the month.", "en"),
    ],
)
def test_a_running_count_since_a_day_is_background(text, lang) -> None:
    assert _events(text, lang) == []


# A clause that opens with a relation after an event of its sentence names the event the
# relation counts from, also when that event is a noun of its own (two words: ``air strike``)
# and a clause of saying stands between: it lies the offset before (Thursday 12 February -1
# = Wednesday 11 February; -2 = Tuesday 10 February).
@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        (
            "Tanks shelled villages near Kidal on Thursday, state media said, a day after an "
            "air strike killed four people in Tessalit.",
            "en",
            ["2026-02-12", "2026-02-11"],
        ),
        (
            "Police arrested two men in Kirkuk on Thursday, two days after a car bomb exploded "
            "at a market in the city.",
            "en",
            ["2026-02-12", "2026-02-10"],
        ),
        (
            "Panzer beschossen am Donnerstag Dörfer bei Kidal, wie staatliche Medien "
            "berichteten, einen Tag nach einem Luftangriff auf Tessalit.",
            "de",
            ["2026-02-12", "2026-02-11"],
        ),
        (
            "Die Polizei nahm am Donnerstag in Kirkuk zwei Verdächtige fest, zwei Tage nach "
            "einem Selbstmordanschlag auf einen Markt in der Stadt.",
            "de",
            ["2026-02-12", "2026-02-10"],
        ),
    ],
)
def test_an_event_named_in_a_trailing_relation_is_kept(text, lang, days) -> None:
    events = _events(text, lang)
    assert [(e.date, e.date_precision) for e in events] == [(day, "day") for day in days]
    assert events[1].kind == "explosion_remote_violence"
    assert events[1].relation == "before:0"


# "The launch came a week after ...": a definite noun naming the event told before opens
# the clause, and the relation's own event lies the offset before that event (Wednesday 11
# February - 7 = Wednesday 4 February; Thursday 12 February - 2 = Tuesday 10 February).
@pytest.mark.parametrize(
    ("text", "lang", "days"),
    [
        (
            "North Korea fired two missiles off its east coast on Wednesday. The launch came a "
            "week after the North tested a new solid-fuel engine at its Sohae station.",
            "en",
            ["2026-02-11", "2026-02-04"],
        ),
        (
            "Gunmen attacked a police station in Kisumu on Thursday. The attack came two days "
            "after police arrested 12 protesters in Kisumu.",
            "en",
            ["2026-02-12", "2026-02-10"],
        ),
    ],
)
def test_the_event_came_after_another(text, lang, days) -> None:
    events = _events(text, lang)
    assert [(e.date, e.date_precision) for e in events] == [(day, "day") for day in days]
    assert events[1].relation == "before:0"


# A later paragraph with no time words that ties to the lead (its place) takes the lead's
# day, not that of a related event of the paragraph before (the arrival the evening before).
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "DOHA, Feb 13 (Reuters) - Foreign ministers of six Gulf states met in Doha on "
            "Friday for talks on shipping.\n\nThe Omani foreign minister arrived in Doha on "
            "Thursday evening.\n\nThe Saudi foreign minister held separate talks with his "
            "Kuwaiti counterpart in Doha.",
            "en",
        ),
        (
            "DOHA, 13. Februar (dpa) - Die Außenminister von sechs Golfstaaten haben sich am "
            "Freitag in Doha getroffen.\n\nDer omanische Außenminister war am Donnerstagabend "
            "in Doha eingetroffen.\n\nDer saudische Außenminister führte in Doha getrennte "
            "Gespräche mit seinem kuwaitischen Amtskollegen.",
            "de",
        ),
    ],
)
def test_a_later_paragraph_tied_to_the_lead_takes_its_day(text, lang) -> None:
    assert [day for day, _ in _days(text, lang)] == ["2026-02-13", "2026-02-12", "2026-02-13"]


# A time still to come in the clause (``[clauses] future``: ``in the coming days``, ``in den
# kommenden Tagen``, ``in den nächsten Wochen``): not happened.
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Meteorologen rechnen in den kommenden Tagen mit neuen Überschwemmungen in Sylhet.", "de"),
        ("In den nächsten Wochen drohen in Sylhet weitere Erdrutsche.", "de"),
        ("Forecasters see more flooding in Sylhet in the coming days.", "en"),
        ("Aid groups see a risk of fresh landslides near Pokhara in the coming weeks.", "en"),
    ],
)
def test_a_time_to_come_reports_no_event(text, lang) -> None:
    assert _events(text, lang) == []
