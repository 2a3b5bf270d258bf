# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AH (written for geomap by a helper session, 2026-12-04, h-claims, thirteenth
session; not copied from any news source). DEV: plain wire copy written with its gold (places,
coordinates from general knowledge, stated directions, meant truth) before geomap was run on
it, from regions the corpus had few or none of (Cambodia's Tonle Sap and Mekong towns, the
Congolese Copperbelt with Zambia, the lower Colorado River in Nevada and Arizona, eastern Cuba,
Uruguay, eastern Crete), dense in issue 15's classes 3 and 4 in wording no dev batch had:
descriptive subjects and references (`the Cambodian capital`, `the town` after a semicolon,
`the border crossing`, `the river town`, `The dam`, `The city`, `The border town`, `the
Uruguayan capital`, `Die Bergbaustadt`, `der Provinzhauptstadt`, `der Grenzort`, `Die älteste
Stadt der Insel`, `Die Hafenstadt`, `der kubanischen Hauptstadt`, `Die Küstenstadt`, `der
Inselhauptstadt`, `Die Inselhauptstadt selbst`, `der Stadt`, `it`), and references before the
number, implicit or in a chain (`From A it is another N km by road to B`, `From A it is
another N km south to B`, `B, N km further west`, `B, the next provincial town upstream,
about N km away`, `the next town on the highway, lies about N km further on`, `B, about N km
to the east` from the dateline, `taken to B, about N km further north`, `Weitere N Kilometer
westlich liegt B`, `Rund N Kilometer östlich davon liegt B`, `B, von A aus gut N Kilometer
Richtung Osten`, `von A rund N Kilometer in südöstlicher Richtung`, `Bis nach B sind es von
dort weitere N Kilometer`, `von dort sind es noch gut N Kilometer bis B`, `B liegt von dort
gut N Kilometer entfernt`, `Im rund N Kilometer entfernten B`, `liegt von A aus gut N
Kilometer Richtung Nordwesten`). Its places are under `ah_` keys in `places.py`."""

from places import PLACES, A, Area, Border, Coast, P, c  # noqa: F401

ARTICLES = [
    A(
        "en-cambodia-tonle-sap-floods",
        "en",
        "2026-10-09",
        "dev",
        """
Floods swamp towns around Cambodia's great lake

PHNOM PENH, Oct. 9 (geomap) - Floodwater from the Mekong and the Tonle Sap lake has reached 62,000 homes in Cambodia and 14 people have drowned, the national disaster committee said on Friday. Kampong Chhnang, the worst-hit town, lies about {a} km north of the Cambodian capital. From Kampong Chhnang it is another {b} km by road to Pursat, where the water stood 1.2 metres deep in the market. The temple town of Siem Reap, which draws 2 million visitors a year, had its wettest September since 1994; the town lies some {c} km north-west of Phnom Penh. Battambang, {d} km further west, shut 120 schools. On the Mekong, the river at Kratie reached 22.6 metres. Stung Treng, the next provincial town upstream, about {e} km away, moved 300 families to higher ground. "Our people are tired," said a district official in Kampong Thom, about {f} km north of the capital. Lorries queued for 12 hours at Poipet; the border crossing, some {g} km north-west of Battambang, was closed on Thursday. A ministry spokesman said Kampot, which he put about {h} km south-west of Phnom Penh, had sent 20 boats.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("Kampong Chhnang", "ah_kampongchhnang"),
                P("the Cambodian capital", "ah_phnompenh"),
                d="N",
                note="`the Cambodian capital` as reference: the dateline's city, not yet named in the body",
            ),
            c(
                4,
                "another {b} km",
                "route",
                P("Pursat", "ah_pursat"),
                P("Kampong Chhnang", "ah_kampongchhnang", 1),
                note="`From A it is another N km by road to B`: a road length from the place before",
            ),
            c(
                3,
                "some {c} km",
                "point",
                P("the town", "ah_siemreap"),
                P("Phnom Penh", "ah_phnompenh"),
                d="NW",
                note="`The temple town of A, ...; the town lies N km ...`: `the town` after a semicolon is the place the clause before named",
            ),
            c(
                4,
                "{d} km",
                "point",
                P("Battambang", "ah_battambang"),
                P("Siem Reap", "ah_siemreap"),
                d="W",
                want=False,
                note="`B, N km further west`: the reference is the place of the sentence before",
            ),
            c(
                4,
                "about {e} km",
                "point",
                P("Stung Treng", "ah_stungtreng"),
                P("Kratie", "ah_kratie"),
                note="`B, the next provincial town upstream, about N km away`: the reference is the town named in the sentence before",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("Kampong Thom", "ah_kampongthom"),
                P("the capital", "ah_phnompenh"),
                d="N",
                note="a place after a speech verb; `the capital` is the dateline's national capital",
            ),
            c(
                3,
                "some {g} km",
                "point",
                P("the border crossing", "ah_poipet"),
                P("Battambang", "ah_battambang", 1),
                d="NW",
                note="`at A; the border crossing, some N km ...`: the descriptive subject is the place the clause before named",
            ),
            c(
                8,
                "about {h} km",
                "point",
                P("Kampot", "ah_kampot"),
                P("Phnom Penh", "ah_phnompenh", 1),
                d="SW",
                want=False,
                note="`A, which he put about N km south-west of B`: a relative clause after a speech verb",
            ),
        ],
        [
            ("62,000 homes", "count"),
            ("14 people", "deaths"),
            ("1.2 metres", "water depth"),
            ("2 million visitors", "count"),
            ("1994", "year"),
            ("120 schools", "count"),
            ("22.6 metres", "river level"),
            ("300 families", "count"),
            ("12 hours", "duration"),
            ("20 boats", "count"),
        ],
    ),
    A(
        "de-kongo-kupferguertel-cholera",
        "de",
        "2026-03-03",
        "dev",
        """
Cholera breitet sich im Kupfergürtel des Kongo aus

LUBUMBASHI, 3. März (geomap) – Im Süden der Demokratischen Republik Kongo sind binnen 14 Tagen 86 Menschen an der Cholera gestorben, mehr als 1.900 erkrankten. Am schwersten betroffen ist Likasi. Die Bergbaustadt liegt von der Provinzhauptstadt aus gut {a} Kilometer Richtung Nordwesten. Weitere {b} Kilometer westlich liegt Kolwezi, wo 2 Krankenhäuser keine Betten mehr frei haben. Rund {c} Kilometer östlich davon liegt Fungurume; eine Kupfermine dort schickte 500 Arbeiter nach Hause. Auch Kipushi meldete Fälle; der Grenzort liegt nur knapp {d} Kilometer westlich von Lubumbashi. An der Grenze zu Sambia stauten sich 3.000 Lastwagen in Kasumbalesa, von Lubumbashi rund {e} Kilometer in südöstlicher Richtung. Das sambische Kitwe, das nach Angaben eines Sprechers rund {f} Kilometer südöstlich von Kasumbalesa liegt, schloss seine Märkte. Lubumbashi liegt auf 1.230 Metern Höhe; die Stadt zählte 41 neue Fälle. Kasenga am Luapula, rund {g} Kilometer nordöstlich der Stadt, meldete die ersten Fälle.
""",
        [
            c(
                3,
                "gut {a} Kilometer",
                "point",
                P("Die Bergbaustadt", "ah_likasi"),
                P("der Provinzhauptstadt", "ah_lubumbashi"),
                d="NW",
                note="`Die Bergbaustadt liegt von der Provinzhauptstadt aus gut N Kilometer Richtung Nordwesten`: both ends descriptive; the subject is the town of the sentence before, the reference the dateline (Haut-Katanga's seat), before the number",
            ),
            c(
                4,
                "Weitere {b} Kilometer",
                "point",
                P("Kolwezi", "ah_kolwezi"),
                P("Likasi", "ah_likasi"),
                d="W",
                note="`Weitere N Kilometer westlich liegt B`: fronted, the reference is the place of the sentences before",
            ),
            c(
                4,
                "Rund {c} Kilometer",
                "point",
                P("Fungurume", "ah_fungurume"),
                P("davon", "ah_kolwezi"),
                d="E",
                want=False,
                note="`Rund N Kilometer östlich davon liegt B`: `davon` is the place the sentence before ended with",
            ),
            c(
                3,
                "knapp {d} Kilometer",
                "point",
                P("der Grenzort", "ah_kipushi"),
                P("Lubumbashi", "ah_lubumbashi"),
                d="W",
                note="`Auch A meldete Fälle; der Grenzort liegt ...`: a descriptive subject after a semicolon",
            ),
            c(
                4,
                "rund {e} Kilometer",
                "point",
                P("Kasumbalesa", "ah_kasumbalesa"),
                P("Lubumbashi", "ah_lubumbashi", 1),
                d="SE",
                note="`A, von B rund N Kilometer in südöstlicher Richtung`: the reference before the number, the direction after",
            ),
            c(
                7,
                "rund {f} Kilometer",
                "point",
                P("Kitwe", "ah_kitwe"),
                P("Kasumbalesa", "ah_kasumbalesa", 1),
                d="SE",
                want=False,
                note="`Das sambische A, das nach Angaben eines Sprechers rund N Kilometer ... liegt`",
            ),
            c(
                3,
                "rund {g} Kilometer",
                "point",
                P("Kasenga", "ah_kasenga"),
                P("der Stadt", "ah_lubumbashi"),
                d="NE",
                note="`der Stadt` for the city of the sentence before (Lubumbashi), with a river named between",
            ),
        ],
        [
            ("14 Tagen", "duration"),
            ("86 Menschen", "deaths"),
            ("1.900", "cases"),
            ("2 Krankenhäuser", "count"),
            ("500 Arbeiter", "count"),
            ("3.000 Lastwagen", "count"),
            ("1.230 Metern", "altitude"),
            ("41 neue Fälle", "cases"),
        ],
    ),
    A(
        "en-colorado-river-heat",
        "en",
        "2026-07-19",
        "dev",
        """
Heat closes trails along the Colorado River

LAS VEGAS, July 19 (geomap) - Temperatures reached 47 degrees Celsius in the Mojave Desert on Saturday and at least 9 people have died of heat this week, officials said. Hoover Dam drew only 1,200 visitors. The dam, about {a} km south-east of Las Vegas, closed its walkway at noon, and Lake Mead stood 52 metres below its full level. Kingman, the next town on the highway, lies about {b} km further on. Firefighters were flown to Flagstaff, about {c} km to the east, where a wildfire had burned 2,000 hectares. In Bullhead City the thermometer showed 49 degrees; the river town lies some {d} km south of Hoover Dam. From Kingman it is another {e} km to Phoenix, the state capital, which recorded its 30th day above 43 degrees. Lake Havasu City reported 51 degrees. Needles, California, lies {f} km north-west of it, a county spokesman said.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The dam", "ah_hooverdam"),
                P("Las Vegas", "ah_lasvegas", 1),
                d="SE",
                note="`The dam, about N km ...` after a sentence naming the dam",
            ),
            c(
                4,
                "about {b} km",
                "point",
                P("Kingman", "ah_kingman"),
                P("The dam", "ah_hooverdam"),
                note="`A, the next town on the highway, lies about N km further on`: the reference is the place of the sentence before",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Flagstaff", "ah_flagstaff"),
                P("LAS VEGAS", "ah_lasvegas"),
                d="E",
                note="`flown to A, about N km to the east`: the reference is the dateline",
            ),
            c(
                3,
                "some {d} km",
                "point",
                P("the river town", "ah_bullheadcity"),
                P("Hoover Dam", "ah_hooverdam", 1),
                d="S",
                want=False,
                note="`In A ...; the river town lies ...`: a descriptive subject after a semicolon",
            ),
            c(
                4,
                "another {e} km",
                "point",
                P("Phoenix", "ah_phoenix"),
                P("Kingman", "ah_kingman", 1),
                note="`From A it is another N km to B, the state capital, ...`",
            ),
            c(
                3,
                "{f} km",
                "point",
                P("Needles", "ah_needles"),
                P("it", "ah_lakehavasu"),
                d="NW",
                want=False,
                note="`A reported ... . B, California, lies N km north-west of it`: a pronoun reference to the sentence before",
            ),
        ],
        [
            ("47 degrees", "temperature"),
            ("9 people", "deaths"),
            ("1,200 visitors", "count"),
            ("52 metres", "water level"),
            ("2,000 hectares", "area"),
            ("49 degrees", "temperature"),
            ("43 degrees", "temperature"),
            ("51 degrees", "temperature"),
        ],
    ),
    A(
        "de-kuba-hurrikan",
        "de",
        "2026-10-28",
        "dev",
        """
Hurrikan verwüstet den Osten Kubas

SANTIAGO DE CUBA, 28. Oktober (geomap) – Der Hurrikan „Lorena" ist mit Böen von 195 km/h über den Osten Kubas gezogen und hat mindestens 11 Menschen getötet. Das Auge des Sturms erreichte bei Baracoa das Land. Die älteste Stadt der Insel liegt rund {a} Kilometer östlich von Santiago de Cuba. Guantánamo, von Santiago aus gut {b} Kilometer Richtung Osten, meldete 400 zerstörte Häuser. In Holguín fielen binnen 24 Stunden 300 Liter Regen pro Quadratmeter. Bis nach Bayamo sind es von dort weitere {c} Kilometer, doch die Straße ist gesperrt. Auch Manzanillo am Golf von Guacanayabo wurde überflutet. Die Hafenstadt liegt rund {d} Kilometer westlich von Bayamo, die Wellen waren dort 4 Meter hoch. Hilfskonvois kamen aus Camagüey, rund {e} Kilometer südöstlich der kubanischen Hauptstadt. Im rund {f} Kilometer entfernten Havanna blieb es ruhig, sagte ein Sprecher des Wetterdienstes.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Die älteste Stadt der Insel", "ah_baracoa"),
                P("Santiago de Cuba", "ah_santiagodecuba", 1),
                d="E",
                note="a descriptive subject with a genitive (`Die älteste Stadt der Insel`) after a sentence naming the town",
            ),
            c(
                4,
                "gut {b} Kilometer",
                "point",
                P("Guantánamo", "ah_guantanamo"),
                P("Santiago", "ah_santiagodecuba", 2),
                d="E",
                note="`A, von B aus gut N Kilometer Richtung Osten,`: the reference before the number; `Santiago` is the dateline's city by its short name",
            ),
            c(
                4,
                "weitere {c} Kilometer",
                "point",
                P("Bayamo", "ah_bayamo"),
                P("Holguín", "ah_holguin"),
                note="`Bis nach B sind es von dort weitere N Kilometer`: `von dort` is the place of the sentence before",
            ),
            c(
                3,
                "rund {d} Kilometer",
                "point",
                P("Die Hafenstadt", "ah_manzanillo"),
                P("Bayamo", "ah_bayamo", 1),
                d="W",
                note="`Auch A am Golf von X wurde überflutet. Die Hafenstadt liegt ...`: the town, not the gulf",
            ),
            c(
                3,
                "rund {e} Kilometer",
                "point",
                P("Camagüey", "ah_camaguey"),
                P("der kubanischen Hauptstadt", "ah_havana"),
                d="SE",
                note="`der kubanischen Hauptstadt` before the text names Havana",
            ),
            c(
                4,
                "rund {f} Kilometer",
                "point",
                P("Havanna", "ah_havana"),
                P("SANTIAGO DE CUBA", "ah_santiagodecuba"),
                want=False,
                note="`Im rund N Kilometer entfernten B`: the implicit reference is the dateline",
            ),
        ],
        [
            ("195 km/h", "wind speed"),
            ("11 Menschen", "deaths"),
            ("400 zerstörte Häuser", "count"),
            ("24 Stunden", "duration"),
            ("300 Liter", "rainfall"),
            ("4 Meter", "wave height"),
        ],
    ),
    A(
        "en-uruguay-floods",
        "en",
        "2026-05-12",
        "dev",
        """
Floods drive 9,000 from their homes in Uruguay

MONTEVIDEO, May 12 (geomap) - Rivers in northern and central Uruguay burst their banks after 400 mm of rain in five days, forcing 9,000 people from their homes, the national emergency system said on Tuesday. In Durazno the Yi river rose to 11.4 metres. The city, about {a} km north of the Uruguayan capital, evacuated 2,300 residents. Evacuees from Paysandú were taken to Salto, about {b} km further north, where 3 schools became shelters. In the north, Rivera was cut off. The border town lies some {c} km north-east of Tacuarembó. From Tacuarembó it is another {d} km south to Montevideo. Treinta y Tres, some {e} km to the north-east, reported 180 mm of rain on Monday alone. Mercedes, which a ministry statement put about {f} km west of Durazno, closed its bridge over the Río Negro for 48 hours.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The city", "ah_durazno"),
                P("the Uruguayan capital", "ah_montevideo"),
                d="N",
                note="both ends descriptive: `The city` is the town of the sentence before (not its river), `the Uruguayan capital` the dateline",
            ),
            c(
                4,
                "about {b} km",
                "point",
                P("Salto", "ah_salto"),
                P("Paysandú", "ah_paysandu"),
                d="N",
                note="`Evacuees from A were taken to B, about N km further north`: the reference is the origin before the number",
            ),
            c(
                3,
                "some {c} km",
                "point",
                P("The border town", "ah_rivera"),
                P("Tacuarembó", "ah_tacuarembo"),
                d="NE",
                note="`In the north, A was cut off. The border town lies ...`",
            ),
            c(
                4,
                "another {d} km",
                "point",
                P("Montevideo", "ah_montevideo", 1),
                P("Tacuarembó", "ah_tacuarembo", 1),
                d="S",
                want=False,
                fac=0.55,
                note="`From A it is another N km south to B` (A in a chain from the sentence before)",
            ),
            c(
                4,
                "some {e} km",
                "point",
                P("Treinta y Tres", "ah_treintaytres"),
                P("MONTEVIDEO", "ah_montevideo"),
                d="NE",
                note="`A, some N km to the north-east,`: the reference is the dateline; a city whose name is Spanish number words",
            ),
            c(
                8,
                "about {f} km",
                "point",
                P("Mercedes", "ah_mercedes"),
                P("Durazno", "ah_durazno", 1),
                d="W",
                want=False,
                note="`A, which a ministry statement put about N km west of B,`",
            ),
        ],
        [
            ("400 mm", "rainfall"),
            ("9,000 people", "displaced"),
            ("11.4 metres", "river level"),
            ("2,300 residents", "count"),
            ("3 schools", "count"),
            ("180 mm", "rainfall"),
            ("48 hours", "duration"),
        ],
    ),
    A(
        "de-kreta-waldbraende",
        "de",
        "2026-08-02",
        "dev",
        """
Waldbrände auf Kreta: Tausende Urlauber in Sicherheit gebracht

ATHEN, 2. August (geomap) – Auf Kreta haben Waldbrände bei 43 Grad mehr als 2.500 Hektar Wald und Olivenhaine zerstört; 3.400 Urlauber wurden in Sicherheit gebracht. Am schlimmsten traf es die Gegend um Ierapetra. Die Küstenstadt liegt von Heraklion rund {a} Kilometer entfernt. Auch in Agios Nikolaos brannte es; von dort sind es noch gut {b} Kilometer bis Sitia, wo 600 Menschen ihre Häuser verlassen mussten. Löschflugzeuge starteten in Chania, rund {c} Kilometer westlich der Inselhauptstadt. Die Inselhauptstadt selbst liegt knapp {f} Kilometer westlich von Agios Nikolaos. Der Hauptort von Santorini, Fira, liegt nach Angaben der Behörden nur rund {d} Kilometer nördlich von Heraklion und schickte 4 Boote. In Heraklion landeten bis Sonntag 40 Sonderflüge. Athen liegt von dort gut {e} Kilometer entfernt. Windböen von 70 km/h fachten die Flammen immer wieder an.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Die Küstenstadt", "ah_ierapetra"),
                P("Heraklion", "ah_heraklion"),
                note="`Die Küstenstadt liegt von B rund N Kilometer entfernt`: a descriptive subject and the reference before the number",
            ),
            c(
                4,
                "gut {b} Kilometer",
                "point",
                P("Sitia", "ah_sitia"),
                P("Agios Nikolaos", "ah_agiosnikolaos"),
                note="`Auch in A brannte es; von dort sind es noch gut N Kilometer bis B`",
            ),
            c(
                3,
                "rund {c} Kilometer",
                "point",
                P("Chania", "ah_chania"),
                P("der Inselhauptstadt", "ah_heraklion"),
                d="W",
                note="`der Inselhauptstadt`: Crete's seat (Heraklion), named before but never called so, under the national capital's dateline",
            ),
            c(
                3,
                "knapp {f} Kilometer",
                "point",
                P("Die Inselhauptstadt selbst", "ah_heraklion"),
                P("Agios Nikolaos", "ah_agiosnikolaos", 1),
                d="W",
                note="`Die Inselhauptstadt selbst` as subject right after it was used as a reference",
            ),
            c(
                3,
                "rund {d} Kilometer",
                "point",
                P("Fira", "ah_fira"),
                P("Heraklion", "ah_heraklion", 1),
                d="N",
                want=False,
                fac=0.55,
                note="`Der Hauptort von A, B, liegt ...`: the subject is the apposed town, not the island",
            ),
            c(
                4,
                "gut {e} Kilometer",
                "point",
                P("Athen", "ah_athens"),
                P("dort", "ah_heraklion"),
                note="`In A landeten ... . B liegt von dort gut N Kilometer entfernt`: `von dort` is the place of the sentence before",
            ),
        ],
        [
            ("43 Grad", "temperature"),
            ("2.500 Hektar", "area"),
            ("3.400 Urlauber", "count"),
            ("600 Menschen", "count"),
            ("4 Boote", "count"),
            ("40 Sonderflüge", "count"),
            ("70 km/h", "wind speed"),
        ],
    ),
]
