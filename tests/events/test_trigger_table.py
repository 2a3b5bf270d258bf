"""Every kind and sub-kind in both languages, in the wordings wire copy uses (see
``trigger_table``): each sentence gives an event of the expected kind, on the expected day,
at the place a reader would name (any of the names written, as the gazetteer may spell it)."""

from __future__ import annotations

import pytest

import geomap
from tests.events.trigger_table import CASES, DAY


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "day", "place"), CASES)
def test_the_sentence_reports_its_event(
    text: str, lang: str, kind: str, sub_kind: str | None, day: str, place: str | None
) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    got = [(e.kind, e.sub_kind, e.date, e.place_name) for e in events]
    names = [n.casefold() for n in place.split("|")] if place else []
    assert any(
        k == kind
        and (sub_kind is None or s == sub_kind)
        and d == day
        and (not names or (p is not None and any(n in p.casefold() for n in names)))
        for k, s, d, p in got
    ), got


def test_the_table_covers_every_kind_in_both_languages() -> None:
    kinds = {(kind, lang) for _, lang, kind, *_ in CASES}
    for kind in {k for k, _ in kinds}:
        assert (kind, "de") in kinds and (kind, "en") in kinds, kind
