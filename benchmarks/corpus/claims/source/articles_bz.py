# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BZ (written for geomap by helper h23-fresh, 2026-12-05, twenty-third
session; not copied from any news source). HELD-OUT: fresh held-out articles, session 23,
written before geomap was run on them. Four short wire stories, two English and two German,
from regions no claims file name named: monsoon rains on the coast of Karnataka, a blizzard
in North Dakota, a heatwave in Andalusia and floods in Bosnia and Herzegovina. Wording: an
apposition between subject and number (`X, the state's main port, lies ...`, `X, the state's
largest city, about N km east of the capital`, `X, mit rund 230.000 Einwohnern, liegt ...`),
`the state capital`, `der Hauptstadt`, `Die Provinzhauptstadt`, a reference left to the
sentence before (`some N km further north along the coast`), a relative clause after a new
place (`which is about N km south of Y`, `which lies about N km from Y`), a road or rail
length (`a drive of about N km`, `a drive of roughly N km`, `Die rund N Kilometer lange
Autobahn von A nach B`, `Die rund N Kilometer lange Bahnstrecke von A nach B`), the Equator,
the dateline as implicit reference (`im rund N Kilometer östlich gelegenen X`), German
adjective + city (`Im andalusischen X`), a pair with another quantity in the sentence, a
claim false by direction only, and non-claims (temperatures, rainfall, snow in inches, a
wind speed in mph, visibility in metres, a pass's height, river levels, counts, years,
percentages). Gold written from the text before geomap was run on it; coordinates under
`bz_` keys (town centres from general knowledge, never from geomap or its gazetteer); every
distance and bearing computed with geographiclib by truth.py."""

from places import PLACES, A, Line, P, c

PLACES.update(
    {
        # Karnataka
        "bz_bengaluru": ("Bengaluru", 12.9716, 77.5946, "city", "IN"),
        "bz_mangaluru": ("Mangaluru", 12.9141, 74.8560, "city", "IN"),
        "bz_udupi": ("Udupi", 13.3409, 74.7421, "city", "IN"),
        "bz_madikeri": ("Madikeri", 12.4244, 75.7382, "city", "IN"),
        "bz_shivamogga": ("Shivamogga", 13.9299, 75.5681, "city", "IN"),
        "bz_karwar": ("Karwar", 14.8136, 74.1297, "city", "IN"),
        "bz_hubballi": ("Hubballi", 15.3647, 75.1240, "city", "IN"),
        # North Dakota
        "bz_bismarck": ("Bismarck", 46.8083, -100.7837, "city", "US"),
        "bz_fargo": ("Fargo", 46.8772, -96.7898, "city", "US"),
        "bz_grand_forks": ("Grand Forks", 47.9253, -97.0329, "city", "US"),
        "bz_minot": ("Minot", 48.2330, -101.2923, "city", "US"),
        "bz_williston": ("Williston", 48.1470, -103.6180, "city", "US"),
        "bz_dickinson": ("Dickinson", 46.8792, -102.7896, "city", "US"),
        "bz_devils_lake": ("Devils Lake", 48.1128, -98.8651, "city", "US"),
        # Andalusia
        "bz_sevilla": ("Sevilla", 37.3891, -5.9845, "city", "ES"),
        "bz_ecija": ("Écija", 37.5423, -5.0826, "city", "ES"),
        "bz_cordoba": ("Córdoba", 37.8882, -4.7794, "city", "ES"),
        "bz_jaen": ("Jaén", 37.7796, -3.7849, "city", "ES"),
        "bz_granada": ("Granada", 37.1773, -3.5986, "city", "ES"),
        "bz_malaga": ("Málaga", 36.7213, -4.4214, "city", "ES"),
        "bz_almeria": ("Almería", 36.8340, -2.4637, "city", "ES"),
        "bz_huelva": ("Huelva", 37.2614, -6.9447, "city", "ES"),
        # Bosnia and Herzegovina
        "bz_sarajevo": ("Sarajevo", 43.8563, 18.4131, "city", "BA"),
        "bz_doboj": ("Doboj", 44.7349, 18.0843, "city", "BA"),
        "bz_tuzla": ("Tuzla", 44.5384, 18.6763, "city", "BA"),
        "bz_zenica": ("Zenica", 44.2039, 17.9077, "city", "BA"),
        "bz_banja_luka": ("Banja Luka", 44.7722, 17.1910, "city", "BA"),
        "bz_mostar": ("Mostar", 43.3438, 17.8078, "city", "BA"),
        "bz_gorazde": ("Goražde", 43.6683, 18.9764, "city", "BA"),
    }
)

ARTICLES = [
    A(
        "en-karnataka-monsoon",
        "en",
        "2026-08-12",
        "heldout",
        """
Monsoon rains lash Karnataka's coast
BENGALURU, India, Aug 12 (Reuters) - Monsoon rains lashed the coast of the southern Indian state of Karnataka for a fifth day on Wednesday, and 14,000 people moved to relief camps. Mangaluru, the state's main port, lies about {a} km west of the state capital and recorded 310 mm of rain in 24 hours. Udupi, some {b} km further north along the coast, closed its schools. In the hill district of Kodagu, landslides buried two houses near Madikeri, which is about {c} km south of Shivamogga. Karwar, close to the border with Goa, sits roughly {d} km north of Udupi. The road from Mangaluru to Bengaluru, a drive of about {e} km, was closed below a pass that climbs to about 900 metres after a slope gave way. Hubballi, more than {f} km north-west of the state capital, reported only light rain. Bengaluru itself, some {g} km north of the Equator, had 45 mm.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Mangaluru", "bz_mangaluru", 0),
                P("the state capital", "bz_bengaluru", 0),
                d="W",
                note="`X, the state's main port, lies about N km west of the state capital`: an apposition without a place between subject and verb; the capital is the dateline's",
            ),
            c(
                4,
                "some {b} km",
                "point",
                P("Udupi", "bz_udupi", 0),
                P("Mangaluru", "bz_mangaluru", 0),
                d="N",
                want=False,
                note="`X, some N km further north along the coast, ...`: the reference is the town of the sentence before",
            ),
            c(
                8,
                "about {c} km",
                "point",
                P("Madikeri", "bz_madikeri", 0),
                P("Shivamogga", "bz_shivamogga", 0),
                d="S",
                note="`near X, which is about N km south of Y`: a relative clause after a new place; the district is not the subject",
            ),
            c(
                "plain",
                "roughly {d} km",
                "point",
                P("Karwar", "bz_karwar", 0),
                P("Udupi", "bz_udupi", 1),
                d="N",
                note="`X, close to the border with Goa, sits roughly N km north of Y`: the border's state is not the reference",
            ),
            c(
                6,
                "about {e} km",
                "route",
                P("Mangaluru", "bz_mangaluru", 1),
                P("Bengaluru", "bz_bengaluru", 0),
                note="`The road from A to B, a drive of about N km, ...`: a road length; the pass's height is a non-claim",
            ),
            c(
                3,
                "more than {f} km",
                "point",
                P("Hubballi", "bz_hubballi", 0),
                P("the state capital", "bz_bengaluru", 1),
                d="NW",
                want=False,
            ),
            c(
                10,
                "some {g} km",
                "latitude",
                P("Bengaluru", "bz_bengaluru", 1),
                Line("the Equator", "equator"),
                d="N",
            ),
        ],
        [
            ("14,000 people", "count"),
            ("310 mm", "rainfall"),
            ("24 hours", "duration"),
            ("900 metres", "height"),
            ("45 mm", "rainfall"),
        ],
    ),
    A(
        "en-north-dakota-blizzard",
        "en",
        "2026-01-22",
        "heldout",
        """
Blizzard shuts interstates across North Dakota
BISMARCK, N.D., Jan 22 (AP) — A blizzard with gusts of 70 mph closed Interstate 94 across North Dakota on Thursday, and 3,000 homes lost power. Fargo, the state's largest city, about {a} km east of the capital, had 14 inches of snow. Troopers shut the interstate between Bismarck and Fargo, a drive of roughly {b} km, before noon, and visibility dropped to less than 50 metres. Minot, some {c} km north of the capital, recorded a wind chill of minus 45 degrees. In Williston, the oil town near the Montana line, about {d} km west of Minot, schools stayed closed. Further north, Grand Forks, which lies about {e} km from Fargo, opened its arena to 200 stranded drivers. Dickinson, roughly {f} km east of the capital, ran out of salt for its roads. Devils Lake, less than {g} km from Grand Forks, lost power for nine hours.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Fargo", "bz_fargo", 0),
                P("the capital", "bz_bismarck", 0),
                d="E",
                note="`X, the state's largest city, about N km east of the capital, ...`: an apposition before the number; the capital is the dateline's",
            ),
            c(
                6,
                "roughly {b} km",
                "route",
                P("Bismarck", "bz_bismarck", 0),
                P("Fargo", "bz_fargo", 1),
                note="`shut the interstate between A and B, a drive of roughly N km`: a road length; visibility in metres is a non-claim",
            ),
            c(
                "plain",
                "some {c} km",
                "point",
                P("Minot", "bz_minot", 0),
                P("the capital", "bz_bismarck", 1),
                d="N",
            ),
            c(
                1,
                "about {d} km",
                "point",
                P("Williston", "bz_williston", 0),
                P("Minot", "bz_minot", 1),
                d="W",
                want=False,
                note="`In X, the oil town near the Montana line, about N km west of Y, ...`: an apposition naming a neighbouring state before the number",
            ),
            c(
                8,
                "about {e} km",
                "point",
                P("Grand Forks", "bz_grand_forks", 0),
                P("Fargo", "bz_fargo", 2),
                note="`X, which lies about N km from Y, ...`: a relative clause without a direction",
            ),
            c(
                3,
                "roughly {f} km",
                "point",
                P("Dickinson", "bz_dickinson", 0),
                P("the capital", "bz_bismarck", 2),
                d="E",
                want=False,
                fac=1.0,
                note="false by direction only: the town lies west of the capital, the distance is right",
            ),
            c(
                "plain",
                "less than {g} km",
                "point",
                P("Devils Lake", "bz_devils_lake", 0),
                P("Grand Forks", "bz_grand_forks", 1),
            ),
        ],
        [
            ("70 mph", "speed"),
            ("3,000 homes", "count"),
            ("14 inches", "snow depth"),
            ("50 metres", "visibility"),
            ("minus 45 degrees", "temperature"),
            ("200 stranded drivers", "count"),
            ("nine hours", "duration"),
        ],
    ),
    A(
        "de-andalusien-hitze",
        "de",
        "2026-07-14",
        "heldout",
        """
Hitzewelle legt Andalusien lahm
SEVILLA (dpa) - Mit Temperaturen von bis zu 46 Grad hat eine Hitzewelle am Dienstag weite Teile Andalusiens lahmgelegt. Am heißesten war es im rund {a} Kilometer östlich gelegenen Écija. Im andalusischen Córdoba, knapp 125 Kilometer von Sevilla entfernt, zeigte das Thermometer 45,2 Grad. Die Provinzhauptstadt Jaén liegt rund {c} Kilometer östlich von Córdoba; dort blieben die Olivenbauern zu Hause. Granada, mit rund 230.000 Einwohnern, liegt etwa {d} Kilometer südlich von Jaén. Die rund {e} Kilometer lange Autobahn von Sevilla nach Granada wurde wegen eines Waldbrands zeitweise gesperrt. Málaga und Almería liegen gut {f} Kilometer voneinander entfernt; in beiden Städten fiel für rund 20.000 Haushalte der Strom aus. Auch in Huelva, rund {g} Kilometer westlich von Sevilla, blieben die Schulen geschlossen. Der Stromverbrauch stieg um 18 Prozent.
""",
        [
            c(
                4,
                "rund {a} Kilometer",
                "point",
                P("Écija", "bz_ecija", 0),
                P("(dateline) SEVILLA", "bz_sevilla", 0),
                d="E",
                note="`im rund N Kilometer östlich gelegenen X`: from the dateline",
            ),
            c(
                7,
                "knapp 125 Kilometer",
                "point",
                P("Córdoba", "bz_cordoba", 0),
                P("Sevilla", "bz_sevilla", 0),
                note="`Im andalusischen X, knapp N Kilometer von Y entfernt, ...`: a literal figure, set by hand away from the tolerance edge before anything was run (the filled one fell on the edge of `knapp`)",
            ),
            c(
                3,
                "rund {c} Kilometer",
                "point",
                P("Die Provinzhauptstadt Jaén", "bz_jaen", 0),
                P("Córdoba", "bz_cordoba", 1),
                d="E",
                want=False,
            ),
            c(
                1,
                "etwa {d} Kilometer",
                "point",
                P("Granada", "bz_granada", 0),
                P("Jaén", "bz_jaen", 1),
                d="S",
                note="`X, mit rund 230.000 Einwohnern, liegt etwa N Kilometer südlich von Y`: the population is a non-claim",
            ),
            c(
                6,
                "rund {e} Kilometer",
                "route",
                P("Sevilla", "bz_sevilla", 1),
                P("Granada", "bz_granada", 1),
                note="`Die rund N Kilometer lange Autobahn von A nach B`",
            ),
            c(
                9,
                "gut {f} Kilometer",
                "pair",
                P("Málaga", "bz_malaga", 0),
                P("Almería", "bz_almeria", 0),
                want=False,
                note="`A und B liegen gut N Kilometer voneinander entfernt; ... für rund 20.000 Haushalte`: another quantity in the sentence",
            ),
            c(
                "plain",
                "rund {g} Kilometer",
                "point",
                P("Huelva", "bz_huelva", 0),
                P("Sevilla", "bz_sevilla", 2),
                d="W",
            ),
        ],
        [
            ("46 Grad", "temperature"),
            ("45,2 Grad", "temperature"),
            ("230.000 Einwohnern", "population"),
            ("20.000 Haushalte", "count"),
            ("18 Prozent", "percentage"),
        ],
    ),
    A(
        "de-bosnien-hochwasser",
        "de",
        "2026-10-20",
        "heldout",
        """
Hochwasser in Bosnien: Tausende verlassen ihre Häuser
SARAJEVO (AFP) - Nach tagelangem Regen sind in Bosnien-Herzegowina mehrere Flüsse über die Ufer getreten; rund 4.500 Menschen mussten ihre Häuser verlassen. Am schlimmsten betroffen ist Doboj an der Bosna, rund {a} Kilometer nördlich der Hauptstadt, wo der Pegel auf 5,2 Meter stieg. Im nahen Tuzla, rund {b} Kilometer südöstlich von Doboj, liefen 30 Keller voll. Zenica, die viertgrößte Stadt des Landes, liegt rund {c} Kilometer nordwestlich von Sarajevo und meldete einen Erdrutsch. Die rund {d} Kilometer lange Bahnstrecke von Sarajevo nach Banja Luka blieb gesperrt. In Banja Luka, rund {e} Kilometer westlich von Doboj, fielen binnen zwei Tagen 120 Liter Regen pro Quadratmeter. Mostar im Süden, etwa {f} Kilometer südwestlich der Hauptstadt, blieb trocken. Goražde an der Drina, weniger als {g} Kilometer südöstlich von Sarajevo, bereitete Sandsäcke vor. Es ist das schwerste Hochwasser seit 2014.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Doboj", "bz_doboj", 0),
                P("der Hauptstadt", "bz_sarajevo", 0),
                d="N",
                note="`Am schlimmsten betroffen ist X an der Bosna, rund N Kilometer nördlich der Hauptstadt, wo der Pegel ...`: the capital is the dateline's; the river is not the subject",
            ),
            c(
                "plain",
                "rund {b} Kilometer",
                "point",
                P("Tuzla", "bz_tuzla", 0),
                P("Doboj", "bz_doboj", 1),
                d="SE",
                want=False,
            ),
            c(
                1,
                "rund {c} Kilometer",
                "point",
                P("Zenica", "bz_zenica", 0),
                P("Sarajevo", "bz_sarajevo", 0),
                d="NW",
                note="`X, die viertgrößte Stadt des Landes, liegt rund N Kilometer nordwestlich von Y`",
            ),
            c(
                6,
                "rund {d} Kilometer",
                "route",
                P("Sarajevo", "bz_sarajevo", 1),
                P("Banja Luka", "bz_banja_luka", 0),
                note="`Die rund N Kilometer lange Bahnstrecke von A nach B`",
            ),
            c(
                "plain",
                "rund {e} Kilometer",
                "point",
                P("Banja Luka", "bz_banja_luka", 1),
                P("Doboj", "bz_doboj", 2),
                d="W",
            ),
            c(
                3,
                "etwa {f} Kilometer",
                "point",
                P("Mostar", "bz_mostar", 0),
                P("der Hauptstadt", "bz_sarajevo", 1),
                d="SW",
                want=False,
            ),
            c(
                "plain",
                "weniger als {g} Kilometer",
                "point",
                P("Goražde", "bz_gorazde", 0),
                P("Sarajevo", "bz_sarajevo", 2),
                d="SE",
                note="`X an der Drina, weniger als N Kilometer südöstlich von Y`: the river is not the subject",
            ),
        ],
        [
            ("4.500 Menschen", "count"),
            ("5,2 Meter", "water level"),
            ("30 Keller", "count"),
            ("zwei Tagen", "duration"),
            ("120 Liter", "rainfall"),
            ("2014", "year"),
        ],
    ),
]
