"""Look-alikes of session 23's event-place rules (docs/events.md, "Look-alikes of the
event-place rules (session 23, h23-guard)"): stories where a back reference to the story's
scene (``_story_scenes``, the size words ``Kleinstadt`` / ``small town``), a carried place or
a ``Sitzung`` meeting should NOT decide. An event with a locative of its own keeps it after an
earlier sentence introduced another town by a description word; a description word used in
general (``in einer Kleinstadt wie dieser``, ``small towns across the region``) points to no
town; a protest in a later paragraph names its own town after the trigger (also past a site
noun the back-reference word only modifies, ``the town hall in A``); a ``Sitzung`` of a
carnival club, a therapist or a photographer is no meeting. Sentences of our own, with places
no corpus article of the rules used."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2026-10-07"  # a Wednesday


def _places(lang: str, text: str) -> list[tuple[str, str]]:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    return [(e.kind, plain(e.place_name or "")) for e in events]


# An event with its own locative after a sentence that introduced another town by a
# description word: the event's own town, not the introduced one.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Am Montag demonstrierten in Görlitz Hunderte gegen die Schließung der Klinik. Die"
            " Kleinstadt Zittau liegt rund 30 Kilometer südlich. Am Dienstag nahm die Polizei"
            " in Bautzen drei Männer fest.",
            [("protest", "gorlitz"), ("strategic_development", "bautzen")],
        ),
        (
            "en",
            "Hundreds protested in Carlisle on Monday against the closure of the hospital. The"
            " small town of Penrith lies about 30 km to the south. On Tuesday police arrested"
            " three men in Kendal.",
            [("protest", "carlisle"), ("strategic_development", "kendal")],
        ),
        (
            "de",
            "Ein Sturm beschädigte am Montag Dächer in der Kleinstadt Meißen. Am Dienstag"
            " protestierten in Pirna Anwohner gegen die langsame Hilfe.",
            [("disaster", "meissen"), ("protest", "pirna")],
        ),
        (
            "en",
            "A storm damaged roofs in the small town of Brecon on Monday. On Tuesday residents"
            " protested in Abergavenny over the slow repairs.",
            [("disaster", "brecon"), ("protest", "abergavenny")],
        ),
    ],
)
def test_own_locative_over_an_introduced_town(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _places(lang, text) == expected


# A description word used in general names no town and takes no event's place.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "de",
            "Hunderte protestierten am Montag in Pirna gegen die Schließung der Schule. In einer"
            " Kleinstadt wie dieser kennt jeder jeden, sagte ein Lehrer.",
            [("protest", "pirna")],
        ),
        (
            "en",
            "Farmers protested in Lincoln on Monday against the new levy. Small towns across the"
            " region face the same cuts, the mayor said.",
            [("protest", "lincoln")],
        ),
        (
            "de",
            "Wie in vielen Kleinstädten der Region protestierten am Montag auch in Freiberg"
            " Hunderte Menschen gegen die Schließung der Klinik.",
            [("protest", "freiberg")],
        ),
        (
            "en",
            "As in many small towns across the region, hundreds protested in Brecon on Monday"
            " against the closure of the hospital.",
            [("protest", "brecon")],
        ),
    ],
)
def test_generic_description_word(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert _places(lang, text) == expected


# A protest in a later paragraph whose own town is named after the trigger: that town, not
# the place carried from the paragraph before. "the town hall in A": "town" only modifies
# the hall, a site the clause places in A (failed on 066bf845 and 6d574854: Hull).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "LONDON, Oct 7 (Reuters) - The government unveiled spending cuts on Monday.\n\nOn"
            " Tuesday thousands of people protested against the cuts in Manchester.",
            [("statement", "london"), ("protest", "manchester")],
        ),
        (
            "en",
            "A storm battered the small town of Whitby on Monday.\n\nOn Tuesday residents"
            " protested against the slow repairs in Scarborough.",
            [("disaster", "whitby"), ("protest", "scarborough")],
        ),
        (
            "de",
            "Ein Sturm traf am Montag die Kleinstadt Husum.\n\nAm Dienstag protestierten"
            " Anwohner gegen die schleppende Hilfe in Flensburg.",
            [("disaster", "husum"), ("protest", "flensburg")],
        ),
        (
            "en",
            "Police arrested two men in Hull on Monday.\n\nOn Tuesday hundreds of residents"
            " rallied outside the town hall in Doncaster against the violence.",
            [("strategic_development", "kingston upon hull"), ("protest", "doncaster")],
        ),
    ],
)
def test_later_protest_keeps_its_own_town(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert _places(lang, text) == expected


# A Sitzung that is no meeting: a carnival show, a therapy session, a photo sitting (all
# three were meetings on 6d574854); a council's emergency session stays one.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bei der Prunksitzung des Karnevalsvereins in Mainz traten am Samstag zwölf"
            " Büttenredner auf.",
            [],
        ),
        (
            "Nach seiner dritten Therapiesitzung in Bad Nauheim konnte der Stürmer am Montag"
            " wieder trainieren.",
            [],
        ),
        ("Die Fotositzung in Hamburg dauerte am Dienstag vier Stunden.", []),
        (
            "Der Gemeinderat traf sich am Dienstag in Erfurt zu einer Dringlichkeitssitzung.",
            [("meeting", "erfurt")],
        ),
    ],
)
def test_sitzung_that_is_no_meeting(text: str, expected: list[tuple[str, str]]) -> None:
    assert _places("de", text) == expected
