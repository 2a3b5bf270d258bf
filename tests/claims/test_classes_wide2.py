# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Issue 15's classes on a second wide table of sentences written for this test before
geomap read them: appositions of every shape (class 1), the plain verbs and shapes of a
distance, number words, miles, nautical miles and ranges, descriptive references (3), the
reference before the number or at the dateline (4), route lengths (6), German adjective +
city (7), lines of latitude (10) and summits, flights and vague quantities (11), both
languages, in regions the first table lacks (West and Central Africa, Central Asia, the
Caucasus, the Andes, the Pacific islands, Scandinavia, Iberia, the Balkans, Canada's north).

Each row asserts what a fact-checker would check: subject and reference (within 30 km of
the place, or the line of latitude), the computed distance and the verdict. The expected
distance is computed here with geographiclib from coordinates written by hand from an
atlas, never through geomap's geometry; a route is checked as its straight line (what
geomap computes before it applies the route allowance).
"""

from __future__ import annotations

import os

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")


#: hand coordinates (lat, lon) of the places the rows use
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Douala": (4.0483, 9.7043), "Yaoundé": (3.8480, 11.5021), "Kumasi": (6.6885, -1.6244),
    "Accra": (5.6037, -0.1870), "Tamale": (9.4008, -0.8393), "Osh": (40.5283, 72.7985),
    "Bishkek": (42.8746, 74.5698), "Almaty": (43.2220, 76.8512), "Gyumri": (40.7942, 43.8453),
    "Yerevan": (40.1792, 44.4991), "Batumi": (41.6168, 41.6367), "Tbilisi": (41.7151, 44.8271),
    "Kutaisi": (42.2679, 42.6946), "Bergen": (60.3913, 5.3221), "Oslo": (59.9139, 10.7522),
    "Niš": (43.3209, 21.8958), "Belgrade": (44.7866, 20.4489), "Mostar": (43.3438, 17.8078),
    "Sarajevo": (43.8563, 18.4131), "Ohrid": (41.1231, 20.8016), "Skopje": (41.9981, 21.4254),
    "Iqaluit": (63.7467, -68.5170), "Ottawa": (45.4215, -75.6972), "Dawson City": (64.0601, -139.4320),
    "Whitehorse": (60.7212, -135.0568), "Potosí": (-19.5836, -65.7531), "Sucre": (-19.0196, -65.2619),
    "Cusco": (-13.5320, -71.9675), "Lima": (-12.0464, -77.0428), "Tampere": (61.4978, 23.7610),
    "Helsinki": (60.1699, 24.9384), "Turku": (60.4518, 22.2666), "Coimbra": (40.2033, -8.4103),
    "Lisbon": (38.7223, -9.1393), "Split": (43.5081, 16.4402), "Zagreb": (45.8150, 15.9819),
    "Ganja": (40.6828, 46.3606), "Baku": (40.4093, 49.8671), "Kano": (12.0022, 8.5920),
    "Abuja": (9.0765, 7.3986), "Samarkand": (39.6542, 66.9597), "Tashkent": (41.2995, 69.2401),
    "Nuku'alofa": (-21.1394, -175.2018), "Suva": (-18.1248, 178.4501), "Lae": (-6.7155, 146.9999),
    "Port Moresby": (-9.4438, 147.1803), "Apia": (-13.8333, -171.7667), "Bilbao": (43.2630, -2.9350),
    "Madrid": (40.4168, -3.7038), "Faro": (37.0194, -7.9304), "Yellowknife": (62.4540, -114.3718),
    "Edmonton": (53.5461, -113.4938), "Tuktoyaktuk": (69.4454, -133.0342), "Inuvik": (68.3607, -133.7230),
    "Uppsala": (59.8586, 17.6389), "Stockholm": (59.3293, 18.0686), "Trondheim": (63.4305, 10.3951),
    "Thessaloniki": (40.6401, 22.9444), "Athens": (37.9838, 23.7275), "Porto": (41.1579, -8.6291),
    "Plovdiv": (42.1354, 24.7453), "Sofia": (42.6977, 23.3219), "Bamako": (12.6392, -8.0029),
    "Ouagadougou": (12.3714, -1.5197), "Niamey": (13.5116, 2.1254), "Nouméa": (-22.2758, 166.4580),
    "Astana": (51.1694, 71.4491), "Karaganda": (49.8047, 73.1094), "Seville": (37.3891, -5.9845),
    "Málaga": (36.7213, -4.4214), "Gothenburg": (57.7089, 11.9746), "Valencia": (39.4699, -0.3763),
    "Dakar": (14.7167, -17.4677), "Thiès": (14.7910, -16.9359), "Hay River": (60.8156, -115.7999),
    "Dushanbe": (38.5598, 68.7870), "Khujand": (40.2826, 69.6220), "Tirana": (41.3275, 19.8187),
    "Durrës": (41.3246, 19.4565), "Nadi": (-17.7765, 177.4356), "La Paz": (-16.4897, -68.1193),
    "Cochabamba": (-17.4139, -66.1653), "Stavanger": (58.9700, 5.7331), "Bukhara": (39.7681, 64.4556),
    "Arequipa": (-16.4090, -71.5375), "Tallinn": (59.4370, 24.7536), "Varna": (43.2141, 27.9147),
    "Luleå": (65.5848, 22.1547), "Bodø": (67.2804, 14.4049), "Libreville": (0.4162, 9.4673),
    "Kampala": (0.3476, 32.5825), "Rankin Inlet": (62.8090, -92.0853), "Mount Ararat": (39.7019, 44.2983),
    "Mount Elbrus": (43.3499, 42.4453), "Nalchik": (43.4981, 43.6189), "Mount Kazbek": (42.6996, 44.5181),
    "Mendoza": (-32.8895, -68.8458), "Aconcagua": (-32.6532, -70.0109), "Chimborazo": (-1.4693, -78.8175),
    "Riobamba": (-1.6636, -78.6546), "Cotopaxi": (-0.6838, -78.4375), "Quito": (-0.1807, -78.4678),
    "Lagos": (6.5244, 3.3792), "Aarhus": (56.1629, 10.2039), "Copenhagen": (55.6761, 12.5683),
    "Kinshasa": (-4.3217, 15.3125), "Lubumbashi": (-11.6876, 27.5026), "N'Djamena": (12.1348, 15.0557),
    "Gulu": (2.7724, 32.2881), "Nuuk": (64.1814, -51.6941),
    "Ilulissat": (69.2198, -51.0986), "Tromsø": (69.6492, 18.9553),
    "Arica": (-18.4783, -70.3126),
    "Iquique": (-20.2307, -70.1357),
    "Huaraz": (-9.5278, -77.5278),
    "Puno": (-15.8402, -70.0219),
    "Oruro": (-17.9833, -67.1500),
    "Karakol": (42.4907, 78.3936),
    "Khorog": (37.4897, 71.5530),
    "Lautoka": (-17.6242, 177.4528),
    "Luganville": (-15.5126, 167.1766),
    "Port Vila": (-17.7334, 168.3273),
    "Mopti": (14.4843, -4.1827),
    "Timbuktu": (16.7666, -3.0026),
    "Maroua": (10.5956, 14.3247),
    "Bukavu": (-2.5083, 28.8608),
    "Goma": (-1.6585, 29.2205),
    "Kisangani": (0.5153, 25.1910),
    "Benguela": (-12.5763, 13.4055),
    "Luanda": (-8.8390, 13.2894),
    "Cádiz": (36.5271, -6.2886),
    "Braga": (41.5454, -8.4265),
    "Vigo": (42.2406, -8.7207),
    "Santiago de Compostela": (42.8782, -8.5448),
    "Shkodër": (42.0693, 19.5033),
    "Kotor": (42.4247, 18.7712),
    "Podgorica": (42.4304, 19.2594),
    "Banja Luka": (44.7722, 17.1910),
    "Constanța": (44.1598, 28.6348),
    "Bucharest": (44.4268, 26.1025),
    "Churchill": (58.7684, -94.1650),
    "Winnipeg": (49.8951, -97.1384),
    "Fort McMurray": (56.7267, -111.3810),
    "Hammerfest": (70.6634, 23.6821),
    "Kirkenes": (69.7271, 30.0450),
    "Murmansk": (68.9585, 33.0827),
    "Moshi": (-3.3349, 37.3404),
    "Kilimanjaro": (-3.0674, 37.3556),
    "Kiruna": (67.8558, 20.2253),
    "Longyearbyen": (78.2232, 15.6267),
    "Kursk": (51.7304, 36.1926),
    "Lviv": (49.8397, 24.0297),
    "Narvik": (68.4385, 17.4272),
    "Mombasa": (-4.0435, 39.6682),
    "Malindi": (-3.2192, 40.1169),
    "Nairobi": (-1.2921, 36.8219),
    "Ålesund": (62.4722, 6.1495),
    "Aswan": (24.0889, 32.8998),
    "Luxor": (25.6872, 32.6396),
    "Cairo": (30.0444, 31.2357),
    "Tangier": (35.7595, -5.8340),
    "Tarifa": (36.0143, -5.6044),
    "Hobart": (-42.8821, 147.3272),
    "Stanley": (-51.6977, -57.8515),
    "Punta Arenas": (-53.1638, -70.9171),
    "Cape Town": (-33.9249, 18.4241),
    "São Paulo": (-23.5505, -46.6333),
    "Antofagasta": (-23.6509, -70.3975),
    "Singapore": (1.3521, 103.8198),
    "Zanzibar City": (-6.1659, 39.2026),
    "Dar es Salaam": (-6.7924, 39.2083),
    "Kisumu": (-0.0917, 34.7680),
    "Dubrovnik": (42.6507, 18.0944),
}
# fmt: on


R = Row
# fmt: off
CLASS_1 = [
    # appositions of every shape between the subject and its verb
    R("en", "Douala, the country's largest port, is about 200 km west of Yaoundé.", "200 km", "Douala", "Yaoundé", "consistent"),
    R("en", "Douala, the country's largest port, is about 320 km west of Yaoundé.", "320 km", "Douala", "Yaoundé", "inconsistent"),
    R("en", "Kumasi, a city of some three million people, lies about 200 km north-west of Accra.", "200 km", "Kumasi", "Accra", "consistent"),
    R("en", "Osh, home to the 3,000-year-old Sulaiman-Too mountain, is about 300 km south-west of Bishkek.", "300 km", "Osh", "Bishkek", "consistent"),
    R("en", "Gyumri, Armenia's second-largest city, lies about 90 km north-west of Yerevan.", "90 km", "Gyumri", "Yerevan", "consistent"),
    R("en", "Batumi, a Black Sea resort of 170,000 people, is some 450 km west of Tbilisi.", "450 km", "Batumi", "Tbilisi", "inconsistent"),
    R("en", "Batumi, a Black Sea resort of 170,000 people, is some 265 km west of Tbilisi.", "265 km", "Batumi", "Tbilisi", "consistent"),
    R("en", "Bergen, Norway's second city and its busiest port, lies about 300 km west of Oslo.", "300 km", "Bergen", "Oslo", "consistent"),
    R("en", "Niš, near the border with Bulgaria, lies about 200 km south-east of Belgrade.", "200 km", "Niš", "Belgrade", "consistent"),
    R("en", "Ohrid (population 40,000) lies about 110 km south-west of Skopje.", "110 km", "Ohrid", "Skopje", "consistent"),
    R("en", "Iqaluit, the capital of Nunavut, a territory of 40,000 people, is about 2,100 km north of Ottawa.", "2,100 km", "Iqaluit", "Ottawa", "consistent"),
    R("en", "On Monday, Dawson City, a gold-rush town of 1,500, lay about 430 km north-west of Whitehorse.", "430 km", "Dawson City", "Whitehorse", "consistent"),
    R("en", "Nuku'alofa, the Tongan capital, is some 740 km south-east of Suva.", "740 km", "Nuku'alofa", "Suva", "consistent"),
    R("en", "Lae, Papua New Guinea's industrial hub, lies some 300 km north of Port Moresby.", "300 km", "Lae", "Port Moresby", "consistent"),
    R("en", "Bilbao, the Basque Country's largest city, is about 320 km north of Madrid.", "320 km", "Bilbao", "Madrid", "consistent"),
    R("en", "Faro, gateway to the Algarve, lies about 220 km south of Lisbon.", "220 km", "Faro", "Lisbon", "consistent"),
    R("en", "Yellowknife, a former gold-mining town of 20,000, sits about 1,000 km north of Edmonton.", "1,000 km", "Yellowknife", "Edmonton", "consistent"),
    R("en", "Tuktoyaktuk, a hamlet on the Arctic Ocean, lies about 120 km north of Inuvik.", "120 km", "Tuktoyaktuk", "Inuvik", "consistent"),
    R("de", "Kutaissi, die mit 130.000 Einwohnern drittgrößte Stadt Georgiens, liegt rund 185 Kilometer westlich von Tiflis.", "185 Kilometer", "Kutaisi", "Tbilisi", "consistent"),
    R("de", "Cusco (rund 3.400 Meter über dem Meer) liegt etwa 570 Kilometer südöstlich von Lima.", "570 Kilometer", "Cusco", "Lima", "consistent"),
    R("de", "Tampere, Finnlands drittgrößte Stadt, liegt rund 160 Kilometer nördlich von Helsinki.", "160 Kilometer", "Tampere", "Helsinki", "consistent"),
    R("de", "Turku, die alte Hauptstadt, liegt rund 150 Kilometer westlich von Helsinki.", "150 Kilometer", "Turku", "Helsinki", "consistent"),
    R("de", "Coimbra, Sitz der ältesten Universität Portugals, liegt rund 175 Kilometer nördlich von Lissabon.", "175 Kilometer", "Coimbra", "Lisbon", "consistent"),
    R("de", "Coimbra, Sitz der ältesten Universität Portugals, liegt rund 300 Kilometer nördlich von Lissabon.", "300 Kilometer", "Coimbra", "Lisbon", "inconsistent"),
    R("de", "Split, mit knapp 180.000 Einwohnern die zweitgrößte Stadt Kroatiens, liegt rund 260 Kilometer südlich von Zagreb.", "260 Kilometer", "Split", "Zagreb", "consistent"),
    R("de", "Kano, die größte Stadt im Norden, liegt rund 350 Kilometer nördlich von Abuja.", "350 Kilometer", "Kano", "Abuja", "consistent"),
    R("de", "Samarkand, eine der ältesten Städte der Welt, liegt rund 270 Kilometer südwestlich von Taschkent.", "270 Kilometer", "Samarkand", "Tashkent", "consistent"),
    R("de", "Seit Montag ist Gjumri, die zweitgrößte Stadt Armeniens, rund 90 Kilometer von Eriwan entfernt ohne Strom.", "90 Kilometer", "Gyumri", "Yerevan", "consistent"),
    R("de", "Bergen, Norwegens zweitgrößte Stadt und wichtigster Hafen, liegt rund 500 Kilometer westlich von Oslo.", "500 Kilometer", "Bergen", "Oslo", "inconsistent"),
    R("en", "Gothenburg (Göteborg), Sweden's second city, lies about 400 km south-west of Stockholm.", "400 km", "Gothenburg", "Stockholm", "consistent"),
    R("en", "Yaoundé, where the government sits, lies about 200 km east of Douala.", "200 km", "Yaoundé", "Douala", "consistent"),
    R("en", "Bukhara, whose old town is a World Heritage site, is about 440 km south-west of Tashkent.", "440 km", "Bukhara", "Tashkent", "consistent"),
    R("en", "Stavanger, the oil capital, is roughly 160 km south of Bergen.", "160 km", "Stavanger", "Bergen", "consistent"),
    R("en", "Abuja, which replaced Lagos as capital in 1991, lies about 525 km north-east of Lagos.", "525 km", "Abuja", "Lagos", "consistent"),
    R("en", "Abuja, which replaced Lagos as capital in 1991, lies about 900 km north-east of Lagos.", "900 km", "Abuja", "Lagos", "inconsistent"),
    R("en", "Kano - Nigeria's second-largest city, with more than four million people - is about 350 km north of Abuja.", "350 km", "Kano", "Abuja", "consistent"),
    R("en", "Aarhus, Denmark's second city (population 290,000), lies about 160 km west of Copenhagen.", "160 km", "Aarhus", "Copenhagen", "consistent"),
    R("en", "Thessaloniki, Greece's second city, some 300 km north of Athens, was hit by the storm.", "300 km", "Thessaloniki", "Athens", "consistent"),
    R("en", "The storm hit Bodø, a port town of 50,000 some 80 km north of the Arctic Circle, on Monday.", "80 km", "Bodø", "Arctic Circle", "consistent"),
    R("en", "Cusco, the former Inca capital at 3,400 metres, lies about 570 km south-east of Lima.", "570 km", "Cusco", "Lima", "consistent"),
    R("en", "Lubumbashi, the mining hub near the Zambian border, is about 1,550 km south-east of Kinshasa.", "1,550 km", "Lubumbashi", "Kinshasa", "consistent"),
    R("en", "N'Djamena, the Chadian capital, lies about 700 km east of Kano.", "700 km", "N'Djamena", "Kano", "consistent"),
    R("en", "N'Djamena, the Chadian capital, lies about 1,200 km east of Kano.", "1,200 km", "N'Djamena", "Kano", "inconsistent"),
    R("en", "Since Monday, Bergen, Norway's second city, has been cut off; it lies about 300 km west of Oslo.", "300 km", "Bergen", "Oslo", "consistent"),
    R("de", "Bergen – mit 285.000 Einwohnern Norwegens zweitgrößte Stadt – liegt rund 300 Kilometer westlich von Oslo.", "300 Kilometer", "Bergen", "Oslo", "consistent"),
    R("de", "Tromsø (gut 77.000 Einwohner) liegt rund 340 Kilometer nördlich des Polarkreises.", "340 Kilometer", "Tromsø", "Arctic Circle", "consistent"),
    R("de", "Plovdiv, die zweitgrößte Stadt Bulgariens und einst Kulturhauptstadt Europas, liegt rund 130 Kilometer südöstlich von Sofia.", "130 Kilometer", "Plovdiv", "Sofia", "consistent"),
    R("de", "Seit Montag ist Tamale, die größte Stadt des Nordens und rund 310 Kilometer nördlich von Kumasi gelegen, ohne Strom.", "310 Kilometer", "Tamale", "Kumasi", "consistent"),
    R("de", "In Sarajevo, der Hauptstadt von Bosnien und Herzegowina, rund 190 Kilometer südwestlich von Belgrad, fiel Schnee.", "190 Kilometer", "Sarajevo", "Belgrade", "consistent"),
    R("de", "Osch, das Zentrum des Südens, liegt rund 300 Kilometer südwestlich von Bischkek.", "300 Kilometer", "Osh", "Bishkek", "consistent"),
    R("de", "Aarhus, mit 290.000 Einwohnern die zweitgrößte Stadt Dänemarks, liegt rund 260 Kilometer westlich von Kopenhagen.", "260 Kilometer", "Aarhus", "Copenhagen", "inconsistent"),
    R("en", "Mostar - once a frontline city - lies about 75 km south-west of Sarajevo.", "75 km", "Mostar", "Sarajevo", "consistent"),
    R("de", "Mostar – einst Frontstadt – liegt rund 75 Kilometer südwestlich von Sarajevo.", "75 Kilometer", "Mostar", "Sarajevo", "consistent"),
    R("en", "Gulu (population 150,000) lies about 270 km north of Kampala.", "270 km", "Gulu", "Kampala", "consistent"),
    # third round: relative clauses with numbers, heights, lakes, a descriptive noun
    # before the name, fronted adverbials, inverted subjects, "Residents of X, ..."
    R("en", "Arica, which has a population of about 250,000 and lies near the Peruvian border, is about 195 km north of Iquique.", "195 km", "Arica", "Iquique", "consistent"),
    R("en", "Huaraz, some 3,050 metres above sea level, lies about 285 km north of Lima.", "285 km", "Huaraz", "Lima", "consistent"),
    R("en", "Cusco, with some 430,000 inhabitants, lies about 330 km north-west of Puno.", "330 km", "Cusco", "Puno", "consistent"),
    R("en", "Karakol, located on the shores of Lake Issyk-Kul, is about 315 km east of Bishkek.", "315 km", "Karakol", "Bishkek", "consistent"),
    R("en", "The Nordland capital, Bodø, is about 80 km north of the Arctic Circle.", "80 km", "Bodø", "Arctic Circle", "consistent"),
    R("en", "Oruro, a mining city of 260,000 on the Altiplano, lies about 195 km south-east of La Paz.", "195 km", "Oruro", "La Paz", "consistent"),
    R("en", "According to officials, Kumasi, the region's main market town, lies about 200 km north-west of Accra.", "200 km", "Kumasi", "Accra", "consistent"),
    R("en", "Bukavu, where 12 people died on Monday, is about 100 km south of Goma.", "100 km", "Bukavu", "Goma", "consistent"),
    R("en", "Bukavu, where 12 people died on Monday, is about 170 km south of Goma.", "170 km", "Bukavu", "Goma", "inconsistent"),
    R("en", "Kotor, the hardest-hit town, is about 40 km west of Podgorica.", "40 km", "Kotor", "Podgorica", "consistent"),
    R("en", "Kisangani, the capital of Tshopo province, lies some 1,220 km north-east of Kinshasa.", "1,220 km", "Kisangani", "Kinshasa", "consistent"),
    R("en", "Osh, capital of the Osh region, lies about 300 km south-west of Bishkek.", "300 km", "Osh", "Bishkek", "consistent"),
    R("en", "Lautoka, Fiji's second city, lies about 120 km west of Suva.", "120 km", "Lautoka", "Suva", "consistent"),
    R("en", "Residents of Braga, a city of 190,000 some 45 km north of Porto, were told to stay home.", "45 km", "Braga", "Porto", "consistent"),
    R("en", "Also hit was Cádiz, a port city about 100 km south-west of Seville.", "100 km", "Cádiz", "Seville", "consistent"),
    R("en", "Constanța — population 260,000 — is about 205 km east of Bucharest.", "205 km", "Constanța", "Bucharest", "consistent"),
    R("en", "Constanța — population 260,000 — is about 350 km east of Bucharest.", "350 km", "Constanța", "Bucharest", "inconsistent"),
    R("en", "After the quake struck on Monday, Banja Luka, the country's second city, lay in ruins; it is about 140 km north-west of Sarajevo.", "140 km", "Banja Luka", "Sarajevo", "consistent"),
    R("en", "Luganville, on the island of Espiritu Santo, is some 275 km north-west of Port Vila.", "275 km", "Luganville", "Port Vila", "consistent"),
    R("de", "Timbuktu, Hauptstadt der gleichnamigen Region, liegt rund 700 Kilometer nordöstlich von Bamako.", "700 Kilometer", "Timbuktu", "Bamako", "consistent"),
    R("de", "Mopti – rund 120.000 Einwohner – liegt etwa 460 Kilometer nordöstlich von Bamako.", "460 Kilometer", "Mopti", "Bamako", "consistent"),
    R("de", "Hammerfest, das als nördlichste Stadt Europas gilt, liegt rund 210 Kilometer nordöstlich von Tromsø.", "210 Kilometer", "Hammerfest", "Tromsø", "consistent"),
    R("de", "Kirkenes, in dem rund 3.500 Menschen leben, liegt rund 145 Kilometer nordwestlich von Murmansk.", "145 Kilometer", "Kirkenes", "Murmansk", "consistent"),
    R("de", "Das rund 70.000 Einwohner zählende Fort McMurray liegt rund 380 Kilometer nördlich von Edmonton.", "380 Kilometer", "Fort McMurray", "Edmonton", "consistent"),
    R("de", "Auch Vigo, einer der wichtigsten Fischereihäfen Europas, liegt nur rund 70 Kilometer südlich von Santiago de Compostela.", "70 Kilometer", "Vigo", "Santiago de Compostela", "consistent"),
    R("de", "Yellowknife, wo im Winter die Eisstraßen öffnen, liegt rund 1.000 Kilometer nördlich von Edmonton.", "1.000 Kilometer", "Yellowknife", "Edmonton", "consistent"),
    R("de", "Yellowknife, wo im Winter die Eisstraßen öffnen, liegt rund 1.700 Kilometer nördlich von Edmonton.", "1.700 Kilometer", "Yellowknife", "Edmonton", "inconsistent"),
    R("de", "Shkodër, die größte Stadt im Norden Albaniens, liegt rund 85 Kilometer nördlich von Tirana.", "85 Kilometer", "Shkodër", "Tirana", "consistent"),
    R("de", "Maroua, Hauptstadt der Region Extrême-Nord, liegt rund 810 Kilometer nördlich von Yaoundé.", "810 Kilometer", "Maroua", "Yaoundé", "consistent"),
    # seventh round: a fronted apposition, a descriptive noun and a comma before the name,
    # a border in the apposition, "Ganz im Norden liegt X"
    R("en", "Also known as the Pearl of the Adriatic, Dubrovnik lies about 165 km south-east of Split.", "165 km", "Dubrovnik", "Split", "consistent"),
    R("en", "The capital of Montenegro, Podgorica, lies about 40 km east of Kotor.", "40 km", "Podgorica", "Kotor", "consistent"),
    R("en", "The capital of Montenegro, Podgorica, lies about 70 km east of Kotor.", "70 km", "Podgorica", "Kotor", "inconsistent"),
    R("de", "Ganz im Norden liegt Tromsø, rund 340 Kilometer nördlich des Polarkreises.", "340 Kilometer", "Tromsø", "Arctic Circle", "consistent"),
    R("de", "Die mit rund 700.000 Einwohnern größte Stadt Norwegens, Oslo, liegt rund 300 Kilometer östlich von Bergen.", "300 Kilometer", "Oslo", "Bergen", "consistent"),
    R("de", "Gjumri, eine Stadt mit 110.000 Einwohnern nahe der Grenze zur Türkei, liegt rund 90 Kilometer nordwestlich von Eriwan.", "90 Kilometer", "Gyumri", "Yerevan", "consistent"),
    R("en", "Like Bergen, Stavanger lies on the west coast, about 160 km south of Bergen.", "160 km", "Stavanger", "Bergen", "consistent"),
]

PLAIN = [
    # every verb and shape of stating a distance, number words, miles, ranges
    R("en", "Uppsala sits about 65 km north of Stockholm.", "65 km", "Uppsala", "Stockholm", "consistent"),
    R("en", "Trondheim is located some 390 km north of Oslo.", "390 km", "Trondheim", "Oslo", "consistent"),
    R("en", "Thessaloniki stands roughly 300 km north of Athens.", "300 km", "Thessaloniki", "Athens", "consistent"),
    R("en", "Porto lies some 275 km north of Lisbon.", "275 km", "Porto", "Lisbon", "consistent"),
    R("en", "Plovdiv is about 130 km away from Sofia.", "130 km", "Plovdiv", "Sofia", "consistent"),
    R("en", "Almaty and Bishkek are about 190 km apart.", "190 km", "Almaty", "Bishkek", "consistent", "pair", True),
    R("en", "Almaty and Bishkek are about 320 km apart.", "320 km", "Almaty", "Bishkek", "inconsistent", "pair", True),
    R("en", "Niamey lies some four hundred kilometres east of Ouagadougou.", "four hundred kilometres", "Niamey", "Ouagadougou", "consistent"),
    R("en", "Nouméa lies about 720 nautical miles west of Suva.", "720 nautical miles", "Nouméa", "Suva", "consistent"),
    R("en", "Karaganda lies 180 to 200 km south-east of Astana.", "200 km", "Karaganda", "Astana", "consistent"),
    R("en", "Stockholm is some 400 km away from Gothenburg.", "400 km", "Stockholm", "Gothenburg", "consistent"),
    R("en", "Sarajevo lies about 190 km from Belgrade.", "190 km", "Sarajevo", "Belgrade", "consistent"),
    R("de", "Tiflis und Eriwan liegen rund 170 Kilometer auseinander.", "170 Kilometer", "Tbilisi", "Yerevan", "consistent", "pair", True),
    R("de", "Rund 320 Kilometer trennen Douala und Yaoundé.", "320 Kilometer", "Douala", "Yaoundé", "inconsistent", "pair", True),
    R("de", "Rund 400 Kilometer trennen Göteborg und Stockholm.", "400 Kilometer", "Gothenburg", "Stockholm", "consistent", "pair", True),
    R("de", "Bamako ist rund 700 Kilometer von Ouagadougou entfernt.", "700 Kilometer", "Bamako", "Ouagadougou", "consistent"),
    R("de", "Bergen liegt rund dreihundert Kilometer westlich von Oslo.", "dreihundert Kilometer", "Bergen", "Oslo", "consistent"),
    R("de", "Sevilla liegt 380 bis 400 Kilometer südwestlich von Madrid.", "400 Kilometer", "Seville", "Madrid", "consistent"),
    R("de", "Málaga befindet sich etwa 415 Kilometer südlich von Madrid.", "415 Kilometer", "Málaga", "Madrid", "consistent"),
    R("de", "Uppsala befindet sich rund 110 Kilometer nördlich von Stockholm.", "110 Kilometer", "Uppsala", "Stockholm", "inconsistent"),
    R("de", "Porto ist etwa 275 Kilometer von Lissabon entfernt.", "275 Kilometer", "Porto", "Lisbon", "consistent"),
    R("en", "Kumasi lies 200 km to Accra's north-west.", "200 km", "Kumasi", "Accra", "consistent"),
    R("en", "Kumasi lies 200 km to Accra's south-east.", "200 km", "Kumasi", "Accra", "inconsistent"),
    R("en", "Kumasi lies 320 km to Accra's north-west.", "320 km", "Kumasi", "Accra", "inconsistent"),
    R("en", "Faro is situated some 220 km south of Lisbon.", "220 km", "Faro", "Lisbon", "consistent"),
    R("en", "Zagreb and Split lie about 260 km apart.", "260 km", "Zagreb", "Split", "consistent", "pair", True),
    R("de", "Kano liegt 350 km nordöstlich von Abuja.", "350 km", "Kano", "Abuja", "consistent"),
    R("de", "Die Entfernung zwischen Tiflis und Eriwan beträgt rund 170 Kilometer.", "170 Kilometer", "Tbilisi", "Yerevan", "consistent", "pair", True),
    R("en", "The distance between Tashkent and Samarkand is about 270 km.", "270 km", "Tashkent", "Samarkand", "consistent", "pair", True),
    R("en", "The distance between Tashkent and Samarkand is about 450 km.", "450 km", "Tashkent", "Samarkand", "inconsistent", "pair", True),
    R("en", "Stockholm lies some 250 miles north-east of Gothenburg.", "250 miles", "Stockholm", "Gothenburg", "consistent"),
    R("de", "Yaoundé liegt zweihundert Kilometer östlich von Douala.", "zweihundert Kilometer", "Yaoundé", "Douala", "consistent"),
    R("en", "Dawson City lies about 270 miles north-west of Whitehorse.", "270 miles", "Dawson City", "Whitehorse", "consistent"),
    R("en", "Kinshasa is some 1,550 km from Lubumbashi.", "1,550 km", "Kinshasa", "Lubumbashi", "consistent"),
    R("de", "Lubumbashi liegt gut 2.500 Kilometer südöstlich von Kinshasa.", "2.500 Kilometer", "Lubumbashi", "Kinshasa", "inconsistent"),
]

CLASS_3 = [
    # descriptive references: a feature noun, a capital phrase, the city, first person
    R("en", "Suva and Nadi were hit on Monday. The Fijian capital lies about 115 km east of Nadi.", "115 km", "Suva", "Nadi", "consistent"),
    R("de", "Schwere Regenfälle trafen Douala. Die Hafenstadt liegt rund 200 Kilometer westlich von Yaoundé.", "200 Kilometer", "Douala", "Yaoundé", "consistent"),
    R("de", "Der Cotopaxi spuckte am Montag Asche. Der Vulkan liegt rund 55 Kilometer südlich von Quito.", "55 Kilometer", "Cotopaxi", "Quito", "consistent"),
    R("en", "Heavy snow hit Trondheim on Monday. The city lies some 390 km north of Oslo.", "390 km", "Trondheim", "Oslo", "consistent"),
    R("en", "Heavy snow hit Trondheim on Monday. The city lies some 650 km north of Oslo.", "650 km", "Trondheim", "Oslo", "inconsistent"),
    R("en", "\"We are about 60 km from Dakar and the water is still rising,\" said an official in Thiès.", "60 km", "Thiès", "Dakar", "consistent"),
    R("de", "Seit Montag ist Tamale ohne Strom; die Stadt liegt rund 310 Kilometer nördlich von Kumasi.", "310 Kilometer", "Tamale", "Kumasi", "consistent"),
    R("de", "Schnee fiel in Tromsø. Die norwegische Stadt liegt rund 340 Kilometer nördlich des Polarkreises.", "340 Kilometer", "Tromsø", "Arctic Circle", "consistent"),
    R("en", "Floods hit Yaoundé and Douala. The Cameroonian capital lies about 200 km east of Douala.", "200 km", "Yaoundé", "Douala", "consistent"),
    R("en", "A quake shook Almaty, Kazakhstan's largest city. The city is about 190 km east of Bishkek.", "190 km", "Almaty", "Bishkek", "consistent"),
    R("en", "Bergen was cut off on Monday. The port lies about 300 km west of Oslo.", "300 km", "Bergen", "Oslo", "consistent"),
    R("en", "Bergen was cut off on Monday. The port lies about 500 km west of Oslo.", "500 km", "Bergen", "Oslo", "inconsistent"),
    # fifth round: a described subject with a modifier, a capital of an adjective's
    # country, "the mountain", "the town", first person in German
    R("en", "Floods hit Lae on Monday. The industrial city is about 300 km north of Port Moresby.", "300 km", "Lae", "Port Moresby", "consistent"),
    R("de", "Das Beben traf Gjumri. Die zweitgrößte Stadt Armeniens liegt rund 90 Kilometer nordwestlich von Eriwan.", "90 Kilometer", "Gyumri", "Yerevan", "consistent"),
    R("en", "Aid left Almaty for Bishkek on Monday. The Kyrgyz capital lies about 190 km west of Almaty.", "190 km", "Bishkek", "Almaty", "consistent"),
    R("en", "Aid left Almaty for Bishkek on Monday. The Kyrgyz capital lies about 320 km west of Almaty.", "320 km", "Bishkek", "Almaty", "inconsistent"),
    R("en", "Snow covered Mount Ararat on Monday. Yerevan lies about 55 km north of the mountain.", "55 km", "Yerevan", "Mount Ararat", "consistent"),
    R("en", "Storms hit Durrës and Tirana. The port city lies about 30 km west of the capital.", "30 km", "Durrës", "Tirana", "consistent"),
    R("de", "„Wir liegen rund 60 Kilometer von Dakar entfernt“, sagte der Bürgermeister von Thiès.", "60 Kilometer", "Thiès", "Dakar", "consistent"),
    R("en", "Residents of Kotor were evacuated. The town lies about 40 km west of Podgorica.", "40 km", "Kotor", "Podgorica", "consistent"),
    R("en", "Residents of Kotor were evacuated. The town lies about 70 km west of Podgorica.", "70 km", "Kotor", "Podgorica", "inconsistent"),
    R("de", "Der Sturm erreichte Kumasi. In der Stadt, rund 200 Kilometer nordwestlich von Accra, fiel der Strom aus.", "200 Kilometer", "Kumasi", "Accra", "consistent"),
    R("en", "The storm reached Kumasi. In the city, about 200 km north-west of Accra, power failed.", "200 km", "Kumasi", "Accra", "consistent"),
    R("en", "The storm reached Kumasi. In the city, about 350 km north-west of Accra, power failed.", "350 km", "Kumasi", "Accra", "inconsistent"),
    R("en", "Officials in Accra said the storm reached Kumasi. The city is about 200 km north-west of Accra.", "200 km", "Kumasi", "Accra", "consistent"),
    R("de", "Der Sturm erreichte Kumasi und Tamale. Die nördliche Stadt liegt rund 310 Kilometer nördlich von Kumasi.", "310 Kilometer", "Tamale", "Kumasi", "consistent"),
]

CLASS_4 = [
    # the reference before the number, at the dateline, in a prepositional chain
    R("en", "DAKAR (geomap) - Injured fishermen were taken to Thiès, about 60 km to the east.", "60 km", "Thiès", "Dakar", "consistent"),
    R("de", "Trondheim liegt von Oslo rund 390 Kilometer entfernt.", "390 Kilometer", "Trondheim", "Oslo", "consistent"),
    R("en", "From Yellowknife, Hay River is about 200 km to the south-west.", "200 km", "Hay River", "Yellowknife", "consistent"),
    R("en", "The convoy left Dushanbe towards Khujand, some 200 km to the north.", "200 km", "Khujand", "Dushanbe", "consistent"),
    R("de", "Die Kolonne fuhr von Tirana in Richtung Durrës, rund 30 Kilometer weiter westlich.", "30 Kilometer", "Durrës", "Tirana", "consistent"),
    R("en", "SUVA (geomap) - The ship reached Nadi, some 115 km to the west, on Tuesday.", "115 km", "Nadi", "Suva", "consistent"),
    R("de", "LA PAZ (geomap) - Rettungskräfte flogen nach Cochabamba, rund 230 Kilometer südöstlich.", "230 Kilometer", "Cochabamba", "La Paz", "consistent"),
    R("de", "Stavanger liegt von Bergen aus rund 160 Kilometer südlich.", "160 Kilometer", "Stavanger", "Bergen", "consistent"),
    R("en", "ALMATY (geomap) - Flights were diverted to Bishkek, about 350 km to the west.", "350 km", "Bishkek", "Almaty", "inconsistent"),
    R("en", "From Lisbon, Porto is some 275 km to the north.", "275 km", "Porto", "Lisbon", "consistent"),
    R("de", "Von Helsinki aus liegt Tampere gut 160 Kilometer nördlich.", "160 Kilometer", "Tampere", "Helsinki", "consistent"),
    R("de", "Thiès liegt rund 60 Kilometer von der Hauptstadt Dakar entfernt.", "60 Kilometer", "Thiès", "Dakar", "consistent"),
    R("de", "KAMPALA (geomap) - Die Flüchtlinge erreichten Gulu, rund 270 Kilometer nördlich.", "270 Kilometer", "Gulu", "Kampala", "consistent"),
    R("en", "In Ouagadougou, officials said Niamey, some 415 km to the east, was also hit.", "415 km", "Niamey", "Ouagadougou", "consistent"),
    R("en", "YEREVAN (geomap) - The tremor was felt in Gyumri, about 90 km away.", "90 km", "Gyumri", "Yerevan", "consistent"),
    R("en", "NUUK (geomap) - Ilulissat, some 560 km to the north, reported calm seas.", "560 km", "Ilulissat", "Nuuk", "consistent"),
    R("en", "NUUK (geomap) - Ilulissat, some 900 km to the north, reported calm seas.", "900 km", "Ilulissat", "Nuuk", "inconsistent"),
    R("de", "Von Astana aus gesehen liegt Karaganda rund 190 Kilometer südöstlich.", "190 Kilometer", "Karaganda", "Astana", "consistent"),
    R("de", "Von Dakar sind es rund 60 Kilometer bis Thiès.", "60 Kilometer", "Dakar", "Thiès", "consistent", "route", True),
    R("de", "Von Edmonton aus ist Yellowknife rund 1.000 Kilometer entfernt.", "1.000 Kilometer", "Yellowknife", "Edmonton", "consistent"),
    R("en", "EDMONTON (geomap) - Yellowknife, some 1,000 km to the north, has no rail link.", "1,000 km", "Yellowknife", "Edmonton", "consistent"),
    R("en", "The nearest hospital is in Iquique, about 195 km south of Arica.", "195 km", "Iquique", "Arica", "consistent"),
    R("en", "Rescue teams from Luanda reached Benguela, about 415 km further south, on Tuesday.", "415 km", "Benguela", "Luanda", "consistent"),
    R("de", "Bamako liegt von Mopti rund 460 Kilometer entfernt.", "460 Kilometer", "Bamako", "Mopti", "consistent"),
    R("de", "Bamako liegt von Mopti rund 800 Kilometer entfernt.", "800 Kilometer", "Bamako", "Mopti", "inconsistent"),
    # fourth round: bare directions after a dateline with a country, "up the coast",
    # "It is N km from A to B", a road climbing from A
    R("en", "LIMA, Peru, March 3 (geomap) - In Huaraz, about 285 km north, schools were closed.", "285 km", "Huaraz", "Lima", "consistent"),
    R("de", "LIMA (geomap) - In Huaraz, rund 285 Kilometer nördlich, blieben die Schulen zu.", "285 Kilometer", "Huaraz", "Lima", "consistent"),
    R("en", "Malindi lies about 105 km up the coast from Mombasa.", "105 km", "Malindi", "Mombasa", "consistent", "route"),
    R("en", "It is about 440 km from Nairobi to Mombasa.", "440 km", "Nairobi", "Mombasa", "consistent", "route", True),
    R("en", "From Tromsø, the road runs about 150 km south to Narvik.", "150 km", "Tromsø", "Narvik", "consistent", "route", True),
    R("de", "Von Aswan bis Luxor sind es rund 180 Kilometer.", "180 Kilometer", "Aswan", "Luxor", "consistent", "route", True),
    # sixth round: "von Y aus gesehen", "a N-km drive from", "to the north of", onward
    # after a dateline, "the nearest town, X, is N km away"
    R("de", "Trondheim liegt, von Oslo aus gesehen, rund 390 Kilometer nördlich.", "390 Kilometer", "Trondheim", "Oslo", "consistent"),
    R("de", "Bis nach Thiès sind es von Dakar aus rund 60 Kilometer.", "60 Kilometer", "Dakar", "Thiès", "consistent", "route", True),
    R("en", "Thiès is a 70-km drive from Dakar.", "70-km", "Thiès", "Dakar", "consistent", "route", True),
    R("en", "Trondheim lies some 390 km to the north of Oslo.", "390 km", "Trondheim", "Oslo", "consistent"),
    R("en", "NUUK, Greenland (geomap) - Ilulissat, some 560 km further north, reported calm seas.", "560 km", "Ilulissat", "Nuuk", "consistent"),
    R("en", "DAKAR (geomap) - The nearest town, Thiès, is about 60 km away.", "60 km", "Thiès", "Dakar", "consistent"),
    R("en", "DAKAR (geomap) - The nearest town, Thiès, is about 120 km away.", "120 km", "Thiès", "Dakar", "inconsistent"),
    R("en", "Uppsala - about 65 km from Stockholm - was also hit.", "65 km", "Uppsala", "Stockholm", "consistent"),
    R("en", "From the capital, Oslo, Trondheim is about 390 km to the north.", "390 km", "Trondheim", "Oslo", "consistent"),
]

CLASS_6 = [
    # route lengths: the straight line with the route allowance
    R("en", "Trucks queued on the 620-km highway between Tashkent and Bukhara.", "620-km", "Tashkent", "Bukhara", "consistent", "route", True),
    R("de", "Auf der rund 240 Kilometer langen Autobahn von Belgrad nach Niš kam es zu Staus.", "240 Kilometer", "Belgrade", "Niš", "consistent", "route", True),
    R("en", "The 1,000-kilometre-long road from Lima to Arequipa was blocked by landslides.", "1,000-kilometre", "Lima", "Arequipa", "consistent", "route", True),
    R("en", "Buses made the 270-km drive from Accra to Kumasi overnight.", "270-km", "Accra", "Kumasi", "consistent", "route", True),
    R("en", "Buses made the 120-km drive from Accra to Kumasi in two hours.", "120-km", "Accra", "Kumasi", "inconsistent", "route", True),
    R("en", "Freight resumed on the 1,250-km railway from Dakar to Bamako.", "1,250-km", "Dakar", "Bamako", "consistent", "route", True),
    R("de", "Die rund 1.200 Kilometer lange Straße zwischen Almaty und Astana war verschneit.", "1.200 Kilometer", "Almaty", "Astana", "consistent", "route", True),
    R("de", "Die 500 Kilometer lange Straße zwischen Almaty und Astana war verschneit.", "500 Kilometer", "Almaty", "Astana", "inconsistent", "route", True),
    R("en", "The road from Whitehorse to Dawson City, some 530 km long, reopened on Friday.", "530 km", "Whitehorse", "Dawson City", "consistent", "route", True),
    R("de", "Die Bahnstrecke Tiflis–Batumi ist rund 360 Kilometer lang.", "360 Kilometer", "Tbilisi", "Batumi", "consistent", "route", True),
    R("en", "Buses on the 440-km Sofia-Varna run were cancelled.", "440-km", "Sofia", "Varna", "consistent", "route", True),
    R("en", "The convoy travelled from Accra to Tamale, a journey of some 500 km.", "500 km", "Accra", "Tamale", "consistent", "route", True),
    R("en", "Lorries left Accra for Tamale, a 500-km trip.", "500-km", "Accra", "Tamale", "consistent", "route", True),
    R("en", "Lorries left Accra for Tamale, a 150-km trip.", "150-km", "Accra", "Tamale", "inconsistent", "route", True),
    R("de", "Der Konvoi fuhr von Accra nach Tamale, eine Strecke von rund 500 Kilometern.", "500 Kilometern", "Accra", "Tamale", "consistent", "route", True),
    R("en", "The aid reached Tamale from Accra, a journey of some 500 km by road.", "500 km", "Accra", "Tamale", "consistent", "route", True),
    R("de", "Die rund 450 Kilometer lange Bahnstrecke von Oslo nach Bergen war gesperrt.", "450 Kilometer", "Oslo", "Bergen", "consistent", "route", True),
    R("de", "Die 650 Kilometer lange Fahrt von Tiflis nach Baku dauerte zwölf Stunden.", "650 Kilometer", "Tbilisi", "Baku", "consistent", "route", True),
    R("en", "Crews restored the 85-km ferry crossing between Helsinki and Tallinn.", "85-km", "Helsinki", "Tallinn", "consistent", "route", True),
    R("en", "Trains cover the 270 km between Belgrade and Sarajevo in nine hours.", "270 km", "Belgrade", "Sarajevo", "consistent", "route", True),
    R("de", "Die Busse brauchen für die 440 Kilometer von Sofia nach Varna rund sechs Stunden.", "440 Kilometer", "Sofia", "Varna", "consistent", "route", True),
    R("de", "Die Fähre legt die rund 85 Kilometer zwischen Helsinki und Tallinn in zwei Stunden zurück.", "85 Kilometer", "Helsinki", "Tallinn", "consistent", "route", True),
    R("en", "Ferries between Helsinki and Tallinn, an 85-km crossing of the Gulf of Finland, were halted.", "85-km", "Helsinki", "Tallinn", "consistent", "route", True),
    R("en", "The 180-km stretch of road between Luxor and Aswan was closed.", "180-km", "Luxor", "Aswan", "consistent", "route", True),
    # a route stated 1.35 times its straight line: read as a straight line it would be a
    # true claim called inconsistent
    R("en", "Accra and Kumasi are linked by a 270-km road.", "270-km", "Accra", "Kumasi", "consistent", "route", True),
    R("en", "A railway connects Accra with Kumasi over some 270 km.", "270 km", "Accra", "Kumasi", "consistent", "route", True),
    R("en", "Accra and Kumasi are about 270 km apart by road.", "270 km", "Accra", "Kumasi", "consistent", "route", True),
    R("en", "The new 270-km highway links Accra and Kumasi.", "270-km", "Accra", "Kumasi", "consistent", "route", True),
    R("en", "The new 120-km highway links Accra and Kumasi.", "120-km", "Accra", "Kumasi", "inconsistent", "route", True),
    R("de", "Accra und Kumasi sind durch eine 270 Kilometer lange Straße verbunden.", "270 Kilometer", "Accra", "Kumasi", "consistent", "route", True),
    R("de", "Eine rund 270 Kilometer lange Bahnlinie verbindet Accra mit Kumasi.", "270 Kilometer", "Accra", "Kumasi", "consistent", "route", True),
    R("de", "Accra und Kumasi liegen auf der Straße rund 270 Kilometer voneinander entfernt.", "270 Kilometer", "Accra", "Kumasi", "consistent", "route", True),
    R("en", "Kumasi lies 270 km along the highway from Accra.", "270 km", "Kumasi", "Accra", "consistent", "route", True),
    R("en", "Kumasi, 270 km from Accra by road, was flooded.", "270 km", "Kumasi", "Accra", "consistent", "route", True),
    R("de", "Kumasi liegt rund 270 Kilometer entlang der Autobahn von Accra entfernt.", "270 Kilometer", "Kumasi", "Accra", "consistent", "route", True),
    R("en", "Kumasi, a five-hour, 270-km drive from Accra, was flooded.", "270-km", "Kumasi", "Accra", "consistent", "route", True),
    R("en", "It is a 270-km drive to Kumasi from Accra.", "270-km", "Accra", "Kumasi", "consistent", "route", True),
]

CLASS_7 = [
    # German adjective + city: the city is the place
    R("de", "Im georgischen Batumi, rund 265 Kilometer westlich von Tiflis, fiel der Strom aus.", "265 Kilometer", "Batumi", "Tbilisi", "consistent"),
    R("de", "Im bosnischen Mostar, rund 75 Kilometer südwestlich von Sarajevo, stieg der Fluss.", "75 Kilometer", "Mostar", "Sarajevo", "consistent"),
    R("de", "Das kasachische Almaty liegt rund 190 Kilometer östlich von Bischkek.", "190 Kilometer", "Almaty", "Bishkek", "consistent"),
    R("de", "Im portugiesischen Porto, gut 270 Kilometer nördlich von Lissabon, regnete es.", "270 Kilometer", "Porto", "Lisbon", "consistent"),
    R("de", "Im kamerunischen Douala, rund 320 Kilometer westlich von Yaoundé, fiel der Strom aus.", "320 Kilometer", "Douala", "Yaoundé", "inconsistent"),
    R("de", "Die Helfer kamen aus dem schwedischen Luleå, das rund 110 Kilometer südlich des Polarkreises liegt.", "110 Kilometer", "Luleå", "Arctic Circle", "consistent"),
    # every case of the German adjective before a city
    R("de", "Das ostkongolesische Goma liegt rund 100 Kilometer nördlich von Bukavu.", "100 Kilometer", "Goma", "Bukavu", "consistent"),
    R("de", "Im nordnorwegischen Tromsø, rund 150 Kilometer nördlich von Narvik, schneite es.", "150 Kilometer", "Tromsø", "Narvik", "consistent"),
    R("de", "Vom marokkanischen Tanger aus sind es rund 40 Kilometer bis ins spanische Tarifa.", "40 Kilometer", "Tangier", "Tarifa", "consistent", "route", True),
    R("de", "Die Helfer flogen ins kirgisische Osch, rund 300 Kilometer südwestlich von Bischkek.", "300 Kilometer", "Osh", "Bishkek", "consistent"),
    R("de", "Aus dem kasachischen Almaty kamen Helfer ins rund 190 Kilometer entfernte kirgisische Bischkek.", "190 Kilometer", "Bishkek", "Almaty", "consistent"),
    R("de", "Das peruanische Cusco liegt gut 570 Kilometer südöstlich der peruanischen Hauptstadt Lima.", "570 Kilometer", "Cusco", "Lima", "consistent"),
    R("de", "Belgrad meldete Regen. Im serbischen Niš, rund 200 Kilometer südöstlich der serbischen Hauptstadt, fiel der Strom aus.", "200 Kilometer", "Niš", "Belgrade", "consistent"),
    R("de", "In der georgischen Hafenstadt Batumi, rund 265 Kilometer westlich von Tiflis, stürmte es.", "265 Kilometer", "Batumi", "Tbilisi", "consistent"),
    R("de", "Im portugiesischen Faro, rund 400 Kilometer südlich von Lissabon, war es heiß.", "400 Kilometer", "Faro", "Lisbon", "inconsistent"),
    R("de", "ACCRA (geomap) - Verletzte wurden ins rund 200 Kilometer entfernte ghanaische Kumasi gebracht.", "200 Kilometer", "Kumasi", "Accra", "consistent"),
]

CLASS_10 = [
    # circles of latitude, the equator
    R("de", "Luleå liegt rund 110 Kilometer südlich des Polarkreises.", "110 Kilometer", "Luleå", "Arctic Circle", "consistent"),
    R("en", "Inuvik lies some 200 km north of the Arctic Circle.", "200 km", "Inuvik", "Arctic Circle", "consistent"),
    R("en", "Bodø, the Nordland capital, lies roughly 80 km north of the Arctic Circle.", "80 km", "Bodø", "Arctic Circle", "consistent"),
    R("de", "Kampala, Ugandas Hauptstadt, liegt nur rund 40 Kilometer nördlich des Äquators.", "40 Kilometer", "Kampala", "Equator", "consistent"),
    R("de", "Rankin Inlet liegt rund 420 Kilometer südlich des Polarkreises.", "420 Kilometer", "Rankin Inlet", "Arctic Circle", "consistent"),
    R("en", "Nouméa lies about 130 km south of the Tropic of Capricorn.", "130 km", "Nouméa", "Tropic of Capricorn", "inconsistent"),
    R("en", "Nouméa lies about 130 km north of the Tropic of Capricorn.", "130 km", "Nouméa", "Tropic of Capricorn", "consistent"),
    R("de", "Dakar liegt rund 960 Kilometer südlich des nördlichen Wendekreises.", "960 Kilometer", "Dakar", "Tropic of Cancer", "consistent"),
    R("en", "Iqaluit is only about 60 km south of the Arctic Circle.", "60 km", "Iqaluit", "Arctic Circle", "inconsistent"),
    R("en", "Ouagadougou lies some 1,370 km north of the Equator.", "1,370 km", "Ouagadougou", "Equator", "consistent"),
    R("de", "Das Flugzeug landete in Luleå, rund 110 Kilometer südlich des Polarkreises.", "110 Kilometer", "Luleå", "Arctic Circle", "consistent"),
    R("de", "Luleå liegt knapp 110 Kilometer unterhalb des Polarkreises.", "110 Kilometer", "Luleå", "Arctic Circle", "consistent"),
    R("en", "Yellowknife lies some 460 km south of the Arctic Circle.", "460 km", "Yellowknife", "Arctic Circle", "consistent"),
    R("de", "Libreville liegt nur rund 45 Kilometer nördlich des Äquators.", "45 Kilometer", "Libreville", "Equator", "consistent"),
    R("en", "Ouagadougou, about 1,370 km north of the Equator, recorded 45 degrees.", "1,370 km", "Ouagadougou", "Equator", "consistent"),
    R("en", "Ilulissat lies some 295 km north of the Arctic Circle.", "295 km", "Ilulissat", "Arctic Circle", "consistent"),
    R("en", "Ilulissat lies some 500 km north of the Arctic Circle.", "500 km", "Ilulissat", "Arctic Circle", "inconsistent"),
    R("en", "Libreville sits just north of the Equator, some 45 km from the line.", "45 km", "Libreville", "Equator", "consistent"),
    R("de", "Hammerfest ist rund 460 Kilometer vom Polarkreis entfernt.", "460 Kilometer", "Hammerfest", "Arctic Circle", "consistent"),
    R("en", "Kisangani sits about 57 km north of the Equator.", "57 km", "Kisangani", "Equator", "consistent"),
    R("en", "Fort McMurray lies some 1,090 km south of the Arctic Circle.", "1,090 km", "Fort McMurray", "Arctic Circle", "consistent"),
    R("de", "Benguela, rund 1.400 Kilometer südlich des Äquators, meldete Überschwemmungen.", "1.400 Kilometer", "Benguela", "Equator", "consistent"),
    R("en", "Kiruna lies some 145 km above the Arctic Circle.", "145 km", "Kiruna", "Arctic Circle", "consistent"),
    R("en", "Longyearbyen, at 78 degrees north, is some 1,300 km from the North Pole.", "1,300 km", "Longyearbyen", "North Pole", "consistent"),
    R("de", "Kiruna liegt rund 145 Kilometer nördlich des arktischen Polarkreises.", "145 Kilometer", "Kiruna", "Arctic Circle", "consistent"),
    R("en", "Aswan lies only about 70 km north of the Tropic of Cancer.", "70 km", "Aswan", "Tropic of Cancer", "consistent"),
    R("en", "Luxor, some 250 km north of the Tropic of Cancer, was the hottest place.", "250 km", "Luxor", "Tropic of Cancer", "consistent"),
    R("de", "Assuan liegt nur rund 70 Kilometer nördlich des nördlichen Wendekreises.", "70 Kilometer", "Aswan", "Tropic of Cancer", "consistent"),
    # the southern hemisphere: the South Pole, the Antarctic Circle, the southern tropic
    R("en", "Hobart is some 5,250 km from the South Pole.", "5,250 km", "Hobart", "South Pole", "consistent"),
    R("de", "Hobart liegt rund 5.250 Kilometer vom Südpol entfernt.", "5.250 Kilometer", "Hobart", "South Pole", "consistent"),
    R("en", "Stanley, the Falklands' capital, lies about 4,270 km north of the South Pole.", "4,270 km", "Stanley", "South Pole", "consistent"),
    R("en", "Stanley, the Falklands' capital, lies about 2,500 km north of the South Pole.", "2,500 km", "Stanley", "South Pole", "inconsistent"),
    R("en", "Punta Arenas lies roughly 1,490 km north of the Antarctic Circle.", "1,490 km", "Punta Arenas", "Antarctic Circle", "consistent"),
    R("de", "Punta Arenas liegt rund 1.490 Kilometer nördlich des antarktischen Polarkreises.", "1.490 Kilometer", "Punta Arenas", "Antarctic Circle", "consistent"),
    R("en", "Cape Town lies some 1,160 km south of the Tropic of Capricorn.", "1,160 km", "Cape Town", "Tropic of Capricorn", "consistent"),
    R("en", "Cape Town lies some 600 km south of the Tropic of Capricorn.", "600 km", "Cape Town", "Tropic of Capricorn", "inconsistent"),
    R("de", "Kapstadt liegt rund 1.160 Kilometer südlich des südlichen Wendekreises.", "1.160 Kilometer", "Cape Town", "Tropic of Capricorn", "consistent"),
    R("en", "São Paulo sits just 13 km south of the Tropic of Capricorn.", "13 km", "São Paulo", "Tropic of Capricorn", "consistent"),
    R("de", "Antofagasta liegt nur rund 24 Kilometer südlich des Wendekreises des Steinbocks.", "24 Kilometer", "Antofagasta", "Tropic of Capricorn", "consistent"),
    R("en", "Singapore lies about 150 km north of the Equator.", "150 km", "Singapore", "Equator", "consistent"),
    R("en", "Hobart lies about 2,160 km south of the Tropic of Capricorn.", "2,160 km", "Hobart", "Tropic of Capricorn", "consistent"),
    # from a pole every place lies south (North Pole) or north (South Pole)
    R("en", "Longyearbyen lies about 1,300 km south of the North Pole.", "1,300 km", "Longyearbyen", "North Pole", "consistent"),
    R("de", "Longyearbyen liegt rund 1.300 Kilometer südlich des Nordpols.", "1.300 Kilometer", "Longyearbyen", "North Pole", "consistent"),
    R("en", "Hobart lies some 5,250 km north of the South Pole.", "5,250 km", "Hobart", "South Pole", "consistent"),
    R("en", "Murmansk lies about 2,350 km from the North Pole.", "2,350 km", "Murmansk", "North Pole", "consistent"),
    R("de", "Nuuk liegt rund 2.880 Kilometer vom Nordpol entfernt.", "2.880 Kilometer", "Nuuk", "North Pole", "consistent"),
]

CLASS_11 = [
    # a summit is a point; flights; vague quantities
    R("en", "Yerevan lies about 55 km north of Mount Ararat.", "55 km", "Yerevan", "Mount Ararat", "consistent"),
    R("de", "Naltschik liegt rund 95 Kilometer östlich des Elbrus.", "95 Kilometer", "Nalchik", "Mount Elbrus", "consistent"),
    R("en", "Tbilisi lies roughly 110 km south of Mount Kazbek.", "110 km", "Tbilisi", "Mount Kazbek", "consistent"),
    R("de", "Mendoza liegt rund 110 Kilometer östlich des Aconcagua.", "110 Kilometer", "Mendoza", "Aconcagua", "consistent"),
    R("de", "Mendoza liegt rund 190 Kilometer östlich des Aconcagua.", "190 Kilometer", "Mendoza", "Aconcagua", "inconsistent"),
    R("de", "Nach rund 660 Kilometern Flug landete die Maschine aus Almaty in Taschkent.", "660 Kilometern", "Almaty", "Tashkent", "consistent", "point", True),
    R("en", "The drone crashed near Gyumri after a flight of some 90 km from Yerevan.", "90 km", "Yerevan", "Gyumri", "consistent", "point", True),
    R("en", "Ohrid lies a few hundred kilometres from Skopje.", "a few hundred kilometres", "Ohrid", "Skopje", "inconsistent"),
    R("de", "Uppsala liegt nur wenige Dutzend Kilometer nördlich von Stockholm.", "Dutzend Kilometer", "Uppsala", "Stockholm", "consistent"),
    R("en", "Mostar is a few dozen kilometres from Sarajevo.", "a few dozen kilometres", "Mostar", "Sarajevo", "consistent"),
    R("de", "Hunderte Kilometer trennen Bamako und Ouagadougou.", "Hunderte Kilometer", "Bamako", "Ouagadougou", "consistent", "pair", True),
    R("en", "Mount Elbrus, Europe's highest peak at 5,642 metres, rises about 95 km west of Nalchik.", "95 km", "Mount Elbrus", "Nalchik", "consistent"),
    R("de", "Der Kasbek (5.047 Meter) liegt rund 110 Kilometer nördlich von Tiflis.", "110 Kilometer", "Mount Kazbek", "Tbilisi", "consistent"),
    R("de", "Der Ararat, der höchste Berg der Türkei, liegt nur rund 55 Kilometer südlich von Eriwan.", "55 Kilometer", "Mount Ararat", "Yerevan", "consistent"),
    R("en", "Yerevan, at the foot of Mount Ararat, lies about 55 km north of the mountain.", "55 km", "Yerevan", "Mount Ararat", "consistent"),
    R("de", "Nach einem Flug von rund 90 Kilometern stürzte die Drohne bei Gjumri ab; gestartet war sie in Eriwan.", "90 Kilometern", "Yerevan", "Gyumri", "consistent", "point", True),
    R("de", "Thessaloniki liegt einige hundert Kilometer nördlich von Athen.", "einige hundert Kilometer", "Thessaloniki", "Athens", "consistent"),
    R("de", "Mehrere hundert Kilometer trennen Almaty und Taschkent.", "Mehrere hundert Kilometer", "Almaty", "Tashkent", "consistent", "pair", True),
    R("en", "Uppsala lies tens of kilometres north of Stockholm.", "tens of kilometres", "Uppsala", "Stockholm", "consistent"),
    R("en", "Puno, on the shores of Lake Titicaca, lies about 330 km south-east of Cusco.", "330 km", "Puno", "Cusco", "consistent"),
    R("en", "A plane carrying aid landed in Timbuktu after a flight of some 700 km from Bamako.", "700 km", "Bamako", "Timbuktu", "consistent", "point", True),
    R("en", "Kotor lies a few dozen kilometres west of Podgorica.", "a few dozen kilometres", "Kotor", "Podgorica", "consistent"),
    R("en", "Moshi lies some 30 km south of the summit of Kilimanjaro.", "30 km", "Moshi", "Kilimanjaro", "consistent"),
    R("en", "The drone flew some 880 km from Kursk before it crashed near Lviv.", "880 km", "Kursk", "Lviv", "consistent", "point", True),
    R("de", "Nach einem rund 880 Kilometer langen Flug stürzte die in Kursk gestartete Drohne nahe Lwiw ab.", "880 Kilometer", "Kursk", "Lviv", "consistent", "point", True),
    R("en", "Narvik is a couple of hundred kilometres south of Tromsø.", "a couple of hundred kilometres", "Narvik", "Tromsø", "inconsistent"),
    R("de", "Ålesund liegt ein paar hundert Kilometer nördlich von Bergen.", "ein paar hundert Kilometer", "Ålesund", "Bergen", "consistent"),
    R("de", "Der 5.895 Meter hohe Kilimandscharo liegt rund 30 Kilometer nördlich von Moshi.", "30 Kilometer", "Kilimanjaro", "Moshi", "consistent"),
    R("en", "Kilimanjaro, Africa's highest mountain at 5,895 metres, rises about 30 km north of Moshi.", "30 km", "Kilimanjaro", "Moshi", "consistent"),
    R("en", "Zanzibar City lies about 70 km north of Dar es Salaam.", "70 km", "Zanzibar City", "Dar es Salaam", "consistent"),
    R("en", "Kisumu, on the shores of Lake Victoria, lies about 265 km north-west of Nairobi.", "265 km", "Kisumu", "Nairobi", "consistent"),
    R("en", "Kisumu, on the shores of Lake Victoria, lies about 450 km north-west of Nairobi.", "450 km", "Kisumu", "Nairobi", "inconsistent"),
    R("en", "The helicopter covered the 100 km from Goma to Bukavu in 40 minutes.", "100 km", "Goma", "Bukavu", "consistent", None, True),
    R("en", "Bukavu and Goma are roughly a hundred kilometres apart.", "hundred kilometres", "Bukavu", "Goma", "consistent", "pair", True),
]

# fmt: on

ROWS = (
    [("1", r) for r in CLASS_1]
    + [("plain", r) for r in PLAIN]
    + [("3", r) for r in CLASS_3]
    + [("4", r) for r in CLASS_4]
    + [("6", r) for r in CLASS_6]
    + [("7", r) for r in CLASS_7]
    + [("10", r) for r in CLASS_10]
    + [("11", r) for r in CLASS_11]
)


@pytest.fixture(scope="module")
def analyze():
    pytest.importorskip("geomap.pipeline")
    from geomap.pipeline import analyze as run

    return run


@pytest.mark.parametrize(
    ("cls", "row"), ROWS, ids=[f"c{c}-{r.lang}-{i}" for i, (c, r) in enumerate(ROWS)]
)
def test_class_row(analyze, cls: str, row: Row) -> None:
    check_row(analyze, row, AT)
