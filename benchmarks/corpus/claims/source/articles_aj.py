# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AJ (written for geomap by helper h-probe, 2026-12-04, thirteenth session,
round 2; not copied from any news source). DEV: plain wire copy in the style of batch AI
(and of held-out batch AG, which h-probe never read), from regions the corpus had few of:
Kyrgyzstan's north-south highway, Ghana's east coast with Lomé, and Colombia's Cauca and
Nariño on the Pan-American Highway. Gold written from the text before geomap ran on it.
Coordinates under `aj_` keys in this file: GeoNames city points (CC BY 4.0)."""

from places import PLACES, A, P, c

PLACES.update(
    {
        "aj_bishkek": ("Bishkek", 42.87, 74.59, "city", "KG"),
        "aj_toktogul": ("Toktogul", 41.8744, 72.9419, "city", "KG"),
        "aj_jalalabad": ("Jalal-Abad", 40.9450, 72.9931, "city", "KG"),
        "aj_osh": ("Osh", 40.5283, 72.7985, "city", "KG"),
        "aj_uzgen": ("Uzgen", 40.7699, 73.3007, "city", "KG"),
        "aj_accra": ("Accra", 5.5560, -0.1969, "city", "GH"),
        "aj_keta": ("Keta", 5.9179, 0.9879, "city", "GH"),
        "aj_aflao": ("Aflao", 6.1198, 1.1901, "city", "GH"),
        "aj_lome": ("Lomé", 6.1287, 1.2215, "city", "TG"),
        "aj_takoradi": ("Takoradi", 4.8982, -1.7603, "city", "GH"),
        "aj_rosas": ("Rosas", 2.2609, -76.7399, "city", "CO"),
        "aj_popayan": ("Popayán", 2.4382, -76.6132, "city", "CO"),
        "aj_pasto": ("Pasto", 1.2146, -77.2785, "city", "CO"),
        "aj_cali": ("Cali", 3.4305, -76.5199, "city", "CO"),
        "aj_ipiales": ("Ipiales", 0.8250, -77.6397, "city", "CO"),
    }
)

ARTICLES = [
    A(
        "en-kirgistan-schlammlawinen",
        "en",
        "2026-05-12",
        "dev",
        """
Mudslides cut Kyrgyzstan's north-south highway
BISHKEK, May 12 (geomap) - Mudslides blocked the Bishkek-Osh highway near Toktogul on Sunday, stranding hundreds of lorries, the emergencies ministry said. The reservoir town, about {a} km south-west of Bishkek, has had 80 mm of rain in two days. Drivers heading for Jalal-Abad, some {b} km further south, were turned back at the pass. In Osh, the country's second city {c} km south of Jalal-Abad, flour prices rose 20 percent. Uzgen, {d} km north-east of Osh on the road to China, reported no damage. The ministry said 1,200 people had been evacuated.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The reservoir town", "aj_toktogul", 0),
                P("Bishkek", "aj_bishkek", 1),
                d="SW",
                note="a descriptive subject after the sentence naming the town",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Jalal-Abad", "aj_jalalabad", 0),
                P("Toktogul", "aj_toktogul", 0),
                d="S",
                want=False,
                note="`heading for A, some N km further south`: onward from the descriptive subject of the sentence before",
            ),
            c(
                1,
                "{c} km",
                "point",
                P("Osh", "aj_osh", 1),
                P("Jalal-Abad", "aj_jalalabad", 1),
                d="S",
                note="`In A, the country's second city N km south of B,`",
            ),
            c(
                "plain",
                "{d} km",
                "point",
                P("Uzgen", "aj_uzgen", 0),
                P("Osh", "aj_osh", 2),
                d="NE",
                want=False,
                note="`A, N km north-east of B on the road to China,`",
            ),
        ],
        [
            ("80 mm", "rainfall"),
            ("20 percent", "percent"),
            ("1,200 people", "count"),
        ],
    ),
    A(
        "de-ghana-sturmflut",
        "de",
        "2026-07-09",
        "dev",
        """
Sturmflut zerstört Häuser an Ghanas Ostküste
ACCRA, 9. Juli (geomap) – Eine Sturmflut hat in der Nacht zum Dienstag Hunderte Häuser in Keta zerstört, teilte die Katastrophenschutzbehörde mit. Der Fischerort an der Voltamündung liegt rund {a} Kilometer östlich des Regierungssitzes. Auch im Grenzort Aflao, etwa {b} Kilometer weiter nordöstlich, stand das Wasser knietief. Die togoische Hauptstadt Lomé, nur {c} Kilometer nordöstlich von Keta, meldete überflutete Straßen. Im Westen blieb Takoradi, {d} Kilometer von Accra entfernt, verschont. Die Behörde bezifferte den Schaden auf 12 Millionen Cedi; 3.000 Menschen seien obdachlos.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Der Fischerort", "aj_keta", 0),
                P("des Regierungssitzes", "aj_accra", 0),
                d="E",
                note="a descriptive subject and `des Regierungssitzes` (the capital: Ghana has no seat of government apart from it)",
            ),
            c(
                4,
                "etwa {b} Kilometer",
                "point",
                P("Aflao", "aj_aflao", 0),
                P("Keta", "aj_keta", 0),
                d="NE",
                want=False,
                note="`im Grenzort A, etwa N Kilometer weiter nordöstlich`: onward from the descriptive subject",
            ),
            c(
                1,
                "nur {c} Kilometer",
                "point",
                P("Lomé", "aj_lome", 0),
                P("Keta", "aj_keta", 1),
                d="NE",
                note="`Die togoische Hauptstadt A, nur N Kilometer nordöstlich von B,`",
            ),
            c(
                "plain",
                "{d} Kilometer",
                "point",
                P("Takoradi", "aj_takoradi", 0),
                P("Accra", "aj_accra", 0),
                want=False,
                note="`blieb A, N Kilometer von B entfernt, verschont`",
            ),
        ],
        [
            ("12 Millionen Cedi", "money"),
            ("3.000 Menschen", "count"),
        ],
    ),
    A(
        "en-kolumbien-erdrutsch",
        "en",
        "2026-10-03",
        "dev",
        """
Landslide closes Pan-American Highway in southern Colombia
BOGOTA, Oct 3 (geomap) - A landslide buried a stretch of the Pan-American Highway near Rosas in Cauca province on Friday, cutting Colombia's main road link with Ecuador, the transport ministry said. The hillside town, about {a} km south-west of the Cauca capital, was evacuated. Lorries bound for Pasto, some {b} km further south-west, queued for 15 km. In Cali, {c} km north of Popayán, fuel ran short. Ipiales, the border town {d} km south-west of Pasto, said 400 Venezuelan migrants were stranded.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The hillside town", "aj_rosas", 0),
                P("the Cauca capital", "aj_popayan", 0),
                d="SW",
                note="a descriptive subject and a capital phrase naming its region (the seat of Cauca)",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Pasto", "aj_pasto", 0),
                P("Rosas", "aj_rosas", 0),
                d="SW",
                want=False,
                note="`bound for A, some N km further south-west`: onward from the descriptive subject",
            ),
            c(
                "plain",
                "{c} km",
                "point",
                P("Cali", "aj_cali", 0),
                P("Popayán", "aj_popayan", 0),
                d="N",
                note="`In A, N km north of B,`",
            ),
            c(
                1,
                "{d} km",
                "point",
                P("Ipiales", "aj_ipiales", 0),
                P("Pasto", "aj_pasto", 1),
                d="SW",
                note="`A, the border town N km south-west of B,`",
            ),
        ],
        [
            ("15 km", "length"),
            ("400 Venezuelan migrants", "count"),
        ],
    ),
]
