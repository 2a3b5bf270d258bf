# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 15's reading classes found in the dev misses of the tenth pass (docs/claims.md,
"Tenth pass"), one group of rows per rule, each in other wording, other regions and both
languages: the speaker's place is the one the attribution introduces with a preposition
(``a Red Cross worker in <Y> said``), an article after a fronted prepositional phrase
opens the main clause (``From <A>, the convoy headed towards <B>, about N km south of the
city``), a route's direction after its end (``From <A>, the road runs to <B>, some N km to the
north-west``) is <B> as seen from <A>, an inserted ``seen from <A>`` is read past like an adjunct (``<X>, a port of N,
lies, seen from <A>, M km ...``), and a German verb second after a fronted participle
clause (``Rund N km südöstlich der Hauptstadt gelegen, verlor die Hafenstadt ...``), and
a bare description is first the topic carried on, when the text named it with that very noun (``the trekking
village of <X>``, ``die Stadt <X>``).

Each row asserts what a fact-checker would check: subject and reference (within 30 km of
the place), the computed distance and the verdict. The expected distance is computed here
with geographiclib from coordinates written by hand, never through geomap's geometry.
"""

from __future__ import annotations

import os

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Perth": (-31.9505, 115.8605), "Bunbury": (-33.3271, 115.6414), "Kalgoorlie": (-30.7490, 121.4660),
    "Nairobi": (-1.2921, 36.8219), "Nakuru": (-0.3031, 36.0800), "Mombasa": (-4.0435, 39.6682),
    "Kisumu": (-0.0917, 34.7680), "Naivasha": (-0.7167, 36.4333), "Kijabe": (-0.9333, 36.5833),
    "Linz": (48.3069, 14.2858), "Vienna": (48.2082, 16.3738), "Wels": (48.1575, 14.0289),
    "Munich": (48.1372, 11.5755), "Passau": (48.5667, 13.4319),
    "Rostock": (54.0924, 12.0991), "Berlin": (52.5200, 13.4050),
    "Madrid": (40.4168, -3.7038), "Valencia": (39.4699, -0.3763),
    "Darwin": (-12.4634, 130.8456), "Katherine": (-14.4650, 132.2635), "Salzburg": (47.8095, 13.0550),
}
# fmt: on

R = Row
# fmt: off
ROWS = [
    # the speaker's place: the one a preposition introduces, not a name before the speaker's noun
    R("en", 'PERTH (geomap) - "We are only 155 km from Perth," a Red Cross volunteer in Bunbury told reporters.', "155 km", "Bunbury", "Perth", "consistent"),
    R("en", 'PERTH (geomap) - "We are only 255 km from Perth," a Red Cross volunteer in Bunbury told reporters.', "255 km", "Bunbury", "Perth", "inconsistent"),
    R("en", 'DARWIN (geomap) - "We are about 270 km from Darwin," said a Red Cross nurse at Katherine.', "270 km", "Katherine", "Darwin", "consistent"),
    R("en", 'NAIROBI (geomap) - "We are about 140 km from Nairobi," said the mayor of Nakuru.', "140 km", "Nakuru", "Nairobi", "consistent"),
    R("de", "WIEN (geomap) – „Wir sind hier nur 30 Kilometer von Linz entfernt“, sagte ein Helfer des Roten Kreuzes in Wels.", "30 Kilometer", "Wels", "Linz", "consistent"),
    # after a fronted prepositional phrase, an article opens the main clause, not an apposition
    R("en", "From Nairobi, the convoy headed towards Nakuru, about 140 km north-west of the city.", "140 km", "Nakuru", "Nairobi", "consistent"),
    R("en", "From Perth, the trucks drove on to Bunbury, some 155 km south of the city.", "155 km", "Bunbury", "Perth", "consistent"),
    R("en", "From Perth, the trucks drove on to Bunbury, some 355 km south of the city.", "355 km", "Bunbury", "Perth", "inconsistent"),
    R("en", "In Kenya, the convoy reached Nakuru, about 140 km north-west of Nairobi.", "140 km", "Nakuru", "Nairobi", "consistent"),
    R("de", "Von Wien aus fuhr der Konvoi nach Linz, rund 155 Kilometer westlich der Stadt.", "155 Kilometer", "Linz", "Vienna", "consistent"),
    R("de", "Von Wien aus fuhren die Helfer nach Linz, rund 155 Kilometer westlich von Wien.", "155 Kilometer", "Linz", "Vienna", "consistent"),
    # a route's direction after its end, in an apposition: the end as seen from the start
    R("en", "From Nairobi, the road runs to Nakuru, some 140 km to the north-west.", "140 km", "Nakuru", "Nairobi", "consistent", "route", True),
    R("en", "From Darwin the highway runs to Katherine, some 270 km to the south-east.", "270 km", "Katherine", "Darwin", "consistent", "route", True),
    R("en", "From Darwin the highway runs to Katherine, some 270 km to the north-west.", "270 km", "Katherine", "Darwin", "inconsistent", "route", True),
    R("de", "Von Wien aus führt die Autobahn nach Linz, rund 155 Kilometer westlich.", "155 Kilometer", "Linz", "Vienna", "consistent", "route", True),
    # an inserted "seen from <A>" is read past like an adjunct: the subject opens the chain
    R("en", "Mombasa, a port of 1.2 million, lies, seen from Nairobi, about 440 km to the south-east.", "440 km", "Mombasa", "Nairobi", "consistent"),
    R("en", "Kalgoorlie, a mining town of 30,000, lies, seen from Perth, some 550 km to the east.", "550 km", "Kalgoorlie", "Perth", "consistent"),
    R("en", "Bunbury, a port of 75,000, lies, seen from Perth, about 255 km to the south.", "255 km", "Bunbury", "Perth", "inconsistent"),
    R("en", "Bunbury lies, seen from Perth, about 155 km to the south.", "155 km", "Bunbury", "Perth", "consistent"),
    R("de", "Passau, eine Stadt mit 50.000 Einwohnern, liegt, von München aus gesehen, rund 150 Kilometer nordöstlich.", "150 Kilometer", "Passau", "Munich", "consistent"),
    # a German verb second after a fronted participle clause: its subject right after it
    R("de", "BERLIN (geomap) – Der Sturm traf auch Rostock. Rund 200 Kilometer nordwestlich der Hauptstadt gelegen, verlor die Hafenstadt am Abend den Strom.", "200 Kilometer", "Rostock", "Berlin", "consistent"),
    R("de", "BERLIN (geomap) – Der Sturm traf auch Rostock. Rund 400 Kilometer nordwestlich der Hauptstadt gelegen, verlor die Hafenstadt am Abend den Strom.", "400 Kilometer", "Rostock", "Berlin", "inconsistent"),
    R("de", "WIEN (geomap) – Schwer getroffen wurde Linz. Gut 155 Kilometer westlich der Hauptstadt gelegen, meldete die Industriestadt am Abend Stromausfälle.", "155 Kilometer", "Linz", "Vienna", "consistent"),
    R("de", "MADRID (geomap) – Der Sturm traf Valencia. Etwa 300 Kilometer südöstlich der Hauptstadt gelegen, verlor die Hafenstadt den Strom.", "300 Kilometer", "Valencia", "Madrid", "consistent"),
    R("en", "BERLIN (geomap) - The storm also hit Rostock. Located some 200 km north-west of the capital, the port city lost power in the evening.", "200 km", "Rostock", "Berlin", "consistent"),
    # a bare description ("the town", "der Stadt"): the place the text named with that very noun
    R("en", "The market town of Nakuru, where 2,000 people were stranded, lies about 140 km north-west of Nairobi. Kisumu – like Nairobi a city on the railway – lies about 150 km west of the town.", "150 km", "Kisumu", "Nakuru", "consistent"),
    R("en", "The market town of Nakuru, where 2,000 people were stranded, lies about 140 km north-west of Nairobi. Kisumu – like Nairobi a city on the railway – lies about 350 km west of the town.", "350 km", "Kisumu", "Nakuru", "inconsistent"),
    # ... but only the topic carried on (the last claim's subject): a town merely named before is not
    R("en", "The town of Nakuru was flooded on Monday. Rescue teams reached Naivasha at dawn. Kijabe lies about 30 km south-east of the town.", "30 km", "Kijabe", "Naivasha", "consistent"),
    R("de", "Die Stadt Wels, in der 500 Menschen festsaßen, liegt rund 25 Kilometer südwestlich von Linz. Salzburg – wie Linz eine Stadt mit Festspielen – liegt rund 80 Kilometer südwestlich der Stadt.", "80 Kilometer", "Salzburg", "Wels", "consistent"),
]
# fmt: on


@pytest.mark.parametrize("row", ROWS, ids=[f"{r.lang}-{i}" for i, r in enumerate(ROWS)])
def test_row(analyze, row: Row) -> None:
    check_row(analyze, row, AT)
