# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Wire copy, session 20 round 3 (docs/claims.md, "Session 20, round 3: batch BD, the
clause's own place and capitals named by their country"):

- a place opening its sentence with a location verb or a set-off distance and no
  reference of its own, after a sentence that named another town and made no claim
  (``Floods cut off <A>. <B> is about N km away``, ``<B> lies N km to the south-east
  and ...``, ``<B>, N km away, is ...``, ``<B> liegt rund N Kilometer nördlich``): <B> is
  the subject and the town of the sentence before the reference, not the dateline
  (before: the dateline);
- a capital named by its country's possessive, set off before the distance (``Aid came
  from <Country>'s capital, about N km to the north-east``, ``Hilfe kam aus <Landes>
  Hauptstadt, rund N Kilometer östlich``), and a capital a containment preposition puts
  the sentence's subject in (``Officials in the capital, some N km north-east of <B>``,
  ``Die Regierung in der Hauptstadt, gut N Kilometer westlich von <B>``): that capital is
  the subject (before: no claim, or no subject), and so is a capital phrase a relative
  clause follows (``from the Ugandan capital, which lies about N km north-east of <B>``,
  ``aus der ugandischen Hauptstadt, die rund N Kilometer ... liegt``);
- a distance set off right after the end of a way a verb of sending names (``The navy sent
  two ships from <B>, N km to the south of <C>``): it places <B> (before: no claim, as for
  ``A bus from <B> overturned N km north of <C>``, which stays without one).

Sentences written for this test (Kenya, Peru, Ontario, Vietnam, New South Wales, Rwanda
with Uganda, Peru with Ecuador, Saxony with Berlin, Lower Austria, Valencia, Santa Fe,
Miyagi, western Kenya, Austria with Hungary, Bohemia with Poland, Spain, Kerala with
Maharashtra), none from a
corpus article. The points are hand points of the places; the truth is the geodesic
between them computed here with geographiclib, never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_no_claim, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Garissa": (-0.4536, 39.6401), "Lamu": (-2.2717, 40.9020),
    "Huaraz": (-9.5278, -77.5278), "Chimbote": (-9.0853, -78.5783),
    "Sudbury": (46.4917, -80.9930), "North Bay": (46.3091, -79.4608),
    "Hue": (16.4637, 107.5909), "Da Nang": (16.0544, 108.2022),
    "Dubbo": (-32.2569, 148.6011), "Orange": (-33.2835, 149.1013),
    "Kigali": (-1.9441, 30.0619), "Kampala": (0.3476, 32.5825),
    "Lima": (-12.0464, -77.0428), "Quito": (-0.1807, -78.4678),
    "Leipzig": (51.3397, 12.3731), "Berlin": (52.5200, 13.4050),
    "Krems": (48.4102, 15.6143), "Melk": (48.2270, 15.3316),
    "Valencia": (39.4699, -0.3763), "Castellón": (39.9864, -0.0513),
    "Rosario": (-32.9442, -60.6505), "Santa Fe": (-31.6333, -60.7000),
    "Sendai": (38.2682, 140.8694), "Fukushima": (37.7608, 140.4747),
    "Kisumu": (-0.0917, 34.7680), "Kakamega": (0.2827, 34.7519),
    "Wien": (48.2082, 16.3738), "Budapest": (47.4979, 19.0402),
    "Prag": (50.0755, 14.4378), "Warschau": (52.2297, 21.0122),
    "Madrid": (40.4168, -3.7038),
    "Kochi": (9.9312, 76.2673), "Mumbai": (19.0760, 72.8777),
}
# fmt: on

EN = [
    Row(
        "en",
        "NAIROBI (geomap) - Floods cut off Garissa on Monday. Lamu is about 245 km away and lost its jetty.",
        "about 245 km",
        "Lamu",
        "Garissa",
        "consistent",
    ),
    Row(
        "en",
        "LIMA (geomap) - Mudslides buried the roads around Huaraz. Chimbote lies about 230 km away and lost power.",
        "about 230 km",
        "Chimbote",
        "Huaraz",
        "inconsistent",
    ),
    Row(
        "en",
        "TORONTO (geomap) - A tornado struck Sudbury on Friday. North Bay, 120 km away, is still without power.",
        "120 km",
        "North Bay",
        "Sudbury",
        "consistent",
    ),
    Row(
        "en",
        "HANOI (geomap) - Typhoon winds battered Hue overnight. Da Nang lies about 140 km to the south-east and closed its airport.",
        "about 140 km",
        "Da Nang",
        "Hue",
        "inconsistent",
    ),
    Row(
        "en",
        "SYDNEY (geomap) - Bushfires threatened Dubbo on Sunday. Orange is about 120 km away.",
        "about 120 km",
        "Orange",
        "Dubbo",
        "consistent",
    ),
    Row(
        "en",
        "KIGALI (geomap) - Floods hit western Rwanda. Aid also came from Uganda's capital, about 380 km to the north-east.",
        "about 380 km",
        "Kampala",
        "Kigali",
        "consistent",
    ),
    Row(
        "en",
        "LIMA (geomap) - A quake shook the coast. Relief flights came from Ecuador's capital, about 2,400 km to the north.",
        "about 2,400 km",
        "Quito",
        "Lima",
        "inconsistent",
    ),
    Row(
        "en",
        "BERLIN (geomap) - Storms hit Saxony. Officials in the capital, some 150 km north-east of Leipzig, sent 40 trucks.",
        "some 150 km",
        "Berlin",
        "Leipzig",
        "consistent",
    ),
    Row(
        "en",
        "CHENNAI, India (Reuters) - A cyclone hit Puri. The navy sent two ships from Kochi, 1,100 km to the south of Mumbai.",
        "1,100 km",
        "Kochi",
        "Mumbai",
        "consistent",
    ),
    Row(
        "en",
        "CHENNAI, India (Reuters) - A cyclone hit Puri. The navy sent two ships from Kochi, 2,000 km to the south of Mumbai.",
        "2,000 km",
        "Kochi",
        "Mumbai",
        "inconsistent",
    ),
    Row(
        "en",
        "KIGALI (geomap) - Floods hit western Rwanda. Aid also came from the Ugandan capital, which lies about 380 km north-east of Kigali.",
        "about 380 km",
        "Kampala",
        "Kigali",
        "consistent",
    ),
]

DE = [
    Row(
        "de",
        "WIEN (geomap) - Hochwasser traf Krems am Montag. Melk ist rund 29 Kilometer entfernt und blieb verschont.",
        "rund 29 Kilometer",
        "Melk",
        "Krems",
        "consistent",
    ),
    Row(
        "de",
        "MADRID (geomap) - Am schlimmsten traf es Valencia. Castellón liegt rund 115 Kilometer nordöstlich.",
        "rund 115 Kilometer",
        "Castellón",
        "Valencia",
        "inconsistent",
    ),
    Row(
        "de",
        "BUENOS AIRES (geomap) - Ein Sturm traf Rosario. Santa Fe liegt rund 145 Kilometer nördlich und meldete Schäden.",
        "rund 145 Kilometer",
        "Santa Fe",
        "Rosario",
        "consistent",
    ),
    Row(
        "de",
        "TOKIO (geomap) - Das Beben erschütterte Sendai. Fukushima, rund 66 Kilometer entfernt, meldete Schäden.",
        "rund 66 Kilometer",
        "Fukushima",
        "Sendai",
        "consistent",
    ),
    Row(
        "de",
        "NAIROBI (geomap) - Regen überflutete Kisumu. Kakamega liegt rund 75 Kilometer nördlich.",
        "rund 75 Kilometer",
        "Kakamega",
        "Kisumu",
        "inconsistent",
    ),
    Row(
        "de",
        "WIEN (geomap) - Ein Sturm traf das Burgenland. Hilfe kam auch aus Ungarns Hauptstadt, rund 215 Kilometer östlich.",
        "rund 215 Kilometer",
        "Budapest",
        "Wien",
        "consistent",
    ),
    Row(
        "de",
        "PRAG (geomap) - Ein Sturm traf Böhmen. Hilfe kam aus Polens Hauptstadt, rund 930 Kilometer nordöstlich.",
        "rund 930 Kilometer",
        "Warschau",
        "Prag",
        "inconsistent",
    ),
    Row(
        "de",
        "MADRID (geomap) - Stürme trafen die Küste. Die Regierung in der Hauptstadt, gut 300 Kilometer westlich von Valencia, berief einen Krisenstab ein.",
        "gut 300 Kilometer",
        "Madrid",
        "Valencia",
        "consistent",
    ),
    Row(
        "de",
        "CHENNAI, Indien (dpa) - Ein Zyklon traf Puri. Die Marine schickte zwei Schiffe aus Kochi, rund 2.000 Kilometer südlich von Mumbai.",
        "rund 2.000 Kilometer",
        "Kochi",
        "Mumbai",
        "inconsistent",
    ),
    Row(
        "de",
        "KIGALI (geomap) - Hochwasser traf Ruanda. Hilfe kam auch aus der ugandischen Hauptstadt, die rund 700 Kilometer nordöstlich von Kigali liegt.",
        "rund 700 Kilometer",
        "Kampala",
        "Kigali",
        "inconsistent",
    ),
]

ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=16)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: the sentence before made a claim of its own: the text keeps that claim's frame, and a
#: place opening the next sentence with a set-off distance is seen from the dateline
KEEPS_FRAME = [
    Row(
        "en",
        "QUITO (geomap) - Ambato lies some 110 km south of Quito. Riobamba, about 150 km to the south, reported ash fall.",
        "about 150 km",
        "Riobamba",
        "Quito",
        "consistent",
    ),
    Row(
        "de",
        "LIMA (geomap) - Huacho liegt rund 130 Kilometer nördlich von Lima. Chimbote, rund 700 Kilometer nördlich, meldete Schäden.",
        "rund 700 Kilometer",
        "Chimbote",
        "Lima",
        "inconsistent",
    ),
]

AT_FRAME: dict[str, tuple[float, float]] = {
    "Quito": (-0.1807, -78.4678),
    "Riobamba": (-1.6636, -78.6546),
    "Lima": (-12.0464, -77.0428),
    "Chimbote": (-9.0853, -78.5783),
}


@pytest.mark.parametrize("row", KEEPS_FRAME, ids=[r.lang for r in KEEPS_FRAME])
def test_claim_before_keeps_the_frame(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT_FRAME)


#: a regional capital phrase the text names no town for, read as the dateline's place by
#: fallback, while the sentence before names towns of that country: (language, text,
#: stated words). The figure fits one of those towns (a reader's other reading), not the
#: dateline's place, so the claim is left unverifiable rather than called inconsistent.
CAPITAL_FITS_A_TOWN_BEFORE = [
    (
        "en",
        "SEVILLE (geomap) - Fires forced 900 people from their homes in Huelva and Lepe. The provincial capital lies about 115 km west of Carmona.",
        "about 115 km",
    ),
    (
        "de",
        "NEAPEL (geomap) - Waldbrände wüteten in Kalabrien. In Cosenza und Paola mussten 800 Menschen ihre Häuser verlassen. Die Provinzhauptstadt liegt rund 50 Kilometer von Catanzaro entfernt.",
        "rund 50 Kilometer",
    ),
]


@pytest.mark.parametrize(("lang", "text", "number"), CAPITAL_FITS_A_TOWN_BEFORE)
def test_capital_read_as_dateline_is_doubted(
    analyze: Callable[..., Any], lang: str, text: str, number: str
) -> None:
    """What a fact-checker checks: a true sentence is never called inconsistent because a
    capital phrase was taken for the dateline's town while a town the text just named
    fits the figure."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if number in c.stated.text or c.stated.text in number]
    assert found, [c.stated.text for c in a.claims]
    assert found[0].verdict != "inconsistent", found[0].explanation


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    [
        ("en", "A bus from Kochi overturned 15 km north of Alappuzha on Sunday.", "15 km"),
        ("de", "Ein Bus aus Kochi stürzte 15 Kilometer nördlich von Alappuzha um.", "15 Kilometer"),
    ],
)
def test_way_end_without_apposition_stays_no_claim(
    analyze: Callable[..., Any], lang: str, text: str, number: str
) -> None:
    """Where the thing was, not the place its way started from: no claim, as before."""
    check_no_claim(analyze, lang, text, number)
