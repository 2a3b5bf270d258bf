# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BY (written for geomap by helper h22-fresh, 2026-12-05, twenty-second
session; not copied from any news source). HELD-OUT: fresh held-out articles, session 22,
written before geomap was run on them. The writer changed no code and never ran geomap or
``benchmarks/claims.py`` on them. Four short wire stories, two English and two German, from
regions no claims file name named: a snowstorm in the Lesotho highlands (with the Free State
across the border), haze from peat fires on Borneo (Central Kalimantan, Pontianak on the
Equator, Kuching across the border), a storm surge on Denmark's North Sea coast (Jutland,
Funen) and forest fires on the Peloponnese (Messenia, Laconia, Arcadia, Achaea; a `Tripolis`
that is not the Libyan capital). Coordinates under ``by_`` keys (town centres from general
knowledge, never from geomap or its gazetteer); every distance and bearing computed with
geographiclib by truth.py, which also fills the figures written as placeholders."""

from places import PLACES, A, Line, P, c

PLACES.update(
    {
        # Lesotho and the Free State
        "by_maseru": ("Maseru", -29.3151, 27.4869, "city", "LS"),
        "by_mokhotlong": ("Mokhotlong", -29.2894, 29.0636, "city", "LS"),
        "by_thabatseka": ("Thaba-Tseka", -29.5220, 28.6084, "city", "LS"),
        "by_buthabuthe": ("Butha-Buthe", -28.7666, 28.2494, "city", "LS"),
        "by_semonkong": ("Semonkong", -29.8500, 28.0500, "city", "LS"),
        "by_bloemfontein": ("Bloemfontein", -29.0852, 26.1596, "city", "ZA"),
        "by_ladybrand": ("Ladybrand", -29.1945, 27.4594, "city", "ZA"),
        # Borneo (Kalimantan, Sarawak), Java
        "by_jakarta": ("Jakarta", -6.2088, 106.8456, "city", "ID"),
        "by_palangkaraya": ("Palangka Raya", -2.2161, 113.9135, "city", "ID"),
        "by_banjarmasin": ("Banjarmasin", -3.3186, 114.5944, "city", "ID"),
        "by_sampit": ("Sampit", -2.5333, 112.9500, "city", "ID"),
        "by_pontianak": ("Pontianak", -0.0263, 109.3425, "city", "ID"),
        "by_balikpapan": ("Balikpapan", -1.2379, 116.8529, "city", "ID"),
        "by_samarinda": ("Samarinda", -0.5022, 117.1536, "city", "ID"),
        "by_kuching": ("Kuching", 1.5533, 110.3592, "city", "MY"),
        # Denmark
        "by_kopenhagen": ("Kopenhagen", 55.6761, 12.5683, "city", "DK"),
        "by_esbjerg": ("Esbjerg", 55.4765, 8.4594, "city", "DK"),
        "by_ribe": ("Ribe", 55.3280, 8.7617, "city", "DK"),
        "by_hvidesande": ("Hvide Sande", 56.0039, 8.1294, "city", "DK"),
        "by_thyboron": ("Thyborøn", 56.6986, 8.2117, "city", "DK"),
        "by_aalborg": ("Aalborg", 57.0488, 9.9217, "city", "DK"),
        "by_skagen": ("Skagen", 57.7209, 10.5839, "city", "DK"),
        "by_aarhus": ("Aarhus", 56.1629, 10.2039, "city", "DK"),
        "by_odense": ("Odense", 55.4038, 10.4024, "city", "DK"),
        # Peloponnese, Attica
        "by_athen": ("Athen", 37.9838, 23.7275, "city", "GR"),
        "by_kalamata": ("Kalamata", 37.0389, 22.1142, "city", "GR"),
        "by_sparta": ("Sparta", 37.0731, 22.4297, "city", "GR"),
        "by_tripolis": ("Tripolis", 37.5089, 22.3794, "city", "GR"),
        "by_korinth": ("Korinth", 37.9386, 22.9322, "city", "GR"),
        "by_patras": ("Patras", 38.2466, 21.7346, "city", "GR"),
        "by_olympia": ("Olympia", 37.6385, 21.6300, "city", "GR"),
    }
)

ARTICLES = [
    A(
        "en-lesotho-snowstorm",
        "en",
        "2026-07-14",
        "heldout",
        """
Snowstorm cuts off Lesotho's highlands
MASERU, July 14 (Reuters) - Heavy snow closed every mountain pass in Lesotho on Monday and left some 4,000 villagers cut off in the highlands. Mokhotlong, about {a} km east of the capital, recorded 60 cm of snow overnight. Thaba-Tseka lies roughly {b} km to the south-west of Mokhotlong and has had no power since Saturday. The road from Maseru to Butha-Buthe, a drive of about {c} km, reopened on Tuesday. Across the border, Bloemfontein, some {d} km north-east of Maseru, sent two army helicopters. Ladybrand sits less than {e} km from the capital, just across the Caledon River. Semonkong, home to the 192-metre Maletsunyane Falls, lies some {f} km south-east of Maseru. The capital lies more than {g} km south of the Tropic of Capricorn, and temperatures in the mountains fell to minus 18 degrees Celsius. Officials put the number of dead sheep and goats at 12,000.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("Mokhotlong", "by_mokhotlong", 0),
                P("the capital", "by_maseru", 0),
                d="E",
                note="`X, about N km east of the capital, ...`: the capital is the dateline's",
            ),
            c(
                "plain",
                "roughly {b} km",
                "point",
                P("Thaba-Tseka", "by_thabatseka", 0),
                P("Mokhotlong", "by_mokhotlong", 1),
                d="SW",
                want=False,
                note="`X lies roughly N km to the south-west of Y`: the figure is wrong",
            ),
            c(
                6,
                "about {c} km",
                "route",
                P("Maseru", "by_maseru", 0),
                P("Butha-Buthe", "by_buthabuthe", 0),
                note="`The road from A to B, a drive of about N km`: a road length",
            ),
            c(
                1,
                "some {d} km",
                "point",
                P("Bloemfontein", "by_bloemfontein", 0),
                P("Maseru", "by_maseru", 1),
                d="NE",
                want=False,
                fac=1.0,
                note="an apposition after a fronted `Across the border`; the distance is right, the direction wrong (Bloemfontein lies west of Maseru)",
            ),
            c(
                3,
                "less than {e} km",
                "point",
                P("Ladybrand", "by_ladybrand", 0),
                P("the capital", "by_maseru", 1),
                note="`X sits less than N km from the capital`",
            ),
            c(
                1,
                "some {f} km",
                "point",
                P("Semonkong", "by_semonkong", 0),
                P("Maseru", "by_maseru", 2),
                d="SE",
                note="an apposition with a height (`the 192-metre ... Falls`) between subject and verb",
            ),
            c(
                10,
                "more than {g} km",
                "latitude",
                P("The capital", "by_maseru", 0),
                Line("Tropic of Capricorn", "tropic_capricorn"),
                d="S",
                note="`The capital lies more than N km south of the Tropic of Capricorn`: the capital is the dateline's",
            ),
        ],
        [
            ("some 4,000 villagers", "count"),
            ("60 cm", "snow depth"),
            ("192-metre", "height of a waterfall"),
            ("minus 18 degrees Celsius", "temperature"),
            ("12,000", "count"),
        ],
    ),
    A(
        "en-kalimantan-haze",
        "en",
        "2026-09-22",
        "heldout",
        """
Haze from Borneo peat fires closes airports
JAKARTA, Sept 22 (AP) - Peat fires in Indonesia's Central Kalimantan province sent thick haze across Borneo on Monday, closing three airports. Palangka Raya, the provincial capital, lies about {a} km north-west of Banjarmasin and had visibility of 200 metres. Sampit, some {b} km west of Palangka Raya, reported the worst air in the province. Twelve flights between Jakarta and Pontianak, a distance of roughly {c} km, were cancelled. Pontianak sits almost exactly on the Equator, less than 5 km from it. In Balikpapan, more than {e} km north-east of Banjarmasin, the oil refinery told 1,500 workers to stay home. Samarinda, the capital of East Kalimantan, is some {f} km north of Balikpapan and kept its schools open. The haze also drifted north to Kuching in Malaysia, about {g} km from Pontianak. Officials said 24,000 hectares had burned since July.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Palangka Raya", "by_palangkaraya", 0),
                P("Banjarmasin", "by_banjarmasin", 0),
                d="NW",
                note="`X, the provincial capital, lies about N km north-west of Y`: an apposition without a place",
            ),
            c(
                "plain",
                "some {b} km",
                "point",
                P("Sampit", "by_sampit", 0),
                P("Palangka Raya", "by_palangkaraya", 1),
                d="W",
                want=False,
                note="`X, some N km west of Y, ...`: the figure is wrong",
            ),
            c(
                "plain",
                "roughly {c} km",
                "pair",
                P("Jakarta", "by_jakarta", 0),
                P("Pontianak", "by_pontianak", 0),
                note="`flights between A and B, a distance of roughly N km`: a straight line between the two (the dateline is one end)",
            ),
            c(
                10,
                "less than 5 km",
                "latitude",
                P("Pontianak", "by_pontianak", 1),
                Line("Equator", "equator"),
                note="`X sits almost exactly on the Equator, less than N km from it` (a literal figure: the filled one fell on the tolerance edge)",
            ),
            c(
                5,
                "more than {e} km",
                "point",
                P("Balikpapan", "by_balikpapan", 0),
                P("Banjarmasin", "by_banjarmasin", 1),
                d="NE",
                want=False,
                note="`In X, more than N km north-east of Y, ...`: the figure is wrong",
            ),
            c(
                1,
                "some {f} km",
                "point",
                P("Samarinda", "by_samarinda", 0),
                P("Balikpapan", "by_balikpapan", 1),
                d="N",
                want=False,
                note="`X, the capital of <province>, is some N km north of Y`: an apposition naming a province; the figure is wrong",
            ),
            c(
                8,
                "about {g} km",
                "point",
                P("Kuching", "by_kuching", 0),
                P("Pontianak", "by_pontianak", 2),
                note="`drifted north to X in Malaysia, about N km from Y`: the distance hangs on a new place",
            ),
        ],
        [
            ("three airports", "count"),
            ("200 metres", "visibility"),
            ("1,500 workers", "count"),
            ("24,000 hectares", "area"),
        ],
    ),
    A(
        "de-daenemark-sturmflut",
        "de",
        "2026-11-02",
        "heldout",
        """
Sturmflut trifft Dänemarks Westküste
KOPENHAGEN (dpa) - Eine schwere Sturmflut hat am Sonntag die dänische Nordseeküste getroffen; der Wasserstand stieg in Esbjerg auf 4,2 Meter über Normal. Die Hafenstadt liegt rund {a} Kilometer westlich der Hauptstadt. Im nahen Ribe, knapp {b} Kilometer südöstlich von Esbjerg, wurde die Altstadt überflutet. Hvide Sande, etwa {c} Kilometer nördlich von Esbjerg, musste 300 Menschen in Sicherheit bringen. Noch weiter nördlich liegt Thyborøn, das rund {d} Kilometer von Aalborg entfernt ist. In Skagen an der Nordspitze Jütlands, rund {g} Kilometer nordwestlich von Aalborg, erreichten die Böen 140 Kilometer pro Stunde. Die rund {e} Kilometer lange Bahnstrecke von Esbjerg nach Aarhus blieb bis Montagabend gesperrt. Aarhus und Odense liegen gut {f} Kilometer voneinander entfernt; beide meldeten nur geringe Schäden.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Die Hafenstadt", "by_esbjerg", 0),
                P("der Hauptstadt", "by_kopenhagen", 0),
                d="W",
                note="`Die Hafenstadt liegt rund N Kilometer westlich der Hauptstadt`: the port is the town of the sentence before, the capital the dateline's",
            ),
            c(
                7,
                "knapp {b} Kilometer",
                "point",
                P("Ribe", "by_ribe", 0),
                P("Esbjerg", "by_esbjerg", 1),
                d="SE",
                note="`Im nahen X, knapp N Kilometer südöstlich von Y, ...`",
            ),
            c(
                "plain",
                "etwa {c} Kilometer",
                "point",
                P("Hvide Sande", "by_hvidesande", 0),
                P("Esbjerg", "by_esbjerg", 2),
                d="N",
                want=False,
                note="`X, etwa N Kilometer nördlich von Y, musste ...`: the figure is wrong",
            ),
            c(
                8,
                "rund {d} Kilometer",
                "point",
                P("Thyborøn", "by_thyboron", 0),
                P("Aalborg", "by_aalborg", 0),
                note="`Noch weiter nördlich liegt X, das rund N Kilometer von Y entfernt ist`: a relative clause after a new place",
            ),
            c(
                1,
                "rund {g} Kilometer",
                "point",
                P("Skagen", "by_skagen", 0),
                P("Aalborg", "by_aalborg", 1),
                d="NW",
                want=False,
                fac=1.0,
                note="`In X an der Nordspitze Jütlands, rund N Kilometer nordwestlich von Y, ...` with a wind speed after it; the distance is right, the direction wrong (Skagen lies north-north-east of Aalborg)",
            ),
            c(
                6,
                "rund {e} Kilometer",
                "route",
                P("Esbjerg", "by_esbjerg", 3),
                P("Aarhus", "by_aarhus", 0),
                note="`Die rund N Kilometer lange Bahnstrecke von A nach B`",
            ),
            c(
                9,
                "gut {f} Kilometer",
                "pair",
                P("Aarhus", "by_aarhus", 1),
                P("Odense", "by_odense", 0),
                want=False,
                fac=0.53,
                note="`A und B liegen gut N Kilometer voneinander entfernt`: the figure is wrong",
            ),
        ],
        [
            ("4,2 Meter", "water level"),
            ("300 Menschen", "count"),
            ("140 Kilometer pro Stunde", "wind speed"),
        ],
    ),
    A(
        "de-peloponnes-waldbrand",
        "de",
        "2026-08-11",
        "heldout",
        """
Waldbrände wüten auf dem Peloponnes
ATHEN (AFP) - Auf der griechischen Halbinsel Peloponnes kämpfen seit Sonntag mehr als 400 Feuerwehrleute gegen drei große Waldbrände. Im messenischen Kalamata, rund {a} Kilometer südwestlich der Hauptstadt, wurden zwei Dörfer am Stadtrand geräumt. Sparta liegt gut {b} Kilometer östlich von Kalamata; dort wurden 43 Grad gemessen. Die Regionalhauptstadt Tripolis, etwa {c} Kilometer nördlich von Sparta, richtete in einer Sporthalle eine Notunterkunft ein. Die rund {d} Kilometer lange Autobahn von Korinth nach Tripolis wurde am Montag gesperrt. Patras, mit rund 170.000 Einwohnern die größte Stadt der Halbinsel, liegt knapp {e} Kilometer westlich von Korinth und blieb verschont. Auch die antike Stätte Olympia, rund {f} Kilometer südlich von Patras, wurde für Besucher geschlossen. Bislang verbrannten nach Angaben der Feuerwehr mehr als 12.000 Hektar Wald.
""",
        [
            c(
                7,
                "rund {a} Kilometer",
                "point",
                P("Kalamata", "by_kalamata", 0),
                P("der Hauptstadt", "by_athen", 0),
                d="SW",
                note="`Im messenischen X, rund N Kilometer südwestlich der Hauptstadt`: the capital is the dateline's",
            ),
            c(
                "plain",
                "gut {b} Kilometer",
                "point",
                P("Sparta", "by_sparta", 0),
                P("Kalamata", "by_kalamata", 1),
                d="E",
                note="`X liegt gut N Kilometer östlich von Y; dort wurden 43 Grad gemessen`",
            ),
            c(
                3,
                "etwa {c} Kilometer",
                "point",
                P("Tripolis", "by_tripolis", 0),
                P("Sparta", "by_sparta", 1),
                d="N",
                want=False,
                note="`Die Regionalhauptstadt X, etwa N Kilometer nördlich von Y`: a Greek town named like the Libyan capital; the figure is wrong",
            ),
            c(
                6,
                "rund {d} Kilometer",
                "route",
                P("Korinth", "by_korinth", 0),
                P("Tripolis", "by_tripolis", 1),
                note="`Die rund N Kilometer lange Autobahn von A nach B`",
            ),
            c(
                1,
                "knapp {e} Kilometer",
                "point",
                P("Patras", "by_patras", 0),
                P("Korinth", "by_korinth", 1),
                d="W",
                fac=1.08,
                note="a number between subject and verb (`mit rund 170.000 Einwohnern`)",
            ),
            c(
                "plain",
                "rund {f} Kilometer",
                "point",
                P("Olympia", "by_olympia", 0),
                P("Patras", "by_patras", 1),
                d="S",
                want=False,
                note="`Auch die antike Stätte X, rund N Kilometer südlich von Y, ...`: the figure is wrong",
            ),
        ],
        [
            ("mehr als 400 Feuerwehrleute", "count"),
            ("43 Grad", "temperature"),
            ("rund 170.000 Einwohnern", "population"),
            ("mehr als 12.000 Hektar", "area"),
        ],
    ),
]
