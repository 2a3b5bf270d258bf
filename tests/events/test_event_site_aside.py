"""A phrase naming where an earlier event happened (``das Katastrophengebiet``, ``the
disaster area``, ``an die Unglücksstelle``) points to the story's scene: a deadly accident's
as well as a natural disaster's, not an aside told as earlier than another event (``Am
Vortag war in X ... eingestürzt``, ``had crashed``), and it beats a ``dort`` of the same
clause, which only points back."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_reported


@pytest.mark.parametrize(
    ("text", "lang", "kind", "day", "place"),
    [
        (
            "Bratislava, 11. Juni (dpa) - Ein Zug entgleiste am Montag bei Kosice. Am Vortag "
            "war in Presov eine Brücke eingestürzt. Der Verkehrsminister besuchte am Dienstag "
            "das Katastrophengebiet.",
            "de",
            "meeting",
            "2025-06-10",
            "Kosice",
        ),
        (
            "Tiflis, 11. Juni (dpa) - Eine Gasexplosion zerstörte am Sonntag ein Wohnhaus in "
            "Rustawi. In Tiflis demonstrierten am Montag Hunderte Menschen. Der Präsident "
            "besuchte am Dienstag das Katastrophengebiet.",
            "de",
            "meeting",
            "2025-06-10",
            "Rustavi|Rustawi",
        ),
        (
            "LIMA, June 11 (AP) - A gas explosion destroyed a market in the town of Piura on "
            "Monday. A day earlier, a bus had crashed near Sullana. The president visited the "
            "disaster area on Tuesday.",
            "en",
            "meeting",
            "2025-06-10",
            "Piura",
        ),
        (
            "Havanna, 11. Juni (dpa) - Ein Zug entgleiste in der Nacht zum Montag bei Cacocum. "
            "Am Vortag hatten Sturzfluten bei Báguanos eine Brücke weggerissen. Der Minister "
            "reiste am Montag an die Unglücksstelle und sprach dort mit Angehörigen.",
            "de",
            "travel",
            "2025-06-09",
            "Cacocum",
        ),
    ],
)
def test_the_scene_is_the_story_s_not_an_aside_s(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)
