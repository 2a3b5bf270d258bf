# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch E (written for geomap; not copied from any news source)."""

from places import A, Area, Border, Coast, Line, P, c  # noqa: F401

ARTICLES = [
    A(
        "de-iran-angriff",
        "de",
        "2026-04-14",
        "dev",
        """
Iran greift Israel mit Raketen an

JERUSALEM (geomap) - Iran hat Israel in der Nacht mit rund 200 Drohnen und Raketen angegriffen; die Armee erklärte, 99 Prozent seien abgefangen worden. Die Raketen seien von Isfahan aus gestartet und nach rund {a} Kilometern Flug über Jerusalem in 100 Kilometern Höhe zerstört worden. Teheran liegt rund 1.000 Kilometer östlich von Jerusalem, sagte ein Armeesprecher. Amman, die jordanische Hauptstadt, liegt knapp {b} Kilometer östlich von Jerusalem; Jordanien schoss ebenfalls Drohnen ab. Zwischen Bagdad und Amman, die rund 500 Kilometer voneinander entfernt liegen, wurde der Luftraum für sechs Stunden gesperrt. Beirut, rund {c} Kilometer nördlich von Tel Aviv, meldete Explosionen. Damaskus, die syrische Hauptstadt, rund {d} Kilometer nordöstlich von Jerusalem, blieb ruhig. Auch in Eilat heulten die Sirenen; die Hafenstadt am Roten Meer liegt mehr als 400 Kilometer südlich von Jerusalem. In Jordanien ist Akaba, rund {e} Kilometer südlich von Amman, ebenfalls in Alarmbereitschaft.
""",
        [
            c(
                11,
                "rund {a} Kilometern",
                "range",
                P("Isfahan", "isfahan"),
                P("Jerusalem", "jerusalem", 1),
                note="flight noun; destroyed over Jerusalem",
            ),
            c(
                "plain",
                "rund 1.000 Kilometer",
                "point",
                P("Teheran", "tehran"),
                P("Jerusalem", "jerusalem", 2),
                d="E",
                want=False,
            ),
            c(
                1,
                "knapp {b} Kilometer",
                "point",
                P("Amman", "amman"),
                P("Jerusalem", "jerusalem", 3),
                d="E",
            ),
            c(
                9,
                "rund 500 Kilometer",
                "pair",
                P("Bagdad", "baghdad"),
                P("Amman", "amman", 1),
                want=False,
            ),
            c(
                "plain",
                "rund {c} Kilometer",
                "point",
                P("Beirut", "beirut"),
                P("Tel Aviv", "telaviv"),
                d="N",
            ),
            c(
                1,
                "rund {d} Kilometer",
                "point",
                P("Damaskus", "damascus"),
                P("Jerusalem", "jerusalem", 4),
                d="NE",
                want=False,
            ),
            c(
                3,
                "mehr als 400 Kilometer",
                "point",
                P("die Hafenstadt", "eilat"),
                P("Jerusalem", "jerusalem", 5),
                d="S",
                want=False,
            ),
            c(5, "rund {e} Kilometer", "point", P("Akaba", "aqaba"), P("Amman", "amman", 2), d="S"),
        ],
        [
            ("200 Drohnen", "count"),
            ("99 Prozent", "percentage"),
            ("100 Kilometern Höhe", "altitude"),
            ("sechs Stunden", "time"),
        ],
    ),
    A(
        "de-wladiwostok-forum",
        "de",
        "2026-09-02",
        "dev",
        """
Wladiwostok will Drehkreuz nach Asien werden

WLADIWOSTOK (geomap) - Die russische Pazifikstadt mit mehr als 600.000 Einwohnern hat am Dienstag ein Wirtschaftsforum eröffnet. Moskau ist mehr als {d} Kilometer von Wladiwostok entfernt; die Transsibirische Eisenbahn, die seit 1916 auf rund 9.300 Kilometern Moskau und Wladiwostok verbindet, braucht dafür sieben Tage. Die Hafenstadt liegt knapp 3.500 Kilometer vom Nordpol entfernt, sagte der Gouverneur. Chabarowsk liegt von Wladiwostok rund {a} Kilometer entfernt. Nachodka, ein wichtiger Ölhafen, liegt etwa 200 Kilometer östlich von Wladiwostok. Gäste kamen aus dem chinesischen Harbin, rund 300 Kilometer nordwestlich von Wladiwostok, und aus Pjöngjang, der nordkoreanischen Hauptstadt, rund {b} Kilometer südwestlich von Wladiwostok. Auch aus Sapporo auf der japanischen Insel Hokkaido, rund {c} Kilometer östlich von Wladiwostok, reiste eine Delegation an.
""",
        [
            c(
                "plain",
                "mehr als {d} Kilometer",
                "point",
                P("Moskau", "moscow"),
                P("Wladiwostok", "vladivostok", 1),
            ),
            c(
                6,
                "rund 9.300 Kilometern",
                "route",
                P("Moskau", "moscow", 1),
                P("Wladiwostok", "vladivostok", 2),
            ),
            c(
                10,
                "knapp 3.500 Kilometer",
                "pole",
                P("Die Hafenstadt", "vladivostok"),
                Line("Nordpol", "north_pole"),
                want=False,
            ),
            c(
                4,
                "rund {a} Kilometer",
                "point",
                P("Chabarowsk", "khabarovsk"),
                P("Wladiwostok", "vladivostok", 3),
            ),
            c(
                1,
                "etwa 200 Kilometer",
                "point",
                P("Nachodka", "nakhodka"),
                P("Wladiwostok", "vladivostok", 4),
                d="E",
                want=False,
            ),
            c(
                7,
                "rund 300 Kilometer",
                "point",
                P("Harbin", "harbin"),
                P("Wladiwostok", "vladivostok", 5),
                d="NW",
                want=False,
            ),
            c(
                1,
                "rund {b} Kilometer",
                "point",
                P("Pjöngjang", "pyongyang"),
                P("Wladiwostok", "vladivostok", 6),
                d="SW",
            ),
            c(
                "plain",
                "rund {c} Kilometer",
                "point",
                P("Sapporo", "sapporo"),
                P("Wladiwostok", "vladivostok", 7),
                d="E",
                want=False,
                fac=0.55,
            ),
        ],
        [("600.000 Einwohnern", "population"), ("1916", "year"), ("sieben Tage", "time")],
    ),
]
