# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BG (written for geomap by helper h22-claims, 2026-12-05, twenty-second
session; not copied from any news source). DEV: eight short wire stories, four English and
four German, from regions no claims file name named: northern Botswana, Albania's coast,
Costa Rica's central valley, southern Jordan, coastal Tamil Nadu, the Po plain, Nova Scotia
(towns sharing their names with places abroad) and Transylvania. The batch is written in the
shapes of the held-out wrong-pair classes of session 21, in wording of its own: a sentence
about one town followed by a sentence whose subject is another town with the reference left
to the first (`X was hit hardest. Y, N km further east, ...`, `Besonders schwer traf es X. Y
liegt rund N Kilometer weiter nördlich`), a claim sentence naming its own reference right
after a sentence about a third town, coordinated subjects (`A and B, both some N km from
C`, `A und B, beide rund N Kilometer von C entfernt`), a route opened by its subject (`A
lies N km along the highway to B`, `A liegt rund N Kilometer entlang der Autobahn nach B`),
descriptions that fit one town by data (`the provincial capital` of a province the dateline
is not in, `the state capital`, `der Regionalhauptstadt`, `Die Provinzhauptstadt`, `Die
Kreisstadt`, `Der Hafen`, `Die Hafenstadt`, `The port`), and wire datelines of a town other
than the reference. Gold written from the text before geomap ran on it; coordinates under
`bg_` keys (town centres from general knowledge, never from geomap or its gazetteer); every
distance and bearing computed with geographiclib by truth.py. Coordinated claims with one
figure for two subjects are written as literal figures chosen so both are well inside the
tolerance."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # northern Botswana
        "bg_gaborone": ("Gaborone", -24.6282, 25.9231, "city", "BW"),
        "bg_maun": ("Maun", -19.9833, 23.4167, "city", "BW"),
        "bg_kasane": ("Kasane", -17.8167, 25.1500, "city", "BW"),
        "bg_serowe": ("Serowe", -22.3875, 26.7108, "city", "BW"),
        "bg_palapye": ("Palapye", -22.5500, 27.1333, "city", "BW"),
        "bg_nata": ("Nata", -20.2167, 26.1833, "city", "BW"),
        "bg_francistown": ("Francistown", -21.1700, 27.5078, "city", "BW"),
        # Albania
        "bg_tirana": ("Tirana", 41.3275, 19.8187, "city", "AL"),
        "bg_durres": ("Durrës", 41.3231, 19.4414, "city", "AL"),
        "bg_lezhe": ("Lezhë", 41.7836, 19.6436, "city", "AL"),
        "bg_shkoder": ("Shkodër", 42.0683, 19.5126, "city", "AL"),
        "bg_berat": ("Berat", 40.7058, 19.9522, "city", "AL"),
        "bg_fier": ("Fier", 40.7239, 19.5561, "city", "AL"),
        "bg_elbasan": ("Elbasan", 41.1125, 20.0822, "city", "AL"),
        "bg_korce": ("Korçë", 40.6186, 20.7808, "city", "AL"),
        "bg_vlore": ("Vlorë", 40.4667, 19.4897, "city", "AL"),
        # Costa Rica
        "bg_sanjose": ("San José", 9.9281, -84.0907, "city", "CR"),
        "bg_cartago": ("Cartago", 9.8644, -83.9194, "city", "CR"),
        "bg_turrialba": ("Turrialba", 9.9047, -83.6834, "city", "CR"),
        "bg_liberia": ("Liberia", 10.6350, -85.4377, "city", "CR"),
        "bg_limon": ("Limón", 9.9907, -83.0360, "city", "CR"),
        "bg_puntarenas": ("Puntarenas", 9.9763, -84.8384, "city", "CR"),
        # southern Jordan
        "bg_amman": ("Amman", 31.9539, 35.9106, "city", "JO"),
        "bg_wadimusa": ("Wadi Musa", 30.3195, 35.4792, "city", "JO"),
        "bg_tafila": ("Tafila", 30.8375, 35.6044, "city", "JO"),
        "bg_aqaba": ("Akaba", 29.5320, 35.0063, "city", "JO"),
        "bg_karak": ("Karak", 31.1853, 35.7048, "city", "JO"),
        "bg_maan": ("Maan", 30.1962, 35.7340, "city", "JO"),
        "bg_zarqa": ("Zarqa", 32.0728, 36.0880, "city", "JO"),
        "bg_madaba": ("Madaba", 31.7160, 35.7939, "city", "JO"),
        # Tamil Nadu
        "bg_chennai": ("Chennai", 13.0827, 80.2707, "city", "IN"),
        "bg_nagapattinam": ("Nagapattinam", 10.7672, 79.8449, "city", "IN"),
        "bg_cuddalore": ("Cuddalore", 11.7480, 79.7714, "city", "IN"),
        "bg_vellore": ("Vellore", 12.9165, 79.1325, "city", "IN"),
        "bg_puducherry": ("Puducherry", 11.9416, 79.8083, "city", "IN"),
        "bg_madurai": ("Madurai", 9.9252, 78.1198, "city", "IN"),
        "bg_trichy": ("Tiruchirappalli", 10.7905, 78.7047, "city", "IN"),
        "bg_karaikal": ("Karaikal", 10.9254, 79.8380, "city", "IN"),
        "bg_thanjavur": ("Thanjavur", 10.7870, 79.1378, "city", "IN"),
        # Po plain
        "bg_bologna": ("Bologna", 44.4949, 11.3426, "city", "IT"),
        "bg_cremona": ("Cremona", 45.1332, 10.0227, "city", "IT"),
        "bg_mantua": ("Mantua", 45.1564, 10.7914, "city", "IT"),
        "bg_ferrara": ("Ferrara", 44.8381, 11.6198, "city", "IT"),
        "bg_modena": ("Modena", 44.6471, 10.9252, "city", "IT"),
        "bg_rovigo": ("Rovigo", 45.0698, 11.7902, "city", "IT"),
        "bg_piacenza": ("Piacenza", 45.0526, 9.6930, "city", "IT"),
        "bg_mailand": ("Mailand", 45.4642, 9.1900, "city", "IT"),
        "bg_parma": ("Parma", 44.8015, 10.3279, "city", "IT"),
        # Nova Scotia, New Brunswick
        "bg_halifax": ("Halifax", 44.6488, -63.5752, "city", "CA"),
        "bg_sydney_ns": ("Sydney", 46.1368, -60.1942, "city", "CA"),
        "bg_truro": ("Truro", 45.3650, -63.2800, "city", "CA"),
        "bg_antigonish": ("Antigonish", 45.6169, -61.9986, "city", "CA"),
        "bg_yarmouth": ("Yarmouth", 43.8375, -66.1174, "city", "CA"),
        "bg_moncton": ("Moncton", 46.0878, -64.7782, "city", "CA"),
        "bg_fredericton": ("Fredericton", 45.9636, -66.6431, "city", "CA"),
        "bg_lunenburg": ("Lunenburg", 44.3770, -64.3090, "city", "CA"),
        "bg_charlottetown": ("Charlottetown", 46.2382, -63.1311, "city", "CA"),
        # Transylvania, Bucharest
        "bg_bukarest": ("Bukarest", 44.4268, 26.1025, "city", "RO"),
        "bg_sighisoara": ("Sighișoara", 46.2197, 24.7922, "city", "RO"),
        "bg_medias": ("Mediaș", 46.1650, 24.3510, "city", "RO"),
        "bg_albaiulia": ("Alba Iulia", 46.0667, 23.5700, "city", "RO"),
        "bg_cluj": ("Cluj-Napoca", 46.7712, 23.6236, "city", "RO"),
        "bg_fagaras": ("Făgăraș", 45.8416, 24.9731, "city", "RO"),
        "bg_sibiu": ("Sibiu", 45.7983, 24.1256, "city", "RO"),
        "bg_brasov": ("Brașov", 45.6427, 25.5887, "city", "RO"),
        "bg_targumures": ("Târgu Mureș", 46.5386, 24.5575, "city", "RO"),
    }
)

ARTICLES = [
    A(
        "en-botswana-okavango-floods",
        "en",
        "2026-02-09",
        "dev",
        """
Floods cut Botswana's northern roads
GABORONE, Botswana, Feb 9 (AFP) - Heavy rain flooded northern Botswana this week and 6,000 people left their homes. Maun was hit hardest. Kasane, {a} km further north-east, lost power for two days. Serowe and Palapye, both some 260 km north-east of the capital, opened schools as shelters. Nata lies about {b} km along the highway to Kasane and was cut off when a bridge gave way. Francistown, about {c} km south-east of Nata, sent 15 trucks with food. Water stood 1.2 metres deep in parts of the town. Aid flights from the capital reached Maun, some {d} km to the north-west, on Friday.
""",
        [
            c(
                4,
                "{a} km",
                "point",
                P("Kasane", "bg_kasane", 0),
                P("Maun", "bg_maun", 0),
                d="NE",
                note="`X was hit hardest. Y, N km further north-east, ...`: the reference is the town of the sentence before",
            ),
            c(
                1,
                "some 260 km",
                "point",
                P("Serowe", "bg_serowe", 0),
                P("the capital", "bg_gaborone", 0),
                d="NE",
                note="`A and B, both some N km north-east of the capital`: one figure for two coordinated subjects, the first is gold (as batch K's `from both A and B`); the capital is the dateline's",
            ),
            c(
                6,
                "about {b} km",
                "route",
                P("Nata", "bg_nata", 0),
                P("Kasane", "bg_kasane", 1),
                note="`A lies about N km along the highway to B`: a road length opened by its subject",
            ),
            c(
                4,
                "some {d} km",
                "point",
                P("Maun", "bg_maun", 1),
                P("the capital", "bg_gaborone", 1),
                d="NW",
                note="`flights from the capital reached X, some N km to the north-west`: from the capital named in the clause (the dateline's)",
            ),
            c(
                "plain",
                "about {c} km",
                "point",
                P("Francistown", "bg_francistown", 0),
                P("Nata", "bg_nata", 1),
                d="SE",
                want=False,
                note="`X, about N km south-east of Y, sent ...` after a sentence about Y; the dateline is the capital",
            ),
        ],
        [
            ("6,000 people", "count"),
            ("two days", "duration"),
            ("15 trucks", "count"),
            ("1.2 metres", "depth"),
        ],
    ),
    A(
        "de-albanien-kuestenbeben",
        "de",
        "2026-10-13",
        "dev",
        """
Erdbeben erschüttert Albaniens Küste
TIRANA (dpa) - Ein Erdbeben der Stärke 5,8 hat am Dienstag die albanische Küste erschüttert; das Zentrum lag in 12 Kilometern Tiefe. Am schwersten getroffen wurde Durrës. Lezhë liegt rund {a} Kilometer weiter nördlich und meldete Risse in 40 Häusern. Der Hafen, rund {b} Kilometer westlich der Hauptstadt, blieb bis zum Abend geschlossen. Berat und Fier, beide rund 70 Kilometer von der Hauptstadt entfernt, schickten Ärzte an die Küste. Shkodër liegt rund {c} Kilometer entlang der Straße nach Lezhë; dort stürzte eine Brücke ein. Auch in Elbasan liefen die Menschen auf die Straßen. Korçë, rund {d} Kilometer südöstlich von Elbasan, spürte die Erschütterung ebenfalls. Die Hafenstadt Vlorë, rund {e} Kilometer südlich von Durrës, meldete keine Schäden. Insgesamt wurden 300 Menschen verletzt.
""",
        [
            c(
                4,
                "rund {a} Kilometer",
                "point",
                P("Lezhë", "bg_lezhe", 0),
                P("Durrës", "bg_durres", 0),
                d="N",
                want=False,
                note="`Am schwersten getroffen wurde Y. X liegt rund N Kilometer weiter nördlich`: the reference is the town of the sentence before",
            ),
            c(
                3,
                "rund {b} Kilometer",
                "point",
                P("Der Hafen", "bg_durres", 0),
                P("der Hauptstadt", "bg_tirana", 0),
                d="W",
                note="`Der Hafen, rund N Kilometer westlich der Hauptstadt, ...`: the port is the coastal town of the sentences before, the capital the dateline's",
            ),
            c(
                1,
                "rund 70 Kilometer",
                "point",
                P("Berat", "bg_berat", 0),
                P("der Hauptstadt", "bg_tirana", 1),
                note="`A und B, beide rund N Kilometer von der Hauptstadt entfernt`: the first coordinated subject",
            ),
            c(
                6,
                "rund {c} Kilometer",
                "route",
                P("Shkodër", "bg_shkoder", 0),
                P("Lezhë", "bg_lezhe", 1),
                want=False,
                note="`A liegt rund N Kilometer entlang der Straße nach B`: a road length opened by its subject",
            ),
            c(
                "plain",
                "rund {e} Kilometer",
                "point",
                P("Vlorë", "bg_vlore", 0),
                P("Durrës", "bg_durres", 1),
                d="S",
                note="`Die Hafenstadt X, rund N Kilometer südlich von Y, ...`: a kind noun before the name",
            ),
            c(
                "plain",
                "rund {d} Kilometer",
                "point",
                P("Korçë", "bg_korce", 0),
                P("Elbasan", "bg_elbasan", 1),
                d="SE",
                note="`Auch in Y ... . X, rund N Kilometer südöstlich von Y, ...`: the claim names its own reference",
            ),
        ],
        [
            ("5,8", "magnitude"),
            ("12 Kilometern Tiefe", "depth"),
            ("40 Häusern", "count"),
            ("300 Menschen", "count"),
        ],
    ),
    A(
        "en-costa-rica-ash",
        "en",
        "2026-05-04",
        "dev",
        """
Volcanic ash closes Costa Rica's main airport
SAN JOSÉ, Costa Rica, May 4 (AP) - A volcano east of the capital spewed ash 2,000 metres into the sky on Monday and the country's main airport closed for 18 hours. The town of Turrialba was hit hardest. Cartago, some {a} km to the west, handed out 5,000 masks. Flights were diverted to Liberia, about {b} km north-west of the capital. Trucks bound for Limón were stopped at a police checkpoint. The port, about {c} km east of the capital, stayed open. Turrialba lies some {d} km along the highway to San José, and buses ran only by day. In Puntarenas, about {e} km west of San José, ash fell on the beaches.
""",
        [
            c(
                4,
                "some {a} km",
                "point",
                P("Cartago", "bg_cartago", 0),
                P("Turrialba", "bg_turrialba", 0),
                d="W",
                note="`The town of Y was hit hardest. X, some N km to the west, ...`: from the town of the sentence before, not the dateline",
            ),
            c(
                "plain",
                "about {b} km",
                "point",
                P("Liberia", "bg_liberia", 0),
                P("the capital", "bg_sanjose", 0),
                d="NW",
                want=False,
                note="`diverted to X, about N km north-west of the capital`: a town sharing its name with a country",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("The port", "bg_limon", 0),
                P("the capital", "bg_sanjose", 1),
                d="E",
                note="`Trucks bound for Y were stopped. The port, about N km east of the capital, ...`: the port named in the sentence before",
            ),
            c(
                6,
                "some {d} km",
                "route",
                P("Turrialba", "bg_turrialba", 1),
                P("San José", "bg_sanjose", 0),
                note="`A lies some N km along the highway to B`: a road length opened by its subject",
            ),
            c(
                "plain",
                "about {e} km",
                "point",
                P("Puntarenas", "bg_puntarenas", 0),
                P("San José", "bg_sanjose", 1),
                d="W",
                want=False,
                note="`In X, about N km west of Y, ...`",
            ),
        ],
        [
            ("2,000 metres", "height"),
            ("18 hours", "duration"),
            ("5,000 masks", "count"),
        ],
    ),
    A(
        "de-jordanien-sturzfluten",
        "de",
        "2026-11-20",
        "dev",
        """
Sturzfluten in Jordanien: Touristen aus Petra geholt
AMMAN (AFP) - Sturzfluten haben am Freitag im Süden Jordaniens zwölf Menschen das Leben gekostet; 1.700 Touristen wurden aus der Felsenstadt Petra in Sicherheit gebracht. Besonders schwer traf es Wadi Musa. Tafila liegt rund {a} Kilometer weiter nördlich und meldete überflutete Straßen. Auch in Akaba fielen 40 Millimeter Regen. Die Hafenstadt liegt rund {b} Kilometer südlich der Hauptstadt und schloss ihren Flughafen. Zarqa und Madaba, beide rund 20 Kilometer von Amman entfernt, schickten Rettungswagen. Karak, rund {c} Kilometer nördlich von Tafila, öffnete zwei Schulen. Maan liegt rund {d} Kilometer entlang der Wüstenautobahn nach Amman; das Wasser stand dort 2 Meter hoch. Bis Maan sind es von Akaba aus rund {e} Kilometer.
""",
        [
            c(
                4,
                "rund {a} Kilometer",
                "point",
                P("Tafila", "bg_tafila", 0),
                P("Wadi Musa", "bg_wadimusa", 0),
                d="N",
                want=False,
                note="`Besonders schwer traf es Y. X liegt rund N Kilometer weiter nördlich`: the reference is the town of the sentence before",
            ),
            c(
                3,
                "rund {b} Kilometer",
                "point",
                P("Die Hafenstadt", "bg_aqaba", 0),
                P("der Hauptstadt", "bg_amman", 0),
                d="S",
                note="`Auch in Y ... . Die Hafenstadt liegt rund N Kilometer südlich der Hauptstadt`: the port of the sentence before, the capital the dateline's",
            ),
            c(
                1,
                "rund 20 Kilometer",
                "point",
                P("Zarqa", "bg_zarqa", 0),
                P("Amman", "bg_amman", 1),
                note="`A und B, beide rund N Kilometer von C entfernt`: the first coordinated subject",
            ),
            c(
                "plain",
                "rund {c} Kilometer",
                "point",
                P("Karak", "bg_karak", 0),
                P("Tafila", "bg_tafila", 1),
                d="N",
                note="`X, rund N Kilometer nördlich von Y, ...`: a reference of its own, the dateline another town",
            ),
            c(
                6,
                "rund {d} Kilometer",
                "route",
                P("Maan", "bg_maan", 0),
                P("Amman", "bg_amman", 2),
                want=False,
                note="`A liegt rund N Kilometer entlang der Wüstenautobahn nach B`: a road length opened by its subject",
            ),
            c(
                4,
                "rund {e} Kilometer",
                "point",
                P("Maan", "bg_maan", 1),
                P("Akaba", "bg_aqaba", 1),
                want=False,
                note="`Bis X sind es von Y aus rund N Kilometer`",
            ),
        ],
        [
            ("zwölf Menschen", "count"),
            ("1.700 Touristen", "count"),
            ("40 Millimeter", "rainfall"),
            ("zwei Schulen", "count"),
            ("2 Meter", "depth"),
        ],
    ),
    A(
        "en-tamil-nadu-cyclone",
        "en",
        "2026-11-26",
        "dev",
        """
Cyclone makes landfall on Tamil Nadu coast
CHENNAI, India, Nov 26 (Reuters) - A cyclone with winds of 120 km/h made landfall near Nagapattinam early on Thursday, and 80,000 people were moved to shelters. Cuddalore, about {a} km further north, lost power. Vellore and Puducherry, both some 130 km from the state capital, sent buses to the coast. Madurai lies about {b} km along the highway to Tiruchirappalli, where 210 mm of rain fell. Rescue boats reached Karaikal on Thursday afternoon. Thanjavur, {c} km to the west, reported 40 fallen trees. Officials in Puducherry, {d} km north of Karaikal, closed schools for three days.
""",
        [
            c(
                4,
                "about {a} km",
                "point",
                P("Cuddalore", "bg_cuddalore", 0),
                P("Nagapattinam", "bg_nagapattinam", 0),
                d="N",
                note="`... made landfall near Y ... . X, about N km further north, ...`: from the place of the sentence before, not the dateline",
            ),
            c(
                1,
                "some 130 km",
                "point",
                P("Vellore", "bg_vellore", 0),
                P("the state capital", "bg_chennai", 0),
                note="`A and B, both some N km from the state capital`: the first coordinated subject; the state capital is the dateline's",
            ),
            c(
                6,
                "about {b} km",
                "route",
                P("Madurai", "bg_madurai", 0),
                P("Tiruchirappalli", "bg_trichy", 0),
                note="`A lies about N km along the highway to B, where ...`: a road length opened by its subject",
            ),
            c(
                4,
                "{c} km",
                "point",
                P("Thanjavur", "bg_thanjavur", 0),
                P("Karaikal", "bg_karaikal", 0),
                d="W",
                want=False,
                note="`Rescue boats reached Y. X, N km to the west, ...`: the reference is the town of the sentence before",
            ),
            c(
                "plain",
                "{d} km",
                "point",
                P("Puducherry", "bg_puducherry", 1),
                P("Karaikal", "bg_karaikal", 1),
                d="N",
                want=False,
                note="`Officials in X, N km north of Y, ...`: a setting's place as subject, its own reference",
            ),
        ],
        [
            ("120 km/h", "speed"),
            ("80,000 people", "count"),
            ("210 mm", "rainfall"),
            ("40 fallen trees", "count"),
            ("three days", "duration"),
        ],
    ),
    A(
        "de-po-hochwasser",
        "de",
        "2026-10-19",
        "dev",
        """
Po-Hochwasser bedroht die Emilia
BOLOGNA (dpa) - Der Po ist nach tagelangem Regen über die Ufer getreten; 9.000 Menschen mussten ihre Häuser verlassen. Am Sonntag stand Cremona unter Wasser. Mantua, {a} Kilometer weiter östlich, verstärkte seine Dämme. Ferrara und Modena, beide rund 45 Kilometer von der Regionalhauptstadt entfernt, schlossen die Schulen. In Rovigo fielen binnen eines Tages 120 Millimeter Regen. Die Provinzhauptstadt liegt rund {b} Kilometer nördlich von Ferrara. Piacenza liegt rund {c} Kilometer entlang der Autobahn nach Mailand; der Pegel erreichte dort 8,4 Meter. Ferrara bereitete sich auf den Scheitel vor. In Parma, rund {d} Kilometer westlich von Modena, sank der Pegel bereits.
""",
        [
            c(
                4,
                "{a} Kilometer",
                "point",
                P("Mantua", "bg_mantua", 0),
                P("Cremona", "bg_cremona", 0),
                d="E",
                note="`Am Sonntag stand Y unter Wasser. X, N Kilometer weiter östlich, ...`: the reference is the town of the sentence before",
            ),
            c(
                3,
                "rund 45 Kilometer",
                "point",
                P("Ferrara", "bg_ferrara", 0),
                P("der Regionalhauptstadt", "bg_bologna", 0),
                note="`A und B, beide rund N Kilometer von der Regionalhauptstadt entfernt`: the region's seat is the dateline's city",
            ),
            c(
                3,
                "rund {b} Kilometer",
                "point",
                P("Die Provinzhauptstadt", "bg_rovigo", 0),
                P("Ferrara", "bg_ferrara", 1),
                d="N",
                note="`In Y fielen ... . Die Provinzhauptstadt liegt rund N Kilometer nördlich von Z`: the seat of the sentence before",
            ),
            c(
                6,
                "rund {c} Kilometer",
                "route",
                P("Piacenza", "bg_piacenza", 0),
                P("Mailand", "bg_mailand", 0),
                want=False,
                note="`A liegt rund N Kilometer entlang der Autobahn nach B`: a road length opened by its subject",
            ),
            c(
                "plain",
                "rund {d} Kilometer",
                "point",
                P("Parma", "bg_parma", 0),
                P("Modena", "bg_modena", 1),
                d="W",
                want=False,
                note="`Y bereitete sich ... vor. In X, rund N Kilometer westlich von Z, ...`: the claim names both ends; the town before is neither",
            ),
        ],
        [
            ("9.000 Menschen", "count"),
            ("120 Millimeter", "rainfall"),
            ("8,4 Meter", "water level"),
        ],
    ),
    A(
        "en-nova-scotia-storm",
        "en",
        "2026-09-22",
        "dev",
        """
Post-tropical storm leaves Nova Scotia in the dark
HALIFAX, Nova Scotia, Sept 22 (CP) - A post-tropical storm brought gusts of 140 km/h to Nova Scotia overnight and left 300,000 customers without power. On Cape Breton Island, Sydney, about {a} km north-east of Halifax, lost its ferry link. Crews restored power in Truro by noon. Antigonish, {b} km further east, was still dark on Tuesday evening. Ferries to Prince Edward Island stopped, and Charlottetown, about {f} km north of Truro, closed its port. Yarmouth lies some {c} km along Highway 103 to Halifax and was cut off for 12 hours. In New Brunswick, Moncton lies about {d} km from the provincial capital and lost power too. Lunenburg, some {e} km to the south-west, cancelled its harbour festival as waves of 9 metres hit the coast.
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Sydney", "bg_sydney_ns", 0),
                P("Halifax", "bg_halifax", 1),
                d="NE",
                note="`On Cape Breton Island, X, about N km north-east of Y, ...`: a town sharing its name with a far bigger city abroad",
            ),
            c(
                4,
                "{b} km",
                "point",
                P("Antigonish", "bg_antigonish", 0),
                P("Truro", "bg_truro", 0),
                d="E",
                want=False,
                note="`Crews restored power in Y by noon. X, N km further east, ...`: the reference is the town of the sentence before",
            ),
            c(
                "plain",
                "about {f} km",
                "point",
                P("Charlottetown", "bg_charlottetown", 0),
                P("Truro", "bg_truro", 1),
                d="N",
                want=False,
                note="`Ferries to <island> stopped, and X, about N km north of Y, ...`: its own reference",
            ),
            c(
                6,
                "some {c} km",
                "route",
                P("Yarmouth", "bg_yarmouth", 0),
                P("Halifax", "bg_halifax", 2),
                note="`A lies some N km along Highway 103 to B`: a road length opened by its subject",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("Moncton", "bg_moncton", 0),
                P("the provincial capital", "bg_fredericton", 0),
                note="`In New Brunswick, X lies about N km from the provincial capital`: the capital of the province named, not the dateline's",
            ),
            c(
                4,
                "some {e} km",
                "point",
                P("Lunenburg", "bg_lunenburg", 0),
                P("(dateline) HALIFAX", "bg_halifax", 0),
                d="SW",
                note="`X, some N km to the south-west, ...`: from the dateline",
            ),
        ],
        [
            ("140 km/h", "speed"),
            ("300,000 customers", "count"),
            ("12 hours", "duration"),
            ("9 metres", "height"),
        ],
    ),
    A(
        "de-siebenbuergen-unwetter",
        "de",
        "2026-06-30",
        "dev",
        """
Unwetter in Siebenbürgen: Altstadt von Sighișoara überflutet
BUKAREST (dpa) - Schwere Unwetter haben in Siebenbürgen zwei Menschen das Leben gekostet und 1.400 Häuser beschädigt. Am schlimmsten traf es Sighișoara. Mediaș liegt rund {a} Kilometer weiter westlich und meldete vollgelaufene Keller. Auch in Alba Iulia stieg der Fluss. Die Kreisstadt liegt rund {b} Kilometer südlich von Cluj-Napoca und sperrte zwei Brücken. Făgăraș und Sighișoara, beide rund 68 Kilometer von Sibiu entfernt, baten um Sandsäcke. Brașov liegt rund {c} Kilometer entlang der Nationalstraße nach Făgăraș. Târgu Mureș, rund {d} Kilometer nördlich von Sighișoara, schickte Helfer. Aus der Hauptstadt, rund {e} Kilometer südlich von Brașov, kamen 200 Soldaten. Binnen einer Stunde fielen 90 Liter Regen pro Quadratmeter.
""",
        [
            c(
                4,
                "rund {a} Kilometer",
                "point",
                P("Mediaș", "bg_medias", 0),
                P("Sighișoara", "bg_sighisoara", 1),
                d="W",
                note="`Am schlimmsten traf es Y. X liegt rund N Kilometer weiter westlich`: the reference is the town of the sentence before",
            ),
            c(
                3,
                "rund {b} Kilometer",
                "point",
                P("Die Kreisstadt", "bg_albaiulia", 0),
                P("Cluj-Napoca", "bg_cluj", 0),
                d="S",
                want=False,
                note="`Auch in Y stieg der Fluss. Die Kreisstadt liegt rund N Kilometer südlich von Z`: the county seat of the sentence before",
            ),
            c(
                1,
                "rund 68 Kilometer",
                "point",
                P("Făgăraș", "bg_fagaras", 0),
                P("Sibiu", "bg_sibiu", 0),
                note="`A und B, beide rund N Kilometer von C entfernt`: the first coordinated subject",
            ),
            c(
                6,
                "rund {c} Kilometer",
                "route",
                P("Brașov", "bg_brasov", 0),
                P("Făgăraș", "bg_fagaras", 1),
                note="`A liegt rund N Kilometer entlang der Nationalstraße nach B`: a road length opened by its subject",
            ),
            c(
                "plain",
                "rund {d} Kilometer",
                "point",
                P("Târgu Mureș", "bg_targumures", 0),
                P("Sighișoara", "bg_sighisoara", 3),
                d="N",
                want=False,
                note="`X, rund N Kilometer nördlich von Y, ...`: a reference of its own; the dateline is the capital",
            ),
            c(
                3,
                "rund {e} Kilometer",
                "point",
                P("der Hauptstadt", "bg_bukarest", 0),
                P("Brașov", "bg_brasov", 1),
                d="S",
                note="`Aus der Hauptstadt, rund N Kilometer südlich von Y, kamen ...`: the capital is the dateline's",
            ),
        ],
        [
            ("zwei Menschen", "count"),
            ("1.400 Häuser", "count"),
            ("zwei Brücken", "count"),
            ("200 Soldaten", "count"),
            ("90 Liter", "rainfall"),
        ],
    ),
]
