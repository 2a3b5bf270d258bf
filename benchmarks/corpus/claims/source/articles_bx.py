# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BX (written for geomap by helper h21-fresh, 2026-12-05, twenty-first
session; not copied from any news source). HELD-OUT: four short wire stories, two English
and two German, written before geomap was run on them, as a fresh measure of whether the
session's work carries over to text nobody tuned on: a wildfire in northern Alberta, a storm
on Zanzibar and the Tanzanian coast, a drought in central Anatolia and a storm in Brittany.
(The letter BX was chosen to stay clear of the dev batches other helpers number after BF.)
Gold written from the text before geomap ran on it; coordinates under `bx_` keys (town
centres from general knowledge, never from geomap or its gazetteer); every distance and
bearing computed with geographiclib by truth.py."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # northern Alberta
        "bx_edmonton": ("Edmonton", 53.5461, -113.4938, "city", "CA"),
        "bx_fortmcmurray": ("Fort McMurray", 56.7267, -111.3810, "city", "CA"),
        "bx_laclabiche": ("Lac La Biche", 54.7686, -111.9650, "city", "CA"),
        "bx_anzac": ("Anzac", 56.4497, -111.0372, "locality", "CA"),
        "bx_calgary": ("Calgary", 51.0447, -114.0719, "city", "CA"),
        "bx_slavelake": ("Slave Lake", 55.2832, -114.7690, "city", "CA"),
        # Zanzibar and the Tanzanian coast
        "bx_dar": ("Dar es Salaam", -6.7924, 39.2083, "city", "TZ"),
        "bx_zanzibar": ("Zanzibar Town", -6.1659, 39.2026, "city", "TZ"),
        "bx_chakechake": ("Chake Chake", -5.2459, 39.7666, "city", "TZ"),
        "bx_bagamoyo": ("Bagamoyo", -6.4420, 38.9040, "city", "TZ"),
        "bx_tanga": ("Tanga", -5.0689, 39.0988, "city", "TZ"),
        "bx_mombasa": ("Mombasa", -4.0435, 39.6682, "city", "KE"),
        "bx_dodoma": ("Dodoma", -6.1630, 35.7516, "city", "TZ"),
        # central Anatolia
        "bx_ankara": ("Ankara", 39.9334, 32.8597, "city", "TR"),
        "bx_konya": ("Konya", 37.8746, 32.4932, "city", "TR"),
        "bx_aksaray": ("Aksaray", 38.3687, 34.0370, "city", "TR"),
        "bx_beysehir": ("Beyşehir", 37.6773, 31.7250, "city", "TR"),
        "bx_karaman": ("Karaman", 37.1759, 33.2287, "city", "TR"),
        "bx_kayseri": ("Kayseri", 38.7312, 35.4787, "city", "TR"),
        # Brittany
        "bx_rennes": ("Rennes", 48.1173, -1.6778, "city", "FR"),
        "bx_brest": ("Brest", 48.3904, -4.4861, "city", "FR"),
        "bx_quimper": ("Quimper", 47.9960, -4.1020, "city", "FR"),
        "bx_lorient": ("Lorient", 47.7486, -3.3700, "city", "FR"),
        "bx_saintmalo": ("Saint-Malo", 48.6493, -2.0257, "city", "FR"),
        "bx_nantes": ("Nantes", 47.2184, -1.5536, "city", "FR"),
    }
)

ARTICLES = [
    A(
        "en-alberta-wildfire",
        "en",
        "2026-06-24",
        "heldout",
        """
Alberta wildfire forces 20,000 from their homes
EDMONTON, Alberta, June 24 (Reuters) - A wildfire that has burned 85,000 hectares forced 20,000 people to leave Fort McMurray on Tuesday, officials said. The oil sands town lies about {a} km north-east of Edmonton, and most evacuees drove south on Highway 63. Lac La Biche, some {b} km south of Fort McMurray, opened its arena to 3,000 people. Winds of 60 km/h pushed the fire towards Anzac, a hamlet {c} km south-east of the town. Crews from Calgary, more than {d} km to the south of Edmonton, arrived on Wednesday. Slave Lake, about {e} km north-west of Edmonton, sent 40 firefighters. Families who made the {f}-km drive from Fort McMurray to Edmonton said it took them 14 hours.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The oil sands town", "bx_fortmcmurray", 0),
                P("Edmonton", "bx_edmonton", 0),
                d="NE",
                note="`The oil sands town lies about N km north-east of Y`: the town of the sentence before",
            ),
            c(
                "plain",
                "some {b} km",
                "point",
                P("Lac La Biche", "bx_laclabiche", 0),
                P("Fort McMurray", "bx_fortmcmurray", 1),
                d="S",
                want=False,
            ),
            c(
                3,
                "{c} km",
                "point",
                P("Anzac", "bx_anzac", 0),
                P("the town", "bx_fortmcmurray", 0),
                d="SE",
                note="`towards X, a hamlet N km south-east of the town`: the town is Fort McMurray",
            ),
            c(
                8,
                "more than {d} km",
                "point",
                P("Calgary", "bx_calgary", 0),
                P("Edmonton", "bx_edmonton", 1),
                d="S",
                note="`Crews from X, more than N km to the south of Y, arrived`",
            ),
            c(
                "plain",
                "about {e} km",
                "point",
                P("Slave Lake", "bx_slavelake", 0),
                P("Edmonton", "bx_edmonton", 2),
                d="NW",
                want=False,
            ),
            c(
                6,
                "{f}-km",
                "route",
                P("Fort McMurray", "bx_fortmcmurray", 2),
                P("Edmonton", "bx_edmonton", 3),
                note="`the N-km drive from A to B`: a road length",
            ),
        ],
        [
            ("85,000 hectares", "area"),
            ("20,000 people", "count"),
            ("Highway 63", "road number"),
            ("3,000 people", "count"),
            ("60 km/h", "wind speed"),
            ("40 firefighters", "count"),
            ("14 hours", "duration"),
        ],
    ),
    A(
        "en-zanzibar-storm",
        "en",
        "2026-04-28",
        "heldout",
        """
Storm floods Zanzibar, ferries halted
DAR ES SALAAM, Tanzania, April 28 (AFP) - Heavy rain and winds of 90 km/h flooded parts of Zanzibar Town on Monday, killing six people, and ferries to the mainland were halted. The island's main town lies about {a} km north of Dar es Salaam across the channel. Chake Chake, the main town of Pemba island, some {b} km north-east of Zanzibar Town, reported 400 houses without roofs. Bagamoyo, {c} km north-west of Dar es Salaam, recorded 210 mm of rain in 24 hours. Tanga, on the mainland opposite Pemba, lies about {d} km north of Dar es Salaam and closed its port. Mombasa, more than {e} km up the coast from Dar es Salaam, sent two navy boats. In Dodoma, some {f} km inland to the west, parliament held a minute's silence. Officials said the storm surge of 2 metres was the highest since 1998.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The island's main town", "bx_zanzibar", 0),
                P("Dar es Salaam", "bx_dar", 0),
                d="N",
                note="`The island's main town lies ...`: Zanzibar Town of the sentence before",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Chake Chake", "bx_chakechake", 0),
                P("Zanzibar Town", "bx_zanzibar", 1),
                d="NE",
                want=False,
                note="`X, the main town of Pemba island, some N km north-east of Y, reported`: an apposition naming an island before the number",
            ),
            c(
                "plain",
                "{c} km",
                "point",
                P("Bagamoyo", "bx_bagamoyo", 0),
                P("Dar es Salaam", "bx_dar", 1),
                d="NW",
            ),
            c(
                1,
                "about {d} km",
                "point",
                P("Tanga", "bx_tanga", 0),
                P("Dar es Salaam", "bx_dar", 2),
                d="N",
                note="`X, on the mainland opposite Pemba, lies about N km north of Y`: the island in the apposition is not the subject",
            ),
            c(
                "plain",
                "more than {e} km",
                "point",
                P("Mombasa", "bx_mombasa", 0),
                P("Dar es Salaam", "bx_dar", 3),
                want=False,
            ),
            c(
                4,
                "some {f} km",
                "point",
                P("Dodoma", "bx_dodoma", 0),
                P("(dateline) DAR ES SALAAM", "bx_dar", 0),
                d="W",
                note="`In X, some N km inland to the west, ...`: seen from the dateline",
            ),
        ],
        [
            ("90 km/h", "wind speed"),
            ("six people", "casualties"),
            ("400 houses", "count"),
            ("210 mm", "rainfall"),
            ("24 hours", "duration"),
            ("two navy boats", "count"),
            ("2 metres", "height"),
            ("1998", "year"),
        ],
    ),
    A(
        "de-konya-duerre",
        "de",
        "2026-08-19",
        "heldout",
        """
Dürre in Zentralanatolien: Bauern verlieren die Ernte
ANKARA (dpa) - Nach dem trockensten Sommer seit 60 Jahren haben Bauern in der Provinz Konya rund 40 Prozent ihrer Weizenernte verloren. Die Stadt Konya liegt rund {a} Kilometer südlich von Ankara. Im benachbarten Aksaray, etwa {b} Kilometer nordöstlich von Konya, sind mehr als 2.000 Brunnen versiegt. Die Kleinstadt Beyşehir, knapp {c} Kilometer westlich der Provinzhauptstadt, hat die Wasserentnahme aus ihrem See verboten, dessen Pegel seit dem Frühjahr um 1,8 Meter gefallen ist. Karaman liegt gut {d} Kilometer südöstlich von Konya und meldet Ernteausfälle von 50 Prozent. „Bis Kayseri sind es von hier rund {e} Kilometer, und dort sieht es nicht besser aus“, sagte ein Landwirt in Aksaray. Über die rund {f} Kilometer lange Schnellfahrstrecke von Ankara nach Konya werden inzwischen Wassertanks transportiert.
""",
        [
            c(
                "plain",
                "rund {a} Kilometer",
                "point",
                P("Konya", "bx_konya", 1),
                P("Ankara", "bx_ankara", 0),
                d="S",
            ),
            c(
                7,
                "etwa {b} Kilometer",
                "point",
                P("Aksaray", "bx_aksaray", 0),
                P("Konya", "bx_konya", 2),
                d="NE",
                want=False,
                note="`Im benachbarten X, etwa N Kilometer nordöstlich von Y`",
            ),
            c(
                3,
                "knapp {c} Kilometer",
                "point",
                P("Beyşehir", "bx_beysehir", 0),
                P("der Provinzhauptstadt", "bx_konya", 0),
                d="W",
                note="`Die Kleinstadt X, knapp N Kilometer westlich der Provinzhauptstadt`: the capital of the province of Konya",
            ),
            c(
                "plain",
                "gut {d} Kilometer",
                "point",
                P("Karaman", "bx_karaman", 0),
                P("Konya", "bx_konya", 3),
                d="SE",
                want=False,
            ),
            c(
                4,
                "rund {e} Kilometer",
                "point",
                P("Kayseri", "bx_kayseri", 0),
                P("Aksaray", "bx_aksaray", 1),
                note="`„Bis X sind es von hier rund N Kilometer ...“, sagte ein Landwirt in Y`: first person in a quote, the speaker's place the reference",
            ),
            c(
                6,
                "rund {f} Kilometer",
                "route",
                P("Ankara", "bx_ankara", 1),
                P("Konya", "bx_konya", 4),
                note="`die rund N Kilometer lange Schnellfahrstrecke von A nach B`",
            ),
        ],
        [
            ("60 Jahren", "duration"),
            ("40 Prozent", "percentage"),
            ("2.000 Brunnen", "count"),
            ("1,8 Meter", "water level"),
            ("50 Prozent", "percentage"),
        ],
    ),
    A(
        "de-bretagne-sturm",
        "de",
        "2026-11-05",
        "heldout",
        """
Sturmtief trifft die Bretagne
RENNES (AFP) - Ein Sturmtief mit Böen von bis zu 160 km/h hat in der Nacht zum Mittwoch in der Bretagne schwere Schäden angerichtet; 250.000 Haushalte waren ohne Strom. Am stärksten betroffen war Brest an der Westspitze der Halbinsel, rund {a} Kilometer westlich von Rennes. Im südlich gelegenen Quimper, etwa {b} Kilometer von Brest entfernt, trat der Fluss Odet über die Ufer. Lorient, rund {c} Kilometer südöstlich von Quimper, sperrte seinen Hafen. Auch im rund {d} Kilometer nordöstlich von Rennes gelegenen Saint-Malo wurden Fähren nach England gestrichen. Nantes und Brest liegen gut {e} Kilometer voneinander entfernt; beide Städte meldeten umgestürzte Bäume auf 40 Straßen. Die Schnellstraße N165 zwischen Brest und Nantes, eine Strecke von rund {f} Kilometern, blieb bis Donnerstag gesperrt.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Brest", "bx_brest", 0),
                P("Rennes", "bx_rennes", 0),
                d="W",
                note="`X an der Westspitze der Halbinsel, rund N Kilometer westlich von Y`",
            ),
            c(
                7,
                "etwa {b} Kilometer",
                "point",
                P("Quimper", "bx_quimper", 0),
                P("Brest", "bx_brest", 1),
                want=False,
                note="`Im südlich gelegenen X, etwa N Kilometer von Y entfernt`",
            ),
            c(
                "plain",
                "rund {c} Kilometer",
                "point",
                P("Lorient", "bx_lorient", 0),
                P("Quimper", "bx_quimper", 1),
                d="SE",
            ),
            c(
                7,
                "rund {d} Kilometer",
                "point",
                P("Saint-Malo", "bx_saintmalo", 0),
                P("Rennes", "bx_rennes", 1),
                d="NE",
                want=False,
                fac=1.0,
                note="`im rund N Kilometer nordöstlich von Y gelegenen X`: false by direction only (Saint-Malo is north-north-west of Rennes)",
            ),
            c(
                9,
                "gut {e} Kilometer",
                "pair",
                P("Nantes", "bx_nantes", 0),
                P("Brest", "bx_brest", 2),
                note="`A und B liegen gut N Kilometer voneinander entfernt; ... 40 Straßen`",
            ),
            c(
                6,
                "rund {f} Kilometern",
                "route",
                P("Brest", "bx_brest", 3),
                P("Nantes", "bx_nantes", 1),
                want=False,
                note="`Die Schnellstraße N165 zwischen A und B, eine Strecke von rund N Kilometern`",
            ),
        ],
        [
            ("160 km/h", "wind speed"),
            ("250.000 Haushalte", "count"),
            ("N165", "road number"),
            ("40 Straßen", "count"),
        ],
    ),
]
