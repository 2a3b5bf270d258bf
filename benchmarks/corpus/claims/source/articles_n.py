# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch N (written for geomap by a helper session, 2026-12-03, fifth session; not
copied from any news source). DEV: written with its gold (places, coordinates from general
knowledge, stated directions, meant truth) before geomap was run on it, heavy in classes 1,
4, 6, 10 and 11, in regions the corpus had little of: Cameroon, Kyrgyzstan, the Bolivian
Altiplano, central Portugal and Nunavut. Coordinates are kept here under `n_` keys so that
the batch touches no other source file."""

from places import PLACES, A, Line, P, c  # noqa: F401

PLACES.update(
    {
        "n_douala": ("Douala", 4.0483, 9.7043, "city", "CM"),
        "n_yaounde": ("Yaoundé", 3.8480, 11.5021, "city", "CM"),
        "n_limbe": ("Limbe", 4.0186, 9.2043, "city", "CM"),
        "n_mtcameroon": ("Mount Cameroon", 4.2167, 9.1700, "mountain", "CM"),
        "n_kribi": ("Kribi", 2.9404, 9.9096, "city", "CM"),
        "n_bamenda": ("Bamenda", 5.9631, 10.1591, "city", "CM"),
        "n_bishkek": ("Bishkek", 42.8746, 74.5698, "city", "KG"),
        "n_osh": ("Osh", 40.5283, 72.7985, "city", "KG"),
        "n_karakol": ("Karakol", 42.4907, 78.3936, "city", "KG"),
        "n_almaty": ("Almaty", 43.2220, 76.8512, "city", "KZ"),
        "n_lapaz": ("La Paz", -16.4897, -68.1193, "city", "BO"),
        "n_oruro": ("Oruro", -17.9833, -67.1500, "city", "BO"),
        "n_cochabamba": ("Cochabamba", -17.4139, -66.1653, "city", "BO"),
        "n_sucre": ("Sucre", -19.0196, -65.2619, "city", "BO"),
        "n_puno": ("Puno", -15.8402, -70.0219, "city", "PE"),
        "n_lisbon": ("Lisbon", 38.7223, -9.1393, "city", "PT"),
        "n_porto": ("Porto", 41.1579, -8.6291, "city", "PT"),
        "n_coimbra": ("Coimbra", 40.2033, -8.4103, "city", "PT"),
        "n_viseu": ("Viseu", 40.6566, -7.9125, "city", "PT"),
        "n_salamanca": ("Salamanca", 40.9701, -5.6635, "city", "ES"),
        "n_faro": ("Faro", 37.0194, -7.9304, "city", "PT"),
        "n_iqaluit": ("Iqaluit", 63.7467, -68.5170, "city", "CA"),
        "n_kuujjuaq": ("Kuujjuaq", 58.1030, -68.3980, "city", "CA"),
        "n_ottawa": ("Ottawa", 45.4215, -75.6972, "city", "CA"),
        "n_rankin": ("Rankin Inlet", 62.8090, -92.0853, "city", "CA"),
        "n_montreal": ("Montreal", 45.5017, -73.5673, "city", "CA"),
    }
)

ARTICLES = [
    A(
        "en-cameroon-floods",
        "en",
        "2026-08-14",
        "dev",
        """
Floods swamp Cameroon's economic capital

DOUALA, Aug. 14 (geomap) - Floods swept through Cameroon's economic capital on Wednesday after 300 mm of rain fell in 24 hours. Douala, the country's largest port, lies about {a} km west of Yaoundé. Limbe - a seaside town at the foot of Mount Cameroon - is some {b} km west of Douala. The volcano's summit lies only about {c} km north of Limbe. Trucks on the {d}-km highway between Douala and Yaoundé were stranded for two days. In Kribi, about {e} km to the south, fishermen stayed ashore. Bamenda, a city of 500,000 in the north-west, lies roughly {f} km north of Douala. Rescuers said 12 people had died and 40,000 were homeless.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Douala", "n_douala", 0),
                P("Yaoundé", "n_yaounde"),
                d="W",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Limbe", "n_limbe"),
                P("Douala", "n_douala", 1),
                d="W",
                want=False,
                note="apposition between spaced hyphens",
            ),
            c(
                11,
                "about {c} km",
                "point",
                P("The volcano", "n_mtcameroon"),
                P("Limbe", "n_limbe", 1),
                d="N",
                note="a summit as a point, named by a descriptive noun",
            ),
            c(6, "{d}-km", "route", P("Douala", "n_douala", 2), P("Yaoundé", "n_yaounde", 1)),
            c(
                4,
                "about {e} km",
                "point",
                P("Kribi", "n_kribi"),
                P("(dateline) DOUALA", "n_douala"),
                d="S",
                note="implicit reference: the dateline",
            ),
            c(
                1,
                "roughly {f} km",
                "point",
                P("Bamenda", "n_bamenda"),
                P("Douala", "n_douala", 3),
                d="N",
                want=False,
                note="apposition with a number",
            ),
        ],
        [
            ("300 mm", "rain"),
            ("24 hours", "duration"),
            ("two days", "duration"),
            ("12 people", "deaths"),
            ("500,000", "population"),
        ],
    ),
    A(
        "de-kirgistan-erdrutsch",
        "de",
        "2026-05-06",
        "dev",
        """
Erdrutsche im Süden Kirgistans

BISCHKEK (geomap) – Nach tagelangem Regen sind im Süden Kirgistans mehrere Erdrutsche niedergegangen, in 24 Stunden fielen 40 Millimeter Regen. Osch – die zweitgrößte Stadt des Landes – liegt rund {a} Kilometer südwestlich von Bischkek. Die Straße von Bischkek nach Osch, rund {b} Kilometer lang, wurde an drei Stellen verschüttet. Karakol, das am Ostufer des Issyk-Kul liegt, ist von Bischkek gut {c} Kilometer entfernt. Aus dem kasachischen Almaty, rund {d} Kilometer östlich von Bischkek, kamen 120 Helfer. Ein Hubschrauber brachte Verletzte von Osch nach Bischkek, ein Flug von rund {e} Kilometern. Bischkek selbst liegt rund {f} Kilometer nördlich des nördlichen Wendekreises.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Osch", "n_osh"),
                P("Bischkek", "n_bishkek", 0),
                d="SW",
                note="apposition between dashes",
            ),
            c(
                6,
                "rund {b} Kilometer",
                "route",
                P("Bischkek", "n_bishkek", 1),
                P("Osch", "n_osh", 1),
                note="a route set off after its ends",
            ),
            c(
                4,
                "gut {c} Kilometer",
                "point",
                P("Karakol", "n_karakol"),
                P("Bischkek", "n_bishkek", 2),
                want=False,
                note="reference before the number",
            ),
            c(
                7,
                "rund {d} Kilometer",
                "point",
                P("Almaty", "n_almaty"),
                P("Bischkek", "n_bishkek", 3),
                d="E",
            ),
            c(
                11,
                "rund {e} Kilometern",
                "point",
                P("Osch", "n_osh", 2),
                P("Bischkek", "n_bishkek", 4),
                note="a flight noun set off after the journey",
            ),
            c(
                10,
                "rund {f} Kilometer",
                "latitude",
                P("Bischkek", "n_bishkek", 5),
                Line("Wendekreises", "tropic_cancer"),
                d="N",
                want=False,
            ),
        ],
        [
            ("24 Stunden", "duration"),
            ("40 Millimeter", "rain"),
            ("drei Stellen", "count"),
            ("120 Helfer", "count"),
        ],
    ),
    A(
        "en-bolivia-drought",
        "en",
        "2026-10-02",
        "dev",
        """
Bolivia declares water emergency as Lake Titicaca shrinks

LA PAZ, Bolivia, Oct. 2 (geomap) - Bolivia declared a water emergency on Thursday as Lake Titicaca fell to its lowest level in 30 years. Oruro, a mining city of 260,000 on the Altiplano, lies about {a} km south-east of La Paz. Cochabamba - the country's third city - is some {b} km north-east of Oruro. From La Paz, Sucre is about {c} km to the south-east. Water trucks made the {d}-km drive from Cochabamba to Sucre overnight. Sucre lies more than {e} km south of the Equator. Puno, on the Peruvian shore of the lake, lies about {f} km north-west of La Paz. In La Paz, at 3,640 metres, water was rationed for 2 million people.
""",
        [
            c(1, "about {a} km", "point", P("Oruro", "n_oruro"), P("La Paz", "n_lapaz", 0), d="SE"),
            c(
                1,
                "some {b} km",
                "point",
                P("Cochabamba", "n_cochabamba"),
                P("Oruro", "n_oruro", 1),
                d="NE",
                want=False,
                note="apposition between spaced hyphens",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Sucre", "n_sucre"),
                P("La Paz", "n_lapaz", 1),
                d="SE",
                note="fronted from-phrase",
            ),
            c(6, "{d}-km", "route", P("Cochabamba", "n_cochabamba", 1), P("Sucre", "n_sucre", 1)),
            c(
                10,
                "more than {e} km",
                "latitude",
                P("Sucre", "n_sucre", 2),
                Line("Equator", "equator"),
                d="S",
            ),
            c(
                11,
                "about {f} km",
                "point",
                P("Puno", "n_puno"),
                P("La Paz", "n_lapaz", 2),
                d="NW",
                want=False,
                note="a town on a lake is the subject",
            ),
        ],
        [
            ("30 years", "duration"),
            ("260,000", "population"),
            ("3,640 metres", "altitude"),
            ("2 million people", "count"),
        ],
    ),
    A(
        "de-portugal-waldbrand",
        "de",
        "2026-08-02",
        "dev",
        """
Waldbrände im Zentrum Portugals

LISSABON (geomap) – Waldbrände haben im Zentrum Portugals mehr als 20.000 Hektar Wald zerstört, bei Temperaturen von 45 Grad. Coimbra, mit 140.000 Einwohnern die größte Stadt der Region, liegt rund {a} Kilometer nördlich von Lissabon. Das Feuer erreichte das rund {b} Kilometer nordöstlich von Coimbra gelegene Viseu. Von Porto aus fährt man gut {c} Kilometer bis Viseu. Die rund {d} Kilometer lange Autobahn zwischen Lissabon und Porto blieb offen. Im spanischen Salamanca, rund {e} Kilometer östlich von Viseu, wurden 800 Feuerwehrleute zusammengezogen. Faro an der Algarve liegt knapp {f} Kilometer südlich von Lissabon und blieb verschont.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Coimbra", "n_coimbra"),
                P("Lissabon", "n_lisbon", 0),
                d="N",
                note="apposition with a number",
            ),
            c(
                4,
                "rund {b} Kilometer",
                "point",
                P("Viseu", "n_viseu"),
                P("Coimbra", "n_coimbra", 1),
                d="NE",
                want=False,
                note="attributive participle with its own reference",
            ),
            c(4, "gut {c} Kilometer", "route", P("Porto", "n_porto"), P("Viseu", "n_viseu", 1)),
            c(
                6,
                "rund {d} Kilometer",
                "route",
                P("Lissabon", "n_lisbon", 1),
                P("Porto", "n_porto", 1),
            ),
            c(
                7,
                "rund {e} Kilometer",
                "point",
                P("Salamanca", "n_salamanca"),
                P("Viseu", "n_viseu", 2),
                d="E",
            ),
            c(
                "plain",
                "knapp {f} Kilometer",
                "point",
                P("Faro", "n_faro"),
                P("Lissabon", "n_lisbon", 2),
                d="S",
                want=False,
            ),
        ],
        [
            ("20.000 Hektar", "area"),
            ("45 Grad", "temperature"),
            ("140.000 Einwohnern", "population"),
            ("800 Feuerwehrleute", "count"),
        ],
    ),
    A(
        "en-nunavut-blizzard",
        "en",
        "2026-01-20",
        "dev",
        """
Blizzard shuts Nunavut's capital for a third day

IQALUIT, Nunavut, Jan. 20 (geomap) - A blizzard with gusts of 120 km/h shut Nunavut's capital for a third day on Tuesday, with temperatures of minus 45 degrees. Iqaluit, a city of about 7,500, lies some {a} km south of the Arctic Circle. Kuujjuaq, in northern Quebec, about {b} km to the south, sent two snowplows. Flights from Ottawa, some {c} km to the south, were cancelled. Rankin Inlet, the territory's second-largest community, is about {d} km west of Iqaluit. Iqaluit is roughly {e} km from the North Pole. Resupply ships make the {f}-km voyage from Montreal to Iqaluit each summer.
""",
        [
            c(
                10,
                "some {a} km",
                "latitude",
                P("Iqaluit", "n_iqaluit", 0),
                Line("Arctic Circle", "arctic_circle"),
                d="S",
                note="apposition with a number",
            ),
            c(
                4,
                "about {b} km",
                "point",
                P("Kuujjuaq", "n_kuujjuaq"),
                P("(dateline) IQALUIT", "n_iqaluit"),
                d="S",
                note="implicit reference: the dateline",
            ),
            c(
                4,
                "some {c} km",
                "point",
                P("Ottawa", "n_ottawa"),
                P("(dateline) IQALUIT", "n_iqaluit"),
                d="S",
                want=False,
                note="implicit reference: the dateline",
            ),
            c(
                1,
                "about {d} km",
                "point",
                P("Rankin Inlet", "n_rankin"),
                P("Iqaluit", "n_iqaluit", 1),
                d="W",
            ),
            c(
                10,
                "roughly {e} km",
                "pole",
                P("Iqaluit", "n_iqaluit", 2),
                Line("North Pole", "north_pole"),
                want=False,
            ),
            c(
                6,
                "{f}-km",
                "route",
                P("Montreal", "n_montreal"),
                P("Iqaluit", "n_iqaluit", 3),
                note="a sea voyage",
            ),
        ],
        [
            ("120 km/h", "wind speed"),
            ("third day", "count"),
            ("45 degrees", "temperature"),
            ("7,500", "population"),
        ],
    ),
]
