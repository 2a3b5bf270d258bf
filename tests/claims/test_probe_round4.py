# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Fourth probe table for issue 15: the four weakest classes of the held-out aggregates.

Written for session 11 (round 2) before geomap read them: half English, half German, from
Ghana, Senegal, Cameroon, Mozambique, Zambia, Sudan and Morocco, Vietnam, Thailand, Sri
Lanka, Uzbekistan, Sichuan, Nepal, Turkey, Saudi Arabia and Jordan, Portugal, Italy,
Finland, Scotland, Serbia and Mecklenburg, north-east Brazil, Bolivia, Cuba, the Rockies,
the Plains and Texas, Fiji, Tasmania and New Zealand. The classes (issue 15):

- class 3, a descriptive noun phrase as subject or reference: a semicolon or a sentence
  break before `the port city` / `die Stadt`, a genitive (`the capital of Bahia state`, `die
  Hauptstadt des Bundesstaats`, `the capital of the northern province`), compounds
  (`die Universitätsstadt`), `we` in a quote, with and without a dateline;
- class 4, the reference before the number or implicit: the dateline with `N km to the
  south-east`, `further north-west` / `weiter östlich` with the reference two sentences
  back, `from A` / `von A aus` before the number, a chain of prepositions (`a village in
  the hills above A, N km west of B`), a locative subject after a fronted distance;
- class 8, a relative clause after a new place: `in A, which lies ...`, `aus A, das ...`,
  `nach A, das ...`, `und von A, das ...`, `und in A, das ...`;
- class 1, appositions after a dative `einem`/`einer` phrase and with a region between
  the place and its apposition (`Beira, Mozambique, N km ...`, `Da Nang in Zentralvietnam,
  N Kilometer ...`).

The points are the gazetteer's own points of the places (the GeoNames city rows the index
holds, copied once by hand), and the truth is the geodesic between them computed here with
geographiclib, never through geomap's geometry. About a fifth of the rows state a distance
that is wrong by far more than any tolerance (their verdict is `inconsistent`). The rows
after the last comment of each list were added after the fixes (docs/claims.md, seventeenth
pass): other wording and regions each new rule must also read.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: the gazetteer's points (lat, lon) of the places the rows use (GeoNames city rows)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Kumasi": (6.68848, -1.62443), "Accra": (5.55602, -0.1969), "Tamale": (9.40079, -0.8393),
    "Dakar": (14.6937, -17.44406), "Saint-Louis": (16.01793, -16.48962),
    "Douala": (4.04827, 9.70428), "Yaounde": (3.86667, 11.51667),
    "Beira": (-19.84361, 34.83889), "Maputo": (-25.96553, 32.58322), "Nampula": (-15.11646, 39.2666),
    "Lusaka": (-15.40669, 28.28713), "Ndola": (-12.95867, 28.63659), "Livingstone": (-17.84194, 25.85425),
    "Khartoum": (15.55177, 32.53241), "Port Sudan": (19.61745, 37.21644),
    "Marrakesh": (31.63416, -7.99994), "Agadir": (30.42018, -9.59815), "Fes": (34.03313, -5.00028),
    "Hanoi": (21.0245, 105.84117), "Da Nang": (16.06778, 108.22083),
    "Chiang Mai": (18.79038, 98.98468), "Bangkok": (13.75398, 100.50144),
    "Colombo": (6.93548, 79.84868), "Kandy": (7.2906, 80.6336), "Jaffna": (9.66845, 80.00742),
    "Tashkent": (41.26465, 69.21627), "Samarkand": (39.65456, 66.96445), "Bukhara": (39.77026, 64.43069),
    "Chengdu": (30.66667, 104.06667), "Chongqing": (29.56026, 106.55771),
    "Kathmandu": (27.70169, 85.3206), "Pokhara": (28.26689, 83.96851),
    "Izmir": (38.41273, 27.13838), "Antalya": (36.90812, 30.69556), "Ankara": (39.91987, 32.85427),
    "Jeddah": (21.49012, 39.18624), "Riyadh": (24.68773, 46.72185),
    "Amman": (31.95522, 35.94503), "Aqaba": (29.52667, 35.00778),
    "Porto": (41.1485, -8.61097), "Lisbon": (38.72509, -9.1498), "Coimbra": (40.20686, -8.41996),
    "Naples": (40.85216, 14.26811), "Bari": (41.12066, 16.86982),
    "Oulu": (65.01236, 25.46816), "Tampere": (61.49911, 23.78712), "Helsinki": (60.16952, 24.93545),
    "Aberdeen": (57.14369, -2.09814), "Inverness": (57.47908, -4.22398), "Glasgow": (55.86515, -4.25763),
    "Belgrade": (44.80401, 20.46513), "Novi Sad": (45.25167, 19.83694),
    "Recife": (-8.05389, -34.88111), "Fortaleza": (-3.71722, -38.54306), "Salvador": (-12.97563, -38.49096),
    "La Paz": (-16.5, -68.15), "Santa Cruz": (-17.78629, -63.18117), "Cochabamba": (-17.38195, -66.15995),
    "Havana": (23.13302, -82.38304), "Santiago de Cuba": (20.02287, -75.82171),
    "Denver": (39.73915, -104.9847), "Salt Lake City": (40.76078, -111.89105),
    "Houston": (29.76328, -95.36327), "San Antonio": (29.42412, -98.49363),
    "Suva": (-18.13683, 178.42531), "Nadi": (-17.80309, 177.41617),
    "Hobart": (-42.87936, 147.32941), "Launceston": (-41.43876, 147.13467),
    "Auckland": (-36.84853, 174.76349), "Wellington": (-41.28664, 174.77557),
    "Rostock": (54.0887, 12.14049), "Schwerin": (53.62937, 11.41316), "Kiel": (54.32133, 10.13489),
}
# fmt: on

R = Row
# fmt: off
EN = [
    # class 3: a descriptive noun phrase, `we`
    R("en", "Gale-force winds battered Beira on Tuesday; the port city lies some 720 km north-east of Maputo.", "720 km", "Beira", "Maputo", "consistent"),
    R("en", "Fighting has reached Port Sudan. The city, about 670 km north-east of Khartoum, had been spared until now.", "670 km", "Port Sudan", "Khartoum", "consistent"),
    R("en", "Protesters gathered in Kandy on Friday. The hill city lies only 40 km from Colombo, police said.", "40 km", "Kandy", "Colombo", "inconsistent"),
    R("en", "Salvador was declared a disaster zone; the capital of Bahia state lies roughly 670 km south-west of Recife.", "670 km", "Salvador", "Recife", "consistent"),
    R("en", '"We are barely 60 km from Nadi and the water keeps rising," a resident of Suva said.', "60 km", "Suva", "Nadi", "inconsistent"),
    R("en", 'HOBART (geomap) - "We are a good 160 km from Launceston, and the fires are between us," the premier said.', "160 km", "Hobart", "Launceston", "consistent"),
    R("en", "Ndola's mayor called for help. The copper town is about 270 km north of Lusaka.", "270 km", "Ndola", "Lusaka", "consistent"),
    R("en", "Kumasi, the capital of the Ashanti region, lies some 200 km north-west of Accra.", "200 km", "Kumasi", "Accra", "consistent"),
    R("en", "Rioting spread to Chiang Mai. The capital of the northern province is about 580 km north of Bangkok.", "580 km", "Chiang Mai", "Bangkok", "consistent"),
    # class 4: the reference before the number, implicit, or in a chain of prepositions
    R("en", "DAKAR (geomap) - Saint-Louis, about 180 km to the north-east, was flooded on Monday.", "180 km", "Saint-Louis", "Dakar", "consistent"),
    R("en", "LAUNCESTON, Tasmania (geomap) - Bushfires threatened Hobart, some 160 km to the south, on Sunday.", "160 km", "Hobart", "Launceston", "consistent"),
    R("en", "Floods hit Recife on Monday. Thousands were evacuated from the river banks. Fortaleza, some 630 km further north-west, was also hit.", "630 km", "Fortaleza", "Recife", "consistent"),
    R("en", "From Denver, the convoy drove about 600 km west to Salt Lake City.", "600 km", "Salt Lake City", "Denver", "consistent", None, True),
    R("en", "Seen from Porto, Lisbon lies roughly 275 km to the south.", "275 km", "Lisbon", "Porto", "consistent"),
    R("en", "From Havana, Santiago de Cuba is about 1,200 km away.", "1,200 km", "Santiago de Cuba", "Havana", "inconsistent"),
    R("en", "The landslide buried a village in the hills above Pokhara, some 145 km west of Kathmandu.", "145 km", "Pokhara", "Kathmandu", "consistent"),
    R("en", "AUCKLAND (geomap) - Wellington, some 490 km to the south, was shaken by a strong earthquake.", "490 km", "Wellington", "Auckland", "consistent"),
    R("en", "Wildfires raged near Tampere. Further south, some 160 km away, Helsinki was covered in smoke.", "160 km", "Helsinki", "Tampere", "consistent"),
    R("en", "Storms hit Glasgow overnight. Power lines were down across the region. Inverness, about 300 km further north, lost power too.", "300 km", "Inverness", "Glasgow", "inconsistent"),
    R("en", "COCHABAMBA, Bolivia (geomap) - La Paz, some 230 km to the north-west, ran short of fuel.", "230 km", "La Paz", "Cochabamba", "consistent"),
    # class 8: a relative clause after a new place
    R("en", "Aid flew to Kumasi and to Tamale, which lies about 430 km north of Accra.", "430 km", "Tamale", "Accra", "consistent"),
    R("en", "The bishop travelled from Belgrade to Novi Sad, which is some 70 km north-west of the capital.", "70 km", "Novi Sad", "Belgrade", "consistent"),
    R("en", "Rescue teams arrived in Livingstone, which lies about 600 km south-west of Lusaka.", "600 km", "Livingstone", "Lusaka", "inconsistent"),
    R("en", "Flights were diverted to Aqaba, which is about 285 km south of Amman.", "285 km", "Aqaba", "Amman", "consistent"),
    R("en", "Stores closed in Houston and in San Antonio, which lies some 300 km to the west.", "300 km", "San Antonio", "Houston", "consistent"),
    # class 1: a region between the place and its apposition
    R("en", "Beira, Mozambique, some 700 km south-west of Nampula, was hit hardest.", "700 km", "Beira", "Nampula", "consistent"),
    R("en", "Douala, Cameroon, about 400 km west of Yaoundé, ran out of fuel.", "400 km", "Douala", "Yaounde", "inconsistent"),
    R("en", "Ships were held at Jeddah, on the Red Sea, some 850 km west of Riyadh.", "850 km", "Jeddah", "Riyadh", "consistent"),
    R("en", "The plane landed in Jaffna, in the far north, about 300 km from Colombo.", "300 km", "Jaffna", "Colombo", "consistent"),
    R("en", "Da Nang, central Vietnam, some 600 km south of Hanoi, reported flooding.", "600 km", "Da Nang", "Hanoi", "consistent"),
    # other wording of the rules this table prompted
    R("en", "Douala (Cameroon), about 200 km west of Yaoundé, ran out of fuel.", "200 km", "Douala", "Yaounde", "consistent"),
    R("en", "SUVA, Fiji, Dec 4 (Reuters) - Nadi, some 110 km to the west, was flooded.", "110 km", "Nadi", "Suva", "consistent"),
    R("en", "Floods hit Recife. Further north-west, about 630 km away, Fortaleza was also hit.", "630 km", "Fortaleza", "Recife", "consistent"),
    R("en", "MARRAKESH (geomap) - Agadir, some 200 km to the south-west on the coast, also reported damage.", "200 km", "Agadir", "Marrakesh", "consistent"),
    R("en", "Bukhara was hit first. To the east, some 220 km away, Samarkand also reported damage.", "220 km", "Samarkand", "Bukhara", "consistent"),
    R("en", "DAKAR (geomap) - To the north-east, about 400 km away, Saint-Louis was flooded.", "400 km", "Saint-Louis", "Dakar", "inconsistent"),
    R("en", "Aid reached Nampula on Monday. From there, the convoy drove some 700 km south-west to Beira.", "700 km", "Beira", "Nampula", "consistent", "route", True),
    R("en", "Rescuers reached Denver. From there, they drove about 1,100 km west to Salt Lake City.", "1,100 km", "Salt Lake City", "Denver", "inconsistent", "route", True),
    R("en", "Ships sailed from Jeddah, on the Red Sea, to Port Sudan, some 300 km to the south-west.", "300 km", "Port Sudan", "Jeddah", "consistent"),
    R("en", "Trucks drove from Nampula, in the north, to Beira, some 400 km to the south-west.", "400 km", "Beira", "Nampula", "inconsistent"),
]

DE = [
    # Klasse 3: eine beschreibende Nominalphrase, „wir“
    R("de", "Starke Regenfälle trafen Nampula. Die Stadt liegt rund 700 Kilometer nordöstlich von Beira.", "700 Kilometer", "Nampula", "Beira", "consistent"),
    R("de", "Die Polizei räumte den Hafen von Aqaba; die Hafenstadt liegt knapp 290 Kilometer südlich von Amman.", "290 Kilometer", "Aqaba", "Amman", "consistent"),
    R("de", "In Salvador fiel der Strom aus. Die Hauptstadt des Bundesstaats Bahia liegt gut 670 Kilometer südwestlich von Recife.", "670 Kilometer", "Salvador", "Recife", "consistent"),
    R("de", "Proteste erreichten Samarkand. Die Hauptstadt der gleichnamigen Provinz liegt etwa 500 Kilometer südwestlich von Taschkent.", "500 Kilometer", "Samarkand", "Tashkent", "inconsistent"),
    R("de", "„Wir sind nur 70 Kilometer von Rostock entfernt“, sagte der Bürgermeister von Schwerin.", "70 Kilometer", "Schwerin", "Rostock", "consistent"),
    R("de", "KIEL (geomap) – „Wir liegen gut 300 Kilometer von Rostock entfernt“, sagte ein Sprecher.", "300 Kilometer", "Kiel", "Rostock", "inconsistent"),
    R("de", "Die Feuerwehr rückte nach Coimbra aus. Die Universitätsstadt liegt rund 105 Kilometer südlich von Porto.", "105 Kilometer", "Coimbra", "Porto", "consistent"),
    R("de", "Chongqing meldete Rekordhitze. Die Metropole liegt etwa 270 Kilometer südöstlich von Chengdu.", "270 Kilometer", "Chongqing", "Chengdu", "consistent"),
    R("de", "Kandy, die Hauptstadt der Zentralprovinz, liegt rund 95 Kilometer nordöstlich von Colombo.", "95 Kilometer", "Kandy", "Colombo", "consistent"),
    # Klasse 4: der Bezug vor der Zahl, implizit oder in einer Kette von Präpositionen
    R("de", "MARRAKESCH (geomap) – Agadir, rund 200 Kilometer südwestlich an der Küste, meldete ebenfalls Schäden.", "200 Kilometer", "Agadir", "Marrakesh", "consistent"),
    R("de", "FES (geomap) – Auch in Marrakesch, etwa 390 Kilometer südwestlich, bebte die Erde.", "390 Kilometer", "Marrakesh", "Fes", "consistent"),
    R("de", "Von Aberdeen aus sind es rund 130 Kilometer bis Inverness.", "130 Kilometer", "Inverness", "Aberdeen", "consistent", None, True),
    R("de", "Von Lusaka aus fuhren die Helfer rund 270 Kilometer nach Norden bis Ndola.", "270 Kilometer", "Ndola", "Lusaka", "consistent", None, True),
    R("de", "Das Hochwasser traf zuerst Buchara. Die Behörden riefen den Notstand aus. Rund 220 Kilometer weiter östlich wurde auch Samarkand überflutet.", "220 Kilometer", "Samarkand", "Bukhara", "consistent"),
    R("de", "In Tampere brannte ein Lagerhaus. Die Rauchwolke war weithin sichtbar. Weiter nördlich, rund 400 Kilometer entfernt, meldete auch Oulu Brände.", "400 Kilometer", "Oulu", "Tampere", "consistent"),
    R("de", "HOBART (geomap) – In Launceston, rund 260 Kilometer nördlich, fiel der Strom aus.", "260 Kilometer", "Launceston", "Hobart", "inconsistent"),
    R("de", "Ein Erdrutsch verschüttete ein Dorf in den Hügeln oberhalb von Pokhara, rund 145 Kilometer westlich von Kathmandu.", "145 Kilometer", "Pokhara", "Kathmandu", "consistent"),
    R("de", "Knapp 70 Kilometer nordwestlich von Belgrad bebte in Novi Sad die Erde.", "70 Kilometer", "Novi Sad", "Belgrade", "consistent"),
    R("de", "Von Havanna aus gesehen liegt Santiago de Cuba gut 760 Kilometer südöstlich.", "760 Kilometer", "Santiago de Cuba", "Havana", "consistent"),
    # Klasse 8: ein Relativsatz nach einem neuen Ort
    R("de", "Hilfsgüter kamen aus Kiel und von Schwerin, das rund 70 Kilometer südwestlich von Rostock liegt.", "70 Kilometer", "Schwerin", "Rostock", "consistent"),
    R("de", "Auch in Izmir, das rund 520 Kilometer westlich von Ankara liegt, bebte die Erde.", "520 Kilometer", "Izmir", "Ankara", "consistent"),
    R("de", "Flüchtlinge kamen aus Buchara, das etwa 220 Kilometer westlich von Samarkand liegt.", "220 Kilometer", "Bukhara", "Samarkand", "consistent"),
    R("de", "Der Zug fuhr von Neapel nach Bari, das rund 400 Kilometer östlich von Neapel liegt.", "400 Kilometer", "Bari", "Naples", "inconsistent"),
    R("de", "Die Feuerwehr schickte Teams nach Tampere und nach Oulu, das rund 540 Kilometer nördlich von Helsinki liegt.", "540 Kilometer", "Oulu", "Helsinki", "consistent"),
    R("de", "In La Paz und in Santa Cruz de la Sierra, das rund 550 Kilometer östlich von Cochabamba liegt, blieben die Schulen geschlossen.", "550 Kilometer", "Santa Cruz", "Cochabamba", "inconsistent"),
    # Klasse 1: Appositionen nach einer Dativphrase, eine Region zwischen Ort und Apposition
    R("de", "Nach einem Erdrutsch in Jaffna, rund 300 Kilometer nördlich von Colombo, wurden Straßen gesperrt.", "300 Kilometer", "Jaffna", "Colombo", "consistent"),
    R("de", "In einer Fabrik in Douala, etwa 200 Kilometer westlich von Yaoundé, brach ein Feuer aus.", "200 Kilometer", "Douala", "Yaounde", "consistent"),
    R("de", "Mit einem Konvoi aus Livingstone, rund 370 Kilometer südwestlich von Lusaka, kamen Ärzte.", "370 Kilometer", "Livingstone", "Lusaka", "consistent"),
    R("de", "Da Nang in Zentralvietnam, gut 600 Kilometer südlich von Hanoi, meldete Überschwemmungen.", "600 Kilometer", "Da Nang", "Hanoi", "consistent"),
    R("de", "Antalya an der türkischen Riviera, rund 100 Kilometer südwestlich von Ankara, meldete Waldbrände.", "100 Kilometer", "Antalya", "Ankara", "inconsistent"),
    R("de", "Chiang Mai im Norden Thailands, rund 580 Kilometer nördlich von Bangkok, meldete Smog.", "580 Kilometer", "Chiang Mai", "Bangkok", "consistent"),
    # andere Wortlaute der Regeln, die diese Tabelle anstieß
    R("de", "Rund 200 Kilometer südwestlich von Marrakesch kam es in Agadir zu Überschwemmungen.", "200 Kilometer", "Agadir", "Marrakesh", "consistent"),
    R("de", "Gut 700 Kilometer nordöstlich von Beira brannte es bei Nampula.", "700 Kilometer", "Nampula", "Beira", "consistent"),
    R("de", "Beira, Mosambik, rund 400 Kilometer südwestlich von Nampula, meldete Schäden.", "400 Kilometer", "Beira", "Nampula", "inconsistent"),
    R("de", "Die Hilfe erreichte Nampula. Von dort aus fuhr der Konvoi rund 700 Kilometer südwestlich nach Beira.", "700 Kilometer", "Beira", "Nampula", "consistent", "route", True),
    R("de", "Zuerst brannte es in Tampere. Weiter südlich, knapp 160 Kilometer entfernt, lag Helsinki im Rauch.", "160 Kilometer", "Helsinki", "Tampere", "consistent"),
    R("de", "HOBART, Tasmanien (geomap) – Launceston, rund 160 Kilometer nördlich, meldete Stromausfälle.", "160 Kilometer", "Launceston", "Hobart", "consistent"),
    R("de", "Die Schiffe fuhren von Dschidda, am Roten Meer, nach Port Sudan, rund 300 Kilometer südwestlich.", "300 Kilometer", "Port Sudan", "Jeddah", "consistent"),
]
# fmt: on

ROWS = EN + DE

#: rows (by text, or by text and quantity) that fail for a known reason (strict: they must
#: fail)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_the_table_is_balanced_and_honest() -> None:
    """At least 50 rows, half in each language, and at least a sixth of them false."""
    assert_balanced(EN, DE, at_least=50)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)
