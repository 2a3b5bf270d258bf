# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Twelfth probe table for issue 15: the classes held-out text misses most (4, 3, then 1, 2
and 5), in forms rounds 10 and 11 did not write, in the wording of ordinary wire copy, in
both languages.

Written for session 15 before geomap read them, in places that neither the claims corpus's
dev sources nor the issue use (grepped): eastern Congo, Rwanda, Uganda, Malawi, Nigeria's
north-east, Burkina Faso, Niger, Mauritania, Morocco, Algeria, Tunisia, KwaZulu-Natal;
Myanmar, Bangladesh, Uzbekistan, Tajikistan, Iraq's north, Syria, Oman, Korea, Malaysia,
Tamil Nadu, Maharashtra, Balochistan; the Basque Country, Andalusia, Carinthia, Moravia,
Silesia and Lesser Poland, western Ukraine, western Romania, Albania, Montenegro, Wales,
Franconia, Mecklenburg; Idaho, New Mexico, Honduras, Colombia's coast; Victoria, New South
Wales, Queensland's north-west and the Pilbara. The wording:

- class 4, the reference before the number (``From <Y> it is N km to <X>``, ``Seen from
  <Y>, <X> lies N km ...``, ``<X> and <Y>, N km apart``, ``Von <Y> aus sind es N Kilometer
  bis <X>``, ``zwischen <Y> und dem N Kilometer entfernten <X>``, ``<X> liegt von <Y> gut N
  Kilometer entfernt``), in a prepositional chain (``a village near <X>, N km ... of
  <Y>``, ``in den Hügeln oberhalb von <X>, ...``), the dateline as the implicit reference
  (``... east of the city``, ``N km from here``, ``N km inland``, ``im N Kilometer
  nordwestlich gelegenen <X>``), and ``a further N km`` / ``weitere N Kilometer`` after a
  journey between two places;
- class 3, a descriptive noun phrase a sentence on (``the city`` as the reference, ``The
  border town``, ``The mining town``, ``Die Kreisstadt``, ``Die Hansestadt``), ``the
  regional capital`` / ``der Landeshauptstadt`` under a town's dateline, and ``the
  capital`` under the dateline of another country than the one the sentence names;
- class 5, fronted regions (``In northern Iraq's Kurdistan region, <X>, ...``, ``Im Westen
  Rumäniens wurde <X>, ...``); class 1, appositions with numbers and ages (``a town of
  240,000 people``, ``founded in 1226``, ``54, from <X>``, ``(32), Lehrerin in <X>``); class
  2, a range word elsewhere in the sentence (``within``, ``up to``, ``bis zu``, ``im Umkreis
  von``); and travel times beside the distance (``a 40-minute drive north of``, ``N km, or
  80 minutes by train, north-east of``, ``zwei Busstunden bzw. rund N Kilometer``);
- and, in a table of their own, numbers that are no distances between two places
  (heights, speeds, areas, lengths, a jam, a depth, a race, tonnes, a year).

A second probe of 16 rows (the end of each list), written after the session's fixes and
before geomap read it, in other places and words, checks that the fixes hold beyond the
rows that showed them: 13 passed at once; the 3 others fail for a reason outside the
sentence reading (a namesake, a seat the gazetteer lacks) and are strict xfails.

Round 2 of the session (a product decision): a bare ``the capital`` / ``der Hauptstadt``
under the dateline of a town that is not the capital and names no country is that
country's capital, federal or not (``WOLLONGONG (AAP) - <X>, about N km north-east of the
capital``: Canberra), unless the sentence or the one before names a first-level region
(then that region's seat: ``GRAZ (APA) - In Kärnten liegt <X> ... der Hauptstadt``:
Klagenfurt). Ten rows at the end of each list, in Australia, Nigeria, Peru, Japan, Brazil,
Poland, Korea and Austria, and the Myanmar row that was a strict xfail, pass. Two more
(``GOMA, Congo``, ``GOMA, Kongo``) check that the country named after a dateline's town
is the one holding it (the Democratic Republic, whose capital is Kinshasa).

The points are the gazetteer's own points of the places (the GeoNames city rows of the
index, looked up once by hand), and the truth is the geodesic between them computed with
geographiclib (``tests/support/claims_table``), never through geomap's geometry. About a
third of the rows state a distance wrong by far more than any tolerance; the true ones round
the geodesic as news does (to 5 km under 200 km, to 10 km above).
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
    "Albuquerque": (35.08449, -106.65114),
    "Albury": (-36.07482, 146.92401),
    "Antofagasta": (-23.65094, -70.39752),
    "Arad": (46.18333, 21.31667),
    "Ballarat": (-37.56622, 143.84957),
    "Bamberg": (49.89873, 10.90067),
    "Banfora": (10.64064, -4.75285),
    "Barranquilla": (10.96854, -74.78132),
    "Basel": (47.55839, 7.57327),
    "Bendigo": (-36.75818, 144.28024),
    "Bilbao": (43.26271, -2.92528),
    "Blantyre": (-15.78499, 35.00854),
    "Blenheim": (-41.51603, 173.9528),
    "Bobo Dioulasso": (11.18064, -4.29489),
    "Boise": (43.6135, -116.20345),
    "Bordeaux": (44.84124, -0.58046),
    "Brno": (49.19522, 16.60796),
    "Budva": (42.28721, 18.83922),
    "Bukavu": (-2.49077, 28.84281),
    "Bukhara": (39.77026, 64.43069),
    "Bunia": (1.55941, 30.25224),
    "Buraimi": (24.25088, 55.79312),
    "Butare": (-2.59667, 29.73944),
    "Cardiff": (51.48, -3.18),
    "Cartagena": (10.39817, -75.49328),
    "Chaman": (30.91769, 66.45259),
    "Chittagong": (22.3384, 91.83168),
    "Choluteca": (13.30569, -87.17882),
    "Cloncurry": (-20.70718, 140.51303),
    "Comilla": (23.46186, 91.18503),
    "Cordoba": (37.89155, -4.77275),
    "Daegu": (35.87028, 128.59111),
    "Damaturu": (11.74697, 11.96083),
    "Danli": (14.03333, -86.58333),
    "Dohuk": (36.86608, 42.9879),
    "Durres": (41.32355, 19.45469),
    "Dushanbe": (38.53575, 68.77905),
    "Esteli": (13.09291, -86.35589),
    "Fez": (34.03313, -5.00028),
    "Freiburg": (47.9959, 7.85222),
    "Gabes": (33.88146, 10.0982),
    "Geelong": (-38.14711, 144.36069),
    "Goma": (-1.67409, 29.22845),
    "Gwangju": (35.15472, 126.91556),
    "Gyeongju": (35.84278, 129.21167),
    "Hama": (35.13179, 36.75783),
    "Homs": (34.72405, 36.72559),
    "Ipoh": (4.5841, 101.0829),
    "Iquique": (-20.21326, -70.15027),
    "Kabale": (-1.24857, 29.98993),
    "Karratha": (-20.73765, 116.84629),
    "Katowice": (50.2597, 19.02173),
    "Kigali": (-1.94995, 30.05885),
    "Kirkuk": (35.46806, 44.39222),
    "Kisangani": (0.51528, 25.19099),
    "Klagenfurt": (46.62472, 14.30528),
    "Kotor": (42.42067, 18.76825),
    "Krakow": (50.06143, 19.93658),
    "Kulob": (37.91459, 69.78454),
    "Ladysmith": (-28.55874, 29.77896),
    "Lilongwe": (-13.96692, 33.78725),
    "Lucerne": (47.05048, 8.30635),
    "Lviv": (49.83826, 24.02324),
    "Maiduguri": (11.84692, 13.15712),
    "Managua": (12.13282, -86.2504),
    "Mandalay": (21.97473, 96.08359),
    "Maradi": (13.5, 7.10174),
    "Mbarara": (-0.60467, 30.64851),
    "Medenine": (33.35495, 10.50548),
    "Meknes": (33.89352, -5.54727),
    "Mokpo": (34.81282, 126.39181),
    "Montpellier": (43.61093, 3.87635),
    "Mosul": (36.335, 43.11889),
    "Mount Isa": (-20.72523, 139.49727),
    "Mzuzu": (-11.46556, 34.02071),
    "Nashik": (19.99727, 73.79096),
    "Navoiy": (40.08444, 65.37917),
    "Naypyidaw": (19.745, 96.12972),
    "Nelson": (-41.27078, 173.28404),
    "Nouadhibou": (20.94188, -17.03842),
    "Novi Sad": (45.25167, 19.83694),
    "Olomouc": (49.59552, 17.25175),
    "Oran": (35.69906, -0.63588),
    "Ostrava": (49.83465, 18.28204),
    "Pamplona": (42.81687, -1.64323),
    "Pietermaritzburg": (-29.61679, 30.39278),
    "Port Hedland": (-20.31215, 118.61059),
    "Pune": (18.51957, 73.85535),
    "Quetta": (30.18414, 67.00141),
    "Rzeszow": (50.04132, 21.99901),
    "San Sebastian": (43.31283, -1.97499),
    "Santa Fe": (35.68698, -105.9378),
    "Schwerin": (53.62937, 11.41316),
    "Seville": (37.38283, -5.97317),
    "Shkoder": (42.06828, 19.51258),
    "Sohar": (24.34745, 56.70937),
    "Subotica": (46.1, 19.66667),
    "Sulaymaniyah": (35.56496, 45.4329),
    "Swansea": (51.62079, -3.94323),
    "Tahoua": (14.8888, 5.2692),
    "Taiping": (4.85, 100.73333),
    "Tegucigalpa": (14.0818, -87.20681),
    "Ternopil": (49.55404, 25.59067),
    "Timisoara": (45.75372, 21.22571),
    "Tlemcen": (34.87833, -1.315),
    "Toulouse": (43.60426, 1.44367),
    "Twin Falls": (42.56297, -114.46087),
    "Villach": (46.61028, 13.85583),
    "Wagga Wagga": (-35.12577, 147.35375),
    "Wismar": (53.89218, 11.45563),
    "Würzburg": (49.79391, 9.95121),
    "Zouerat": (22.73542, -12.47134),
    "Zurich": (47.36667, 8.55),
    # session 15, round 2: "the capital" under a town's dateline naming no country
    "Goulburn": (-34.75155, 149.72086),
    "Canberra": (-35.28346, 149.12807),
    "Minna": (9.61524, 6.54776),
    "Abuja": (9.05785, 7.49508),
    "Huacho": (-11.11718, -77.60584),
    "Lima": (-12.04318, -77.02824),
    "Utsunomiya": (36.56667, 139.88333),
    "Tokyo": (35.6895, 139.69171),
    "Broome": (-17.95538, 122.23922),
    "Perth": (-31.95224, 115.8614),
    "Anapolis": (-16.32667, -48.95278),
    "Brasilia": (-15.77972, -47.92972),
    "Radom": (51.40253, 21.14714),
    "Warsaw": (52.22977, 21.01178),
    "Cheongju": (36.63722, 127.48972),
    "Seoul": (37.566, 126.9784),
    "Wolfsberg": (46.84056, 14.84417),
    "Steyr": (48.04274, 14.42127),
    "Vienna": (48.20849, 16.37208),
    "Kinshasa": (-4.32758, 15.31357),
}

EN = [
    # class 4: the reference before the number, or a pair with the number after both
    R("en", 'From Bilbao it is about 75 km to San Sebastian, where the talks will be held.', 'about 75 km', 'San Sebastian', 'Bilbao', 'consistent', either_way=True),
    R("en", 'Seen from Tlemcen, Oran lies about 110 km to the north-east.', 'about 110 km', 'Oran', 'Tlemcen', 'consistent'),
    R("en", 'Katowice and Krakow, some 70 km apart, both declared a smog alert on Monday.', 'some 70 km', 'Katowice', 'Krakow', 'consistent', either_way=True),
    R("en", 'Hama and Homs, about 120 km apart, were both shelled overnight.', 'about 120 km', 'Hama', 'Homs', 'inconsistent', either_way=True),
    R("en", 'Mzuzu and Lilongwe lie roughly 480 km apart.', 'roughly 480 km', 'Mzuzu', 'Lilongwe', 'inconsistent', either_way=True),
    R("en", 'From Gabes, the nearest hospital is in Medenine, about 70 km to the south-east.', 'about 70 km', 'Medenine', 'Gabes', 'consistent'),
    R("en", 'From Quetta, the convoy headed to Chaman, some 250 km to the north-west, near the Afghan border.', 'some 250 km', 'Chaman', 'Quetta', 'inconsistent'),
    R("en", 'It is about 165 km from Pune to Nashik.', 'about 165 km', 'Nashik', 'Pune', 'consistent', either_way=True),
    # class 4: the reference in a prepositional chain
    R("en", 'The quake struck a village near Kabale, about 100 km south-west of Mbarara.', 'about 100 km', 'Kabale', 'Mbarara', 'consistent'),
    R("en", 'Gunmen attacked a farm outside Damaturu, some 130 km west of Maiduguri, on Sunday.', 'some 130 km', 'Damaturu', 'Maiduguri', 'consistent'),
    R("en", 'Fighting was reported in the hills above Goma, about 180 km north of Bukavu.', 'about 180 km', 'Goma', 'Bukavu', 'inconsistent'),
    R("en", 'Two bodies were found on a beach near Durres, some 80 km south of Shkoder.', 'some 80 km', 'Durres', 'Shkoder', 'consistent'),
    R("en", 'Rescuers reached a mine near Cloncurry, about 105 km east of Mount Isa, late on Tuesday.', 'about 105 km', 'Cloncurry', 'Mount Isa', 'consistent'),
    R("en", 'Smoke was seen in a suburb of Geelong, some 150 km south-east of Ballarat.', 'some 150 km', 'Geelong', 'Ballarat', 'inconsistent'),
    # class 3: a descriptive noun phrase as subject or reference, a sentence on
    R("en", 'Protests broke out in Meknes on Friday. Fez, about 55 km east of the city, stayed calm.', 'about 55 km', 'Fez', 'Meknes', 'consistent'),
    R("en", 'Heavy rain flooded Swansea on Monday. Cardiff, some 100 km east of the city, was spared.', 'some 100 km', 'Cardiff', 'Swansea', 'inconsistent'),
    R("en", 'Floods cut off Albury on Tuesday. The border town, about 110 km south of Wagga Wagga, has 50,000 residents.', 'about 110 km', 'Albury', 'Wagga Wagga', 'consistent'),
    R("en", 'Power failed in Mount Isa overnight. The mining town lies about 300 km west of Cloncurry.', 'about 300 km', 'Mount Isa', 'Cloncurry', 'inconsistent'),
    R("en", 'Cruise ships skipped Kotor this week. The walled town lies about 15 km north of Budva.', 'about 15 km', 'Kotor', 'Budva', 'consistent'),
    R("en", 'Clashes spread to Bunia, the regional capital, about 575 km east of Kisangani.', 'about 575 km', 'Bunia', 'Kisangani', 'consistent'),
    R("en", 'VILLACH, Austria (APA) - The town lies some 35 km west of the regional capital.', 'some 35 km', 'Villach', 'Klagenfurt', 'consistent'),
    R("en", 'MANAGUA, Nicaragua (AP) — In neighbouring Honduras, Choluteca, about 85 km south of the capital, was flooded.', 'about 85 km', 'Choluteca', 'Tegucigalpa', 'consistent'),
    R("en", 'GOMA, Congo (Reuters) - In Rwanda, Butare, about 80 km south-west of the capital, took in refugees.', 'about 80 km', 'Butare', 'Kigali', 'consistent'),
    R("en", 'YANGON, Myanmar (Reuters) - Mandalay, about 500 km north of the capital, was shaken by the quake.', 'about 500 km', 'Mandalay', 'Naypyidaw', 'inconsistent'),
    # class 4: the dateline as the implicit reference
    R("en", 'LVIV, Ukraine (Reuters) - A drone hit an oil depot in Ternopil on Tuesday, some 120 km east of the city.', 'some 120 km', 'Ternopil', 'Lviv', 'consistent'),
    R("en", 'BOISE, Idaho (AP) — Twin Falls, a two-hour drive to the south-east, is about 180 km from here.', 'about 180 km', 'Twin Falls', 'Boise', 'consistent'),
    R("en", 'IPOH, Malaysia (Reuters) - Police in Taiping, 90 km to the north-west, arrested two men.', '90 km', 'Taiping', 'Ipoh', 'inconsistent'),
    R("en", 'SOHAR, Oman (Reuters) - Roads to Buraimi, about 95 km inland, were closed.', 'about 95 km', 'Buraimi', 'Sohar', 'consistent'),
    R("en", 'MOSUL, Iraq (AP) — Families who fled to Dohuk, some 60 km north of the city, began returning.', 'some 60 km', 'Dohuk', 'Mosul', 'consistent'),
    R("en", 'KIRKUK, Iraq (Reuters) - In Sulaymaniyah, 200 km to the east, thousands protested.', '200 km', 'Sulaymaniyah', 'Kirkuk', 'inconsistent'),
    # class 4: a further distance after a journey between two places
    R("en", 'The cyclists rode from Bilbao to San Sebastian and then a further 60 km to Pamplona.', '60 km', 'Pamplona', 'San Sebastian', 'consistent'),
    R("en", 'The convoy drove from Brno to Olomouc and on to Ostrava, 80 km further on.', '80 km', 'Ostrava', 'Olomouc', 'consistent'),
    R("en", 'The train left Geelong at 8 am, stopped in Ballarat and reached Bendigo, some 180 km further on, at noon.', 'some 180 km', 'Bendigo', 'Ballarat', 'inconsistent'),
    # travel times beside distances
    R("en", 'Santa Fe, about an hour north-east of Albuquerque by car, is some 95 km away.', 'some 95 km', 'Santa Fe', 'Albuquerque', 'consistent'),
    R("en", 'Hama, a 40-minute drive north of Homs, lies about 45 km away.', 'about 45 km', 'Hama', 'Homs', 'consistent'),
    R("en", 'Gyeongju, about 20 minutes from Daegu by high-speed train, is some 150 km away.', 'some 150 km', 'Gyeongju', 'Daegu', 'inconsistent'),
    R("en", 'Cartagena is about 100 km, or two hours by bus, from Barranquilla.', 'about 100 km', 'Cartagena', 'Barranquilla', 'consistent'),
    R("en", 'Navoiy lies 90 km, or 80 minutes by train, north-east of Bukhara.', '90 km', 'Navoiy', 'Bukhara', 'consistent'),
    # class 5: a fronted region
    R("en", 'In the Basque Country, San Sebastian, about 75 km east of Bilbao, cancelled its festival.', 'about 75 km', 'San Sebastian', 'Bilbao', 'consistent'),
    R("en", 'In Andalusia, Cordoba, some 200 km north-east of Seville, recorded 46C.', 'some 200 km', 'Cordoba', 'Seville', 'inconsistent'),
    R("en", 'In western Romania, Arad, about 50 km north of Timisoara, was flooded.', 'about 50 km', 'Arad', 'Timisoara', 'consistent'),
    R("en", "In northern Iraq's Kurdistan region, Sulaymaniyah, about 95 km east of Kirkuk, held a vote.", 'about 95 km', 'Sulaymaniyah', 'Kirkuk', 'consistent'),
    R("en", 'In Moravia, Olomouc, some 120 km north-east of Brno, declared an emergency.', 'some 120 km', 'Olomouc', 'Brno', 'inconsistent'),
    R("en", "In Western Australia's Pilbara, Port Hedland, about 190 km east of Karratha, was hit hardest.", 'about 190 km', 'Port Hedland', 'Karratha', 'consistent'),
    # class 1: appositions with numbers and ages
    R("en", 'Ladysmith, a town of 240,000 people, lies about 130 km north-west of Pietermaritzburg.', 'about 130 km', 'Ladysmith', 'Pietermaritzburg', 'consistent'),
    R("en", 'Wismar, founded in 1226, lies some 30 km north of Schwerin.', 'some 30 km', 'Wismar', 'Schwerin', 'consistent'),
    R("en", "Mzuzu, Malawi's third-largest city with 250,000 residents, is about 500 km north of Lilongwe.", 'about 500 km', 'Mzuzu', 'Lilongwe', 'inconsistent'),
    R("en", 'Farmer Joseph Banda, 54, from Blantyre, about 240 km south-east of Lilongwe, lost his harvest.', 'about 240 km', 'Blantyre', 'Lilongwe', 'consistent'),
    R("en", 'Maria Lopez, 32, a teacher in Choluteca, some 85 km south of Tegucigalpa, said the water rose in minutes.', 'some 85 km', 'Choluteca', 'Tegucigalpa', 'consistent'),
    R("en", 'Kulob, at 600 metres above sea level, lies about 110 km south-east of Dushanbe.', 'about 110 km', 'Kulob', 'Dushanbe', 'consistent'),
    R("en", 'Zouerat, a mining town of 55,000, is about 250 km north-east of Nouadhibou.', 'about 250 km', 'Zouerat', 'Nouadhibou', 'inconsistent'),
    # class 2: a range word elsewhere in the sentence
    R("en", 'Banfora, about 80 km south-west of Bobo-Dioulasso, was cut off, and the floods reached villages within 20 km of the border.', 'about 80 km', 'Banfora', 'Bobo Dioulasso', 'consistent'),
    R("en", 'Up to 300 homes were damaged in Tahoua, some 400 km north-west of Maradi.', 'some 400 km', 'Tahoua', 'Maradi', 'inconsistent'),
    R("en", 'Schools within 50 km of Comilla closed, and Chittagong, about 140 km to the south-east, also shut its schools.', 'about 140 km', 'Chittagong', 'Comilla', 'consistent'),
    R("en", 'Within a week the outbreak had spread to Medenine, about 70 km south-east of Gabes.', 'about 70 km', 'Medenine', 'Gabes', 'consistent'),
    R("en", 'Within hours the fire reached Bendigo, some 200 km north-east of Ballarat.', 'some 200 km', 'Bendigo', 'Ballarat', 'inconsistent'),
    R("en", 'Mokpo, about 60 km south-west of Gwangju, recorded up to 300 mm of rain.', 'about 60 km', 'Mokpo', 'Gwangju', 'consistent'),
    # a second probe, written after the session's fixes and before geomap read it, in
    # other places and words: do the fixes hold beyond the rows that showed them?
    R("en", 'TEGUCIGALPA, Honduras (AP) — Across the border in Nicaragua, Estelí, about 105 km north of the capital, was hit by mudslides.', 'about 105 km', 'Esteli', 'Managua', 'consistent'),
    R("en", 'Ahmed Musa, 41, a trader from Maiduguri, some 130 km east of Damaturu, lost his shop in the attack.', 'some 130 km', 'Maiduguri', 'Damaturu', 'consistent'),
    R("en", 'Anna Kowalska, 67, from Rzeszow, about 250 km east of Krakow, said the river rose overnight.', 'about 250 km', 'Rzeszow', 'Krakow', 'inconsistent'),
    R("en", 'Lucerne, a 45-minute train ride south-west of Zurich, lies about 40 km away.', 'about 40 km', 'Lucerne', 'Zurich', 'consistent'),
    R("en", 'Basel, half an hour south-west of Freiburg by car, is some 90 km away.', 'some 90 km', 'Basel', 'Freiburg', 'inconsistent'),
    R("en", 'The strikers marched from Bordeaux to Toulouse and then a further 195 km to Montpellier.', '195 km', 'Montpellier', 'Toulouse', 'consistent'),
    R("en", 'SUBOTICA, Serbia (Reuters) - The town lies some 95 km north of the regional capital.', 'some 95 km', 'Subotica', 'Novi Sad', 'consistent'),
    R("en", 'TWIN FALLS, Idaho (AP) — The city lies about 185 km south-east of the state capital.', 'about 185 km', 'Twin Falls', 'Boise', 'consistent'),
    # round 2 (a product decision): a bare "the capital" under the dateline of a town that
    # is not the capital and names no country is its country's capital (federal or not),
    # unless the sentence or the one before names a first-level region (then its seat)
    R("en", 'WOLLONGONG (AAP) - Goulburn, about 80 km north-east of the capital, was cut off by floodwater.', 'about 80 km', 'Goulburn', 'Canberra', 'consistent'),
    R("en", 'KADUNA (AFP) - Minna, some 120 km north-west of the capital, received the displaced families.', 'some 120 km', 'Minna', 'Abuja', 'consistent'),
    R("en", 'AREQUIPA (AP) — Huacho, about 400 km north of the capital, declared an emergency.', 'about 400 km', 'Huacho', 'Lima', 'inconsistent'),
    R("en", 'SENDAI (Kyodo) - Utsunomiya, about 100 km north of the capital, felt the tremor.', 'about 100 km', 'Utsunomiya', 'Tokyo', 'consistent'),
    R("en", 'DARWIN (AAP) - Floods cut roads across Western Australia on Monday. Broome, about 1,700 km north of the capital, was isolated.', 'about 1,700 km', 'Broome', 'Perth', 'consistent'),
    # round 2: the country named after a dateline's town is the one that holds the town
    # ("Congo" is the Republic's in the gazetteer; Goma lies in the Democratic Republic)
    R("en", 'GOMA, Congo (Reuters) - Kisangani, about 1,250 km north-east of the capital, took in 2,000 people.', 'about 1,250 km', 'Kisangani', 'Kinshasa', 'consistent'),
]

DE = [
    # Klasse 4: der Bezug vor der Zahl
    R("de", 'Von Bilbao aus sind es rund 75 Kilometer bis San Sebastián.', 'rund 75 Kilometer', 'San Sebastian', 'Bilbao', 'consistent', either_way=True),
    R("de", 'Von Tlemcen aus gesehen liegt Oran etwa 110 Kilometer nordöstlich.', 'etwa 110 Kilometer', 'Oran', 'Tlemcen', 'consistent'),
    R("de", 'Kattowitz und Krakau, rund 70 Kilometer voneinander entfernt, riefen Smogalarm aus.', 'rund 70 Kilometer', 'Katowice', 'Krakow', 'consistent', either_way=True),
    R("de", 'Zwischen Homs und dem rund 45 Kilometer entfernten Hama wurde am Montag gekämpft.', 'rund 45 Kilometer', 'Hama', 'Homs', 'consistent'),
    R("de", 'Zwischen Schwerin und dem etwa 80 Kilometer entfernten Wismar ist die Bahnstrecke gesperrt.', 'etwa 80 Kilometer', 'Wismar', 'Schwerin', 'inconsistent'),
    R("de", 'Olomouc liegt von Brno gut 65 Kilometer entfernt.', 'gut 65 Kilometer', 'Olomouc', 'Brno', 'consistent'),
    R("de", 'Swansea liegt von Cardiff etwa 120 Kilometer entfernt.', 'etwa 120 Kilometer', 'Swansea', 'Cardiff', 'inconsistent'),
    R("de", 'Von Pune bis Nashik sind es rund 165 Kilometer.', 'rund 165 Kilometer', 'Nashik', 'Pune', 'consistent', either_way=True),
    R("de", 'Von Quetta aus fuhr der Konvoi ins rund 250 Kilometer nordwestlich gelegene Chaman.', 'rund 250 Kilometer', 'Chaman', 'Quetta', 'inconsistent'),
    # Klasse 4: Ketten von Präpositionen
    R("de", 'Das Beben traf ein Dorf bei Kabale, rund 160 Kilometer südwestlich von Mbarara.', 'rund 160 Kilometer', 'Kabale', 'Mbarara', 'inconsistent'),
    R("de", 'Bewaffnete überfielen eine Farm außerhalb von Damaturu, etwa 130 Kilometer westlich von Maiduguri.', 'etwa 130 Kilometer', 'Damaturu', 'Maiduguri', 'consistent'),
    R("de", 'In den Hügeln oberhalb von Goma, rund 180 Kilometer nördlich von Bukavu, wurde gekämpft.', 'rund 180 Kilometer', 'Goma', 'Bukavu', 'inconsistent'),
    R("de", 'An einem Strand bei Durrës, rund 80 Kilometer südlich von Shkodër, wurden zwei Leichen gefunden.', 'rund 80 Kilometer', 'Durres', 'Shkoder', 'consistent'),
    R("de", 'In einer Mine nahe Cloncurry, etwa 105 Kilometer östlich von Mount Isa, sitzen zwei Bergleute fest.', 'etwa 105 Kilometer', 'Cloncurry', 'Mount Isa', 'consistent'),
    # Klasse 3: eine beschreibende Nominalphrase als Subjekt oder Bezug
    R("de", 'In Meknès kam es am Freitag zu Protesten. In Fès, rund 55 Kilometer östlich der Stadt, blieb es ruhig.', 'rund 55 Kilometer', 'Fez', 'Meknes', 'consistent'),
    R("de", 'In Bamberg trat die Regnitz über die Ufer. Die Kreisstadt liegt rund 70 Kilometer östlich von Würzburg.', 'rund 70 Kilometer', 'Bamberg', 'Würzburg', 'consistent'),
    R("de", 'In Wismar wurde am Montag Sturmflutalarm ausgelöst. Die Hansestadt liegt rund 60 Kilometer nördlich von Schwerin.', 'rund 60 Kilometer', 'Wismar', 'Schwerin', 'inconsistent'),
    R("de", 'In Port Hedland fiel der Strom aus. Die Bergbaustadt liegt rund 190 Kilometer östlich von Karratha.', 'rund 190 Kilometer', 'Port Hedland', 'Karratha', 'consistent'),
    R("de", 'Der Sturm traf am Dienstag Albury. Die Grenzstadt liegt etwa 110 Kilometer südlich von Wagga Wagga.', 'etwa 110 Kilometer', 'Albury', 'Wagga Wagga', 'consistent'),
    R("de", 'Die Kämpfe erreichten Bunia, die Provinzhauptstadt, rund 575 Kilometer östlich von Kisangani.', 'rund 575 Kilometer', 'Bunia', 'Kisangani', 'consistent'),
    R("de", 'VILLACH (APA) - Die Stadt liegt rund 35 Kilometer westlich der Landeshauptstadt.', 'rund 35 Kilometer', 'Villach', 'Klagenfurt', 'consistent'),
    R("de", 'MANAGUA (dpa) - Im benachbarten Honduras wurde Choluteca, rund 85 Kilometer südlich der Hauptstadt, überflutet.', 'rund 85 Kilometer', 'Choluteca', 'Tegucigalpa', 'consistent'),
    R("de", 'GOMA (dpa) - In Ruanda nahm Butare, etwa 80 Kilometer südwestlich der Hauptstadt, Flüchtlinge auf.', 'etwa 80 Kilometer', 'Butare', 'Kigali', 'consistent'),
    R("de", 'RANGUN (dpa) - Mandalay, rund 500 Kilometer nördlich der Hauptstadt, wurde von dem Beben erschüttert.', 'rund 500 Kilometer', 'Mandalay', 'Naypyidaw', 'inconsistent'),
    # Klasse 4: die Ortsmarke als stiller Bezug
    R("de", 'LWIW (dpa) - Eine Drohne traf am Dienstag ein Öldepot in Ternopil, rund 120 Kilometer östlich der Stadt.', 'rund 120 Kilometer', 'Ternopil', 'Lviv', 'consistent'),
    R("de", 'BOISE (dpa) - Twin Falls, zwei Autostunden weiter südöstlich, ist rund 180 Kilometer entfernt.', 'rund 180 Kilometer', 'Twin Falls', 'Boise', 'consistent'),
    R("de", 'IPOH (dpa) - Die Polizei im 90 Kilometer nordwestlich gelegenen Taiping nahm zwei Männer fest.', '90 Kilometer', 'Taiping', 'Ipoh', 'inconsistent'),
    R("de", 'MOSSUL (dpa) - Familien, die ins rund 60 Kilometer nördlich gelegene Dohuk geflohen waren, kehren zurück.', 'rund 60 Kilometer', 'Dohuk', 'Mosul', 'consistent'),
    R("de", 'KIRKUK (dpa) - In Sulaymaniyah, 200 Kilometer weiter östlich, protestierten Tausende.', '200 Kilometer', 'Sulaymaniyah', 'Kirkuk', 'inconsistent'),
    # Klasse 4: weitere Kilometer nach einer Fahrt zwischen zwei Orten
    R("de", 'Die Radfahrer fuhren von Bilbao nach San Sebastián und dann weitere 60 Kilometer bis Pamplona.', '60 Kilometer', 'Pamplona', 'San Sebastian', 'consistent'),
    R("de", 'Der Konvoi fuhr von Brünn nach Olmütz und weiter nach Ostrava, 80 Kilometer weiter östlich.', '80 Kilometer', 'Ostrava', 'Olomouc', 'consistent'),
    R("de", 'Der Zug hielt in Geelong und Ballarat und erreichte Bendigo, weitere 180 Kilometer entfernt, am Mittag.', '180 Kilometer', 'Bendigo', 'Ballarat', 'inconsistent'),
    # Reisezeiten neben Entfernungen
    R("de", 'Santa Fe, mit dem Auto etwa eine Stunde nordöstlich von Albuquerque, ist rund 95 Kilometer entfernt.', 'rund 95 Kilometer', 'Santa Fe', 'Albuquerque', 'consistent'),
    R("de", 'Hama, 40 Autominuten nördlich von Homs, liegt rund 45 Kilometer entfernt.', 'rund 45 Kilometer', 'Hama', 'Homs', 'consistent'),
    R("de", 'Gyeongju liegt mit dem Schnellzug 20 Minuten, also rund 150 Kilometer, von Daegu entfernt.', 'rund 150 Kilometer', 'Gyeongju', 'Daegu', 'inconsistent'),
    R("de", 'Cartagena liegt zwei Busstunden bzw. rund 100 Kilometer von Barranquilla entfernt.', 'rund 100 Kilometer', 'Cartagena', 'Barranquilla', 'consistent'),
    R("de", 'Navoiy liegt 90 Kilometer oder 80 Zugminuten nordöstlich von Buchara.', '90 Kilometer', 'Navoiy', 'Bukhara', 'consistent'),
    # Klasse 5: eine vorangestellte Region
    R("de", 'Im Baskenland sagte San Sebastián, rund 75 Kilometer östlich von Bilbao, sein Festival ab.', 'rund 75 Kilometer', 'San Sebastian', 'Bilbao', 'consistent'),
    R("de", 'In Andalusien wurden in Córdoba, rund 200 Kilometer nordöstlich von Sevilla, 46 Grad gemessen.', 'rund 200 Kilometer', 'Cordoba', 'Seville', 'inconsistent'),
    R("de", 'Im Westen Rumäniens wurde Arad, etwa 50 Kilometer nördlich von Timișoara, überflutet.', 'etwa 50 Kilometer', 'Arad', 'Timisoara', 'consistent'),
    R("de", 'Im Nordirak liegt Dohuk rund 60 Kilometer nördlich von Mossul.', 'rund 60 Kilometer', 'Dohuk', 'Mosul', 'consistent'),
    R("de", 'In Mähren rief Olomouc, rund 120 Kilometer nordöstlich von Brno, den Notstand aus.', 'rund 120 Kilometer', 'Olomouc', 'Brno', 'inconsistent'),
    R("de", 'In der Pilbara-Region traf es Port Hedland, rund 190 Kilometer östlich von Karratha, am härtesten.', 'rund 190 Kilometer', 'Port Hedland', 'Karratha', 'consistent'),
    # Klasse 1: Appositionen mit Zahlen und Altersangaben
    R("de", 'Ladysmith, eine Stadt mit 240.000 Einwohnern, liegt etwa 130 Kilometer nordwestlich von Pietermaritzburg.', 'etwa 130 Kilometer', 'Ladysmith', 'Pietermaritzburg', 'consistent'),
    R("de", 'Wismar, 1226 gegründet, liegt rund 30 Kilometer nördlich von Schwerin.', 'rund 30 Kilometer', 'Wismar', 'Schwerin', 'consistent'),
    R("de", 'Mzuzu, mit 250.000 Einwohnern die drittgrößte Stadt Malawis, liegt rund 500 Kilometer nördlich von Lilongwe.', 'rund 500 Kilometer', 'Mzuzu', 'Lilongwe', 'inconsistent'),
    R("de", 'Der 54-jährige Bauer Joseph Banda aus Blantyre, rund 240 Kilometer südöstlich von Lilongwe, verlor seine Ernte.', 'rund 240 Kilometer', 'Blantyre', 'Lilongwe', 'consistent'),
    R("de", 'Maria López (32), Lehrerin in Choluteca, etwa 85 Kilometer südlich von Tegucigalpa, sagte, das Wasser sei in Minuten gestiegen.', 'etwa 85 Kilometer', 'Choluteca', 'Tegucigalpa', 'consistent'),
    R("de", 'Kulob, auf 600 Metern Höhe gelegen, ist rund 110 Kilometer südöstlich von Duschanbe.', 'rund 110 Kilometer', 'Kulob', 'Dushanbe', 'consistent'),
    R("de", 'Zouérat, eine Bergbaustadt mit 55.000 Einwohnern, liegt rund 250 Kilometer nordöstlich von Nouadhibou.', 'rund 250 Kilometer', 'Zouerat', 'Nouadhibou', 'inconsistent'),
    # Klasse 2: ein Bereichswort anderswo im Satz
    R("de", 'Banfora, rund 80 Kilometer südwestlich von Bobo-Dioulasso, war abgeschnitten; das Wasser erreichte Dörfer bis zu 20 Kilometer vor der Grenze.', 'rund 80 Kilometer', 'Banfora', 'Bobo Dioulasso', 'consistent'),
    R("de", 'Bis zu 300 Häuser wurden in Tahoua beschädigt, rund 450 Kilometer nordwestlich von Maradi.', 'rund 450 Kilometer', 'Tahoua', 'Maradi', 'inconsistent'),
    R("de", 'Im Umkreis von 50 Kilometern um Comilla blieben die Schulen zu, auch im rund 140 Kilometer südöstlich gelegenen Chittagong.', 'rund 140 Kilometer', 'Chittagong', 'Comilla', 'consistent'),
    R("de", 'Innerhalb weniger Stunden erreichte das Feuer Bendigo, rund 200 Kilometer nordöstlich von Ballarat.', 'rund 200 Kilometer', 'Bendigo', 'Ballarat', 'inconsistent'),
    R("de", 'In Mokpo, etwa 60 Kilometer südwestlich von Gwangju, fielen bis zu 300 Millimeter Regen.', 'etwa 60 Kilometer', 'Mokpo', 'Gwangju', 'consistent'),
    # der zweite Test, nach den Korrekturen geschrieben, bevor geomap ihn las
    R("de", 'MANAGUA (dpa) - Jenseits der Grenze in Honduras meldete Danlí, rund 70 Kilometer östlich der Hauptstadt, Überschwemmungen.', 'rund 70 Kilometer', 'Danli', 'Tegucigalpa', 'consistent'),
    R("de", 'Pedro Gómez (45), Fischer aus Iquique, rund 380 Kilometer nördlich von Antofagasta, sagte, der Hafen sei geschlossen.', 'rund 380 Kilometer', 'Iquique', 'Antofagasta', 'consistent'),
    R("de", 'Die 67-jährige Anna Kowalska aus Rzeszów, rund 150 Kilometer östlich von Krakau, sagte, der Fluss sei über Nacht gestiegen.', 'rund 150 Kilometer', 'Rzeszow', 'Krakow', 'consistent'),
    R("de", 'Luzern, eine knappe Zugstunde südwestlich von Zürich, liegt rund 40 Kilometer entfernt.', 'rund 40 Kilometer', 'Lucerne', 'Zurich', 'consistent'),
    R("de", 'Blenheim, eine Autostunde südöstlich von Nelson, liegt etwa 100 Kilometer entfernt.', 'etwa 100 Kilometer', 'Blenheim', 'Nelson', 'inconsistent'),
    R("de", 'Die Streikenden zogen von Bordeaux nach Toulouse und dann weitere 300 Kilometer bis Montpellier.', '300 Kilometer', 'Montpellier', 'Toulouse', 'inconsistent'),
    R("de", 'WISMAR (dpa) - Die Hansestadt liegt rund 30 Kilometer nördlich der Landeshauptstadt.', 'rund 30 Kilometer', 'Wismar', 'Schwerin', 'consistent'),
    R("de", 'Ahmed Musa (41), Händler aus Maiduguri, etwa 130 Kilometer östlich von Damaturu, verlor seinen Laden.', 'etwa 130 Kilometer', 'Maiduguri', 'Damaturu', 'consistent'),
    # round 2 (a product decision, as in English above)
    R("de", 'GOIÂNIA (dpa) - Anápolis, rund 125 Kilometer westlich der Hauptstadt, meldete Rekordregen.', 'rund 125 Kilometer', 'Anapolis', 'Brasilia', 'consistent'),
    R("de", 'KRAKAU (dpa) - Radom, rund 300 Kilometer südlich der Hauptstadt, wurde überflutet.', 'rund 300 Kilometer', 'Radom', 'Warsaw', 'inconsistent'),
    R("de", 'DAEGU (dpa) - Cheongju, rund 110 Kilometer südlich der Hauptstadt, meldete Stromausfälle.', 'rund 110 Kilometer', 'Cheongju', 'Seoul', 'consistent'),
    R("de", 'GRAZ (APA) - In Kärnten liegt Wolfsberg rund 50 Kilometer östlich der Hauptstadt.', 'rund 50 Kilometer', 'Wolfsberg', 'Klagenfurt', 'consistent'),
    R("de", 'SALZBURG (APA) - Steyr, rund 400 Kilometer westlich der Hauptstadt, meldete Hagel.', 'rund 400 Kilometer', 'Steyr', 'Vienna', 'inconsistent'),
    R("de", 'GOMA, Kongo (dpa) - Kisangani, rund 600 Kilometer nordöstlich der Hauptstadt, nahm 2000 Menschen auf.', 'rund 600 Kilometer', 'Kisangani', 'Kinshasa', 'inconsistent'),
]
# fmt: on

ROWS = [*EN, *DE]

#: rows (by text, or by text and quantity) geomap still gets wrong, each with its reason
#: (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {
    "Basel, half an hour south-west of Freiburg by car, is some 90 km away.": (
        "the geoparser resolves 'Freiburg' beside Basel to Fribourg in Switzerland (the pair is read right; the false distance then fits the wrong town): open, a geoparser rule"
    ),
    "SUBOTICA, Serbia (Reuters) - The town lies some 95 km north of the regional capital.": (
        "the gazetteer's table of seats has no seat for Vojvodina (Novi Sad), so 'the regional capital' stays unresolved: open, gazetteer data"
    ),
    "Cartagena liegt zwei Busstunden bzw. rund 100 Kilometer von Barranquilla entfernt.": (
        "'bzw.' between a travel time and the distance is read as a list joiner ('rund 145 bzw. 155 Kilometer'), so the clause's subject is not reached: open"
    ),
    "Im Baskenland sagte San Sebastián, rund 75 Kilometer östlich von Bilbao, sein Festival ab.": (
        "the separable verb 'sagte ... ab' (called off) is read by the geoparser as a verb of saying, so the name after it is taken for a speaker and no place ('Im Baskenland hat San Sebastián, ..., abgesagt' passes): open, a geoparser rule"
    ),
}


def test_the_table_is_balanced_and_honest() -> None:
    """At least 100 rows, about half in each language, at least a sixth of them false."""
    assert_balanced(EN, DE, at_least=100)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: sentences whose numbers state no distance between two places: a height, a speed, an
#: area, a road's or a race's length, a jam, a depth, tonnes. No claim may be reported for
#: their words.
# fmt: off
NON_CLAIMS: list[Any] = [
    ("en", "The Nyiragongo volcano above Goma rises to 3,470 metres.", "3,470 metres"),
    ("en", "Winds of 150 km/h tore roofs off in Mokpo on Tuesday.", "150 km/h"),
    ("en", "The fire near Ballarat has burned more than 45 sq km of forest.", "45 sq km"),
    ("en", "Pune's new ring road will cost $300 million and be 128 km long.", "128 km"),
    ("en", "Traffic stood still for 25 km outside Katowice on Friday.", "25 km"),
    ("en", "The quake, 10 km deep, struck near Durres at 3.54 am.", "10 km"),
    ("en", "Trains between Cordoba and Seville run at up to 300 km/h.", "300 km/h"),
    ("en", "A landslide closed a 12-km stretch of the coast road near Budva.", "12-km"),
    ("en", "A runner from Mzuzu won the 42-km Lilongwe marathon on Sunday.", "42-km"),
    ("en", "Some 40 trucks carrying 500 tonnes of maize left Lilongwe for Mzuzu in 2025.", "500 tonnes"),
    ("de", "Der Nyiragongo bei Goma ist 3.470 Meter hoch.", "3.470 Meter"),
    ("de", "In Mokpo wurden Böen von 150 Kilometern pro Stunde gemessen.", "150 Kilometern"),
    ("de", "Das Feuer bei Ballarat hat 45 Quadratkilometer Wald zerstört.", "45 Quadratkilometer"),
    ("de", "Die neue Ringstraße um Pune soll 300 Millionen Dollar kosten und 128 Kilometer lang werden.", "128 Kilometer"),
    ("de", "Bei Kattowitz staute sich der Verkehr am Freitag auf 25 Kilometern.", "25 Kilometern"),
    ("de", "Das Beben ereignete sich in 10 Kilometern Tiefe nahe Durrës.", "10 Kilometern"),
    ("de", "Die Züge zwischen Córdoba und Sevilla fahren mit bis zu 300 km/h.", "300 km/h"),
    ("de", "Ein 12 Kilometer langer Abschnitt der Küstenstraße bei Budva wurde gesperrt.", "12 Kilometer"),
    pytest.param(
        "de", "Ein Läufer aus Mzuzu gewann am Sonntag den Marathon von Lilongwe über 42 Kilometer.", "42 Kilometer",
        marks=pytest.mark.xfail(strict=True, reason="'über N Kilometer' after a race is read as 'more than N km' from the place before it, not as the race's length: open"),
    ),
    ("de", "Rund 40 Lastwagen mit 500 Tonnen Mais fuhren 2025 von Lilongwe nach Mzuzu.", "500 Tonnen"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    NON_CLAIMS,
    ids=[f"{r[0] if isinstance(r, tuple) else r.values[0]}-{i}" for i, r in enumerate(NON_CLAIMS)],
)
def test_no_claim(analyze: Callable[..., Any], lang: str, text: str, number: str) -> None:
    """A height, a speed, an area, a length, a depth or a load is no distance between two
    places: no claim is reported for it."""
    check_no_claim(analyze, lang, text, number)
