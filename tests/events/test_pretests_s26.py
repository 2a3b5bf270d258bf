"""Session 26 review (h26-rev1): the events' set pre-tests (h26-perf) keep every event and
every flag of the long word-by-word tests when the words they look for stand first in a
sentence, capitalised, or in a clause after another event.

The pre-tests compare a clause's case-folded words with a lexicon's words or with the
first words of its two-word phrases (``_flags``: hypothetical, future, denials, ruled
out; ``_background``: habitual, ongoing, habit adverbs). A pre-test that compared the
words as written (``Next``, ``Jedes``, ``Should``) or the wrong word of a pair would let
these habits and plans through as events, or drop the look-alikes' events. Sentences of
our own (Kenya, India, Pakistan, Austria, Croatia, France, Lithuania), both languages;
outputs identical on 2da208c0 and 4e827420 (and events dev and the LGL/GeoWebNews events
hash identical). A pre-test that asked the words as written was mutated in on purpose:
the hypothetical and future rows fail then.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-04-15"  # a Wednesday


def _events(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.trigger, e.kind, e.date) for e in geomap.analyze(text, lang=lang, date=DAY).events]


# the pre-tested word first in its sentence, capitalised: still a plan, a habit, a
# possibility, a denial or a ruled-out act, no event
NO_EVENT = [
    ("Next month, farmers will march through Nakuru.", "en"),
    ("Every monsoon, landslides block the road to Manali.", "en"),
    ("Should the dam at Tarbela burst, villages downstream would flood.", "en"),
    ("Kyiv rejected reports that its troops had shelled villages near Belgorod on Monday.", "en"),
    ("Police ruled out an attack in Lyon.", "en"),
    # a plan said by its pair alone (no modal): only _flags' future pairs hold it back
    ("Next month farmers march through Nakuru.", "en"),
    ("Nächste Woche streiken die Lehrer in Linz.", "de"),
    ("Im kommenden Monat wollen Bauern durch Graz ziehen.", "de"),
    ("Jedes Jahr überfluten Stürme die Altstadt von Split.", "de"),
    ("Nächste Woche wollen Lehrer in Linz streiken.", "de"),
    ("Die Polizei schließt einen Anschlag in Lyon aus.", "de"),
]


@pytest.mark.parametrize(("text", "lang"), NO_EVENT)
def test_fronted_habits_plans_and_denials_give_no_event(text: str, lang: str) -> None:
    assert _events(text, lang) == []


# look-alikes: the same first words with no plan or habit, or a plan in another clause
ONE_EVENT = [
    ("Next to the station in Nakuru, a bomb exploded on Monday.", "en", "2026-04-13"),
    ("This morning a bus overturned near Cuttack, killing four.", "en", "2026-04-15"),
    (
        "Am Montag explodierte in Quetta eine Bombe, im kommenden Monat wird gewählt.",
        "de",
        "2026-04-13",
    ),
]


@pytest.mark.parametrize(("text", "lang", "day"), ONE_EVENT)
def test_look_alikes_keep_their_dated_event(text: str, lang: str, day: str) -> None:
    got = _events(text, lang)
    assert [date for _, _, date in got] == [day], got


@pytest.mark.xfail(
    strict=True,
    reason="a running count with its 'so far this year' fronted is read as an event (the "
    "same words after the verb are not); seen in review, not from the pre-tests (2da208c0 "
    "gives the same)",
)
def test_fronted_running_count_gives_no_event() -> None:
    assert _events("So far this year, floods have killed 140 people in Sindh.", "en") == []
