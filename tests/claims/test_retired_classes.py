# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Classes of text the retired held-out articles missed (session 17, docs/claims.md
"Session 17"), each in a table of its own written in other places and words than those
articles: both languages, several continents, true and false claims.

The points are the gazetteer's own GeoNames rows (looked up once by hand); each row's
truth is the geodesic between them computed with geographiclib
(``tests/support/claims_table``), never geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

R = Row

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Lima": (-12.04318, -77.02824),
    "Arequipa": (-16.39899, -71.53747),
    "Manila": (14.6042, 120.9822),
    "Baguio": (16.41639, 120.59306),
    "Bangkok": (13.75398, 100.50144),
    "Khon Kaen": (16.44671, 102.833),
    "Madrid": (40.4165, -3.70256),
    "Valladolid": (41.65541, -4.72353),
    "Denver": (39.73915, -104.9847),
    "Grand Junction": (39.06387, -108.55065),
    "Albuquerque": (35.08449, -106.65114),
    "Santa Fe": (35.68698, -105.9378),
    "Nyeri": (-0.42013, 36.94759),
    "Nairobi": (-1.28333, 36.81667),
    "Nelson": (-41.27078, 173.28404),
    "Blenheim": (-41.51603, 173.9528),
    "Nakuru": (-0.30719, 36.07225),
    "Eldoret": (0.52036, 35.26993),
    "Nanyuki": (0.00624, 37.07398),
    "Salzburg": (47.79941, 13.04399),
    "Linz": (48.30639, 14.28611),
    "Córdoba": (37.89155, -4.77275),
    "Sevilla": (37.38283, -5.97317),
    "Frankfurt": (50.11552, 8.68417),
    "Munich": (48.13743, 11.57549),
    "Dijon": (47.31344, 5.01391),
    "Paris": (48.85341, 2.3488),
    "Perth": (-31.95224, 115.8614),
    "Adelaide": (-34.92866, 138.59863),
    "Dresden": (51.05089, 13.73832),
    "Prague": (50.08804, 14.42076),
    "Mendoza": (-32.88946, -68.84582),
    "Santiago": (-33.45694, -70.64827),
    "Innsbruck": (47.26266, 11.39454),
    "Landeck": (47.13988, 10.56593),
    "Arusha": (-3.36667, 36.68333),
    "Mount Kilimanjaro": (-3.076, 37.353),
    "Catania": (37.49223, 15.07041),
    "Mount Etna": (37.751, 14.993),
    "Hamburg": (53.55073, 9.99302),
    "Mombasa": (-4.05466, 39.66359),
}

#: a bare "the capital" under a dateline is the country's capital, not a place the text
#: called the capital of a region (in the capital words or right after them)
REGIONAL_CAPITAL = [
    R("en", "LIMA, Peru (geomap) - Heavy rain hit the Andes. Cusco, the capital of the region, reported landslides. Arequipa, about 770 km south-east of the capital, was spared.", "770 km", "Arequipa", "Lima", "consistent"),
    R("en", "MANILA (geomap) - A typhoon hit the islands. Cebu City, the Central Visayas capital, closed its port. Baguio, about 400 km north of the capital, reported landslides.", "400 km", "Baguio", "Manila", "inconsistent"),
    R("en", "MANILA (geomap) - A typhoon hit the islands. Cebu City, the Central Visayas capital, closed its port. Baguio, about 200 km north of the capital, reported landslides.", "200 km", "Baguio", "Manila", "consistent"),
    R("de", "BANGKOK (geomap) – Starkregen traf den Norden. Chiang Mai, die Hauptstadt der Provinz Chiang Mai, meldete Erdrutsche. Khon Kaen, rund 390 Kilometer nordöstlich der Hauptstadt, blieb verschont.", "390 Kilometer", "Khon Kaen", "Bangkok", "consistent"),
    R("de", "BANGKOK (geomap) – Starkregen traf den Norden. Chiang Mai, die Hauptstadt der Provinz Chiang Mai, meldete Erdrutsche. Khon Kaen, rund 250 Kilometer nordöstlich der Hauptstadt, blieb verschont.", "250 Kilometer", "Khon Kaen", "Bangkok", "inconsistent"),
    R("de", "MADRID (geomap) – Ein Sturm traf den Süden. Sevilla, die Hauptstadt Andalusiens, meldete Schäden. Valladolid, rund 160 Kilometer nordwestlich der Hauptstadt, blieb verschont.", "160 Kilometer", "Valladolid", "Madrid", "consistent"),
]

#: a flying word that is part of a mountain range's name the geoparser did not find ("across
#: the Front Range") does not turn a relative clause's point distance into a range ring, even
#: in a sentence about flights
RANGE_IN_A_NAME = [
    R("en", "DENVER (geomap) - Snow closed the passes. Supplies came from Grand Junction, which lies some 340 km west of Denver across the Front Range.", "340 km", "Grand Junction", "Denver", "consistent", "point"),
    R("en", "DENVER (geomap) - Snow closed the passes. Supplies came from Grand Junction, which lies some 500 km west of Denver across the Front Range.", "500 km", "Grand Junction", "Denver", "inconsistent", "point"),
    R("en", "Helicopters flew in from Albuquerque, which lies about 95 km south-west of Santa Fe beyond the Sandia Range.", "95 km", "Albuquerque", "Santa Fe", "consistent", "point"),
    R("en", "Aid flights left from Nyeri, which lies about 100 km north of Nairobi below the Aberdare Range.", "100 km", "Nyeri", "Nairobi", "consistent", "point"),
    R("en", "Rescue flights took off from Nelson, which lies about 110 km west of Blenheim beyond the Richmond Range.", "110 km", "Nelson", "Blenheim", "inconsistent", "point"),
]

#: a distance set off after a relative clause that ends in a journey's destination
#: describes that destination (the nearest noun), not the clause's antecedent further back
RELATIVE_DESTINATION = [
    R("en", "Nakuru lies about 160 km north-west of Nairobi and draws many visitors, who often continue to Eldoret, about 260 km from Nairobi.", "260 km", "Eldoret", "Nairobi", "consistent"),
    R("en", "Salzburg lies about 140 km east of Munich and draws many visitors, who often travel on to Linz, about 200 km from Salzburg.", "200 km", "Linz", "Salzburg", "inconsistent"),
    R("en", "Mount Kenya lies about 150 km north of Nairobi and draws many climbers, who often continue to Nanyuki, about 200 km from the capital.", "200 km", "Nanyuki", "Nairobi", "inconsistent"),
    R("de", "Salzburg liegt rund 140 Kilometer östlich von München und zieht viele Besucher an, die oft weiter nach Linz reisen, rund 110 Kilometer von Salzburg entfernt.", "110 Kilometer", "Linz", "Salzburg", "consistent"),
    R("de", "Córdoba zieht viele Pilger an, die weiter nach Sevilla ziehen, rund 120 Kilometer südwestlich von Córdoba.", "120 Kilometer", "Sevilla", "Córdoba", "consistent"),
    R("de", "Córdoba zieht viele Pilger an, die weiter nach Sevilla ziehen, rund 200 Kilometer südwestlich von Córdoba.", "200 Kilometer", "Sevilla", "Córdoba", "inconsistent"),
]

#: a relative clause after a place that opens a clause after a semicolon ("...; von <A>,
#: das rund N km ... liegt, ..."): the semicolon starts a new chain of clauses, so <A> is
#: the relative pronoun's place, not a place of the clauses before the semicolon
AFTER_A_SEMICOLON = [
    R("de", "Der Zug fuhr von Köln über Frankfurt nach München; von Frankfurt, das rund 300 Kilometer nordwestlich von München liegt, hatte er eine Stunde Verspätung.", "300 Kilometer", "Frankfurt", "Munich", "consistent"),
    R("de", "Der Zug hatte Verspätung; von Frankfurt, das rund 450 Kilometer nordwestlich von München liegt, fuhr er langsam.", "450 Kilometer", "Frankfurt", "Munich", "inconsistent"),
    R("en", "The train ran from Lyon to Paris; from Dijon, which lies about 260 km south-east of Paris, it was an hour late.", "260 km", "Dijon", "Paris", "consistent"),
    R("en", "Flights were cut; from Perth, which lies about 2,700 km west of Adelaide, only one left.", "2,700 km", "Perth", "Adelaide", "inconsistent"),
]

#: "<X> liegt N km <Richtung> von <A>, bis nach <B> sind es M km": the "von" after a
#: direction word (or after a unit, with "entfernt" after the place) marks the first
#: distance's reference, not the start of a way to <B>; the second distance is <X>'s
SECOND_CLAUSE_TO = [
    R("de", "Dresden liegt rund 165 Kilometer südlich von Berlin, bis nach Prag sind es dagegen nur rund 120 Kilometer.", "120 Kilometer", "Dresden", "Prague", "consistent"),
    R("de", "Dresden liegt rund 165 Kilometer südlich von Berlin, bis nach Prag sind es dagegen nur rund 200 Kilometer.", "200 Kilometer", "Dresden", "Prague", "inconsistent"),
    R("de", "Mendoza liegt rund 1000 Kilometer westlich von Buenos Aires; bis Santiago sind es nur rund 180 Kilometer.", "180 Kilometer", "Mendoza", "Santiago", "consistent"),
    R("de", "Nakuru liegt rund 140 Kilometer nordwestlich von Nairobi, bis nach Eldoret sind es rund 300 Kilometer.", "300 Kilometer", "Nakuru", "Eldoret", "inconsistent"),
    R("de", "Nakuru liegt mehr als 100 Kilometer von Nairobi entfernt, bis nach Eldoret sind es dagegen rund 130 Kilometer.", "130 Kilometer", "Nakuru", "Eldoret", "consistent"),
]

#: a road word in a clause that contrasts with the distance's ("..., but the road is
#: closed") does not make a from/to distance a route with the road's allowance: it stays
#: a straight line, and a too long one is false
CONTRAST_CLAUSE = [
    R("en", "From Nairobi it is about 140 km to Nakuru, but the road is closed.", "140 km", "Nairobi", "Nakuru", "consistent", "point", True),
    R("en", "From Nairobi it is about 190 km to Nakuru, but the road is closed.", "190 km", "Nairobi", "Nakuru", "inconsistent", "point", True),
    R("en", "\"It is only 80 km to Innsbruck from here, but the road is closed,\" said an innkeeper in Landeck.", "80 km", "Landeck", "Innsbruck", "inconsistent", "point", True),
    R("de", "Bis Innsbruck sind es von Landeck aus rund 90 Kilometer, doch die Straße ist gesperrt.", "90 Kilometer", "Landeck", "Innsbruck", "inconsistent", "point", True),
    R("de", "„Bis Innsbruck sind es von hier nur 65 Kilometer, aber die Straße ist gesperrt“, sagte ein Wirt in Landeck.", "65 Kilometer", "Landeck", "Innsbruck", "consistent", "point", True),
]

#: a way's end named through the part of a feature it reaches ("to the summit of <X>",
#: "bis zum Gipfel des <X>"): <X> is the end, so a flight from <A> has two ends to check
#: (a from/to journey is a route, docs/claims.md "Route or straight line": up to 1.5 times
#: the straight line)
FEATURE_PART_END = [
    R("en", "A helicopter flew about 100 km from Arusha to the summit of Mount Kilimanjaro.", "100 km", "Arusha", "Mount Kilimanjaro", "consistent", "route", True),
    R("en", "A drone flew about 90 km from Catania to the crater of Mount Etna.", "90 km", "Catania", "Mount Etna", "inconsistent", "route", True),
    R("de", "Eine Drohne flog rund 40 Kilometer von Catania bis zum Gipfel des Ätna.", "40 Kilometer", "Catania", "Mount Etna", "consistent", "route", True),
    R("de", "Ein Hubschrauber flog rund 150 Kilometer von Arusha bis zum Gipfel des Kilimandscharo.", "150 Kilometer", "Arusha", "Mount Kilimanjaro", "inconsistent", "route", True),
]

#: a link verb with the length before its pair ("die seit 1990 auf rund N km <A> und <B>
#: verbindet", "has linked <A> and <B> over some N km"): a way's length between the two,
#: checked as a route (up to 1.5 times the straight line)
LINKED_OVER = [
    R("de", "Die Bahn, die seit 1990 auf rund 600 Kilometern Hamburg und München verbindet, fiel aus.", "600 Kilometern", "Hamburg", "Munich", "consistent", "route", True),
    R("de", "Die Bahn, die seit 1990 auf rund 1200 Kilometern Hamburg und München verbindet, fiel aus.", "1200 Kilometern", "Hamburg", "Munich", "inconsistent", "route", True),
    R("de", "Die Bahn, die seit 2017 auf rund 470 Kilometern Mombasa und Nairobi verbindet, fiel aus.", "470 Kilometern", "Mombasa", "Nairobi", "consistent", "route", True),
    R("en", "The railway, which has linked Perth and Adelaide over some 2,600 km since 1970, was closed.", "2,600 km", "Perth", "Adelaide", "consistent", "route", True),
    R("en", "The railway has linked Perth and Adelaide over some 4,000 km since 1970.", "4,000 km", "Perth", "Adelaide", "inconsistent", "route", True),
]
# fmt: on


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.lang}-{r.quantity}-{i}") for i, r in enumerate(REGIONAL_CAPITAL)],
)
def test_bare_capital_is_not_a_regional_capital(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.lang}-{r.quantity}-{i}") for i, r in enumerate(RANGE_IN_A_NAME)],
)
def test_range_in_a_name_is_no_flight(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("de", "Die Drohne war von Belgorod aus rund 900 Kilometer geflogen.", "900 Kilometer"),
        ("en", "The drone flew about 300 km from Odesa before it came down.", "300 km"),
    ],
)
def test_a_flight_word_still_makes_a_range(
    analyze: Callable[..., Any], lang: str, text: str, number: str
) -> None:
    """The German nouns of flying are always capitalised, and a lower-case one is still a
    word of flying: the name rule leaves them ranges."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    got = [c for c in a.claims if number in c.stated.text or c.stated.text in number]
    assert got and got[0].form == "range", [(c.stated.text, c.form) for c in a.claims]


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.lang}-{r.quantity}-{i}") for i, r in enumerate(RELATIVE_DESTINATION)],
)
def test_relative_clause_destination(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.lang}-{r.quantity}-{i}") for i, r in enumerate(AFTER_A_SEMICOLON)],
)
def test_relative_clause_after_a_semicolon(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.lang}-{r.quantity}-{i}") for i, r in enumerate(SECOND_CLAUSE_TO)],
)
def test_second_clause_to_keeps_the_subject(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.lang}-{r.quantity}-{i}") for i, r in enumerate(CONTRAST_CLAUSE)],
)
def test_contrasting_road_clause_is_no_route(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.lang}-{r.quantity}-{i}") for i, r in enumerate(FEATURE_PART_END)],
)
def test_way_to_a_part_of_a_feature(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    [pytest.param(r, id=f"{r.lang}-{r.quantity}-{i}") for i, r in enumerate(LINKED_OVER)],
)
def test_link_verb_with_the_length_first(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
