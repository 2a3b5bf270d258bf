# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch H (written for geomap; not copied from any news source). Dev only:
written to find general failures in other regions and wording."""

from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
    A(
        "en-ghana-floods",
        "en",
        "2026-06-21",
        "dev",
        """
Floods hit Ghana's coast

ACCRA (geomap) - Heavy rain flooded parts of Ghana's coast on Saturday, and 9,000 people left their homes, the national disaster agency said. Kumasi, Ghana's second city, lies about {a} km north-west of Accra and reported landslides. Lomé, the Togolese capital, about {b} km east of Accra, sent boats. The port city of Takoradi, some {c} km west of the capital, closed its harbour. Drones flew over Tamale, which lies roughly {d} km north of Kumasi, to map the damage. Abidjan and Accra are about {e} km apart, and the 12-km coastal road near Keta was washed away. Lagos, more than {f} km to the east, offered help.
""",
        [
            c(1, "about {a} km", "point", P("Kumasi", "kumasi"), P("Accra", "accra", 1), d="NW"),
            c(1, "about {b} km", "point", P("Lomé", "lome"), P("Accra", "accra", 2), d="E"),
            c(
                3,
                "some {c} km",
                "point",
                P("Takoradi", "takoradi"),
                P("the capital", "accra"),
                d="W",
            ),
            c(
                2,
                "roughly {d} km",
                "point",
                P("Tamale", "tamale"),
                P("Kumasi", "kumasi", 1),
                d="N",
                want=False,
            ),
            c(9, "about {e} km", "pair", P("Abidjan", "abidjan"), P("Accra", "accra", 3)),
            c(4, "more than {f} km", "point", P("Lagos", "lagos"), P("ACCRA", "accra"), d="E"),
        ],
        ["9,000", "12-km coastal road"],
    ),
    A(
        "de-japan-taifun",
        "de",
        "2026-09-02",
        "dev",
        """
Taifun zieht über Japan hinweg

TOKIO (geomap) - Ein Taifun mit Böen von 180 Kilometern pro Stunde hat am Mittwoch den Süden Japans erreicht. Der Sturm traf zuerst Kagoshima, das rund {a} Kilometer südwestlich von Osaka liegt. Von Tokio ist Sendai knapp {b} Kilometer entfernt, dort fielen 400 Millimeter Regen. In Hokkaido meldete auch Sapporo, gut {c} Kilometer nördlich von Sendai, Sturmböen. Der Fuji, mit 3.776 Metern der höchste Berg Japans, liegt rund {d} Kilometer westlich von Tokio. Die japanische Hauptstadt ist rund {e} Kilometer von Fukuoka entfernt. Die rund {f} Kilometer lange Shinkansen-Strecke zwischen Tokio und Osaka wurde gesperrt.
""",
        [
            c(
                8,
                "rund {a} Kilometer",
                "point",
                P("Kagoshima", "kagoshima"),
                P("Osaka", "osaka"),
                d="SW",
            ),
            c(4, "knapp {b} Kilometer", "point", P("Sendai", "sendai"), P("Tokio", "tokyo", 1)),
            c(
                5,
                "gut {c} Kilometer",
                "point",
                P("Sapporo", "sapporo"),
                P("Sendai", "sendai", 1),
                d="N",
            ),
            c(
                1,
                "rund {d} Kilometer",
                "point",
                P("Fuji", "fuji"),
                P("Tokio", "tokyo", 2),
                d="W",
                want=False,
            ),
            c(
                3,
                "rund {e} Kilometer",
                "point",
                P("Die japanische Hauptstadt", "tokyo"),
                P("Fukuoka", "fukuoka"),
            ),
            c(6, "rund {f} Kilometer", "route", P("Tokio", "tokyo", 3), P("Osaka", "osaka", 1)),
        ],
        ["180 Kilometern pro Stunde", "400 Millimeter", "3.776 Metern"],
    ),
    A(
        "en-yukon-wildfire",
        "en",
        "2026-07-12",
        "dev",
        """
Wildfires force evacuations in the Yukon

WHITEHORSE (geomap) - Wildfires have forced 3,000 people from their homes in the Yukon, territorial officials said on Sunday. Dawson City, about {a} km north-west of Whitehorse, was evacuated overnight. Residents fled along the {b}-km Klondike Highway from Dawson City to Whitehorse. Fairbanks, Alaska's second-largest city, is roughly {c} km west of Dawson City. Whitehorse, home to about 28,000 people, said the smoke was the worst in a decade. The city lies more than {d} km north-west of Vancouver. Inuvik lies about {e} km north of the Arctic Circle and has not been affected. Between Whitehorse and Juneau, about {f} km apart, the 160-km South Klondike road stayed open. Anchorage, which is some {g} km west of Whitehorse, sent water bombers.
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Dawson City", "dawson"),
                P("Whitehorse", "whitehorse", 1),
                d="NW",
            ),
            c(
                6,
                "{b}-km",
                "route",
                P("Dawson City", "dawson", 1),
                P("Whitehorse", "whitehorse", 2),
            ),
            c(
                1,
                "roughly {c} km",
                "point",
                P("Fairbanks", "fairbanks"),
                P("Dawson City", "dawson", 2),
                d="W",
            ),
            c(
                3,
                "more than {d} km",
                "point",
                P("The city", "whitehorse"),
                P("Vancouver", "vancouver"),
                d="NW",
            ),
            c(
                10,
                "about {e} km",
                "latitude",
                P("Inuvik", "inuvik"),
                Line("Arctic Circle", "arctic_circle"),
                d="N",
            ),
            c(9, "about {f} km", "pair", P("Whitehorse", "whitehorse", 4), P("Juneau", "juneau")),
            c(
                8,
                "some {g} km",
                "point",
                P("Anchorage", "anchorage"),
                P("Whitehorse", "whitehorse", 5),
                d="W",
                want=False,
            ),
        ],
        ["3,000", "28,000", "160-km South Klondike road"],
    ),
    A(
        "de-sahel-duerre",
        "de",
        "2026-05-04",
        "dev",
        """
Dürre bedroht Ernten im Sahel

NIAMEY (geomap) - Bei Temperaturen von bis zu 45 Grad sind im Niger nach UN-Angaben 2,3 Millionen Menschen auf Nahrungshilfe angewiesen. Agadez, das Tor zur Sahara, liegt rund {a} Kilometer nordöstlich von Niamey. Von Niamey aus sind es auf der Straße rund {b} Kilometer bis nach Ouagadougou. In Mali meldete Gao, etwa {c} Kilometer nordwestlich von Niamey, Ernteausfälle. Die malische Stadt liegt knapp {d} Kilometer von Timbuktu entfernt. Zinder, die zweitgrößte Stadt des Landes, liegt gut {e} Kilometer östlich von Niamey. Hilfsgüter kommen über die rund {f} Kilometer lange Straße von Cotonou nach Niamey.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Agadez", "agadez"),
                P("Niamey", "niamey", 1),
                d="NE",
            ),
            c(
                "plain",
                "rund {b} Kilometer",
                "route",
                P("Niamey", "niamey", 2),
                P("Ouagadougou", "ouagadougou"),
            ),
            c(5, "etwa {c} Kilometer", "point", P("Gao", "gao"), P("Niamey", "niamey", 3), d="NW"),
            c(
                3,
                "knapp {d} Kilometer",
                "point",
                P("Die malische Stadt", "gao"),
                P("Timbuktu", "timbuktu"),
                want=False,
            ),
            c(
                1,
                "gut {e} Kilometer",
                "point",
                P("Zinder", "zinder"),
                P("Niamey", "niamey", 4),
                d="E",
            ),
            c(6, "rund {f} Kilometer", "route", P("Cotonou", "cotonou"), P("Niamey", "niamey", 5)),
        ],
        ["45 Grad", "2,3 Millionen"],
    ),
]
