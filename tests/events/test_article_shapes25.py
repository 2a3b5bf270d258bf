"""English article shapes the dev corpus lacked (docs/events.md, "Article shapes (session 25,
round 2, h25-even)"): a flood told only in a "since" clause after a running count, sides
that agreed to pull back or withdraw, a crowd that gathered for a remembrance, a span of
"months of demonstrations" as background, a court whose crime happened in another town, and
a live blog's entries under time stamps. Sentences of our own, with other places and wording
than the dev articles that showed the classes, and the look-alikes that must stay as they
were."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-07-09"  # a Thursday


def _events(text: str, lang: str = "en", day: str = DAY) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.kind) for e in geomap.analyze(text, lang=lang, date=day).events]


def _dated(text: str, lang: str = "en", day: str = DAY) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.date) for e in geomap.analyze(text, lang=lang, date=day).events]


def _placed(text: str, day: str = DAY) -> list[tuple[str | None, str | None]]:
    return [(e.kind, e.place_name) for e in geomap.analyze(text, lang="en", date=day).events]


# --- the event a running count started from: a "since" clause with its own day -----------
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "More than 40,000 people have fled their homes in Dhemaji since the Subansiri "
            "river burst its banks on Tuesday, officials said.",
            "2026-07-07",
        ),
        (
            "Thousands of families have been stranded in Sindh province since the Indus "
            "overflowed on Monday.",
            "2026-07-06",
        ),
        (
            "Two villages near Tete have been cut off since the Zambezi broke through a dyke "
            "last week.",
            "2026-06-29",
        ),
    ],
)
def test_since_clause_with_its_day_is_the_event(text: str, day: str) -> None:
    assert [(k, d) for (_, k), (_, d) in zip(_events(text), _dated(text), strict=True)] == [
        ("disaster", day)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prices have risen in Lagos since the war broke out in 2022.",  # a year: background
        "Since January, 45 people have been killed in Zamfara.",  # the perfect after since
        "Dozens of people have been killed in Tillaberi since the army launched an offensive "
        "in March.",
        "Twelve fishermen have been missing off Mombasa since Sunday.",  # no clause
    ],
)
def test_running_counts_stay_background(text: str) -> None:
    assert _events(text) == []


# --- sides that agreed to pull back, withdraw or disengage: an agreement -------------------
@pytest.mark.parametrize(
    "text",
    [
        "The two sides agreed on Monday to withdraw their troops from the border villages near "
        "Mandera.",
        "Army and rebel commanders agreed in Juba on Friday to pull back their forces from the "
        "frontline.",
        "Militia leaders agreed on Sunday to pull out of the town of Bunia.",
        "Both armies agreed at a meeting in Goma on Friday to disengage along the border.",
    ],
)
def test_agreed_to_pull_back_is_an_agreement(text: str) -> None:
    assert _events(text) == [("agreed", "strategic_development")]


@pytest.mark.parametrize(
    "text",
    [
        "Officials agreed on Monday to review the budget in Nairobi.",
        "The company agreed on Monday to pull the product from shops in Leeds.",
        "Officials agreed on Monday to come back to Nairobi.",
        "Lawmakers in Accra agreed on Tuesday that the tax should be withdrawn.",
    ],
)
def test_other_agreements_to_act_name_none(text: str) -> None:
    assert _events(text) == []


# --- a crowd gathered for a remembrance or a memorial, as for a vigil ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Last Saturday, more than 200 islanders gathered at the pier in Oban for a service of "
        "remembrance.",
        "Hundreds of people assembled outside the town hall in Aberfan on Sunday for a memorial "
        "to the miners.",
        "Relatives gathered at the harbour in Kinsale on Friday for a commemoration of the "
        "trawler's crew.",
    ],
)
def test_gathering_for_a_remembrance_is_a_gathering(text: str) -> None:
    assert [k for _, k in _events(text)] == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        "Villagers gathered in Tromso on Friday for a church service.",
        "Police gathered evidence in Bergen on Friday.",
        "On Friday, islanders in Oban recalled the remembrance of the storm of 2005.",
    ],
)
def test_other_gatherings_name_none(text: str) -> None:
    assert _events(text) == []


# --- "months of demonstrations": a span gone by, not the day of the sentence before ---------
LEAD = "LIMA, Aug 21 (Reuters) - Soldiers arrested 23 people in Pataz on Friday. "


@pytest.mark.parametrize(
    "text",
    [
        "The area has faced months of demonstrations by small-scale miners demanding permits.",
        "The region has seen weeks of protests over fuel prices.",
        "The city has endured years of fighting between rival gangs.",
        "Weeks of anti-government protests have paralysed the port.",
    ],
)
def test_span_of_months_is_background(text: str) -> None:
    assert _events(LEAD + text, day="2026-08-21") == [("arrested", "strategic_development")]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two days of clashes in Trujillo killed 12 people on Thursday.", "clashes"),
        ("After hours of talks in Trujillo on Thursday, the two sides signed a deal.", "talks"),
        ("Hundreds of protesters marched in Trujillo on Thursday.", "marched"),
    ],
)
def test_a_span_with_its_own_day_stays(text: str, trigger: str) -> None:
    assert trigger in [t for t, _ in _events(LEAD + text, day="2026-08-21")]


# --- a court whose crime happened in another town: the court sits at the dateline ----------
@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "CEBU CITY, Philippines, March 20 (AP) — A former mayor was found guilty on "
            "Thursday of ordering the killing of a journalist in Bayawan.",
            "Cebu City",
        ),
        (
            "NAIROBI, March 20 (Reuters) - A Kenyan court on Thursday jailed two men for 30 "
            "years for the murder of a British tourist in Lamu in 2023.",
            "Nairobi",
        ),
        (
            "LAGOS, March 20 (Reuters) - Three soldiers were sentenced on Friday over the "
            "killing of protesters in Abuja.",
            "Lagos",
        ),
    ],
)
def test_court_for_a_crime_elsewhere_sits_at_the_dateline(text: str, town: str) -> None:
    assert _placed(text, day="2026-03-20") == [("court", town)]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the court's own town named
        (
            "NAIROBI, March 20 (Reuters) - A court in Mombasa on Thursday sentenced two men to "
            "life for the killing of a tourist in Lamu.",
            "Mombasa",
        ),
        # a dateline of another country: the crime's town stays
        (
            "LONDON, March 20 (Reuters) - A man was jailed on Thursday for the murder of a "
            "tourist in Lamu.",
            "Lamu",
        ),
    ],
)
def test_court_with_its_own_town_or_a_foreign_dateline_stays(text: str, town: str) -> None:
    assert _placed(text, day="2026-03-20") == [("court", town)]


def test_arrest_for_a_crime_elsewhere_keeps_its_place() -> None:
    text = (
        "NAIROBI, March 20 (Reuters) - Police in Nakuru on Thursday arrested two men over the "
        "killing of a tourist in Lamu."
    )
    assert _placed(text, day="2026-03-20") == [("strategic_development", "Nakuru")]


# --- a live blog: entries under time stamps of the article's day ---------------------------
BLOG = """Sudan war live: fighting spreads

Updated 3.40pm GMT

14:12 GMT
Drones hit a fuel depot at the port of Port Sudan, witnesses said.

11:05 GMT
Egypt's foreign minister met his Sudanese counterpart in Cairo, the ministry said.

09:42 GMT
Gunmen killed 11 villagers in an attack on a village near Kadugli overnight."""


def test_live_blog_entries_take_the_article_date() -> None:
    assert _dated(BLOG, day="2026-05-08") == [
        ("hit", "2026-05-08"),
        ("met", "2026-05-08"),
        ("killed", "2026-05-08"),
    ]


def test_live_blog_entry_with_its_own_day_keeps_it() -> None:
    text = BLOG.replace("Port Sudan, witnesses", "Port Sudan on Wednesday, witnesses")
    assert _dated(text, day="2026-05-08")[0] == ("hit", "2026-05-06")


@pytest.mark.parametrize(
    "text",
    [
        # one clock time in a sentence is no stamp line
        "Drones hit a fuel depot at the port of Port Sudan, witnesses said.\n\nThe meeting "
        "ended at 14:12 GMT.\n\nEgypt's foreign minister met his Sudanese counterpart in Cairo.",
        # a single stamp line is no live blog
        "14:12 GMT\nDrones hit a fuel depot at the port of Port Sudan, witnesses said.",
    ],
)
def test_no_live_blog_no_stamp_date(text: str) -> None:
    assert all(d is None for _, d in _dated(text, day="2026-05-08"))


def test_german_clock_lines_unchanged() -> None:
    text = (
        "14:12 Uhr\nDrohnen trafen ein Treibstofflager im Hafen von Port Sudan.\n\n"
        "11:05 Uhr\nÄgyptens Außenminister traf seinen sudanesischen Amtskollegen in Kairo."
    )
    assert all(d is None for _, d in _dated(text, lang="de", day="2026-05-08"))


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "TBILISI, May 14 (Reuters) - A union leader was jailed for two months by a court "
            "in Batumi on Tuesday.",
            "Batumi",
        ),
        (
            "ASUNCION (AFP) - A former mayor was acquitted of fraud by a judge in Ciudad del "
            "Este on Wednesday.",
            "Ciudad del Este",
        ),
    ],
)
def test_court_named_after_the_charge_keeps_its_town(text: str, town: str) -> None:
    assert _placed(text, day="2026-05-14") == [("court", town)]


# --- talks held, then an agreement or a signing: two events --------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The two presidents held talks in Astana on Monday and signed a border treaty.",
        "The foreign ministers held a meeting in Cairo on Monday and agreed a ceasefire.",
        "Army commanders held talks in Abyei on Monday and agreed to pull back their forces.",
    ],
)
def test_talks_held_and_an_agreement_are_two_events(text: str) -> None:
    assert [k for _, k in _events(text)] == ["meeting", "strategic_development"]


def test_talks_held_and_a_verb_of_no_event_stay_one() -> None:
    text = "The two presidents held talks in Astana on Monday and discussed trade."
    assert _events(text) == [("talks", "meeting")]


def test_court_named_by_its_place_keeps_its_town() -> None:
    text = (
        "MACON, Ga. (AP) - A trader pleaded guilty to two counts of fraud in Fulton County "
        "Superior Court on Tuesday."
    )
    assert [p for _, p in _placed(text, day="2026-05-14")] == ["Fulton County"]
