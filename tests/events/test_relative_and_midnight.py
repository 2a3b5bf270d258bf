"""An earlier event told in a relative clause in the past perfect, days across midnight,
"hours earlier", a span of days before "earlier this month", a count of events on a day of
its own, and kinds the older tables lacked (drivers' blockades, traders' shop closures, a
longliner seized, inmates who broke out, escapees recaptured). Both languages; written for
these tests, not drawn from any benchmark article."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import DAY, assert_reported


def _events(text: str, lang: str = "en") -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (e.kind, e.sub_kind, e.date, e.place_name)
        for e in geomap.analyze(text, lang=lang, date=DAY).events
    ]


def test_a_relative_clause_in_the_past_perfect_is_an_event_of_its_own() -> None:
    """``hostages who had been kidnapped near X last week were freed on Tuesday``: the
    kidnapping (last week) and the release (Tuesday), not one event with the week."""
    got = _events(
        "Twelve traders who had been kidnapped near Maiduguri last week were freed on Tuesday."
    )
    assert ("strategic_development", "other", "2025-06-10", "Maiduguri") in got, got
    kidnap = [g for g in got if g[0] == "violence_against_civilians"]
    assert [(k, s, p) for k, s, _, p in kidnap] == [
        ("violence_against_civilians", "abduction", "Maiduguri")
    ], got
    assert kidnap[0][2] is not None and "2025-06-02" <= kidnap[0][2] <= "2025-06-08", got


def test_hours_earlier_is_the_day_of_the_event_before() -> None:
    got = _events(
        "Gunmen shot dead a judge in Kano on Monday evening. Hours earlier, police arrested"
        " three men in Kaduna."
    )
    assert ("strategic_development", "arrest", "2025-06-09", "Kaduna") in got, got


def test_an_event_hours_earlier_does_not_count_from_an_aside() -> None:
    """The relative clause's kidnapping last week is no "event before" for the next clause."""
    got = _events(
        "Gunmen shot dead a judge in Kano on Monday evening. Hours earlier, 12 traders who had"
        " been kidnapped near Zaria last week were freed, and police arrested three men in"
        " Kaduna."
    )
    assert ("strategic_development", "arrest", "2025-06-09", "Kaduna") in got, got


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Protesters set fire to a police station in Kisii late on Tuesday. Two officers"
            " were freed shortly after midnight.",
            "en",
        ),
        (
            "Demonstranten stürmten am Dienstagabend eine Polizeiwache in Kisii. Kurz nach"
            " Mitternacht nahm die Polizei dort 20 Menschen fest.",
            "de",
        ),
    ],
)
def test_shortly_after_midnight_is_the_next_day(text: str, lang: str) -> None:
    got = _events(text, lang)
    assert got[-1][2] == "2025-06-11", got


def test_days_before_earlier_this_month_are_a_duration() -> None:
    """``for four days earlier this month``: this month, not four days before the event
    before."""
    got = _events(
        "Floods hit Lautoka on Tuesday. A cyberattack crippled the port's systems in Lautoka"
        " for four days earlier this month."
    )
    cyber = [g for g in got if g[0] == "strategic_development"]
    assert cyber and cyber[0][2] is not None and "2025-06-01" <= cyber[0][2] <= "2025-06-10", got


# (text, lang, kind, sub_kind, place)
CASES = [
    # a count of fires on a day of its own is one outbreak of them, not a statistic
    (
        "In der Provinz Béja brachen am Mittwoch mehr als 20 Waldbrände aus.",
        "de",
        "disaster",
        "wildfire",
        "Béja|Beja",
    ),
    # drivers who blocked a crossing protested
    (
        "In Narvik blockierten am Mittwoch Lastwagenfahrer die Zufahrt zum Hafen.",
        "de",
        "protest",
        "peaceful_protest",
        "Narvik",
    ),
    # traders who shut their shops in protest
    (
        "Traders shut their shops across Peshawar on Wednesday.",
        "en",
        "protest",
        "peaceful_protest",
        "Peshawar",
    ),
    # a fishing boat seized at sea
    (
        "A patrol boat seized a foreign longliner off Apia on Wednesday.",
        "en",
        "strategic_development",
        "other",
        "Apia",
    ),
    # inmates who broke out of a prison: a jailbreak (ACLED: strategic development, other;
    # docs/events.md, wire-desk kinds)
    (
        "Dozens of inmates broke out of a prison in Kinshasa on Wednesday.",
        "en",
        "strategic_development",
        "other",
        "Kinshasa",
    ),
    (
        "Dutzende Häftlinge brachen am Mittwoch aus einem Gefängnis in Kinshasa aus.",
        "de",
        "strategic_development",
        "other",
        "Kinshasa",
    ),
    # a fire that cut power is an industrial accident
    (
        "A fire at a power plant cut electricity to much of Bulawayo on Wednesday.",
        "en",
        "accident",
        "industrial",
        "Bulawayo",
    ),
    # escapees recaptured are arrested, not ground retaken
    (
        "Police recaptured 14 escapees in Matadi on Wednesday.",
        "en",
        "strategic_development",
        "arrest",
        "Matadi",
    ),
]


@pytest.mark.parametrize(("text", "lang", "kind", "sub_kind", "place"), CASES)
def test_the_sentence_reports_its_kind(
    text: str, lang: str, kind: str, sub_kind: str, place: str
) -> None:
    assert_reported(text, lang, kind, DAY, place, sub_kind)


def test_a_count_with_no_day_stays_background() -> None:
    assert _events("In diesem Jahr gab es in der Provinz Béja bereits 30 Waldbrände.", "de") == []


@pytest.mark.parametrize(
    ("text", "lang", "place"),
    [
        (
            "A heatwave killed 23 people in southern Pakistan on Wednesday, most of them in"
            " the port city of Karachi.",
            "en",
            "Karachi",
        ),
        (
            "Überschwemmungen töteten am Mittwoch in Kenia zwölf Menschen, die meisten in der"
            " Stadt Kisumu.",
            "de",
            "Kisumu",
        ),
    ],
)
def test_where_most_of_the_toll_fell_places_the_event(text: str, lang: str, place: str) -> None:
    """``..., most of them in X``: a town of the event's country, finer than its region."""
    got = _events(text, lang)
    assert [p for *_, p in got] == [place], got


def test_most_of_them_abroad_keeps_the_place() -> None:
    got = _events("Floods killed 12 people in Kenya on Wednesday, most of them in Kampala.")
    assert [p for *_, p in got] == ["Kenya"], got


@pytest.mark.parametrize(
    ("text", "lang", "aside"),
    [
        (
            "Two guards who had been taken hostage during the riot were freed in Kisumu on"
            " Wednesday.",
            "en",
            "violence_against_civilians",
        ),
        (
            "Die 16 Fahrgäste, die bei Kisumu entführt worden waren, wurden am Mittwoch"
            " freigelassen.",
            "de",
            "violence_against_civilians",
        ),
        (
            "Die Polizei nahm am Mittwoch zwei Männer fest, die in Kisumu Geschäfte geplündert"
            " hatten.",
            "de",
            "strategic_development",
        ),
    ],
)
def test_a_relative_clause_in_the_past_perfect_takes_no_day_of_its_sentence(
    text: str, lang: str, aside: str
) -> None:
    """What the relative clause tells came before the sentence's event: the sentence's day
    is not its day, and none is given."""
    got = _events(text, lang)
    assert any(k == aside and d is None for k, _, d, _ in got), got
    assert any(d == DAY for _, _, d, _ in got), got


def test_the_march_is_no_month() -> None:
    """A month name in lower case is a noun (``the march``): the event keeps the day of the
    sentence before, not the first of March."""
    got = _events(
        "Thousands marched through Harare on Wednesday. The march ended peacefully outside"
        " parliament in Harare."
    )
    assert got and all(d == DAY for _, _, d, _ in got), got
