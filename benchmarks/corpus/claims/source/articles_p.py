# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch P (written for geomap by a helper session, 2026-12-03, sixth session; not
copied from any news source). DEV: written with its gold (places, coordinates from general
knowledge, stated directions, meant truth) before geomap was run on it, in the longer, messier
sentences real reporters write (several places per sentence, appositions with numbers and
relative clauses, fronted adverbials, quotes, parentheses with miles, `further downstream`,
`further up the coast`, distances to a circle of latitude inside a longer sentence), from
regions the corpus lacked: South Sudan and Sudan, the Faroes, Shetland and Orkney, Central
Sulawesi, northern Quebec and the Namibian coast. Coordinates are kept here under `p_` keys
so that the batch touches no other source file."""

from places import PLACES, A, Line, P, c  # noqa: F401

PLACES.update(
    {
        "p_juba": ("Juba", 4.8594, 31.5713, "city", "SS"),
        "p_bor": ("Bor", 6.2092, 31.5589, "city", "SS"),
        "p_malakal": ("Malakal", 9.5334, 31.6605, "city", "SS"),
        "p_kosti": ("Kosti", 13.1629, 32.6635, "city", "SD"),
        "p_khartoum": ("Khartoum", 15.5007, 32.5599, "city", "SD"),
        "p_madani": ("Wad Madani", 14.4012, 33.5199, "city", "SD"),
        "p_portsudan": ("Port Sudan", 19.6158, 37.2164, "city", "SD"),
        "p_torshavn": ("Tórshavn", 62.0107, -6.7741, "city", "FO"),
        "p_klaksvik": ("Klaksvík", 62.2266, -6.5890, "city", "FO"),
        "p_lerwick": ("Lerwick", 60.1546, -1.1494, "city", "GB"),
        "p_kirkwall": ("Kirkwall", 58.9810, -2.9600, "city", "GB"),
        "p_reykjavik": ("Reykjavík", 64.1466, -21.9426, "city", "IS"),
        "p_bergen": ("Bergen", 60.3913, 5.3221, "city", "NO"),
        "p_palu": ("Palu", -0.8917, 119.8707, "city", "ID"),
        "p_donggala": ("Donggala", -0.6770, 119.7440, "city", "ID"),
        "p_poso": ("Poso", -1.3960, 120.7520, "city", "ID"),
        "p_makassar": ("Makassar", -5.1477, 119.4327, "city", "ID"),
        "p_gorontalo": ("Gorontalo", 0.5435, 123.0568, "city", "ID"),
        "p_manado": ("Manado", 1.4748, 124.8421, "city", "ID"),
        "p_chibougamau": ("Chibougamau", 49.9167, -74.3667, "city", "CA"),
        "p_chapais": ("Chapais", 49.7833, -74.8500, "city", "CA"),
        "p_valdor": ("Val-d'Or", 48.0974, -77.7828, "city", "CA"),
        "p_mistissini": ("Mistissini", 50.4222, -73.8680, "city", "CA"),
        "p_radisson": ("Radisson", 53.7833, -77.6167, "city", "CA"),
        "p_kuujjuaq": ("Kuujjuaq", 58.1030, -68.3980, "city", "CA"),
        "p_quebec": ("Québec City", 46.8139, -71.2080, "city", "CA"),
        "p_walvis": ("Walvis Bay", -22.9576, 14.5053, "city", "NA"),
        "p_swakop": ("Swakopmund", -22.6792, 14.5272, "city", "NA"),
        "p_henties": ("Henties Bay", -22.1160, 14.2845, "city", "NA"),
        "p_windhoek": ("Windhoek", -22.5609, 17.0658, "city", "NA"),
        "p_luderitz": ("Lüderitz", -26.6481, 15.1594, "city", "NA"),
    }
)

ARTICLES = [
    A(
        "en-sudd-floods",
        "en",
        "2026-09-03",
        "dev",
        """
Nile floods push north through the Sudd

JUBA, South Sudan, Sept. 3 (geomap) - Floodwaters that have displaced some 380,000 people across the Sudd swamps reached the capital of Jonglei state on Tuesday. Bor, a town of about 300,000 people on the east bank of the White Nile, lies some {a} km (93 miles) north of Juba, and aid barges took three days to cover the distance. Malakal, where the Sobat joins the White Nile and where 40,000 people shelter in a UN camp, is roughly {b} km north of Bor, officials said. At Kosti, some {c} km further downstream in Sudan, the river rose 1.2 metres overnight. Wad Madani, which lies about {d} km south-east of Khartoum on the Blue Nile and which was itself flooded in 2024, reported no damage. Port Sudan on the Red Sea coast, nearly {e} km north-east of Khartoum, remains the seat of the government. Juba, which lies less than {f} km north of the Equator, has had rain on 20 of the last 30 days. "We are only {g} km from Bor and the water is already at our doors," a Red Cross worker in Juba said.
""",
        [
            c(
                1,
                "some {a} km",
                "point",
                P("Bor", "p_bor"),
                P("Juba", "p_juba", 1),
                d="N",
                note="apposition with a number and a place, miles in parentheses",
            ),
            c(
                1,
                "roughly {b} km",
                "point",
                P("Malakal", "p_malakal"),
                P("Bor", "p_bor", 1),
                d="N",
                want=False,
                note="two relative clauses between subject and verb",
            ),
            c(
                4,
                "some {c} km",
                "point",
                P("Kosti", "p_kosti"),
                P("Malakal", "p_malakal"),
                note="implicit reference: `further downstream` of the last place named",
            ),
            c(
                8,
                "about {d} km",
                "point",
                P("Wad Madani", "p_madani"),
                P("Khartoum", "p_khartoum"),
                d="SE",
                note="two relative clauses, the first with the claim",
            ),
            c(
                "plain",
                "nearly {e} km",
                "point",
                P("Port Sudan", "p_portsudan"),
                P("Khartoum", "p_khartoum", 1),
                d="NE",
                want=False,
            ),
            c(
                10,
                "less than {f} km",
                "latitude",
                P("Juba", "p_juba", 2),
                Line("Equator", "equator"),
                note="a circle of latitude inside a relative clause",
            ),
            c(
                3,
                "only {g} km",
                "point",
                P("We", "p_juba", 3),
                P("Bor", "p_bor", 2),
                note="first person in a quote, the speaker's place in the attribution",
            ),
        ],
        [
            ("380,000 people", "displaced"),
            ("300,000 people", "population"),
            ("three days", "duration"),
            ("40,000 people", "sheltering"),
            ("1.2 metres", "river rise"),
            ("20 of the last 30 days", "rain days"),
        ],
    ),
    A(
        "de-faeroer-orkan",
        "de",
        "2026-01-12",
        "dev",
        """
Orkan deckt auf den Färöern Dächer ab

TÓRSHAVN, Färöer, 12. Januar (geomap) – Ein Orkan mit Böen von bis zu 190 Kilometern pro Stunde hat in der Nacht zum Montag auf den Färöern Dächer abgedeckt, vor der Küste wurden Wellen von 14 Metern gemessen. Am schwersten traf es Klaksvík, die zweitgrößte Stadt der Inselgruppe mit knapp 5.000 Einwohnern, die rund {a} Kilometer nördlich von Tórshavn liegt. Auch im schottischen Lerwick, das von Tórshavn gut {b} Kilometer entfernt ist, fiel am Morgen für Stunden der Strom aus. Von Lerwick aus sind es noch einmal rund {c} Kilometer bis Kirkwall auf den Orkneys, wo die Fähren ebenfalls im Hafen blieben. In Reykjavík, rund {d} Kilometer nordwestlich, wurde für Dienstag Sturmwarnung gegeben. Bergen an der norwegischen Westküste – rund {e} Kilometer östlich von Tórshavn und Heimathafen vieler Trawler der Inseln – meldete eine Sturmflut. Tórshavn liegt zwar gut {f} Kilometer südlich des nördlichen Polarkreises, im Januar geht die Sonne hier aber erst nach zehn Uhr auf.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Klaksvík", "p_klaksvik"),
                P("Tórshavn", "p_torshavn", 1),
                d="N",
                note="apposition with a number, then a relative clause with the claim",
            ),
            c(
                7,
                "gut {b} Kilometer",
                "point",
                P("Lerwick", "p_lerwick"),
                P("Tórshavn", "p_torshavn", 2),
                note="adjective + city, reference before the number in a relative clause",
            ),
            c(
                4,
                "rund {c} Kilometer",
                "point",
                P("Kirkwall", "p_kirkwall"),
                P("Lerwick", "p_lerwick", 1),
                want=False,
                note="`Von X aus sind es N bis Y`",
            ),
            c(
                4,
                "rund {d} Kilometer",
                "point",
                P("Reykjavík", "p_reykjavik"),
                P("(dateline) TÓRSHAVN", "p_torshavn"),
                d="NW",
                note="implicit reference: the dateline, fronted place",
            ),
            c(
                1,
                "rund {e} Kilometer",
                "point",
                P("Bergen", "p_bergen"),
                P("Tórshavn", "p_torshavn", 3),
                d="E",
                want=False,
                note="apposition between dashes, the claim inside it",
            ),
            c(
                10,
                "gut {f} Kilometer",
                "latitude",
                P("Tórshavn", "p_torshavn", 4),
                Line("nördlichen Polarkreises", "arctic_circle"),
            ),
        ],
        [
            ("190 Kilometern pro Stunde", "gust speed"),
            ("14 Metern", "wave height"),
            ("5.000 Einwohnern", "population"),
        ],
    ),
    A(
        "en-sulawesi-quake",
        "en",
        "2026-10-21",
        "dev",
        """
Strong quake shakes Central Sulawesi

PALU, Indonesia, Oct. 21 (geomap) - A magnitude 6.4 earthquake struck off the coast of Central Sulawesi on Tuesday, its focus 10 km deep, shaking the provincial capital that was devastated by a tsunami in 2018. Donggala, a fishing town of some 30,000 people at the mouth of Palu Bay about {a} km north-west of the city, reported two deaths. Poso, which lies some {b} km (70 miles) to the south-east across the mountains, also felt strong shaking. In Makassar, the region's largest city and some {c} km to the south, buildings swayed for several seconds. Gorontalo, only {d} km north of the Equator and roughly {e} km east of Palu, sent a rescue team by sea. Palu itself lies less than {f} km south of the Equator, which cuts across the narrow neck of the island. Manado, at the northern tip of the island and about {g} km north-east of Gorontalo as the crow flies, sent two aircraft with 12 tonnes of tents.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("Donggala", "p_donggala"),
                P("the city", "p_palu"),
                d="NW",
                note="apposition with a number, the reference a descriptive noun (the dateline)",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Poso", "p_poso"),
                P("(dateline) PALU", "p_palu"),
                d="SE",
                note="implicit reference: the dateline, in a relative clause",
            ),
            c(
                4,
                "some {c} km",
                "point",
                P("Makassar", "p_makassar"),
                P("(dateline) PALU", "p_palu"),
                d="S",
                want=False,
                note="fronted place with an apposition, implicit dateline reference",
            ),
            c(
                10,
                "only {d} km",
                "latitude",
                P("Gorontalo", "p_gorontalo"),
                Line("Equator", "equator"),
            ),
            c(
                1,
                "roughly {e} km",
                "point",
                P("Gorontalo", "p_gorontalo"),
                P("Palu", "p_palu", 1),
                d="E",
                note="second distance of a coordinated apposition",
            ),
            c(
                10,
                "less than {f} km",
                "latitude",
                P("Palu", "p_palu", 2),
                Line("Equator", "equator", 1),
                want=False,
            ),
            c(
                1,
                "about {g} km",
                "point",
                P("Manado", "p_manado"),
                P("Gorontalo", "p_gorontalo", 1),
                d="NE",
            ),
        ],
        [
            ("10 km deep", "depth"),
            ("30,000 people", "population"),
            ("several seconds", "duration"),
            ("12 tonnes", "cargo"),
        ],
    ),
    A(
        "de-quebec-waldbrand",
        "de",
        "2026-07-04",
        "dev",
        """
Waldbrände im Norden Québecs: Chapais evakuiert

CHIBOUGAMAU, Kanada, 4. Juli (geomap) – Waldbrände haben im Norden Québecs seit Mitte Juni mehr als 400.000 Hektar Wald vernichtet, bei 32 Grad und Wind drehte das Feuer am Mittwoch erneut. Chapais, ein Bergbaustädtchen mit rund 1.500 Einwohnern, das nur {a} Kilometer westlich von Chibougamau liegt, wurde in der Nacht evakuiert. Die Bewohner wurden in Bussen nach Val-d'Or gebracht, eine Fahrt von gut {b} Kilometern von Chapais aus. Mistissini, die größte Cree-Gemeinde der Provinz am Südufer des gleichnamigen Sees, rund {c} Kilometer nordöstlich, blieb bislang verschont. In Radisson am La-Grande-Fluss, wo Hydro-Québec seine größten Kraftwerke betreibt und das von Chibougamau gut {d} Kilometer entfernt ist, fiel zeitweise der Strom aus. Selbst aus Kuujjuaq, dem Hauptort Nunaviks und gut {e} Kilometer südlich des nördlichen Polarkreises gelegen, kamen Löschflugzeuge. Die Provinzhauptstadt Québec, rund {f} Kilometer südöstlich, schickte 200 Feuerwehrleute.
""",
        [
            c(
                1,
                "nur {a} Kilometer",
                "point",
                P("Chapais", "p_chapais"),
                P("Chibougamau", "p_chibougamau", 1),
                d="W",
                note="apposition with a number, the claim in the relative clause after it",
            ),
            c(
                6,
                "gut {b} Kilometern",
                "route",
                P("Val-d'Or", "p_valdor"),
                P("Chapais", "p_chapais", 1),
                note="`eine Fahrt von N Kilometern von A aus` after `nach B`",
            ),
            c(
                4,
                "rund {c} Kilometer",
                "point",
                P("Mistissini", "p_mistissini"),
                P("(dateline) CHIBOUGAMAU", "p_chibougamau"),
                d="NE",
                want=False,
                note="long apposition, then a bare direction from the dateline",
            ),
            c(
                4,
                "gut {d} Kilometer",
                "point",
                P("Radisson", "p_radisson"),
                P("Chibougamau", "p_chibougamau", 2),
                note="fronted place, two relative clauses, reference before the number",
            ),
            c(
                10,
                "gut {e} Kilometer",
                "latitude",
                P("Kuujjuaq", "p_kuujjuaq"),
                Line("nördlichen Polarkreises", "arctic_circle"),
                note="a circle of latitude in an apposition with `gelegen`",
            ),
            c(
                3,
                "rund {f} Kilometer",
                "point",
                P("Québec", "p_quebec"),
                P("(dateline) CHIBOUGAMAU", "p_chibougamau"),
                d="SE",
                note="descriptive noun + name as subject, implicit dateline reference",
            ),
        ],
        [
            ("400.000 Hektar", "area burnt"),
            ("32 Grad", "temperature"),
            ("1.500 Einwohnern", "population"),
            ("200 Feuerwehrleute", "firefighters"),
        ],
    ),
    A(
        "en-namib-fog",
        "en",
        "2026-02-09",
        "dev",
        """
Fog and sand close Namibia's coast road

WALVIS BAY, Namibia, Feb. 9 (geomap) - A bank of cold fog rolling in from the Benguela Current grounded flights on Monday at the port, which lies only about {a} km north of the Tropic of Capricorn and handles most of the country's imports. Swakopmund, the resort town some {b} km further up the coast, closed its beaches as winds reached 40 knots. Henties Bay, a fishing village of about 6,000 people at the southern edge of the Skeleton Coast, is roughly {c} km north of Swakopmund. In Windhoek, the capital, which lies about {d} km east of Walvis Bay on the far side of the Namib, temperatures reached 36 degrees. Lüderitz, more than {e} km to the south, reported 2,000 tonnes of fish spoiled in cold stores without power. Trucks on the {f}-km road from Walvis Bay to Windhoek were halted by sand drifts.
""",
        [
            c(
                10,
                "about {a} km",
                "latitude",
                P("the port", "p_walvis"),
                Line("Tropic of Capricorn", "tropic_capricorn"),
                note="a descriptive subject (the dateline) in a relative clause",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Swakopmund", "p_swakop"),
                P("(dateline) WALVIS BAY", "p_walvis"),
                note="`further up the coast`: implicit dateline reference in an apposition",
            ),
            c(
                1,
                "roughly {c} km",
                "point",
                P("Henties Bay", "p_henties"),
                P("Swakopmund", "p_swakop", 1),
                d="N",
                want=False,
                note="apposition with a number and a place",
            ),
            c(
                1,
                "about {d} km",
                "point",
                P("Windhoek", "p_windhoek"),
                P("Walvis Bay", "p_walvis", 1),
                d="E",
                note="fronted place, apposition and relative clause",
            ),
            c(
                4,
                "more than {e} km",
                "point",
                P("Lüderitz", "p_luderitz"),
                P("(dateline) WALVIS BAY", "p_walvis"),
                d="S",
                note="implicit dateline reference",
            ),
            c(
                6,
                "{f}-km",
                "route",
                P("Walvis Bay", "p_walvis", 2),
                P("Windhoek", "p_windhoek", 1),
            ),
        ],
        [
            ("40 knots", "wind speed"),
            ("6,000 people", "population"),
            ("36 degrees", "temperature"),
            ("2,000 tonnes", "cargo"),
        ],
    ),
]
