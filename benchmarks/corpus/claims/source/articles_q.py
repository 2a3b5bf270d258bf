# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch Q (written for geomap by a helper session, 2026-12-03, h-claims8; not
copied from any news source). DEV: written with its gold (places, coordinates from general
knowledge, stated directions, meant truth) before geomap was run on it, in long wire
sentences dense in issue 15's classes 1, 3, 4 and 11: appositions holding numbers,
heights, populations and relative clauses; descriptive references of every kind (`the
regional capital`, `the state capital`, `the mining town`, `die Grenzstadt`, `das
Grenzstädtchen`, `die Inselhauptstadt`, `der Gipfel`, `die Oasenstadt`, `the volcano`,
`we`); references before the number, implicit dateline origins and `flussabwärts`; summits
as points, flight nouns and vague quantities (`a few hundred kilometres`, `dozens of
kilometres`, `einige Dutzend Kilometer`, `mehrere hundert Kilometer`), from regions the
corpus lacked: Guyana and Suriname, the Azores, Kamchatka, Chad, Tasmania and Bhutan.
Coordinates are kept here under `q_` keys so that the batch touches no other source file."""

from places import PLACES, A, P, c  # noqa: F401

PLACES.update(
    {
        "q_georgetown": ("Georgetown", 6.8013, -58.1551, "city", "GY"),
        "q_linden": ("Linden", 5.9970, -58.3020, "city", "GY"),
        "q_newamsterdam": ("New Amsterdam", 6.2491, -57.5154, "city", "GY"),
        "q_bartica": ("Bartica", 6.4070, -58.6250, "city", "GY"),
        "q_lethem": ("Lethem", 3.3803, -59.7939, "city", "GY"),
        "q_kaieteur": ("Kaieteur Falls", 5.1750, -59.4800, "landmark", "GY"),
        "q_paramaribo": ("Paramaribo", 5.8520, -55.2038, "city", "SR"),
        "q_nickerie": ("Nieuw Nickerie", 5.9261, -56.9731, "city", "SR"),
        "q_albina": ("Albina", 5.4970, -54.0544, "city", "SR"),
        "q_pontadelgada": ("Ponta Delgada", 37.7412, -25.6756, "city", "PT"),
        "q_angra": ("Angra do Heroísmo", 38.6548, -27.2207, "city", "PT"),
        "q_horta": ("Horta", 38.5323, -28.6263, "city", "PT"),
        "q_pico": ("Pico", 38.4685, -28.3993, "mountain", "PT"),
        "q_velas": ("Velas", 38.6800, -28.2080, "city", "PT"),
        "q_furnas": ("Furnas", 37.7730, -25.3180, "city", "PT"),
        "q_vilaporto": ("Vila do Porto", 36.9442, -25.1446, "city", "PT"),
        "q_lisbon": ("Lisbon", 38.7223, -9.1393, "city", "PT"),
        "q_pkam": ("Petropavlovsk-Kamchatsky", 53.0452, 158.6483, "city", "RU"),
        "q_klyuchevskaya": ("Klyuchevskaya Sopka", 56.0564, 160.6381, "mountain", "RU"),
        "q_klyuchi": ("Klyuchi", 56.3167, 160.8500, "city", "RU"),
        "q_ustkam": ("Ust-Kamchatsk", 56.2170, 162.4830, "city", "RU"),
        "q_yelizovo": ("Yelizovo", 53.1873, 158.3810, "city", "RU"),
        "q_shiveluch": ("Shiveluch", 56.6530, 161.3600, "mountain", "RU"),
        "q_esso": ("Esso", 55.9290, 158.7000, "city", "RU"),
        "q_magadan": ("Magadan", 59.5600, 150.8000, "city", "RU"),
        "q_ndjamena": ("N'Djamena", 12.1348, 15.0557, "city", "TD"),
        "q_abeche": ("Abéché", 13.8292, 20.8324, "city", "TD"),
        "q_adre": ("Adré", 13.4667, 22.2000, "city", "TD"),
        "q_geneina": ("El Geneina", 13.4525, 22.4473, "city", "SD"),
        "q_moundou": ("Moundou", 8.5667, 16.0833, "city", "TD"),
        "q_sarh": ("Sarh", 9.1429, 18.3923, "city", "TD"),
        "q_bol": ("Bol", 13.4586, 14.7147, "city", "TD"),
        "q_faya": ("Faya-Largeau", 17.9257, 19.1043, "city", "TD"),
        "q_emikoussi": ("Emi Koussi", 19.7930, 18.5450, "mountain", "TD"),
        "q_hobart": ("Hobart", -42.8821, 147.3272, "city", "AU"),
        "q_queenstown": ("Queenstown", -42.0800, 145.5550, "city", "AU"),
        "q_strahan": ("Strahan", -42.1530, 145.3280, "city", "AU"),
        "q_launceston": ("Launceston", -41.4332, 147.1441, "city", "AU"),
        "q_devonport": ("Devonport", -41.1770, 146.3510, "city", "AU"),
        "q_cradle": ("Cradle Mountain", -41.6850, 145.9510, "mountain", "AU"),
        "q_melbourne": ("Melbourne", -37.8136, 144.9631, "city", "AU"),
        "q_portarthur": ("Port Arthur", -43.1460, 147.8510, "locality", "AU"),
        "q_sthelens": ("St Helens", -41.3200, 148.2400, "city", "AU"),
        "q_thimphu": ("Thimphu", 27.4728, 89.6390, "city", "BT"),
        "q_punakha": ("Punakha", 27.5910, 89.8770, "city", "BT"),
        "q_wangdue": ("Wangdue Phodrang", 27.4860, 89.8990, "city", "BT"),
        "q_trongsa": ("Trongsa", 27.5030, 90.5060, "city", "BT"),
        "q_paro": ("Paro", 27.4305, 89.4133, "city", "BT"),
        "q_jomolhari": ("Jomolhari", 27.8270, 89.2710, "mountain", "BT"),
        "q_phuentsholing": ("Phuentsholing", 26.8516, 89.3884, "city", "BT"),
        "q_siliguri": ("Siliguri", 26.7271, 88.3953, "city", "IN"),
        "q_gelephu": ("Gelephu", 26.8700, 90.4850, "city", "BT"),
        "q_jakar": ("Jakar", 27.5490, 90.7520, "city", "BT"),
        "q_gangkhar": ("Gangkhar Puensum", 28.0470, 90.4550, "mountain", "BT"),
    }
)

ARTICLES = [
    A(
        "en-guyana-floods",
        "en",
        "2026-06-18",
        "dev",
        """
Floods cut off Guyana's interior

GEORGETOWN, Guyana, June 18 (geomap) - Torrential rain that dumped 300 mm on the coast in 48 hours has flooded large parts of Guyana and neighbouring Suriname, officials said on Thursday. Linden, the bauxite-mining town of about 27,000 people on the Demerara River, some {a} km south of the capital, was cut off when the highway washed out. New Amsterdam – a town of 17,000 founded by the Dutch in 1740 and roughly {b} km south-east of Georgetown – lost power for 12 hours. The mining town of Bartica, where the Essequibo meets the Mazaruni, lies about {c} km to the south-west, and its only road was under a metre of water. In Lethem, the border town on the Takutu River, about {d} km south-west of the capital, the airstrip was closed. Kaieteur Falls, the 226-metre single drop that draws 7,000 visitors a year, lies some {e} km from Georgetown and was closed to tourist flights. Across the border, Paramaribo, the Surinamese capital, which lies about {f} km east of Georgetown, reported 150 mm of rain in a day. Nieuw Nickerie, the rice town near the mouth of the Corantijn, is some {g} km west of the city, and Albina, on the river that marks the border with French Guiana, lies a few hundred kilometres east of Georgetown. "We are only {h} km from the capital and nobody has come," a farmer in Linden said.
""",
        [
            c(3, "some {a} km", "point", P("Linden", "q_linden"), P("the capital", "q_georgetown"), d="S", note="apposition with a number, the reference a capital phrase (the dateline's country)"),
            c(1, "roughly {b} km", "point", P("New Amsterdam", "q_newamsterdam"), P("Georgetown", "q_georgetown", 0), d="SE", want=False, note="apposition between dashes with a number, a year and the claim"),
            c(4, "about {c} km", "point", P("Bartica", "q_bartica"), P("(dateline) GEORGETOWN", "q_georgetown"), d="SW", note="`The mining town of X`, a relative clause, implicit dateline reference"),
            c(3, "about {d} km", "point", P("Lethem", "q_lethem"), P("the capital", "q_georgetown", 1), d="SW", note="fronted place with an apposition, the reference a capital phrase"),
            c(1, "some {e} km", "point", P("Kaieteur Falls", "q_kaieteur"), P("Georgetown", "q_georgetown", 1), want=False, note="apposition with a height and a number of visitors"),
            c(1, "about {f} km", "point", P("Paramaribo", "q_paramaribo"), P("Georgetown", "q_georgetown", 2), d="E", note="capital apposition and a relative clause after a fronted phrase"),
            c(3, "some {g} km", "point", P("Nieuw Nickerie", "q_nickerie"), P("the city", "q_paramaribo"), d="W", note="`the city`: the city named last before, in the previous sentence"),
            c(11, "a few hundred kilometres", "point", P("Albina", "q_albina"), P("Georgetown", "q_georgetown", 3), d="E", vague=(200, 900), note="vague quantity after a coordinated subject with a long apposition"),
            c(3, "only {h} km", "point", P("We", "q_linden"), P("the capital", "q_georgetown", 2), want=False, note="first person in a quote, the speaker's place in the attribution"),
        ],
        [
            ("300 mm", "rainfall"),
            ("48 hours", "duration"),
            ("27,000 people", "population"),
            ("17,000", "population"),
            ("12 hours", "duration"),
            ("226-metre", "height of the falls"),
            ("7,000 visitors", "visitors"),
            ("150 mm", "rainfall"),
        ],
    ),
    A(
        "de-azoren-beben",
        "de",
        "2026-03-09",
        "dev",
        """
Erdbebenserie erschüttert die Azoren

PONTA DELGADA, Portugal, 9. März (geomap) – Mehr als 200 Erdbeben haben in der Nacht zum Montag die Azoren erschüttert, das stärkste hatte eine Magnitude von 4,6 und lag in zehn Kilometern Tiefe. Am schwersten traf es Angra do Heroísmo, die alte Hauptstadt der Insel Terceira mit rund 35.000 Einwohnern, die gut {a} Kilometer nordwestlich von Ponta Delgada liegt. Horta auf Faial – ein Hafen, in dem jedes Jahr 1.200 Segelyachten festmachen, und rund {b} Kilometer westlich von Ponta Delgada – meldete Risse in der Kaimauer. Der Pico, mit 2.351 Metern der höchste Berg Portugals, liegt nur rund {c} Kilometer östlich von Horta auf der Nachbarinsel. Velas auf São Jorge, nur einige Dutzend Kilometer nordöstlich des Gipfels, meldete Steinschlag. In Furnas, rund {e} Kilometer östlich, rutschten zwei Hänge ab, 300 Menschen verbrachten die Nacht in einer Turnhalle. Vila do Porto, der Hauptort der Insel Santa Maria, etwa {f} Kilometer südöstlich von Ponta Delgada, blieb ruhig. Die Inselhauptstadt liegt knapp {g} Kilometer westlich von Lissabon, von dort startete am Morgen eine Maschine mit Geologen. Ein Hubschrauber der Luftwaffe, der in Ponta Delgada gestartet war, landete nach rund {h} Kilometern Flug in Angra do Heroísmo.
""",
        [
            c(1, "gut {a} Kilometer", "point", P("Angra do Heroísmo", "q_angra"), P("Ponta Delgada", "q_pontadelgada", 0), d="NW", note="apposition with an island and a population, the claim in the relative clause after it"),
            c(1, "rund {b} Kilometer", "point", P("Horta", "q_horta"), P("Ponta Delgada", "q_pontadelgada", 1), d="W", want=False, note="apposition between dashes with a relative clause and the claim"),
            c(11, "rund {c} Kilometer", "point", P("Pico", "q_pico"), P("Horta", "q_horta", 1), d="E", note="a summit with its height in an apposition"),
            c(11, "einige Dutzend Kilometer", "point", P("Velas", "q_velas"), P("Gipfels", "q_pico"), d="NE", vague=(24, 99), note="vague quantity, the reference `des Gipfels`"),
            c(4, "rund {e} Kilometer", "point", P("Furnas", "q_furnas"), P("(dateline) PONTA DELGADA", "q_pontadelgada"), d="E", note="fronted place, implicit dateline reference"),
            c(1, "etwa {f} Kilometer", "point", P("Vila do Porto", "q_vilaporto"), P("Ponta Delgada", "q_pontadelgada", 2), d="SE", want=False, note="apposition naming an island, the claim in a second apposition"),
            c(3, "knapp {g} Kilometer", "point", P("Die Inselhauptstadt", "q_pontadelgada"), P("Lissabon", "q_lisbon"), d="W", note="`Die Inselhauptstadt`: the dateline"),
            c(11, "rund {h} Kilometern", "point", P("Ponta Delgada", "q_pontadelgada", 3), P("Angra do Heroísmo", "q_angra", 1), want=False, note="flight noun, the origin in a relative clause with `gestartet`"),
        ],
        [
            ("200 Erdbeben", "number of quakes"),
            ("zehn Kilometern Tiefe", "depth"),
            ("35.000 Einwohnern", "population"),
            ("1.200 Segelyachten", "yachts"),
            ("2.351 Metern", "altitude"),
            ("300 Menschen", "people"),
        ],
    ),
    A(
        "en-kamchatka-ash",
        "en",
        "2026-11-04",
        "dev",
        """
Kamchatka volcano sends ash 12 km high

PETROPAVLOVSK-KAMCHATSKY, Russia, Nov. 4 (geomap) - Klyuchevskaya Sopka, at 4,750 metres the highest active volcano in Eurasia, sent a column of ash 12 km into the sky on Tuesday, and aviation authorities raised the alert for the peninsula to red. The volcano, some {a} km north of the regional capital, has erupted 14 times since 2000. Klyuchi, a settlement of 4,500 people at the foot of the volcano and about {b} km from its summit, was covered in 8 cm of ash. Ust-Kamchatsk, the fishing port at the mouth of the Kamchatka River, roughly {c} km east of Klyuchi, closed its schools. Flights from Yelizovo airport, which lies just {d} km north-west of the city, to Moscow and Vladivostok were cancelled. Shiveluch, another volcano some {e} km north-east of Klyuchi, has also been restless. Esso, a village of hot springs in the central mountains, lies a few hundred kilometres north of Petropavlovsk-Kamchatsky. A relief plane from Magadan landed at Yelizovo after a flight of about {f} km across the Sea of Okhotsk. "We are more than {g} km from the volcano and still the cars are grey," a taxi driver in Petropavlovsk-Kamchatsky said.
""",
        [
            c(3, "some {a} km", "point", P("The volcano", "q_klyuchevskaya"), P("the regional capital", "q_pkam"), d="N", note="descriptive subject and a `regional capital` reference (the dateline)"),
            c(3, "about {b} km", "point", P("Klyuchi", "q_klyuchi"), P("summit", "q_klyuchevskaya"), note="apposition with a number, the reference `its summit`"),
            c(1, "roughly {c} km", "point", P("Ust-Kamchatsk", "q_ustkam"), P("Klyuchi", "q_klyuchi", 1), d="E", want=False),
            c(3, "just {d} km", "point", P("Yelizovo", "q_yelizovo"), P("the city", "q_pkam"), d="NW", want=False, note="`X airport`, a relative clause, `the city` = the dateline"),
            c(11, "some {e} km", "point", P("Shiveluch", "q_shiveluch"), P("Klyuchi", "q_klyuchi", 2), d="NE", want=False, note="a volcano as subject, with `another volcano` in apposition"),
            c(11, "a few hundred kilometres", "point", P("Esso", "q_esso"), P("Petropavlovsk-Kamchatsky", "q_pkam", 0), d="N", vague=(200, 900), note="vague quantity after an apposition"),
            c(11, "about {f} km", "point", P("Magadan", "q_magadan"), P("Yelizovo", "q_yelizovo", 1), note="flight noun after the landing, `across the Sea of Okhotsk`"),
            c(3, "more than {g} km", "point", P("We", "q_pkam"), P("the volcano", "q_klyuchevskaya", 1), note="first person in a quote, the reference a descriptive noun"),
        ],
        [
            ("4,750 metres", "altitude"),
            ("12 km into the sky", "ash column height"),
            ("14 times", "count"),
            ("4,500 people", "population"),
            ("8 cm", "ash depth"),
        ],
    ),
    A(
        "de-tschad-fluechtlinge",
        "de",
        "2026-04-22",
        "dev",
        """
Tschad: Flüchtlingslager an der Grenze zum Sudan überfüllt

N'DJAMENA, Tschad, 22. April (geomap) – Die Zahl der Flüchtlinge aus dem Sudan im Osten des Tschad ist nach UN-Angaben auf mehr als 600.000 gestiegen, bei Temperaturen von 45 Grad fehlt es vor allem an Wasser. Adré, ein Grenzort mit einst 40.000 Einwohnern, in dem heute mehr als 200.000 Menschen in Lagern leben, liegt rund {a} Kilometer östlich von Abéché. Das Grenzstädtchen ist von Geneina auf der sudanesischen Seite nur gut {d} Kilometer entfernt. Die Provinzhauptstadt Abéché – etwa {b} Kilometer östlich der Hauptstadt und mit dem Flugzeug in zwei Stunden erreichbar – ist die Drehscheibe der Hilfe. Auf der Straße erreicht man Abéché von N'Djamena aus erst nach rund {c} Kilometern, in der Regenzeit ist sie oft unpassierbar. Moundou, die zweitgrößte Stadt des Landes und Zentrum der Ölförderung im Süden, liegt rund {e} Kilometer südlich von N'Djamena. Von Moundou aus ist Sarh nach rund {f} Straßenkilometern erreicht. Bol am Ufer des Tschadsees, rund {h} Kilometer nördlich der Hauptstadt, meldet dagegen steigende Wasserstände. Faya-Largeau im Norden liegt mehrere hundert Kilometer von der Hauptstadt entfernt. Der Emi Koussi im Tibesti, mit 3.415 Metern der höchste Berg der Sahara, erhebt sich rund {g} Kilometer nördlich der Oasenstadt.
""",
        [
            c(1, "rund {a} Kilometer", "point", P("Adré", "q_adre"), P("Abéché", "q_abeche"), d="E", note="apposition with a number and a relative clause with another number"),
            c(3, "gut {d} Kilometer", "point", P("Das Grenzstädtchen", "q_adre"), P("Geneina", "q_geneina"), note="descriptive subject (the town named in the previous sentence), reference before the number"),
            c(3, "etwa {b} Kilometer", "point", P("Abéché", "q_abeche", 1), P("der Hauptstadt", "q_ndjamena"), d="E", want=False, note="descriptive noun + name, the claim between dashes, `der Hauptstadt` = the dateline"),
            c(4, "rund {c} Kilometern", "route", P("Abéché", "q_abeche", 2), P("N'Djamena", "q_ndjamena", 0), note="`erreicht man B von A aus nach rund N Kilometern` on the road: a route"),
            c(1, "rund {e} Kilometer", "point", P("Moundou", "q_moundou"), P("N'Djamena", "q_ndjamena", 1), d="S", note="apposition with an ordinal and a long genitive"),
            c(4, "rund {f} Straßenkilometern", "route", P("Sarh", "q_sarh"), P("Moundou", "q_moundou", 1), want=False, note="`Von A aus ist B nach N Straßenkilometern erreicht`"),
            c(3, "rund {h} Kilometer", "point", P("Bol", "q_bol"), P("der Hauptstadt", "q_ndjamena", 1), d="N", want=False, note="place with a lake phrase, the reference a capital phrase"),
            c(11, "mehrere hundert Kilometer", "point", P("Faya-Largeau", "q_faya"), P("der Hauptstadt", "q_ndjamena", 2), vague=(200, 900), note="vague quantity, the reference a capital phrase"),
            c(11, "rund {g} Kilometer", "point", P("Emi Koussi", "q_emikoussi"), P("der Oasenstadt", "q_faya", 1), d="N", note="a summit with its height in apposition, the reference `der Oasenstadt`"),
        ],
        [
            ("600.000", "refugees"),
            ("45 Grad", "temperature"),
            ("40.000 Einwohnern", "population"),
            ("200.000 Menschen", "people in camps"),
            ("zwei Stunden", "flight time"),
            ("3.415 Metern", "altitude"),
        ],
    ),
    A(
        "en-tasmania-fires",
        "en",
        "2026-01-28",
        "dev",
        """
Bushfires force evacuations on Tasmania's west coast

HOBART, Australia, Jan. 28 (geomap) – Bushfires that have burnt more than 90,000 hectares on Tasmania's west coast forced the evacuation of two towns on Wednesday, as temperatures reached 39 degrees. Queenstown, the old copper-mining town of about 1,800 people that sits among bare, poisoned hills, is some {a} km north-west of the state capital. Strahan, the harbour town where the Gordon River cruises start, roughly {b} km south-west of the mining town, was evacuated by boat. Launceston, the state's second city, about {c} km north of Hobart, sent 40 firefighters. Cradle Mountain, the 1,545-metre peak at the northern end of the national park, lies about {d} km south-west of Devonport, and walkers on the Overland Track were flown out. From Launceston, Devonport is roughly {e} km to the north-west. Two water bombers flew in from Melbourne to Launceston, a flight of some {f} km across Bass Strait. Port Arthur, the former convict settlement about {g} km south-east of the capital, stayed open. St Helens, a fishing town on the east coast, lies dozens of kilometres east of Launceston and sent its volunteers west.
""",
        [
            c(3, "some {a} km", "point", P("Queenstown", "q_queenstown"), P("the state capital", "q_hobart"), d="NW", note="apposition with a number and a relative clause, `the state capital` = the dateline"),
            c(3, "roughly {b} km", "point", P("Strahan", "q_strahan"), P("the mining town", "q_queenstown"), d="SW", note="`the mining town`: the town the previous sentence called so"),
            c(1, "about {c} km", "point", P("Launceston", "q_launceston"), P("Hobart", "q_hobart"), d="N", want=False),
            c(11, "about {d} km", "point", P("Cradle Mountain", "q_cradle"), P("Devonport", "q_devonport"), d="SW", note="a summit with its height in apposition"),
            c(4, "roughly {e} km", "point", P("Devonport", "q_devonport", 1), P("Launceston", "q_launceston", 1), d="NW", want=False, note="`From A, B is N km to the north-west`"),
            c(11, "some {f} km", "point", P("Melbourne", "q_melbourne"), P("Launceston", "q_launceston", 2), note="flight noun set off after the journey, `across Bass Strait`"),
            c(3, "about {g} km", "point", P("Port Arthur", "q_portarthur"), P("the capital", "q_hobart"), d="SE", want=False, note="`the capital` of a state story = the dateline"),
            c(11, "dozens of kilometres", "point", P("St Helens", "q_sthelens"), P("Launceston", "q_launceston", 3), d="E", vague=(24, 99), note="vague quantity after an apposition"),
        ],
        [
            ("90,000 hectares", "area burnt"),
            ("39 degrees", "temperature"),
            ("1,800 people", "population"),
            ("40 firefighters", "firefighters"),
            ("1,545-metre", "altitude"),
        ],
    ),
    A(
        "de-bhutan-gletschersee",
        "de",
        "2026-08-14",
        "dev",
        """
Gletschersee in Bhutan ausgebrochen

THIMPHU, Bhutan, 14. August (geomap) – Nach dem Ausbruch eines Gletschersees im Norden Bhutans haben die Behörden rund 3.000 Menschen im Tal des Puna Tsang Chhu in Sicherheit gebracht, der Pegel stieg binnen sechs Stunden um vier Meter. Punakha, die alte Hauptstadt mit ihrer Klosterburg aus dem 17. Jahrhundert, liegt rund {a} Kilometer nordöstlich von Thimphu. Wangdue Phodrang – knapp {b} Kilometer flussabwärts und mit 8.000 Einwohnern – wurde als Erstes gewarnt. Trongsa, dessen Dzong seit Jahrhunderten die einzige Straße zwischen Ost und West bewacht, liegt rund {h} Kilometer östlich von Wangdue Phodrang. Paro, wo der einzige internationale Flughafen des Landes liegt, ist von Thimphu rund {c} Kilometer entfernt. Der Jomolhari, mit 7.326 Metern einer der heiligsten Berge des Landes, erhebt sich gut {d} Kilometer nördlich von Paro. Phuentsholing, die Grenzstadt zu Indien, rund {e} Kilometer südlich der Hauptstadt, meldete Erdrutsche auf der Straße nach Thimphu. Das indische Siliguri liegt rund {f} Kilometer westlich der Grenzstadt. Ein in Paro gestarteter Hubschrauber der Armee landete nach rund {g} Kilometern Flug in Gelephu. Der Gangkhar Puensum, mit 7.570 Metern der höchste unbestiegene Berg der Welt, liegt nur einige Dutzend Kilometer nordwestlich von Jakar.
""",
        [
            c(1, "rund {a} Kilometer", "point", P("Punakha", "q_punakha"), P("Thimphu", "q_thimphu", 0), d="NE", note="apposition with a century"),
            c(4, "knapp {b} Kilometer", "point", P("Wangdue Phodrang", "q_wangdue"), P("Punakha", "q_punakha"), note="implicit reference: `flussabwärts` of the place named last, between dashes with a population"),
            c(1, "rund {h} Kilometer", "point", P("Trongsa", "q_trongsa"), P("Wangdue Phodrang", "q_wangdue", 1), d="E", want=False, note="a relative clause between subject and verb"),
            c(4, "rund {c} Kilometer", "point", P("Paro", "q_paro"), P("Thimphu", "q_thimphu", 1), want=False, note="relative clause, then the reference before the number"),
            c(11, "gut {d} Kilometer", "point", P("Jomolhari", "q_jomolhari"), P("Paro", "q_paro", 1), d="N", note="a summit with its height in apposition"),
            c(3, "rund {e} Kilometer", "point", P("Phuentsholing", "q_phuentsholing"), P("der Hauptstadt", "q_thimphu"), d="S", want=False, note="`die Grenzstadt zu Indien` apposition, `der Hauptstadt` = the dateline"),
            c(3, "rund {f} Kilometer", "point", P("Siliguri", "q_siliguri"), P("der Grenzstadt", "q_phuentsholing"), d="W", note="adjective + city, `der Grenzstadt` = the town called so before"),
            c(11, "rund {g} Kilometern", "point", P("Paro", "q_paro", 2), P("Gelephu", "q_gelephu"), note="flight noun, the origin a participle `in X gestartet`"),
            c(11, "einige Dutzend Kilometer", "point", P("Gangkhar Puensum", "q_gangkhar"), P("Jakar", "q_jakar"), d="NW", vague=(24, 99), note="vague quantity after a summit with its height"),
        ],
        [
            ("3.000 Menschen", "evacuated"),
            ("8.000 Einwohnern", "population"),
            ("7.326 Metern", "altitude"),
            ("7.570 Metern", "altitude"),
        ],
    ),
]
