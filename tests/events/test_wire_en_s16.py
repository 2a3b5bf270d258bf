"""English wire copy from regions and kinds the dev split had least of (session 16, issue 20):
the classes the sixteenth session's new dev articles missed, written here in other places and
words than those articles.

- insects that strip crops (a locust invasion, an armyworm infestation) are a disaster of
  their own (EM-DAT: biological, infestation);
- a subject cut by an aside and resumed by ``had`` or ``were`` (``Hundreds of protesters,
  most of them students, were detained``) is no inverted conditional, which opens its
  sentence (``Had the dam burst, ...``);
- a ship's ``sinking`` is the noun of ``sank`` (``After the sinking of a ferry off X on
  Tuesday, ...``);
- a poisoning of many by drink or food (``A mass poisoning ... killed``) is an accident
  (EM-DAT: miscellaneous accident), not a killing of civilians;
- goods an authority ordered off the shelves (``ordered a recall``) are a decree, as an
  evacuation ordered is;
- a court's steps and an arrest beside a deployment, coordinated with one subject
  (``convicted ... and sentenced``, ``detained ... and deployed``), are two events;
- the modal of a question that is a vote's topic (``a referendum on whether X should ...``)
  is what the vote was about, not its mood;
- a trigger noun of several words names the event whole (``mass poisoning``, ``Flash
  floods``), not by its first word;
- a dateline with a date and an agency but no city (``Nov. 19 (UPI) --``) is a dateline: the
  lead's own time (``over the weekend``) dates its event, not the dateline's day;
- a struggle or a habit since a past decade (``since the 1960s``) is history, as one since a
  past year is.

Rows written before the change; kind, day and place are what a reader names.
"""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_no_event, assert_reported

DAY = "2025-06-11"  # a Wednesday
TUE, MON, SUN = "2025-06-10", "2025-06-09", "2025-06-08"

# (text, kind, sub_kind or None, day, place: any of the names, "|"-separated)
CASES: list[tuple[str, str, str | None, str, str]] = [
    # insects that strip crops
    (
        "A locust invasion destroyed sorghum crops near Agadez on Tuesday, officials said.",
        "disaster",
        "infestation",
        TUE,
        "Agadez",
    ),
    (
        "An armyworm infestation ravaged maize fields around Kasama on Monday.",
        "disaster",
        "infestation",
        MON,
        "Kasama",
    ),
    # a poisoning of many
    (
        "Methanol poisoning from illicit liquor killed 14 people in the Indian city of Jamnagar "
        "on Sunday.",
        "accident",
        "other",
        SUN,
        "Jamnagar",
    ),
    (
        "A mass poisoning from tainted bootleg gin killed 11 people in Mombasa on Monday.",
        "accident",
        "other",
        MON,
        "Mombasa",
    ),
    # a recall ordered
    (
        "Kenya's health ministry ordered a recall of two brands of baby formula in Nairobi on "
        "Tuesday.",
        "statement",
        None,
        TUE,
        "Nairobi",
    ),
    # a court's two steps, one subject
    (
        "A court in Windhoek on Monday convicted a former minister of fraud and sentenced him "
        "to eight years in prison.",
        "court",
        "verdict",
        MON,
        "Windhoek",
    ),
    # an arrest and a deployment, one subject
    (
        "Police detained 30 people in Osh on Tuesday and deployed 200 officers to the bazaar.",
        "strategic_development",
        "arrest",
        TUE,
        "Osh",
    ),
    (
        "Police detained 30 people in Osh on Tuesday and deployed 200 officers to the bazaar.",
        "strategic_development",
        "other",
        TUE,
        "Osh",
    ),
    # a sinking named by its noun, in a fronted phrase with its own day, beside the main event
    (
        "After the sinking of a ferry off Lembar on Tuesday, relatives blocked the port road "
        "in Mataram on Wednesday.",
        "accident",
        "maritime",
        TUE,
        "Lembar",
    ),
    (
        "The sinking of a trawler off Walvis Bay on Monday left six fishermen missing.",
        "accident",
        "maritime",
        MON,
        "Walvis Bay",
    ),
    # a dateline with a date and an agency but no city: the lead's own time dates its event
    (
        "June 11 (UPI) -- Gunmen abducted six farmers near Kaduna over the weekend, police said.",
        "violence_against_civilians",
        "abduction",
        "2025-06-07",
        "Kaduna",
    ),
    (
        "June 11 (UPI) -- Floods swept through villages near Kasese on Monday.",
        "disaster",
        "flood",
        MON,
        "Kasese",
    ),
    # a subject cut by an aside, resumed by "had" or "were": no inverted conditional
    (
        "Hundreds of protesters, most of them students, were detained in Dhaka on Monday.",
        "strategic_development",
        "arrest",
        MON,
        "Dhaka",
    ),
    (
        "Police said the ship's engineer, a Filipino national, had been arrested in Chittagong "
        "on Tuesday.",
        "strategic_development",
        "arrest",
        TUE,
        "Chittagong|Chattogram",
    ),
    # a question as a vote's topic
    (
        "Voters in Noumea went to the polls on Sunday in a referendum on whether the territory "
        "should leave France.",
        "election",
        "referendum",
        SUN,
        "Noumea|Nouméa",
    ),
    (
        "Lawmakers in Port Moresby voted on Monday on whether the capital should move inland.",
        "election",
        "vote",
        MON,
        "Port Moresby",
    ),
]


@pytest.mark.parametrize(("text", "kind", "sub_kind", "day", "place"), CASES)
def test_the_sentence_reports_the_event(
    text: str, kind: str, sub_kind: str | None, day: str, place: str
) -> None:
    assert_reported(text, "en", kind, day, place, sub_kind=sub_kind)


# the coordinated part is an event of its own, and the place the first part names in its
# subject ("A court in Windhoek") is shared with it (a strict xfail until session 16's round
# 2, tests/events/test_wire_en_s16_r2.py)
SUBJECT_PLACE_NOT_SHARED = (
    "A court in Windhoek on Monday convicted a former minister of fraud and sentenced him to "
    "eight years in prison."
)


def test_the_second_step_is_reported() -> None:
    events = geomap.analyze(SUBJECT_PLACE_NOT_SHARED, lang="en", date=DAY).events
    assert [(e.sub_kind, e.date) for e in events] == [("verdict", MON), ("sentence", MON)]


def test_the_second_step_shares_the_subjects_place() -> None:
    assert_reported(SUBJECT_PLACE_NOT_SHARED, "en", "court", MON, "Windhoek", sub_kind="sentence")


# (text, the trigger the event must be named by)
NAMED_BY: list[tuple[str, str]] = [
    (
        "A mass poisoning from tainted bootleg gin killed 11 people in Mombasa on Monday.",
        "mass poisoning",
    ),
    ("Flash floods swept through Gaborone on Tuesday.", "Flash floods"),
    ("A drone strike hit a fuel depot near Sumy on Monday.", "drone strike"),
    ("Desert locust swarms stripped pasture near Sainshand on Tuesday.", "locust swarms"),
]


@pytest.mark.parametrize(("text", "trigger"), NAMED_BY)
def test_the_event_is_named_by_its_whole_noun(text: str, trigger: str) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [e.trigger for e in events] == [trigger], [(e.kind, e.trigger) for e in events]


# the same words where nothing happened
NON_EVENTS: list[str] = [
    # the modal before the vote is its own mood
    "Voters in Apia could go to the polls in a referendum on whether the country should "
    "change its flag.",
    # a question with no preposition before it is no topic
    "Officials in Dili asked whether the town should be evacuated.",
    # a recall that may come
    "The ministry in Lusaka may order a recall of the contaminated flour.",
    # a struggle since a past decade: history
    "Separatist fighters in the hills around Kidal have fought the army since the 1990s.",
    "Floods have struck the Kasese district every few years since the 1960s.",
    # an inverted conditional at the sentence's start stays one
    "Had the dam at Kariba burst, thousands would have died.",
    "Were the levee near Kinshasa to fail, the port would flood.",
    # something else sinking
    "Shares of the port operator were sinking in Lagos on Tuesday.",
    # locusts as a risk
    "Officials in Agadez warned of a locust invasion in the coming weeks.",
]


@pytest.mark.parametrize("text", NON_EVENTS)
def test_the_sentence_reports_no_event(text: str) -> None:
    assert_no_event(text, "en")


# the German lexicon holds the same two kinds of word (docs/events.md: both languages)
GERMAN: list[tuple[str, str, str, str, str]] = [
    (
        "Eine Heuschreckenplage hat am Dienstag in der Region um Agadez die Ernte vernichtet.",
        "disaster",
        "infestation",
        TUE,
        "Agadez",
    ),
    (
        "Bei einer Massenvergiftung durch gepanschten Schnaps starben am Montag in Mombasa elf "
        "Menschen.",
        "accident",
        "other",
        MON,
        "Mombasa",
    ),
]


@pytest.mark.parametrize(("text", "kind", "sub_kind", "day", "place"), GERMAN)
def test_the_german_sentence_reports_the_event(
    text: str, kind: str, sub_kind: str, day: str, place: str
) -> None:
    assert_reported(text, "de", kind, day, place, sub_kind=sub_kind)
