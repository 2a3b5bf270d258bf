"""A participle that describes the subject is not the clause's verb (issue 20, session 27,
h27-evheads; docs/events.md, "session 27: participles before a finite trigger verb").

``A missile fired from A struck B``, ``Eine von A aus abgefeuerte Rakete traf B``, ``von in A
stationierten Truppen beschossen``: the launch or the stationing names the subject, the
finite verb after it is the news, and the participle's places say where the doers came from,
not where the act was. Sentences of our own, in other regions and wording than the event-site
probe's frames; the near-misses keep their reading."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _events(lang: str, text: str) -> list[tuple[str, str, str | None]]:
    return [
        (e.trigger, e.type, e.place_name) for e in geomap.analyze(text, lang=lang, date=DAY).events
    ]


@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        # English: a participle with a preposition after the subject's noun
        (
            "en",
            "A missile fired from Kherson struck an apartment block in Mykolaiv on Tuesday.",
            "struck",
            "Mykolayiv",
        ),
        (
            "en",
            "Shells launched from positions near Idlib hit a hospital in Aleppo on Friday.",
            "hit",
            "Aleppo",
        ),
        (
            "en",
            "A drone launched near Sevastopol struck a depot in Odesa on Monday.",
            "struck",
            "Odesa",
        ),
        (
            "en",
            "Soldiers deployed in Homs attacked a village near Hama on Sunday.",
            "attacked",
            "Ḩamāh",
        ),
        # German: the participle's attribute phrase opened by an article, a preposition
        # that governs the noun, or the clause itself
        (
            "de",
            "Eine von Cherson aus abgefeuerte Rakete traf am Dienstag ein Wohnhaus in Mykolajiw.",
            "traf",
            "Mykolayiv",
        ),
        (
            "de",
            "Von Stellungen bei Idlib abgefeuerte Granaten schlugen am Freitag in Aleppo ein.",
            "schlugen ... ein",
            "Aleppo",
        ),
        (
            "de",
            "Zwei Dörfer bei Hama wurden am Sonntag von in Homs stationierten Soldaten beschossen.",
            "beschossen",
            "Ḩamāh",
        ),
        (
            "de",
            "Eine nahe Sewastopol gestartete Drohne traf am Montag ein Depot in Odessa.",
            "traf",
            "Odesa",
        ),
    ],
)
def test_the_finite_verb_after_a_participle_names_the_event(
    lang: str, text: str, trigger: str, place: str
) -> None:
    events = _events(lang, text)
    assert [(t, p) for t, _, p in events] == [(trigger, place)], events


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the participle is the clause's own verb: no finite verb after it
        ("en", "Troops fired from positions near Homs on Friday.", [("fired", "launch")]),
        # a passive and a coordinated verb: two acts
        (
            "en",
            "A missile was fired from Kherson and struck Mykolaiv on Tuesday.",
            [("fired", "launch"), ("struck", "strike")],
        ),
        # a participle of the object's noun keeps the subject's verb
        (
            "en",
            "The army fired rockets at villages seized by rebels near Hama on Sunday.",
            [("fired", "strike")],
        ),
        # a participle of the later verb's own type names the same act and its means
        (
            "en",
            "A barrel bomb dropped from a helicopter hit a market near Idlib on Sunday.",
            [("dropped", "strike")],
        ),
        # an attributive participle with no event
        ("de", "Die zerstörte Brücke wird wieder aufgebaut.", []),
        ("de", "Die von Cherson aus abgefeuerte Rakete wurde abgefangen.", []),
        # a fronted place phrase before a finite verb of the clause stays its verb
        (
            "de",
            "In Odessa zerstörten Raketen am Montag ein Lagerhaus.",
            [("zerstörten", "strike")],
        ),
    ],
)
def test_near_misses_keep_their_reading(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t, k) for t, k, _ in _events(lang, text)] == expected
