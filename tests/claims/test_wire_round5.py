# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Plain wire copy, session 16 round 2 (docs/claims.md, "Session 16, round 2"; from dev
batch AS):

- ``<B>, about N km to the south-east, ...`` opening a sentence, with no reference
  written: seen from the town the sentence before stood at (when it made no claim and
  names a town of the subject's country other than the dateline's), not from the
  dateline;
- ``west of the capital of <Country>``, ``südwestlich der Hauptstadt <Landes>``: the
  country after the capital noun only says whose capital the reference is;
- ``the capital of the state``, ``der Hauptstadt des Bundesstaates / des Bundeslandes /
  der Provinz``: a regional capital phrase of that type (the seat of the subject's
  region), not the country's capital;
- ``on the outskirts of the capital, some N km from <B>``, ``am Stadtrand der
  Hauptstadt, rund N km von <B>``: a part of a town (lexicon ``town_part_nouns``), then
  the town's description, then the distance set off: the distance describes that town.

Sentences written for this test (Peru, Kenya, Australia, Austria, Argentina, Japan, Fiji,
Ghana, India, Brazil, the United States, Germany), none from a corpus article. The points
are hand points of the places; the truth is the geodesic between them computed here
with geographiclib, never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_row, near, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Huancayo": (-12.0651, -75.2049), "Jauja": (-11.7758, -75.4966),
    "Nakuru": (-0.3031, 36.0800), "Naivasha": (-0.7167, 36.4333),
    "Dubbo": (-32.2569, 148.6011), "Orange": (-33.2833, 149.1000),
    "Graz": (47.0707, 15.4395), "Leoben": (47.3765, 15.0914),
    "Mendoza": (-32.8895, -68.8458), "San Juan": (-31.5375, -68.5364),
    "Sendai": (38.2682, 140.8694), "Ishinomaki": (38.4343, 141.3029),
    "Nairobi": (-1.2864, 36.8172), "Suva": (-18.1416, 178.4419),
    "Lautoka": (-17.6169, 177.4505), "Vienna": (48.2082, 16.3738),
    "Accra": (5.6037, -0.1870), "Kumasi": (6.6885, -1.6244),
    "Mumbai": (19.0760, 72.8777), "Nashik": (19.9975, 73.7898),
    "São Paulo": (-23.5505, -46.6333), "Campinas": (-22.9056, -47.0608),
    "Santos": (-23.9608, -46.3336), "Austin": (30.2672, -97.7431),
    "Round Rock": (30.5083, -97.6789), "Munich": (48.1351, 11.5820),
    "Augsburg": (48.3705, 10.8978), "Córdoba": (-31.4201, -64.1888),
    "Villa Carlos Paz": (-31.4241, -64.4978),
    "Lima": (-12.0464, -77.0428), "Huaral": (-11.4950, -77.2078),
    "Wiener Neustadt": (47.8139, 16.2436),
}
# fmt: on

EN = [
    # a town opening its sentence, a distance and a direction in apposition
    Row(
        "en",
        "LIMA, Peru (geomap) - Heavy rain fell on Huancayo on Monday. Jauja, about 45 km to the north-west, lost its only bridge.",
        "about 45 km",
        "Jauja",
        "Huancayo",
        "consistent",
    ),
    Row(
        "en",
        "NAIROBI, Kenya (geomap) - In Nakuru, police closed the highway after a crash. Naivasha, some 60 km to the south-east, reported long queues.",
        "some 60 km",
        "Naivasha",
        "Nakuru",
        "consistent",
    ),
    Row(
        "en",
        "SYDNEY (geomap) - Bushfires burned near Dubbo on Saturday. Orange, about 250 km to the south-east, sent two fire crews.",
        "about 250 km",
        "Orange",
        "Dubbo",
        "inconsistent",
    ),
    # the capital of a country named after the noun
    Row(
        "en",
        "MOMBASA, Kenya (geomap) - Nakuru lies about 135 km north-west of the capital of Kenya.",
        "about 135 km",
        "Nakuru",
        "Nairobi",
        "consistent",
    ),
    Row(
        "en",
        "LAUTOKA, Fiji (geomap) - Sugar mills closed on Monday. Lautoka lies some 220 km west of the capital of Fiji.",
        "some 220 km",
        "Lautoka",
        "Suva",
        "inconsistent",
    ),
    Row(
        "en",
        "ACCRA (geomap) - Kumasi lies about 200 km north-west of the capital of Ghana, officials said.",
        "about 200 km",
        "Kumasi",
        "Accra",
        "consistent",
    ),
    # the capital of the state, the province: the seat of the region, not the country's
    Row(
        "en",
        "MUMBAI (geomap) - Nashik lies about 140 km north-east of the capital of the state.",
        "about 140 km",
        "Nashik",
        "Mumbai",
        "consistent",
    ),
    Row(
        "en",
        "CAMPINAS, Brazil (geomap) - Floods hit the region on Monday. Campinas lies about 85 km north-west of the capital of the state.",
        "about 85 km",
        "Campinas",
        "São Paulo",
        "consistent",
    ),
    Row(
        "en",
        "DALLAS (AP) - Floods closed roads in Round Rock, Texas, which lies about 60 km north of the capital of the state.",
        "about 60 km",
        "Round Rock",
        "Austin",
        "inconsistent",
    ),
    # a part of a town, then the town's description: the distance describes that town
    Row(
        "en",
        "LIMA, Peru (geomap) - Protesters blocked roads on the outskirts of the capital, some 60 km from Huaral.",
        "some 60 km",
        "Lima",
        "Huaral",
        "consistent",
    ),
    Row(
        "en",
        "NAIROBI, Kenya (geomap) - Police set up roadblocks on the outskirts of the capital, about 150 km from Naivasha.",
        "about 150 km",
        "Nairobi",
        "Naivasha",
        "inconsistent",
    ),
]

DE = [
    Row(
        "de",
        "WIEN (geomap) – In Graz fiel am Montag der Strom aus. Leoben, rund 45 Kilometer nordwestlich, meldete ebenfalls Schäden.",
        "rund 45 Kilometer",
        "Leoben",
        "Graz",
        "consistent",
    ),
    Row(
        "de",
        "BUENOS AIRES (geomap) – In Mendoza bebte am Sonntag die Erde. San Juan, gut 150 Kilometer nördlich, meldete Risse in Häusern.",
        "gut 150 Kilometer",
        "San Juan",
        "Mendoza",
        "consistent",
    ),
    Row(
        "de",
        "TOKIO (geomap) – In Sendai fielen die Züge aus. Ishinomaki, rund 90 Kilometer nordöstlich, meldete überflutete Straßen.",
        "rund 90 Kilometer",
        "Ishinomaki",
        "Sendai",
        "inconsistent",
    ),
    Row(
        "de",
        "GRAZ (geomap) – Leoben liegt rund 130 Kilometer südwestlich der Hauptstadt Österreichs.",
        "rund 130 Kilometer",
        "Leoben",
        "Vienna",
        "consistent",
    ),
    Row(
        "de",
        "KUMASI (geomap) – Die Stadt Kumasi liegt etwa 200 Kilometer nordwestlich der Hauptstadt Ghanas.",
        "etwa 200 Kilometer",
        "Kumasi",
        "Accra",
        "consistent",
    ),
    Row(
        "de",
        "SUVA (geomap) – Lautoka liegt gut 60 Kilometer westlich der Hauptstadt von Fidschi.",
        "gut 60 Kilometer",
        "Lautoka",
        "Suva",
        "inconsistent",
    ),
    Row(
        "de",
        "AUGSBURG (geomap) – Augsburg liegt rund 60 Kilometer nordwestlich der Hauptstadt des Bundeslandes.",
        "rund 60 Kilometer",
        "Augsburg",
        "Munich",
        "consistent",
    ),
    Row(
        "de",
        "SANTOS (geomap) – Santos liegt etwa 55 Kilometer südöstlich der Hauptstadt des Bundesstaates.",
        "etwa 55 Kilometer",
        "Santos",
        "São Paulo",
        "consistent",
    ),
    Row(
        "de",
        "CÓRDOBA (geomap) – Villa Carlos Paz liegt rund 100 Kilometer westlich der Hauptstadt der Provinz.",
        "rund 100 Kilometer",
        "Villa Carlos Paz",
        "Córdoba",
        "inconsistent",
    ),
    Row(
        "de",
        "WIEN (geomap) – Am Stadtrand der Hauptstadt, rund 45 Kilometer von Wiener Neustadt, brannte ein Lager.",
        "rund 45 Kilometer",
        "Vienna",
        "Wiener Neustadt",
        "consistent",
    ),
    Row(
        "de",
        "ACCRA (geomap) – Überschwemmungen trafen Häuser in den Vororten der Hauptstadt, rund 400 Kilometer von Kumasi.",
        "rund 400 Kilometer",
        "Accra",
        "Kumasi",
        "inconsistent",
    ),
]
ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=12)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text", "quantity", "reference"),
    [
        # the sentence before made a claim of its own, or names only the dateline's town:
        # the dateline stays in charge
        (
            "en",
            "NAIROBI, Kenya (geomap) - Rain fell in Nairobi on Monday. Naivasha, some 75 km to the north-west, reported floods.",
            "some 75 km",
            "Nairobi",
        ),
        (
            "de",
            "WIEN (geomap) – In Wien regnete es. Leoben, rund 130 Kilometer südwestlich, meldete Schnee.",
            "rund 130 Kilometer",
            "Vienna",
        ),
        # the capital of the country stays the country's
        (
            "en",
            "NAIROBI (geomap) - Nakuru lies about 135 km north-west of the capital of the country.",
            "about 135 km",
            "Nairobi",
        ),
    ],
)
def test_the_dateline_stays_where_the_sentence_before_stood_at_it(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str, reference: str
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]
    assert found

    assert near(AT, found[0].reference, reference), found[0].reference
