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
    second = [e for e in events if e.start > text.index(". ")]
    assert second and all(e.date == "2025-06-09" for e in second), [
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
