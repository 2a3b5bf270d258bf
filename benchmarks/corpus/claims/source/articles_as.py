# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AS (written for geomap by helper h16-cwire, 2026-12-05, sixteenth session,
round 2; not copied from any news source). DEV: plain wire copy (headline, dateline,
ordinary sentences, a photo caption), four in English and one in German, from regions the
dev sources had none or almost none of: Sabah on Borneo, eastern El Salvador with the
Honduran border, Montenegro's coast with Dubrovnik and Korčula, Odisha on India's east
coast, and Kano and its neighbour states in northern Nigeria. Heavy in class 4: `In <A>,
about N km away` and `<A>, about N km to the south` seen from the dateline or the town of
the sentence before, `<A> lies about N km up the coast from <B>`, `from <B>, ... some N km
further on`, `roughly halfway between`, `the N km from <A> to <B>` (a route), `between <A>
and <B>, some N km apart`, references inside `of`-chains (`the capital of Montenegro`,
`der Hauptstadt des Bundesstaates`), a reference left implicit after a fronted description
(`Katsina, die Hauptstadt des Nachbarstaates, liegt etwa N Kilometer nordwestlich`); and in
class 3: `the state capital` for a Malaysian and an Indian state, `the departmental
capital` after `In <X> department`, `the border town of <A>`, `the island's main town`.
Non-claims: depths, heights, wind speeds, temperatures, road numbers, a tunnel's length,
counts, prices, years, durations. Gold written from the text before geomap ran on it.
Coordinates under `as_` keys in this file: town centres written from general knowledge
(GeoNames/Wikipedia-style points), never from geomap or its gazetteer."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Sabah, Malaysia
        "as_kotakinabalu": ("Kota Kinabalu", 5.9804, 116.0735, "city", "MY"),
        "as_penampang": ("Penampang", 5.9186, 116.1095, "city", "MY"),
        "as_ranau": ("Ranau", 5.9536, 116.6636, "city", "MY"),
        "as_keningau": ("Keningau", 5.3378, 116.1602, "city", "MY"),
        "as_kudat": ("Kudat", 6.8837, 116.8477, "city", "MY"),
        "as_sandakan": ("Sandakan", 5.8394, 118.1172, "city", "MY"),
        "as_lahaddatu": ("Lahad Datu", 5.0268, 118.3270, "city", "MY"),
        "as_tawau": ("Tawau", 4.2447, 117.8912, "city", "MY"),
        "as_semporna": ("Semporna", 4.4792, 118.6113, "city", "MY"),
        # El Salvador, Honduras
        "as_sansalvador": ("San Salvador", 13.6929, -89.2182, "city", "SV"),
        "as_sanmiguel": ("San Miguel", 13.4833, -88.1833, "city", "SV"),
        "as_usulutan": ("Usulután", 13.3500, -88.4500, "city", "SV"),
        "as_zacatecoluca": ("Zacatecoluca", 13.5000, -88.8667, "city", "SV"),
        "as_launion": ("La Unión", 13.3369, -87.8439, "city", "SV"),
        "as_santarosa": ("Santa Rosa de Lima", 13.6244, -87.8936, "city", "SV"),
        "as_elamatillo": ("El Amatillo", 13.5950, -87.7530, "city", "SV"),
        "as_tegucigalpa": ("Tegucigalpa", 14.0818, -87.2068, "city", "HN"),
        # Montenegro, Croatia
        "as_kotor": ("Kotor", 42.4247, 18.7712, "city", "ME"),
        "as_budva": ("Budva", 42.2864, 18.8400, "city", "ME"),
        "as_podgorica": ("Podgorica", 42.4411, 19.2636, "city", "ME"),
        "as_cetinje": ("Cetinje", 42.3906, 18.9142, "city", "ME"),
        "as_hercegnovi": ("Herceg Novi", 42.4531, 18.5375, "city", "ME"),
        "as_dubrovnik": ("Dubrovnik", 42.6507, 18.0944, "city", "HR"),
        "as_korcula": ("Korčula", 42.9597, 17.1356, "city", "HR"),
        "as_bar": ("Bar", 42.0931, 19.1003, "city", "ME"),
        "as_ulcinj": ("Ulcinj", 41.9294, 19.2244, "city", "ME"),
        # Odisha, India
        "as_bhubaneswar": ("Bhubaneswar", 20.2961, 85.8245, "city", "IN"),
        "as_puri": ("Puri", 19.8135, 85.8312, "city", "IN"),
        "as_paradip": ("Paradip", 20.3160, 86.6110, "city", "IN"),
        "as_berhampur": ("Berhampur", 19.3150, 84.7941, "city", "IN"),
        "as_gopalpur": ("Gopalpur", 19.2586, 84.9052, "city", "IN"),
        "as_balasore": ("Balasore", 21.4942, 86.9336, "city", "IN"),
        "as_cuttack": ("Cuttack", 20.4625, 85.8830, "city", "IN"),
        # northern Nigeria
        "as_kano": ("Kano", 12.0022, 8.5920, "city", "NG"),
        "as_wudil": ("Wudil", 11.7939, 8.8400, "city", "NG"),
        "as_katsina": ("Katsina", 12.9908, 7.6018, "city", "NG"),
        "as_zaria": ("Zaria", 11.0855, 7.7199, "city", "NG"),
        "as_dutse": ("Dutse", 11.7566, 9.3386, "city", "NG"),
    }
)

ARTICLES = [
    A(
        "en-sabah-floods",
        "en",
        "2026-01-13",
        "dev",
        """
Floods cut the road to Ranau, {a} km east of Kota Kinabalu
KOTA KINABALU, Malaysia (geomap) - Rivers burst their banks across Sabah on Tuesday after 300 millimetres of rain fell in two days, and the state government closed 140 schools. In Penampang, about {b} km away, water stood 1.2 metres deep in the market. Keningau, the main town of the interior, lies some {c} km south of the state capital. Landslides also cut the road to Kudat, which lies about {d} km up the coast from Kota Kinabalu. On the east coast, Sandakan recorded gusts of 90 km/h. Lahad Datu, about {e} km to the south, lost power for a day. Between Tawau and Semporna, some {f} km apart, ferries to the islands stopped. "The river has not been this high since 1996," said a farmer in Ranau, where a sack of rice now costs 45 ringgit.
PHOTO: Rescuers carry an old man through a flooded street on the outskirts of the state capital.
""",
        [
            c(
                "plain",
                "{a} km",
                "point",
                P("Ranau", "as_ranau", 0),
                P("Kota Kinabalu", "as_kotakinabalu", 0),
                d="E",
                note="a distance in the headline",
            ),
            c(
                4,
                "about {b} km",
                "point",
                P("Penampang", "as_penampang", 0),
                P("KOTA KINABALU", "as_kotakinabalu", 0),
                note="`In <A>, about N km away`: from the dateline's city",
            ),
            c(
                3,
                "some {c} km",
                "point",
                P("Keningau", "as_keningau", 0),
                P("the state capital", "as_kotakinabalu", 0),
                d="S",
                want=False,
                note="`the state capital` of a Malaysian state: the dateline's city",
            ),
            c(
                4,
                "about {d} km",
                "point",
                P("Kudat", "as_kudat", 0),
                P("Kota Kinabalu", "as_kotakinabalu", 1),
                note="`which lies about N km up the coast from <B>`: no compass direction",
            ),
            c(
                4,
                "about {e} km",
                "point",
                P("Lahad Datu", "as_lahaddatu", 0),
                P("Sandakan", "as_sandakan", 0),
                d="S",
                note="`<A>, about N km to the south`: from the town of the sentence before",
            ),
            c(
                4,
                "some {f} km",
                "pair",
                P("Tawau", "as_tawau", 0),
                P("Semporna", "as_semporna", 0),
                want=False,
                note="`Between <A> and <B>, some N km apart`",
            ),
        ],
        [
            ("300 millimetres", "rainfall"),
            ("140 schools", "count"),
            ("1.2 metres", "water depth"),
            ("90 km/h", "wind speed"),
            ("1996", "year"),
            ("45 ringgit", "price"),
        ],
    ),
    A(
        "en-salvador-quake",
        "en",
        "2026-04-19",
        "dev",
        """
Quake damages homes in San Miguel, {a} km east of the capital
SAN SALVADOR (geomap) - A magnitude 6.1 earthquake struck off El Salvador's Pacific coast on Sunday at a depth of 40 km, damaging 1,200 homes in the east of the country. In Usulután, roughly halfway between the capital and San Miguel, the church tower fell. Zacatecoluca, about {b} km to the west, reported cracked roads. In La Unión department the port was closed, and Santa Rosa de Lima, about {c} km north of the departmental capital, had no water. The border town of El Amatillo, some {d} km south-west of the capital of Honduras, closed its bridge over the Goascorán river. The Pan-American Highway (CA-1) stayed shut for 12 hours, and aid convoys needed most of the day for the {x} km from the capital to San Miguel.
""",
        [
            c(
                3,
                "{a} km",
                "point",
                P("San Miguel", "as_sanmiguel", 0),
                P("the capital", "as_sansalvador", 0),
                d="E",
                note="a distance in the headline; `the capital` of the dateline's country",
            ),
            c(
                4,
                "about {b} km",
                "point",
                P("Zacatecoluca", "as_zacatecoluca", 0),
                P("Usulután", "as_usulutan", 0),
                d="W",
                note="`<A>, about N km to the west`: from the town the sentence before is about, not the two it says it lies between",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("Santa Rosa de Lima", "as_santarosa", 0),
                P("the departmental capital", "as_launion", 0),
                d="N",
                note="`the departmental capital` after `In <X> department`: the department is named after its seat",
            ),
            c(
                4,
                "some {d} km",
                "point",
                P("The border town of El Amatillo", "as_elamatillo", 0),
                P("the capital of Honduras", "as_tegucigalpa", 0),
                d="SW",
                want=False,
                note="`the capital of <X>`: a reference inside an `of`-chain, another country's capital",
            ),
            c(
                4,
                "{x} km",
                "route",
                P("the capital", "as_sansalvador", 3),
                P("San Miguel", "as_sanmiguel", 2),
                note="`the N km from <A> to <B>`: a road journey, a route",
            ),
        ],
        [
            ("6.1", "magnitude"),
            ("40 km", "depth"),
            ("1,200 homes", "count"),
            ("CA-1", "road number"),
            ("12 hours", "duration"),
        ],
    ),
    A(
        "en-montenegro-storm",
        "en",
        "2026-11-04",
        "dev",
        """
Storm floods Budva, {a} km south of Kotor
KOTOR, Montenegro (geomap) - A storm with winds of 110 km/h hit Montenegro's coast on Wednesday, sinking two yachts in the bay. In Tivat, home to the country's second airport, flights were diverted. Herceg Novi, near the border with Croatia, lost power; Dubrovnik, just across the border, lies about {b} km up the coast from Herceg Novi. From Dubrovnik, ferries to Korčula were cancelled; the island's main town lies some {c} km further on to the north-west. Cetinje, the old royal capital, lies about {d} km west of the capital of Montenegro. Waves five metres high broke over the harbour wall in Bar, the country's main port. Ulcinj, about {e} km to the south-east, closed its beaches. Between Bar and Podgorica, about {f} km apart, the 4.2-km Sozina tunnel was shut. Trucks queued on the outskirts of the capital, some {g} km from Kotor, in the worst storm since 1979.
""",
        [
            c(
                "plain",
                "{a} km",
                "point",
                P("Budva", "as_budva", 0),
                P("Kotor", "as_kotor", 0),
                d="S",
                note="a distance in the headline",
            ),
            c(
                4,
                "about {b} km",
                "point",
                P("Dubrovnik", "as_dubrovnik", 0),
                P("Herceg Novi", "as_hercegnovi", 1),
                note="`<A> lies about N km up the coast from <B>`",
            ),
            c(
                3,
                "some {c} km",
                "point",
                P("the island's main town", "as_korcula", 0),
                P("Dubrovnik", "as_dubrovnik", 1),
                d="NW",
                want=False,
                note="`From <B>, ...; the island's main town lies some N km further on`: the town of the island just named, seen from the fronted `From <B>`",
            ),
            c(
                4,
                "about {d} km",
                "point",
                P("Cetinje", "as_cetinje", 0),
                P("the capital of Montenegro", "as_podgorica", 0),
                d="W",
                note="`the capital of <X>`: an `of`-chain; the old royal capital is the subject, not the reference",
            ),
            c(
                4,
                "about {e} km",
                "point",
                P("Ulcinj", "as_ulcinj", 0),
                P("Bar", "as_bar", 0),
                d="SE",
                note="`<A>, about N km to the south-east`: from the town of the sentence before",
            ),
            c(
                4,
                "about {f} km",
                "pair",
                P("Bar", "as_bar", 1),
                P("Podgorica", "as_podgorica", 0),
                note="`Between <A> and <B>, about N km apart`",
            ),
            c(
                4,
                "some {g} km",
                "point",
                P("the capital", "as_podgorica", 1),
                P("Kotor", "as_kotor", 1),
                want=False,
                note="`on the outskirts of the capital, some N km from <B>`: the capital inside an `of`-chain is the subject",
            ),
        ],
        [
            ("110 km/h", "wind speed"),
            ("4.2-km", "tunnel length"),
            ("1979", "year"),
        ],
    ),
    A(
        "en-odisha-cyclone",
        "en",
        "2026-10-22",
        "dev",
        """
Cyclone makes landfall near Puri, {a} km south of Bhubaneswar
BHUBANESWAR, India (geomap) - Cyclone Dana made landfall on the Odisha coast on Thursday with winds of 175 km/h, and 600,000 people were moved to shelters. Puri, the temple town, lies about {b} km south of the state capital. Paradip, about {c} km away, closed its port for two days. In Berhampur, the largest city of the south, the Rushikulya river rose 3 metres. Gopalpur, about {d} km to the south-east, saw its beach road washed away. Balasore, in the north, lies some {e} km north-east of the state capital. Traffic on National Highway 16 was stopped, and the twin city of Cuttack, about {f} km to the north, lost power. A litre of milk cost 80 rupees on Friday.
""",
        [
            c(
                "plain",
                "{a} km",
                "point",
                P("Puri", "as_puri", 0),
                P("Bhubaneswar", "as_bhubaneswar", 0),
                d="S",
                note="a distance in the headline",
            ),
            c(
                3,
                "about {b} km",
                "point",
                P("Puri", "as_puri", 1),
                P("the state capital", "as_bhubaneswar", 0),
                d="S",
                want=False,
                note="`the state capital` of an Indian state: the dateline's city",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Paradip", "as_paradip", 0),
                P("BHUBANESWAR", "as_bhubaneswar", 0),
                note="`<A>, about N km away`: from the dateline's city",
            ),
            c(
                4,
                "about {d} km",
                "point",
                P("Gopalpur", "as_gopalpur", 0),
                P("Berhampur", "as_berhampur", 0),
                d="SE",
                note="`<A>, about N km to the south-east`: from the town of the sentence before",
            ),
            c(
                3,
                "some {e} km",
                "point",
                P("Balasore", "as_balasore", 0),
                P("the state capital", "as_bhubaneswar", 1),
                d="NE",
            ),
            c(
                4,
                "about {f} km",
                "point",
                P("Cuttack", "as_cuttack", 0),
                P("BHUBANESWAR", "as_bhubaneswar", 0),
                d="N",
                want=False,
                note="`the twin city of <A>, about N km to the north`: from the dateline's city (the sentence names no other town)",
            ),
        ],
        [
            ("175 km/h", "wind speed"),
            ("600,000 people", "count"),
            ("3 metres", "river level"),
            ("National Highway 16", "road number"),
            ("80 rupees", "price"),
        ],
    ),
    A(
        "de-nigeria-hitze",
        "de",
        "2026-04-08",
        "dev",
        """
Hitze in Nordnigeria: Katsina meldet 46 Grad, gut {a} Kilometer von Kano
KANO (geomap) – Eine Hitzewelle mit bis zu 46 Grad hat den Norden Nigerias erfasst; 120 Menschen wurden in Kliniken gebracht. In Wudil, rund {b} Kilometer südöstlich der Hauptstadt des Bundesstaates, fiel die Wasserversorgung aus. Katsina, die Hauptstadt des Nachbarstaates, liegt etwa {c} Kilometer nordwestlich. Zwischen Kano und Zaria, gut {d} Kilometer voneinander entfernt, standen Lastwagen stundenlang im Stau. Dutse, die Hauptstadt des Bundesstaates Jigawa, liegt knapp {e} Kilometer östlich von Kano. Ein Sack Zwiebeln kostete 30.000 Naira, so viel wie seit 2019 nicht.
Foto: Frauen holen Wasser an einem Brunnen bei Zaria, etwa {f} Kilometer südwestlich von Kano.
""",
        [
            c(
                "plain",
                "gut {a} Kilometer",
                "point",
                P("Katsina", "as_katsina", 0),
                P("Kano", "as_kano", 0),
                note="a distance in the headline",
            ),
            c(
                4,
                "rund {b} Kilometer",
                "point",
                P("Wudil", "as_wudil", 0),
                P("der Hauptstadt des Bundesstaates", "as_kano", 0),
                d="SE",
                note="`der Hauptstadt des Bundesstaates`: an `of`-chain for the dateline's city",
            ),
            c(
                4,
                "etwa {c} Kilometer",
                "point",
                P("Katsina", "as_katsina", 1),
                P("KANO", "as_kano", 0),
                d="NW",
                want=False,
                note="`<A>, die Hauptstadt des Nachbarstaates, liegt etwa N Kilometer nordwestlich`: no reference written, the dateline's city",
            ),
            c(
                4,
                "gut {d} Kilometer",
                "pair",
                P("Kano", "as_kano", 1),
                P("Zaria", "as_zaria", 0),
                note="`Zwischen <A> und <B>, gut N Kilometer voneinander entfernt`",
            ),
            c(
                3,
                "knapp {e} Kilometer",
                "point",
                P("Dutse", "as_dutse", 0),
                P("Kano", "as_kano", 2),
                d="E",
                want=False,
                note="a subject with a descriptive apposition naming another state",
            ),
            c(
                "plain",
                "etwa {f} Kilometer",
                "point",
                P("Zaria", "as_zaria", 1),
                P("Kano", "as_kano", 3),
                d="SW",
                note="a photo caption",
            ),
        ],
        [
            ("46 Grad", "temperature"),
            ("120 Menschen", "count"),
            ("30.000 Naira", "price"),
            ("2019", "year"),
        ],
    ),
]
