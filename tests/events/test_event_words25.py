"""Event words by structure and from WordNet, session 25 (docs/events.md, "Event words,
session 25"): a protest by the survivors or the relatives of an earlier disaster.
Sentences of our own, in other places and wording than the probe's frames and the brief's
examples; the look-alikes that must stay as they are were written with them."""

from __future__ import annotations

import pytest

import geomap

DAY = "2026-04-15"  # a Wednesday


def _events(text: str) -> list[tuple[str, str | None]]:
    return [(e.trigger, e.kind) for e in geomap.analyze(text, lang="en", date=DAY).events]


def _kinds(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.kind, e.sub_kind) for e in geomap.analyze(text, lang="en", date=DAY).events]


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
