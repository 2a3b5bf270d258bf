# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Tenth probe table for issue 15: the wording ordinary news uses for distances, from every
continent, in both languages.

Written for session 14 before geomap read them, in regions and places that neither the
claims corpus's dev sources nor the issue use: Tanzania, Morocco, Senegal, Tunisia, Algeria,
Egypt, Libya, Mozambique, Kenya's coast, Cameroon and Nigeria; Kazakhstan, Iran, Thailand,
Japan, Korea, western China, the Visayas, the Turkish Black Sea coast, Punjab, Vietnam,
Sarawak, Sumatra, Borneo and the Volga; Spain, France, Italy, Romania, Scotland, Ireland,
Czechia and Slovakia, Greece, Bulgaria, Croatia, Finland, Denmark, Ukraine, Hungary,
Pomerania; the northern United States, Ontario and the Prairies, Mexico, Puerto Rico,
Venezuela, Colombia, Argentina, Paraguay, Brazil, Chile and Peru, French Guiana; New
Zealand, Queensland, Western and South Australia, Papua New Guinea. The wording:

- ``<X>, some N km <direction> of <Y>, <verb> ...``, ``N km (M miles) north-west of``,
  ``about N km inland from``, ``near the border with``, ``off the coast of``, ``the N-km
  stretch between``, ``N km downstream / upstream from``, ``etwa N Kilometer südöstlich der
  Hauptstadt``, ``unweit der Grenze zu``, ``rund N Kilometer vor der Küste von``, ``in der
  N Kilometer entfernten Stadt``, ``in die N Kilometer entfernte Stadt``, ``die N Kilometer
  lange Straße zwischen``, ``die N-Kilometer-Strecke zwischen``, ``von <X> gut N Kilometer
  entfernt``, ``Von <X> sind es rund N Kilometer bis <Y>``;
- relative clauses and passives (``..., which lies ...``, ``..., das rund N Kilometer ...
  liegt``, ``The injured were taken to <X>, about N km ...``, ``Die Verletzten wurden nach
  <X> geflogen, das ...``), appositions with and without a place or a number, descriptive
  subjects a sentence on (``The port``, ``The city``, ``Die Hafenstadt``), a capital by
  its country (``the Cameroonian capital``, ``der Hauptstadt`` after ``Bulgariens``),
  German country adjective + city (``Im tunesischen Gafsa``, ``aus dem rumänischen
  Sibiu``), datelines as the implicit reference, and quotations with the speaker's place;
- qualifiers (``some``, ``about``, ``roughly``, ``just``, ``only``, ``rund``, ``etwa``,
  ``gut``, ``knapp``, ``mehr als``, ``weniger als``), miles, and the lines of latitude;
- and, in tables of their own, a border or a coast as the reference, and numbers that
  are no distances (heights, speeds, money, casualties, years, km/h, km², lengths).

The points are the gazetteer's own points of the places (the GeoNames city rows of the
index, looked up once by hand), and the truth is the geodesic between them computed with
geographiclib (``tests/support/claims_table``), never through geomap's geometry; a
distance to a circle of latitude is the meridian arc. About a third of the rows state a
distance wrong by far more than any tolerance, or a bound the distance breaks; the true
ones round the geodesic as news does.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import (
    Row,
    assert_balanced,
    check_no_claim,
    check_row,
    near,
    row_param,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")

R = Row

#: the gazetteer's points (lat, lon) of the places the rows use (GeoNames city rows)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Moshi": (-3.35, 37.33333), "Dodoma": (-6.17221, 35.73947), "Mwanza": (-2.51667, 32.9),
    "Musoma": (-1.5, 33.8), "Kigoma": (-4.87694, 29.62667), "Bujumbura": (-3.38193, 29.36142),
    "Essaouira": (31.5125, -9.77), "Agadir": (30.42018, -9.59815), "Tetouan": (35.57845, -5.36837),
    "Tangier": (35.76727, -5.79975), "Touba": (14.86229, -15.87532), "Saint-Louis": (16.01793, -16.48962),
    "Ziguinchor": (12.56801, -16.27326), "Kaolack": (14.15197, -16.07259), "Kairouan": (35.6781, 10.09633),
    "Monastir": (35.77799, 10.82617), "Constantine": (36.365, 6.61472), "Annaba": (36.9, 7.76667),
    "Batna": (35.55597, 6.17414), "Biskra": (34.85038, 5.72805), "Luxor": (25.69893, 32.6421),
    "Assiut": (27.18096, 31.18368), "Hurghada": (27.25738, 33.81291), "Tobruk": (32.08963, 23.95385),
    "Benghazi": (32.11486, 20.06859), "Tete": (-16.15639, 33.58667), "Beira": (-19.84361, 34.83889),
    "Eldoret": (0.52036, 35.26993), "Nakuru": (-0.30719, 36.07225), "Lamu": (-2.27169, 40.90201),
    "Malindi": (-3.21799, 40.11692), "Bafoussam": (5.47775, 10.41759), "Yaounde": (3.86667, 11.51667),
    "Kaduna": (10.52641, 7.43879), "Jos": (9.92849, 8.89212), "Bandar Abbas": (27.1865, 56.2808),
    "Kerman": (30.28321, 57.07879), "Hat Yai": (7.00836, 100.47668), "Songkhla": (7.19882, 100.5951),
    "Toyama": (36.7, 137.21667), "Kanazawa": (36.6, 136.61667), "Akita": (39.71667, 140.11667),
    "Morioka": (39.7, 141.15), "Matsuyama": (33.83916, 132.76574), "Kochi": (33.55, 133.53333),
    "Jeonju": (35.82194, 127.14889), "Daejeon": (36.34913, 127.38493), "Bacolod": (10.66667, 122.95),
    "Iloilo": (10.69694, 122.56444), "Rize": (41.02083, 40.52194), "Trabzon": (41.005, 39.72694),
    "Samsun": (41.27976, 36.3361), "Multan": (30.19679, 71.47824), "Faisalabad": (31.41554, 73.08969),
    "Sibu": (2.3, 111.81667), "Kuching": (1.55, 110.33333), "Miri": (4.39928, 113.99163),
    "Saratov": (51.54048, 45.9901), "Samara": (53.20767, 50.13553), "Murcia": (37.98704, -1.13004),
    "Alicante": (38.34517, -0.48149), "Granada": (37.18817, -3.60667), "Malaga": (36.72016, -4.42034),
    "Pescara": (42.4584, 14.20283), "Ancona": (43.60717, 13.5103), "Brasov": (45.64861, 25.60613),
    "Sibiu": (45.8, 24.15), "Cluj-Napoca": (46.76667, 23.6), "Inverness": (57.47908, -4.22398),
    "Aberdeen": (57.14369, -2.09814), "Cork": (51.89797, -8.47061), "Limerick": (52.66472, -8.62306),
    "Presov": (48.99923, 21.2355), "Kosice": (48.71441, 21.25802), "Alexandroupoli": (40.84995, 25.87644),
    "Kavala": (40.93959, 24.40687), "Tours": (47.39484, 0.70398), "Angers": (47.47156, -0.55202),
    "Missoula": (46.87215, -113.994), "Spokane": (47.65966, -117.42908), "Fargo": (46.87719, -96.7898),
    "Bismarck": (46.80833, -100.78374), "Kenora": (49.76741, -94.48985), "Winnipeg": (49.8844, -97.14704),
    "Cucuta": (7.90745, -72.5049), "Bucaramanga": (7.125, -73.11895), "Iquique": (-20.21326, -70.15027),
    "Arica": (-18.47552, -70.30058), "Kourou": (5.16281, -52.64265), "Cayenne": (4.9381, -52.33455),
    "Porlamar": (10.95771, -63.86971), "Cumana": (10.4639, -64.17859), "Kuah": (6.32649, 99.8432),
    "Kuala Perlis": (6.4, 100.13333), "Timmins": (48.46686, -81.33312), "Sudbury": (46.49, -80.99001),
    "Mackay": (-21.15345, 149.16554), "Rockhampton": (-23.38032, 150.50595),
    "Esperance": (-33.85919, 121.89164), "Albany": (-35.02692, 117.88369),
    "Mount Hagen": (-5.85746, 144.23058), "Goroka": (-6.085, 145.38667), "Encarnacion": (-27.33176, -55.86662),
    "Asuncion": (-25.28646, -57.647), "Oujda": (34.68139, -1.90858), "Nador": (35.16813, -2.93352),
    "Kuopio": (62.89238, 27.67703), "Joensuu": (62.60118, 29.76316), "Mbeya": (-8.9, 33.45),
    "Iringa": (-7.76667, 35.7), "Bukoba": (-1.33167, 31.81222), "Quelimane": (-17.87861, 36.88833),
    "Misrata": (32.37535, 15.09254), "Ouarzazate": (30.91894, -6.89341), "Ghardaia": (32.49094, 3.67347),
    "Laghouat": (33.8, 2.86514), "Gafsa": (34.425, 8.78417), "Tozeur": (33.91968, 8.13352),
    "Enugu": (6.44132, 7.49883), "Port Harcourt": (4.77742, 7.0134),
    "Nakhon Ratchasima": (14.97066, 102.10196), "Khon Kaen": (16.44671, 102.833),
    "Ko Samui": (9.53567, 99.93567), "Surat Thani": (9.14011, 99.33311), "Niigata": (37.92259, 139.04125),
    "Dali": (25.58474, 100.21229), "Kunming": (25.03889, 102.71833), "Sivas": (39.74833, 37.01611),
    "Kayseri": (38.73222, 35.48528), "Peshawar": (34.008, 71.57849), "Rawalpindi": (33.59733, 73.0479),
    "Hue": (16.4619, 107.59546), "Vinh": (18.67337, 105.69232), "Kuantan": (3.8077, 103.326),
    "Kuala Terengganu": (5.3302, 103.1408), "Kyzylorda": (44.85278, 65.50917),
    "Turkistan": (43.29458, 68.25685), "Stralsund": (54.30911, 13.0818), "Greifswald": (54.08905, 13.40244),
    "Tampere": (61.49911, 23.78712), "Vaasa": (63.096, 21.61577), "Esbjerg": (55.47028, 8.45187),
    "Aarhus": (56.15674, 10.21076), "Plovdiv": (42.15387, 24.75001), "Sofia": (42.69751, 23.32415),
    "Gyor": (47.68333, 17.63512), "Rijeka": (45.32673, 14.44241), "Chernivtsi": (48.29045, 25.93241),
    "Ivano-Frankivsk": (48.92312, 24.71248), "Almeria": (36.83814, -2.45974), "Grenoble": (45.17869, 5.71479),
    "Chambery": (45.56628, 5.92079), "Galway": (53.27245, -9.05095), "Chihuahua": (28.63528, -106.08889),
    "Ciudad Juarez": (31.72024, -106.46084), "Hermosillo": (29.08874, -110.96677),
    "Nogales": (31.30862, -110.94217), "Duluth": (46.78327, -92.10658), "Minneapolis": (44.97997, -93.26384),
    "Thunder Bay": (48.38202, -89.25018), "Sault Ste. Marie": (46.51677, -84.33325),
    "Regina": (50.45008, -104.6178), "Tucuman": (-26.81601, -65.21051), "Salta": (-24.80645, -65.41999),
    "Barquisimeto": (10.0647, -69.35703), "Maracaibo": (10.64232, -71.61089),
    "Londrina": (-23.31028, -51.16278), "Curitiba": (-25.42778, -49.27306), "Tacna": (-18.01465, -70.25362),
    "Whanganui": (-39.93333, 175.05), "New Plymouth": (-39.06667, 174.08333),
    "Bundaberg": (-24.86621, 152.3479), "Port Augusta": (-32.49597, 137.77281),
    "Whyalla": (-33.03268, 137.56483), "Wewak": (-3.54964, 143.63229), "Madang": (-5.22152, 145.78695),
    "Timaru": (-44.39672, 171.25364), "Dunedin": (-45.87416, 170.50361), "Biratnagar": (26.45505, 87.27007),
    "Yazd": (31.89722, 54.3675), "Palembang": (-2.91673, 104.7458),
    "Ferrara": (44.83804, 11.62057), "Bologna": (44.49381, 11.33875), "Varna": (43.21912, 27.91024),
    "Burgas": (42.50651, 27.46886),
}

EN = [
    R("en", "Traders in Moshi, some 360 km north-east of Dodoma, shut their stalls on Tuesday as fuel ran out.", "some 360 km", "Moshi", "Dodoma", "consistent"),
    R("en", "Mwanza, the port on Lake Victoria, lies about 510 km (315 miles) north-west of Dodoma.", "about 510 km", "Mwanza", "Dodoma", "consistent"),
    R("en", "Flooding cut the road to Musoma, which lies some 330 km north-east of Mwanza, on Friday.", "some 330 km", "Musoma", "Mwanza", "inconsistent"),
    R("en", "Kigoma, near the border with Burundi, is roughly 75 km from Bujumbura.", "roughly 75 km", "Kigoma", "Bujumbura", "inconsistent"),
    R("en", "Storms closed the harbour at Essaouira on Monday. The port lies about 120 km north of Agadir.", "about 120 km", "Essaouira", "Agadir", "consistent"),
    R("en", "Snow closed the 60-km stretch between Tetouan and Tangier on Sunday.", "60-km", "Tetouan", "Tangier", "consistent", form="route", either_way=True),
    R("en", "SAINT-LOUIS, Senegal, May 3 (geomap) - Pilgrims poured into Touba, some 145 km to the south-east, for the Grand Magal.", "some 145 km", "Touba", "Saint-Louis", "consistent"),
    R("en", "Ziguinchor, the main town of the Casamance, is some 340 km south of Kaolack.", "some 340 km", "Ziguinchor", "Kaolack", "inconsistent"),
    R("en", "Kairouan lies about 65 km inland from Monastir.", "about 65 km", "Kairouan", "Monastir", "consistent"),
    R("en", "Constantine, Algeria's third-largest city, lies some 120 km south-west of Annaba.", "some 120 km", "Constantine", "Annaba", "consistent"),
    R("en", "Batna and Biskra, the two towns worst hit by the storm, are about 230 km apart.", "about 230 km", "Batna", "Biskra", "inconsistent", form="pair", either_way=True),
    R("en", "Luxor, home to the Valley of the Kings, lies some 220 km south-east of Assiut.", "some 220 km", "Luxor", "Assiut", "consistent"),
    R("en", "Hurghada, a resort of 200,000 people, is about 100 km north-east of Luxor.", "about 100 km", "Hurghada", "Luxor", "inconsistent"),
    R("en", "Fighters moved to Tobruk, which lies roughly 370 km east of Benghazi.", "roughly 370 km", "Tobruk", "Benghazi", "consistent"),
    R("en", "The cyclone battered Beira on Sunday. Tete, about 430 km to the north, escaped with heavy rain.", "about 430 km", "Tete", "Beira", "consistent"),
    R("en", "Athletes from Eldoret, some 130 km north-west of Nakuru, dominated the race.", "some 130 km", "Eldoret", "Nakuru", "consistent"),
    R("en", "\"We are only 55 km from Malindi and nobody has come to help,\" said a fisherman in Lamu.", "55 km", "Lamu", "Malindi", "inconsistent"),
    R("en", "Bafoussam, the main town of the West region, is some 220 km north-west of the Cameroonian capital.", "some 220 km", "Bafoussam", "Yaounde", "consistent"),
    R("en", "Jos was placed under curfew on Sunday after clashes spread from Kaduna, about 170 km to the north-west.", "about 170 km", "Kaduna", "Jos", "consistent"),
    R("en", "Bandar Abbas, the port on the Strait of Hormuz, is about 180 km south of Kerman.", "about 180 km", "Bandar Abbas", "Kerman", "inconsistent"),
    R("en", "Hat Yai, near the border with Malaysia, is only about 25 km from Songkhla.", "about 25 km", "Hat Yai", "Songkhla", "consistent"),
    R("en", "KANAZAWA, Japan, Jan 12 (geomap) - Heavy snow cut power to 20,000 homes in Toyama, some 55 km to the east, on Sunday.", "some 55 km", "Toyama", "Kanazawa", "consistent"),
    R("en", "Akita is some 220 km west of Morioka, on the other side of the mountains.", "some 220 km", "Akita", "Morioka", "inconsistent"),
    R("en", "Matsuyama lies about 80 km north-west of Kochi on the island of Shikoku.", "about 80 km", "Matsuyama", "Kochi", "consistent"),
    R("en", "Jeonju, about 60 km south of Daejeon, hosted the film festival.", "about 60 km", "Jeonju", "Daejeon", "consistent"),
    R("en", "Bacolod, some 40 km east of Iloilo across the Guimaras Strait, was also hit.", "some 40 km", "Bacolod", "Iloilo", "consistent"),
    R("en", "Rize, about 65 km east of Trabzon, was hit by floods on Monday.", "about 65 km", "Rize", "Trabzon", "consistent"),
    R("en", "Samsun lies some 140 km west of Trabzon along the Black Sea coast.", "some 140 km", "Samsun", "Trabzon", "inconsistent"),
    R("en", "The heatwave reached Multan, about 210 km south-west of Faisalabad, where it was 49C on Monday.", "about 210 km", "Multan", "Faisalabad", "consistent"),
    R("en", "Sibu, the river town about 180 km north-east of Kuching, was cut off by the floods.", "about 180 km", "Sibu", "Kuching", "consistent"),
    R("en", "Miri is some 210 km from Kuching by air.", "some 210 km", "Miri", "Kuching", "inconsistent"),
    R("en", "Saratov lies some 340 km downstream from Samara.", "some 340 km", "Saratov", "Samara", "consistent"),
    R("en", "Murcia, some 190 km south-west of Alicante, recorded 44C on Saturday.", "some 190 km", "Murcia", "Alicante", "inconsistent"),
    R("en", "Granada is about 90 km (55 miles) north-east of Malaga.", "about 90 km", "Granada", "Malaga", "consistent"),
    R("en", "Pescara lies about 290 km south-east of Ancona.", "about 290 km", "Pescara", "Ancona", "inconsistent"),
    R("en", "The injured were taken to Brasov, about 115 km east of Sibiu.", "about 115 km", "Brasov", "Sibiu", "consistent"),
    R("en", "Cluj-Napoca lies some 230 km north of Sibiu.", "some 230 km", "Cluj-Napoca", "Sibiu", "inconsistent"),
    R("en", "Inverness, the Highland capital, lies about 85 miles west of Aberdeen.", "about 85 miles", "Inverness", "Aberdeen", "consistent"),
    R("en", "Cork is about 85 km from Limerick.", "about 85 km", "Cork", "Limerick", "consistent"),
    R("en", "Presov is just 30 km north of Kosice.", "30 km", "Presov", "Kosice", "consistent"),
    R("en", "Alexandroupoli, near the border with Turkey, is some 270 km east of Kavala.", "some 270 km", "Alexandroupoli", "Kavala", "inconsistent"),
    R("en", "Tours lies about 95 km upstream from Angers.", "about 95 km", "Tours", "Angers", "consistent"),
    R("en", "A wildfire closed the interstate near Missoula, about 170 miles east of Spokane, on Sunday.", "about 170 miles", "Missoula", "Spokane", "consistent"),
    R("en", "Fargo, some 85 miles east of Bismarck, was buried in snow.", "some 85 miles", "Fargo", "Bismarck", "inconsistent"),
    R("en", "WINNIPEG, July 4 (geomap) - Wildfire smoke shut the airport at Kenora, about 190 km to the east, on Friday.", "about 190 km", "Kenora", "Winnipeg", "consistent"),
    R("en", "Cucuta, on the border with Venezuela, lies about 250 km north-east of Bucaramanga.", "about 250 km", "Cucuta", "Bucaramanga", "inconsistent"),
    R("en", "Iquique lies some 390 km south of Arica.", "some 390 km", "Iquique", "Arica", "inconsistent"),
    R("en", "Kourou, about 40 km north-west of Cayenne, is where the rockets are launched.", "about 40 km", "Kourou", "Cayenne", "consistent"),
    R("en", "Ferries to Porlamar, on Margarita Island some 65 km off the coast of Cumana, were cancelled.", "some 65 km", "Porlamar", "Cumana", "consistent"),
    R("en", "Kuah, the main town of Langkawi, lies about 90 km off the coast of Kuala Perlis.", "about 90 km", "Kuah", "Kuala Perlis", "inconsistent"),
    R("en", "\"We can see the smoke from here,\" said a teacher in Timmins, some 220 km north of Sudbury.", "some 220 km", "Timmins", "Sudbury", "consistent"),
    R("en", "Cyclone warnings were issued for Mackay on Friday. The city lies some 280 km north-west of Rockhampton.", "some 280 km", "Mackay", "Rockhampton", "consistent"),
    R("en", "Esperance lies about 180 km east of Albany on Western Australia's south coast.", "about 180 km", "Esperance", "Albany", "inconsistent"),
    R("en", "Mount Hagen, some 290 km west of Goroka, is the Highlands' biggest town.", "some 290 km", "Mount Hagen", "Goroka", "inconsistent"),
    # a set-off distance after the place a movement came from (the viewpoint named before
    # or after it), and a distance glossing a travel time
    R("en", "Kourou was put on alert as the fire moved in from Cayenne, about 40 km to the south-east.", "about 40 km", "Cayenne", "Kourou", "consistent"),
    R("en", "Kuopio took in 300 families who fled from Joensuu, some 110 km to the east.", "some 110 km", "Joensuu", "Kuopio", "consistent"),
    R("en", "Evacuees from Iringa, some 280 km to the north-east, reached Mbeya on Monday.", "some 280 km", "Iringa", "Mbeya", "consistent"),
    R("en", "The storm swept in from Varna, some 85 km to the north, and flooded Burgas.", "some 85 km", "Varna", "Burgas", "consistent"),
    R("en", "Smoke drifted to Sivas from Kayseri, some 170 km to the south-west.", "some 170 km", "Kayseri", "Sivas", "consistent"),
    R("en", "Ferrara is less than an hour's drive, or about 45 km, from Bologna.", "about 45 km", "Ferrara", "Bologna", "consistent"),
    R("en", "Tours is an hour's drive, or some 200 km, from Angers.", "some 200 km", "Tours", "Angers", "inconsistent"),
    # a circle of latitude as the reference: the meridian arc
    R("en", "Kuopio lies about 410 km south of the Arctic Circle.", "about 410 km", "Kuopio", "Arctic Circle", "consistent"),
    R("en", "Luxor lies some 550 km north of the Tropic of Cancer.", "some 550 km", "Luxor", "Tropic of Cancer", "inconsistent"),
]

DE = [
    R("de", "ASUNCIÓN, 3. Mai (geomap) – In Encarnación, etwa 290 Kilometer südöstlich der Hauptstadt, stieg der Paraná auf Rekordhöhe.", "etwa 290 Kilometer", "Encarnacion", "Asuncion", "consistent"),
    R("de", "Oujda, unweit der Grenze zu Algerien, liegt rund 250 Kilometer südöstlich von Nador.", "rund 250 Kilometer", "Oujda", "Nador", "inconsistent"),
    R("de", "Nach dem Zugunglück bei Joensuu wurden die Verletzten in die rund 110 Kilometer entfernte Stadt Kuopio gebracht.", "rund 110 Kilometer", "Kuopio", "Joensuu", "consistent"),
    R("de", "Die Familie lebt in Kaolack, der Vater arbeitet in der 200 Kilometer entfernten Stadt Touba.", "200 Kilometer", "Touba", "Kaolack", "inconsistent"),
    R("de", "Mbeya, im Südwesten Tansanias, liegt rund 280 Kilometer südwestlich von Iringa.", "rund 280 Kilometer", "Mbeya", "Iringa", "consistent"),
    R("de", "„Wir sind nur 60 Kilometer von Mwanza entfernt, aber niemand hilft uns“, sagte ein Händler in Bukoba.", "60 Kilometer", "Bukoba", "Mwanza", "inconsistent"),
    R("de", "Quelimane, die Hauptstadt der Provinz Zambézia, liegt rund 310 Kilometer nordöstlich von Beira.", "rund 310 Kilometer", "Quelimane", "Beira", "consistent"),
    R("de", "Die Milizen zogen sich nach Misrata zurück, das rund 420 Kilometer westlich von Tobruk liegt.", "rund 420 Kilometer", "Misrata", "Tobruk", "inconsistent"),
    R("de", "Ouarzazate liegt rund 530 Kilometer östlich von Agadir.", "rund 530 Kilometer", "Ouarzazate", "Agadir", "inconsistent"),
    R("de", "Ghardaïa, die Oasenstadt im Mzab-Tal, liegt rund 160 Kilometer südöstlich von Laghouat.", "rund 160 Kilometer", "Ghardaia", "Laghouat", "consistent"),
    R("de", "Im tunesischen Gafsa, etwa 210 Kilometer nordöstlich von Tozeur, fiel der Strom aus.", "etwa 210 Kilometer", "Gafsa", "Tozeur", "inconsistent"),
    R("de", "Eldoret liegt von Nakuru gut 125 Kilometer entfernt.", "gut 125 Kilometer", "Eldoret", "Nakuru", "consistent"),
    R("de", "Die Verletzten wurden nach Enugu geflogen, das etwa 190 Kilometer nördlich von Port Harcourt liegt.", "etwa 190 Kilometer", "Enugu", "Port Harcourt", "consistent"),
    R("de", "Die Unruhen griffen auf Batna über. Biskra, rund 90 Kilometer weiter südwestlich, blieb ruhig.", "rund 90 Kilometer", "Biskra", "Batna", "consistent"),
    R("de", "Die Polizei in Nakhon Ratchasima, rund 180 Kilometer südwestlich von Khon Kaen, nahm zwei Verdächtige fest.", "rund 180 Kilometer", "Nakhon Ratchasima", "Khon Kaen", "consistent"),
    R("de", "Ko Samui liegt rund 80 Kilometer vor der Küste von Surat Thani.", "rund 80 Kilometer", "Ko Samui", "Surat Thani", "consistent"),
    R("de", "Niigata liegt knapp 110 Kilometer nordöstlich von Toyama.", "knapp 110 Kilometer", "Niigata", "Toyama", "inconsistent"),
    R("de", "Dali, die Stadt am Erhai-See, liegt rund 260 Kilometer westlich von Kunming.", "rund 260 Kilometer", "Dali", "Kunming", "consistent"),
    R("de", "KAYSERI, 5. Juni (geomap) – Auch in Sivas, etwa 170 Kilometer nordöstlich, bebte die Erde.", "etwa 170 Kilometer", "Sivas", "Kayseri", "consistent"),
    R("de", "Die 75 Kilometer lange Straße zwischen Rize und Trabzon war wegen Erdrutschen gesperrt.", "75 Kilometer", "Rize", "Trabzon", "consistent", form="route", either_way=True),
    R("de", "Peshawar liegt rund 340 Kilometer westlich von Rawalpindi.", "rund 340 Kilometer", "Peshawar", "Rawalpindi", "inconsistent"),
    R("de", "Hue, die alte Kaiserstadt, liegt etwa 160 Kilometer südöstlich von Vinh.", "etwa 160 Kilometer", "Hue", "Vinh", "inconsistent"),
    R("de", "Kuantan, die Hauptstadt des Bundesstaats Pahang, liegt rund 170 Kilometer südlich von Kuala Terengganu.", "rund 170 Kilometer", "Kuantan", "Kuala Terengganu", "consistent"),
    R("de", "Kysylorda liegt rund 130 Kilometer nordwestlich von Turkistan.", "rund 130 Kilometer", "Kyzylorda", "Turkistan", "inconsistent"),
    R("de", "Bacolod liegt auf der Nachbarinsel, etwa 40 Kilometer östlich von Iloilo.", "etwa 40 Kilometer", "Bacolod", "Iloilo", "consistent"),
    R("de", "Multan liegt mehr als 180 Kilometer südwestlich von Faisalabad.", "mehr als 180 Kilometer", "Multan", "Faisalabad", "consistent"),
    R("de", "Saratow liegt etwa 740 Kilometer flussabwärts von Samara.", "etwa 740 Kilometer", "Saratov", "Samara", "inconsistent"),
    R("de", "Stralsund, rund 30 Kilometer nordwestlich von Greifswald, meldete Sturmflut.", "rund 30 Kilometer", "Stralsund", "Greifswald", "consistent"),
    R("de", "Helfer aus dem rumänischen Sibiu fuhren nach Brașov, das rund 115 Kilometer weiter östlich liegt.", "rund 115 Kilometer", "Brasov", "Sibiu", "consistent"),
    R("de", "Tampere liegt rund 210 Kilometer südöstlich von Vaasa.", "rund 210 Kilometer", "Tampere", "Vaasa", "consistent"),
    R("de", "Esbjerg wurde am Montag überflutet. Die Hafenstadt liegt etwa 60 Kilometer südwestlich von Aarhus.", "etwa 60 Kilometer", "Esbjerg", "Aarhus", "inconsistent"),
    R("de", "Plovdiv, Bulgariens zweitgrößte Stadt, liegt rund 130 Kilometer südöstlich der Hauptstadt.", "rund 130 Kilometer", "Plovdiv", "Sofia", "consistent"),
    R("de", "Auf der 35-Kilometer-Strecke zwischen Košice und Prešov fiel der Strom aus.", "35-Kilometer", "Kosice", "Presov", "consistent", form="route", either_way=True),
    R("de", "Győr liegt knapp 180 Kilometer nordöstlich von Rijeka.", "knapp 180 Kilometer", "Gyor", "Rijeka", "inconsistent"),
    R("de", "Tscherniwzi liegt rund 115 Kilometer südöstlich von Iwano-Frankiwsk.", "rund 115 Kilometer", "Chernivtsi", "Ivano-Frankivsk", "consistent"),
    R("de", "Almería liegt rund 240 Kilometer östlich von Granada.", "rund 240 Kilometer", "Almeria", "Granada", "inconsistent"),
    R("de", "Grenoble liegt etwa 120 Kilometer südlich von Chambéry.", "etwa 120 Kilometer", "Grenoble", "Chambery", "inconsistent"),
    R("de", "GALWAY, 4. März (geomap) – In Limerick, rund 75 Kilometer weiter südöstlich, stand das Wasser kniehoch.", "rund 75 Kilometer", "Limerick", "Galway", "consistent"),
    R("de", "Aberdeen liegt weniger als 65 Kilometer östlich von Inverness.", "weniger als 65 Kilometer", "Aberdeen", "Inverness", "inconsistent"),
    R("de", "Von Ciudad Juárez sind es rund 340 Kilometer bis Chihuahua.", "rund 340 Kilometer", "Chihuahua", "Ciudad Juarez", "consistent", either_way=True),
    R("de", "Hermosillo, die Hauptstadt Sonoras, liegt rund 250 Kilometer südlich der Grenzstadt Nogales.", "rund 250 Kilometer", "Hermosillo", "Nogales", "consistent"),
    R("de", "Duluth liegt rund 100 Kilometer nordöstlich von Minneapolis.", "rund 100 Kilometer", "Duluth", "Minneapolis", "inconsistent"),
    R("de", "Thunder Bay liegt gut 420 Kilometer nordwestlich von Sault Ste. Marie.", "gut 420 Kilometer", "Thunder Bay", "Sault Ste. Marie", "consistent"),
    R("de", "Winnipeg liegt rund 540 Kilometer östlich von Regina.", "rund 540 Kilometer", "Winnipeg", "Regina", "consistent"),
    R("de", "San Miguel de Tucumán liegt rund 220 Kilometer südlich von Salta.", "rund 220 Kilometer", "Tucuman", "Salta", "consistent"),
    R("de", "Barquisimeto liegt etwa 510 Kilometer östlich von Maracaibo.", "etwa 510 Kilometer", "Barquisimeto", "Maracaibo", "inconsistent"),
    R("de", "Londrina liegt rund 120 Kilometer nordwestlich von Curitiba.", "rund 120 Kilometer", "Londrina", "Curitiba", "inconsistent"),
    R("de", "Tacna, gleich hinter der Grenze zu Chile, liegt etwa 50 Kilometer nördlich von Arica.", "etwa 50 Kilometer", "Tacna", "Arica", "consistent"),
    R("de", "Whanganui liegt rund 125 Kilometer südöstlich von New Plymouth.", "rund 125 Kilometer", "Whanganui", "New Plymouth", "consistent"),
    R("de", "Bundaberg liegt rund 250 Kilometer südöstlich von Rockhampton.", "rund 250 Kilometer", "Bundaberg", "Rockhampton", "consistent"),
    R("de", "Port Augusta liegt nur etwa 65 Kilometer nördlich von Whyalla.", "etwa 65 Kilometer", "Port Augusta", "Whyalla", "consistent"),
    R("de", "Wewak liegt rund 140 Kilometer nordwestlich von Madang.", "rund 140 Kilometer", "Wewak", "Madang", "inconsistent"),
    R("de", "Timaru liegt rund 170 Kilometer nördlich von Dunedin.", "rund 170 Kilometer", "Timaru", "Dunedin", "consistent"),
    R("de", "Kuopio nahm 300 Familien auf, die aus Joensuu geflohen waren, das rund 110 Kilometer östlich liegt.", "rund 110 Kilometer", "Joensuu", "Kuopio", "consistent"),
    R("de", "Der Sturm zog von Varna heran, das rund 85 Kilometer nördlich liegt, und überflutete Burgas.", "rund 85 Kilometer", "Varna", "Burgas", "consistent"),
    R("de", "Aus Varna, rund 85 Kilometer weiter nördlich, kamen Helfer nach Burgas.", "rund 85 Kilometer", "Varna", "Burgas", "consistent"),
    R("de", "Aus Iringa, rund 280 Kilometer nordöstlich, trafen am Montag Evakuierte in Mbeya ein.", "rund 280 Kilometer", "Iringa", "Mbeya", "consistent"),
    R("de", "Ferrara ist eine knappe Autostunde, also rund 45 Kilometer, von Bologna entfernt.", "rund 45 Kilometer", "Ferrara", "Bologna", "consistent"),
    R("de", "Pescara ist zwei Autostunden oder rund 300 Kilometer von Ancona entfernt.", "rund 300 Kilometer", "Pescara", "Ancona", "inconsistent"),
    R("de", "Vaasa liegt knapp 400 Kilometer südlich des Polarkreises.", "knapp 400 Kilometer", "Vaasa", "Arctic Circle", "consistent"),
    R("de", "Palembang liegt rund 150 Kilometer südlich des Äquators.", "rund 150 Kilometer", "Palembang", "Equator", "inconsistent"),
]
# fmt: on

ROWS = [*EN, *DE]

#: rows (by text, or by text and quantity) geomap still gets wrong, each with its reason
#: (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {
    "Smoke drifted to Sivas from Kayseri, some 170 km to the south-west.": (
        "the destination before the from-place makes the set-off distance the movement's "
        "heading, as test_classes_wide decides for 'The rescuers reached Huacho from Lima, "
        "some 120 km to the north'; this row means where Kayseri lies, and the words do "
        "not tell the two apart"
    ),
}


def test_the_table_is_balanced_and_honest() -> None:
    """At least 100 rows, about half in each language, at least a sixth of them false."""
    assert_balanced(EN, DE, at_least=100)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: a border or a coast as the reference: (lang, text, subject, form, countries, verdict).
#: Oujda lies some 10 km from the Algerian border (to the line from the coast at Saïdia to
#: the crossing east of the town) and Biratnagar some 5-8 km from the
#: Indian one; Hat Yai lies some 45-60 km from Malaysia and Yazd some 500 km from the sea
#: (the Persian Gulf near Bandar Abbas, farther to the Caspian)
# fmt: off
BORDERS_COASTS: list[tuple[str, str, str, str, set[str], str]] = [
    ("en", "Oujda lies only about 10 km from the Algerian border.", "Oujda", "border", {"MA", "DZ"}, "consistent"),
    ("de", "Biratnagar liegt nur etwa 10 Kilometer von der indischen Grenze entfernt.", "Biratnagar", "border", {"NP", "IN"}, "consistent"),
    ("en", "Hat Yai lies some 300 km from the border with Malaysia.", "Hat Yai", "border", {"TH", "MY"}, "inconsistent"),
    ("de", "Yazd liegt rund 100 Kilometer von der Küste entfernt.", "Yazd", "coast", {"IR"}, "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "subject", "form", "countries", "verdict"),
    BORDERS_COASTS,
    ids=[f"{r[0]}-{r[1][:24]}" for r in BORDERS_COASTS],
)
def test_border_or_coast_as_reference(
    analyze: Callable[..., Any],
    lang: str,
    text: str,
    subject: str,
    form: str,
    countries: set[str],
    verdict: str,
) -> None:
    """A border or a coast is the reference: the claim names the town, the border of the
    two countries (or the coast of the town's country), and gives the verdict."""
    (c,) = analyze(text, lang=lang, date="2026-06-01", events=False).claims
    assert c.subject is not None and near(AT, c.subject, subject), c.explanation
    assert c.form == form, c.explanation
    assert c.reference is not None and c.reference.id is not None
    assert set(c.reference.id.split(":")[1].split("-")) == countries, c.reference
    assert c.verdict == verdict, c.explanation


#: sentences whose numbers state no distance between two places: a height, a speed, an
#: area, a price and a length, casualties, a queue's, a jam's or a lake's length, a depth,
#: a race, a year, where a thing was. No claim may be reported for their words.
# fmt: off
NON_CLAIMS: list[Any] = [
    ("en", "The volcano above Goroka rises to 3,400 metres and last erupted in 1951.", "3,400 metres"),
    ("en", "Winds of up to 180 km/h battered Mackay on Tuesday, cutting power to 40,000 homes.", "180 km/h"),
    ("en", "The bushfire near Esperance has burned more than 1,200 km² of scrub since Friday.", "1,200 km²"),
    ("en", "The new bridge at Sibu cost $120 million and is 1.2 km long.", "1.2 km"),
    ("en", "At least 45 people died in Bafoussam when a landslide buried a 2-km stretch of road.", "2-km"),
    ("en", "Drivers waited in a 12-km queue outside Oujda on Monday.", "12-km"),
    ("en", "The dam above Ferrara, finished in 1962, holds back a lake 14 km long.", "14 km"),
    ("en", "Trains between Eldoret and Nakuru now run at 80 km/h.", "80 km/h"),
    ("de", "Der Vulkan bei Goroka ist 3.400 Meter hoch.", "3.400 Meter"),
    ("de", "In Esperance erreichten die Böen am Dienstag 120 Kilometer pro Stunde.", "120 Kilometer"),
    ("de", "Das Feuer bei Dubbo hat seit Freitag 3.000 Quadratkilometer Busch zerstört.", "3.000 Quadratkilometer"),
    ("de", "Die neue Brücke in Kuching kostete 80 Millionen Euro und ist 1,5 Kilometer lang.", "1,5 Kilometer"),
    ("de", "Der Erdrutsch nahe Garoua verschüttete die Straße auf einer Länge von drei Kilometern; mindestens 45 Menschen starben.", "drei Kilometern"),
    ("de", "Zwischen Košice und Prešov bildete sich am Montag ein 20 Kilometer langer Stau.", "20 Kilometer"),
    ("de", "Der Zug zwischen Tampere und Vaasa fährt seit 1998 mit 160 km/h.", "160 km/h"),
    ("de", "Die Bohrung bei Calama reicht 1.200 Meter tief.", "1.200 Meter"),
    ("de", "Beim Marathon in Invercargill liefen am Sonntag 900 Läufer 42 Kilometer.", "42 Kilometer"),
    ("en", "Some 900 runners covered 42 km in the Invercargill marathon on Sunday.", "42 km"),
    # where a thing was, with the place its way started from or led to named apart from
    # the distance (a second probe of the session, before the fix): no claim, not a claim
    # from that place (which called every such true sentence inconsistent)
    ("en", "The plane crashed 20 km short of Kuching after taking off from Miri.", "20 km"),
    ("en", "The bus overturned 15 km north of Iringa on its way to Mbeya.", "15 km"),
    ("en", "A bus from Dodoma overturned 25 km east of Moshi.", "25 km"),
    ("en", "The ferry sank 12 km off Lamu while sailing to Malindi.", "12 km"),
    ("de", "Ein Bus aus Dodoma stürzte 25 Kilometer östlich von Moshi in eine Schlucht.", "25 Kilometer"),
    ("de", "Die Fähre sank 12 Kilometer vor Lamu auf dem Weg nach Malindi.", "12 Kilometer"),
    # session 17: a "von" after a direction word marks the reference, no journey's start,
    # so no route claim is read from it (was a strict xfail)
    ("de", "Der Bus verunglückte 15 Kilometer nördlich von Iringa auf dem Weg nach Mbeya.", "15 Kilometer"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    NON_CLAIMS,
    ids=[f"{r[0] if isinstance(r, tuple) else r.values[0]}-{i}" for i, r in enumerate(NON_CLAIMS)],
)
def test_no_claim(analyze: Callable[..., Any], lang: str, text: str, number: str) -> None:
    """A height, a speed, an area, a length, a depth or a race is no distance between two
    places, nor is where a thing was: no claim is reported for it."""
    check_no_claim(analyze, lang, text, number)
