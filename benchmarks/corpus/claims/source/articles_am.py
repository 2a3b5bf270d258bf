# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AM (written for geomap by the integrator, 2026-12-04, fifteenth session; not
copied from any news source). HELD OUT: written with its gold (places, coordinates from
general knowledge, stated directions, meant truth) at the session's start, before any of
that session's changes were merged and before geomap was run on it; nobody tunes on it.
Regions the corpus had none or little of: southern Malawi, Iraq's Kurdistan region, and the
Drina valley between Bosnia and Herzegovina and Serbia. Coordinates are kept here under `am_`
keys so that the batch touches no other source file."""

from places import PLACES, A, P, c

PLACES.update(
    {
        "am_lilongwe": ("Lilongwe", -13.9626, 33.7741, "city", "MW"),
        "am_blantyre": ("Blantyre", -15.7861, 35.0058, "city", "MW"),
        "am_zomba": ("Zomba", -15.3860, 35.3188, "city", "MW"),
        "am_mulanje": ("Mulanje", -16.0316, 35.5081, "city", "MW"),
        "am_chikwawa": ("Chikwawa", -16.0350, 34.8010, "city", "MW"),
        "am_nsanje": ("Nsanje", -16.9200, 35.2620, "city", "MW"),
        "am_mzuzu": ("Mzuzu", -11.4656, 34.0207, "city", "MW"),
        "am_beira": ("Beira", -19.8436, 34.8389, "city", "MZ"),
        "am_erbil": ("Erbil", 36.1911, 44.0094, "city", "IQ"),
        "am_ranya": ("Ranya", 36.2550, 44.8830, "city", "IQ"),
        "am_sulaymaniyah": ("Sulaymaniyah", 35.5613, 45.4330, "city", "IQ"),
        "am_kirkuk": ("Kirkuk", 35.4681, 44.3922, "city", "IQ"),
        "am_halabja": ("Halabja", 35.1778, 45.9861, "city", "IQ"),
        "am_duhok": ("Duhok", 36.8669, 42.9503, "city", "IQ"),
        "am_mosul": ("Mosul", 36.3400, 43.1300, "city", "IQ"),
        "am_baghdad": ("Baghdad", 33.3152, 44.3661, "city", "IQ"),
        "am_sarajevo": ("Sarajevo", 43.8563, 18.4131, "city", "BA"),
        "am_zvornik": ("Zvornik", 44.3865, 19.1029, "city", "BA"),
        "am_visegrad": ("Višegrad", 43.7828, 19.2917, "city", "BA"),
        "am_bijeljina": ("Bijeljina", 44.7569, 19.2144, "city", "BA"),
        "am_loznica": ("Loznica", 44.5339, 19.2258, "city", "RS"),
        "am_belgrade": ("Belgrad", 44.8125, 20.4612, "city", "RS"),
        "am_gorazde": ("Goražde", 43.6678, 18.9764, "city", "BA"),
    }
)

ARTICLES = [
    A(
        "de-malawi-zyklon",
        "de",
        "2026-03-09",
        "heldout",
        """
Zyklon richtet schwere Schäden im Süden Malawis an
LILONGWE (geomap) - Ein Zyklon hat im Süden Malawis mindestens 23 Menschen getötet. Am stärksten betroffen ist die Handelsmetropole Blantyre, die rund {a} Kilometer südöstlich der Hauptstadt liegt, wie die Katastrophenschutzbehörde am Montag mitteilte. In Zomba, der früheren Hauptstadt etwa {b} Kilometer nordöstlich von Blantyre, stürzten zwei Brücken ein. Besonders schlimm traf es den Bezirk an der Grenze zu Mosambik: Der Ort Mulanje liegt gut {c} Kilometer südöstlich von Blantyre am Fuß des gleichnamigen Bergmassivs. Im tiefer gelegenen Nsanje, das etwa {d} Kilometer südöstlich von Chikwawa am Shire liegt, stand das Wasser bis zu drei Meter hoch. Von Blantyre aus sind es nach Chikwawa nur {e} Kilometer, doch die Straße ist unterspült. Der Sturm war zuvor bei Beira in Mosambik, rund {f} Kilometer südlich von Blantyre, auf Land getroffen. Im Norden des Landes, in Mzuzu, mehr als {g} Kilometer nördlich von Lilongwe, blieb es trocken. Die Regierung stellte 2,5 Milliarden Kwacha bereit; seit 2019 ist es der dritte schwere Sturm.
""",
        [
            c(
                3,
                "rund {a} Kilometer",
                "point",
                P("Blantyre", "am_blantyre", 0),
                P("der Hauptstadt", "am_lilongwe"),
                d="SE",
                note="`die Handelsmetropole A, die rund N Kilometer südöstlich der Hauptstadt liegt` under the capital's dateline",
            ),
            c(
                1,
                "etwa {b} Kilometer",
                "point",
                P("Zomba", "am_zomba", 0),
                P("Blantyre", "am_blantyre", 1),
                d="NE",
                want=False,
                note="`In A, der früheren Hauptstadt etwa N Kilometer nordöstlich von B,`",
            ),
            c(
                "plain",
                "gut {c} Kilometer",
                "point",
                P("Mulanje", "am_mulanje", 0),
                P("Blantyre", "am_blantyre", 2),
                d="SE",
                note="`Der Ort A liegt gut N Kilometer südöstlich von B am Fuß ...`",
            ),
            c(
                8,
                "etwa {d} Kilometer",
                "point",
                P("Nsanje", "am_nsanje", 0),
                P("Chikwawa", "am_chikwawa", 0),
                d="SE",
                want=False,
                note="`Im tiefer gelegenen A, das etwa N Kilometer südöstlich von B am Shire liegt,`",
            ),
            c(
                4,
                "{e} Kilometer",
                "point",
                P("Chikwawa", "am_chikwawa", 1),
                P("Blantyre", "am_blantyre", 3),
                note="`Von B aus sind es nach A nur N Kilometer` (the reference before the number)",
            ),
            c(
                1,
                "rund {f} Kilometer",
                "point",
                P("Beira", "am_beira", 0),
                P("Blantyre", "am_blantyre", 4),
                d="S",
                want=False,
                note="`bei A in Mosambik, rund N Kilometer südlich von B, auf Land getroffen`",
            ),
            c(
                5,
                "mehr als {g} Kilometer",
                "point",
                P("Mzuzu", "am_mzuzu", 0),
                P("Lilongwe", "am_lilongwe", 1),
                d="N",
                note="fronted `Im Norden des Landes, in A, mehr als N Kilometer nördlich von B,`",
            ),
        ],
        [
            ("23 Menschen", "count"),
            ("drei Meter", "depth"),
            ("2,5 Milliarden Kwacha", "money"),
            ("2019", "year"),
        ],
    ),
    A(
        "en-kurdistan-quake",
        "en",
        "2026-11-03",
        "heldout",
        """
Earthquake shakes northern Iraq, dozens injured
ERBIL, Iraq, Nov 3 (geomap) - A magnitude 5.8 earthquake struck Iraq's Kurdistan region on Tuesday, injuring at least 60 people and damaging hundreds of homes, local officials said. The quake's epicentre was near Ranya, a town about {a} km east of Erbil, the regional capital, according to the seismological authority. Buildings cracked in Sulaymaniyah, some {b} km south-east of Ranya, and residents in Kirkuk, roughly {c} km south of Erbil, ran into the streets. "We felt it strongly here," said a shopkeeper in Erbil, where the tremor lasted about 20 seconds. In Halabja, near the Iranian border and {d} km south-east of Sulaymaniyah, a school was evacuated. The tremor was also felt in Duhok, about {e} km north-west of the city, and in Mosul, {f} km to the west. Baghdad, some {g} km to the south, reported no damage. The quake struck at a depth of 10 km.
""",
        [
            c(
                1,
                "about {a} km",
                "point",
                P("Ranya", "am_ranya", 0),
                P("Erbil", "am_erbil", 0),
                d="E",
                note="`near A, a town about N km east of B, the regional capital,`",
            ),
            c(
                "plain",
                "some {b} km",
                "point",
                P("Sulaymaniyah", "am_sulaymaniyah", 0),
                P("Ranya", "am_ranya", 1),
                d="SE",
                want=False,
                note="`Buildings cracked in A, some N km south-east of B,`",
            ),
            c(
                "plain",
                "roughly {c} km",
                "point",
                P("Kirkuk", "am_kirkuk", 0),
                P("Erbil", "am_erbil", 1),
                d="S",
                note="`and residents in A, roughly N km south of B, ran into the streets`",
            ),
            c(
                2,
                "{d} km",
                "point",
                P("Halabja", "am_halabja", 0),
                P("Sulaymaniyah", "am_sulaymaniyah", 1),
                d="SE",
                want=False,
                note="`In A, near the Iranian border and N km south-east of B,` (a border beside the point reference)",
            ),
            c(
                3,
                "about {e} km",
                "point",
                P("Duhok", "am_duhok", 0),
                P("the city", "am_erbil"),
                d="NW",
                note="`felt in A, about N km north-west of the city,` after a quote sentence at the city",
            ),
            c(
                4,
                "{f} km",
                "point",
                P("Mosul", "am_mosul", 0),
                P("the city", "am_erbil"),
                d="W",
                want=False,
                note="`and in A, N km to the west` (the reference carried from the coordinated phrase)",
            ),
            c(
                4,
                "some {g} km",
                "point",
                P("Baghdad", "am_baghdad", 0),
                P("ERBIL", "am_erbil"),
                d="S",
                note="`A, some N km to the south, reported no damage` seen from the dateline",
            ),
        ],
        [
            ("5.8", "magnitude"),
            ("60 people", "count"),
            ("20 seconds", "duration"),
            ("10 km", "depth"),
        ],
    ),
    A(
        "de-drina-hochwasser",
        "de",
        "2026-05-20",
        "heldout",
        """
Hochwasser an der Drina: Tausende Menschen in Sicherheit gebracht
SARAJEVO (geomap) - Nach starken Regenfällen ist die Drina im Grenzgebiet zwischen Bosnien-Herzegowina und Serbien über die Ufer getreten. In Zvornik, das etwa {a} Kilometer nordöstlich von Sarajevo liegt, mussten 3.000 Menschen ihre Häuser verlassen, teilten die Behörden am Mittwoch mit. Flussaufwärts in Višegrad, rund {b} Kilometer südlich von Zvornik, stand die berühmte Brücke teilweise unter Wasser. Auch Bijeljina, gut {c} Kilometer nördlich von Zvornik, meldete überflutete Felder. Auf serbischer Seite wurde in Loznica, knapp {d} Kilometer von Zvornik entfernt, der Notstand ausgerufen. Die Kreisstadt liegt rund {e} Kilometer westlich von Belgrad. In Goražde, der Stadt an der oberen Drina etwa {f} Kilometer von der Hauptstadt entfernt, sank der Pegel bereits. Der Fluss stieg innerhalb von 24 Stunden um 4,5 Meter.
""",
        [
            c(
                8,
                "etwa {a} Kilometer",
                "point",
                P("Zvornik", "am_zvornik", 0),
                P("Sarajevo", "am_sarajevo", 0),
                d="NE",
                want=False,
                note="`In A, das etwa N Kilometer nordöstlich von B liegt, mussten ...`",
            ),
            c(
                1,
                "rund {b} Kilometer",
                "point",
                P("Višegrad", "am_visegrad", 0),
                P("Zvornik", "am_zvornik", 1),
                d="S",
                note="`Flussaufwärts in A, rund N Kilometer südlich von B, stand ...`",
            ),
            c(
                1,
                "gut {c} Kilometer",
                "point",
                P("Bijeljina", "am_bijeljina", 0),
                P("Zvornik", "am_zvornik", 2),
                d="N",
                want=False,
                note="`Auch A, gut N Kilometer nördlich von B, meldete ...`",
            ),
            c(
                1,
                "knapp {d} Kilometer",
                "point",
                P("Loznica", "am_loznica", 0),
                P("Zvornik", "am_zvornik", 3),
                note="`in A, knapp N Kilometer von B entfernt, der Notstand ausgerufen`",
            ),
            c(
                3,
                "rund {e} Kilometer",
                "point",
                P("Die Kreisstadt", "am_loznica"),
                P("Belgrad", "am_belgrade", 0),
                d="W",
                want=False,
                note="`Die Kreisstadt liegt rund N Kilometer westlich von B` pointing back to the town of the sentence before",
            ),
            c(
                3,
                "etwa {f} Kilometer",
                "point",
                P("Goražde", "am_gorazde", 0),
                P("der Hauptstadt", "am_sarajevo"),
                note="`In A, der Stadt an der oberen Drina etwa N Kilometer von der Hauptstadt entfernt,` under the capital's dateline",
            ),
        ],
        [
            ("3.000 Menschen", "count"),
            ("24 Stunden", "duration"),
            ("4,5 Meter", "depth"),
        ],
    ),
]
