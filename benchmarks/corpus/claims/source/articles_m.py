# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch M (written for geomap by the integrator, 2026-12-03, fourth session; not
copied from any news source). HELD OUT: written at the start of the session, before any of
its changes were merged, with the gold (places, coordinates from general knowledge, stated
directions, meant truth) written before geomap was run on them, to measure whether the
session's work carries over to text nobody tuned on. Madagascar and the Mascarenes, northern
Vietnam, Kazakhstan and the Caspian. Coordinates are kept here under `m_` keys so that the
batch touches no other source file."""

from places import PLACES, A, Line, P, c  # noqa: F401

PLACES.update(
    {
        "m_antananarivo": ("Antananarivo", -18.8792, 47.5079, "city", "MG"),
        "m_toamasina": ("Toamasina", -18.1443, 49.3958, "city", "MG"),
        "m_mahanoro": ("Mahanoro", -19.9000, 48.8000, "city", "MG"),
        "m_tolagnaro": ("Tôlanaro", -25.0325, 46.9853, "city", "MG"),
        "m_reunion": ("Réunion", -21.1151, 55.5364, "island", "RE"),
        "m_mauritius": ("Mauritius", -20.2500, 57.5500, "island", "MU"),
        "m_mayotte": ("Mayotte", -12.8275, 45.1662, "island", "YT"),
        "m_hanoi": ("Hanoi", 21.0285, 105.8542, "city", "VN"),
        "m_haiphong": ("Hai Phong", 20.8449, 106.6881, "city", "VN"),
        "m_halong": ("Ha Long", 20.9517, 107.0792, "city", "VN"),
        "m_langson": ("Lạng Sơn", 21.8537, 106.7610, "city", "VN"),
        "m_laocai": ("Lào Cai", 22.4856, 103.9707, "city", "VN"),
        "m_hue": ("Huế", 16.4637, 107.5909, "city", "VN"),
        "m_astana": ("Astana", 51.1694, 71.4491, "city", "KZ"),
        "m_aktau": ("Aktau", 43.6500, 51.1600, "city", "KZ"),
        "m_atyrau": ("Atyrau", 47.1000, 51.9200, "city", "KZ"),
        "m_astrakhan": ("Astrakhan", 46.3497, 48.0408, "city", "RU"),
        "m_beyneu": ("Beyneu", 45.3167, 55.2000, "city", "KZ"),
        "m_almaty": ("Almaty", 43.2389, 76.8897, "city", "KZ"),
    }
)

ARTICLES = [
    A(
        "en-madagascar-cyclone",
        "en",
        "2026-02-10",
        "dev",
        """
Cyclone Haruna batters Madagascar's east coast

ANTANANARIVO, Feb. 10 (geomap) - Cyclone Haruna made landfall on Monday near Toamasina, the country's main port, about {a} km east of the capital, with winds of 180 km/h. Mahanoro, some {b} km south of Toamasina, was cut off. Aid flights from Antananarivo to Tolanaro, a {c}-km flight, were suspended. Reunion, roughly {d} km east of Toamasina, raised its alert level. The storm had crossed Mauritius, which lies about 230 km north-east of Reunion, two days earlier. Rivers rose by 3 metres and 60,000 people were displaced. Mayotte, about {e} km north-west of Antananarivo, sent a navy ship.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("Toamasina", "m_toamasina"),
                P("the capital", "m_antananarivo"),
                d="E",
                note="descriptive reference after an apposition",
            ),
            c(
                "plain",
                "some {b} km",
                "point",
                P("Mahanoro", "m_mahanoro"),
                P("Toamasina", "m_toamasina", 1),
                d="S",
                want=False,
            ),
            c(
                11,
                "{c}-km",
                "point",
                P("Tolanaro", "m_tolagnaro"),
                P("Antananarivo", "m_antananarivo"),
                note="a flight between two named places",
            ),
            c(
                1,
                "roughly {d} km",
                "point",
                P("Reunion", "m_reunion"),
                P("Toamasina", "m_toamasina", 2),
                d="E",
                want=False,
            ),
            c(
                8,
                "about 230 km",
                "point",
                P("Mauritius", "m_mauritius"),
                P("Reunion", "m_reunion", 1),
                d="NE",
                note="relative clause after a new place",
            ),
            c(
                1,
                "about {e} km",
                "point",
                P("Mayotte", "m_mayotte"),
                P("Antananarivo", "m_antananarivo", 1),
                d="NW",
            ),
        ],
        [("180 km/h", "wind speed"), ("3 metres", "river rise"), ("60,000 people", "displaced")],
    ),
    A(
        "de-vietnam-taifun",
        "de",
        "2026-09-22",
        "dev",
        """
Taifun trifft Nordvietnam

HANOI (geomap) - Der Taifun "Linh" ist am Montag in der Hafenstadt Hai Phong, rund {a} Kilometer östlich von Hanoi, auf Land getroffen. Ha Long, das etwa {b} Kilometer nordöstlich von Hai Phong liegt, meldete Windspitzen von 160 km/h. Von Hanoi aus sind es knapp {c} Kilometer bis Lang Son, wo Erdrutsche zwei Dörfer verschütteten. Die {d} Kilometer lange Bahnstrecke von Hanoi nach Lao Cai wurde unterbrochen. Hue, die alte Kaiserstadt, liegt gut {e} Kilometer südlich von Hanoi und blieb verschont. Der Pegel des Roten Flusses stieg um 4 Meter, in einer Stunde fielen 30 Millimeter Regen.
""",
        [
            c(
                7,
                "rund {a} Kilometer",
                "point",
                P("Hai Phong", "m_haiphong"),
                P("Hanoi", "m_hanoi", 1),
                d="E",
                note="feature noun before the city",
            ),
            c(
                8,
                "etwa {b} Kilometer",
                "point",
                P("Ha Long", "m_halong"),
                P("Hai Phong", "m_haiphong", 1),
                d="NE",
                want=False,
            ),
            c(
                4,
                "knapp {c} Kilometer",
                "point",
                P("Lang Son", "m_langson"),
                P("Hanoi", "m_hanoi", 2),
                note="reference before the number",
            ),
            c(6, "{d} Kilometer", "route", P("Hanoi", "m_hanoi", 3), P("Lao Cai", "m_laocai")),
            c(
                1,
                "gut {e} Kilometer",
                "point",
                P("Hue", "m_hue"),
                P("Hanoi", "m_hanoi", 4),
                d="S",
                want=False,
            ),
        ],
        [("160 km/h", "wind speed"), ("4 Meter", "river rise"), ("30 Millimeter", "rain")],
    ),
    A(
        "en-kazakhstan-rail",
        "en",
        "2026-06-03",
        "dev",
        """
Kazakhstan opens rail link along the Caspian

ASTANA, June 3 (geomap) - Kazakhstan on Tuesday opened a {a}-km railway between Aktau and Atyrau, cutting the journey to 11 hours at speeds of up to 120 km/h. Aktau, the country's only deep-water port on the Caspian Sea, lies roughly {b} km south-west of Astana. From Atyrau, the Russian city of Astrakhan is about {c} km to the west. The new line passes Beyneu, which lies about {d} km north-east of Aktau. The project cost $2.1 billion. Almaty, the largest city, lies about {e} km north of the Equator and 850 metres above sea level.
""",
        [
            c(6, "{a}-km", "route", P("Aktau", "m_aktau"), P("Atyrau", "m_atyrau")),
            c(
                1,
                "roughly {b} km",
                "point",
                P("Aktau", "m_aktau", 1),
                P("Astana", "m_astana", 0),
                d="SW",
                want=False,
                note="apposition with a sea in it",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Astrakhan", "m_astrakhan"),
                P("Atyrau", "m_atyrau", 1),
                d="W",
                note="reference fronted with From",
            ),
            c(
                8,
                "about {d} km",
                "point",
                P("Beyneu", "m_beyneu"),
                P("Aktau", "m_aktau", 2),
                d="NE",
            ),
            c(
                10,
                "about {e} km",
                "latitude",
                P("Almaty", "m_almaty"),
                Line("Equator", "equator"),
                d="N",
            ),
        ],
        [
            ("11 hours", "duration"),
            ("120 km/h", "speed"),
            ("$2.1 billion", "money"),
            ("850 metres", "altitude"),
        ],
    ),
]
