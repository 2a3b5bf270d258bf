# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BM (written for geomap by helper h25-claims, 2026-12-06, twenty-fifth
session, after the session's claims changes; not copied from any news source). DEV, the
helper's own generalisation check, scored once and not tuned on: three English wire stories
from regions no claims dev file names (the Garden Route in the Western Cape, western
Montana, Ecuador's Pacific coast), in the shapes of batch BL in other wording: the dateline
town as implicit reference, `of town`, `further east`, `up the coast from`, `from where the
quake struck` / `the river crested`, a border as reference, appositions, miles, and rounded
or vague true figures. Gold written from the text before geomap ran on it; coordinates under
`bm_` keys from general knowledge; distances and bearings by truth.py."""

from places import PLACES, A, Border, P, c

PLACES.update(
    {
        # Garden Route, Western Cape
        "bm_george": ("George", -33.9630, 22.4617, "city", "ZA"),
        "bm_knysna": ("Knysna", -34.0363, 23.0471, "city", "ZA"),
        "bm_mossel": ("Mossel Bay", -34.1831, 22.1460, "city", "ZA"),
        "bm_oudtshoorn": ("Oudtshoorn", -33.5907, 22.2014, "city", "ZA"),
        "bm_plett": ("Plettenberg Bay", -34.0527, 23.3716, "city", "ZA"),
        "bm_capetown": ("Cape Town", -33.9249, 18.4241, "city", "ZA"),
        "bm_gqeberha": ("Gqeberha", -33.9608, 25.6022, "city", "ZA"),
        # western Montana
        "bm_missoula": ("Missoula", 46.8721, -113.9940, "city", "US"),
        "bm_hamilton": ("Hamilton", 46.2466, -114.1598, "city", "US"),
        "bm_polson": ("Polson", 47.6938, -114.1632, "city", "US"),
        "bm_kalispell": ("Kalispell", 48.1920, -114.3168, "city", "US"),
        "bm_helena": ("Helena", 46.5891, -112.0391, "city", "US"),
        "bm_butte": ("Butte", 46.0038, -112.5348, "city", "US"),
        "bm_eureka": ("Eureka", 48.8797, -115.0535, "city", "US"),
        "bm_superior": ("Superior", 47.1916, -114.8918, "city", "US"),
        # Ecuador's Pacific coast
        "bm_guayaquil": ("Guayaquil", -2.1710, -79.9224, "city", "EC"),
        "bm_manta": ("Manta", -0.9677, -80.7089, "city", "EC"),
        "bm_portoviejo": ("Portoviejo", -1.0546, -80.4545, "city", "EC"),
        "bm_esmeraldas": ("Esmeraldas", 0.9682, -79.6517, "city", "EC"),
        "bm_bahia": ("Bahía de Caráquez", -0.5982, -80.4245, "city", "EC"),
        "bm_salinas": ("Salinas", -2.2145, -80.9585, "city", "EC"),
        "bm_quito": ("Quito", -0.1807, -78.4678, "city", "EC"),
        "bm_pedernales": ("Pedernales", 0.0718, -80.0520, "city", "EC"),
    }
)

ARTICLES = [
    A(
        "en-garden-route-fires",
        "en",
        "2026-01-20",
        "dev",
        """
Wildfires sweep South Africa's Garden Route
GEORGE, South Africa, Jan. 20 (Reuters) - Wildfires driven by 80 km/h winds burned 3,000 hectares of forest along the Garden Route on Tuesday, and 600 residents were moved to safety. Knysna, about {a} km east of George, lost power for most of the day. Plettenberg Bay, some {b} km further east, closed its beaches. Mossel Bay, some {c} km to the south-west, sent fire engines. Oudtshoorn, over the Outeniqua mountains about {d} km north-west of the city, was spared. Cape Town, more than {e} km to the west, dispatched two helicopters. Gqeberha, nearly {f} miles east of Knysna, offered hotel rooms to evacuees.
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Knysna", "bm_knysna", 0),
                P("George", "bm_george", 0),
                d="E",
                note="`X, about N km east of Y`",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Plettenberg Bay", "bm_plett", 0),
                P("Knysna", "bm_knysna", 0),
                d="E",
                want=False,
                note="`X, some N km further east`: from the place placed before",
            ),
            c(
                4,
                "some {c} km",
                "point",
                P("Mossel Bay", "bm_mossel", 0),
                P("(dateline) GEORGE", "bm_george", 0),
                d="SW",
                note="`X, some N km to the south-west`: the dateline town",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("Oudtshoorn", "bm_oudtshoorn", 0),
                P("the city", "bm_george", 0),
                d="NW",
                want=False,
                note="`X, over the <range> about N km north-west of the city`: the dateline city",
            ),
            c(
                4,
                "more than {e} km",
                "point",
                P("Cape Town", "bm_capetown", 0),
                P("(dateline) GEORGE", "bm_george", 0),
                d="W",
                note="`X, more than N km to the west`: a bound, true",
            ),
            c(
                "plain",
                "nearly {f} miles",
                "point",
                P("Gqeberha", "bm_gqeberha", 0),
                P("Knysna", "bm_knysna", 1),
                d="E",
                note="`X, nearly N miles east of Y`: miles, a vague figure, true",
            ),
        ],
        [
            ("80 km/h", "wind speed"),
            ("3,000 hectares", "area"),
            ("600 residents", "count"),
            ("two helicopters", "count"),
        ],
    ),
    A(
        "en-montana-flood",
        "en",
        "2026-06-14",
        "dev",
        """
Rivers flood western Montana after record snowmelt
MISSOULA, Mont., June 14 (AP) - The Clark Fork crested near Superior on Saturday at 12 feet above flood stage, and 300 homes were evacuated across western Montana. Hamilton, about {a} miles south of town, closed the bridge over the Bitterroot. Polson, at the south end of Flathead Lake, some {b} miles to the north, sandbagged its marina. Kalispell, the Flathead County seat, lies about {c} km north of Polson. Eureka, less than 10 miles from the Canadian border, was cut off by a mudslide. Helena, the state capital, some {e} miles to the east, opened its emergency centre. In Butte, some {f} km from where the river crested, 4,000 residents were told to boil their water.
""",
        [
            c(
                3,
                "about {a} miles",
                "point",
                P("Hamilton", "bm_hamilton", 0),
                P("(dateline) MISSOULA", "bm_missoula", 0),
                d="S",
                note="`X, about N miles south of town`: the dateline town",
            ),
            c(
                4,
                "some {b} miles",
                "point",
                P("Polson", "bm_polson", 0),
                P("(dateline) MISSOULA", "bm_missoula", 0),
                d="N",
                want=False,
                note="`X, at <place>, some N miles to the north`: the dateline town",
            ),
            c(
                1,
                "about {c} km",
                "point",
                P("Kalispell", "bm_kalispell", 0),
                P("Polson", "bm_polson", 1),
                d="N",
                note="`X, the <county> seat, lies N km north of Y`",
            ),
            c(
                "plain",
                "less than 10 miles",
                "border",
                P("Eureka", "bm_eureka", 0),
                Border("the Canadian border", ["US", "CA"], (13.0, 14.0), cc="CA"),
                note="`X, less than N miles from the Canadian border`: the 49th parallel due north (hand interval)",
            ),
            c(
                1,
                "some {e} miles",
                "point",
                P("Helena", "bm_helena", 0),
                P("(dateline) MISSOULA", "bm_missoula", 0),
                d="E",
                want=False,
                note="`X, the state capital, some N miles to the east`",
            ),
            c(
                4,
                "some {f} km",
                "point",
                P("Butte", "bm_butte", 0),
                P("Superior", "bm_superior", 0),
                note="`In X, some N km from where the river crested`: the town the crest was near",
            ),
        ],
        [("12 feet", "river level"), ("300 homes", "count"), ("4,000 residents", "count")],
    ),
    A(
        "en-ecuador-coast-quake",
        "en",
        "2026-04-03",
        "dev",
        """
Strong earthquake shakes Ecuador's Pacific coast
GUAYAQUIL, Ecuador, April 3 (Reuters) - A magnitude 7.1 earthquake struck off Ecuador's Pacific coast on Friday at a depth of 20 km, killing at least 25 people. The epicentre was off Pedernales. In Portoviejo, about {a} km from where the quake struck, a hospital was evacuated. Manta, the country's biggest fishing port, lies some {b} km west of Portoviejo and reported a 2-metre wave. Bahía de Caráquez, some {c} km up the coast from Manta, lost its main bridge. Esmeraldas, more than {d} km to the north, felt strong shaking. Quito, the capital, some {e} miles north-east of Guayaquil, sent rescue teams. Salinas, about {f} km west of the city, closed its beaches.
""",
        [
            c(
                4,
                "about {a} km",
                "point",
                P("Portoviejo", "bm_portoviejo", 0),
                P("Pedernales", "bm_pedernales", 0),
                note="`In X, about N km from where the quake struck`: the epicentre town named before",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Manta", "bm_manta", 0),
                P("Portoviejo", "bm_portoviejo", 1),
                d="W",
                want=False,
                note="`X, the country's biggest fishing port, lies N km west of Y`",
            ),
            c(
                4,
                "some {c} km",
                "point",
                P("Bahía de Caráquez", "bm_bahia", 0),
                P("Manta", "bm_manta", 0),
                note="`X, some N km up the coast from Y`: a straight line",
            ),
            c(
                4,
                "more than {d} km",
                "point",
                P("Esmeraldas", "bm_esmeraldas", 0),
                P("(dateline) GUAYAQUIL", "bm_guayaquil", 0),
                d="N",
                note="`X, more than N km to the north`: the dateline town; a bound, true",
            ),
            c(
                1,
                "some {e} miles",
                "point",
                P("Quito", "bm_quito", 0),
                P("Guayaquil", "bm_guayaquil", 0),
                d="NE",
                want=False,
                note="`X, the capital, some N miles north-east of Y`",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("Salinas", "bm_salinas", 0),
                P("the city", "bm_guayaquil", 0),
                d="W",
                note="`X, about N km west of the city`: the dateline city",
            ),
        ],
        [("20 km", "depth"), ("25 people", "count"), ("2-metre wave", "wave height")],
    ),
]
