# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch AK (written for geomap by the integrator, 2026-12-04, fourteenth session; not
copied from any news source). HELD OUT: written with its gold (places, coordinates from
general knowledge, stated directions, meant truth) at the session's start, before any of
that session's changes were merged and before geomap was run on it; nobody tunes on it.
Regions the corpus had none or little of: the Central African Republic, the Venezuelan Andes
(Mérida and Táchira), and Sierra Leone. Coordinates are kept here under `ak_` keys so that the
batch touches no other source file."""

from places import PLACES, A, P, c

PLACES.update(
    {
        "ak_bangui": ("Bangui", 4.3612, 18.5550, "city", "CF"),
        "ak_bambari": ("Bambari", 5.7617, 20.6697, "city", "CF"),
        "ak_bria": ("Bria", 6.5423, 21.9866, "city", "CF"),
        "ak_bangassou": ("Bangassou", 4.7413, 22.8184, "city", "CF"),
        "ak_kagabandoro": ("Kaga-Bandoro", 6.9890, 19.1870, "city", "CF"),
        "ak_birao": ("Birao", 10.2849, 22.7882, "city", "CF"),
        "ak_berberati": ("Berbérati", 4.2612, 15.7922, "city", "CF"),
        "ak_ndele": ("Ndélé", 8.4109, 20.6473, "city", "CF"),
        "ak_caracas": ("Caracas", 10.4806, -66.9036, "city", "VE"),
        "ak_merida": ("Mérida", 8.5897, -71.1561, "city", "VE"),
        "ak_maracaibo": ("Maracaibo", 10.6427, -71.6125, "city", "VE"),
        "ak_barinas": ("Barinas", 8.6226, -70.2075, "city", "VE"),
        "ak_sancristobal": ("San Cristóbal", 7.7669, -72.2250, "city", "VE"),
        "ak_cucuta": ("Cúcuta", 7.8939, -72.5078, "city", "CO"),
        "ak_elvigia": ("El Vigía", 8.6133, -71.6500, "city", "VE"),
        "ak_freetown": ("Freetown", 8.4840, -13.2299, "city", "SL"),
        "ak_bo": ("Bo", 7.9647, -11.7383, "city", "SL"),
        "ak_kenema": ("Kenema", 7.8767, -11.1875, "city", "SL"),
        "ak_makeni": ("Makeni", 8.8833, -12.0500, "city", "SL"),
        "ak_conakry": ("Conakry", 9.6412, -13.5784, "city", "GN"),
        "ak_kabala": ("Kabala", 9.5833, -11.5500, "city", "SL"),
        "ak_koidu": ("Koidu", 8.6439, -10.9714, "city", "SL"),
        "ak_lungi": ("Lungi", 8.6167, -13.2000, "city", "SL"),
    }
)

ARTICLES = [
    A(
        "en-car-peacekeepers",
        "en",
        "2026-05-19",
        "heldout",
        """
Two U.N. peacekeepers killed in Central African Republic ambush
BANGUI, May 19 (geomap) - Gunmen killed two U.N. peacekeepers and wounded five others in an ambush on a supply convoy near Bambari, about {a} km north-east of Bangui, the U.N. mission said on Tuesday. The convoy of 30 trucks had left Bria, a diamond-mining town some {b} km north-east of Bambari, on Monday. The mission said it had sent a rapid-reaction force from Kaga-Bandoro, {c} km north of the capital. Armed groups have also attacked villages around Ndélé, roughly {d} km to the north of Bambari, aid workers said. In Bangassou, a river port {e} km east of Bangui, the Red Cross suspended road trips after a driver was kidnapped. The road west to Berbérati, the country's third-largest city about {f} km from the capital, has been cut since Saturday, when a bridge collapsed under a 40-tonne truck. Birao, {g} km north of Bria, has been cut off by rains for weeks. The mission has about 14,000 troops in the country and has lost more than 200 since 2014.
""",
        [
            c(
                "plain",
                "about {a} km",
                "point",
                P("Bambari", "ak_bambari", 0),
                P("Bangui", "ak_bangui", 1),
                d="NE",
                note="`near A, about N km north-east of B,` after a count of wounded",
            ),
            c(
                1,
                "some {b} km",
                "point",
                P("Bria", "ak_bria", 0),
                P("Bambari", "ak_bambari", 1),
                d="NE",
                want=False,
                note="`had left A, a diamond-mining town some N km north-east of B,`",
            ),
            c(
                3,
                "{c} km",
                "point",
                P("Kaga-Bandoro", "ak_kagabandoro", 0),
                P("the capital", "ak_bangui"),
                d="N",
                note="`from A, N km north of the capital` under a dateline naming the capital",
            ),
            c(
                "plain",
                "roughly {d} km",
                "point",
                P("Ndélé", "ak_ndele", 0),
                P("Bambari", "ak_bambari", 2),
                d="N",
                note="`villages around A, roughly N km to the north of B,`",
            ),
            c(
                1,
                "{e} km",
                "point",
                P("Bangassou", "ak_bangassou", 0),
                P("Bangui", "ak_bangui", 2),
                d="E",
                want=False,
                note="fronted `In A, a river port N km east of B, the Red Cross ...`",
            ),
            c(
                3,
                "about {f} km",
                "point",
                P("Berbérati", "ak_berberati", 0),
                P("the capital", "ak_bangui", 1),
                want=False,
                note="`The road west to A, the country's third-largest city about N km from the capital,`",
            ),
            c(
                1,
                "{g} km",
                "point",
                P("Birao", "ak_birao", 0),
                P("Bria", "ak_bria", 1),
                d="N",
                note="`A, N km north of B, has been cut off`",
            ),
        ],
        [
            ("30 trucks", "count"),
            ("40-tonne truck", "weight"),
            ("14,000 troops", "count"),
            ("more than 200", "count"),
            ("2014", "year"),
        ],
    ),
    A(
        "de-venezuela-unwetter",
        "de",
        "2026-06-24",
        "heldout",
        """
Tote nach Unwettern in den venezolanischen Anden
CARACAS (geomap) - Nach tagelangen Regenfällen sind im Westen Venezuelas mindestens 18 Menschen ums Leben gekommen. Am schwersten betroffen sei die Andenstadt Mérida, rund {a} Kilometer südwestlich von Caracas, teilte der Zivilschutz am Dienstag mit. Dort traten mehrere Flüsse über die Ufer; in einem Stadtteil stand das Wasser zwei Meter hoch. Auch in El Vigía, etwa {b} Kilometer westlich von Mérida, wurden Häuser zerstört. Die Straße nach Barinas, das gut {c} Kilometer östlich von Mérida in der Ebene liegt, ist seit Sonntag gesperrt. In San Cristóbal, der Hauptstadt des Bundesstaates Táchira nahe der kolumbianischen Grenze, rutschte ein Hang ab. Von dort sind es nur {d} Kilometer bis nach Cúcuta auf der kolumbianischen Seite. Maracaibo, die zweitgrößte Stadt des Landes, liegt rund {e} Kilometer nördlich von El Vigía und meldete keine Schäden. Die Regierung schickte 1.200 Soldaten und drei Hubschrauber in die Region. Seit 2021 sind bei ähnlichen Unwettern mehr als 60 Menschen gestorben.
""",
        [
            c(
                1,
                "rund {a} Kilometer",
                "point",
                P("Mérida", "ak_merida", 0),
                P("Caracas", "ak_caracas", 1),
                d="SW",
                note="`die Andenstadt A, rund N Kilometer südwestlich von B,` in reported speech",
            ),
            c(
                "plain",
                "etwa {b} Kilometer",
                "point",
                P("El Vigía", "ak_elvigia", 0),
                P("Mérida", "ak_merida", 1),
                d="W",
                want=False,
                note="`Auch in A, etwa N Kilometer westlich von B, wurden ...`",
            ),
            c(
                8,
                "gut {c} Kilometer",
                "point",
                P("Barinas", "ak_barinas", 0),
                P("Mérida", "ak_merida", 2),
                d="E",
                note="`Die Straße nach A, das gut N Kilometer östlich von B in der Ebene liegt,`",
            ),
            c(
                4,
                "{d} Kilometer",
                "point",
                P("Cúcuta", "ak_cucuta", 0),
                P("dort", "ak_sancristobal"),
                want=False,
                note="`Von dort sind es nur N Kilometer bis nach A` with `dort` = the place of the sentence before",
            ),
            c(
                1,
                "rund {e} Kilometer",
                "point",
                P("Maracaibo", "ak_maracaibo", 0),
                P("El Vigía", "ak_elvigia", 1),
                d="N",
                want=False,
                note="`A, die zweitgrößte Stadt des Landes, liegt rund N Kilometer nördlich von B`",
            ),
        ],
        [
            ("18 Menschen", "count"),
            ("zwei Meter", "depth"),
            ("1.200 Soldaten", "count"),
            ("2021", "year"),
            ("mehr als 60 Menschen", "count"),
        ],
    ),
    A(
        "en-sierraleone-mudslide",
        "en",
        "2026-08-14",
        "heldout",
        """
Mudslide kills dozens on outskirts of Sierra Leone's capital
FREETOWN, Aug 14 (geomap) - A mudslide buried dozens of homes on a hillside above Freetown before dawn on Friday, killing at least 41 people, Sierra Leone's disaster agency said. Rescuers from Makeni, about {a} km east of the capital, joined the search, and the government flew in equipment through the international airport at Lungi, just {b} km north of Freetown across the estuary. Heavy rain also flooded parts of Bo, the country's second city some {c} km to the south-east, and Kenema, another {d} km further east. In neighbouring Guinea, authorities in Conakry, {e} km north-west of Freetown, said the storm had damaged 300 houses. The diamond town of Koidu, {f} km east of Freetown, was spared. Rainfall of 150 mm in six hours was recorded, the highest since 2017.
""",
        [
            c(
                3,
                "about {a} km",
                "point",
                P("Makeni", "ak_makeni", 0),
                P("the capital", "ak_freetown"),
                d="E",
                note="`Rescuers from A, about N km east of the capital,`",
            ),
            c(
                "plain",
                "just {b} km",
                "point",
                P("Lungi", "ak_lungi", 0),
                P("Freetown", "ak_freetown", 1),
                d="N",
                note="`the international airport at A, just N km north of B across the estuary`",
            ),
            c(
                4,
                "some {c} km",
                "point",
                P("Bo", "ak_bo", 0),
                P("FREETOWN", "ak_freetown"),
                d="SE",
                want=False,
                note="`parts of A, the country's second city some N km to the south-east,` seen from the dateline",
            ),
            c(
                4,
                "another {d} km",
                "point",
                P("Kenema", "ak_kenema", 0),
                P("Bo", "ak_bo", 0),
                d="E",
                note="`and B, another N km further east` onward from the place before",
            ),
            c(
                "plain",
                "{e} km",
                "point",
                P("Conakry", "ak_conakry", 0),
                P("Freetown", "ak_freetown", 2),
                d="NW",
                want=False,
                note="`authorities in A, N km north-west of B, said`",
            ),
            c(
                1,
                "{f} km",
                "point",
                P("Koidu", "ak_koidu", 0),
                P("Freetown", "ak_freetown", 3),
                d="E",
                note="`The diamond town of A, N km east of B, was spared`",
            ),
        ],
        [
            ("41 people", "count"),
            ("300 houses", "count"),
            ("150 mm", "rainfall"),
            ("six hours", "duration"),
            ("2017", "year"),
        ],
    ),
]
