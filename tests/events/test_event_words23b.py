"""English headline verbs that are nouns too, a coordinated subject's headline, signings
that are no accord, and a perfect lead told on the report's day (docs/events.md,
"Headline verbs that are nouns too (session 23, round 2, h23-even)"). The look-alike
non-events were written before the rules. Sentences of our own, with other places and
wording than the dev articles that showed the classes."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-10-07"  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.trigger, e.kind, e.date) for e in geomap.analyze(text, lang="en", date=DAY).events]


# --- look-alikes first: the same words naming no event ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # another sense of shoot, bomb, shell, sign; a noun after its subject's word
        "Film crew shoots Mombasa's old harbour at sunrise",
        "Film crews shoot scenes in Zanzibar's old town",
        "Stage show bombs on opening night in Kampala",
        "Police bomb squad clears parcel in Mombasa",
        "Investors shell out millions for villas in Kigali",
        "Club signs goalkeeper from Kigali",
        "Nairobi club signed a Ghanaian midfielder in Accra on Monday.",
        "Court sentences for theft in Zambia have lengthened, report says",
        "Soldiers clash over pay with ministry in Juba",
        # two firms that sign a deal: the parties of a strategic development are states
        "Nestle and Unilever sign supply pact in Geneva",
        "Siemens, Alstom sign rail deal in Lyon",
        "Airbus and Safran sign engine deal in Toulouse",
        # a question, a plan, a habit
        "Will troops shell rebel positions near Goma?",
        "Army to shell rebel positions near Goma, minister says",
        "Rebels raid villages near Beni every dry season, officials say.",
    ],
)
def test_no_event(text: str) -> None:
    assert _events(text) == []


# --- the classes ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Warplanes bomb fuel depot near Kismayo", "bomb", "explosion_remote_violence"),
        ("Rebel artillery shells market in Bangui", "shells", "explosion_remote_violence"),
        ("Troops shell rebel positions near Bunia", "shell", "explosion_remote_violence"),
        ("Soldiers clash with militants near Goma", "clash", "battle"),
        ("Police raid offices of opposition newspaper in Lusaka", "raid", "strategic_development"),
        ("Tribunal sentences editor to four years in Asmara", "sentences", "court"),
        ("Chad, Niger sign security pact in Niamey", "sign", "strategic_development"),
        ("Ghana and Togo sign fishing treaty in Lome", "sign", "strategic_development"),
    ],
)
def test_headline_present(text: str, trigger: str, kind: str) -> None:
    got = _events(text)
    assert [(t, k) for t, k, _ in got] == [(trigger, kind)]
    assert got[0][2] == DAY  # a headline's present: the report's day


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen shoot dead five villagers near Maiduguri",
        "Gunmen shoot four farmers near Maiduguri",
        "Gunmen shoot journalist in Maiduguri",
    ],
)
def test_gunmen_shoot(text: str) -> None:
    # a shooting by armed men of civilians: read as their attack is, by its doer and target
    got = _events(text)
    assert [(k, d) for _, k, d in got] == [("violence_against_civilians", DAY)]


# --- a perfect lead whose only day is the one it was told ------------------------------------
def test_perfect_lead_not_dated_from_next_sentence() -> None:
    text = (
        "NAKURU, Oct 7 (Reuters) - Crowds of farmers have rallied outside the county assembly in "
        "Nakuru over unpaid subsidies, organisers said on Wednesday.\n\n"
        "Doctors in Mombasa walked off the job on Tuesday in support."
    )
    got = {t: d for t, _, d in _events(text)}
    assert got.get("rallied") is None and "rallied" in got
    assert got.get("walked off") == "2026-10-06"


def test_lead_dated_from_next_sentence_stays() -> None:
    # a lead in the simple past with no day of its own still takes the next sentence's day
    text = (
        "NAIROBI, Oct 7 (Reuters) - Thousands of nurses marched on parliament in Nairobi over "
        "unpaid wages.\n\n"
        "Police fired tear gas at them on Tuesday afternoon."
    )
    got = {t: d for t, _, d in _events(text)}
    assert got.get("marched") == "2026-10-06"


# --- an explosion that tore through a building: a bomb unless a cause is named ---------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("An explosion tore through a cafe in Tartu on Tuesday.", "explosion_remote_violence"),
        (
            "A blast ripped through the entrance of an office block in Tartu on Tuesday.",
            "explosion_remote_violence",
        ),
        # a cause named, or a home: the accident stays
        ("A gas explosion tore through a cafe in Tartu on Tuesday.", "accident"),
        ("An explosion ripped through a fireworks store in Tartu on Tuesday.", "accident"),
        ("An explosion tore through a house in Tartu on Tuesday.", "accident"),
        ("An explosion at a cafe in Tartu injured two people on Tuesday.", "accident"),
    ],
)
def test_explosion_tore_through(text: str, kind: str) -> None:
    assert [k for _, k, _ in _events(text)] == [kind]


# --- the subject's place between it and its verb; a share a protest demands -----------------
@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in Lusaka vote on the budget every year",
        "Will lawmakers in Lusaka vote to impeach the president?",
        "Elections in Lusaka vote count delayed",
        "Protests rose by 40 percent in Nairobi in 2025, a study found.",
        "Ten percent of teachers in Nairobi went on strike last year.",
    ],
)
def test_no_event_place_and_share(text: str) -> None:
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "trigger", "kind"),
    [
        ("Lawmakers in Lusaka vote to impeach deputy speaker", "vote", "election"),
        ("Nurses in Port Moresby strike over unpaid wages", "strike", "protest"),
        (
            "Bus drivers in Kisumu went on strike on Tuesday to demand a 15 percent pay rise.",
            "went on strike",
            "protest",
        ),
    ],
)
def test_subject_place_and_share(text: str, trigger: str, kind: str) -> None:
    assert [(t, k) for t, k, _ in _events(text)] == [(trigger, kind)]
