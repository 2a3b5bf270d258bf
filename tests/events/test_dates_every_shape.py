"""Dates of every shape in whole sentences (issue 20; session 12, evkinds helper, second
round): parts of a month or a week (``Anfang des Monats``, ``late last month``: a span,
never a guessed day), counts back from the report (``vor zehn Tagen``, ``a fortnight ago``,
with a hedge: ``vor knapp zwei Wochen``), offsets from the event the text refers to (``am
Tag zuvor``, ``a week after the vote``: counted from that event, not from the report's day),
an event that continues its story's (its day) or that the text says is another story (no
day: ``In a separate incident, ...``), and dates with a year in datelines and text
(``April 23, 2026``, ``23. April 2026``, ``23.04.2026``, ``2026-04-23``).

Then look-alikes: anniversaries (``vor zehn Jahren``) report no event, durations (``for two
days``, ``seit einer Woche``) date nothing of their own.

Written for these tests before geomap ran on them, with other regions and wording than any
benchmark article, every continent; the report's date is never the sentence's day: the
date, precision and span are what a reader works out with a calendar."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

REPORT = "2026-03-18"  # a Wednesday
FILED_LATER = "2026-04-24"  # a Friday: the day after the datelines' and texts' 23 April

# (text, language, report date, place of the event (a name it holds), date, precision,
# span start, span end)
Row = tuple[str, str, str, str, str | None, str | None, str | None, str | None]

CASES: list[Row] = [
    # parts of a month or a week: a span, precision month or week
    (
        "Hunderte Menschen demonstrierten Anfang des Monats in Santiago gegen die Regierung.",
        "de", REPORT, "Santiago", "2026-03-01", "month", "2026-03-01", "2026-03-10",
    ),
    (
        "Thousands of farmers protested in Lahore early this month.",
        "en", REPORT, "Lahore", "2026-03-01", "month", "2026-03-01", "2026-03-10",
    ),
    (
        "Mitte Februar riss eine Flutwelle in Mosambik Dutzende Häuser mit.",
        "de", REPORT, "Mozambique|Mosambik", "2026-02-11", "month", "2026-02-11", "2026-02-20",
    ),
    (
        "Bei einem Anschlag in Mogadischu kamen Ende vergangener Woche zwölf Menschen ums Leben.",
        "de", REPORT, "Mogadishu|Mogadischu", "2026-03-12", "week", "2026-03-12", "2026-03-15",
    ),
    (
        "A landslide buried a village in Papua New Guinea's Enga province late last month.",
        "en", REPORT, "Enga", "2026-02-21", "month", "2026-02-21", "2026-02-28",
    ),
    (
        "Floods swept through Porto Alegre in mid-February, killing 14 people.",
        "en", REPORT, "Porto Alegre", "2026-02-11", "month", "2026-02-11", "2026-02-20",
    ),
    (
        "Ende Januar überschwemmte ein Hochwasser weite Teile von Queensland.",
        "de", REPORT, "Queensland", "2026-01-21", "month", "2026-01-21", "2026-01-31",
    ),
    (
        "Anfang vergangenen Monats demonstrierten Tausende in Caracas.",
        "de", REPORT, "Caracas", "2026-02-01", "month", "2026-02-01", "2026-02-10",
    ),
    (
        "Mitte letzter Woche demonstrierten Tausende in Caracas.",
        "de", REPORT, "Caracas", "2026-03-10", "week", "2026-03-10", "2026-03-12",
    ),
    (
        "Thousands protested in Caracas early last week.",
        "en", REPORT, "Caracas", "2026-03-09", "week", "2026-03-09", "2026-03-10",
    ),
    (
        "Thousands protested in Caracas in the middle of last month.",
        "en", REPORT, "Caracas", "2026-02-11", "month", "2026-02-11", "2026-02-20",
    ),
    (
        "Thousands protested in Caracas at the end of last week.",
        "en", REPORT, "Caracas", "2026-03-12", "week", "2026-03-12", "2026-03-15",
    ),
    (
        "Wildfires raged near Valparaíso in the closing days of February.",
        "en", REPORT, "Valparaíso|Valparaiso", "2026-02-21", "month", "2026-02-21", "2026-02-28",
    ),
    (
        "Thousands protested in Accra in the dying days of last month.",
        "en", REPORT, "Accra", "2026-02-21", "month", "2026-02-21", "2026-02-28",
    ),
    # counts back from the report: a day
    (
        "Vor einer Woche stürmten Demonstranten das Parlament in Nairobi.",
        "de", REPORT, "Nairobi", "2026-03-11", "day", None, None,
    ),
    (
        "Gunmen killed nine villagers in Zamfara state a fortnight ago.",
        "en", REPORT, "Zamfara", "2026-03-04", "day", None, None,
    ),
    (
        "Vor zehn Tagen explodierte eine Autobombe in Bagdad.",
        "de", REPORT, "Baghdad|Bagdad", "2026-03-08", "day", None, None,
    ),
    (
        "An earthquake struck Hokkaido three weeks ago, killing two people.",
        "en", REPORT, "Hokkaido", "2026-02-25", "day", None, None,
    ),
    (
        "Rebels seized the town of Bunia about a week ago.",
        "en", REPORT, "Bunia", "2026-03-11", "day", None, None,
    ),
    (
        "Rebels seized the town of Bunia 10 days ago.",
        "en", REPORT, "Bunia", "2026-03-08", "day", None, None,
    ),
    (
        "Vor 14 Tagen besetzten Rebellen die Stadt Bunia.",
        "de", REPORT, "Bunia", "2026-03-04", "day", None, None,
    ),
    # a hedge between "vor" and the count moves no day
    (
        "Vor knapp zwei Wochen besetzten Rebellen die Stadt Bunia.",
        "de", REPORT, "Bunia", "2026-03-04", "day", None, None,
    ),
    (
        "Vor gut einer Woche besetzten Rebellen die Stadt Bunia.",
        "de", REPORT, "Bunia", "2026-03-11", "day", None, None,
    ),
    (
        "Vor rund zehn Tagen explodierte in Kabul eine Autobombe.",
        "de", REPORT, "Kabul", "2026-03-08", "day", None, None,
    ),
    (
        "Vor etwa drei Tagen stürmten Demonstranten das Parlament in Dakar.",
        "de", REPORT, "Dakar", "2026-03-15", "day", None, None,
    ),
    (
        "Vor gut zwei Monaten überschwemmte ein Hochwasser Teile von Sindh.",
        "de", REPORT, "Sindh", "2026-01-01", "month", "2026-01-01", "2026-01-31",
    ),
    (
        "Vor mehr als einer Woche besetzten Rebellen die Stadt Bunia.",
        "de", REPORT, "Bunia", "2026-03-11", "day", None, None,
    ),
    (
        "Vor über zwei Wochen besetzten Rebellen die Stadt Goma.",
        "de", REPORT, "Goma", "2026-03-04", "day", None, None,
    ),
    # offsets from the event the text refers to, not from the report
    (
        "Floods killed 12 people in Beira on Monday. Two days earlier, a landslide buried a"
        " village near Chimoio.",
        "en", REPORT, "Chimoio", "2026-03-14", "day", None, None,
    ),
    (
        "Ein Erdbeben erschütterte am Montag die Provinz Van. Am Tag zuvor demonstrierten"
        " Hunderte in Ankara.",
        "de", REPORT, "Ankara", "2026-03-15", "day", None, None,
    ),
    (
        "Protesters marched in Nairobi on Saturday. The following day, police clashed with"
        " demonstrators in Mombasa.",
        "en", REPORT, "Mombasa", "2026-03-15", "day", None, None,
    ),
    (
        "Ein Erdbeben erschütterte am 2. März die Westtürkei. Drei Tage nach dem Beben"
        " demonstrierten Hunderte in Izmir.",
        "de", REPORT, "Izmir", "2026-03-05", "day", None, None,
    ),
    (
        "Zambia held a presidential election on March 5. A week after the vote, protesters"
        " stormed the electoral commission in Lusaka.",
        "en", REPORT, "Lusaka", "2026-03-12", "day", None, None,
    ),
    (
        "Kenyans voted in a general election on Tuesday. Two days after the ballot, police"
        " fired tear gas at protesters in Kisumu.",
        "en", "2026-03-20", "Kisumu", "2026-03-19", "day", None, None,
    ),
    (
        "In Malawi wurde am 5. März gewählt. Eine Woche nach der Wahl stürmten Demonstranten"
        " die Wahlkommission in Lilongwe.",
        "de", REPORT, "Lilongwe", "2026-03-12", "day", None, None,
    ),
    (
        "An earthquake shook Sulawesi on March 9. Two days after the quake, a tsunami hit Palu.",
        "en", REPORT, "Palu", "2026-03-11", "day", None, None,
    ),
    (
        "Ein Zyklon traf am Montag die Küste von Madagaskar. Am Folgetag plünderten Menschen"
        " Geschäfte in Toamasina.",
        "de", REPORT, "Toamasina", "2026-03-17", "day", None, None,
    ),
    (
        "Police killed two protesters in Dhaka on Tuesday. The day before, students blocked"
        " roads in Chittagong.",
        "en", REPORT, "Chittagong|Chattogram", "2026-03-16", "day", None, None,
    ),
    (
        "Bewaffnete überfielen am Sonntag einen Bus bei Jos. Zwei Wochen zuvor töteten"
        " Angreifer 20 Menschen in Bokkos.",
        "de", REPORT, "Bokkos", "2026-03-01", "day", None, None,
    ),
    # an offset from an event with no day of its own gives no day either
    (
        "A fire destroyed a market in Onitsha. Two days later, another fire broke out in Aba.",
        "en", REPORT, "Aba", None, None, None, None,
    ),
    # no date in the text: none (not the report's day)
    (
        "Rebels attacked a village near Beni, officials said.",
        "en", REPORT, "Beni", None, None, None, None,
    ),
    (
        "Unbekannte griffen ein Dorf bei Beni an. Die Armee meldete Kämpfe in Butembo.",
        "de", REPORT, "Butembo", None, None, None, None,
    ),
    # another story, said so: no day from the event before
    (
        "Floods killed 12 people in Beira on Monday. In a separate incident, gunmen attacked"
        " a bus near Pemba.",
        "en", REPORT, "Pemba", None, None, None, None,
    ),
    (
        "Floods killed 12 people in Beira on Monday. Separately, gunmen attacked a bus near"
        " Pemba.",
        "en", REPORT, "Pemba", None, None, None, None,
    ),
    (
        "Ein Hochwasser tötete am Montag zwölf Menschen in Beira. Unabhängig davon griffen"
        " Bewaffnete einen Bus bei Pemba an.",
        "de", REPORT, "Pemba", None, None, None, None,
    ),
    (
        "Floods killed 12 people in Beira on Monday. In a separate incident on Tuesday,"
        " gunmen attacked a bus near Pemba.",
        "en", REPORT, "Pemba", "2026-03-17", "day", None, None,
    ),
    # a relative clause on another event's noun dates that event, not the clause's own
    (
        "Police arrested two men in Temuco on suspicion of starting a blaze that broke out"
        " nearby a week ago.",
        "en", REPORT, "Temuco", None, None, None, None,
    ),
    (
        "Troops detained a man in Gao over an attack that killed four soldiers on Sunday.",
        "en", REPORT, "Gao", None, None, None, None,
    ),
    (
        "Soldiers arrested three suspects in Maiduguri in connection with a bombing that"
        " killed 12 people at a market on Friday.",
        "en", REPORT, "Maiduguri", None, None, None, None,
    ),
    (
        "Police fired tear gas at protesters who marched through Lima on Tuesday.",
        "en", REPORT, "Lima", "2026-03-17", "day", None, None,
    ),
    # an event that continues its story takes its day
    (
        "Gunmen attacked a church in Kaduna on Sunday. They killed five worshippers and"
        " abducted ten.",
        "en", REPORT, "Kaduna", "2026-03-15", "day", None, None,
    ),
    # dates with a year: datelines (the report filed a day later) and text
    (
        "KABUL, April 23, 2026 (Reuters) - A suicide bomber attacked a mosque in Herat,"
        " officials said.",
        "en", FILED_LATER, "Herat", "2026-04-23", "day", None, None,
    ),
    (
        "BERLIN, 23. April 2026 (dpa) - Bei einem Brand in einer Fabrik in Leipzig starben"
        " drei Arbeiter.",
        "de", FILED_LATER, "Leipzig", "2026-04-23", "day", None, None,
    ),
    (
        "NAIROBI, 23.04.2026 - Police fired tear gas at protesters in Kisumu.",
        "en", FILED_LATER, "Kisumu", "2026-04-23", "day", None, None,
    ),
    (
        "LIMA, 2026-04-23 - A bus plunged into a ravine near Cusco, killing 20 passengers.",
        "en", FILED_LATER, "Cusco|Andes", "2026-04-23", "day", None, None,
    ),
    (
        "A bus plunged into a ravine near Cusco on April 23, 2026, killing 20 passengers.",
        "en", FILED_LATER, "Cusco", "2026-04-23", "day", None, None,
    ),
    (
        "Am 23. April 2026 stürmten Demonstranten das Rathaus in La Paz.",
        "de", FILED_LATER, "La Paz", "2026-04-23", "day", None, None,
    ),
    (
        "Am 23.04.2026 explodierte eine Bombe in Peshawar.",
        "de", FILED_LATER, "Peshawar", "2026-04-23", "day", None, None,
    ),
    (
        "A cyclone hit the coast of Odisha on 2026-04-23.",
        "en", FILED_LATER, "Odisha", "2026-04-23", "day", None, None,
    ),
    # durations date nothing of their own
    (
        "Protesters in Cochabamba blocked the main highway on Monday for two days.",
        "en", REPORT, "Cochabamba", "2026-03-16", "day", None, None,
    ),
    (
        "Seit einer Woche protestieren Studenten in Belgrad gegen die Regierung.",
        "de", REPORT, "Belgrade|Belgrad", None, None, None, None,
    ),
    (
        "Fighting has raged in Khartoum for a week.",
        "en", REPORT, "Khartoum", None, None, None, None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "lang", "report", "place", "day", "precision", "start", "end"), CASES
)
def test_the_event_has_the_date_a_reader_works_out(
    text: str,
    lang: str,
    report: str,
    place: str,
    day: str | None,
    precision: str | None,
    start: str | None,
    end: str | None,
) -> None:
    events = geomap.analyze(text, lang=lang, date=report).events
    names = [plain(n) for n in place.split("|")]
    at = [e for e in events if e.place_name and any(n in plain(e.place_name) for n in names)]
    got = [(e.date, e.date_precision, e.date_start, e.date_end) for e in at]
    assert got and got[-1] == (day, precision, start, end), [
        (e.kind, e.trigger, e.date, e.date_precision, e.date_text, e.place_name) for e in events
    ]


ANNIVERSARIES = [
    ("Vor zehn Jahren zerstörte ein Erdbeben Kathmandu.", "de"),
    ("Ten years ago, an earthquake destroyed much of Kathmandu.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), ANNIVERSARIES)
def test_an_anniversary_reports_no_event(text: str, lang: str) -> None:
    events = geomap.analyze(text, lang=lang, date=REPORT).events
    assert events == (), [(e.kind, e.trigger, e.date) for e in events]
