# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BA (written for geomap by helper h19-claims round 2, 2026-12-05,
nineteenth session; not copied from any news source). DEV: six short English wire stories
from regions no claims dev file name named: north-eastern Romania (Moldavia) with
Chișinău, southern Mindanao, Kerala's Wayanad with Mysuru and Bengaluru, north-eastern
Algeria with Tunis, southern Saskatchewan, and southern Iraq with Kuwait City. The batch
is about IMPLICIT and DESCRIPTIVE ends, the held-out split's weakest class: `the city`,
`the town`, `the port`, `the port city`, `the border town` referring to a place named one
or two sentences before with other places named in between, `it lies N km ...`, `its
capital`, `N km further west`, `the capital`, `the provincial capital`, `the state
capital`, `the district headquarters`, `the crash site, just outside X`, a quote by an
official of a town (`of here`), `from there`, `Officials in A said the port, some N km to
the south-east, ...`, and figures of other quantities next to places. Gold written from
the text before geomap ran on it; coordinates under `ba_` keys (town centres from general
knowledge, never from geomap or its gazetteer); every distance and bearing was computed
with geographiclib and each stated direction chosen from that bearing (all within 25
degrees of the stated sector), then checked against the map position of the towns."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Romania, Moldova
        "ba_bucharest": ("Bucharest", 44.4268, 26.1025, "city", "RO"),
        "ba_iasi": ("Iași", 47.1585, 27.6014, "city", "RO"),
        "ba_suceava": ("Suceava", 47.6514, 26.2556, "city", "RO"),
        "ba_bacau": ("Bacău", 46.5670, 26.9146, "city", "RO"),
        "ba_galati": ("Galați", 45.4353, 28.0080, "city", "RO"),
        "ba_chisinau": ("Chișinău", 47.0105, 28.8638, "city", "MD"),
        "ba_piatraneamt": ("Piatra Neamț", 46.9275, 26.3708, "city", "RO"),
        "ba_vaslui": ("Vaslui", 46.6407, 27.7276, "city", "RO"),
        # Mindanao
        "ba_davao": ("Davao City", 7.0731, 125.6128, "city", "PH"),
        "ba_gensan": ("General Santos", 6.1164, 125.1716, "city", "PH"),
        "ba_cotabato": ("Cotabato City", 7.2236, 124.2464, "city", "PH"),
        "ba_cdo": ("Cagayan de Oro", 8.4542, 124.6319, "city", "PH"),
        "ba_manila": ("Manila", 14.5995, 120.9842, "city", "PH"),
        "ba_kidapawan": ("Kidapawan", 7.0083, 125.0894, "city", "PH"),
        "ba_digos": ("Digos", 6.7497, 125.3572, "city", "PH"),
        # Kerala, Karnataka
        "ba_kalpetta": ("Kalpetta", 11.6085, 76.0830, "city", "IN"),
        "ba_kozhikode": ("Kozhikode", 11.2588, 75.7804, "city", "IN"),
        "ba_kochi": ("Kochi", 9.9312, 76.2673, "city", "IN"),
        "ba_tvm": ("Thiruvananthapuram", 8.5241, 76.9366, "city", "IN"),
        "ba_mysuru": ("Mysuru", 12.2958, 76.6394, "city", "IN"),
        "ba_bengaluru": ("Bengaluru", 12.9716, 77.5946, "city", "IN"),
        "ba_mananthavady": ("Mananthavady", 11.8014, 76.0044, "city", "IN"),
        # Algeria, Tunisia
        "ba_algiers": ("Algiers", 36.7538, 3.0588, "city", "DZ"),
        "ba_tiziouzou": ("Tizi Ouzou", 36.7169, 4.0497, "city", "DZ"),
        "ba_bejaia": ("Béjaïa", 36.7509, 5.0567, "city", "DZ"),
        "ba_setif": ("Sétif", 36.1911, 5.4137, "city", "DZ"),
        "ba_constantine": ("Constantine", 36.3650, 6.6147, "city", "DZ"),
        "ba_annaba": ("Annaba", 36.9000, 7.7667, "city", "DZ"),
        "ba_jijel": ("Jijel", 36.8200, 5.7667, "city", "DZ"),
        "ba_tunis": ("Tunis", 36.8065, 10.1815, "city", "TN"),
        # Saskatchewan
        "ba_regina": ("Regina", 50.4452, -104.6189, "city", "CA"),
        "ba_saskatoon": ("Saskatoon", 52.1332, -106.6700, "city", "CA"),
        "ba_moosejaw": ("Moose Jaw", 50.3934, -105.5519, "city", "CA"),
        "ba_swiftcurrent": ("Swift Current", 50.2851, -107.7972, "city", "CA"),
        "ba_yorkton": ("Yorkton", 51.2139, -102.4628, "city", "CA"),
        "ba_weyburn": ("Weyburn", 49.6617, -103.8525, "city", "CA"),
        "ba_estevan": ("Estevan", 49.1392, -102.9861, "city", "CA"),
        # Iraq, Kuwait
        "ba_baghdad": ("Baghdad", 33.3152, 44.3661, "city", "IQ"),
        "ba_basra": ("Basra", 30.5085, 47.7804, "city", "IQ"),
        "ba_nasiriyah": ("Nasiriyah", 31.0439, 46.2576, "city", "IQ"),
        "ba_amarah": ("Amarah", 31.8356, 47.1440, "city", "IQ"),
        "ba_kut": ("Kut", 32.5128, 45.8182, "city", "IQ"),
        "ba_kuwait": ("Kuwait City", 29.3759, 47.9774, "city", "KW"),
        "ba_najaf": ("Najaf", 32.0259, 44.3462, "city", "IQ"),
        "ba_samawah": ("Samawah", 31.3099, 45.2803, "city", "IQ"),
    }
)

ARTICLES = [
    A(
        "en-romania-moldavia-floods",
        "en",
        "2026-06-12",
        "dev",
        """
Floods kill seven in north-east Romania
IASI, Romania, June 12 (Reuters) - Floods swept through north-eastern Romania on Thursday, killing seven people after 120 mm of rain fell in a day. Suceava was worst hit. The city lies about {a} km north-west of Iasi and was cut off for most of the day. Water also reached Galati, where the Siret meets the Danube. Officials in Bacau said the port, some {b} km to the south-east, had moved 2,000 people to higher ground. Piatra Neamt, in the Carpathian foothills, escaped the worst. From there, Bacau is about {c} km to the south-east. Chisinau, the capital of neighbouring Moldova, sent 40 firefighters; it lies about {d} km east of Iasi. Vaslui, a town on the Barlad river, is {e} km further south. Bucharest, the capital, is some {f} km to the south.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The city", "ba_suceava", 0),
                P("Iasi", "ba_iasi", 1),
                d="NW",
                note="`X was worst hit. The city lies about N km north-west of Y`: `the city` is the place of the sentence before, not the dateline's",
            ),
            c(
                3,
                "some {b} km",
                "point",
                P("the port", "ba_galati", 0),
                P("Bacau", "ba_bacau", 0),
                d="SE",
                note="`Water also reached X, ... Officials in Y said the port, some N km to the south-east, had ...`: the port is the town of the sentence before; the reference is the officials' town",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Bacau", "ba_bacau", 1),
                P("there", "ba_piatraneamt", 0),
                d="SE",
                want=False,
                note="`X escaped the worst. From there, Y is about N km to the south-east`: `from there` is the town of the sentence before",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("it", "ba_chisinau", 0),
                P("Iasi", "ba_iasi", 2),
                d="E",
                note="`X, the capital of neighbouring Z, sent 40 firefighters; it lies about N km east of Y`",
            ),
            c(
                4,
                "{e} km",
                "point",
                P("Vaslui", "ba_vaslui", 0),
                P("Iasi", "ba_iasi", 2),
                d="S",
                want=False,
                note="`X, a town on the Z river, is N km further south`: further from the last reference read (Iasi); Chisinau named in between is a subject, not a reference",
            ),
            c(
                4,
                "some {f} km",
                "point",
                P("Bucharest", "ba_bucharest", 0),
                P("(dateline) IASI", "ba_iasi", 0),
                d="S",
                note="`X, the capital, is some N km to the south`: the dateline as implicit reference",
            ),
        ],
        [
            ("120 mm", "rainfall"),
            ("2,000 people", "count"),
            ("40 firefighters", "count"),
        ],
    ),
    A(
        "en-mindanao-quake",
        "en",
        "2026-03-03",
        "dev",
        """
Strong quake hits southern Philippines, market collapses in Digos
DAVAO CITY, Philippines, March 3 (AFP) - A magnitude 6.8 earthquake struck southern Mindanao on Tuesday, killing at least 11 people. Its epicentre was near Kidapawan, about {a} km west of Davao City, at a depth of 10 km. Digos was also hit. The town lies some {b} km south-west of Davao City, and its old market collapsed. General Santos, the region's main fishing port, felt strong shaking, while Cotabato City was spared. The port is about {c} km south of Digos. Rescue teams flew in from Cagayan de Oro; it lies about {d} km north-west of Davao City. Manila, the capital, is about {e} km to the north-west. Mayor Ana Reyes of Cotabato City said: "Kidapawan is about {f} km east of here, and we have sent two trucks of water."
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Kidapawan", "ba_kidapawan", 0),
                P("Davao City", "ba_davao", 1),
                d="W",
                note="`Its epicentre was near X, about N km west of Y, at a depth of 10 km`",
            ),
            c(
                3,
                "some {b} km",
                "point",
                P("The town", "ba_digos", 0),
                P("Davao City", "ba_davao", 2),
                d="SW",
                note="`X was also hit. The town lies some N km south-west of Y`",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("The port", "ba_gensan", 0),
                P("Digos", "ba_digos", 2),
                d="S",
                want=False,
                note="`X, the region's main fishing port, felt ..., while Z was spared. The port is about N km south of Y`: the port is the place the sentence before called a port, not Z named in between",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("it", "ba_cdo", 0),
                P("Davao City", "ba_davao", 3),
                d="NW",
                note="`Rescue teams flew in from X; it lies about N km north-west of Y`",
            ),
            c(
                4,
                "about {e} km",
                "point",
                P("Manila", "ba_manila", 0),
                P("(dateline) DAVAO CITY", "ba_davao", 0),
                d="NW",
                want=False,
                note="`X, the capital, is about N km to the north-west`: the dateline as implicit reference",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("Kidapawan", "ba_kidapawan", 1),
                P("here", "ba_cotabato", 1),
                d="E",
                note='`Mayor ... of Y said: "X is about N km east of here, ..."`: `here` is the official\'s town',
            ),
        ],
        [
            ("11 people", "count"),
            ("10 km", "depth of the quake (not a distance between places)"),
        ],
    ),
    A(
        "en-wayanad-landslides",
        "en",
        "2026-07-30",
        "dev",
        """
Landslides bury villages in Kerala's Wayanad hills
THIRUVANANTHAPURAM, India, July 30 (Reuters) - Landslides triggered by heavy monsoon rain buried villages in Kerala's Wayanad district early on Tuesday, killing at least 93 people. More than 370 mm of rain fell in 24 hours. Rescuers set out from Kozhikode, the nearest large city, and from Kalpetta, the district headquarters, which lies about {a} km north-east of Kozhikode. Mananthavady, a hill town about {b} km north of the district headquarters, lost its only bridge. Navy divers were sent from Kochi. The state capital is about {c} km south-east of the port city. Mysuru, across the state border in Karnataka, is about {d} km north-east of Kalpetta and opened its hospitals to the injured. Army engineers were flown to Bengaluru and drove on to Mysuru, about {e} km to the south-west.
""",
        [
            c(
                8,
                "about {a} km",
                "point",
                P("Kalpetta", "ba_kalpetta", 0),
                P("Kozhikode", "ba_kozhikode", 1),
                d="NE",
                note="`from X, the district headquarters, which lies about N km north-east of Y`",
            ),
            c(
                3,
                "about {b} km",
                "point",
                P("Mananthavady", "ba_mananthavady", 0),
                P("the district headquarters", "ba_kalpetta", 1),
                d="N",
                want=False,
                note="`X, a hill town about N km north of the district headquarters, ...`: a descriptive reference named as such in the sentence before",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("The state capital", "ba_tvm", 0),
                P("the port city", "ba_kochi", 0),
                d="SE",
                note="`Navy divers were sent from Y. The state capital is about N km south-east of the port city`: the state capital is the dateline's city, the port city the place of the sentence before",
            ),
            c(
                "plain",
                "about {d} km",
                "point",
                P("Mysuru", "ba_mysuru", 0),
                P("Kalpetta", "ba_kalpetta", 2),
                d="NE",
                note="`X, across the state border in Z, is about N km north-east of Y`",
            ),
            c(
                4,
                "about {e} km",
                "point",
                P("Mysuru", "ba_mysuru", 1),
                P("Bengaluru", "ba_bengaluru", 0),
                d="SW",
                want=False,
                note="`were flown to Y and drove on to X, about N km to the south-west`: the reference is the place before, not the dateline",
            ),
        ],
        [
            ("93 people", "count"),
            ("370 mm", "rainfall"),
            ("24 hours", "duration"),
        ],
    ),
    A(
        "en-algeria-wildfires",
        "en",
        "2026-08-10",
        "dev",
        """
Wildfires kill 26 in Algeria's north-east
ALGIERS, Aug 10 (Reuters) - Wildfires fanned by 48 C heat killed 26 people in Algeria's north-east on Wednesday. The worst fires burned around Bejaia. The port city lies about {a} km east of the capital, and its hospital took in 80 burn victims. Tizi Ouzou, between the two, was also hit; the town is some {b} km from Algiers. Fire crews from Setif drove to Jijel, on the coast about {c} km to the north. Constantine, the country's third city, sent 30 firefighters. Annaba, about {d} km north-east of it, closed its beaches. From there, the fires spread towards El Kala, close to the Tunisian border. Neighbouring Tunisia offered help; its capital, Tunis, lies some {e} km east of Annaba.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The port city", "ba_bejaia", 0),
                P("the capital", "ba_algiers", 0),
                d="E",
                note="`The worst fires burned around X. The port city lies about N km east of the capital`: both ends descriptive; the capital is the dateline's city",
            ),
            c(
                3,
                "some {b} km",
                "pair",
                P("the town", "ba_tiziouzou", 0),
                P("Algiers", "ba_algiers", 0),
                want=False,
                note="`X, between the two, was also hit; the town is some N km from Y`",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Jijel", "ba_jijel", 0),
                P("Setif", "ba_setif", 0),
                d="N",
                note="`Fire crews from Y drove to X, on the coast about N km to the north`: the reference is the from-place",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("Annaba", "ba_annaba", 0),
                P("it", "ba_constantine", 0),
                d="NE",
                want=False,
                note="`Y, the country's third city, sent 30 firefighters. X, about N km north-east of it, ...`",
            ),
            c(
                "plain",
                "some {e} km",
                "point",
                P("Tunis", "ba_tunis", 0),
                P("Annaba", "ba_annaba", 1),
                d="E",
                note="`its capital, X, lies some N km east of Y`",
            ),
        ],
        [
            ("48 C", "temperature"),
            ("26 people", "count"),
            ("80 burn victims", "count"),
            ("30 firefighters", "count"),
        ],
    ),
    A(
        "en-saskatchewan-tornado",
        "en",
        "2026-07-02",
        "dev",
        """
Tornado, hail strike southern Saskatchewan
REGINA, Saskatchewan, July 2 (CP) - A tornado touched down near Moose Jaw on Sunday, about {a} km west of the provincial capital, flattening grain bins and injuring four people. Swift Current, where hail the size of golf balls fell, lies some {b} km further west. Power also failed in Weyburn and in Estevan; the border town lies about {c} km south-east of Weyburn. Saskatoon, the province's largest city, sent line crews; it is some {d} km north-west of Regina. A crop-spraying plane crashed as it flew ahead of the storm; the crash site, just outside Yorkton, is about {e} km north-east of Regina. Winds reached 130 km/h. "Regina is about {f} km east of here, and the highway is still closed," a police officer in Swift Current said.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("Moose Jaw", "ba_moosejaw", 0),
                P("the provincial capital", "ba_regina", 0),
                d="W",
                note="`touched down near X on Sunday, about N km west of the provincial capital`: the provincial capital is the dateline's city",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Swift Current", "ba_swiftcurrent", 0),
                P("Moose Jaw", "ba_moosejaw", 0),
                d="W",
                want=False,
                note="`X, where hail ... fell, lies some N km further west`: further west than the place before",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("the border town", "ba_estevan", 0),
                P("Weyburn", "ba_weyburn", 1),
                d="SE",
                note="`in A and in X; the border town lies about N km south-east of A`: the border town is the second place, not the reference",
            ),
            c(
                3,
                "some {d} km",
                "point",
                P("it", "ba_saskatoon", 0),
                P("Regina", "ba_regina", 1),
                d="NW",
                note="`X, the province's largest city, sent line crews; it is some N km north-west of Y`",
            ),
            c(
                3,
                "about {e} km",
                "point",
                P("the crash site", "ba_yorkton", 0),
                P("Regina", "ba_regina", 2),
                d="NE",
                want=False,
                note="`the crash site, just outside X, is about N km north-east of Y`",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("Regina", "ba_regina", 3),
                P("here", "ba_swiftcurrent", 1),
                d="E",
                note='`"Y is about N km east of here, ...," a police officer in X said`: `here` is the speaker\'s town, named after the quote',
            ),
        ],
        [
            ("four people", "count"),
            ("130 km/h", "wind speed"),
        ],
    ),
    A(
        "en-iraq-dust-storm",
        "en",
        "2026-05-16",
        "dev",
        """
Dust storm grounds flights across southern Iraq
BAGHDAD, May 16 (AP) - A dust storm closed airports across southern Iraq on Monday and sent more than 1,000 people to hospital with breathing problems. In Basra, the country's main port, visibility fell to 50 metres. The city lies about {a} km south-east of Baghdad. Hospitals in Nasiriyah treated 300 people; Amarah, about {b} km north-east of the town, treated 150. Officials in Samawah said the road to Najaf, about {c} km to the north-west, was closed. Kuwait, across the border, shut its port; its capital, Kuwait City, is some {d} km south of Basra. The storm reached Kut on Sunday evening and the capital a day later; Kut lies about {e} km south-east of it.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The city", "ba_basra", 0),
                P("Baghdad", "ba_baghdad", 0),
                d="SE",
                note="`In X, the country's main port, visibility fell ... The city lies about N km south-east of Y`",
            ),
            c(
                3,
                "about {b} km",
                "point",
                P("Amarah", "ba_amarah", 0),
                P("the town", "ba_nasiriyah", 0),
                d="NE",
                want=False,
                note="`Hospitals in Y treated 300 people; X, about N km north-east of the town, treated 150`",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("Najaf", "ba_najaf", 0),
                P("Samawah", "ba_samawah", 0),
                d="NW",
                note="`Officials in Y said the road to X, about N km to the north-west, was closed`: the officials' town is the reference",
            ),
            c(
                "plain",
                "some {d} km",
                "point",
                P("Kuwait City", "ba_kuwait", 0),
                P("Basra", "ba_basra", 1),
                d="S",
                note="`Z, across the border, shut its port; its capital, X, is some N km south of Y`",
            ),
            c(
                3,
                "about {e} km",
                "point",
                P("Kut", "ba_kut", 1),
                P("it", "ba_baghdad", 0),
                d="SE",
                want=False,
                note="`The storm reached X ... and the capital a day later; X lies about N km south-east of it`: `it` is the capital (the dateline's city), named by description",
            ),
        ],
        [
            ("1,000 people", "count"),
            ("50 metres", "visibility"),
            ("300 people", "count"),
        ],
    ),
]
