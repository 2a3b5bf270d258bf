# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Seven readings of the seventh pass (docs/claims.md), on sentences written for this test
before geomap read them, in regions and wording the claims corpus does not use:

- a distance with no compass point that goes on from where the text last stood
  (``some N km further downstream``, ``weiter flussabwärts``, ``further up the coast``;
  lexicon ``onward_along``): its reference is the place the text was at (the place before
  the subject in its sentence, else the last claim's subject, else the place named last,
  else the dateline), and a river makes it a route (a coast, since session 25, a
  straight line: a town placed along it);
- ``In <X>, das von <Y> N Kilometer entfernt ist`` (also ``..., wo ... und das von <Y>
  ...``): a reference before the number in a relative clause, whose antecedent is the
  subject;
- a town's name right before a capitalised feature noun (``Tokyo Bay``; lexicon
  ``feature_nouns_after``) names the feature, so it is not the subject of the apposition
  it stands in;
- a journey set off after its destination with its start after the distance (``taken
  to <B>, a drive of N km from <A>``) is a route between the two;
- ``davon`` / ``of it`` after a circle of latitude named last (``<A> liegt auf Höhe des
  Äquators, <B> rund N km südlich davon``) points back to the line;
- a border in the distance's clause (``<X>, near the Romanian border and some N km
  south-east of <Y>``) is where the subject lies, not the subject;
- a bare direction followed by a phrase of terrain that names no place (``to the
  south-east across the Andes``; lexicon ``terrain_prepositions``) is still seen from the
  dateline.

Each row asserts the two ends (within 30 km of hand coordinates), the computed straight
line (geographiclib from the hand coordinates, never geomap's geometry) and the verdict.
"""

from __future__ import annotations

import os

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")


#: hand coordinates (lat, lon)
AT: dict[str, tuple[float, float]] = {
    "Vienna": (48.2082, 16.3738),
    "Bratislava": (48.1486, 17.1077),
    "Mombasa": (-4.0435, 39.6682),
    "Malindi": (-3.2192, 40.1169),
    "Dresden": (51.0504, 13.7373),
    "Magdeburg": (52.1205, 11.6276),
    "Bergen": (60.3913, 5.3221),
    "Ålesund": (62.4722, 6.1495),
    "Arequipa": (-16.4090, -71.5375),
    "Puno": (-15.8402, -70.0219),
    "Tromsø": (69.6492, 18.9553),
    "Kiruna": (67.8558, 20.2253),
    "Innsbruck": (47.2692, 11.4041),
    "Bolzano": (46.4983, 11.3548),
    "Leoben": (47.3765, 15.0914),
    "Graz": (47.0707, 15.4395),
    "Tartu": (58.3780, 26.7290),
    "Tallinn": (59.4370, 24.7536),
    "Yokosuka": (35.2815, 139.6722),
    "Tokyo": (35.6762, 139.6503),
    "Mobile": (30.6954, -88.0399),
    "Fairhope": (30.5230, -87.9033),
    "Kelowna": (49.8880, -119.4960),
    "Kamloops": (50.6745, -120.3273),
    "Wien": (48.2082, 16.3738),
    "Belém": (-1.4558, -48.4902),
    "Sodankylä": (67.4167, 26.5833),
    "Lviv": (49.8397, 24.0297),
    "Chernivtsi": (48.2921, 25.9358),
    "Görlitz": (51.1528, 14.9873),
}


R = Row
# fmt: off
ONWARD = [
    R("en", "The flood crest passed Vienna on Monday. At Bratislava, some 55 km further downstream, the Danube rose 40 cm overnight.", "55 km", "Bratislava", "Vienna", "consistent", "route"),
    R("en", "The flood crest passed Vienna on Monday. At Bratislava, some 150 km further downstream, the Danube rose 40 cm overnight.", "150 km", "Bratislava", "Vienna", "inconsistent", "route"),
    R("en", "Fishermen in Mombasa stayed ashore on Friday. Malindi, a resort town some 105 km further up the coast, closed its beaches.", "105 km", "Malindi", "Mombasa", "consistent", "point"),
    R("de", "Am Montag erreichte der Scheitel der Flut Dresden. In Magdeburg, rund 190 Kilometer weiter flussabwärts, stieg die Elbe am Mittwoch auf 6,80 Meter.", "190 Kilometer", "Magdeburg", "Dresden", "consistent", "route"),
    R("de", "Die Sturmflut traf zuerst Bergen. Ålesund, gut 230 Kilometer weiter die Küste hinauf, meldete am Abend Hochwasser.", "230 Kilometer", "Ålesund", "Bergen", "consistent", "point"),
]
TERRAIN = [
    R("en", "AREQUIPA, Peru, March 3 (geomap) - Rain closed the roads. Puno, which lies about 175 km to the north-east across the Andes, was cut off for two days.", "175 km", "Puno", "Arequipa", "consistent"),
    R("en", "AREQUIPA, Peru, March 3 (geomap) - Rain closed the roads. Puno, which lies about 320 km to the north-east across the Andes, was cut off for two days.", "320 km", "Puno", "Arequipa", "inconsistent"),
    R("en", "TROMSØ, Norway, May 2 (geomap) - Snow fell again. Kiruna, some 210 km to the south on the far side of the mountains, also had snow.", "210 km", "Kiruna", "Tromsø", "consistent"),
    R("de", "INNSBRUCK, 2. Mai (geomap) – Es schneite erneut. Bozen, rund 85 Kilometer südlich hinter den Bergen, meldete ebenfalls Schnee.", "85 Kilometer", "Bolzano", "Innsbruck", "consistent"),
]
RELATIVE = [
    R("de", "Der Sturm traf am Abend auch die Steiermark. In Leoben, das von Graz rund 45 Kilometer entfernt ist, stürzten Bäume auf die Gleise.", "45 Kilometer", "Leoben", "Graz", "consistent"),
    R("de", "In Tartu, wo die älteste Universität des Landes steht und das von Tallinn rund 160 Kilometer entfernt ist, fiel der Strom aus.", "160 Kilometer", "Tartu", "Tallinn", "consistent"),
    R("de", "In Tartu, wo die älteste Universität des Landes steht und das von Tallinn rund 280 Kilometer entfernt ist, fiel der Strom aus.", "280 Kilometer", "Tartu", "Tallinn", "inconsistent"),
]
FEATURE = [
    R("en", "TOKYO, Japan, May 2 (geomap) - Storms hit the coast. Yokosuka, a naval port at the mouth of Tokyo Bay about 45 km south of the city, was closed.", "45 km", "Yokosuka", "Tokyo", "consistent"),
    R("en", "MOBILE, Alabama, May 2 (geomap) - Storms hit. Fairhope, a resort town of 23,000 people on Mobile Bay about 25 km south-east of the city, lost power.", "25 km", "Fairhope", "Mobile", "consistent"),
    R("en", "MOBILE, Alabama, May 2 (geomap) - Storms hit. Fairhope, a resort town of 23,000 people on Mobile Bay about 45 km south-east of the city, lost power.", "45 km", "Fairhope", "Mobile", "inconsistent"),
]
JOURNEY = [
    R("en", "Evacuees were taken by bus to Kamloops, a drive of about 140 km from Kelowna.", "140 km", "Kelowna", "Kamloops", "consistent", "route", True),
    R("en", "Evacuees were taken by bus to Kamloops, a drive of about 40 km from Kelowna.", "40 km", "Kelowna", "Kamloops", "inconsistent", "route", True),
    R("de", "Die Fans fuhren mit dem Sonderzug nach Graz, eine Strecke von rund 200 Kilometern von Wien aus.", "200 Kilometern", "Wien", "Graz", "consistent", "route", True),
]
ANAPHORA_LINE = [
    R("de", "Macapá liegt auf Höhe des Äquators, Belém dagegen rund 160 Kilometer südlich davon.", "160 Kilometer", "Belém", "Equator", "consistent"),
    R("en", "Rovaniemi sits on the Arctic Circle; Sodankylä lies about 95 km north of it.", "95 km", "Sodankylä", "Arctic Circle", "consistent"),
    R("en", "Rovaniemi sits on the Arctic Circle; Sodankylä lies about 190 km north of it.", "190 km", "Sodankylä", "Arctic Circle", "inconsistent"),
]
BORDER_IN_APPOSITION = [
    R("en", "Supplies reached Chernivtsi, near the Romanian border and some 220 km south-east of Lviv, on Friday.", "220 km", "Chernivtsi", "Lviv", "consistent"),
    R("en", "Supplies reached Chernivtsi, near the Romanian border and some 400 km south-east of Lviv, on Friday.", "400 km", "Chernivtsi", "Lviv", "inconsistent"),
    R("de", "Hilfsgüter erreichten Görlitz, direkt an der polnischen Grenze und rund 90 Kilometer östlich von Dresden, am Freitag.", "90 Kilometer", "Görlitz", "Dresden", "consistent"),
]
# fmt: on

ROWS = (
    [("onward", r) for r in ONWARD]
    + [("terrain", r) for r in TERRAIN]
    + [("relative", r) for r in RELATIVE]
    + [("feature", r) for r in FEATURE]
    + [("journey", r) for r in JOURNEY]
    + [("anaphora-line", r) for r in ANAPHORA_LINE]
    + [("border-in-apposition", r) for r in BORDER_IN_APPOSITION]
)


@pytest.mark.parametrize(
    ("kind", "row"), ROWS, ids=[f"{k}-{r.lang}-{i}" for i, (k, r) in enumerate(ROWS)]
)
def test_row(analyze, kind: str, row: Row) -> None:
    check_row(analyze, row, AT, quantity_either_way=False)
