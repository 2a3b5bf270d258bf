# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AR (written for geomap by the integrator, 2026-12-05, sixteenth session; not
copied from any news source). HELD OUT: written with its gold (places, coordinates from
general knowledge, stated directions, meant truth) at the session's start, before any of
that session's changes were merged and before geomap was run on it; nobody tunes on it.
Regions the corpus had none or little of: the west of Ireland, central Slovakia and Lebanon.
Coordinates are kept here under `ar_` keys so that the batch touches no other source file."""

from places import PLACES, A, P, c

PLACES.update(
    {
        "ar_dublin": ("Dublin", 53.3498, -6.2603, "city", "IE"),
        "ar_galway": ("Galway", 53.2707, -9.0568, "city", "IE"),
        "ar_limerick": ("Limerick", 52.6638, -8.6267, "city", "IE"),
        "ar_cork": ("Cork", 51.8985, -8.4756, "city", "IE"),
        "ar_sligo": ("Sligo", 54.2766, -8.4761, "city", "IE"),
        "ar_shannon_airport": ("Shannon Airport", 52.7020, -8.9248, "airport", "IE"),
        "ar_ennis": ("Ennis", 52.8436, -8.9864, "city", "IE"),
        "ar_westport": ("Westport", 53.8000, -9.5167, "city", "IE"),
        "ar_clifden": ("Clifden", 53.4889, -10.0194, "city", "IE"),
        "ar_bratislava": ("Bratislava", 48.1486, 17.1077, "city", "SK"),
        "ar_kosice": ("Košice", 48.7164, 21.2611, "city", "SK"),
        "ar_presov": ("Prešov", 48.9985, 21.2339, "city", "SK"),
        "ar_banska_bystrica": ("Banská Bystrica", 48.7363, 19.1462, "city", "SK"),
        "ar_zilina": ("Žilina", 49.2231, 18.7394, "city", "SK"),
        "ar_poprad": ("Poprad", 49.0590, 20.2975, "city", "SK"),
        "ar_brezno": ("Brezno", 48.8048, 19.6387, "city", "SK"),
        "ar_ruzomberok": ("Ružomberok", 49.0748, 19.3034, "city", "SK"),
        "ar_beirut": ("Beirut", 33.8938, 35.5018, "city", "LB"),
        "ar_tripoli": ("Tripoli", 34.4367, 35.8497, "city", "LB"),
        "ar_sidon": ("Sidon", 33.5606, 35.3756, "city", "LB"),
        "ar_tyre": ("Tyros", 33.2705, 35.2038, "city", "LB"),
        "ar_baalbek": ("Baalbek", 34.0047, 36.2110, "city", "LB"),
        "ar_byblos": ("Byblos", 34.1211, 35.6481, "city", "LB"),
        "ar_zahle": ("Zahlé", 33.8463, 35.9020, "city", "LB"),
    }
)

ARTICLES = [
    A(
        "en-ireland-storm",
        "en",
        "2026-10-14",
        "heldout",
        """
Storm batters Ireland's west coast, thousands without power
GALWAY, Ireland (geomap) - A storm with gusts of up to 150 km/h swept across western Ireland on Tuesday, cutting power to 90,000 homes. In Clifden, a small town about {a} km from Galway, the sea wall was breached, the county council said. Westport, some {b} km north-east of Clifden, reported flooded streets. Further south, Limerick, roughly {c} km from the city, closed its quays. Shannon Airport, which lies about {d} km west of Limerick, cancelled 40 flights. "We are only {e} km from Galway and still the roof came off," a hotel owner in Ennis said. Sligo, about {f} km north of Galway, escaped with minor damage, while in Cork, the country's second-largest city some {g} km south of Limerick, schools stayed open. Crews drove the {h} km from Dublin to Galway overnight on the M6 motorway to restore the lines.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Clifden", "ar_clifden", 0),
                P("Galway", "ar_galway", 1),
                note="`In A, a small town about N km from B, the sea wall was breached` (an apposition without a place)",
            ),
            c(
                "plain",
                "some {b} km",
                "point",
                P("Westport", "ar_westport", 0),
                P("Clifden", "ar_clifden", 1),
                d="NE",
                want=False,
                note="`A, some N km north-east of B, reported ...`",
            ),
            c(
                3,
                "roughly {c} km",
                "point",
                P("Limerick", "ar_limerick", 0),
                P("the city", "ar_galway"),
                note="`Further south, A, roughly N km from the city,` the city being the dateline's",
            ),
            c(
                8,
                "about {d} km",
                "point",
                P("Shannon Airport", "ar_shannon_airport", 0),
                P("Limerick", "ar_limerick", 1),
                d="W",
                note="`An airport, which lies about N km west of B,` (a relative clause after a facility)",
            ),
            c(
                3,
                "{e} km",
                "point",
                P("Ennis", "ar_ennis", 0),
                P("Galway", "ar_galway", 2),
                want=False,
                note="first-person speech `We are only N km from B,` by someone in A",
            ),
            c(
                "plain",
                "about {f} km",
                "point",
                P("Sligo", "ar_sligo", 0),
                P("Galway", "ar_galway", 3),
                d="N",
                note="`A, about N km north of B, escaped ...`",
            ),
            c(
                1,
                "some {g} km",
                "point",
                P("Cork", "ar_cork", 0),
                P("Limerick", "ar_limerick", 2),
                d="S",
                want=False,
                note="`in A, the country's second-largest city some N km south of B,`",
            ),
            c(
                6,
                "{h} km",
                "route",
                P("Galway", "ar_galway", 4),
                P("Dublin", "ar_dublin", 0),
                fac=1.12,
                note="`drove the N km from B to A ... on the motorway`: a route",
            ),
        ],
        [
            ("150 km/h", "speed"),
            ("90,000 homes", "count"),
            ("40 flights", "count"),
        ],
    ),
    A(
        "de-slowakei-waldbrand",
        "de",
        "2026-08-06",
        "heldout",
        """
Waldbrände in der Mittelslowakei: Armee im Einsatz
BRATISLAVA (geomap) - Im Zentrum der Slowakei kämpfen seit Montag Hunderte Feuerwehrleute gegen mehrere Waldbrände. Am schlimmsten ist die Lage bei Brezno, einer Kleinstadt rund {a} Kilometer östlich von Banská Bystrica, teilte das Innenministerium am Mittwoch mit. Die Kleinstadt liegt etwa {b} Kilometer von der Hauptstadt entfernt. Aus dem ostslowakischen Košice, das gut {c} Kilometer von Brezno entfernt ist, wurden Löschflugzeuge geschickt. Im nordslowakischen Poprad, rund {d} Kilometer nordöstlich von Brezno, lag dichter Rauch über der Stadt. Von Žilina aus sind es bis Ružomberok etwa {e} Kilometer; auch dort wurden Wanderwege gesperrt. In Prešov, knapp {f} Kilometer nördlich von Košice, starteten die Hubschrauber. In der slowakischen Hauptstadt, rund {g} Kilometer von Banská Bystrica entfernt, tagte der Krisenstab. Die Flammen erfassten nach Angaben der Behörden bereits 1.200 Hektar Wald, die Temperaturen lagen bei 38 Grad.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Brezno", "ar_brezno", 0),
                P("Banská Bystrica", "ar_banska_bystrica", 0),
                d="E",
                note="`bei A, einer Kleinstadt rund N Kilometer östlich von B,`",
            ),
            c(
                3,
                "etwa {b} Kilometer",
                "point",
                P("Die Kleinstadt", "ar_brezno"),
                P("der Hauptstadt", "ar_bratislava"),
                want=False,
                note="`Die Kleinstadt liegt etwa N Kilometer von der Hauptstadt entfernt` pointing back, under the capital's dateline",
            ),
            c(
                7,
                "gut {c} Kilometer",
                "point",
                P("Košice", "ar_kosice", 0),
                P("Brezno", "ar_brezno", 1),
                note="`Aus dem ostslowakischen A, das gut N Kilometer von B entfernt ist,`",
            ),
            c(
                7,
                "rund {d} Kilometer",
                "point",
                P("Poprad", "ar_poprad", 0),
                P("Brezno", "ar_brezno", 2),
                d="NE",
                want=False,
                note="`Im nordslowakischen A, rund N Kilometer nordöstlich von B,`",
            ),
            c(
                4,
                "etwa {e} Kilometer",
                "point",
                P("Ružomberok", "ar_ruzomberok", 0),
                P("Žilina", "ar_zilina", 0),
                note="`Von B aus sind es bis A etwa N Kilometer` (the reference before the number)",
            ),
            c(
                "plain",
                "knapp {f} Kilometer",
                "point",
                P("Prešov", "ar_presov", 0),
                P("Košice", "ar_kosice", 1),
                d="N",
                note="`In A, knapp N Kilometer nördlich von B, starteten ...`",
            ),
            c(
                3,
                "rund {g} Kilometer",
                "point",
                P("der slowakischen Hauptstadt", "ar_bratislava"),
                P("Banská Bystrica", "ar_banska_bystrica", 1),
                want=False,
                note="`In der slowakischen Hauptstadt, rund N Kilometer von B entfernt,`",
            ),
        ],
        [
            ("1.200 Hektar", "area"),
            ("38 Grad", "temperature"),
        ],
    ),
    A(
        "de-libanon-unwetter",
        "de",
        "2026-02-11",
        "heldout",
        """
Unwetter im Libanon: Überschwemmungen an der Küste, Schnee in der Bekaa-Ebene
BEIRUT (geomap) - Heftige Regenfälle haben am Dienstag weite Teile des Libanon überschwemmt. In der Hafenstadt Tripoli, rund {a} Kilometer von der Hauptstadt entfernt, liefen Keller voll. Byblos, das etwa {b} Kilometer von Tripoli entfernt liegt, meldete umgestürzte Bäume. Im Süden traf es Sidon und Tyros: Tyros liegt gut {c} Kilometer von Sidon entfernt, Sidon wiederum etwa {d} Kilometer südlich von Beirut. In der Bekaa-Ebene schneite es; in Zahlé, {e} Kilometer östlich von Beirut, lagen 40 Zentimeter Schnee. Nach Baalbek, {f} Kilometer nordöstlich von Zahlé, war die Straße gesperrt. „Wir sind nur {g} Kilometer von Beirut entfernt und trotzdem abgeschnitten", sagte ein Bewohner von Byblos. Binnen 48 Stunden fielen örtlich 120 Liter Regen pro Quadratmeter.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Tripoli", "ar_tripoli", 0),
                P("der Hauptstadt", "ar_beirut"),
                note="`In der Hafenstadt A, rund N Kilometer von der Hauptstadt entfernt,` under the capital's dateline",
            ),
            c(
                8,
                "etwa {b} Kilometer",
                "point",
                P("Byblos", "ar_byblos", 0),
                P("Tripoli", "ar_tripoli", 1),
                want=False,
                note="`A, das etwa N Kilometer von B entfernt liegt, meldete ...`",
            ),
            c(
                "plain",
                "gut {c} Kilometer",
                "point",
                P("Tyros", "ar_tyre", 1),
                P("Sidon", "ar_sidon", 1),
                note="`A liegt gut N Kilometer von B entfernt` after `traf es B und A:`",
            ),
            c(
                "plain",
                "etwa {d} Kilometer",
                "point",
                P("Sidon", "ar_sidon", 2),
                P("Beirut", "ar_beirut", 1),
                d="S",
                want=False,
                note="a second claim in the same sentence: `B wiederum etwa N Kilometer südlich von C`",
            ),
            c(
                "plain",
                "{e} Kilometer",
                "point",
                P("Zahlé", "ar_zahle", 0),
                P("Beirut", "ar_beirut", 2),
                d="E",
                note="`in A, N Kilometer östlich von B, lagen ...`",
            ),
            c(
                "plain",
                "{f} Kilometer",
                "point",
                P("Baalbek", "ar_baalbek", 0),
                P("Zahlé", "ar_zahle", 1),
                d="NE",
                want=False,
                note="`Nach A, N Kilometer nordöstlich von B, war die Straße gesperrt`",
            ),
            c(
                3,
                "nur {g} Kilometer",
                "point",
                P("Byblos", "ar_byblos", 1),
                P("Beirut", "ar_beirut", 3),
                note="first-person speech `Wir sind nur N Kilometer von B entfernt`, sagte ein Bewohner von A",
            ),
        ],
        [
            ("40 Zentimeter", "depth"),
            ("48 Stunden", "duration"),
            ("120 Liter", "rainfall"),
        ],
    ),
]
