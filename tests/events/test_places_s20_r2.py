"""Places of session 20, round 2 (docs/events.md, "English feature words and seats of
several words (session 20, round 2, h20-events)"). Sentences of our own, with other places
and wording than the dev articles that showed each class."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import plain

DAY = "2026-10-07"  # a Wednesday


def _where(lang: str, text: str, kind: str) -> list[str]:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    return [plain(e.place_name or "") for e in events if e.kind == kind]


def _last_where(lang: str, text: str) -> str:
    """The place of the text's last event (the one a back reference tells)."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    return plain(events[-1].place_name or "") if events else ""


# A specific feature word written apart ("the port city", "the mining town") points back to
# the place it introduced, past a sentence about another town; as German "die Hafenstadt".
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "Floods hit the port city of Mombasa on Monday. Aid agencies met in Nairobi on"
            " Tuesday. On Wednesday police arrested ten looters in the port city.",
            "strategic_development",
            "Mombasa",
        ),
        (
            "en",
            "A fire destroyed the market in the mining town of Kolwezi on Monday. Officials met"
            " in Lubumbashi on Tuesday to discuss aid. On Wednesday police arrested two men in the"
            " mining town.",
            "strategic_development",
            "Kolwezi",
        ),
        (
            "en",
            "Floods hit the border town of Busia on Monday, killing four people. Aid agencies"
            " met in Jinja on Tuesday. The president toured the flooded districts of the"
            " border town on Wednesday.",
            "meeting",
            "Busia",
        ),
        (
            "de",
            "Bei einem Hochwasser in der Hafenstadt Mombasa starben am Montag vier Menschen. In"
            " Nairobi berieten am Dienstag Hilfsorganisationen über Hilfe. Am Mittwoch nahm die"
            " Polizei in der Hafenstadt zehn Plünderer fest.",
            "strategic_development",
            "Mombasa",
        ),
    ],
)
def test_feature_word_of_several_words_points_back(
    lang: str, text: str, kind: str, place: str
) -> None:
    assert _where(lang, text, kind)[-1:] == [plain(place)]
    assert _last_where(lang, text) == plain(place)


# What must stay: a general "the city" is the latest town named, and a feature word that
# introduced no place does not jump back to one named without it.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "place"),
    [
        (
            "en",
            "Floods hit the port city of Mombasa on Monday. Aid agencies met in Nairobi on"
            " Tuesday. On Wednesday police arrested ten looters in the city.",
            "strategic_development",
            "Nairobi",
        ),
        (
            "en",
            "Floods hit Mombasa on Monday. Aid agencies met in Nairobi on Tuesday. On"
            " Wednesday police arrested ten looters in the port city.",
            "strategic_development",
            "Nairobi",
        ),
    ],
)
def test_general_feature_word_stays_the_latest_town(
    lang: str, text: str, kind: str, place: str
) -> None:
    assert _where(lang, text, kind) == [plain(place)]
    assert _last_where(lang, text) == plain(place)


# A seat of government of several words ("outside the government building", "vor dem
# Regierungsgebäude") in a paragraph that names no place is in the dateline's capital, not
# in the town of the paragraph before.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "KAMPALA (Reuters) - Rebels attacked an army post in Gulu on Monday, killing three"
            " soldiers.\n\nOn Tuesday hundreds of traders protested outside the government"
            " building against new taxes.",
            "Kampala",
        ),
        (
            "en",
            "KAMPALA (Reuters) - Rebels attacked an army post in Gulu on Monday, killing three"
            " soldiers.\n\nOn Tuesday hundreds of traders protested outside the government"
            " headquarters against new taxes.",
            "Kampala",
        ),
        (
            "de",
            "KAMPALA (dpa) - Rebellen griffen am Montag in Gulu einen Armeeposten an und"
            " töteten drei Soldaten.\n\nAm Dienstag demonstrierten Hunderte Händler vor dem"
            " Regierungsgebäude gegen neue Steuern.",
            "Kampala",
        ),
        (
            "de",
            "KAMPALA (dpa) - Rebellen griffen am Montag in Gulu einen Armeeposten an und"
            " töteten drei Soldaten.\n\nAm Dienstag demonstrierten Hunderte Händler vor dem"
            " Parlamentsgebäude gegen neue Steuern.",
            "Kampala",
        ),
    ],
)
def test_seat_of_several_words_is_in_the_capital(lang: str, text: str, place: str) -> None:
    assert _where(lang, text, "protest") == [plain(place)]


# What must stay: a regional government's building is no seat of the state.
def test_regional_government_building_is_no_seat_of_state() -> None:
    text = (
        "KAMPALA (Reuters) - Rebels attacked an army post in Gulu on Monday, killing three"
        " soldiers.\n\nOn Tuesday hundreds of traders protested outside the regional government"
        " building against new taxes."
    )
    assert _where("en", text, "protest") == [plain("Gulu")]


# Coordinated verbs of one subject named with its town ("a court in X convicted ... and
# sentenced ...") share that town, even when a later part ends with an event noun that took
# only the fronted country ("after a raid", "after a trial").
@pytest.mark.parametrize(
    ("text", "kind", "place"),
    [
        (
            "In Kenya, police in Eldoret arrested six men on Tuesday and charged them with arson"
            " after a raid on a farm.",
            "court",
            "Eldoret",
        ),
        (
            "In Peru, a court in Cusco on Tuesday convicted a former mayor of bribery and"
            " sentenced him to six years in prison after a trial closed to the public.",
            "court",
            "Cusco",
        ),
    ],
)
def test_coordinated_verbs_share_the_subjects_town(text: str, kind: str, place: str) -> None:
    places = _where("en", text, kind)
    assert places[:2] == [plain(place)] * min(len(places), 2)
    assert plain(place) in places


def _first_place(text: str) -> str:
    events = geomap.analyze(text, lang="en", date=DAY).events
    return plain(events[0].place_name or "") if events else ""


# "the northern X province" says where the whole province lies in its country; "northern
# X" and "the north of X province" name a part of it.
def test_direction_adjective_before_a_region_and_its_rank_is_the_whole_region() -> None:
    whole = _first_place("Floods hit the southern Sindh province on Monday, killing ten people.")
    part = _first_place("Floods hit southern Sindh on Monday, killing ten people.")
    of_part = _first_place("Floods hit the south of Sindh province on Monday, killing ten people.")
    assert whole == plain("Sindh")
    assert part == plain("southern Sindh")
    assert of_part == plain("southern Sindh")


def test_direction_adjective_before_a_region_is_the_region_in_a_story() -> None:
    text = (
        "Locust swarms destroyed crops in the eastern Ouaddaï region on Tuesday, the"
        " agriculture ministry said."
    )
    assert _where("en", text, "disaster") == [plain("Ouaddaï")]


# An event with no place of its own and a word of a whole country's scope after its trigger
# is the story's country's; without that word it stays unplaced.
@pytest.mark.parametrize(
    ("lang", "text", "place"),
    [
        (
            "en",
            "Police detained two men in Osh on Monday. The government declared a nationwide"
            " state of emergency on Tuesday.",
            "Kyrgyzstan",
        ),
        (
            "en",
            "Police detained two men in Osh on Monday, and the health ministry ordered a"
            " nationwide recall of the cooking oil.",
            "Kyrgyzstan",
        ),
        (
            "de",
            "Die Polizei nahm am Montag in Osch zwei Männer fest. Die Regierung rief am Dienstag"
            " den landesweiten Notstand aus.",
            "Kyrgyzstan",
        ),
        (
            "en",
            "Police detained two men in Osh on Monday. The government declared a state of"
            " emergency on Tuesday.",
            "",
        ),
    ],
)
def test_nationwide_event_is_the_storys_country(lang: str, text: str, place: str) -> None:
    assert _where(lang, text, "statement") == [plain(place)]


def _days(lang: str, text: str, kind: str) -> list[str | None]:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    return [e.date for e in events if e.kind == kind]


# "during the storm", "während des Sturms": the day of the storm told before, not the report's
# day; "during the night" names no event and gives no day.
@pytest.mark.parametrize(
    ("lang", "text", "kind", "days"),
    [
        (
            "en",
            "A storm hit Bergen on Sunday. A cargo ship lost 30 containers off the island of Sotra"
            " during the storm.",
            "accident",
            ["2026-10-04"],
        ),
        (
            "de",
            "Ein Sturm traf am Sonntag die Stadt Bergen. Ein Frachter verlor während des Sturms"
            " vor der Insel Sotra 30 Container.",
            "accident",
            ["2026-10-04"],
        ),
        (
            "en",
            "Police arrested ten men during the night in Mombasa.",
            "strategic_development",
            [None],
        ),
    ],
)
def test_during_an_event_is_its_day(
    lang: str, text: str, kind: str, days: list[str | None]
) -> None:
    assert _days(lang, text, kind) == days


# What must stay: in a clause with a day of its own, a "during" phrase is the event's
# circumstance, and its noun still says the kind.
def test_during_in_a_dated_clause_keeps_the_kind_and_the_day() -> None:
    text = "A blast rocked Odesa on Monday during a missile attack."
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [(e.kind, e.date, plain(e.place_name or "")) for e in events] == [
        ("explosion_remote_violence", "2026-10-05", plain("Odesa"))
    ]
