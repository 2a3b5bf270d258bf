"""Event words by structure and from WordNet, session 25 (docs/events.md, "Event words,
session 25 (h25-evwords)"): a protest by the survivors or the relatives of an earlier
disaster, a road vehicle that hit someone, flames that engulfed a building, and WordNet's
``skirmish``, ``conquer`` and ``imprison`` as verbs. Sentences of our own, in other places
and wording than the probe's frames and the brief's examples; the look-alikes that must stay
as they are were written with them."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-04-15"  # a Wednesday


def _events(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(e.trigger, e.kind) for e in geomap.analyze(text, lang=lang, date=DAY).events]


def _kinds(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.kind, e.sub_kind) for e in geomap.analyze(text, lang="en", date=DAY).events]


# --- look-alikes: the same words naming no event ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        # what hit is no vehicle, or the vehicle only modifies what was hit
        "The striker was hit by a bottle in Leeds on Monday.",
        "The company was hit by a strike in Leeds on Monday.",
        "Car sales were hit by the new tax in Pune on Monday.",
        "The bus strike hit commuters in Nairobi on Monday.",
        "The new rules hit bus drivers in Lagos hard on Monday.",
        # drivers who set off, and a car beside someone hit by an attacker
        "Commuters should check the weather before they hit the road in Leeds on Friday.",
        "He got out of his car and was hit with a bottle by an attacker in Porto on Monday.",
        # flames that are no fire
        "The flames of anger burned across the country on Monday.",
        "Flames of war engulfed the region in 1914, the historian said.",
        # conquered in sport, art and on a mountain
        "The band conquered the charts in Seoul on Monday.",
        "She conquered the hearts of voters in Arequipa on Monday.",
        "A climber from Nepal conquered Everest on Monday.",
        # imprisoned long ago or since a year: no news of the day
        "The journalist has been imprisoned since 2019 in Minsk.",
        "He was imprisoned for ten years in the 1990s.",
    ],
)
def test_no_event(text: str) -> None:
    assert _events(text) == []


# --- a protest by the survivors or relatives of an earlier disaster --------------------------
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Survivors of the mine blast marched in Soma on Monday.", "marched"),
        (
            "Relatives of the victims of the ferry disaster protested in Mokpo on Monday.",
            "protested",
        ),
        (
            "Families of the victims of the bus crash rallied outside parliament in Nairobi on "
            "Friday.",
            "rallied",
        ),
        ("Survivors of the gas explosion demonstrated in Kaduna on Tuesday.", "demonstrated"),
        (
            "Survivors of the factory fire protested outside the ministry in Dhaka on Monday.",
            "protested",
        ),
    ],
)
def test_protest_of_survivors(text: str, trigger: str) -> None:
    assert _events(text) == [(trigger, "protest")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier disaster after "victims of" is still no news of its own
        (
            "Students held a vigil in Accra on Monday for the victims of the canopy collapse.",
            [("vigil", "protest")],
        ),
        (
            "A vigil was held in Kano on Monday for the survivors of the mine blast.",
            [("vigil", "protest")],
        ),
        ("Survivors of last year's ferry sinking gathered in Mokpo on Monday.", []),
        # a participle before the noun after "victims of" stays its adjective
        (
            "Miners held a vigil in Soma on Monday for the victims of the flooded mine.",
            [("vigil", "protest")],
        ),
        (
            "Students marched in Dhaka on Monday for the victims of the collapsed factory.",
            [("marched", "protest")],
        ),
        # an indefinite disaster may be the news itself
        (
            "Victims of a gas explosion in Lagos on Monday were taken to hospital.",
            [("explosion", "accident")],
        ),
    ],
)
def test_victims_of_guards(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


# --- a road vehicle that hit someone ----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A pedestrian was hit by a bus in Leeds on Monday.",
        "A lorry struck a cyclist near Porto on Tuesday.",
        "A cyclist was struck by a lorry near Porto on Tuesday.",
        "A speeding car knocked down a schoolgirl in Kampala on Friday.",
        "A minibus hit two pupils outside a school in Kisumu on Monday.",
    ],
)
def test_vehicle_hit_someone(text: str) -> None:
    assert _kinds(text) == [("accident", "road")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # what hit a vehicle keeps its own kind; a train's is a rail accident
        ("A missile struck a bus near Kharkiv on Monday.", "explosion_remote_violence"),
        (
            "A drone struck a car carrying two commanders near Gaza on Monday.",
            "explosion_remote_violence",
        ),
        ("A woman was hit by a train near Brno on Monday.", "accident"),
        ("A storm hit cars and buses in Leeds on Monday.", "disaster"),
    ],
)
def test_what_hit_a_vehicle(text: str, kind: str) -> None:
    assert [k for k, _ in _kinds(text)] == [kind]


def test_train_stays_rail() -> None:
    assert _kinds("A woman was hit by a train near Brno on Monday.") == [("accident", "rail")]


# --- flames that engulfed a building -----------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Flames engulfed a nightclub in Skopje on Friday.",
        "Flames gutted a warehouse in Mombasa on Monday.",
        "Flames tore through a market in Kano on Sunday.",
    ],
)
def test_flames(text: str) -> None:
    assert _events(text) == [("Flames", "accident")]


def test_flames_in_forest_stay_wildfire() -> None:
    assert _kinds("Flames engulfed forests near Patras on Monday.") == [("disaster", "wildfire")]


# --- WordNet verbs: skirmish, conquer, imprison -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "kind", "sub_kind"),
    [
        ("Government troops skirmished with rebels near Goma on Monday.", "battle", "armed_clash"),
        (
            "Jihadists conquered the town of Djibo on Monday.",
            "battle",
            "non_state_actor_overtakes_territory",
        ),
        (
            "Rebels conquered the district capital in Darfur on Sunday.",
            "battle",
            "non_state_actor_overtakes_territory",
        ),
        ("A court in Minsk imprisoned a journalist on Monday.", "court", "sentence"),
        ("The blogger was imprisoned in Baku on Tuesday.", "court", "sentence"),
    ],
)
def test_wordnet_verbs(text: str, kind: str, sub_kind: str) -> None:
    assert _kinds(text) == [(kind, sub_kind)]


# --- struck and killed: one act of one subject ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "sub_kind"),
    [
        ("A lorry struck and killed a cyclist near Porto on Tuesday.", "road"),
        ("A police van hit and injured three pupils in Kisumu on Monday.", "road"),
        ("A train struck and killed a woman near Brno on Monday.", "rail"),
    ],
)
def test_struck_and_killed_one_event(text: str, sub_kind: str) -> None:
    assert _kinds(text) == [("accident", sub_kind)]


def test_carpet_bombed() -> None:
    assert _kinds("Warplanes carpet-bombed villages near Idlib on Monday.") == [
        ("explosion_remote_violence", None)
    ]


# --- a fire that destroyed or tore through a building names the event ------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A fire destroyed a timber yard in Mombasa on Monday.", [("fire", "accident")]),
        ("A huge blaze tore through a market in Onitsha on Monday.", [("blaze", "accident")]),
        ("A fire swept through a hostel in Kampala on Sunday.", [("fire", "accident")]),
        # a hazard keeps its own noun, as before
        ("A storm destroyed dozens of homes in Galway on Monday.", [("storm", "disaster")]),
        # a fire of a name is no fire
        (
            "Chile lies on the Pacific Ring of Fire and is shaken by thousands of tremors a year.",
            [],
        ),
    ],
)
def test_fire_names_the_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


# --- German: ein Feuer, das zerstörte, nennt das Ereignis ---------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Feuer zerstörte am Samstag den Zentralmarkt von Kaolack.", [("Feuer", "accident")]),
        ("Ein Feuer zerstörte am Montag eine Lagerhalle in Bochum.", [("Feuer", "accident")]),
        # ein Waldbrand bleibt einer, ein Sturm nennt sich selbst
        ("Ein Feuer zerstörte am Montag 500 Hektar Wald bei Potsdam.", [("Feuer", "disaster")]),
        ("Ein Sturm zerstörte am Montag Dächer in Kiel.", [("Sturm", "disaster")]),
    ],
)
def test_german_fire_names_the_event(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text, "de") == expected
