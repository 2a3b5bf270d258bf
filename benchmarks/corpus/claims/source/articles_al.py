# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AL (written for geomap by helper h-cwire, 2026-12-04, fourteenth session;
not copied from any news source). DEV: plain wire copy in the style of batches AI and AJ
(datelines `CITY (geomap) -`, `CITY, Country (geomap) -`, `CITY, Country, Date (geomap) -`;
ordinary sentences), from regions the dev sources had none or almost none of: Guatemala and
El Salvador, central Somalia with north-eastern Kenya, northern Azerbaijan with Tbilisi,
Gabon, central Nepal, and Tanzania's south coast with northern Mozambique. Gold written from
the text before geomap ran on it. Coordinates under `al_` keys in this file: city centres and
a summit written from general knowledge (GeoNames/Wikipedia-style points), never from geomap
or its gazetteer."""

from places import PLACES, A, Line, P, c

PLACES.update(
    {
        # Guatemala, El Salvador
        "al_guatemala": ("Guatemala City", 14.6349, -90.5069, "city", "GT"),
        "al_antigua": ("Antigua Guatemala", 14.5586, -90.7295, "city", "GT"),
        "al_escuintla": ("Escuintla", 14.3050, -90.7850, "city", "GT"),
        "al_xela": ("Quetzaltenango", 14.8347, -91.5181, "city", "GT"),
        "al_fuego": ("Volcán de Fuego", 14.4747, -90.8806, "summit", "GT"),
        "al_sansalvador": ("San Salvador", 13.6929, -89.2182, "city", "SV"),
        # Somalia, Kenya
        "al_mogadishu": ("Mogadishu", 2.0469, 45.3182, "city", "SO"),
        "al_beledweyne": ("Beledweyne", 4.7358, 45.2036, "city", "SO"),
        "al_buloburte": ("Bulo Burte", 3.8530, 45.5670, "city", "SO"),
        "al_jowhar": ("Jowhar", 2.7809, 45.5005, "city", "SO"),
        "al_baidoa": ("Baidoa", 3.1136, 43.6498, "city", "SO"),
        "al_kismayo": ("Kismayo", -0.3582, 42.5454, "city", "SO"),
        "al_garissa": ("Garissa", -0.4532, 39.6461, "city", "KE"),
        # Azerbaijan, Georgia
        "al_baku": ("Baku", 40.4093, 49.8671, "city", "AZ"),
        "al_shamakhi": ("Shamakhi", 40.6303, 48.6414, "city", "AZ"),
        "al_gabala": ("Gabala", 40.9814, 47.8458, "city", "AZ"),
        "al_sheki": ("Sheki", 41.1919, 47.1706, "city", "AZ"),
        "al_mingachevir": ("Mingachevir", 40.7703, 47.0496, "city", "AZ"),
        "al_ganja": ("Ganja", 40.6828, 46.3606, "city", "AZ"),
        "al_tbilisi": ("Tbilisi", 41.7151, 44.8271, "city", "GE"),
        # Gabon
        "al_libreville": ("Libreville", 0.4162, 9.4673, "city", "GA"),
        "al_lambarene": ("Lambaréné", -0.7001, 10.2406, "city", "GA"),
        "al_portgentil": ("Port-Gentil", -0.7193, 8.7815, "city", "GA"),
        "al_oyem": ("Oyem", 1.5993, 11.5793, "city", "GA"),
        "al_franceville": ("Franceville", -1.6333, 13.5833, "city", "GA"),
        "al_mouila": ("Mouila", -1.8667, 11.0559, "city", "GA"),
        # Nepal
        "al_kathmandu": ("Kathmandu", 27.7172, 85.3240, "city", "NP"),
        "al_mugling": ("Mugling", 27.8550, 84.5600, "city", "NP"),
        "al_pokhara": ("Pokhara", 28.2096, 83.9856, "city", "NP"),
        "al_bharatpur": ("Bharatpur", 27.6768, 84.4359, "city", "NP"),
        # Tanzania, Mozambique
        "al_dar": ("Dar es Salaam", -6.7924, 39.2083, "city", "TZ"),
        "al_mtwara": ("Mtwara", -10.2736, 40.1828, "city", "TZ"),
        "al_lindi": ("Lindi", -9.9971, 39.7165, "city", "TZ"),
        "al_kilwa": ("Kilwa Masoko", -8.9333, 39.5167, "city", "TZ"),
        "al_mocimboa": ("Mocímboa da Praia", -11.3500, 40.3500, "city", "MZ"),
        "al_dodoma": ("Dodoma", -6.1630, 35.7516, "city", "TZ"),
        "al_morogoro": ("Morogoro", -6.8211, 37.6612, "city", "TZ"),
    }
)

ARTICLES = [
    A(
        "en-guatemala-fuego",
        "en",
        "2026-03-09",
        "dev",
        """
Fuego volcano erupts, thousands flee in Guatemala
GUATEMALA CITY, March 9 (geomap) - Guatemala's Fuego volcano erupted on Sunday, sending ash 6 km into the sky and forcing more than 3,000 people from their homes, the disaster agency said. The volcano, about {a} km south-west of the capital, is one of the most active in Central America. In Antigua Guatemala, some {b} km north-east of the crater, residents swept ash from the streets. La Aurora airport was closed for 12 hours. Escuintla, {c} km south-west of Guatemala City, opened shelters for 900 evacuees. The ash cloud drifted towards Quetzaltenango, the country's second city, about {d} km from the volcano. Authorities in San Salvador, some {e} km to the south-east, said no ash had fallen in El Salvador. An eruption in 2018 killed more than 200 people.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The volcano", "al_fuego", 0),
                P("the capital", "al_guatemala", 0),
                d="SW",
                note="a descriptive subject for the volcano of the sentence before, `the capital` for the dateline city",
            ),
            c(
                3,
                "some {b} km",
                "point",
                P("Antigua Guatemala", "al_antigua", 0),
                P("the crater", "al_fuego", 0),
                d="NE",
                want=False,
                note="`In A, some N km north-east of the crater,`: the crater is the volcano's",
            ),
            c(
                "plain",
                "{c} km",
                "point",
                P("Escuintla", "al_escuintla", 0),
                P("Guatemala City", "al_guatemala", 0),
                d="SW",
            ),
            c(
                1,
                "about {d} km",
                "point",
                P("Quetzaltenango", "al_xela", 0),
                P("the volcano", "al_fuego", 0),
                want=False,
                note="`towards A, the country's second city, about N km from the volcano`",
            ),
            c(
                4,
                "some {e} km",
                "point",
                P("San Salvador", "al_sansalvador", 0),
                P("(dateline) GUATEMALA CITY", "al_guatemala", 0),
                d="SE",
                note="`Authorities in A, some N km to the south-east,`: seen from the dateline",
            ),
        ],
        [
            ("6 km", "ash column height"),
            ("3,000 people", "count"),
            ("12 hours", "duration"),
            ("900 evacuees", "count"),
            ("200 people", "death toll"),
        ],
    ),
    A(
        "de-somalia-shabelle",
        "de",
        "2026-11-05",
        "dev",
        """
Hochwasser am Shabelle: Zehntausende auf der Flucht
MOGADISCHU (geomap) – Nach tagelangen Regenfällen ist der Fluss Shabelle in Zentralsomalia über die Ufer getreten. In Beledweyne, rund {a} Kilometer nördlich von Mogadischu, stehen ganze Stadtviertel unter Wasser, wie die Regionalverwaltung mitteilte. Mehr als 40.000 Menschen seien geflohen, der Pegel sei binnen einer Woche um 3,5 Meter gestiegen. Auch Bulo Burte, etwa {b} Kilometer südlich von Beledweyne, ist von der Außenwelt abgeschnitten. Hilfsgüter werden über Jowhar gebracht; die Stadt liegt knapp {c} Kilometer nördlich der Hauptstadt. Das Welternährungsprogramm flog am Dienstag 20 Tonnen Lebensmittel von Mogadischu nach Baidoa, das gut {d} Kilometer nordwestlich liegt. Im Süden des Landes meldete die Hafenstadt Kismayo, {e} Kilometer südwestlich von Mogadischu, ebenfalls Überschwemmungen. Im kenianischen Garissa, rund {f} Kilometer westlich von Kismayo, fielen binnen zwei Tagen 180 Millimeter Regen.
""",
        [
            c(
                "plain",
                "rund {a} Kilometer",
                "point",
                P("Beledweyne", "al_beledweyne", 0),
                P("Mogadischu", "al_mogadishu", 0),
                d="N",
            ),
            c(
                "plain",
                "etwa {b} Kilometer",
                "point",
                P("Bulo Burte", "al_buloburte", 0),
                P("Beledweyne", "al_beledweyne", 1),
                d="S",
                want=False,
            ),
            c(
                3,
                "knapp {c} Kilometer",
                "point",
                P("die Stadt", "al_jowhar", 0),
                P("der Hauptstadt", "al_mogadishu", 0),
                d="N",
                note="after a semicolon, `die Stadt` for the town just named and `der Hauptstadt` for the dateline city",
            ),
            c(
                4,
                "gut {d} Kilometer",
                "point",
                P("Baidoa", "al_baidoa", 0),
                P("Mogadischu", "al_mogadishu", 1),
                d="NW",
                note="`von A nach B, das gut N Kilometer nordwestlich liegt`: the reference is the flight's start",
            ),
            c(
                5,
                "{e} Kilometer",
                "point",
                P("Kismayo", "al_kismayo", 0),
                P("Mogadischu", "al_mogadishu", 2),
                d="SW",
                want=False,
                note="`Im Süden des Landes meldete die Hafenstadt A, N Kilometer ... von B,`",
            ),
            c(
                7,
                "rund {f} Kilometer",
                "point",
                P("Garissa", "al_garissa", 0),
                P("Kismayo", "al_kismayo", 1),
                d="W",
            ),
        ],
        [
            ("40.000 Menschen", "count"),
            ("3,5 Meter", "water level"),
            ("20 Tonnen", "weight"),
            ("180 Millimeter", "rainfall"),
        ],
    ),
    A(
        "en-azerbaijan-quake",
        "en",
        "2026-02-17",
        "dev",
        """
Quake damages homes in northern Azerbaijan
BAKU, Azerbaijan (geomap) - A magnitude 5.4 earthquake struck northern Azerbaijan early on Tuesday, damaging hundreds of homes in Shamakhi, about {a} km west of Baku, the emergencies ministry said. Its epicentre was near Gabala, some {b} km north-west of Shamakhi, at a depth of 12 km, the national seismic service said. Tremors were felt in Sheki, which lies about {c} km west of Gabala. In Mingachevir, {d} km south of Sheki, a school was evacuated and 17 pupils were treated for shock. Ganja, the country's second-largest city some {e} km west of the capital, reported cracked walls. Officials in Tbilisi, the Georgian capital about {f} km west of Sheki, said the quake had been felt in eastern Georgia. An earthquake in the region killed 31 people in 2000.
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Shamakhi", "al_shamakhi", 0),
                P("Baku", "al_baku", 1),
                d="W",
                note="`damaging hundreds of homes in A, about N km west of B`",
            ),
            c(
                "plain",
                "some {b} km",
                "point",
                P("Gabala", "al_gabala", 0),
                P("Shamakhi", "al_shamakhi", 1),
                d="NW",
                want=False,
            ),
            c(
                8,
                "about {c} km",
                "point",
                P("Sheki", "al_sheki", 0),
                P("Gabala", "al_gabala", 1),
                d="W",
            ),
            c(
                "plain",
                "{d} km",
                "point",
                P("Mingachevir", "al_mingachevir", 0),
                P("Sheki", "al_sheki", 1),
                d="S",
                want=False,
            ),
            c(
                3,
                "some {e} km",
                "point",
                P("Ganja", "al_ganja", 0),
                P("the capital", "al_baku", 0),
                d="W",
                want=False,
                note="`A, the country's second-largest city some N km west of the capital,` under the capital's dateline",
            ),
            c(
                1,
                "about {f} km",
                "point",
                P("Tbilisi", "al_tbilisi", 0),
                P("Sheki", "al_sheki", 2),
                d="W",
                note="`Officials in A, the Georgian capital about N km west of B,`",
            ),
        ],
        [
            ("5.4", "magnitude"),
            ("12 km", "depth"),
            ("17 pupils", "count"),
            ("31 people", "death toll"),
        ],
    ),
    A(
        "de-gabun-ogooue",
        "de",
        "2026-04-22",
        "dev",
        """
Überschwemmungen in Gabun: Straßen ins Landesinnere gesperrt
LIBREVILLE (geomap) – Heftige Regenfälle haben in Gabun mehrere Flüsse über die Ufer treten lassen. In Lambaréné, rund {a} Kilometer südöstlich von Libreville, stieg der Ogooué nach Angaben der Behörden um 3 Meter. Die Stadt, die nur rund {b} Kilometer südlich des Äquators liegt, zählt etwa 38.000 Einwohner. Die Hafenstadt Port-Gentil, knapp {c} Kilometer südwestlich von Libreville, ist derzeit nur per Schiff oder Flugzeug erreichbar. Von Libreville aus sind es auf der Straße rund {d} Kilometer bis Oyem nahe der Grenze zu Kamerun; auch diese Verbindung ist unterbrochen. Franceville im Südosten des Landes, gut {e} Kilometer von der Hauptstadt entfernt, meldete 1.200 obdachlose Familien. Weiter südlich blieb Mouila, {f} Kilometer südöstlich von Lambaréné, weitgehend verschont.
""",
        [
            c(
                "plain",
                "rund {a} Kilometer",
                "point",
                P("Lambaréné", "al_lambarene", 0),
                P("Libreville", "al_libreville", 1),
                d="SE",
            ),
            c(
                10,
                "nur rund {b} Kilometer",
                "latitude",
                P("Die Stadt", "al_lambarene", 0),
                Line("des Äquators", "equator"),
                d="S",
                note="a relative clause after a descriptive subject: the town of the sentence before and the Equator",
            ),
            c(
                "plain",
                "knapp {c} Kilometer",
                "point",
                P("Port-Gentil", "al_portgentil", 0),
                P("Libreville", "al_libreville", 2),
                d="SW",
                note="`Die Hafenstadt A, knapp N Kilometer ... von B,`",
            ),
            c(
                6,
                "rund {d} Kilometer",
                "route",
                P("Libreville", "al_libreville", 3),
                P("Oyem", "al_oyem", 0),
                note="`Von A aus sind es auf der Straße rund N Kilometer bis B`: a road length",
            ),
            c(
                3,
                "gut {e} Kilometer",
                "point",
                P("Franceville", "al_franceville", 0),
                P("der Hauptstadt", "al_libreville", 0),
                want=False,
                note="`A im Südosten des Landes, gut N Kilometer von der Hauptstadt entfernt,`",
            ),
            c(
                "plain",
                "{f} Kilometer",
                "point",
                P("Mouila", "al_mouila", 0),
                P("Lambaréné", "al_lambarene", 1),
                d="SE",
                want=False,
            ),
        ],
        [
            ("3 Meter", "water level"),
            ("38.000 Einwohner", "population"),
            ("1.200 obdachlose Familien", "count"),
        ],
    ),
    A(
        "en-nepal-landslides",
        "en",
        "2026-07-21",
        "dev",
        """
Landslides cut Nepal's main highway, 14 dead
KATHMANDU, Nepal, July 21 (geomap) - Monsoon landslides buried a stretch of the Prithvi Highway near Mugling on Monday, cutting the capital's main road link to the west, police said. At least 14 people were killed and 30 were missing. The junction town, about {a} km west of Kathmandu, has had 250 mm of rain since Friday. Buses bound for Pokhara, some {b} km further north-west, were turned back. In Bharatpur, {c} km south-west of Mugling, the Narayani river rose 4 metres. Rescue teams came from Pokhara, which lies about {d} km west of the capital. Traffic on the {e}-km highway between Kathmandu and Pokhara could resume on Wednesday, when more than 1,500 vehicles are expected, police said.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("The junction town", "al_mugling", 0),
                P("Kathmandu", "al_kathmandu", 1),
                d="W",
                note="a descriptive subject after the sentence naming the town",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Pokhara", "al_pokhara", 0),
                P("Mugling", "al_mugling", 0),
                d="NW",
                note="`bound for A, some N km further north-west`: onward from the descriptive subject of the sentence before",
            ),
            c(
                "plain",
                "{c} km",
                "point",
                P("Bharatpur", "al_bharatpur", 0),
                P("Mugling", "al_mugling", 1),
                d="SW",
                want=False,
            ),
            c(
                8,
                "about {d} km",
                "point",
                P("Pokhara", "al_pokhara", 1),
                P("the capital", "al_kathmandu", 0),
                d="W",
                want=False,
                note="`came from A, which lies about N km west of the capital`",
            ),
            c(
                6,
                "{e}-km",
                "route",
                P("Kathmandu", "al_kathmandu", 2),
                P("Pokhara", "al_pokhara", 2),
                note="`the N-km highway between A and B`",
            ),
        ],
        [
            ("14 people", "death toll"),
            ("30 were missing", "count"),
            ("250 mm", "rainfall"),
            ("4 metres", "water level"),
            ("1,500 vehicles", "count"),
        ],
    ),
    A(
        "de-tansania-zyklon",
        "de",
        "2026-04-04",
        "dev",
        """
Zyklon trifft Tansanias Südküste
DARESSALAM (geomap) – Ein tropischer Wirbelsturm ist am Samstag bei Mtwara, rund {a} Kilometer südlich von Daressalam, mit Windgeschwindigkeiten von 150 Kilometern pro Stunde auf Land getroffen. Mindestens zwölf Menschen kamen ums Leben, mehr als 2.000 Häuser wurden beschädigt. Auch Lindi meldete schwere Schäden; die Stadt liegt knapp {b} Kilometer nordwestlich von Mtwara. Kilwa Masoko, das etwa {c} Kilometer nördlich von Lindi liegt, war den zweiten Tag ohne Strom. Im mosambikanischen Mocímboa da Praia, rund {d} Kilometer südlich von Mtwara, fielen 300 Millimeter Regen. Die Regierung in Dodoma, {e} Kilometer westlich von Daressalam, sagte Hilfe im Wert von 5 Millionen Dollar zu. Ein Hilfskonvoi brach am Sonntag in Morogoro auf; von dort sind es bis Lindi mehr als {f} Kilometer auf der Straße.
""",
        [
            c(
                "plain",
                "rund {a} Kilometer",
                "point",
                P("Mtwara", "al_mtwara", 0),
                P("Daressalam", "al_dar", 1),
                d="S",
                note="`bei A, rund N Kilometer südlich von B, ... auf Land getroffen`",
            ),
            c(
                3,
                "knapp {b} Kilometer",
                "point",
                P("die Stadt", "al_lindi", 0),
                P("Mtwara", "al_mtwara", 1),
                d="NW",
                note="after a semicolon, `die Stadt` for the town just named",
            ),
            c(
                8,
                "etwa {c} Kilometer",
                "point",
                P("Kilwa Masoko", "al_kilwa", 0),
                P("Lindi", "al_lindi", 1),
                d="N",
                want=False,
            ),
            c(
                7,
                "rund {d} Kilometer",
                "point",
                P("Mocímboa da Praia", "al_mocimboa", 0),
                P("Mtwara", "al_mtwara", 2),
                d="S",
            ),
            c(
                1,
                "{e} Kilometer",
                "point",
                P("Dodoma", "al_dodoma", 0),
                P("Daressalam", "al_dar", 2),
                d="W",
                want=False,
                note="`Die Regierung in A, N Kilometer westlich von B,`",
            ),
            c(
                4,
                "mehr als {f} Kilometer",
                "route",
                P("Lindi", "al_lindi", 2),
                P("Morogoro", "al_morogoro", 0),
                note="`in A ...; von dort sind es bis B mehr als N Kilometer auf der Straße`: a road length from the place before",
            ),
        ],
        [
            ("150 Kilometern pro Stunde", "wind speed"),
            ("2.000 Häuser", "count"),
            ("300 Millimeter", "rainfall"),
            ("5 Millionen Dollar", "money"),
        ],
    ),
]
