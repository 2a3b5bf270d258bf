# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Thirteenth probe table for issue 15 (session 15, round 2): long wire sentences that hold
two or three claims among other numbers (deaths, degrees, millimetres of rain, gusts, a
quake's magnitude and depth, years, households), quotes with a speaker at a place
(``"We are only N km from <Y>," said a farmer in <X>``, ``sagte ein Polizist in <X>``),
lists of towns with their distances (``around <Y>: <A> (about N km), <B> (about M km) and
<C>``), distances in parentheses (``<X> (N km north of <Y>)``), miles with their km
conversion (``about N miles (M km) north-east of``), ``N km inland from`` /
``landeinwärts von``, ``<X> and <Y>, about N km apart``, ``From <Y> the coast road runs N
km south to <X>`` and ``Von <Y> aus sind es N km bis <X>``; both languages, every
continent.

Written before geomap read them, in places neither the dev claims sources nor the issue
name (grepped): Senegal, Mozambique, eastern Ethiopia; Kazakhstan, Sri Lanka, Japan's Sea
of Japan coast, Iran's north-west, Pakistan's Punjab, Tamil Nadu, northern Thailand;
Scotland's Highlands, Ireland's west, Norway's west coast, Finland, Thessaly and the
Peloponnese, Dalmatia; Washington State, the Texas Panhandle, Veracruz, southern Ecuador,
Chile's south, Argentina's north-west; Papua New Guinea, New Zealand's Manawatu,
Queensland's Darling Downs.

The points are the gazetteer's own GeoNames city rows (the most populous town of the name
in the country meant, looked up once by hand), and the truth is the geodesic between them
computed with geographiclib (``tests/support/claims_table``), never through geomap's
geometry. Each true figure rounds the geodesic as news does (to 5 km under 200 km, to 10 km
above; miles likewise, with the km conversion of the rounded miles); each false one is
twice the geodesic (half of it above 300 km). Rows of one sentence share its text; each
checks one claim.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_no_claim, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

R = Row

#: the gazetteer's points (lat, lon) of the places the rows use (GeoNames city rows)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Grenoble": (45.17869, 5.71479),
    "Lyon": (45.74906, 4.84789),
    "Valence": (44.9256, 4.90956),
    "Sfax": (34.74056, 10.76028),
    "Sousse": (35.82539, 10.63699),
    "Tunis": (36.81897, 10.16579),
    "Aberdeen": (57.14369, -2.09814),
    "Amarillo": (35.222, -101.8313),
    "Ardabil": (38.2498, 48.2933),
    "Bahawalpur": (29.39779, 71.6752),
    "Batticaloa": (7.7102, 81.6924),
    "Beira": (-19.84361, 34.83889),
    "Chiang Rai": (19.90858, 99.8325),
    "Chimoio": (-19.11639, 33.48333),
    "Cuenca": (-2.8953, -78.9963),
    "Dondo": (-19.60944, 34.74306),
    "Ennis": (52.84361, -8.98639),
    "Fort William": (56.81648, -5.11208),
    "Fukui": (36.06443, 136.22257),
    "Galway": (53.27245, -9.05095),
    "Goroka": (-6.085, 145.38667),
    "Harar": (9.31387, 42.11815),
    "Haugesund": (59.41378, 5.268),
    "Inverness": (57.47908, -4.22398),
    "Ipswich": (-27.62343, 152.76067),
    "Jijiga": (9.35, 42.8),
    "Jujuy": (-24.1928, -65.29342),
    "Kalamata": (37.03913, 22.11265),
    "Kanazawa": (36.6, 136.61667),
    "Kaolack": (14.15197, -16.07259),
    "Lae": (-6.72333, 146.99611),
    "Lampang": (18.29232, 99.49277),
    "Larissa": (39.62847, 22.42112),
    "Limerick": (52.66472, -8.62306),
    "Loja": (-3.99313, -79.20422),
    "Lubbock": (33.57786, -101.85517),
    "Machala": (-3.25886, -79.95876),
    "Madang": (-5.22152, 145.78695),
    "Madurai": (9.919, 78.11953),
    "Messini": (37.05111, 22.00778),
    "Multan": (30.19679, 71.47824),
    "Nampula": (-15.11646, 39.2666),
    "Osorno": (-40.57395, -73.13348),
    "Palmerston North": (-40.35636, 175.61113),
    "Patras": (38.2462, 21.73508),
    "Pori": (61.48072, 21.78518),
    "Pylos": (36.91298, 21.6965),
    "Pyrgos": (37.67513, 21.44102),
    "Salta": (-24.80645, -65.41999),
    "Shymkent": (42.30988, 69.60042),
    "Sibenik": (43.73429, 15.8942),
    "Spokane": (47.65966, -117.42908),
    "Stavanger": (58.97005, 5.73332),
    "Tabriz": (38.08, 46.2919),
    "Tampere": (61.49911, 23.78712),
    "Temuco": (-38.73628, -72.59738),
    "Thies": (14.78944, -16.92602),
    "Tirunelveli": (8.72742, 77.6838),
    "Toowoomba": (-27.56056, 151.95386),
    "Toyama": (36.7, 137.21667),
    "Trikala": (39.55493, 21.76837),
    "Trincomalee": (8.5778, 81.2289),
    "Turkestan": (43.29458, 68.25685),
    "Turku": (60.45148, 22.26869),
    "Valdivia": (-39.81422, -73.24589),
    "Vavuniya": (8.7514, 80.4971),
    "Veracruz": (19.18095, -96.1429),
    "Volos": (39.36923, 22.94769),
    "Whanganui": (-39.93333, 175.05),
    "Xalapa": (19.53124, -96.91589),
    "Yakima": (46.60207, -120.5059),
    "Zadar": (44.11578, 15.22514),
    "Ziguinchor": (12.56801, -16.27326),
}

EN = [
    R('en', 'KAOLACK, Senegal (Reuters) - Thies, about 115 km north-west of the city, and Ziguinchor, some 350 km to the south, reported 14 deaths from the heatwave on Monday, with temperatures of 46 degrees Celsius.', 'about 115 km', 'Thies', 'Kaolack', 'consistent'),
    R('en', 'KAOLACK, Senegal (Reuters) - Thies, about 115 km north-west of the city, and Ziguinchor, some 350 km to the south, reported 14 deaths from the heatwave on Monday, with temperatures of 46 degrees Celsius.', 'some 350 km', 'Ziguinchor', 'Kaolack', 'inconsistent'),
    R('en', 'BEIRA, Mozambique (AP) — Chimoio, about 165 km west of the port city, took in 3,000 people, and Nampula, some 350 km to the north, sent 40 trucks of food, officials said on Thursday.', 'about 165 km', 'Chimoio', 'Beira', 'consistent'),
    R('en', 'BEIRA, Mozambique (AP) — Chimoio, about 165 km west of the port city, took in 3,000 people, and Nampula, some 350 km to the north, sent 40 trucks of food, officials said on Thursday.', 'some 350 km', 'Nampula', 'Beira', 'inconsistent'),
    R('en', 'Aid reached the towns around Beira on Friday: Dondo (about 30 km), Chimoio (about 330 km) and Nhamatanda, where 1,500 homes were destroyed.', 'about 30 km', 'Dondo', 'Beira', 'consistent'),
    R('en', 'Aid reached the towns around Beira on Friday: Dondo (about 30 km), Chimoio (about 330 km) and Nhamatanda, where 1,500 homes were destroyed.', 'about 330 km', 'Chimoio', 'Beira', 'inconsistent'),
    R('en', '"We are only 310 km from Shymkent and we still have no power," said a farmer in Turkestan, where 20,000 homes were cut off by the storm.', 'only 310 km', 'Turkestan', 'Shymkent', 'inconsistent'),
    R('en', 'Spokane, about 160 miles (260 km) north-east of Yakima, got 30 cm of snow overnight, and schools in both cities stayed shut for a second day.', '160 miles', 'Spokane', 'Yakima', 'consistent'),
    R('en', 'Lubbock, some 230 miles (370 km) south of Amarillo, saw winds of 110 km/h and hail the size of golf balls, the National Weather Service said.', '230 miles', 'Lubbock', 'Amarillo', 'inconsistent'),
    R('en', 'Xalapa, the state capital, lies some 90 km inland from Veracruz, where 2,000 soldiers were deployed after the storm dropped 300 mm of rain.', 'some 90 km', 'Xalapa', 'Veracruz', 'consistent'),
    R('en', 'The quake, of magnitude 5.8, was felt in Loja and in Cuenca (125 km north of Loja), where two churches built in the 1880s were damaged.', '125 km', 'Cuenca', 'Loja', 'consistent'),
    R('en', 'Machala (about 115 km west of Cuenca) and Loja (some 250 km to the south) opened shelters for 4,000 people.', 'about 115 km', 'Machala', 'Cuenca', 'consistent'),
    R('en', 'Machala (about 115 km west of Cuenca) and Loja (some 250 km to the south) opened shelters for 4,000 people.', 'some 250 km', 'Loja', 'Cuenca', 'inconsistent'),
    R('en', 'INVERNESS, Scotland (Reuters) - Aberdeen, about 135 km to the east, and Fort William, some 185 km south-west of the city, were hit by the storm, which brought gusts of 145 km/h and cut power to 60,000 homes.', 'about 135 km', 'Aberdeen', 'Inverness', 'consistent'),
    R('en', 'INVERNESS, Scotland (Reuters) - Aberdeen, about 135 km to the east, and Fort William, some 185 km south-west of the city, were hit by the storm, which brought gusts of 145 km/h and cut power to 60,000 homes.', 'some 185 km', 'Fort William', 'Inverness', 'inconsistent'),
    R('en', 'Galway, some 75 km north of Limerick, closed its schools on Friday after 80 mm of rain fell in 24 hours; Ennis, about 30 km north-west of Limerick, did the same.', 'some 75 km', 'Galway', 'Limerick', 'consistent'),
    R('en', 'Galway, some 75 km north of Limerick, closed its schools on Friday after 80 mm of rain fell in 24 hours; Ennis, about 30 km north-west of Limerick, did the same.', 'about 30 km', 'Ennis', 'Limerick', 'consistent'),
    R('en', 'TRINCOMALEE, Sri Lanka (Reuters) - Batticaloa, about 110 km south of the port, and Vavuniya, some 165 km to the west, reported flooding after 300 mm of rain fell in two days.', 'about 110 km', 'Batticaloa', 'Trincomalee', 'consistent'),
    R('en', 'TRINCOMALEE, Sri Lanka (Reuters) - Batticaloa, about 110 km south of the port, and Vavuniya, some 165 km to the west, reported flooding after 300 mm of rain fell in two days.', 'some 165 km', 'Vavuniya', 'Trincomalee', 'inconsistent'),
    R('en', 'KANAZAWA, Japan (Kyodo) - Toyama, about 55 km east of the city, recorded a tremor of magnitude 5.1 at 4.12 am, and Fukui, some 70 km to the south-west, reported no damage.', 'about 55 km', 'Toyama', 'Kanazawa', 'consistent'),
    R('en', 'KANAZAWA, Japan (Kyodo) - Toyama, about 55 km east of the city, recorded a tremor of magnitude 5.1 at 4.12 am, and Fukui, some 70 km to the south-west, reported no damage.', 'some 70 km', 'Fukui', 'Kanazawa', 'consistent'),
    R('en', '"The water is still rising," a police officer in Ardabil, some 350 km east of Tabriz, told state television on Sunday.', 'some 350 km', 'Ardabil', 'Tabriz', 'inconsistent'),
    R('en', 'LAE, Papua New Guinea (AP) - Madang, about 430 km north-west of Lae, lost power for 12 hours, while Goroka, some 190 km to the west, was cut off by a landslide that buried 30 houses.', 'about 430 km', 'Madang', 'Lae', 'inconsistent'),
    R('en', 'LAE, Papua New Guinea (AP) - Madang, about 430 km north-west of Lae, lost power for 12 hours, while Goroka, some 190 km to the west, was cut off by a landslide that buried 30 houses.', 'some 190 km', 'Goroka', 'Lae', 'consistent'),
    R('en', 'Whanganui, some 65 km north-west of Palmerston North, recorded 120 mm of rain on Tuesday, its wettest day since 2015.', 'some 65 km', 'Whanganui', 'Palmerston North', 'consistent'),
    R('en', 'TEMUCO, Chile (Reuters) - Valdivia, about 130 km south-west of the city, and Osorno, some 420 km to the south, felt the 6.2 quake, which struck at a depth of 35 km.', 'about 130 km', 'Valdivia', 'Temuco', 'consistent'),
    R('en', 'TEMUCO, Chile (Reuters) - Valdivia, about 130 km south-west of the city, and Osorno, some 420 km to the south, felt the 6.2 quake, which struck at a depth of 35 km.', 'some 420 km', 'Osorno', 'Temuco', 'inconsistent'),
    R('en', 'SALTA, Argentina (Reuters) - Jujuy, about 70 km north of the city, declared an emergency after 2,000 people were evacuated, the provincial government said.', 'about 70 km', 'Jujuy', 'Salta', 'consistent'),
    R('en', 'Stavanger, about 55 km south of Haugesund, cancelled 40 flights and closed the E39 for six hours.', 'about 55 km', 'Stavanger', 'Haugesund', 'consistent'),
    R('en', 'TAMPERE, Finland (Reuters) - Turku, some 290 km to the south-west, and Pori, about 105 km west of the city, recorded minus 32 degrees, the lowest since 1987.', 'some 290 km', 'Turku', 'Tampere', 'inconsistent'),
    R('en', 'TAMPERE, Finland (Reuters) - Turku, some 290 km to the south-west, and Pori, about 105 km west of the city, recorded minus 32 degrees, the lowest since 1987.', 'about 105 km', 'Pori', 'Tampere', 'consistent'),
    R('en', 'Harar (about 75 km west of Jijiga) received 9,000 displaced people in March, the U.N. said.', 'about 75 km', 'Harar', 'Jijiga', 'consistent'),
    R('en', 'Bahawalpur, some 180 km south of Multan, and Multan itself, home to 2 million people, were the hottest places on Earth on Monday at 50 degrees.', 'some 180 km', 'Bahawalpur', 'Multan', 'inconsistent'),
    R('en', '"Tirunelveli is 140 km south of us and the river has burst its banks there too," said an official in Madurai.', '140 km', 'Tirunelveli', 'Madurai', 'consistent'),
    R('en', 'Chiang Rai, about 180 km north-east of Lampang, recorded the worst air quality of the year, with 320 micrograms of particulate matter.', 'about 180 km', 'Chiang Rai', 'Lampang', 'consistent'),
    R('en', 'Toowoomba, some 160 km west of Ipswich, was cut off on Wednesday, and the Warrego Highway stayed closed for 48 hours.', 'some 160 km', 'Toowoomba', 'Ipswich', 'inconsistent'),
    R('en', 'Larissa and Volos, about 55 km apart, reported 600 mm of rain between them.', 'about 55 km', 'Volos', 'Larissa', 'consistent', either_way=True),
    R('en', 'From Zadar the coast road runs 70 km south-east to Sibenik, where 200 tourists were evacuated on Saturday.', '70 km', 'Sibenik', 'Zadar', 'consistent', either_way=True),
    R('en', "Patras, the country's third-largest city, and Pyrgos, some 135 km to the south-west, ran out of water on Monday.", 'some 135 km', 'Pyrgos', 'Patras', 'inconsistent'),
    # round 3: the guard for an end read by recency leaves out a place the text measures from
    # the same reference (a coordinated subject): the false figure that fits it stays caught
    R('en', 'LYON, France (Reuters) - Grenoble, about 95 km to the south-east, and Valence, some 70 km from the city, were hit by hail the size of golf balls.', 'some 70 km', 'Valence', 'Lyon', 'inconsistent'),
    R('en', 'LYON, France (Reuters) - Grenoble, about 95 km to the south-east, and Valence, some 90 km south of the city, were hit by hail the size of golf balls.', 'some 90 km', 'Valence', 'Lyon', 'consistent'),
]

DE = [
    R('de', 'LARISSA (dpa) - Volos, rund 55 Kilometer südöstlich der Stadt, und Trikala, etwa 115 Kilometer westlich von Larissa, meldeten nach 400 Millimetern Regen Überschwemmungen.', 'rund 55 Kilometer', 'Volos', 'Larissa', 'consistent'),
    R('de', 'LARISSA (dpa) - Volos, rund 55 Kilometer südöstlich der Stadt, und Trikala, etwa 115 Kilometer westlich von Larissa, meldeten nach 400 Millimetern Regen Überschwemmungen.', 'etwa 115 Kilometer', 'Trikala', 'Larissa', 'inconsistent'),
    R('de', 'PATRAS (dpa) - Pyrgos, rund 70 Kilometer südwestlich der Hafenstadt, hatte am Montag kein Wasser mehr, 20.000 Haushalte waren betroffen.', 'rund 70 Kilometer', 'Pyrgos', 'Patras', 'consistent'),
    R('de', 'Betroffen waren Orte rund um Kalamata: Messini (etwa 10 Kilometer) und Pylos (etwa 80 Kilometer), wo 300 Häuser beschädigt wurden.', 'etwa 10 Kilometer', 'Messini', 'Kalamata', 'consistent'),
    R('de', 'Betroffen waren Orte rund um Kalamata: Messini (etwa 10 Kilometer) und Pylos (etwa 80 Kilometer), wo 300 Häuser beschädigt wurden.', 'etwa 80 Kilometer', 'Pylos', 'Kalamata', 'inconsistent'),
    R('de', '„Bis Zadar sind es nur 70 Kilometer, aber die Straße ist seit Samstag gesperrt“, sagte ein Polizist in Šibenik.', 'nur 70 Kilometer', 'Sibenik', 'Zadar', 'consistent'),
    R('de', 'Amarillo, rund 115 Meilen (185 Kilometer) nördlich von Lubbock, meldete Böen von 110 Kilometern pro Stunde.', '115 Meilen', 'Amarillo', 'Lubbock', 'consistent'),
    R('de', 'Yakima liegt etwa 320 Meilen (510 Kilometer) südwestlich von Spokane, wo 30 Zentimeter Schnee fielen.', '320 Meilen', 'Yakima', 'Spokane', 'inconsistent'),
    R('de', 'Xalapa liegt rund 180 Kilometer landeinwärts von Veracruz, wo 2000 Soldaten im Einsatz waren.', 'rund 180 Kilometer', 'Xalapa', 'Veracruz', 'inconsistent'),
    R('de', 'TURKU (dpa) - Pori, rund 120 Kilometer nördlich der Stadt, und Tampere, etwa 145 Kilometer nordöstlich von Turku, meldeten minus 32 Grad.', 'rund 120 Kilometer', 'Pori', 'Turku', 'consistent'),
    R('de', 'TURKU (dpa) - Pori, rund 120 Kilometer nördlich der Stadt, und Tampere, etwa 145 Kilometer nordöstlich von Turku, meldeten minus 32 Grad.', 'etwa 145 Kilometer', 'Tampere', 'Turku', 'consistent'),
    R('de', 'HARAR (dpa) - Jijiga, rund 150 Kilometer östlich der Stadt, nahm im März 9000 Vertriebene auf, wie die UN mitteilten.', 'rund 150 Kilometer', 'Jijiga', 'Harar', 'inconsistent'),
    R('de', 'MULTAN (dpa) - Bahawalpur, rund 90 Kilometer südlich der Stadt, war am Montag mit 50 Grad einer der heißesten Orte der Erde.', 'rund 90 Kilometer', 'Bahawalpur', 'Multan', 'consistent'),
    R('de', '„Tirunelveli liegt 280 Kilometer südlich von uns, und auch dort ist der Fluss über die Ufer getreten“, sagte ein Beamter in Madurai.', '280 Kilometer', 'Tirunelveli', 'Madurai', 'inconsistent'),
    R('de', 'Chiang Rai, etwa 360 Kilometer nordöstlich von Lampang, meldete mit 320 Mikrogramm Feinstaub die schlechteste Luft des Jahres.', 'etwa 360 Kilometer', 'Chiang Rai', 'Lampang', 'inconsistent'),
    R('de', 'Toowoomba, rund 80 Kilometer westlich von Ipswich, war am Mittwoch von der Außenwelt abgeschnitten.', 'rund 80 Kilometer', 'Toowoomba', 'Ipswich', 'consistent'),
    R('de', 'KAOLACK (dpa) - Thiès, rund 230 Kilometer nordwestlich der Stadt, und Ziguinchor, etwa 175 Kilometer südlich von Kaolack, meldeten 14 Hitzetote bei 46 Grad.', 'rund 230 Kilometer', 'Thies', 'Kaolack', 'inconsistent'),
    R('de', 'KAOLACK (dpa) - Thiès, rund 230 Kilometer nordwestlich der Stadt, und Ziguinchor, etwa 175 Kilometer südlich von Kaolack, meldeten 14 Hitzetote bei 46 Grad.', 'etwa 175 Kilometer', 'Ziguinchor', 'Kaolack', 'consistent'),
    R('de', 'BEIRA (dpa) - Chimoio, rund 165 Kilometer westlich der Hafenstadt, nahm 3000 Menschen auf; Dondo, etwa 55 Kilometer nordwestlich von Beira, schickte 40 Lastwagen.', 'rund 165 Kilometer', 'Chimoio', 'Beira', 'consistent'),
    R('de', 'BEIRA (dpa) - Chimoio, rund 165 Kilometer westlich der Hafenstadt, nahm 3000 Menschen auf; Dondo, etwa 55 Kilometer nordwestlich von Beira, schickte 40 Lastwagen.', 'etwa 55 Kilometer', 'Dondo', 'Beira', 'inconsistent'),
    R('de', '„Wir sind nur 155 Kilometer von Schymkent entfernt und haben immer noch keinen Strom“, sagte ein Bauer in Turkestan.', 'nur 155 Kilometer', 'Turkestan', 'Shymkent', 'consistent'),
    R('de', 'Das Beben der Stärke 5,8 war in Loja und in Cuenca (250 Kilometer nördlich von Loja) zu spüren, wo zwei Kirchen aus den 1880er Jahren beschädigt wurden.', '250 Kilometer', 'Cuenca', 'Loja', 'inconsistent'),
    R('de', 'INVERNESS (dpa) - Aberdeen, rund 270 Kilometer östlich der Stadt, und Fort William, etwa 90 Kilometer südwestlich von Inverness, wurden vom Sturm mit Böen von 145 Kilometern pro Stunde getroffen.', 'rund 270 Kilometer', 'Aberdeen', 'Inverness', 'inconsistent'),
    R('de', 'INVERNESS (dpa) - Aberdeen, rund 270 Kilometer östlich der Stadt, und Fort William, etwa 90 Kilometer südwestlich von Inverness, wurden vom Sturm mit Böen von 145 Kilometern pro Stunde getroffen.', 'etwa 90 Kilometer', 'Fort William', 'Inverness', 'consistent'),
    R('de', 'Galway, rund 145 Kilometer nördlich von Limerick, schloss am Freitag nach 80 Millimetern Regen seine Schulen; Ennis, etwa 30 Kilometer nordwestlich von Limerick, folgte.', 'rund 145 Kilometer', 'Galway', 'Limerick', 'inconsistent'),
    R('de', 'Galway, rund 145 Kilometer nördlich von Limerick, schloss am Freitag nach 80 Millimetern Regen seine Schulen; Ennis, etwa 30 Kilometer nordwestlich von Limerick, folgte.', 'etwa 30 Kilometer', 'Ennis', 'Limerick', 'consistent'),
    R('de', 'TRINCOMALEE (dpa) - Batticaloa, rund 220 Kilometer südlich der Hafenstadt, meldete nach 300 Millimetern Regen Überschwemmungen.', 'rund 220 Kilometer', 'Batticaloa', 'Trincomalee', 'inconsistent'),
    R('de', 'KANAZAWA (dpa) - Toyama, rund 55 Kilometer östlich der Stadt, und Fukui, etwa 140 Kilometer südwestlich von Kanazawa, meldeten ein Beben der Stärke 5,1.', 'rund 55 Kilometer', 'Toyama', 'Kanazawa', 'consistent'),
    R('de', 'KANAZAWA (dpa) - Toyama, rund 55 Kilometer östlich der Stadt, und Fukui, etwa 140 Kilometer südwestlich von Kanazawa, meldeten ein Beben der Stärke 5,1.', 'etwa 140 Kilometer', 'Fukui', 'Kanazawa', 'inconsistent'),
    R('de', '„Das Wasser steigt weiter“, sagte ein Polizist in Ardabil, rund 175 Kilometer östlich von Täbris, dem Staatsfernsehen.', 'rund 175 Kilometer', 'Ardabil', 'Tabriz', 'consistent'),
    R('de', 'Madang, rund 210 Kilometer nordwestlich von Lae, war zwölf Stunden ohne Strom; Goroka, etwa 380 Kilometer westlich von Lae, wurde von einem Erdrutsch abgeschnitten.', 'rund 210 Kilometer', 'Madang', 'Lae', 'consistent'),
    R('de', 'Madang, rund 210 Kilometer nordwestlich von Lae, war zwölf Stunden ohne Strom; Goroka, etwa 380 Kilometer westlich von Lae, wurde von einem Erdrutsch abgeschnitten.', 'etwa 380 Kilometer', 'Goroka', 'Lae', 'inconsistent'),
    R('de', 'TEMUCO (dpa) - Valdivia, rund 260 Kilometer südwestlich der Stadt, und Osorno, etwa 210 Kilometer südlich von Temuco, spürten das Beben der Stärke 6,2 in 35 Kilometern Tiefe.', 'rund 260 Kilometer', 'Valdivia', 'Temuco', 'inconsistent'),
    R('de', 'TEMUCO (dpa) - Valdivia, rund 260 Kilometer südwestlich der Stadt, und Osorno, etwa 210 Kilometer südlich von Temuco, spürten das Beben der Stärke 6,2 in 35 Kilometern Tiefe.', 'etwa 210 Kilometer', 'Osorno', 'Temuco', 'consistent'),
    R('de', 'Jujuy, rund 140 Kilometer nördlich von Salta, rief nach der Evakuierung von 2000 Menschen den Notstand aus.', 'rund 140 Kilometer', 'Jujuy', 'Salta', 'inconsistent'),
    R('de', 'Von Haugesund aus sind es rund 55 Kilometer bis Stavanger, wo 40 Flüge ausfielen.', 'rund 55 Kilometer', 'Stavanger', 'Haugesund', 'consistent', either_way=True),
    R('de', 'Whanganui, etwa 135 Kilometer nordwestlich von Palmerston North, meldete am Dienstag 120 Millimeter Regen.', 'etwa 135 Kilometer', 'Whanganui', 'Palmerston North', 'inconsistent'),
    # round 3: a description read as a place of its own sentence has no rival in the sentences before
    R('de', 'Am schwersten traf das Unwetter Sfax an der Küste. In Sousse fielen 80 Liter Regen pro Quadratmeter; die Stadt liegt rund 235 Kilometer südlich von Tunis.', 'rund 235 Kilometer', 'Sousse', 'Tunis', 'inconsistent'),
    R('de', 'Am schwersten traf das Unwetter Sfax an der Küste. In Sousse fielen 80 Liter Regen pro Quadratmeter; die Stadt liegt rund 120 Kilometer südlich von Tunis.', 'rund 120 Kilometer', 'Sousse', 'Tunis', 'consistent'),
]
# fmt: on

ROWS = [*EN, *DE]

#: rows (by text, or by text and quantity) geomap still gets wrong, each with its reason
#: (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}
# (the quote with no origin, 'Bis <Y> sind es nur N km' said by someone in <X>, is read from
# the speaker's place since session 17: docs/claims.md, "Session 17")


def test_the_table_is_balanced_and_honest() -> None:
    """At least 75 rows, about half in each language, at least a sixth of them false."""
    assert_balanced(EN, DE, at_least=75)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: numbers in the same long sentences that state no distance between two places: a gust,
#: a depth, rain, a temperature, a count, a year, money, a height. No claim may be reported
#: for their words.
# fmt: off
NON_CLAIMS: list[Any] = [
    ("en", "INVERNESS, Scotland (Reuters) - Gusts of 145 km/h cut power to 60,000 homes in the Highlands on Tuesday.", "145 km/h"),
    ("en", "TEMUCO, Chile (Reuters) - The 6.2 quake struck at a depth of 35 km under the Araucania region.", "35 km"),
    ("en", "Toyama recorded 120 mm of rain in 24 hours, its most since 1998.", "120 mm"),
    ("en", "The new bridge at Beira will be 1.2 km long and cost $150 million.", "1.2 km"),
    ("en", "Stavanger's airport lies 12 metres above sea level, 14 km from the city centre.", "12 metres"),
    ("en", "A 40-km queue of trucks formed at the border near Ziguinchor on Friday.", "40-km"),
    ("en", "The fire near Salta has burned 3,500 hectares, or 35 sq km, of forest since Sunday.", "35 sq km"),
    ("en", "Turkestan's 12-km ring road, opened in 2019, was closed by snow.", "12-km"),
    ("de", "INVERNESS (dpa) - Böen von 145 Kilometern pro Stunde legten in den Highlands den Strom in 60.000 Haushalten lahm.", "145 Kilometern"),
    ("de", "TEMUCO (dpa) - Das Beben der Stärke 6,2 ereignete sich in 35 Kilometern Tiefe.", "35 Kilometern"),
    ("de", "In Toyama fielen binnen 24 Stunden 120 Millimeter Regen, so viel wie seit 1998 nicht.", "120 Millimeter"),
    ("de", "Die neue Brücke in Beira soll 1,2 Kilometer lang werden und 150 Millionen Dollar kosten.", "1,2 Kilometer"),
    ("de", "An der Grenze bei Ziguinchor bildete sich am Freitag ein 40 Kilometer langer Lkw-Stau.", "40 Kilometer"),
    ("de", "Das Feuer bei Salta hat seit Sonntag 35 Quadratkilometer Wald vernichtet.", "35 Quadratkilometer"),
    ("de", "Der 12 Kilometer lange Ring um Turkestan wurde 2019 eröffnet und ist wegen Schnee gesperrt.", "12 Kilometer"),
    ("de", "Die Start- und Landebahn in Stavanger ist 2,5 Kilometer lang und liegt 12 Meter über dem Meer.", "2,5 Kilometer"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    NON_CLAIMS,
    ids=[f"{r[0] if isinstance(r, tuple) else r.values[0]}-{i}" for i, r in enumerate(NON_CLAIMS)],
)
def test_no_claim(analyze: Callable[..., Any], lang: str, text: str, number: str) -> None:
    """A gust, a depth, rain, a length, a height, an area or a ring road's length is no
    distance between two places: no claim is reported for it."""
    check_no_claim(analyze, lang, text, number)
