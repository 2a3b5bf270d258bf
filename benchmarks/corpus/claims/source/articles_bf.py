# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BF (written for geomap by helper h21-claims round 2, 2026-12-05,
twenty-first session; not copied from any news source). DEV: five short wire stories, three
English and two German, from regions no claims file name named: Kerala's backwaters, the
lower Vistula in Poland, Lake Victoria in Tanzania, southern Catalonia and the Neuquén
valley in Patagonia. The batch is about the held-out classes round 1 did not take: a place
opening its clause after a sentence about another town with the reference left implicit
(`Z is N km away and ...`, `Z lies some N km to the east`, `Z liegt rund N Kilometer
entfernt`, `Z liegt rund N Kilometer flussaufwärts`), ends inside a longer phrase (`the
A-B rail line, some N km long`, `Die Stadt Z, rund N Kilometer flussabwärts von Y`, a
setting `Fishermen in Z, N km north of Y`, a place inside a quote), and a description as
the reference of a directional claim (`a three-hour drive east of the city, about N km by
road`, `N km south-east of the lake port`, `nordöstlich der Regionalhauptstadt`, `N km
east of the city`, `nordwestlich der Hauptstadt`). Gold written from the text before
geomap ran on it; coordinates under `bf_` keys (town centres from general knowledge, never
from geomap or its gazetteer); every distance and bearing computed with geographiclib by
truth.py."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Kerala
        "bf_kochi": ("Kochi", 9.9312, 76.2673, "city", "IN"),
        "bf_alappuzha": ("Alappuzha", 9.4981, 76.3388, "city", "IN"),
        "bf_kollam": ("Kollam", 8.8932, 76.6141, "city", "IN"),
        "bf_tvm": ("Thiruvananthapuram", 8.5241, 76.9366, "city", "IN"),
        "bf_kottayam": ("Kottayam", 9.5916, 76.5222, "city", "IN"),
        "bf_thrissur": ("Thrissur", 10.5276, 76.2144, "city", "IN"),
        "bf_munnar": ("Munnar", 10.0889, 77.0595, "city", "IN"),
        # lower Vistula, Warsaw
        "bf_torun": ("Toruń", 53.0138, 18.5984, "city", "PL"),
        "bf_bydgoszcz": ("Bydgoszcz", 53.1235, 18.0084, "city", "PL"),
        "bf_grudziadz": ("Grudziądz", 53.4837, 18.7536, "city", "PL"),
        "bf_plock": ("Płock", 52.5463, 19.7065, "city", "PL"),
        "bf_wloclawek": ("Włocławek", 52.6483, 19.0677, "city", "PL"),
        "bf_warschau": ("Warschau", 52.2297, 21.0122, "city", "PL"),
        "bf_danzig": ("Danzig", 54.3520, 18.6466, "city", "PL"),
        "bf_chelmno": ("Chełmno", 53.3487, 18.4250, "city", "PL"),
        # Lake Victoria, Tanzania (and Kisumu in Kenya)
        "bf_mwanza": ("Mwanza", -2.5164, 32.9175, "city", "TZ"),
        "bf_musoma": ("Musoma", -1.5000, 33.8000, "city", "TZ"),
        "bf_bukoba": ("Bukoba", -1.3317, 31.8122, "city", "TZ"),
        "bf_dodoma": ("Dodoma", -6.1630, 35.7516, "city", "TZ"),
        "bf_dar": ("Dar es Salaam", -6.7924, 39.2083, "city", "TZ"),
        "bf_shinyanga": ("Shinyanga", -3.6619, 33.4231, "city", "TZ"),
        "bf_kisumu": ("Kisumu", -0.0917, 34.7680, "city", "KE"),
        # southern Catalonia
        "bf_tarragona": ("Tarragona", 41.1189, 1.2445, "city", "ES"),
        "bf_reus": ("Reus", 41.1561, 1.1069, "city", "ES"),
        "bf_tortosa": ("Tortosa", 40.8125, 0.5216, "city", "ES"),
        "bf_lleida": ("Lleida", 41.6176, 0.6200, "city", "ES"),
        "bf_barcelona": ("Barcelona", 41.3874, 2.1686, "city", "ES"),
        "bf_girona": ("Girona", 41.9794, 2.8214, "city", "ES"),
        "bf_amposta": ("Amposta", 40.7130, 0.5810, "city", "ES"),
        # Neuquén valley, Patagonia
        "bf_neuquen": ("Neuquén", -38.9516, -68.0591, "city", "AR"),
        "bf_zapala": ("Zapala", -38.8992, -70.0544, "city", "AR"),
        "bf_junin": ("Junín de los Andes", -39.9500, -71.0667, "city", "AR"),
        "bf_bariloche": ("Bariloche", -41.1335, -71.3103, "city", "AR"),
        "bf_viedma": ("Viedma", -40.8135, -62.9967, "city", "AR"),
        "bf_roca": ("General Roca", -39.0333, -67.5833, "city", "AR"),
    }
)

ARTICLES = [
    A(
        "en-kerala-backwaters",
        "en",
        "2026-08-12",
        "dev",
        """
Kerala backwaters flood, 12,000 in relief camps
KOCHI, India, Aug 12 (Reuters) - Monsoon rains of 180 mm in a day flooded Kerala's backwaters on Wednesday and 12,000 people were moved to relief camps. Boats were sent to Alappuzha, where canals broke their banks. Kollam is {a} km away and opened 40 camps. The state capital lies some {b} km south-east of Kollam and asked the navy for help. Munnar, a three-hour drive east of the city, about {c} km by road, closed its tea estates after two landslides. "We are {d} km from Kochi and still the water came," said a farmer in Kottayam. Fishermen in Thrissur, {e} km north of Kochi, stayed ashore for a third day. The Kochi-Thiruvananthapuram rail line, some {f} km long, was closed at 14 points.
""",
        [
            c(
                4,
                "{a} km",
                "point",
                P("Kollam", "bf_kollam", 0),
                P("Alappuzha", "bf_alappuzha", 0),
                note="`Boats were sent to Y, where ... . Z is N km away and ...`: Z opens its clause, the reference is the town of the sentence before",
            ),
            c(
                3,
                "some {b} km",
                "point",
                P("The state capital", "bf_tvm", 0),
                P("Kollam", "bf_kollam", 1),
                d="SE",
                want=False,
                note="`The state capital lies some N km south-east of Y`: the capital of the state named (Kerala), not the dateline",
            ),
            c(
                6,
                "about {c} km",
                "route",
                P("Munnar", "bf_munnar", 0),
                P("the city", "bf_kochi", 0),
                want=False,
                note="`X, a three-hour drive east of the city, about N km by road`: the city is the dateline's; a road length",
            ),
            c(
                3,
                "{d} km",
                "point",
                P("Kottayam", "bf_kottayam", 0),
                P("Kochi", "bf_kochi", 0),
                note='`"We are N km from Y ...", said a farmer in X`: first person in a quote, the speaker\'s place the subject',
            ),
            c(
                5,
                "{e} km",
                "point",
                P("Thrissur", "bf_thrissur", 0),
                P("Kochi", "bf_kochi", 1),
                d="N",
                want=False,
                note="`Fishermen in X, N km north of Y, stayed ashore`: the place after the setting's preposition is the subject",
            ),
            c(
                6,
                "some {f} km",
                "route",
                P("Kochi", "bf_kochi", 2),
                P("Thiruvananthapuram", "bf_tvm", 0),
                note="`The A-B rail line, some N km long`: both ends inside the line's name",
            ),
        ],
        [
            ("180 mm", "rainfall"),
            ("12,000 people", "count"),
            ("40 camps", "count"),
            ("two landslides", "count"),
            ("third day", "ordinal"),
            ("14 points", "count"),
        ],
    ),
    A(
        "de-weichsel-hochwasser",
        "de",
        "2026-05-25",
        "dev",
        """
Weichsel-Hochwasser erreicht Toruń
TORUŃ (dpa) - Das Hochwasser der Weichsel hat am Montag Toruń erreicht; der Pegel stieg auf 7,2 Meter, 3.000 Menschen mussten ihre Häuser verlassen. Am Sonntag hatte die Flutwelle Włocławek überschwemmt. Płock liegt rund {a} Kilometer flussaufwärts und meldete sinkende Pegel. In Toruń wurde die Altstadt gesperrt. Bydgoszcz liegt rund {b} Kilometer entfernt und schickte 200 Feuerwehrleute. Die Stadt Grudziądz, rund {c} Kilometer flussabwärts von Toruń, baute Sandsackwälle. Płock, rund {d} Kilometer westlich der Hauptstadt, bat um Hilfe der Armee. In Grudziądz erwartet man den Scheitel am Mittwoch. Danzig, {e} Kilometer weiter nördlich an der Mündung, blieb bisher verschont. Die Bewohner von Chełmno, in rund {f} Kilometern Entfernung von Grudziądz, füllten 40.000 Sandsäcke.
""",
        [
            c(
                6,
                "rund {a} Kilometer",
                "route",
                P("Płock", "bf_plock", 0),
                P("Włocławek", "bf_wloclawek", 0),
                note="`Die Flutwelle hatte Y überschwemmt. Z liegt rund N Kilometer flussaufwärts`: along the river from the town of the sentence before",
            ),
            c(
                4,
                "rund {b} Kilometer",
                "point",
                P("Bydgoszcz", "bf_bydgoszcz", 0),
                P("Toruń", "bf_torun", 2),
                want=False,
                note="`In Y wurde ... gesperrt. Z liegt rund N Kilometer entfernt`: Z opens its clause, the reference is the town of the sentence before",
            ),
            c(
                6,
                "rund {c} Kilometer",
                "route",
                P("Grudziądz", "bf_grudziadz", 0),
                P("Toruń", "bf_torun", 3),
                note="`Die Stadt X, rund N Kilometer flussabwärts von Y, ...`: the place after a kind noun is the subject; along the river",
            ),
            c(
                3,
                "rund {d} Kilometer",
                "point",
                P("Płock", "bf_plock", 1),
                P("der Hauptstadt", "bf_warschau", 0),
                d="W",
                want=False,
                note="`X, rund N Kilometer westlich der Hauptstadt, ...`: the country's capital as the reference of a directional claim",
            ),
            c(
                4,
                "{e} Kilometer",
                "point",
                P("Danzig", "bf_danzig", 0),
                P("Grudziądz", "bf_grudziadz", 1),
                d="N",
                note="`In Y erwartet man ... . Z, N Kilometer weiter nördlich, ...`: from the town of the sentence before",
            ),
            c(
                "plain",
                "rund {f} Kilometern",
                "point",
                P("Chełmno", "bf_chelmno", 0),
                P("Grudziądz", "bf_grudziadz", 2),
                note="`Die Bewohner von X, in rund N Kilometern Entfernung von Y, ...`: the place after a second preposition is the subject",
            ),
        ],
        [
            ("7,2 Meter", "height"),
            ("3.000 Menschen", "count"),
            ("200 Feuerwehrleute", "count"),
            ("40.000 Sandsäcke", "count"),
        ],
    ),
    A(
        "en-victoria-ferry",
        "en",
        "2026-03-03",
        "dev",
        """
Lake Victoria ferry capsizes, 23 dead
MWANZA, Tanzania, March 3 (AP) - A ferry carrying 140 passengers capsized on Lake Victoria on Tuesday, and divers recovered 23 bodies by nightfall. The ferry had been bound for Bukoba. Musoma lies some {a} km to the east and sent two boats. "We found them 3 km from the shore," a police officer in Mwanza said. Officials in Dodoma, {b} km south-east of the lake port, declared three days of mourning. Kenyan boats from Kisumu, some {c} km across the lake to the north-east, joined the search. In Mwanza, hospitals ran out of beds. Shinyanga lies {d} km to the south and sent 12 ambulances. Dar es Salaam, more than {e} km away on the coast, flew in 30 divers.
""",
        [
            c(
                4,
                "some {a} km",
                "point",
                P("Musoma", "bf_musoma", 0),
                P("Bukoba", "bf_bukoba", 0),
                d="E",
                want=False,
                note="`The ferry had been bound for Y. Z lies some N km to the east and ...`: Z opens its clause, the reference is the town of the sentence before",
            ),
            c(
                3,
                "{b} km",
                "point",
                P("Dodoma", "bf_dodoma", 0),
                P("the lake port", "bf_mwanza", 0),
                d="SE",
                note="`Officials in X, N km south-east of the lake port, ...`: the port is the dateline's town",
            ),
            c(
                4,
                "some {c} km",
                "point",
                P("Kisumu", "bf_kisumu", 0),
                P("(dateline) MWANZA", "bf_mwanza", 0),
                d="NE",
                want=False,
                note="`Boats from X, some N km across the lake to the north-east, joined ...`: seen from the dateline",
            ),
            c(
                4,
                "{d} km",
                "point",
                P("Shinyanga", "bf_shinyanga", 0),
                P("Mwanza", "bf_mwanza", 1),
                d="S",
                note="`In Y, hospitals ran out of beds. Z lies N km to the south and ...`",
            ),
            c(
                4,
                "more than {e} km",
                "point",
                P("Dar es Salaam", "bf_dar", 0),
                P("(dateline) MWANZA", "bf_mwanza", 0),
                note="`X, more than N km away on the coast, flew in ...`: from the dateline",
            ),
        ],
        [
            ("140 passengers", "count"),
            ("23 bodies", "count"),
            ("3 km from the shore", "distance from a shore, no place"),
            ("three days", "duration"),
            ("12 ambulances", "count"),
            ("30 divers", "count"),
        ],
    ),
    A(
        "de-katalonien-waldbrand",
        "de",
        "2026-07-15",
        "dev",
        """
Waldbrand im Süden Kataloniens
TARRAGONA (dpa) - Ein Waldbrand hat am Mittwoch im Süden Kataloniens 4.500 Hektar zerstört; 1.200 Menschen wurden in Sicherheit gebracht. Windböen von 70 km/h trieben die Flammen am Abend bis an den Stadtrand von Reus. Tortosa liegt rund {a} Kilometer weiter südwestlich und blieb verschont. Lleida, rund {b} Kilometer landeinwärts, schickte zwei Löschflugzeuge. Girona liegt rund {c} Kilometer nordöstlich der Regionalhauptstadt und stellte 300 Feuerwehrleute. Amposta, in {d} Kilometern Entfernung von Tortosa, öffnete eine Turnhalle für 500 Menschen. "Wir sind nur {e} Kilometer von Reus entfernt und sehen den Rauch", sagte eine Bewohnerin in Tarragona.
""",
        [
            c(
                4,
                "rund {a} Kilometer",
                "point",
                P("Tortosa", "bf_tortosa", 0),
                P("Reus", "bf_reus", 0),
                d="SW",
                note="`Die Flammen ... bis an den Stadtrand von Y. Z liegt rund N Kilometer weiter südwestlich`: from the town of the sentence before",
            ),
            c(
                4,
                "rund {b} Kilometer",
                "point",
                P("Lleida", "bf_lleida", 0),
                P("(dateline) TARRAGONA", "bf_tarragona", 0),
                want=False,
                note="`X, rund N Kilometer landeinwärts, ...`: inland from the coastal dateline town",
            ),
            c(
                3,
                "rund {c} Kilometer",
                "point",
                P("Girona", "bf_girona", 0),
                P("der Regionalhauptstadt", "bf_barcelona", 0),
                d="NE",
                note="`X liegt rund N Kilometer nordöstlich der Regionalhauptstadt`: Catalonia's seat (Barcelona), named nowhere; not the dateline",
            ),
            c(
                "plain",
                "{d} Kilometern",
                "point",
                P("Amposta", "bf_amposta", 0),
                P("Tortosa", "bf_tortosa", 1),
                want=False,
                note="`X, in N Kilometern Entfernung von Y, ...`",
            ),
            c(
                3,
                "{e} Kilometer",
                "point",
                P("Tarragona", "bf_tarragona", 0),
                P("Reus", "bf_reus", 1),
                note='`"Wir sind nur N Kilometer von Y entfernt ...", sagte eine Bewohnerin in X`: the speaker\'s place the subject',
            ),
        ],
        [
            ("4.500 Hektar", "area"),
            ("1.200 Menschen", "count"),
            ("70 km/h", "speed"),
            ("300 Feuerwehrleute", "count"),
            ("500 Menschen", "count"),
        ],
    ),
    A(
        "en-neuquen-fires",
        "en",
        "2026-01-30",
        "dev",
        """
Patagonia wildfires force evacuations
NEUQUEN, Argentina, Jan 30 (Reuters) - Wildfires burned 15,000 hectares in Argentina's Patagonia on Friday, and a 25-km fire line threatened farms west of the city. Smoke reached Zapala by noon. Junín de los Andes lies some {a} km to the south-west and evacuated 800 residents. Bariloche, a six-hour drive south-west of the provincial capital, some {b} km by road, closed its national park. Río Negro's capital, Viedma, some {c} km to the south-east, sent two water bombers. General Roca lies {d} km east of the city and opened a shelter for 300 people.
""",
        [
            c(
                4,
                "some {a} km",
                "point",
                P("Junín de los Andes", "bf_junin", 0),
                P("Zapala", "bf_zapala", 0),
                d="SW",
                note="`Smoke reached Y by noon. Z lies some N km to the south-west and ...`: Z opens its clause, the reference is the town of the sentence before",
            ),
            c(
                6,
                "some {b} km",
                "route",
                P("Bariloche", "bf_bariloche", 0),
                P("the provincial capital", "bf_neuquen", 0),
                want=False,
                note="`X, a six-hour drive south-west of the provincial capital, some N km by road`: the dateline is the province's seat",
            ),
            c(
                1,
                "some {c} km",
                "point",
                P("Viedma", "bf_viedma", 0),
                P("(dateline) NEUQUEN", "bf_neuquen", 0),
                d="SE",
                note="`R's capital, X, some N km to the south-east, sent ...`: from the dateline",
            ),
            c(
                3,
                "{d} km",
                "point",
                P("General Roca", "bf_roca", 0),
                P("the city", "bf_neuquen", 1),
                d="E",
                want=False,
                note="`X lies N km east of the city`: the city is the dateline's",
            ),
        ],
        [
            ("15,000 hectares", "area"),
            ("25-km fire line", "length without ends"),
            ("800 residents", "count"),
            ("two water bombers", "count"),
            ("300 people", "count"),
        ],
    ),
]
