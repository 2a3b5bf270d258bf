# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BU (written for geomap by helper h28-clprev, 2026-12-06, twenty-eighth
session; not copied from any news source). DEV: one German and two English wire stories from
regions no claims batch names (the Altmark on the Elbe, eastern Kentucky, the mountains north
of Boise in Idaho), written so that a claim's subject or reference comes from the sentence
before in varied ways (issue 15, session 28): `Die Stadt` / `Der Ort` / `Die Kleinstadt` /
`The town` / `The city` / `The resort town` / `The village` / `dort` / `From there` after a
sentence naming one, two or three places, where the place a reader takes is the sentence's
subject, the place of the action, the destination of a trip, the speaker's town, and never
the claim's own reference; the last place named is right in some and wrong in others. Gold
written from the text before geomap ran on it; coordinates under `bu_` keys from general
knowledge; figures chosen by hand from geographiclib distances (true ones within 8 %, false
ones 1.5 times or more off; directions only where the bearing is 6 degrees or more from a
sector edge); the verdicts by truth.py."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # the Altmark on the Elbe (Saxony-Anhalt, Brandenburg)
        "bu_stendal": ("Stendal", 52.6050, 11.8594, "town", "DE"),
        "bu_tangermuende": ("Tangermünde", 52.5440, 11.9700, "town", "DE"),
        "bu_havelberg": ("Havelberg", 52.8247, 12.0750, "town", "DE"),
        "bu_magdeburg": ("Magdeburg", 52.1205, 11.6276, "city", "DE"),
        "bu_salzwedel": ("Salzwedel", 52.8500, 11.1500, "town", "DE"),
        "bu_wittenberge": ("Wittenberge", 53.0000, 11.7500, "town", "DE"),
        "bu_seehausen": ("Seehausen", 52.8889, 11.7500, "town", "DE"),
        "bu_gardelegen": ("Gardelegen", 52.5253, 11.3950, "town", "DE"),
        # eastern Kentucky
        "bu_hazard": ("Hazard", 37.2498, -83.1932, "town", "US"),
        "bu_whitesburg": ("Whitesburg", 37.1184, -82.8268, "town", "US"),
        "bu_lexington": ("Lexington", 38.0406, -84.5037, "city", "US"),
        "bu_frankfort": ("Frankfort", 38.2009, -84.8733, "city", "US"),
        "bu_pikeville": ("Pikeville", 37.4793, -82.5188, "town", "US"),
        "bu_louisville": ("Louisville", 38.2527, -85.7585, "city", "US"),
        "bu_harlan": ("Harlan", 36.8431, -83.3219, "town", "US"),
        "bu_prestonsburg": ("Prestonsburg", 37.6657, -82.7716, "town", "US"),
        # Idaho, north and east of Boise
        "bu_boise": ("Boise", 43.6150, -116.2023, "city", "US"),
        "bu_idahocity": ("Idaho City", 43.8285, -115.8345, "town", "US"),
        "bu_mccall": ("McCall", 44.9110, -116.0987, "town", "US"),
        "bu_mountainhome": ("Mountain Home", 43.1330, -115.6912, "town", "US"),
        "bu_pocatello": ("Pocatello", 42.8713, -112.4455, "city", "US"),
        "bu_ketchum": ("Ketchum", 43.6807, -114.3637, "town", "US"),
        "bu_stanley": ("Stanley", 44.2160, -114.9378, "town", "US"),
    }
)

ARTICLES = [
    A(
        "de-altmark-elbe",
        "de",
        "2026-06-09",
        "dev",
        """
Elbe-Hochwasser erreicht die Altmark
STENDAL (dpa) - Das Hochwasser der Elbe hat am Dienstag die Altmark erreicht. In Tangermünde stieg der Pegel am Morgen auf 7,40 Meter. Die Stadt liegt rund 10 Kilometer südöstlich von Stendal. In Havelberg trafen am Nachmittag Helfer aus Magdeburg ein. Der Ort liegt knapp 30 Kilometer nordöstlich von Stendal und ist seit Montag von Wasser umgeben. Salzwedel meldete bis zum Abend keine Schäden. Von dort sind es rund 55 Kilometer bis Stendal. Das Technische Hilfswerk brachte 40.000 Sandsäcke aus Stendal nach Wittenberge. Dort, etwa 45 Kilometer nördlich von Stendal, lief das Wasser bereits über die Deiche. „Wir haben seit 2013 nicht so viel Wasser gesehen", sagte der Bürgermeister von Seehausen. Die Kleinstadt liegt nur 15 Kilometer nördlich von Stendal. Gardelegen schickte am Abend 60 Feuerwehrleute nach Tangermünde. Die Stadt liegt rund 33 Kilometer westlich von Stendal. Insgesamt mussten seit Montag rund 300 Menschen ihre Häuser verlassen.
""",
        [
            c(
                3,
                "rund 10 Kilometer",
                "point",
                P("Die Stadt", "bu_tangermuende", 0),
                P("Stendal", "bu_stendal", 1),
                d="SE",
                note="`Die Stadt` after a sentence naming one town: that town",
            ),
            c(
                3,
                "knapp 30 Kilometer",
                "point",
                P("Der Ort", "bu_havelberg", 0),
                P("Stendal", "bu_stendal", 2),
                d="NE",
                note="`In X trafen Helfer aus Y ein. Der Ort ...`: the place of the action, not the helpers' city named last",
            ),
            c(
                4,
                "rund 55 Kilometer",
                "point",
                P("dort", "bu_salzwedel", 0),
                P("Stendal", "bu_stendal", 3),
                note="`Von dort sind es N km bis Y`: dort = the one place of the sentence before",
            ),
            c(
                4,
                "etwa 45 Kilometer",
                "point",
                P("Dort", "bu_wittenberge", 0),
                P("Stendal", "bu_stendal", 5),
                d="N",
                note="`... aus Y nach X. Dort, etwa N km nördlich von Y, ...`: the destination, never the claim's own reference",
            ),
            c(
                3,
                "nur 15 Kilometer",
                "point",
                P("Die Kleinstadt", "bu_seehausen", 0),
                P("Stendal", "bu_stendal", 6),
                d="N",
                want=False,
                note="`..., sagte der Bürgermeister von X. Die Kleinstadt ...`: the speaker's town; twice the distance",
            ),
            c(
                3,
                "rund 33 Kilometer",
                "point",
                P("Die Stadt", "bu_gardelegen", 1),
                P("Stendal", "bu_stendal", 7),
                d="W",
                note="`X schickte ... nach Y. Die Stadt ...`: the sentence's subject, not the place named last",
            ),
        ],
        [
            ("7,40 Meter", "water level"),
            ("40.000 Sandsäcke", "count"),
            ("60 Feuerwehrleute", "count"),
            ("300 Menschen", "count"),
        ],
    ),
    A(
        "en-kentucky-floods",
        "en",
        "2026-07-14",
        "dev",
        """
Floodwaters swamp eastern Kentucky towns
HAZARD, Ky., July 14 (AP) - Flash floods tore through eastern Kentucky overnight, killing at least eight people and stranding hundreds on rooftops, officials said on Tuesday. The North Fork of the Kentucky River crested at 21 feet in Hazard, four feet above its 2022 record. Whitesburg was reached before dawn by rescue crews from Lexington. The town, about 22 miles from Hazard, lost its water plant and most of its bridges. Gov. Andy Beshear flew from Frankfort to Pikeville on Tuesday afternoon. The city lies some 40 miles from Hazard, but its hospital took in patients from across the region. In Harlan, volunteers from Louisville handed out bottled water. The town sits about 29 miles south of Hazard. "We have never seen the river this high," said Mayor Tom Hale of Prestonsburg, roughly 37 miles to the north-east. The Red Cross opened a shelter in Lexington for families from Hazard and Whitesburg. The city, 150 miles north-west of Hazard, also sent 12 ambulances.
""",
        [
            c(
                3,
                "about 22 miles",
                "point",
                P("The town", "bu_whitesburg", 0),
                P("Hazard", "bu_hazard", 2),
                note="`X was reached by crews from Y. The town, ...`: the sentence's subject, not the city named last",
            ),
            c(
                3,
                "some 40 miles",
                "point",
                P("The city", "bu_pikeville", 0),
                P("Hazard", "bu_hazard", 3),
                note="`<someone> flew from Y to X. The city ...`: the destination, named last",
            ),
            c(
                3,
                "about 29 miles",
                "point",
                P("The town", "bu_harlan", 1),
                P("Hazard", "bu_hazard", 4),
                d="S",
                note="`In X, volunteers from Y ... The town ...`: the place of the action, not the volunteers' city",
            ),
            c(
                4,
                "roughly 37 miles",
                "point",
                P("Prestonsburg", "bu_prestonsburg", 0),
                P("HAZARD", "bu_hazard", 0),
                d="NE",
                note="`said <someone> of X, roughly N miles to the north-east`: from the dateline",
            ),
            c(
                3,
                "150 miles",
                "point",
                P("The city", "bu_lexington", 1),
                P("Hazard", "bu_hazard", 6),
                d="NW",
                want=False,
                note="`a shelter in X for families from Y and Z. The city, N miles north-west of Y`: never the claim's own reference; 1.7 times the distance",
            ),
        ],
        [
            ("eight people", "count"),
            ("21 feet", "river level"),
            ("four feet", "river level"),
            ("12 ambulances", "count"),
        ],
    ),
    A(
        "en-idaho-wildfire",
        "en",
        "2026-08-19",
        "dev",
        """
Wildfire north-east of Boise doubles in size, forces evacuations
BOISE, Idaho, Aug. 19 (Reuters) - A wildfire in the mountains north-east of Boise more than doubled in size overnight to 18,000 acres, fire officials said on Wednesday. The Mores Creek fire started near Idaho City on Sunday. The old mining town lies about 38 km north-east of Boise. Smoke hung over Boise and reached McCall on Tuesday. The resort town lies just 90 km north of the state capital. Evacuees were taken to a school in Mountain Home, said Sheriff Dan Ward of Boise County. The town is about 70 km south-east of Boise. Firefighters flew in from Pocatello to Ketchum on Tuesday. From there, it is about 150 km to Boise. Crews from Ketchum were sent on to Stanley on Wednesday. The village lies 75 km to the north-west. More than 400 firefighters are on the lines, helped by winds that dropped to 15 km/h overnight.
""",
        [
            c(
                3,
                "about 38 km",
                "point",
                P("The old mining town", "bu_idahocity", 0),
                P("Boise", "bu_boise", 2),
                d="NE",
                note="`... near X on Sunday. The old mining town ...`: the one place of the sentence before",
            ),
            c(
                3,
                "just 90 km",
                "point",
                P("The resort town", "bu_mccall", 0),
                P("the state capital", "bu_boise", 0),
                d="N",
                want=False,
                note="`Smoke hung over Y and reached X. The resort town lies N km north of the state capital`: X, since the capital is the reference; 1.6 times too short",
            ),
            c(
                3,
                "about 70 km",
                "point",
                P("The town", "bu_mountainhome", 0),
                P("Boise", "bu_boise", 5),
                d="SE",
                note="`... in X, said the sheriff of Y County. The town ...`: the town, not the county, and never the claim's own reference",
            ),
            c(
                4,
                "about 150 km",
                "point",
                P("there", "bu_ketchum", 0),
                P("Boise", "bu_boise", 6),
                note="`... flew in from Y to X. From there, it is N km to Z`: the destination",
            ),
            c(
                4,
                "75 km",
                "point",
                P("The village", "bu_stanley", 0),
                P("Ketchum", "bu_ketchum", 1),
                d="NW",
                note="`Crews from Y were sent on to X. The village lies N km to the north-west`: the subject is X, the reference the other place of the sentence before",
            ),
        ],
        [
            ("18,000 acres", "area"),
            ("400 firefighters", "count"),
            ("15 km/h", "speed"),
        ],
    ),
]
