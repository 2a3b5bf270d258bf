"""Issue 21, session 22: the seat of a first-level region of 100,000 people or more
(``SeatsAPI.seat_of``, ``Weights.seat_region_population``) keeps its name against the
German bare-plural rules, however small the town: a canton's capital is known by its
name ("in Sitten", the Valais). The seat of a municipality that a small country counts as
its first level is no such evidence, and the noun stays a noun there.

The sentences are this file's own.
"""

from __future__ import annotations

import pytest

from tests.support.names import name_mentions

#: (text, the place that must be read); the first fails on the starting code
PLACES = (
    ("In Sitten tagte am Dienstag das Kantonsparlament.", "Sitten"),
    ("Das Walliser Kantonsgericht in Sitten hat am Montag entschieden.", "Sitten"),
)
#: (text, the word that must be no place)
NOUNS = (
    # the seat of a region under 100,000 people (a Guyanese town of 45,000)
    ("Im Park standen früher viele Eichen und Linden.", "Linden"),
    ("Die Spechte brüten gern in Linden.", "Linden"),
    ("Man lebt dort noch nach alten Sitten.", "Sitten"),
)


@pytest.mark.parametrize(("text", "place"), PLACES)
def test_a_regional_seat_is_read(gaz, text, place) -> None:
    assert place in name_mentions(text, "de", gaz)


@pytest.mark.parametrize(("text", "noun"), NOUNS)
def test_the_noun_stays(gaz, text, noun) -> None:
    assert noun not in name_mentions(text, "de", gaz)
