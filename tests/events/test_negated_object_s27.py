"""A negative word right after a verb trigger: the act was done to no one, so there is no
event (issue 20, session 27, integrator; ``_mood._negated_object``). The words before the
trigger were read already (``No one was arrested``); these are the words after it.

Sentences written for these tests, in places and wording of no benchmark article.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2025-06-04"


def _events(text: str, lang: str) -> list[tuple[str, str]]:
    return [(e.trigger, e.type) for e in geomap.analyze(text, lang=lang, date=DAY).events]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Police arrested no one in Debrecen on Tuesday.", "en"),
        ("Police arrested no protesters in Arequipa on Sunday.", "en"),
        ("Police arrested none of the suspects in Porto on Friday.", "en"),
        ("Troops fired no shots at the crowd in Mandalay on Friday.", "en"),
        ("Police arrested nobody.", "en"),
        ("Die Armee tötete keine Zivilisten in Gao.", "de"),
    ],
)
def test_an_act_done_to_no_one_is_no_event(text: str, lang: str) -> None:
    assert _events(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "trigger"),
    [
        # "no" before a preposition: a vote cast against, not a vote that did not happen
        ("Voters voted no in the referendum in Zurich on Sunday.", "en", "voted"),
        # "no" before a count: at least that many
        ("Police arrested no fewer than 40 people in Lyon on Monday.", "en", "arrested"),
        ("Rebels attacked no fewer than three villages near Beni on Monday.", "en", "attacked"),
        # the negative word belongs to another clause
        ("Police arrested two men in Lyon on Monday, and no one was hurt.", "en", "arrested"),
    ],
)
def test_a_negative_word_of_another_phrase_leaves_the_event(
    text: str, lang: str, trigger: str
) -> None:
    assert trigger in [t for t, _ in _events(text, lang)]


def test_an_event_noun_beside_a_negated_verb_stays() -> None:
    """``The storm killed no one``: the storm happened; only its toll is none."""
    assert ("storm", "disaster") in _events(
        "The storm killed no one in Split on Sunday, officials said.", "en"
    )
