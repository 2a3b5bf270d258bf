# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BC (written for geomap by helper h20-claims, 2026-12-05, twentieth
session, round 2; not copied from any news source). DEV: eight short wire stories, six
English and two German, from regions no claims dev file name named: South Africa's Eastern
Cape, Sweden's far north, Maine, Northern Ireland with Donegal, Minas Gerais, Cornwall and
Devon, Poland's Baltic coast and Tunisia. The batch is made of sentences whose OWN place
sits in a role a reader may not take as a distance's end, while the sentence before names
another town (held-out's `previous sentence` readings were all wrong that way): a fronted
or parenthetical place (`For X, ...; the town lies N km ...`, `In X's case, ...`, `X
(population N), about N km ...`, `Für X war es ...; die Stadt liegt ...`), a genitive or
possessive (`X's mayor said the town, about N km ...`, `X's airport was closed; the town is
...`, `Gdynias Hafen ...; die Stadt ...`), an object of a verb or preposition (`Rescuers
reached X, some N km ...`, `sent staff to X, N km to the south-west`, `carried mud past
X, N km from Y`), a place after the number (`the nearest open one is N km away, in X`, `Von
X sind es rund N Kilometer bis Y`), a place in a quote with `here`, a coordination (`closed
schools in X and Y, N km to the north-east`), a place inside a phrase (`the federal
government in X, about N km ...`), plus routes (`drove the N km to X`, `a N km drive`,
`a N km line` after a between pair), a capital phrase of the dateline's state and
descriptions (`the colonial town`, `die Oasenstadt`). Gold written from the text before
geomap ran on it; coordinates under `bc_` keys (town centres from general knowledge, never
from geomap or its gazetteer, each checked twice against the map position of its
neighbours); every distance and bearing was computed with geographiclib by truth.py, which
refuses a stated direction that does not hold for a claim meant true."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Eastern Cape
        "bc_eastlondon": ("East London", -33.0153, 27.9116, "city", "ZA"),
        "bc_mthatha": ("Mthatha", -31.5889, 28.7844, "city", "ZA"),
        "bc_komani": ("Komani", -31.8976, 26.8753, "city", "ZA"),
        "bc_makhanda": ("Makhanda", -33.3042, 26.5328, "city", "ZA"),
        "bc_gqeberha": ("Gqeberha", -33.9608, 25.6022, "city", "ZA"),
        "bc_bhisho": ("Bhisho", -32.8472, 27.4422, "city", "ZA"),
        # Sweden's far north
        "bc_lulea": ("Luleå", 65.5848, 22.1547, "city", "SE"),
        "bc_kiruna": ("Kiruna", 67.8558, 20.2253, "city", "SE"),
        "bc_gallivare": ("Gällivare", 67.1339, 20.6528, "city", "SE"),
        "bc_skelleftea": ("Skellefteå", 64.7507, 20.9528, "city", "SE"),
        "bc_pitea": ("Piteå", 65.3172, 21.4794, "city", "SE"),
        "bc_boden": ("Boden", 65.8252, 21.6886, "city", "SE"),
        # Maine, Massachusetts
        "bc_portland": ("Portland", 43.6591, -70.2568, "city", "US"),
        "bc_bangor": ("Bangor", 44.8012, -68.7778, "city", "US"),
        "bc_augusta": ("Augusta", 44.3106, -69.7795, "city", "US"),
        "bc_barharbor": ("Bar Harbor", 44.3876, -68.2039, "city", "US"),
        "bc_ellsworth": ("Ellsworth", 44.5434, -68.4195, "city", "US"),
        "bc_lewiston": ("Lewiston", 44.1004, -70.2148, "city", "US"),
        "bc_boston": ("Boston", 42.3601, -71.0589, "city", "US"),
        # Northern Ireland, Donegal, Dublin
        "bc_belfast": ("Belfast", 54.5973, -5.9301, "city", "GB"),
        "bc_derry": ("Derry", 54.9966, -7.3086, "city", "GB"),
        "bc_letterkenny": ("Letterkenny", 54.9558, -7.7342, "city", "IE"),
        "bc_enniskillen": ("Enniskillen", 54.3438, -7.6315, "city", "GB"),
        "bc_omagh": ("Omagh", 54.5977, -7.3100, "city", "GB"),
        "bc_newry": ("Newry", 54.1751, -6.3402, "city", "GB"),
        "bc_dublin": ("Dublin", 53.3498, -6.2603, "city", "IE"),
        # Minas Gerais, Rio, Brasília
        "bc_bh": ("Belo Horizonte", -19.9167, -43.9345, "city", "BR"),
        "bc_ouropreto": ("Ouro Preto", -20.3856, -43.5035, "city", "BR"),
        "bc_mariana": ("Mariana", -20.3779, -43.4162, "city", "BR"),
        "bc_juizdefora": ("Juiz de Fora", -21.7642, -43.3503, "city", "BR"),
        "bc_ipatinga": ("Ipatinga", -19.4683, -42.5369, "city", "BR"),
        "bc_rio": ("Rio de Janeiro", -22.9068, -43.1729, "city", "BR"),
        "bc_brasilia": ("Brasília", -15.7939, -47.8828, "city", "BR"),
        # Cornwall, Devon
        "bc_plymouth": ("Plymouth", 50.3755, -4.1427, "city", "GB"),
        "bc_truro": ("Truro", 50.2632, -5.0510, "city", "GB"),
        "bc_penzance": ("Penzance", 50.1186, -5.5371, "city", "GB"),
        "bc_newquay": ("Newquay", 50.4155, -5.0737, "city", "GB"),
        "bc_falmouth": ("Falmouth", 50.1526, -5.0663, "city", "GB"),
        "bc_exeter": ("Exeter", 50.7184, -3.5339, "city", "GB"),
        "bc_bude": ("Bude", 50.8296, -4.5432, "city", "GB"),
        # Poland's Baltic coast
        "bc_gdansk": ("Danzig", 54.3520, 18.6466, "city", "PL"),
        "bc_elblag": ("Elbląg", 54.1561, 19.4045, "city", "PL"),
        "bc_gdynia": ("Gdynia", 54.5189, 18.5305, "city", "PL"),
        "bc_olsztyn": ("Olsztyn", 53.7784, 20.4801, "city", "PL"),
        "bc_malbork": ("Malbork", 54.0359, 19.0266, "city", "PL"),
        "bc_warschau": ("Warschau", 52.2297, 21.0122, "city", "PL"),
        # Tunisia
        "bc_tunis": ("Tunis", 36.8065, 10.1815, "city", "TN"),
        "bc_kairouan": ("Kairouan", 35.6781, 10.0963, "city", "TN"),
        "bc_sousse": ("Sousse", 35.8256, 10.6360, "city", "TN"),
        "bc_sfax": ("Sfax", 34.7406, 10.7603, "city", "TN"),
        "bc_gabes": ("Gabès", 33.8815, 10.0982, "city", "TN"),
        "bc_tozeur": ("Tozeur", 33.9197, 8.1335, "city", "TN"),
    }
)

ARTICLES = [
    A(
        "en-eastern-cape-floods",
        "en",
        "2026-06-11",
        "dev",
        """
Floods kill 22 in South Africa's Eastern Cape
EAST LONDON, South Africa, June 11 (Reuters) - Floods swept through South Africa's Eastern Cape on Tuesday, killing at least 22 people after 200 mm of rain fell overnight. Mthatha was worst hit. For Komani, the flooding was the worst in 40 years; the town lies about {a} km north-west of East London. Rescuers reached Mthatha, some {b} km from East London, only on Wednesday. Makhanda's mayor said the town, about {c} km west of East London, had lost power. Hospitals in Gqeberha took 30 patients from Makhanda, {d} km to the north-east. The provincial government in Bhisho sent 12 helicopters. The town lies {e} km from East London. Mthatha's airport was closed; the nearest open one is {f} km away, in East London.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("the town", "bc_komani", 0),
                P("East London", "bc_eastlondon", 0),
                d="NW",
                note="`For X, the flooding was the worst in 40 years; the town lies about N km ...`: the fronted place of its own sentence, not the town of the sentence before",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Mthatha", "bc_mthatha", 1),
                P("East London", "bc_eastlondon", 1),
                note="`Rescuers reached X, some N km from Y`: the verb's object with its apposition",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("the town", "bc_makhanda", 1),
                P("East London", "bc_eastlondon", 2),
                d="W",
                want=False,
                note="`X's mayor said the town, about N km west of Y, had lost power`: the town is the genitive's place",
            ),
            c(
                1,
                "{d} km",
                "point",
                P("Makhanda", "bc_makhanda", 1),
                P("Gqeberha", "bc_gqeberha", 0),
                d="NE",
                note="`Hospitals in Y took 30 patients from X, N km to the north-east`: the reference sits in the subject's phrase",
            ),
            c(
                4,
                "{e} km",
                "point",
                P("The town", "bc_bhisho", 0),
                P("East London", "bc_eastlondon", 3),
                want=False,
                note="`The provincial government in X sent 12 helicopters. The town lies N km from Y`: X inside a phrase of the sentence before",
            ),
            c(
                4,
                "{f} km",
                "point",
                P("East London", "bc_eastlondon", 4),
                P("Mthatha", "bc_mthatha", 2),
                note="`X's airport was closed; the nearest open one is N km away, in Y`: the place after the number, seen from the genitive's place",
            ),
        ],
        [
            ("22 people", "count"),
            ("200 mm", "rainfall"),
            ("40 years", "duration"),
            ("30 patients", "count"),
            ("12 helicopters", "count"),
        ],
    ),
    A(
        "en-sweden-ore-line-fires",
        "en",
        "2026-07-20",
        "dev",
        """
Wildfires close Sweden's iron ore line
LULEÅ, Sweden, July 20 (Reuters) - Wildfires closed the iron ore railway in Sweden's far north on Sunday, stranding 400 passengers. The fire started near Gällivare on Friday and has burned 3,000 hectares. Kiruna (population 23,000), about {a} km north of Gällivare, was not threatened. From Luleå, the region's main port, Gällivare is some {b} km away. Skellefteå's hospital sent two teams; the city lies about {c} km south-west of Luleå. Firefighters came from Piteå, {d} km to the south-west, and from Umeå. A relief train reached Boden, {e} km north-west of Luleå, late on Sunday.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Kiruna", "bc_kiruna", 0),
                P("Gällivare", "bc_gallivare", 1),
                d="N",
                note="`X (population 23,000), about N km north of Y`: a parenthesis between the place and its apposition",
            ),
            c(
                3,
                "some {b} km",
                "point",
                P("Gällivare", "bc_gallivare", 2),
                P("Luleå", "bc_lulea", 0),
                want=False,
                note="`From Y, the region's main port, X is some N km away`: a fronted reference with its own apposition",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("the city", "bc_skelleftea", 0),
                P("Luleå", "bc_lulea", 1),
                d="SW",
                note="`X's hospital sent two teams; the city lies about N km south-west of Y`: the genitive's place",
            ),
            c(
                4,
                "{d} km",
                "point",
                P("Piteå", "bc_pitea", 0),
                P("(dateline) LULEÅ", "bc_lulea", 0),
                d="SW",
                note="`Firefighters came from X, N km to the south-west, and from Z`: the dateline is the reference",
            ),
            c(
                1,
                "{e} km",
                "point",
                P("Boden", "bc_boden", 0),
                P("Luleå", "bc_lulea", 2),
                d="NW",
                want=False,
                note="`A relief train reached X, N km north-west of Y`: the verb's object",
            ),
        ],
        [
            ("400 passengers", "count"),
            ("3,000 hectares", "area"),
            ("23,000", "population"),
        ],
    ),
    A(
        "en-maine-noreaster",
        "en",
        "2026-01-14",
        "dev",
        """
Nor'easter cuts power to 300,000 in Maine
PORTLAND, Maine, Jan 14 (AP) - A nor'easter cut power to 300,000 homes in Maine on Tuesday and dumped 60 cm of snow on the coast. Bangor was cut off for a day. Augusta, the state capital, lies about {a} km south-west of the city. In Bar Harbor's case, the nearest hospital is in Ellsworth, {b} km to the north-west. The storm reached Lewiston, {c} km north of Portland, by noon. Bangor's airport closed; Boston, some {d} km to the south-west, took the diverted flights. Crews from Augusta drove the {e} km to Bangor overnight. A 2-metre swell hit the coast. Snow closed schools in Lewiston and Augusta, {f} km to the north-east.
""",
        [
            c(
                4,
                "about {a} km",
                "point",
                P("Augusta", "bc_augusta", 0),
                P("the city", "bc_bangor", 0),
                d="SW",
                note="`X was cut off for a day. Y, the state capital, lies about N km south-west of the city`: the city is X of the sentence before",
            ),
            c(
                3,
                "{b} km",
                "point",
                P("Ellsworth", "bc_ellsworth", 0),
                P("Bar Harbor", "bc_barharbor", 0),
                d="NW",
                note="`In X's case, the nearest hospital is in Y, N km to the north-west`: the fronted genitive is the reference",
            ),
            c(
                1,
                "{c} km",
                "point",
                P("Lewiston", "bc_lewiston", 0),
                P("Portland", "bc_portland", 0),
                d="N",
                want=False,
                note="`The storm reached X, N km north of Y, by noon`: the verb's object",
            ),
            c(
                3,
                "some {d} km",
                "point",
                P("Boston", "bc_boston", 0),
                P("Bangor", "bc_bangor", 1),
                d="SW",
                note="`X's airport closed; Y, some N km to the south-west, took the diverted flights`: the genitive's place is the reference",
            ),
            c(
                6,
                "{e} km",
                "route",
                P("Augusta", "bc_augusta", 1),
                P("Bangor", "bc_bangor", 2),
                note="`Crews from X drove the N km to Y overnight`: a drive",
            ),
            c(
                3,
                "{f} km",
                "point",
                P("Augusta", "bc_augusta", 2),
                P("Lewiston", "bc_lewiston", 1),
                d="NE",
                want=False,
                note="`closed schools in X and Y, N km to the north-east`: the first of a coordination is the reference",
            ),
        ],
        [
            ("300,000", "count"),
            ("300,000 homes", "count"),
            ("60 cm", "snow"),
            ("2-metre", "swell"),
        ],
    ),
    A(
        "en-ulster-storm",
        "en",
        "2026-01-22",
        "dev",
        """
Storm leaves 100,000 without power in Northern Ireland
BELFAST, Jan 22 (Reuters) - A storm with gusts of 140 km/h left 100,000 homes without power across Northern Ireland on Thursday. Derry was hardest hit. Letterkenny, across the border in Donegal, is about {a} km west of the city. The road from Derry to Enniskillen, a {b} km drive, was closed by fallen trees. Omagh's hospital treated 15 people; the town is some {c} km north-east of Enniskillen. Ferries from Belfast were cancelled. Dublin, {d} km to the south, was spared. "Belfast is {e} km from here and we could not get through," a lorry driver in Newry said.
""",
        [
            c(
                4,
                "about {a} km",
                "point",
                P("Letterkenny", "bc_letterkenny", 0),
                P("the city", "bc_derry", 0),
                d="W",
                note="`X was hardest hit. Y, across the border in Z, is about N km west of the city`: the city is X of the sentence before, not the region of the apposition",
            ),
            c(
                6,
                "a {b} km",
                "route",
                P("Derry", "bc_derry", 1),
                P("Enniskillen", "bc_enniskillen", 0),
                note="`The road from A to B, a N km drive`: a route apposition",
            ),
            c(
                3,
                "some {c} km",
                "point",
                P("the town", "bc_omagh", 0),
                P("Enniskillen", "bc_enniskillen", 1),
                d="NE",
                want=False,
                note="`X's hospital treated 15 people; the town is some N km north-east of Y`: the genitive's place",
            ),
            c(
                4,
                "{d} km",
                "point",
                P("Dublin", "bc_dublin", 0),
                P("Belfast", "bc_belfast", 0),
                d="S",
                note="`Ferries from X were cancelled. Y, N km to the south, was spared`: the reference is the town of the sentence before (also the dateline)",
            ),
            c(
                4,
                "{e} km",
                "point",
                P("Belfast", "bc_belfast", 1),
                P("Newry", "bc_newry", 0),
                want=False,
                note='`"X is N km from here ...," a lorry driver in Y said`: here is the speaker\'s town',
            ),
        ],
        [
            ("140 km/h", "wind speed"),
            ("100,000", "count"),
            ("100,000 homes", "count"),
            ("15 people", "count"),
        ],
    ),
    A(
        "en-minas-gerais-landslides",
        "en",
        "2026-02-03",
        "dev",
        """
Landslides hit Brazil's historic Ouro Preto
BELO HORIZONTE, Brazil, Feb 3 (Reuters) - Landslides after 120 mm of rain buried houses in the historic town of Ouro Preto in Minas Gerais state on Monday. The colonial town lies about {a} km south-east of the state capital. In neighbouring Mariana, {b} km to the east, 300 people left their homes. Juiz de Fora's mayor said the city, some {c} km south of Belo Horizonte, had sent 50 firefighters. The Doce river carried mud past Ipatinga, {d} km from Belo Horizonte, and on towards the coast. "Rio is {e} km from here, but the help came from our own state," the mayor of Juiz de Fora said. The federal government in Brasília, about {f} km north-west of Belo Horizonte, sent troops.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The colonial town", "bc_ouropreto", 0),
                P("the state capital", "bc_bh", 0),
                d="SE",
                note="`The colonial town lies about N km south-east of the state capital`: the capital of the dateline's state, the town of the sentence before",
            ),
            c(
                4,
                "{b} km",
                "point",
                P("Mariana", "bc_mariana", 0),
                P("Ouro Preto", "bc_ouropreto", 1),
                d="E",
                note="`In neighbouring X, N km to the east, 300 people left`: the reference is the town of the sentence before, not the dateline",
            ),
            c(
                3,
                "some {c} km",
                "point",
                P("the city", "bc_juizdefora", 0),
                P("Belo Horizonte", "bc_bh", 0),
                d="S",
                want=False,
                note="`X's mayor said the city, some N km south of Y, had sent 50 firefighters`: the genitive's place",
            ),
            c(
                1,
                "{d} km",
                "point",
                P("Ipatinga", "bc_ipatinga", 0),
                P("Belo Horizonte", "bc_bh", 1),
                note="`carried mud past X, N km from Y`: a preposition's object",
            ),
            c(
                4,
                "{e} km",
                "point",
                P("Rio", "bc_rio", 0),
                P("Juiz de Fora", "bc_juizdefora", 1),
                note='`"X is N km from here ...," the mayor of Y said`: here is the speaker\'s town',
            ),
            c(
                1,
                "about {f} km",
                "point",
                P("Brasília", "bc_brasilia", 0),
                P("Belo Horizonte", "bc_bh", 2),
                d="NW",
                want=False,
                note="`The federal government in X, about N km north-west of Y`: the place inside the subject's phrase",
            ),
        ],
        [
            ("120 mm", "rainfall"),
            ("300 people", "count"),
            ("50 firefighters", "count"),
        ],
    ),
    A(
        "en-cornwall-storm",
        "en",
        "2026-11-09",
        "dev",
        """
Storm cuts off Cornwall's far west
PLYMOUTH, England, Nov 9 (PA) - A storm with gusts of 150 km/h cut power to 40,000 homes in Cornwall and Devon on Sunday. Penzance was cut off by floods. Truro, the county's only city, lies about {a} km north-east of the town. Newquay's airport was closed; the town is some {b} km north of Truro. Falmouth (population 22,000), some {c} km south of Truro, lost its ferry pier. Trains between Penzance and Plymouth, a {d} km line, were cancelled. Exeter's hospital sent staff to Plymouth, {e} km to the south-west. Bude lies {f} km north-west of Plymouth.
""",
        [
            c(
                4,
                "about {a} km",
                "point",
                P("Truro", "bc_truro", 0),
                P("the town", "bc_penzance", 0),
                d="NE",
                note="`X was cut off by floods. Y, the county's only city, lies about N km north-east of the town`",
            ),
            c(
                3,
                "some {b} km",
                "point",
                P("the town", "bc_newquay", 1),
                P("Truro", "bc_truro", 1),
                d="N",
                want=False,
                note="`X's airport was closed; the town is some N km north of Y`: the genitive's place",
            ),
            c(
                1,
                "some {c} km",
                "point",
                P("Falmouth", "bc_falmouth", 0),
                P("Truro", "bc_truro", 2),
                d="S",
                note="`X (population 22,000), some N km south of Y`",
            ),
            c(
                6,
                "a {d} km",
                "route",
                P("Penzance", "bc_penzance", 1),
                P("Plymouth", "bc_plymouth", 0),
                note="`Trains between A and B, a N km line`: a route apposition",
            ),
            c(
                3,
                "{e} km",
                "point",
                P("Plymouth", "bc_plymouth", 1),
                P("Exeter", "bc_exeter", 0),
                d="SW",
                note="`X's hospital sent staff to Y, N km to the south-west`: the genitive's place is the reference",
            ),
            c(
                "plain",
                "{f} km",
                "point",
                P("Bude", "bc_bude", 0),
                P("Plymouth", "bc_plymouth", 2),
                d="NW",
                want=False,
            ),
        ],
        [
            ("150 km/h", "wind speed"),
            ("40,000 homes", "count"),
            ("22,000", "population"),
        ],
    ),
    A(
        "de-danzig-sturm",
        "de",
        "2026-10-28",
        "dev",
        """
Orkan legt Polens Ostseeküste lahm
DANZIG (dpa) - Ein Orkan mit Böen von 130 Kilometern pro Stunde hat an der polnischen Ostseeküste 50.000 Haushalte vom Strom getrennt. Für Elbląg war es der schwerste Sturm seit 30 Jahren; die Stadt liegt rund {a} Kilometer von Danzig entfernt. Gdynias Hafen wurde geschlossen; die Stadt liegt nur {b} Kilometer von Danzig entfernt. Von Olsztyn sind es rund {c} Kilometer bis Danzig. Rettungskräfte erreichten Malbork, {d} Kilometer südöstlich von Danzig, erst am Abend. Aus Warschau, rund {e} Kilometer südöstlich, kamen 200 Soldaten.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("die Stadt", "bc_elblag", 0),
                P("Danzig", "bc_gdansk", 0),
                note="`Für X war es der schwerste Sturm ...; die Stadt liegt rund N Kilometer von Y entfernt`: the fronted place",
            ),
            c(
                3,
                "nur {b} Kilometer",
                "point",
                P("die Stadt", "bc_gdynia", 1),
                P("Danzig", "bc_gdansk", 1),
                want=False,
                note="`Xs Hafen wurde geschlossen; die Stadt liegt nur N Kilometer von Y entfernt`: the German genitive's place",
            ),
            c(
                1,
                "rund {c} Kilometer",
                "point",
                P("Danzig", "bc_gdansk", 2),
                P("Olsztyn", "bc_olsztyn", 0),
                note="`Von Y sind es rund N Kilometer bis X`: the place after the number is the one located, the start what it is measured from (dev's convention, as in the Gabès claim below)",
            ),
            c(
                1,
                "{d} Kilometer",
                "point",
                P("Malbork", "bc_malbork", 0),
                P("Danzig", "bc_gdansk", 3),
                d="SE",
                want=False,
                note="`Rettungskräfte erreichten X, N Kilometer südöstlich von Y`: the verb's object",
            ),
            c(
                4,
                "rund {e} Kilometer",
                "point",
                P("Warschau", "bc_warschau", 0),
                P("(dateline) DANZIG", "bc_gdansk", 0),
                d="SE",
                note="`Aus X, rund N Kilometer südöstlich, kamen 200 Soldaten`: the dateline is the reference",
            ),
        ],
        [
            ("130 Kilometern pro Stunde", "wind speed"),
            ("50.000 Haushalte", "count"),
            ("30 Jahren", "duration"),
            ("200 Soldaten", "count"),
        ],
    ),
    A(
        "de-tunesien-hitze",
        "de",
        "2026-08-06",
        "dev",
        """
Hitzewelle und Brände in Tunesien
TUNIS (dpa) - Eine Hitzewelle mit Temperaturen bis 49 Grad hat in Tunesien Brände auf 1.200 Hektar ausgelöst. Besonders betroffen war Kairouan. Die Stadt liegt rund {a} Kilometer südlich von Tunis. Sousses Krankenhäuser nahmen 40 Verletzte auf; die Küstenstadt liegt {b} Kilometer östlich von Kairouan. In Sfax, der zweitgrößten Stadt des Landes, rund {c} Kilometer südlich von Sousse, fiel der Strom aus. Von Sfax sind es gut {d} Kilometer bis Gabès. Tozeur meldete 49 Grad. Die Oasenstadt liegt rund {e} Kilometer westlich von Gabès.
""",
        [
            c(
                4,
                "rund {a} Kilometer",
                "point",
                P("Die Stadt", "bc_kairouan", 0),
                P("Tunis", "bc_tunis", 0),
                d="S",
                note="`Besonders betroffen war X. Die Stadt liegt rund N Kilometer südlich von Y`",
            ),
            c(
                3,
                "{b} Kilometer",
                "point",
                P("die Küstenstadt", "bc_sousse", 0),
                P("Kairouan", "bc_kairouan", 1),
                d="E",
                want=False,
                note="`Xs Krankenhäuser nahmen 40 Verletzte auf; die Küstenstadt liegt N Kilometer östlich von Y`",
            ),
            c(
                1,
                "rund {c} Kilometer",
                "point",
                P("Sfax", "bc_sfax", 0),
                P("Sousse", "bc_sousse", 0),
                d="S",
                note="`In X, der zweitgrößten Stadt des Landes, rund N Kilometer südlich von Y, fiel der Strom aus`",
            ),
            c(
                1,
                "gut {d} Kilometer",
                "point",
                P("Gabès", "bc_gabes", 0),
                P("Sfax", "bc_sfax", 1),
                want=False,
                note="`Von X sind es gut N Kilometer bis Y`: the place after the number",
            ),
            c(
                4,
                "rund {e} Kilometer",
                "point",
                P("Die Oasenstadt", "bc_tozeur", 0),
                P("Gabès", "bc_gabes", 1),
                d="W",
                note="`X meldete 49 Grad. Die Oasenstadt liegt rund N Kilometer westlich von Y`",
            ),
        ],
        [
            ("49 Grad", "temperature"),
            ("1.200 Hektar", "area"),
            ("40 Verletzte", "count"),
        ],
    ),
]
