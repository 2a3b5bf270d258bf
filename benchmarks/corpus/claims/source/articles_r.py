# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch R (written for geomap by the integrator, 2026-12-03, sixth session; not
copied from any news source). HELD OUT: written with its gold (places, coordinates from
general knowledge, stated directions, meant truth) at the session's start, before any of
that session's changes were merged and before geomap was run on it; nobody tunes on it.
Regions the corpus had little of: Chile's Atacama, Iceland's south-west, Uzbekistan.
Coordinates are kept here under `r_` keys so that the batch touches no other source file."""

from places import PLACES, A, P, c

PLACES.update(
    {
        "r_antofagasta": ("Antofagasta", -23.6509, -70.3975, "city", "CL"),
        "r_paranal": ("Cerro Paranal", -24.6275, -70.4044, "mountain", "CL"),
        "r_calama": ("Calama", -22.4544, -68.9294, "city", "CL"),
        "r_sanpedro": ("San Pedro de Atacama", -22.9087, -68.1997, "city", "CL"),
        "r_iquique": ("Iquique", -20.2307, -70.1357, "city", "CL"),
        "r_santiago": ("Santiago", -33.4489, -70.6693, "city", "CL"),
        "r_copiapo": ("Copiapó", -27.3668, -70.3323, "city", "CL"),
        "r_reykjavik": ("Reykjavík", 64.1466, -21.9426, "city", "IS"),
        "r_grindavik": ("Grindavík", 63.8424, -22.4338, "city", "IS"),
        "r_keflavik": ("Keflavík", 64.0049, -22.5624, "city", "IS"),
        "r_hekla": ("Hekla", 63.9833, -19.6667, "mountain", "IS"),
        "r_selfoss": ("Selfoss", 63.9331, -20.9971, "city", "IS"),
        "r_akureyri": ("Akureyri", 65.6885, -18.1262, "city", "IS"),
        "r_vik": ("Vík", 63.4186, -19.0060, "city", "IS"),
        "r_tashkent": ("Tashkent", 41.2995, 69.2401, "city", "UZ"),
        "r_samarkand": ("Samarkand", 39.6542, 66.9597, "city", "UZ"),
        "r_bukhara": ("Bukhara", 39.7681, 64.4556, "city", "UZ"),
        "r_khiva": ("Khiva", 41.3783, 60.3639, "city", "UZ"),
        "r_nukus": ("Nukus", 42.4531, 59.6103, "city", "UZ"),
        "r_termez": ("Termez", 37.2242, 67.2783, "city", "UZ"),
    }
)

ARTICLES = [
    A(
        "en-atacama-outage",
        "en",
        "2026-10-08",
        "dev",
        """
Power cut halts Chile's desert observatories

ANTOFAGASTA, Chile, Oct. 8 (geomap) - A fault on the northern grid cut power to the telescopes of the Atacama on Tuesday. Cerro Paranal, the 2,635-metre peak that hosts the Very Large Telescope, lies about {a} km south of Antofagasta. Engineers drove up from Calama, a copper-mining town some {b} km north-east of Antofagasta, on roads closed by snow. San Pedro de Atacama - the oasis town where most astronomers live, about {c} km south-east of Calama - had no power for nine hours. The regional capital, roughly {d} km north of Cerro Paranal, was not affected. Iquique, about {e} km to the north, lent two generators. The operator, based in Santiago some {f} km to the south, said the outage cost 3 nights of observation and about $2 million. Copiapó lies {g} km south of Paranal, officials said.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Cerro Paranal", "r_paranal", 0),
                P("Antofagasta", "r_antofagasta", 0),
                d="S",
                note="apposition with a height",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Calama", "r_calama", 0),
                P("Antofagasta", "r_antofagasta", 1),
                d="NE",
                want=False,
                note="the subject is the object of a preceding verb",
            ),
            c(
                1,
                "about {c} km",
                "point",
                P("San Pedro de Atacama", "r_sanpedro", 0),
                P("Calama", "r_calama", 1),
                d="SE",
                note="apposition between spaced hyphens with a relative clause",
            ),
            c(
                3,
                "roughly {d} km",
                "point",
                P("The regional capital", "r_antofagasta"),
                P("Cerro Paranal", "r_paranal", 1),
                d="N",
                note="descriptive subject",
            ),
            c(
                4,
                "about {e} km",
                "point",
                P("Iquique", "r_iquique", 0),
                P("(dateline) ANTOFAGASTA", "r_antofagasta"),
                d="N",
                want=False,
                note="implicit reference",
            ),
            c(
                4,
                "some {f} km",
                "point",
                P("Santiago", "r_santiago", 0),
                P("(dateline) ANTOFAGASTA", "r_antofagasta"),
                d="S",
                note="implicit reference inside an apposition",
            ),
            c(
                "plain",
                "{g} km",
                "point",
                P("Copiapó", "r_copiapo", 0),
                P("Paranal", "r_paranal", 2),
                d="S",
                want=False,
                note="a short form of the peak's name",
            ),
        ],
        [
            ("2,635-metre", "altitude"),
            ("nine hours", "duration"),
            ("3 nights", "count"),
            ("$2 million", "money"),
        ],
    ),
    A(
        "de-reykjanes-lava",
        "de",
        "2026-11-20",
        "dev",
        """
Neuer Ausbruch auf Reykjanes

REYKJAVÍK (geomap) – Auf der Halbinsel Reykjanes ist am Mittwoch erneut ein Vulkan ausgebrochen. Grindavík, ein Fischerort mit einst 3.700 Einwohnern, liegt rund {a} Kilometer südwestlich der Hauptstadt. Der internationale Flughafen bei Keflavík, gut {b} Kilometer nördlich von Grindavík, blieb geöffnet. Von Reykjavík aus sind es rund {c} Kilometer bis zum Ort. Die Hekla – 1.491 Meter hoch und etwa {d} Kilometer östlich von Selfoss – gilt als nächster Kandidat. Akureyri, die größte Stadt im Norden, liegt rund {e} Kilometer nordöstlich von Reykjavík. Bis nach Vík im Süden sind es von der Hauptstadt aus {f} Kilometer Luftlinie. Die Lava floss 2 Kilometer weit und bedeckte 40 Hektar.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Grindavík", "r_grindavik", 0),
                P("Hauptstadt", "r_reykjavik", 0),
                d="SW",
                note="apposition with a number; descriptive reference",
            ),
            c(
                1,
                "gut {b} Kilometer",
                "point",
                P("Keflavík", "r_keflavik", 0),
                P("Grindavík", "r_grindavik", 1),
                d="N",
                want=False,
                note="a facility near a town is the subject",
            ),
            c(
                4,
                "rund {c} Kilometer",
                "point",
                P("Ort", "r_grindavik", 0),
                P("Reykjavík", "r_reykjavik", 0),
                note="reference before the number, subject a descriptive noun",
            ),
            c(
                1,
                "etwa {d} Kilometer",
                "point",
                P("Hekla", "r_hekla", 0),
                P("Selfoss", "r_selfoss", 0),
                d="E",
                note="apposition between dashes with a height",
            ),
            c(
                1,
                "rund {e} Kilometer",
                "point",
                P("Akureyri", "r_akureyri", 0),
                P("Reykjavík", "r_reykjavik", 1),
                d="NE",
                want=False,
                note="descriptive apposition",
            ),
            c(
                4,
                "{f} Kilometer",
                "point",
                P("Vík", "r_vik", 0),
                P("Hauptstadt", "r_reykjavik", 1),
                note="Bis nach B ... von A aus",
            ),
        ],
        [
            ("3.700 Einwohnern", "population"),
            ("1.491 Meter", "altitude"),
            ("2 Kilometer weit", "length"),
            ("40 Hektar", "area"),
        ],
    ),
    A(
        "en-uzbekistan-rail",
        "en",
        "2026-09-17",
        "dev",
        """
Uzbekistan opens high-speed line to Khiva

TASHKENT, Sept. 17 (geomap) - Uzbekistan opened the last section of its high-speed railway on Wednesday, cutting the trip from Tashkent to the old city of Khiva to seven hours. The {a}-km line from Tashkent to Bukhara was finished in 2016. Samarkand, the Silk Road city of 550,000, lies about {b} km south-west of the capital. From Bukhara, Khiva is about {c} km to the north-west. Nukus, the capital of Karakalpakstan, lies some {d} km north-west of Khiva. Termez, on the Afghan border, is about {e} km south of Samarkand, officials said. Trains will run at up to 250 km/h and carry 2 million passengers a year.
""",
        [
            c(6, "{a}-km", "route", P("Tashkent", "r_tashkent", 1), P("Bukhara", "r_bukhara", 0)),
            c(
                1,
                "about {b} km",
                "point",
                P("Samarkand", "r_samarkand", 0),
                P("capital", "r_tashkent", 0),
                d="SW",
                note="apposition with a population; descriptive reference",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Khiva", "r_khiva", 1),
                P("Bukhara", "r_bukhara", 1),
                d="NW",
                want=False,
                note="fronted from-phrase",
            ),
            c(
                3,
                "some {d} km",
                "point",
                P("Nukus", "r_nukus", 0),
                P("Khiva", "r_khiva", 2),
                d="NW",
                note="apposition naming a region's capital",
            ),
            c(
                1,
                "about {e} km",
                "point",
                P("Termez", "r_termez", 0),
                P("Samarkand", "r_samarkand", 1),
                d="S",
                want=False,
                note="apposition with a border",
            ),
        ],
        [
            ("seven hours", "duration"),
            ("550,000", "population"),
            ("250 km/h", "speed"),
            ("2 million passengers", "count"),
        ],
    ),
]
