# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Guards for the rules merged in session 27 (review h27-rev): ordinary German and English
news sentences that the session's new rules must leave as they were. A real place named
as a topic or listed with ``sowie``/``sondern``; a town opening a sentence; ``after the
vote`` or ``following the takeover`` with no event of that kind; headline presents that
tell no event; a place that merely happens (``passierte``) or a quantity after
``than``/``als``; the doers of an attack retold in another country. Sentences of our own,
in regions of no held-out article; a guard that fails shows a rule's overreach."""

from __future__ import annotations

import pytest

from tests.support.event_table import plain, trigger_place
from tests.support.events import kinds_of
from tests.support.names import name_mentions

DAY = "2025-05-06"

#: (lang, sentence, the names that stay places): real places named as a topic, in a list
#: joined by "sowie"/"sondern"/"beziehungsweise", after a word opening the sentence, or
#: opening an English sentence before a verb that is singular as often as plural.
PLACE_GUARDS = (
    ("de", "Das Thema Halle beschäftigte am Montag den Landtag.", ("Halle",)),
    ("de", "Beim Stichwort Leipzig denken viele an die Buchmesse.", ("Leipzig",)),
    (
        "de",
        "Auch das Thema Siegen stand am Dienstag im Stadtrat auf der Tagesordnung.",
        ("Siegen",),
    ),
    ("de", "Im Mittelpunkt stand das Thema Rügen und der Tourismus.", ("Rügen",)),
    ("de", "Betroffen waren Leipzig, Halle sowie Dessau.", ("Leipzig", "Halle", "Dessau")),
    ("de", "Hilfe kam aus Kiel sowie aus Lübeck.", ("Kiel", "Lübeck")),
    ("de", "Nicht Hamburg, sondern Bremen erhielt den Zuschlag.", ("Hamburg", "Bremen")),
    ("de", "Die Busse fahren nach Erfurt beziehungsweise Weimar.", ("Erfurt", "Weimar")),
    ("de", "Nahe Halle stürzte am Montag ein Kleinflugzeug ab.", ("Halle",)),
    ("de", "Ganz Essen stand am Sonntag still.", ("Essen",)),
    # a past verb takes a town's name as well as a plural noun (lost on b6625d53)
    ("en", "Willows remained cut off after the floods on Monday.", ("Willows",)),
    ("en", "Fords stood empty after the storm, the county said.", ("Fords",)),
    ("en", "Leeds and Bradford were hit hardest, officials said.", ("Leeds", "Bradford")),
    ("en", "Police in Chester said the roads were closed.", ("Chester",)),
)


@pytest.mark.parametrize(("lang", "text", "towns"), PLACE_GUARDS)
def test_places_stay_places(gaz, lang: str, text: str, towns: tuple[str, ...]) -> None:
    found = name_mentions(text, lang, gaz)
    assert all(t in found for t in towns), (found, text)


#: Sentences with a carrier word ("after the vote", "following the takeover", a headline's
#: present of a phrase) that tell no event.
@pytest.mark.parametrize(
    "text",
    [
        "After the vote, the deputies left the chamber.",
        "Parliament adjourned after the vote on the budget.",
        "Following the takeover of the brewery by a Dutch group in Leuven on Monday, 200 jobs were cut.",
        "After the takeover of the airline in Vienna last year, fares rose.",
        "Shares in the firm rose in Frankfurt following the takeover.",
        "Minister takes part in forum in Harare",
        "Mayor breaks ground on new school in Leeds",
    ],
)
def test_english_sentences_with_no_event(text: str) -> None:
    assert kinds_of(text) == []


def _place_of(lang: str, text: str, trigger: str) -> str | None:
    return trigger_place(lang, text, trigger, DAY)


#: (lang, text, trigger, place): the event's place, which a word of passing (the German
#: "passierte" is "happened" as often as "passed") or a comparison word before a quantity
#: must not move to another place of the clause.
@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        (
            "de",
            "In Kassel passierte am Montag ein schwerer Unfall auf der Straße nach Fulda.",
            "Unfall",
            "Kassel",
        ),
        (
            "de",
            "Bei Göttingen passierte am Freitag ein Zugunglück, ein Zug aus Hannover entgleiste.",
            "Zugunglück",
            "Göttingen",
        ),
        (
            "en",
            "The cyclone spared Chittagong but destroyed more than a dozen villages near Cox's Bazar on Monday.",
            "cyclone",
            "Cox",
        ),
        (
            "en",
            "More than two dozen homes burned in Fresno when a wildfire swept through, officials in Sacramento said.",
            "wildfire",
            "Fresno",
        ),
        (
            "de",
            "Mehr als zwei Dutzend Häuser wurden in Kassel überflutet, teilte die Stadt Fulda mit.",
            "überflutet",
            "Kassel",
        ),
        # a road's town with its own place preposition locates the road (lost on b6625d53)
        (
            "en",
            "A bus overturned on a mountain road in Murree near Islamabad on Monday.",
            "overturned",
            "Murree",
        ),
        (
            "en",
            "A lorry crashed on the highway at Kassel near Fulda on Monday.",
            "crashed",
            "Kassel",
        ),
        (
            "de",
            "Ein Bus verunglückte am Montag auf einer Landstraße in Murree nahe Islamabad.",
            "verunglückte",
            "Murree",
        ),
        (
            "de",
            "Ein Lastwagen stürzte am Freitag auf der Autobahn bei Gotha nahe Erfurt um.",
            "stürzte",
            "Gotha",
        ),
    ],
)
def test_event_place_stays(lang: str, text: str, trigger: str, place: str) -> None:
    got = _place_of(lang, text, trigger)
    assert got is not None and plain(place) in plain(got), (got, text)


#: The doers of an attack named again in the next sentence, for an act in another
#: country or on another day: the first event keeps its place.
@pytest.mark.parametrize(
    ("lang", "text", "trigger", "place"),
    [
        (
            "en",
            "Gunmen killed 20 villagers in northern Burkina Faso on Monday. "
            "The attackers had raided the Nigerien town of Tera in March.",
            "killed",
            "Burkina Faso",
        ),
        (
            "de",
            "Bewaffnete haben am Montag im Norden Burkina Fasos 20 Dorfbewohner getötet. "
            "Die Angreifer hatten im März die nigrische Stadt Tera überfallen.",
            "getötet",
            "Burkina Faso",
        ),
    ],
)
def test_retelling_in_another_country_does_not_refine(
    lang: str, text: str, trigger: str, place: str
) -> None:
    got = _place_of(lang, text, trigger)
    assert got is not None and plain(place) in plain(got), (got, text)


@pytest.mark.xfail(
    strict=True,
    reason="a headline present of a phrase ends in a noun that modifies the next one "
    "('takes power nap'); _present_phrase_at does not look past the phrase (review h27-rev, "
    "left open)",
)
def test_headline_present_phrase_before_a_compound_is_no_event() -> None:
    assert kinds_of("Chef takes power nap before service in Lyon") == []
