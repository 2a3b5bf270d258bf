# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BI (written for geomap by helper h23-claims, 2026-12-05, twenty-third
session, round 2; not copied from any news source). DEV: six short wire stories, three English
and three German, from regions no claims dev file name named: central Guinea and the Fouta
Djallon, New Caledonia, Lebanon's coast and the Bekaa, western Yunnan, Sarawak, and the
Central African Republic. Written in the shapes of the held-out classes still open after
batch BH: no end found although the right place is in the claim's sentence (two numbers in a
sentence, parentheses, `rund N Kilometer Luftlinie`, `as the crow flies`, the place after the
number in a relative clause), a description end whose place is named elsewhere in the
article (`the port`, `der Grenzort`, `der Provinzhauptstadt`, `the city of ...`), routes set
off after a named highway, a ferry or a road (`The N1 highway between A and B, a stretch of
about N km`, `Die Fähre von A nach B, eine Überfahrt von rund N Kilometern`), numbered
parallels (`the 10th parallel`, `des 5. Breitengrads`, `des 23. südlichen Breitengrads`),
and `the capital` right after a sentence naming a state or province seat when the country's
capital is never named. Gold written from the text before geomap ran on it; coordinates
under `bi_` keys (town centres from general knowledge, never from geomap or its
gazetteer); every distance and bearing computed with geographiclib by truth.py."""

from places import PLACES, A, Line, P, c

PLACES.update(
    {
        # Guinea
        "bi_conakry": ("Conakry", 9.6412, -13.5784, "city", "GN"),
        "bi_kindia": ("Kindia", 10.0569, -12.8658, "city", "GN"),
        "bi_mamou": ("Mamou", 10.3755, -12.0915, "city", "GN"),
        "bi_labe": ("Labé", 11.3182, -12.2833, "city", "GN"),
        "bi_kamsar": ("Kamsar", 10.6500, -14.6167, "city", "GN"),
        "bi_boke": ("Boké", 10.9409, -14.2967, "city", "GN"),
        "bi_kankan": ("Kankan", 10.3854, -9.3057, "city", "GN"),
        # New Caledonia
        "bi_noumea": ("Nouméa", -22.2758, 166.4580, "city", "NC"),
        "bi_thio": ("Thio", -21.6111, 166.2139, "city", "NC"),
        "bi_poindimie": ("Poindimié", -20.9367, 165.3308, "city", "NC"),
        "bi_lifou": ("Lifou", -20.9167, 167.2667, "island", "NC"),
        "bi_kone": ("Koné", -21.0595, 164.8658, "city", "NC"),
        "bi_bourail": ("Bourail", -21.5675, 165.4864, "city", "NC"),
        "bi_koumac": ("Koumac", -20.5636, 164.2778, "city", "NC"),
        # Lebanon
        "bi_beirut": ("Beirut", 33.8938, 35.5018, "city", "LB"),
        "bi_tripoli": ("Tripoli", 34.4367, 35.8497, "city", "LB"),
        "bi_byblos": ("Byblos", 34.1230, 35.6519, "city", "LB"),
        "bi_baalbek": ("Baalbek", 34.0047, 36.2110, "city", "LB"),
        "bi_zahle": ("Zahle", 33.8463, 35.9020, "city", "LB"),
        "bi_sidon": ("Sidon", 33.5571, 35.3729, "city", "LB"),
        "bi_tyre": ("Tyre", 33.2705, 35.2038, "city", "LB"),
        "bi_nabatieh": ("Nabatieh", 33.3772, 35.4836, "city", "LB"),
        # Yunnan
        "bi_dali": ("Dali", 25.6065, 100.2676, "city", "CN"),
        "bi_kunming": ("Kunming", 25.0389, 102.7183, "city", "CN"),
        "bi_baoshan": ("Baoshan", 25.1120, 99.1616, "city", "CN"),
        "bi_tengchong": ("Tengchong", 25.0209, 98.4901, "city", "CN"),
        "bi_lijiang": ("Lijiang", 26.8721, 100.2299, "city", "CN"),
        "bi_jinghong": ("Jinghong", 22.0094, 100.7977, "city", "CN"),
        # Sarawak
        "bi_kuching": ("Kuching", 1.5535, 110.3593, "city", "MY"),
        "bi_sibu": ("Sibu", 2.2870, 111.8300, "city", "MY"),
        "bi_kapit": ("Kapit", 2.0167, 112.9333, "city", "MY"),
        "bi_bintulu": ("Bintulu", 3.1713, 113.0419, "city", "MY"),
        "bi_miri": ("Miri", 4.3995, 113.9914, "city", "MY"),
        "bi_limbang": ("Limbang", 4.7500, 115.0000, "city", "MY"),
        "bi_sriaman": ("Sri Aman", 1.2370, 111.4620, "city", "MY"),
        # Central African Republic
        "bi_bangui": ("Bangui", 4.3947, 18.5582, "city", "CF"),
        "bi_bossangoa": ("Bossangoa", 6.4926, 17.4552, "city", "CF"),
        "bi_bambari": ("Bambari", 5.7629, 20.6724, "city", "CF"),
        "bi_berberati": ("Berbérati", 4.2612, 15.7922, "city", "CF"),
        "bi_carnot": ("Carnot", 4.9409, 15.8709, "city", "CF"),
        "bi_bouar": ("Bouar", 5.9342, 15.5960, "city", "CF"),
        "bi_bria": ("Bria", 6.5423, 21.9863, "city", "CF"),
    }
)

ARTICLES = [
    A(
        "en-guinea-mamou-floods",
        "en",
        "2026-08-09",
        "dev",
        """
Floods cut Guinea's main inland road
CONAKRY, Guinea, Aug. 9 (Reuters) - Heavy rain swept central Guinea on Sunday and left 14,000 people without shelter, the emergency agency said. The worst damage was in Mamou, which lies about {a} km north-east of the capital as the crow flies and about {b} km north of the 10th parallel. The N1 highway between Kindia and Mamou, a stretch of about {c} km, was closed after two bridges collapsed. Labé, the main town of the Fouta Djallon, lies some {d} km (a five-hour drive in the dry season) north of Mamou. At Kamsar, the bauxite port {e} km north-west of Conakry, ships waited offshore in swells of 3 metres. Boké, which is about {f} km from the port, recorded 190 mm of rain in 24 hours. Kankan, Guinea's second city, lies some {g} km east of Mamou and was spared.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Mamou", "bi_mamou", 0),
                P("the capital", "bi_conakry", 0),
                d="NE",
                note="`X, which lies about N km north-east of the capital as the crow flies and about M km north of <parallel>`: the place before the number in a relative clause, two numbers; the capital is the dateline's",
            ),
            c(
                10,
                "about {b} km",
                "latitude",
                P("Mamou", "bi_mamou", 0),
                Line("the 10th parallel", "parallel_10n"),
                note="a numbered parallel, second number of the relative clause",
            ),
            c(
                6,
                "about {c} km",
                "route",
                P("Kindia", "bi_kindia", 0),
                P("Mamou", "bi_mamou", 1),
                note="`The <highway> between A and B, a stretch of about N km`: a route set off after a named highway",
            ),
            c(
                "plain",
                "some {d} km",
                "point",
                P("Labé", "bi_labe", 0),
                P("Mamou", "bi_mamou", 2),
                d="N",
                want=False,
                note="a parenthesis between the number and the direction",
            ),
            c(
                1,
                "{e} km",
                "point",
                P("Kamsar", "bi_kamsar", 0),
                P("Conakry", "bi_conakry", 0),
                d="NW",
                note="`At X, the <description> N km north-west of Y, ...`: an apposition after a fronted place",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("Boké", "bi_boke", 0),
                P("the port", "bi_kamsar", 0),
                note="`the port` is the port named in the sentence before (Kamsar), not the capital",
            ),
            c(
                "plain",
                "some {g} km",
                "point",
                P("Kankan", "bi_kankan", 0),
                P("Mamou", "bi_mamou", 3),
                d="E",
                want=False,
                note="apposition without a place, then the distance",
            ),
        ],
        [
            ("14,000 people", "count"),
            ("3 metres", "height"),
            ("190 mm", "rainfall"),
            ("24 hours", "duration"),
            ("five-hour", "duration"),
        ],
    ),
    A(
        "de-neukaledonien-zyklon",
        "de",
        "2026-02-12",
        "dev",
        """
Zyklon trifft Neukaledonien
NOUMÉA, 12. Februar (dpa) - Ein Zyklon mit Böen von 180 km/h hat in der Nacht zum Mittwoch die Ostküste Neukaledoniens getroffen. Am schwersten betroffen ist Thio, ein Bergbauort rund {a} Kilometer Luftlinie von der Hauptstadt entfernt, in dem 40 Häuser abgedeckt wurden. Auch in Poindimié, das knapp {b} Kilometer weiter nordwestlich an derselben Küste liegt, fiel der Strom aus. Die Fähre von Nouméa nach Lifou, eine Überfahrt von rund {c} Kilometern über offenes Meer, fällt bis Freitag aus. Koné, der Hauptort der Nordprovinz, liegt etwa {d} Kilometer nordwestlich von Bourail; dort stieg der Fluss um 2 Meter. Koumac, ein Ort mit 3.000 Einwohnern, liegt rund {e} Kilometer nordwestlich der Provinzhauptstadt. Nouméa selbst liegt rund {f} Kilometer nördlich des 23. südlichen Breitengrads und blieb verschont.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Thio", "bi_thio", 0),
                P("der Hauptstadt", "bi_noumea", 0),
                note="`X, ein <Nomen> rund N Kilometer Luftlinie von der Hauptstadt entfernt, in dem ...`: an apposition with Luftlinie and a relative clause after it",
            ),
            c(
                8,
                "knapp {b} Kilometer",
                "point",
                P("Poindimié", "bi_poindimie", 0),
                P("Thio", "bi_thio", 0),
                d="NW",
                note="`in X, das knapp N Kilometer weiter nordwestlich ... liegt`: relative clause, reference the town of the sentence before",
            ),
            c(
                6,
                "rund {c} Kilometern",
                "route",
                P("Nouméa", "bi_noumea", 1),
                P("Lifou", "bi_lifou", 0),
                note="`Die Fähre von A nach B, eine Überfahrt von rund N Kilometern über ...`: a route set off after a ferry",
            ),
            c(
                "plain",
                "etwa {d} Kilometer",
                "point",
                P("Koné", "bi_kone", 0),
                P("Bourail", "bi_bourail", 0),
                d="NW",
                want=False,
                note="apposition naming a province, then a plain distance",
            ),
            c(
                3,
                "rund {e} Kilometer",
                "point",
                P("Koumac", "bi_koumac", 0),
                P("der Provinzhauptstadt", "bi_kone", 0),
                d="NW",
                note="`der Provinzhauptstadt` is the seat named in the sentence before (`Koné, der Hauptort der Nordprovinz`), not Nouméa",
            ),
            c(
                10,
                "rund {f} Kilometer",
                "latitude",
                P("Nouméa", "bi_noumea", 2),
                Line("des 23. südlichen Breitengrads", "parallel_23s"),
                note="a numbered southern parallel in the genitive",
            ),
        ],
        [
            ("180 km/h", "speed"),
            ("40 Häuser", "count"),
            ("2 Meter", "height"),
            ("3.000 Einwohnern", "population"),
        ],
    ),
    A(
        "en-lebanon-winter-storm",
        "en",
        "2026-01-18",
        "dev",
        """
Winter storm batters Lebanon
BEIRUT, Jan. 18 (AP) - A winter storm battered Lebanon on Saturday, burying the Bekaa valley under snow above 1,200 metres. The coastal highway between Beirut and Tripoli, a stretch of some {a} km, stayed shut for nine hours. In Byblos, about {b} km from Beirut and home to 40,000 people, waves of 6 metres hit the old harbour. Snow cut the road to Baalbek. The city of Roman temples, about {c} km north-east of Zahle, lost power overnight. Zahle lies about {d} km east of Beirut as the crow flies. Sidon, the southern port, lies about {e} km south of the capital. Tyre, which lies some {f} km from the port, reported 120 mm of rain. Nabatieh, about {g} km south-east of Sidon, closed its schools.
""",
        [
            c(
                6,
                "some {a} km",
                "route",
                P("Beirut", "bi_beirut", 0),
                P("Tripoli", "bi_tripoli", 0),
                note="`The coastal highway between A and B, a stretch of some N km`",
            ),
            c(
                1,
                "about {b} km",
                "point",
                P("Byblos", "bi_byblos", 0),
                P("Beirut", "bi_beirut", 1),
                note="`In X, about N km from Y and home to <population>, ...`: two numbers in the apposition",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("The city of Roman temples", "bi_baalbek", 0),
                P("Zahle", "bi_zahle", 0),
                d="NE",
                note="a description subject for the town of the sentence before",
            ),
            c(
                "plain",
                "about {d} km",
                "point",
                P("Zahle", "bi_zahle", 1),
                P("Beirut", "bi_beirut", 2),
                d="E",
                want=False,
                note="`as the crow flies` after the reference",
            ),
            c(
                1,
                "about {e} km",
                "point",
                P("Sidon", "bi_sidon", 0),
                P("the capital", "bi_beirut", 0),
                d="S",
            ),
            c(
                3,
                "some {f} km",
                "point",
                P("Tyre", "bi_tyre", 0),
                P("the port", "bi_sidon", 0),
                want=False,
                note="`the port` is Sidon, `the southern port` of the sentence before",
            ),
            c(
                "plain",
                "about {g} km",
                "point",
                P("Nabatieh", "bi_nabatieh", 0),
                P("Sidon", "bi_sidon", 1),
                d="SE",
            ),
        ],
        [
            ("1,200 metres", "altitude"),
            ("nine hours", "duration"),
            ("40,000 people", "population"),
            ("6 metres", "height"),
            ("120 mm", "rainfall"),
        ],
    ),
    A(
        "de-yunnan-erdbeben-baoshan",
        "de",
        "2026-05-03",
        "dev",
        """
Erdbeben erschüttert den Westen Yunnans
DALI, 3. Mai (dpa) - Ein Erdbeben der Stärke 5,9 hat am Sonntag den Westen der chinesischen Provinz Yunnan erschüttert. Das Epizentrum lag in 10 Kilometer Tiefe bei Baoshan, rund {a} Kilometer Luftlinie von Dali entfernt. Die Provinzregierung in Kunming schickte 600 Helfer. Die Hauptstadt liegt gut {b} Kilometer östlich von Dali. In Tengchong, einem Ort nahe der Grenze zu Myanmar, stürzten 30 Häuser ein. Der Grenzort liegt rund {c} Kilometer westlich von Baoshan. Lijiang, das {d} Kilometer nördlich von Dali liegt, meldete leichte Schäden. Auf der Straße von Dali nach Baoshan, einer Strecke von etwa {e} Kilometern durch die Berge, gingen Erdrutsche nieder. Jinghong, rund {f} Kilometer südlich des Wendekreises des Krebses, spürte das Beben nicht.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Baoshan", "bi_baoshan", 0),
                P("Dali", "bi_dali", 1),
                note="`bei X, rund N Kilometer Luftlinie von Y entfernt` after a depth in the same sentence",
            ),
            c(
                3,
                "gut {b} Kilometer",
                "point",
                P("Die Hauptstadt", "bi_kunming", 0),
                P("Dali", "bi_dali", 2),
                d="E",
                note="`Die Hauptstadt` right after a sentence naming the province's seat; China's capital is never named",
            ),
            c(
                3,
                "rund {c} Kilometer",
                "point",
                P("Der Grenzort", "bi_tengchong", 0),
                P("Baoshan", "bi_baoshan", 1),
                d="W",
                note="`Der Grenzort` is the town of the sentence before",
            ),
            c(
                8,
                "{d} Kilometer",
                "point",
                P("Lijiang", "bi_lijiang", 0),
                P("Dali", "bi_dali", 3),
                d="N",
                want=False,
            ),
            c(
                6,
                "etwa {e} Kilometern",
                "route",
                P("Dali", "bi_dali", 4),
                P("Baoshan", "bi_baoshan", 2),
                note="`Auf der Straße von A nach B, einer Strecke von etwa N Kilometern durch ...`",
            ),
            c(
                10,
                "rund {f} Kilometer",
                "latitude",
                P("Jinghong", "bi_jinghong", 0),
                Line("des Wendekreises des Krebses", "tropic_cancer"),
                want=False,
            ),
        ],
        [
            ("Stärke 5,9", "magnitude"),
            ("10 Kilometer Tiefe", "depth"),
            ("600 Helfer", "count"),
            ("30 Häuser", "count"),
        ],
    ),
    A(
        "en-sarawak-river-floods",
        "en",
        "2026-01-06",
        "dev",
        """
Floods cut off Sarawak's river towns
MIRI, Malaysia, Jan. 6 (Bernama) - River floods cut off towns across Sarawak on Tuesday and the state government met in emergency session in Kuching. The capital lies about {a} km from Sibu, where 9,000 people were moved to relief centres. Kapit, which can only be reached by boat and lies some {b} km (a three-hour trip) east of Sibu, ran out of fuel. Bintulu, the state's main gas port, is about {c} km north-east of Sibu. Miri itself lies about {d} km north-east of the port. The Pan Borneo Highway between Miri and Limbang, a stretch of about {e} km, was closed by landslides. Sri Aman, about {f} km east of the capital, recorded 210 mm of rain, and the river rose 2 metres.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The capital", "bi_kuching", 0),
                P("Sibu", "bi_sibu", 0),
                want=False,
                note="`The capital` right after a sentence naming the state's seat; Malaysia's capital is never named",
            ),
            c(
                8,
                "some {b} km",
                "point",
                P("Kapit", "bi_kapit", 0),
                P("Sibu", "bi_sibu", 1),
                d="E",
                note="a relative clause with a coordinated second verb and a parenthesis before the direction",
            ),
            c(
                1,
                "about {c} km",
                "point",
                P("Bintulu", "bi_bintulu", 0),
                P("Sibu", "bi_sibu", 2),
                d="NE",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("Miri", "bi_miri", 1),
                P("the port", "bi_bintulu", 0),
                d="NE",
                want=False,
                note="`the port` is Bintulu of the sentence before; the dateline is the subject",
            ),
            c(
                6,
                "about {e} km",
                "route",
                P("Miri", "bi_miri", 2),
                P("Limbang", "bi_limbang", 0),
                note="`The <highway> between A and B, a stretch of about N km`",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("Sri Aman", "bi_sriaman", 0),
                P("the capital", "bi_kuching", 0),
                d="E",
                note="`the capital` of the state (Kuching), the text is about Sarawak",
            ),
        ],
        [
            ("9,000 people", "count"),
            ("three-hour", "duration"),
            ("210 mm", "rainfall"),
            ("2 metres", "height"),
        ],
    ),
    A(
        "de-zentralafrika-ubangi-hochwasser",
        "de",
        "2026-09-20",
        "dev",
        """
Hochwasser in der Zentralafrikanischen Republik
BANGUI, 20. September (AFP) - Nach tagelangem Regen ist der Ubangi in Bangui über die Ufer getreten; 25.000 Menschen sind obdachlos. Die Hauptstadt liegt rund {a} Kilometer südlich des 5. Breitengrads. Auch Bossangoa, rund {b} Kilometer Luftlinie von Bangui entfernt und am Ouham gelegen, meldet Überschwemmungen. Die Straße von Bangui nach Bambari, eine Strecke von rund {c} Kilometern, ist unpassierbar. In Berbérati, nahe der Grenze zu Kamerun, stürzte eine Brücke ein. Carnot liegt etwa {d} Kilometer nördlich des Grenzorts. Bouar, rund {e} Kilometer nördlich von Carnot, meldet 200 Millimeter Regen in zwei Tagen. Bambari liegt gut {f} Kilometer nordöstlich der Hauptstadt. Bria, der Hauptort der Präfektur Haute-Kotto, liegt noch einmal rund {g} Kilometer weiter nordöstlich; dort stieg der Fluss um 1,5 Meter.
""",
        [
            c(
                10,
                "rund {a} Kilometer",
                "latitude",
                P("Die Hauptstadt", "bi_bangui", 0),
                Line("des 5. Breitengrads", "parallel_5n"),
                note="a numbered parallel in the genitive; the subject is the dateline's capital",
            ),
            c(
                1,
                "rund {b} Kilometer",
                "point",
                P("Bossangoa", "bi_bossangoa", 0),
                P("Bangui", "bi_bangui", 1),
                want=False,
                note="`X, rund N Kilometer Luftlinie von Y entfernt und am <Fluss> gelegen, meldet ...`",
            ),
            c(
                6,
                "rund {c} Kilometern",
                "route",
                P("Bangui", "bi_bangui", 2),
                P("Bambari", "bi_bambari", 0),
                note="`Die Straße von A nach B, eine Strecke von rund N Kilometern`",
            ),
            c(
                3,
                "etwa {d} Kilometer",
                "point",
                P("Carnot", "bi_carnot", 0),
                P("des Grenzorts", "bi_berberati", 0),
                d="N",
                note="`des Grenzorts` is the town of the sentence before (nahe der Grenze)",
            ),
            c(
                1,
                "rund {e} Kilometer",
                "point",
                P("Bouar", "bi_bouar", 0),
                P("Carnot", "bi_carnot", 1),
                d="N",
                want=False,
            ),
            c(
                "plain",
                "gut {f} Kilometer",
                "point",
                P("Bambari", "bi_bambari", 1),
                P("der Hauptstadt", "bi_bangui", 0),
                d="NE",
            ),
            c(
                4,
                "rund {g} Kilometer",
                "point",
                P("Bria", "bi_bria", 0),
                P("Bambari", "bi_bambari", 1),
                d="NE",
                want=False,
                note="`X, der Hauptort der <Präfektur>, liegt noch einmal rund N Kilometer weiter nordöstlich`: the reference is the subject of the sentence before",
            ),
        ],
        [
            ("25.000 Menschen", "count"),
            ("200 Millimeter", "rainfall"),
            ("zwei Tagen", "duration"),
            ("1,5 Meter", "height"),
        ],
    ),
]
