"""Places of session 21, round 3 (docs/events.md, "An area and a town inside it, and an
epicentre in the event's own sentence (session 21, round 3, h21-evplace)"). Sentences of our
own, with other places and wording than the German agency-style dev articles that showed
each class: an island, a province or a state named first and a town inside it named late
in the same clause is at the town; a clause of the event's own sentence that names the
quake's epicentre places it as the next sentence would."""

from __future__ import annotations

import pytest

from tests.support.event_table import places_of_kind, plain

DAY = "2026-10-07"  # a Wednesday


# An area named first, a town inside it late in the same clause: the town.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "de",
            "Auf der griechischen Insel Kreta ist am Montag ein Fischkutter vor dem Hafen von"
            " Chania gesunken.",
            "accident",
            "Chania",
        ),
        (
            "de",
            "Auf der Insel Sardinien ist am Montag ein Ausflugsboot mit 40 Touristen vor dem"
            " Hafen von Olbia gekentert.",
            "accident",
            "Olbia",
        ),
        (
            "en",
            "On the island of Crete a fishing boat sank on Monday off the port of Chania.",
            "accident",
            "Chania",
        ),
        # guard: a town of another country is no town inside the island
        (
            "de",
            "Auf der Insel Kreta ist am Montag ein Frachter gesunken, der aus dem Hafen von"
            " Alexandria kam.",
            "accident",
            "Crete",
        ),
    ],
)
def test_area_yields_to_its_town(lang: str, text: str, kind: str, place: str) -> None:
    assert places_of_kind(lang, text, kind, DAY) == [plain(place)]


# An epicentre named in a later clause of the quake's own sentence.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "de",
            "Am Montagabend bebte im Bundesstaat Jalisco die Erde, das Epizentrum lag nahe der"
            " Kleinstadt Tomatlán.",
            "Tomatlán",
        ),
        (
            "de",
            "Ein Erdbeben der Stärke 5,4 erschütterte am Montag den Bundesstaat Jalisco, das"
            " Zentrum lag nahe der Kleinstadt Tomatlán.",
            "Tomatlán",
        ),
        (
            "en",
            "An earthquake of magnitude 5.4 shook Jalisco state on Monday; its epicentre was"
            " near the small town of Tomatlán.",
            "Tomatlán",
        ),
        # guard: with no epicentre the later clause's town is not the quake's
        (
            "de",
            "Am Montagabend bebte im Bundesstaat Jalisco die Erde, Helfer aus Guadalajara"
            " brachen sofort auf.",
            "Jalisco",
        ),
    ],
)
def test_epicentre_clause_places_the_quake(lang: str, text: str, place: str) -> None:
    assert places_of_kind(lang, text, "disaster", DAY) == [plain(place)]
