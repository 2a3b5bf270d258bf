"""A town that is also a given name, before German ``von``/``zu`` and a common noun
(``<Town> von der Außenwelt abgeschnitten``), is the town before a prepositional phrase,
not a person "<Given> von der <Family>": the noun is no family name. Once read as a
person, the name was the person wherever it recurred, so the town was lost even after
``zwischen`` or as a distance claim's subject (docs/geoparser.md, "Particle names").
Only a town of ``PARTICLE_TOWN_MIN_POPULATION`` people is kept so; a family name that is
no noun, or a given name that is no big town, stays a person."""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

ROWS = [
    # (text, the town's word, its country, how many mentions must be read)
    (
        "Nach dem Sturm ist Tyler von der Stromversorgung abgeschnitten. Die Strecke "
        "zwischen Tyler und Dallas ist gesperrt.",
        "Tyler",
        "US",
        2,
    ),
    (
        "Nara von der Welle der Proteste erfasst. In Nara, rund 30 Kilometer östlich von "
        "Osaka, demonstrierten Tausende.",
        "Nara",
        "JP",
        2,
    ),
    (
        "Adelaide von der Hitze gelähmt. In Adelaide stiegen die Temperaturen auf 46 Grad.",
        "Adelaide",
        "AU",
        2,
    ),
]


def _names(text: str, gaz) -> list:
    return [p for p in resolve_document(read_text(text, lang="de"), gaz) if p.role == "name"]


@pytest.mark.parametrize(("text", "town", "cc", "n"), ROWS)
def test_a_given_name_town_before_a_noun_phrase_stays_the_town(gaz, text, town, cc, n):
    got = [p for p in _names(text, gaz) if p.mention == town and p.country_code == cc]
    assert len(got) == n, [(p.mention, p.country_code) for p in _names(text, gaz)]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a family name that is no noun: the person stands
        ("Ursula von der Leyen besuchte am Montag die Hauptstadt.", "Ursula"),
        # a given name that is no big town before a noun-like family name
        ("Gerda von der Linde sprach am Montag vor dem Stadtrat.", "Gerda"),
    ],
)
def test_a_person_with_a_particle_stays_a_person(gaz, text, person):
    assert not [p for p in _names(text, gaz) if p.mention.startswith(person)]
