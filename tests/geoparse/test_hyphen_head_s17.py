"""The head of a hyphenated name the gazetteer lacks whole is no other hyphenated place
(session 17, issue 20): ``Pont-<village>`` in Haiti is not ``Pont-Sainte-Maxence`` in France,
which the bare head ``Pont`` matches only as the first part of its name. A head that is a
place's own name (``Minneapolis-Saint Paul``) and a name found whole stay."""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-11"


@pytest.mark.parametrize(
    "text",
    [
        "A landslide buried homes in Pont-Kalimbé in Haiti on Monday.",
        "Gunmen attacked the hamlet of Pont-Doucet near Hinche on Tuesday.",
    ],
)
def test_the_head_of_an_unknown_hyphenated_name_is_no_other_place(text: str) -> None:
    places = geomap.analyze(text, lang="en", date=DAY).places
    assert not [p for p in places if p.country_code == "FR"], places


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Floods hit Minneapolis-Saint Paul on Monday.", {"Minneapolis", "Saint Paul"}),
        ("Protesters marched in Baden-Baden on Monday.", {"Baden-Baden"}),
        ("Floods hit Petit-Bourg on Monday.", {"Petit-Bourg"}),
    ],
)
def test_known_hyphenated_names_stay(text: str, names: set[str]) -> None:
    places = geomap.analyze(text, lang="en", date=DAY).places
    assert names <= {p.name for p in places if p.name}, places
