# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AO (written for geomap by helper h15-cwire, 2026-12-04, fifteenth session,
round 2; not copied from any news source). DEV: plain wire copy from islands and coasts the
dev sources had none of: Trinidad and Tobago with Barbados (the Caribbean), Mauritius with
Rodrigues and Réunion (the Indian Ocean), French Polynesia (the Pacific) and the Åland
islands with Turku and Stockholm (the Baltic). Heavy in classes 3 and 4: `the capital`,
`der Hauptstadt`, `der Inselhauptstadt`, `die Stadt`, `the island's main town`, a bare
`From <A> it is N km to <B>` / `Von <A> aus sind es bis <B> N km` (a straight line, the
session's route decision) beside a ferry or flight with its travel time (a route), the
dateline as implicit reference, first person in a quote. Gold written from the text
before geomap ran on it. Coordinates under `ao_` keys in this file: town centres written
from general knowledge (GeoNames/Wikipedia-style points), never from geomap or its
gazetteer."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Trinidad and Tobago, Barbados
        "ao_portofspain": ("Port of Spain", 10.6596, -61.5019, "city", "TT"),
        "ao_sanfernando": ("San Fernando", 10.2797, -61.4589, "city", "TT"),
        "ao_chaguanas": ("Chaguanas", 10.5168, -61.4114, "city", "TT"),
        "ao_arima": ("Arima", 10.6374, -61.2823, "city", "TT"),
        "ao_pointfortin": ("Point Fortin", 10.1741, -61.6841, "city", "TT"),
        "ao_scarborough": ("Scarborough", 11.1833, -60.7333, "city", "TT"),
        "ao_bridgetown": ("Bridgetown", 13.0969, -59.6145, "city", "BB"),
        # Mauritius, Réunion
        "ao_portlouis": ("Port Louis", -20.1609, 57.5012, "city", "MU"),
        "ao_mahebourg": ("Mahébourg", -20.4081, 57.7000, "city", "MU"),
        "ao_curepipe": ("Curepipe", -20.3163, 57.5259, "city", "MU"),
        "ao_grandbaie": ("Grand Baie", -20.0130, 57.5800, "city", "MU"),
        "ao_portmathurin": ("Port Mathurin", -19.6833, 63.4167, "city", "MU"),
        "ao_flacq": ("Centre de Flacq", -20.1897, 57.7144, "city", "MU"),
        "ao_saintdenis": ("Saint-Denis", -20.8823, 55.4504, "city", "RE"),
        # French Polynesia
        "ao_papeete": ("Papeete", -17.5350, -149.5696, "city", "PF"),
        "ao_taiohae": ("Taiohae", -8.9109, -140.0989, "city", "PF"),
        "ao_uturoa": ("Uturoa", -16.7333, -151.4333, "city", "PF"),
        "ao_vaitape": ("Vaitape", -16.5004, -151.7490, "city", "PF"),
        "ao_taravao": ("Taravao", -17.7333, -149.3000, "city", "PF"),
        # Åland, Finland, Sweden
        "ao_mariehamn": ("Mariehamn", 60.0973, 19.9348, "city", "AX"),
        "ao_turku": ("Turku", 60.4518, 22.2666, "city", "FI"),
        "ao_stockholm": ("Stockholm", 59.3293, 18.0686, "city", "SE"),
        "ao_eckero": ("Eckerö", 60.2250, 19.5900, "city", "AX"),
        "ao_helsinki": ("Helsinki", 60.1699, 24.9384, "city", "FI"),
        "ao_naantali": ("Naantali", 60.4675, 22.0264, "city", "FI"),
    }
)

ARTICLES = [
    A(
        "en-trinidad-storm",
        "en",
        "2026-10-21",
        "dev",
        """
Storm floods southern Trinidad
PORT OF SPAIN, Trinidad and Tobago (geomap) - Tropical Storm Rafael flooded large parts of southern Trinidad on Tuesday, dumping 180 mm of rain in 24 hours, the disaster preparedness office said. San Fernando, the country's second city, lies about {a} km south of the capital. In Chaguanas, some {b} km north of San Fernando, the main highway was closed for six hours. From the capital it is about {c} km to Arima, where the river burst its banks. Point Fortin, an oil town on the Gulf of Paria, lies some {d} km south-west of San Fernando. The ferry from Port of Spain takes about three hours to cover the {e} km to Scarborough on Tobago. The island's main town lies about {f} km north-east of Port of Spain. Bridgetown in Barbados, some {g} km to the north-east, reported only light rain.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("San Fernando", "ao_sanfernando", 0),
                P("the capital", "ao_portofspain", 0),
                d="S",
                note="`the capital`: the dateline's country's capital",
            ),
            c(
                "plain",
                "some {b} km",
                "point",
                P("Chaguanas", "ao_chaguanas", 0),
                P("San Fernando", "ao_sanfernando", 1),
                d="N",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("the capital", "ao_portofspain", 1),
                P("Arima", "ao_arima", 0),
                want=False,
                note="`From <A> it is N km to <B>` with no way word: a straight line (a way word in the relative clause after it is about the place)",
            ),
            c(
                "plain",
                "some {d} km",
                "point",
                P("Point Fortin", "ao_pointfortin", 0),
                P("San Fernando", "ao_sanfernando", 2),
                d="SW",
            ),
            c(
                6,
                "{e} km",
                "route",
                P("Port of Spain", "ao_portofspain", 0),
                P("Scarborough", "ao_scarborough", 0),
                fac=1.2,
                note="a ferry with its travel time: a route",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("The island's main town", "ao_scarborough", 0),
                P("Port of Spain", "ao_portofspain", 1),
                d="NE",
                want=False,
                note="`The island's main town`: the town just named on that island",
            ),
            c(
                4,
                "some {g} km",
                "point",
                P("Bridgetown", "ao_bridgetown", 0),
                P("Port of Spain", "ao_portofspain", 1),
                d="NE",
                note="`some N km to the north-east`: the place just named, also the dateline",
            ),
        ],
        [
            ("180 mm", "rainfall"),
            ("24 hours", "duration"),
            ("six hours", "duration"),
            ("three hours", "travel time"),
        ],
    ),
    A(
        "de-mauritius-zyklon",
        "de",
        "2026-02-09",
        "dev",
        """
Zyklon streift Mauritius
PORT LOUIS (geomap) – Zyklon Belal hat Mauritius am Montag mit Böen von bis zu 180 Kilometern pro Stunde gestreift; mehr als 1.200 Menschen suchten Schutz in Notunterkünften. Am schwersten traf es Mahébourg im Südosten der Insel, rund {a} Kilometer von der Hauptstadt entfernt. Die Hafenstadt blieb bis Dienstag ohne Strom. In Curepipe auf dem zentralen Plateau fielen binnen 12 Stunden 300 Liter Regen pro Quadratmeter; die Stadt liegt knapp {b} Kilometer südlich von Port Louis. Von Port Louis aus sind es bis Grand Baie im Norden rund {c} Kilometer. Auf Rodrigues lief ein Frachter auf Grund; Port Mathurin, der Hauptort der Insel, liegt rund {d} Kilometer östlich von Port Louis. Saint-Denis auf dem französischen Réunion, rund {e} Kilometer südwestlich der mauritischen Hauptstadt, meldete nur Regen. In Centre de Flacq an der Ostküste, etwa {f} Kilometer von Port Louis entfernt, stürzten Bäume auf die Straße.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Mahébourg", "ao_mahebourg", 0),
                P("der Hauptstadt", "ao_portlouis", 0),
                note="`von der Hauptstadt`: the dateline's country's capital",
            ),
            c(
                3,
                "knapp {b} Kilometer",
                "point",
                P("die Stadt", "ao_curepipe", 0),
                P("Port Louis", "ao_portlouis", 0),
                d="S",
                want=False,
                note="`die Stadt` after a semicolon: the town of the clause before",
            ),
            c(
                4,
                "rund {c} Kilometer",
                "point",
                P("Port Louis", "ao_portlouis", 1),
                P("Grand Baie", "ao_grandbaie", 0),
                note="`Von <A> aus sind es bis <B> N km`: a straight line",
            ),
            c(
                "plain",
                "rund {d} Kilometer",
                "point",
                P("Port Mathurin", "ao_portmathurin", 0),
                P("Port Louis", "ao_portlouis", 2),
                d="E",
            ),
            c(
                3,
                "rund {e} Kilometer",
                "point",
                P("Saint-Denis", "ao_saintdenis", 0),
                P("der mauritischen Hauptstadt", "ao_portlouis", 0),
                d="SW",
                want=False,
                note="a capital phrase naming its country, after another country's town",
            ),
            c(
                "plain",
                "etwa {f} Kilometer",
                "point",
                P("Centre de Flacq", "ao_flacq", 0),
                P("Port Louis", "ao_portlouis", 3),
            ),
        ],
        [
            ("180 Kilometern pro Stunde", "speed"),
            ("1.200 Menschen", "count"),
            ("12 Stunden", "duration"),
            ("300 Liter", "volume"),
        ],
    ),
    A(
        "en-polynesia-tsunami",
        "en",
        "2026-03-12",
        "dev",
        """
Tsunami warning lifted in French Polynesia
PAPEETE, French Polynesia (geomap) - A tsunami warning was lifted on Thursday after a magnitude 7.1 earthquake struck far to the north-east, sending waves of up to 1.2 metres onto the beaches of the Marquesas. In Taiohae, the main village of Nuku Hiva, some {a} km north-east of Papeete, the sea flooded the harbour front. Uturoa, the main town of Raiatea, lies about {b} km north-west of the capital. From Uturoa it is another {c} km to Vaitape on Bora Bora, where 300 tourists were moved to higher ground. Flights from the capital to Taiohae, a trip of three and a half hours and about {d} km, were cancelled. Taravao, on the isthmus of Tahiti some {e} km south-east of the capital, opened two shelters. "We are about {f} km from Papeete and felt nothing," a hotel manager in Vaitape said.
""",
        [
            c(
                "plain",
                "some {a} km",
                "point",
                P("Taiohae", "ao_taiohae", 0),
                P("Papeete", "ao_papeete", 0),
                d="NE",
            ),
            c(
                3,
                "about {b} km",
                "point",
                P("Uturoa", "ao_uturoa", 0),
                P("the capital", "ao_papeete", 0),
                d="NW",
                note="`the capital` of a territory: the dateline's place",
            ),
            c(
                4,
                "another {c} km",
                "point",
                P("Uturoa", "ao_uturoa", 1),
                P("Vaitape", "ao_vaitape", 0),
                want=False,
                note="`From <A> it is another N km to <B>`: a straight line",
            ),
            c(
                6,
                "about {d} km",
                "route",
                P("the capital", "ao_papeete", 1),
                P("Taiohae", "ao_taiohae", 1),
                fac=1.05,
                note="a flight with its travel time: a route",
            ),
            c(
                3,
                "some {e} km",
                "point",
                P("Taravao", "ao_taravao", 0),
                P("the capital", "ao_papeete", 2),
                d="SE",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("We", "ao_vaitape", 0),
                P("Papeete", "ao_papeete", 1),
                want=False,
                note="first person in a quote: the speaker's place after it",
            ),
        ],
        [
            ("magnitude 7.1", "magnitude"),
            ("1.2 metres", "wave height"),
            ("300 tourists", "count"),
            ("three and a half hours", "travel time"),
        ],
    ),
    A(
        "de-aaland-sturm",
        "de",
        "2026-10-17",
        "dev",
        """
Herbststurm legt Fähren nach Åland lahm
MARIEHAMN (geomap) – Ein Herbststurm hat auf den Åland-Inseln am Samstag den Fährverkehr lahmgelegt; Böen erreichten 32 Meter pro Sekunde, 8.000 Haushalte waren ohne Strom. Die Fähren nach Turku, rund {a} Kilometer östlich der Inselhauptstadt, blieben im Hafen. Stockholm liegt von Mariehamn rund {b} Kilometer entfernt; dort fielen 40 Flüge aus. In Eckerö, etwa {c} Kilometer nordwestlich von Mariehamn, riss der Sturm das Dach einer Schule ab. Bis nach Eckerö sind es von Mariehamn aus mit dem Auto knapp {d} Kilometer. In Helsinki, rund {e} Kilometer östlich von Turku, stürzten Bäume auf Oberleitungen. Naantali, der Fährhafen bei Turku, liegt knapp {f} Kilometer westlich der Stadt.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Turku", "ao_turku", 0),
                P("der Inselhauptstadt", "ao_mariehamn", 0),
                d="E",
                note="`der Inselhauptstadt`: the dateline's island capital",
            ),
            c(
                4,
                "rund {b} Kilometer",
                "point",
                P("Stockholm", "ao_stockholm", 0),
                P("Mariehamn", "ao_mariehamn", 0),
                note="the reference before the number",
            ),
            c(
                "plain",
                "etwa {c} Kilometer",
                "point",
                P("Eckerö", "ao_eckero", 0),
                P("Mariehamn", "ao_mariehamn", 1),
                d="NW",
                want=False,
            ),
            c(
                4,
                "knapp {d} Kilometer",
                "route",
                P("Mariehamn", "ao_mariehamn", 2),
                P("Eckerö", "ao_eckero", 1),
                fac=1.15,
                note="`mit dem Auto`: a road length, a route",
            ),
            c(
                "plain",
                "rund {e} Kilometer",
                "point",
                P("Helsinki", "ao_helsinki", 0),
                P("Turku", "ao_turku", 1),
                d="E",
                want=False,
            ),
            c(
                3,
                "knapp {f} Kilometer",
                "point",
                P("Naantali", "ao_naantali", 0),
                P("der Stadt", "ao_turku", 0),
                d="W",
                note="`der Stadt`: the town named just before in the sentence",
            ),
        ],
        [
            ("32 Meter pro Sekunde", "speed"),
            ("8.000 Haushalte", "count"),
            ("40 Flüge", "count"),
        ],
    ),
]
