# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BN (written for geomap by helper h25-claims, 2026-12-06, twenty-fifth
session, round 2; not copied from any news source). DEV: six disaster stories, three German
and three English, from regions no claims dev file names (the Aosta Valley, the Valais,
Hainan, the Red River in Manitoba, Okinawa and the Sakishima islands, Uttarakhand), in the
shapes of disaster coverage: a debris flow and a river's crest with several towns and
distances from the crest or the landfall (`from where the river crested`, `von der Stelle, an
der der Fluss seinen Höchststand erreichte`), a mountain region's valleys (`N Kilometer
talaufwärts / talabwärts`), `the city` / `der Stadt` after a sentence whose subject was
placed from the dateline town, two live blogs of a typhoon with timestamps, appositions
(`the temple town`, `the district headquarters`), `the state capital` / `the prefectural
capital`, miles, and true claims with vague figures (`about`, `some`, `nearly`, `more than`,
`rund`, `knapp`, `gut`, `mehr als`). Gold written from the text before geomap ran on it;
coordinates under `bn_` keys from general knowledge; distances by truth.py."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Aosta Valley
        "bn_aosta": ("Aosta", 45.7370, 7.3201, "city", "IT"),
        "bn_cogne": ("Cogne", 45.6084, 7.3566, "village", "IT"),
        "bn_valtournenche": ("Valtournenche", 45.8770, 7.6240, "village", "IT"),
        "bn_morgex": ("Morgex", 45.7575, 7.0400, "village", "IT"),
        "bn_courmayeur": ("Courmayeur", 45.7969, 6.9690, "village", "IT"),
        "bn_chatillon": ("Châtillon", 45.7500, 7.6167, "village", "IT"),
        "bn_turin": ("Turin", 45.0703, 7.6869, "city", "IT"),
        # Valais
        "bn_sion": ("Sion", 46.2331, 7.3606, "city", "CH"),
        "bn_sierre": ("Sierre", 46.2919, 7.5356, "city", "CH"),
        "bn_visp": ("Visp", 46.2937, 7.8815, "city", "CH"),
        "bn_brig": ("Brig", 46.3159, 7.9876, "city", "CH"),
        "bn_zermatt": ("Zermatt", 46.0207, 7.7491, "village", "CH"),
        "bn_martigny": ("Martigny", 46.0986, 7.0731, "city", "CH"),
        "bn_leuk": ("Leuk", 46.3177, 7.6346, "village", "CH"),
        "bn_geneva": ("Geneva", 46.2044, 6.1432, "city", "CH"),
        # Hainan
        "bn_haikou": ("Haikou", 20.0444, 110.1983, "city", "CN"),
        "bn_wenchang": ("Wenchang", 19.5430, 110.7530, "city", "CN"),
        "bn_qionghai": ("Qionghai", 19.2460, 110.4640, "city", "CN"),
        "bn_wanning": ("Wanning", 18.7950, 110.3890, "city", "CN"),
        "bn_sanya": ("Sanya", 18.2528, 109.5119, "city", "CN"),
        "bn_zhanjiang": ("Zhanjiang", 21.2707, 110.3594, "city", "CN"),
        "bn_danzhou": ("Danzhou", 19.5210, 109.5800, "city", "CN"),
        # Red River, Manitoba
        "bn_winnipeg": ("Winnipeg", 49.8951, -97.1384, "city", "CA"),
        "bn_morris": ("Morris", 49.3544, -97.3653, "town", "CA"),
        "bn_stadolphe": ("St. Adolphe", 49.6700, -97.1100, "village", "CA"),
        "bn_emerson": ("Emerson", 49.0006, -97.2114, "town", "CA"),
        "bn_selkirk": ("Selkirk", 50.1436, -96.8842, "city", "CA"),
        "bn_portage": ("Portage la Prairie", 49.9728, -98.2920, "city", "CA"),
        "bn_brandon": ("Brandon", 49.8485, -99.9501, "city", "CA"),
        "bn_grandforks": ("Grand Forks", 47.9253, -97.0329, "city", "US"),
        # Okinawa and the Sakishima islands
        "bn_naha": ("Naha", 26.2124, 127.6809, "city", "JP"),
        "bn_miyakojima": ("Miyakojima", 24.8055, 125.2811, "city", "JP"),
        "bn_ishigaki": ("Ishigaki", 24.3448, 124.1572, "city", "JP"),
        "bn_nago": ("Nago", 26.5917, 127.9775, "city", "JP"),
        "bn_okinawacity": ("Okinawa City", 26.3344, 127.8056, "city", "JP"),
        "bn_kagoshima": ("Kagoshima", 31.5966, 130.5571, "city", "JP"),
        # Uttarakhand
        "bn_dehradun": ("Dehradun", 30.3165, 78.0322, "city", "IN"),
        "bn_joshimath": ("Joshimath", 30.5550, 79.5643, "town", "IN"),
        "bn_badrinath": ("Badrinath", 30.7433, 79.4938, "town", "IN"),
        "bn_gopeshwar": ("Gopeshwar", 30.4036, 79.3258, "town", "IN"),
        "bn_rudraprayag": ("Rudraprayag", 30.2844, 78.9811, "town", "IN"),
        "bn_rishikesh": ("Rishikesh", 30.0869, 78.2676, "city", "IN"),
        "bn_uttarkashi": ("Uttarkashi", 30.7268, 78.4354, "town", "IN"),
        "bn_haridwar": ("Haridwar", 29.9457, 78.1642, "city", "IN"),
    }
)

ARTICLES = [
    A(
        "de-aostatal-murgang",
        "de",
        "2026-07-13",
        "dev",
        """
Murgang verschüttet Straße im Aostatal
AOSTA (dpa) - Nach heftigen Gewittern hat ein Murgang am Montag die einzige Straße nach Cogne verschüttet; 120 Menschen sitzen fest. Cogne, ein Bergdorf am Rand des Nationalparks Gran Paradiso, liegt rund {a} Kilometer südlich von Aosta. Valtournenche, rund {b} Kilometer nordöstlich der Stadt, meldete einen zweiten Murgang. In Morgex, etwa {c} Kilometer talaufwärts, trat die Dora Baltea über die Ufer. Courmayeur, rund {d} Kilometer weiter nordwestlich, sperrte die Zufahrt zum Mont-Blanc-Tunnel für 12 Stunden. Châtillon, knapp {e} Kilometer talabwärts, öffnete eine Turnhalle für 80 Evakuierte. Der Pegel der Dora Baltea stieg in der Stadt auf 3,2 Meter. Turin, gut {f} Kilometer südöstlich, schickte zwei Hubschrauber.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Cogne", "bn_cogne", 1),
                P("Aosta", "bn_aosta", 0),
                d="S",
                note="`X, ein Bergdorf ..., liegt rund N km südlich von Y`",
            ),
            c(
                3,
                "rund {b} Kilometer",
                "point",
                P("Valtournenche", "bn_valtournenche", 0),
                P("der Stadt", "bn_aosta", 0),
                d="NE",
                want=False,
                note="`der Stadt` after a sentence whose subject (a village) was placed from the dateline town: the town",
            ),
            c(
                4,
                "etwa {c} Kilometer",
                "point",
                P("Morgex", "bn_morgex", 0),
                P("(dateline) AOSTA", "bn_aosta", 0),
                note="`In X, etwa N km talaufwärts`: up the valley from the dateline town",
            ),
            c(
                4,
                "rund {d} Kilometer",
                "point",
                P("Courmayeur", "bn_courmayeur", 0),
                P("Morgex", "bn_morgex", 0),
                d="NW",
                note="`X, rund N km weiter nordwestlich`: from the place placed before",
            ),
            c(
                4,
                "knapp {e} Kilometer",
                "point",
                P("Châtillon", "bn_chatillon", 0),
                P("(dateline) AOSTA", "bn_aosta", 0),
                want=False,
                note="`X, knapp N km talabwärts`: down the valley from the dateline town",
            ),
            c(
                4,
                "gut {f} Kilometer",
                "point",
                P("Turin", "bn_turin", 0),
                P("(dateline) AOSTA", "bn_aosta", 0),
                d="SE",
                note="`X, gut N km südöstlich`: the dateline town, a vague true figure",
            ),
        ],
        [
            ("120 Menschen", "count"),
            ("12 Stunden", "duration"),
            ("80 Evakuierte", "count"),
            ("3,2 Meter", "water level"),
        ],
    ),
    A(
        "de-wallis-rhone-hochwasser",
        "de",
        "2026-10-05",
        "dev",
        """
Rhone tritt im Wallis über die Ufer
SITTEN (sda) - Nach tagelangem Regen ist die Rhone im Wallis über die Ufer getreten; rund 1.200 Menschen mussten ihre Häuser verlassen. Bei Siders erreichte der Fluss am Sonntagabend mit 5,1 Metern seinen Höchststand. In Visp, rund {a} Kilometer von der Stelle entfernt, an der der Fluss seinen Höchststand erreichte, liefen Keller voll. Brig, etwa {b} Kilometer weiter östlich, sperrte den Bahnhof. Zermatt, gut {c} Kilometer südlich von Visp, war nur noch per Hubschrauber erreichbar. Martigny, rund {d} Kilometer talabwärts, meldete 40 überflutete Keller. Leuk, knapp {e} Kilometer östlich der Stadt, öffnete eine Notunterkunft für 150 Menschen. Genf, mehr als {f} Kilometer westlich, schickte 30 Zivilschützer.
""",
        [
            c(
                4,
                "rund {a} Kilometer",
                "point",
                P("Visp", "bn_visp", 0),
                P("Siders", "bn_sierre", 0),
                note="`In X, rund N km von der Stelle entfernt, an der der Fluss seinen Höchststand erreichte`: the crest town",
            ),
            c(
                4,
                "etwa {b} Kilometer",
                "point",
                P("Brig", "bn_brig", 0),
                P("Visp", "bn_visp", 0),
                d="E",
                want=False,
                note="`X, etwa N km weiter östlich`: from the place placed before",
            ),
            c(
                "plain",
                "gut {c} Kilometer",
                "point",
                P("Zermatt", "bn_zermatt", 0),
                P("Visp", "bn_visp", 1),
                d="S",
                note="`X, gut N km südlich von Y`",
            ),
            c(
                4,
                "rund {d} Kilometer",
                "point",
                P("Martigny", "bn_martigny", 0),
                P("(dateline) SITTEN", "bn_sion", 0),
                note="`X, rund N km talabwärts`: down the valley from the dateline town",
            ),
            c(
                3,
                "knapp {e} Kilometer",
                "point",
                P("Leuk", "bn_leuk", 0),
                P("der Stadt", "bn_sion", 0),
                d="E",
                want=False,
                note="`der Stadt` after a sentence whose subject was placed from the dateline town: the dateline town",
            ),
            c(
                4,
                "mehr als {f} Kilometer",
                "point",
                P("Genf", "bn_geneva", 0),
                P("(dateline) SITTEN", "bn_sion", 0),
                d="W",
                note="`X, mehr als N km westlich`: a bound, true",
            ),
        ],
        [
            ("1.200 Menschen", "count"),
            ("5,1 Metern", "water level"),
            ("40 überflutete Keller", "count"),
            ("150 Menschen", "count"),
        ],
    ),
    A(
        "de-hainan-taifun-liveticker",
        "de",
        "2026-09-02",
        "dev",
        """
Taifun trifft Hainan – der Liveticker
HAIKOU (geomap) - 08:15 Uhr: Der Taifun ist mit Windgeschwindigkeiten von 190 Kilometern pro Stunde bei Wenchang auf Land getroffen. 08:40 Uhr: In Qionghai, rund {a} Kilometer von der Stelle entfernt, an der der Sturm auf Land traf, sind 30.000 Haushalte ohne Strom. 09:10 Uhr: Wanning, etwa {b} Kilometer weiter südlich, meldet Erdrutsche. 09:45 Uhr: Sanya, gut {c} Kilometer südwestlich von Haikou, hat den Flughafen geschlossen. 10:20 Uhr: Die Fähren nach Zhanjiang, rund {d} Kilometer nördlich über die Qiongzhou-Straße, bleiben eingestellt. 11:05 Uhr: Danzhou, rund {e} Kilometer südwestlich der Stadt, ruft die höchste Warnstufe aus; an der Küste werden Wellen von 6 Metern erwartet.
""",
        [
            c(
                4,
                "rund {a} Kilometer",
                "point",
                P("Qionghai", "bn_qionghai", 0),
                P("Wenchang", "bn_wenchang", 0),
                note="`In X, rund N km von der Stelle entfernt, an der der Sturm auf Land traf`: the landfall town",
            ),
            c(
                4,
                "etwa {b} Kilometer",
                "point",
                P("Wanning", "bn_wanning", 0),
                P("Qionghai", "bn_qionghai", 0),
                d="S",
                want=False,
                note="`X, etwa N km weiter südlich` in a live blog: from the place placed in the entry before",
            ),
            c(
                "plain",
                "gut {c} Kilometer",
                "point",
                P("Sanya", "bn_sanya", 0),
                P("Haikou", "bn_haikou", 0),
                d="SW",
                note="`X, gut N km südwestlich von Y`",
            ),
            c(
                4,
                "rund {d} Kilometer",
                "point",
                P("Zhanjiang", "bn_zhanjiang", 0),
                P("(dateline) HAIKOU", "bn_haikou", 0),
                d="N",
                note="`Die Fähren nach X, rund N km nördlich`: the dateline town",
            ),
            c(
                3,
                "rund {e} Kilometer",
                "point",
                P("Danzhou", "bn_danzhou", 0),
                P("der Stadt", "bn_haikou", 0),
                d="SW",
                want=False,
                note="`der Stadt` after a sentence placed from the dateline town: the dateline town",
            ),
        ],
        [
            ("190 Kilometern pro Stunde", "wind speed"),
            ("30.000 Haushalte", "count"),
            ("6 Metern", "wave height"),
        ],
    ),
    A(
        "en-red-river-crest",
        "en",
        "2026-04-22",
        "dev",
        """
Red River crest passes Morris as Manitoba braces
WINNIPEG, Manitoba, April 22 (CP) - The Red River crested at Morris on Tuesday, 1.5 metres above flood stage, and 900 residents of the valley were told to leave. In St. Adolphe, about {a} km from where the river crested, volunteers filled 40,000 sandbags. Emerson, on the U.S. border some {b} miles south of Morris, reopened its dike gate. Selkirk, some {c} km north-east of the city, opened a reception centre. Portage la Prairie, about {d} km to the west, diverted water into the Assiniboine. Brandon, Manitoba's second city, lies nearly {e} miles west of Portage la Prairie. Grand Forks, N.D., more than {f} miles to the south, said a 30-km stretch of Interstate 29 had reopened.
""",
        [
            c(
                4,
                "about {a} km",
                "point",
                P("St. Adolphe", "bn_stadolphe", 0),
                P("Morris", "bn_morris", 1),
                note="`In X, about N km from where the river crested`: the crest town",
            ),
            c(
                1,
                "some {b} miles",
                "point",
                P("Emerson", "bn_emerson", 0),
                P("Morris", "bn_morris", 2),
                d="S",
                note="`X, on the U.S. border some N miles south of Y`",
            ),
            c(
                3,
                "some {c} km",
                "point",
                P("Selkirk", "bn_selkirk", 0),
                P("the city", "bn_winnipeg", 0),
                d="NE",
                want=False,
                note="`the city` after a sentence about a town placed from another town: the dateline city",
            ),
            c(
                4,
                "about {d} km",
                "point",
                P("Portage la Prairie", "bn_portage", 0),
                P("(dateline) WINNIPEG", "bn_winnipeg", 0),
                d="W",
                note="`X, about N km to the west`: the dateline city",
            ),
            c(
                1,
                "nearly {e} miles",
                "point",
                P("Brandon", "bn_brandon", 0),
                P("Portage la Prairie", "bn_portage", 1),
                d="W",
                note="`X, <apposition>, lies nearly N miles west of Y`: miles, vague, true",
            ),
            c(
                4,
                "more than {f} miles",
                "point",
                P("Grand Forks", "bn_grandforks", 0),
                P("(dateline) WINNIPEG", "bn_winnipeg", 0),
                d="S",
                want=False,
                note="`X, N.D., more than N miles to the south`: the dateline city",
            ),
        ],
        [
            ("1.5 metres", "water level"),
            ("900 residents", "count"),
            ("40,000 sandbags", "count"),
            ("30-km stretch", "road stretch"),
        ],
    ),
    A(
        "en-okinawa-typhoon-live",
        "en",
        "2026-08-30",
        "dev",
        """
Typhoon lashes Okinawa: live updates
NAHA, Japan (AP) - 6:05 a.m.: The typhoon passed over Miyakojima overnight with gusts of 220 km/h, and 50,000 homes lost power across the prefecture. 6:40 a.m.: Ishigaki, about {a} km south-west of Miyakojima, reports 300 mm of rain. 7:20 a.m.: The eye came ashore near Nago on Okinawa's main island, about {b} km north-east of the city. 7:55 a.m.: In Okinawa City, some {c} km from where the storm came ashore, schools stayed closed. 8:30 a.m.: Miyakojima, nearly {d} km south-west of the prefectural capital, counted 14 injured. 9:10 a.m.: Kagoshima, more than {e} km to the north-east, cancelled all ferries as waves of 8 metres were forecast.
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Ishigaki", "bn_ishigaki", 0),
                P("Miyakojima", "bn_miyakojima", 1),
                d="SW",
                note="`X, about N km south-west of Y` in a live blog",
            ),
            c(
                3,
                "about {b} km",
                "point",
                P("Nago", "bn_nago", 0),
                P("the city", "bn_naha", 0),
                d="NE",
                want=False,
                note="`the city` in a live blog after an entry placed from another town: the dateline city",
            ),
            c(
                4,
                "some {c} km",
                "point",
                P("Okinawa City", "bn_okinawacity", 0),
                P("Nago", "bn_nago", 0),
                note="`In X, some N km from where the storm came ashore`: the landfall town",
            ),
            c(
                1,
                "nearly {d} km",
                "point",
                P("Miyakojima", "bn_miyakojima", 2),
                P("the prefectural capital", "bn_naha", 0),
                d="SW",
                note="`X, nearly N km south-west of the prefectural capital`: the dateline city, vague, true",
            ),
            c(
                4,
                "more than {e} km",
                "point",
                P("Kagoshima", "bn_kagoshima", 0),
                P("(dateline) NAHA", "bn_naha", 0),
                d="NE",
                want=False,
                note="`X, more than N km to the north-east`: the dateline city",
            ),
        ],
        [
            ("220 km/h", "wind speed"),
            ("50,000 homes", "count"),
            ("300 mm", "rainfall"),
            ("14 injured", "count"),
            ("8 metres", "wave height"),
        ],
    ),
    A(
        "en-uttarakhand-landslide",
        "en",
        "2026-08-09",
        "dev",
        """
Landslide cuts off Himalayan pilgrimage towns
DEHRADUN, India, Aug. 9 (Reuters) - A landslide buried a 200-metre stretch of the Badrinath highway near Joshimath on Sunday, killing at least 11 people and stranding 2,000 pilgrims. Badrinath, the temple town some {a} km north of Joshimath, was cut off. Gopeshwar, the district headquarters, about {b} km south-west of Joshimath, sent earth movers. Rudraprayag, some {c} km further south-west, closed its schools. Rishikesh, nearly {d} miles south-east of the city, stopped river rafting. Uttarkashi, in a neighbouring valley about {e} km north-east of the state capital, reported a smaller slide. Haridwar, more than {f} km to the south, opened shelters for pilgrims.
""",
        [
            c(
                1,
                "some {a} km",
                "point",
                P("Badrinath", "bn_badrinath", 1),
                P("Joshimath", "bn_joshimath", 1),
                d="N",
                note="`X, the temple town some N km north of Y`: an apposition",
            ),
            c(
                1,
                "about {b} km",
                "point",
                P("Gopeshwar", "bn_gopeshwar", 0),
                P("Joshimath", "bn_joshimath", 2),
                d="SW",
                want=False,
                note="`X, the district headquarters, about N km south-west of Y`",
            ),
            c(
                4,
                "some {c} km",
                "point",
                P("Rudraprayag", "bn_rudraprayag", 0),
                P("Gopeshwar", "bn_gopeshwar", 0),
                d="SW",
                note="`X, some N km further south-west`: from the place placed before",
            ),
            c(
                3,
                "nearly {d} miles",
                "point",
                P("Rishikesh", "bn_rishikesh", 0),
                P("the city", "bn_dehradun", 0),
                d="SE",
                note="`the city` after a town placed from another town: the dateline city; miles, vague, true",
            ),
            c(
                1,
                "about {e} km",
                "point",
                P("Uttarkashi", "bn_uttarkashi", 0),
                P("the state capital", "bn_dehradun", 0),
                d="NE",
                want=False,
                note="`X, in <place> about N km north-east of the state capital`: the dateline city",
            ),
            c(
                4,
                "more than {f} km",
                "point",
                P("Haridwar", "bn_haridwar", 0),
                P("(dateline) DEHRADUN", "bn_dehradun", 0),
                d="S",
                note="`X, more than N km to the south`: the dateline city, a bound, true",
            ),
        ],
        [
            ("200-metre stretch", "road stretch"),
            ("11 people", "count"),
            ("2,000 pilgrims", "count"),
        ],
    ),
]
