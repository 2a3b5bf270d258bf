"""A name next to an administrative word is the province, not a town of that name.

Sentences written for these tests (other regions and wording than the benchmark corpus).
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"  # a Wednesday


def _event(text: str, lang: str) -> geomap.Event:
    events = geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py
    assert len(events) == 1
    return events[0]


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("Police detained 12 men in Kandahar province on Friday.", "en", "Kandahar"),
        ("Farmers rallied in Osh region on Monday against water quotas.", "en", "Osh"),
        ("Am Montag wurden in der Provinz Herat drei Polizisten erschossen.", "de", "Herat"),
    ],
)
def test_a_province_named_as_such_is_a_region(text: str, lang: str, name: str) -> None:
    event = _event(text, lang)
    assert event.place_name == name
    assert event.place_precision == "region"


def test_a_province_of_another_country_is_not_taken() -> None:
    # the gazetteer also knows a province of that name in Puerto Rico: the Philippine
    # reading the geoparser chose stays in the Philippines
    text = "A typhoon made landfall in the northern Philippine province of Isabela on Sunday."
    event = _event(text, "en")
    assert event.lon is not None and event.lon > 100
