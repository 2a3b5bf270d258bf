"""Places of session 22 (docs/events.md, "The trigger's own clause over an introductory
phrase, a relative clause of place and people's origin (session 22, h22-evplace)").
Sentences of our own, with other places and wording than the dev articles that showed
each class: a place in a phrase telling an event of its own before the trigger (``after
the rally in A``) yields to the place the trigger's own words name; a fronted ``In A,
where ...,`` is the event's place; a back reference in ``people from around the town`` is
whose, not where."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import places_of_kind, plain

DAY = "2026-10-07"  # a Wednesday


# A place of a phrase that opens with "after"/"nach" and a determiner tells an event of its
# own; the place the trigger's own preposition governs is the event's.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "de",
            "Nach der Sitzung in Gent streikten am Freitag in Brügge rund 400 Hafenarbeiter.",
            "protest",
            "Brügge",
        ),
        (
            "de",
            "In Polen ist nach einer Versammlung von Bergleuten in Kattowitz am Montag ein"
            " Gewerkschafter in Breslau erstochen worden.",
            "violence_against_civilians",
            "Wrocław",
        ),
        (
            "en",
            "Following the rally in Porto, hundreds of teachers protested in Coimbra on"
            " Tuesday against pay cuts.",
            "protest",
            "Coimbra",
        ),
        (
            "de",
            "Vor dem Gipfel in Tallinn gingen am Montag in Tartu Tausende Studenten auf die"
            " Straße.",
            "protest",
            "Tartu",
        ),
        (
            "de",
            "Im Anschluss an das Treffen in Tallinn wurden am Montag in Tartu drei"
            " Oppositionelle festgenommen.",
            "strategic_development",
            "Tartu",
        ),
        (
            "en",
            "Ahead of the summit in Tallinn, police detained four activists in Tartu on Monday.",
            "strategic_development",
            "Tartu",
        ),
        # guard: "vor" before a building is where, not an event of its own
        (
            "de",
            "Vor dem Rathaus in Tartu demonstrierten am Montag Hunderte Studenten.",
            "protest",
            "Tartu",
        ),
        # guard: with no other place the phrase's place still places the event
        (
            "de",
            "Nach der Sitzung in Gent streikten am Freitag rund 400 Hafenarbeiter.",
            "protest",
            "Gent",
        ),
        # guard: a journey's goal after "nach" without a determiner is no such phrase
        (
            "de",
            "Rund 300 Bauern zogen am Dienstag von Graz nach Salzburg und demonstrierten dort.",
            "protest",
            "Salzburg",
        ),
    ],
)
def test_opened_event_phrase_yields(lang: str, text: str, kind: str, place: str) -> None:
    assert places_of_kind(lang, text, kind, DAY)[:1] == [plain(place)]


# "In A, where <a clause naming B>, ...": the fronted A is the event's, the relative
# clause only says what A is.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "A barge ran aground near Ruse on Monday. In Varna, where the Burgas shipyard"
            " trains its welders, hundreds of workers went on strike on Tuesday.",
            "protest",
            "Varna",
        ),
        (
            "de",
            "Bei Russe ist am Montag ein Lastkahn auf Grund gelaufen. In Warna, wo die"
            " Reederei aus Burgas ihren Sitz hat, streikten am Dienstag Werftarbeiter.",
            "protest",
            "Varna",
        ),
    ],
)
def test_fronted_place_over_relative_of_place(lang: str, text: str, kind: str, place: str) -> None:
    assert places_of_kind(lang, text, kind, DAY)[:1] == [plain(place)]


# "People from around the city": the back reference says whose, not where.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "Fire gutted the market in Gulu on Monday. Traders from around the town drove"
            " to Kampala on Thursday and protested outside parliament.",
            "protest",
            "Kampala",
        ),
        # guard: "in the city" is still the city
        (
            "en",
            "Fire gutted the market in Gulu on Monday. Traders demonstrated in the town on"
            " Thursday.",
            "protest",
            "Gulu",
        ),
    ],
)
def test_people_from_reference_is_no_scene(lang: str, text: str, kind: str, place: str) -> None:
    assert places_of_kind(lang, text, kind, DAY)[:1] == [plain(place)]


# A back reference in a relative clause before the trigger ("who had gathered in the
# town", ", die dort ... hatten,") tells what its people did before; the trigger's own
# place wins. Alone it still places the event.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "A mine flooded near Kitwe on Sunday. Nurses who had treated the injured in the"
            " town staged a strike in Ndola on Tuesday.",
            "protest",
            "Ndola",
        ),
        (
            "de",
            "Bei Kitwe ist am Sonntag eine Mine überflutet worden. Krankenschwestern, die dort"
            " die Verletzten versorgt hatten, streikten am Dienstag in Ndola.",
            "protest",
            "Ndola",
        ),
        # guard: alone the back reference places the event
        (
            "en",
            "A mine flooded near Kitwe on Sunday. Nurses who had treated the injured in the"
            " town went on strike on Tuesday.",
            "protest",
            "Kitwe",
        ),
    ],
)
def test_relative_back_reference_yields(lang: str, text: str, kind: str, place: str) -> None:
    assert places_of_kind(lang, text, kind, DAY)[-1:] == [plain(place)]


# "..., and in A, <an apposition>, <the event>": a coordinated clause that opens with its
# own fronted place is placed there, not carried from the first clause's area.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "Floods hit the province of Sindh on Monday, and in Multan, a city of two million,"
            " a roof collapsed on Tuesday.",
            "accident",
            "Multan",
        ),
        (
            "de",
            "Überschwemmungen haben am Montag die Provinz Quang Binh getroffen, und in Hue,"
            " der früheren Kaiserstadt, verschüttete am Dienstag ein Erdrutsch zwei Häuser.",
            "disaster",
            "Huế",
        ),
    ],
)
def test_coordinated_fronted_place(lang: str, text: str, kind: str, place: str) -> None:
    assert places_of_kind(lang, text, kind, DAY)[-1:] == [plain(place)]


# A fronted "There," of its own points to the event before, not to a town named after it
# in the same sentence.
def test_fronted_there_points_back() -> None:
    text = (
        "Miners blocked the road to a copper mine near Chingola on Monday. There, police fired"
        " tear gas on Tuesday, and in Lusaka students marched in support."
    )
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [plain(e.place_name or "") for e in events] == [
        plain("Chingola"),
        plain("Chingola"),
        plain("Lusaka"),
    ]
