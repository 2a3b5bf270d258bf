"""The hardest-hit sentence, session 30 (h30-left, issue 20): wordings ``[hardest_hit]``
lacked (``Besonders schlimm traf es``, ``Am stärksten zerstört wurde``, ``The worst-damaged
town was``, ``hardest-struck``) and a relative clause of place after the town that tells
what the event did there (``Hardest hit was B, where hundreds of homes were flooded``, ``...,
wo Hunderte Häuser zerstört wurden``), which blocked the narrowing as an event of its own.
Stories written for these tests in other regions than the dev and held-out articles; the
guards keep another event in the relative clause and a superlative that names no scene.
"""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-14"  # a Wednesday


def _events(text: str, lang: str) -> tuple[geomap.Event, ...]:
    return geomap.analyze(text, lang=lang, date=DAY).events  # offline: tests/conftest.py


@pytest.mark.parametrize(
    ("text", "lang", "kind", "town"),
    [
        (
            "Hochwasser hat am Montag weite Teile Ugandas überflutet. Besonders schlimm traf "
            "es die Stadt Kasese.",
            "de",
            "disaster",
            "Kasese",
        ),
        (
            "Ein Erdbeben hat am Dienstag den Osten Irans erschüttert. Am stärksten zerstört "
            "wurde die Stadt Birdschand.",
            "de",
            "disaster",
            "Bīrjand",
        ),
        (
            "Ein Sturm ist am Sonntag über den Norden Madagaskars gezogen. Am heftigsten traf "
            "es die Küstenstadt Sambava, wo Dutzende Häuser abgedeckt wurden.",
            "de",
            "disaster",
            "Sambava",
        ),
        (
            "Schwere Unwetter sind am Sonntag über Kenia hinweggezogen. Am schlimmsten traf es "
            "die Stadt Marsabit, wo Hunderte Häuser zerstört wurden.",
            "de",
            "disaster",
            "Marsabit",
        ),
        (
            "Floods swept through Malawi's southern region on Monday. Hardest hit was Nsanje, "
            "where hundreds of homes were flooded.",
            "en",
            "disaster",
            "Nsanje",
        ),
        (
            "A cyclone tore across northern Madagascar on Sunday. The worst-hit town was "
            "Sambava, where dozens of homes were destroyed, officials said.",
            "en",
            "disaster",
            "Sambava",
        ),
        (
            "An earthquake struck eastern Iran on Tuesday. The worst-damaged town was Birjand, "
            "where dozens of homes collapsed.",
            "en",
            "disaster",
            "Bīrjand",
        ),
        (
            "A cyclone tore across northern Madagascar on Sunday. The hardest-struck town was "
            "Sambava.",
            "en",
            "disaster",
            "Sambava",
        ),
        (
            "NAIROBI, Oct 13 (Reuters) - Floods killed at least 11 people in Kenya on Monday "
            "after heavy rain.\n\nThe worst damage was in the town of Eldoret, where a river "
            "burst its banks and swept away dozens of homes, the Red Cross said.",
            "en",
            "disaster",
            "Eldoret",
        ),
        (
            "Floods swept across Uganda on Sunday. Kasese was the most heavily damaged, "
            "officials said.",
            "en",
            "disaster",
            "Kasese",
        ),
    ],
)
def test_hardest_hit_town(text: str, lang: str, kind: str, town: str) -> None:
    events = _events(text, lang)
    hazards = [e for e in events if e.kind == kind]
    assert [e.place_name for e in hazards] == [town], events
    # the relative clause's damage is the hazard's, no event of its own
    assert len(events) == 1, events


@pytest.mark.parametrize(
    ("text", "lang", "other"),
    [
        (
            "Floods swept through Malawi's southern region on Monday. Hardest hit was Nsanje, "
            "where rioters looted shops.",
            "en",
            "riot",
        ),
        (
            "Floods swept through Malawi's southern region on Monday. Hardest hit was Nsanje, "
            "where police arrested three looters.",
            "en",
            "strategic_development",
        ),
        (
            "Hochwasser hat am Montag weite Teile Ugandas überflutet. Am schwersten betroffen "
            "war die Stadt Kasese, wo die Polizei am Dienstag drei Plünderer festnahm.",
            "de",
            "strategic_development",
        ),
        # another hazard in the relative clause is an event of its own (the events
        # corpus's convention: a landslide in a flood is a mass movement of its own)
        (
            "Floods swept across western Uganda on Sunday. Hardest hit was the town of "
            "Kasese, where a landslide buried three homes on Sunday evening.",
            "en",
            "disaster",
        ),
        (
            "Floods swept across western Uganda on Sunday. Hardest hit was the town of "
            "Kasese, where three homes were buried by a landslide.",
            "en",
            "disaster",
        ),
        (
            "Ein Hochwasser hat am Sonntag weite Teile Ugandas überflutet. Am schlimmsten "
            "betroffen war die Kleinstadt Kasese, wo ein Erdrutsch am Sonntagabend drei "
            "Häuser verschüttete.",
            "de",
            "disaster",
        ),
    ],
)
def test_another_event_in_the_relative_clause_stays(text: str, lang: str, other: str) -> None:
    events = _events(text, lang)
    # the relative clause's event stays, at the hardest-hit town
    assert any(e.kind == other and e.place_name in ("Kasese", "Nsanje") for e in events[1:]), events


def test_a_superlative_naming_no_scene_moves_nothing() -> None:
    events = _events(
        "Floods swept across Uganda on Sunday. The most damaged car was found in Kasese last year.",
        "en",
    )
    assert [e.place_name for e in events if e.kind == "disaster"] == ["Uganda"], events
