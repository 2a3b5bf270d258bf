# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BQ (written for geomap by helper h26-claims2, 2026-12-06, twenty-sixth
session; not copied from any news source). DEV: eight wire stories (3 de, 5 en) from regions
no claims batch names (Carinthia, the Algarve, Friuli, Rajasthan, Otago, the Western Cape,
northern Luzon, Tohoku), built around issue 15's classes 1, 3, 4, 8 and 11: the dateline town
referred to by a description (`der Landeshauptstadt`, `der Hafenstadt`, `der Stadt`, `the
state capital`, `the provincial capital`, `the regional capital`, `the prefectural capital`,
`the city`), implied (`rund N Kilometer entfernt`, `some N km to the north`), or by `hier` /
`here` / `we` in a quote with the speaker's place named; a description (`Die Bezirksstadt`,
`The town`, `The resort town`) of a town named in the sentence before; appositions without a
place (`X, the region's biggest port, lies ...`); distances to a coast or a border; a summit,
an island as subject. Gold written from the text before geomap ran on it; coordinates under
`bq_` keys from general knowledge; distances by truth.py; coast, border and island intervals
by hand (generous, figures chosen well clear of them)."""

from places import PLACES, A, Border, Coast, Area, P, c

PLACES.update(
    {
        # Carinthia
        "bq_klagenfurt": ("Klagenfurt", 46.6247, 14.3050, "city", "AT"),
        "bq_villach": ("Villach", 46.6167, 13.8500, "city", "AT"),
        "bq_velden": ("Velden am Wörther See", 46.6128, 14.0417, "town", "AT"),
        "bq_spittal": ("Spittal an der Drau", 46.7983, 13.4953, "town", "AT"),
        "bq_wolfsberg": ("Wolfsberg", 46.8406, 14.8442, "town", "AT"),
        "bq_hermagor": ("Hermagor", 46.6272, 13.3672, "town", "AT"),
        "bq_dobratsch": ("Dobratsch", 46.6033, 13.6711, "peak", "AT"),
        "bq_ljubljana": ("Ljubljana", 46.0569, 14.5058, "city", "SI"),
        # Algarve
        "bq_faro": ("Faro", 37.0194, -7.9304, "city", "PT"),
        "bq_monchique": ("Monchique", 37.3190, -8.5550, "town", "PT"),
        "bq_foia": ("Fóia", 37.3150, -8.5940, "peak", "PT"),
        "bq_portimao": ("Portimão", 37.1386, -8.5378, "city", "PT"),
        "bq_silves": ("Silves", 37.1889, -8.4386, "town", "PT"),
        "bq_tavira": ("Tavira", 37.1275, -7.6506, "town", "PT"),
        "bq_vrsa": ("Vila Real de Santo António", 37.1946, -7.4156, "town", "PT"),
        "bq_huelva": ("Huelva", 37.2614, -6.9447, "city", "ES"),
        "bq_lisbon": ("Lisbon", 38.7223, -9.1393, "city", "PT"),
        # Friuli
        "bq_udine": ("Udine", 46.0711, 13.2346, "city", "IT"),
        "bq_gemona": ("Gemona del Friuli", 46.2756, 13.1392, "town", "IT"),
        "bq_tolmezzo": ("Tolmezzo", 46.4000, 13.0167, "town", "IT"),
        "bq_cividale": ("Cividale del Friuli", 46.0936, 13.4347, "town", "IT"),
        "bq_pordenone": ("Pordenone", 45.9564, 12.6606, "city", "IT"),
        "bq_tarvisio": ("Tarvisio", 46.5050, 13.5780, "town", "IT"),
        # Rajasthan
        "bq_jaipur": ("Jaipur", 26.9124, 75.7873, "city", "IN"),
        "bq_ajmer": ("Ajmer", 26.4499, 74.6399, "city", "IN"),
        "bq_jodhpur": ("Jodhpur", 26.2389, 73.0243, "city", "IN"),
        "bq_jaisalmer": ("Jaisalmer", 26.9157, 70.9083, "town", "IN"),
        "bq_bikaner": ("Bikaner", 28.0229, 73.3119, "city", "IN"),
        "bq_mountabu": ("Mount Abu", 24.5926, 72.7156, "town", "IN"),
        "bq_udaipur": ("Udaipur", 24.5854, 73.7125, "city", "IN"),
        "bq_gurushikhar": ("Guru Shikhar", 24.6497, 72.7797, "peak", "IN"),
        "bq_delhi": ("Delhi", 28.6139, 77.2090, "city", "IN"),
        # Otago
        "bq_dunedin": ("Dunedin", -45.8788, 170.5028, "city", "NZ"),
        "bq_portchalmers": ("Port Chalmers", -45.8161, 170.6206, "town", "NZ"),
        "bq_oamaru": ("Oamaru", -45.0966, 170.9714, "town", "NZ"),
        "bq_balclutha": ("Balclutha", -46.2339, 169.7500, "town", "NZ"),
        "bq_alexandra": ("Alexandra", -45.2485, 169.3797, "town", "NZ"),
        "bq_aoraki": ("Aoraki / Mount Cook", -43.5950, 170.1418, "peak", "NZ"),
        "bq_invercargill": ("Invercargill", -46.4132, 168.3538, "city", "NZ"),
        # Western Cape
        "bq_capetown": ("Cape Town", -33.9249, 18.4241, "city", "ZA"),
        "bq_stellenbosch": ("Stellenbosch", -33.9321, 18.8602, "town", "ZA"),
        "bq_tablemtn": ("Table Mountain", -33.9628, 18.4098, "peak", "ZA"),
        "bq_worcester": ("Worcester", -33.6465, 19.4485, "town", "ZA"),
        "bq_hermanus": ("Hermanus", -34.4187, 19.2345, "town", "ZA"),
        "bq_saldanha": ("Saldanha", -33.0117, 17.9442, "town", "ZA"),
        "bq_paarl": ("Paarl", -33.7342, 18.9621, "town", "ZA"),
        "bq_george": ("George", -33.9630, 22.4617, "city", "ZA"),
        # northern Luzon
        "bq_tuguegarao": ("Tuguegarao", 17.6132, 121.7270, "city", "PH"),
        "bq_aparri": ("Aparri", 18.3566, 121.6406, "town", "PH"),
        "bq_ilagan": ("Ilagan", 17.1485, 121.8892, "city", "PH"),
        "bq_santiago": ("Santiago", 16.6881, 121.5487, "city", "PH"),
        "bq_baguio": ("Baguio", 16.4023, 120.5960, "city", "PH"),
        "bq_laoag": ("Laoag", 18.1960, 120.5927, "city", "PH"),
        "bq_pulag": ("Mount Pulag", 16.5967, 120.8886, "peak", "PH"),
        "bq_basco": ("Basco", 20.4487, 121.9702, "town", "PH"),
        "bq_manila": ("Manila", 14.5995, 120.9842, "city", "PH"),
        # Tohoku
        "bq_sendai": ("Sendai", 38.2682, 140.8694, "city", "JP"),
        "bq_ishinomaki": ("Ishinomaki", 38.4344, 141.3029, "city", "JP"),
        "bq_morioka": ("Morioka", 39.7036, 141.1527, "city", "JP"),
        "bq_zao": ("Mount Zao", 38.1435, 140.4400, "peak", "JP"),
        "bq_yamagata": ("Yamagata", 38.2554, 140.3396, "city", "JP"),
        "bq_matsushima": ("Matsushima", 38.3733, 141.0639, "town", "JP"),
        "bq_onagawa": ("Onagawa", 38.4455, 141.4417, "town", "JP"),
        "bq_tokyo": ("Tokyo", 35.6762, 139.6503, "city", "JP"),
    }
)

ARTICLES = [
    A(
        "de-kaernten-unwetter",
        "de",
        "2026-07-14",
        "dev",
        """
Unwetter in Kärnten: Muren und überflutete Keller
KLAGENFURT (dpa) - Heftige Gewitter haben am Dienstag in Kärnten Dutzende Keller überflutet und 3 Muren ausgelöst. In Velden, rund {a} Kilometer westlich der Landeshauptstadt, fielen binnen einer Stunde 60 Liter Regen pro Quadratmeter. Villach, etwa {b} Kilometer entfernt, meldete 120 Feuerwehreinsätze. Der Dobratsch, mit 2.166 Metern der Hausberg Villachs, liegt rund {c} Kilometer westlich der Stadt und wurde für Wanderer gesperrt. Auch Spittal an der Drau meldete Hagel. Die Bezirksstadt liegt gut {d} Kilometer nordwestlich von Villach. Hermagor, weniger als 20 Kilometer von der italienischen Grenze entfernt, blieb verschont. In Wolfsberg, knapp {e} Kilometer nordöstlich der Stadt, riss ein Bach eine Brücke mit. „Ljubljana ist von hier nur rund {f} Kilometer entfernt, und dort hat es kaum geregnet“, sagte Bürgermeisterin Anna Huber in Klagenfurt.
""",
        [
            c(3, "rund {a} Kilometer", "point", P("Velden", "bq_velden", 0), P("der Landeshauptstadt", "bq_klagenfurt", 0), d="W", note="`X, rund N km westlich der Landeshauptstadt`: the dateline town, a state capital"),
            c(4, "etwa {b} Kilometer", "point", P("Villach", "bq_villach", 0), P("(dateline) KLAGENFURT", "bq_klagenfurt", 0), note="`X, etwa N Kilometer entfernt`: implied, the dateline town"),
            c(11, "rund {c} Kilometer", "point", P("Der Dobratsch", "bq_dobratsch", 0), P("der Stadt", "bq_villach", 1), d="W", note="a summit as subject; `der Stadt` = Villach, named in the apposition (genitive `Villachs`), not the dateline"),
            c(3, "gut {d} Kilometer", "point", P("Die Bezirksstadt", "bq_spittal", 0), P("Villach", "bq_villach", 2), d="NW", want=False, note="`Die Bezirksstadt` = the town named in the sentence before"),
            c(8, "weniger als 20 Kilometer", "border", P("Hermagor", "bq_hermagor", 0), Border("der italienischen Grenze", ["AT", "IT"], (5, 12), cc="IT"), note="a border as reference, a bound, true"),
            c(3, "knapp {e} Kilometer", "point", P("Wolfsberg", "bq_wolfsberg", 0), P("der Stadt", "bq_klagenfurt", 2), d="NE", note="`In X, knapp N km nordöstlich der Stadt`: the dateline town (the sentence before named no town)"),
            c(4, "rund {f} Kilometer", "point", P("Ljubljana", "bq_ljubljana", 0), P("Klagenfurt", "bq_klagenfurt", 0), want=False, note="`von hier` in a quote, the speaker's place in the attribution"),
        ],
        [
            ("3 Muren", "count"),
            ("60 Liter", "rainfall"),
            ("120 Feuerwehreinsätze", "count"),
            ("2.166 Metern", "height"),
        ],
    ),
    A(
        "de-algarve-waldbrand",
        "de",
        "2026-08-09",
        "dev",
        """
Waldbrand in der Algarve: Hunderte Menschen in Sicherheit gebracht
FARO (dpa) - Ein Waldbrand im Hinterland der Algarve hat am Sonntag mehr als 2.000 Hektar Wald vernichtet. Die Flammen wüteten rund um Monchique, das etwa {a} Kilometer nordwestlich der Hafenstadt liegt. Der Fóia, mit 902 Metern der höchste Berg der Region, liegt etwa {b} Kilometer nördlich von Portimão. Portimão, die größte Stadt im Westen der Algarve, liegt rund {c} Kilometer westlich von Faro. In Silves brachte die Polizei 300 Menschen in Sicherheit. Die frühere Hauptstadt der Algarve liegt weniger als 20 Kilometer von der Küste entfernt. Tavira, rund {e} Kilometer entfernt, schickte Löschfahrzeuge. Die Grenzstadt Vila Real de Santo António liegt etwa {f} Kilometer östlich der Stadt. Aus dem spanischen Huelva, gut {g} Kilometer östlich von Faro, kamen zwei Löschflugzeuge. Lissabon, knapp {h} Kilometer entfernt, schickte 80 Soldaten.
""",
        [
            c(3, "etwa {a} Kilometer", "point", P("Monchique", "bq_monchique", 0), P("der Hafenstadt", "bq_faro", 0), d="NW", note="`X, das etwa N km nordwestlich der Hafenstadt liegt`: the dateline town, a port"),
            c(11, "etwa {b} Kilometer", "point", P("Der Fóia", "bq_foia", 0), P("Portimão", "bq_portimao", 0), d="N", note="a summit as subject, with its height in an apposition"),
            c(1, "rund {c} Kilometer", "point", P("Portimão", "bq_portimao", 1), P("Faro", "bq_faro", 0), d="W", want=False, note="`X, die größte Stadt im Westen der Algarve, liegt`: apposition without a place"),
            c(8, "weniger als 20 Kilometer", "coast", P("Die frühere Hauptstadt der Algarve", "bq_silves", 0), Coast("der Küste", "PT", (8, 14), facing="S"), note="a description of the town named in the sentence before; the coast as reference"),
            c(4, "rund {e} Kilometer", "point", P("Tavira", "bq_tavira", 0), P("(dateline) FARO", "bq_faro", 0), note="`X, rund N Kilometer entfernt`: implied, the dateline town"),
            c(3, "etwa {f} Kilometer", "point", P("Vila Real de Santo António", "bq_vrsa", 0), P("der Stadt", "bq_faro", 0), d="E", note="`östlich der Stadt`: the dateline town"),
            c("plain", "gut {g} Kilometer", "point", P("Huelva", "bq_huelva", 0), P("Faro", "bq_faro", 1), d="E", note="`Aus dem spanischen X, gut N km östlich von Y`"),
            c(4, "knapp {h} Kilometer", "point", P("Lissabon", "bq_lisbon", 0), P("(dateline) FARO", "bq_faro", 0), want=False, note="`X, knapp N Kilometer entfernt`: implied, the dateline town"),
        ],
        [
            ("2.000 Hektar", "area"),
            ("902 Metern", "height"),
            ("300 Menschen", "count"),
            ("80 Soldaten", "count"),
        ],
    ),
    A(
        "de-friaul-erdbeben",
        "de",
        "2026-04-22",
        "dev",
        """
Erdbeben erschüttert Friaul
UDINE (dpa) - Ein Erdbeben der Stärke 4,9 hat am Mittwochmorgen den Norden Friauls erschüttert. Das Epizentrum lag nach Angaben des Instituts für Geophysik bei Gemona, rund {a} Kilometer nördlich der Stadt, in 9 Kilometern Tiefe. „Bis nach Udine sind es von hier knapp {b} Kilometer, und trotzdem haben wir es zehn Sekunden lang gespürt“, sagte Bürgermeister Marco Sello in Tolmezzo. Cividale, die alte Langobardenstadt, liegt etwa {c} Kilometer östlich von Udine; dort fielen Ziegel von 2 Kirchen. In Pordenone, rund {d} Kilometer entfernt, war das Beben kaum zu spüren. Die Stadt selbst, mehr als 25 Kilometer von der Küste entfernt, meldete nur Risse im Putz. Tarvisio, weniger als 10 Kilometer von der österreichischen Grenze entfernt, sperrte eine Straße. Gemona, nur rund 10 Kilometer von der slowenischen Grenze entfernt, war schon 1976 zerstört worden.
""",
        [
            c(3, "rund {a} Kilometer", "point", P("Gemona", "bq_gemona", 0), P("der Stadt", "bq_udine", 0), d="N", note="`bei X, rund N km nördlich der Stadt`: the dateline town"),
            c(4, "knapp {b} Kilometer", "point", P("Udine", "bq_udine", 1), P("Tolmezzo", "bq_tolmezzo", 0), note="`von hier` in a quote, the speaker's place in the attribution"),
            c(1, "etwa {c} Kilometer", "point", P("Cividale", "bq_cividale", 0), P("Udine", "bq_udine", 2), d="E", want=False, note="`X, die alte Langobardenstadt, liegt`: apposition without a place"),
            c(4, "rund {d} Kilometer", "point", P("Pordenone", "bq_pordenone", 0), P("(dateline) UDINE", "bq_udine", 0), note="`In X, rund N Kilometer entfernt`: implied, the dateline town"),
            c(8, "mehr als 25 Kilometer", "coast", P("Die Stadt", "bq_udine", 0), Coast("der Küste", "IT", (30, 40), facing="S"), note="`Die Stadt selbst` = the dateline town, the coast as reference, a bound, true"),
            c(8, "weniger als 10 Kilometer", "border", P("Tarvisio", "bq_tarvisio", 0), Border("der österreichischen Grenze", ["IT", "AT"], (4, 8), cc="AT"), note="a border, a bound, true"),
            c(8, "rund 10 Kilometer", "border", P("Gemona", "bq_gemona", 1), Border("der slowenischen Grenze", ["IT", "SI"], (16, 25), cc="SI"), want=False, note="a border, false: the border is 17-22 km away"),
        ],
        [
            ("Stärke 4,9", "magnitude"),
            ("9 Kilometern Tiefe", "depth"),
            ("zehn Sekunden", "duration"),
            ("2 Kirchen", "count"),
            ("1976", "year"),
        ],
    ),
    A(
        "en-rajasthan-heatwave",
        "en",
        "2026-05-24",
        "dev",
        """
Heatwave grips Rajasthan as temperatures pass 48 degrees
JAIPUR, India, May 24 (Reuters) - Temperatures reached 48.5 degrees Celsius in parts of Rajasthan on Sunday, and 9 people died of heatstroke. Ajmer, about {a} km south-west of the state capital, closed its schools. In Jodhpur, the "Blue City" some {b} km west of Ajmer, hospitals added 400 beds. Jaisalmer, less than 30 km from the Pakistan border, recorded 49.2 degrees. Mount Abu, the state's only hill station, lies some {d} km west of Udaipur. Guru Shikhar, at 1,722 metres the highest peak of the Aravalli range, is about {e} km from Jodhpur. "We are more than {f} km from Jaipur and no tanker has come," said Ramesh Meena, a district official in Bikaner. Delhi, some {g} km to the north-east, also recorded 46 degrees.
""",
        [
            c(3, "about {a} km", "point", P("Ajmer", "bq_ajmer", 0), P("the state capital", "bq_jaipur", 0), d="SW", note="`X, about N km south-west of the state capital`: the dateline town"),
            c(1, "some {b} km", "point", P("Jodhpur", "bq_jodhpur", 0), P("Ajmer", "bq_ajmer", 1), d="W", note="`In X, the \"<nickname>\" some N km west of Y`"),
            c(8, "less than 30 km", "border", P("Jaisalmer", "bq_jaisalmer", 0), Border("the Pakistan border", ["IN", "PK"], (90, 130), cc="PK"), want=False, note="a border, false: the border is about 100 km away"),
            c(1, "some {d} km", "point", P("Mount Abu", "bq_mountabu", 0), P("Udaipur", "bq_udaipur", 0), d="W", want=False, note="`X, the state's only hill station, lies`: apposition without a place"),
            c(11, "about {e} km", "point", P("Guru Shikhar", "bq_gurushikhar", 0), P("Jodhpur", "bq_jodhpur", 1), note="a summit as subject, with its height in an apposition"),
            c(4, "more than {f} km", "point", P("We", "bq_bikaner", 0), P("Jaipur", "bq_jaipur", 0), note="`we` in a quote, the speaker's place in the attribution; a bound, true"),
            c(4, "some {g} km", "point", P("Delhi", "bq_delhi", 0), P("(dateline) JAIPUR", "bq_jaipur", 0), d="NE", want=False, note="`X, some N km to the north-east`: implied, the dateline town"),
        ],
        [
            ("48.5 degrees", "temperature"),
            ("9 people", "count"),
            ("400 beds", "count"),
            ("49.2 degrees", "temperature"),
            ("1,722 metres", "height"),
            ("46 degrees", "temperature"),
        ],
    ),
    A(
        "en-otago-storm",
        "en",
        "2026-10-08",
        "dev",
        """
Storm floods Otago towns, cuts rail line
DUNEDIN, New Zealand, Oct. 8 (AP) - A storm dumped 180 mm of rain on coastal Otago on Thursday, flooding 300 homes and closing the rail line north of the city. Port Chalmers, some {a} km north-east of the city, closed its container terminal. Oamaru, about {b} km up the coast, evacuated a rest home. Balclutha lost power for 6 hours. The town, the largest in South Otago, lies about {c} km south-west of Dunedin. Alexandra, in Central Otago some {d} km to the north-west, reported only light rain, though the town is more than 200 km from the coast. Snow closed the road to Aoraki/Mount Cook, the country's highest peak, some {e} km north of the city. "We are more than {f} km from Dunedin, and our rivers are already high," said Invercargill Mayor Nobby Clark. Ferries to Stewart Island, more than 170 km to the south-west, were cancelled for two days.
""",
        [
            c(3, "some {a} km", "point", P("Port Chalmers", "bq_portchalmers", 0), P("the city", "bq_dunedin", 1), d="NE", note="`X, some N km north-east of the city`: the dateline town"),
            c(4, "about {b} km", "point", P("Oamaru", "bq_oamaru", 0), P("(dateline) DUNEDIN", "bq_dunedin", 0), want=False, note="`X, about N km up the coast`: implied, the dateline town"),
            c(3, "about {c} km", "point", P("The town", "bq_balclutha", 0), P("Dunedin", "bq_dunedin", 0), d="SW", note="`The town` = the place of the sentence before, with an apposition"),
            c(4, "some {d} km", "point", P("Alexandra", "bq_alexandra", 0), P("(dateline) DUNEDIN", "bq_dunedin", 0), d="NW", note="`X, in <region> some N km to the north-west`: implied, the dateline town"),
            c(8, "more than 200 km", "coast", P("the town", "bq_alexandra", 0), Coast("the coast", "NZ", (85, 130)), want=False, note="`the town` = the subject of the clause before; the coast, false: about 100 km"),
            c(11, "some {e} km", "point", P("Aoraki/Mount Cook", "bq_aoraki", 0), P("the city", "bq_dunedin", 2), d="N", want=False, note="a summit named after `the road to`, with an apposition; `the city` = the dateline town"),
            c(4, "more than {f} km", "point", P("We", "bq_invercargill", 0), P("Dunedin", "bq_dunedin", 1), note="`we` in a quote, the speaker's place in the attribution; a bound, true"),
            c(11, "more than 170 km", "point", Area("Stewart Island", "Stewart Island", "island", "NZ", (185, 260), lat=-47.0, lon=167.95), P("(dateline) DUNEDIN", "bq_dunedin", 0), d="SW", note="an island as subject, implied dateline reference, a bound, true"),
        ],
        [
            ("180 mm", "rainfall"),
            ("300 homes", "count"),
            ("6 hours", "duration"),
            ("two days", "duration"),
        ],
    ),
    A(
        "en-western-cape-fires",
        "en",
        "2026-01-19",
        "dev",
        """
Wildfires rage across the Western Cape
CAPE TOWN, South Africa, Jan. 19 (Reuters) - Wildfires fanned by winds of 90 km/h burned through 12,000 hectares of the Western Cape on Monday. Stellenbosch, about {a} km east of the provincial capital, evacuated two wine estates. Flames also reached the slopes of Table Mountain, less than {b} km from the city centre. Worcester, some {c} km to the north-east, closed the N1 highway. Hermanus lost power to 5,000 homes. The resort town, famous for its whales, lies about {d} km south-east of Cape Town. Visits to Robben Island, about 30 km north of the city, were suspended. Saldanha, the region's biggest port, lies some {f} km from Cape Town. In Paarl, less than 20 km from the coast, farmers lost 800 hectares of vines. George, the Garden Route's main city about {g} km east of Cape Town, sent two helicopters.
""",
        [
            c(3, "about {a} km", "point", P("Stellenbosch", "bq_stellenbosch", 0), P("the provincial capital", "bq_capetown", 0), d="E", note="`X, about N km east of the provincial capital`: the dateline town"),
            c(11, "less than {b} km", "point", P("Table Mountain", "bq_tablemtn", 0), P("the city centre", "bq_capetown", 0), note="a summit as subject; `the city centre` = the dateline town; a bound, true"),
            c(4, "some {c} km", "point", P("Worcester", "bq_worcester", 0), P("(dateline) CAPE TOWN", "bq_capetown", 0), d="NE", note="`X, some N km to the north-east`: implied, the dateline town"),
            c(3, "about {d} km", "point", P("The resort town", "bq_hermanus", 0), P("Cape Town", "bq_capetown", 0), d="SE", note="`The resort town` = the place of the sentence before"),
            c(11, "about 30 km", "point", Area("Robben Island", "Robben Island", "island", "ZA", (10, 15), lat=-33.8076, lon=18.3712), P("the city", "bq_capetown", 0), d="N", want=False, note="an island as subject, `the city` = the dateline town; false: 11-14 km"),
            c(1, "some {f} km", "point", P("Saldanha", "bq_saldanha", 0), P("Cape Town", "bq_capetown", 1), note="`X, the region's biggest port, lies`: apposition without a place"),
            c(8, "less than 20 km", "coast", P("Paarl", "bq_paarl", 0), Coast("the coast", "ZA", (40, 50)), want=False, note="a coast, false: Table Bay and False Bay are 44-48 km away"),
            c(1, "about {g} km", "point", P("George", "bq_george", 0), P("Cape Town", "bq_capetown", 2), d="E", note="`X, the <region>'s main city about N km east of Y`"),
        ],
        [
            ("90 km/h", "wind speed"),
            ("12,000 hectares", "area"),
            ("5,000 homes", "count"),
            ("800 hectares", "area"),
        ],
    ),
    A(
        "en-luzon-typhoon",
        "en",
        "2026-09-02",
        "dev",
        """
Typhoon lashes northern Luzon
TUGUEGARAO, Philippines, Sept. 2 (AP) - Typhoon Mawar slammed into northern Luzon on Tuesday with gusts of 215 km/h, killing at least 6 people. Aparri, the coastal town at the mouth of the Cagayan River some {a} km north of the regional capital, saw a storm surge of 3 metres. In Ilagan, about {b} km to the south, 2,000 families moved to evacuation centres. "We are more than {c} km from Tuguegarao, and still the roofs came off," said Santiago Mayor Alyssa Tan. Laoag, the Ilocos Norte capital, lies some {d} km north of Baguio. Mount Pulag, the country's third-highest peak, is about {e} km north-east of Baguio. Basco, on the island of Batan about {f} km north of the city, lost its airport roof. Manila, some {g} km to the south, sent 12 military trucks.
""",
        [
            c(3, "some {a} km", "point", P("Aparri", "bq_aparri", 0), P("the regional capital", "bq_tuguegarao", 0), d="N", note="`X, the coastal town at ... some N km north of the regional capital`: the dateline town"),
            c(4, "about {b} km", "point", P("Ilagan", "bq_ilagan", 0), P("(dateline) TUGUEGARAO", "bq_tuguegarao", 0), d="S", want=False, note="`In X, about N km to the south`: implied, the dateline town"),
            c(4, "more than {c} km", "point", P("We", "bq_santiago", 0), P("Tuguegarao", "bq_tuguegarao", 1), note="`we` in a quote, the speaker's place in the attribution (`<Place> Mayor`); a bound, true"),
            c(1, "some {d} km", "point", P("Laoag", "bq_laoag", 0), P("Baguio", "bq_baguio", 0), d="N", note="`X, the <province> capital, lies`: apposition without a place"),
            c(11, "about {e} km", "point", P("Mount Pulag", "bq_pulag", 0), P("Baguio", "bq_baguio", 1), d="NE", want=False, note="a summit as subject, with an apposition"),
            c(3, "about {f} km", "point", P("Basco", "bq_basco", 0), P("the city", "bq_tuguegarao", 0), d="N", note="`X, on the island of Y about N km north of the city`: the dateline town"),
            c(4, "some {g} km", "point", P("Manila", "bq_manila", 0), P("(dateline) TUGUEGARAO", "bq_tuguegarao", 0), d="S", note="`X, some N km to the south`: implied, the dateline town"),
        ],
        [
            ("215 km/h", "wind speed"),
            ("6 people", "count"),
            ("3 metres", "surge height"),
            ("2,000 families", "count"),
            ("12 military trucks", "count"),
        ],
    ),
    A(
        "en-tohoku-quake",
        "en",
        "2026-11-30",
        "dev",
        """
Strong quake rattles north-eastern Japan
SENDAI, Japan, Nov. 30 (Kyodo) - A magnitude 6.4 earthquake struck off Miyagi prefecture on Monday at a depth of 40 km, injuring 17 people. Ishinomaki, the port city some {a} km north-east of the prefectural capital, issued a tsunami advisory. Trains were halted between Sendai and Morioka, which lies about {b} km to the north. Mount Zao, whose crater lake draws 2 million visitors a year, lies about {c} km west of the city. "We felt two strong jolts here, and we are more than 100 km from the coast," said a hotel owner in Yamagata. Matsushima reported broken windows. The resort town lies about {e} km north-east of Sendai. Onagawa, a fishing town some {f} km east of Ishinomaki, reported no damage to its nuclear plant. In Tokyo, more than {g} km to the south, buildings swayed.
""",
        [
            c(3, "some {a} km", "point", P("Ishinomaki", "bq_ishinomaki", 0), P("the prefectural capital", "bq_sendai", 0), d="NE", note="`X, the port city some N km north-east of the prefectural capital`: the dateline town"),
            c(4, "about {b} km", "point", P("Morioka", "bq_morioka", 0), P("Sendai", "bq_sendai", 1), d="N", note="`between A and X, which lies about N km to the north`: the first place of the `between` phrase (also the dateline town)"),
            c(11, "about {c} km", "point", P("Mount Zao", "bq_zao", 0), P("the city", "bq_sendai", 0), d="W", note="a summit as subject; `the city` = the dateline town"),
            c(8, "more than 100 km", "coast", P("we", "bq_yamagata", 0), Coast("the coast", "JP", (48, 62), facing="E"), want=False, note="`we` in a quote, the speaker's place in the attribution; the coast, false: 50-55 km"),
            c(3, "about {e} km", "point", P("The resort town", "bq_matsushima", 0), P("Sendai", "bq_sendai", 2), d="NE", note="`The resort town` = the place of the sentence before"),
            c(1, "some {f} km", "point", P("Onagawa", "bq_onagawa", 0), P("Ishinomaki", "bq_ishinomaki", 1), d="E", want=False, note="`X, a fishing town some N km east of Y`"),
            c(4, "more than {g} km", "point", P("Tokyo", "bq_tokyo", 0), P("(dateline) SENDAI", "bq_sendai", 0), d="S", note="`In X, more than N km to the south`: implied, the dateline town; a bound, true"),
        ],
        [
            ("magnitude 6.4", "magnitude"),
            ("40 km", "depth"),
            ("17 people", "count"),
            ("2 million visitors", "count"),
        ],
    ),
]
