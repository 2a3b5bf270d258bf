# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch F (written for geomap; not copied from any news source)."""

from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
    A(
        "en-wa-bushfires",
        "en",
        "2026-01-25",
        "dev",
        """
Bushfires rage across Western Australia

PERTH (geomap) - Bushfires have burnt 1.2 million hectares across Western Australia this week as temperatures reached 45 degrees, the state's emergency services said on Sunday. Firefighters were flown to Geraldton, about {a} km to the north, where a 25-km fire front threatened farms. Kalgoorlie, a few hundred kilometres east of Perth, lies more than 250 km from the coast and has had no rain since October. Smoke from fires near Kalgoorlie drifted hundreds of kilometres to Adelaide, residents there said. A Royal Flying Doctor Service plane flew about {b} km from Alice Springs to Uluru to evacuate tourists. In Broome, about {c} km north of Perth, water bombers flew over the town all night. Adelaide, about {d} km east of Perth, offered crews. In Queensland, Townsville, a few hundred kilometres south of Cairns, was spared. Canberra, less than 150 km from the coast, promised A$50 million.
""",
        [
            c(4, "about {a} km", "point", P("Geraldton", "geraldton"), P("PERTH", "perth"), d="N"),
            c(
                11,
                "a few hundred kilometres",
                "point",
                P("Kalgoorlie", "kalgoorlie"),
                P("Perth", "perth", 1),
                d="E",
                vague=(200, 900),
                note="a few hundred kilometres = 200-900 km",
            ),
            c(
                1,
                "more than 250 km",
                "coast",
                P("Kalgoorlie", "kalgoorlie"),
                Coast("the coast", "AU", (320, 360)),
            ),
            c(
                11,
                "hundreds of kilometres",
                "point",
                P("Adelaide", "adelaide"),
                P("Kalgoorlie", "kalgoorlie", 1),
                vague=(200, 990),
                want=False,
                note="hundreds of kilometres = 200-990 km; Adelaide is about 1,700 km away",
            ),
            c(
                "plain",
                "about {b} km",
                "range",
                P("Alice Springs", "alicesprings"),
                P("Uluru", "uluru"),
                note="flight from Alice Springs to Uluru",
            ),
            c(
                2,
                "about {c} km",
                "point",
                P("Broome", "broome"),
                P("Perth", "perth", 2),
                d="N",
                want=False,
                fac=0.55,
            ),
            c(
                "plain",
                "about {d} km",
                "point",
                P("Adelaide", "adelaide", 1),
                P("Perth", "perth", 3),
                d="E",
            ),
            c(
                5,
                "a few hundred kilometres",
                "point",
                P("Townsville", "townsville"),
                P("Cairns", "cairns"),
                d="S",
                vague=(200, 900),
                nth=1,
                note="fronted region and vague quantity",
            ),
            c(
                "plain",
                "less than 150 km",
                "coast",
                P("Canberra", "canberra"),
                Coast("the coast", "AU", (95, 125)),
                nth=0,
            ),
        ],
        [
            ("1.2 million hectares", "area"),
            ("45 degrees", "temperature"),
            ("25-km fire front", "length"),
            ("A$50 million", "money"),
        ],
    ),
    A(
        "de-antarktis-expedition",
        "de",
        "2026-11-16",
        "dev",
        """
Deutsche Antarktis-Expedition startet

PUNTA ARENAS (geomap) - Mit 11 Forschenden an Bord ist das Polarflugzeug Polar 6 am Montag zur Antarktis-Saison aufgebrochen. Im chilenischen Punta Arenas, rund {e} Kilometer südlich von Santiago, wurden 2.000 Kilogramm Ausrüstung verladen. Die Maschine flog rund {d} Kilometer weit von Punta Arenas bis zur britischen Station Rothera; Rothera liegt mehr als 1.000 Kilometer südlich des Polarkreises, hieß es in einer Mitteilung. Ziel ist die deutsche Neumayer-Station III, rund {b} Kilometer südlich des südlichen Polarkreises. Die Station liegt rund {a} Kilometer vom Südpol entfernt und ist bei minus 30 Grad auf 4 Meter dickem Eis gebaut. Punta Arenas liegt rund {c} Kilometer nordwestlich von Ushuaia. Stanley liegt von Punta Arenas rund {f} Kilometer entfernt. Santiago liegt weniger als 120 Kilometer von der Pazifikküste entfernt.
""",
        [
            c(
                7,
                "rund {e} Kilometer",
                "point",
                P("Punta Arenas", "puntaarenas", 1),
                P("Santiago", "santiago"),
                d="S",
            ),
            c(
                "plain",
                "rund {d} Kilometer",
                "range",
                P("Punta Arenas", "puntaarenas", 2),
                P("Rothera", "rothera"),
                note="flight from Punta Arenas to Rothera",
            ),
            c(
                10,
                "mehr als 1.000 Kilometer",
                "latitude",
                P("Rothera", "rothera", 1),
                Line("Polarkreises", "antarctic_circle"),
                d="S",
                want=False,
            ),
            c(
                10,
                "rund {b} Kilometer",
                "latitude",
                P("Neumayer-Station III", "neumayer"),
                Line("südlichen Polarkreises", "antarctic_circle"),
                d="S",
            ),
            c(
                3,
                "rund {a} Kilometer",
                "pole",
                P("Die Station", "neumayer"),
                Line("Südpol", "south_pole"),
            ),
            c(
                "plain",
                "rund {c} Kilometer",
                "point",
                P("Punta Arenas", "puntaarenas", 3),
                P("Ushuaia", "ushuaia"),
                d="NW",
            ),
            c(
                4,
                "rund {f} Kilometer",
                "point",
                P("Stanley", "stanley"),
                P("Punta Arenas", "puntaarenas", 4),
                want=False,
                fac=0.55,
            ),
            c(
                11,
                "weniger als 120 Kilometer",
                "coast",
                P("Santiago", "santiago", 1),
                Coast("Pazifikküste", "CL", (80, 100), facing="W"),
            ),
        ],
        [
            ("11 Forschenden", "people"),
            ("2.000 Kilogramm", "weight"),
            ("minus 30 Grad", "temperature"),
            ("4 Meter dickem Eis", "thickness"),
        ],
    ),
]
