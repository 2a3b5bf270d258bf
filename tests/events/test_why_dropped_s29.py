"""The debug path of :mod:`geomap.events._why` (issue 20, session 29): with a recorder on,
each clause and trigger rule that passes over a trigger candidate notes its name, and
:func:`reason_at` names the one that dropped the words of a span. The events are the same
with the recorder as without it. Places and wording are of no benchmark article."""

from __future__ import annotations

from datetime import date

import pytest

import geomap
from geomap.events._why import reason_at, rejections

DAY = date(2024, 5, 4)


def _reason(text: str, lang: str, word: str) -> str:
    notes, _analysis = rejections(text, lang, DAY)
    start = text.index(word)
    return reason_at(notes, start, start + len(word))


@pytest.mark.parametrize(
    ("text", "lang", "word", "reason"),
    [
        (
            "GARISSA, May 4 (Reuters) - Police said rebels could attack the town on Friday.",
            "en",
            "attack",
            "mood: hypothetical",
        ),
        (
            "GARISSA, May 4 (Reuters) - A storm of criticism met the minister on Friday.",
            "en",
            "storm",
            "figurative",
        ),
        (
            "WAJIR, 4. Mai - Die Regierung kündigte an, die Grenze am Freitag zu schließen.",
            "de",
            "schließen",
            "infinitive clause",
        ),
    ],
)
def test_the_rule_that_dropped_a_trigger_is_named(
    text: str, lang: str, word: str, reason: str
) -> None:
    assert _reason(text, lang, word).startswith(reason)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("GARISSA, May 4 (Reuters) - Rebels attacked the town of Garissa on Friday.", "en"),
        ("WAJIR, 4. Mai - Ein Erdbeben erschütterte am Freitag die Stadt Wajir.", "de"),
        ("GARISSA, May 4 (Reuters) - Police said rebels could attack the town on Friday.", "en"),
    ],
)
def test_the_recorder_changes_no_event(text: str, lang: str) -> None:
    _notes, recorded = rejections(text, lang, DAY)
    plain = geomap.analyze(text, lang=lang, date=DAY)
    assert recorded.events == plain.events


def test_an_event_found_is_no_rejection() -> None:
    text = "GARISSA, May 4 (Reuters) - Rebels attacked the town of Garissa on Friday."
    notes, analysis = rejections(text, "en", DAY)
    assert len(analysis.events) == 1
    start = text.index("attacked")
    assert not [n for n in notes if n.level == "token" and n.start == start]


def test_the_recorder_is_off_outside_rejections_and_in_other_threads() -> None:
    """Session 29 review: the recorder is a context variable. It is off once
    :func:`rejections` returns (also when the analysis raises), and an analysis in another
    thread while one records sees no recorder: its notes go nowhere."""
    import threading

    from geomap.events import _why

    text = "GARISSA, May 4 (Reuters) - Police said rebels could attack the town on Friday."
    notes, _analysis = rejections(text, "en", DAY)
    assert notes and not _why.recording()
    with pytest.raises(TypeError):
        rejections(None, "en", DAY)  # type: ignore[arg-type]
    assert not _why.recording()

    sink: list[_why.Note] = []
    token = _why._SINK.set(sink)
    seen: list[bool] = []
    try:
        worker = threading.Thread(
            target=lambda: (
                seen.append(_why.recording()),
                geomap.analyze(text, lang="en", date=DAY),
            )
        )
        worker.start()
        worker.join()
    finally:
        _why._SINK.reset(token)
    assert seen == [False]
    assert sink == []
