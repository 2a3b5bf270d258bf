"""End to end: the container named after a town, "X, <state/county/island>"
(docs/geoparser.md, "A town and its container, end to end"). Sentences of our own in
other places than the corpora's.

Where no reading of X lies in the region named after it (the gazetteer holds only a
namesake abroad or in another state), X is placed at that region rather than at the
namesake; where a reading lies in it, that reading stays; a list of regions is no
container.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _reading(text: str, gaz, mention: str, lang: str = "en"):
    got = [
        p
        for p in resolve_document(read_text(text, lang=lang), gaz)
        if p.mention == mention and p.role == "name"
    ]
    assert got, f"{mention!r} not found in {text!r}"
    return got[0]


@pytest.mark.parametrize(
    ("text", "mention", "container_id"),
    [
        ("The crash was near Windsor, Vermont, on Tuesday.", "Windsor", "admin1:US-vermont"),
        ("The old mill at Richmond, Tasmania, burned down.", "Richmond", "curated:tasmania"),
    ],
)
def test_town_with_no_reading_in_its_container_is_the_container(
    gaz, text: str, mention: str, container_id: str
) -> None:
    p = _reading(text, gaz, mention)
    assert p.id == container_id
    assert p.source == "context"
    assert p.reason and mention in p.reason


def test_later_bare_mention_follows_the_container(gaz) -> None:
    text = "The crash was near Windsor, Vermont, on Tuesday. Windsor police closed the road."
    got = [
        p
        for p in resolve_document(read_text(text, lang="en"), gaz)
        if p.mention == "Windsor" and p.role == "name"
    ]
    assert len(got) == 2
    assert {p.id for p in got} == {"admin1:US-vermont"}


@pytest.mark.parametrize(
    ("text", "mention", "country", "kind"),
    [
        ("She grew up in Frankfort, Indiana, and later moved.", "Frankfort", "US", "city"),
        ("The market was held in Holt, Norfolk, on Friday.", "Holt", "GB", "city"),
        ("Der Markt fand in Bergen, Niedersachsen, statt.", "Bergen", "DE", "city"),
    ],
)
def test_town_with_a_reading_in_its_container_keeps_it(
    gaz, text: str, mention: str, country: str, kind: str
) -> None:
    lang = "de" if "fand" in text else "en"
    p = _reading(text, gaz, mention, lang)
    assert (p.country_code, p.kind, p.source) == (country, kind, "gazetteer")


def test_a_list_of_regions_is_no_container(gaz) -> None:
    # "Windsor, Vermont and Maine": three places listed, not a town and its state
    p = _reading("The chain has stores in Windsor, Vermont and Maine.", gaz, "Windsor")
    assert (p.kind, p.source) == ("city", "gazetteer")
