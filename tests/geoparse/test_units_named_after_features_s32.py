"""A district named after the river, lake or valley it lies on (issue 21, session 32).

A bare name with no place preposition before it and no unit word after it
("Rufiji: the river burst its banks", "Das Thema Rufiji ...") is the feature as often as
the second-level unit named after it, so the feature takes no penalty for the missing
article and the priors decide (``geomap/geoparse/_rank.py``, ``_units_named_after``). A
place preposition ("Police in Rufiji"), a unit word ("im Distrikt Rufiji", "the Rufiji
district council") or the story's other places (a unit holding the towns the story
names) keep the unit. A unit named like a river elsewhere is no unit named after it.
"""

from __future__ import annotations

import pytest

import geomap


def _places(text: str, lang: str) -> list[geomap.Place]:
    return list(geomap.analyze(text, lang=lang, claims=False, events=False).places)


def _reading(text: str, lang: str, mention: str) -> geomap.Place:
    got = [p for p in _places(text, lang) if p.mention == mention]
    assert got, f"{mention!r} not read as a place in {text!r}"
    return got[0]


@pytest.mark.parametrize(
    ("text", "lang", "mention", "kind"),
    [
        (
            "DAR ES SALAAM (Reuters) - Rufiji: the river burst its banks after a week of "
            "rain in southern Tanzania, officials said on Tuesday. Villagers fled to "
            "higher ground.",
            "en",
            "Rufiji",
            "river",
        ),
        (
            "MELBOURNE (AAP) - Yarra: swimmers warned to stay out of the water after "
            "storms washed waste into the river, the environment authority said.",
            "en",
            "Yarra",
            "river",
        ),
        (
            "Serengeti: wildebeest migration starts early this year, rangers say.",
            "en",
            "Serengeti",
            "region",
        ),
        (
            "Das Thema Rufiji beschäftigt am Montag auch das Parlament in Dodoma.",
            "de",
            "Rufiji",
            "river",
        ),
    ],
)
def test_a_bare_name_a_district_takes_from_its_feature_is_the_feature(
    text, lang, mention, kind
) -> None:
    assert _reading(text, lang, mention).kind == kind


@pytest.mark.parametrize(
    ("text", "lang", "mention"),
    [
        ("Police in Rufiji said three people drowned on Monday.", "en", "Rufiji"),
        ("Die Polizei in Rufiji meldete am Montag drei Tote.", "de", "Rufiji"),
        ("The Rufiji district council met on Monday to discuss the floods.", "en", "Rufiji"),
        ("Heavy rain caused flooding in Narmada, the district collector said.", "en", "Narmada"),
    ],
)
def test_a_place_preposition_or_a_unit_word_keeps_the_district(text, lang, mention) -> None:
    assert _reading(text, lang, mention).kind == "admin2"


def test_a_unit_word_before_the_name_keeps_the_district() -> None:
    got = [p for p in _places("Im Distrikt Rufiji stiegen am Montag die Pegel.", "de")]
    assert [(p.mention, p.kind) for p in got] == [("Distrikt Rufiji", "admin2")]


def test_a_district_holding_the_story_s_town_keeps_its_name() -> None:
    # Metz lies in the département: the story's own place says the unit
    text = "Moselle: Der Pegel steigt weiter, meldeten die Behörden in Metz."
    assert _reading(text, "de", "Moselle").kind == "admin2"
