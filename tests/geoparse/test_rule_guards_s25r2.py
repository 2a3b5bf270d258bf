"""Guards for the geoparser rules of session 25, round 2 (review h25-mend2). English ``the
<Name> said``: after a word and its article the run is no speaker (``Fishermen on the Volta
said``, ``a spokesman for the Pentagon said``: a place); a run whose article opens the
sentence is the speaker, a seat of power speaking for its government (``The Pentagon
said``, ``The White House said``), and no event of what it said is placed there. Texts of
our own."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-07-09"


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon said an air strike killed 12 militants on Monday.",
        "The White House said a drone attack wounded three soldiers on Tuesday.",
        "The Kremlin said a missile strike destroyed a depot overnight.",
        "The Elysee said a bomb exploded outside an embassy on Friday.",
    ],
)
def test_seat_of_power_opening_the_sentence_places_no_event(text: str) -> None:
    a = geomap.analyze(text, lang="en", date=DAY)
    assert a.events, "the event is read"
    assert all(e.place_name is None for e in a.events), [
        (e.trigger, e.place_name) for e in a.events
    ]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Fishermen on the Volta said catches fell.", "Volta"),
        ("Farmers along the Mekong said the water rose.", "Mekong"),
        ("Boatmen on the Danube said the river was low.", "Danube"),
    ],
)
def test_a_water_after_a_word_and_its_article_is_a_place(text: str, word: str) -> None:
    a = geomap.analyze(text, lang="en", date=DAY, events=False)
    assert word in [p.mention for p in a.places]
