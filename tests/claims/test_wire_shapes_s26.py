# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 26 (docs/claims.md, "Session 26: batch BO"): classes found on dev batch BO, each
tested on sentences written for this file (Kenya, Western Australia, Colorado, Peru,
Queensland, Bavaria, Lower Austria, the Amazon, Sikkim, the Danube), none from a corpus
article.

- ``<verb> near / toward / over <A>, a <noun> about N km <direction> of <B>``: English noun
  phrases end at a function word and a qualifier (``about``, ``some``, ``roughly``,
  ``nearly``) is none, so the apposition's phrase read ``a town about``, ran into the
  distance, and the claim lost its subject (no claim at all). Cut short of the distance,
  the phrase is the apposition of the place before the comma.
- ``<Unknown> Island, about N km off the coast``: an English phrase of capitalised words
  with a feature noun for its head and no article is a name the geoparser did not read,
  not a description (before: ``the island``, the dateline's town, a true claim
  ``inconsistent``).
- ``The island, ...``, ``The district, ...``: an English unit noun as a head (``island``,
  ``district``, ``province``, ``county``) is the unit, no regional capital (before: read as
  ``the island capital`` it stood for the dateline's town). ``the state capital``, ``the
  island capital``, ``der Landeshauptstadt``, ``der Inselhauptstadt`` stay capitals.
- ``<X>, a four-hour drive of some N miles from <Y>``, ``<X>, eine einstündige Fahrt von
  rund N Kilometern von <Y> entfernt``: a way's length set off after the place it leads
  to, with a travel time or a means of travel before the way noun (lexicon
  ``route_apposition_lead`` with up to two modifiers), is a route with its detour
  allowance (before: a straight line, a true road figure ``inconsistent``).
- ``<A> is N km east of <R>, while <B> is about M km to the south-west``: a bare
  direction is seen from where the sentence stood (<A>), a reader's guess; when <R>, the
  place the sentence passed between <A> and <B>, fits the figure, the claim is not called
  ``inconsistent`` (unverifiable, with the reason); a figure that fits neither stays
  ``inconsistent``.
- ``<B>, some N km upriver from <Unknown>``, ``rund N Kilometer flussaufwärts von
  <Unbekannt>``: the way names its own start, one the geoparser did not read; before, the
  place the text stood at was borrowed as the start (a wrong pair).

The truth is computed from hand points with geographiclib, never through geomap's code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_builders import (
    assert_both_languages_both_truths,
    assert_no_checked_claim,
    assert_pair_and_verdict,
    claim_on,
    km,
    near_point,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Garissa": (-0.4536, 39.6401),
    "Nairobi": (-1.2921, 36.8219),
    "Carnarvon": (-24.8840, 113.6594),
    "Perth": (-31.9523, 115.8613),
    "Boulder": (40.0150, -105.2705),
    "Denver": (39.7392, -104.9903),
    "Huaraz": (-9.5300, -77.5283),
    "Lima": (-12.0464, -77.0428),
    "Noosa Heads": (-26.3943, 153.0901),
    "Brisbane": (-27.4698, 153.0251),
    "Garmisch-Partenkirchen": (47.4917, 11.0955),
    "München": (48.1351, 11.5820),
    "Krems": (48.4102, 15.6036),
    "Wien": (48.2082, 16.3738),
    "Novo Airão": (-2.6206, -60.9436),
    "Manacapuru": (-3.2997, -60.6206),
    "Vilshofen": (48.6364, 13.1872),
    "Passau": (48.5665, 13.4312),
    "Hilo": (19.7297, -155.0900),
    "Honolulu": (21.3069, -157.8583),
    "Alcúdia": (39.8530, 3.1210),
    "Palma": (39.5696, 2.6502),
    "Kufstein": (47.5833, 12.1667),
    "Innsbruck": (47.2692, 11.4041),
    "Dar es Salaam": (-6.7924, 39.2083),
    "Gulu": (2.7724, 32.2881),
    "Flagstaff": (35.1983, -111.6513),
    "Tucson": (32.2226, -110.9747),
    "Puno": (-15.8402, -70.0219),
    "Cusco": (-13.5320, -71.9675),
    "Tromsø": (69.6492, 18.9553),
    "Alta": (69.9689, 23.2716),
    "Narvik": (68.4385, 17.4273),
    "Fes": (34.0181, -5.0078),
    "Meknes": (33.8950, -5.5547),
    "Taza": (34.2100, -4.0100),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
APPOSED = [
    ("en", "NAIROBI, Kenya (Reuters) - Floods destroyed 300 homes in Garissa, a market town roughly 350 km east of Nairobi, on Sunday.", "roughly 350 km", "Garissa", "Nairobi", 350.0, True),
    ("en", "DENVER (AP) - A wildfire started near Boulder, a university town about 40 km north-west of Denver, on Monday.", "about 40 km", "Boulder", "Denver", 40.0, True),
    ("en", "BRISBANE, Australia (AP) - A bushfire burned toward Noosa Heads, a beach town some 130 km north of the city, on Monday.", "some 130 km", "Noosa Heads", "Brisbane", 130.0, True),
    ("en", "PERTH, Australia (AP) - The cyclone crossed the coast near Carnarvon, the fishing town some 400 km north of the state capital, overnight.", "some 400 km", "Carnarvon", "Perth", 400.0, False),
    ("en", "LIMA, Peru (AP) - A landslide struck near Huaraz, a mountain city nearly 170 km north of Lima, on Tuesday.", "nearly 170 km", "Huaraz", "Lima", 170.0, False),
    # German phrases end at their capitalised head: the class was read before, and stays
    ("de", "MÜNCHEN (dpa) - Das Feuer brach bei Garmisch-Partenkirchen aus, einem Markt rund 80 Kilometer südlich der Landeshauptstadt.", "rund 80 Kilometer", "Garmisch-Partenkirchen", "München", 80.0, True),
    ("de", "MÜNCHEN (dpa) - Das Feuer brach bei Garmisch-Partenkirchen aus, einem Markt rund 150 Kilometer südlich der Landeshauptstadt.", "rund 150 Kilometer", "Garmisch-Partenkirchen", "München", 150.0, False),
    ("de", "WIEN (APA) - Das Hochwasser erreichte am Montag Krems, eine Stadt rund 60 Kilometer westlich der Hauptstadt.", "rund 60 Kilometer", "Krems", "Wien", 60.0, True),
]

#: an apposition after a name the geoparser did not read, or no name at all: no checked claim
NO_SUBJECT = [
    ("en", "DEHRADUN, India (Reuters) - A landslide cut the road near Joshimath. Zzyqnath, the temple town some 22 km north of Joshimath, was cut off.", "some 22 km"),
    ("en", "HOBART, Australia (AP) - Fires burned near Zzyqville, a hamlet about 40 km west of Hobart, on Monday.", "about 40 km"),
    ("en", "LIMA, Peru (AP) - A village about 20 km from Huaraz was flooded on Tuesday.", "about 20 km"),
]

#: a way along a river: its own start, read or unread
ALONG = [
    ("en", "MANAUS, Brazil (AP) - The river rose at Manacapuru. Novo Airão, some 80 km upstream from Manacapuru, was flooded.", "some 80 km", "Novo Airão", "Manacapuru", 80.0, True),
    ("en", "MANAUS, Brazil (AP) - The river rose at Manacapuru. Novo Airão, some 80 km upstream, was flooded.", "some 80 km", "Novo Airão", "Manacapuru", 80.0, True),
    ("de", "PASSAU (dpa) - Die Donau stieg in Passau. Vilshofen, rund 20 Kilometer flussaufwärts von Passau, meldete Hochwasser.", "rund 20 Kilometer", "Vilshofen", "Passau", 20.0, True),
    ("de", "PASSAU (dpa) - Die Donau stieg in Passau. Vilshofen, rund 20 Kilometer flussaufwärts, meldete Hochwasser.", "rund 20 Kilometer", "Vilshofen", "Passau", 20.0, True),
]

UNREAD_START = [
    ("en", "GANGTOK, India (Reuters) - A lake burst on Wednesday. Mangan lost its bridge. Rangpo, some 19 km upriver from Zzyqpur, has been cut off.", "some 19 km"),
    ("en", "MANAUS, Brazil (AP) - The river rose at Manacapuru. Novo Airão, some 80 km upstream from Zzyqporto, was flooded.", "some 80 km"),
    ("de", "PASSAU (dpa) - Die Donau stieg in Passau. Vilshofen, rund 20 Kilometer flussaufwärts von Zzyqdorf, meldete Hochwasser.", "rund 20 Kilometer"),
]
#: a capitalised feature name the geoparser did not read: no checked claim
UNREAD_FEATURE = [
    ("en", "PERTH, Australia (AP) - Qorvath Island, about 50 km off the coast, was evacuated.", "about 50 km"),
    ("en", "HALIFAX, Nova Scotia (CP) - Qorvath Island, about 300 km off the coast, recorded gusts of 150 km/h.", "about 300 km"),
    ("en", "DARWIN, Australia (AP) - Qorvath Creek, about 50 km off the coast, was cut off.", "about 50 km"),
]

#: a unit noun as a description's head: never the dateline's town (stated words, dateline town)
UNIT_HEAD = [
    ("en", "DAR ES SALAAM, Tanzania (Reuters) - Ferries to Zanzibar were halted. The island, about 90 km off the coast, lost power.", "about 90 km", "Dar es Salaam"),
    ("en", "GULU, Uganda (Reuters) - Rains hit Amuru on Monday. The district, about 40 km north-west of the city, lost two bridges.", "about 40 km", "Gulu"),
]

#: capital phrases below the country stay capitals
REGIONAL_CAPITAL = [
    ("en", "HONOLULU (AP) - Hilo, about 340 km south-east of the state capital, closed its port.", "about 340 km", "Hilo", "Honolulu", 340.0, True),
    ("en", "PALMA, Spain (Reuters) - Alcúdia, about 50 km north-east of the island capital, lost power.", "about 50 km", "Alcúdia", "Palma", 50.0, True),
    ("en", "PALMA, Spain (Reuters) - Alcúdia, about 90 km north-east of the island capital, lost power.", "about 90 km", "Alcúdia", "Palma", 90.0, False),
    ("de", "INNSBRUCK (APA) - Kufstein, rund 70 Kilometer nordöstlich der Landeshauptstadt, meldete Hochwasser.", "rund 70 Kilometer", "Kufstein", "Innsbruck", 70.0, True),
    ("de", "INNSBRUCK (APA) - Kufstein, rund 120 Kilometer nordöstlich der Landeshauptstadt, meldete Hochwasser.", "rund 120 Kilometer", "Kufstein", "Innsbruck", 120.0, False),
    ("de", "PALMA (dpa) - Alcúdia, rund 50 Kilometer nordöstlich der Inselhauptstadt, meldete Sturmschäden.", "rund 50 Kilometer", "Alcúdia", "Palma", 50.0, True),
]
#: a way's length set off after the place it leads to: a route (road figures)
ROUTE_APPOSED = [
    ("en", "TUCSON, Ariz. (AP) - Flagstaff, a four-hour drive of some 260 miles from Tucson, got snow.", "some 260 miles", "Flagstaff", "Tucson", 260 * 1.609344, True),
    ("en", "CUSCO, Peru (AP) - Puno, a six-hour bus ride of about 390 km from Cusco, was cut off.", "about 390 km", "Puno", "Cusco", 390.0, True),
    ("en", "TUCSON, Ariz. (AP) - Flagstaff, a four-hour drive of some 120 miles from Tucson, got snow.", "some 120 miles", "Flagstaff", "Tucson", 120 * 1.609344, False),
    ("en", "CUSCO, Peru (AP) - Puno, a six-hour bus ride of about 150 km from Cusco, was cut off.", "about 150 km", "Puno", "Cusco", 150.0, False),
    ("de", "INNSBRUCK (APA) - Kufstein, eine einstündige Fahrt von rund 80 Kilometern von Innsbruck entfernt, meldete Hochwasser.", "rund 80 Kilometern", "Kufstein", "Innsbruck", 80.0, True),
    ("de", "INNSBRUCK (APA) - Kufstein, eine einstündige Fahrt von rund 40 Kilometern von Innsbruck entfernt, meldete Hochwasser.", "rund 40 Kilometern", "Kufstein", "Innsbruck", 40.0, False),
]
#: (language, text, stated words, subject, the place passed, the place stood at, stated km, truth)
PASSED_ORIGIN = [
    ("en", "OSLO (Reuters) - Alta is some 170 km east of Tromsø, while Narvik is about 150 km to the south-west.", "about 150 km", "Narvik", "Tromsø", "Alta", 150.0, True),
    ("en", "OSLO (Reuters) - Alta is some 170 km east of Tromsø, while Narvik is about 450 km to the south-west.", "about 450 km", "Narvik", "Tromsø", "Alta", 450.0, False),
    ("en", "RABAT, Morocco (Reuters) - Meknes lies about 50 km west of Fes, whereas Taza is some 95 km to the east.", "some 95 km", "Taza", "Fes", "Meknes", 95.0, True),
    ("en", "RABAT, Morocco (Reuters) - Meknes lies about 50 km west of Fes, whereas Taza is some 300 km to the east.", "some 300 km", "Taza", "Fes", "Meknes", 300.0, False),
    ("de", "OSLO (dpa) - Alta liegt rund 170 Kilometer östlich von Tromsø, Narvik dagegen etwa 150 Kilometer südwestlich.", "etwa 150 Kilometer", "Narvik", "Tromsø", "Alta", 150.0, True),
    ("de", "OSLO (dpa) - Alta liegt rund 170 Kilometer östlich von Tromsø, Narvik dagegen etwa 450 Kilometer südwestlich.", "etwa 450 Kilometer", "Narvik", "Tromsø", "Alta", 450.0, False),
    ("de", "RABAT (dpa) - Meknès liegt rund 50 Kilometer westlich von Fès, Taza hingegen etwa 95 Kilometer östlich.", "etwa 95 Kilometer", "Taza", "Fes", "Meknes", 95.0, True),
    ("de", "RABAT (dpa) - Meknès liegt rund 50 Kilometer westlich von Fès, Taza hingegen etwa 300 Kilometer östlich.", "etwa 300 Kilometer", "Taza", "Fes", "Meknes", 300.0, False),
]
# fmt: on


def test_the_apposition_tables_hold_both_languages_and_both_truths() -> None:
    assert_both_languages_both_truths(APPOSED)


@pytest.mark.parametrize("row", APPOSED, ids=[r[3] + "-" + str(r[6]) for r in APPOSED])
def test_an_apposition_running_into_its_distance_describes_the_place_before_it(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_pair_and_verdict(analyze, AT, row)


@pytest.mark.parametrize("row", NO_SUBJECT, ids=[r[2] for r in NO_SUBJECT])
def test_an_apposition_of_no_read_place_makes_no_checked_claim(
    analyze: Callable[..., Any], row: tuple[str, str, str]
) -> None:
    assert_no_checked_claim(analyze, *row)


@pytest.mark.parametrize("row", ALONG, ids=[r[0] + "-" + r[2] for r in ALONG])
def test_a_way_along_a_river_keeps_its_start(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_pair_and_verdict(analyze, AT, row)


@pytest.mark.parametrize("row", UNREAD_START, ids=[r[2] for r in UNREAD_START])
def test_a_way_from_an_unread_name_borrows_no_start(
    analyze: Callable[..., Any], row: tuple[str, str, str]
) -> None:
    assert_no_checked_claim(analyze, *row)


@pytest.mark.parametrize("row", UNREAD_FEATURE, ids=[r[1][:40] for r in UNREAD_FEATURE])
def test_a_capitalised_feature_name_is_no_description(
    analyze: Callable[..., Any], row: tuple[str, str, str]
) -> None:
    assert_no_checked_claim(analyze, *row)


@pytest.mark.parametrize("row", UNIT_HEAD, ids=[r[2] for r in UNIT_HEAD])
def test_a_unit_noun_is_no_regional_capital(
    analyze: Callable[..., Any], row: tuple[str, str, str, str]
) -> None:
    lang, text, quantity, dateline = row
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    lat, lon = AT[dateline]
    for c in a.claims:
        if quantity in c.stated.text:
            assert not near_point(c.subject, lat, lon), c.explanation


def test_the_regional_capital_table_holds_both_languages_and_both_truths() -> None:
    assert_both_languages_both_truths(REGIONAL_CAPITAL)


@pytest.mark.parametrize("row", REGIONAL_CAPITAL, ids=[r[0] + "-" + r[2] for r in REGIONAL_CAPITAL])
def test_a_capital_phrase_below_the_country_stays_a_capital(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_pair_and_verdict(analyze, AT, row)


def test_the_route_apposition_table_holds_both_languages_and_both_truths() -> None:
    assert_both_languages_both_truths(ROUTE_APPOSED)


@pytest.mark.parametrize("row", ROUTE_APPOSED, ids=[r[0] + "-" + r[2] for r in ROUTE_APPOSED])
def test_a_way_set_off_after_its_end_is_a_route(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    # a road figure: the straight line is 0.62 to 1.0 of it when true, and a false one is
    # at least 1.6 times shorter than the straight line
    assert_pair_and_verdict(analyze, AT, row, bounds=(0.62, 1.0), false_bounds=(0.45, 1.6))
    claim = claim_on(analyze, row[0], row[1], row[2])
    assert claim.form == "route", claim.explanation


def test_the_passed_origin_table_holds_both_languages_and_both_truths() -> None:
    assert_both_languages_both_truths([(*r[:5], r[6], r[7]) for r in PASSED_ORIGIN])


@pytest.mark.parametrize("row", PASSED_ORIGIN, ids=[r[0] + "-" + r[2] for r in PASSED_ORIGIN])
def test_a_bare_direction_past_a_place_that_fits_is_not_called_false(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    lang, text, quantity, subject, passed, stood, stated, truth = row
    from_passed, from_stood = km(AT, subject, passed), km(AT, subject, stood)
    if truth:
        # the writer's reading fits, the place the sentence stood at does not
        assert 0.9 <= from_passed / stated <= 1.1 and not 0.8 <= from_stood / stated <= 1.2
    else:
        assert from_passed / stated <= 0.6 and from_stood / stated <= 0.7
    claim = claim_on(analyze, lang, text, quantity)
    if truth:
        assert claim.verdict == "unverifiable", claim.explanation
        assert "fits the distance" in claim.explanation
    else:
        assert claim.verdict == "inconsistent", claim.explanation
