# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AI (written for geomap by the integrator, 2026-12-04, thirteenth session; not
copied from any news source). DEV: written in the style of that session's held-out batch AG
(plain wire copy from regions the corpus had little of) so that the classes it shows can be
worked on openly. Regions: northern Laos, the Bolivian altiplano, Darfur (Sudan). Gold written
from the text before geomap ran on it. Coordinates under `ai_` keys in this file."""

from places import PLACES, A, P, c

PLACES.update(
    {
        "ai_lpb": ("Luang Prabang", 19.8856, 102.1347, "city", "LA"),
        "ai_vte": ("Vientiane", 17.9757, 102.6331, "city", "LA"),
        "ai_vangvieng": ("Vang Vieng", 18.9235, 102.4478, "city", "LA"),
        "ai_phonsavan": ("Phonsavan", 19.4500, 103.2000, "city", "LA"),
        "ai_muangxay": ("Muang Xay", 20.6927, 101.9866, "city", "LA"),
        "ai_namtha": ("Luang Namtha", 21.0009, 101.4027, "city", "LA"),
        "ai_boten": ("Boten", 21.1900, 101.6700, "city", "LA"),
        "ai_lapaz": ("La Paz", -16.4897, -68.1193, "city", "BO"),
        "ai_cocha": ("Cochabamba", -17.3895, -66.1568, "city", "BO"),
        "ai_scz": ("Santa Cruz de la Sierra", -17.7833, -63.1821, "city", "BO"),
        "ai_oruro": ("Oruro", -17.9833, -67.1500, "city", "BO"),
        "ai_potosi": ("Potosí", -19.5836, -65.7531, "city", "BO"),
        "ai_sucre": ("Sucre", -19.0196, -65.2619, "city", "BO"),
        "ai_uyuni": ("Uyuni", -20.4597, -66.8250, "city", "BO"),
        "ai_fasher": ("El Fasher", 13.6283, 25.3494, "city", "SD"),
        "ai_nyala": ("Nyala", 12.0489, 24.8807, "city", "SD"),
        "ai_geneina": ("El Geneina", 13.4500, 22.4500, "city", "SD"),
        "ai_khartoum": ("Khartoum", 15.5007, 32.5599, "city", "SD"),
        "ai_zalingei": ("Zalingei", 12.9096, 23.4741, "city", "SD"),
        "ai_kutum": ("Kutum", 14.2000, 24.6667, "city", "SD"),
        "ai_adre": ("Adré", 13.4667, 22.2000, "city", "TD"),
    }
)

ARTICLES = [
    A(
        "en-laos-rail-landslide",
        "en",
        "2026-08-03",
        "dev",
        """
Landslide blocks Laos-China railway north of Vientiane
VIENTIANE, Aug 3 (geomap) - A landslide buried a section of the Laos-China railway near Vang Vieng on Sunday, halting trains between the capital and the Chinese border for at least a week, the state operator said. The backpacker town, about {a} km north of Vientiane, has had 300 mm of rain since Thursday. Passengers bound for Luang Prabang, the former royal capital some {b} km further north, were put on buses. The line's 422-km Lao section runs from Vientiane to Boten, which sits on the border about {c} km north-east of Luang Namtha. In Muang Xay, the provincial town {d} km north of Luang Prabang, a bridge was washed away. Phonsavan, {e} km from Luang Prabang on the Plain of Jars, reported no damage. The railway carried 4.5 million passengers last year, officials said.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The backpacker town", "ai_vangvieng", 0),
                P("Vientiane", "ai_vte", 0),
                d="N",
                note="a descriptive subject after the sentence naming the town",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Luang Prabang", "ai_lpb", 0),
                P("Vang Vieng", "ai_vangvieng", 0),
                d="N",
                want=False,
                note="`A, the former royal capital some N km further north,`: the reference is the place of the sentence before",
            ),
            c(
                6,
                "422-km",
                "route",
                P("Vientiane", "ai_vte", 1),
                P("Boten", "ai_boten", 0),
                note="`The line's N-km ... section runs from A to B`: a railway's length",
            ),
            c(
                8,
                "about {c} km",
                "point",
                P("Boten", "ai_boten", 1),
                P("Luang Namtha", "ai_namtha", 0),
                d="NE",
                note="`to A, which sits on the border about N km north-east of B` after a route",
            ),
            c(
                1,
                "{d} km",
                "point",
                P("Muang Xay", "ai_muangxay", 0),
                P("Luang Prabang", "ai_lpb", 1),
                d="N",
                want=False,
                note="`In A, the provincial town N km north of B,`",
            ),
            c(
                "plain",
                "{e} km",
                "point",
                P("Phonsavan", "ai_phonsavan", 0),
                P("Luang Prabang", "ai_lpb", 2),
                note="`A, N km from B on the Plain of Jars,`",
            ),
        ],
        [
            ("300 mm", "rainfall"),
            ("4.5 million passengers", "count"),
        ],
    ),
    A(
        "de-bolivien-blockaden",
        "de",
        "2026-06-17",
        "dev",
        """
Straßenblockaden legen Bolivien lahm
LA PAZ, 17. Juni (geomap) – Protestierende Bauern haben in Bolivien seit Montag mehr als 40 Straßen blockiert. Besonders betroffen ist die Verbindung nach Cochabamba; die Großstadt im Zentrum des Landes liegt rund {a} Kilometer südöstlich von La Paz. Lastwagen stauten sich auch vor Oruro, das etwa {b} Kilometer südöstlich des Regierungssitzes liegt. Von Oruro aus sind es bis zur Bergbaustadt Potosí noch einmal {c} Kilometer. Die verfassungsmäßige Hauptstadt Sucre, nur {d} Kilometer nordöstlich von Potosí, blieb ruhig. Im Tiefland meldete Santa Cruz de la Sierra, {e} Kilometer östlich von Cochabamba, Engpässe bei Benzin. Touristen saßen in Uyuni fest; der Ort am Salzsee liegt knapp {f} Kilometer südwestlich von Potosí. Der Präsident flog am Dienstag von La Paz nach Santa Cruz, gut {g} Kilometer Luftlinie. Die Blockaden kosten die Wirtschaft nach Angaben der Regierung 50 Millionen Dollar am Tag; seit 2023 ist die Inflation auf 15 Prozent gestiegen.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("die Großstadt im Zentrum des Landes", "ai_cocha", 0),
                P("La Paz", "ai_lapaz", 0),
                d="SE",
                note="after a semicolon, a descriptive subject for the town just named",
            ),
            c(
                3,
                "etwa {b} Kilometer",
                "point",
                P("Oruro", "ai_oruro", 0),
                P("des Regierungssitzes", "ai_lapaz", 0),
                d="SE",
                want=False,
                note="a descriptive reference (`des Regierungssitzes`) for the dateline's city",
            ),
            c(
                4,
                "noch einmal {c} Kilometer",
                "point",
                P("Potosí", "ai_potosi", 0),
                P("Oruro", "ai_oruro", 1),
                note="`Von B aus sind es bis zur Bergbaustadt A noch einmal N Kilometer`",
            ),
            c(
                1,
                "nur {d} Kilometer",
                "point",
                P("Sucre", "ai_sucre", 0),
                P("Potosí", "ai_potosi", 1),
                d="NE",
                note="`Die verfassungsmäßige Hauptstadt A, nur N km nordöstlich von B,`",
            ),
            c(
                5,
                "{e} Kilometer",
                "point",
                P("Santa Cruz de la Sierra", "ai_scz", 0),
                P("Cochabamba", "ai_cocha", 1),
                d="E",
                want=False,
                note="a fronted region (`Im Tiefland`) and a four-word name",
            ),
            c(
                3,
                "knapp {f} Kilometer",
                "point",
                P("der Ort am Salzsee", "ai_uyuni", 0),
                P("Potosí", "ai_potosi", 2),
                d="SW",
                note="after a semicolon, `der Ort am Salzsee` for the town just named",
            ),
            c(
                6,
                "gut {g} Kilometer",
                "pair",
                P("La Paz", "ai_lapaz", 1),
                P("Santa Cruz", "ai_scz", 0),
                want=False,
                note="`flog von A nach B, gut N Kilometer Luftlinie`: a flight's length",
            ),
        ],
        [
            ("40 Straßen", "count"),
            ("50 Millionen Dollar", "money"),
            ("2023", "year"),
            ("15 Prozent", "percent"),
        ],
    ),
    A(
        "en-darfur-siege",
        "en",
        "2026-01-22",
        "dev",
        """
Sudan's paramilitaries tighten siege of Darfur city
PORT SUDAN, Jan 22 (geomap) - Sudan's paramilitary Rapid Support Forces shelled El Fasher for a fifth straight day on Thursday, killing at least 30 civilians, medics said. The North Darfur capital, about {a} km west of Khartoum, is the last city in the region held by the army. Tens of thousands have fled to Nyala, some {b} km to the south, or to camps near Zalingei. Zalingei itself lies about {c} km north-west of Nyala. In El Geneina, close to the Chadian border and {d} km west of El Fasher, aid workers counted 2,000 new arrivals. Many cross at Adré, just {e} km west of El Geneina, into Chad. Fighters also attacked Kutum, a market town {f} km north-west of El Fasher. "We walked 97 km in three days," said one woman, who gave her age as 40.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The North Darfur capital", "ai_fasher", 0),
                P("Khartoum", "ai_khartoum", 0),
                d="W",
                want=False,
                note="a descriptive subject with a region name after the sentence naming the city",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Nyala", "ai_nyala", 0),
                P("El Fasher", "ai_fasher", 0),
                d="S",
                note="`fled to A, some N km to the south,`: the reference is the place of the sentence before",
            ),
            c(
                "plain",
                "about {c} km",
                "point",
                P("Zalingei", "ai_zalingei", 1),
                P("Nyala", "ai_nyala", 1),
                d="NW",
                note="`A itself lies about N km north-west of B`",
            ),
            c(
                1,
                "{d} km",
                "point",
                P("El Geneina", "ai_geneina", 0),
                P("El Fasher", "ai_fasher", 1),
                d="W",
                note="`In A, close to the Chadian border and N km west of B,`",
            ),
            c(
                1,
                "just {e} km",
                "point",
                P("Adré", "ai_adre", 0),
                P("El Geneina", "ai_geneina", 1),
                d="W",
                want=False,
                note="`cross at A, just N km west of B, into <country>`",
            ),
            c(
                1,
                "{f} km",
                "point",
                P("Kutum", "ai_kutum", 0),
                P("El Fasher", "ai_fasher", 2),
                d="NW",
                note="`attacked A, a market town N km north-west of B`",
            ),
        ],
        [
            ("30 civilians", "count"),
            ("2,000 new arrivals", "count"),
            ("97 km", "length"),
            ("three days", "duration"),
            ("40", "age"),
        ],
    ),
]
