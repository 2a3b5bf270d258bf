"""English accidents and protests in wire copy (docs/events.md, "English accidents and
protests on unseen copy (session 24, round 2, h24-even)"): a road or rail death told in the
passive with its vehicle after "by", a crowd that gathered with its purpose in a participle
clause after a comma, and bodies handed over that are no transfer of territory. Sentences of
our own, with other places and wording than the dev articles that showed the classes; the
look-alikes that must keep their reading were written with them."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-04-15"  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (e.trigger, e.kind, e.sub_kind, e.date)
        for e in geomap.analyze(text, lang="en", date=DAY).events
    ]


# --- a death by a vehicle told in the passive: an accident, not an attack ---------------------
@pytest.mark.parametrize(
    ("text", "sub_kind", "day"),
    [
        ("A cyclist was killed by a lorry in Plovdiv on Monday.", "road", "2026-04-13"),
        ("An elderly woman was killed by a minibus in Kumasi on Tuesday.", "road", "2026-04-14"),
        ("A teenager was killed by a car in the centre of Oulu on Sunday.", "road", "2026-04-12"),
        ("A shepherd was killed by a train near Gyumri on Monday.", "rail", "2026-04-13"),
        # the active with a tram as the doer
        ("A tram killed a pedestrian in Lviv on Tuesday, police said.", "rail", "2026-04-14"),
    ],
)
def test_killed_by_a_vehicle(text: str, sub_kind: str, day: str) -> None:
    assert _events(text) == [("killed", "accident", sub_kind, day)]


@pytest.mark.parametrize(
    "text",
    [
        # armed doers after "by", or an attack on people aboard: the attack stays
        "A farmer was killed by gunmen near Zamfara on Monday.",
        "A village elder was killed by bandits in Tillaberi on Monday.",
        "Gunmen killed two passengers on a train near Quetta on Monday.",
    ],
)
def test_killed_by_armed_men_stays_an_attack(text: str) -> None:
    assert [(t, k) for t, k, _, _ in _events(text)] == [("killed", "violence_against_civilians")]


def test_killed_by_a_car_bomb_stays_a_bomb() -> None:
    events = _events("A villager was killed by a car bomb in Kirkuk on Monday.")
    assert [k for _, k, _, _ in events] == ["explosion_remote_violence"]


# --- a crowd that gathered with its purpose after a comma: a protest --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people gathered in Tampere on Monday, demanding lower speed limits.",
        "Dozens of miners assembled outside the mine in Karaganda on Monday, demanding unpaid "
        "wages.",
        "Hundreds of residents gathered in Vanadzor on Monday evening after a boy was killed "
        "at a level crossing on Saturday, calling for a barrier.",
        "Several hundred farmers converged on the square in Chisinau on Monday, denouncing "
        "the new tax.",
    ],
)
def test_gathered_with_purpose_after_comma(text: str) -> None:
    events = _events(text)
    assert ("protest", "2026-04-13") in [(k, d) for _, k, _, d in events]


@pytest.mark.parametrize(
    "text",
    [
        # a thing gathered, fans who chant, relatives waiting: no protest
        "Investigators gathered evidence in Tampere on Monday, calling it crucial.",
        "Fans gathered in Tampere on Monday, chanting the team's name.",
        "Relatives gathered at the hospital in Tampere on Monday, waiting for news.",
    ],
)
def test_gathered_without_purpose_is_none(text: str) -> None:
    assert _events(text) == []


# --- bodies or a petition handed over: no territory changed hands ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The bodies of four passengers were handed over to the Red Cross on Tuesday.",
        "The remains of two climbers were handed over to their families in Kathmandu on Tuesday.",
        "Villagers handed over a petition to the governor in Aktau on Tuesday.",
    ],
)
def test_handed_over_things_is_none(text: str) -> None:
    assert _events(text) == []


def test_handed_over_a_town_stays_a_transfer() -> None:
    events = _events("Rebels handed over the town of Kidal to the army on Tuesday.")
    assert [(t, k) for t, k, _, _ in events] == [("handed over", "strategic_development")]


# --- a person shot in the passive, no doer named: an attack ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A village chief was shot in Mopti on Monday.",
        "Two traders were shot and wounded near Maiduguri on Monday.",
        "A journalist was shot outside his home in Culiacan on Monday.",
    ],
)
def test_person_shot_in_the_passive(text: str) -> None:
    events = _events(text)
    assert [(t, k, d) for t, k, _, d in events] == [
        ("shot", "violence_against_civilians", "2026-04-13")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a film, a scene, a video: no person shot; an active "shot" without an armed doer
        "The film was shot in Mopti in March.",
        "The opening scene was shot in Batumi on Monday.",
        "A man shot a video of the parade in Culiacan on Monday.",
    ],
)
def test_shot_without_a_person_is_none(text: str) -> None:
    assert _events(text) == []


# --- a hazard that strikes in a headline: the report's own day --------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Earthquake strikes eastern Kyrgyzstan\n\nBISHKEK, April 15 (Reuters) - Dozens of "
            "houses were damaged, officials said.",
            "disaster",
        ),
        (
            "Strong Tremor Strikes Northern Albania\n\nTIRANA, April 15 (Reuters) - Several "
            "old buildings were damaged, officials said.",
            "disaster",
        ),
    ],
)
def test_hazard_strikes_headline_is_dated(text: str, kind: str) -> None:
    events = geomap.analyze(text, lang="en", date=DAY).events
    assert [(e.kind, e.date) for e in events] == [(kind, DAY)]


@pytest.mark.parametrize(
    "text",
    [
        # strikes as the attacks' noun, or struck fear: no hazard's present
        "Israeli strikes have killed 40 people in Gaza since March, officials said.",
        "Earthquake strikes fear into residents of Osh\n\nOSH, April 15 (Reuters) - Schools "
        "stayed open, officials said.",
    ],
)
def test_strikes_as_a_noun_is_not_a_hazard_today(text: str) -> None:
    assert [d for _, _, _, d in _events(text) if d == DAY] == []


def test_a_noun_of_another_clause_is_no_passive_subject() -> None:
    # the drivers entered a lot; the man shot is "he", no person word of the list
    text = "Nor the other drivers who entered the parking lot in Tulsa just before he was shot."
    assert _events(text) == []


# --- a strike launched by workers: a labour strike, no rocket ---------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Dock workers launched an indefinite strike at the port of Durres on Monday.",
        "Doctors launched a strike at state hospitals in Tirana on Monday.",
    ],
)
def test_workers_launched_a_strike(text: str) -> None:
    assert [(k, d) for _, k, _, d in _events(text)] == [("protest", "2026-04-13")]


@pytest.mark.parametrize(
    "text",
    [
        # an army's strike is no labour strike, and a missile launched stays a launch
        "The army launched a strike on rebel positions near Goma on Monday.",
        "North Korea launched a missile into the sea off Wonsan on Monday.",
    ],
)
def test_launched_without_strikers_is_no_labour_strike(text: str) -> None:
    assert "protest" not in [k for _, k, _, _ in _events(text)]


# --- the victims of an event told before: the clause's own act is the news -------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Students held a vigil in Novi Sad on Monday for the victims of the canopy collapse.",
            "protest",
        ),
        (
            "Survivors of last year's ferry sinking gathered in Bissau on Monday, demanding "
            "compensation.",
            "protest",
        ),
        # guards: the indefinite event after "victims of" may be the news itself, and an act
        # after the event noun is the clause's news
        ("Doctors treated victims of a gas explosion in Karachi on Monday.", "accident"),
        (
            "Relatives of the victims of the blast marched on the governor's office in "
            "Karaganda on Monday.",
            "protest",
        ),
    ],
)
def test_victims_of_an_event(text: str, kind: str) -> None:
    assert [(k, d) for _, k, _, d in _events(text)] == [(kind, "2026-04-13")]
