"""Guards for session 25's round-1 event rules (review of round 1, h25-mend; docs/events.md,
"Session 25, review of round 1"). Sentences of our own, in other regions and wording than the
dev articles and the round's tests: the look-alikes each rule must read, and the ordinary
sentences it must leave alone. A guard that fails shows a rule that reaches too far."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-04-15"  # a Wednesday


def _events(text: str, lang: str = "en") -> list[tuple[str, str | None, str | None]]:
    return [
        (e.trigger, e.kind, e.place_name) for e in geomap.analyze(text, lang=lang, date=DAY).events
    ]


# --- a casualty verb after an accident or a hazard: one event only with no doer of its own --
@pytest.mark.parametrize(
    ("text", "lang", "dead"),
    [
        # the first verb's subject's act, or a passive whose subject is the victims
        ("A minibus overturned and killed 12 passengers near Mbale on Sunday.", "en", 12),
        ("A man was hit by a car and killed in Leeds on Monday.", "en", 1),
        ("A bus overturned near Kisii and five passengers were killed on Monday.", "en", 5),
        ("A landslide buried a village near Chitral and killed 14 people on Monday.", "en", 14),
        (
            "Ein Bus stürzte am Montag bei Cusco in eine Schlucht und 14 Fahrgäste wurden getötet.",
            "de",
            14,
        ),
    ],
)
def test_casualty_counts_the_accident(text: str, lang: str, dead: int) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert [(e.kind, e.dead) for e in events] == [(events[0].kind, dead)]
    assert events[0].kind in ("accident", "disaster")


@pytest.mark.parametrize(
    ("text", "lang", "second"),
    [
        # a killing with a doer of its own is a second event, not the accident's toll
        (
            "A bus overturned near Kisii on Monday and gunmen killed two guards in Garissa.",
            "en",
            ("killed", "violence_against_civilians", "Garissa"),
        ),
        (
            "A tanker exploded on a highway near Onitsha on Monday and bandits killed "
            "three traders in Zaria.",
            "en",
            ("killed", "violence_against_civilians", "Zaria"),
        ),
        (
            "Ein Bus stürzte am Montag bei Cusco in eine Schlucht und Bewaffnete töteten in Lima "
            "zwei Wachleute.",
            "de",
            ("töteten", "violence_against_civilians", "Lima"),
        ),
    ],
)
def test_casualty_with_its_own_doer_is_its_own_event(
    text: str, lang: str, second: tuple[str, str, str]
) -> None:
    events = geomap.analyze(text, lang=lang, date=DAY).events
    assert len(events) == 2, [(e.trigger, e.kind) for e in events]
    assert events[0].kind == "accident"
    assert (events[1].trigger, events[1].kind, events[1].place_name) == second
    assert events[0].dead is None  # the guards were not the bus's dead


# --- a crowd that poured into the streets: a protest, not a celebration ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Thousands of fans poured into the streets of Buenos Aires on Sunday to celebrate "
        "the title.",
        "Residents poured into the streets of Accra on Monday to celebrate the victory.",
        "Hundreds of shoppers streamed into the city centre of Leeds on Saturday for the sales.",
    ],
)
def test_crowd_celebrating_is_no_protest(text: str) -> None:
    assert not any(kind == "protest" for _t, kind, _p in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands of people poured into the streets of Tbilisi on Monday to protest "
        "against the law.",
        "Thousands of students streamed into the main square of Novi Pazar on Monday.",
    ],
)
def test_crowd_in_the_streets_is_a_protest(text: str) -> None:
    assert [k for _t, k, _p in _events(text)] == ["protest"]


# --- a participle before a possessive noun is an adjective, no event -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The imprisoned journalist's wife spoke to reporters in Baku on Monday.",
        "The jailed activist's lawyer spoke to reporters in Tunis on Monday.",
        "The detained blogger's mother appealed for help in Minsk on Monday.",
    ],
)
def test_participle_before_a_possessive_is_no_event(text: str) -> None:
    # the speaking may be a statement; the participle is no sentence and no arrest
    assert not any(kind in ("court", "strategic_development") for _t, kind, _p in _events(text))


def test_participle_as_the_verb_stays_an_event() -> None:
    assert [k for _t, k, _p in _events("The blogger was imprisoned in Baku on Tuesday.")] == [
        "court"
    ]


# --- a road vehicle that hit: what a figure or a market was hit by is no crash --------------
@pytest.mark.parametrize(
    "text",
    [
        # session 26 (h26-even): read now, by the carrier's object (`not_object`)
        "The new car hit the market in Germany hard, the carmaker said on Monday.",
        "The bus company hit its targets in Nairobi this year, its chief said on Monday.",
        "The truck maker's shares hit a record in Seoul on Monday.",
        "Higher taxes hit car owners in Lima on Monday.",
    ],
)
def test_vehicle_hit_figurative_is_no_accident(text: str) -> None:
    assert not any(kind == "accident" for _t, kind, _p in _events(text))


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("A pickup truck hit a motorcyclist near Tamale on Monday.", "Tamale"),
        ("Two pupils were knocked down by a van in Eldoret on Monday.", "Eldoret"),
    ],
)
def test_vehicle_hit_someone_is_a_road_accident(text: str, place: str) -> None:
    assert [(k, p) for _t, k, p in _events(text)] == [("accident", place)]
