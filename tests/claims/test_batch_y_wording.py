# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 15's reading classes found in the dev misses of batch Y (docs/claims.md,
"Thirteenth pass"), in other wording and other regions than the batch, both languages: a
route's length in a relative clause after the route (``the motorway between A and B, which
is about N km long``, ``die Bahnstrecke zwischen A und B, die rund N Kilometer lang ist``)
is the route's; a ``respectively`` / ``beziehungsweise`` list pairs its distances in order
with the places coordinated before them (``A and B lie N km and M km from C
respectively``); a place in a German participle's agent phrase (``Der von <Land> gebaute
Hafen liegt ...``) is an attribute of the noun, never the claim's subject.

Each row asserts what a fact-checker would check; distances come from geographiclib on hand
coordinates.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use (city centres from atlases)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Porto": (41.1579, -8.6291), "Lisbon": (38.7223, -9.1393),
    "Denver": (39.7392, -104.9903), "Colorado Springs": (38.8339, -104.8214),
    "Dar es Salaam": (-6.7924, 39.2083), "Zanzibar": (-6.1659, 39.2026),
    "Tallinn": (59.4370, 24.7536), "Tartu": (58.3780, 26.7290), "Pärnu": (58.3859, 24.4971),
    "Ljubljana": (46.0569, 14.5058), "Maribor": (46.5547, 15.6459),
    "Accra": (5.6037, -0.1870), "Kumasi": (6.6885, -1.6244), "Cape Coast": (5.1053, -1.2466),
    "Vienna": (48.2082, 16.3738), "Graz": (47.0707, 15.4395), "Linz": (48.3069, 14.2858),
    "Salzburg": (47.8095, 13.0550),
    "Rønne": (55.1009, 14.7067), "Copenhagen": (55.6761, 12.5683),
    "Tema": (5.6698, -0.0166),
}
# fmt: on

R = Row
# fmt: off
RELATIVE_ROUTES = [
    R("en", "The motorway between Porto and Lisbon, which is about 310 km long, reopened on Monday.", "about 310 km", "Porto", "Lisbon", "consistent", form="route", either_way=True),
    R("en", "The road between Denver and Colorado Springs, which is about 40 miles long, was closed by snow.", "about 40 miles", "Denver", "Colorado Springs", "inconsistent", form="route", either_way=True),
    R("en", "The ferry route between Dar es Salaam and Zanzibar, which is about 40 nautical miles long, stayed open.", "about 40 nautical miles", "Dar es Salaam", "Zanzibar", "consistent", form="route", either_way=True),
    R("de", "Die Bahnstrecke zwischen Tallinn und Tartu, die rund 190 Kilometer lang ist, wird erneuert.", "rund 190 Kilometer", "Tallinn", "Tartu", "consistent", form="route", either_way=True),
    R("de", "Die Straße zwischen Ljubljana und Maribor, die knapp 70 Kilometer lang ist, wurde gesperrt.", "knapp 70 Kilometer", "Ljubljana", "Maribor", "inconsistent", form="route", either_way=True),
]
# fmt: on


@pytest.mark.parametrize(
    "row", RELATIVE_ROUTES, ids=[f"{r.lang}-{r.quantity}" for r in RELATIVE_ROUTES]
)
def test_route_length_in_a_relative_clause_is_the_routes(
    analyze: Callable[..., Any], row: Row
) -> None:
    """A relative clause that opens with its pronoun and a verb before a length
    (``lang``/``long``) describes the route named before the comma, like the main-clause
    form ``the road between A and B is N km long``."""
    check_row(analyze, row, AT)


# fmt: off
RESPECTIVELY = [
    R("en", "Kumasi and Cape Coast lie about 200 km and 130 km from Accra respectively.", "about 200 km", "Kumasi", "Accra", "consistent"),
    R("en", "Kumasi and Cape Coast lie about 200 km and 130 km from Accra respectively.", "130 km", "Cape Coast", "Accra", "consistent"),
    R("de", "Graz, Linz und Salzburg liegen rund 145 Kilometer, 155 Kilometer beziehungsweise 250 Kilometer von Wien entfernt.", "rund 145 Kilometer", "Graz", "Vienna", "consistent"),
    R("de", "Graz, Linz und Salzburg liegen rund 145 Kilometer, 155 Kilometer beziehungsweise 250 Kilometer von Wien entfernt.", "155 Kilometer", "Linz", "Vienna", "consistent"),
    R("de", "Graz, Linz und Salzburg liegen rund 145 Kilometer, 155 Kilometer beziehungsweise 250 Kilometer von Wien entfernt.", "250 Kilometer", "Salzburg", "Vienna", "consistent"),
    R("de", "Tartu und Pärnu liegen rund 160 Kilometer bzw. 230 Kilometer südlich von Tallinn.", "rund 160 Kilometer", "Tartu", "Tallinn", "consistent"),
    R("de", "Tartu und Pärnu liegen rund 160 Kilometer bzw. 230 Kilometer südlich von Tallinn.", "230 Kilometer", "Pärnu", "Tallinn", "inconsistent"),
    R("en", "Kumasi and Cape Coast lie about 200 and 130 km from Accra, respectively.", "about 200", "Kumasi", "Accra", "consistent"),
    R("en", "Kumasi and Cape Coast lie about 200 and 130 km from Accra, respectively.", "130 km", "Cape Coast", "Accra", "consistent"),
    R("de", "Tartu und Pärnu liegen rund 160 beziehungsweise 120 Kilometer von Tallinn entfernt.", "rund 160", "Tartu", "Tallinn", "consistent"),
    R("de", "Tartu und Pärnu liegen rund 160 beziehungsweise 120 Kilometer von Tallinn entfernt.", "120 Kilometer", "Pärnu", "Tallinn", "consistent"),
    R("en", "Graz, Linz and Salzburg lie 145, 155 and 250 km from Vienna respectively.", "155", "Linz", "Vienna", "consistent"),
]
# fmt: on


@pytest.mark.parametrize("row", RESPECTIVELY, ids=[f"{r.lang}-{r.quantity}" for r in RESPECTIVELY])
def test_respectively_pairs_distances_with_places_in_order(
    analyze: Callable[..., Any], row: Row
) -> None:
    """The i-th distance of a ``respectively`` / ``beziehungsweise`` list belongs to the
    i-th place coordinated before the list; all share the reference (and a direction)
    after the last distance. A number written without its unit (``rund 160 beziehungsweise
    120 Kilometer``) is a distance in the next one's unit."""
    check_row(analyze, row, AT, quantity_either_way=False)


def test_distances_without_respectively_are_no_list(analyze: Callable[..., Any]) -> None:
    """Without a ``respectively`` word, ``A and B lie N km and M km from C`` is not
    paired in order: the first distance is not given to the first place."""
    a = analyze(
        "Kumasi and Cape Coast lie about 200 km and 130 km from Accra.",
        lang="en",
        date="2026-06-01",
        events=False,
    )
    assert not [c for c in a.claims if "200 km" in c.stated.text and c.subject is not None]


# fmt: off
AGENT_ATTRIBUTES = [
    ("de", "Der von Japan gebaute Hafen liegt rund 30 Kilometer nördlich von Colombo.", "rund 30 Kilometer", "Colombo"),
    ("de", "Das durch Italien errichtete Kraftwerk liegt 50 Kilometer südlich von Tirana.", "50 Kilometer", "Tirana"),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,text,quantity,reference", AGENT_ATTRIBUTES, ids=[t[2] for t in AGENT_ATTRIBUTES]
)
def test_participle_agent_is_no_subject(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str, reference: str
) -> None:
    """``Der von <Land> gebaute Hafen liegt N km nördlich von <Y>``: the country says who
    built the port; the port is the subject, and with no name it stays unverifiable
    rather than measuring the country against <Y>."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if c.stated.text == quantity]
    assert found, [c.stated.text for c in a.claims]
    c = found[0]
    assert c.subject is None or c.subject.kind != "country", c.subject
    assert c.reference is not None and c.reference.name == reference
    assert c.verdict == "unverifiable", c.explanation


def test_named_head_after_a_participle_agent_is_the_subject(analyze: Callable[..., Any]) -> None:
    """``Der von <Land> betriebene Hafen von <X> liegt ...``: the named port is the subject."""
    row = R(
        "de",
        "Der von Norwegen betriebene Hafen von Rønne liegt rund 150 Kilometer südöstlich von Kopenhagen.",
        "rund 150 Kilometer",
        "Rønne",
        "Copenhagen",
        "consistent",
    )
    check_row(analyze, row, AT)


def test_distance_participle_keeps_its_reference(analyze: Callable[..., Any]) -> None:
    """``Die von <Y> 160 Kilometer entfernte Stadt <X>``: a ``von`` before a distance and
    its participle of distance is the reference, no agent."""
    row = R(
        "de",
        "Die von Wien 160 Kilometer entfernte Stadt Linz meldete Schnee.",
        "160 Kilometer",
        "Linz",
        "Vienna",
        "consistent",
    )
    check_row(analyze, row, AT)


def test_reference_behind_a_participle_agent(analyze: Callable[..., Any]) -> None:
    """``nordwestlich des von <Land> ausgebauten Hafens <Y>``: the agent attribute stands
    between the direction and the reference like an adjective; the port is the reference,
    not the country."""
    row = R(
        "de",
        "Kumasi liegt rund 210 Kilometer nordwestlich des von China ausgebauten Hafens Tema.",
        "rund 210 Kilometer",
        "Kumasi",
        "Tema",
        "consistent",
    )
    check_row(analyze, row, AT)


def test_list_item_the_gazetteer_lacks_takes_no_neighbours_name(
    analyze: Callable[..., Any],
) -> None:
    """``<A> und <Unbekannt> liegen N beziehungsweise M Kilometer von <Y> entfernt``: the
    second distance belongs to the second name; when geomap does not know it, the claim has
    no subject rather than <A>'s (which made a true claim inconsistent)."""
    a = analyze(
        "Kumasi und Nkwantakrom liegen rund 200 Kilometer beziehungsweise 230 Kilometer von Accra entfernt.",
        lang="de",
        date="2026-06-01",
        events=False,
    )
    by_text = {c.stated.text: c for c in a.claims}
    assert by_text["rund 200 Kilometer"].subject is not None
    assert by_text["rund 200 Kilometer"].subject.name == "Kumasi"
    second = by_text["230 Kilometer"]
    assert second.subject is None or second.subject.name != "Kumasi"
    assert second.verdict != "inconsistent"
