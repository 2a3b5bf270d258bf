"""Event words, round 3 of h21-trig (docs/events.md, "Event words by structure: a truce that
took effect, something blown up (session 21, h21-trig round 3)"). Two words of the probe's
misses whose other senses are common, read only where their clause says which sense it is:
the look-alikes were written first. Sentences of our own, other places and wording than
the probe's frames."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (e.trigger, e.kind, e.sub_kind, e.date)
        for e in geomap.analyze(text, lang="en", date=DAY).events
    ]


# --- look-alikes: a truce named with no verb that starts it, a law that took effect, things
# blown up that no charge destroyed, a threat to blow something up --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The new tax law took effect in Tolima on Monday.",
        "The medicine took effect within an hour in Tolima on Monday.",
        "A ban on smoking came into force in Tolima on Sunday.",
        "Truce talks resumed in Tolima on Tuesday.",
        "The rebels called for a truce in Tolima on Monday.",
        "The truce has held in Tolima since March.",
        "The truce is expected to take effect in Tolima on Friday.",
        "The truce will come into force in Tolima on Friday.",
        "The story has blown up on social media in Tolima.",
        "Fans blow up balloons in Tolima",
        "He has blown up the photos of Tolima.",
        "The rebels threatened to blow up the dam in Tolima on Monday.",
        # the look-alikes LGL and GeoWebNews hold, reworded: a rule, a service, a scheme that
        # took effect, an attempt to blow up people
        "Since the rule letting shops in Tolima open on Sundays went into effect, trade rose.",
        "The new bus service in Tolima came into effect two weeks ago.",
        "The scheme came into effect in Tolima through the efforts of the mayor.",
        "It was soldiers in Tolima that she attempted to blow up, the prosecutor said.",
    ],
)
def test_no_agreement_or_attack_is_read(text: str) -> None:
    kinds = {(k, s) for _, k, s, _ in _events(text)}
    assert ("strategic_development", "agreement") not in kinds
    assert ("explosion_remote_violence", "remote_explosive") not in kinds


# --- a truce that took effect on a day is an agreement of that day ---------------------------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "A truce between the army and the rebels took effect at midnight on Monday in Tolima.",
            "2026-10-05",
        ),
        ("A cease-fire came into force in Tolima on Sunday.", "2026-10-04"),
        ("The ceasefire went into effect in the north of Chad on Friday.", "2026-10-02"),
    ],
)
def test_a_truce_that_took_effect_is_an_agreement(text: str, day: str) -> None:
    found = [(k, s, d) for _, k, s, d in _events(text)]
    assert ("strategic_development", "agreement", day) in found


# --- a thing a charge destroys, blown up: past, perfect, passive, headline present ----------
@pytest.mark.parametrize(
    "text",
    [
        "Militants blew up a bridge in Tolima on Monday.",
        "The bridge was blown up near Tolima on Monday.",
        "Rebels have blown up two bridges near Tolima.",
        "Militants have blown up a pipeline in Tolima since Sunday.",
        "Soldiers blew up an ammunition depot near Tolima on Monday.",
        "Militants blew up the house of a judge in Tolima on Monday.",
        "Militants blow up pipeline in Tolima",
    ],
)
def test_something_blown_up_is_an_attack(text: str) -> None:
    kinds = {(k, s) for _, k, s, _ in _events(text)}
    assert ("explosion_remote_violence", "remote_explosive") in kinds


# the past "blew up" stays a trigger of its own: a car bomb is told with the car in the clause
# before ("The van was parked near a market when it blew up"), which a carrier would not read
@pytest.mark.xfail(
    strict=True,
    reason="'blew up' is a trigger of its own: a row or a person that blew up is read as a "
    "bomb (docs/events.md, session 21, h21-trig round 3)",
)
@pytest.mark.parametrize(
    "text",
    [
        "The argument over the bridge blew up in Tolima on Monday.",
        "He blew up at reporters in Tolima on Monday.",
    ],
)
def test_a_row_that_blew_up_is_no_attack(text: str) -> None:
    kinds = {(k, s) for _, k, s, _ in _events(text)}
    assert ("explosion_remote_violence", "remote_explosive") not in kinds


def test_a_van_that_blew_up_is_a_bomb() -> None:
    text = "The van was parked near a market in Tolima when it blew up on Monday."
    kinds = {(k, s) for _, k, s, _ in _events(text)}
    assert ("explosion_remote_violence", "remote_explosive") in kinds


def test_a_suicide_bomber_keeps_his_kind() -> None:
    found = _events("A suicide bomber blew himself up in Tolima on Monday.")
    assert [(k, s) for _, k, s, _ in found] == [("explosion_remote_violence", "suicide_bomb")]
