# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 18 round 3 (docs/claims.md, "Session 18, round 3: the generated pair probe"):
the classes the generated probe ``benchmarks/material/probe_claim_pairs18.csv`` showed on
its dev rows, in other places and wording:

- a place after an origin marker before a locative phrase (``A truck from <C> was stopped
  at <A>, N km from <B>``, ``Ein Bus aus <C> wurde in <A> gestoppt, N km von <B>
  entfernt``): where something came from, never the place the distance locates;
- a road phrase after the reference (``<A> is N km from <B> on the road to <C>``): where
  along which road <A> lies, no journey from <B> to <C>;
- a set-off halfway phrase (``<A>, etwa auf halbem Weg zwischen <B> und <C>, liegt N km
  von <B> entfernt``): where the subject lies; its places are no subject;
- a distance set off after a name the geoparser did not read (``Officials in <C> said
  <Name>, N km east of <B>, ...``): no subject from further back (the speakers' town),
  so no ``inconsistent`` verdict on a pair the sentence does not make.

Sentences written for this test (Kenya, France, Austria, Morocco, Australia, Canada,
Germany, South Korea), none from a corpus article or the probe. The points are hand
points of the places; the truth is the geodesic between them computed here with
geographiclib, never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Nairobi": (-1.2864, 36.8172), "Nakuru": (-0.3031, 36.0800), "Eldoret": (0.5143, 35.2698),
    "Lyon": (45.7640, 4.8357), "Avignon": (43.9493, 4.8055), "Marseille": (43.2965, 5.3698),
    "Salzburg": (47.8095, 13.0550), "Linz": (48.3069, 14.2858), "Wien": (48.2082, 16.3738),
    "Meknès": (33.8950, -5.5547), "Rabat": (34.0209, -6.8416),
    "Melbourne": (-37.8136, 144.9631), "Ballarat": (-37.5622, 143.8503),
    "Vancouver": (49.2827, -123.1207), "Kamloops": (50.6745, -120.3273),
    "Kassel": (51.3127, 9.4797), "Göttingen": (51.5413, 9.9158),
    "Seoul": (37.5665, 126.9780), "Daegu": (35.8714, 128.6014),
}
# fmt: on

EN = [
    Row(
        "en",
        "A convoy from Nairobi was stopped at Nakuru, 125 km from Eldoret.",
        "125 km",
        "Nakuru",
        "Eldoret",
        "consistent",
    ),
    Row(
        "en",
        "A truck from Lyon was stopped at Avignon, 160 km from Marseille.",
        "160 km",
        "Avignon",
        "Marseille",
        "inconsistent",
    ),
    Row(
        "en",
        "Kamloops is 250 km from Vancouver on the highway to Calgary.",
        "250 km",
        "Kamloops",
        "Vancouver",
        "consistent",
    ),
    Row(
        "en",
        "Ballarat is 300 km from Melbourne on the road to Adelaide.",
        "300 km",
        "Ballarat",
        "Melbourne",
        "inconsistent",
    ),
    Row(
        "en",
        "Daegu, midway between Seoul and Busan, is 240 km from Seoul.",
        "240 km",
        "Daegu",
        "Seoul",
        "consistent",
    ),
    Row(
        "en",
        "Daegu, roughly halfway between Seoul and Busan, lies 400 km from Seoul.",
        "400 km",
        "Daegu",
        "Seoul",
        "inconsistent",
    ),
]

DE = [
    Row(
        "de",
        "Ein Bus aus Salzburg wurde in Linz gestoppt, 155 Kilometer von Wien entfernt.",
        "155 Kilometer",
        "Linz",
        "Wien",
        "consistent",
    ),
    Row(
        "de",
        "Ein Lastwagen aus Marseille wurde in Avignon gestoppt, 160 Kilometer von Lyon entfernt.",
        "160 Kilometer",
        "Avignon",
        "Lyon",
        "inconsistent",
    ),
    Row(
        "de",
        "Meknès liegt 120 Kilometer von Rabat entfernt an der Straße nach Fès.",
        "120 Kilometer",
        "Meknès",
        "Rabat",
        "consistent",
    ),
    Row(
        "de",
        "Göttingen, etwa auf halbem Weg zwischen Kassel und Hannover, liegt 40 Kilometer von Kassel entfernt.",
        "40 Kilometer",
        "Göttingen",
        "Kassel",
        "consistent",
    ),
    Row(
        "de",
        "Daegu, etwa auf halber Strecke zwischen Seoul und Busan, liegt 450 Kilometer von Seoul entfernt.",
        "450 Kilometer",
        "Daegu",
        "Seoul",
        "inconsistent",
    ),
]

ROWS = [*EN, *DE]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=10)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    ("lang", "text", "quantity", "speakers"),
    [
        (
            "en",
            "Officials in Lyon said Vernazac, 40 km east of Avignon, had been cut off.",
            "40 km",
            "Lyon",
        ),
        (
            "en",
            "Police in Nakuru told reporters that Kimanjo, about 60 km north of Nairobi, was flooded.",
            "about 60 km",
            "Nakuru",
        ),
        (
            "de",
            "Die Polizei in Graz sagte, Zarnovka, rund 40 Kilometer östlich von Linz, sei abgeschnitten.",
            "rund 40 Kilometer",
            "Graz",
        ),
    ],
)
def test_a_distance_after_an_unread_name_has_no_borrowed_subject(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str, speakers: str
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]
    assert all(c.verdict != "inconsistent" for c in found), found
    assert not any(c.subject is not None and c.subject.mention == speakers for c in found), found
