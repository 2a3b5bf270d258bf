"""An event's own day beats a time inside its object or reason phrase (session 20, round 4;
docs/events.md, "A time inside the object's phrase (session 20, round 4, h20-events)").
Sentences of our own: a court, an arrest or a protest on a day of its own, about an older
deed or law the phrase dates with a vague past (``last year``, ``vor Jahren``) or a month."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2026-10-07"  # a Wednesday: Tuesday is 10-06, Monday 10-05, Friday 10-02


def _events(lang: str, text: str, kind: str) -> list[tuple[str, str | None]]:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    return [(plain(e.place_name or ""), e.date) for e in events if e.kind == kind]


# The act is today's news: the vague past or the month dates what its phrase names.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place", "day"),
    [
        (
            "en",
            "ACCRA (Reuters) - A court in Kumasi on Tuesday jailed three men for an armed"
            " robbery last year.",
            "court",
            "Kumasi",
            "2026-10-06",
        ),
        (
            "en",
            "ACCRA (Reuters) - A court in Kumasi sentenced a former mayor on Tuesday over"
            " bribes he took two years ago.",
            "court",
            "Kumasi",
            "2026-10-06",
        ),
        (
            "en",
            "ACCRA (Reuters) - Police in Tamale on Monday detained four men over a shooting"
            " last year.",
            "strategic_development",
            "Tamale",
            "2026-10-05",
        ),
        (
            "en",
            "ACCRA (Reuters) - Hundreds of traders marched in Takoradi on Friday against a"
            " market levy passed last year.",
            "protest",
            "Takoradi",
            "2026-10-02",
        ),
        (
            "en",
            "ACCRA (Reuters) - On Tuesday, a court in Kumasi jailed three men for an armed"
            " robbery last year.",
            "court",
            "Kumasi",
            "2026-10-06",
        ),
        (
            "en",
            "ACCRA (Reuters) - On Monday, police in Tamale detained four men over a shooting"
            " last month.",
            "strategic_development",
            "Tamale",
            "2026-10-05",
        ),
        # the subject's relative clause tells the older deed; the clause's day is the act's
        (
            "en",
            "ACCRA (Reuters) - Two clerks who stole cash from a bank last year were"
            " jailed by a court in Kumasi on Tuesday.",
            "court",
            "Kumasi",
            "2026-10-06",
        ),
        # a length after "for" or "to" is no rate ("20 typhoons a year" is)
        (
            "en",
            "ACCRA (Reuters) - A court in Kumasi on Tuesday sentenced a former mayor to a year"
            " in prison for taking bribes.",
            "court",
            "Kumasi",
            "2026-10-06",
        ),
        (
            "en",
            "ACCRA (Reuters) - A magistrate in Tamale jailed a lorry driver for a month on Monday.",
            "court",
            "Tamale",
            "2026-10-05",
        ),
        (
            "de",
            "DAKAR (dpa) - Ein Gericht in Thiès hat am Dienstag drei Männer wegen eines"
            " Raubüberfalls im vergangenen Jahr verurteilt.",
            "court",
            "Thiès",
            "2026-10-06",
        ),
        (
            "de",
            "DAKAR (dpa) - Ein Gericht in Thiès verurteilte am Dienstag einen früheren"
            " Bürgermeister wegen Bestechung in den vergangenen Jahren.",
            "court",
            "Thiès",
            "2026-10-06",
        ),
        (
            "de",
            "DAKAR (dpa) - Die Polizei in Kaolack nahm am Montag vier Männer wegen einer"
            " Schießerei vor Jahren fest.",
            "strategic_development",
            "Kaolack",
            "2026-10-05",
        ),
        (
            "de",
            "DAKAR (dpa) - In Ziguinchor demonstrierten am Freitag Hunderte Händler gegen eine"
            " Marktabgabe aus dem vergangenen Jahr.",
            "protest",
            "Ziguinchor",
            "2026-10-02",
        ),
    ],
)
def test_own_day_beats_the_object_phrase_time(
    lang: str, text: str, kind: str, place: str, day: str
) -> None:
    assert _events(lang, text, kind) == [(plain(place), day)]


# What must stay: with no day of its own, a clause told with a vague past is background
# (product decision, docs/events.md "What is not an event"); a time right after a
# preposition is the clause's own, not a phrase's.
@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "ACCRA (Reuters) - A court in Kumasi jailed three men for an armed robbery last year.",
            "court",
        ),
        ("en", "ACCRA (Reuters) - Floods killed 120 people in Kumasi last year.", "disaster"),
        (
            "de",
            "DAKAR (dpa) - Ein Gericht in Thiès verurteilte drei Männer wegen eines"
            " Raubüberfalls im vergangenen Jahr.",
            "court",
        ),
        ("en", "ACCRA (Reuters) - Floods hit the slums of Kumasi every year.", "disaster"),
        ("en", "ACCRA (Reuters) - Floods kill about 20 people a year in Kumasi.", "disaster"),
    ],
)
def test_vague_past_without_own_day_stays_background(lang: str, text: str, kind: str) -> None:
    assert _events(lang, text, kind) == []
