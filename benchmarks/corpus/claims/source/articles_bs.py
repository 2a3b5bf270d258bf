# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BS (written for geomap by helper h26-claims3, 2026-12-06, twenty-sixth
session; not copied from any news source). DEV: the helper's generalisation check for the
descriptive noun phrase (issue 15, class 3), written at the start of the round and committed
before geomap was run on it, scored once with the final and the base code and not tuned on:
one German and two English stories from regions no claims batch names (Burgenland, Mendoza,
Abruzzo): `der Stadt`, `the city` after a sentence that named the dateline town; `Die
Landeshauptstadt selbst`, `The city itself` for the dateline town; `Der Ort`, `The town` for
the town of the sentence before; `Die Bundeshauptstadt`, `the capital` for the country's
capital; implied references; a quake's depth and a wind speed as non-claims. Gold written
from the text before geomap ran on it; coordinates under `bs_` keys from general knowledge;
distances by truth.py."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Burgenland
        "bs_eisenstadt": ("Eisenstadt", 47.8456, 16.5233, "city", "AT"),
        "bs_mattersburg": ("Mattersburg", 47.7367, 16.3975, "town", "AT"),
        "bs_neusiedl": ("Neusiedl am See", 47.9483, 16.8431, "town", "AT"),
        "bs_oberwart": ("Oberwart", 47.2878, 16.2031, "town", "AT"),
        "bs_wien": ("Wien", 48.2082, 16.3738, "city", "AT"),
        "bs_sopron": ("Sopron", 47.6817, 16.5845, "city", "HU"),
        # Mendoza
        "bs_mendoza": ("Mendoza", -32.8895, -68.8458, "city", "AR"),
        "bs_tunuyan": ("Tunuyán", -33.5756, -69.0153, "town", "AR"),
        "bs_sanrafael": ("San Rafael", -34.6177, -68.3301, "city", "AR"),
        "bs_uspallata": ("Uspallata", -32.5931, -69.3461, "town", "AR"),
        "bs_santiago": ("Santiago", -33.4489, -70.6693, "city", "CL"),
        "bs_buenosaires": ("Buenos Aires", -34.6037, -58.3816, "city", "AR"),
        "bs_malargue": ("Malargüe", -35.4750, -69.5850, "town", "AR"),
        # Abruzzo
        "bs_pescara": ("Pescara", 42.4618, 14.2161, "city", "IT"),
        "bs_chieti": ("Chieti", 42.3510, 14.1675, "city", "IT"),
        "bs_teramo": ("Teramo", 42.6589, 13.7044, "city", "IT"),
        "bs_sulmona": ("Sulmona", 42.0479, 13.9262, "town", "IT"),
        "bs_avezzano": ("Avezzano", 42.0310, 13.4260, "town", "IT"),
        "bs_rome": ("Rome", 41.9028, 12.4964, "city", "IT"),
        "bs_vasto": ("Vasto", 42.1116, 14.7082, "town", "IT"),
    }
)

ARTICLES = [
    A(
        "de-burgenland-sturm",
        "de",
        "2026-10-13",
        "dev",
        """
Sturm fegt über das Burgenland
EISENSTADT (APA) - Ein Sturm mit Böen von bis zu 110 Kilometern pro Stunde hat am Dienstag im Burgenland 120 Bäume umgerissen. In Mattersburg, rund {a} Kilometer südwestlich von Eisenstadt, fiel der Strom aus. Neusiedl am See, etwa {b} Kilometer nordöstlich der Stadt, sperrte den Hafen. Oberwart meldete 90 Millimeter Regen. Der Ort liegt rund {c} Kilometer südlich von Eisenstadt. Die Landeshauptstadt selbst, rund {d} Kilometer von Wien entfernt, blieb weitgehend verschont. Sopron, gut {e} Kilometer südlich der Stadt, meldete ebenfalls umgestürzte Bäume. Auch die Bundeshauptstadt, rund {f} Kilometer nördlich von Eisenstadt, meldete Sturmschäden.
""",
        [
            c(
                "plain",
                "rund {a} Kilometer",
                "point",
                P("Mattersburg", "bs_mattersburg", 0),
                P("Eisenstadt", "bs_eisenstadt", 0),
                d="SW",
                note="`In X, rund N km südwestlich von Y`",
            ),
            c(
                3,
                "etwa {b} Kilometer",
                "point",
                P("Neusiedl am See", "bs_neusiedl", 0),
                P("der Stadt", "bs_eisenstadt", 0),
                d="NE",
                want=False,
                note="`der Stadt` after a sentence that named the dateline town: the dateline town",
            ),
            c(
                3,
                "rund {c} Kilometer",
                "point",
                P("Der Ort", "bs_oberwart", 0),
                P("Eisenstadt", "bs_eisenstadt", 1),
                d="S",
                note="`Der Ort` = the town of the sentence before",
            ),
            c(
                3,
                "rund {d} Kilometer",
                "point",
                P("Die Landeshauptstadt", "bs_eisenstadt", 0),
                P("Wien", "bs_wien", 0),
                want=False,
                note="`Die Landeshauptstadt selbst` = the dateline town (the state capital)",
            ),
            c(
                3,
                "gut {e} Kilometer",
                "point",
                P("Sopron", "bs_sopron", 0),
                P("der Stadt", "bs_eisenstadt", 1),
                d="S",
                note="`der Stadt` after `Die Landeshauptstadt selbst`: the dateline town",
            ),
            c(
                3,
                "rund {f} Kilometer",
                "point",
                P("die Bundeshauptstadt", "bs_wien", 0),
                P("Eisenstadt", "bs_eisenstadt", 2),
                d="N",
                note="`die Bundeshauptstadt` = the country's capital",
            ),
        ],
        [
            ("110 Kilometern pro Stunde", "speed"),
            ("120 Bäume", "count"),
            ("90 Millimeter", "rainfall"),
        ],
    ),
    A(
        "en-mendoza-quake",
        "en",
        "2026-03-09",
        "dev",
        """
Quake rattles Argentina's wine country
MENDOZA, Argentina, March 9 (Reuters) - A magnitude 5.8 earthquake shook western Argentina on Sunday, cracking walls in 40 homes. The quake struck at a depth of 110 km. Tunuyán, about {a} km south of Mendoza, reported minor damage. San Rafael, some {b} km south of the city, closed two schools. Uspallata was cut off by a rockslide. The town lies about {c} km north-west of Mendoza. Santiago, the Chilean capital, is about {d} km west of the city. The city itself, roughly {e} km from Buenos Aires, felt strong shaking. Malargüe, about {f} km to the south, reported no damage.
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Tunuyán", "bs_tunuyan", 0),
                P("Mendoza", "bs_mendoza", 0),
                d="S",
                note="`X, about N km south of Y`",
            ),
            c(
                3,
                "some {b} km",
                "point",
                P("San Rafael", "bs_sanrafael", 0),
                P("the city", "bs_mendoza", 0),
                d="S",
                note="`the city` after a sentence that named the dateline town: the dateline town",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("The town", "bs_uspallata", 0),
                P("Mendoza", "bs_mendoza", 1),
                d="NW",
                want=False,
                note="`The town` = the town of the sentence before",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("Santiago", "bs_santiago", 0),
                P("the city", "bs_mendoza", 1),
                d="W",
                note="`the city` after a sentence that measured a town from the named dateline town",
            ),
            c(
                3,
                "roughly {e} km",
                "point",
                P("The city", "bs_mendoza", 0),
                P("Buenos Aires", "bs_buenosaires", 0),
                want=False,
                note="`The city itself` = the dateline town",
            ),
            c(
                4,
                "about {f} km",
                "point",
                P("Malargüe", "bs_malargue", 0),
                P("(dateline) MENDOZA", "bs_mendoza", 0),
                d="S",
                note="`X, about N km to the south`: implied, the dateline town",
            ),
        ],
        [
            ("magnitude 5.8", "magnitude"),
            ("40 homes", "count"),
            ("110 km", "depth"),
        ],
    ),
    A(
        "en-abruzzo-snow",
        "en",
        "2026-01-12",
        "dev",
        """
Snow cuts roads across Abruzzo
PESCARA, Italy, Jan. 12 (AP) - Heavy snow closed 30 roads across Abruzzo on Monday. Chieti, about {a} km south of the city, shut its schools. Teramo, some {b} km north-west of Pescara, ran out of road salt. Sulmona, about {c} km south-west of the city, recorded 80 cm of snow. Avezzano was cut off. The town lies about {d} km west of Sulmona. Trains to the capital, about {e} km to the west, were cancelled. Vasto, a fishing town some {f} km south-east of Pescara, reported 2 stranded trucks.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("Chieti", "bs_chieti", 0),
                P("the city", "bs_pescara", 0),
                d="S",
                note="`X, about N km south of the city`: the dateline town",
            ),
            c(
                "plain",
                "some {b} km",
                "point",
                P("Teramo", "bs_teramo", 0),
                P("Pescara", "bs_pescara", 0),
                d="NW",
                want=False,
                note="`X, some N km north-west of Y`",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("Sulmona", "bs_sulmona", 0),
                P("the city", "bs_pescara", 1),
                d="SW",
                note="`the city` after a sentence that named the dateline town: the dateline town",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("The town", "bs_avezzano", 0),
                P("Sulmona", "bs_sulmona", 1),
                d="W",
                note="`The town` = the town of the sentence before",
            ),
            c(
                3,
                "about {e} km",
                "point",
                P("the capital", "bs_rome", 0),
                P("(dateline) PESCARA", "bs_pescara", 0),
                d="W",
                want=False,
                note="`the capital` = the country's capital, seen from the dateline town",
            ),
            c(
                1,
                "some {f} km",
                "point",
                P("Vasto", "bs_vasto", 0),
                P("Pescara", "bs_pescara", 1),
                d="SE",
                note="`X, a fishing town some N km south-east of Y`: apposition without a place",
            ),
        ],
        [
            ("30 roads", "count"),
            ("80 cm", "snow"),
            ("2 stranded trucks", "count"),
        ],
    ),
]
