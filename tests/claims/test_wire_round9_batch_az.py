# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Wire copy, session 19 (docs/claims.md, "Session 19: batch AZ"):

- a between-pair with a compass point set off after it (``closed the road between <A>
  and <B>, about N km to the south-east``): the direction says where <B> lies as seen
  from <A>, so <B> is the subject (read the other way, a true direction was refuted);
- water behind a locative after the reference (``closed at <X>, some N km upstream of
  <Y> on the <Z> River``) is never the distance's subject: it says where <Y> or the way
  lies;
- a fronted river adverb with a compass point (``Downstream, <X>, some N km south of
  <Y>, ...``, ``Flussabwärts droht <X>, rund N km südlich von <Y>, ...``): a straight
  line, not a route with the detour allowance (a fronted ``by road`` still makes one);
- ``davon`` / ``of it`` after a semicolon (``Auch <B> wurde getroffen; <C>, rund N km
  südwestlich davon, ...``): the town the clause before just named, not the subject of
  the sentence before;
- a set-off locative between a placeless noun phrase and its verb (``The nearest
  hospital, in <X>, is N km away``, ``Die nächste Klinik, in <X>, liegt N km von <Y>
  entfernt``): <X> is the subject;
- ``N km away`` inside a quotation with no place before the subject: away from the
  speaker's town the attribution names (``..., said a nurse in <A>``), not the dateline's;
- a feature a town owns, in the possessive (``the town's airport, about 10 km south``,
  ``<X>'s airport, about 3 km south-west of the city``, ``Cuscos Flughafen, rund 3
  Kilometer südöstlich der Stadt``): with no named reference the distance locates the
  feature from its own town, no claim (with a named reference the town stands in for it);
- water crossed with no from-place after it (``The ferry from <A> to <B>, about N km
  across the <Gulf>``): no reference, never measured to the water's shore;
- a name right after ``said`` that the geoparser does not read as a place (``Officials
  in <A>, N km south of <R>, said <Name>, some M km further south-east, ...``): the
  distance's own subject, unknown, not <A> borrowed as a coordinated distance's;
- an apposition opened by a region in the possessive (``<Town>, <Region>'s second city,
  some N km north of <Y>``): the apposition describes <Town>; the region only owns its
  noun and is no subject;
- a straight-line word right before the number in its clause (``nach <B> geflogen,
  Luftlinie rund N km von <A> entfernt``): a straight line, not a route with the detour
  allowance (before, a false figure passed);
- an object pronoun after a claim earlier in its sentence (``<A> lies N km north-west of
  <B> and <C> about M km south-east of it``): the reference just named, as ``davon``;
  but the chain reading (<C> from <A>) stays a rival, so a figure that fits it is never
  called false (the safety rule of session 19).

Sentences written for this test (Namibia, France, Chile, the United States, Germany,
Austria, New Zealand, Vietnam, Argentina, Kenya, Peru), none from a corpus article. The points
are hand points of the places; the truth is the geodesic between them computed here with
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
    "Windhoek": (-22.5609, 17.0658), "Okahandja": (-21.9833, 16.9167),
    "Lyon": (45.7640, 4.8357), "Grenoble": (45.1885, 5.7245),
    "Santiago": (-33.4489, -70.6693), "Valparaíso": (-33.0472, -71.6127),
    "Memphis": (35.1495, -90.0490), "Vicksburg": (32.3526, -90.8779), "Natchez": (31.5604, -91.4032),
    "Mannheim": (49.4875, 8.4660), "Koblenz": (50.3569, 7.5890),
    "Wien": (48.2082, 16.3738), "Graz": (47.0707, 15.4395), "Linz": (48.3069, 14.2858),
    "Salzburg": (47.8095, 13.0550),
    "Tauranga": (-37.6878, 176.1651), "Rotorua": (-38.1368, 176.2497),
    "Hamilton": (-37.7870, 175.2793), "Cambridge": (-37.8833, 175.4667),
    "Hanoi": (21.0278, 105.8342), "Haiphong": (20.8449, 106.6881),
    "Dresden": (51.0504, 13.7373), "Pirna": (50.9624, 13.9404),
    "Tucumán": (-26.8083, -65.2176), "Salta": (-24.7821, -65.4232),
    "Kisumu": (-0.0917, 34.7680), "Kakamega": (0.2827, 34.7519), "Eldoret": (0.5143, 35.2698),
    "Cusco": (-13.5320, -71.9675), "Puno": (-15.8402, -70.0219), "Lima": (-12.0464, -77.0428),
    "Hobart": (-42.8821, 147.3272), "Launceston": (-41.4332, 147.1441),
    "Melbourne": (-37.8136, 144.9631), "Geelong": (-38.1499, 144.3617),
    "Nakuru": (-0.3031, 36.0800), "Naivasha": (-0.7167, 36.4333), "Nairobi": (-1.2921, 36.8219),
    "Bonn": (50.7374, 7.0982), "Köln": (50.9375, 6.9603),
}
# fmt: on

EN = [
    Row(
        "en",
        "WINDHOEK, Namibia (geomap) - Police closed the B1 between Windhoek and Okahandja, about 65 km to the north, after a lorry overturned.",
        "about 65 km",
        "Okahandja",
        "Windhoek",
        "consistent",
    ),
    Row(
        "en",
        "Landslides blocked the road between Santiago and Valparaíso, about 200 km to the west, on Monday.",
        "about 200 km",
        "Valparaíso",
        "Santiago",
        "inconsistent",
    ),
    Row(
        "en",
        "HANOI (geomap) - Trains were halted on the line between Hanoi and Haiphong, some 90 km to the east, for a day.",
        "some 90 km",
        "Haiphong",
        "Hanoi",
        "consistent",
    ),
    Row(
        "en",
        "The Mississippi crested at Memphis on Sunday. Downstream, Vicksburg, some 450 km south of Memphis, braced for the flood.",
        "some 450 km",
        "Vicksburg",
        "Memphis",
        "inconsistent",
    ),
    Row(
        "en",
        "The river rose at Vicksburg overnight. Downstream, Natchez, about 100 km south-west of Vicksburg, opened shelters.",
        "about 100 km",
        "Natchez",
        "Vicksburg",
        "consistent",
    ),
    Row(
        "en",
        "Rotorua lies about 50 km south of Tauranga. Flooding also hit Hamilton; Cambridge, about 20 km south-east of it, lost power.",
        "about 20 km",
        "Cambridge",
        "Hamilton",
        "consistent",
    ),
    Row(
        "en",
        "Rotorua lies about 50 km south of Tauranga. Flooding also hit Hamilton; Cambridge, about 45 km south-east of it, lost power.",
        "about 45 km",
        "Cambridge",
        "Hamilton",
        "inconsistent",
    ),
    Row(
        "en",
        'NAIROBI, Kenya (geomap) - Aid arrived on Monday. "The nearest hospital, in Kisumu, is 40 km away," said a nurse in Kakamega.',
        "40 km",
        "Kisumu",
        "Kakamega",
        "consistent",
    ),
    Row(
        "en",
        'LIMA (geomap) - Rain cut the roads. "The nearest clinic, in Cusco, is 120 km away," said a guide in Puno.',
        "120 km",
        "Cusco",
        "Puno",
        "inconsistent",
    ),
    Row(
        "en",
        "Flights were cancelled. The nearest airport, in Salta, is about 225 km from Tucumán.",
        "about 225 km",
        "Salta",
        "Tucumán",
        "consistent",
    ),
    Row(
        "en",
        "Rescue teams flew in from Eldoret, about 60 km north-east of Kakamega. Nakuru, Naivasha and Nairobi were on alert; Nakuru lies about 60 km north-west of Naivasha and Nairobi about 75 km south-east of it.",
        "about 75 km",
        "Nairobi",
        "Naivasha",
        "consistent",
    ),
    Row(
        "en",
        "Rescue teams flew in from Eldoret, about 60 km north-east of Kakamega. Nakuru, Naivasha and Nairobi were on alert; Nakuru lies about 60 km north-west of Naivasha and Nairobi about 200 km south-east of it.",
        "about 200 km",
        "Nairobi",
        "Naivasha",
        "inconsistent",
    ),
    Row(
        "en",
        "NAIROBI (geomap) - Kisumu's airport, about 260 km north-west of Nairobi, reopened on Monday.",
        "about 260 km",
        "Kisumu",
        "Nairobi",
        "consistent",
    ),
    Row(
        "en",
        "Launceston, Tasmania's second city, lies some 160 km north of Hobart.",
        "some 160 km",
        "Launceston",
        "Hobart",
        "consistent",
    ),
    Row(
        "en",
        "Residents in Geelong, Victoria's second city, some 120 km south-west of Melbourne, were told to stay inside.",
        "some 120 km",
        "Geelong",
        "Melbourne",
        "inconsistent",
    ),
]

DE = [
    Row(
        "de",
        "LYON (geomap) – Die Polizei sperrte die Autobahn zwischen Lyon und Grenoble, rund 95 Kilometer südöstlich, nach einem Unfall.",
        "rund 95 Kilometer",
        "Grenoble",
        "Lyon",
        "consistent",
    ),
    Row(
        "de",
        "Schneefall legte den Verkehr zwischen Tucumán und Salta, rund 400 Kilometer nördlich, lahm.",
        "rund 400 Kilometer",
        "Salta",
        "Tucumán",
        "inconsistent",
    ),
    Row(
        "de",
        "Der Rhein erreichte in Mannheim einen Höchststand. Stromabwärts erwartet Koblenz, rund 170 Kilometer nordwestlich von Mannheim, die Welle am Freitag.",
        "rund 170 Kilometer",
        "Koblenz",
        "Mannheim",
        "inconsistent",
    ),
    Row(
        "de",
        "Die Elbe stieg in Dresden weiter. Flussaufwärts meldete Pirna, knapp 18 Kilometer südöstlich von Dresden, überflutete Straßen.",
        "knapp 18 Kilometer",
        "Pirna",
        "Dresden",
        "consistent",
    ),
    Row(
        "de",
        "Graz liegt rund 145 Kilometer südwestlich von Wien. Auch Salzburg wurde getroffen; Linz, rund 110 Kilometer nordöstlich davon, meldete Schäden.",
        "rund 110 Kilometer",
        "Linz",
        "Salzburg",
        "consistent",
    ),
    Row(
        "de",
        "Graz liegt rund 145 Kilometer südwestlich von Wien. Auch Salzburg wurde getroffen; Linz, rund 200 Kilometer nordöstlich davon, meldete Schäden.",
        "rund 200 Kilometer",
        "Linz",
        "Salzburg",
        "inconsistent",
    ),
    Row(
        "de",
        "NAIROBI (geomap) – Die Hilfe kam am Montag. „Die nächste Klinik, in Eldoret, ist 60 Kilometer entfernt“, sagte ein Arzt in Kakamega.",
        "60 Kilometer",
        "Eldoret",
        "Kakamega",
        "consistent",
    ),
    Row(
        "de",
        "Die Straßen waren gesperrt. Die nächste Klinik, in Haiphong, liegt 200 Kilometer von Hanoi entfernt.",
        "200 Kilometer",
        "Haiphong",
        "Hanoi",
        "inconsistent",
    ),
    Row(
        "de",
        "Die Helfer kamen aus Köln. Bonn, Koblenz und Mainz waren alarmiert; Koblenz liegt rund 55 Kilometer südöstlich von Bonn und Köln rund 25 Kilometer nordwestlich davon.",
        "rund 25 Kilometer",
        "Köln",
        "Bonn",
        "consistent",
    ),
    Row(
        "de",
        "LIMA (geomap) – Cuscos Flughafen, rund 570 Kilometer östlich von Lima, blieb am Montag geschlossen.",
        "rund 570 Kilometer",
        "Cusco",
        "Lima",
        "consistent",
    ),
    Row(
        "de",
        "Hilfsgüter wurden am Montag nach Kisumu geflogen, Luftlinie rund 265 Kilometer von Nairobi entfernt.",
        "rund 265 Kilometer",
        "Kisumu",
        "Nairobi",
        "consistent",
        either_way=True,
    ),
    Row(
        "de",
        "Hilfsgüter wurden am Montag nach Kisumu geflogen, Luftlinie rund 450 Kilometer von Nairobi entfernt.",
        "rund 450 Kilometer",
        "Kisumu",
        "Nairobi",
        "inconsistent",
        either_way=True,
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
    ("lang", "text", "quantity", "water"),
    [
        # water behind a locative after the reference: where the reference lies
        (
            "en",
            "Highway 16 was closed at Birchbank Landing, some 90 km upstream of Winnipeg on the Red River.",
            "some 90 km",
            "Red River",
        ),
        (
            "en",
            "The ferry stopped at Tallowood Bend, about 120 km upstream of Manaus on the Amazon.",
            "about 120 km",
            "Amazon",
        ),
        (
            "de",
            "Die Straße war bei Kleinmühlau, rund 60 Kilometer flussaufwärts von Passau an der Donau, gesperrt.",
            "rund 60 Kilometer",
            "Donau",
        ),
    ],
)
def test_water_after_the_reference_is_no_subject(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str, water: str
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]
    assert all(c.verdict != "inconsistent" for c in found), found
    assert not any(c.subject is not None and water in c.subject.mention for c in found), found


@pytest.mark.parametrize(
    ("lang", "text", "quantity"),
    [
        # the pronoun may be the chain's last town: a figure that fits that reading is
        # not evidence that the claim is false
        (
            "de",
            "Die Helfer kamen aus Köln. Bonn, Koblenz und Mainz waren alarmiert; Koblenz liegt rund 55 Kilometer südöstlich von Bonn und Mainz rund 60 Kilometer südöstlich davon.",
            "rund 60 Kilometer",
        ),
        (
            "en",
            "Rescue teams flew in from Eldoret, about 60 km north-east of Kakamega. Nakuru, Naivasha and Nairobi were on alert; Naivasha lies about 60 km south-east of Nakuru and Nairobi about 75 km south-east of it.",
            "about 75 km",
        ),
    ],
)
def test_an_anaphor_that_fits_the_chain_is_not_called_false(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]
    assert found
    assert all(c.verdict != "inconsistent" for c in found), found


@pytest.mark.parametrize(
    ("lang", "text", "quantity"),
    [
        # a feature from its own town, the words name no second place
        (
            "en",
            "DARWIN, Australia (geomap) - Residents of Katherine were told to leave; the town's airport, about 10 km south, was shut.",
            "about 10 km",
        ),
        (
            "en",
            "NAIROBI (geomap) - Kisumu's airport, about 3 km south-west of the city, reopened.",
            "about 3 km",
        ),
        (
            "de",
            "LIMA (geomap) – Cuscos Flughafen, rund 3 Kilometer südöstlich der Stadt, blieb geschlossen.",
            "rund 3 Kilometer",
        ),
        # a name the geoparser reads as a person after "said": its own subject, not the
        # speakers' town borrowed by the coordinated-distance rule
        (
            "en",
            "HANOI (geomap) - Officials in Hue, about 540 km south of Hanoi, said Da Nang, some 80 km further south-east, had lost power.",
            "some 80 km",
        ),
        # water crossed, no place measured to
        (
            "en",
            "The ferry from Tallinn to Helsinki, about 80 km across the Gulf of Finland, was cancelled.",
            "about 80 km",
        ),
    ],
)
def test_no_true_claim_is_called_false_in_these_shapes(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]
    assert all(c.verdict != "inconsistent" for c in found), found
