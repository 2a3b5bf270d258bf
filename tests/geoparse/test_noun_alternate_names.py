"""Issue 15, session 16 round 3: an untagged GeoNames alternate name that is a common
noun of the text's language, given to a smaller town or a district and no spelling of
its own name (a Canary Islands district bears ``Stadtzentrum``, an Ohio town
``Center``), does not make the noun a place (``_context.noun_alias``, applied to every
gazetteer look-up of an analysis).

Kept: exonyms a source tags with a language, a word of the town's own name, a spelling
of it (``Rom`` for Rome), and the other names of a town of a million or more.
"""

from __future__ import annotations

import pytest

from gazetteer import Candidate
from geomap.geoparse import resolve_document
from geomap.geoparse._context import noun_alias
from geomap.text import read_text


def _town(
    name: str, matched: str, population: int = 50_000, langs: tuple[str, ...] = ()
) -> Candidate:
    return Candidate(
        id="geonames:1",
        name=name,
        kind="city",
        country_code="XX",
        lat=0.0,
        lon=0.0,
        population=population,
        source="geonames",
        feature_code="PPL",
        matched=matched,
        prior=0.5,
        matched_langs=langs,
    )


def test_a_noun_alternate_of_a_district_is_dropped() -> None:
    assert noun_alias(_town("Barrio Alto", "Stadtzentrum"), "de")
    assert noun_alias(_town("Springfield", "Center"), "en")


@pytest.mark.parametrize(
    ("cand", "lang"),
    [
        (_town("Roma", "Rom"), "de"),  # a spelling of the own name
        (_town("Au in der Hallertau", "Au"), "de"),  # a word of the own name
        (_town("Leuven", "Löwen", langs=("de",)), "de"),  # an exonym a source tags
        (_town("Guangzhou", "Kanton", population=16_000_000), "de"),  # a metropolis
        (_town("Barrio Alto", "Stadtzentrum"), "en"),  # no English word
        (_town("Springfield", "Sunnydale"), "en"),  # no word at all
    ],
)
def test_other_alternates_stay(cand: Candidate, lang: str) -> None:
    assert not noun_alias(cand, lang)


def _names(text: str, gaz, lang: str) -> list[str]:
    ps = resolve_document(read_text(text, lang=lang), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Polizei sperrte am Montag Teile des Dresdner Stadtzentrums.",
        "Grünwald liegt rund 12 Kilometer südlich des Münchner Stadtzentrums.",
    ],
)
def test_the_noun_is_no_place(gaz, text: str) -> None:
    assert "Stadtzentrums" not in _names(text, gaz, "de"), text


def test_exonyms_that_are_nouns_stay(gaz) -> None:
    names = _names("Die Delegation flog über Rom nach Havanna.", gaz, "de")
    assert "Rom" in names and "Havanna" in names
