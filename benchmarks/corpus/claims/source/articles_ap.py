# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AP (written for geomap by helper h15-cwire, 2026-12-04, fifteenth session,
round 3; not copied from any news source). DEV: plain wire copy from regions and shapes the
dev sources had least of: the Caucasus (Georgia, with Vladikavkaz across the border),
Arctic Russia (the Kola peninsula), the Sahel (Mauritania on the Senegal River, with
Saint-Louis in Senegal), the Andes (the Cusco region of Peru) and inland China (western
Sichuan). Heavy in classes 3 and 4: a descriptive subject or reference (`the capital`, `the
provincial capital`, `der Gebietshauptstadt`, `der Regionalhauptstadt`, `der Ort`, `the
town`, `die Nachbarstadt`), the dateline as implicit reference (`N km away`), a reference
in a prepositional chain, `N km further east` / `weitere N km` after a place, a flight in an
apposition with its travel time (a straight line, the session's decision), a drive or a
railway with its travel time (a route). Gold written from the text before geomap ran on
it. Coordinates under `ap_` keys in this file: town centres written from general knowledge
(GeoNames/Wikipedia-style points), never from geomap or its gazetteer."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Georgia, North Ossetia
        "ap_tbilisi": ("Tbilisi", 41.7151, 44.8271, "city", "GE"),
        "ap_stepantsminda": ("Stepantsminda", 42.6566, 44.6422, "city", "GE"),
        "ap_gudauri": ("Gudauri", 42.4773, 44.4797, "city", "GE"),
        "ap_vladikavkaz": ("Vladikavkaz", 43.0367, 44.6678, "city", "RU"),
        "ap_mestia": ("Mestia", 43.0453, 42.7297, "city", "GE"),
        "ap_zugdidi": ("Zugdidi", 42.5088, 41.8709, "city", "GE"),
        "ap_kutaisi": ("Kutaisi", 42.2679, 42.6946, "city", "GE"),
        "ap_batumi": ("Batumi", 41.6168, 41.6367, "city", "GE"),
        # Murmansk oblast
        "ap_murmansk": ("Murmansk", 68.9585, 33.0827, "city", "RU"),
        "ap_teriberka": ("Teriberka", 69.1642, 35.1408, "city", "RU"),
        "ap_severomorsk": ("Severomorsk", 69.0731, 33.4164, "city", "RU"),
        "ap_kirovsk": ("Kirovsk", 67.6150, 33.6640, "city", "RU"),
        "ap_apatity": ("Apatity", 67.5677, 33.4031, "city", "RU"),
        "ap_kandalaksha": ("Kandalaksha", 67.1567, 32.4143, "city", "RU"),
        "ap_nikel": ("Nikel", 69.4081, 30.2192, "city", "RU"),
        # Mauritania, Senegal
        "ap_nouakchott": ("Nouakchott", 18.0735, -15.9582, "city", "MR"),
        "ap_rosso": ("Rosso", 16.5138, -15.8050, "city", "MR"),
        "ap_kaedi": ("Kaédi", 16.1500, -13.5000, "city", "MR"),
        "ap_kiffa": ("Kiffa", 16.6166, -11.4044, "city", "MR"),
        "ap_aleg": ("Aleg", 17.0531, -13.9131, "city", "MR"),
        "ap_boghe": ("Boghé", 16.5904, -14.2630, "city", "MR"),
        "ap_atar": ("Atar", 20.5169, -13.0499, "city", "MR"),
        "ap_saintlouis": ("Saint-Louis", 16.0326, -16.4818, "city", "SN"),
        # Peru (Cusco region, Puno)
        "ap_cusco": ("Cusco", -13.5320, -71.9675, "city", "PE"),
        "ap_aguascalientes": ("Aguas Calientes", -13.1547, -72.5254, "city", "PE"),
        "ap_urubamba": ("Urubamba", -13.3047, -72.1156, "city", "PE"),
        "ap_ollantaytambo": ("Ollantaytambo", -13.2583, -72.2633, "city", "PE"),
        "ap_sicuani": ("Sicuani", -14.2694, -71.2261, "city", "PE"),
        "ap_puno": ("Puno", -15.8402, -70.0219, "city", "PE"),
        "ap_abancay": ("Abancay", -13.6339, -72.8814, "city", "PE"),
        # Sichuan, Chongqing
        "ap_chengdu": ("Chengdu", 30.5728, 104.0668, "city", "CN"),
        "ap_luding": ("Luding", 29.9142, 102.2333, "city", "CN"),
        "ap_kangding": ("Kangding", 30.0490, 101.9630, "city", "CN"),
        "ap_yaan": ("Ya'an", 29.9805, 103.0135, "city", "CN"),
        "ap_leshan": ("Leshan", 29.5521, 103.7656, "city", "CN"),
        "ap_moxi": ("Moxi", 29.6514, 102.1178, "city", "CN"),
        "ap_chongqing": ("Chongqing", 29.5630, 106.5516, "city", "CN"),
    }
)

ARTICLES = [
    A(
        "en-georgia-mudflow",
        "en",
        "2026-07-13",
        "dev",
        """
Mudflow cuts Georgia's road to Russia
TBILISI, Georgia (geomap) - A mudflow blocked the main road between Georgia and Russia on Monday after two days of heavy rain, stranding about 400 trucks near the border. Stepantsminda, the last town before the border, lies about {a} km north of the capital. The ski resort of Gudauri, some {b} km south-west of the town, was cut off for nine hours. In Vladikavkaz on the Russian side, about {c} km north of Stepantsminda, drivers waited in queues. The mountain town of Mestia, some {d} km north-east of Zugdidi, lost power. Kutaisi, the main city of western Georgia, lies about {e} km from Tbilisi. Batumi on the Black Sea, about {f} km south-west of Kutaisi, reported 140 mm of rain.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("Stepantsminda", "ap_stepantsminda", 0),
                P("the capital", "ap_tbilisi", 0),
                d="N",
                note="`the capital`: the dateline's country's capital",
            ),
            c(
                3,
                "some {b} km",
                "point",
                P("Gudauri", "ap_gudauri", 0),
                P("the town", "ap_stepantsminda", 1),
                d="SW",
                note="`the town`: the town the sentence before is about",
            ),
            c(
                "plain",
                "about {c} km",
                "point",
                P("Vladikavkaz", "ap_vladikavkaz", 0),
                P("Stepantsminda", "ap_stepantsminda", 2),
                d="N",
                want=False,
            ),
            c(
                "plain",
                "some {d} km",
                "point",
                P("Mestia", "ap_mestia", 0),
                P("Zugdidi", "ap_zugdidi", 0),
                d="NE",
            ),
            c(
                3,
                "about {e} km",
                "point",
                P("Kutaisi", "ap_kutaisi", 0),
                P("Tbilisi", "ap_tbilisi", 1),
                want=False,
                note="a descriptive apposition between the subject and the distance",
            ),
            c(
                "plain",
                "about {f} km",
                "point",
                P("Batumi", "ap_batumi", 0),
                P("Kutaisi", "ap_kutaisi", 1),
                d="SW",
            ),
        ],
        [
            ("two days", "duration"),
            ("400 trucks", "count"),
            ("nine hours", "duration"),
            ("140 mm", "rainfall"),
        ],
    ),
    A(
        "de-kola-schneesturm",
        "de",
        "2026-01-20",
        "dev",
        """
Schneesturm legt Kola-Halbinsel lahm
MURMANSK (geomap) – Ein Schneesturm hat am Dienstag den Norden der Kola-Halbinsel lahmgelegt; Böen erreichten 30 Meter pro Sekunde, die Temperatur fiel auf minus 28 Grad. Die Straße nach Teriberka, rund {a} Kilometer östlich der Gebietshauptstadt, war zwei Tage gesperrt. In Seweromorsk, knapp {b} Kilometer nordöstlich von Murmansk, fiel der Strom für sechs Stunden aus. Am schwersten traf es Kirowsk am Fuß der Chibinen, rund {c} Kilometer südlich von Murmansk. Die Nachbarstadt Apatity liegt nur {d} Kilometer westlich. Von der Gebietshauptstadt aus sind es bis Kandalakscha am Weißen Meer rund {e} Kilometer. In Nikel an der norwegischen Grenze, etwa {f} Kilometer von Murmansk entfernt, blieben die Schulen geschlossen.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Teriberka", "ap_teriberka", 0),
                P("der Gebietshauptstadt", "ap_murmansk", 0),
                d="E",
                note="`der Gebietshauptstadt` under the dateline of an oblast's seat",
            ),
            c(
                "plain",
                "knapp {b} Kilometer",
                "point",
                P("Seweromorsk", "ap_severomorsk", 0),
                P("Murmansk", "ap_murmansk", 1),
                d="NE",
            ),
            c(
                4,
                "rund {c} Kilometer",
                "point",
                P("Kirowsk", "ap_kirovsk", 0),
                P("Murmansk", "ap_murmansk", 2),
                d="S",
                want=False,
                note="the subject before a prepositional chain (`am Fuß der Chibinen`)",
            ),
            c(
                4,
                "nur {d} Kilometer",
                "point",
                P("Die Nachbarstadt Apatity", "ap_apatity", 0),
                P("Kirowsk", "ap_kirovsk", 0),
                d="W",
                note="no reference: the town of the sentence before (`Nachbarstadt`)",
            ),
            c(
                4,
                "rund {e} Kilometer",
                "point",
                P("der Gebietshauptstadt", "ap_murmansk", 1),
                P("Kandalakscha", "ap_kandalaksha", 0),
                want=False,
                note="`Von <A> aus sind es bis <B> N km` with no way word: a straight line",
            ),
            c(
                "plain",
                "etwa {f} Kilometer",
                "point",
                P("Nikel", "ap_nikel", 0),
                P("Murmansk", "ap_murmansk", 3),
            ),
        ],
        [
            ("30 Meter pro Sekunde", "wind speed"),
            ("minus 28 Grad", "temperature"),
            ("zwei Tage", "duration"),
            ("sechs Stunden", "duration"),
        ],
    ),
    A(
        "en-mauritania-floods",
        "en",
        "2026-09-02",
        "dev",
        """
Floods on the Senegal River drive thousands from their homes
NOUAKCHOTT, Mauritania (geomap) - Flash floods along the Senegal River have forced some 6,000 people from their homes, the interior ministry said on Wednesday. Rosso, the border town on the river, lies about {a} km south of the capital. In Kaédi, some {b} km east of Rosso, the river rose two metres overnight. Kiffa, a market town some {c} km further east, reported no damage. Aleg, the regional capital of Brakna, lies about {d} km north-east of Boghé. Flights from the capital to Atar, a trip of one hour and some {e} km, were suspended. In Saint-Louis across the border in Senegal, about {f} km south-west of Rosso, 300 homes were flooded.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("Rosso", "ap_rosso", 0),
                P("the capital", "ap_nouakchott", 0),
                d="S",
                note="`the capital`: the dateline's country's capital",
            ),
            c(
                "plain",
                "some {b} km",
                "point",
                P("Kaédi", "ap_kaedi", 0),
                P("Rosso", "ap_rosso", 1),
                d="E",
                want=False,
            ),
            c(
                4,
                "some {c} km",
                "point",
                P("Kiffa", "ap_kiffa", 0),
                P("Kaédi", "ap_kaedi", 1),
                d="E",
                note="`N km further east`: from the place the sentence before stood at",
            ),
            c(
                "plain",
                "about {d} km",
                "point",
                P("Aleg", "ap_aleg", 0),
                P("Boghé", "ap_boghe", 0),
                d="NE",
            ),
            c(
                6,
                "some {e} km",
                "point",
                P("the capital", "ap_nouakchott", 1),
                P("Atar", "ap_atar", 0),
                note="a flight in an apposition with its travel time: a straight line",
            ),
            c(
                "plain",
                "about {f} km",
                "point",
                P("Saint-Louis", "ap_saintlouis", 0),
                P("Rosso", "ap_rosso", 2),
                d="SW",
                want=False,
            ),
        ],
        [
            ("6,000 people", "count"),
            ("two metres", "height"),
            ("one hour", "travel time"),
            ("300 homes", "count"),
        ],
    ),
    A(
        "de-cusco-erdrutsche",
        "de",
        "2026-02-17",
        "dev",
        """
Erdrutsche schneiden Machu Picchu ab
CUSCO (geomap) – Nach tagelangem Regen haben Erdrutsche im Süden Perus die Bahnstrecke nach Machu Picchu verschüttet; rund 1.500 Touristen saßen in Aguas Calientes fest. Der Ort liegt rund {a} Kilometer nordwestlich von Cusco. In Urubamba im Heiligen Tal, etwa {b} Kilometer nordwestlich der Stadt, trat der Fluss über die Ufer. Die Bahn fährt von Ollantaytambo knapp {c} Kilometer bis Aguas Calientes; die Fahrt dauert zwei Stunden. Sicuani, die größte Stadt der Provinz Canchis, liegt rund {d} Kilometer südöstlich der Regionalhauptstadt. Puno am Titicacasee, weitere {e} Kilometer südöstlich, meldete Hagel. In Abancay, rund {f} Kilometer westlich von Cusco, blieben die Schulen geschlossen.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Der Ort", "ap_aguascalientes", 0),
                P("Cusco", "ap_cusco", 0),
                d="NW",
                note="`Der Ort`: the place the sentence before ends with",
            ),
            c(
                3,
                "etwa {b} Kilometer",
                "point",
                P("Urubamba", "ap_urubamba", 0),
                P("der Stadt", "ap_cusco", 1),
                d="NW",
                note="`der Stadt`: the city just named, also the dateline",
            ),
            c(
                6,
                "knapp {c} Kilometer",
                "route",
                P("Ollantaytambo", "ap_ollantaytambo", 0),
                P("Aguas Calientes", "ap_aguascalientes", 1),
                fac=1.3,
                note="a railway with its travel time: a route",
            ),
            c(
                3,
                "rund {d} Kilometer",
                "point",
                P("Sicuani", "ap_sicuani", 0),
                P("der Regionalhauptstadt", "ap_cusco", 2),
                d="SE",
                want=False,
                note="`der Regionalhauptstadt` under the dateline of a region's seat",
            ),
            c(
                4,
                "weitere {e} Kilometer",
                "point",
                P("Puno", "ap_puno", 0),
                P("Sicuani", "ap_sicuani", 1),
                d="SE",
                note="`weitere N km südöstlich`: onward from the place the sentence before named",
            ),
            c(
                "plain",
                "rund {f} Kilometer",
                "point",
                P("Abancay", "ap_abancay", 0),
                P("Cusco", "ap_cusco", 2),
                d="W",
                want=False,
            ),
        ],
        [
            ("1.500 Touristen", "count"),
            ("zwei Stunden", "travel time"),
        ],
    ),
    A(
        "en-sichuan-quake",
        "en",
        "2026-05-08",
        "dev",
        """
Earthquake kills 12 in western Sichuan
CHENGDU, China (geomap) - A magnitude 6.2 earthquake struck western Sichuan on Friday, killing at least 12 people. The epicentre lay near Luding, a county town some {a} km from the provincial capital. Kangding, the prefecture seat, lies about {b} km from Luding. Ya'an, about {c} km east of Luding, sent 300 rescuers. Leshan, some {d} km south of the provincial capital, felt strong shaking. From Chengdu it is about {e} km to Luding, a drive of some five hours on the expressway. Moxi, a mountain village some {f} km further south, was cut off. The quake was also felt in Chongqing, some {g} km away.
""",
        [
            c(
                3,
                "some {a} km",
                "point",
                P("Luding", "ap_luding", 0),
                P("the provincial capital", "ap_chengdu", 0),
                note="`the provincial capital` under the dateline of a province's seat",
            ),
            c(
                "plain",
                "about {b} km",
                "point",
                P("Kangding", "ap_kangding", 0),
                P("Luding", "ap_luding", 1),
            ),
            c(
                "plain",
                "about {c} km",
                "point",
                P("Ya'an", "ap_yaan", 0),
                P("Luding", "ap_luding", 2),
                d="E",
                want=False,
            ),
            c(
                3,
                "some {d} km",
                "point",
                P("Leshan", "ap_leshan", 0),
                P("the provincial capital", "ap_chengdu", 1),
                d="S",
            ),
            c(
                6,
                "about {e} km",
                "route",
                P("Chengdu", "ap_chengdu", 0),
                P("Luding", "ap_luding", 3),
                fac=1.25,
                note="a drive on a road with its travel time: a route",
            ),
            c(
                4,
                "some {f} km",
                "point",
                P("Moxi", "ap_moxi", 0),
                P("Luding", "ap_luding", 3),
                d="S",
                want=False,
                note="`N km further south` after a sentence that ends with the place it continues from",
            ),
            c(
                4,
                "some {g} km",
                "point",
                P("Chongqing", "ap_chongqing", 0),
                P("CHENGDU", "ap_chengdu", 0),
                note="`N km away` with no reference: the dateline",
            ),
        ],
        [
            ("magnitude 6.2", "magnitude"),
            ("12 people", "count"),
            ("300 rescuers", "count"),
            ("five hours", "travel time"),
        ],
    ),
]
