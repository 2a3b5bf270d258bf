# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AC (written for geomap by a helper session, 2026-12-04, h-claims, eleventh
session; not copied from any news source). DEV: written with its gold (places, coordinates from
general knowledge, stated directions, meant truth) before geomap was run on it, from regions the
corpus lacked (Turkmenistan with north-eastern Iran, Tajikistan with Uzbekistan, eastern
Anatolia with Tabriz and Yerevan, Vanuatu with New Caledonia, Fiji and the Solomon Islands,
the Northwest Territories with northern Alberta) and stressing: one distance shared by two
places (`A und B, jeweils rund N Kilometer von C entfernt`, `A and B, both about N km
south-west of C`: the first subject is gold), German transliterations of Persian, Turkmen,
Uzbek and Tajik names (`Aschgabat`, `Maschhad`, `Taschkent`, `Duschanbe`, `Chudschand`,
`Chorugh`, `Termes`, `Täbris`, `Daschoguz`), a place right after a speech verb (`sagte ein
Sprecher ... in Y, das rund N Kilometer ... liegt`, `said Mayor X in Y, which lies ...`),
fronted regions with a compass word (`In Ostanatolien ist`, `Im Norden des Landes`, `In
northern Alberta`, `In the south`), miles and nautical miles, `Luftlinie` / `as the crow flies`
and a road length (`By road, A is about N km from B`). Its places are under `ac_` keys in
`places.py`."""

from places import PLACES, A, Area, Border, Coast, P, c  # noqa: F401

ARTICLES = [
    A(
        "de-turkmenistan-sandsturm",
        "de",
        "2026-04-09",
        "dev",
        """
Sandsturm fordert sieben Tote in Turkmenistan

ASCHGABAT, 9. April (geomap) – Ein Sandsturm mit Böen von 90 km/h hat in Turkmenistan und im Nordosten Irans mindestens 7 Menschen das Leben gekostet. Mary und Sarahs, jeweils rund {a} Kilometer von Aschgabat entfernt, meldeten Sichtweiten von unter 50 Metern. Tejen liegt gut {b} Kilometer östlich der Hauptstadt an der Bahnlinie nach Mary. „Der Staub kam über die Grenze“, sagte ein Sprecher der Provinzregierung in Maschhad, das rund {c} Kilometer südöstlich von Aschgabat liegt. Türkmenabat am Amudarja, knapp {d} Kilometer nordöstlich von Mary, schloss seine Schulen für 3 Tage. Daschoguz liegt Luftlinie rund {e} Kilometer nördlich von Aschgabat; auf der Straße ist die Fahrt deutlich länger. Im usbekischen Taschkent, rund {f} Kilometer nordöstlich von Aschgabat, fiel roter Staub. Im Westen des Landes meldete Balkanabat, rund {g} Kilometer nordwestlich von Aschgabat, Temperaturen von 38 Grad.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Mary", "ac_mary"),
                P("Aschgabat", "ac_ashgabat"),
                note="one distance shared by two places (`A und B, jeweils rund N Kilometer von C entfernt`): the first subject is gold; Sarahs is 301 km away, also true",
            ),
            c(
                3,
                "gut {b} Kilometer",
                "point",
                P("Tejen", "ac_tejen"),
                P("der Hauptstadt", "ac_ashgabat"),
                d="E",
                want=False,
                note="`der Hauptstadt` is Ashgabat (dateline and the country's capital)",
            ),
            c(
                8,
                "rund {c} Kilometer",
                "point",
                P("Maschhad", "ac_mashhad"),
                P("Aschgabat", "ac_ashgabat", 1),
                d="SE",
                note="a place right after a speech verb (`sagte ein Sprecher ... in Maschhad, das ...`); German transliteration of Mashhad",
            ),
            c(
                "plain",
                "knapp {d} Kilometer",
                "point",
                P("Türkmenabat", "ac_turkmenabat"),
                P("Mary", "ac_mary", 2),
                d="NE",
                want=False,
                note="a river in an apposition after the subject",
            ),
            c(
                "plain",
                "rund {e} Kilometer",
                "point",
                P("Daschoguz", "ac_dashoguz"),
                P("Aschgabat", "ac_ashgabat", 2),
                d="N",
                note="`Luftlinie` between verb and distance; German transliteration of Daşoguz",
            ),
            c(
                7,
                "rund {f} Kilometer",
                "point",
                P("Taschkent", "ac_tashkent"),
                P("Aschgabat", "ac_ashgabat", 3),
                d="NE",
                note="`im usbekischen Taschkent`",
            ),
            c(
                5,
                "rund {g} Kilometer",
                "point",
                P("Balkanabat", "ac_balkanabat"),
                P("Aschgabat", "ac_ashgabat", 4),
                d="NW",
                want=False,
                note="fronted region with a compass word (`Im Westen des Landes`) is not the subject",
            ),
        ],
        [
            ("90 km/h", "wind speed"),
            ("7 Menschen", "deaths"),
            ("50 Metern", "visibility"),
            ("3 Tage", "duration"),
            ("38 Grad", "temperature"),
        ],
    ),
    A(
        "de-ostanatolien-beben",
        "de",
        "2026-10-03",
        "dev",
        """
Erdbeben erschüttert Ostanatolien

ANKARA, 3. Oktober (geomap) – Ein Erdbeben der Stärke 6,1 hat in der Nacht zum Samstag Ostanatolien erschüttert; mindestens 23 Menschen kamen ums Leben. Das Beben ereignete sich in 10 Kilometern Tiefe nahe dem Vansee. In Ostanatolien ist Van, rund {a} Kilometer südöstlich von Erzurum, die am schwersten getroffene Stadt. Doğubayazıt, am Fuß des Ararat und knapp {b} Kilometer nordöstlich von Van, meldete eingestürzte Häuser. Der Ararat, mit 5.137 Metern der höchste Berg der Türkei, liegt rund {c} Kilometer nordöstlich von Doğubayazıt. „Wir spüren die Nachbeben bis hierher“, sagte ein Sprecher der Provinzverwaltung in Kars, das gut {d} Kilometer nordöstlich von Erzurum liegt. Auch im iranischen Täbris, rund {e} Kilometer östlich von Van, wackelten die Wände. Muş liegt weniger als {f} Kilometer westlich von Van. Aus Eriwan, rund {g} Kilometer östlich von Kars, schickte Armenien 40 Retter mit Spürhunden.
""",
        [
            c(
                5,
                "rund {a} Kilometer",
                "point",
                P("Van", "ac_van", 1),
                P("Erzurum", "ac_erzurum"),
                d="SE",
                note="`In Ostanatolien ist Van, ...`: a region named with a compass word fronted, not the subject",
            ),
            c(
                1,
                "knapp {b} Kilometer",
                "point",
                P("Doğubayazıt", "ac_dogubayazit"),
                P("Van", "ac_van", 2),
                d="NE",
                note="apposition with a mountain (`am Fuß des Ararat`) between subject and distance",
            ),
            c(
                11,
                "rund {c} Kilometer",
                "point",
                P("Der Ararat", "ac_ararat"),
                P("Doğubayazıt", "ac_dogubayazit", 1),
                d="NE",
                note="a summit as subject with its height in an apposition",
            ),
            c(
                8,
                "gut {d} Kilometer",
                "point",
                P("Kars", "ac_kars"),
                P("Erzurum", "ac_erzurum", 1),
                d="NE",
                want=False,
                note="a place right after a speech verb, then a relative clause",
            ),
            c(
                7,
                "rund {e} Kilometer",
                "point",
                P("Täbris", "ac_tabriz"),
                P("Van", "ac_van", 3),
                d="E",
                note="`im iranischen Täbris`: German spelling of Tabriz",
            ),
            c(
                "plain",
                "weniger als {f} Kilometer",
                "point",
                P("Muş", "ac_mus"),
                P("Van", "ac_van", 4),
                d="W",
            ),
            c(
                4,
                "rund {g} Kilometer",
                "point",
                P("Eriwan", "ac_yerevan"),
                P("Kars", "ac_kars", 1),
                d="E",
                want=False,
                note="`Aus Eriwan, rund N Kilometer östlich von Kars, schickte Armenien ...`: the country after the verb is not the subject",
            ),
        ],
        [
            ("23 Menschen", "deaths"),
            ("10 Kilometern", "depth"),
            ("5.137 Metern", "altitude"),
            ("40 Retter", "count"),
        ],
    ),
    A(
        "en-vanuatu-cyclone",
        "en",
        "2026-02-17",
        "dev",
        """
Cyclone Lola batters Vanuatu's northern islands

PORT VILA, Feb. 17 (geomap) - Cyclone Lola, with winds of 185 km/h, tore through Vanuatu's northern islands on Tuesday, killing 4 people and leaving 12,000 without shelter. Luganville, the country's second town on Espiritu Santo, lies about {a} km north-west of Port Vila. "The water came up to the roofs," said Mayor Tom Kalo in Lakatoro, which lies some {b} km south-east of Luganville on Malekula. Sola, on Vanua Lava, about {c} nautical miles north of Luganville, lost its airstrip. In the south, Lenakel on Tanna, roughly {d} miles south-east of Port Vila, was spared. New Caledonia's capital Nouméa, some {e} km south-west of Port Vila, sent two navy ships. Suva lies about {f} km east of Port Vila as the crow flies; Fiji pledged 2 million dollars. Honiara is around {g} km north-west of Port Vila.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Luganville", "ac_luganville"),
                P("Port Vila", "ac_portvila"),
                d="NW",
                note="apposition with an island between subject and verb",
            ),
            c(
                8,
                "some {b} km",
                "point",
                P("Lakatoro", "ac_lakatoro"),
                P("Luganville", "ac_luganville", 1),
                d="SE",
                note="a place right after a speech verb (`said Mayor X in Y, which lies ...`)",
            ),
            c(
                "plain",
                "about {c} nautical miles",
                "point",
                P("Sola", "ac_sola"),
                P("Luganville", "ac_luganville", 2),
                d="N",
                want=False,
                note="nautical miles; an island in an apposition",
            ),
            c(
                5,
                "roughly {d} miles",
                "point",
                P("Lenakel", "ac_lenakel"),
                P("Port Vila", "ac_portvila", 1),
                d="SE",
                note="fronted `In the south,` and an island apposition; miles",
            ),
            c(
                3,
                "some {e} km",
                "point",
                P("Nouméa", "ac_noumea"),
                P("Port Vila", "ac_portvila", 2),
                d="SW",
                note="`New Caledonia's capital Nouméa`",
            ),
            c(
                "plain",
                "about {f} km",
                "point",
                P("Suva", "ac_suva"),
                P("Port Vila", "ac_portvila", 3),
                d="E",
                want=False,
                note="`as the crow flies` after the reference",
            ),
            c(
                "plain",
                "around {g} km",
                "point",
                P("Honiara", "ac_honiara"),
                P("Port Vila", "ac_portvila", 4),
                d="NW",
            ),
        ],
        [
            ("185 km/h", "wind speed"),
            ("4 people", "deaths"),
            ("12,000", "count"),
            ("2 million dollars", "money"),
        ],
    ),
    A(
        "en-nwt-wildfire",
        "en",
        "2026-08-12",
        "dev",
        """
Wildfires force evacuation of Hay River

YELLOWKNIFE, Northwest Territories, Aug. 12 (geomap) - Wildfires covering 310,000 hectares forced 3,500 people from their homes in the southern Northwest Territories on Wednesday. Hay River and Fort Providence, both about {a} km south-west of Yellowknife, lie on the only highway south. Enterprise, about {b} km south-west of Hay River, was emptied first. "We have 48 hours to get everyone out," said a fire official in Fort Smith, some {c} miles south-east of Yellowknife. Behchokǫ̀, roughly {d} km north-west of Yellowknife, sent 20 buses. In northern Alberta, High Level, about {e} km south of Hay River, opened its arena to evacuees. Fort Smith lies less than {f} km east of Hay River. Inuvik, some {g} km north-west of Yellowknife as the crow flies, sent two water bombers. By road, Hay River is about {h} km from Yellowknife, and smoke cut visibility to 200 metres.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Hay River", "ac_hayriver", 1),
                P("Yellowknife", "ac_yellowknife"),
                d="SW",
                note="one distance shared by two places (`A and B, both about N km south-west of C`): the first subject is gold; Fort Providence is 212 km away at 236°, also true",
            ),
            c(
                "plain",
                "about {b} km",
                "point",
                P("Enterprise", "ac_enterprise"),
                P("Hay River", "ac_hayriver", 2),
                d="SW",
            ),
            c(
                8,
                "some {c} miles",
                "point",
                P("Fort Smith", "ac_fortsmith"),
                P("Yellowknife", "ac_yellowknife", 1),
                d="SE",
                note="a place right after a speech verb (`said a fire official in Y, N miles ...`); miles",
            ),
            c(
                "plain",
                "roughly {d} km",
                "point",
                P("Behchokǫ̀", "ac_behchoko"),
                P("Yellowknife", "ac_yellowknife", 2),
                d="NW",
                want=False,
            ),
            c(
                5,
                "about {e} km",
                "point",
                P("High Level", "ac_highlevel"),
                P("Hay River", "ac_hayriver", 3),
                d="S",
                note="fronted `In northern Alberta,`: a region named with a compass word is not the subject",
            ),
            c(
                "plain",
                "less than {f} km",
                "point",
                P("Fort Smith", "ac_fortsmith", 1),
                P("Hay River", "ac_hayriver", 4),
                d="E",
            ),
            c(
                "plain",
                "some {g} km",
                "point",
                P("Inuvik", "ac_inuvik"),
                P("Yellowknife", "ac_yellowknife", 3),
                d="NW",
                want=False,
                note="`as the crow flies` after the reference",
            ),
            c(
                6,
                "about {h} km",
                "route",
                P("Hay River", "ac_hayriver", 5),
                P("Yellowknife", "ac_yellowknife", 4),
                note="`By road, A is about N km from B`: a road length, not a straight line",
            ),
        ],
        [
            ("310,000 hectares", "area"),
            ("3,500 people", "evacuated"),
            ("48 hours", "duration"),
            ("20 buses", "count"),
            ("200 metres", "visibility"),
        ],
    ),
    A(
        "de-tadschikistan-lawinen",
        "de",
        "2026-01-28",
        "dev",
        """
Lawinen schneiden den Pamir ab

DUSCHANBE, 28. Januar (geomap) – Lawinen haben in Tadschikistan die Straße in den Pamir verschüttet; 14 Menschen werden vermisst. Chorugh, die Hauptstadt der autonomen Provinz Berg-Badachschan, liegt rund {a} Kilometer südöstlich von Duschanbe. „Wir haben seit drei Tagen keinen Strom“, sagte ein Sprecher der Stadtverwaltung in Kulob, das rund {b} Kilometer südöstlich von Duschanbe liegt. Im Norden des Landes meldete Chudschand, gut {c} Kilometer nördlich von Duschanbe, Schneehöhen von 2 Metern. Das usbekische Termes liegt knapp {d} Kilometer südwestlich von Duschanbe. Duschanbe liegt Luftlinie rund {e} Kilometer südlich von Taschkent. Bochtar, die frühere Kurgan-Tjube, liegt rund {f} Kilometer südlich von Duschanbe. Chudschand liegt weniger als {g} Kilometer südlich von Taschkent; der Anzob-Pass auf 3.372 Metern ist gesperrt, und es herrschen minus 25 Grad.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Chorugh", "ac_khorog"),
                P("Duschanbe", "ac_dushanbe"),
                d="SE",
                note="apposition without a place; German transliteration of Khorog",
            ),
            c(
                8,
                "rund {b} Kilometer",
                "point",
                P("Kulob", "ac_kulob"),
                P("Duschanbe", "ac_dushanbe", 1),
                d="SE",
                note="a place right after a speech verb (`sagte ein Sprecher der Stadtverwaltung in Kulob, das ...`)",
            ),
            c(
                5,
                "gut {c} Kilometer",
                "point",
                P("Chudschand", "ac_khujand"),
                P("Duschanbe", "ac_dushanbe", 2),
                d="N",
                want=False,
                note="fronted `Im Norden des Landes`; German transliteration of Khujand",
            ),
            c(
                7,
                "knapp {d} Kilometer",
                "point",
                P("Termes", "ac_termez"),
                P("Duschanbe", "ac_dushanbe", 3),
                d="SW",
                note="`Das usbekische Termes`: German spelling of Termez",
            ),
            c(
                "plain",
                "rund {e} Kilometer",
                "point",
                P("Duschanbe", "ac_dushanbe", 4),
                P("Taschkent", "ac_tashkent"),
                d="S",
                note="`Luftlinie`; both ends German transliterations",
            ),
            c(
                1,
                "rund {f} Kilometer",
                "point",
                P("Bochtar", "ac_bokhtar"),
                P("Duschanbe", "ac_dushanbe", 5),
                d="S",
                note="apposition with the town's former name",
            ),
            c(
                "plain",
                "weniger als {g} Kilometer",
                "point",
                P("Chudschand", "ac_khujand", 1),
                P("Taschkent", "ac_tashkent", 1),
                d="S",
            ),
        ],
        [
            ("14 Menschen", "missing"),
            ("2 Metern", "snow depth"),
            ("3.372 Metern", "altitude"),
            ("25 Grad", "temperature"),
        ],
    ),
]
