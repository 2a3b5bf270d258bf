# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch U (written for geomap by the integrator, 2026-12-03, eighth session; not
copied from any news source). HELD OUT: written with its gold (places, coordinates from
general knowledge, stated directions, meant truth) at the session's start, before any of
that session's changes were merged and before geomap was run on it; nobody tunes on it.
Regions the corpus had little of: the Scottish Highlands, southern Tunisia, Colombia's
Andes and Caribbean coast. Coordinates are kept here under `u_` keys so that the batch
touches no other source file."""

from places import PLACES, A, P, c

PLACES.update(
    {
        "u_inverness": ("Inverness", 57.4778, -4.2247, "city", "GB"),
        "u_fortwilliam": ("Fort William", 56.8198, -5.1052, "city", "GB"),
        "u_bennevis": ("Ben Nevis", 56.7969, -5.0036, "mountain", "GB"),
        "u_ullapool": ("Ullapool", 57.8954, -5.1600, "city", "GB"),
        "u_stornoway": ("Stornoway", 58.2090, -6.3890, "city", "GB"),
        "u_portree": ("Portree", 57.4125, -6.1960, "city", "GB"),
        "u_aberdeen": ("Aberdeen", 57.1497, -2.0943, "city", "GB"),
        "u_edinburgh": ("Edinburgh", 55.9533, -3.1883, "city", "GB"),
        "u_glasgow": ("Glasgow", 55.8642, -4.2518, "city", "GB"),
        "u_tunis": ("Tunis", 36.8065, 10.1815, "city", "TN"),
        "u_tozeur": ("Tozeur", 33.9197, 8.1335, "city", "TN"),
        "u_gabes": ("Gabès", 33.8815, 10.0982, "city", "TN"),
        "u_djerba": ("Djerba", 33.8100, 10.8600, "island", "TN"),
        "u_sfax": ("Sfax", 34.7406, 10.7603, "city", "TN"),
        "u_sousse": ("Sousse", 35.8256, 10.6360, "city", "TN"),
        "u_kairouan": ("Kairouan", 35.6781, 10.0963, "city", "TN"),
        "u_tataouine": ("Tataouine", 32.9297, 10.4518, "city", "TN"),
        "u_bogota": ("Bogotá", 4.7110, -74.0721, "city", "CO"),
        "u_manizales": ("Manizales", 5.0703, -75.5138, "city", "CO"),
        "u_ruiz": ("Nevado del Ruiz", 4.8950, -75.3222, "volcano", "CO"),
        "u_medellin": ("Medellín", 6.2442, -75.5812, "city", "CO"),
        "u_cali": ("Cali", 3.4516, -76.5320, "city", "CO"),
        "u_barranquilla": ("Barranquilla", 10.9685, -74.7813, "city", "CO"),
        "u_cartagena": ("Cartagena", 10.3910, -75.4794, "city", "CO"),
        "u_pereira": ("Pereira", 4.8133, -75.6961, "city", "CO"),
    }
)

ARTICLES = [
    A(
        "en-scotland-storm",
        "en",
        "2026-11-19",
        "heldout",
        """
Storm cuts off Scottish Highlands

INVERNESS, Nov. 19 (geomap) - Storm Fionn brought gusts of 90 mph to the Highlands on Wednesday and cut power to 40,000 homes. Fort William, a town of 10,000 at the foot of Ben Nevis, lies about {a} km south-west of Inverness. Ben Nevis, at 1,345 metres Britain's highest mountain, is some {b} km east of Fort William. In the north-west, Ullapool, where the ferry to the Outer Hebrides leaves, is roughly {c} km from Inverness. The {d}-km crossing from Ullapool to Stornoway was cancelled for a third day. Portree, the main town on Skye, is about {e} km west of Inverness, the Met Office said. Aberdeen, which lies some {f} km east of the Highland capital, reported flooding in 12 streets. "We are {g} km from Edinburgh and nobody comes," said a hotel owner in Ullapool. Glasgow and Edinburgh are about {h} km apart, and trains between them ran with 20-minute delays.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Fort William", "u_fortwilliam", 0),
                P("Inverness", "u_inverness", 0),
                d="SW",
                note="apposition with a population and a mountain",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Ben Nevis", "u_bennevis", 1),
                P("Fort William", "u_fortwilliam", 1),
                d="E",
                want=False,
                note="apposition with a height; summit as subject",
            ),
            c(
                5,
                "roughly {c} km",
                "point",
                P("Ullapool", "u_ullapool", 0),
                P("Inverness", "u_inverness", 1),
                note="fronted compass region, then a relative clause naming islands",
            ),
            c(
                6,
                "{d}-km",
                "route",
                P("Ullapool", "u_ullapool", 1),
                P("Stornoway", "u_stornoway", 0),
                note="a ferry crossing",
            ),
            c(
                "plain",
                "about {e} km",
                "point",
                P("Portree", "u_portree", 0),
                P("Inverness", "u_inverness", 2),
                d="W",
                want=False,
                note="apposition naming an island",
            ),
            c(
                3,
                "some {f} km",
                "point",
                P("Aberdeen", "u_aberdeen", 0),
                P("Highland capital", "u_inverness"),
                d="E",
                note="relative clause; the reference is a descriptive phrase for the dateline city",
            ),
            c(
                4,
                "{g} km",
                "point",
                P("Ullapool", "u_ullapool", 2),
                P("Edinburgh", "u_edinburgh", 0),
                note="first person in a quote; the speaker's place after the quote",
            ),
            c(
                9,
                "about {h} km",
                "pair",
                P("Glasgow", "u_glasgow", 0),
                P("Edinburgh", "u_edinburgh", 1),
                want=False,
                note="A and B are N km apart, with a duration after",
            ),
        ],
        [
            ("90 mph", "speed"),
            ("40,000 homes", "count"),
            ("10,000", "population"),
            ("1,345 metres", "altitude"),
            ("12 streets", "count"),
            ("20-minute", "duration"),
        ],
    ),
    A(
        "de-tunesien-hitze",
        "de",
        "2026-07-24",
        "heldout",
        """
Hitzewelle im Süden Tunesiens

TUNIS, 24. Juli (geomap) – Mit 49 Grad hat Tozeur am Donnerstag einen neuen Hitzerekord für Tunesien gemessen. Die Oasenstadt liegt rund {a} Kilometer südwestlich der Hauptstadt. Im südtunesischen Gabès, gut {b} Kilometer südlich von Tunis, fiel an zwei Tagen der Strom aus. Djerba, die größte Insel Nordafrikas, liegt etwa {c} Kilometer östlich von Gabès. Von Sfax aus sind es knapp {d} Kilometer bis Sousse, wo die Touristen in klimatisierten Hotels ausharrten. Kairouan, das mit 190.000 Einwohnern als heilige Stadt gilt, liegt rund {e} Kilometer westlich von Sousse. Die {f} Kilometer lange Autobahn A1 zwischen Tunis und Sfax war wegen Bränden zeitweise gesperrt. Tataouine, etwa {g} Kilometer südlich von Gabès, meldete 48 Grad. Zwischen Tozeur und Gabès liegen rund {h} Kilometer Wüste und Salzsee.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Oasenstadt", "u_tozeur"),
                P("Hauptstadt", "u_tunis"),
                d="SW",
                note="descriptive subject and reference; the capital is the dateline city",
            ),
            c(
                7,
                "gut {b} Kilometer",
                "point",
                P("Gabès", "u_gabes", 0),
                P("Tunis", "u_tunis", 0),
                d="S",
                want=False,
                note="adjective + city with an apposition",
            ),
            c(
                11,
                "etwa {c} Kilometer",
                "point",
                P("Djerba", "u_djerba", 0),
                P("Gabès", "u_gabes", 1),
                d="E",
                note="an island as subject, with an apposition",
            ),
            c(
                4,
                "knapp {d} Kilometer",
                "point",
                P("Sousse", "u_sousse", 0),
                P("Sfax", "u_sfax", 0),
                note="Von A aus sind es N bis B, then a relative clause",
            ),
            c(
                8,
                "rund {e} Kilometer",
                "point",
                P("Kairouan", "u_kairouan", 0),
                P("Sousse", "u_sousse", 1),
                d="W",
                want=False,
                note="relative clause with a population",
            ),
            c(
                6,
                "{f} Kilometer",
                "route",
                P("Tunis", "u_tunis", 1),
                P("Sfax", "u_sfax", 1),
                note="die N Kilometer lange Autobahn zwischen A und B",
            ),
            c(
                1,
                "etwa {g} Kilometer",
                "point",
                P("Tataouine", "u_tataouine", 0),
                P("Gabès", "u_gabes", 2),
                d="S",
                note="apposition before a verb with a temperature",
            ),
            c(
                9,
                "rund {h} Kilometer",
                "pair",
                P("Tozeur", "u_tozeur", 1),
                P("Gabès", "u_gabes", 3),
                want=False,
                note="Zwischen A und B liegen N Kilometer",
            ),
        ],
        [
            ("49 Grad", "temperature"),
            ("zwei Tagen", "duration"),
            ("190.000 Einwohnern", "population"),
            ("48 Grad", "temperature"),
        ],
    ),
    A(
        "en-colombia-floods",
        "en",
        "2026-05-08",
        "heldout",
        """
Rains swell rivers across Colombia's Andes

BOGOTÁ, May 8 (geomap) - Heavy rains killed at least 23 people in Colombia this week. Manizales, a city of 450,000 on the slopes of the Nevado del Ruiz, lies about {a} km west of Bogotá. The volcano, 5,321 metres high, is some {b} km south-east of Manizales and was on orange alert. Medellín, where 4 people died in a landslide, is roughly {c} km north of Manizales. In Valle del Cauca, Cali, the department's capital, is about {d} km south of Medellín. Floods also hit Barranquilla on the Caribbean coast, about {e} km north of the capital. Cartagena lies some {f} km south-west of Barranquilla. Pereira is just {g} km from Manizales, officials said, but the road between the two cities was closed. The Magdalena river carried 30 percent more water than usual.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Manizales", "u_manizales", 0),
                P("Bogotá", "u_bogota", 0),
                d="W",
                note="apposition with a population and a volcano",
            ),
            c(
                3,
                "some {b} km",
                "point",
                P("volcano", "u_ruiz"),
                P("Manizales", "u_manizales", 1),
                d="SE",
                want=False,
                note="descriptive subject with a height",
            ),
            c(
                8,
                "roughly {c} km",
                "point",
                P("Medellín", "u_medellin", 0),
                P("Manizales", "u_manizales", 2),
                d="N",
                note="relative clause with a death toll",
            ),
            c(
                5,
                "about {d} km",
                "point",
                P("Cali", "u_cali", 0),
                P("Medellín", "u_medellin", 1),
                d="S",
                note="fronted region, apposition naming the capital",
            ),
            c(
                3,
                "about {e} km",
                "point",
                P("Barranquilla", "u_barranquilla", 0),
                P("capital", "u_bogota"),
                d="N",
                want=False,
                note="apposition after a coast; the capital is the dateline city",
            ),
            c(
                "plain",
                "some {f} km",
                "point",
                P("Cartagena", "u_cartagena", 0),
                P("Barranquilla", "u_barranquilla", 1),
                d="SW",
            ),
            c(
                "plain",
                "just {g} km",
                "point",
                P("Pereira", "u_pereira", 0),
                P("Manizales", "u_manizales", 3),
                note="the road between the two cities follows",
            ),
        ],
        [
            ("23 people", "count"),
            ("450,000", "population"),
            ("5,321 metres", "altitude"),
            ("4 people", "count"),
            ("30 percent", "percent"),
        ],
    ),
]
