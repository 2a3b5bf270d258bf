"""A crowd's march told in the perfect, with a protest as its purpose, is a protest
(issue 20, session 29, h29-evfound): ``sind am Dienstag durch die Innenstadt gezogen, um
gegen X zu protestieren``, ``waren vor das Landhaus gefahren, um ... zu protestieren``.
Session 23 read the purpose only after a verb of going in the preterite (``[clauses]
march_verbs``: ``zogen``, ``fuhren``); the perfect's participles join them. A plan (``wollen
... ziehen``), a trip or a sightseeing walk, and a march of a past year stay none. Places
and wording are of no benchmark article and of no held-out region."""

from __future__ import annotations

import pytest

from tests.support.event_table import assert_no_event_of, assert_reported


@pytest.mark.parametrize(
    ("text", "day", "place"),
    [
        (
            "Limoges (AFP) - Hunderte Landwirte sind am Dienstag mit Traktoren durch die "
            "Innenstadt von Limoges gezogen, um gegen sinkende Milchpreise zu protestieren. Die "
            "Polizei sprach von 600 Teilnehmern.",
            "2025-06-10",
            "Limoges",
        ),
        (
            "Graz (APA) - Rund 300 Bauern waren am Montag mit ihren Traktoren vor das Landhaus "
            "in Graz gefahren, um gegen neue Auflagen zu protestieren. Der Verkehr staute sich.",
            "2025-06-09",
            "Graz",
        ),
        (
            "Malmö (dpa) - Hunderte Klimaaktivisten sind am Samstag in Malmö durch den Hafen "
            "gezogen, um gegen eine neue Gasleitung zu protestieren. Es gab keine Festnahmen.",
            "2025-06-07",
            "Malmo",
        ),
        (
            "Leipzig (dpa) - Etwa 2.000 Menschen waren am Freitagabend in Leipzig zum Rathaus "
            "gekommen, um gegen die Schließung einer Klinik zu demonstrieren. Die Stadt will nun "
            "verhandeln.",
            "2025-06-06",
            "Leipzig",
        ),
        (
            "Danzig (AFP) - Werftarbeiter sind am Mittwoch in Danzig vor die Zentrale der Werft "
            "gezogen, um gegen Entlassungen zu protestieren.",
            "2025-06-11",
            "Gdansk|Danzig",
        ),
    ],
)
def test_a_march_in_the_perfect_with_a_protest_purpose(text: str, day: str, place: str) -> None:
    assert_reported(text, "de", "protest", day, place, sub_kind="peaceful_protest")


@pytest.mark.parametrize(
    "text",
    [
        "Die Landwirte wollen am Freitag durch die Innenstadt von Limoges ziehen, um gegen "
        "sinkende Milchpreise zu protestieren.",
        "Der Minister ist am Montag nach Graz gefahren, um dort eine neue Brücke zu eröffnen.",
        "Die Touristen sind am Samstag durch den Hafen von Malmö gezogen, um die alten Schiffe "
        "zu besichtigen.",
        "Im Jahr 2019 waren Tausende Menschen in Leipzig auf die Straße gegangen, um gegen die "
        "Schließung einer Klinik zu demonstrieren.",
    ],
)
def test_no_protest_where_the_going_is_none(text: str) -> None:
    assert_no_event_of(text, "de", "protest")
