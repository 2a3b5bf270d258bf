"""Spurious events on real news, session 22 round 2 (docs/events.md, "Look-alikes of real
news, a second sample (session 22, h22-trig round 2)"). A new sample of geomap's events on
two public English news corpora showed the classes; each class's look-alikes were written
first. Sentences of our own, with other towns, names and wording than the corpus articles."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _events(text: str, date: str | None = DAY) -> list[tuple[str, str | None]]:
    return [
        (e.trigger, e.kind or e.type) for e in geomap.analyze(text, lang="en", date=date).events
    ]


def _on_word(text: str, word: str) -> list[tuple[str, str | None]]:
    return [(t, k) for t, k in _events(text) if t.split()[0].lower() == word.lower()]


# --- an assault named as a crime: a charge's, a record's or a statistic's word -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Police in Keswick said on Monday that most sexual assault cases involve people who know "
        "each other.",
        "Teen booked for assault in Keswick on Monday.",
        "The man had served four years in prison for aggravated assault in Keswick, his family "
        "said on Monday.",
        "Officers seized two assault rifles in a raid in Keswick on Monday.",
        "The alleged assault victim lives in Keswick, police said on Monday.",
    ],
)
def test_an_assault_named_as_a_crime_is_no_armed_assault(text: str) -> None:
    assert _on_word(text, "assault") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Rebels launched an assault on the town of Keswick on Monday.",
            "explosion_remote_violence",
        ),
        ("Troops began a ground assault on Keswick on Monday.", "explosion_remote_violence"),
        (
            "Villagers were victims of an assault by armed men in Keswick on Monday.",
            "violence_against_civilians",
        ),
    ],
)
def test_an_armed_assault_stays(text: str, kind: str) -> None:
    assert ("assault", kind) in _events(text)


# --- a spouse met, a couple that first met, words met with criticism ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "It was at a dance in Keswick on Monday that she met her future husband.",
        "At a petrol station in Keswick on Monday I met a husband and wife from Leeds.",
        "The couple first met at a dance in Keswick on Monday.",
        "The minister's words were met by applause and tears in Keswick on Monday.",
        "The plan was met with criticism in Keswick on Monday.",
    ],
)
def test_a_life_story_or_a_reception_is_no_meeting(text: str) -> None:
    assert _on_word(text, "met") == []


def test_a_baby_met_is_no_meeting() -> None:
    text = "The singer meets her friend's new baby in Keswick on Monday."
    assert _on_word(text, "meets") == []


@pytest.mark.parametrize(
    "text",
    [
        "The minister met with the mayor of Keswick on Monday.",
        "The two leaders met for the first time in Keswick on Monday.",
        "The prime minister met his Irish counterpart in Keswick on Monday.",
        "The prime minister met the families of the victims in Keswick on Monday.",
        "The governor visited flooded homes in Keswick on Monday and met relief workers.",
        "The envoy met opposition leaders in Keswick on Monday.",
    ],
)
def test_a_meeting_stays(text: str) -> None:
    assert ("met", "meeting") in _events(text)


# --- traveling teams, motorists traveling on a road ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Motorists traveling on Route 9 through Keswick often speed, the mayor said on Monday.",
        "The club in Keswick runs traveling teams for players aged 12 to 14, it said on Monday.",
    ],
)
def test_a_kind_of_team_or_traffic_is_no_journey(text: str) -> None:
    assert _on_word(text, "traveling") == []


def test_a_journey_stays() -> None:
    text = "The novelist is traveling to Keswick along with other writers on Monday."
    assert ("traveling", "travel") in _events(text)


# --- a record, a lawsuit, a lifeboat launched ---------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The singer launched a debut CD of folk songs in Keswick on Monday.",
        "A family in Keswick launched a lawsuit against the city on Monday.",
        "Both lifeboats from Keswick were launched on Monday to help the search.",
    ],
)
def test_a_record_a_lawsuit_a_lifeboat_is_no_launch(text: str) -> None:
    assert _on_word(text, "launched") == []


def test_rockets_launched_stay() -> None:
    assert ("launched", "launch") in _events("The army launched rockets at Keswick on Monday.")


# --- a church's vigil, shown by, captured on video, a test of a body ----------------------------
def test_a_church_vigil_is_no_protest() -> None:
    text = "The bishop celebrated the Easter Vigil service in the cathedral of Keswick on Saturday."
    assert _on_word(text, "Vigil") == []


def test_a_church_vigil_told_further_back_is_no_protest() -> None:
    text = (
        "Easter rites in Cebu.\n\nCEBU - The Paschal candle is lit at the start of the vigil, and "
        "the faithful may be baptized during the night.\n\nThe archbishop leads the rites.\n"
    )
    assert [e for e in _events(text, None) if e[0].lower() == "vigil"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds held a candlelight vigil in Keswick on Monday for the victims.",
        "Relatives held a vigil on Easter Sunday outside the prison in Keswick.",
    ],
)
def test_a_candlelight_vigil_stays(text: str) -> None:
    assert ("vigil", "protest") in _events(text)


def test_shown_is_no_protest() -> None:
    text = "His talent, as demonstrated by his work in Keswick on Monday, impressed the critics."
    assert _on_word(text, "demonstrated") == []
    assert ("demonstrated", "protest") in _events(
        "Thousands demonstrated in Keswick on Monday against the reform."
    )


def test_captured_on_video_is_no_battle() -> None:
    text = "The attack in Keswick on Monday was captured on video by a bystander."
    assert _on_word(text, "captured") == []
    assert ("captured", "battle") in _events("Rebels captured the town of Keswick on Monday.")


def test_a_paternity_test_is_no_launch() -> None:
    text = "A court-ordered paternity test in Keswick on Monday showed he was the father."
    assert _on_word(text, "test") == []
    assert ("missile test", "launch") in _events(
        "North Korea carried out a missile test near Keswick on Monday."
    )


# --- an election won by a landslide (an undated article, as a local paper's archive) ------------
ARTICLE = (
    "Petrov names new cabinet.\n\n"
    "MOSCOW - Ivan Petrov named a new cabinet in Moscow on Tuesday.\n\n"
    "Critics say his place on the ballot was a move to have a token rival in the vote, which "
    "Ivan Petrov won by a landslide in Russia.\n\n"
)


def test_won_by_a_landslide_is_no_hazard() -> None:
    assert [e for e in _events(ARTICLE, None) if e[0] == "landslide"] == []


def test_a_landslide_that_buried_a_village_stays() -> None:
    text = ARTICLE + "A landslide buried a village in Georgia on Monday.\n"
    assert ("landslide", "disaster") in _events(text, None)


# --- German: a comma relative clause on the people an arrest took (round 2, task 2) ------------
def _de(text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.kind or e.type) for e in geomap.analyze(text, lang="de", date=DAY).events]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei nahm in Rendsburg am Montag 20 Menschen fest, die eine Straße blockiert "
        "hatten.",
        "In Rendsburg nahm die Polizei am Montag 14 Aktivisten fest, die eine Kreuzung "
        "blockierten.",
    ],
)
def test_a_crowd_arrested_for_a_blockade_protested(text: str) -> None:
    events = _de(text)
    assert ("nahm ... fest", "strategic_development") in events
    assert [k for t, k in events if t.startswith("blockiert")] == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        # one man is no crowd
        "Die Polizei nahm in Rendsburg am Montag einen Mann fest, der eine Straße blockiert hatte.",
        # a main clause after the comma, not a relative one
        "Die Polizei nahm in Rendsburg am Montag 20 Menschen fest, die Straße war blockiert.",
        # a court's older act, no arrest
        "Ein Gericht in Rendsburg verurteilte am Montag 20 Menschen, die im März eine Straße "
        "blockiert hatten.",
        # what else blocks a road
        "In Rendsburg räumte die Polizei am Montag eine Straße, die ein Erdrutsch blockiert hatte.",
    ],
)
def test_no_protest_without_a_crowd_arrested(text: str) -> None:
    assert [k for t, k in _de(text) if k == "protest"] == []
