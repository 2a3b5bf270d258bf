# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch Y (written for geomap by a helper session, 2026-12-04, h-claims13 round 2;
not copied from any news source). DEV: written with its gold (places, coordinates from
general knowledge, stated directions, meant truth) before geomap was run on it, from regions
the corpus lacked (Kyrgyzstan's Issyk-Kul, Sudan's Red Sea coast, Sri Lanka's hill country,
Cabo Verde) and stressing: wire-bureau datelines filed from a neighbouring country's capital
(the dateline city is no reference unless the text makes it one), a reference named two
sentences before (`der Stadt`, `the city`, `the capital`), a route length in a relative
clause (`die Straße zwischen A und B, die rund N Kilometer lang ist`, `the highway between A
and B, which is about N km long`), a German participial attribute holding a place before the
subject (`Der von der Türkei restaurierte Hafen von X liegt ...`: the subject is the port),
and `respectively` / `beziehungsweise` lists. Its places are under `y_` keys in
`places.py`."""

from places import PLACES, A, Area, Coast, P, c  # noqa: F401

ARTICLES = [
    A(
        "de-kirgistan-schlammlawinen",
        "de",
        "2026-07-15",
        "dev",
        """
Schlammlawinen töten 14 Menschen am Issyk-Kul

TASCHKENT, 15. Juli (geomap) – Nach tagelangen Regenfällen haben Schlammlawinen am Issyk-Kul-See im Osten Kirgistans mindestens 14 Menschen getötet, teilte das Katastrophenschutzministerium in Bischkek mit. Am schwersten getroffen wurde Karakol, die Hauptstadt des Gebiets Issyk-Kul am Ostufer des Sees. Mehr als 2.300 Häuser stehen dort unter Wasser. Der Badeort Cholpon-Ata liegt knapp {b} Kilometer westlich der Stadt und meldete zwei Tote. Die Straße zwischen Balyktschy und Karakol, die rund {c} Kilometer lang ist, wurde an 12 Stellen verschüttet. Das von Kanada lange betriebene Goldbergwerk Kumtor liegt rund {d} Kilometer südlich von Karakol auf 4.000 Metern Höhe und stellte die Förderung ein. Tamga und Bokonbajewo am Südufer liegen rund {e} Kilometer beziehungsweise {f} Kilometer von Karakol entfernt. Balyktschy, wo sich die Helfer sammeln, liegt knapp {h} Kilometer östlich der kirgisischen Hauptstadt. Karakol selbst liegt nach Angaben des Ministeriums rund {a} Kilometer östlich von Bischkek. Usbekistan schickte 40 Tonnen Hilfsgüter aus Taschkent, gut {g} Kilometer von Bischkek entfernt.
""",
        [
            c(
                3,
                "knapp {b} Kilometer",
                "point",
                P("Der Badeort Cholpon-Ata", "y_cholponata"),
                P("der Stadt", "y_karakol"),
                d="W",
                note="`der Stadt` = the town named two sentences before, not the dateline",
            ),
            c(
                6,
                "rund {c} Kilometer",
                "route",
                P("Balyktschy", "y_balykchy"),
                P("Karakol", "y_karakol", 1),
                note="route length in a relative clause after `die Straße zwischen A und B`",
            ),
            c(
                "plain",
                "rund {d} Kilometer",
                "point",
                P("Goldbergwerk Kumtor", "y_kumtor"),
                P("Karakol", "y_karakol", 2),
                d="S",
                note="participial attribute `Das von Kanada ... betriebene`: the mine is the subject, not the country",
            ),
            c(
                9,
                "rund {e} Kilometer",
                "point",
                P("Tamga", "y_tamga"),
                P("Karakol", "y_karakol", 3),
                note="`A und B liegen N beziehungsweise M Kilometer von C entfernt`: first pair",
            ),
            c(
                9,
                "{f} Kilometer",
                "point",
                P("Bokonbajewo", "y_bokonbayevo"),
                P("Karakol", "y_karakol", 3),
                want=False,
                note="`beziehungsweise` list: second pair",
            ),
            c(
                3,
                "knapp {h} Kilometer",
                "point",
                P("Balyktschy", "y_balykchy", 1),
                P("der kirgisischen Hauptstadt", "y_bishkek"),
                d="E",
                note="`der kirgisischen Hauptstadt` under a dateline from another country's capital",
            ),
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Karakol", "y_karakol", 4),
                P("Bischkek", "y_bishkek", 1),
                d="E",
                want=False,
                note="a source between subject and distance",
            ),
            c(
                "plain",
                "gut {g} Kilometer",
                "point",
                P("Taschkent", "y_tashkent", 1),
                P("Bischkek", "y_bishkek", 2),
                note="the dateline city as subject of an apposition",
            ),
        ],
        [
            ("14 Menschen", "deaths"),
            ("2.300 Häuser", "houses"),
            ("12 Stellen", "count"),
            ("4.000 Metern", "altitude"),
            ("40 Tonnen", "aid"),
        ],
    ),
    A(
        "de-sudan-cholera",
        "de",
        "2026-02-02",
        "dev",
        """
Cholera breitet sich an Sudans Rotmeerküste aus

KAIRO, 2. Februar (geomap) – Im Osten Sudans breitet sich die Cholera aus: Die Gesundheitsbehörden in Port Sudan meldeten am Montag 1.200 neue Fälle und 31 Tote binnen einer Woche. Der von der Türkei restaurierte Hafen von Suakin liegt rund {a} Kilometer südlich von Port Sudan und dient nun als Umschlagplatz für Hilfsgüter. Die meisten Kranken stammen aus Tokar, knapp {b} Kilometer südöstlich von Suakin, wo 300 Betten in Zelten aufgestellt wurden. Die Fernstraße zwischen Port Sudan und Atbara, die rund {c} Kilometer lang ist, ist die einzige Verbindung ins Niltal. Sinkat und Haiya liegen rund {e} Kilometer beziehungsweise {f} Kilometer von Port Sudan entfernt und meldeten zusammen 200 Verdachtsfälle. Auch Kassala an der Grenze zu Eritrea, mehr als {d} Kilometer südlich von Port Sudan, ist betroffen. Saudi-Arabien flog Impfstoff aus Dschidda ein, das rund {g} Kilometer nordöstlich von Port Sudan auf der anderen Seite des Roten Meeres liegt. Bei Temperaturen von 38 Grad fehlt es vor allem an sauberem Wasser.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Hafen von Suakin", "y_suakin"),
                P("Port Sudan", "y_portsudan", 1),
                d="S",
                note="participial attribute `Der von der Türkei restaurierte Hafen`: the port is the subject, not the country",
            ),
            c(
                "plain",
                "knapp {b} Kilometer",
                "point",
                P("Tokar", "y_tokar"),
                P("Suakin", "y_suakin", 1),
                d="SE",
            ),
            c(
                6,
                "rund {c} Kilometer",
                "route",
                P("Port Sudan", "y_portsudan", 2),
                P("Atbara", "y_atbara"),
                note="route length in a relative clause after `die Fernstraße zwischen A und B`",
            ),
            c(
                9,
                "rund {e} Kilometer",
                "point",
                P("Sinkat", "y_sinkat"),
                P("Port Sudan", "y_portsudan", 3),
                note="`beziehungsweise` list: first pair",
            ),
            c(
                9,
                "{f} Kilometer",
                "point",
                P("Haiya", "y_haiya"),
                P("Port Sudan", "y_portsudan", 3),
                note="`beziehungsweise` list: second pair",
            ),
            c(
                "plain",
                "mehr als {d} Kilometer",
                "point",
                P("Kassala", "y_kassala"),
                P("Port Sudan", "y_portsudan", 4),
                d="S",
                want=False,
                note="a border in the apposition",
            ),
            c(
                8,
                "rund {g} Kilometer",
                "point",
                P("Dschidda", "y_jeddah"),
                P("Port Sudan", "y_portsudan", 5),
                d="NE",
                want=False,
                note="relative clause across the sea; the dateline city is not the reference",
            ),
        ],
        [
            ("1.200 neue Fälle", "cases"),
            ("31 Tote", "deaths"),
            ("300 Betten", "beds"),
            ("200 Verdachtsfälle", "cases"),
            ("38 Grad", "temperature"),
        ],
    ),
    A(
        "en-srilanka-landslides",
        "en",
        "2026-11-12",
        "dev",
        """
Landslides kill 23 in Sri Lanka's tea country

NEW DELHI, Nov. 12 (geomap) - Landslides set off by monsoon rains have killed at least 23 people in Sri Lanka's central highlands, the island's disaster management centre said on Thursday. The worst-hit town, Nuwara Eliya, sits about {a} km south-east of Kandy at 1,868 metres. More than 4,000 people have fled to temples and schools. The highway between Kandy and Nuwara Eliya, which is about {b} km long, was closed after a hillside slid onto it. Hatton and Badulla lie about {c} km and {d} km from Nuwara Eliya respectively, and both reported deaths. Kandy, the old royal capital, opened 20 shelters. Its lake overflowed for the first time since 1992. Matale, about {g} km north of the city, lost power. The Chinese-built port of Hambantota, some {e} km south-east of Colombo, took in a tanker with 5,000 tonnes of fuel. India sent two navy ships from Chennai, which lies about {f} km north of Colombo.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Nuwara Eliya", "y_nuwaraeliya"),
                P("Kandy", "y_kandy"),
                d="SE",
                note="apposition before the subject, an altitude after the reference",
            ),
            c(
                6,
                "about {b} km",
                "route",
                P("Kandy", "y_kandy", 1),
                P("Nuwara Eliya", "y_nuwaraeliya", 1),
                note="route length in a relative clause after `the highway between A and B`",
            ),
            c(
                9,
                "about {c} km",
                "point",
                P("Hatton", "y_hatton"),
                P("Nuwara Eliya", "y_nuwaraeliya", 2),
                note="`respectively` list: first pair",
            ),
            c(
                9,
                "{d} km",
                "point",
                P("Badulla", "y_badulla"),
                P("Nuwara Eliya", "y_nuwaraeliya", 2),
                want=False,
                note="`respectively` list: second pair",
            ),
            c(
                3,
                "about {g} km",
                "point",
                P("Matale", "y_matale"),
                P("the city", "y_kandy"),
                d="N",
                want=False,
                note="`the city` = the city named two sentences before",
            ),
            c(
                "plain",
                "some {e} km",
                "point",
                P("Hambantota", "y_hambantota"),
                P("Colombo", "y_colombo"),
                d="SE",
                note="`The Chinese-built port of X`: the port's town is the subject",
            ),
            c(
                8,
                "about {f} km",
                "point",
                P("Chennai", "y_chennai"),
                P("Colombo", "y_colombo", 1),
                d="N",
                note="relative clause; the dateline is another country's capital",
            ),
        ],
        [
            ("23 people", "deaths"),
            ("1,868 metres", "altitude"),
            ("4,000 people", "displaced"),
            ("20 shelters", "count"),
            ("1992", "year"),
            ("5,000 tonnes", "fuel"),
        ],
    ),
    A(
        "en-caboverde-fogo",
        "en",
        "2026-03-09",
        "dev",
        """
Fogo volcano erupts, Cape Verde evacuates crater villages

DAKAR, March 9 (geomap) - The Pico do Fogo volcano in Cape Verde erupted on Monday, sending lava towards two villages inside its crater and forcing 1,500 people from their homes, the islands' civil protection service said. The 2,829-metre summit lies about {a} km from São Filipe, the island's main town. An ash column rose 4 km into the sky. Ferries took 900 people to Praia, the capital, some {b} km east of São Filipe on the island of Santiago. Hotels there were full within a day. Cidade Velha, about {g} km west of the capital, opened its school to evacuees. The sea route between São Filipe and Praia, which is about {c} nautical miles long, stayed open. Mindelo and Espargos lie about {d} km and {e} km from Praia respectively and sent doctors. Senegal flew tents from Dakar, about {f} km east of Praia. The volcano last erupted in 2014.
""",
        [
            c(
                11,
                "about {a} km",
                "point",
                P("The 2,829-metre summit", "y_picofogo"),
                P("São Filipe", "y_saofilipe"),
                note="`The N-metre summit` = the volcano named in the sentence before",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Praia", "y_praia"),
                P("São Filipe", "y_saofilipe", 1),
                d="E",
                note="apposition `the capital` between subject and distance",
            ),
            c(
                3,
                "about {g} km",
                "point",
                P("Cidade Velha", "y_cidadevelha"),
                P("the capital", "y_praia", 1),
                d="W",
                note="`the capital` = the capital named two sentences before, not the dateline's",
            ),
            c(
                6,
                "about {c} nautical miles",
                "route",
                P("São Filipe", "y_saofilipe", 2),
                P("Praia", "y_praia", 1),
                note="sea route length in a relative clause",
            ),
            c(
                9,
                "about {d} km",
                "point",
                P("Mindelo", "y_mindelo"),
                P("Praia", "y_praia", 2),
                want=False,
                note="`respectively` list: first pair",
            ),
            c(
                9,
                "{e} km",
                "point",
                P("Espargos", "y_espargos"),
                P("Praia", "y_praia", 2),
                note="`respectively` list: second pair",
            ),
            c(
                "plain",
                "about {f} km",
                "point",
                P("Dakar", "y_dakar", 1),
                P("Praia", "y_praia", 3),
                d="E",
                want=False,
                note="the dateline city as a subject",
            ),
        ],
        [
            ("1,500 people", "evacuated"),
            ("2,829-metre", "altitude"),
            ("4 km", "ash column height"),
            ("900 people", "evacuated"),
            ("2014", "year"),
        ],
    ),
]
