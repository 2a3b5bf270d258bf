"""Issue 21, session 17: a German common noun after a place preposition stays the town
of the language's own countries that its people call by the word, when that town is
prominent enough (``_accept._home_short_name``, ``Weights.noun_home_short_name_population``).

Session 16's rule (``_noun_unborne``) read every common noun after a preposition as the
noun of a fixed phrase unless a town bears the word as its whole own name; that lost the
towns known by the head of a longer official name ("Hall" for Schwäbisch Hall and Hall
in Tirol, a Zurich quarter after the slash of its GeoNames name). The mechanism is
tested on made-up towns first, then on real ones in wording of this file's own.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from gazetteer import Candidate
from geomap.geoparse import resolve_document
from geomap.geoparse._accept import _home_short_name
from geomap.geoparse._weights import Weights
from geomap.text import read_text


def _town(name: str, cc: str, population: int) -> Candidate:
    return Candidate(
        id=f"test:{name}",
        name=name,
        kind="city",
        country_code=cc,
        lat=48.0,
        lon=10.0,
        population=population,
        source="test",
        feature_code="PPL",
        matched=name,
        prior=0.5,
    )


#: (word, made-up town's own name, country, population, whether the word is its short name)
SHORT_NAMES = (
    ("Kranich", "Kranich am See", "DE", 12_000, True),
    ("Kranich", "Kranich an der Mulde", "AT", 8_000, True),
    ("Kranich", "Kranich im Tal", "CH", 6_000, True),
    ("Kranich", "Fränkisch Kranich", "DE", 20_000, True),
    ("Kranich", "Bergdorf (Kreis 3) / Kranich", "CH", 7_000, True),
    ("Kranich", "Kranich am See", "DE", 900, False),  # a village: too small
    ("Kranich", "Kranich am See", "PL", 12_000, False),  # no country of German
    ("Kranich", "De Kranich", "BE", 12_000, False),  # after a foreign article
    ("Kranich", "Kranich Nord", "DE", 12_000, False),  # a part, not a qualifier
    ("Kranich", "Oberkranich", "DE", 12_000, False),  # another word
    ("Kranich", "Bergdorf / Kranichfeld", "CH", 12_000, False),
)


@pytest.mark.parametrize(("word", "name", "cc", "population", "short"), SHORT_NAMES)
def test_home_short_name(word: str, name: str, cc: str, population: int, short: bool) -> None:
    ctx = SimpleNamespace(weights=Weights(), lang="de")
    assert _home_short_name(ctx, word, _town(name, cc, population)) is short  # type: ignore[arg-type]


def _names(text: str, gaz) -> list[str]:
    ps = resolve_document(read_text(text, lang="de"), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


#: (text, the town that stays a place after the preposition): each was no place before
PLACES = (
    ("Das Krankenhaus in Hall behandelte am Wochenende drei Verletzte.", "Hall"),
    ("Der Umzug nach Hall ist für Mai geplant.", "Hall"),
    ("Das Kino in Enge zeigt den Film ab Donnerstag.", "Enge"),
)
#: (text, the noun that stays no place): a village's short name does not outweigh the
#: noun of a fixed phrase
NOUNS = (
    ("Die Statue ist aus Fels gehauen.", "Fels"),
    ("Die Figur wurde aus Feld und Stein geformt.", "Feld"),
    ("Die Kinder malten in Hammer und Sichel.", "Hammer"),
)


@pytest.mark.parametrize(("text", "word"), PLACES)
def test_short_name_after_preposition_is_the_town(gaz, text: str, word: str) -> None:
    assert word in _names(text, gaz), text


@pytest.mark.parametrize(("text", "word"), NOUNS)
def test_village_short_name_stays_the_noun(gaz, text: str, word: str) -> None:
    assert word not in _names(text, gaz), text
