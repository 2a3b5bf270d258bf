# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 24 (docs/claims.md, "Session 24 (2026-12-05): batch BJ, ..."): four classes of
wrong pairs found on dev batch BJ, each tested here on
sentences written for this file (central Spain, the Bay Area, Franconia, the Rhine-Main
area, Kyushu, Tasmania, Western Australia's south coast, Mecklenburg), none from a corpus
article.

- ``<X>, <A>'s neighbour to the east, lies N km away`` / ``<X>, <A>s Nachbarstadt im
  Osten, liegt N km entfernt``: <X> is the subject, <A> the reference (before: the
  possessor was read as the subject and <X> as the reference, or the dateline as the
  reference); a German genitive before its noun is no cut-off longer name (before: such
  a false claim was left unverifiable);
- ``the port town``, ``der Hafenstadt`` after ``the port town of <X>`` / ``Die Hafenstadt
  <X>`` any number of sentences before: <X> (before: the last coastal town named);
- ``Rund N km weiter südlich liegt <B>`` after a sentence naming the island <B> lies on:
  the onward distance goes on from the dateline's town, not from the island (before: 0 km
  to the island, a true sentence called inconsistent).
- ``The road from <A> to <B>, <a short aside naming no town>, a drive of N km``: the route
  from <A> to <B> (before: no claim); an aside naming a town keeps no route.

The truth is computed from hand points with geographiclib, never through geomap's code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

from tests.support.claims_builders import (
    assert_both_languages_both_truths,
    assert_pair_and_verdict,
    claim_on,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")

_G = Geodesic.WGS84

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Alcalá de Henares": (40.4818, -3.3643),
    "Madrid": (40.4168, -3.7038),
    "Oakland": (37.8044, -122.2712),
    "San Francisco": (37.7749, -122.4194),
    "Fürth": (49.4771, 10.9887),
    "Nuremberg": (49.4521, 11.0767),
    "Offenbach": (50.0956, 8.7761),
    "Frankfurt am Main": (50.1109, 8.6821),
    "Kumamoto": (32.8031, 130.7079),
    "Fukuoka": (33.5904, 130.4017),
    "Launceston": (-41.4332, 147.1441),
    "Hobart": (-42.8821, 147.3272),
    "Esperance": (-33.8613, 121.8914),
    "Albany": (-35.0269, 117.8837),
    "Wismar": (53.8921, 11.4654),
    "Rostock": (54.0924, 12.0991),
    "Calgary": (51.0447, -114.0719),
    "Edmonton": (53.5461, -113.4938),
    "Graz": (47.0707, 15.4395),
    "Villach": (46.6103, 13.8558),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
NEIGHBOURS = [
    ("en", "TOLEDO (geomap) - Heat hit central Spain. Alcalá de Henares, Madrid's neighbour to the east, lies about 30 km away.", "about 30 km", "Alcalá de Henares", "Madrid", 30.0, True),
    ("en", "SACRAMENTO (geomap) - Storms hit California. Oakland, San Francisco's neighbour across the bay, lies about 60 km away.", "about 60 km", "Oakland", "San Francisco", 60.0, False),
    ("de", "MÜNCHEN (dpa) - Unwetter in Bayern. Fürth, Nürnbergs Nachbarstadt im Westen, liegt knapp 8 Kilometer entfernt.", "knapp 8 Kilometer", "Fürth", "Nuremberg", 8.0, True),
    ("de", "KÖLN (dpa) - Unwetter in Hessen. Offenbach, Frankfurts Nachbarstadt im Osten, liegt rund 40 Kilometer entfernt.", "rund 40 Kilometer", "Offenbach", "Frankfurt am Main", 40.0, False),
]

DESCRIBED = [
    ("en", "PERTH (geomap) - Storms lashed the south coast. The port town of Albany closed its harbour. In Bunbury, a bridge was shut. Esperance, about 390 km east of the port town, lost power.", "about 390 km", "Esperance", "Albany", 390.0, True),
    ("en", "PERTH (geomap) - Storms lashed the south coast. The port town of Albany closed its harbour. In Bunbury, a bridge was shut. Esperance, about 700 km east of the port town, lost power.", "about 700 km", "Esperance", "Albany", 700.0, False),
    ("de", "SCHWERIN (dpa) - Sturmflut an der Ostsee. Die Hafenstadt Rostock meldete Schäden. Auch in Stralsund brach ein Deich. Wismar, rund 50 Kilometer westlich der Hafenstadt, blieb verschont.", "rund 50 Kilometer", "Wismar", "Rostock", 50.0, True),
    ("de", "SCHWERIN (dpa) - Sturmflut an der Ostsee. Die Hafenstadt Rostock meldete Schäden. Auch in Stralsund brach ein Deich. Wismar, rund 120 Kilometer westlich der Hafenstadt, blieb verschont.", "rund 120 Kilometer", "Wismar", "Rostock", 120.0, False),
]

ISLANDS = [
    ("en", "HOBART (geomap) - A storm hit Tasmania on Monday. About 160 km further north lies Launceston.", "About 160 km", "Launceston", "Hobart", 160.0, True),
    ("en", "HOBART (geomap) - A storm hit Tasmania on Monday. About 300 km further north lies Launceston.", "About 300 km", "Launceston", "Hobart", 300.0, False),
    ("de", "FUKUOKA (dpa) - Ein Taifun hat die Insel Kyushu erreicht. Rund 90 Kilometer weiter südlich liegt Kumamoto.", "Rund 90 Kilometer", "Kumamoto", "Fukuoka", 90.0, True),
    ("de", "FUKUOKA (dpa) - Ein Taifun hat die Insel Kyushu erreicht. Rund 200 Kilometer weiter südlich liegt Kumamoto.", "Rund 200 Kilometer", "Kumamoto", "Fukuoka", 200.0, False),
]
# fmt: on

ROWS = NEIGHBOURS + DESCRIBED + ISLANDS

#: (language, text, the stated words, start, end, stated km, truth): a way's length set
#: off after a short aside that names no town; a road's truth allows its detour
# fmt: off
ROUTES_AFTER_ASIDE = [
    ("en", "EDMONTON (geomap) - Snow. The road from Calgary to Edmonton, through the open prairie, a drive of about 300 km, was closed.", "about 300 km", "Calgary", "Edmonton", 300.0, True),
    ("en", "EDMONTON (geomap) - Snow. The road from Calgary to Edmonton, through the open prairie, a drive of about 150 km, was closed.", "about 150 km", "Calgary", "Edmonton", 150.0, False),
    ("de", "WIEN (dpa) - Die Straße von Graz nach Villach, an der Grenze zu Slowenien, eine Strecke von rund 160 Kilometern, ist gesperrt.", "rund 160 Kilometern", "Graz", "Villach", 160.0, True),
    ("de", "WIEN (dpa) - Die Straße von Graz nach Villach, an der Grenze zu Slowenien, eine Strecke von rund 60 Kilometern, ist gesperrt.", "rund 60 Kilometern", "Graz", "Villach", 60.0, False),
]
# fmt: on


def _km(a: str, b: str) -> float:
    (la, lo), (lb, lob) = AT[a], AT[b]
    return float(_G.Inverse(la, lo, lb, lob)["s12"] / 1000.0)


def _near(p: Any, name: str) -> bool:
    lat, lon = AT[name]
    return p is not None and p.lat is not None and _km_to(p, lat, lon) < 15.0


def _km_to(p: Any, lat: float, lon: float) -> float:
    return float(_G.Inverse(p.lat, p.lon, lat, lon)["s12"] / 1000.0)


@pytest.mark.parametrize(
    "table",
    [NEIGHBOURS, DESCRIBED, ISLANDS, ROUTES_AFTER_ASIDE],
    ids=["neighbour", "described", "island", "route-aside"],
)
def test_tables_are_balanced(table: list[tuple[Any, ...]]) -> None:
    assert_both_languages_both_truths(table)


@pytest.mark.parametrize("row", ROWS, ids=[f"{r[0]}-{r[2]}-{r[3]}" for r in ROWS])
def test_pair_and_verdict(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    assert_pair_and_verdict(analyze, AT, row)


@pytest.mark.parametrize("row", ROUTES_AFTER_ASIDE, ids=[r[2] for r in ROUTES_AFTER_ASIDE])
def test_route_after_aside(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    lang, text, quantity, start, end, stated, truth = row
    ratio = stated / _km(start, end)
    assert (1.0 <= ratio <= 1.3) if truth else ratio <= 0.6
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.form == "route", claim.explanation
    assert {_near(claim.subject, start), _near(claim.reference, end)} == {True}, claim.explanation
    assert claim.verdict == ("consistent" if truth else "inconsistent"), claim.explanation


# guards: look-alikes whose reading must not change
# fmt: off
GUARDS = [
    # a neighbour named with "of", no possessive: unchanged (the named place)
    ("en", "NAIROBI (geomap) - Drought hit Kenya. Thika, a neighbour of Nairobi, lies about 40 km away.", "about 40 km", "Thika", "Nairobi"),
    # a possessive neighbour apposition and a reference of the distance's own: that reference
    ("en", "SACRAMENTO (geomap) - Storms hit. Oakland, San Francisco's neighbour across the bay, lies about 110 km south-west of Sacramento.", "about 110 km", "Oakland", "Sacramento"),
    ("de", "MÜNCHEN (dpa) - Unwetter. Fürth, Nürnbergs Nachbarstadt im Westen, liegt rund 150 Kilometer nördlich von München.", "rund 150 Kilometer", "Fürth", "München"),
    # an aside naming a town between the way and its length: no route of those ends
    # (tested below: no claim on the quantity)
    # an island named as a reference: still the island
    ("en", "MELBOURNE (geomap) - A storm hit Tasmania on Monday. Launceston lies about 40 km south of Bass Strait.", "about 40 km", "Launceston", "Bass Strait"),
]
# fmt: on

_GUARD_AT = {
    "Thika": (-1.0333, 37.0693),
    "Nairobi": (-1.2921, 36.8219),
    "Oakland": AT["Oakland"],
    "Sacramento": (38.5816, -121.4944),
    "Fürth": AT["Fürth"],
    "München": (48.1351, 11.5820),
    "Launceston": AT["Launceston"],
}


@pytest.mark.parametrize("row", GUARDS, ids=[f"{r[0]}-{r[2]}" for r in GUARDS])
def test_guards(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    lang, text, quantity, subject, reference = row
    claim = claim_on(analyze, lang, text, quantity)
    s = claim.subject
    assert s is not None and _km_to(s, *_GUARD_AT[subject]) < 15.0, claim.explanation
    r = claim.reference
    assert r is not None, claim.explanation
    if reference in _GUARD_AT:
        assert _km_to(r, *_GUARD_AT[reference]) < 15.0, claim.explanation
    else:
        assert r.name == reference, claim.explanation


# fmt: off
NO_ROUTE = [
    ("en", "LUSAKA, Zambia (AP) - Maize. The road from Kabwe to Ndola, near Kapiri Mposhi, a drive of about 300 km, is the only route.", "about 300 km"),
    ("de", "WIEN (dpa) - Die Straße von Graz nach Villach, bei Klagenfurt, eine Strecke von rund 160 Kilometern, ist gesperrt.", "rund 160 Kilometern"),
]
# fmt: on


@pytest.mark.parametrize("row", NO_ROUTE, ids=[r[0] for r in NO_ROUTE])
def test_aside_with_a_town_keeps_no_route(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    lang, text, quantity = row
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    assert not [c for c in a.claims if c.form == "route" and quantity in c.stated.text], a.claims
