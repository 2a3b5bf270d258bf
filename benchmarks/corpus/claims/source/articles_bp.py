# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BP (written for geomap by helper h26-claims, 2026-12-06, twenty-sixth
session; not copied from any news source). DEV: the helper's generalisation check, written
after the session's claims changes and committed before geomap was run on it, scored once
and not tuned on: three English stories from regions no claims dev file names (the
Kimberley in Western Australia, Labrador, Tocantins in Brazil), in batch BO's shapes in
other wording: a distance in the apposition or relative clause of a place that is not the
subject, `A, N km from B, and C` lists, `the N-km road from A to B`, `upstream /
downstream from`, the dateline town as the implicit reference, `town` and `the capital` for
it, `The town` naming the place of the sentence before, and true claims with rounded or
vague figures. Gold written from the text before geomap ran on it; coordinates under `bp_`
keys from general knowledge; distances by truth.py."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # the Kimberley
        "bp_broome": ("Broome", -17.9614, 122.2359, "town", "AU"),
        "bp_derby": ("Derby", -17.3030, 123.6286, "town", "AU"),
        "bp_fitzroy": ("Fitzroy Crossing", -18.1950, 125.5660, "town", "AU"),
        "bp_halls": ("Halls Creek", -18.2250, 127.6690, "town", "AU"),
        "bp_kununurra": ("Kununurra", -15.7736, 128.7386, "town", "AU"),
        "bp_wyndham": ("Wyndham", -15.4880, 128.1230, "town", "AU"),
        "bp_perth": ("Perth", -31.9523, 115.8613, "city", "AU"),
        "bp_darwin": ("Darwin", -12.4634, 130.8456, "city", "AU"),
        # Labrador
        "bp_hvgb": ("Happy Valley-Goose Bay", 53.3017, -60.3261, "town", "CA"),
        "bp_labcity": ("Labrador City", 52.9463, -66.9114, "town", "CA"),
        "bp_churchill": ("Churchill Falls", 53.5267, -64.0083, "town", "CA"),
        "bp_nain": ("Nain", 56.5422, -61.6928, "town", "CA"),
        "bp_cartwright": ("Cartwright", 53.7070, -57.0170, "town", "CA"),
        "bp_stjohns": ("St. John's", 47.5615, -52.7126, "city", "CA"),
        "bp_nwr": ("North West River", 53.5250, -60.1440, "town", "CA"),
        # Tocantins
        "bp_palmas": ("Palmas", -10.1844, -48.3336, "city", "BR"),
        "bp_araguaina": ("Araguaína", -7.1911, -48.2072, "city", "BR"),
        "bp_gurupi": ("Gurupi", -11.7292, -49.0686, "city", "BR"),
        "bp_portonacional": ("Porto Nacional", -10.7081, -48.4172, "city", "BR"),
        "bp_miracema": ("Miracema do Tocantins", -9.5656, -48.3931, "town", "BR"),
        "bp_brasilia": ("Brasília", -15.7939, -47.8828, "city", "BR"),
        "bp_lajeado": ("Lajeado", -9.7500, -48.3570, "town", "BR"),
    }
)

ARTICLES = [
    A(
        "en-kimberley-floods",
        "en",
        "2026-01-12",
        "dev",
        """
Floods cut the Kimberley in two
BROOME, Australia, Jan. 12 (AP) - Floodwaters cut the Great Northern Highway near Fitzroy Crossing, a remote town some {a} km east of Broome, on Sunday, and the Fitzroy River peaked at 15 metres. Derby, about {b} km to the north-east, opened its evacuation centre to 200 residents. Halls Creek, {c} km from Fitzroy Crossing, and Kununurra reported road closures. Supplies for Wyndham were flown in. The town, the Kimberley's oldest port, is some {d} km north-west of Kununurra. Perth, more than {e} km to the south, sent two aircraft. Darwin, the Northern Territory capital about {f} km north-east of Kununurra, offered road crews.
""",
        [
            c(
                1,
                "some {a} km",
                "point",
                P("Fitzroy Crossing", "bp_fitzroy", 0),
                P("Broome", "bp_broome", 0),
                d="E",
                note="`near X, a remote town some N km east of Y`: apposition of a place that is not the subject",
            ),
            c(
                4,
                "about {b} km",
                "point",
                P("Derby", "bp_derby", 0),
                P("(dateline) BROOME", "bp_broome", 0),
                d="NE",
                want=False,
                note="`X, about N km to the north-east`: the dateline town",
            ),
            c(
                "plain",
                "{c} km",
                "point",
                P("Halls Creek", "bp_halls", 0),
                P("Fitzroy Crossing", "bp_fitzroy", 1),
                note="`X, N km from Y, and Z`: a list",
            ),
            c(
                3,
                "some {d} km",
                "point",
                P("The town", "bp_wyndham", 0),
                P("Kununurra", "bp_kununurra", 1),
                d="NW",
                want=False,
                note="`The town` = the place named in the sentence before",
            ),
            c(
                4,
                "more than {e} km",
                "point",
                P("Perth", "bp_perth", 0),
                P("(dateline) BROOME", "bp_broome", 0),
                d="S",
                note="`X, more than N km to the south`: the dateline town, a bound, true",
            ),
            c(
                1,
                "about {f} km",
                "point",
                P("Darwin", "bp_darwin", 0),
                P("Kununurra", "bp_kununurra", 2),
                d="NE",
                note="`X, the <territory> capital about N km north-east of Y`",
            ),
        ],
        [
            ("15 metres", "water level"),
            ("200 residents", "count"),
            ("two aircraft", "count"),
        ],
    ),
    A(
        "en-labrador-blizzard",
        "en",
        "2026-03-03",
        "dev",
        """
Blizzard shuts Labrador's only highway
HAPPY VALLEY-GOOSE BAY, Labrador, March 3 (CP) - A blizzard closed the Trans-Labrador Highway between Labrador City and Churchill Falls, which lies about {a} km east of Labrador City, on Tuesday, with gusts of 120 km/h. North West River, some {b} km north-east of town, lost power for 14 hours. Cartwright, on the coast about {c} km to the east, and Nain were cut off. Snowploughs stood idle on the {d}-km road from Happy Valley-Goose Bay to Labrador City. Nain, the northernmost community, lies more than {e} km north of Happy Valley-Goose Bay. St. John's, the provincial capital nearly {f} km to the south-east, sent a relief flight.
""",
        [
            c(
                8,
                "about {a} km",
                "point",
                P("Churchill Falls", "bp_churchill", 0),
                P("Labrador City", "bp_labcity", 1),
                d="E",
                note="relative clause of the second place of a `between` phrase",
            ),
            c(
                3,
                "some {b} km",
                "point",
                P("North West River", "bp_nwr", 0),
                P("town", "bp_hvgb", 0),
                d="NE",
                note="`north-east of town`: the dateline town",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Cartwright", "bp_cartwright", 0),
                P("(dateline) HAPPY VALLEY-GOOSE BAY", "bp_hvgb", 0),
                d="E",
                want=False,
                note="`X, on the coast about N km to the east, and Y`: the dateline town",
            ),
            c(
                6,
                "{d}-km road",
                "route",
                P("Labrador City", "bp_labcity", 2),
                P("Happy Valley-Goose Bay", "bp_hvgb", 0),
                note="`the N-km road from A to B`",
            ),
            c(
                1,
                "more than {e} km",
                "point",
                P("Nain", "bp_nain", 1),
                P("Happy Valley-Goose Bay", "bp_hvgb", 1),
                d="N",
                note="`X, the northernmost community, lies more than N km north of Y`: a bound, true",
            ),
            c(
                4,
                "nearly {f} km",
                "point",
                P("St. John's", "bp_stjohns", 0),
                P("(dateline) HAPPY VALLEY-GOOSE BAY", "bp_hvgb", 0),
                d="SE",
                want=False,
                note="`X, the provincial capital nearly N km to the south-east`: the dateline town",
            ),
        ],
        [
            ("120 km/h", "wind speed"),
            ("14 hours", "duration"),
        ],
    ),
    A(
        "en-tocantins-river-flood",
        "en",
        "2026-02-20",
        "dev",
        """
Tocantins river floods towns in central Brazil
PALMAS, Brazil, Feb. 20 (Reuters) - The Tocantins river rose 4 metres at Porto Nacional, some {a} km upstream from Palmas, after a week of rain. Miracema do Tocantins, about {b} km downstream from the capital, moved 1,500 people to schools. Araguaína, the state's second city some {c} km north of Palmas, sent boats. Gurupi, {d} km from Porto Nacional, and Paraíso do Tocantins reported flooded roads. Brasília, less than {e} km to the south, sent a disaster team. Engineers opened the gates of the dam at Lajeado. The town lies about {f} km north of Palmas.
""",
        [
            c(
                6,
                "some {a} km",
                "route",
                P("Porto Nacional", "bp_portonacional", 0),
                P("Palmas", "bp_palmas", 0),
                note="`at X, some N km upstream from Y`: along the river",
            ),
            c(
                6,
                "about {b} km",
                "route",
                P("Miracema do Tocantins", "bp_miracema", 0),
                P("the capital", "bp_palmas", 0),
                want=False,
                note="`X, about N km downstream from the capital`: along the river, the dateline's state capital",
            ),
            c(
                1,
                "some {c} km",
                "point",
                P("Araguaína", "bp_araguaina", 0),
                P("Palmas", "bp_palmas", 1),
                d="N",
                note="`X, the state's second city some N km north of Y`",
            ),
            c(
                "plain",
                "{d} km",
                "point",
                P("Gurupi", "bp_gurupi", 0),
                P("Porto Nacional", "bp_portonacional", 1),
                want=False,
                note="`X, N km from Y, and Z`: a list",
            ),
            c(
                4,
                "less than {e} km",
                "point",
                P("Brasília", "bp_brasilia", 0),
                P("(dateline) PALMAS", "bp_palmas", 0),
                d="S",
                note="`X, less than N km to the south`: the dateline town, a bound, true",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("The town", "bp_lajeado", 0),
                P("Palmas", "bp_palmas", 2),
                d="N",
                note="`The town` = the place named in the sentence before",
            ),
        ],
        [
            ("4 metres", "water level"),
            ("1,500 people", "count"),
        ],
    ),
]
