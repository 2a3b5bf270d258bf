"""A river or sea a document is about says nothing about where it was signed: the
event stays at the dateline city, also when two rivers are named."""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "ISTANBUL, March 3, 2025 (Reuters) - The ministers signed a declaration on the "
            "Tigris and the Euphrates.",
            "Istanbul",
        ),
        (
            "NEW DELHI, 4 May 2025 (AP) - The ministers of both countries signed an accord on "
            "the Indus.",
            "New Delhi",
        ),
        (
            "BUDAPEST, 7. Mai 2025 (dpa) - Die Minister unterzeichneten ein Abkommen über "
            "die Donau und die Theiß.",
            "Budapest",
        ),
    ],
)
def test_a_treaty_on_rivers_is_signed_at_the_dateline(text, place):
    events = analyze(text).events
    assert [e.type for e in events] == ["strategic_development"]
    assert events[0].place_name == place
    assert events[0].date is not None
