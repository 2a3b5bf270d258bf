# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Sixth probe table for issue 15: longer news sentences where the claim sits among other
places and numbers, in wording no earlier table has.

Written for session 12 before geomap read them: half English, half German, from regions
the earlier rounds have few of: Central Asia (Karakalpakstan, Khorezm, the Fergana valley,
Kazakhstan's north and west, Turkmenistan, Tajikistan), the Caucasus (Georgia, Azerbaijan,
Armenia's south, Chechnya, Ossetia, Dagestan), the Horn of Africa (Somaliland, Puntland,
Jubaland, Djibouti, Eritrea, Ethiopia's east and south), the Andes (southern Colombia,
Ecuador, the Peruvian highlands, Bolivia's south, Chile's north, Argentina's north-west),
Oceania (Tonga, the Cook Islands, Tahiti, Kiribati, the Marshall Islands, Papua New
Guinea, New Zealand's North Island, Western Australia's north), Canada's north
(Nunavut, the Northwest Territories, the Yukon, northern Manitoba, Nunavik, Labrador) and
the Balkans (Kosovo, Albania, North Macedonia, Bosnia, Montenegro, Serbia, Croatia,
Bulgaria). The wording:

- the claim in a subordinate clause after the main event (``Rescuers reached <X>, where
  ..., after a drive from <Y>, about N km away``);
- several places in a coordination before the distance (``<A>, <B> and <C>, all within N
  km of <W>``): the claim is read for the first of them, as ``both`` is;
- the reference before the subject (``From <X> it is another N km to <Y>``, ``Von <X> aus
  sind es rund N Kilometer bis <Y>``), also after a colon or a dash;
- the subject only as a pronoun, ``there`` or ``dort`` after a sentence naming it;
- a descriptive subject (``the mining town``, ``die Grenzstadt``) two sentences after
  the name;
- numbers with their units written out (``zweihundert Kilometer``, ``a hundred miles``)
  and ranges (``zwischen 30 und 40 Kilometer``, ``70 to 80 km``);
- other numbers in the same sentence that are no claims (speeds, depths, years, road
  numbers, kilometre markers), and, in a table of their own, sentences whose only numbers
  look like distances and are none.

The points are the gazetteer's own points of the places (the GeoNames city rows the index
holds, looked up once by hand), and the truth is the geodesic between them computed here
with geographiclib (``tests/support/claims_table``), never through geomap's geometry.
About a fifth of the rows state a distance wrong by far more than any tolerance (their
verdict is ``inconsistent``). The rows after the last comment of each list were added after
the fixes (docs/claims.md, "Probe round 6"): other wording and regions each new rule must
also read, and one it must leave alone (``across the hills from <B>`` is no journey).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_no_claim, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: the gazetteer's points (lat, lon) of the places the rows use (GeoNames city rows)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    # Central Asia
    "Nukus": (42.45861, 59.60576), "Urgench": (41.55177, 60.63143), "Dashoguz": (41.83625, 59.96661),
    "Pavlodar": (52.27601, 76.96881), "Semey": (50.42064, 80.25025), "Ust-Kamenogorsk": (49.97143, 82.60586),
    "Atyrau": (47.1048, 51.88427), "Aktau": (43.66105, 51.17392),
    "Kostanay": (53.21435, 63.62463), "Petropavl": (54.87343, 69.15065),
    "Naryn": (41.4283, 75.9957), "Andijan": (40.78338, 72.35067), "Namangan": (40.9983, 71.67257),
    "Fergana": (40.38421, 71.78432), "Kulob": (37.91459, 69.78454), "Qarshi": (38.86056, 65.78905),
    "Dushanbe": (38.53575, 68.77905), "Bishkek": (42.87, 74.59),
    "Navoiy": (40.08444, 65.37917), "Turkmenabat": (39.07328, 63.57861), "Mary": (37.59378, 61.83031),
    "Balkanabat": (39.51075, 54.36713), "Turkmenbashi": (40.02216, 52.95517),
    # the Caucasus
    "Tbilisi": (41.69143, 44.83412), "Rustavi": (41.56271, 44.9787), "Gori": (41.98532, 44.1129),
    "Telavi": (41.91957, 45.47002), "Zugdidi": (42.5084, 41.86796), "Poti": (42.14272, 41.67384),
    "Sumqayit": (40.58972, 49.66861), "Sheki": (41.19194, 47.17056), "Lankaran": (38.75428, 48.85062),
    "Mingachevir": (40.76422, 47.06227), "Grozny": (43.31195, 45.68895), "Vladikavkaz": (43.04101, 44.66986),
    "Makhachkala": (42.97782, 47.50027), "Derbent": (42.06622, 48.28759),
    "Kapan": (39.20762, 46.40678), "Goris": (39.51111, 46.34168),
    # the Horn of Africa
    "Djibouti": (11.58901, 43.14503), "Hargeisa": (9.56, 44.065), "Berbera": (10.43959, 45.01432),
    "Burao": (9.52213, 45.53363), "Bosaso": (11.28421, 49.18158), "Garowe": (8.40207, 48.48284),
    "Galkayo": (6.76972, 47.43083), "Kismayo": (-0.35817, 42.54536), "Beledweyne": (4.73583, 45.20361),
    "Jijiga": (9.35, 42.8), "Harar": (9.31387, 42.11815), "Asmara": (15.33805, 38.93184),
    "Massawa": (15.60811, 39.47455), "Dessie": (11.13333, 39.63333), "Assab": (13.00917, 42.73944),
    "Hawassa": (7.06205, 38.47635), "Jimma": (7.67344, 36.83441),
    # the Andes
    "Potosi": (-19.58361, -65.75306), "Tarija": (-21.53549, -64.72956),
    "Ayacucho": (-13.1638, -74.22345), "Huancayo": (-12.06866, -75.21027),
    "Cajamarca": (-7.16378, -78.50027), "Loja": (-3.99313, -79.20422),
    "Tacna": (-18.01465, -70.25362), "Calama": (-22.45667, -68.92371), "Copiapo": (-27.36737, -70.33219),
    "La Serena": (-29.90591, -71.25014), "Ambato": (-1.24908, -78.61675), "Ibarra": (0.34881, -78.12462),
    "Esmeraldas": (0.9592, -79.65397), "Pasto": (1.21456, -77.27846), "Popayan": (2.43823, -76.61316),
    "Manizales": (5.0668, -75.50684), "Jujuy": (-24.1928, -65.29342), "Tucuman": (-26.81601, -65.21051),
    # Oceania
    "Nuku'alofa": (-21.13683, -175.20114), "Avarua": (-21.2075, -159.77546), "Papeete": (-17.5347, -149.56843),
    "Tarawa": (1.3278, 172.97696), "Majuro": (7.08971, 171.38027),
    "Madang": (-5.22152, 145.78695), "Mount Hagen": (-5.85746, 144.23058), "Goroka": (-6.085, 145.38667),
    "Wewak": (-3.54964, 143.63229), "Rabaul": (-4.20037, 152.16297),
    "Napier": (-39.4926, 176.91233), "Gisborne": (-38.65333, 178.00417), "Rotorua": (-38.13874, 176.24516),
    "New Plymouth": (-39.06667, 174.08333),
    "Broome": (-17.95538, 122.23922), "Port Hedland": (-20.31215, 118.61059), "Kununurra": (-15.77825, 128.74208),
    # Canada's north
    "Cambridge Bay": (69.11489, -105.05484), "Kugluktuk": (67.82743, -115.09649),
    "Norman Wells": (65.28201, -126.8329), "Fort Simpson": (61.86269, -121.35159),
    "Fort Smith": (60.00439, -111.88871), "Baker Lake": (64.32009, -96.02123), "Arviat": (61.10883, -94.05848),
    "Pond Inlet": (72.6992, -77.9595), "Igloolik": (69.37771, -81.79991),
    "Watson Lake": (60.06349, -128.70893), "Fort Nelson": (58.80533, -122.7002),
    "Thompson": (55.7435, -97.85579), "Kuujjuaq": (58.10732, -68.39968),
    "Happy Valley-Goose Bay": (53.3038, -60.32576),
    # the Balkans
    "Nis": (43.32472, 21.90333), "Kragujevac": (44.01667, 20.91667), "Prizren": (42.21389, 20.73972),
    "Pristina": (42.67272, 21.16688), "Peja": (42.65913, 20.28828), "Shkoder": (42.06828, 19.51258),
    "Vlore": (40.4696, 19.48379), "Durres": (41.32355, 19.45469), "Elbasan": (41.11138, 20.08224),
    "Gjirokaster": (40.07583, 20.13889), "Bitola": (41.03226, 21.33553), "Prilep": (41.34558, 21.5537),
    "Kumanovo": (42.13279, 21.71585), "Tuzla": (44.53842, 18.66709), "Zenica": (44.20169, 17.90397),
    "Osijek": (45.55066, 18.6942), "Niksic": (42.7731, 18.94446), "Bar": (42.0937, 19.09841),
    "Rijeka": (45.32673, 14.44241), "Pula": (44.86833, 13.84806),
    "Vidin": (43.99159, 22.88236), "Pleven": (43.41791, 24.61666), "Veliko Tarnovo": (43.08124, 25.62904),
}
# fmt: on

R = Row
# fmt: off
EN = [
    # the claim in a subordinate clause after the main event
    R("en", "Rescuers reached Naryn, where a mudslide had cut the only road, after a ten-hour drive from Andijan, about 310 km away.", "310 km", "Naryn", "Andijan", "consistent", None, True),
    R("en", "Doctors landed in Garowe, where the hospital had run out of oxygen, on a flight from Bosaso, some 330 km to the north.", "330 km", "Bosaso", "Garowe", "consistent"),
    R("en", "Crews restored power in Tacna, where the quake struck hardest, after a convoy arrived from Calama, roughly 900 km to the south.", "900 km", "Calama", "Tacna", "inconsistent"),
    R("en", "The ferry finally docked at Avarua, where hundreds had waited on the quay since dawn, after a voyage from Papeete, about 1,150 km to the east.", "1,150 km", "Papeete", "Avarua", "consistent"),
    # several places in a coordination before the distance
    R("en", "Namangan and Fergana, both about 65 km from Andijan, reported damage to schools and mosques after Tuesday's tremor.", "65 km", "Namangan", "Andijan", "consistent"),
    R("en", "Rustavi, Gori and Telavi, all within 70 km of Tbilisi, opened shelters for 3,000 displaced families on Saturday.", "70 km", "Rustavi", "Tbilisi", "consistent"),
    R("en", "Prizren, Peja and Gjakova, all more than 200 km from Pristina, closed their schools on Monday.", "200 km", "Prizren", "Pristina", "inconsistent"),
    # the reference before the subject
    R("en", "The convoy refuelled in Pavlodar. From Pavlodar it is another 310 km to Semey, along a road that floods every spring.", "310 km", "Semey", "Pavlodar", "consistent", None, True),
    R("en", "From Kugluktuk it is a further 430 km east to Cambridge Bay, a flight of two hours in good weather.", "430 km", "Cambridge Bay", "Kugluktuk", "consistent", None, True),
    R("en", "Seen from Atyrau – Aktau lies almost 390 km to the south, across the frozen edge of the Caspian.", "390 km", "Aktau", "Atyrau", "consistent"),
    R("en", "The last leg: from Kostanay, roughly 400 km north-east to Petropavl, through empty steppe.", "400 km", "Petropavl", "Kostanay", "consistent", None, True),
    # the subject only as a pronoun or `there`
    R("en", "Heavy snow cut off Watson Lake overnight. It lies about 370 km north-west of Fort Nelson, and the highway between them was closed.", "370 km", "Watson Lake", "Fort Nelson", "consistent"),
    R("en", "Dockers walked off the job in Berbera on Monday. There, about 140 km north-east of Hargeisa, ships queued for three days.", "140 km", "Berbera", "Hargeisa", "consistent"),
    R("en", "Fuel ran short in Pond Inlet this week. It lies some 900 km north of Igloolik and is supplied by sea once a year.", "900 km", "Pond Inlet", "Igloolik", "inconsistent"),
    R("en", "Aid flights resumed into Kismayo on Friday. From there it is roughly 640 km by road to Beledweyne.", "640 km", "Beledweyne", "Kismayo", "consistent", None, True),
    # a descriptive subject two sentences after the name
    R("en", "Protests broke out in Calama on Friday. Police fired tear gas near the main square. The mining town lies about 560 km north of Copiapó.", "560 km", "Calama", "Copiapo", "consistent"),
    R("en", "Cyclone warnings were issued for Gisborne. Schools closed early on Thursday. The coastal city is about 130 km north-east of Napier.", "130 km", "Gisborne", "Napier", "consistent"),
    R("en", "Ships were turned away from Rabaul. The harbour had been closed since Monday. The town is about 300 km east of Madang.", "300 km", "Rabaul", "Madang", "inconsistent"),
    R("en", "Polling stations opened late in Kulob. Turnout was low by noon. The city lies some 360 km east of Qarshi.", "360 km", "Kulob", "Qarshi", "consistent"),
    # numbers with their units written out
    R("en", "Kapan lies barely thirty-five kilometres south of Goris, but the mountain road between them takes an hour.", "thirty-five kilometres", "Kapan", "Goris", "consistent"),
    R("en", "Massawa, the Red Sea port where 40 containers were stranded, is some two hundred kilometres from Asmara.", "two hundred kilometres", "Massawa", "Asmara", "inconsistent"),
    R("en", "Broome, where the 2023 floods began, is just under three hundred miles north-east of Port Hedland.", "three hundred miles", "Broome", "Port Hedland", "consistent"),
    R("en", "Norman Wells, which has had no road link since 1986, is nearly five hundred kilometres north-west of Fort Simpson.", "five hundred kilometres", "Norman Wells", "Fort Simpson", "consistent"),
    # ranges
    R("en", "Kumanovo, which lies 70 to 80 km south-east of Pristina, sent two fire engines and 25 volunteers.", "70 to 80 km", "Kumanovo", "Pristina", "consistent"),
    R("en", "Vidin is between 150 and 160 km north-west of Pleven, and the 2017 bridge made it a freight hub.", "160 km", "Vidin", "Pleven", "consistent"),
    R("en", "Galkayo, 400 to 450 km south-west of Garowe, received 12 tonnes of food on Wednesday.", "450 km", "Galkayo", "Garowe", "inconsistent"),
    # other numbers among the places
    R("en", "The magnitude 6.1 quake, which struck at a depth of 10 km at 3:40 a.m., was felt in Lankaran, about 270 km south-east of Mingachevir, where 12 people were hurt.", "270 km", "Lankaran", "Mingachevir", "consistent"),
    R("en", "Traffic on Highway 5 was halted for 40 minutes near Fort Smith, roughly 550 km east of Fort Simpson, after a fuel truck overturned.", "550 km", "Fort Smith", "Fort Simpson", "consistent"),
    R("en", "In 2019, 14 climbers died on the peaks above Huancayo; on Sunday rescuers drove to Ayacucho, some 160 km to the south-east, at 40 km/h through fog.", "160 km", "Ayacucho", "Huancayo", "consistent"),
    R("en", "Baker Lake, a hamlet of about 2,000 people some 370 km north of Arviat, lost its runway lights on Tuesday.", "370 km", "Baker Lake", "Arviat", "consistent"),
    R("en", "Patients from Arviat, which lies roughly 640 km north of Thompson, were flown south at 500 km/h in an air ambulance.", "640 km", "Arviat", "Thompson", "consistent"),
    R("en", "Kuujjuaq, some 1,500 km north-west of Happy Valley-Goose Bay, reported winds of 110 km/h on Sunday.", "1,500 km", "Kuujjuaq", "Happy Valley-Goose Bay", "inconsistent"),
    R("en", "After 72 hours without power, Pasto, about 155 km south-west of Popayán, was reconnected to the 230-kV line.", "155 km", "Pasto", "Popayan", "consistent"),
    R("en", "The 4,000-tonne ferry left Rijeka at 7 a.m. for Pula, some 70 km to the south-west, with 300 passengers aboard.", "70 km", "Pula", "Rijeka", "consistent"),
    # other wording of the rules this table prompted
    R("en", "Firefighters reached Kununurra, where the blaze had jumped the highway, after a long drive from Broome, some 730 km to the west.", "730 km", "Broome", "Kununurra", "consistent"),
    R("en", "Supplies reached Galkayo, where the wells had dried up, on trucks from Beledweyne, some 700 km to the south-west.", "700 km", "Beledweyne", "Galkayo", "inconsistent"),
    R("en", "Shops stayed shut in Berbera, across the hills from Hargeisa, some 140 km to the north-east, after the port strike.", "140 km", "Berbera", "Hargeisa", "consistent"),
    R("en", "Goroka, Madang and Wewak, all more than 100 km from Mount Hagen, reported landslides after the rains.", "100 km", "Goroka", "Mount Hagen", "consistent"),
    R("en", "The capital of Eritrea lies about 65 km south-west of Massawa, whose port reopened on Monday.", "65 km", "Asmara", "Massawa", "consistent"),
    R("en", "Of the three towns, Tarija is the farthest: about 240 km south-east of Potosí.", "240 km", "Tarija", "Potosi", "consistent"),
    R("en", "Kismayo was the last to get aid: some 640 km south-west of Beledweyne, it had been cut off for weeks.", "640 km", "Kismayo", "Beledweyne", "consistent"),
    R("en", "Aktau was hit hardest: some 900 km south of Atyrau, the port lost power for two days.", "900 km", "Aktau", "Atyrau", "inconsistent"),
    R("en", "Officials in Harar said: about 75 km to the east, Jijiga was flooded.", "75 km", "Jijiga", "Harar", "consistent"),
    R("en", "The mayor of Tarija put it plainly: some 240 km north-west, Potosí has no water.", "240 km", "Potosi", "Tarija", "consistent"),
    R("en", "Elbasan is about thirty-five miles south-east of Durrës by the old road.", "thirty-five miles", "Elbasan", "Durres", "consistent"),
    R("en", "Tuzla lies seventy-five miles north-east of Zenica, officials said.", "seventy-five miles", "Tuzla", "Zenica", "inconsistent"),
]

DE = [
    # der Anspruch in einem Nebensatz nach dem Hauptereignis
    R("de", "Die Retter erreichten Peja, wo der Damm gebrochen war, nach einer Fahrt aus Prizren, das rund 60 Kilometer südöstlich liegt.", "60 Kilometer", "Prizren", "Peja", "consistent"),
    R("de", "Die Helfer kamen in Jijiga an, wo das Lager überfüllt war, nachdem sie in Harar, rund 75 Kilometer weiter westlich, aufgebrochen waren.", "75 Kilometer", "Harar", "Jijiga", "consistent"),
    R("de", "Der Zug hielt in Osijek, wo Hunderte auf dem Bahnsteig warteten, nach einer Fahrt aus Tuzla, das gut 300 Kilometer südlich liegt.", "300 Kilometer", "Tuzla", "Osijek", "inconsistent"),
    R("de", "Die Fähre legte in Majuro an, wo die Vorräte knapp geworden waren, nachdem sie in Tarawa, rund 660 Kilometer weiter südlich, abgelegt hatte.", "660 Kilometer", "Tarawa", "Majuro", "consistent"),
    # mehrere Orte in einer Aufzählung vor der Entfernung
    R("de", "Rustawi, Gori und Telawi, alle weniger als 70 Kilometer von Tiflis entfernt, öffneten am Samstag Notunterkünfte.", "70 Kilometer", "Rustavi", "Tbilisi", "consistent"),
    R("de", "Namangan und Fergana, beide rund 65 Kilometer von Andischan entfernt, meldeten Schäden an Schulen.", "65 Kilometer", "Namangan", "Andijan", "consistent"),
    R("de", "Shkodra, Durrës und Elbasan, alle mehr als 250 Kilometer von Vlora entfernt, schickten Helfer.", "250 Kilometer", "Shkoder", "Vlore", "inconsistent"),
    # der Bezug vor dem Gegenstand
    R("de", "Von Pawlodar aus sind es rund 310 Kilometer bis Semei, und die Straße ist im Frühjahr oft überflutet.", "310 Kilometer", "Semey", "Pavlodar", "consistent", None, True),
    R("de", "Von Kugluktuk sind es noch einmal gut 430 Kilometer bis Cambridge Bay, zwei Flugstunden bei gutem Wetter.", "430 Kilometer", "Cambridge Bay", "Kugluktuk", "consistent", None, True),
    R("de", "Von Atyrau aus gesehen – Aktau liegt knapp 390 Kilometer südlich, am Ostufer des Kaspischen Meers.", "390 Kilometer", "Aktau", "Atyrau", "consistent"),
    R("de", "Die letzte Etappe: von Potosí rund 240 Kilometer nach Südosten bis Tarija, über drei Pässe.", "240 Kilometer", "Tarija", "Potosi", "consistent", None, True),
    # der Gegenstand nur als Pronomen oder `dort`
    R("de", "In Derbent fiel am Montag der Strom aus. Dort, rund 120 Kilometer südöstlich von Machatschkala, blieben die Schulen geschlossen.", "120 Kilometer", "Derbent", "Makhachkala", "consistent"),
    R("de", "Der Sturm traf am Dienstag Gisborne. Es liegt rund 300 Kilometer nordöstlich von Napier und war stundenlang ohne Strom.", "300 Kilometer", "Gisborne", "Napier", "inconsistent"),
    R("de", "Schwere Regenfälle überfluteten am Wochenende Esmeraldas. Von dort sind es rund 180 Kilometer bis Ibarra.", "180 Kilometer", "Ibarra", "Esmeraldas", "consistent", None, True),
    R("de", "Der Flughafen von Wewak blieb am Freitag gesperrt. Er liegt rund 300 Kilometer nordwestlich von Madang.", "300 Kilometer", "Wewak", "Madang", "consistent"),
    # ein beschreibender Gegenstand zwei Sätze nach dem Namen
    R("de", "Die Grenze bei Jijiga wurde am Montag geschlossen. Hunderte Lastwagen stauten sich. Die Grenzstadt liegt rund 75 Kilometer östlich von Harar.", "75 Kilometer", "Jijiga", "Harar", "consistent"),
    R("de", "In Potosí streikten die Bergleute. Die Gewerkschaft forderte höhere Löhne. Die Bergbaustadt liegt rund 240 Kilometer nordwestlich von Tarija.", "240 Kilometer", "Potosi", "Tarija", "consistent"),
    R("de", "Proteste erschütterten am Wochenende Nikšić. Die Polizei nahm 30 Menschen fest. Die Industriestadt liegt knapp 80 Kilometer nördlich von Bar.", "80 Kilometer", "Niksic", "Bar", "consistent"),
    R("de", "Die Flut erreichte Majuro am Morgen. Der Flughafen wurde gesperrt. Die Inselhauptstadt liegt rund 1.500 Kilometer nördlich von Tarawa.", "1.500 Kilometer", "Majuro", "Tarawa", "inconsistent"),
    # Zahlen und Einheiten ausgeschrieben
    R("de", "Poti, wo 2008 Kriegsschiffe versenkt wurden, liegt keine fünfzig Kilometer südlich von Sugdidi.", "fünfzig Kilometer", "Poti", "Zugdidi", "consistent"),
    R("de", "Von Mary bis Türkmenabat sind es gut zweihundertzwanzig Kilometer durch die Wüste.", "zweihundertzwanzig Kilometer", "Mary", "Turkmenabat", "consistent", None, True),
    R("de", "Bitola, wo 1903 der Aufstand begann, liegt rund vierzig Kilometer südwestlich von Prilep.", "vierzig Kilometer", "Bitola", "Prilep", "consistent"),
    R("de", "Gjirokastra liegt etwa dreihundert Kilometer südöstlich von Vlora, an der Straße nach Griechenland.", "dreihundert Kilometer", "Gjirokaster", "Vlore", "inconsistent"),
    # Spannen
    R("de", "Sumgait, wo am Dienstag 14 Tanks brannten, liegt zwischen 210 und 230 Kilometer östlich von Scheki.", "230 Kilometer", "Sumqayit", "Sheki", "consistent"),
    R("de", "Dessie liegt 390 bis 410 Kilometer südwestlich von Assab, doch die Straße ist seit 1998 gesperrt.", "410 Kilometer", "Dessie", "Assab", "consistent"),
    R("de", "Zenica liegt zwischen 30 und 40 Kilometer südwestlich von Tuzla und hat rund 110.000 Einwohner.", "40 Kilometer", "Zenica", "Tuzla", "inconsistent"),
    R("de", "Kapan, 30 bis 40 Kilometer südlich von Goris, meldete am Sonntag Schneefall bis in 800 Meter Höhe.", "40 Kilometer", "Kapan", "Goris", "consistent"),
    # andere Zahlen zwischen den Orten
    R("de", "Das Beben der Stärke 5,8 ereignete sich in 12 Kilometern Tiefe und war auch in Grosny zu spüren, das knapp 90 Kilometer östlich von Wladikawkas liegt.", "90 Kilometer", "Grozny", "Vladikavkaz", "consistent"),
    R("de", "Auf der A 1 staute sich der Verkehr bei Kilometer 120, doch Niš, rund 110 Kilometer südöstlich von Kragujevac, blieb erreichbar.", "110 Kilometer", "Nis", "Kragujevac", "consistent"),
    R("de", "Im Jahr 2011 brachte ein Hubschrauber mit 250 km/h Verletzte nach Rotorua, das gut 160 Kilometer nördlich von Napier liegt.", "160 Kilometer", "Rotorua", "Napier", "consistent"),
    R("de", "Bei minus 40 Grad fuhr der Konvoi von Fort Nelson nach Watson Lake, rund 370 Kilometer nordwestlich.", "370 Kilometer", "Watson Lake", "Fort Nelson", "consistent"),
    R("de", "Die Passstraße auf 4.200 Metern bei Ambato ist gesperrt; Ambato liegt rund 185 Kilometer südlich von Ibarra.", "185 Kilometer", "Ambato", "Ibarra", "consistent"),
    R("de", "Kugluktuk, knapp 600 Kilometer nordöstlich von Norman Wells, meldete am Sonntag minus 45 Grad.", "600 Kilometer", "Kugluktuk", "Norman Wells", "consistent"),
    R("de", "Nach 36 Stunden auf See erreichte die Fähre am Montag Nukuʻalofa, das gut 3.000 Kilometer westlich von Avarua liegt.", "3.000 Kilometer", "Nuku'alofa", "Avarua", "inconsistent"),
    # andere Wortlaute der Regeln, die diese Tabelle anstieß
    R("de", "Die Ärzte trafen in Hawassa ein, wo die Cholera ausgebrochen war, nach einem Flug aus Jimma, das rund 190 Kilometer westlich liegt.", "190 Kilometer", "Jimma", "Hawassa", "consistent"),
    R("de", "Die Lastwagen erreichten Galkayo, wo die Brunnen versiegt waren, nach einer Fahrt aus Beledweyne, das rund 330 Kilometer südwestlich liegt.", "330 Kilometer", "Beledweyne", "Galkayo", "consistent"),
    R("de", "Napier, Rotorua und New Plymouth, alle weniger als 50 Kilometer von Gisborne entfernt, meldeten Sturmschäden.", "50 Kilometer", "Napier", "Gisborne", "inconsistent"),
    R("de", "Von den drei Orten liegt Pond Inlet am weitesten im Norden: knapp 400 Kilometer nördlich von Igloolik.", "400 Kilometer", "Pond Inlet", "Igloolik", "consistent"),
    R("de", "Am schlimmsten traf es Jijiga: rund 75 Kilometer östlich von Harar, seit Montag ohne Strom.", "75 Kilometer", "Jijiga", "Harar", "consistent"),
    R("de", "Am stärksten betroffen war Nukus: rund 500 Kilometer nordwestlich von Urgentsch.", "500 Kilometer", "Nukus", "Urgench", "inconsistent"),
    R("de", "Der Bürgermeister von Kapan sagte: Rund 35 Kilometer weiter nördlich sei auch Goris ohne Strom.", "35 Kilometer", "Goris", "Kapan", "consistent"),
    R("de", "Die Behörden in Mary meldeten: Rund 500 Kilometer nordöstlich sei auch Türkmenabat überflutet.", "500 Kilometer", "Turkmenabat", "Mary", "inconsistent"),
    R("de", "Die Hauptstadt Tadschikistans liegt gut 110 Kilometer nordwestlich von Kuljab, wo am Montag die Erde bebte.", "110 Kilometer", "Dushanbe", "Kulob", "consistent"),
    R("de", "Die Hauptstadt Kirgistans liegt rund 500 Kilometer nordwestlich von Naryn.", "500 Kilometer", "Bishkek", "Naryn", "inconsistent"),
]
# fmt: on

ROWS = EN + DE

#: rows (by text, or by text and quantity) that fail for a known reason (strict: they must
#: fail)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {
    "Rescuers reached Naryn, where a mudslide had cut the only road, after a ten-hour drive from Andijan, about 310 km away.": (
        "the resolver reads Naryn as Haqqulobod (Uzbekistan, whose other name is Naryn), "
        "25 km from Andijan, over Naryn (Kyrgyzstan) 310 km away: it prefers the bearer "
        "near the other place even when the stated distance rules it out"
    ),
    # ("Prizren, Peja and Gjakova, all more than 200 km from Pristina": fixed in session 17
    # round 3, an other name listed with a town of its country is read; no longer a limit)
    "Die Flut erreichte Majuro am Morgen. Der Flughafen wurde gesperrt. Die Inselhauptstadt liegt rund 1.500 Kilometer nördlich von Tarawa.": (
        "'die Inselhauptstadt' is read as a capital below the country's (lexicon "
        "regional_capital_words), which is never a country's capital; with no dateline and "
        "no place the text called so, the subject stays unknown (Majuro is the Marshall "
        "Islands' capital)"
    ),
}


def test_the_table_is_balanced_and_honest() -> None:
    """At least 60 rows, half in each language, and at least a sixth of them false."""
    assert_balanced(EN, DE, at_least=60)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: sentences whose only distance-like numbers are no distance between two places: a speed,
#: a depth, an altitude, a year, a road's number, a kilometre marker, a length with no
#: ends. No claim may be reported for their words (checked or not).
# fmt: off
NON_CLAIMS: list[tuple[str, str, str]] = [
    ("en", "The convoy left Naryn at 60 km/h on the road towards the Torugart pass.", "60 km"),
    ("en", "The quake struck at a depth of 35 km beneath Lankaran shortly after midnight.", "35 km"),
    ("en", "A bus overturned at kilometre 120 of the Pan-American Highway south of Ambato.", "120"),
    ("en", "Winds of up to 120 km/h tore roofs off in Gisborne and Napier.", "120 km"),
    ("en", "The road climbs to 4,800 metres above Potosí before it drops towards Tarija.", "4,800 metres"),
    ("en", "Traffic on Highway 401 near Kingston was stopped for three hours, police said.", "401"),
    ("en", "The 2,000 km Trans-Labrador Highway is gravel for much of its length.", "2,000 km"),
    ("de", "Das Flugzeug flog in 10.000 Metern Höhe über Aktobe hinweg.", "10.000 Metern"),
    ("de", "Das Beben ereignete sich in 35 Kilometern Tiefe unter Lankaran.", "35 Kilometern"),
    ("de", "Bei Kilometer 45 der Autobahn nach Prizren kam es zu einem Unfall.", "45"),
    ("de", "Mit 130 Kilometern pro Stunde raste der Wagen durch Osijek.", "130 Kilometern"),
    ("de", "Auf der A 9 bei Nürnberg staute sich der Verkehr am Freitag, die Polizei sperrte die B 4.", "9"),
    ("de", "Der Pass liegt 3.500 Meter über dem Meeresspiegel oberhalb von Tarija.", "3.500 Meter"),
    ("de", "Im Jahr 1999 wurde die 400 Kilometer lange Bahnstrecke eröffnet.", "400 Kilometer"),
    ("en", "North of Naryn the pass road rises to 3,600 metres, and lorries crawl at 20 km/h.", "3,600 metres"),
    ("de", "Oberhalb von Calama steigt die Passstraße auf 4.000 Meter an.", "4.000 Meter"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    NON_CLAIMS,
    ids=[f"{lang}-{number}" for lang, _, number in NON_CLAIMS],
)
def test_no_claim(analyze: Callable[..., Any], lang: str, text: str, number: str) -> None:
    """A speed, a depth, an altitude, a road number or a kilometre marker is no distance
    between two places: no claim is reported for its words."""
    check_no_claim(analyze, lang, text, number)
