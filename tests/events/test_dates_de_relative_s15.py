"""German relative and vague dates read by the whole pipeline (issue 20, session 15 round
2): days counted back (``vor zehn Tagen``), parts of the last week (``Ende vergangener
Woche``), weekends, nights (``in der Nacht auf Samstag``), a part of the day after a weekday
named the sentence before (``Am frühen Morgen``), the day before another event (``tags
zuvor``, ``am Vortag``), a weekday of the last week (``am Dienstag vergangener Woche``, ``am
Montag vor einer Woche``), parts of a month (``Mitte Mai``, ``Anfang Juni``), running counts
since the year began (background), and datelines with and without a year under which
``heute``/``gestern`` count from the dateline's day. The precision is what the wording
says: a day, a week (a span of days) or a month. Written before the code was changed, in
places and words of no benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY  # Wednesday 2025-06-11

Dated = tuple[str | None, str | None, str | None, str | None]


def _last_sentence(text: str, date: str | None = DAY) -> list[Dated]:
    """The (day, precision, span start, span end) of the events of the text's last sentence
    that reports any."""
    events = geomap.analyze(text, lang="de", date=date).events
    assert events, text
    last = max(e.sentence for e in events)
    return [
        (e.date, e.date_precision, e.date_start, e.date_end) for e in events if e.sentence == last
    ]


def _day(day: str) -> Dated:
    return (day, "day", None, None)


LAST_WEEK_END = ("2025-06-05", "week", "2025-06-05", "2025-06-08")  # Thursday-Sunday
LAST_WEEKEND = ("2025-06-07", "week", "2025-06-07", "2025-06-08")

ROWS: list[tuple[str, Dated]] = [
    # days and weeks counted back from the report's day
    ("Vor zehn Tagen zündeten Unbekannte in Tuzla eine Moschee an.", _day("2025-06-01")),
    (
        "Bei einem Erdrutsch nahe Cusco sind vor zehn Tagen sechs Menschen ums Leben gekommen.",
        _day("2025-06-01"),
    ),
    ("Vor zwei Wochen hatten Rebellen bei Goma einen Konvoi überfallen.", _day("2025-05-28")),
    ("Vor knapp drei Wochen stürzte in Mandalay ein Wohnhaus ein.", _day("2025-05-21")),
    ("Vor einer Woche wurde in Osch ein Journalist festgenommen.", _day("2025-06-04")),
    # parts of the last week: thirds (Monday-Tuesday, Tuesday-Thursday, Thursday-Sunday)
    ("Ende vergangener Woche stürmten Demonstranten das Rathaus von Osch.", LAST_WEEK_END),
    (
        "Bei Überschwemmungen in Gujranwala sind Ende vergangener Woche zwölf Menschen gestorben.",
        LAST_WEEK_END,
    ),
    ("Ende letzter Woche hatte die Polizei in Mostar drei Männer festgenommen.", LAST_WEEK_END),
    (
        "Anfang vergangener Woche stürzte in Lusaka eine Brücke ein.",
        ("2025-06-02", "week", "2025-06-02", "2025-06-03"),
    ),
    (
        "Mitte vergangener Woche hatten Soldaten in Niamey den Präsidenten festgesetzt.",
        ("2025-06-03", "week", "2025-06-03", "2025-06-05"),
    ),
    (
        "Anfang der Woche wurden in Cotonou zwei Journalisten festgenommen.",
        ("2025-06-09", "week", "2025-06-09", "2025-06-10"),
    ),
    # the weekend
    (
        "Am vergangenen Wochenende demonstrierten in Skopje Tausende Menschen gegen die Regierung.",
        LAST_WEEKEND,
    ),
    ("Am Wochenende wurde in Nukualofa ein Minister festgenommen.", LAST_WEEKEND),
    (
        "Bei einem Busunglück nahe Cochabamba sind am Wochenende 14 Menschen ums Leben gekommen.",
        LAST_WEEKEND,
    ),
    (
        "Über das Wochenende blockierten Lkw-Fahrer die Grenzübergänge bei Beitbridge.",
        LAST_WEEKEND,
    ),
    # added after the first run: the weekend before the latest one
    (
        "Am vorletzten Wochenende demonstrierten in Podgorica Tausende Studenten.",
        ("2025-05-31", "week", "2025-05-31", "2025-06-01"),
    ),
    # a night ends on the day named: that day, the span from the evening before
    (
        "In der Nacht auf Samstag griffen Bewaffnete ein Dorf bei Maiduguri an.",
        ("2025-06-07", "day", "2025-06-06", "2025-06-07"),
    ),
    (
        "In der Nacht zu Samstag stürzte in Kathmandu ein Hotel ein.",
        ("2025-06-07", "day", "2025-06-06", "2025-06-07"),
    ),
    (
        "In der Nacht zum Montag stürmten Bewaffnete in Port-au-Prince ein Polizeirevier.",
        ("2025-06-09", "day", "2025-06-08", "2025-06-09"),
    ),
    (
        "Bei einem Brand in einer Textilfabrik bei Gazipur kamen in der Nacht auf Dienstag "
        "neun Arbeiter ums Leben.",
        ("2025-06-10", "day", "2025-06-09", "2025-06-10"),
    ),
    (
        "In der Nacht von Freitag auf Samstag brannten in Bujumbura mehrere Marktstände.",
        ("2025-06-07", "day", "2025-06-06", "2025-06-07"),
    ),
    (
        "In der vergangenen Nacht stürmten Bewaffnete ein Gefängnis bei Kumasi.",
        ("2025-06-11", "day", "2025-06-10", "2025-06-11"),
    ),
    # a part of the day after a weekday named the sentence before is on that weekday
    (
        "Rebellen griffen am Montag eine Kaserne bei Beni an. Am frühen Morgen hatten sie "
        "bereits ein Dorf bei Butembo überfallen.",
        _day("2025-06-09"),
    ),
    (
        "Am Dienstag kam es in Lilongwe zu Protesten. Am frühen Morgen wurden dort zwei "
        "Oppositionspolitiker festgenommen.",
        _day("2025-06-10"),
    ),
    (
        "Am Sonntag wurde in Fidschi gewählt. Am späten Abend stürmten Anhänger der Opposition "
        "die Wahlkommission in Suva.",
        _day("2025-06-08"),
    ),
    ("Am frühen Morgen stürmten Soldaten den Präsidentenpalast in Bissau.", _day("2025-06-11")),
    # the day before another event
    (
        "Am Dienstag wurden in Tiflis 30 Demonstranten festgenommen. Tags zuvor hatten "
        "Tausende vor dem Parlament in Tiflis protestiert.",
        _day("2025-06-09"),
    ),
    (
        "Die Polizei nahm am Montag in Almaty zwei Verdächtige fest. Am Vortag war dort ein "
        "Anschlag auf eine Bank verübt worden.",
        _day("2025-06-08"),
    ),
    (
        "Am Montag wurde in Bamako ein Oppositionsführer festgenommen. Einen Tag zuvor hatten "
        "seine Anhänger in Bamako demonstriert.",
        _day("2025-06-08"),
    ),
    (
        "Soldaten eroberten am Sonntag die Stadt Kindu zurück, die Rebellen tags zuvor "
        "eingenommen hatten.",
        _day("2025-06-07"),
    ),
    # a weekday of the last week
    (
        "Am Dienstag vergangener Woche war bei Kabul ein Minibus in eine Schlucht gestürzt.",
        _day("2025-06-03"),
    ),
    (
        "Bei einem Grubenunglück in Karaganda waren am Freitag vergangener Woche acht "
        "Bergleute gestorben.",
        _day("2025-06-06"),
    ),
    ("Am Mittwoch letzter Woche wurde in Sarajevo ein Richter erschossen.", _day("2025-06-04")),
    (
        "Am Montag vor einer Woche stürmten Demonstranten in Apia das Parlament.",
        _day("2025-06-02"),
    ),
    (
        "Am Freitag vor zwei Wochen war in Kisumu ein Fährschiff gesunken.",
        _day("2025-05-30"),
    ),
    # added with the rule: said on a Wednesday, the Sunday a week ago is ten days back, not
    # the Sunday three days before
    (
        "Am Sonntag vor einer Woche wurde in Banja Luka ein Journalist angegriffen.",
        _day("2025-06-01"),
    ),
    ("Vergangenen Donnerstag wurde in Sarajevo ein Richter erschossen.", _day("2025-06-05")),
    # parts of a month: month precision, the span a third of it
    (
        "Mitte Mai waren bei Überschwemmungen in Kenia mehr als 40 Menschen ums Leben gekommen.",
        ("2025-05-11", "month", "2025-05-11", "2025-05-20"),
    ),
    (
        "Anfang Juni stürmten Anhänger des Präsidenten in Bischkek das Parlament.",
        ("2025-06-01", "month", "2025-06-01", "2025-06-10"),
    ),
    (
        "Ende Mai hatte ein Zyklon in Mosambik schwere Schäden angerichtet.",
        ("2025-05-21", "month", "2025-05-21", "2025-05-31"),
    ),
    (
        "Im April war in Port Moresby ein Hotel eingestürzt.",
        ("2025-04-01", "month", "2025-04-01", "2025-04-30"),
    ),
    (
        "Anfang des Monats wurde in Tirana ein Oppositionspolitiker festgenommen.",
        ("2025-06-01", "month", "2025-06-01", "2025-06-10"),
    ),
    (
        "Ende vergangenen Monats wurde in Tirana ein Oppositionspolitiker festgenommen.",
        ("2025-05-21", "month", "2025-05-21", "2025-05-31"),
    ),
]

# a dateline with a year and no document date: heute, gestern, vorgestern and a weekday count
# from the dateline's day
DATELINE_WITH_YEAR: list[tuple[str, Dated]] = [
    # heute, gestern, vorgestern under a dateline with a year count from its day
    (
        "BAKU, 4. Mai 2025 (dpa) - Heute haben in Baku Tausende Menschen gegen die Regierung "
        "demonstriert.",
        _day("2025-05-04"),
    ),
    (
        "TIFLIS, 20. März 2025 (AFP) - Gestern wurden in Tiflis mehr als 30 Demonstranten "
        "festgenommen.",
        _day("2025-03-19"),
    ),
    (
        "TIFLIS, 20. März 2025 (AFP) - Vorgestern war in Batumi ein Hotel eingestürzt.",
        _day("2025-03-18"),
    ),
    (
        "TIRANA, 3. März 2024 (dpa) - Bei Protesten vor dem Parlament wurden am Samstag zwölf "
        "Polizisten verletzt.",
        _day("2024-03-02"),
    ),
    (
        "SANTO DOMINGO, 05.06.2025 (epd) - Am Dienstag ist in Santiago de los Caballeros ein "
        "Wohnhaus eingestürzt.",
        _day("2025-06-03"),
    ),
]

# a dateline without a year: the document's date gives the year, the dateline the day
DATELINE_NO_YEAR: list[tuple[str, str, Dated]] = [
    (
        "DUSCHANBE, 9. Juni (dpa) - Am Sonntag stürmten Bewaffnete eine Polizeistation in Chorog.",
        "2025-06-11",
        _day("2025-06-08"),
    ),
    (
        "ASCHGABAT, 2. Juni (dpa) - Bei einem Dammbruch nahe Mary sind heute mindestens fünf "
        "Menschen gestorben.",
        "2025-06-03",
        _day("2025-06-02"),
    ),
    (
        "PRISTINA, 10. Juni (dpa) - Gestern hatten Unbekannte in Mitrovica eine Handgranate "
        "auf ein Polizeiauto geworfen.",
        "2025-06-11",
        _day("2025-06-09"),
    ),
    (
        "HARARE, 5. Mai (Reuters) - Die Polizei nahm am Montag in Harare 40 Demonstranten fest.",
        "2025-05-07",
        _day("2025-05-05"),
    ),
]

# a running count since the year began is background, no event
BACKGROUND = [
    "Seit Jahresbeginn sind in Haiti mehr als 1500 Menschen getötet worden.",
    "Seit Jahresbeginn wurden in der Provinz Cabo Delgado mehr als 200 Anschläge gezählt.",
    "Seit Beginn des Jahres starben bei Unwettern in Bolivien 80 Menschen.",
    "Seit Anfang des Jahres hat die Polizei in Honduras mehr als 3000 Bandenmitglieder "
    "festgenommen.",
]


@pytest.mark.parametrize(("text", "want"), ROWS)
def test_a_german_date_gives_the_day_and_precision_it_says(text: str, want: Dated) -> None:
    got = _last_sentence(text)
    assert want in got, got


@pytest.mark.parametrize(("text", "want"), DATELINE_WITH_YEAR)
def test_a_dateline_with_a_year_dates_the_words_counted_from_it(text: str, want: Dated) -> None:
    got = _last_sentence(text, None)
    assert want in got, got


@pytest.mark.parametrize(("text", "date", "want"), DATELINE_NO_YEAR)
def test_a_dateline_without_a_year_takes_it_from_the_document(
    text: str, date: str, want: Dated
) -> None:
    got = _last_sentence(text, date)
    assert want in got, got


def test_a_dateline_without_a_year_and_no_document_date_gives_no_day() -> None:
    text = "HARARE, 5. Mai (Reuters) - Die Polizei nahm am Montag in Harare 40 Demonstranten fest."
    events = geomap.analyze(text, lang="de").events
    assert events and all(e.date is None for e in events), events


@pytest.mark.parametrize("text", BACKGROUND)
def test_a_count_since_the_year_began_is_background(text: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    assert events == (), [(e.kind, e.trigger, e.date) for e in events]
