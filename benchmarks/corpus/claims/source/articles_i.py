# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch I (written for geomap; not copied from any news source). Dev only:
harder wording for classes 2, 3, 4, 5, 8, 9 and 10 in other regions."""

from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
    A(
        "de-island-ausbruch",
        "de",
        "2026-02-26",
        "dev",
        """
Vulkanausbruch auf Island

REYKJAVIK (geomap) - Auf der Halbinsel Reykjanes ist am Donnerstag erneut Lava aus einer 3 Kilometer langen Spalte ausgetreten. Grindavík, ein Fischerort mit 3.700 Einwohnern, liegt knapp {a} Kilometer südwestlich von Reykjavik und wurde geräumt. Von Reykjavik aus gesehen liegt Akureyri rund {b} Kilometer nordöstlich. Flüge nach Kopenhagen, das gut {c} Kilometer östlich von Reykjavik liegt, wurden gestrichen, obwohl andere Maschinen weiter flogen. „Wir liegen nur rund {d} Kilometer von Keflavík entfernt“, sagte der Bürgermeister. Die Insel Grímsey, rund {e} Kilometer nördlich von Akureyri, wird vom Polarkreis geschnitten. Die Hauptstadt liegt rund {f} Kilometer südlich des Polarkreises.
""",
        [
            c(
                1,
                "knapp {a} Kilometer",
                "point",
                P("Grindavík", "grindavik"),
                P("Reykjavik", "reykjavik", 1),
                d="SW",
            ),
            c(
                4,
                "rund {b} Kilometer",
                "point",
                P("Akureyri", "akureyri"),
                P("Reykjavik", "reykjavik", 2),
                d="NE",
            ),
            c(
                2,
                "gut {c} Kilometer",
                "point",
                P("Kopenhagen", "copenhagen"),
                P("Reykjavik", "reykjavik", 3),
                d="E",
            ),
            c(
                3,
                "rund {d} Kilometer",
                "point",
                P("Wir", "reykjavik"),
                P("Keflavík", "keflavik"),
                want=False,
            ),
            c(
                11,
                "rund {e} Kilometer",
                "point",
                P("Grímsey", "grimsey"),
                P("Akureyri", "akureyri", 1),
                d="N",
            ),
            c(
                10,
                "rund {f} Kilometer",
                "latitude",
                P("Die Hauptstadt", "reykjavik"),
                Line("Polarkreises", "arctic_circle"),
                d="S",
            ),
        ],
        ["3 Kilometer langen Spalte", "3.700"],
    ),
    A(
        "en-mexico-quake",
        "en",
        "2026-09-19",
        "dev",
        """
Strong earthquake rattles southern Mexico

MEXICO CITY (geomap) - A magnitude 7.1 earthquake shook southern Mexico on Saturday, and buildings swayed in the capital for almost a minute. Acapulco, the Pacific resort, lies some {a} km south of Mexico City and reported two deaths. Puebla, about {b} km to the south-east, reported cracked walls. Oaxaca, which is roughly {c} km south-east of Puebla, was spared, although tremors reached Guatemala. The volcano Popocatépetl, about {d} km south-east of the capital, stayed quiet. In Guerrero state, Chilpancingo, about {e} km south of Mexico City, opened shelters. Between Guadalajara and Mexico City, about {f} km apart, 15 flights were cancelled and traffic on a 40-km stretch of highway slowed. Monterrey, more than {g} km north of the capital, felt nothing.
""",
        [
            c(
                1,
                "some {a} km",
                "point",
                P("Acapulco", "acapulco"),
                P("Mexico City", "mexicocity", 1),
                d="S",
            ),
            c(
                4,
                "about {b} km",
                "point",
                P("Puebla", "puebla"),
                P("MEXICO CITY", "mexicocity"),
                d="SE",
            ),
            c(
                8,
                "roughly {c} km",
                "point",
                P("Oaxaca", "oaxaca"),
                P("Puebla", "puebla", 1),
                d="SE",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("Popocatépetl", "popocatepetl"),
                P("the capital", "mexicocity"),
                d="SE",
                want=False,
            ),
            c(
                5,
                "about {e} km",
                "point",
                P("Chilpancingo", "chilpancingo"),
                P("Mexico City", "mexicocity", 2),
                d="S",
            ),
            c(
                9,
                "about {f} km",
                "pair",
                P("Guadalajara", "guadalajara"),
                P("Mexico City", "mexicocity", 3),
            ),
            c(
                3,
                "more than {g} km",
                "point",
                P("Monterrey", "monterrey"),
                P("the capital", "mexicocity", 1),
                d="N",
            ),
        ],
        ["7.1", "15 flights", "40-km stretch"],
    ),
    A(
        "en-iran-quake",
        "en",
        "2026-12-01",
        "dev",
        """
Quake shakes northern Iran

TEHRAN (geomap) - An earthquake of magnitude 5.9 struck northern Iran on Monday, state media said. The quake hit near Qazvin, about {a} km north-west of Tehran, at a depth of 10 km. Tabriz, the largest city in the north-west, is some {b} km from Qazvin. Isfahan lies roughly {c} km south of the capital and reported no damage. Rasht, near the Caspian Sea and about {d} km north of Qazvin, closed schools. Mashhad, which lies about {e} km east of Tehran, sent rescue teams. Traffic on the {f}-km road from Tehran to Mashhad was heavy. Baghdad, more than {g} km to the west, also felt the tremor.
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Qazvin", "qazvin"),
                P("Tehran", "tehran", 1),
                d="NW",
            ),
            c(1, "some {b} km", "point", P("Tabriz", "tabriz"), P("Qazvin", "qazvin", 1)),
            c(
                3,
                "roughly {c} km",
                "point",
                P("Isfahan", "isfahan"),
                P("the capital", "tehran"),
                d="S",
                want=False,
            ),
            c(1, "about {d} km", "point", P("Rasht", "rasht"), P("Qazvin", "qazvin", 2), d="N"),
            c(8, "about {e} km", "point", P("Mashhad", "mashhad"), P("Tehran", "tehran", 2), d="E"),
            c(6, "{f}-km", "route", P("Tehran", "tehran", 3), P("Mashhad", "mashhad", 1)),
            c(
                4,
                "more than {g} km",
                "point",
                P("Baghdad", "baghdad"),
                P("TEHRAN", "tehran"),
                d="W",
            ),
        ],
        ["5.9", "10 km"],
    ),
    A(
        "de-chile-waldbrand",
        "de",
        "2026-02-08",
        "dev",
        """
Waldbrände wüten in Zentralchile

SANTIAGO (geomap) - In Zentralchile haben Waldbrände seit Freitag mehr als 8.000 Hektar vernichtet. Viña del Mar, rund {a} Kilometer nordwestlich von Santiago, ist am stärksten betroffen. Die Hafenstadt Valparaíso, in der 300.000 Menschen leben, liegt knapp {b} Kilometer von Santiago entfernt. In der Region Biobío meldete Concepción, gut {c} Kilometer südwestlich von Santiago, neue Brände. Feuerwehrleute flogen nach Puerto Montt, das rund {d} Kilometer südlich von Concepción liegt. Copiapó liegt rund {e} Kilometer südlich des Wendekreises des Steinbocks. Von Santiago ist Mendoza auf der anderen Seite der Anden gut {f} Kilometer entfernt.
""",
        [
            c(
                "plain",
                "rund {a} Kilometer",
                "point",
                P("Viña del Mar", "vina"),
                P("Santiago", "santiago", 1),
                d="NW",
            ),
            c(
                1,
                "knapp {b} Kilometer",
                "point",
                P("Valparaíso", "valparaiso"),
                P("Santiago", "santiago", 2),
            ),
            c(
                5,
                "gut {c} Kilometer",
                "point",
                P("Concepción", "concepcion"),
                P("Santiago", "santiago", 3),
                d="SW",
            ),
            c(
                2,
                "rund {d} Kilometer",
                "point",
                P("Puerto Montt", "puertomontt"),
                P("Concepción", "concepcion", 1),
                d="S",
                want=False,
            ),
            c(
                10,
                "rund {e} Kilometer",
                "latitude",
                P("Copiapó", "copiapo"),
                Line("Wendekreises des Steinbocks", "tropic_capricorn"),
                d="S",
            ),
            c(
                4,
                "gut {f} Kilometer",
                "point",
                P("Mendoza", "mendoza"),
                P("Santiago", "santiago", 4),
            ),
        ],
        ["8.000 Hektar", "300.000"],
    ),
]
