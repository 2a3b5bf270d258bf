# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch L (written for geomap by helper h-claims5, 2026-12-03; not copied from any
news source). Dev only: regions the corpus lacked (Uganda, northern Mexico, northern Norway,
Madagascar, the Philippines) and heavy in issue 15's hardest classes: lines of latitude
(the Equator, both tropics in their German genitives, the Arctic Circle as `the line`), route
lengths (`the N-km highway from A to B`, `die N Kilometer lange Nationalstraße 7`, `a N-km
crossing`, `the N-km Manila-Legazpi run`, `a drive of roughly N km`), references before the
number or implicit (`From A, B is N km to the north`, `liegt von A rund N km entfernt`,
`ins N km südlich gelegene X`, wire datelines with a country and a date, `further
north-east`), volcanoes and summits as ends, a flight with its landing, vague quantities
(`a few hundred kilometres`, `hundreds of kilometres inside the Arctic Circle`, `einige
hundert Kilometer`). Gold was written from the text before geomap was run on it."""

from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
    A(
        "en-uganda-equator",
        "en",
        "2026-11-04",
        "dev",
        """
Uganda floods cut roads on both sides of the Equator

KAMPALA, Uganda, Nov. 4 (geomap) - Heavy rain flooded parts of Uganda on Wednesday and cut the road to the border with Kenya. Kampala, the capital, lies only about {a} km north of the Equator, where traders on the Masaka road sell souvenirs. Entebbe, home to the country's main airport, is some {b} km to the south-west. The {c}-km highway from Kampala to Jinja was closed for six hours, and trucks waited at Mbale, roughly {d} km further north-east. Mbale sits at the foot of Mount Elgon, whose 4,321-metre summit lies about {e} km to the east. From Kampala, Gulu is about {f} km to the north. Masaka, {g} km south of the Equator, reported 140 mm of rain in a day. "We are a few hundred kilometres from Kampala and still the water comes," said a farmer in Kasese. Relief flights to Entebbe flew at an altitude of 3,000 metres.
""",
        [
            c(
                10,
                "about {a} km",
                "latitude",
                P("Kampala", "l_kampala"),
                Line("Equator", "equator"),
                d="N",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Entebbe", "l_entebbe"),
                P("(dateline) KAMPALA", "l_kampala"),
                d="SW",
                note="implicit: seen from the dateline",
            ),
            c(6, "{c}-km", "route", P("Kampala", "l_kampala", 1), P("Jinja", "l_jinja")),
            c(
                4,
                "roughly {d} km",
                "point",
                P("Mbale", "l_mbale"),
                P("Jinja", "l_jinja"),
                d="NE",
                note="further: onward from the route's end",
            ),
            c(
                11,
                "about {e} km",
                "point",
                P("Mount Elgon", "l_elgon"),
                P("Mbale", "l_mbale", 1),
                d="E",
                note="the summit, seen from the town just named",
            ),
            c(
                4,
                "about {f} km",
                "point",
                P("Gulu", "l_gulu"),
                P("Kampala", "l_kampala", 2),
                d="N",
                want=False,
                note="fronted from-phrase",
            ),
            c(
                10,
                "{g} km",
                "latitude",
                P("Masaka", "l_masaka", 1),
                Line("Equator", "equator", 1),
                d="S",
                want=False,
            ),
            c(
                11,
                "a few hundred kilometres",
                "point",
                P("We", "l_kasese"),
                P("Kampala", "l_kampala", 3),
                vague=(200, 900),
                note="first person in a quote: the speaker in Kasese",
            ),
        ],
        [
            ("4,321-metre", "altitude"),
            ("140 mm", "rainfall"),
            ("3,000 metres", "altitude"),
        ],
    ),
    A(
        "de-mexiko-wendekreis",
        "de",
        "2026-07-15",
        "dev",
        """
Hitzewelle im Norden Mexikos

MONTERREY (geomap) – Eine Hitzewelle mit Temperaturen von bis zu 46 Grad hat den Norden Mexikos erfasst. Monterrey liegt rund {a} Kilometer nördlich des Wendekreises des Krebses, doch so heiß war es hier seit 1998 nicht. Auch in Ciudad Victoria, knapp {b} Kilometer nördlich des nördlichen Wendekreises, fiel der Strom aus. Von Monterrey aus sind es auf der Autobahn gut {c} Kilometer bis Saltillo, wo die Wasserversorgung rationiert wurde. Auf der rund {d} Kilometer langen Autobahn zwischen Monterrey und Nuevo Laredo stauten sich Lastwagen auf 12 Kilometern. Mazatlán an der Pazifikküste liegt nur etwa {e} Kilometer südlich des Wendekreises. Der Vulkan Popocatépetl, 5.426 Meter hoch, liegt von Mexiko-Stadt rund {f} Kilometer entfernt und stößt seit Tagen Asche aus. Die Hauptstadt meldete dagegen Regen. Durango liegt einige hundert Kilometer westlich von Monterrey.
""",
        [
            c(
                10,
                "rund {a} Kilometer",
                "latitude",
                P("Monterrey", "l_monterrey"),
                Line("Wendekreises des Krebses", "tropic_cancer"),
                d="N",
                note="genitive of Wendekreis des Krebses",
            ),
            c(
                10,
                "knapp {b} Kilometer",
                "latitude",
                P("Ciudad Victoria", "l_ciudadvictoria"),
                Line("nördlichen Wendekreises", "tropic_cancer"),
                d="N",
            ),
            c(
                4,
                "gut {c} Kilometer",
                "route",
                P("Monterrey", "l_monterrey", 1),
                P("Saltillo", "l_saltillo"),
            ),
            c(
                6,
                "rund {d} Kilometer",
                "route",
                P("Monterrey", "l_monterrey", 2),
                P("Nuevo Laredo", "l_nuevolaredo"),
                want=False,
            ),
            c(
                10,
                "etwa {e} Kilometer",
                "latitude",
                P("Mazatlán", "l_mazatlan"),
                Line("Wendekreises", "tropic_cancer", 2),
                d="S",
                note="the bare Wendekreis of a Mexican story is the Tropic of Cancer",
            ),
            c(
                4,
                "rund {f} Kilometer",
                "point",
                P("Popocatépetl", "l_popocatepetl"),
                P("Mexiko-Stadt", "l_mexicocity"),
                want=False,
                note="reference before the number; a volcano as subject",
            ),
            c(
                11,
                "einige hundert Kilometer",
                "point",
                P("Durango", "l_durango"),
                P("Monterrey", "l_monterrey", 3),
                d="W",
                vague=(200, 900),
            ),
        ],
        [
            ("46 Grad", "temperature"),
            ("1998", "year"),
            ("12 Kilometern", "length of a queue"),
            ("5.426 Meter", "altitude"),
        ],
    ),
    A(
        "en-norway-arctic",
        "en",
        "2026-02-10",
        "dev",
        """
Storm closes roads across northern Norway

TROMSO, Norway, Feb. 10 (geomap) - A winter storm closed roads and grounded flights across northern Norway on Tuesday. Mo i Rana, a steel town just {a} km south of the Arctic Circle, recorded gusts of 150 km/h. Bodø, some {b} km north of the line, cancelled the ferry to the Lofoten islands. The {c}-km crossing from Bodø to Moskenes usually takes three hours. Narvik, which lies about {d} km north-east of Bodø, lost power, and the E6 between Narvik and Tromsø, a drive of roughly {e} km, was shut. Hammerfest, one of the world's northernmost towns, is less than {f} km from the North Pole. Alta, about {g} km to the east, reported 1.2 metres of snow. "We are hundreds of kilometres inside the Arctic Circle here," a hotel manager in Kirkenes said.
""",
        [
            c(
                10,
                "{a} km",
                "latitude",
                P("Mo i Rana", "l_moirana"),
                Line("Arctic Circle", "arctic_circle"),
                d="S",
            ),
            c(
                10,
                "some {b} km",
                "latitude",
                P("Bodø", "l_bodo"),
                Line("the line", "arctic_circle"),
                d="N",
                want=False,
                note="`the line`: the circle just named",
            ),
            c(6, "{c}-km", "route", P("Bodø", "l_bodo", 1), P("Moskenes", "l_moskenes")),
            c(8, "about {d} km", "point", P("Narvik", "l_narvik"), P("Bodø", "l_bodo", 2), d="NE"),
            c(
                6,
                "roughly {e} km",
                "route",
                P("Narvik", "l_narvik", 1),
                P("Tromsø", "l_tromso"),
                note="between A and B, a drive of N km",
            ),
            c(
                10,
                "less than {f} km",
                "pole",
                P("Hammerfest", "l_hammerfest"),
                Line("North Pole", "north_pole"),
            ),
            c(
                4,
                "about {g} km",
                "point",
                P("Alta", "l_alta"),
                P("(dateline) TROMSO", "l_tromso"),
                d="E",
                note="implicit: the dateline, spelled without ø",
            ),
            c(
                11,
                "hundreds of kilometres",
                "latitude",
                P("We", "l_kirkenes"),
                Line("Arctic Circle", "arctic_circle", 1),
                vague=(200, 990),
                note="first person: the speaker in Kirkenes",
            ),
        ],
        [
            ("150 km/h", "wind speed"),
            ("1.2 metres", "snow depth"),
        ],
    ),
    A(
        "de-madagaskar-zyklon",
        "de",
        "2026-03-02",
        "dev",
        """
Zyklon trifft Madagaskars Ostküste

ANTANANARIVO (geomap) – Der Zyklon „Hery" ist mit Böen von 220 km/h an der Ostküste Madagaskars auf Land getroffen. Die Hafenstadt Toamasina, rund {a} Kilometer östlich der Hauptstadt, meldete schwere Schäden. Rettungskräfte wurden ins rund {b} Kilometer südlich gelegene Antsirabe verlegt. Auf der {c} Kilometer langen Nationalstraße 7 von Antananarivo nach Fianarantsoa kam der Verkehr zum Erliegen. Toliara im Südwesten liegt nur etwa {d} Kilometer nördlich des südlichen Wendekreises und blieb verschont. Taolagnaro, gut {e} Kilometer südlich des Wendekreises des Steinbocks, meldete Sturmfluten von drei Metern. Nach einem Flug von knapp {f} Kilometern landete eine Maschine mit Helfern aus Saint-Denis auf La Réunion in der Hauptstadt. Mahajanga an der Westküste liegt von Antananarivo rund {g} Kilometer entfernt.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Die Hafenstadt Toamasina", "l_toamasina"),
                P("der Hauptstadt", "l_antananarivo"),
                d="E",
            ),
            c(
                4,
                "rund {b} Kilometer",
                "point",
                P("Antsirabe", "l_antsirabe"),
                P("(dateline) ANTANANARIVO", "l_antananarivo"),
                d="S",
                note="attributive with a direction: seen from the dateline",
            ),
            c(
                6,
                "{c} Kilometer",
                "route",
                P("Antananarivo", "l_antananarivo"),
                P("Fianarantsoa", "l_fianarantsoa"),
            ),
            c(
                10,
                "etwa {d} Kilometer",
                "latitude",
                P("Toliara", "l_toliara"),
                Line("südlichen Wendekreises", "tropic_capricorn"),
                d="N",
            ),
            c(
                10,
                "gut {e} Kilometer",
                "latitude",
                P("Taolagnaro", "l_taolagnaro"),
                Line("Wendekreises des Steinbocks", "tropic_capricorn"),
                d="S",
                want=False,
            ),
            c(
                11,
                "knapp {f} Kilometern",
                "range",
                P("Saint-Denis", "l_saintdenis"),
                P("der Hauptstadt", "l_antananarivo", 1),
                note="flight noun; the landing named by its verb",
            ),
            c(
                4,
                "rund {g} Kilometer",
                "point",
                P("Mahajanga", "l_mahajanga"),
                P("Antananarivo", "l_antananarivo", 1),
                want=False,
            ),
        ],
        [
            ("220 km/h", "wind speed"),
            ("drei Metern", "height of a storm surge"),
        ],
    ),
    A(
        "en-philippines-typhoon",
        "en",
        "2026-10-20",
        "dev",
        """
Typhoon Mara batters southern Luzon

MANILA (geomap) - Typhoon Mara made landfall in the Bicol region on Monday with winds of 185 km/h, forcing 300,000 people from their homes. Legazpi, about {a} km south-east of Manila, lies at the foot of Mayon, and the volcano's crater is only about {b} km to the north-west. From Legazpi, Naga is some {c} km to the north-west. Buses on the {d}-km Manila-Legazpi run took 14 hours. The storm then moved towards Tagaytay, a ridge town overlooking Taal Volcano, which lies about {e} km to the south. In the north, Baguio, roughly {f} km from Manila as the crow flies, closed its mountain roads. Ferries between Matnog and Allen, a {g}-km crossing of the San Bernardino Strait, were halted. Tacloban lies a few hundred kilometres from Manila.
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Legazpi", "l_legazpi"),
                P("Manila", "l_manila"),
                d="SE",
            ),
            c(
                11,
                "about {b} km",
                "point",
                P("the volcano's crater", "l_mayon"),
                P("Legazpi", "l_legazpi"),
                d="NW",
                note="the volcano just named, seen from the town (not the dateline)",
            ),
            c(4, "some {c} km", "point", P("Naga", "l_naga"), P("Legazpi", "l_legazpi", 1), d="NW"),
            c(
                6,
                "{d}-km",
                "route",
                P("Manila", "l_manila", 1),
                P("Legazpi", "l_legazpi", 2),
                note="a hyphenated pair of ends before `run`",
            ),
            c(
                11,
                "about {e} km",
                "point",
                P("Taal Volcano", "l_taal"),
                P("Tagaytay", "l_tagaytay"),
                d="S",
            ),
            c(
                "plain",
                "roughly {f} km",
                "point",
                P("Baguio", "l_baguio"),
                P("Manila", "l_manila", 2),
                want=False,
            ),
            c(
                6,
                "{g}-km",
                "route",
                P("Matnog", "l_matnog"),
                P("Allen", "l_allen"),
                note="a sea crossing between two ports",
            ),
            c(
                11,
                "a few hundred kilometres",
                "point",
                P("Tacloban", "l_tacloban"),
                P("Manila", "l_manila", 3),
                vague=(200, 900),
            ),
        ],
        [
            ("185 km/h", "wind speed"),
        ],
    ),
]
