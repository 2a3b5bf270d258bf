# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AQ (written for geomap by helper h16-cwire, 2026-12-05, sixteenth session;
not copied from any news source). DEV: plain wire copy (headline, dateline, ordinary
sentences, a photo caption) from regions the dev sources had none or almost none of:
Nicaragua's volcanic west, Morocco's Middle Atlas with Algeria's Tlemcen, the Solomon
Islands, Estonia's west coast with Helsinki, Liberia's coast and interior, Myanmar's Bago
and Karen regions. Heavy in classes 3 and 4 and in the shapes the corpus had least of:
`Neighbouring <B>, ...` opening a sentence (seen from the place of the sentence before),
`der Hauptstadt` while a second country's capital is in play, a departmental, provincial or
county seat as reference, reported speech (`„Bis <B> sind es ... N Kilometer", sagte ... in
<A>`, `"We are about N km from ...," ... in <A> said`), distances in headlines and photo
captions, `N km (M miles)`, `some N km`, `gut N Kilometer`, `knapp N Kilometer`. Non-claims:
heights, speeds, road numbers, counts, prices, years, water levels. Gold written from the
text before geomap ran on it. Coordinates under `aq_` keys in this file: town centres and
a summit written from general knowledge (GeoNames/Wikipedia-style points), never from
geomap or its gazetteer."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Nicaragua
        "aq_managua": ("Managua", 12.1364, -86.2514, "city", "NI"),
        "aq_leon": ("León", 12.4379, -86.8780, "city", "NI"),
        "aq_momotombo": ("Momotombo", 12.4225, -86.5394, "mountain", "NI"),
        "aq_lapazcentro": ("La Paz Centro", 12.3400, -86.6758, "city", "NI"),
        "aq_chinandega": ("Chinandega", 12.6294, -87.1311, "city", "NI"),
        "aq_nagarote": ("Nagarote", 12.2658, -86.5650, "city", "NI"),
        "aq_telica": ("Telica", 12.5200, -86.8600, "city", "NI"),
        # Morocco, Algeria
        "aq_rabat": ("Rabat", 34.0209, -6.8416, "city", "MA"),
        "aq_fes": ("Fès", 34.0331, -5.0003, "city", "MA"),
        "aq_ifrane": ("Ifrane", 33.5228, -5.1106, "city", "MA"),
        "aq_azrou": ("Azrou", 33.4342, -5.2214, "city", "MA"),
        "aq_meknes": ("Meknès", 33.8935, -5.5473, "city", "MA"),
        "aq_oujda": ("Oujda", 34.6814, -1.9086, "city", "MA"),
        "aq_tlemcen": ("Tlemcen", 34.8828, -1.3167, "city", "DZ"),
        "aq_midelt": ("Midelt", 32.6852, -4.7451, "city", "MA"),
        "aq_boumia": ("Boumia", 32.7253, -5.1014, "city", "MA"),
        "aq_khenifra": ("Khénifra", 32.9394, -5.6675, "city", "MA"),
        # Solomon Islands
        "aq_honiara": ("Honiara", -9.4456, 159.9729, "city", "SB"),
        "aq_gizo": ("Gizo", -8.1030, 156.8419, "city", "SB"),
        "aq_munda": ("Munda", -8.3275, 157.2633, "city", "SB"),
        "aq_tulagi": ("Tulagi", -9.1033, 160.1506, "city", "SB"),
        "aq_auki": ("Auki", -8.7676, 160.7034, "city", "SB"),
        "aq_buala": ("Buala", -8.1450, 159.5921, "city", "SB"),
        "aq_lata": ("Lata", -10.7380, 165.8567, "city", "SB"),
        # Estonia, Finland
        "aq_tallinn": ("Tallinn", 59.4370, 24.7536, "city", "EE"),
        "aq_parnu": ("Pärnu", 58.3859, 24.4971, "city", "EE"),
        "aq_helsinki": ("Helsinki", 60.1699, 24.9384, "city", "FI"),
        "aq_haapsalu": ("Haapsalu", 58.9431, 23.5414, "city", "EE"),
        "aq_kuressaare": ("Kuressaare", 58.2529, 22.4869, "city", "EE"),
        "aq_narva": ("Narva", 59.3797, 28.1791, "city", "EE"),
        "aq_rakvere": ("Rakvere", 59.3464, 26.3558, "city", "EE"),
        # Liberia
        "aq_monrovia": ("Monrovia", 6.3156, -10.8074, "city", "LR"),
        "aq_buchanan": ("Buchanan", 5.8808, -10.0467, "city", "LR"),
        "aq_kakata": ("Kakata", 6.5306, -10.3537, "city", "LR"),
        "aq_harbel": ("Harbel", 6.2833, -10.3500, "city", "LR"),
        "aq_gbarnga": ("Gbarnga", 6.9956, -9.4722, "city", "LR"),
        "aq_ganta": ("Ganta", 7.2350, -8.9811, "city", "LR"),
        "aq_sanniquellie": ("Sanniquellie", 7.3622, -8.7131, "city", "LR"),
        "aq_greenville": ("Greenville", 5.0111, -9.0388, "city", "LR"),
        # Myanmar
        "aq_yangon": ("Yangon", 16.8409, 96.1735, "city", "MM"),
        "aq_bago": ("Bago", 17.3352, 96.4814, "city", "MM"),
        "aq_taungoo": ("Taungoo", 18.9429, 96.4338, "city", "MM"),
        "aq_naypyidaw": ("Naypyidaw", 19.7633, 96.0785, "city", "MM"),
        "aq_hpaan": ("Hpa-An", 16.8906, 97.6333, "city", "MM"),
        "aq_myawaddy": ("Myawaddy", 16.6889, 98.5083, "city", "MM"),
        "aq_mawlamyine": ("Mawlamyine", 16.4905, 97.6283, "city", "MM"),
        "aq_pathein": ("Pathein", 16.7792, 94.7321, "city", "MM"),
    }
)

ARTICLES = [
    A(
        "en-nicaragua-ash",
        "en",
        "2026-03-12",
        "dev",
        """
Momotombo ash reaches León, {a} km from the capital
MANAGUA, Nicaragua (geomap) - The Momotombo volcano threw ash 3,000 metres into the sky on Thursday, and police closed a 20-km stretch of Highway 12 along Lake Managua. The volcano, 1,297 metres high, stands about {b} km east of León, the departmental capital. León itself, a city of 200,000, was covered in grey dust. Neighbouring La Paz Centro, about {c} km to the south-east, handed out 5,000 face masks. Chinandega, the next city to the north-west, lies some 35 km (22 miles) from León. "From here to Managua it is only {e} km, and the wind is blowing our way," said Alba Ruiz, a nurse in Nagarote. Nagarote lies about {f} km south-east of the departmental capital.
PHOTO: Soldiers hand out masks in Telica, some {g} km west of the volcano.
""",
        [
            c(
                3,
                "{a} km",
                "point",
                P("León", "aq_leon", 0),
                P("the capital", "aq_managua", 0),
                note="a distance in the headline; `the capital` of the dateline's country",
            ),
            c(
                3,
                "about {b} km",
                "point",
                P("The volcano", "aq_momotombo", 0),
                P("León", "aq_leon", 1),
                d="E",
                want=False,
                note="`The volcano` for the volcano the sentence before names",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("La Paz Centro", "aq_lapazcentro", 0),
                P("León", "aq_leon", 2),
                d="SE",
                note="`Neighbouring <B>, about N km to the south-east`: from the city of the sentence before",
            ),
            c(
                1,
                "some 35 km",
                "point",
                P("Chinandega", "aq_chinandega", 0),
                P("León", "aq_leon", 3),
                note="`N km (M miles)` after an apposition without a place",
            ),
            c(
                3,
                "only {e} km",
                "pair",
                P("here", "aq_nagarote", 0),
                P("Managua", "aq_managua", 1),
                want=False,
                note="`From here to <B>` in a quote; `here` is the speaker's town in the attribution",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("Nagarote", "aq_nagarote", 1),
                P("the departmental capital", "aq_leon", 1),
                d="SE",
                note="`the departmental capital`: León, called so earlier in the text",
            ),
            c(
                3,
                "some {g} km",
                "point",
                P("Telica", "aq_telica", 0),
                P("the volcano", "aq_momotombo", 0),
                d="W",
                want=False,
                note="a photo caption; `the volcano` for the volcano of the article",
            ),
        ],
        [
            ("3,000 metres", "height"),
            ("20-km stretch", "road length"),
            ("Highway 12", "road number"),
            ("1,297 metres", "height"),
            ("200,000", "population"),
            ("5,000 face masks", "count"),
            ("22 miles", "the same distance in miles"),
        ],
    ),
    A(
        "de-marokko-schnee",
        "de",
        "2026-01-26",
        "dev",
        """
Schnee schneidet Ifrane ab – knapp {a} Kilometer südlich von Fès
RABAT (geomap) – Heftiger Schneefall hat am Montag den Mittleren Atlas lahmgelegt. In Ifrane, das auf 1.665 Metern liegt, fielen binnen 24 Stunden 60 Zentimeter Schnee; die Nationalstraße 8 nach Azrou blieb gesperrt. Die Stadt liegt gut {b} Kilometer nordöstlich von Azrou. „Bis Meknès sind es nur {c} Kilometer, aber seit zwei Tagen kommt kein Lastwagen durch", sagte ein Händler in Azrou. Auch im Osten schneite es: Im algerischen Tlemcen, etwa {d} Kilometer östlich von Oujda, fiel der Strom aus. Oujda selbst liegt mehr als {e} Kilometer östlich der Hauptstadt. In der Provinz Midelt waren zwölf Dörfer ohne Strom; Boumia, rund {f} Kilometer westlich der Provinzhauptstadt, ist seit Sonntag nur per Hubschrauber erreichbar. Ein Sack Holzkohle kostete dort 150 Dirham, so viel wie nie seit 2012.
Foto: Schneeräumer auf der Straße bei Khénifra, rund {g} Kilometer südwestlich von Azrou.
""",
        [
            c(
                "plain",
                "knapp {a} Kilometer",
                "point",
                P("Ifrane", "aq_ifrane", 0),
                P("Fès", "aq_fes", 0),
                d="S",
                note="a distance in the headline",
            ),
            c(
                3,
                "gut {b} Kilometer",
                "point",
                P("Die Stadt", "aq_ifrane", 1),
                P("Azrou", "aq_azrou", 1),
                d="NE",
                note="`Die Stadt`: the town the sentence before is about, not the one it ends with",
            ),
            c(
                4,
                "nur {c} Kilometer",
                "pair",
                P("Meknès", "aq_meknes", 0),
                P("Azrou", "aq_azrou", 2),
                want=False,
                note="`„Bis <B> sind es N Kilometer\", sagte ein Händler in <A>`: the speaker's town",
            ),
            c(
                7,
                "etwa {d} Kilometer",
                "point",
                P("Tlemcen", "aq_tlemcen", 0),
                P("Oujda", "aq_oujda", 0),
                d="E",
            ),
            c(
                3,
                "mehr als {e} Kilometer",
                "point",
                P("Oujda", "aq_oujda", 1),
                P("der Hauptstadt", "aq_rabat", 0),
                d="E",
                note="`der Hauptstadt` of the dateline's country after a town of another country",
            ),
            c(
                3,
                "rund {f} Kilometer",
                "point",
                P("Boumia", "aq_boumia", 0),
                P("der Provinzhauptstadt", "aq_midelt", 0),
                d="W",
                want=False,
                note="`der Provinzhauptstadt`: the seat of the province the sentence names",
            ),
            c(
                "plain",
                "rund {g} Kilometer",
                "point",
                P("Khénifra", "aq_khenifra", 0),
                P("Azrou", "aq_azrou", 3),
                d="SW",
                note="a photo caption",
            ),
        ],
        [
            ("1.665 Metern", "altitude"),
            ("24 Stunden", "duration"),
            ("60 Zentimeter", "snow depth"),
            ("Nationalstraße 8", "road number"),
            ("150 Dirham", "price"),
            ("2012", "year"),
        ],
    ),
    A(
        "en-solomons-cyclone",
        "en",
        "2026-02-09",
        "dev",
        """
Cyclone cuts off Gizo, some {a} km west of Honiara
HONIARA, Solomon Islands (geomap) - Cyclone Lola tore the roofs off hundreds of homes in Western Province on Sunday, with gusts of 180 km/h, and cut power to the provincial capital. Munda, home to the province's main airport, lies about {b} km south-east of the provincial capital. In the capital, the Mataniko River burst its banks. Neighbouring Tulagi, about {c} km to the north-east across the sound, reported damaged jetties. Auki, the main town on Malaita, lies about 110 km (68 miles) north-east of the capital. "We are about {e} km from the capital and nobody has come to help us," a nurse in Buala on Isabel said. The government has set aside 2 million Solomon dollars for repairs.
PHOTO: A patrol boat brings water to Lata, the Temotu provincial capital, some {f} km east of Honiara.
""",
        [
            c(
                "plain",
                "some {a} km",
                "point",
                P("Gizo", "aq_gizo", 0),
                P("Honiara", "aq_honiara", 0),
                d="W",
                note="a distance in the headline",
            ),
            c(
                3,
                "about {b} km",
                "point",
                P("Munda", "aq_munda", 0),
                P("the provincial capital", "aq_gizo", 1),
                d="SE",
                note="`the provincial capital` of the province named in the sentence before (its seat is in the headline)",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Tulagi", "aq_tulagi", 0),
                P("the capital", "aq_honiara", 0),
                d="NE",
                want=False,
                note="`Neighbouring <B>, about N km to the north-east`: from the capital of the sentence before",
            ),
            c(
                3,
                "about 110 km",
                "point",
                P("Auki", "aq_auki", 0),
                P("the capital", "aq_honiara", 1),
                d="NE",
                note="`N km (M miles)`; `the capital` of the dateline's country",
            ),
            c(
                3,
                "about {e} km",
                "point",
                P("We", "aq_buala", 0),
                P("the capital", "aq_honiara", 2),
                want=False,
                note="`We` in a quote: the speaker's town in the attribution after it",
            ),
            c(
                "plain",
                "some {f} km",
                "point",
                P("Lata", "aq_lata", 0),
                P("Honiara", "aq_honiara", 1),
                d="E",
                note="a photo caption, an apposition naming a province before the distance",
            ),
        ],
        [
            ("180 km/h", "wind speed"),
            ("68 miles", "the same distance in miles"),
            ("2 million Solomon dollars", "money"),
        ],
    ),
    A(
        "de-estland-sturm",
        "de",
        "2026-10-14",
        "dev",
        """
Sturm deckt Dächer in Pärnu ab – gut {a} Kilometer südlich von Tallinn
TALLINN (geomap) – Ein Herbststurm mit Böen von 120 Kilometern pro Stunde hat am Mittwoch die estnische Westküste getroffen; rund 40.000 Haushalte waren ohne Strom, es war der schwerste Sturm seit 2005. Die Fähren nach Helsinki, rund {b} Kilometer nördlich, blieben im Hafen. Haapsalu, knapp {c} Kilometer südwestlich der Hauptstadt, meldete vier Meter hohe Wellen. „Bis Pärnu sind es von hier knapp {d} Kilometer, aber die Küstenstraße ist gesperrt", sagte ein Sprecher der Feuerwehr in Haapsalu. Auf Saaremaa fiel in Kuressaare der Strom aus; die Stadt liegt rund {e} Kilometer südwestlich von Haapsalu. In Narva an der russischen Grenze, mehr als {f} Kilometer östlich von Tallinn, blieb es ruhig.
Foto: Umgestürzte Bäume in Rakvere, rund {g} Kilometer östlich von Tallinn.
""",
        [
            c(
                "plain",
                "gut {a} Kilometer",
                "point",
                P("Pärnu", "aq_parnu", 0),
                P("Tallinn", "aq_tallinn", 0),
                d="S",
                note="a distance in the headline",
            ),
            c(
                4,
                "rund {b} Kilometer",
                "point",
                P("Helsinki", "aq_helsinki", 0),
                P("TALLINN", "aq_tallinn", 0),
                d="N",
                note="no reference: the dateline",
            ),
            c(
                3,
                "knapp {c} Kilometer",
                "point",
                P("Haapsalu", "aq_haapsalu", 0),
                P("der Hauptstadt", "aq_tallinn", 0),
                d="SW",
                want=False,
                note="`der Hauptstadt` of the dateline's country right after another country's capital",
            ),
            c(
                4,
                "knapp {d} Kilometer",
                "pair",
                P("Pärnu", "aq_parnu", 1),
                P("hier", "aq_haapsalu", 0),
                note='`„Bis <B> sind es von hier N Kilometer", sagte ... in <A>`',
            ),
            c(
                3,
                "rund {e} Kilometer",
                "point",
                P("die Stadt", "aq_kuressaare", 0),
                P("Haapsalu", "aq_haapsalu", 2),
                d="SW",
                note="`die Stadt` after a semicolon: the town just named",
            ),
            c(
                "plain",
                "mehr als {f} Kilometer",
                "point",
                P("Narva", "aq_narva", 0),
                P("Tallinn", "aq_tallinn", 1),
                d="E",
                want=False,
            ),
            c(
                "plain",
                "rund {g} Kilometer",
                "point",
                P("Rakvere", "aq_rakvere", 0),
                P("Tallinn", "aq_tallinn", 2),
                d="E",
                note="a photo caption",
            ),
        ],
        [
            ("120 Kilometern pro Stunde", "wind speed"),
            ("40.000 Haushalte", "count"),
            ("2005", "year"),
            ("vier Meter", "wave height"),
        ],
    ),
    A(
        "en-liberia-floods",
        "en",
        "2026-08-22",
        "dev",
        """
Floods cut off Buchanan, {a} km from the capital
MONROVIA, Liberia (geomap) - Days of torrential rain have flooded large parts of Grand Bassa, Margibi and Bong counties, the disaster agency said on Saturday, and at least 14 people have died. In Buchanan, the port where the iron ore railway ends, the water stood a metre deep in the market. Kakata, some {b} km north-east of Monrovia, opened three schools as shelters. Neighbouring Harbel, home of the Firestone plantation, about {c} km to the south, lost its bridge. Gbarnga, the capital of Bong County, lies about {d} km north-east of Kakata. In Nimba County on the Guinean border, Ganta, a trading town some {e} km south-west of the county seat, was cut off. "Buchanan is only {f} km from us, but no truck has got through since Tuesday," a trader in Harbel said. A bag of rice now costs 2,500 Liberian dollars, the highest price since 2014.
PHOTO: Residents wade through a flooded street in Greenville, about {g} km south-east of Buchanan.
""",
        [
            c(
                3,
                "{a} km",
                "point",
                P("Buchanan", "aq_buchanan", 0),
                P("the capital", "aq_monrovia", 0),
                note="a distance in the headline; `the capital` of the dateline's country",
            ),
            c(
                "plain",
                "some {b} km",
                "point",
                P("Kakata", "aq_kakata", 0),
                P("Monrovia", "aq_monrovia", 0),
                d="NE",
            ),
            c(
                4,
                "about {c} km",
                "point",
                P("Harbel", "aq_harbel", 0),
                P("Kakata", "aq_kakata", 0),
                d="S",
                want=False,
                note="`Neighbouring <B>, ..., about N km to the south`: from the town of the sentence before",
            ),
            c(
                1,
                "about {d} km",
                "point",
                P("Gbarnga", "aq_gbarnga", 0),
                P("Kakata", "aq_kakata", 1),
                d="NE",
            ),
            c(
                3,
                "some {e} km",
                "point",
                P("Ganta", "aq_ganta", 0),
                P("the county seat", "aq_sanniquellie", 0),
                d="SW",
                note="`the county seat`: the seat of the county the sentence names (never named in the text)",
            ),
            c(
                3,
                "only {f} km",
                "point",
                P("Buchanan", "aq_buchanan", 2),
                P("us", "aq_harbel", 0),
                note="`from us` in a quote: the speaker's town in the attribution after it",
            ),
            c(
                "plain",
                "about {g} km",
                "point",
                P("Greenville", "aq_greenville", 0),
                P("Buchanan", "aq_buchanan", 3),
                d="SE",
                want=False,
                note="a photo caption",
            ),
        ],
        [
            ("14 people", "count"),
            ("2,500 Liberian dollars", "price"),
            ("2014", "year"),
        ],
    ),
    A(
        "de-myanmar-hochwasser",
        "de",
        "2026-07-28",
        "dev",
        """
Hochwasser in Myanmar: Bago, rund {a} Kilometer nordöstlich von Yangon, steht unter Wasser
YANGON (geomap) – Nach tagelangem Monsunregen ist der Bago-Fluss über die Ufer getreten; in der Altstadt von Bago stand das Wasser am Dienstag 1,5 Meter hoch, rund 20.000 Menschen flohen. Die Bahnstrecke nach Mandalay wurde bei Kilometer 74 unterbrochen. Taungoo, die nächste größere Stadt an der Strecke, liegt gut {b} Kilometer nördlich von Bago. „Bis zur Hauptstadt sind es von hier noch gut {c} Kilometer, und die Straße steht an vielen Stellen unter Wasser", sagte ein Beamter in Taungoo. Im Karen-Staat stieg der Saluen bei Hpa-An auf 9,2 Meter. Der Grenzort Myawaddy, rund {d} Kilometer östlich der Stadt, meldete Erdrutsche. Mawlamyine, die viertgrößte Stadt des Landes, liegt knapp {e} Kilometer östlich von Yangon. Ein Sack Reis kostete dort 45.000 Kyat.
Foto: Helfer verteilen Reis in Pathein, rund {f} Kilometer westlich von Yangon.
""",
        [
            c(
                "plain",
                "rund {a} Kilometer",
                "point",
                P("Bago", "aq_bago", 0),
                P("Yangon", "aq_yangon", 0),
                d="NE",
                note="a distance in the headline",
            ),
            c(
                1,
                "gut {b} Kilometer",
                "point",
                P("Taungoo", "aq_taungoo", 0),
                P("Bago", "aq_bago", 3),
                d="N",
                want=False,
                note="an apposition without a place between the subject and the distance",
            ),
            c(
                3,
                "gut {c} Kilometer",
                "pair",
                P("Hauptstadt", "aq_naypyidaw", 0),
                P("hier", "aq_taungoo", 0),
                note="`„Bis zur Hauptstadt sind es von hier N Kilometer\", sagte ... in <A>`; Myanmar's capital is Naypyidaw, not the dateline",
            ),
            c(
                3,
                "rund {d} Kilometer",
                "point",
                P("Myawaddy", "aq_myawaddy", 0),
                P("der Stadt", "aq_hpaan", 0),
                d="E",
                note="`der Stadt`: the town the sentence before names",
            ),
            c(
                1,
                "knapp {e} Kilometer",
                "point",
                P("Mawlamyine", "aq_mawlamyine", 0),
                P("Yangon", "aq_yangon", 1),
                d="E",
                want=False,
            ),
            c(
                "plain",
                "rund {f} Kilometer",
                "point",
                P("Pathein", "aq_pathein", 0),
                P("Yangon", "aq_yangon", 2),
                d="W",
                note="a photo caption",
            ),
        ],
        [
            ("1,5 Meter", "water level"),
            ("20.000 Menschen", "count"),
            ("Kilometer 74", "rail marker"),
            ("9,2 Meter", "river level"),
            ("45.000 Kyat", "price"),
        ],
    ),
]
