# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch J (written for geomap by helper h-claims3, 2026-12-03; not copied from any
news source). Dev only: regions and wording the corpus lacked (Peru, Uzbekistan and
Tajikistan, New Zealand and Tonga, Côte d'Ivoire, Greenland); parentheses, `X is N km (M
miles) from Y`, `off the coast of`, `upstream of`, `inland`, `Von X aus`, nautical miles,
wire datelines with a country or a date; non-claims: speeds, altitudes, areas, road lengths.
Gold was written from the text before geomap was run on it."""

from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
    A(
        "en-peru-landslides",
        "en",
        "2026-02-17",
        "dev",
        """
Landslides cut roads across the Peruvian Andes

LIMA, Peru (geomap) - Landslides blocked roads across southern Peru on Tuesday after days of rain and gusts of 90 km/h on the coast. Cusco, which sits at 3,400 metres in the Andes, is about 575 km (357 miles) east of Lima. The ruins of Machu Picchu (about {b} km north-west of Cusco) were closed to visitors. Puno, on the shore of Lake Titicaca, lies roughly {c} km east of Arequipa, and lorries bound for La Paz, some {d} km further east, were turned back. Nauta, a river port about {e} km upstream of Iquitos, reported flooding. A road crew said a 40-km stretch of the Pan-American Highway would stay shut; Nazca lies about {f} km south-east of the capital. Between Lima and Trujillo, roughly {g} km apart, buses kept running at no more than 60 km/h. Juliaca, less than {h} km north of Puno, has the region's airport at 3,825 metres. Twice as far from the sea as Arequipa, the lake towns see few visitors in the rainy season.
""",
        [
            c(1, "about 575 km", "point", P("Cusco", "j_cusco"), P("Lima", "j_lima", 1), d="E"),
            c(
                "plain",
                "about {b} km",
                "point",
                P("Machu Picchu", "j_machupicchu"),
                P("Cusco", "j_cusco", 1),
                d="NW",
            ),
            c(
                1,
                "roughly {c} km",
                "point",
                P("Puno", "j_puno"),
                P("Arequipa", "j_arequipa"),
                d="E",
                want=False,
            ),
            c(4, "some {d} km", "point", P("La Paz", "j_lapaz"), P("Puno", "j_puno"), d="E"),
            c(
                1,
                "about {e} km",
                "route",
                P("Nauta", "j_nauta"),
                P("Iquitos", "j_iquitos"),
                want=False,
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("Nazca", "j_nazca"),
                P("the capital", "j_lima"),
                d="SE",
            ),
            c(9, "roughly {g} km", "pair", P("Lima", "j_lima", 2), P("Trujillo", "j_trujillo")),
            c(
                "plain",
                "less than {h} km",
                "point",
                P("Juliaca", "j_juliaca"),
                P("Puno", "j_puno", 1),
                d="N",
            ),
        ],
        [
            ("90 km/h", "wind speed"),
            ("3,400 metres", "altitude"),
            ("40-km stretch", "road length, no two places"),
            ("60 km/h", "speed"),
            ("3,825 metres", "altitude"),
        ],
    ),
    A(
        "de-usbekistan-hitze",
        "de",
        "2026-07-13",
        "dev",
        """
Hitzewelle in Zentralasien

SAMARKAND (geomap) – Eine Hitzewelle mit Temperaturen von 46 Grad hat am Montag Usbekistan und Tadschikistan erfasst. Buchara, die alte Handelsstadt an der Seidenstraße, liegt rund {a} Kilometer westlich von Samarkand. Von Buchara aus liegt Chiwa gut {b} Kilometer nordwestlich. In Nukus, der Hauptstadt Karakalpakstans, die knapp {c} Kilometer nördlich von Chiwa liegt, fiel der Strom aus. Die tadschikische Hauptstadt Duschanbe, etwa {d} Kilometer südöstlich von Samarkand, meldete 44 Grad. Termiz an der afghanischen Grenze (rund {e} Kilometer südlich von Samarkand) richtete Kühlräume ein. Chudschand im Ferghanatal liegt mehr als {f} Kilometer nordöstlich von Samarkand. Auf der 300 Kilometer langen Fernstraße nach Westen galt Tempo 80 km/h, und auf einer Fläche von 450 Quadratkilometern brannte Steppe.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Buchara", "j_bukhara"),
                P("Samarkand", "j_samarkand", 1),
                d="W",
            ),
            c(
                4,
                "gut {b} Kilometer",
                "point",
                P("Chiwa", "j_khiva"),
                P("Buchara", "j_bukhara", 1),
                d="NW",
            ),
            c(
                8,
                "knapp {c} Kilometer",
                "point",
                P("Nukus", "j_nukus"),
                P("Chiwa", "j_khiva", 1),
                d="N",
            ),
            c(
                7,
                "etwa {d} Kilometer",
                "point",
                P("Duschanbe", "j_dushanbe"),
                P("Samarkand", "j_samarkand", 2),
                d="SE",
                want=False,
            ),
            c(
                "plain",
                "rund {e} Kilometer",
                "point",
                P("Termiz", "j_termez"),
                P("Samarkand", "j_samarkand", 3),
                d="S",
            ),
            c(
                1,
                "mehr als {f} Kilometer",
                "point",
                P("Chudschand", "j_khujand"),
                P("Samarkand", "j_samarkand", 4),
                d="NE",
                want=False,
            ),
        ],
        [
            ("46 Grad", "temperature"),
            ("44 Grad", "temperature"),
            ("300 Kilometer langen Fernstraße", "road length, one end only"),
            ("80 km/h", "speed limit"),
            ("450 Quadratkilometern", "area"),
        ],
    ),
    A(
        "en-whakaari-ash",
        "en",
        "2026-03-08",
        "dev",
        """
Island volcano's ash grounds flights in New Zealand

AUCKLAND, New Zealand (geomap) - Whakaari, also known as White Island, erupted on Sunday and sent ash to 3,600 metres. The island volcano lies about {a} km off the coast of Whakatane, the nearest town on the mainland. Tauranga, a port city some {b} miles north of Rotorua, closed its airport. Gisborne, which lies roughly {c} km east of Rotorua, kept schools shut. Napier is 133 km (83 miles) south-west of Gisborne and reported only light ash. The capital, Wellington, about {e} km south of Auckland, was not affected. Flights to Nuku'alofa, some {f} nautical miles to the north-east, were cancelled, and Apia, about {g} km north-east of Nuku'alofa, warned of delays. Ash clouds drifted at 60 km/h over an area of 1,200 square kilometres, and police closed 25 km of coastal road.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The island volcano", "j_whakaari"),
                P("Whakatane", "j_whakatane"),
            ),
            c(
                1,
                "some {b} miles",
                "point",
                P("Tauranga", "j_tauranga"),
                P("Rotorua", "j_rotorua"),
                d="N",
            ),
            c(
                8,
                "roughly {c} km",
                "point",
                P("Gisborne", "j_gisborne"),
                P("Rotorua", "j_rotorua", 1),
                d="E",
                want=False,
            ),
            c(
                "plain",
                "133 km",
                "point",
                P("Napier", "j_napier"),
                P("Gisborne", "j_gisborne", 1),
                d="SW",
            ),
            c(
                1,
                "about {e} km",
                "point",
                P("Wellington", "j_wellington"),
                P("Auckland", "j_auckland", 1),
                d="S",
                want=False,
            ),
            c(
                4,
                "some {f} nautical miles",
                "point",
                P("Nuku'alofa", "j_nukualofa"),
                P("AUCKLAND", "j_auckland"),
                d="NE",
            ),
            c(
                "plain",
                "about {g} km",
                "point",
                P("Apia", "j_apia"),
                P("Nuku'alofa", "j_nukualofa", 1),
                d="NE",
            ),
        ],
        [
            ("3,600 metres", "altitude"),
            ("60 km/h", "speed"),
            ("1,200 square kilometres", "area"),
            ("25 km of coastal road", "road length, no two places"),
        ],
    ),
    A(
        "de-elfenbeinkueste-regen",
        "de",
        "2026-06-22",
        "dev",
        """
Starkregen in der Elfenbeinküste

ABIDJAN (geomap) – Nach heftigen Regenfällen mit mehr als 300 Millimetern in zwei Tagen sind in der Elfenbeinküste Tausende Menschen obdachlos. Yamoussoukro, die politische Hauptstadt, liegt rund {a} Kilometer nordwestlich von Abidjan im Landesinneren. Bouaké, das knapp {b} Kilometer nördlich von Yamoussoukro liegt, meldete überflutete Straßen. Korhogo im Norden liegt von Bouaké gut {c} Kilometer entfernt. In der Region Bas-Sassandra ist San-Pédro, rund {d} Kilometer westlich von Abidjan, von der Außenwelt abgeschnitten. Die Hafenstadt liegt rund {e} Kilometer östlich der liberianischen Hauptstadt Monrovia. Auch das ghanaische Accra, mehr als {f} Kilometer östlich von Abidjan, meldete Regen. Der Pegel der Lagune stieg auf 2,5 Meter, Winde erreichten 70 km/h, und ein 8 Kilometer langer Abschnitt der Küstenstraße wurde gesperrt.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Yamoussoukro", "j_yamoussoukro"),
                P("Abidjan", "j_abidjan", 1),
                d="NW",
            ),
            c(
                8,
                "knapp {b} Kilometer",
                "point",
                P("Bouaké", "j_bouake"),
                P("Yamoussoukro", "j_yamoussoukro", 1),
                d="N",
            ),
            c(
                4,
                "gut {c} Kilometer",
                "point",
                P("Korhogo", "j_korhogo"),
                P("Bouaké", "j_bouake", 1),
            ),
            c(
                5,
                "rund {d} Kilometer",
                "point",
                P("San-Pédro", "j_sanpedro"),
                P("Abidjan", "j_abidjan", 2),
                d="W",
            ),
            c(
                3,
                "rund {e} Kilometer",
                "point",
                P("Die Hafenstadt", "j_sanpedro"),
                P("Monrovia", "j_monrovia"),
                d="E",
                want=False,
            ),
            c(
                7,
                "mehr als {f} Kilometer",
                "point",
                P("Accra", "j_accra"),
                P("Abidjan", "j_abidjan", 3),
                d="E",
            ),
        ],
        [
            ("300 Millimetern", "rainfall"),
            ("2,5 Meter", "water level"),
            ("70 km/h", "wind speed"),
            ("8 Kilometer langer Abschnitt", "road length, no two places"),
        ],
    ),
    A(
        "en-greenland-melt",
        "en",
        "2026-08-14",
        "dev",
        """
Record melt on Greenland's west coast

ILULISSAT, Greenland, Aug 14 (geomap) - The Sermeq Kujalleq glacier moved 40 metres a day this week, the fastest rate on record. Ilulissat, the town at the mouth of the ice fjord, lies about {a} km north of the Arctic Circle. Kangerlussuaq, home to Greenland's main airport, is some {b} km south of Ilulissat. From Kangerlussuaq, Sisimiut is about {c} km to the west. Qaanaaq, one of the world's northernmost towns, lies roughly {d} nautical miles north of Ilulissat. Iqaluit in Canada, about {e} miles south-west of Ilulissat across Davis Strait, also reported thaw. Tasiilaq, on the east coast, is nearly {f} km east of Kangerlussuaq. The ice sheet there is 1,500 metres thick, and meltwater covered an area of 4,000 square kilometres.
""",
        [
            c(
                10,
                "about {a} km",
                "latitude",
                P("Ilulissat", "j_ilulissat", 1),
                Line("Arctic Circle", "arctic_circle"),
                d="N",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Kangerlussuaq", "j_kangerlussuaq"),
                P("Ilulissat", "j_ilulissat", 2),
                d="S",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Sisimiut", "j_sisimiut"),
                P("Kangerlussuaq", "j_kangerlussuaq", 1),
                d="W",
            ),
            c(
                1,
                "roughly {d} nautical miles",
                "point",
                P("Qaanaaq", "j_qaanaaq"),
                P("Ilulissat", "j_ilulissat", 3),
                d="N",
                want=False,
            ),
            c(
                "plain",
                "about {e} miles",
                "point",
                P("Iqaluit", "j_iqaluit"),
                P("Ilulissat", "j_ilulissat", 4),
                d="SW",
            ),
            c(
                "plain",
                "nearly {f} km",
                "point",
                P("Tasiilaq", "j_tasiilaq"),
                P("Kangerlussuaq", "j_kangerlussuaq", 2),
                d="E",
            ),
        ],
        [
            ("40 metres a day", "speed"),
            ("1,500 metres thick", "thickness"),
            ("4,000 square kilometres", "area"),
        ],
    ),
]
