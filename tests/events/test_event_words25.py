"""English wire copy in wording the dev corpus lacked (docs/events.md, "English wire copy on
unseen wording (session 25, h25-even)"): a road vehicle that hit or struck someone (active and
passive with its doer), flames that engulfed a building, a crowd that poured into the
streets, floodwaters, a strike on a target, an offensive, police who shot attackers dead,
men who set upon students, an arrest followed by "and could face charges", and a relative
clause that points back to a past year ("since June 2024, when ..."). Sentences of our own,
with other places and wording than the dev articles that showed the classes; the look-alikes
that must stay as they were were written with them."""

from __future__ import annotations

import pytest

from tests.support.events import kinds_of, trigger_kinds

_events = trigger_kinds
_kinds = kinds_of


# --- a road vehicle that hit or struck someone: its doer says so --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A pedestrian was hit by a city bus in Leeds on Monday evening.",
        "A cyclist was struck by a lorry in Gdansk on Tuesday, police said.",
        "A minibus hit a group of schoolchildren in Kisumu on Friday.",
        "A car struck two pedestrians in Valparaiso late on Saturday.",
        "An elderly woman was knocked down by a delivery van in Porto on Monday.",
    ],
)
def test_vehicle_that_hit_is_a_road_accident(text: str) -> None:
    assert _kinds(text) == ["accident"]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        # what a vehicle was hit by, or what hit it, is the weapon's
        ("A bus was hit by a missile in Kharkiv on Monday.", ["explosion_remote_violence"]),
        ("A missile struck a bus in Sumy on Tuesday.", ["explosion_remote_violence"]),
        ("A military truck struck a landmine near Gao on Sunday.", ["explosion_remote_violence"]),
        # fares, sales, services hit: no crash
        ("Bus fares hit a record in London on Monday.", []),
        ("Car sales hit a record high in Seoul in October.", []),
        ("The strike hit bus services in Lyon on Monday.", []),
    ],
)
def test_vehicle_guards(text: str, kinds: list[str]) -> None:
    assert _kinds(text) == kinds


# --- flames that engulfed or gutted something ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Flames engulfed a nightclub in Skopje on Saturday.", "accident"),
        ("Flames gutted a textile factory in Gazipur on Thursday.", "accident"),
        ("Flames engulfed an empty warehouse in Tromsø late on Monday.", "accident"),
    ],
)
def test_flames(text: str, kind: str) -> None:
    assert _events(text) == [("Flames", kind)]


def test_flames_in_a_forest_are_a_wildfire() -> None:
    # a forest backs the wildfire: one event, a disaster (the merge of two helpers' flames
    # carriers keeps the older wildfire carrier, which names its verb)
    assert _kinds("Flames engulfed forests near Patras on Sunday.") == ["disaster"]


# --- a crowd that poured into the streets -------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Tens of thousands of people poured into the streets of Yerevan on Saturday.",
        "Thousands of protesters spilled onto the main square in Tbilisi on Sunday.",
        "Hundreds of students streamed into the streets of Dhaka on Monday.",
    ],
)
def test_crowd_into_the_streets_is_a_protest(text: str) -> None:
    assert _kinds(text) == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        "Smoke poured into the streets of Athens on Monday.",
        "Tourists poured into the streets of Venice on Monday.",
        "Investors poured money into the city centre of Leipzig last year.",
    ],
)
def test_no_crowd_no_protest(text: str) -> None:
    assert "protest" not in _kinds(text)


def test_floodwaters_name_the_flood() -> None:
    assert _events("Floodwaters isolated several hamlets near Sylhet on Tuesday.") == [
        ("Floodwaters", "disaster")
    ]
    assert _kinds("Floodwater poured into the streets of Venice on Monday.") == ["disaster"]


# --- a strike on a target, an offensive ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The army launched a strike on rebel positions near Goma on Sunday.",
        "Israeli jets carried out a strike on a militant hideout in Jenin on Tuesday.",
        "The air force conducted strikes against jihadist camps near Menaka on Friday.",
    ],
)
def test_strike_on_a_target(text: str) -> None:
    assert _kinds(text) == ["explosion_remote_violence"]


@pytest.mark.parametrize(
    "text",
    [
        "Dock workers launched a strike on Monday at the port of Mombasa.",
        "Teachers in Nairobi began a strike against low pay on Monday.",
        "Farmers in Lahore went on strike on Tuesday.",
    ],
)
def test_labour_strikes_stay_protests(text: str) -> None:
    assert _kinds(text) == ["protest"]


def test_threatened_strike_on_the_docks_is_none() -> None:
    assert _events("Unions threatened a strike on the docks in Durban.") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Army troops began an offensive against militant positions north of Pweto on Sunday.",
            "battle",
        ),
        ("Troops launched an offensive near Pokrovsk on Monday.", "battle"),
        # from the air it stays remote violence
        (
            "The military launched an air offensive on rebel towns near Lashio on Monday.",
            "explosion_remote_violence",
        ),
    ],
)
def test_offensive(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


def test_diplomatic_offensive_is_none() -> None:
    assert _events("Kyiv began a diplomatic offensive in Brussels on Monday.") == []


# --- who was shot dead, who was set upon ---------------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Three of the raiders were shot dead by soldiers near Maiduguri early on Wednesday.",
            "battle",
        ),
        ("Police shot dead two assailants in Mombasa on Sunday.", "battle"),
        # a suspect is no fighter
        ("Police shot dead a suspect in Durban on Sunday.", "violence_against_civilians"),
        (
            "Masked men attacked a group of journalists outside the courthouse in Chisinau "
            "on Sunday.",
            "violence_against_civilians",
        ),
        (
            "Unknown assailants attacked two students in Yerevan on Monday.",
            "violence_against_civilians",
        ),
    ],
)
def test_doers_and_targets(text: str, kind: str) -> None:
    assert _kinds(text) == [kind]


def test_students_who_attack_are_no_victims() -> None:
    assert "violence_against_civilians" not in _kinds(
        "Students attacked a police station in Dhaka on Monday."
    )


# --- "and could face charges": the arrest happened -----------------------------------------
STORY = (
    "STOCKHOLM, April 15 (Reuters) - An explosion tore through the stairwell of an apartment "
    "block in Uppsala early on Wednesday, police said.\n\n"
)


@pytest.mark.parametrize(
    "tail",
    [
        "A 16-year-old boy was arrested near the scene and could face terrorism charges, "
        "prosecutors said.",
        "Two men were detained near the scene and may face charges of attempted murder.",
    ],
)
def test_arrest_before_a_modal_part(tail: str) -> None:
    assert [k for k in _kinds(STORY + tail)][1:] == ["strategic_development"]


@pytest.mark.parametrize(
    "text",
    [
        # a noun's clause keeps the modal: a forecast
        "The weather bureau said another storm was forming over the Pacific and could "
        "strengthen by the weekend.",
        "Police said they could arrest the organisers in Tirana and charge them.",
        "The storm could flood the coast near Tuzla and kill dozens.",
    ],
)
def test_modal_guards(text: str) -> None:
    assert _events(text) == []


def test_german_modal_part() -> None:
    # German has no [clauses] coordinated_modals: its arrest before "und könnte" is read as
    # it was (a guard for the shared mood code)
    assert _kinds(
        "Ein Mann wurde am Montag in Graz festgenommen und könnte angeklagt werden.", "de"
    )[:1] == ["strategic_development"]


# --- a relative clause that points back to a past year -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The checkpoint attack was the deadliest in the republic since June 2024, when gunmen "
        "attacked churches in Derbent.",
        "The flood was the worst since March 2019, when a cyclone killed 600 people in Beira.",
        "The vote was the first since 2009, when voters rejected a new constitution.",
    ],
)
def test_relative_clause_of_a_past_year(text: str) -> None:
    assert _events(text) == []


def test_past_year_date_in_own_clause_still_an_event() -> None:
    # a date of its own in the clause, a past year: a dated event as before
    assert _kinds("On 12 March 2024, gunmen attacked a church in Derbent, police said.") == [
        "violence_against_civilians"
    ]
