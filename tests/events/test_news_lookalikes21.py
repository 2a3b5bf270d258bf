"""Spurious events on real news, round 2 of session 21 (docs/events.md, "Look-alikes of
real news: what a local paper's words are when they name no event (session 21, h21-trig
round 2)"). A sample of geomap's events on two public English news corpora showed the
classes; each class's look-alikes were written first. Sentences of our own, with other
towns, names and wording than the corpus articles."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.kind or e.type) for e in geomap.analyze(text, lang="en", date=DAY).events]


def _on_word(text: str, word: str) -> list[tuple[str, str | None]]:
    return [(t, k) for t, k in _events(text) if t.split()[0].lower() == word.lower()]


# --- what is received is no guest: a call, a grant, an award, an injury -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Dispatchers in Keswick received a call about a fire on Monday.",
        "The library in Keswick received a grant of $5,000 from the county on Tuesday.",
        "Two firefighters from Keswick received medals for bravery on Friday.",
        "The driver, 61, of Keswick, received minor injuries, police said.",
        "Detectives received a tip from a neighbour on Monday, the sheriff said.",
        "The school board in Keswick has received no complaints about the new timetable.",
        "Staff of the bank in Keswick received bonuses last year.",
        "She received a degree in law from a college in Keswick.",
    ],
)
def test_what_is_received_is_no_meeting(text: str) -> None:
    assert _on_word(text, "received") == []


@pytest.mark.parametrize(
    "text",
    [
        "The president received the visiting prime minister in Windhoek on Tuesday.",
        "The king received a delegation of tribal elders at the palace in Rabat on Monday.",
        "Pope Leo received his Argentine counterpart's envoy at the Vatican on Friday.",
    ],
)
def test_a_guest_received_is_a_meeting(text: str) -> None:
    assert ("received", "meeting") in _events(text)


# --- a web site, a count of visits, a sports meet are no visit or meeting ----------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("For more information, visit the club's website.", "visit"),
        ("Visit www.example.org for tickets to the fair in Keswick.", "Visit"),
        ("Readers can visit our web site for the full schedule.", "visit"),
        ("Emergency room visits at the hospital in Keswick rose to 40,000 last year.", "visits"),
        ("Clinic visits by uninsured patients in Keswick doubled between 2004 and 2008.", "visits"),
        pytest.param(
            "The Keswick swimmers advanced to the state meet on Saturday.",
            "meet",
            # left: "state" before "meet" is also "Heads of state meet in X" (a summit)
            marks=pytest.mark.xfail(strict=True, reason="state meet: known gap"),
        ),
        ("Keswick won the regional track meet on Friday with 140 points.", "meet"),
        ("The team placed third at Saturday's championship meet in Keswick.", "meet"),
    ],
)
def test_a_website_a_count_or_a_sports_meet_is_no_meeting(text: str, word: str) -> None:
    assert _on_word(text, word) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The governor visited the flooded town of Keswick on Monday.", "visited"),
        ("The prime minister's visit to Keswick on Monday drew protesters.", "visit"),
        ("The two mayors met in Keswick on Friday.", "met"),
    ],
)
def test_a_visit_and_a_meeting_stay(text: str, trigger: str) -> None:
    assert any(t == trigger and k == "meeting" for t, k in _events(text))


# --- a heart that stopped, a fight with an illness or in court are no arrest or battle ----------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The runner suffered a cardiac arrest during the race in Keswick on Sunday.", "arrest"),
        ("He went into respiratory arrest at a hospital in Keswick on Monday.", "arrest"),
        ("A girl from Keswick who is fighting cancer met the team on Monday.", "fighting"),
        ("The widow of Keswick has been battling leukemia for two years.", "battling"),
        ("The long legal battle over the mill in Keswick ended on Monday.", "battle"),
        ("A court battle between the town and the builder began in 2019.", "battle"),
    ],
)
def test_an_illness_or_a_court_fight_is_no_arrest_or_battle(text: str, word: str) -> None:
    assert [
        (t, k) for t, k in _on_word(text, word) if k in ("battle", "strategic_development")
    ] == []


@pytest.mark.parametrize(
    "text",
    [
        "Firefighters battle a barn fire near Keswick.",
        "Crews battled the blaze at a warehouse in Keswick for six hours on Monday.",
        "Firefighters were fighting two house fires in Keswick overnight.",
    ],
)
def test_a_fire_battled_is_the_fire(text: str) -> None:
    kinds = [k for _, k in _events(text)]
    assert "battle" not in kinds
    assert "accident" in kinds


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Police arrested two men in Keswick on Monday.", "arrested", "strategic_development"),
        ("The arrest of a councillor in Keswick on Monday shocked residents.", "arrest", None),
        ("A fierce battle raged near Keswick on Monday, officials said.", "battle", "battle"),
        ("Rebels were fighting government troops near Keswick on Monday.", "fighting", "battle"),
    ],
)
def test_an_arrest_and_a_battle_stay(text: str, trigger: str, kind: str | None) -> None:
    assert any(t == trigger and (kind is None or k == kind) for t, k in _events(text))


# --- a responder's arrival at the scene, a file or a name released, a warrant outstanding --------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The barn in Keswick was ablaze by the time firefighters arrived.", "arrived"),
        ("When deputies arrived at the farm near Keswick, the man had fled.", "arrived"),
        ("Two officers then arrived and questioned the driver in Keswick.", "arrived"),
        ("The names of the two victims from Keswick were released on Tuesday.", "released"),
        pytest.param(
            "The audit, released by the county clerk on Monday, found waste in Keswick.",
            "released",
            # left: the apposition is a clause of its own, the noun outside its words
            marks=pytest.mark.xfail(strict=True, reason="an apposition's noun: known gap"),
        ),
        ("The ministry in Keswick released lists of the schools to be closed.", "released"),
        ("The driver had two outstanding arrest warrants in Keswick County.", "arrest"),
        ("Traders in Keswick came in for a quick kill on the market.", "kill"),
        ("Life in Keswick returned to normal on Tuesday.", "returned"),
        ("The officer returned to regular duty in Keswick on Monday.", "returned"),
    ],
)
def test_a_responder_a_file_or_a_warrant_is_no_event(text: str, word: str) -> None:
    assert _on_word(text, word) == []


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Two hundred migrants arrived in Keswick on Monday.", "arrived"),
        ("The foreign minister arrived in Keswick on Tuesday for talks.", "arrived"),
        ("Rebels released three hostages near Keswick on Monday.", "released"),
        ("Gunmen kill three villagers near Keswick.", "kill"),
        ("The president returned to Keswick on Monday after a trip abroad.", "returned"),
    ],
)
def test_an_arrival_a_release_and_a_killing_stay(text: str, trigger: str) -> None:
    assert trigger in [t.split()[0] for t, _ in _events(text)]


# --- a person's name that is an event word is no event ----------------------------------------
def test_a_surname_that_is_an_event_word_is_a_person() -> None:
    text = (
        "Author Maren Storm spoke in Keswick on Wednesday. Storm said the book took four "
        "years. Asked about the county's roads, Storm joked that they were worse in 1990."
    )
    assert [(t, k) for t, k in _events(text) if t.lower() == "storm"] == []


def test_the_event_word_stays_beside_a_person_of_that_name() -> None:
    text = (
        "Author Maren Storm spoke in Keswick on Wednesday. A storm hit Keswick on Tuesday, "
        "Storm said."
    )
    assert ("storm", "disaster") in [(t.lower(), k) for t, k in _events(text)]
