# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BR (written for geomap by helper h26-claims2, 2026-12-06, twenty-sixth
session; not copied from any news source). DEV: the helper's generalisation check, written
after the session's claims changes (batch BQ's fixes) and committed before geomap was run on
it, scored once with the final and the base code and not tuned on: one German and two
English stories from regions no claims batch names (Extremadura, Punjab, Hawke's Bay), in
batch BQ's shapes in other wording: the dateline town as `der Provinzhauptstadt`, `der
Stadt`, `the city`, `The city itself`, implied (`etwa N Kilometer entfernt`, `some N km to
the south-east`), `von hier` in a quote; `Die Grenzstadt`, `The city`, `The town` for the
town of the sentence before; appositions without a place; a border and a coast. Gold written
from the text before geomap ran on it; coordinates under `br_` keys from general knowledge;
distances by truth.py; border and coast intervals by hand."""

from places import PLACES, A, Border, Coast, P, c

PLACES.update(
    {
        # Extremadura
        "br_caceres": ("Cáceres", 39.4753, -6.3724, "city", "ES"),
        "br_trujillo": ("Trujillo", 39.4597, -5.8821, "town", "ES"),
        "br_navalmoral": ("Navalmoral de la Mata", 39.8925, -5.5406, "town", "ES"),
        "br_plasencia": ("Plasencia", 40.0303, -6.0906, "city", "ES"),
        "br_badajoz": ("Badajoz", 38.8794, -6.9707, "city", "ES"),
        "br_madrid": ("Madrid", 40.4168, -3.7038, "city", "ES"),
        "br_lisbon": ("Lisbon", 38.7223, -9.1393, "city", "PT"),
        # Punjab
        "br_amritsar": ("Amritsar", 31.6340, 74.8723, "city", "IN"),
        "br_tarntaran": ("Tarn Taran", 31.4519, 74.9278, "town", "IN"),
        "br_jalandhar": ("Jalandhar", 31.3260, 75.5762, "city", "IN"),
        "br_ludhiana": ("Ludhiana", 30.9010, 75.8573, "city", "IN"),
        "br_chandigarh": ("Chandigarh", 30.7333, 76.7794, "city", "IN"),
        "br_lahore": ("Lahore", 31.5204, 74.3587, "city", "PK"),
        "br_pathankot": ("Pathankot", 32.2643, 75.6421, "city", "IN"),
        # Hawke's Bay
        "br_napier": ("Napier", -39.4928, 176.9120, "city", "NZ"),
        "br_hastings": ("Hastings", -39.6381, 176.8492, "city", "NZ"),
        "br_havelock": ("Havelock North", -39.6667, 176.8833, "town", "NZ"),
        "br_wairoa": ("Wairoa", -39.0333, 177.3667, "town", "NZ"),
        "br_waipukurau": ("Waipukurau", -39.9942, 176.5561, "town", "NZ"),
        "br_gisborne": ("Gisborne", -38.6623, 178.0176, "city", "NZ"),
        "br_taupo": ("Taupo", -38.6857, 176.0702, "town", "NZ"),
        "br_wellington": ("Wellington", -41.2865, 174.7762, "city", "NZ"),
    }
)

ARTICLES = [
    A(
        "de-extremadura-hitze",
        "de",
        "2026-08-03",
        "dev",
        """
Hitzerekord in der Extremadura
CÁCERES (dpa) - Mit 46 Grad hat die Extremadura am Montag einen neuen Hitzerekord gemessen. In Trujillo, rund {a} Kilometer östlich der Provinzhauptstadt, fiel der Strom für 5 Stunden aus. Navalmoral de la Mata, rund {c} Kilometer nordöstlich der Stadt, sperrte zwei Landstraßen. Plasencia, etwa {b} Kilometer entfernt, öffnete klimatisierte Räume. Badajoz meldete 47 Grad. Die Grenzstadt liegt weniger als 10 Kilometer von der portugiesischen Grenze entfernt. „Von hier bis Madrid sind es gut {d} Kilometer, und dort ist es kaum kühler“, sagte ein Sprecher des Roten Kreuzes in Plasencia. Lissabon, rund {e} Kilometer westlich von Badajoz, meldete 41 Grad.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Trujillo", "br_trujillo", 0),
                P("der Provinzhauptstadt", "br_caceres", 0),
                d="E",
                note="`In X, rund N km östlich der Provinzhauptstadt`: the dateline town",
            ),
            c(
                3,
                "rund {c} Kilometer",
                "point",
                P("Navalmoral de la Mata", "br_navalmoral", 0),
                P("der Stadt", "br_caceres", 0),
                d="NE",
                note="`X, rund N km nordöstlich der Stadt` after a sentence measured from the described dateline town",
            ),
            c(
                4,
                "etwa {b} Kilometer",
                "point",
                P("Plasencia", "br_plasencia", 0),
                P("(dateline) CÁCERES", "br_caceres", 0),
                want=False,
                note="`X, etwa N Kilometer entfernt`: implied, the dateline town",
            ),
            c(
                8,
                "weniger als 10 Kilometer",
                "border",
                P("Die Grenzstadt", "br_badajoz", 0),
                Border("der portugiesischen Grenze", ["ES", "PT"], (4, 8), cc="PT"),
                note="`Die Grenzstadt` = the town of the sentence before; a border, a bound, true",
            ),
            c(
                4,
                "gut {d} Kilometer",
                "point",
                P("Madrid", "br_madrid", 0),
                P("Plasencia", "br_plasencia", 1),
                note="`von hier` in a quote, the speaker's place in the attribution",
            ),
            c(
                "plain",
                "rund {e} Kilometer",
                "point",
                P("Lissabon", "br_lisbon", 0),
                P("Badajoz", "br_badajoz", 1),
                d="W",
                want=False,
                note="`X, rund N km westlich von Y`",
            ),
        ],
        [
            ("46 Grad", "temperature"),
            ("5 Stunden", "duration"),
            ("47 Grad", "temperature"),
            ("41 Grad", "temperature"),
        ],
    ),
    A(
        "en-punjab-floods",
        "en",
        "2026-08-20",
        "dev",
        """
Floods swamp Punjab villages
AMRITSAR, India, Aug. 20 (Reuters) - Swollen rivers flooded 300 villages across Punjab on Tuesday. Tarn Taran, about {a} km south of the city, evacuated 4,000 people. Jalandhar, some {b} km to the south-east, closed its schools. Ludhiana, the state's largest city, lies about {c} km south-east of Jalandhar. Chandigarh, the state capital, is more than {d} km from Amritsar. The city itself, less than 40 km from the Pakistan border, recorded 210 mm of rain. Lahore, across the border about {e} km to the west, also reported flooding. Pathankot reported landslides. The city lies about {f} km north-east of Amritsar.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("Tarn Taran", "br_tarntaran", 0),
                P("the city", "br_amritsar", 0),
                d="S",
                note="`X, about N km south of the city`: the dateline town",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Jalandhar", "br_jalandhar", 0),
                P("(dateline) AMRITSAR", "br_amritsar", 0),
                d="SE",
                want=False,
                note="`X, some N km to the south-east`: implied, the dateline town",
            ),
            c(
                1,
                "about {c} km",
                "point",
                P("Ludhiana", "br_ludhiana", 0),
                P("Jalandhar", "br_jalandhar", 1),
                d="SE",
                note="`X, the state's largest city, lies`: apposition without a place",
            ),
            c(
                1,
                "more than {d} km",
                "point",
                P("Chandigarh", "br_chandigarh", 0),
                P("Amritsar", "br_amritsar", 0),
                note="`X, the state capital, is more than N km from Y`: a bound, true",
            ),
            c(
                8,
                "less than 40 km",
                "border",
                P("The city", "br_amritsar", 0),
                Border("the Pakistan border", ["IN", "PK"], (24, 32), cc="PK"),
                note="`The city itself` = the dateline town; a border, a bound, true",
            ),
            c(
                4,
                "about {e} km",
                "point",
                P("Lahore", "br_lahore", 0),
                P("(dateline) AMRITSAR", "br_amritsar", 0),
                d="W",
                want=False,
                note="`X, across the border about N km to the west`: implied, the dateline town",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("The city", "br_pathankot", 0),
                P("Amritsar", "br_amritsar", 2),
                d="NE",
                note="`The city` = the place of the sentence before",
            ),
        ],
        [
            ("300 villages", "count"),
            ("4,000 people", "count"),
            ("210 mm", "rainfall"),
        ],
    ),
    A(
        "en-hawkes-bay-rain",
        "en",
        "2026-02-14",
        "dev",
        """
Cyclone rains cut Hawke's Bay roads
NAPIER, New Zealand, Feb. 14 (AP) - Heavy rain from a former cyclone cut State Highway 2 on Wednesday and left 2,500 homes without power. Hastings, some {a} km south of the city, opened two evacuation centres. Wairoa, about {b} km to the north-east, was cut off. Waipukurau lost its water supply. The town lies about {c} km south-west of Napier. Gisborne, the region's neighbour to the north, is some {d} km from Napier. Taupo, on the shore of the country's largest lake, lies about {e} km north-west of the city. Havelock North, less than 5 km from the coast, reported slips. Wellington, about {f} km to the south-west, sent 3 army trucks.
""",
        [
            c(
                3,
                "some {a} km",
                "point",
                P("Hastings", "br_hastings", 0),
                P("the city", "br_napier", 0),
                d="S",
                note="`X, some N km south of the city`: the dateline town",
            ),
            c(
                4,
                "about {b} km",
                "point",
                P("Wairoa", "br_wairoa", 0),
                P("(dateline) NAPIER", "br_napier", 0),
                d="NE",
                note="`X, about N km to the north-east`: implied, the dateline town",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("The town", "br_waipukurau", 0),
                P("Napier", "br_napier", 0),
                d="SW",
                want=False,
                note="`The town` = the place of the sentence before",
            ),
            c(
                1,
                "some {d} km",
                "point",
                P("Gisborne", "br_gisborne", 0),
                P("Napier", "br_napier", 1),
                note="`X, the region's neighbour to the north, is`: apposition without a place",
            ),
            c(
                3,
                "about {e} km",
                "point",
                P("Taupo", "br_taupo", 0),
                P("the city", "br_napier", 1),
                d="NW",
                note="`the city` = the dateline town (named as the reference of the sentence before)",
            ),
            c(
                8,
                "less than 5 km",
                "coast",
                P("Havelock North", "br_havelock", 0),
                Coast("the coast", "NZ", (7, 12), facing="E"),
                want=False,
                note="a coast, false: 8-10 km",
            ),
            c(
                4,
                "about {f} km",
                "point",
                P("Wellington", "br_wellington", 0),
                P("(dateline) NAPIER", "br_napier", 0),
                d="SW",
                want=False,
                note="`X, about N km to the south-west`: implied, the dateline town",
            ),
        ],
        [
            ("2,500 homes", "count"),
            ("3 army trucks", "count"),
        ],
    ),
]
