# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 15's reading classes found in the dev misses of batch X (docs/claims.md, "Twelfth
pass"), in other wording and other regions than the batch, both languages: a distance
set off after a flight with its own reference (``flown in from <X> (N km from <Y>)``) is a
point claim, no range; ``aus dem N km entfernten <C>`` after a sentence whose claim
stood at <A> is measured from <A>; ``Der N Meter hohe Berg`` is the mountain named before
(the sentence substrate reads the measure as the adjective's); a bare ``the Gulf`` / ``vom
Golf`` is the gulf the article named in full before; a route's start is the from-place
next to its to-place, not an earlier reference's ``von``; ``Rund N km entfernt liegt <X>``
is <X> seen from the dateline; a part of a
route (``the N-km stretch of the <road> between A and B``, ``der N Kilometer lange Abschnitt
der <Straße> zwischen A und B``) is the route's length between the two places, while such a
part without a between phrase stays a length; a bare island or region name that opens the
sentence before an apposition (``<Island>, <Country>'s largest island, lies N km south of
<Y>``) is the subject, measured from its nearest shore; a region that is one island of the
same name (the geoparser kept the island among its alternatives) is that island.

Each row asserts what a fact-checker would check. Point distances come from geographiclib on
hand coordinates; an island's nearest shore from hand points on its coast.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest
from geographiclib.geodesic import Geodesic

from tests.support.claims_table import Row, check_row, near

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Ljubljana": (46.0569, 14.5058), "Maribor": (46.5547, 15.6459),
    "Regina": (50.4452, -104.6189), "Moose Jaw": (50.3934, -105.5519),
    "Hannover": (52.3759, 9.7320), "Kassel": (51.3127, 9.4797),
    "Erfurt": (50.9848, 11.0299), "Weimar": (50.9795, 11.3235),
    "Naples": (40.8518, 14.2681), "Athens": (37.9838, 23.7275),
    "Tromsø": (69.6492, 18.9553), "Oslo": (59.9139, 10.7522),
    "Cusco": (-13.5320, -71.9675), "Lima": (-12.0464, -77.0428),
    "Kiruna": (67.8558, 20.2253), "Stockholm": (59.3293, 18.0686),
    "Kiel": (54.3233, 10.1228), "Hamburg": (53.5511, 9.9937), "Flensburg": (54.7937, 9.4469),
    "Mont Blanc": (45.8326, 6.8652), "Chamonix": (45.9237, 6.8694),
    "Etna": (37.7510, 14.9934), "Catania": (37.5079, 15.0830),
    "Visby": (57.6348, 18.2948), "Nynäshamn": (58.9034, 17.9479),
    "Rønne": (55.1009, 14.7067), "Ystad": (55.4295, 13.8200), "Copenhagen": (55.6761, 12.5683),
    "Galle": (6.0535, 80.2210), "Colombo": (6.9271, 79.8612),
    "Kuopio": (62.8924, 27.6770), "Joensuu": (62.6010, 29.7636),
    "Split": (43.5081, 16.4402), "Zadar": (44.1194, 15.2314), "Dubrovnik": (42.6507, 18.0944),
}
# fmt: on

R = Row
# fmt: off
ROUTES = [
    R("en", "The 120-km stretch of the A1 motorway between Ljubljana and Maribor was closed after a crash.", "120-km", "Ljubljana", "Maribor", "consistent", form="route", either_way=True),
    R("en", "The 40-km stretch of the Trans-Canada Highway between Regina and Moose Jaw was closed by snow.", "40-km", "Regina", "Moose Jaw", "inconsistent", form="route", either_way=True),
    R("de", "Der rund 165 Kilometer lange Abschnitt der A7 zwischen Hannover und Kassel wird saniert.", "rund 165 Kilometer", "Hannover", "Kassel", "consistent", form="route", either_way=True),
    R("de", "Das 60 Kilometer lange Teilstück der Bahnstrecke zwischen Erfurt und Weimar ist gesperrt.", "60 Kilometer", "Erfurt", "Weimar", "inconsistent", form="route", either_way=True),
]
# fmt: on


# fmt: off
FLOWN_FROM = [
    R("en", "Rescue teams were flown in from Tromsø (about 1,150 km from Oslo).", "about 1,150 km", "Tromsø", "Oslo", "consistent"),
    R("en", "Doctors were also flown in from Cusco, about 900 km from Lima.", "about 900 km", "Cusco", "Lima", "inconsistent"),
    R("de", "Helfer wurden aus Kiruna (rund 1.000 Kilometer von Stockholm entfernt) eingeflogen.", "rund 1.000 Kilometer", "Kiruna", "Stockholm", "consistent"),
]
# fmt: on


@pytest.mark.parametrize("row", FLOWN_FROM, ids=[f"{r.lang}-{r.quantity}" for r in FLOWN_FROM])
def test_distance_with_its_own_reference_after_a_flight_is_a_point(
    analyze: Callable[..., Any], row: Row
) -> None:
    """A flight verb in the clause before (``flown in from <X> (N km from <Y>)``) makes
    no range of a distance set off with its own reference: the distance's clause is its
    unit's."""
    check_row(analyze, row, AT)


# fmt: off
WHERE_THE_TEXT_STANDS = [
    R("de", "In Kiel, rund 85 Kilometer nördlich von Hamburg, kamen 2.000 Gäste an. Viele stammen aus dem rund 65 Kilometer entfernten Flensburg.", "rund 65 Kilometer", "Flensburg", "Kiel", "consistent"),
    R("de", "In Split, rund 115 Kilometer südöstlich von Zadar, legten zehn Fähren an. Touristen kamen auch aus dem knapp 170 Kilometer entfernten Dubrovnik.", "knapp 170 Kilometer", "Dubrovnik", "Split", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", WHERE_THE_TEXT_STANDS, ids=[r.quantity for r in WHERE_THE_TEXT_STANDS]
)
def test_distant_place_is_measured_from_where_the_text_stands(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``aus dem N km entfernten <C>`` after a sentence whose claim stood at <A> (``In <A>,
    N km südlich von <B>, ...``) is measured from <A>, the subject, not from <B>."""
    check_row(analyze, row, AT)


# fmt: off
ROUTE_AFTER_A_REFERENCE = [
    R("en", "Visby, about 190 km south of Stockholm, was calm, but the 160-km ferry crossing from Nynäshamn to Visby was cancelled.", "160-km", "Nynäshamn", "Visby", "consistent", form="route", either_way=True),
    R("de", "Rønne, rund 145 Kilometer östlich von Kopenhagen, blieb ruhig, doch die 80 Kilometer lange Fährverbindung von Ystad nach Rønne fiel aus.", "80 Kilometer", "Ystad", "Rønne", "consistent", form="route", either_way=True),
]
# fmt: on


@pytest.mark.parametrize(
    "row", ROUTE_AFTER_A_REFERENCE, ids=[r.lang for r in ROUTE_AFTER_A_REFERENCE]
)
def test_route_opens_at_the_from_place_next_to_its_to_place(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``..., N km south of <A>, ..., the M-km crossing from <B> to <C>``: the route's start
    is the from-place right before its to-place, not the reference named earlier."""
    check_row(analyze, row, AT)


# fmt: off
AWAY_FRONTED = [
    R("en", "GALLE, Sri Lanka (geomap) - Heavy rain fell overnight. Some 105 km away lies Colombo, where schools closed.", "Some 105 km", "Colombo", "Galle", "consistent"),
    R("de", "KUOPIO (geomap) – Der See ist zugefroren. Rund 110 Kilometer entfernt liegt Joensuu, wo es schneite.", "Rund 110 Kilometer", "Joensuu", "Kuopio", "consistent"),
]
# fmt: on


@pytest.mark.parametrize("row", AWAY_FRONTED, ids=[r.lang for r in AWAY_FRONTED])
def test_fronted_distance_with_an_away_word_locates_the_place_after_the_verb(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``Rund N km entfernt liegt <X>`` / ``Some N km away lies <X>``: like a fronted
    direction, the place after the verb is the subject, seen from where the text stands (the
    dateline); it is no reference of the distance."""
    check_row(analyze, row, AT)


# fmt: off
MEASURED_NOUN = [
    R("de", "Der Mont Blanc lockt jeden Sommer Tausende an. Der 4.806 Meter hohe Berg liegt rund 10 Kilometer südlich von Chamonix.", "rund 10 Kilometer", "Mont Blanc", "Chamonix", "consistent"),
    R("de", "Der Ätna hat wieder Asche ausgestoßen. Der 3.357 Meter hohe Vulkan liegt rund 30 Kilometer nördlich von Catania.", "rund 30 Kilometer", "Etna", "Catania", "consistent"),
]
# fmt: on


@pytest.mark.parametrize("row", MEASURED_NOUN, ids=[r.quantity for r in MEASURED_NOUN])
def test_feature_noun_with_a_measured_adjective_is_the_feature_named_before(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``Der N Meter hohe Berg`` is ``der Berg``: the measure is the adjective's."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize("row", ROUTES, ids=[f"{r.lang}-{r.quantity}" for r in ROUTES])
def test_section_between_two_places_is_a_route(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "A 12-km stretch of the river bank collapsed near Maribor."),
        ("de", "Ein 5 Kilometer langer Abschnitt des Deiches bei Kassel brach."),
    ],
)
def test_section_without_two_ends_is_a_length(
    analyze: Callable[..., Any], lang: str, text: str
) -> None:
    assert analyze(text, lang=lang, date="2026-06-01", events=False).claims == ()


_G = Geodesic.WGS84


def _nearest_km(point: tuple[float, float], shore: list[tuple[float, float]]) -> float:
    return min(_G.Inverse(*point, *s)["s12"] / 1000.0 for s in shore)


#: hand points on the shore nearest the reference (general knowledge, 2 decimals)
SHORES: dict[str, list[tuple[float, float]]] = {
    # Sicily's north-east: Capo Peloro, Milazzo, Capo d'Orlando
    "Sicily": [(38.27, 15.65), (38.27, 15.24), (38.16, 14.75)],
}

# fmt: off
AREA_ROWS = [
    ("en", "Sicily, Italy's largest island, lies about 300 km south of Naples.", "Sicily", "Naples", "consistent"),
    ("en", "Sicily, the largest island of the Mediterranean, lies only 80 km south of Naples.", "Sicily", "Naples", "inconsistent"),
    ("de", "Sizilien, die größte Insel Italiens, liegt rund 300 Kilometer südlich von Neapel.", "Sicily", "Naples", "consistent"),
    # a region that is one island of the same name is the island: a relative clause or an
    # apposed distance after it describes the island
    ("en", "Sicily, which lies about 300 km south of Naples, had its hottest day on record.", "Sicily", "Naples", "consistent"),
    ("de", "Auf Sizilien, rund 300 Kilometer südlich von Neapel, brannten am Montag die Wälder.", "Sicily", "Naples", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "area", "reference", "verdict"), AREA_ROWS)
def test_island_opening_the_sentence_before_an_apposition_is_the_subject(
    analyze: Callable[..., Any], lang: str, text: str, area: str, reference: str, verdict: str
) -> None:
    (c,) = analyze(text, lang=lang, date="2026-06-01", events=False).claims
    assert c.subject is not None and c.subject.name == area
    assert near(AT, c.reference, reference)
    truth = _nearest_km(AT[reference], SHORES[area])
    assert c.computed_km is not None and abs(c.computed_km - truth) <= max(8.0, 0.03 * truth)
    assert c.verdict == verdict, c.explanation


# fmt: off
BARE_GULF = [
    ("en", "Storms swept across the Gulf of Mexico on Monday. Mérida, about 35 km from the Gulf, was flooded.", "Gulf of Mexico", "consistent"),
    ("de", "Ein Sturm zog über den Golf von Mexiko. Mérida, rund 35 Kilometer vom Golf entfernt, meldete Hochwasser.", "Gulf of Mexico", "consistent"),
    ("en", "A tanker ran aground in the Gulf of Finland. The Gulf was calm again by noon. Tallinn, some 300 km from the Gulf, sent tugs.", "Gulf of Finland", "inconsistent"),
    # no gulf named before: the bare name keeps the gazetteer's reading
    ("en", "Temperatures reached 50 degrees. Kuwait City, on the Gulf, was the hottest; Riyadh lies about 400 km from the Gulf.", "Persian Gulf", None),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "gulf", "verdict"), BARE_GULF)
def test_bare_gulf_is_the_gulf_the_article_named(
    analyze: Callable[..., Any], lang: str, text: str, gulf: str, verdict: str | None
) -> None:
    """``the Gulf`` / ``vom Golf`` after the article named a gulf in full is that gulf,
    not the one gulf the gazetteer calls so (lexicon ``[claims.descriptive]`` gulf)."""
    claims = analyze(text, lang=lang, date="2026-06-01", events=False).claims
    c = claims[-1]
    assert c.reference is not None and c.reference.name == gulf
    if verdict is not None:
        assert c.verdict == verdict, c.explanation


def test_german_foreign_word_before_a_name_makes_it_part_of_a_longer_name() -> None:
    """German writes every noun with a capital, so a capitalised word before a name that
    is no German noun (``in Paradise Bay``) is part of a foreign name the gazetteer lacks:
    a distance that does not fit is then not called inconsistent; a German noun before a
    name (``Provinzhauptstadt``, a compound of ``Hauptstadt``) is its head, no part of it."""
    from geomap.claims._verify import _longer_name

    text = "Schnee fiel in Paradise Bay. Die Provinzhauptstadt Kassel meldete Regen."
    bay = text.index("Bay")
    assert _longer_name(text, bay, bay + 3, "de") == "Paradise Bay"
    kassel = text.index("Kassel")
    assert _longer_name(text, kassel, kassel + 6, "de") is None
    # English keeps its rule: a capitalised word before a name may be a title
    assert _longer_name("Snow fell on Governor Kassel.", 22, 28, "en") is None


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        ("Rottnest Island, some 18 km offshore, closed its ferry pier.", "consistent"),
        ("Rottnest Island, some 60 km offshore, closed its ferry pier.", "inconsistent"),
    ],
)
def test_offshore_is_off_the_subjects_own_coast(
    analyze: Callable[..., Any], text: str, verdict: str
) -> None:
    """``<X>, some N km offshore`` is ``N km off the coast``: measured to the coast of the
    country <X> lies in (Rottnest to the mainland near Fremantle: about 18 km)."""
    (c,) = analyze(text, lang="en", date="2026-06-01", events=False).claims
    assert c.form == "coast"
    assert c.reference is not None and c.reference.country_code == "AU"
    assert c.verdict == verdict, c.explanation


def test_offshore_without_a_place_is_no_claim(analyze: Callable[..., Any]) -> None:
    text = "The ship sank some 20 km offshore after its engine failed."
    assert analyze(text, lang="en", date="2026-06-01", events=False).claims == ()


# fmt: off
ENTFERNUNG = [
    R("de", "GALLE, Sri Lanka (geomap) – Regen fiel die ganze Nacht. Colombo liegt in rund 105 Kilometern Entfernung.", "rund 105 Kilometern", "Colombo", "Galle", "consistent"),
    R("de", "GALLE, Sri Lanka (geomap) – Regen fiel die ganze Nacht. In rund 105 Kilometern Entfernung liegt Colombo.", "rund 105 Kilometern", "Colombo", "Galle", "consistent"),
]
# fmt: on


@pytest.mark.parametrize("row", ENTFERNUNG, ids=["after", "fronted"])
def test_in_n_km_entfernung_is_n_km_away(analyze: Callable[..., Any], row: Row) -> None:
    """``in N Kilometern Entfernung`` with no ``von`` is ``N Kilometer entfernt``: from where
    the text stands; fronted with ``In`` it locates the place after the verb."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "de",
            "KUOPIO (geomap) – Joensuu, rund 110 Kilometer vom Höytiäinen-Kanal entfernt, meldete Schnee.",
        ),
        (
            "de",
            "KUOPIO (geomap) – Joensuu, in rund 110 Kilometern Entfernung vom Kolvananuuro, meldete Schnee.",
        ),
    ],
)
def test_away_from_an_unknown_name_has_no_stand_in_reference(
    analyze: Callable[..., Any], lang: str, text: str
) -> None:
    """``N km vom <Name> entfernt`` with a name geomap does not know names its reference:
    the dateline's place does not stand in for it."""
    (c,) = analyze(text, lang=lang, date="2026-06-01", events=False).claims
    assert c.reference is None
    assert c.verdict == "unverifiable"
