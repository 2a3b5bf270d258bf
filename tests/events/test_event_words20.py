"""Non-event guards of session 20 (docs/events.md, "Event words from WordNet and wordfreq
(session 20, h20-trig)"). Sentences of our own, with other places and wording than the
generated probe's frames that showed the classes."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _triggers(lang: str, text: str) -> list[str]:
    return [e.trigger for e in geomap.analyze(text, lang=lang, date=DAY).events]


# German puts the remembering verb at the clause's end, after the event it remembers: the
# event noun in an "an" phrase with "erinnert", "erinnerten" later in its clause is remembered.
@pytest.mark.parametrize(
    "text",
    [
        "In Ohrid wurde am Sonntag mit Kerzen an die Lawine vor zwanzig Jahren erinnert.",
        "Die Gemeinde Celje hat am Montag an das Hochwasser von 2014 erinnert.",
        "Schüler in Tulcea erinnerten am Dienstag mit einem Konzert an den Bombenanschlag.",
    ],
)
def test_an_event_remembered_at_the_clause_end_is_no_news(text: str) -> None:
    assert _triggers("de", text) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # today's event beside the remembering stays an event
        ("In Tulcea demonstrierten am Dienstag Hunderte Menschen.", "demonstrierten"),
        # an "an" phrase with no remembering word is no commemoration
        ("Eine Lawine ging am Montag an der Nordflanke bei Ohrid ab.", "Lawine"),
        ("Am Montag kam es an der Grenze bei Celje zu einem Erdrutsch.", "Erdrutsch"),
    ],
)
def test_an_event_without_a_remembering_word_stays(text: str, trigger: str) -> None:
    assert trigger in _triggers("de", text)


# After a frame that ends in a preposition ("risk of", "fear of") a verb trigger in -ing is a
# gerund, a noun: what may come, no event (as "the risk of a landslide" already was).
@pytest.mark.parametrize(
    "text",
    [
        "Aid groups in Goma warned of the risk of renewed shelling on Tuesday.",
        "Residents of Sumy spoke of the threat of heavy bombing on Monday.",
    ],
)
def test_a_gerund_after_risk_of_is_no_event(text: str) -> None:
    assert not {"shelling", "bombing"} & set(_triggers("en", text))


def test_a_gerund_as_the_verb_stays_an_event() -> None:
    assert "shelling" in _triggers("en", "Troops were shelling Sumy on Monday.")
