# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 15's reading classes found in the dev misses of batch AA (docs/claims.md,
"Fourteenth pass"), in other wording and other regions than the batch, both languages: a
country whose capital bears its name (Luxembourg, Mexico City, Guatemala City) as an end of
a distance between places is that capital, not the country's nearest border; a bare ``the
capital`` / ``der Hauptstadt`` in a story filed from another country's capital is the
capital of the country the distance is in, when the text named it before.

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
    "Luxembourg": (49.6116, 6.1319), "Trier": (49.7499, 6.6371),
    "Mexico City": (19.4326, -99.1332), "Cuernavaca": (18.9186, -99.2342),
    "Guatemala City": (14.6349, -90.5069), "Antigua Guatemala": (14.5586, -90.7295),
    "Ljubljana": (46.0569, 14.5058), "Celje": (46.2397, 15.2677),
    "Prague": (50.0755, 14.4378), "Plzeň": (49.7384, 13.3736),
}
# fmt: on

R = Row
# fmt: off
NAMESAKE_CAPITALS = [
    R("en", "Trier lies about 40 km north-east of Luxembourg.", "about 40 km", "Trier", "Luxembourg", "consistent"),
    R("de", "Cuernavaca liegt rund 58 Kilometer südlich von Mexiko.", "rund 58 Kilometer", "Cuernavaca", "Mexico City", "consistent"),
    R("en", "Antigua Guatemala, the old colonial town, is some 45 km west of Guatemala.", "some 45 km", "Antigua Guatemala", "Guatemala City", "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", NAMESAKE_CAPITALS, ids=[f"{r.lang}-{r.quantity}" for r in NAMESAKE_CAPITALS]
)
def test_country_named_like_its_capital_is_the_capital(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``N km north-east of Luxembourg``: the country shares its capital's name, and a
    distance between places measures to the city (read as the country, the distance would
    go to its nearest border, or be 0 km from a town inside it)."""
    check_row(analyze, row, AT)


def test_border_of_a_namesake_country_stays_a_border(analyze: Callable[..., Any]) -> None:
    """A distance to the border of such a country is still to the border line, not to the
    capital of the same name."""
    a = analyze(
        "Basra lies about 50 km from the border with Kuwait.",
        lang="en",
        date="2026-06-01",
        events=False,
    )
    found = [c for c in a.claims if c.stated.text == "about 50 km"]
    assert found, [c.stated.text for c in a.claims]
    c = found[0]
    assert c.reference is not None and c.reference.geometry == "border", c.reference
    assert c.form == "border"


# fmt: off
CAPITAL_ABROAD = [
    R("en", "VIENNA (geomap) - Storms swept across Slovenia on Monday. In Ljubljana, trees fell on cars. Celje, about 60 km east of the capital, lost power.", "about 60 km", "Celje", "Ljubljana", "consistent"),
    R("de", "BERLIN (geomap) – Hochwasser in Tschechien: In Prag stieg die Moldau um zwei Meter. Pilsen, rund 85 Kilometer südwestlich der Hauptstadt, meldete Überschwemmungen.", "rund 85 Kilometer", "Plzeň", "Prague", "consistent"),
    R("de", "BERLIN (geomap) – Hochwasser in Tschechien: In Prag stieg die Moldau um zwei Meter. Pilsen, rund 150 Kilometer südwestlich der Hauptstadt, meldete Überschwemmungen.", "rund 150 Kilometer", "Plzeň", "Prague", "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", CAPITAL_ABROAD, ids=[f"{r.lang}-{r.quantity}" for r in CAPITAL_ABROAD]
)
def test_bare_capital_under_a_foreign_dateline(analyze: Callable[..., Any], row: Row) -> None:
    """Filed from Vienna or Berlin about Slovenia or Czechia, ``the capital`` of a
    distance from a Slovenian or Czech town is Ljubljana or Prague, named before, not the
    dateline's city."""
    check_row(analyze, row, AT)


def test_bare_capital_at_home_stays_the_datelines(analyze: Callable[..., Any]) -> None:
    """Filed from the capital of the country the distance is in, ``the capital`` is the
    dateline's city even when another country's capital was named before."""
    row = R(
        "en",
        "PRAGUE (geomap) - Floods also hit Austria, and Vienna closed its parks. Plzeň, about 85 km south-west of the capital, reported flooding.",
        "about 85 km",
        "Plzeň",
        "Prague",
        "consistent",
    )
    check_row(analyze, row, AT)


#: more hand coordinates for the coast rows
AT.update(
    {
        "Galway": (53.2707, -9.0568),
        "Clifden": (53.4890, -10.0190),
        "Málaga": (36.7213, -4.4214),
        "Marbella": (36.5101, -4.8825),
    }
)

# fmt: off
COAST_AFTER_INLAND = [
    R("en", "Waves battered Galway on Sunday. In Athenry, inland, roads were flooded. Clifden, about 75 km further up the coast, lost power.", "about 75 km", "Clifden", "Galway", "consistent", form="point"),
    R("de", "Die Wellen trafen Málaga. In Antequera im Landesinneren fiel der Strom aus. Marbella, rund 55 Kilometer weiter die Küste hinunter, meldete Schäden.", "rund 55 Kilometer", "Marbella", "Málaga", "consistent", form="point"),
    R("de", "Die Wellen trafen Málaga. In Antequera im Landesinneren fiel der Strom aus. Marbella, rund 140 Kilometer weiter die Küste hinunter, meldete Schäden.", "rund 140 Kilometer", "Marbella", "Málaga", "inconsistent", form="point"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", COAST_AFTER_INLAND, ids=[f"{r.lang}-{r.quantity}" for r in COAST_AFTER_INLAND]
)
def test_further_along_the_coast_skips_a_place_said_inland(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``N km further up/down the coast`` goes on from the coastal place the text stood at,
    not from a town it has just called inland (``In <B>, inland, ...``, ``In <B> im
    Landesinneren``). A town placed along a coast is a straight line (decision of session
    25, docs/claims.md: a coast is no road; before, a road length with the route
    allowance); the verdicts are the same either way here."""
    check_row(analyze, row, AT)


AT.update(
    {
        "Nairobi": (-1.2864, 36.8172),
        "Mombasa": (-4.0435, 39.6682),
        "Kisumu": (-0.0917, 34.7680),
        "Piraeus": (37.9420, 23.6465),
        "Mykonos": (37.4467, 25.3289),
        "Heraklion": (35.3387, 25.1442),
    }
)

# fmt: off
RESPECTIVELY_AWAY = [
    R("en", "Flights from Nairobi to Mombasa and Kisumu, about 440 km and 265 km away respectively, were cancelled.", "about 440 km", "Mombasa", "Nairobi", "consistent"),
    R("en", "Flights from Nairobi to Mombasa and Kisumu, about 440 km and 265 km away respectively, were cancelled.", "265 km", "Kisumu", "Nairobi", "consistent"),
    R("de", "Die Fähren von Piräus nach Mykonos und Heraklion, rund 160 beziehungsweise 520 Kilometer entfernt, fielen aus.", "rund 160", "Mykonos", "Piraeus", "consistent"),
    R("de", "Die Fähren von Piräus nach Mykonos und Heraklion, rund 160 beziehungsweise 520 Kilometer entfernt, fielen aus.", "520 Kilometer", "Heraklion", "Piraeus", "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", RESPECTIVELY_AWAY, ids=[f"{r.lang}-{r.quantity}" for r in RESPECTIVELY_AWAY]
)
def test_respectively_away_is_from_the_place_before_the_list(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``from <R> to <A> and <B>, N km and M km away respectively``: each distance is its
    own list item's, and ``away`` measures from the place before the list, never from
    another item of it."""
    check_row(analyze, row, AT, quantity_either_way=False)


AT.update(
    {
        "Nakuru": (-0.3031, 36.0800),
        "Sevilla": (37.3891, -5.9845),
        "Cádiz": (36.5271, -6.2886),
    }
)

# fmt: off
ROUTE_TO_A_DESIGNATED_PLACE = [
    R("de", "Von Nakuru aus sind es auf der Straße rund 180 Kilometer bis zum Flughafen Nairobi.", "rund 180 Kilometer", "Nakuru", "Nairobi", "consistent", form="route", either_way=True),
    R("de", "Von Sevilla aus sind es auf der Autobahn rund 135 Kilometer bis zum Hafen Cádiz.", "rund 135 Kilometer", "Sevilla", "Cádiz", "consistent", form="route", either_way=True),
    R("de", "Von Sevilla aus sind es rund 60 Kilometer bis zum Hafen Cádiz.", "rund 60 Kilometer", "Sevilla", "Cádiz", "inconsistent", form="point", either_way=True),
]
# fmt: on


@pytest.mark.parametrize(
    "row",
    ROUTE_TO_A_DESIGNATED_PLACE,
    ids=[f"{r.lang}-{r.quantity}" for r in ROUTE_TO_A_DESIGNATED_PLACE],
)
def test_route_to_a_designated_place(analyze: Callable[..., Any], row: Row) -> None:
    """``Von A aus sind es N Kilometer bis zum Flughafen B``: a designator between the
    to-marker and the name (``Flughafen``, ``Hafen``) keeps B the route's end, so the
    distance is a route with its allowance, as ``bis nach B`` is."""
    check_row(analyze, row, AT)


# fmt: off
UNKNOWN_SUBJECT_WITH_TWO_DISTANCES = [
    ("en", "NAIROBI (geomap) - Nakuru was flooded. Kwambwaka lies about 60 km west of Nairobi and 90 km south of Nakuru.", "about 60 km", "Nakuru"),
    ("de", "WIEN (geomap) – In Graz regnete es. Oberzwickl liegt rund 50 Kilometer südlich von Wien und 120 Kilometer nördlich von Graz.", "rund 50 Kilometer", "Graz"),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,text,quantity,later",
    UNKNOWN_SUBJECT_WITH_TWO_DISTANCES,
    ids=[r[2] for r in UNKNOWN_SUBJECT_WITH_TWO_DISTANCES],
)
def test_place_after_a_second_distance_is_no_subject(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str, later: str
) -> None:
    """``<Unknown> lies N km west of <A> and M km south of <B>``: <B> is the second
    distance's reference; the first distance's subject is the name geomap does not know,
    so the claim has none (unverifiable), never <B> (which called a true claim false)."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if c.stated.text == quantity]
    assert found, [c.stated.text for c in a.claims]
    c = found[0]
    assert c.subject is None or later not in c.subject.name, c.subject
    assert c.verdict != "inconsistent", c.explanation


def test_place_right_after_the_reference_is_still_the_subject(
    analyze: Callable[..., Any],
) -> None:
    """The inverted order without a second distance still reads: ``Rund 40 Kilometer von
    Nairobi entfernt liegt Thika``."""
    a = analyze(
        "Rund 40 Kilometer von Nairobi entfernt liegt Thika.",
        lang="de",
        date="2026-06-01",
        events=False,
    )
    c = next(c for c in a.claims if c.stated.text == "Rund 40 Kilometer")
    assert c.subject is not None and c.subject.name == "Thika"


AT.update(
    {
        "Passau": (48.5740, 13.4610),
        "Munich": (48.1372, 11.5755),
        "Aswan": (24.0889, 32.8998),
        "Luxor": (25.6872, 32.6396),
        "Vienna": (48.2082, 16.3738),
        "Linz": (48.3069, 14.2858),
    }
)

# fmt: off
WATER_WHERE_THE_SUBJECT_LIES = [
    R("de", "Passau liegt an der Donau, rund 150 Kilometer östlich von München.", "rund 150 Kilometer", "Passau", "Munich", "consistent"),
    R("de", "Linz liegt an der Donau, rund 300 Kilometer westlich von Wien.", "rund 300 Kilometer", "Linz", "Vienna", "inconsistent"),
    R("en", "Aswan lies on the Nile, about 180 km south of Luxor.", "about 180 km", "Aswan", "Luxor", "consistent"),
    R("en", "Kisumu sits on the shore of Lake Victoria, some 265 km west of Nairobi.", "some 265 km", "Kisumu", "Nairobi", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row",
    WATER_WHERE_THE_SUBJECT_LIES,
    ids=[f"{r.lang}-{r.quantity}" for r in WATER_WHERE_THE_SUBJECT_LIES],
)
def test_river_in_a_locative_phrase_is_no_subject(analyze: Callable[..., Any], row: Row) -> None:
    """``<A> liegt an der Donau, rund N km östlich von <B>``: the river (or lake) says where
    <A> lies; the distance set off after the clause describes <A>, not the river."""
    check_row(analyze, row, AT)


AT.update(
    {
        "Lisbon": (38.7223, -9.1393),
        "Sintra": (38.8029, -9.3817),
        "Setúbal": (38.5244, -8.8882),
    }
)

# fmt: off
RESPECTIVELY_WITH_DIRECTIONS = [
    R("en", "Sintra and Setúbal lie about 25 km west and 30 km south-east of Lisbon respectively.", "about 25 km", "Sintra", "Lisbon", "consistent"),
    R("en", "Sintra and Setúbal lie about 25 km west and 30 km south-east of Lisbon respectively.", "30 km", "Setúbal", "Lisbon", "consistent"),
    R("en", "Sintra and Setúbal lie about 25 km east and 30 km south-east of Lisbon respectively.", "about 25 km", "Sintra", "Lisbon", "inconsistent"),
    R("de", "Sintra und Setúbal liegen rund 25 Kilometer westlich beziehungsweise 30 Kilometer südöstlich von Lissabon.", "rund 25 Kilometer", "Sintra", "Lisbon", "consistent"),
    R("de", "Sintra und Setúbal liegen rund 25 Kilometer westlich beziehungsweise 30 Kilometer südöstlich von Lissabon.", "30 Kilometer", "Setúbal", "Lisbon", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row",
    RESPECTIVELY_WITH_DIRECTIONS,
    ids=[f"{r.lang}-{r.quantity}-{i}" for i, r in enumerate(RESPECTIVELY_WITH_DIRECTIONS)],
)
def test_respectively_items_keep_their_own_directions(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<A> and <B> lie N km west and M km south-east of <R> respectively``: each distance
    of the list has its own direction, checked for its own place; the reference is shared."""
    check_row(analyze, row, AT, quantity_either_way=False)
