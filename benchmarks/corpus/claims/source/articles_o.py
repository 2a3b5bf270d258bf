# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch O (written for geomap by the integrator, 2026-12-03, fifth session; not
copied from any news source). HELD OUT: written at the start of the session, before any of
its changes were merged, with the gold (places, coordinates from general knowledge, stated
directions, meant truth) written before geomap was run on them, to measure whether the
session's work carries over to text nobody tuned on. Mozambique and Malawi, Finnish
Lapland, Papua New Guinea's New Britain. Coordinates are kept here under `o_` keys so that the
batch touches no other source file."""

from places import PLACES, A, Line, P, c  # noqa: F401

PLACES.update(
    {
        "o_maputo": ("Maputo", -25.9692, 32.5732, "city", "MZ"),
        "o_beira": ("Beira", -19.8436, 34.8389, "city", "MZ"),
        "o_quelimane": ("Quelimane", -17.8786, 36.8883, "city", "MZ"),
        "o_nampula": ("Nampula", -15.1165, 39.2666, "city", "MZ"),
        "o_tete": ("Tete", -16.1564, 33.5867, "city", "MZ"),
        "o_blantyre": ("Blantyre", -15.7861, 35.0058, "city", "MW"),
        "o_helsinki": ("Helsinki", 60.1699, 24.9384, "city", "FI"),
        "o_rovaniemi": ("Rovaniemi", 66.5039, 25.7294, "city", "FI"),
        "o_oulu": ("Oulu", 65.0121, 25.4651, "city", "FI"),
        "o_kuopio": ("Kuopio", 62.8924, 27.6770, "city", "FI"),
        "o_inari": ("Inari", 68.9064, 27.0288, "city", "FI"),
        "o_murmansk": ("Murmansk", 68.9585, 33.0827, "city", "RU"),
        "o_portmoresby": ("Port Moresby", -9.4438, 147.1803, "city", "PG"),
        "o_rabaul": ("Rabaul", -4.1967, 152.1721, "city", "PG"),
        "o_kokopo": ("Kokopo", -4.3420, 152.2667, "city", "PG"),
        "o_tavurvur": ("Tavurvur", -4.2710, 152.2030, "mountain", "PG"),
        "o_lae": ("Lae", -6.7221, 146.9847, "city", "PG"),
        "o_kimbe": ("Kimbe", -5.5500, 150.1430, "city", "PG"),
    }
)

ARTICLES = [
    A(
        "en-mozambique-cyclone",
        "en",
        "2026-03-04",
        "dev",
        """
Cyclone floods central Mozambique

MAPUTO, March 4 (geomap) - Cyclone Dara made landfall near Beira, the country's second port, late on Monday with gusts of 190 km/h. Beira lies roughly {a} km north of Maputo. Quelimane, a city of 350,000 people on the coast of the Zambezi delta, is about {b} km north-east of Beira and lost power. The {c}-km road from Beira to Tete was cut by floods. From Tete, the Malawian city of Blantyre is only about {d} km to the east. Nampula, which lies some {e} km north-east of Quelimane, opened shelters. Beira sits about {f} km north of the Tropic of Capricorn. More than 300 millimetres of rain fell in 24 hours.
""",
        [
            c(
                "plain",
                "roughly {a} km",
                "point",
                P("Beira", "o_beira", 1),
                P("Maputo", "o_maputo", 1),
                d="N",
            ),
            c(
                1,
                "about {b} km",
                "point",
                P("Quelimane", "o_quelimane"),
                P("Beira", "o_beira", 2),
                d="NE",
                want=False,
                note="apposition with a number and a river",
            ),
            c(6, "{c}-km", "route", P("Beira", "o_beira", 3), P("Tete", "o_tete")),
            c(
                4,
                "about {d} km",
                "point",
                P("Blantyre", "o_blantyre"),
                P("Tete", "o_tete", 1),
                d="E",
                note="reference fronted with From",
            ),
            c(
                8,
                "some {e} km",
                "point",
                P("Nampula", "o_nampula"),
                P("Quelimane", "o_quelimane", 1),
                d="NE",
            ),
            c(
                10,
                "about {f} km",
                "latitude",
                P("Beira", "o_beira", 4),
                Line("Tropic of Capricorn", "tropic_capricorn"),
                d="N",
                want=False,
            ),
        ],
        [
            ("190 km/h", "wind speed"),
            ("350,000 people", "population"),
            ("300 millimetres", "rainfall"),
            ("24 hours", "duration"),
        ],
    ),
    A(
        "de-finnland-nachtzug",
        "de",
        "2026-01-15",
        "dev",
        """
Kältewelle in Lappland

ROVANIEMI (geomap) - In Lappland sind die Temperaturen in der Nacht auf minus 41 Grad gefallen. Rovaniemi, die Hauptstadt der Provinz, liegt nur rund {a} Kilometer südlich des Polarkreises. Der Nachtzug, der die {b} Kilometer lange Strecke von Helsinki nach Rovaniemi sonst in zwölf Stunden zurücklegt, blieb in Oulu stehen. Oulu, mit 215.000 Einwohnern die größte Stadt des Nordens, liegt etwa {c} Kilometer südlich von Rovaniemi. Von Helsinki aus sind es gut {d} Kilometer bis Kuopio, wo Schulen geschlossen blieben. Im nordfinnischen Inari, das etwa {e} Kilometer nördlich von Rovaniemi liegt, lag der Schnee 80 Zentimeter hoch. Das russische Murmansk ist von Inari knapp {f} Kilometer entfernt.
""",
        [
            c(
                10,
                "rund {a} Kilometer",
                "latitude",
                P("Rovaniemi", "o_rovaniemi", 1),
                Line("Polarkreises", "arctic_circle"),
                d="S",
            ),
            c(
                6,
                "{b} Kilometer",
                "route",
                P("Helsinki", "o_helsinki"),
                P("Rovaniemi", "o_rovaniemi", 2),
            ),
            c(
                1,
                "etwa {c} Kilometer",
                "point",
                P("Oulu", "o_oulu", 1),
                P("Rovaniemi", "o_rovaniemi", 3),
                d="S",
                want=False,
                note="apposition with a number",
            ),
            c(
                4,
                "gut {d} Kilometer",
                "point",
                P("Kuopio", "o_kuopio"),
                P("Helsinki", "o_helsinki", 1),
                note="Von X aus sind es N bis Y",
            ),
            c(
                8,
                "etwa {e} Kilometer",
                "point",
                P("Inari", "o_inari"),
                P("Rovaniemi", "o_rovaniemi", 4),
                d="N",
            ),
            c(
                4,
                "knapp {f} Kilometer",
                "point",
                P("Murmansk", "o_murmansk"),
                P("Inari", "o_inari", 1),
                want=False,
                note="reference before the number, German adjective",
            ),
        ],
        [
            ("minus 41 Grad", "temperature"),
            ("215.000 Einwohnern", "population"),
            ("80 Zentimeter", "snow depth"),
        ],
    ),
    A(
        "en-png-eruption",
        "en",
        "2026-05-19",
        "dev",
        """
Volcano erupts on New Britain

PORT MORESBY, May 19 (geomap) - Tavurvur, the volcano that buried much of Rabaul in 1994, erupted on Sunday and sent ash 12 km into the sky. Kokopo, the provincial capital, lies roughly {a} km south-east of the volcano and was covered in grey dust. Flights from Port Moresby to Rabaul, about {b} km to the north-east, were cancelled. Lae, the country's second city, is about {c} km north of the capital. Kimbe, which lies some {d} km west of Kokopo, reported light ashfall. Rabaul sits about {e} km south of the Equator. About 4,000 people left their homes.
""",
        [
            c(
                3,
                "roughly {a} km",
                "point",
                P("Kokopo", "o_kokopo"),
                P("the volcano", "o_tavurvur"),
                d="SE",
                note="apposition and a feature noun as reference",
            ),
            c(
                4,
                "about {b} km",
                "point",
                P("Rabaul", "o_rabaul", 1),
                P("Port Moresby", "o_portmoresby", 1),
                d="NE",
                note="chain from A to B, about N km to the north-east",
            ),
            c(
                1,
                "about {c} km",
                "point",
                P("Lae", "o_lae"),
                P("the capital", "o_portmoresby"),
                d="N",
                want=False,
            ),
            c(
                8,
                "some {d} km",
                "point",
                P("Kimbe", "o_kimbe"),
                P("Kokopo", "o_kokopo", 1),
                d="W",
            ),
            c(
                10,
                "about {e} km",
                "latitude",
                P("Rabaul", "o_rabaul", 2),
                Line("Equator", "equator"),
                d="S",
            ),
        ],
        [("12 km", "ash column height"), ("4,000 people", "evacuated")],
    ),
]
