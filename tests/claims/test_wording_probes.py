# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Probe table for issue 15's failure classes in wording the claims corpus does not use.

The sentences were written for this table, from regions none of the corpus batches or the
issue's own examples use, half German and half English, before geomap was run on them. Each
class of the issue appears in wording variants: appositions with numbers and relative
clauses between subject and verb, passive and perfect tenses, the subject after the verb, a
question in quotes, ``some N km`` / ``N-odd km`` / ``a good N km`` / ``knapp N km``, number
ranges (``N bis M``, ``zwischen N und M``), a conversion in brackets, nautical miles,
coordinated references, a reference in the sentence before (``the town``, ``die Stadt``,
``der Ort``, ``the island``, ``die Insel``, ``the capital``), a pronoun subject, the
dateline's place, first-person speech, and numbers that look like claims but are none
(speeds, reaches, lengths, kilometre posts, heights, depths, areas).

Each claim row asserts what a fact-checker would check: the claim is found, its two ends lie
within 30 km of the hand points, the computed distance matches the geodesic computed here
with geographiclib from those hand coordinates (never through geomap's geometry), and the
verdict is the real-world one (about a fifth of the rows state a wrong distance or
direction). Each non-claim row asserts that no claim is made of its number.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use (city centres from atlases)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "La Paz": (-16.4897, -68.1193), "Cochabamba": (-17.3895, -66.1568), "Oruro": (-17.9833, -67.1500),
    "Colombo": (6.9271, 79.8612), "Kandy": (7.2906, 80.6337), "Galle": (6.0535, 80.2210),
    "Tallinn": (59.4370, 24.7536), "Tartu": (58.3780, 26.7290),
    "Ljubljana": (46.0569, 14.5058), "Maribor": (46.5547, 15.6459),
    "Porto": (41.1579, -8.6291), "Coimbra": (40.2033, -8.4103), "Lisbon": (38.7223, -9.1393),
    "Windhoek": (-22.5609, 17.0658), "Swakopmund": (-22.6784, 14.5266),
    "Asuncion": (-25.2637, -57.5759), "Encarnacion": (-27.3306, -55.8667),
    "Accra": (5.6037, -0.1870), "Kumasi": (6.6885, -1.6244), "Cape Coast": (5.1053, -1.2466), "Tamale": (9.4008, -0.8393),
    "Sofia": (42.6977, 23.3219), "Plovdiv": (42.1354, 24.7453),
    "Lusaka": (-15.3875, 28.3228), "Livingstone": (-17.8419, 25.8543),
    "Montevideo": (-34.9011, -56.1645), "Colonia": (-34.4626, -57.8398),
    "Denver": (39.7392, -104.9903), "Colorado Springs": (38.8339, -104.8214),
    "Auckland": (-36.8485, 174.7633), "Whangarei": (-35.7251, 174.3237), "Hamilton": (-37.7870, 175.2793),
    "Hanoi": (21.0278, 105.8342), "Haiphong": (20.8449, 106.6881),
    "Kathmandu": (27.7172, 85.3240), "Pokhara": (28.2096, 83.9856),
    "Phoenix": (33.4484, -112.0740), "Tucson": (32.2226, -110.9747), "Flagstaff": (35.1983, -111.6513),
    "Monterrey": (25.6866, -100.3161), "Saltillo": (25.4232, -100.9924),
    "Ulaanbaatar": (47.8864, 106.9057), "Darkhan": (49.4867, 105.9228),
    "Tashkent": (41.2995, 69.2401), "Samarkand": (39.6270, 66.9750),
    "Dar es Salaam": (-6.7924, 39.2083), "Zanzibar": (-6.1659, 39.2026),
    "Hobart": (-42.8821, 147.3272), "Launceston": (-41.4332, 147.1441),
    "Suva": (-18.1416, 178.4419), "Nadi": (-17.8005, 177.4162),
    "Ronne": (55.1009, 14.7066), "Ystad": (55.4295, 13.8200),
    "Baguio": (16.4023, 120.5960), "Manila": (14.5995, 120.9842),
    "Heraklion": (35.3387, 25.1442), "Athens": (37.9838, 23.7275),
    "Quetzaltenango": (14.8347, -91.5180), "Guatemala City": (14.6349, -90.5069),
    "Helgoland": (54.1825, 7.8856), "Cuxhaven": (53.8615, 8.6944),
    "Capri": (40.5532, 14.2222), "Naples": (40.8518, 14.2681), "Vesuvius": (40.8224, 14.4289),
    "Queenstown": (-45.0312, 168.6626), "Dunedin": (-45.8788, 170.5028),
    "Pisa": (43.7228, 10.4017), "Florence": (43.7696, 11.2558),
    "Hermosillo": (29.0729, -110.9559), "Nogales": (31.3086, -110.9422),
    "Kutaisi": (42.2679, 42.6946), "Tbilisi": (41.7151, 44.8271),
    "Bodo": (67.2804, 14.4049), "Tromso": (69.6492, 18.9553), "Akureyri": (65.6885, -18.1262),
    "Quito": (-0.1807, -78.4678), "Cotopaxi": (-0.6838, -78.4375), "Sao Paulo": (-23.5505, -46.6333),
    "Ushuaia": (-54.8019, -68.3030), "Aconcagua": (-32.6532, -70.0109), "Mendoza": (-32.8895, -68.8458),
    "Pueblo": (38.2544, -104.6091), "Negombo": (7.2008, 79.8737), "Riga": (56.9496, 24.1052),
    "Noumea": (-22.2758, 166.4580), "Mount Cook": (-43.5950, 170.1418), "Christchurch": (-43.5321, 172.6362),
    "Casablanca": (33.5731, -7.5898), "Rabat": (34.0209, -6.8416), "Nairobi": (-1.2921, 36.8219),
    "Mombasa": (-4.0435, 39.6682), "Santiago": (-33.4489, -70.6693), "Valparaiso": (-33.0472, -71.6127),
    "Baku": (40.4093, 49.8671), "Brisbane": (-27.4698, 153.0251),
    "Burgas": (42.5048, 27.4626), "Varna": (43.2141, 27.9147),
    "Popocatepetl": (19.0225, -98.6278), "Mexico City": (19.4326, -99.1332),
    "Kilimanjaro": (-3.0674, 37.3556), "Moshi": (-3.3349, 37.3404),
    "Mount Rainier": (46.8523, -121.7603), "Seattle": (47.6062, -122.3321),
    "Munich Airport": (48.3538, 11.7861), "Augsburg": (48.3705, 10.8978),
    "Berlin Airport": (52.3667, 13.5033), "Potsdam": (52.3906, 13.0645),
    "Frankfurt Airport": (50.0379, 8.5622), "Mainz": (49.9929, 8.2473),
}
# fmt: on

R = Row
# fmt: off
EN = [
    # 1: appositions with numbers, relative clauses between subject and verb
    R("en", "Cochabamba, a city of 1.3 million people that sits in a fertile valley, lies about 230 km south-east of La Paz.", "230 km", "Cochabamba", "La Paz", "consistent"),
    R("en", "Kandy, which was the seat of the last Sinhalese kings, is some 95 km north-east of Colombo.", "95 km", "Kandy", "Colombo", "consistent"),
    R("en", "Swakopmund, the 44,000-strong resort on the Atlantic, lies roughly 460 km west of Windhoek.", "460 km", "Swakopmund", "Windhoek", "inconsistent"),
    R("en", "Aconcagua, at 6,961 metres the highest peak outside Asia, rises about 110 km west of Mendoza.", "110 km", "Aconcagua", "Mendoza", "consistent"),
    # passive and perfect tenses
    R("en", "The regional headquarters has been moved to Kumasi, some 200 km north-west of Accra.", "200 km", "Kumasi", "Accra", "consistent"),
    R("en", "Relief supplies were flown to Livingstone, which is about 380 km south-west of Lusaka.", "380 km", "Livingstone", "Lusaka", "consistent"),
    # the subject after the verb
    R("en", "About 100 km south of Denver lies Colorado Springs.", "100 km", "Colorado Springs", "Denver", "consistent"),
    R("en", "Some 60 km to the north of Auckland lies Whangarei.", "60 km", "Whangarei", "Auckland", "inconsistent"),
    # a question in quotes
    R("en", '"Who can cover the 200 km from Kathmandu to Pokhara in a day on this road?" a bus driver asked.', "200 km", "Pokhara", "Kathmandu", "consistent", "route", True),
    # qualifiers the corpus does not use
    R("en", "Saltillo is 70-odd km west of Monterrey.", "70-odd km", "Saltillo", "Monterrey", "consistent"),
    R("en", "Hamilton is a good 110 km south of Auckland.", "110 km", "Hamilton", "Auckland", "consistent"),
    R("en", "Launceston lies 160 km (100 mi) north of Hobart.", "160 km", "Launceston", "Hobart", "consistent"),
    R("en", "Nadi is about 62 nautical miles west of Suva.", "62 nautical miles", "Nadi", "Suva", "consistent"),
    R("en", "Nadi lies about 160 nautical miles west of Suva.", "160 nautical miles", "Nadi", "Suva", "inconsistent"),
    # coordinated references
    R("en", "Cape Coast is about 130 km west of Accra and 180 km south of Kumasi.", "130 km", "Cape Coast", "Accra", "consistent"),
    R("en", "Cape Coast is about 130 km west of Accra and 180 km south of Kumasi.", "180 km", "Cape Coast", "Kumasi", "consistent"),
    # the subject or reference in the sentence before
    R("en", "A landslide buried houses in the town of Baguio on Monday. The town lies about 200 km north of Manila.", "200 km", "Baguio", "Manila", "consistent"),
    R("en", "Tourists left Capri on Friday as the storm approached. The island lies some 30 km south of Naples.", "30 km", "Capri", "Naples", "consistent"),
    R("en", "Flooding cut the road to Pokhara, some 140 km west of the Nepali capital.", "140 km", "Pokhara", "Kathmandu", "consistent"),
    R("en", "Ministers met in Tashkent on Monday. Samarkand lies roughly 170 km south-west of the capital.", "170 km", "Samarkand", "Tashkent", "inconsistent"),
    # a pronoun subject
    R("en", "Flash floods hit Tucson on Monday. It lies some 170 km south-east of Phoenix.", "170 km", "Tucson", "Phoenix", "consistent"),
    R("en", "Haiphong was hit hardest by the typhoon. It lies about 300 km east of Hanoi.", "300 km", "Haiphong", "Hanoi", "inconsistent"),
    # a fronted region
    R("en", "In Otago, Queenstown, about 170 km north-west of Dunedin, recorded its wettest day.", "170 km", "Queenstown", "Dunedin", "consistent"),
    R("en", "In Sonora, Hermosillo, about 450 km south of Nogales, ran out of water.", "450 km", "Hermosillo", "Nogales", "inconsistent"),
    # route lengths
    R("en", "Truckers complained about the 140-km drive from Colombo to Galle.", "140-km", "Colombo", "Galle", "consistent", "route", True),
    R("en", "The 30-km drive from Denver to Colorado Springs took four hours in the snow.", "30-km", "Denver", "Colorado Springs", "inconsistent", "route", True),
    R("en", "Services stopped on the 340-km rail line between Tashkent and Samarkand.", "340-km", "Tashkent", "Samarkand", "consistent", "route", True),
    # a relative clause after a new place; "between A and B" after another quantity
    R("en", "Aid trucks went from Tucson to Phoenix and on to Flagstaff, which lies about 200 km north of Phoenix.", "200 km", "Flagstaff", "Phoenix", "consistent"),
    R("en", "Kandy, about 95 km from Colombo, was spared, but buses stopped on the 115-km road between Colombo and Galle.", "95 km", "Kandy", "Colombo", "consistent"),
    R("en", "Kandy, about 95 km from Colombo, was spared, but buses stopped on the 115-km road between Colombo and Galle.", "115-km", "Colombo", "Galle", "consistent", "route", True),
    # poles and circles of latitude
    R("en", "Tromsø lies about 340 km north of the Arctic Circle.", "340 km", "Tromso", "Arctic Circle", "consistent"),
    R("en", "Quito sits just 20 km south of the Equator.", "20 km", "Quito", "Equator", "consistent"),
    R("en", "Ushuaia is about 3,900 km from the South Pole.", "3,900 km", "Ushuaia", "South Pole", "consistent"),
    # a summit is a point; a vague quantity
    R("en", "Vesuvius rises some 40 km east of Naples.", "40 km", "Vesuvius", "Naples", "inconsistent"),
    R("en", "Hermosillo lies a few hundred kilometres south of Nogales.", "hundred kilometres", "Hermosillo", "Nogales", "consistent"),
    # the dateline's place: the direction is the named place's, seen from the dateline
    R("en", "HOBART (geomap) - Evacuees were taken to Launceston, about 160 km to the north.", "160 km", "Launceston", "Hobart", "consistent"),
    R("en", 'PHOENIX (geomap) - "We are only about 200 km from Flagstaff," the mayor said.', "200 km", "Phoenix", "Flagstaff", "consistent"),
    R("en", "The fire spread from Denver towards Colorado Springs, about 100 km to the south.", "100 km", "Colorado Springs", "Denver", "consistent"),
    # second round: more word orders
    R("en", "Located some 95 km north-east of Colombo, Kandy is the largest town of the hill country.", "95 km", "Kandy", "Colombo", "consistent"),
    R("en", "Just 14 km separate Vesuvius from the centre of Naples.", "14 km", "Vesuvius", "Naples", "consistent", None, True),
    R("en", "Kumasi, Ghana's second city and home to 3 million people, sits 200 km north-west of Accra.", "200 km", "Kumasi", "Accra", "consistent"),
    R("en", "Ulaanbaatar is roughly 190 km (120 miles) south of Darkhan.", "190 km", "Ulaanbaatar", "Darkhan", "consistent"),
    R("en", "Whangarei, which the storm reached on Sunday, is about 130 km north of Auckland.", "130 km", "Whangarei", "Auckland", "consistent"),
    R("en", "Hamilton has been declared a disaster zone; it lies some 115 km south of Auckland.", "115 km", "Hamilton", "Auckland", "consistent"),
    R("en", "At 230-odd km from La Paz, Cochabamba is the nearest big city.", "230-odd km", "Cochabamba", "La Paz", "consistent"),
    R("en", "Flagstaff sits 2,100 metres above sea level, some 200 km north of Phoenix.", "200 km", "Flagstaff", "Phoenix", "consistent"),
    R("en", "Colorado Springs, 100 km south of Denver, and Pueblo, 260 km south of Denver, both reported hail.", "260 km", "Pueblo", "Denver", "inconsistent"),
    R("en", "Samarkand is a 300-km, four-hour train ride from Tashkent.", "300-km", "Samarkand", "Tashkent", "consistent", "route", True),
    R("en", "Nogales lies on the border, about 250 km north of Hermosillo.", "250 km", "Nogales", "Hermosillo", "consistent"),
    R("en", "How far is Tartu from Tallinn? About 160 km.", "160 km", "Tartu", "Tallinn", "consistent", None, True),
    # third round: descriptions and fronted phrases
    R("en", "Heavy snow closed the airport of Tromsø on Friday. The Arctic city lies about 340 km north of the Arctic Circle.", "340 km", "Tromso", "Arctic Circle", "consistent"),
    R("en", "A quake struck off Heraklion. The Cretan port lies some 320 km south-east of Athens.", "320 km", "Heraklion", "Athens", "consistent"),
    R("en", "Quito sits high in the Andes. The volcano Cotopaxi rises about 55 km south of the city.", "55 km", "Cotopaxi", "Quito", "consistent"),
    R("en", "Nepal's second city, Pokhara, lies about 140 km west of Kathmandu.", "140 km", "Pokhara", "Kathmandu", "consistent"),
    R("en", "The Uzbek city of Samarkand is about 270 km south-west of Tashkent.", "270 km", "Samarkand", "Tashkent", "consistent"),
    R("en", "It is about 120 km from Colombo to Kandy, a drive of three hours.", "120 km", "Colombo", "Kandy", "consistent", "route", True),
    R("en", "From Kathmandu, Pokhara is about 140 km to the west.", "140 km", "Pokhara", "Kathmandu", "consistent"),
    R("en", "The Ghanaian capital lies some 200 km south-east of Kumasi.", "200 km", "Accra", "Kumasi", "consistent"),
    R("en", "The North Island city of Hamilton lies about 300 km south of Auckland.", "300 km", "Hamilton", "Auckland", "inconsistent"),
    R("en", "Rescuers drove 250 km from Accra to reach Kumasi.", "250 km", "Accra", "Kumasi", "consistent", "route", True),
    R("en", "Windhoek is located approximately 260 kilometres inland from Swakopmund.", "260 kilometres", "Windhoek", "Swakopmund", "consistent"),
    # fourth round: gapping, "respectively", units and bounds
    R("en", "Kandy is 95 km from Colombo, Negombo about 30 km.", "30 km", "Negombo", "Colombo", "consistent"),
    R("en", "Kandy is 95 km north-east of Colombo, Negombo about 30 km north.", "30 km", "Negombo", "Colombo", "consistent"),
    R("en", "Kandy and Negombo lie about 95 km and 30 km from Colombo respectively.", "95 km", "Kandy", "Colombo", "consistent"),
    R("en", "Kandy and Negombo lie about 95 km and 30 km from Colombo respectively.", "30 km", "Negombo", "Colombo", "consistent"),
    R("en", "Tucson is 105 miles southeast of Phoenix.", "105 miles", "Tucson", "Phoenix", "consistent"),
    R("en", "Capri lies 18 nautical miles south of Naples.", "18 nautical miles", "Capri", "Naples", "consistent"),
    R("en", "Tartu lies 160 km south-east of Tallinn, Estonia's capital, and 220 km north-east of Riga.", "220 km", "Tartu", "Riga", "consistent"),
    R("en", "Kumasi is less than 250 km from Accra.", "250 km", "Kumasi", "Accra", "consistent"),
    R("en", "Tamale is more than 500 km from Kumasi.", "500 km", "Tamale", "Kumasi", "inconsistent"),
    R("en", "Only 14 km from the crater of Vesuvius, Naples has drawn up evacuation plans.", "14 km", "Naples", "Vesuvius", "consistent"),
    R("en", "Whangarei lies about a hundred and thirty kilometres north of Auckland.", "thirty kilometres", "Whangarei", "Auckland", "consistent"),
    R("en", "Tartu (160 km from Tallinn) reported the first frost.", "160 km", "Tartu", "Tallinn", "consistent"),
    # fifth round
    R("en", "Tartu, in Estonia's south-east, lies about 160 km from Tallinn.", "160 km", "Tartu", "Tallinn", "consistent"),
    R("en", "The flight from Auckland to Hamilton covers just 110 km.", "110 km", "Hamilton", "Auckland", "consistent", None, True),
    R("en", "Maribor, Slovenia's second-largest city, is 100 km north-east of Ljubljana, the capital.", "100 km", "Maribor", "Ljubljana", "consistent"),
    R("en", "Police in Accra said the bus crashed near Kumasi, about 200 km away.", "200 km", "Kumasi", "Accra", "consistent"),
    R("en", "From Hanoi it is some 90 km to Haiphong.", "90 km", "Hanoi", "Haiphong", "consistent", None, True),
    R("en", "Tamale, 310 km to the north of Kumasi, is the hub of the region.", "310 km", "Tamale", "Kumasi", "consistent"),
    R("en", "Whangarei is 130 km north of Auckland via State Highway 1.", "130 km", "Whangarei", "Auckland", "consistent", None, True),
    R("en", "Queenstown is just 60 km from Dunedin.", "60 km", "Queenstown", "Dunedin", "inconsistent"),
    R("en", "Capri is a 30-minute, 33-km ferry ride from Naples.", "33-km", "Capri", "Naples", "consistent", None, True),
    # sixth round: range words, route lengths, lines, summits, vague figures
    R("en", "The missile flew about 300 km, the ministry said, while Kandy, about 95 km from Colombo, went on alert.", "95 km", "Kandy", "Colombo", "consistent"),
    R("en", "Hermosillo, about 250 km south of Nogales, lies within range of the storm.", "250 km", "Hermosillo", "Nogales", "consistent"),
    R("en", "The 270-km-long highway from Tashkent to Samarkand was resurfaced.", "270-km", "Tashkent", "Samarkand", "consistent", "route", True),
    R("en", "The 1,200-km rail line between Hanoi and Haiphong reopened.", "1,200-km", "Hanoi", "Haiphong", "inconsistent", "route", True),
    R("en", "Noumea lies about 130 km north of the Tropic of Capricorn.", "130 km", "Noumea", "Tropic of Capricorn", "consistent"),
    R("en", "Mount Cook lies about 200 km west of Christchurch.", "200 km", "Mount Cook", "Christchurch", "consistent"),
    R("en", "Tamale is several hundred kilometres north of Accra.", "hundred kilometres", "Tamale", "Accra", "consistent"),
    R("en", "MANILA (geomap) - Baguio, some 200 km to the north, was hit by a landslide.", "200 km", "Baguio", "Manila", "consistent"),
    # seventh round: where the text stands, up the coast, apart
    R("en", "Rain fell on Kandy. Some 95 km to the south-west, the capital Colombo stayed dry.", "95 km", "Colombo", "Kandy", "consistent"),
    R("en", "COLOMBO (geomap) - Negombo, just 30 km up the coast, escaped the floods.", "30 km", "Negombo", "Colombo", "consistent"),
    R("en", "Cotopaxi erupted again on Sunday. Quito lies about 55 km north of the volcano.", "55 km", "Quito", "Cotopaxi", "consistent"),
    R("en", "Residents of Pokhara, 140 km from Kathmandu, said the river had risen.", "140 km", "Pokhara", "Kathmandu", "consistent"),
    R("en", "About 30 km north of Colombo, in Negombo, hotels closed.", "30 km", "Negombo", "Colombo", "consistent"),
    R("en", "The two cities, Hanoi and Haiphong, are about 90 km apart.", "90 km", "Hanoi", "Haiphong", "consistent", "pair", True),
    R("en", "Officials in Tallinn said Tartu, 160 km away, would get aid.", "160 km", "Tartu", "Tallinn", "consistent"),
    # eighth round: dashes, spellings, "off", "is <description>, N km ..."
    R("en", "Kumasi — about 200 km north-west of Accra — was hit hardest.", "200 km", "Kumasi", "Accra", "consistent"),
    R("en", "Some 30 km from Colombo lies the beach town of Negombo.", "30 km", "Negombo", "Colombo", "consistent"),
    R("en", "Hanoi and Haiphong, 90 km apart, are linked by a new expressway.", "90 km", "Hanoi", "Haiphong", "consistent", "pair", True),
    R("en", "It's a 120-kilometre trip from Colombo to Kandy.", "120-kilometre", "Colombo", "Kandy", "consistent", "route", True),
    R("en", "The town of Negombo is located 30 kilometers (19 miles) north of Colombo.", "30 kilometers", "Negombo", "Colombo", "consistent"),
    R("en", "Tucson, which lies roughly 170 km southeast of Phoenix, has 540,000 residents.", "170 km", "Tucson", "Phoenix", "consistent"),
    R("en", "Launceston is 200km north of Hobart.", "200km", "Launceston", "Hobart", "inconsistent"),
    R("en", "The island of Capri, 33 km off Naples, closed its harbour.", "33 km", "Capri", "Naples", "consistent"),
    R("en", "Tartu is Estonia's second city, 160 km south-east of Tallinn.", "160 km", "Tartu", "Tallinn", "consistent"),
    # ninth round: ferries, flights, summits
    R("en", "The ferry from Dar es Salaam to Zanzibar covers about 75 km.", "75 km", "Dar es Salaam", "Zanzibar", "consistent", None, True),
    R("en", "Zanzibar lies some 40 nautical miles north of Dar es Salaam.", "40 nautical miles", "Zanzibar", "Dar es Salaam", "consistent"),
    R("en", "Flights from Suva to Nadi take 30 minutes to cover the 115 km.", "115 km", "Suva", "Nadi", "consistent", None, True),
    R("en", "Vesuvius, which towers 1,281 metres over the bay, is only 14 km from Naples.", "14 km", "Vesuvius", "Naples", "consistent"),
    R("en", "The summit of Aconcagua is 112 km from Mendoza as the crow flies.", "112 km", "Aconcagua", "Mendoza", "consistent"),
    R("en", "Hikers who reached Cotopaxi's crater, 56 km south of Quito, saw steam.", "56 km", "Cotopaxi", "Quito", "consistent"),
    # tenth round: "whose", "where", counts of people before the distance
    R("en", "Kandy, whose temple draws pilgrims, lies some 95 km north-east of Colombo.", "95 km", "Kandy", "Colombo", "consistent"),
    R("en", "Pokhara, where the flights landed, is about 140 km west of Kathmandu.", "140 km", "Pokhara", "Kathmandu", "consistent"),
    R("en", "Ulaanbaatar, home to half of Mongolia's 3.4 million people, lies about 190 km south of Darkhan.", "190 km", "Ulaanbaatar", "Darkhan", "consistent"),
    R("en", "The capital, Tashkent, lies about 270 km north-east of Samarkand.", "270 km", "Tashkent", "Samarkand", "consistent"),
    R("en", "Suva and Nadi, Fiji's two largest towns, are 115 km apart.", "115 km", "Suva", "Nadi", "consistent", "pair", True),
    R("en", "At least 12 people died in Baguio, about 200 km north of Manila.", "200 km", "Baguio", "Manila", "consistent"),
    R("en", "Nadi, 62 nmi west of Suva, reported gusts.", "62 nmi", "Nadi", "Suva", "consistent"),
    # a route's length in a relative clause after it; an agent of a participle before the subject
    R("en", "Floods cut the railway between Nairobi and Mombasa, which is some 480 km long.", "480 km", "Nairobi", "Mombasa", "consistent", "route", True),
    R("en", "The road between Santiago and Valparaiso, which is about 400 km long, was closed.", "400 km", "Santiago", "Valparaiso", "inconsistent", "route", True),
    R("en", "The pipeline from Baku to Tbilisi, which is about 450 km long, was shut.", "450 km", "Baku", "Tbilisi", "consistent", "route", True),
    R("en", "Noumea, which is administered by France, lies about 1,500 km east of Brisbane.", "1,500 km", "Noumea", "Brisbane", "consistent"),
    R("en", "Tamale, followed by Kumasi, about 200 km north-west of Accra, reported the most cases.", "200 km", "Kumasi", "Accra", "consistent"),
    # lists paired by "respectively"
    R("en", "Plovdiv and Varna are about 130 km and 380 km from Sofia respectively.", "130 km", "Plovdiv", "Sofia", "consistent"),
    R("en", "Plovdiv and Varna are about 130 km and 380 km from Sofia respectively.", "380 km", "Varna", "Sofia", "consistent"),
    R("en", "Cape Coast and Kumasi lie about 130 km and 400 km from Accra, respectively.", "130 km", "Cape Coast", "Accra", "consistent"),
    R("en", "Cape Coast and Kumasi lie about 130 km and 400 km from Accra, respectively.", "400 km", "Kumasi", "Accra", "inconsistent"),
    R("en", "Tamale, Kumasi and Cape Coast lie some 430 km, 200 km and 130 km from Accra respectively.", "430 km", "Tamale", "Accra", "consistent"),
    R("en", "Tamale, Kumasi and Cape Coast lie some 430 km, 200 km and 130 km from Accra respectively.", "130 km", "Cape Coast", "Accra", "consistent"),
    # an answer in the sentence after a question
    R("en", "How far is Plovdiv from Sofia? Roughly 250 km.", "250 km", "Plovdiv", "Sofia", "inconsistent"),
    R("en", "How far is it from Baku to Tbilisi? About 450 km, officials said.", "450 km", "Baku", "Tbilisi", "consistent", "point", True),
    # a height before the distance in a coordinated predicate (a thousands separator)
    R("en", "Popocatepetl is 5,426 metres high and lies about 70 km south-east of Mexico City.", "70 km", "Popocatepetl", "Mexico City", "consistent"),
    R("en", "At 5,895 metres, Kilimanjaro is the highest mountain in Africa and lies about 30 km north of Moshi.", "30 km", "Kilimanjaro", "Moshi", "consistent"),
    R("en", "Mount Rainier is the highest peak of the state of Washington and lies about 95 km south-east of Seattle.", "95 km", "Mount Rainier", "Seattle", "consistent"),
    # an airport as the reference: the gazetteer's airport where it holds one, else the town
    R("en", "From Augsburg it is about 65 km to Munich airport.", "65 km", "Munich Airport", "Augsburg", "consistent"),
    R("en", "From Potsdam it is about 30 km to Berlin airport.", "30 km", "Berlin Airport", "Potsdam", "consistent"),
    R("en", "Mainz lies about 60 km west of Frankfurt airport.", "60 km", "Mainz", "Frankfurt Airport", "inconsistent"),
    R("en", "From Kandy it is just under 100 km to Colombo airport.", "100 km", "Colombo", "Kandy", "consistent"),
    # a question in quotes followed by who asked, answered in the next sentence
    R("en", '"How far is Launceston from Hobart?" a tourist asked. "About 160 km," the guide said.', "160 km", "Launceston", "Hobart", "consistent"),
    R("en", '"How far is it from Tbilisi to Kutaisi?" she asked. "Roughly 400 km."', "400 km", "Tbilisi", "Kutaisi", "inconsistent", "point", True),
]

DE = [
    # 1: Appositionen mit Zahlen, Relativsätze zwischen Subjekt und Verb
    R("de", "Tartu, mit rund 90.000 Einwohnern die zweitgrößte Stadt Estlands, liegt etwa 160 Kilometer südöstlich von Tallinn.", "160 Kilometer", "Tartu", "Tallinn", "consistent"),
    R("de", "Maribor, das 2012 Kulturhauptstadt Europas war, liegt rund 100 Kilometer nordöstlich von Ljubljana.", "100 Kilometer", "Maribor", "Ljubljana", "consistent"),
    R("de", "Coimbra, eine Universitätsstadt mit 700 Jahre alter Tradition, liegt rund 300 Kilometer südlich von Porto.", "300 Kilometer", "Coimbra", "Porto", "inconsistent"),
    R("de", "Der Cotopaxi, mit 5.897 Metern einer der höchsten aktiven Vulkane der Welt, liegt rund 55 Kilometer südlich von Quito.", "55 Kilometer", "Cotopaxi", "Quito", "consistent"),
    # Passiv und Perfekt
    R("de", "Das neue Klärwerk wurde in Encarnación gebaut, rund 280 Kilometer südöstlich von Asunción.", "280 Kilometer", "Encarnacion", "Asuncion", "consistent"),
    R("de", "Die Verletzten sind nach Plovdiv gebracht worden, das etwa 130 Kilometer südöstlich von Sofia liegt.", "130 Kilometer", "Plovdiv", "Sofia", "consistent"),
    R("de", "Die Regierung hat das Lager nach Livingstone verlegt, das rund 150 Kilometer südwestlich von Lusaka liegt.", "150 Kilometer", "Livingstone", "Lusaka", "inconsistent"),
    # das Subjekt nach dem Verb
    R("de", "Knapp 110 Kilometer südlich von Colombo liegt Galle.", "110 Kilometer", "Galle", "Colombo", "consistent"),
    R("de", "Rund 60 Kilometer westlich von Montevideo liegt Colonia del Sacramento.", "60 Kilometer", "Colonia", "Montevideo", "inconsistent"),
    R("de", "COLOMBO (geomap) – Der Sturm zog über die Küste. Rund 100 Kilometer südlich liegt Galle.", "100 Kilometer", "Galle", "Colombo", "consistent"),
    R("de", "Knapp 105 Kilometer südlich von Denver liegt Colorado Springs.", "105 Kilometer", "Colorado Springs", "Denver", "consistent"),
    R("de", "PHOENIX (geomap) – Der Sturm zog über die Wüste. Rund 170 Kilometer südöstlich liegt Tucson.", "170 Kilometer", "Tucson", "Phoenix", "consistent"),
    # eine Frage in Anführungszeichen
    R("de", "„Wie soll man die 90 Kilometer von Hanoi nach Haiphong ohne Zug schaffen?“, fragte ein Pendler.", "90 Kilometer", "Hanoi", "Haiphong", "consistent", "point", True),
    # Qualifizierer und Zahlenbereiche
    R("de", "Darchan liegt knapp 200 Kilometer nördlich von Ulan Bator.", "200 Kilometer", "Darkhan", "Ulaanbaatar", "consistent"),
    R("de", "Samarkand liegt 250 bis 280 Kilometer südwestlich von Taschkent.", "280 Kilometer", "Samarkand", "Tashkent", "consistent"),
    R("de", "Sansibar liegt zwischen 60 und 80 Kilometern nördlich von Daressalam.", "80 Kilometern", "Zanzibar", "Dar es Salaam", "consistent"),
    R("de", "Rønne liegt rund 36 Seemeilen südöstlich von Ystad.", "36 Seemeilen", "Ronne", "Ystad", "consistent"),
    R("de", "Nadi liegt 115 Kilometer (62 Seemeilen) westlich von Suva.", "115 Kilometer", "Nadi", "Suva", "consistent"),
    # koordinierte Bezüge
    R("de", "Oruro liegt etwa 195 Kilometer südöstlich von La Paz und 125 Kilometer südwestlich von Cochabamba.", "195 Kilometer", "Oruro", "La Paz", "consistent"),
    R("de", "Oruro liegt etwa 195 Kilometer südöstlich von La Paz und 125 Kilometer südwestlich von Cochabamba.", "125 Kilometer", "Oruro", "Cochabamba", "consistent"),
    # der Bezug im Satz davor
    R("de", "Ein Erdbeben erschütterte am Morgen die Stadt Heraklion. Die Stadt liegt rund 320 Kilometer südöstlich von Athen.", "320 Kilometer", "Heraklion", "Athens", "consistent"),
    R("de", "In Quetzaltenango fiel der Strom aus. Der Ort liegt etwa 40 Kilometer westlich von Guatemala-Stadt.", "40 Kilometer", "Quetzaltenango", "Guatemala City", "inconsistent"),
    R("de", "Sturm über Helgoland. Die Insel liegt rund 60 Kilometer nordwestlich von Cuxhaven.", "60 Kilometer", "Helgoland", "Cuxhaven", "consistent"),
    R("de", "Haiphong meldete Überschwemmungen. Die Hafenstadt liegt rund 90 Kilometer östlich von Hanoi.", "90 Kilometer", "Haiphong", "Hanoi", "consistent"),
    R("de", "Der Fluss trat bei Tartu über die Ufer, etwa 165 Kilometer südöstlich der estnischen Hauptstadt.", "165 Kilometer", "Tartu", "Tallinn", "consistent"),
    # ein Pronomen als Subjekt
    R("de", "Die Stadt Coimbra wurde überflutet. Sie liegt rund 110 Kilometer südlich von Porto.", "110 Kilometer", "Coimbra", "Porto", "consistent"),
    # eine vorangestellte Region
    R("de", "In der Toskana wurde Pisa, rund 70 Kilometer westlich von Florenz, überflutet.", "70 Kilometer", "Pisa", "Florence", "consistent"),
    # Streckenlängen
    R("de", "Die rund 310 Kilometer lange Autobahn zwischen Porto und Lissabon war gesperrt.", "310 Kilometer", "Porto", "Lisbon", "consistent", "route", True),
    R("de", "Die 900-Kilometer-Strecke der Bahn zwischen Accra und Kumasi ist stillgelegt.", "900-Kilometer", "Accra", "Kumasi", "inconsistent", "route", True),
    # Adjektiv + Stadt; ein Relativsatz nach einem neuen Ort
    R("de", "Der Zug kam aus dem georgischen Kutaissi, das rund 190 Kilometer westlich von Tiflis liegt.", "190 Kilometer", "Kutaisi", "Tbilisi", "consistent"),
    R("de", "Im norwegischen Bodø, knapp 90 Kilometer nördlich des Polarkreises, schneite es.", "90 Kilometer", "Bodo", "Arctic Circle", "consistent"),
    R("de", "Die Kolonne fuhr von Accra nach Kumasi und weiter nach Tamale, das rund 310 Kilometer nördlich von Kumasi liegt.", "310 Kilometer", "Tamale", "Kumasi", "consistent"),
    # "zwischen A und B" nach einer anderen Größe
    R("de", "Tartu, rund 160 Kilometer von Tallinn entfernt, blieb verschont, doch auf der 190 Kilometer langen Strecke zwischen Tallinn und Tartu standen die Züge still.", "160 Kilometer", "Tartu", "Tallinn", "consistent"),
    R("de", "Tartu, rund 160 Kilometer von Tallinn entfernt, blieb verschont, doch auf der 190 Kilometer langen Strecke zwischen Tallinn und Tartu standen die Züge still.", "190 Kilometer", "Tallinn", "Tartu", "consistent", "route", True),
    # Pole und Breitenkreise
    R("de", "Akureyri liegt knapp 100 Kilometer südlich des Polarkreises.", "100 Kilometer", "Akureyri", "Arctic Circle", "consistent"),
    R("de", "São Paulo liegt rund 13 Kilometer südlich des Wendekreises des Steinbocks.", "13 Kilometer", "Sao Paulo", "Tropic of Capricorn", "consistent"),
    R("de", "Tromsø liegt rund 1.200 Kilometer vom Nordpol entfernt.", "1.200 Kilometer", "Tromso", "North Pole", "inconsistent"),
    # Flug; vage Mengen
    R("de", "Ein Rettungsflugzeug startete in Windhoek und landete nach rund 260 Kilometern Flug in Swakopmund.", "260 Kilometern", "Swakopmund", "Windhoek", "consistent", None, True),
    R("de", "Ushuaia liegt einige tausend Kilometer vom Südpol entfernt.", "tausend Kilometer", "Ushuaia", "South Pole", "consistent"),
    # der Ort der Ortsmarke; "wir"; der Bezug vor der Zahl
    R("de", "ACCRA (geomap) – Die Verletzten wurden nach Kumasi gebracht, rund 200 Kilometer nordwestlich.", "200 Kilometer", "Kumasi", "Accra", "consistent"),
    R("de", "LA PAZ (geomap) – „Wir sind hier rund 195 Kilometer von Oruro entfernt“, sagte der Bürgermeister.", "195 Kilometer", "La Paz", "Oruro", "consistent"),
    R("de", "Pokhara liegt von Kathmandu rund 140 Kilometer entfernt.", "140 Kilometer", "Pokhara", "Kathmandu", "consistent"),
    # zweite Runde: weitere Wortstellungen
    R("de", "Gut 130 Kilometer sind es von Sofia bis Plovdiv.", "130 Kilometer", "Sofia", "Plovdiv", "consistent", "point", True),
    R("de", "Zwischen Tallinn und Tartu liegen rund 160 Kilometer.", "160 Kilometer", "Tallinn", "Tartu", "consistent", "pair", True),
    R("de", "Von Porto aus erreicht man Coimbra nach gut 120 Straßenkilometern.", "120", "Coimbra", "Porto", "consistent", "route", True),
    R("de", "Die Hafenstadt Swakopmund, in der rund 45.000 Menschen leben, liegt etwa 280 Kilometer westlich von Windhuk.", "280 Kilometer", "Swakopmund", "Windhoek", "consistent"),
    R("de", "Ljubljana ist von Maribor etwa 105 Kilometer entfernt.", "105 Kilometer", "Ljubljana", "Maribor", "consistent"),
    R("de", "Rund 60 Kilometer trennen Helgoland vom Festland bei Cuxhaven.", "60 Kilometer", "Helgoland", "Cuxhaven", "consistent", None, True),
    R("de", "Maribor liegt nicht 200, sondern rund 100 Kilometer von Ljubljana entfernt.", "100 Kilometer", "Maribor", "Ljubljana", "consistent"),
    R("de", "Die Stadt Kutaissi, einst Hauptstadt des Königreichs Imeretien, liegt rund 190 Kilometer westlich von Tiflis.", "190 Kilometer", "Kutaisi", "Tbilisi", "consistent"),
    R("de", "Die Flüchtlinge erreichten Livingstone, das gut 370 Kilometer südwestlich von Lusaka an der Grenze zu Simbabwe liegt.", "370 Kilometer", "Livingstone", "Lusaka", "consistent"),
    R("de", "Der Vulkan Cotopaxi ist nur etwa 50 Kilometer von Quito entfernt.", "50 Kilometer", "Cotopaxi", "Quito", "consistent"),
    R("de", "Akureyri, Islands zweitgrößte Stadt, befindet sich rund 100 Kilometer südlich des Polarkreises.", "100 Kilometer", "Akureyri", "Arctic Circle", "consistent"),
    R("de", "Von Hobart nach Launceston sind es auf der Straße gut 200 Kilometer.", "200 Kilometer", "Hobart", "Launceston", "consistent", "route", True),
    R("de", "Pueblo liegt rund 260 Kilometer südlich von Denver.", "260 Kilometer", "Pueblo", "Denver", "inconsistent"),
    # dritte Runde: Beschreibungen und vorangestellte Wendungen
    R("de", "Die mongolische Hauptstadt liegt knapp 200 Kilometer südlich von Darchan.", "200 Kilometer", "Ulaanbaatar", "Darkhan", "consistent"),
    R("de", "Die Universitätsstadt Coimbra liegt gut 100 Kilometer südlich von Porto.", "100 Kilometer", "Coimbra", "Porto", "consistent"),
    R("de", "Heraklion wurde vom Beben getroffen. Die kretische Hafenstadt liegt rund 320 Kilometer südöstlich von Athen.", "320 Kilometer", "Heraklion", "Athens", "consistent"),
    R("de", "Der Vesuv ist erneut aktiv. Neapel liegt nur rund 14 Kilometer westlich des Vulkans.", "14 Kilometer", "Naples", "Vesuvius", "consistent"),
    R("de", "Von Tiflis aus gesehen liegt Kutaissi rund 190 Kilometer im Westen.", "190 Kilometer", "Kutaisi", "Tbilisi", "consistent"),
    R("de", "Nach Tamale sind es von Kumasi aus rund 310 Kilometer.", "310 Kilometer", "Kumasi", "Tamale", "consistent", "point", True),
    R("de", "In Ghana ist Tamale, rund 310 Kilometer nördlich von Kumasi, das Zentrum des Nordens.", "310 Kilometer", "Tamale", "Kumasi", "consistent"),
    R("de", "Tartu liegt etwa 160 Kilometer von der estnischen Hauptstadt entfernt.", "160 Kilometer", "Tartu", "Tallinn", "consistent"),
    R("de", "SUVA (geomap) – Nadi, der internationale Flughafen des Landes, liegt rund 115 Kilometer westlich.", "115 Kilometer", "Nadi", "Suva", "consistent"),
    R("de", "„Bis Kathmandu sind es von uns aus noch 140 Kilometer“, sagte ein Bewohner von Pokhara.", "140 Kilometer", "Pokhara", "Kathmandu", "consistent", "point", True),
    R("de", "Samarkand liegt rund 500 Kilometer südwestlich der usbekischen Hauptstadt.", "500 Kilometer", "Samarkand", "Tashkent", "inconsistent"),
    # vierte Runde: Ellipse, Einschub mit Gedankenstrichen, Zahlwörter
    R("de", "Kandy liegt 95 Kilometer nordöstlich von Colombo, Negombo rund 30 Kilometer nördlich.", "30 Kilometer", "Negombo", "Colombo", "consistent"),
    R("de", "Kandy liegt 95 Kilometer von Colombo entfernt, Negombo rund 30 Kilometer.", "30 Kilometer", "Negombo", "Colombo", "consistent"),
    R("de", "Tartu – rund 160 Kilometer von Tallinn entfernt – meldete den ersten Frost.", "160 Kilometer", "Tartu", "Tallinn", "consistent"),
    R("de", "Die Entfernung zwischen Hanoi und Haiphong beträgt rund 100 Kilometer.", "100 Kilometer", "Hanoi", "Haiphong", "consistent", None, True),
    R("de", "Haiphong ist rund 90 Kilometer von Hanoi weg.", "90 Kilometer", "Haiphong", "Hanoi", "consistent"),
    R("de", "Bis ins 100 Kilometer entfernte Haiphong fuhren die Busse aus Hanoi.", "100 Kilometer", "Haiphong", "Hanoi", "consistent", None, True),
    R("de", "Kandy, etwa 95 Kilometer nordöstlich von Colombo gelegen, meldete Erdrutsche.", "95 Kilometer", "Kandy", "Colombo", "consistent"),
    R("de", "Haiphong liegt rund hundert Kilometer östlich von Hanoi.", "hundert Kilometer", "Haiphong", "Hanoi", "consistent"),
    R("de", "Der Cotopaxi liegt weniger als 60 Kilometer von Quito entfernt.", "60 Kilometer", "Cotopaxi", "Quito", "consistent"),
    R("de", "Tamale liegt mehr als 500 Kilometer nördlich von Kumasi.", "500 Kilometer", "Tamale", "Kumasi", "inconsistent"),
    R("de", "Tucson liegt 105 Meilen südöstlich von Phoenix.", "105 Meilen", "Tucson", "Phoenix", "consistent"),
    R("de", "Tartu liegt 160 Kilometer südöstlich von Tallinn, der Hauptstadt Estlands, und 220 Kilometer nordöstlich von Riga.", "220 Kilometer", "Tartu", "Riga", "consistent"),
    # fünfte Runde
    R("de", "Maribor, Sloweniens zweitgrößte Stadt, liegt 100 Kilometer nordöstlich von Ljubljana, der Hauptstadt.", "100 Kilometer", "Maribor", "Ljubljana", "consistent"),
    R("de", "Die Polizei in Accra teilte mit, der Bus sei bei Kumasi verunglückt, rund 200 Kilometer entfernt.", "200 Kilometer", "Kumasi", "Accra", "consistent"),
    R("de", "Von Hanoi sind es rund 90 Kilometer bis Haiphong.", "90 Kilometer", "Hanoi", "Haiphong", "consistent", None, True),
    R("de", "Tamale, 310 Kilometer nördlich von Kumasi gelegen, ist das Zentrum der Region.", "310 Kilometer", "Tamale", "Kumasi", "consistent"),
    R("de", "Queenstown liegt nur 60 Kilometer von Dunedin entfernt.", "60 Kilometer", "Queenstown", "Dunedin", "inconsistent"),
    R("de", "Der Flug von Auckland nach Hamilton ist nur rund 110 Kilometer lang.", "110 Kilometer", "Hamilton", "Auckland", "consistent", None, True),
    R("de", "Launceston liegt im Norden Tasmaniens, rund 160 Kilometer von Hobart entfernt.", "160 Kilometer", "Launceston", "Hobart", "consistent"),
    R("de", "Nach Kandy, rund 95 Kilometer nordöstlich von Colombo, wurden Zelte gebracht.", "95 Kilometer", "Kandy", "Colombo", "consistent"),
    R("de", "Tartu ist mit rund 160 Kilometern Entfernung von Tallinn die nächste große Stadt.", "160 Kilometern", "Tartu", "Tallinn", "consistent"),
    # sechste Runde
    R("de", "Aus dem ghanaischen Kumasi, rund 200 Kilometer nordwestlich von Accra, kamen Helfer.", "200 Kilometer", "Kumasi", "Accra", "consistent"),
    R("de", "Im bolivianischen Oruro, etwa 195 Kilometer südöstlich von La Paz, fiel Schnee.", "195 Kilometer", "Oruro", "La Paz", "consistent"),
    R("de", "Die Rakete flog rund 300 Kilometer weit; Plovdiv, etwa 130 Kilometer südöstlich von Sofia, blieb ruhig.", "130 Kilometer", "Plovdiv", "Sofia", "consistent"),
    R("de", "Die 270 Kilometer lange Bahnstrecke von Taschkent nach Samarkand wurde modernisiert.", "270 Kilometer", "Tashkent", "Samarkand", "consistent", "route", True),
    R("de", "Kandy, rund 95 Kilometer von Colombo entfernt, meldete Regen, und auf der 120 Kilometer langen Straße zwischen Colombo und Kandy staute sich der Verkehr.", "95 Kilometer", "Kandy", "Colombo", "consistent"),
    R("de", "Kandy, rund 95 Kilometer von Colombo entfernt, meldete Regen, und auf der 120 Kilometer langen Straße zwischen Colombo und Kandy staute sich der Verkehr.", "120 Kilometer", "Colombo", "Kandy", "consistent", "route", True),
    R("de", "Nouméa liegt rund 130 Kilometer nördlich des Wendekreises des Steinbocks.", "130 Kilometer", "Noumea", "Tropic of Capricorn", "consistent"),
    R("de", "Der Mount Cook liegt rund 200 Kilometer westlich von Christchurch.", "200 Kilometer", "Mount Cook", "Christchurch", "consistent"),
    R("de", "Nach rund 110 Kilometern Flug landete die Maschine aus Auckland in Hamilton.", "110 Kilometern", "Hamilton", "Auckland", "consistent", None, True),
    R("de", "Die Regierung tagte in Accra. Die Hauptstadt liegt rund 200 Kilometer südöstlich von Kumasi.", "200 Kilometer", "Accra", "Kumasi", "consistent"),
    R("de", "In Tasmanien ist Launceston, rund 160 Kilometer nördlich von Hobart, überschwemmt.", "160 Kilometer", "Launceston", "Hobart", "consistent"),
    R("de", "Die Hilfe kam aus Hobart und aus Launceston, das rund 160 Kilometer nördlich von Hobart liegt.", "160 Kilometer", "Launceston", "Hobart", "consistent"),
    # siebte Runde
    R("de", "In Kandy regnete es. Rund 95 Kilometer südwestlich blieb die Hauptstadt Colombo trocken.", "95 Kilometer", "Colombo", "Kandy", "consistent"),
    R("de", "COLOMBO (geomap) – Negombo, nur 30 Kilometer die Küste hinauf, blieb verschont.", "30 Kilometer", "Negombo", "Colombo", "consistent"),
    R("de", "Der Cotopaxi brach am Sonntag aus. Quito liegt rund 55 Kilometer nördlich des Vulkans.", "55 Kilometer", "Quito", "Cotopaxi", "consistent"),
    R("de", "Bewohner von Pokhara, 140 Kilometer von Kathmandu entfernt, berichteten von Regen.", "140 Kilometer", "Pokhara", "Kathmandu", "consistent"),
    R("de", "Die beiden Städte Hanoi und Haiphong liegen rund 90 Kilometer auseinander.", "90 Kilometer", "Hanoi", "Haiphong", "consistent", "pair", True),
    R("de", "Rund 30 Kilometer nördlich von Colombo, in Negombo, schlossen die Hotels.", "30 Kilometer", "Negombo", "Colombo", "consistent"),
    R("de", "Tallinn kündigte an, Tartu, das 160 Kilometer entfernt liegt, zu helfen.", "160 Kilometer", "Tartu", "Tallinn", "consistent"),
    # achte Runde
    R("de", "Kumasi – rund 200 Kilometer nordwestlich von Accra – traf es am schlimmsten.", "200 Kilometer", "Kumasi", "Accra", "consistent"),
    R("de", "Rund 30 Kilometer von Colombo entfernt liegt der Badeort Negombo.", "30 Kilometer", "Negombo", "Colombo", "consistent"),
    R("de", "Hanoi und Haiphong, 90 Kilometer voneinander entfernt, sind durch eine Autobahn verbunden.", "90 Kilometer", "Hanoi", "Haiphong", "consistent", "pair", True),
    R("de", "Mit dem Auto sind es 120 Kilometer von Colombo nach Kandy.", "120 Kilometer", "Colombo", "Kandy", "consistent", "route", True),
    R("de", "Die Stadt Negombo befindet sich 30 km nördlich von Colombo.", "30 km", "Negombo", "Colombo", "consistent"),
    R("de", "Launceston liegt 200km nördlich von Hobart.", "200km", "Launceston", "Hobart", "inconsistent"),
    R("de", "Tartu ist Estlands zweitgrößte Stadt, 160 Kilometer südöstlich von Tallinn.", "160 Kilometer", "Tartu", "Tallinn", "consistent"),
    R("de", "Die Insel Capri liegt 33 Kilometer vor Neapel.", "33 Kilometer", "Capri", "Naples", "consistent"),
    R("de", "Wer von Accra nach Kumasi fährt, legt rund 250 Kilometer zurück.", "250 Kilometer", "Accra", "Kumasi", "consistent", "route", True),
    R("de", "Hermosillo, gut 250 Kilometer südlich der Grenzstadt Nogales, meldete Hitze.", "250 Kilometer", "Hermosillo", "Nogales", "consistent"),
    # neunte Runde
    R("de", "Die Fähre von Daressalam nach Sansibar legt rund 75 Kilometer zurück.", "75 Kilometer", "Dar es Salaam", "Zanzibar", "consistent", None, True),
    R("de", "Sansibar liegt etwa 40 Seemeilen nördlich von Daressalam.", "40 Seemeilen", "Zanzibar", "Dar es Salaam", "consistent"),
    R("de", "Der Gipfel des Aconcagua liegt 112 Kilometer Luftlinie von Mendoza entfernt.", "112 Kilometer", "Aconcagua", "Mendoza", "consistent"),
    R("de", "Der Vesuv, der 1.281 Meter über die Bucht ragt, ist nur 14 Kilometer von Neapel entfernt.", "14 Kilometer", "Vesuvius", "Naples", "consistent"),
    # zehnte Runde
    R("de", "Kandy, dessen Tempel Pilger anzieht, liegt rund 95 Kilometer nordöstlich von Colombo.", "95 Kilometer", "Kandy", "Colombo", "consistent"),
    R("de", "Pokhara, wo die Flugzeuge landeten, ist etwa 140 Kilometer von Kathmandu entfernt.", "140 Kilometer", "Pokhara", "Kathmandu", "consistent"),
    R("de", "Die Hauptstadt Taschkent liegt rund 270 Kilometer nordöstlich von Samarkand.", "270 Kilometer", "Tashkent", "Samarkand", "consistent"),
    R("de", "Suva und Nadi, die beiden größten Städte Fidschis, liegen 115 Kilometer auseinander.", "115 Kilometer", "Suva", "Nadi", "consistent", "pair", True),
    R("de", "Mindestens zwölf Menschen starben in Baguio, rund 200 Kilometer nördlich von Manila.", "200 Kilometer", "Baguio", "Manila", "consistent"),
    R("de", "Ulan Bator, wo die Hälfte der 3,4 Millionen Mongolen lebt, liegt rund 190 Kilometer südlich von Darchan.", "190 Kilometer", "Ulaanbaatar", "Darkhan", "consistent"),
    R("de", "Die Hafenstadt Haiphong, 90 Kilometer östlich von Hanoi, meldete Sturmschäden.", "90 Kilometer", "Haiphong", "Hanoi", "consistent"),
    # elfte Runde: Streckenlänge im Relativsatz; Agens eines Partizips vor dem Subjekt
    R("de", "Die Autobahn zwischen Casablanca und Rabat, die rund 90 Kilometer lang ist, wurde gesperrt.", "90 Kilometer", "Casablanca", "Rabat", "consistent", "route", True),
    R("de", "Gesperrt wurde die Bahnstrecke zwischen Nairobi und Mombasa, die rund 480 Kilometer lang ist.", "480 Kilometer", "Nairobi", "Mombasa", "consistent", "route", True),
    R("de", "Die Straße zwischen Santiago und Valparaíso, die rund 400 Kilometer lang ist, ist gesperrt.", "400 Kilometer", "Santiago", "Valparaiso", "inconsistent", "route", True),
    R("de", "Die Pipeline von Baku nach Tiflis, die rund 450 Kilometer lang ist, wurde abgeschaltet.", "450 Kilometer", "Baku", "Tbilisi", "consistent", "route", True),
    R("de", "Das von Frankreich verwaltete Nouméa liegt rund 1.500 Kilometer östlich von Brisbane.", "1.500 Kilometer", "Noumea", "Brisbane", "consistent"),
    R("de", "Plovdiv und Burgas liegen etwa 130 Kilometer beziehungsweise 340 Kilometer von Sofia entfernt.", "130 Kilometer", "Plovdiv", "Sofia", "consistent"),
    R("de", "Plovdiv und Burgas liegen etwa 130 Kilometer beziehungsweise 340 Kilometer von Sofia entfernt.", "340 Kilometer", "Burgas", "Sofia", "consistent"),
    R("de", "Plovdiv und Warna liegen etwa 130 Kilometer bzw. 200 Kilometer östlich von Sofia.", "200 Kilometer", "Varna", "Sofia", "inconsistent"),
    # eine Antwort im Satz nach der Frage
    R("de", "Wie weit ist es von Tallinn nach Tartu? Rund 160 Kilometer.", "160 Kilometer", "Tallinn", "Tartu", "consistent", "point", True),
    R("de", "Wie weit ist Warna von Sofia entfernt? Etwa 200 Kilometer.", "200 Kilometer", "Varna", "Sofia", "inconsistent"),
    # ein Weg in einem wer-Satz vor dem Hauptsatz
    R("de", "Wer von Sofia nach Warna reist, muss rund 440 Kilometer fahren.", "440 Kilometer", "Sofia", "Varna", "consistent", "route", True),
    R("de", "Wer von Tallinn nach Tartu fährt, legt rund 400 Kilometer zurück.", "400 Kilometer", "Tallinn", "Tartu", "inconsistent", "route", True),
    # eine Höhe vor der Entfernung in einem koordinierten Prädikat (Tausenderpunkt)
    R("de", "Der Popocatépetl ist 5.426 Meter hoch und liegt rund 70 Kilometer südöstlich von Mexiko-Stadt.", "70 Kilometer", "Popocatepetl", "Mexico City", "consistent"),
    R("de", "Der Kilimandscharo ist mit 5.895 Metern der höchste Berg Afrikas und liegt rund 30 Kilometer nördlich von Moshi.", "30 Kilometer", "Kilimanjaro", "Moshi", "consistent"),
    R("de", "Der Popocatépetl ist mit 5.426 Metern der zweithöchste Vulkan Mexikos und liegt rund 150 Kilometer südöstlich von Mexiko-Stadt.", "150 Kilometer", "Popocatepetl", "Mexico City", "inconsistent"),
    R("de", "Der Mount Rainier ist mit 4.392 Metern der höchste Berg des Bundesstaats Washington und liegt rund 95 Kilometer südöstlich von Seattle.", "95 Kilometer", "Mount Rainier", "Seattle", "consistent"),
    # ein Flughafen als Bezugsort: der des Ortsverzeichnisses, sonst die Stadt
    R("de", "Von Augsburg aus sind es knapp 70 Kilometer bis zum Flughafen München.", "70 Kilometer", "Munich Airport", "Augsburg", "consistent"),
    R("de", "Von Potsdam aus sind es rund 60 Kilometer bis zum Flughafen BER.", "60 Kilometer", "Berlin Airport", "Potsdam", "inconsistent"),
    R("de", "Mainz liegt rund 20 Kilometer westlich des Frankfurter Flughafens.", "20 Kilometer", "Mainz", "Frankfurt Airport", "consistent"),
    R("de", "Von Kandy aus sind es knapp 100 Kilometer bis zum Flughafen Colombo.", "100 Kilometer", "Colombo", "Kandy", "consistent"),
    # eine Frage in Anführungszeichen, dann wer fragte; die Antwort im nächsten Satz
    R("de", "„Wie weit ist es von Tiflis nach Kutaissi?“, fragte ein Reporter. „Rund 190 Kilometer.“", "190 Kilometer", "Tbilisi", "Kutaisi", "consistent", "point", True),
    R("de", "„Wie weit ist Launceston von Hobart entfernt?“, wollte sie wissen. „Etwa 300 Kilometer“, sagte der Fahrer.", "300 Kilometer", "Launceston", "Hobart", "inconsistent"),
]
# fmt: on

ROWS = EN + DE

_GALLE = "the geoparser reads German 'Galle' as the common noun (bile), not the town: no subject"
#: rows (by text, or by text and quantity) that fail for a known reason (strict: they must
#: fail): geoparser readings, and forms the claims do not read
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {
    "Knapp 110 Kilometer südlich von Colombo liegt Galle.": _GALLE,
    "COLOMBO (geomap) – Der Sturm zog über die Küste. Rund 100 Kilometer südlich liegt Galle.": _GALLE,
    "Officials in Tallinn said Tartu, 160 km away, would get aid.": (
        "the geoparser does not read 'Tartu' right after 'said' (a first name 'Said' before "
        "a surname?): the claim has Tallinn and no reference, unverifiable"
    ),
    "Die Fähre von Daressalam nach Sansibar legt rund 75 Kilometer zurück.": (
        "'Sansibar' as a ferry's end is read as the island and measured to its nearest coast "
        "(47 km), not to the port town (69 km); the verdict is right"
    ),
}


def _param(i: int, row: Row) -> Any:
    marks = (
        [pytest.mark.xfail(strict=True, reason=reason)]
        if (reason := KNOWN_LIMITS.get(row.text) or KNOWN_LIMITS.get((row.text, row.quantity)))
        else []
    )
    return pytest.param(row, marks=marks, id=f"{row.lang}-{row.quantity}-{i}")


#: sentences with a distance unit that state no distance between two places: the number
#: (its words as written) must not become a claim
NON_CLAIMS: list[tuple[str, str, str]] = [
    ("en", "Winds of up to 150 km/h hit Auckland on Sunday.", "150 km"),
    ("en", "A 40-km-long traffic jam formed outside Monterrey.", "40-km"),
    ("en", "The crash happened at kilometre 212 of the highway near Hermosillo.", "kilometre 212"),
    ("en", "The missile, with a range of 1,300 km, was paraded through Tashkent.", "1,300 km"),
    ("en", "The Zambezi, some 2,700 km long, flows past Livingstone.", "2,700 km"),
    ("en", "Aconcagua rises 6,961 metres above sea level west of Mendoza.", "6,961 metres"),
    (
        "en",
        "Officials in Kathmandu declared an exclusion zone of 30 square kilometres around the site.",
        "30 square kilometres",
    ),
    ("en", "The plane cruised at an altitude of 11 km over Windhoek.", "11 km"),
    ("de", "In Montevideo wurden Böen von 120 Kilometern pro Stunde gemessen.", "120 Kilometern"),
    ("de", "Bei Porto bildete sich ein 25 Kilometer langer Stau.", "25 Kilometer"),
    ("de", "Der Unfall ereignete sich bei Kilometer 87 der Autobahn bei Coimbra.", "Kilometer 87"),
    (
        "de",
        "Die Rakete hat eine Reichweite von 2.000 Kilometern, hieß es in Hanoi.",
        "2.000 Kilometern",
    ),
    (
        "de",
        "Der Mekong, der an Vientiane vorbeifließt, ist rund 4.900 Kilometer lang.",
        "4.900 Kilometer",
    ),
    ("de", "Vor Nadi wurde das Wrack in 3.000 Metern Tiefe gefunden.", "3.000 Metern"),
    (
        "de",
        "Um Quito wurde eine Sperrzone von 20 Quadratkilometern eingerichtet.",
        "20 Quadratkilometern",
    ),
    ("de", "Der Cotopaxi ist 5.897 Meter hoch und liegt in Ecuador.", "5.897 Meter"),
    ("en", "Police set up checkpoints every 5 km along the road to Kandy.", "5 km"),
    ("en", "The cyclone's eye was 30 km wide as it neared Suva.", "30 km"),
    ("en", "Hikers near Queenstown walked 25 km on Saturday.", "25 km"),
    ("de", "Der Zug fuhr mit 160 Kilometern pro Stunde durch Tartu.", "160 Kilometern"),
    ("de", "Die Läufer in Tallinn legten 42 Kilometer zurück.", "42 Kilometer"),
    ("de", "Die Sichtweite in Ulan Bator lag unter einem Kilometer.", "einem Kilometer"),
    ("en", "The river rose 3 metres in Pokhara overnight.", "3 metres"),
    ("de", "Der Pegel stieg in Tartu um 2 Meter.", "2 Meter"),
    (
        "de",
        "Die Busse haben eine Reichweite von 400 Kilometern, teilte der Hersteller in Porto mit.",
        "400 Kilometern",
    ),
    ("en", "The 1,000 km rally passed near Saint-Louis on Tuesday.", "1,000 km"),
    ("en", "The 15-km-wide crater lake near Quito froze.", "15-km"),
    ("de", "Der 8 Kilometer lange Tunnel bei Ljubljana ist gesperrt.", "8 Kilometer"),
    ("en", "Drivers queued for 12 km outside Accra.", "12 km"),
    ("de", "Die Aschewolke stieg über Quito bis in 10 Kilometer Höhe.", "10 Kilometer"),
    ("en", "The quake struck at a depth of 10 km near Suva.", "10 km"),
    ("de", "Das Beben ereignete sich in 10 Kilometern Tiefe vor Suva.", "10 Kilometern"),
    ("en", "Visibility in Tashkent fell to 200 metres.", "200 metres"),
    ("de", "Zwischen Hanoi und Haiphong fuhr der Zug mit 300 km/h.", "300 km"),
    ("en", "The 6.5-km ring road of Ljubljana was closed.", "6.5-km"),
    ("en", "A 10-km exclusion zone was declared around Cotopaxi.", "10-km"),
    ("de", "Um den Cotopaxi wurde eine Sperrzone von 10 Kilometern eingerichtet.", "10 Kilometern"),
    ("de", "Die 6,5 Kilometer lange Ringstraße von Ljubljana ist gesperrt.", "6,5 Kilometer"),
    ("en", "The bridge near Mombasa, which is about 5 km long, was closed.", "5 km"),
    ("de", "Die Brücke bei Mombasa, die rund 5 Kilometer lang ist, wurde gesperrt.", "5 Kilometer"),
    ("en", "How far did the runners get in Tartu? About 42 km.", "42 km"),
    ("de", "Wie weit fuhren die Radfahrer von Plovdiv aus? Rund 90 Kilometer.", "90 Kilometer"),
]

#: a place that is the agent of a participle qualifying the subject noun ("built by <X>",
#: "das von <X> gebaute <Noun>"): the noun, unknown to the gazetteer, is what lies there,
#: so the claim names its reference and stays unverifiable (never the country measured)
AGENT_ROWS: list[tuple[str, str, str, str]] = [
    (
        "de",
        "Das von Frankreich gebaute Stadion liegt rund 20 Kilometer nördlich von Dakar.",
        "France",
        "Dakar",
    ),
    (
        "de",
        "Der von Japan finanzierte Staudamm liegt rund 60 Kilometer östlich von Vientiane.",
        "Japan",
        "Vientiane",
    ),
    (
        "de",
        "Das von der Türkei gebaute Krankenhaus liegt rund 30 Kilometer westlich von Mogadischu.",
        "Turkey",
        "Mogadishu",
    ),
    (
        "de",
        "Der von China betriebene Hafen liegt rund 250 Kilometer südöstlich von Colombo.",
        "China",
        "Colombo",
    ),
    (
        "en",
        "The hospital built by Turkey lies some 30 km west of Mogadishu.",
        "Turkey",
        "Mogadishu",
    ),
    (
        "en",
        "The port, run by China since 2017, lies about 250 km south-east of Colombo.",
        "China",
        "Colombo",
    ),
    ("en", "The dam funded by Japan lies about 60 km east of Vientiane.", "Japan", "Vientiane"),
    ("en", "The French-built stadium lies about 20 km north of Dakar.", "France", "Dakar"),
]


@pytest.mark.parametrize("row", [_param(i, r) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(("lang", "text", "agent", "reference"), AGENT_ROWS)
def test_a_participles_agent_is_no_subject(
    analyze: Callable[..., Any], lang: str, text: str, agent: str, reference: str
) -> None:
    (c,) = analyze(text, lang=lang, date="2026-06-01", events=False).claims
    assert c.reference is not None and c.reference.name == reference
    assert c.subject is None or c.subject.name != agent, c.explanation
    assert c.verdict == "unverifiable", c.explanation


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    NON_CLAIMS,
    ids=[f"{lang}-{number}" for lang, _, number in NON_CLAIMS],
)
def test_no_claim(analyze: Callable[..., Any], lang: str, text: str, number: str) -> None:
    """A speed, reach, length, kilometre post, height, depth or area is no distance between
    two places: no claim is reported for it (checked or not)."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    made = [c.stated.text for c in a.claims if number in c.stated.text or c.stated.text in number]
    assert not made, made
