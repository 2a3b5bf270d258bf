"""An event told in German reported speech in the perfect subjunctive (``ein Sprecher sagte,
sieben Angreifer seien festgenommen worden``) with no time in its sentence has no day of
its own: it does not take the day of the event told before (the events corpus convention,
``date_shape = "none"``; issue 20, session 17 round 2, h17-evB). Told in the indicative, or
tied to the event before by ``dabei``, it still shares that day. Places, people and wording
are of no benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY

LEAD = "Rebellen griffen am Montag eine Kaserne bei Goma an. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Ein Armeesprecher sagte in Goma, sieben Angreifer seien festgenommen worden.",
        LEAD + "Sieben Angreifer seien festgenommen worden, sagte ein Armeesprecher.",
        "Im Hafen von Durban brannte am Dienstag ein Lagerhaus. Die Polizei teilte mit, sie "
        "habe zwei Wachleute festgenommen.",
        "Unbekannte überfielen am Sonntag einen Bus bei Jos. Ein Polizeisprecher erklärte, "
        "die Beamten hätten vier Geiseln befreit.",
    ],
)
def test_reported_perfect_with_no_time_has_no_day(text: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    second = [e for e in events if e.start > text.index(". ")]
    assert second, [(e.kind, e.trigger, e.date) for e in events]
    assert all(e.date is None for e in second), [(e.kind, e.trigger, e.date) for e in second]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (LEAD + "Die Armee nahm sieben Angreifer fest.", "2025-06-09"),
        (LEAD + "Sieben Angreifer wurden festgenommen.", "2025-06-09"),
        (
            "In Kumasi demonstrierten am Dienstag Hunderte Studenten. Aktivisten berichteten, "
            "Polizisten hätten dabei zwanzig Studenten festgenommen.",
            "2025-06-10",
        ),
    ],
)
def test_told_as_fact_or_tied_by_dabei_shares_the_day(text: str, day: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    second = [e for e in events if e.start > text.index(". ")]
    assert any(e.date == day for e in second), [(e.kind, e.trigger, e.date) for e in events]


def test_reported_detail_of_the_same_incident_shares_its_day() -> None:
    # a collapse reported after a mine accident details it (the same type): its day
    text = (
        "Bei einem Unglück in einem Bergwerk bei Oruro sind am Montag drei Bergleute ums Leben "
        "gekommen. Ein Stollen sei eingestürzt, teilte die Behörde mit."
    )
    events = geomap.analyze(text, lang="de", date=DAY).events
    # the collapse is told as its own event or (since the mine accident is read as the
    # industrial accident it is, round 3) as a detail of it: either way on Monday
    assert events and all(e.date == "2025-06-09" for e in events), [
        (e.kind, e.trigger, e.date) for e in events
    ]


def test_reported_impact_after_a_bombardment_shares_its_day() -> None:
    # what fell, reported after the shelling it belongs to, keeps the shelling's day
    text = (
        "Die Armee hat am Dienstag Stellungen der Rebellen bei Idlib beschossen. Mehrere "
        "Granaten seien in einem Wohnviertel eingeschlagen, berichteten Anwohner."
    )
    events = geomap.analyze(text, lang="de", date=DAY).events
    second = [e for e in events if e.start > text.index(". ")]
    assert second and all(e.date == "2025-06-10" for e in second), [
        (e.kind, e.trigger, e.date) for e in events
    ]


SAYING_DAY = {"Montag": "2025-06-09", "Dienstag": "2025-06-10", "Mittwoch": "2025-06-11"}


@pytest.mark.parametrize(
    "text",
    [
        # a dated saying before a perfect subjunctive dates the saying, not the event (session
        # 17 round 3, h17-evB), as "teilte am Dienstag mit, sie habe ... festgenommen" did
        LEAD + "Ein Armeesprecher sagte am Dienstag, sieben Angreifer seien festgenommen worden.",
        "Die Polizei in Graz teilte am Mittwoch mit, ein Mann sei in einem Park erschossen worden.",
        "Ein Sprecher der Küstenwache erklärte am Montag, ein Fischkutter sei vor Bergen gesunken.",
        "Die Behörden in Mosul gaben am Dienstag bekannt, zwei Schmuggler seien festgenommen "
        "worden.",
    ],
)
def test_dated_saying_before_a_reported_perfect_is_not_the_event_day(text: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    day = next(d for w, d in SAYING_DAY.items() if f"am {w}" in text.rsplit(". ", 1)[-1])
    told = [e for e in events if e.start > text.rindex(", ")]
    assert told, [(e.kind, e.trigger, e.date) for e in events]
    assert all(e.date != day for e in told), [(e.kind, e.trigger, e.date) for e in told]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # told in the indicative, the event keeps the day of its sentence
        (
            "Die Polizei nahm am Dienstag in Graz sieben Männer fest, sagte ein Sprecher.",
            "2025-06-10",
        ),
        (
            "Ein Sprecher sagte, die Küstenwache habe am Montag vor Bergen einen gesunkenen "
            "Fischkutter gefunden. Der Kutter sank am Montag vor Bergen.",
            "2025-06-09",
        ),
    ],
)
def test_indicative_keeps_its_day(text: str, day: str) -> None:
    events = geomap.analyze(text, lang="de", date=DAY).events
    assert any(e.date == day for e in events), [(e.kind, e.trigger, e.date) for e in events]


def test_time_counted_from_the_event_before_keeps_the_report_on_its_day() -> None:
    # a saying timed from the event before ("Minuten nach dem Start") ties the reported
    # impact to that event: it keeps the launch's day (session 17 round 3)
    text = (
        "Der Iran hat am Montag eine Rakete vom Weltraumbahnhof Semnan gestartet. Zehn Minuten "
        "nach dem Start teilte die Armee mit, die Rakete sei in den Golf von Oman gestürzt."
    )
    events = geomap.analyze(text, lang="de", date=DAY).events
    second = [e for e in events if e.start > text.index(". ")]
    assert second and all(e.date == "2025-06-09" for e in second), [
        (e.kind, e.trigger, e.date) for e in events
    ]
