"""A carrier verb whose subject is a place of a kind the lexicon names ("@mountain"):
"Der <Vulkan> ist ausgebrochen" is an eruption there; "Am <Berg> brach ein Feuer aus" is
a fire, because a place after a preposition is where, not what."""

from __future__ import annotations

import pytest

from geomap.pipeline import analyze


@pytest.mark.parametrize(
    "text",
    [
        "NEAPEL, 3. Mai 2025 (dpa) - Der Vesuv ist am Sonntag ausgebrochen.",
        "MEXIKO-STADT, 3. Mai 2025 (dpa) - Der Popocatépetl brach am Sonntag aus.",
    ],
)
def test_a_volcano_as_subject_of_ausbrechen_is_an_eruption(text):
    events = analyze(text).events
    assert [(e.type, e.sub_kind) for e in events] == [("disaster", "volcanic_activity")]
    assert events[0].date == "2025-04-27"


def test_a_fire_on_a_mountain_stays_a_fire():
    text = "NEAPEL, 3. Mai 2025 (dpa) - Am Vesuv brach am Sonntag ein Feuer aus."
    events = analyze(text).events
    assert [e.sub_kind for e in events] != ["volcanic_activity"]
    assert len(events) == 1
