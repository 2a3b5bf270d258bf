# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Eighth probe table for issue 15: the shape of real wire copy, in regions the earlier
rounds have few of.

Written for session 13 before geomap read them, half English, half German, from West
Africa's Sahel (Niger, Mali, Burkina Faso, Chad, Mauritania), Central America (Honduras,
Guatemala, Belize, Nicaragua, Costa Rica, Panama), the Arctic (Greenland, Svalbard,
Alaska, the Russian north, Finnmark), Indonesia's islands (Flores, Lombok, Sumbawa,
Kalimantan, Papua, Sumatra, Java), the Gulf states, the Baltic, Patagonia, and one row
each from Tasmania, New South Wales, Fiji, Sinaloa and Antarctica. The wording:

- long sentences with the claim among dates, casualty figures, temperatures, speeds and
  other places (``Gunmen killed at least 17 soldiers on Saturday near <X>, about N km
  north-west of the capital, the defence ministry said ...``);
- claims inside the quotation of an official (``"We are only N kilometres from <Y> ...,"
  the governor of <X> told reporters``, ``„Bis <Y> sind es von hier ...“, sagte ein
  Sprecher in <X>``), the speaker's place named after or before the quotation;
- ``away`` / ``entfernt`` closing the sentence with the place it is seen from named far
  before (``Officials in <Y> said ... <X>, where ..., roughly N km away``);
- the distance to the nearest town without a direction (``N km from the nearest city,
  <Y>``, ``von der nächsten größeren Stadt, <Y>, entfernt``);
- qualifiers and the verdict each gets (``knapp``, ``gut``, ``rund``, ``fast``,
  ``weniger als``, ``mehr als``, ``some``, ``nearly``, ``just``, ``barely``, ``within``,
  ``less than``, ``more than``);
- miles and nautical miles (and ``Seemeilen``);
- ``north of the capital`` / ``nördlich der Hauptstadt`` where the capital is that of the
  dateline's or the named country;
- and, in a table of their own, look-alikes that are no claims: a convoy's, a queue's or a
  race's length, ``Tempo 30``, a kilometre marker on a motorway between two named cities,
  a length of pipe, and casualties or closures within a radius.

The points are the gazetteer's own points of the places (the GeoNames city rows the index
holds, looked up once by hand; McMurdo Station is its facility row), and the truth is the
geodesic between them computed here with geographiclib (``tests/support/claims_table``),
never through geomap's geometry; a distance to the South Pole or a circle of latitude is
the meridian arc. About a fifth of the rows state a distance wrong by far more than any
tolerance, or a bound the distance breaks (``less than 100 km`` for 209 km).
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
    # the Sahel and the Sahara's edge
    "Niamey": (13.51366, 2.1098), "Tillaberi": (14.20711, 1.45418), "Dosso": (13.049, 3.1937),
    "Tahoua": (14.8888, 5.2692), "Zinder": (13.80716, 8.9881), "Maradi": (13.5, 7.10174),
    "Diffa": (13.31536, 12.61135), "Maiduguri": (11.84692, 13.15712), "Agadez": (16.97333, 7.99111),
    "Arlit": (18.73694, 7.38528), "Gao": (16.27167, -0.04472), "Menaka": (15.91985, 2.39609),
    "Kidal": (18.44345, 1.40921), "Ouagadougou": (12.36566, -1.53388), "Kaya": (13.0883, -1.08368),
    "Dori": (14.03326, -0.03333), "Djibo": (14.09864, -1.62665), "Fada N'Gourma": (12.06157, 0.35843),
    "N'Djamena": (12.10672, 15.0444), "Abeche": (13.82916, 20.8324), "Moundou": (8.57437, 16.07722),
    "Atar": (20.51875, -13.04637), "Zouerat": (22.73542, -12.47134),
    # Central America
    "Tegucigalpa": (14.0818, -87.20681), "San Pedro Sula": (15.50585, -88.02588), "La Ceiba": (15.75971, -86.78221),
    "Choluteca": (13.30569, -87.17882), "Guatemala City": (14.64072, -90.51327), "Coban": (15.47025, -90.37455),
    "Puerto Barrios": (15.72724, -88.59787), "Belize City": (17.49952, -88.19756), "Belmopan": (17.25376, -88.76401),
    "Managua": (12.13282, -86.2504), "Matagalpa": (12.92795, -85.91906), "Esteli": (13.09291, -86.35589),
    "Bluefields": (12.01292, -83.76449), "San Jose": (9.93388, -84.08489), "Limon": (9.99074, -83.03596),
    "Puntarenas": (9.97691, -84.8379), "Panama City": (8.9936, -79.51973), "David": (8.42729, -82.43085),
    # the Arctic
    "Norilsk": (69.3535, 88.2027), "Dudinka": (69.40583, 86.17778), "Vorkuta": (67.50867, 64.0667),
    "Salekhard": (66.53373, 66.60955), "Naryan-Mar": (67.63869, 53.00371), "Tiksi": (71.69075, 128.86524),
    "Yakutsk": (62.03114, 129.72288), "Pevek": (69.70279, 170.30708), "Anadyr": (64.73424, 177.5103),
    "Utqiagvik": (71.29058, -156.78872), "Fairbanks": (64.83778, -147.71639), "Nome": (64.50111, -165.40639),
    "Kotzebue": (66.89846, -162.59809), "Longyearbyen": (78.2232, 15.64689), "Barentsburg": (78.066, 14.233),
    "Nuuk": (64.18347, -51.72157), "Sisimiut": (66.93946, -53.6735), "Kangerlussuaq": (67.00876, -50.68937),
    "Tasiilaq": (65.61451, -37.63676), "Vardo": (70.37048, 31.11066), "Honningsvag": (70.98209, 25.97037),
    # Indonesia's islands
    "Kupang": (-10.17083, 123.60694), "Ende": (-8.8432, 121.6623), "Maumere": (-8.6199, 122.2111),
    "Labuan Bajo": (-8.4964, 119.8877), "Bima": (-8.46006, 118.72667), "Mataram": (-8.58333, 116.11667),
    "Denpasar": (-8.65, 115.21667), "Surabaya": (-7.24917, 112.75083), "Balikpapan": (-1.26753, 116.82887),
    "Samarinda": (-0.49167, 117.14583), "Banjarmasin": (-3.31987, 114.59075), "Sorong": (-0.87956, 131.26104),
    "Manokwari": (-0.86291, 134.06402), "Jayapura": (-2.53371, 140.71813), "Medan": (3.58333, 98.66667),
    "Banda Aceh": (5.54167, 95.33333),
    # the Gulf
    "Dubai": (25.07725, 55.30927), "Abu Dhabi": (24.45118, 54.39696), "Al Ain": (24.19167, 55.76056),
    "Fujairah": (25.11641, 56.34141), "Ras al-Khaimah": (25.78953, 55.9432), "Doha": (25.28545, 51.53096),
    "Manama": (26.22787, 50.58565), "Dammam": (26.43442, 50.10326), "Kuwait City": (29.367, 47.97429),
    "Basra": (30.50852, 47.7804), "Khasab": (26.17993, 56.24774), "Bandar Abbas": (27.1865, 56.2808),
    "Muscat": (23.58413, 58.40778), "Duqm": (19.66, 57.7),
    # the Baltic
    "Riga": (56.946, 24.10589), "Jelgava": (56.65, 23.71278), "Daugavpils": (55.88333, 26.53333),
    "Rezekne": (56.51028, 27.34), "Valmiera": (57.54108, 25.42751), "Liepaja": (56.50474, 21.01085),
    "Ventspils": (57.39485, 21.56121), "Siauliai": (55.93333, 23.31667), "Panevezys": (55.73186, 24.35983),
    "Kaliningrad": (54.70639, 20.51102), "Tallinn": (59.43696, 24.75353), "Rakvere": (59.34808, 26.35784),
    "Haapsalu": (58.93937, 23.54127), "Kuressaare": (58.25382, 22.49217), "Stockholm": (59.32938, 18.06871),
    "Mariehamn": (60.09726, 19.93481),
    # Patagonia
    "Puerto Montt": (-41.4693, -72.94237), "Coyhaique": (-45.57524, -72.06619), "Puerto Natales": (-51.72987, -72.50603),
    "El Calafate": (-50.34075, -72.27682), "Rio Gallegos": (-51.6253, -69.25229), "Trelew": (-43.24895, -65.30505),
    "Puerto Madryn": (-42.76848, -65.03827), "Comodoro Rivadavia": (-45.86256, -67.494), "Viedma": (-40.81519, -63.0004),
    "Bariloche": (-41.14557, -71.30822), "Neuquen": (-38.95078, -68.0592), "Esquel": (-42.91147, -71.31947),
    # Oceania, Mexico, Antarctica
    "Devonport": (-41.17695, 146.35152), "Burnie": (-41.05584, 145.90375), "Mildura": (-34.18551, 142.16251),
    "Wagga Wagga": (-35.12577, 147.35375), "Labasa": (-16.4332, 179.36451), "Lautoka": (-17.61686, 177.45049),
    "Culiacan": (24.80209, -107.39421), "Mazatlan": (23.22163, -106.41885), "McMurdo Station": (-77.846, 166.676),
    # added after the fixes
    "Alajuela": (10.01723, -84.21275), "Klaipeda": (55.7068, 21.13912), "Palanga": (55.9175, 21.06861),
    # the second batch
    "Ouahigouya": (13.5769, -2.41786), "Comayagua": (14.45577, -87.63968), "Ilulissat": (69.21981, -51.09861),
    "Sohar": (24.34745, 56.70937), "Parnu": (58.38588, 24.49711), "Ambon": (-3.69583, 128.18333),
    "Punta Arenas": (-53.16282, -70.90922), "Jurmala": (56.968, 23.77038), "Kiffa": (16.62073, -11.40208),
    "Nema": (16.61702, -7.25649),
    # the third batch
    "Ayorou": (14.73075, 0.91739), "Mao": (14.12286, 15.31189), "Bongor": (10.28088, 15.37425),
    "Juticalpa": (14.66438, -86.22246), "Quepos": (9.43063, -84.16231), "Bocas del Toro": (9.34031, -82.24204),
    "Aasiaat": (68.70869, -52.86366), "Uummannaq": (70.67442, -52.12545), "Waingapu": (-9.6567, 120.2641),
    "Tarakan": (3.31332, 117.59152), "Buraidah": (26.32599, 43.97497), "Riyadh": (24.68773, 46.72185),
    "Al Khor": (25.68389, 51.50583), "Valga": (57.77781, 26.0473), "Perito Moreno": (-46.5905, -70.92574),
    "Rosso": (16.51378, -15.80503), "Nouakchott": (18.08581, -15.9785), "Santa Rosa de Copan": (14.77388, -88.7756),
    "Tual": (-5.62878, 132.75229),
}
# fmt: on

R = Row
# fmt: off
EN = [
    # the Sahel
    R("en", "NIAMEY, June 1 (Reuters) - Gunmen on motorbikes killed at least 17 soldiers on Saturday near Tillabéri, about 105 km north-west of the capital, the defence ministry said in a statement read on state television.", "105 km", "Tillaberi", "Niamey", "consistent"),
    R("en", "\"We are only 130 kilometres from Niamey and yet no food convoy has reached us since April,\" the governor of Dosso told reporters on Tuesday.", "130 kilometres", "Dosso", "Niamey", "consistent"),
    R("en", "Officials in Gao said on Monday that fighters had also seized Ménaka, where some 3,000 families had sought shelter in April, roughly 260 km away.", "260 km", "Menaka", "Gao", "consistent"),
    R("en", "Diffa, the regional capital hit by more than 200 Boko Haram raids since 2015, lies some 250 miles north of Maiduguri, across the Komadugu Yobe river.", "250 miles", "Diffa", "Maiduguri", "inconsistent"),
    R("en", "Burkina Faso's military government said on Sunday that troops had retaken Kaya, some 95 km north-east of the capital, after two days of fighting in which 40 militants and six soldiers died.", "95 km", "Kaya", "Ouagadougou", "consistent"),
    R("en", "Djibo, a garrison town under blockade since 2022, is about 170 km from the nearest city, Dori, and lorries need a week to cover the distance under army escort.", "170 km", "Djibo", "Dori", "consistent"),
    R("en", "Fada N'Gourma, less than 100 km east of Ouagadougou, has taken in 40,000 displaced people since January, the UN refugee agency said on Friday.", "100 km", "Fada N'Gourma", "Ouagadougou", "inconsistent"),
    R("en", "Abéché, where aid agencies shelter more than 600,000 Sudanese refugees, lies nearly 660 km east of N'Djamena, a three-day drive in the rainy season.", "660 km", "Abeche", "N'Djamena", "consistent"),
    R("en", "Arlit, the uranium town 205 km north of Agadez, lost its last French-run mine in 2021 and its airport has been closed since May.", "205 km", "Arlit", "Agadez", "consistent"),
    # Central America
    R("en", "SAN PEDRO SULA, Honduras (AP) — Floodwaters rose on Friday in La Ceiba, some 135 km to the east, where 14 people died when a bridge collapsed on Thursday night.", "135 km", "La Ceiba", "San Pedro Sula", "consistent"),
    R("en", "\"From here it is barely 90 kilometres to Tegucigalpa, but the road has been cut in three places,\" said a Red Cross coordinator in Choluteca.", "90 kilometres", "Choluteca", "Tegucigalpa", "consistent", None, True),
    R("en", "Belmopan, the smallest capital in the Americas with fewer than 25,000 residents, lies about 65 km south-west of Belize City.", "65 km", "Belmopan", "Belize City", "consistent"),
    R("en", "Cobán, the coffee town where 11 people died in landslides last week, is some 300 km north of Guatemala City, the disaster agency Conred said.", "300 km", "Coban", "Guatemala City", "inconsistent"),
    R("en", "Matagalpa, within 100 km of Managua, received the first aid shipment on Wednesday, two days after the storm destroyed 1,200 homes.", "100 km", "Matagalpa", "Managua", "consistent"),
    R("en", "PANAMA CITY (Reuters) - Banana workers in David, about 200 miles to the west near the Costa Rican border, extended their strike into a fourth week on Monday.", "200 miles", "David", "Panama City", "consistent"),
    # the Arctic
    R("en", "Norilsk, the nickel city closed to foreigners since 2001, lies some 300 km north of the Arctic Circle.", "300 km", "Norilsk", "Arctic Circle", "consistent"),
    R("en", "Utqiagvik, the northernmost town in the United States, is about 500 miles north-west of Fairbanks, and no road links the two.", "500 miles", "Utqiagvik", "Fairbanks", "consistent"),
    R("en", "Kotzebue, which lost power for 30 hours after the storm, lies some 600 miles north-east of Nome, the Coast Guard said.", "600 miles", "Kotzebue", "Nome", "inconsistent"),
    R("en", "\"We are just 37 kilometres from Longyearbyen, but in winter the only way there is by snowmobile,\" said the director of the Russian mining trust in Barentsburg.", "37 kilometres", "Barentsburg", "Longyearbyen", "consistent"),
    R("en", "KANGERLUSSUAQ, Greenland — Flights to Sisimiut, about 130 km to the west, were cancelled on Monday as gusts reached 120 km/h.", "130 km", "Sisimiut", "Kangerlussuaq", "consistent"),
    R("en", "Pevek, home to the world's only floating nuclear power plant, is about 1,500 km north-west of Anadyr.", "1,500 km", "Pevek", "Anadyr", "inconsistent"),
    R("en", "Salekhard, which straddles the Arctic Circle, lies 155 km south-east of Vorkuta as the crow flies but more than 1,000 km away by rail.", "155 km", "Salekhard", "Vorkuta", "consistent"),
    # Indonesia's islands
    R("en", "KUPANG, Indonesia (Reuters) - A magnitude 6.1 earthquake damaged 300 houses in Ende, some 260 km north-west of Kupang, on Tuesday, the disaster agency said, and two people died in Maumere.", "260 km", "Ende", "Kupang", "consistent"),
    R("en", "Labuan Bajo, the gateway to Komodo National Park, is about 130 km east of Bima, and ferries between them were suspended for a third day.", "130 km", "Labuan Bajo", "Bima", "consistent"),
    R("en", "Mataram, the capital of Lombok, lies some 55 nautical miles east of Denpasar across the Lombok Strait.", "55 nautical miles", "Mataram", "Denpasar", "consistent"),
    R("en", "Banjarmasin, where the river burst its banks on Sunday and 9,000 people fled, is some 900 km south-west of Balikpapan.", "900 km", "Banjarmasin", "Balikpapan", "inconsistent"),
    R("en", "Police in Sorong said on Saturday the separatists had also attacked an airstrip in Manokwari, more than 300 km to the east.", "300 km", "Manokwari", "Sorong", "consistent"),
    # the Gulf
    R("en", "DUBAI, June 1 (Reuters) - A fire at an oil storage terminal in Fujairah, about 105 km to the east, was brought under control on Sunday after burning for 18 hours, civil defence said.", "105 km", "Fujairah", "Dubai", "consistent"),
    R("en", "Khasab, the Omani enclave on the Musandam peninsula, lies just 60 nautical miles south of Bandar Abbas across the Strait of Hormuz.", "60 nautical miles", "Khasab", "Bandar Abbas", "consistent"),
    R("en", "Doha is more than 400 km south-east of Manama, officials said, so the planned causeway would cut the trip by hours.", "400 km", "Doha", "Manama", "inconsistent"),
    R("en", "\"Basra is barely 130 km from here, and the smoke from its oil fields reaches us every winter,\" a municipal official in Kuwait City said.", "130 km", "Basra", "Kuwait City", "consistent", None, True),
    R("en", "Duqm, the port Oman is building into a hub for the Indian Ocean trade, lies some 150 km south of Muscat.", "150 km", "Duqm", "Muscat", "inconsistent"),
    # the Baltic
    R("en", "Liepāja, Latvia's third-largest city and home to its navy, lies roughly 105 km south of Ventspils.", "105 km", "Liepaja", "Ventspils", "consistent"),
    R("en", "RIGA, June 1 (Reuters) - Sugar beet farmers blocked roads into Jelgava, some 40 km to the south-west, for a second day on Thursday, and 200 tractors circled the ring road.", "40 km", "Jelgava", "Riga", "consistent"),
    R("en", "Kaliningrad, the Russian exclave where 9,000 troops are based, is about 600 km south-west of Šiauliai, home to NATO's Baltic air-policing mission.", "600 km", "Kaliningrad", "Siauliai", "inconsistent"),
    R("en", "Kuressaare, the main town on the island of Saaremaa, is about 53 nautical miles south-west of Haapsalu.", "53 nautical miles", "Kuressaare", "Haapsalu", "consistent"),
    # Patagonia
    R("en", "Puerto Natales, the Chilean town at the gateway to Torres del Paine, is about 155 km south of El Calafate on the Argentine side.", "155 km", "Puerto Natales", "El Calafate", "consistent"),
    R("en", "Comodoro Rivadavia, the oil town where 2,000 workers went on strike on Monday, is some 900 km south-west of Trelew.", "900 km", "Comodoro Rivadavia", "Trelew", "inconsistent"),
    R("en", "Bariloche, which draws a million skiers a year, is about 230 miles south-west of Neuquén.", "230 miles", "Bariloche", "Neuquen", "consistent"),
    # Oceania, Mexico, Antarctica
    R("en", "McMurdo Station, the largest research base in Antarctica with up to 1,000 people in summer, lies about 1,350 km from the South Pole.", "1,350 km", "McMurdo Station", "South Pole", "consistent"),
    R("en", "Devonport, where the Spirit of Tasmania ferry docks, is just 40 km east of Burnie.", "40 km", "Devonport", "Burnie", "consistent"),
    R("en", "Culiacán, where 23 people were killed in clashes this week, lies about 200 km north-west of Mazatlán.", "200 km", "Culiacan", "Mazatlan", "consistent"),
    # other wording of the rules this table prompted
    R("en", "Police said on Tuesday that, in Kuressaare, about 100 km south-west of Haapsalu, two ferries had collided in fog.", "100 km", "Kuressaare", "Haapsalu", "consistent"),
    R("en", "\"Mariehamn is only about 135 km from here,\" a port official in Stockholm said.", "135 km", "Mariehamn", "Stockholm", "consistent", None, True),
    R("en", "\"Ventspils is barely 50 km from here,\" the mayor's spokesman said in Liepāja.", "50 km", "Ventspils", "Liepaja", "inconsistent", None, True),
    R("en", "Alajuela, home to Costa Rica's main airport, lies about 17 km north-west of San José.", "17 km", "Alajuela", "San Jose", "consistent"),
    R("en", "Ventspils lies about 105 km north of Liepāja. In Palanga, across the border, 2,000 people were evacuated. Klaipėda, some 25 km further down the coast, closed its port.", "25 km", "Klaipeda", "Palanga", "consistent"),
    # a second batch, written after the first fixes in the same shapes (before geomap read it)
    R("en", "Amadou Diallo runs the only clinic left in Djibo. \"We are 100 kilometres from Ouahigouya and the road is mined,\" he said.", "100 kilometres", "Djibo", "Ouahigouya", "consistent"),
    R("en", "Honduras declared a state of emergency on Monday after three days of rain. In Comayagua, about 60 km north-west of the capital, 4,000 people were moved to shelters.", "60 km", "Comayagua", "Tegucigalpa", "consistent"),
    R("en", "The mayor of Kiffa, a market town on the Route de l'Espoir, said that Néma, where 40,000 Malian refugees live in camps, was some 440 km away.", "440 km", "Nema", "Kiffa", "consistent", None, True),
    R("en", "Rescuers in Ilulissat, the town by the ice fjord, said the hunters had set out from Sisimiut, nearly 280 km to the south, on Thursday.", "280 km", "Sisimiut", "Ilulissat", "consistent"),
    R("en", "Kotzebue, a hub for 11 villages in the Northwest Arctic Borough, is about 150 miles south-west of Utqiagvik.", "150 miles", "Kotzebue", "Utqiagvik", "inconsistent"),
    R("en", "\"Our port in Sohar is only 90 kilometres south-east of Fujairah, so the oil spill will reach us within days,\" the Omani environment minister told reporters on Sunday.", "90 kilometres", "Sohar", "Fujairah", "consistent"),
    R("en", "Pärnu, Estonia's summer capital, where 12 people drowned last July, is just over 160 km north of Riga, about two hours by car.", "160 km", "Parnu", "Riga", "consistent"),
    R("en", "Gao, which French troops left in 2022, lies about 280 km north-west of Tillabéri, across the border in Niger, officials said.", "280 km", "Gao", "Tillaberi", "consistent"),
    R("en", "PUNTA ARENAS, Chile (AP) — Hikers stranded near Puerto Natales, nearly 200 km to the north-west, were rescued on Sunday after four nights in temperatures of minus 15 degrees.", "200 km", "Puerto Natales", "Punta Arenas", "consistent"),
    R("en", "Sorong, on the Bird's Head peninsula, lies some 900 km north-east of Ambon, the Moluccan capital where 19 people died in riots last week.", "900 km", "Sorong", "Ambon", "inconsistent"),
    # a third batch, written after the second batch's fix (before geomap read it)
    R("en", "Fighting near Ayorou, a fishing town on the Niger river close to the Malian border, killed 12 civilians on Sunday, said Issa Garba, a local official reached by phone in Niamey, some 185 km away.", "185 km", "Ayorou", "Niamey", "consistent", None, True),
    R("en", "Clashes in Kidal, where rebels seized Tessalit last year, spread to Gao, some 300 km away.", "300 km", "Gao", "Kidal", "consistent", None, True),
    R("en", "Mao, the capital of Kanem province where malnutrition rates top 20 percent, lies 225 km north of N'Djamena.", "225 km", "Mao", "N'Djamena", "consistent"),
    R("en", "Bongor, 205 km south of N'Djamena on the Logone river, was flooded for the second time in three years.", "205 km", "Bongor", "N'Djamena", "consistent"),
    R("en", "Juticalpa, the capital of Olancho department, is within 130 km of Tegucigalpa by air.", "130 km", "Juticalpa", "Tegucigalpa", "consistent"),
    R("en", "Quepos, the gateway to Manuel Antonio park, where three tourists drowned this week, is less than 60 km south of San José as the crow flies.", "60 km", "Quepos", "San Jose", "consistent"),
    R("en", "Bocas del Toro, an archipelago town 55 nautical miles north of David, lost its only ferry on Tuesday.", "55 nautical miles", "Bocas del Toro", "David", "consistent"),
    R("en", "Aasiaat, a town of 3,000 on an island at the mouth of Disko Bay, lies about 90 km south-west of Ilulissat.", "90 km", "Aasiaat", "Ilulissat", "consistent"),
    R("en", "Uummannaq, where a tsunami in 2017 killed four people, is some 500 km north of Ilulissat.", "500 km", "Uummannaq", "Ilulissat", "inconsistent"),
    R("en", "Waingapu on Sumba island is some 370 km west of Kupang, the provincial capital.", "370 km", "Waingapu", "Kupang", "consistent"),
    R("en", "Tarakan, an island city that was an oil hub in the 1940s, sits more than 420 km north of Samarinda.", "420 km", "Tarakan", "Samarinda", "consistent"),
    R("en", "Buraidah, the capital of Qassim province, lies some 330 km north-west of Riyadh.", "330 km", "Buraidah", "Riyadh", "consistent"),
    R("en", "Al Khor, home to one of the 2022 World Cup stadiums, is about 45 km north of Doha.", "45 km", "Al Khor", "Doha", "consistent"),
    R("en", "Valga, the twin town split by the Estonian-Latvian border, is 160 km north-east of Riga.", "160 km", "Valga", "Riga", "consistent"),
    R("en", "Perito Moreno, not to be confused with the glacier of the same name 400 km to the south, lies about 280 km west of Comodoro Rivadavia.", "280 km", "Perito Moreno", "Comodoro Rivadavia", "consistent"),
]

DE = [
    # der Sahel
    R("de", "NIAMEY (dpa) - Bei einem Anschlag auf einen Markt in Tahoua, rund 370 Kilometer nordöstlich der Hauptstadt, sind am Samstag mindestens 23 Menschen getötet worden, teilte das Innenministerium mit.", "370 Kilometer", "Tahoua", "Niamey", "consistent"),
    R("de", "Die Armee meldete am Montag aus Zinder, auch Maradi sei in der Nacht angegriffen worden, rund 200 Kilometer entfernt.", "200 Kilometer", "Maradi", "Zinder", "consistent", None, True),
    R("de", "Tschads Regierung teilte mit, in Moundou, gut 400 Kilometer südlich der Hauptstadt, seien bei Zusammenstößen zwischen Viehhirten und Bauern 17 Menschen ums Leben gekommen.", "400 Kilometer", "Moundou", "N'Djamena", "consistent"),
    R("de", "Kidal, die Hochburg der Tuareg-Rebellen, liegt knapp 600 Kilometer nördlich von Gao.", "600 Kilometer", "Kidal", "Gao", "inconsistent"),
    R("de", "Zouérat, die Bergbaustadt im Norden Mauretaniens, liegt rund 250 Kilometer nördlich von Atar.", "250 Kilometer", "Zouerat", "Atar", "consistent"),
    # das Baltikum
    R("de", "„Wir sind hier nur knapp 45 Kilometer von Riga entfernt, und trotzdem fährt seit Mai kein Bus“, sagte der Bürgermeister von Jelgava am Dienstag.", "45 Kilometer", "Jelgava", "Riga", "consistent"),
    R("de", "Daugavpils, Lettlands zweitgrößte Stadt mit rund 80.000 Einwohnern, liegt gut 190 Kilometer südöstlich von Riga.", "190 Kilometer", "Daugavpils", "Riga", "consistent"),
    R("de", "Rēzekne, rund 85 Kilometer nordöstlich von Daugavpils, meldete am Mittwoch den dritten Stromausfall in einer Woche.", "85 Kilometer", "Rezekne", "Daugavpils", "consistent"),
    R("de", "In Valmiera, etwa 100 Kilometer nordöstlich von Riga, demonstrierten am Samstag 3.000 Menschen gegen die Schließung des Krankenhauses.", "100 Kilometer", "Valmiera", "Riga", "consistent"),
    R("de", "Šiauliai liegt weniger als 30 Kilometer westlich von Panevėžys, sagte der Sprecher der litauischen Luftwaffe am Montag.", "30 Kilometer", "Siauliai", "Panevezys", "inconsistent"),
    R("de", "Rakvere, wo am Freitag ein Munitionslager explodierte, liegt rund 90 Kilometer östlich von Tallinn.", "90 Kilometer", "Rakvere", "Tallinn", "consistent"),
    R("de", "Mariehamn, die Hauptstadt der Åland-Inseln, liegt rund 73 Seemeilen nordöstlich von Stockholm.", "73 Seemeilen", "Mariehamn", "Stockholm", "consistent"),
    # Mittelamerika
    R("de", "TEGUCIGALPA (dpa) - Nach den schweren Regenfällen ist San Pedro Sula, rund 180 Kilometer nordwestlich der Hauptstadt, seit Sonntag von der Außenwelt abgeschnitten.", "180 Kilometer", "San Pedro Sula", "Tegucigalpa", "consistent"),
    R("de", "Der Bürgermeister von Puerto Barrios sagte: „Wir liegen nur 66 Kilometer von San Pedro Sula entfernt, aber die Grenze ist seit Tagen zu.“", "66 Kilometer", "Puerto Barrios", "San Pedro Sula", "consistent"),
    R("de", "Bluefields an der Karibikküste liegt rund 270 Kilometer östlich von Managua, eine durchgehende Straße gibt es erst seit 2019.", "270 Kilometer", "Bluefields", "Managua", "consistent"),
    R("de", "Limón, wo am Dienstag ein Frachter mit 40 Tonnen Kokain entdeckt wurde, liegt etwa 400 Kilometer östlich von San José.", "400 Kilometer", "Limon", "San Jose", "inconsistent"),
    R("de", "Nach Angaben der Behörden liegt Puntarenas fast 85 Kilometer westlich von San José.", "85 Kilometer", "Puntarenas", "San Jose", "consistent"),
    R("de", "Estelí ist gut 50 Kilometer von der nächsten größeren Stadt, Matagalpa, entfernt.", "50 Kilometer", "Esteli", "Matagalpa", "consistent"),
    # die Arktis
    R("de", "Tasiilaq, die größte Siedlung an Grönlands Ostküste, ist fast 700 Kilometer von der Hauptstadt Nuuk entfernt.", "700 Kilometer", "Tasiilaq", "Nuuk", "consistent"),
    R("de", "Dudinka, der Hafen am Jenissei, über den das Nickel aus Norilsk verschifft wird, liegt rund 80 Kilometer westlich der Bergbaustadt.", "80 Kilometer", "Dudinka", "Norilsk", "consistent"),
    R("de", "Naryan-Mar liegt rund 470 Kilometer westlich von Workuta.", "470 Kilometer", "Naryan-Mar", "Vorkuta", "consistent"),
    R("de", "Tiksi an der Laptewsee ist mehr als 2.000 Kilometer von Jakutsk entfernt.", "2.000 Kilometer", "Tiksi", "Yakutsk", "inconsistent"),
    R("de", "Vardø, Norwegens östlichste Stadt, liegt gut 200 Kilometer östlich von Honningsvåg am Nordkap.", "200 Kilometer", "Vardo", "Honningsvag", "consistent"),
    R("de", "Fairbanks liegt rund 270 Kilometer südlich des Polarkreises.", "270 Kilometer", "Fairbanks", "Arctic Circle", "inconsistent"),
    # Indonesiens Inseln
    R("de", "Maumere auf der Insel Flores liegt rund 65 Kilometer östlich von Ende.", "65 Kilometer", "Maumere", "Ende", "consistent"),
    R("de", "Bei dem Erdbeben vor Lombok kamen am Sonntag 14 Menschen ums Leben; in Mataram, knapp 100 Kilometer östlich von Denpasar, stürzten zwei Moscheen ein.", "100 Kilometer", "Mataram", "Denpasar", "consistent"),
    R("de", "Banda Aceh, wo der Tsunami 2004 mehr als 160.000 Menschen tötete, liegt rund 430 Kilometer nordwestlich von Medan.", "430 Kilometer", "Banda Aceh", "Medan", "consistent"),
    R("de", "Samarinda, rund 90 Kilometer nördlich von Balikpapan, soll an die neue Hauptstadt Nusantara angebunden werden.", "90 Kilometer", "Samarinda", "Balikpapan", "consistent"),
    R("de", "Jayapura ist von Sorong gut 1.000 Kilometer entfernt.", "1.000 Kilometer", "Jayapura", "Sorong", "consistent"),
    R("de", "Surabaya liegt etwa 800 Kilometer nordwestlich von Denpasar.", "800 Kilometer", "Surabaya", "Denpasar", "inconsistent"),
    # die Golfstaaten
    R("de", "ABU DHABI (dpa) - In Al Ain, rund 140 Kilometer östlich der Hauptstadt, wurden am Montag 50,8 Grad gemessen.", "140 Kilometer", "Al Ain", "Abu Dhabi", "consistent"),
    R("de", "Ras al-Khaimah liegt knapp 100 Kilometer nordöstlich von Dubai.", "100 Kilometer", "Ras al-Khaimah", "Dubai", "consistent"),
    R("de", "„Bis Manama sind es von hier nur rund 140 Kilometer“, sagte ein Sprecher des Außenministeriums in Doha.", "140 Kilometer", "Manama", "Doha", "consistent", None, True),
    R("de", "Dammam liegt mehr als 500 Kilometer nordwestlich von Doha.", "500 Kilometer", "Dammam", "Doha", "inconsistent"),
    R("de", "Kuwait-Stadt liegt nur rund 130 Kilometer südlich von Basra.", "130 Kilometer", "Kuwait City", "Basra", "consistent"),
    # Patagonien
    R("de", "El Calafate, Ausgangspunkt für Touren zum Perito-Moreno-Gletscher, liegt knapp 260 Kilometer nordwestlich von Río Gallegos.", "260 Kilometer", "El Calafate", "Rio Gallegos", "consistent"),
    R("de", "Coyhaique liegt rund 460 Kilometer südlich von Puerto Montt, die Carretera Austral ist aber fast doppelt so lang.", "460 Kilometer", "Coyhaique", "Puerto Montt", "consistent"),
    R("de", "Trelew ist knapp 60 Kilometer von Puerto Madryn entfernt, wo am Freitag 300 Pinguine tot am Strand gefunden wurden.", "60 Kilometer", "Trelew", "Puerto Madryn", "consistent"),
    R("de", "Esquel liegt rund 500 Kilometer südlich von Bariloche.", "500 Kilometer", "Esquel", "Bariloche", "inconsistent"),
    R("de", "Viedma, die Hauptstadt der Provinz Río Negro, liegt etwa 275 Kilometer nordöstlich von Puerto Madryn.", "275 Kilometer", "Viedma", "Puerto Madryn", "consistent"),
    # Ozeanien
    R("de", "Mildura liegt rund 490 Kilometer westlich von Wagga Wagga.", "490 Kilometer", "Mildura", "Wagga Wagga", "consistent"),
    R("de", "Labasa auf Vanua Levu liegt rund 130 Seemeilen nordöstlich von Lautoka.", "130 Seemeilen", "Labasa", "Lautoka", "consistent"),
    # andere Wortlaute der Regeln, die diese Tabelle anstieß
    R("de", "Die Behörden teilten mit, in Esquel, rund 200 Kilometer südlich von Bariloche, sei ein Waldbrand ausgebrochen.", "200 Kilometer", "Esquel", "Bariloche", "consistent"),
    R("de", "Vorkuta liegt rund 155 Kilometer von der nächsten Stadt, Salekhard, entfernt.", "155 Kilometer", "Vorkuta", "Salekhard", "consistent"),
    R("de", "Ventspils liegt rund 400 Kilometer westlich der Hauptstadt, Riga.", "400 Kilometer", "Ventspils", "Riga", "inconsistent"),
    R("de", "„Salekhard ist von hier aus rund 155 Kilometer entfernt“, sagte ein Sprecher in Workuta.", "155 Kilometer", "Salekhard", "Vorkuta", "consistent", None, True),
    R("de", "Alajuela liegt knapp 20 Kilometer nordwestlich von San José.", "20 Kilometer", "Alajuela", "San Jose", "consistent"),
    # ein zweiter Schwung, nach den ersten Korrekturen in denselben Formen geschrieben
    R("de", "Amadou Diallo leitet die letzte Klinik in Djibo. „Wir sind 100 Kilometer von Ouahigouya entfernt, und die Straße ist vermint“, sagte er.", "100 Kilometer", "Djibo", "Ouahigouya", "consistent"),
    R("de", "Honduras rief am Montag den Notstand aus. In Comayagua, etwa 60 Kilometer nordwestlich der Hauptstadt, wurden 4.000 Menschen in Notunterkünfte gebracht.", "60 Kilometer", "Comayagua", "Tegucigalpa", "consistent"),
    R("de", "Der Bürgermeister von Kiffa sagte, auch Néma, wo 40.000 malische Flüchtlinge in Lagern leben, sei mit rund 440 Kilometern Entfernung nicht mehr erreichbar.", "440 Kilometern", "Nema", "Kiffa", "consistent", None, True),
    R("de", "Die Jäger waren am Donnerstag in Sisimiut aufgebrochen, knapp 280 Kilometer südlich von Ilulissat, teilte die Polizei mit.", "280 Kilometer", "Sisimiut", "Ilulissat", "consistent"),
    R("de", "Pärnu, Estlands Sommerhauptstadt, liegt gut 300 Kilometer nördlich von Riga und ist in zwei Stunden mit dem Auto zu erreichen.", "300 Kilometer", "Parnu", "Riga", "inconsistent"),
    R("de", "Gao, das französische Truppen 2022 verließen, liegt rund 280 Kilometer nordwestlich von Tillabéri im Nachbarland Niger.", "280 Kilometer", "Gao", "Tillaberi", "consistent"),
    R("de", "PUNTA ARENAS (dpa) - Nahe Puerto Natales, knapp 200 Kilometer weiter nordwestlich, wurden am Sonntag vier Wanderer gerettet.", "200 Kilometer", "Puerto Natales", "Punta Arenas", "consistent"),
    R("de", "Sorong auf der Vogelkop-Halbinsel liegt etwa 460 Kilometer nordöstlich von Ambon, wo vergangene Woche bei Unruhen 19 Menschen starben.", "460 Kilometer", "Sorong", "Ambon", "consistent"),
    R("de", "Jūrmala, der Badeort mit 50.000 Einwohnern, liegt nur 20 Kilometer westlich von Riga; an seinen Stränden wurden am Wochenende 30 Grad gemessen.", "20 Kilometer", "Jurmala", "Riga", "consistent"),
    R("de", "Von Šiauliai bis Riga sind es rund 120 Kilometer, der Zug braucht aber drei Stunden.", "120 Kilometer", "Siauliai", "Riga", "consistent", None, True),
    # ein dritter Schwung
    R("de", "Nach Angaben der Polizei liegt Rosso an der Grenze zum Senegal gut 175 Kilometer südlich von Nouakchott.", "175 Kilometer", "Rosso", "Nouakchott", "consistent"),
    R("de", "Agadez, das Tor zur Sahara, ist von Niamey aus mehr als 700 Kilometer entfernt.", "700 Kilometer", "Agadez", "Niamey", "consistent"),
    R("de", "In Santa Rosa de Copán, rund 115 Kilometer südwestlich von San Pedro Sula, starben am Dienstag drei Menschen bei einem Erdrutsch.", "115 Kilometer", "Santa Rosa de Copan", "San Pedro Sula", "consistent"),
    R("de", "„Bis Tegucigalpa sind es von hier nur 50 Kilometer“, sagte ein Bauer in Juticalpa.", "50 Kilometer", "Juticalpa", "Tegucigalpa", "inconsistent", None, True),
    R("de", "Tual auf den Kei-Inseln liegt rund 550 Kilometer südöstlich von Ambon.", "550 Kilometer", "Tual", "Ambon", "consistent"),
    R("de", "Dudinka, wo am Montag 40 Grad Frost gemessen wurden, liegt knapp 80 Kilometer westlich von Norilsk.", "80 Kilometer", "Dudinka", "Norilsk", "consistent"),
    R("de", "Die Behörden sagten, in Al Khor, rund 150 Kilometer nördlich von Doha, sei ein Tanklager explodiert.", "150 Kilometer", "Al Khor", "Doha", "inconsistent"),
    R("de", "Buraida liegt rund 330 Kilometer nordwestlich der saudischen Hauptstadt.", "330 Kilometer", "Buraidah", "Riyadh", "consistent"),
    R("de", "Von Comodoro Rivadavia nach Perito Moreno sind es auf der Ruta 43 rund 280 Kilometer.", "280 Kilometer", "Perito Moreno", "Comodoro Rivadavia", "consistent", None, True),
    R("de", "Mao, die Hauptstadt der Provinz Kanem, in der jedes fünfte Kind unterernährt ist, liegt 225 Kilometer nördlich von N'Djamena.", "225 Kilometer", "Mao", "N'Djamena", "consistent"),
    R("de", "Uummannaq, wo 2017 ein Tsunami vier Menschen tötete, liegt rund 500 Kilometer nördlich von Ilulissat.", "500 Kilometer", "Uummannaq", "Ilulissat", "inconsistent"),
    R("de", "Das Inselstädtchen Bocas del Toro, 55 Seemeilen nördlich von David, verlor am Dienstag seine einzige Fähre.", "55 Seemeilen", "Bocas del Toro", "David", "consistent"),
    R("de", "Die Kämpfe in Kidal, wo Rebellen im vergangenen Jahr Tessalit eroberten, griffen auf Gao über, rund 300 Kilometer entfernt.", "300 Kilometer", "Gao", "Kidal", "consistent", None, True),
]
# fmt: on

ROWS = EN + DE

#: rows (by text, or by text and quantity) that fail for a known reason (strict: they must
#: fail)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {
    "Nach Angaben der Polizei liegt Rosso an der Grenze zum Senegal gut 175 Kilometer südlich von Nouakchott.": (
        "the resolver reads 'Rosso' next to 'an der Grenze zum Senegal' as the Senegalese "
        "Rosso across the river (185 km from Nouakchott), not the Mauritanian town on the "
        "border (175 km); the verdict is right, the measured distance 10 km off"
    ),
    "Bariloche, which draws a million skiers a year, is about 230 miles south-west of Neuquén.": (
        "the English geoparser finds no place in 'Bariloche' anywhere ('Flights to "
        "Bariloche' neither; the German one finds San Carlos de Bariloche), so the claim "
        "has no subject"
    ),
}


def test_the_table_is_balanced_and_honest() -> None:
    """At least 70 rows, about half in each language, at least a sixth of them false."""
    assert_balanced(EN, DE, at_least=70)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: sentences whose only distance-like numbers are no distance between two places: a
#: convoy's, a queue's or a race's length, a speed limit, a kilometre marker, a length of
#: pipe, a radius of casualties or closures. No claim may be reported for their words.
# fmt: off
NON_CLAIMS: list[tuple[str, str, str]] = [
    ("en", "A 30-km convoy of lorries carrying grain left Niamey for Tillabéri on Monday under army escort.", "30-km"),
    ("en", "Drivers waited in a 5-km-long queue at the border crossing near Puerto Barrios on Friday.", "5-km"),
    ("en", "The 100-km ultramarathon around Bariloche drew 400 runners from 12 countries on Sunday.", "100-km"),
    ("en", "The crash happened at kilometre 42 of the motorway between Dubai and Abu Dhabi, police said.", "kilometre 42"),
    ("en", "Workers laid 2.5 km of pipe near Balikpapan last week, the state oil company said.", "2.5 km"),
    ("en", "All 12 victims lived within 3 km of the gold mine outside Kidal, the governor said.", "3 km"),
    ("en", "Houses within a radius of 20 km around Ende were damaged by the quake.", "20 km"),
    ("en", "Up to 200 km of the road between Kiffa and Néma is still unpaved, the ministry said.", "200 km"),
    ("de", "In der Altstadt von Riga gilt seit Montag Tempo 30.", "30"),
    ("de", "Vor dem Grenzübergang bei Rēzekne bildete sich am Freitag ein 5 Kilometer langer Stau.", "5 Kilometer"),
    ("de", "Der 100-Kilometer-Lauf rund um Bariloche zog am Sonntag 400 Läufer an.", "100-Kilometer"),
    ("de", "Der Unfall ereignete sich bei Kilometer 42 der Autobahn zwischen Dubai und Abu Dhabi.", "Kilometer 42"),
    ("de", "Ein 30 Kilometer langer Konvoi mit Hilfsgütern verließ am Montag Niamey in Richtung Tillabéri.", "30 Kilometer"),
    ("de", "Im Umkreis von 10 Kilometern um Zinder wurden alle Schulen geschlossen.", "10 Kilometern"),
    ("de", "Arbeiter verlegten bei Samarinda in der vergangenen Woche 2,5 Kilometer Rohre.", "2,5 Kilometer"),
    ("de", "Alle Opfer wohnten im Umkreis von drei Kilometern um die Mine bei Kidal.", "drei Kilometern"),
    # other wording of the rules this table prompted
    ("en", "Schools within a radius of 15 miles around Kupang were closed after the quake.", "15 miles"),
    ("en", "Some 300 km of the railway between Kayes and Bamako has been closed since 2018.", "300 km"),
    ("de", "Im Radius von 30 Kilometern um Nuuk fiel am Montag der Strom aus.", "30 Kilometern"),
    ("de", "Im Umkreis von 50 Kilometern um Ende bebte die Erde.", "50 Kilometern"),
    # the second batch
    ("en", "A tanker was seized 20 nautical miles off Fujairah on Friday, the navy said.", "20 nautical miles"),
    ("de", "Ein Tanker wurde am Freitag 20 Seemeilen vor Fujairah festgesetzt.", "20 Seemeilen"),
    # the third batch
    ("en", "The quake opened a 2-km-wide crack near Waingapu.", "2-km"),
    ("en", "Troops searched every village within 30 km of Ayorou.", "30 km"),
    ("de", "Die Polizei sperrte die Autobahn bei Kilometer 120 zwischen Riad und Buraida.", "Kilometer 120"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    NON_CLAIMS,
    ids=[f"{lang}-{number}" for lang, _, number in NON_CLAIMS],
)
def test_no_claim(analyze: Callable[..., Any], lang: str, text: str, number: str) -> None:
    """A convoy's, a queue's or a race's length, a speed limit, a kilometre marker, a length
    of pipe or a radius is no distance between two places: no claim is reported for it."""
    check_no_claim(analyze, lang, text, number)
