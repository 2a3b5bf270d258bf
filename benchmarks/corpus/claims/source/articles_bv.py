# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BV (written for geomap by helper h29-cl3, 2026-12-06, twenty-ninth
session; not copied from any news source). DEV: two German and two English wire stories
from regions no claims batch names (the Phlegraean Fields west of Naples, Ceuta and the
Strait of Gibraltar, the Zaporizhzhia nuclear plant on the Dnipro reservoir, Ternate and
Halmahera in North Maluku), dense in descriptive references (issue 15, class 3): `Die
Hafenstadt`, `der Regionalhauptstadt`, `Der Vulkan`, `Die Inselhauptstadt`, `der Ort`,
`Die marokkanische Grenzstadt`, `der Exklave`, `der marokkanischen Hauptstadt`, `Die Stadt`
with `der Grenzstadt` as reference, `Die ... Überfahrt`, `hier` in a quote, `The plant`,
`the regional capital`, `the reactor site`, `The town`, `the station`, `here` in a quote,
`The volcano`, `the island's main town`, `The provincial capital`, and English number forms
(`some 55 km (34 miles)`, `some 300 kilometres (180 miles)`, `a 90-mile drive`, `within 20
km of`, `within 40 km of`, `barely 6 km`, `less than half a kilometre` to a fence as a
non-claim). Gold written from the text before geomap ran on it; coordinates under `bv_`
keys from general knowledge (town centres, the summit, the plant's reactor block); figures
chosen by hand from geographiclib distances (true ones within 8 %, false ones 1.5 times or
more off; directions only where the bearing is well inside its sector); verdicts by
truth.py."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Campania, the Phlegraean Fields west of Naples
        "bv_napoli": ("Naples", 40.8518, 14.2681, "city", "IT"),
        "bv_pozzuoli": ("Pozzuoli", 40.8219, 14.1209, "town", "IT"),
        "bv_vesuvius": ("Vesuvius", 40.8214, 14.4260, "mountain", "IT"),
        "bv_ischia": ("Ischia", 40.7406, 13.9436, "town", "IT"),
        "bv_bacoli": ("Bacoli", 40.7966, 14.0785, "town", "IT"),
        "bv_caserta": ("Caserta", 41.0733, 14.3329, "city", "IT"),
        "bv_salerno": ("Salerno", 40.6824, 14.7681, "city", "IT"),
        # Ceuta and the Strait of Gibraltar
        "bv_ceuta": ("Ceuta", 35.8894, -5.3198, "city", "ES"),
        "bv_fnideq": ("Fnideq", 35.8482, -5.3575, "town", "MA"),
        "bv_tanger": ("Tangier", 35.7673, -5.7998, "city", "MA"),
        "bv_tarifa": ("Tarifa", 36.0136, -5.6036, "town", "ES"),
        "bv_tetouan": ("Tétouan", 35.5785, -5.3684, "city", "MA"),
        "bv_algeciras": ("Algeciras", 36.1275, -5.4539, "city", "ES"),
        "bv_rabat": ("Rabat", 34.0209, -6.8416, "city", "MA"),
        "bv_melilla": ("Melilla", 35.2923, -2.9381, "city", "ES"),
        # Zaporizhzhia and the Kakhovka reservoir
        "bv_zaporizhzhia": ("Zaporizhzhia", 47.8388, 35.1396, "city", "UA"),
        "bv_znpp": ("Zaporizhzhia Nuclear Power Plant", 47.5079, 34.5856, "facility", "UA"),
        "bv_enerhodar": ("Enerhodar", 47.4989, 34.6567, "town", "UA"),
        "bv_nikopol": ("Nikopol", 47.5712, 34.3964, "city", "UA"),
        "bv_marhanets": ("Marhanets", 47.6350, 34.6280, "town", "UA"),
        "bv_kherson": ("Kherson", 46.6354, 32.6169, "city", "UA"),
        "bv_vasylivka": ("Vasylivka", 47.4436, 35.2744, "town", "UA"),
        "bv_kyiv": ("Kyiv", 50.4501, 30.5234, "city", "UA"),
        # North Maluku: Ternate and Halmahera
        "bv_ternate": ("Ternate", 0.7893, 127.3810, "city", "ID"),
        "bv_gamalama": ("Mount Gamalama", 0.8080, 127.3320, "mountain", "ID"),
        "bv_sofifi": ("Sofifi", 0.7370, 127.5590, "town", "ID"),
        "bv_tobelo": ("Tobelo", 1.7284, 128.0095, "town", "ID"),
        "bv_manado": ("Manado", 1.4748, 124.8421, "city", "ID"),
        "bv_jailolo": ("Jailolo", 1.0833, 127.4833, "town", "ID"),
        "bv_ambon": ("Ambon", -3.6954, 128.1814, "city", "ID"),
    }
)

ARTICLES = [
    A(
        "de-phlegraeische-felder-beben",
        "de",
        "2026-05-20",
        "dev",
        """
Erdbeben erschüttert die Phlegräischen Felder
NEAPEL (dpa) - Ein Erdbeben der Stärke 4,4 hat in der Nacht zum Mittwoch die Gegend westlich von Neapel erschüttert. Das Epizentrum lag nach Angaben des Geophysik-Instituts INGV in 2,5 Kilometern Tiefe unter Pozzuoli. Die Hafenstadt liegt rund 13 Kilometer westlich der Regionalhauptstadt und hat sich seit 2005 um mehr als 1,2 Meter gehoben. Rund 1.200 Menschen verbrachten die Nacht im Freien. In Bacoli stürzte eine Kirchenmauer ein; der Ort liegt rund 4,5 Kilometer südwestlich von Pozzuoli. „Von hier bis Neapel sind es 35 Kilometer, und trotzdem fühlen wir uns vergessen", sagte eine Ladenbesitzerin in Bacoli. Auch am Vesuv zeichneten die Seismografen Erschütterungen auf. Der Vulkan liegt gut 25 Kilometer östlich von Pozzuoli, auf der anderen Seite der Stadt Neapel. Die Fähren nach Ischia blieben am Morgen im Hafen. Die Inselhauptstadt, etwa 30 Kilometer südwestlich von Pozzuoli, meldete keine Schäden. Der Zivilschutz in Caserta, rund 40 Kilometer nördlich von Neapel, schickte 40 Helfer. In Salerno, der zweitgrößten Stadt Kampaniens, etwa 46 Kilometer südöstlich von Neapel, war das Beben noch zu spüren.
""",
        [
            c(
                3,
                "rund 13 Kilometer",
                "point",
                P("Die Hafenstadt", "bv_pozzuoli", 0),
                P("der Regionalhauptstadt", "bv_napoli", 0),
                d="W",
                note="`Die Hafenstadt` after a sentence naming one town; `der Regionalhauptstadt` = Campania's seat",
            ),
            c(
                3,
                "rund 4,5 Kilometer",
                "point",
                P("der Ort", "bv_bacoli", 0),
                P("Pozzuoli", "bv_pozzuoli", 2),
                d="SW",
                note="`In X stürzte ...; der Ort liegt ...`: the place of the clause before",
            ),
            c(
                3,
                "35 Kilometer",
                "point",
                P("hier", "bv_bacoli", 0),
                P("Neapel", "bv_napoli", 2),
                want=False,
                note="`Von hier` in a quote by someone in Bacoli: the speaker's town; twice the distance",
            ),
            c(
                3,
                "gut 25 Kilometer",
                "point",
                P("Der Vulkan", "bv_vesuvius", 0),
                P("Pozzuoli", "bv_pozzuoli", 3),
                d="E",
                note="`Der Vulkan` after a sentence naming Vesuvius; Naples after the reference is an aside",
            ),
            c(
                3,
                "etwa 30 Kilometer",
                "point",
                P("Die Inselhauptstadt", "bv_ischia", 0),
                P("Pozzuoli", "bv_pozzuoli", 4),
                d="SW",
                want=False,
                note="`Die Inselhauptstadt` after `Die Fähren nach Ischia`: Ischia's main town; 17.5 km",
            ),
            c(
                1,
                "rund 40 Kilometer",
                "point",
                P("Caserta", "bv_caserta", 0),
                P("Neapel", "bv_napoli", 3),
                d="N",
                want=False,
                note="`X, rund N km nördlich von Y, schickte ...`: 25 km",
            ),
            c(
                1,
                "etwa 46 Kilometer",
                "point",
                P("Salerno", "bv_salerno", 0),
                P("Neapel", "bv_napoli", 4),
                d="SE",
                note="two appositions: a description without a place, then the distance",
            ),
        ],
        [
            ("Stärke 4,4", "magnitude"),
            ("2,5 Kilometern", "depth of the hypocentre"),
            ("1,2 Meter", "ground uplift"),
            ("1.200 Menschen", "count"),
            ("40 Helfer", "count"),
        ],
    ),
    A(
        "de-ceuta-schwimmer",
        "de",
        "2026-08-24",
        "dev",
        """
Hunderte Migranten schwimmen nach Ceuta
CEUTA (dpa) - Hunderte Migranten haben am Wochenende versucht, schwimmend die spanische Exklave Ceuta an der Nordküste Afrikas zu erreichen. Die meisten starteten nach Angaben der Guardia Civil an den Stränden von Fnideq. Die marokkanische Grenzstadt liegt nur 6 Kilometer südwestlich der Exklave. Rund 400 Menschen wurden noch am Sonntag nach Marokko zurückgebracht. Marokkanische Sicherheitskräfte sperrten zudem die Straßen aus Tétouan. Die Stadt liegt knapp 30 Kilometer südlich der Grenzstadt. Viele der Migranten waren zuvor aus Tanger gekommen. Die Hafenstadt, etwa 45 Kilometer westlich von Ceuta, gilt als Sprungbrett nach Europa. Von dort setzen täglich Fähren nach Tarifa über; die rund 35 Kilometer lange Überfahrt dauert eine Stunde. Die Fähren aus Algeciras, das rund 60 Kilometer nördlich von Ceuta liegt, fuhren dagegen planmäßig. Das Innenministerium in der marokkanischen Hauptstadt, rund 250 Kilometer südwestlich von Ceuta, kündigte mehr Grenzpatrouillen an. Auch in Melilla, der zweiten spanischen Exklave, rund 120 Kilometer östlich von Ceuta, verstärkte die Polizei ihre Posten. „Wir haben hier 60 Plätze und seit Samstag über 900 Jugendliche", sagte die Leiterin einer Unterkunft in Ceuta.
""",
        [
            c(
                3,
                "nur 6 Kilometer",
                "point",
                P("Die marokkanische Grenzstadt", "bv_fnideq", 0),
                P("der Exklave", "bv_ceuta", 0),
                d="SW",
                note="`Die marokkanische Grenzstadt` after a sentence naming Fnideq; `der Exklave` = Ceuta",
            ),
            c(
                3,
                "knapp 30 Kilometer",
                "point",
                P("Die Stadt", "bv_tetouan", 0),
                P("der Grenzstadt", "bv_fnideq", 0),
                d="S",
                note="both ends described: `Die Stadt` = Tétouan of the sentence before, `der Grenzstadt` = Fnideq",
            ),
            c(
                3,
                "etwa 45 Kilometer",
                "point",
                P("Die Hafenstadt", "bv_tanger", 0),
                P("Ceuta", "bv_ceuta", 3),
                d="W",
                note="`Die Hafenstadt` after `aus Tanger gekommen`",
            ),
            c(
                6,
                "rund 35 Kilometer",
                "route",
                P("Tarifa", "bv_tarifa", 0),
                P("dort", "bv_tanger", 0),
                note="`Von dort ... nach Tarifa; die N km lange Überfahrt`: the ferry crossing from Tangier",
            ),
            c(
                8,
                "rund 60 Kilometer",
                "point",
                P("Algeciras", "bv_algeciras", 0),
                P("Ceuta", "bv_ceuta", 4),
                d="N",
                want=False,
                note="`aus X, das rund N km nördlich von Y liegt`: 29 km",
            ),
            c(
                3,
                "rund 250 Kilometer",
                "point",
                P("der marokkanischen Hauptstadt", "bv_rabat", 0),
                P("Ceuta", "bv_ceuta", 5),
                d="SW",
                note="a capital phrase with the country's adjective: Rabat",
            ),
            c(
                1,
                "rund 120 Kilometer",
                "point",
                P("Melilla", "bv_melilla", 0),
                P("Ceuta", "bv_ceuta", 6),
                d="E",
                want=False,
                note="`In X, der zweiten ..., rund N km östlich von Y`: 226 km",
            ),
        ],
        [
            ("400 Menschen", "count"),
            ("eine Stunde", "duration"),
            ("60 Plätze", "count"),
            ("900 Jugendliche", "count"),
        ],
    ),
    A(
        "en-zaporizhzhia-plant-drone",
        "en",
        "2026-08-11",
        "dev",
        """
Drone hits training centre at Ukraine's Zaporizhzhia nuclear plant
ZAPORIZHZHIA, Ukraine, Aug 11 (Reuters) - A drone hit a training centre at the Russian-held Zaporizhzhia nuclear power plant on Monday, the U.N. nuclear watchdog said, the third strike on the site this month. The plant, Europe's largest with six reactors, lies on the Dnipro reservoir some 55 km (34 miles) south-west of the regional capital. The drone landed less than half a kilometre from the perimeter fence, the International Atomic Energy Agency said. Most of the plant's staff live in Enerhodar. The town, about 5.5 km east of the reactor site, has been without mains power since Saturday. Across the reservoir, Nikopol has been shelled almost daily. "The plant is only 16 km from here, across the water," said Olena Kravets, a teacher in Nikopol. Officials in Marhanets, a town of 45,000 people some 15 km north of the plant, handed out iodine tablets. Russian-installed officials said they had moved children out of Vasylivka, which they said lies within 20 km of the station. Kherson, about 100 km (60 miles) south-west of the plant, was also hit by drones overnight. In Kyiv, some 450 kilometres (280 miles) to the north-west, President Volodymyr Zelenskiy accused Moscow of "nuclear blackmail".
""",
        [
            c(
                3,
                "some 55 km",
                "point",
                P("The plant", "bv_znpp", 0),
                P("the regional capital", "bv_zaporizhzhia", 0),
                d="SW",
                note="`The plant` after a sentence naming the nuclear power plant; `the regional capital` = the dateline's city",
            ),
            c(
                3,
                "about 5.5 km",
                "point",
                P("The town", "bv_enerhodar", 0),
                P("the reactor site", "bv_znpp", 0),
                d="E",
                note="`The town` after `live in Enerhodar`; `the reactor site` = the plant",
            ),
            c(
                3,
                "only 16 km",
                "point",
                P("The plant", "bv_znpp", 1),
                P("here", "bv_nikopol", 0),
                note="`here` in a quote by someone in Nikopol",
            ),
            c(
                1,
                "some 15 km",
                "point",
                P("Marhanets", "bv_marhanets", 0),
                P("the plant", "bv_znpp", 0),
                d="N",
                note="an apposition with a population, then the distance to `the plant`",
            ),
            c(
                8,
                "within 20 km",
                "point",
                P("Vasylivka", "bv_vasylivka", 0),
                P("the station", "bv_znpp", 0),
                want=False,
                note="`X, which ... lies within N km of the station`: 52 km",
            ),
            c(
                3,
                "about 100 km",
                "point",
                P("Kherson", "bv_kherson", 0),
                P("the plant", "bv_znpp", 1),
                d="SW",
                want=False,
                note="`X, about N km (M miles) south-west of the plant`: 178 km",
            ),
            c(
                4,
                "some 450 kilometres",
                "point",
                P("Kyiv", "bv_kyiv", 0),
                P("ZAPORIZHZHIA", "bv_zaporizhzhia", 0),
                d="NW",
                note="`In X, some N kilometres (M miles) to the north-west`: from the dateline",
            ),
        ],
        [
            ("less than half a kilometre", "distance to a fence, no place"),
            ("45,000 people", "population"),
            ("six reactors", "count"),
        ],
    ),
    A(
        "en-ternate-gamalama",
        "en",
        "2026-10-08",
        "dev",
        """
Indonesia's Mount Gamalama erupts, closing Ternate airport
TERNATE, Indonesia (AP) — Mount Gamalama on Indonesia's Ternate island erupted on Thursday, sending ash 2,500 metres into the sky and forcing the closure of the island's airport. The volcano rises barely 6 km west of the island's main town, also called Ternate, where ash fell on homes and markets. More than 1,800 residents of villages on its slopes were moved to shelters. Flights to Manado, the capital of North Sulawesi some 300 kilometres (180 miles) to the west, were cancelled. North Maluku's government moved to Sofifi on neighbouring Halmahera island in 2010. The provincial capital, about 20 km (12 miles) east of Ternate across a narrow strait, sent 14 trucks of masks and water. Speedboats kept the crossing open through the day. From Sofifi, evacuees faced a 90-mile drive north to Tobelo, where the regency has set up its main shelter. The town, about 200 km north-east of Ternate, took in 600 people by nightfall. Jailolo, a port town on Halmahera's west coast within 40 km of the volcano, reported light ashfall. Ambon, the capital of neighbouring Maluku province, some 350 km to the south, sent a navy ship with 30 tonnes of rice.
""",
        [
            c(
                3,
                "barely 6 km",
                "point",
                P("The volcano", "bv_gamalama", 0),
                P("the island's main town", "bv_ternate", 0),
                d="W",
                note="`The volcano` after a sentence naming Mount Gamalama; `the island's main town` = Ternate",
            ),
            c(
                4,
                "some 300 kilometres",
                "point",
                P("Manado", "bv_manado", 0),
                P("TERNATE", "bv_ternate", 0),
                d="W",
                note="`X, the capital of <province> some N kilometres (M miles) to the west`: from the dateline",
            ),
            c(
                3,
                "about 20 km",
                "point",
                P("The provincial capital", "bv_sofifi", 0),
                P("Ternate", "bv_ternate", 4),
                d="E",
                note="`The provincial capital` after `North Maluku's government moved to Sofifi`",
            ),
            c(
                6,
                "90-mile",
                "route",
                P("Tobelo", "bv_tobelo", 0),
                P("Sofifi", "bv_sofifi", 1),
                note="`From Y, ... a N-mile drive north to X`: a road distance",
            ),
            c(
                3,
                "about 200 km",
                "point",
                P("The town", "bv_tobelo", 0),
                P("Ternate", "bv_ternate", 5),
                d="NE",
                want=False,
                note="`The town` after a sentence whose drive ends at Tobelo; 125 km",
            ),
            c(
                1,
                "within 40 km",
                "point",
                P("Jailolo", "bv_jailolo", 0),
                P("the volcano", "bv_gamalama", 0),
                note="an apposition holding `within N km of the volcano`",
            ),
            c(
                4,
                "some 350 km",
                "point",
                P("Ambon", "bv_ambon", 0),
                P("TERNATE", "bv_ternate", 0),
                d="S",
                want=False,
                note="`X, the capital of ..., some N km to the south`: from the dateline; 504 km",
            ),
        ],
        [
            ("2,500 metres", "ash column height"),
            ("1,800 residents", "count"),
            ("14 trucks", "count"),
            ("600 people", "count"),
            ("30 tonnes", "weight"),
        ],
    ),
]
