"""A phrase naming where an earlier event happened (``das Katastrophengebiet``, ``the
disaster area``, ``an die Unglücksstelle``) points to the story's scene: a deadly accident's
as well as a natural disaster's, not an aside told as earlier than another event (``Am
Vortag war in X ... eingestürzt``, ``had crashed``), and it beats a ``dort`` of the same
clause, which only points back, and a place named only as where people came from (``teams
from Germany arrived in the quake zone``)."""

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


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "ANKARA, June 11 (Reuters) - An earthquake struck Malatya province on Monday. "
            "Rescue teams from Germany arrived in the quake zone on Tuesday.",
            "en",
            "Malatya",
        ),
        (
            "Ankara, 11. Juni (dpa) - Ein Erdbeben erschütterte am Montag die Provinz Malatya. "
            "Rettungsteams aus Deutschland trafen am Dienstag im Erdbebengebiet ein.",
            "de",
            "Malatya",
        ),
        (
            "MANILA, June 11 (Reuters) - A ferry capsized off the port of Ormoc on Monday. "
            "Divers from Cebu arrived at the crash site on Tuesday.",
            "en",
            "Ormoc",
        ),
    ],
)
def test_the_scene_beats_where_the_travellers_came_from(text: str, lang: str, place: str) -> None:
    assert_reported(text, lang, "travel", "2025-06-10", place)


@pytest.mark.parametrize(
    ("text", "lang", "kind", "place"),
    [
        (
            "MANILA, June 11 (Reuters) - A typhoon struck the island of Samar on Monday. Police "
            "arrested two looters in Manila on Tuesday. The president flew to the affected "
            "region on Tuesday.",
            "en",
            "travel",
            "Samar",
        ),
        (
            "MANILA, June 11 (Reuters) - A typhoon struck the island of Samar on Monday. Police "
            "arrested two looters in Manila on Tuesday. The president flew to the storm-hit "
            "region on Tuesday.",
            "en",
            "travel",
            "Samar",
        ),
        (
            "MANILA, June 11 (Reuters) - Floods hit the town of Tacloban on Monday. Police "
            "arrested two looters in Manila on Tuesday. The president toured the flood-hit "
            "area on Tuesday.",
            "en",
            "meeting",
            "Tacloban",
        ),
        (
            "Manila, 11. Juni (dpa) - Ein Taifun traf am Montag die Insel Samar. In Manila nahm "
            "die Polizei am Dienstag zwei Plünderer fest. Der Präsident reiste am Dienstag in "
            "das betroffene Gebiet.",
            "de",
            "travel",
            "Samar",
        ),
        (
            "Manila, 11. Juni (dpa) - Ein Taifun traf am Montag die Insel Samar. In Manila nahm "
            "die Polizei am Dienstag zwei Plünderer fest. Der Präsident besuchte am Dienstag "
            "das Taifungebiet.",
            "de",
            "meeting",
            "Samar",
        ),
    ],
)
def test_a_hazard_compound_or_the_affected_area_is_the_hazard_s_place(
    text: str, lang: str, kind: str, place: str
) -> None:
    assert_reported(text, lang, kind, "2025-06-10", place)
