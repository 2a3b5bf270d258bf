# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch G (written for geomap; not copied from any news source). Written after
the sentence substrate to find general failures on new regions and wording (dev only)."""

from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
    A(
        "de-kaukasus-beben",
        "de",
        "2026-04-14",
        "dev",
        """
Erdbeben erschüttert den Südkaukasus

TIFLIS (geomap) - Ein Erdbeben der Stärke 5,8 hat am Montag den Süden Georgiens erschüttert; das Epizentrum lag in 12 Kilometern Tiefe. Batumi, die wichtigste Hafenstadt des Landes, liegt rund {a} Kilometer westlich von Tiflis und meldete nur leichte Schäden. Die armenische Hauptstadt Eriwan ist von Tiflis knapp {b} Kilometer entfernt. Die Stadt liegt zudem nur etwa {c} Kilometer vom Ararat entfernt, dessen Gipfel 5.137 Meter hoch ist. In Aserbaidschan meldete auch Baku, das gut {d} Kilometer östlich von Tiflis liegt, Erschütterungen. Hilfskonvois fuhren die rund {e} Kilometer lange Strecke zwischen Tiflis und Batumi. Ein Hubschrauber flog Verletzte aus Gori, rund {f} Kilometer nordwestlich von Tiflis, in die Hauptstadt. Mehr als 300 Häuser wurden beschädigt.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Batumi", "batumi"),
                P("Tiflis", "tbilisi"),
                d="W",
            ),
            c(4, "knapp {b} Kilometer", "point", P("Eriwan", "yerevan"), P("Tiflis", "tbilisi", 1)),
            c(
                3,
                "etwa {c} Kilometer",
                "point",
                P("Die Stadt", "yerevan"),
                P("Ararat", "ararat"),
                want=False,
            ),
            c(8, "gut {d} Kilometer", "point", P("Baku", "baku"), P("Tiflis", "tbilisi", 2), d="E"),
            c(
                6,
                "rund {e} Kilometer",
                "route",
                P("Tiflis", "tbilisi", 3),
                P("Batumi", "batumi", 1),
            ),
            c(
                2,
                "rund {f} Kilometer",
                "point",
                P("Gori", "gori"),
                P("Tiflis", "tbilisi", 4),
                d="NW",
            ),
        ],
        ["5,8", "12 Kilometern Tiefe", "5.137 Meter", "300"],
    ),
    A(
        "en-kazakh-steppe-fire",
        "en",
        "2026-08-03",
        "dev",
        """
Steppe fires spread across southern Kazakhstan

ALMATY (geomap) - Wildfires have burnt more than 1,200 square kilometres of steppe in southern Kazakhstan, officials said on Monday. Astana, the country's capital since 1997, lies about {a} km north-west of Almaty and sent 40 fire engines. Bishkek, the Kyrgyz capital, is some {b} km west of Almaty and offered two planes. Fire crews were also flown to Taraz, roughly {c} km to the west. The city lies about {d} km north-east of Tashkent, where the smoke was visible on Sunday. In Uzbekistan, Samarkand, about {e} km south-west of Tashkent, closed schools. Trains on the {f}-km line between Almaty and Astana ran with delays of up to 6 hours, as winds of 90 km/h fanned the flames. Almaty and Bishkek are only about {g} km apart, and flights between the two cities continued.
""",
        [
            c(1, "about {a} km", "point", P("Astana", "astana"), P("Almaty", "almaty", 1), d="NW"),
            c(1, "some {b} km", "point", P("Bishkek", "bishkek"), P("Almaty", "almaty", 2), d="W"),
            c(4, "roughly {c} km", "point", P("Taraz", "taraz"), P("ALMATY", "almaty"), d="W"),
            c(
                3,
                "about {d} km",
                "point",
                P("The city", "taraz"),
                P("Tashkent", "tashkent"),
                d="NE",
                want=False,
            ),
            c(
                5,
                "about {e} km",
                "point",
                P("Samarkand", "samarkand"),
                P("Tashkent", "tashkent", 1),
                d="SW",
            ),
            c(6, "{f}-km", "route", P("Almaty", "almaty", 3), P("Astana", "astana", 1)),
            c(
                "plain",
                "about {g} km",
                "pair",
                P("Almaty", "almaty", 4),
                P("Bishkek", "bishkek", 1),
            ),
        ],
        ["1,200 square kilometres", "1997", "40", "6 hours", "90 km/h"],
    ),
    A(
        "de-skandinavien-sturm",
        "de",
        "2026-11-20",
        "dev",
        """
Orkan legt Nordskandinavien lahm

TRONDHEIM (geomap) - Ein Orkan hat am Donnerstag weite Teile Norwegens und Schwedens lahmgelegt. Bodø, knapp {a} Kilometer nördlich des Polarkreises, meldete Böen von 140 Kilometern pro Stunde. Die Hafenstadt liegt rund {b} Kilometer nordöstlich von Trondheim. Im schwedischen Umeå, das etwa {c} Kilometer östlich von Trondheim liegt, fiel der Strom für 40.000 Haushalte aus. Von Trondheim ist Oslo gut {d} Kilometer entfernt; auch dort stürzten Bäume auf die Gleise. Die rund {e} Kilometer lange Bahnstrecke von Trondheim nach Bodø bleibt bis Sonntag gesperrt. Luleå und Umeå liegen rund {f} Kilometer voneinander entfernt, in beiden Städten fielen 30 Zentimeter Neuschnee.
""",
        [
            c(
                10,
                "knapp {a} Kilometer",
                "latitude",
                P("Bodø", "bodo"),
                Line("Polarkreises", "arctic_circle"),
                d="N",
            ),
            c(
                3,
                "rund {b} Kilometer",
                "point",
                P("Die Hafenstadt", "bodo"),
                P("Trondheim", "trondheim", 1),
                d="NE",
                want=False,
            ),
            c(
                7,
                "etwa {c} Kilometer",
                "point",
                P("Umeå", "umea"),
                P("Trondheim", "trondheim", 2),
                d="E",
            ),
            c(4, "gut {d} Kilometer", "point", P("Oslo", "oslo"), P("Trondheim", "trondheim", 3)),
            c(
                6,
                "rund {e} Kilometer",
                "route",
                P("Trondheim", "trondheim", 4),
                P("Bodø", "bodo", 2),
            ),
            c(9, "rund {f} Kilometer", "pair", P("Luleå", "lulea"), P("Umeå", "umea", 1)),
        ],
        ["140 Kilometern pro Stunde", "40.000", "30 Zentimeter"],
    ),
    A(
        "en-balkan-floods",
        "en",
        "2026-05-18",
        "dev",
        """
Floods sweep the western Balkans

SARAJEVO (geomap) - Rivers across Bosnia and Herzegovina rose by up to 4.5 metres in a day after a week of rain. Mostar, home to the famous 16th-century bridge, lies about {a} km south-west of Sarajevo and was cut off on Saturday. In Croatia, Split, roughly {b} km west of Mostar, opened two shelters. Rescuers covered the {c}-km drive from Zagreb to Dubrovnik along the coast in nine hours. Podgorica, which lies some {d} km south-east of Sarajevo, sent two helicopters. The Montenegrin capital is less than {e} km from Dubrovnik, officials said. Between Sarajevo and Belgrade, about {f} km apart, 40 km of roads were under water. Tirana lies about {g} km south of Podgorica and reported 120 mm of rain.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Mostar", "mostar"),
                P("Sarajevo", "sarajevo", 1),
                d="SW",
            ),
            c(5, "roughly {b} km", "point", P("Split", "split"), P("Mostar", "mostar", 1), d="W"),
            c(6, "{c}-km", "route", P("Zagreb", "zagreb"), P("Dubrovnik", "dubrovnik")),
            c(
                8,
                "some {d} km",
                "point",
                P("Podgorica", "podgorica"),
                P("Sarajevo", "sarajevo", 2),
                d="SE",
            ),
            c(
                3,
                "less than {e} km",
                "point",
                P("The Montenegrin capital", "podgorica"),
                P("Dubrovnik", "dubrovnik", 1),
                want=False,
            ),
            c(9, "about {f} km", "pair", P("Sarajevo", "sarajevo", 3), P("Belgrade", "belgrade")),
            c(
                "plain",
                "about {g} km",
                "point",
                P("Tirana", "tirana"),
                P("Podgorica", "podgorica", 1),
                d="S",
            ),
        ],
        ["4.5 metres", "16th-century", "nine hours", "40 km of roads", "120 mm"],
    ),
    A(
        "de-brasilien-duerre",
        "de",
        "2026-10-07",
        "dev",
        """
Dürre im Nordosten Brasiliens

RECIFE (geomap) - Im Nordosten Brasiliens hat es seit fünf Monaten kaum geregnet; die Stauseen sind zu 12 Prozent gefüllt. Salvador, mit rund 2,5 Millionen Einwohnern die größte Stadt der Region, liegt etwa {a} Kilometer südwestlich von Recife. Fortaleza liegt rund {b} Kilometer südlich des Äquators und rationiert seit Juli das Wasser. Recife selbst ist knapp {c} Kilometer vom Äquator entfernt. Auch die Hafenstadt Natal, die rund {d} Kilometer nördlich von Recife liegt, ist betroffen. Tankwagen bringen Wasser über die {e} Kilometer lange Straße von Recife nach Salvador. Von Salvador aus sind es nach Angaben der Behörden rund {f} Kilometer bis nach Brasília. Petrolina, einige hundert Kilometer westlich von Recife, meldete 41 Grad.
""",
        [
            c(
                1,
                "etwa {a} Kilometer",
                "point",
                P("Salvador", "salvador"),
                P("Recife", "recife", 1),
                d="SW",
            ),
            c(
                10,
                "rund {b} Kilometer",
                "latitude",
                P("Fortaleza", "fortaleza"),
                Line("Äquators", "equator"),
                d="S",
            ),
            c(
                10,
                "knapp {c} Kilometer",
                "latitude",
                P("Recife", "recife", 2),
                Line("Äquator", "equator"),
                want=False,
            ),
            c(
                8,
                "rund {d} Kilometer",
                "point",
                P("Natal", "natal"),
                P("Recife", "recife", 3),
                d="N",
            ),
            c(6, "{e} Kilometer", "route", P("Recife", "recife", 4), P("Salvador", "salvador", 1)),
            c(
                "plain",
                "rund {f} Kilometer",
                "route",
                P("Salvador", "salvador", 2),
                P("Brasília", "brasilia"),
                want=False,
            ),
            c(
                11,
                "einige hundert Kilometer",
                "point",
                P("Petrolina", "petrolina"),
                P("Recife", "recife", 5),
                d="W",
                vague=(200, 900),
                note="einige hundert Kilometer = 200-900 km",
            ),
        ],
        ["fünf Monaten", "12 Prozent", "2,5 Millionen", "41 Grad"],
    ),
    A(
        "en-andes-quake",
        "en",
        "2026-03-09",
        "dev",
        """
Strong quake shakes western Argentina

MENDOZA (geomap) - A magnitude 6.4 earthquake struck western Argentina on Sunday at a depth of 110 km, the national seismological institute said. Córdoba, Argentina's second-largest city, is about {a} km east of Mendoza and felt strong shaking. Santiago, the Chilean capital, lies only about {b} km west of Mendoza across the Andes. Aconcagua, at 6,961 metres the highest peak of the Americas, stands roughly {c} km west of Mendoza. The quake was also felt in Buenos Aires, nearly {d} km to the east. Rosario, which lies about {e} km north-west of Buenos Aires, reported no damage. Aid trucks set out on the {f}-km drive from Buenos Aires to Mendoza. Between Córdoba and Rosario, about {g} km apart, trains ran 30 minutes late. Ushuaia, more than {h} km south of Buenos Aires, recorded nothing.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Córdoba", "cordoba_ar"),
                P("Mendoza", "mendoza", 1),
                d="E",
            ),
            c(
                1,
                "about {b} km",
                "point",
                P("Santiago", "santiago"),
                P("Mendoza", "mendoza", 2),
                d="W",
            ),
            c(
                11,
                "roughly {c} km",
                "point",
                P("Aconcagua", "aconcagua"),
                P("Mendoza", "mendoza", 3),
                d="W",
                want=False,
            ),
            c(
                4,
                "nearly {d} km",
                "point",
                P("Buenos Aires", "buenosaires"),
                P("MENDOZA", "mendoza"),
                d="E",
            ),
            c(
                8,
                "about {e} km",
                "point",
                P("Rosario", "rosario"),
                P("Buenos Aires", "buenosaires", 1),
                d="NW",
            ),
            c(
                6,
                "{f}-km",
                "route",
                P("Buenos Aires", "buenosaires", 2),
                P("Mendoza", "mendoza", 4),
            ),
            c(9, "about {g} km", "pair", P("Córdoba", "cordoba_ar", 1), P("Rosario", "rosario", 1)),
            c(
                "plain",
                "more than {h} km",
                "point",
                P("Ushuaia", "ushuaia"),
                P("Buenos Aires", "buenosaires", 3),
                d="S",
            ),
        ],
        ["6.4", "110 km", "6,961 metres", "30 minutes"],
    ),
]
