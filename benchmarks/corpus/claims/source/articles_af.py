# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AF (written for geomap by a helper session, 2026-12-04, h-claims, twelfth
session; not copied from any news source). DEV: written with its gold (places, coordinates
from general knowledge, stated directions, meant truth) before geomap was run on it, from
regions the corpus had few or none of (central Nigeria, northern and central Ukraine, central
Oregon, the Strait of Sicily with Lampedusa, Tunisia and Libya, the Brazilian Amazon) and
stressing wordings known to fail or never tried: a regional capital named only by its
description (`the state capital`, `the county seat`, `der Gebietshauptstadt`, `der
Provinzhauptstadt`, `der Landeshauptstadt`: the seat of the region the text is in, never
named as such in the text, under a dateline that is the national capital, another region's
capital or the subject's own town); `a resident of X` / `ein Bewohner von X` whose town is
the claim's subject; a place as genitive owner (`Kiews Zentrum`, `Lagos' port`, `Bend's
downtown`, `Lampedusas Hafen`, `Manaus' Hafen`); two distances in one sentence to two
references (`A lies N km from B and M km from C`); a distance stated as travel (`after
driving N km from X`, `nach rund N Kilometern Fahrt von X`); a reference given only as a
country's border or coast (`the Nigerien border`, `der belarussischen Grenze`, `vor der
libyschen Küste`). Its places are under `af_` keys in `places.py`."""

from places import PLACES, A, Area, Border, Coast, P, c  # noqa: F401

ARTICLES = [
    A(
        "en-nigeria-benue-floods",
        "en",
        "2026-09-22",
        "dev",
        """
Floods cut roads across central Nigeria

ABUJA, Sept. 22 (geomap) - Floods on the Niger and Benue rivers have killed 41 people and driven more than 60,000 from their homes in central Nigeria, the emergency agency said on Monday. Lokoja, where the two rivers meet, lies about {a} km south-west of Abuja. "The water rose 2 metres in one night," said Amina Yusuf, a resident of Koton Karfe, some {b} km north of Lokoja. Makurdi, the Benue state capital, lies about {c} km east of Lokoja and {d} km south-east of Abuja. Relief lorries reached Otukpo after driving about {e} km from Makurdi. In Kogi state, Idah lies some {f} km south of the state capital, and 1,200 homes there stood under water. Lagos' port, where a ship with 3,000 tonnes of rice docked on Sunday, is about {g} km south-west of Ibadan. Kano, more than 80 km from the Nigerien border, sent 14 boats.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Lokoja", "af_lokoja"),
                P("Abuja", "af_abuja"),
                d="SW",
                note="a relative clause with no place (`where the two rivers meet`) between subject and verb",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Koton Karfe", "af_kotonkarfe"),
                P("Lokoja", "af_lokoja", 1),
                d="N",
                want=False,
                note="`said <person>, a resident of A, some N km north of B`: the resident's town is the subject",
            ),
            c(
                "plain",
                "about {c} km",
                "point",
                P("Makurdi", "af_makurdi"),
                P("Lokoja", "af_lokoja", 2),
                d="E",
                note="`A, apposition, lies N km east of B and M km south-east of C`: first reference",
            ),
            c(
                "plain",
                "{d} km",
                "point",
                P("Makurdi", "af_makurdi"),
                P("Abuja", "af_abuja", 1),
                d="SE",
                want=False,
                note="two distances to two references in one sentence: the second keeps the subject",
            ),
            c(
                6,
                "about {e} km",
                "route",
                P("Otukpo", "af_otukpo"),
                P("Makurdi", "af_makurdi", 1),
                note="a distance stated as travel (`reached A after driving about N km from B`): a road length",
            ),
            c(
                3,
                "some {f} km",
                "point",
                P("Idah", "af_idah"),
                P("the state capital", "af_lokoja"),
                d="S",
                note="`In Kogi state, A lies N km south of the state capital`: the seat of the state the text is in (Lokoja, never called so in the text), not `the Benue state capital` named before nor the dateline's national capital",
            ),
            c(
                3,
                "about {g} km",
                "point",
                P("Lagos' port", "af_lagos"),
                P("Ibadan", "af_ibadan"),
                d="SW",
                note="a place as genitive owner (`Lagos' port`) with a relative clause before the verb",
            ),
            c(
                "plain",
                "more than 80 km",
                "border",
                P("Kano", "af_kano"),
                Border("the Nigerien border", ["NG", "NE"], (85, 135), cc="NE"),
                note="`the Nigerien border` (Niger's, not Nigeria's adjective); the nearest border is north of Kano, about 90-130 km",
            ),
        ],
        [
            ("41 people", "deaths"),
            ("60,000", "displaced"),
            ("2 metres", "water rise"),
            ("1,200 homes", "count"),
            ("3,000 tonnes", "cargo"),
            ("14 boats", "count"),
        ],
    ),
    A(
        "de-ukraine-wintersturm",
        "de",
        "2026-01-14",
        "dev",
        """
Wintersturm lässt Hunderttausende in der Ukraine ohne Strom

KIEW, 14. Januar (geomap) – Ein Wintersturm mit Böen von 110 km/h hat in der Nord- und Zentralukraine mehr als 400.000 Haushalte vom Stromnetz getrennt. Boryspil, rund {a} Kilometer östlich von Kiews Zentrum, stellte den Flugbetrieb für 9 Stunden ein. „Seit zwei Tagen sitzen wir im Dunkeln", sagte ein Bewohner von Nischyn, rund {b} Kilometer nordöstlich von Kiew. Schytomyr liegt rund {c} Kilometer westlich von Kiew und {d} Kilometer nördlich von Winnyzja. Im Gebiet Tschernihiw traf es Pryluky am härtesten, das rund {e} Kilometer südöstlich der Gebietshauptstadt liegt. Ein Konvoi mit 2.000 Technikern erreichte Poltawa nach rund {f} Kilometern Fahrt von Charkiw. Tschernihiw, weniger als 70 Kilometer von der belarussischen Grenze entfernt, meldete minus 18 Grad. Ein Sprecher der Stadtverwaltung von Winnyzja sagte, die Stadt liege nur knapp 60 Kilometer von der moldauischen Grenze entfernt.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Boryspil", "af_boryspil"),
                P("Kiews", "af_kyiv"),
                d="E",
                note="a place as genitive owner as reference (`östlich von Kiews Zentrum`)",
            ),
            c(
                1,
                "rund {b} Kilometer",
                "point",
                P("Nischyn", "af_nizhyn"),
                P("Kiew", "af_kyiv", 1),
                d="NE",
                note="`sagte ein Bewohner von A, rund N Kilometer nordöstlich von B`: the resident's town is the subject",
            ),
            c(
                "plain",
                "rund {c} Kilometer",
                "point",
                P("Schytomyr", "af_zhytomyr"),
                P("Kiew", "af_kyiv", 2),
                d="W",
                note="`A liegt N km westlich von B und M km nördlich von C`: first reference",
            ),
            c(
                "plain",
                "{d} Kilometer",
                "point",
                P("Schytomyr", "af_zhytomyr"),
                P("Winnyzja", "af_vinnytsia"),
                d="N",
                want=False,
                note="two distances to two references: the second keeps the subject",
            ),
            c(
                3,
                "rund {e} Kilometer",
                "point",
                P("Pryluky", "af_pryluky"),
                P("der Gebietshauptstadt", "af_chernihiv"),
                d="SE",
                note="`Im Gebiet X ... der Gebietshauptstadt`: the seat of the oblast the text is in (Chernihiv), under the national capital's dateline; a relative clause after a new place",
            ),
            c(
                6,
                "rund {f} Kilometern",
                "route",
                P("Poltawa", "af_poltava"),
                P("Charkiw", "af_kharkiv"),
                note="`erreichte A nach rund N Kilometern Fahrt von B`: a road length, not a flight",
            ),
            c(
                "plain",
                "weniger als 70 Kilometer",
                "border",
                P("Tschernihiw", "af_chernihiv", 1),
                Border("der belarussischen Grenze", ["UA", "BY"], (38, 60), cc="BY"),
                note="the Belarusian border north and west of Chernihiv, about 40-60 km",
            ),
            c(
                3,
                "knapp 60 Kilometer",
                "border",
                P("die Stadt", "af_vinnytsia"),
                Border("der moldauischen Grenze", ["UA", "MD"], (88, 118), cc="MD"),
                want=False,
                note="reported speech with `die Stadt` for the town named in the attribution; the Dniester border is about 100 km south-west",
            ),
        ],
        [
            ("110 km/h", "wind speed"),
            ("400.000 Haushalte", "count"),
            ("9 Stunden", "duration"),
            ("2.000 Technikern", "count"),
            ("minus 18 Grad", "temperature"),
        ],
    ),
    A(
        "en-oregon-wildfire",
        "en",
        "2026-08-12",
        "dev",
        """
Wildfire forces evacuations in central Oregon

BEND, Ore., Aug. 12 (geomap) - A wildfire driven by gusts of 50 mph has burned 38,000 acres west of Sisters and forced 2,500 people from their homes, the state forestry department said on Wednesday. Sisters lies about {a} km north-west of Bend. "We packed the car in ten minutes," said Tom Reed, a resident of Redmond, some {b} km east of Sisters. Bend itself, about {c} km south-east of the state capital, sent 300 firefighters. Redmond, the largest city in the county after Bend, lies about {d} km north of the county seat. Madras lies about {e} km north of Redmond and {f} km north-east of Sisters. Fire engines reached Sisters after driving some {g} miles from Portland. Prineville, where the fire was 12 percent contained, lies some {h} km east of Redmond. La Pine, about {i} km south of Bend's downtown, opened a shelter for 400 evacuees.
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Sisters", "af_sisters", 1),
                P("Bend", "af_bend"),
                d="NW",
                note="a town whose name is an English noun",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Redmond", "af_redmond"),
                P("Sisters", "af_sisters", 2),
                d="E",
                note="`said <person>, a resident of A, some N km east of B`",
            ),
            c(
                3,
                "about {c} km",
                "point",
                P("Bend", "af_bend", 1),
                P("the state capital", "af_salem"),
                d="SE",
                note="`the state capital` under a dateline that is no capital of the state: Oregon's seat (Salem), never named in the text; the dateline's own town is the subject",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("Redmond", "af_redmond", 1),
                P("the county seat", "af_bend"),
                d="N",
                note="`the county seat`: the seat of the county the text is in (Deschutes County: Bend)",
            ),
            c(
                "plain",
                "about {e} km",
                "point",
                P("Madras", "af_madras"),
                P("Redmond", "af_redmond", 2),
                d="N",
                note="`A lies N km north of B and M km north-east of C`: first reference",
            ),
            c(
                "plain",
                "{f} km",
                "point",
                P("Madras", "af_madras"),
                P("Sisters", "af_sisters", 3),
                d="NE",
                want=False,
                note="two distances to two references: the second keeps the subject",
            ),
            c(
                6,
                "some {g} miles",
                "route",
                P("Sisters", "af_sisters", 4),
                P("Portland", "af_portland"),
                note="`reached A after driving some N miles from B`: a road length",
            ),
            c(
                1,
                "some {h} km",
                "point",
                P("Prineville", "af_prineville"),
                P("Redmond", "af_redmond", 3),
                d="E",
                want=False,
                note="a relative clause holding a percentage between subject and verb",
            ),
            c(
                3,
                "about {i} km",
                "point",
                P("La Pine", "af_lapine"),
                P("Bend's", "af_bend"),
                d="S",
                note="a place as genitive owner as reference (`south of Bend's downtown`)",
            ),
        ],
        [
            ("50 mph", "wind speed"),
            ("38,000 acres", "area"),
            ("2,500 people", "count"),
            ("300 firefighters", "count"),
            ("12 percent", "containment"),
            ("400 evacuees", "count"),
        ],
    ),
    A(
        "de-lampedusa-migranten",
        "de",
        "2026-06-08",
        "dev",
        """
Mehr als tausend Migranten erreichen Lampedusa

PALERMO, 8. Juni (geomap) – Auf Lampedusa sind binnen 24 Stunden mehr als 1.300 Migranten angekommen. Die meisten Boote waren im libyschen Sabratha gestartet; ein Schlauchboot mit 47 Menschen wurde rund 30 Kilometer vor der libyschen Küste von einem Frachter aufgenommen. Lampedusa liegt mehr als 250 Kilometer vor der libyschen Küste und rund {b} Kilometer westlich von Valletta. Lampedusas Hafen, in dem 6 Schiffe der Küstenwache liegen, ist rund {c} Kilometer südwestlich von Agrigent entfernt. Licata, rund {d} Kilometer südöstlich der Provinzhauptstadt, nahm 200 Menschen auf. Eine Fähre erreichte Porto Empedocle nach rund {e} Kilometern Fahrt von Lampedusa. In Libyen liegt Zuwara weniger als 70 Kilometer von der tunesischen Grenze entfernt. Ein Abgeordneter behauptete, Pantelleria liege nur rund 20 Kilometer vor der tunesischen Küste. Die tunesische Küstenwache in Sfax, rund {h} Kilometer südlich von Tunis, meldete 3 Meter hohe Wellen.
""",
        [
            c(
                11,
                "mehr als 250 Kilometer",
                "coast",
                P("Lampedusa", "af_lampedusa", 2),
                Coast("der libyschen Küste", "LY", (265, 305)),
                note="`A liegt mehr als N km vor der libyschen Küste und ...`: a country's coast as the first of two references; the nearest Libyan shore (Ras Ajdir to Zuwara) is about 275-300 km",
            ),
            c(
                "plain",
                "rund {b} Kilometer",
                "point",
                P("Lampedusa", "af_lampedusa", 2),
                P("Valletta", "af_valletta"),
                d="W",
                note="two distances to two references: the second (a point) keeps the subject",
            ),
            c(
                3,
                "rund {c} Kilometer",
                "point",
                P("Lampedusas", "af_lampedusa"),
                P("Agrigent", "af_agrigento"),
                d="SW",
                note="a place as German genitive owner (`Lampedusas Hafen`) with a relative clause before the verb",
            ),
            c(
                3,
                "rund {d} Kilometer",
                "point",
                P("Licata", "af_licata"),
                P("der Provinzhauptstadt", "af_agrigento"),
                d="SE",
                note="`der Provinzhauptstadt` under a dateline that is the region's capital (Palermo), not the province's: the seat of Licata's province (Agrigento)",
            ),
            c(
                6,
                "rund {e} Kilometern",
                "route",
                P("Porto Empedocle", "af_portoempedocle"),
                P("Lampedusa", "af_lampedusa", 4),
                note="`erreichte A nach rund N Kilometern Fahrt von B`: a ferry route",
            ),
            c(
                "plain",
                "weniger als 70 Kilometer",
                "border",
                P("Zuwara", "af_zuwara"),
                Border("der tunesischen Grenze", ["LY", "TN"], (45, 62), cc="TN"),
                note="fronted country (`In Libyen liegt A ...`); the border at Ras Ajdir is about 50-60 km west",
            ),
            c(
                11,
                "rund 20 Kilometer",
                "coast",
                P("Pantelleria", "af_pantelleria"),
                Coast("der tunesischen Küste", "TN", (55, 78)),
                want=False,
                note="a quoted claim with an island town as subject; Cap Bon is about 60-75 km west",
            ),
            c(
                "plain",
                "rund {h} Kilometer",
                "point",
                P("Sfax", "af_sfax"),
                P("Tunis", "af_tunis"),
                d="S",
                note="an apposed distance after `Die tunesische Küstenwache in A,`",
            ),
        ],
        [
            ("24 Stunden", "duration"),
            ("1.300 Migranten", "count"),
            ("47 Menschen", "count"),
            ("rund 30 Kilometer", "a boat's position off a coast, no place"),
            ("6 Schiffe", "count"),
            ("200 Menschen", "count"),
            ("3 Meter", "wave height"),
        ],
    ),
    A(
        "de-amazonas-duerre",
        "de",
        "2026-10-06",
        "dev",
        """
Dürre legt die Schifffahrt am Amazonas lahm

BRASÍLIA, 6. Oktober (geomap) – Der Rio Negro ist in Manaus auf 12,70 Meter gefallen, den tiefsten Stand seit Beginn der Messungen im Jahr 1902. Tefé, rund {a} Kilometer westlich der Landeshauptstadt, ist nur noch per Flugzeug zu erreichen. „Seit August haben wir kein Schiff mehr gesehen", sagte ein Bewohner von Coari, das rund {b} Kilometer westlich von Manaus liegt. Manacapuru liegt rund {c} Kilometer westlich von Manaus und {d} Kilometer östlich von Coari. Ein Versorgungsschiff erreichte Parintins erst nach rund {e} Kilometern Fahrt von Manaus. Itacoatiara, knapp {f} Kilometer östlich von Manaus' Hafen, meldete 40 Grad. Tefé liegt mehr als 350 Kilometer von der kolumbianischen Grenze entfernt. Santarém im Bundesstaat Pará, nach Angaben der Behörden rund {h} Kilometer östlich von Parintins, schickte 60 Tonnen Trinkwasser.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Tefé", "af_tefe"),
                P("der Landeshauptstadt", "af_manaus"),
                d="W",
                note="`der Landeshauptstadt` under the national capital's dateline: the seat of the state the text is in (Amazonas: Manaus, named before but never called so)",
            ),
            c(
                1,
                "rund {b} Kilometer",
                "point",
                P("Coari", "af_coari"),
                P("Manaus", "af_manaus", 1),
                d="W",
                note="`sagte ein Bewohner von A, das rund N Kilometer ... liegt`: a relative clause after the resident's town",
            ),
            c(
                "plain",
                "rund {c} Kilometer",
                "point",
                P("Manacapuru", "af_manacapuru"),
                P("Manaus", "af_manaus", 2),
                d="W",
                note="`A liegt N km westlich von B und M km östlich von C`: first reference",
            ),
            c(
                "plain",
                "{d} Kilometer",
                "point",
                P("Manacapuru", "af_manacapuru"),
                P("Coari", "af_coari", 1),
                d="E",
                want=False,
                note="two distances to two references: the second keeps the subject",
            ),
            c(
                6,
                "rund {e} Kilometern",
                "route",
                P("Parintins", "af_parintins"),
                P("Manaus", "af_manaus", 3),
                note="`erreichte A erst nach rund N Kilometern Fahrt von B`: a river route",
            ),
            c(
                3,
                "knapp {f} Kilometer",
                "point",
                P("Itacoatiara", "af_itacoatiara"),
                P("Manaus'", "af_manaus"),
                d="E",
                note="a place as genitive owner with an apostrophe (`östlich von Manaus' Hafen`)",
            ),
            c(
                "plain",
                "mehr als 350 Kilometer",
                "border",
                P("Tefé", "af_tefe", 1),
                Border("der kolumbianischen Grenze", ["BR", "CO"], (420, 620), cc="CO"),
                note="the nearest Colombian border is north-west of Tefé, well over 400 km away",
            ),
            c(
                1,
                "rund {h} Kilometer",
                "point",
                P("Santarém", "af_santarem"),
                P("Parintins", "af_parintins", 1),
                d="E",
                want=False,
                note="a state after the subject (`A im Bundesstaat X,`) and an attribution before the distance",
            ),
        ],
        [
            ("12,70 Meter", "river level"),
            ("1902", "year"),
            ("40 Grad", "temperature"),
            ("60 Tonnen", "cargo"),
        ],
    ),
]
