"""One check for the events' sentence tables (tests/events/test_kinds_*, test_places_*,
test_vocab_*): a sentence read by the whole pipeline reports an event of the kind (and
sub-kind), on the day and at a place bearing one of the names, as a reader would check it."""

from __future__ import annotations

import unicodedata

import geomap

DAY = "2025-06-11"  # a Wednesday: the tables' publication date


def plain(text: str) -> str:
    """A name as a reader compares it: without accents (``Wŏnsan`` is Wonsan, ``Tromsø``
    Tromso)."""
    folded = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O"))
    return "".join(c for c in folded if not unicodedata.combining(c)).casefold()


def assert_reported(
    text: str,
    lang: str,
    kind: str,
    day: str,
    place: str,
    sub_kind: str | None = None,
    date: str = DAY,
) -> None:
    """``text`` gives an event of ``kind`` (and ``sub_kind`` when given) on ``day`` at a
    place whose name holds one of ``place``'s ``|``-separated names."""
    events = geomap.analyze(text, lang=lang, date=date).events  # offline: tests/conftest.py
    got = [(e.kind, e.sub_kind, e.date, e.place_name) for e in events]
    names = [plain(n) for n in place.split("|")]
    assert any(
        k == kind
        and (sub_kind is None or s == sub_kind)
        and d == day
        and p is not None
        and any(n in plain(p) for n in names)
        for k, s, d, p in got
    ), got


def assert_no_event(text: str, lang: str) -> None:
    """``text`` reports no event at all (a look-alike: a plan, a warning, a question...)."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert events == (), [(e.kind, e.trigger, e.date, e.place_name) for e in events]


def assert_no_event_of(text: str, lang: str, *kinds: str) -> None:
    """``text`` reports no event of any of ``kinds`` (a near-miss of a look-alike class: a
    plan, a past year, a negation, a match; events of other kinds may stand)."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert not [e for e in events if e.kind in kinds], [(e.kind, e.trigger) for e in events]


def first_event_place(lang: str, text: str, date: str = "2026-10-05") -> str | None:
    """The place name of the first event geomap reads in ``text`` (there must be one)."""
    events = geomap.analyze(text, lang=lang, date=date).events
    assert events, text
    return events[0].place_name


def trigger_place(lang: str, text: str, trigger: str, date: str) -> str | None:
    """The place name of the first event whose trigger holds ``trigger`` (there must be
    one): what the place-chooser tables of session 27 check."""
    events = geomap.analyze(text, lang=lang, date=date).events
    hits = [e for e in events if trigger.casefold() in (e.trigger or "").casefold()]
    assert hits, [(e.trigger, e.place_name) for e in events]
    return hits[0].place_name


def places_of_kind(lang: str, text: str, kind: str, date: str) -> list[str]:
    """The places (folded as a reader compares them, :func:`plain`) of the events of
    ``kind`` geomap reads in ``text``, in order: what the place tables check."""
    events = geomap.analyze(text, lang=lang, date=date).events
    return [plain(e.place_name or "") for e in events if e.kind == kind]


def events_of(
    lang: str, text: str, date: str
) -> list[tuple[str, str | None, str | None, str | None]]:
    """Each event geomap reads in ``text`` as (trigger, kind, sub-kind, date): what the
    wording tables check."""
    return [
        (e.trigger, e.kind, e.sub_kind, e.date)
        for e in geomap.analyze(text, lang=lang, date=date).events
    ]
