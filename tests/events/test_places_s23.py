"""Places and days of session 23 (docs/events.md, "A whole article's story: the coast
after a named place, the story's own scene for a back reference, the next day after a
flashback (session 23, h23-evplace)"). Sentences of our own; rows that first copied a dev
article's country, island or sentence frame were rewritten in other places and wording
(h23-mend, a review's finding). The classes: a named place before a coast phrase built
from a country (``A prefecture on X's northern coast``) is the event's, not the coast; a
back reference or ``there`` after a sentence that only compares with a past event points
to the story's scene, not to the past event's town; ``the next day`` / ``Tags darauf``
after an earlier event told in the past perfect counts from the story's own day."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2026-10-07"  # a Wednesday


def _events(lang: str, text: str) -> list[tuple[str, str, str | None]]:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    return [(e.kind, plain(e.place_name or ""), e.date) for e in events]


# A named place right before a coast the geoparser built: the coast only says where it lies.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "A strong earthquake struck Hokkaido prefecture on Japan's northern coast late on"
            " Monday.",
            [("disaster", "hokkaido")],
        ),
        (
            "de",
            "Ein Waldbrand hat am Dienstag die Gemeinde Kavala an der Nordküste Griechenlands"
            " erreicht.",
            [("disaster", "kavala")],
        ),
        (
            "de",
            "Ein Erdbeben erschütterte am Montag die Provinz Esmeraldas an der Pazifikküste"
            " Ecuadors.",
            [("disaster", "esmeraldas")],
        ),
        # guards: a coast alone stays the place; a town off which a ship sank stays the town
        (
            "en",
            "A storm battered Chile's northern coast on Monday.",
            [("disaster", "north coast of chile")],
        ),
        (
            "en",
            "A fishing boat capsized off Iquique on Chile's northern coast on Monday.",
            [("accident", "iquique")],
        ),
    ],
)
def test_named_place_before_a_coast(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert [(kind, place) for kind, place, _ in _events(lang, text)] == expected


# A back reference or "there" after a sentence comparing with a past event elsewhere: the
# story's scene; a town named after the event and followed by an event with no place stays.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Miners from Potosí clashed with police in Oruro on Monday. The clashes were the"
            " worst since the 2019 unrest in Cochabamba. Police arrested 20 miners in the city"
            " on Tuesday.",
            ["oruro", "oruro"],
        ),
        (
            "de",
            "Bergleute lieferten sich am Montag in Oruro Zusammenstöße mit der Polizei. Es"
            " waren die schwersten Unruhen seit den Protesten in Cochabamba 2019. Am Dienstag"
            " nahm die Polizei in der Stadt 20 Bergleute fest.",
            ["oruro", "oruro"],
        ),
        (
            "en",
            "Miners clashed with police in Oruro on Monday. It was the worst unrest since the"
            " 2019 protests in Cochabamba. Police arrested 20 miners there on Tuesday.",
            ["oruro", "oruro"],
        ),
        (
            "de",
            "Bergleute lieferten sich am Montag in Oruro Zusammenstöße mit der Polizei. Es"
            " waren die schwersten Unruhen seit den Protesten in Cochabamba 2019. Dort nahm die"
            " Polizei am Dienstag 20 Bergleute fest.",
            ["oruro", "oruro"],
        ),
        # guards: the town the story moved to, and an event placed there, stay the referent
        (
            "en",
            "Students marched in Kandy on Monday. Unknown attackers set fire to a mosque in"
            " Galle on Tuesday. Police arrested three suspects in the town.",
            ["kandy", "galle", "galle"],
        ),
    ],
)
def test_back_reference_to_the_story(lang: str, text: str, expected: list[str]) -> None:
    assert [place for _, place, _ in _events(lang, text)] == expected


def test_back_reference_after_an_unplaced_event_keeps_the_town_named() -> None:
    # guard: a town the story moved to (an arrival read as no event), then an event with no
    # place of its own: "in der Stadt" is that town, though no event was placed there yet
    text = (
        "Ein Feuer zerstörte am Samstag den Markt von Kaolack. Im Osten des Landes erreichten"
        " am Montag rund 300 Flüchtlinge die Grenzstadt Tambacounda. Am Dienstag kamen"
        " weitere 150 Flüchtlinge an. Am selben Tag nahm die Polizei in der Stadt zwei"
        " Schlepper fest."
    )
    assert _events("de", text)[-1][:2] == ("strategic_development", "tambacounda")


# "The next day" after a flashback in the past perfect: the day after the story's own event.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "A bomb killed five people in Asyut on Monday. Gunmen had already attacked a"
            " church in the city on Saturday. The next day police arrested ten suspects there.",
            ["2026-10-05", "2026-10-03", "2026-10-06"],
        ),
        (
            "de",
            "Bei einem Anschlag in Assiut sind am Montag fünf Menschen getötet worden. Bereits"
            " am Samstag war dort ein Bus mit Pilgern beschossen worden. Tags darauf nahm die"
            " Polizei dort zehn Verdächtige fest.",
            ["2026-10-05", "2026-10-03", "2026-10-06"],
        ),
        # guards: a next day after the story's own event, and after a plain past
        (
            "en",
            "Protesters marched in Sohag on Monday. The next day police arrested ten of them.",
            ["2026-10-05", "2026-10-06"],
        ),
        (
            "de",
            "In Sohag demonstrierten am Samstag Hunderte Menschen. Am Montag griffen Unbekannte"
            " dort eine Kirche an. Tags darauf nahm die Polizei zehn Verdächtige fest.",
            ["2026-10-03", "2026-10-05", "2026-10-06"],
        ),
    ],
)
def test_next_day_after_a_flashback(lang: str, text: str, expected: list[str]) -> None:
    assert [day for _, _, day in _events(lang, text)] == expected
