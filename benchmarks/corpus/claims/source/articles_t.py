# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch T (written for geomap by the integrator, 2026-12-03, seventh session; not
copied from any news source). HELD OUT: written with its gold (places, coordinates from
general knowledge, stated directions, meant truth) at the session's start, before any of
that session's changes were merged and before geomap was run on it; nobody tunes on it.
Regions the corpus had little of: Papua New Guinea's highlands, Morocco's High Atlas,
Sardinia. Coordinates are kept here under `t_` keys so that the batch touches no other
source file."""

from places import PLACES, A, P, c

PLACES.update(
    {
        "t_portmoresby": ("Port Moresby", -9.4438, 147.1803, "city", "PG"),
        "t_lae": ("Lae", -6.7333, 146.9961, "city", "PG"),
        "t_mounthagen": ("Mount Hagen", -5.8571, 144.2305, "city", "PG"),
        "t_goroka": ("Goroka", -6.0833, 145.3855, "city", "PG"),
        "t_tari": ("Tari", -5.8489, 142.9506, "city", "PG"),
        "t_madang": ("Madang", -5.2246, 145.7966, "city", "PG"),
        "t_alotau": ("Alotau", -10.3150, 150.4590, "city", "PG"),
        "t_wilhelm": ("Mount Wilhelm", -5.7800, 145.0300, "mountain", "PG"),
        "t_marrakesch": ("Marrakesch", 31.6295, -7.9811, "city", "MA"),
        "t_toubkal": ("Toubkal", 31.0597, -7.9150, "mountain", "MA"),
        "t_taroudant": ("Taroudant", 30.4703, -8.8770, "city", "MA"),
        "t_agadir": ("Agadir", 30.4278, -9.5981, "city", "MA"),
        "t_ouarzazate": ("Ouarzazate", 30.9189, -6.8934, "city", "MA"),
        "t_casablanca": ("Casablanca", 33.5731, -7.5898, "city", "MA"),
        "t_essaouira": ("Essaouira", 31.5085, -9.7595, "city", "MA"),
        "t_amizmiz": ("Amizmiz", 31.2153, -8.2415, "city", "MA"),
        "t_asni": ("Asni", 31.2483, -7.9803, "city", "MA"),
        "t_cagliari": ("Cagliari", 39.2238, 9.1217, "city", "IT"),
        "t_oristano": ("Oristano", 39.9036, 8.5918, "city", "IT"),
        "t_olbia": ("Olbia", 40.9233, 9.4981, "city", "IT"),
        "t_nuoro": ("Nuoro", 40.3210, 9.3307, "city", "IT"),
        "t_marmora": ("Punta La Marmora", 39.9883, 9.3264, "mountain", "IT"),
        "t_alghero": ("Alghero", 40.5589, 8.3195, "city", "IT"),
        "t_sassari": ("Sassari", 40.7259, 8.5557, "city", "IT"),
        "t_rome": ("Rome", 41.9028, 12.4964, "city", "IT"),
    }
)

ARTICLES = [
    A(
        "en-png-highlands-quake",
        "en",
        "2026-08-21",
        "dev",
        """
Quake shakes Papua New Guinea's highlands

PORT MORESBY, Aug. 21 (geomap) - A magnitude 6.4 earthquake struck Papua New Guinea's Southern Highlands early on Thursday, cutting the Highlands Highway in at least three places. The epicentre was near Tari, a town of about 10,000 people roughly {a} km west of Mount Hagen. Aid flights left from Lae, which lies some {b} km north of Port Moresby across the Owen Stanley Range. Goroka, the Eastern Highlands capital, is about {c} km east of Mount Hagen and escaped damage. "We felt it strongly here," said a nurse in Mount Hagen, about {d} km north-west of the capital. Mount Wilhelm, at 4,509 metres the country's highest peak, rises about {e} km east of Mount Hagen. The {f}-km road from Lae to Mount Hagen was closed for two days. Madang, on the north coast, is some {g} km from Goroka, officials said. Alotau, about {h} km to the east, sent a medical team. The quake was 35 km deep.
""",
        [
            c(
                1,
                "roughly {a} km",
                "point",
                P("Tari", "t_tari", 0),
                P("Mount Hagen", "t_mounthagen", 0),
                d="W",
                want=False,
                note="apposition with a population after a prepositional object",
            ),
            c(
                8,
                "some {b} km",
                "point",
                P("Lae", "t_lae", 0),
                P("Port Moresby", "t_portmoresby", 0),
                d="N",
                note="relative clause with a range crossed",
            ),
            c(
                1,
                "about {c} km",
                "point",
                P("Goroka", "t_goroka", 0),
                P("Mount Hagen", "t_mounthagen", 1),
                d="E",
                note="apposition naming a province's capital",
            ),
            c(
                3,
                "about {d} km",
                "point",
                P("Mount Hagen", "t_mounthagen", 2),
                P("capital", "t_portmoresby", 0),
                d="NW",
                note="apposition after a speaker's place; the capital from the dateline",
            ),
            c(
                1,
                "about {e} km",
                "point",
                P("Mount Wilhelm", "t_wilhelm", 0),
                P("Mount Hagen", "t_mounthagen", 3),
                d="E",
                want=False,
                note="apposition with a height; summit as subject",
            ),
            c(6, "{f}-km", "route", P("Lae", "t_lae", 1), P("Mount Hagen", "t_mounthagen", 4)),
            c(
                "plain",
                "some {g} km",
                "point",
                P("Madang", "t_madang", 0),
                P("Goroka", "t_goroka", 1),
                note="apposition with a coast",
            ),
            c(
                4,
                "about {h} km",
                "point",
                P("Alotau", "t_alotau", 0),
                P("(dateline) PORT MORESBY", "t_portmoresby"),
                d="E",
                want=False,
                note="implicit reference",
            ),
        ],
        [
            ("magnitude 6.4", "magnitude"),
            ("three places", "count"),
            ("10,000 people", "population"),
            ("4,509 metres", "altitude"),
            ("two days", "duration"),
            ("35 km deep", "depth"),
        ],
    ),
    A(
        "de-atlas-nachbeben",
        "de",
        "2026-03-14",
        "dev",
        """
Nachbeben erschüttern den Hohen Atlas

MARRAKESCH, 14. März (geomap) – Zwei Wochen nach dem schweren Beben der Stärke 6,8 sind im Hohen Atlas erneut Häuser eingestürzt. Der Toubkal, mit 4.167 Metern der höchste Gipfel Nordafrikas, liegt nur rund {a} Kilometer südlich von Marrakesch. König Mohammed VI. besuchte am Dienstag Amizmiz, rund {b} Kilometer südwestlich von Marrakesch. Ouarzazate, das Tor zur Wüste, liegt jenseits des Tichka-Passes etwa {c} Kilometer südöstlich von Marrakesch. Besonders betroffen ist Taroudant, eine Kleinstadt mit 80.000 Einwohnern rund {d} Kilometer östlich von Agadir. Agadir, wo 1960 ein Beben 12.000 Menschen tötete, liegt rund {e} Kilometer südwestlich von Marrakesch. Von Casablanca aus sind es rund {f} Kilometer bis Essaouira an der Atlantikküste. Die Hafenstadt liegt etwa {g} Kilometer westlich von Marrakesch. „Bis Marrakesch sind es von hier nur {h} Kilometer, aber die Straße ist zerstört“, sagte ein Lehrer in Asni.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Toubkal", "t_toubkal", 0),
                P("Marrakesch", "t_marrakesch", 1),
                d="S",
                note="apposition with a height; summit as subject",
            ),
            c(
                1,
                "rund {b} Kilometer",
                "point",
                P("Amizmiz", "t_amizmiz", 0),
                P("Marrakesch", "t_marrakesch", 2),
                d="SW",
                note="the subject is the object of a preceding verb",
            ),
            c(
                1,
                "etwa {c} Kilometer",
                "point",
                P("Ouarzazate", "t_ouarzazate", 0),
                P("Marrakesch", "t_marrakesch", 3),
                d="SE",
                want=False,
                note="apposition without a place; a pass crossed",
            ),
            c(
                1,
                "rund {d} Kilometer",
                "point",
                P("Taroudant", "t_taroudant", 0),
                P("Agadir", "t_agadir", 0),
                d="E",
                note="apposition with a population",
            ),
            c(
                8,
                "rund {e} Kilometer",
                "point",
                P("Agadir", "t_agadir", 1),
                P("Marrakesch", "t_marrakesch", 4),
                d="SW",
                want=False,
                note="relative clause with a year and a death toll",
            ),
            c(
                4,
                "rund {f} Kilometer",
                "point",
                P("Essaouira", "t_essaouira", 0),
                P("Casablanca", "t_casablanca", 0),
                note="Von A aus sind es N bis B",
            ),
            c(
                3,
                "etwa {g} Kilometer",
                "point",
                P("Hafenstadt", "t_essaouira"),
                P("Marrakesch", "t_marrakesch", 5),
                d="W",
                note="descriptive subject",
            ),
            c(
                3,
                "nur {h} Kilometer",
                "point",
                P("hier", "t_asni", 0),
                P("Marrakesch", "t_marrakesch", 6),
                want=False,
                note="first person in a quote; the speaker's place in the attribution",
            ),
        ],
        [
            ("Zwei Wochen", "duration"),
            ("Stärke 6,8", "magnitude"),
            ("4.167 Metern", "altitude"),
            ("80.000 Einwohnern", "population"),
            ("12.000 Menschen", "count"),
        ],
    ),
    A(
        "en-sardinia-fires",
        "en",
        "2026-07-24",
        "dev",
        """
Wildfires force evacuations across Sardinia

CAGLIARI, Italy, July 24 (geomap) — Firefighters battled more than 40 blazes across Sardinia on Thursday after temperatures reached 44 C. The worst fire burned in the hills above Oristano, the island's west-coast provincial capital, roughly {a} km north-west of Cagliari. Water bombers flew in from Olbia — the main ferry port, about {b} km north of Nuoro — and from the mainland. Punta La Marmora, the 1,834-metre summit of the Gennargentu massif, lies about {c} km south of Nuoro. Tourists were evacuated by boat from beaches near Alghero, some {d} km south-west of Sassari. Sassari itself, the island's second city, is about {e} km north of the regional capital. Rome, some {f} km to the north-east across the Tyrrhenian Sea, sent 300 more firefighters. About 1,200 hectares burned.
""",
        [
            c(
                1,
                "roughly {a} km",
                "point",
                P("Oristano", "t_oristano", 0),
                P("Cagliari", "t_cagliari", 0),
                d="NW",
                note="apposition without a place after a prepositional chain",
            ),
            c(
                1,
                "about {b} km",
                "point",
                P("Olbia", "t_olbia", 0),
                P("Nuoro", "t_nuoro", 0),
                d="N",
                want=False,
                note="apposition between dashes after a from-phrase",
            ),
            c(
                11,
                "about {c} km",
                "point",
                P("Punta La Marmora", "t_marmora", 0),
                P("Nuoro", "t_nuoro", 1),
                d="S",
                note="summit as a point; apposition with a height",
            ),
            c(
                1,
                "some {d} km",
                "point",
                P("Alghero", "t_alghero", 0),
                P("Sassari", "t_sassari", 0),
                d="SW",
                want=False,
                note="apposition after a preposition chain",
            ),
            c(
                3,
                "about {e} km",
                "point",
                P("Sassari", "t_sassari", 1),
                P("regional capital", "t_cagliari", 0),
                d="N",
                note="descriptive reference: the dateline's city",
            ),
            c(
                4,
                "some {f} km",
                "point",
                P("Rome", "t_rome", 0),
                P("(dateline) CAGLIARI", "t_cagliari"),
                d="NE",
                note="implicit reference; a sea crossed",
            ),
        ],
        [
            ("more than 40 blazes", "count"),
            ("44 C", "temperature"),
            ("1,834-metre", "altitude"),
            ("300 more firefighters", "count"),
            ("1,200 hectares", "area"),
        ],
    ),
]
