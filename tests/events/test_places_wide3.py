"""Where an event happened, third table (ninth session): a site that stands in a town.

- A country named only as the owner of a site (``in Kenya's biggest slum``, ``im größten
  Gefängnis Ecuadors``) does not say which town: under a dateline city of that country the
  event is there. An event over the whole country (``across Ecuador``, ``in ganz Peru``)
  stays the country, and so does an owner under a dateline of another country.
- A definite site noun (``outside the prison``, ``vor dem Gefängnis``, ``at the stadium``)
  points back to the town an earlier sentence put that site in, not to the town named last.
- A launch is at its site: a town named for where the rocket was built (``at a plant in
  X``, ``in einem Werk in X``) is none, and a dateline that is no capital (``KOUROU``) stays;
  a capital inside the launch's own origin phrase (``from an airfield in <capital>``) is
  where it was fired from.

Written for these tests, before geomap ran on them: the place is what a reader names.
Names are compared without accents."""

from __future__ import annotations

import pytest

import geomap
from tests.support.event_table import assert_reported, plain

DAY = "2025-06-11"  # a Wednesday
TUE, MON = "2025-06-10", "2025-06-09"


# (text, language, kind, day, place: any of the names, "|"-separated)
OWNERS: list[tuple[str, str, str, str, str]] = [
    (
        "NAIROBI, June 10 (Reuters) - Police fired tear gas at residents in Kenya's biggest "
        "slum on Monday.",
        "en",
        "protest",
        MON,
        "Nairobi",
    ),
    (
        "LIMA, June 10 (Reuters) - Inmates rioted in Peru's most crowded prison on Monday.",
        "en",
        "riot",
        MON,
        "Lima",
    ),
    (
        "DHAKA, June 10 (Reuters) - A fire broke out in Bangladesh's largest refugee camp on "
        "Monday.",
        "en",
        "accident",
        MON,
        "Dhaka",
    ),
    (
        "Quito, 10. Juni (dpa) - Im größten Gefängnis Ecuadors ist am Montag ein Feuer "
        "ausgebrochen.",
        "de",
        "accident",
        MON,
        "Quito",
    ),
    (
        "Manila, 10. Juni (dpa) - Im größten Krankenhaus der Philippinen ist am Montag ein "
        "Feuer ausgebrochen.",
        "de",
        "accident",
        MON,
        "Manila",
    ),
    (
        "CARACAS, June 10 (AP) - Inmates rioted at a Venezuelan prison on Monday.",
        "en",
        "riot",
        MON,
        "Caracas",
    ),
]

# the whole country, or an owner under another country's dateline: the country stays
COUNTRIES: list[tuple[str, str, str, str, str]] = [
    (
        "QUITO, June 10 (Reuters) - Truckers blocked roads across Ecuador on Monday.",
        "en",
        "protest",
        MON,
        "Ecuador",
    ),
    (
        "BOGOTA, June 10 (Reuters) - Inmates rioted in Ecuador's largest prison on Monday.",
        "en",
        "riot",
        MON,
        "Ecuador",
    ),
    (
        "Nairobi, 10. Juni (dpa) - Im größten Gefängnis Ugandas ist am Montag ein Feuer "
        "ausgebrochen.",
        "de",
        "accident",
        MON,
        "Uganda",
    ),
]

# a definite site noun points back to the town its earlier mention names
SITES: list[tuple[str, str, str, str, str]] = [
    (
        "Fans clashed with police at a stadium in Kumasi on Saturday. In Accra, the sports "
        "minister met club officials on Sunday. Police arrested 30 people at the stadium on "
        "Monday.",
        "en",
        "strategic_development",
        MON,
        "Kumasi",
    ),
    (
        "Inmates rioted at a prison in Machala on Sunday. In Quito, the cabinet met on "
        "Monday. On Tuesday, relatives protested outside the prison.",
        "en",
        "protest",
        TUE,
        "Machala",
    ),
    (
        "Ein Feuer zerstörte am Sonntag einen Markt in Kisumu. In Nairobi tagte am Montag das "
        "Kabinett. Am Dienstag protestierten Händler vor dem Markt.",
        "de",
        "protest",
        TUE,
        "Kisumu",
    ),
    (
        "Bewaffnete griffen am Sonntag ein Krankenhaus in Bunia an. In Kinshasa tagte am "
        "Montag das Parlament. Am Dienstag demonstrierten Ärzte vor dem Krankenhaus.",
        "de",
        "protest",
        TUE,
        "Bunia",
    ),
    # the earlier mention named only its owner: the site is where that event was placed
    (
        "QUITO, June 10 (Reuters) - Inmates rioted in Ecuador's largest prison on Sunday. "
        "Guayaquil's mayor met the police chief on Monday. On Tuesday, relatives protested "
        "outside the prison.",
        "en",
        "protest",
        TUE,
        "Quito",
    ),
]

# "the city centre", "die Innenstadt" in a paragraph naming no city: the dateline's city,
# not a town a paragraph before named in passing; in the paragraph of a city, that city
CENTRES: list[tuple[str, str, str, str, str]] = [
    (
        "LUSAKA, June 10 (Reuters) - Police fired tear gas at students on Tuesday.\n\n"
        "Traders in the northern city of Ndola went on strike on Friday.\n\n"
        "Students had marched through the city centre on Monday.",
        "en",
        "protest",
        MON,
        "Lusaka",
    ),
    (
        "Nairobi, 10. Juni (dpa) - Die Polizei setzte am Dienstag Tränengas gegen Studenten "
        "ein.\n\nIn der westlichen Stadt Kisumu streikten am Freitag die Händler.\n\n"
        "In der Innenstadt demonstrierten am Montag Tausende Studenten.",
        "de",
        "protest",
        MON,
        "Nairobi",
    ),
    (
        "LUSAKA, June 10 (Reuters) - Police fired tear gas at students on Tuesday.\n\n"
        "The president travelled to Ndola on Monday. Hundreds of traders rallied in the city "
        "centre on Monday.",
        "en",
        "protest",
        MON,
        "Ndola",
    ),
]

LAUNCHES: list[tuple[str, str, str, str, str]] = [
    (
        "KOUROU, June 10 (Reuters) - The satellite was built at a plant in Toulouse. An "
        "Ariane rocket lifted off on Tuesday with the satellite.",
        "en",
        "launch",
        TUE,
        "Kourou|Guiana",
    ),
    (
        "Baikonur, 10. Juni (dpa) - Die Rakete wurde in einem Werk in Samara gebaut. Am "
        "Dienstag startete eine Sojus-Rakete mit drei Raumfahrern zur ISS.",
        "de",
        "launch",
        TUE,
        "Baikonur",
    ),
    (
        "Engineers finished the rocket at a factory in Samara. On Tuesday, Moscow launched a "
        "Soyuz rocket with a navigation satellite from its northern cosmodrome near Plesetsk.",
        "en",
        "launch",
        TUE,
        "Plesetsk",
    ),
    # a kind noun after a name of its own ("the Sunan airport") names that site, it does
    # not point back to the base named before
    (
        "Satellite images showed new work at a missile base near Sinpo. On Tuesday North "
        "Korea fired a missile from the Sunan airport in Pyongyang towards the sea.",
        "en",
        "launch",
        TUE,
        "Sunan|Pyongyang",
    ),
    (
        "Engineers readied two rockets at the Semnan spaceport last week. On Tuesday Iran "
        "launched a satellite from the Chabahar space centre in Sistan-Baluchestan.",
        "en",
        "launch",
        TUE,
        "Chabahar",
    ),
]


@pytest.mark.parametrize(
    ("text", "lang", "kind", "day", "place"), OWNERS + COUNTRIES + SITES + CENTRES + LAUNCHES
)
def test_the_event_is_where_a_reader_puts_it(
    text: str, lang: str, kind: str, day: str, place: str
) -> None:
    assert_reported(text, lang, kind, day, place)


@pytest.mark.parametrize(
    ("text", "lang", "town"),
    [
        (
            "The rocket was assembled at a factory in Samara. On Tuesday a Soyuz rocket lifted "
            "off with a weather satellite.",
            "en",
            "Samara",
        ),
        (
            "Die Satelliten wurden in einem Werk in Toulouse gebaut. Am Dienstag hob eine "
            "Ariane-Rakete mit den Satelliten ab.",
            "de",
            "Toulouse",
        ),
    ],
)
def test_where_a_rocket_was_built_is_not_where_it_was_launched(
    text: str, lang: str, town: str
) -> None:
    """A launch is at its site; a town named for the factory is no launch site, so no
    place is better than that one."""
    events = geomap.analyze(text, lang=lang, date=DAY).events
    launches = [e for e in events if e.kind == "launch"]
    assert launches, "the launch itself is found"
    assert all(plain(town) not in plain(e.place_name or "") for e in launches), [
        (e.kind, e.place_name) for e in launches
    ]
