# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch W (written for geomap by the integrator, 2026-12-04, ninth session; not
copied from any news source). HELD OUT: written with its gold (places, coordinates from
general knowledge, stated directions, meant truth) at the session's start, before any of
that session's changes were merged and before geomap was run on it; nobody tunes on it.
Regions the corpus had little of: Croatia's Adriatic coast, southern British Columbia,
Argentina's north-west. Coordinates are kept here under `w_` keys so that the batch
touches no other source file."""

from places import PLACES, A, P, c

PLACES.update(
    {
        "w_split": ("Split", 43.5081, 16.4402, "city", "HR"),
        "w_zadar": ("Zadar", 44.1194, 15.2314, "city", "HR"),
        "w_dubrovnik": ("Dubrovnik", 42.6507, 18.0944, "city", "HR"),
        "w_rijeka": ("Rijeka", 45.3271, 14.4422, "city", "HR"),
        "w_zagreb": ("Zagreb", 45.8150, 15.9819, "city", "HR"),
        "w_sibenik": ("Šibenik", 43.7350, 15.8952, "city", "HR"),
        "w_makarska": ("Makarska", 43.2969, 17.0178, "city", "HR"),
        "w_plitvice": ("Plitvice Lakes", 44.8654, 15.5820, "park", "HR"),
        "w_pula": ("Pula", 44.8666, 13.8496, "city", "HR"),
        "w_vancouver": ("Vancouver", 49.2827, -123.1207, "city", "CA"),
        "w_victoria": ("Victoria", 48.4284, -123.3656, "city", "CA"),
        "w_hope": ("Hope", 49.3797, -121.4415, "city", "CA"),
        "w_kamloops": ("Kamloops", 50.6745, -120.3273, "city", "CA"),
        "w_abbotsford": ("Abbotsford", 49.0504, -122.3045, "city", "CA"),
        "w_merritt": ("Merritt", 50.1113, -120.7862, "city", "CA"),
        "w_whistler": ("Whistler", 50.1163, -122.9574, "city", "CA"),
        "w_nanaimo": ("Nanaimo", 49.1659, -123.9401, "city", "CA"),
        "w_seattle": ("Seattle", 47.6062, -122.3321, "city", "US"),
        "w_salta": ("Salta", -24.7821, -65.4232, "city", "AR"),
        "w_jujuy": ("San Salvador de Jujuy", -24.1858, -65.2995, "city", "AR"),
        "w_tucuman": ("San Miguel de Tucumán", -26.8083, -65.2176, "city", "AR"),
        "w_cafayate": ("Cafayate", -26.0733, -65.9761, "city", "AR"),
        "w_humahuaca": ("Humahuaca", -23.2054, -65.3506, "city", "AR"),
        "w_cordoba": ("Córdoba", -31.4201, -64.1888, "city", "AR"),
        "w_buenosaires": ("Buenos Aires", -34.6037, -58.3816, "city", "AR"),
    }
)

ARTICLES = [
    A(
        "de-kroatien-bora",
        "de",
        "2026-01-22",
        "heldout",
        """
Bora legt Kroatiens Küste lahm

SPLIT, 22. Januar (geomap) – Orkanböen von bis zu 180 Kilometern pro Stunde haben am Mittwoch den Fährverkehr an der kroatischen Adria fast vollständig gestoppt. Zadar, die Hafenstadt mit 70.000 Einwohnern, liegt rund {a} Kilometer nordwestlich von Split. Auf der {b} Kilometer langen Küstenstraße zwischen Split und Dubrovnik stürzten Bäume auf die Fahrbahn. Das rund {c} Kilometer südöstlich von Split gelegene Makarska meldete Schäden an 40 Booten. In Rijeka, knapp {d} Kilometer von Zagreb entfernt, fiel für sechs Stunden der Strom aus. Šibenik liegt etwa {e} Kilometer nordwestlich von Split; dort wurde der Hafen geschlossen. Bis zu den Plitvicer Seen sind es von Zadar aus gut {f} Kilometer, der Nationalpark blieb geschlossen. Von Pula ganz im Norden der Adria bis Dubrovnik im Süden sind es mehr als {g} Kilometer Luftlinie. Der Wetterdienst erwartet für Donnerstag Böen von 150 km/h.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Zadar", "w_zadar", 0),
                P("Split", "w_split", 0),
                d="NW",
                note="apposition with a population",
            ),
            c(
                6,
                "{b} Kilometer",
                "route",
                P("Split", "w_split", 1),
                P("Dubrovnik", "w_dubrovnik", 0),
                note="auf der N Kilometer langen Küstenstraße zwischen A und B",
            ),
            c(
                "plain",
                "rund {c} Kilometer",
                "point",
                P("Makarska", "w_makarska", 0),
                P("Split", "w_split", 2),
                d="SE",
                want=False,
                note="attributive: das N km südöstlich von B gelegene A",
            ),
            c(
                1,
                "knapp {d} Kilometer",
                "point",
                P("Rijeka", "w_rijeka", 0),
                P("Zagreb", "w_zagreb", 0),
                note="apposition after the subject with `entfernt`",
            ),
            c(
                "plain",
                "etwa {e} Kilometer",
                "point",
                P("Šibenik", "w_sibenik", 0),
                P("Split", "w_split", 3),
                d="NW",
                want=False,
                note="a second clause after a semicolon",
            ),
            c(
                4,
                "gut {f} Kilometer",
                "point",
                P("Plitvicer Seen", "w_plitvice", 0),
                P("Zadar", "w_zadar", 1),
                note="Bis B sind es von A aus N km; a German exonym of a national park",
            ),
            c(
                9,
                "mehr als {g} Kilometer",
                "pair",
                P("Pula", "w_pula", 0),
                P("Dubrovnik", "w_dubrovnik", 1),
                note="Von A bis B sind es mehr als N km Luftlinie, with compass phrases for the ends",
            ),
        ],
        [
            ("180 Kilometern pro Stunde", "speed"),
            ("70.000 Einwohnern", "population"),
            ("40 Booten", "count"),
            ("sechs Stunden", "duration"),
            ("150 km/h", "speed"),
        ],
    ),
    A(
        "en-bc-atmospheric-river",
        "en",
        "2026-11-16",
        "heldout",
        """
Atmospheric river floods British Columbia

VANCOUVER, Nov. 16 (geomap) - An atmospheric river dumped 200 mm of rain on southern British Columbia over the weekend and cut every highway link between the coast and the interior. Abbotsford, a farming city of 160,000 in the Fraser Valley, lies about {a} km east of Vancouver. The town of Hope, at the eastern end of the valley, is roughly {b} km from Abbotsford, and its only bridge was closed. Merritt, which was evacuated for the second time in five years, sits some {c} km north-east of Hope. Kamloops is about {d} km north-east of Merritt. Ferries between Vancouver and Nanaimo, a {e}-km crossing, were cancelled. In Victoria, the provincial capital on Vancouver Island, about {f} km south of Vancouver, the legislature met in emergency session. Whistler, the ski resort {g} km north of Vancouver, reported 1.5 metres of fresh snow. Even Seattle, some {h} miles to the south, saw flooding, and Highway 1 was closed at kilometre 170.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Abbotsford", "w_abbotsford", 0),
                P("Vancouver", "w_vancouver", 0),
                d="E",
                note="apposition with a population and a valley",
            ),
            c(
                1,
                "roughly {b} km",
                "point",
                P("Hope", "w_hope", 0),
                P("Abbotsford", "w_abbotsford", 1),
                want=False,
                note="a town whose name is an English noun, after `The town of`, with an apposition",
            ),
            c(
                8,
                "some {c} km",
                "point",
                P("Merritt", "w_merritt", 0),
                P("Hope", "w_hope", 1),
                d="NE",
                note="relative clause with a count of years; `sits`",
            ),
            c(
                "plain",
                "about {d} km",
                "point",
                P("Kamloops", "w_kamloops", 0),
                P("Merritt", "w_merritt", 1),
                d="NE",
                want=False,
            ),
            c(
                6,
                "{e}-km",
                "route",
                P("Vancouver", "w_vancouver", 1),
                P("Nanaimo", "w_nanaimo", 0),
                note="a ferry crossing in an apposition after `between A and B`",
            ),
            c(
                1,
                "about {f} km",
                "point",
                P("Victoria", "w_victoria", 0),
                P("Vancouver", "w_vancouver", 3),
                d="S",
                want=False,
                note="a city whose name is a person's name; the island named after the reference stands between",
            ),
            c(
                1,
                "{g} km",
                "point",
                P("Whistler", "w_whistler", 0),
                P("Vancouver", "w_vancouver", 4),
                d="N",
                note="apposition holding the distance",
            ),
            c(
                5,
                "some {h} miles",
                "point",
                P("Seattle", "w_seattle", 0),
                P("(dateline) VANCOUVER", "w_vancouver"),
                d="S",
                note="miles, the reference only the dateline (`to the south`)",
            ),
        ],
        [
            ("200 mm", "rainfall"),
            ("160,000", "population"),
            ("five years", "duration"),
            ("1.5 metres", "snow depth"),
            ("kilometre 170", "road marker"),
        ],
    ),
    A(
        "de-argentinien-unwetter",
        "de",
        "2026-02-12",
        "heldout",
        """
Unwetter im Nordwesten Argentiniens

SALTA, 12. Februar (geomap) – Nach Regenfällen von 120 Litern pro Quadratmeter sind im Nordwesten Argentiniens mehrere Flüsse über die Ufer getreten. Die Provinzhauptstadt Jujuy liegt rund {a} Kilometer nördlich von Salta. In Cafayate, in {b} Kilometern Entfernung von Salta, zerstörte eine Schlammlawine 30 Häuser. Das Dorf Humahuaca, etwa {c} Kilometer nördlich von Jujuy gelegen, war zwei Tage lang von der Außenwelt abgeschnitten. Bis Tucumán sind es von Salta aus knapp {d} Kilometer, doch die Nationalstraße 9 war an drei Stellen unterbrochen. Die {e} Kilometer lange Strecke von Salta nach Cafayate durch die Quebrada de las Conchas bleibt gesperrt. Córdoba, die zweitgrößte Stadt des Landes, liegt mehr als {f} Kilometer südlich von Salta. Der Wetterdienst meldete in Buenos Aires, rund {g} Kilometer von Salta entfernt, 38 Grad.
""",
        [
            c(
                "plain",
                "rund {a} Kilometer",
                "point",
                P("Jujuy", "w_jujuy", 0),
                P("Salta", "w_salta", 0),
                d="N",
                note="a descriptive noun before the name (`Die Provinzhauptstadt X`); the short city name",
            ),
            c(
                1,
                "{b} Kilometern",
                "point",
                P("Cafayate", "w_cafayate", 0),
                P("Salta", "w_salta", 1),
                want=False,
                note="in N Kilometern Entfernung von B, as an apposition",
            ),
            c(
                1,
                "etwa {c} Kilometer",
                "point",
                P("Humahuaca", "w_humahuaca", 0),
                P("Jujuy", "w_jujuy", 1),
                d="N",
                note="Das Dorf A, etwa N km nördlich von B gelegen,",
            ),
            c(
                4,
                "knapp {d} Kilometer",
                "point",
                P("Tucumán", "w_tucuman", 0),
                P("Salta", "w_salta", 2),
                note="Bis B sind es von A aus knapp N km, then a road number",
            ),
            c(
                6,
                "{e} Kilometer",
                "route",
                P("Salta", "w_salta", 3),
                P("Cafayate", "w_cafayate", 1),
                want=False,
                note="die N Kilometer lange Strecke von A nach B durch a named gorge",
            ),
            c(
                1,
                "mehr als {f} Kilometer",
                "point",
                P("Córdoba", "w_cordoba", 0),
                P("Salta", "w_salta", 4),
                d="S",
                note="apposition `die zweitgrößte Stadt des Landes`; a city with namesakes in Spain and Mexico",
            ),
            c(
                1,
                "rund {g} Kilometer",
                "point",
                P("Buenos Aires", "w_buenosaires", 0),
                P("Salta", "w_salta", 5),
                want=False,
                note="subject after `in`, the distance as an apposition, then a temperature",
            ),
        ],
        [
            ("120 Litern pro Quadratmeter", "rainfall"),
            ("30 Häuser", "count"),
            ("zwei Tage", "duration"),
            ("Nationalstraße 9", "road number"),
            ("drei Stellen", "count"),
            ("38 Grad", "temperature"),
        ],
    ),
]
