"""A headline's present whose base form ends in ``s`` after a plural subject (``Police
teargas protesters in X``, ``Lawmakers pass emergency budget``): the ``s`` is the verb's
own, not a third person's, so the plural subject stands before it as before any base form
(``s_bases`` of the events lexicon, ``[[noun_presents]] objects``). Issue 20, session 30
(h30-left). Headlines and stories written for these tests; the guards keep the noun.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-14"


def _events(text: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang="en", date=DAY).events  # offline: tests/conftest.py


@pytest.mark.parametrize(
    ("text", "kind", "town"),
    [
        ("Police teargas protesters in Maputo", "protest", "Maputo"),
        ("Riot police teargas students outside parliament in Nairobi", "protest", "Nairobi"),
        ("Security forces teargas mourners in Harare", "protest", "Harare"),
        ("Troops teargas opposition rally near Juba", "protest", "Juba"),
        ("Lawmakers pass emergency budget in Accra", "election", "Accra"),
        ("Judges dismiss case against opposition leader in Harare", "court", "Harare"),
        (
            "Police teargas protesters in Maputo\n\n"
            "MAPUTO, Oct 14 (Reuters) - Hundreds of people marched on the Mozambican "
            'parliament on Wednesday to protest against rising fuel prices. "We cannot feed '
            'our children," said one marcher.',
            "protest",
            "Maputo",
        ),
    ],
)
def test_base_in_s_after_plural_subject(text: str, kind: str, town: str) -> None:
    events = _events(text)
    assert any(e.kind == kind and e.place_name == town and e.date == DAY for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Police teargas canisters found in Kampala",
        "Police teargas stocks run low in Kampala",
        "Police fired teargas at protesters in Maputo last year, the report said.",
    ],
)
def test_the_noun_stays(text: str) -> None:
    assert not [e for e in _events(text) if e.date == DAY], _events(text)


def test_third_person_after_plural_is_no_headline() -> None:
    # a third person after a plural subject is no headline's verb (the grammar is wrong)
    assert not _events("Police teargases crowd in Kampala")
