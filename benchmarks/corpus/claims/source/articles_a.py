# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch A (written for geomap; not copied from any news source)."""

from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
    A(
        "de-bayern-hochwasser",
        "de",
        "2026-06-02",
        "dev",
        """
Hochwasser an der Donau: Passau meldet Höchststand

PASSAU (geomap) - Nach tagelangem Regen ist die Donau in Niederbayern über die Ufer getreten. In Bayern ist Passau, rund 150 Kilometer östlich von München, am stärksten betroffen. Der Pegel erreichte am Dienstagmittag 12,20 Meter, so viel wie seit 2013 nicht mehr. Regensburg liegt von Passau rund 110 Kilometer entfernt; auch dort wurden Uferstraßen gesperrt. Helfer kamen aus dem österreichischen Linz, das rund 70 Kilometer südöstlich von Passau liegt, und aus Salzburg, das etwa 160 Kilometer südlich der Stadt liegt. Die Feuerwehr setzte 1.400 Einsatzkräfte ein. Nach Angaben des Landratsamts ist ein 8 Kilometer langer Abschnitt der B8 überflutet. Wien, mehr als 200 Kilometer donauabwärts von Passau, rechnet am Wochenende mit dem Scheitel.
""",
        [
            c(
                5,
                "rund 150 Kilometer",
                "point",
                P("Passau", "passau", 1),
                P("München", "munich"),
                d="E",
            ),
            c(
                4,
                "rund 110 Kilometer",
                "point",
                P("Regensburg", "regensburg"),
                P("Passau", "passau", 2),
            ),
            c(8, "rund 70 Kilometer", "point", P("Linz", "linz"), P("Passau", "passau", 3), d="SE"),
            c(
                3,
                "etwa 160 Kilometer",
                "point",
                P("Salzburg", "salzburg"),
                P("der Stadt", "passau"),
                d="S",
                want=False,
            ),
            c(1, "mehr als 200 Kilometer", "point", P("Wien", "vienna"), P("Passau", "passau", 4)),
        ],
        ["12,20 Meter", "2013", "1.400", "8 Kilometer langer Abschnitt"],
    ),
    A(
        "en-darwin-cyclone",
        "en",
        "2026-02-12",
        "dev",
        """
Cyclone Mara batters the Top End

DARWIN (geomap) - Tropical Cyclone Mara crossed the coast on Thursday with wind gusts of up to 210 km/h, the Bureau of Meteorology said. Darwin, the Northern Territory's capital, lies about 3,150 km north-west of Sydney and took the full force of the storm. The city is more than 2,500 km from Adelaide, and supply trucks were already on the road. Around 2,300 residents spent the night in shelters. Three patients were flown to Cairns, about 1,650 km to the east. Broome, which was spared, is about 600 km south-west of Darwin. In Alice Springs, about 1,300 km south of Darwin, authorities prepared for heavy rain; the town lies some 30 km south of the Tropic of Capricorn. Damage was estimated at A$400 million.
""",
        [
            c(
                1,
                "about 3,150 km",
                "point",
                P("Darwin", "darwin", 1),
                P("Sydney", "sydney"),
                d="NW",
            ),
            c(3, "more than 2,500 km", "point", P("The city", "darwin"), P("Adelaide", "adelaide")),
            c(4, "about 1,650 km", "point", P("Cairns", "cairns"), P("DARWIN", "darwin"), d="E"),
            c(
                8,
                "about 600 km",
                "point",
                P("Broome", "broome"),
                P("Darwin", "darwin", 2),
                d="SW",
                want=False,
            ),
            c(
                "plain",
                "about 1,300 km",
                "point",
                P("Alice Springs", "alicesprings"),
                P("Darwin", "darwin", 3),
                d="S",
            ),
            c(
                10,
                "some 30 km",
                "latitude",
                P("the town", "alicesprings"),
                Line("Tropic of Capricorn", "tropic_capricorn"),
                d="S",
            ),
        ],
        [("210 km/h", "speed"), ("2,300", "people"), ("A$400 million", "money")],
    ),
    A(
        "de-breslau-bahn",
        "de",
        "2026-09-14",
        "dev",
        """
Neue Bahnverbindung nach Breslau eröffnet

DRESDEN (geomap) - Nach acht Jahren Bauzeit ist die modernisierte Bahnverbindung von Sachsen nach Niederschlesien eröffnet worden. Die rund 270 Kilometer lange Strecke zwischen Dresden und Breslau wird künftig mit bis zu 160 km/h befahren, die Fahrzeit sinkt auf unter drei Stunden. Im polnischen Breslau, rund 230 Kilometer östlich von Dresden, wurde der erste Zug am Sonntag mit Blasmusik empfangen. Das sächsische Bautzen liegt weniger als 50 Kilometer von der polnischen Grenze entfernt und bekommt einen neuen Halt. Von Breslau sind es nach Warschau nur noch rund 190 Kilometer, schrieb das Verkehrsministerium irrtümlich in einer Mitteilung. Dresden und Prag liegen rund 120 Kilometer voneinander entfernt; eine Verbindung ins polnische Krakau, das rund 450 Kilometer östlich von Dresden liegt, soll folgen. Das Projekt kostete 1,2 Milliarden Euro.
""",
        [
            c(
                6,
                "rund 270 Kilometer",
                "route",
                P("Dresden", "dresden", 1),
                P("Breslau", "wroclaw"),
            ),
            c(
                7,
                "rund 230 Kilometer",
                "point",
                P("Breslau", "wroclaw", 1),
                P("Dresden", "dresden", 2),
                d="E",
            ),
            c(
                7,
                "weniger als 50 Kilometer",
                "border",
                P("Bautzen", "bautzen"),
                Border("der polnischen Grenze", ["DE", "PL"], (34, 42), cc="PL"),
            ),
            c(
                6,
                "rund 190 Kilometer",
                "route",
                P("Breslau", "wroclaw", 2),
                P("Warschau", "warsaw"),
                want=False,
            ),
            c(
                "plain",
                "rund 120 Kilometer",
                "pair",
                P("Dresden", "dresden", 3),
                P("Prag", "prague"),
            ),
            c(
                8,
                "rund 450 Kilometer",
                "point",
                P("Krakau", "krakow"),
                P("Dresden", "dresden", 4),
                d="E",
            ),
        ],
        [("160 km/h", "speed"), ("1,2 Milliarden Euro", "money"), ("acht Jahren", "years")],
    ),
    A(
        "en-kenya-rail",
        "en",
        "2026-04-20",
        "dev",
        """
Kenya adds trains on coast line as tourist numbers rise

NAIROBI (geomap) - Kenya Railways said on Monday it would add two daily passenger services on the 470-km line from Nairobi to Mombasa from next month. Mombasa, the country's main port, is about 440 km south-east of the Kenyan capital. Tickets in economy class will cost 1,500 shillings, and the trains run at up to 120 km/h. A new branch to Kisumu, which lies about 265 km north-west of Nairobi, is planned. Officials rejected claims that Nairobi is less than 100 km from the shores of Lake Victoria, calling the branch long and costly. Mount Kilimanjaro, at 5,895 metres Africa's highest peak, lies about 200 km south of Nairobi and draws many of the visitors, who often continue to Arusha, about 400 km from the capital.
""",
        [
            c(6, "470-km", "route", P("Nairobi", "nairobi", 1), P("Mombasa", "mombasa")),
            c(
                3,
                "about 440 km",
                "point",
                P("Mombasa", "mombasa", 1),
                P("the Kenyan capital", "nairobi"),
                d="SE",
            ),
            c(
                8,
                "about 265 km",
                "point",
                P("Kisumu", "kisumu"),
                P("Nairobi", "nairobi", 2),
                d="NW",
            ),
            c(
                11,
                "less than 100 km",
                "point",
                P("Nairobi", "nairobi", 3),
                Area("Lake Victoria", "Lake Victoria", "lake", "KE", (230, 280)),
                want=False,
            ),
            c(
                1,
                "about 200 km",
                "point",
                P("Mount Kilimanjaro", "kilimanjaro"),
                P("Nairobi", "nairobi", 4),
                d="S",
            ),
            c(
                3,
                "about 400 km",
                "point",
                P("Arusha", "arusha"),
                P("the capital", "nairobi"),
                want=False,
            ),
        ],
        [("1,500 shillings", "money"), ("120 km/h", "speed"), ("5,895 metres", "altitude")],
    ),
    A(
        "de-lappland-kaelte",
        "de",
        "2026-01-22",
        "dev",
        """
Rekordkälte in Lappland

ROVANIEMI (geomap) - Mit minus 41,3 Grad hat Lappland den kältesten Januartag seit 1999 erlebt. Rovaniemi liegt nur wenige Kilometer südlich des Polarkreises; die Stadt ist gut 2.600 Kilometer vom Nordpol entfernt. Im finnischen Oulu, rund 170 Kilometer südlich von Rovaniemi, fiel der Unterricht aus. Kiruna, Schwedens nördlichste Stadt, liegt etwa 145 Kilometer nördlich des Polarkreises und meldete minus 38 Grad. Im norwegischen Tromsø, mehr als 300 Kilometer nördlich des Polarkreises, blieb es milder. Helsinki ist knapp 500 Kilometer von Rovaniemi entfernt, sagte ein Sprecher der Bahn, die zusätzliche Nachtzüge einsetzte. Rund 4.000 Touristen saßen fest.
""",
        [
            c(
                11,
                "wenige Kilometer",
                "latitude",
                P("Rovaniemi", "rovaniemi", 1),
                Line("Polarkreises", "arctic_circle"),
                d="S",
                vague=(2, 9),
                note="wenige Kilometer = 2-9 km",
            ),
            c(
                10,
                "gut 2.600 Kilometer",
                "pole",
                P("die Stadt", "rovaniemi"),
                Line("Nordpol", "north_pole"),
            ),
            c(
                7,
                "rund 170 Kilometer",
                "point",
                P("Oulu", "oulu"),
                P("Rovaniemi", "rovaniemi", 2),
                d="S",
            ),
            c(
                1,
                "etwa 145 Kilometer",
                "latitude",
                P("Kiruna", "kiruna"),
                Line("Polarkreises", "arctic_circle", 1),
                d="N",
            ),
            c(
                7,
                "mehr als 300 Kilometer",
                "latitude",
                P("Tromsø", "tromso"),
                Line("Polarkreises", "arctic_circle", 2),
                d="N",
            ),
            c(
                "plain",
                "knapp 500 Kilometer",
                "point",
                P("Helsinki", "helsinki"),
                P("Rovaniemi", "rovaniemi", 3),
                want=False,
            ),
        ],
        [
            ("minus 41,3 Grad", "temperature"),
            ("1999", "year"),
            ("minus 38 Grad", "temperature"),
            ("4.000", "people"),
        ],
    ),
    A(
        "en-gaza-aid",
        "en",
        "2026-03-10",
        "dev",
        """
Aid convoy reaches Gaza after days of delays

JERUSALEM (geomap) - A convoy of 120 trucks crossed into Gaza on Tuesday after waiting for three days at the crossings, the United Nations said. Gaza City lies about 75 km south-west of Jerusalem. Between Amman and Jerusalem, which are about 70 km apart, a 12-km-long queue of lorries had formed at the Allenby Bridge. Tel Aviv, about 70 km north-east of Gaza City, heard sirens again on Monday as drones flew over the coast. Jordanian officials said a second convoy would drive about 330 km from Amman to Aqaba and cross there, as Aqaba lies less than 10 km south-east of Eilat. A statement by one of the aid groups put Beirut about 400 km north of Jerusalem. The UN appealed for $40 million.
""",
        [
            c(
                "plain",
                "about 75 km",
                "point",
                P("Gaza City", "gaza"),
                P("Jerusalem", "jerusalem", 1),
                d="SW",
            ),
            c(9, "about 70 km", "pair", P("Amman", "amman"), P("Jerusalem", "jerusalem", 2)),
            c(
                2,
                "about 70 km",
                "point",
                P("Tel Aviv", "telaviv"),
                P("Gaza City", "gaza", 1),
                d="NE",
                nth=1,
            ),
            c(6, "about 330 km", "route", P("Amman", "amman", 1), P("Aqaba", "aqaba")),
            c(
                "plain",
                "less than 10 km",
                "point",
                P("Aqaba", "aqaba", 2),
                P("Eilat", "eilat"),
                d="SE",
            ),
            c(
                "plain",
                "about 400 km",
                "point",
                P("Beirut", "beirut"),
                P("Jerusalem", "jerusalem", 3),
                d="N",
                want=False,
            ),
        ],
        [("120 trucks", "count"), ("12-km-long queue", "length"), ("$40 million", "money")],
    ),
    A(
        "en-alaska-quake",
        "en",
        "2026-11-08",
        "dev",
        """
Strong quake shakes Alaska interior

ANCHORAGE (geomap) - A magnitude 7.1 earthquake struck central Alaska early on Sunday at a depth of 35 km, the U.S. Geological Survey said. The quake was centred near Denali, North America's highest peak at 6,190 metres, about 220 km north of Anchorage. Fairbanks lies about 700 km north of Anchorage, a local radio station said, and reported cracked roads there. The city sits some 200 km south of the Arctic Circle. Utqiagvik, the northernmost town in the United States, more than 500 km north of the Arctic Circle, reported no damage. Juneau, the state capital, is about 900 km east of Anchorage. In Whitehorse, about 800 km east of Anchorage, shaking was felt for 40 seconds.
""",
        [
            c(
                11,
                "about 220 km",
                "point",
                P("Denali", "denali"),
                P("Anchorage", "anchorage", 1),
                d="N",
            ),
            c(
                "plain",
                "about 700 km",
                "point",
                P("Fairbanks", "fairbanks"),
                P("Anchorage", "anchorage", 2),
                d="N",
                want=False,
            ),
            c(
                10,
                "some 200 km",
                "latitude",
                P("The city", "fairbanks"),
                Line("Arctic Circle", "arctic_circle"),
                d="S",
            ),
            c(
                10,
                "more than 500 km",
                "latitude",
                P("Utqiagvik", "utqiagvik"),
                Line("Arctic Circle", "arctic_circle", 1),
                d="N",
            ),
            c(
                1,
                "about 900 km",
                "point",
                P("Juneau", "juneau"),
                P("Anchorage", "anchorage", 3),
                d="E",
            ),
            c(
                "plain",
                "about 800 km",
                "point",
                P("Whitehorse", "whitehorse"),
                P("Anchorage", "anchorage", 4),
                d="E",
            ),
        ],
        [
            ("magnitude 7.1", "magnitude"),
            ("depth of 35 km", "depth"),
            ("6,190 metres", "altitude"),
            ("40 seconds", "time"),
        ],
    ),
    A(
        "de-huthi-rakete",
        "de",
        "2026-05-03",
        "dev",
        """
Huthi-Miliz feuert erneut Rakete auf Eilat

SANAA (geomap) - Die vom Iran unterstützte Huthi-Miliz im Jemen hat nach israelischen Angaben erneut eine ballistische Rakete auf Eilat abgefeuert. Die Rakete sei von Sanaa aus gestartet worden und nach rund 1.800 Kilometern Flug nahe Eilat ins Meer gestürzt, teilte die Armee mit; zuvor sei sie in einer Höhe von rund 80 Kilometern verfolgt worden. Hodeidah, die wichtigste Hafenstadt am Roten Meer, liegt etwa 150 Kilometer westlich von Sanaa. Die Hafenstadt liegt rund 1.100 Kilometer südlich von Eilat, hieß es in einer Erklärung der Miliz. Aden, rund 300 Kilometer südlich von Sanaa, blieb ruhig, obwohl auch dort Drohnen flogen. Saudi-Arabien meldete, Dschidda, rund 1.500 Kilometer nordwestlich von Sanaa, sei nicht betroffen. Seit 2015 tobt im Jemen ein Bürgerkrieg.
""",
        [
            c(
                11,
                "rund 1.800 Kilometern",
                "range",
                P("Sanaa", "sanaa", 1),
                P("Eilat", "eilat", 1),
                note="flight noun; landing near Eilat",
            ),
            c(
                1,
                "etwa 150 Kilometer",
                "point",
                P("Hodeidah", "hodeidah"),
                P("Sanaa", "sanaa", 2),
                d="W",
            ),
            c(
                3,
                "rund 1.100 Kilometer",
                "point",
                P("Die Hafenstadt", "hodeidah"),
                P("Eilat", "eilat", 2),
                d="S",
                want=False,
            ),
            c(2, "rund 300 Kilometer", "point", P("Aden", "aden"), P("Sanaa", "sanaa", 3), d="S"),
            c(
                1,
                "rund 1.500 Kilometer",
                "point",
                P("Dschidda", "jeddah"),
                P("Sanaa", "sanaa", 4),
                d="NW",
                want=False,
            ),
        ],
        [("Höhe von rund 80 Kilometern", "altitude"), ("2015", "year")],
    ),
    A(
        "en-japan-typhoon",
        "en",
        "2026-08-27",
        "dev",
        """
Typhoon Shanshan lashes western Japan

TOKYO (geomap) - Typhoon Shanshan made landfall on Kyushu on Thursday with sustained winds of 180 km/h, forcing the cancellation of 1,200 flights, the transport ministry said. In Fukuoka, about 250 miles west of Hiroshima, more than 400 millimetres of rain fell in 24 hours. Osaka, Japan's second city, about 400 km west of Tokyo, suspended bullet train services. Mount Fuji, the 3,776-metre peak about 90 km west of Tokyo, closed its trails early. Sendai, some 300 km north of Tokyo, expected heavy rain on Friday. Naha, more than 1,400 km south-west of Tokyo, was hit earlier in the week. Sapporo was spared; the northern city lies some 830 km from the capital. Ferries to Busan, about {z} km east of Fukuoka, were cancelled.
""",
        [
            c(
                "plain",
                "about 250 miles",
                "point",
                P("Fukuoka", "fukuoka"),
                P("Hiroshima", "hiroshima"),
                d="W",
                want=False,
            ),
            c(1, "about 400 km", "point", P("Osaka", "osaka"), P("Tokyo", "tokyo", 1), d="W"),
            c(11, "about 90 km", "point", P("Mount Fuji", "fuji"), P("Tokyo", "tokyo", 2), d="W"),
            c(
                "plain",
                "some 300 km",
                "point",
                P("Sendai", "sendai"),
                P("Tokyo", "tokyo", 3),
                d="N",
            ),
            c(
                "plain",
                "more than 1,400 km",
                "point",
                P("Naha", "naha"),
                P("Tokyo", "tokyo", 4),
                d="SW",
            ),
            c(
                3,
                "some 830 km",
                "point",
                P("the northern city", "sapporo"),
                P("the capital", "tokyo"),
            ),
            c(
                "plain",
                "about {z} km",
                "point",
                P("Busan", "busan"),
                P("Fukuoka", "fukuoka", 1),
                d="E",
                want=False,
                fac=1.0,
                note="distance right, direction wrong (Busan is north-west of Fukuoka)",
            ),
        ],
        [
            ("180 km/h", "speed"),
            ("1,200 flights", "count"),
            ("400 millimetres", "rain"),
            ("3,776-metre", "altitude"),
        ],
    ),
    A(
        "de-alpen-lawinen",
        "de",
        "2026-02-05",
        "dev",
        """
Lawinengefahr in den Alpen steigt

GARMISCH-PARTENKIRCHEN (geomap) - Nach Schneefällen von bis zu 1,5 Metern hat der Lawinenwarndienst für Teile der bayerischen Alpen die Warnstufe 4 ausgerufen. Die Zugspitze, mit 2.962 Metern Deutschlands höchster Berg, liegt rund 90 Kilometer südwestlich von München. Der Berg liegt nur etwa 8 Kilometer südwestlich von Garmisch-Partenkirchen, wo am Morgen die Seilbahn stillstand. Im österreichischen Innsbruck, rund 60 Kilometer südöstlich der Zugspitze, wurden Straßen gesperrt. Auf der 145 Kilometer langen Autobahnstrecke zwischen München und Salzburg bildeten sich Staus, bei Kilometer 97 der A8 kam es zu einem Unfall. Salzburg liegt von München gut 110 Kilometer entfernt.
""",
        [
            c(
                1,
                "rund 90 Kilometer",
                "point",
                P("Zugspitze", "zugspitze"),
                P("München", "munich"),
                d="SW",
            ),
            c(
                3,
                "etwa 8 Kilometer",
                "point",
                P("Der Berg", "zugspitze"),
                P("Garmisch-Partenkirchen", "garmisch", 1),
                d="SW",
                want=False,
            ),
            c(
                11,
                "rund 60 Kilometer",
                "point",
                P("Innsbruck", "innsbruck"),
                P("Zugspitze", "zugspitze", 1),
                d="SE",
                want=False,
            ),
            c(6, "145 Kilometer", "route", P("München", "munich", 1), P("Salzburg", "salzburg")),
            c(
                4,
                "gut 110 Kilometer",
                "point",
                P("Salzburg", "salzburg", 1),
                P("München", "munich", 2),
            ),
        ],
        [
            ("bis zu 1,5 Metern", "snow depth"),
            ("2.962 Metern", "altitude"),
            ("Kilometer 97 der A8", "kilometre post"),
            ("Warnstufe 4", "level"),
        ],
    ),
    A(
        "en-india-heat",
        "en",
        "2026-05-28",
        "dev",
        """
Heatwave grips northern India

NEW DELHI (geomap) - Temperatures topped 48 degrees Celsius in parts of northern India on Wednesday, and at least 23 people died of heatstroke, officials said. In Agra, about 180 km south of the Indian capital, the Taj Mahal closed at noon. Tourists who made the 200-km drive from New Delhi to Agra found the gates shut. Amritsar, less than 50 km from the Pakistani border and about 400 km north-west of New Delhi, recorded 46.8 degrees. Trains between Mumbai and New Delhi, about 1,150 km apart, ran up to six hours late. In Srinagar, about 640 km north of New Delhi, flights were diverted after two aircraft flew into a dust storm. Kolkata, some 800 km east of Delhi, was spared the worst.
""",
        [
            c(
                3,
                "about 180 km",
                "point",
                P("Agra", "agra"),
                P("the Indian capital", "delhi"),
                d="S",
            ),
            c(6, "200-km", "route", P("New Delhi", "delhi", 1), P("Agra", "agra", 2)),
            c(
                "plain",
                "less than 50 km",
                "border",
                P("Amritsar", "amritsar"),
                Border("Pakistani border", ["IN", "PK"], (20, 32), cc="PK"),
            ),
            c(
                "plain",
                "about 400 km",
                "point",
                P("Amritsar", "amritsar"),
                P("New Delhi", "delhi", 2),
                d="NW",
            ),
            c(9, "about 1,150 km", "pair", P("Mumbai", "mumbai"), P("New Delhi", "delhi", 3)),
            c(
                2,
                "about 640 km",
                "point",
                P("Srinagar", "srinagar"),
                P("New Delhi", "delhi", 4),
                d="N",
            ),
            c(
                "plain",
                "some 800 km",
                "point",
                P("Kolkata", "kolkata"),
                P("Delhi", "delhi"),
                d="E",
                want=False,
            ),
        ],
        [
            ("48 degrees Celsius", "temperature"),
            ("23 people", "casualties"),
            ("46.8 degrees", "temperature"),
        ],
    ),
]
