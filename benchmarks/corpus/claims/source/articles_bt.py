# ruff: noqa: E501  (article text and claim tables are data)
"""Articles, batch BT (written for geomap by helper h28-clen, 2026-12-06, twenty-eighth
session; not copied from any news source). DEV: three English wire stories from regions no
claims batch names (the Georgia and South Carolina coast, western Tanzania, California's San
Joaquin Valley and Sierra foothills), written in the wordings English copy uses most (issue
15, session 28): a headline claim, miles first with km in brackets and km with miles,
`a N-km drive` and `the N-mile stretch of Interstate 95 between A and B` (routes), `just`,
`only`, `barely`, `less than`, `N miles down the coast` and `N km to the north-east` with the
reference implicit, `which lies`, first person in quotes with the speaker's place in the
attribution, `the state capital`, and numbers that are no distances (speeds, an area, a
storm surge, a length of pipe laid, a comparison). Gold written from the text before geomap
ran on it; coordinates under `bt_` keys from general knowledge; figures chosen from
geographiclib distances (true ones within 8 %, false ones 1.5 times or more off); the verdicts
by truth.py."""

from places import PLACES, A, P, c

PLACES.update(
    {
        # Georgia and South Carolina coast
        "bt_savannah": ("Savannah", 32.0809, -81.0912, "city", "US"),
        "bt_brunswick": ("Brunswick", 31.1499, -81.4915, "city", "US"),
        "bt_darien": ("Darien", 31.3702, -81.4340, "town", "US"),
        "bt_tybee": ("Tybee Island", 32.0002, -80.8456, "town", "US"),
        "bt_hiltonhead": ("Hilton Head Island", 32.2163, -80.7526, "town", "US"),
        "bt_beaufort": ("Beaufort", 32.4316, -80.6698, "town", "US"),
        "bt_charleston": ("Charleston", 32.7765, -79.9311, "city", "US"),
        "bt_statesboro": ("Statesboro", 32.4488, -81.7832, "town", "US"),
        "bt_macon": ("Macon", 32.8407, -83.6324, "city", "US"),
        # western Tanzania
        "bt_tabora": ("Tabora", -5.0162, 32.8266, "city", "TZ"),
        "bt_urambo": ("Urambo", -5.0667, 32.0500, "town", "TZ"),
        "bt_nzega": ("Nzega", -4.2130, 33.1840, "town", "TZ"),
        "bt_mpanda": ("Mpanda", -6.3436, 31.0694, "town", "TZ"),
        "bt_sumbawanga": ("Sumbawanga", -7.9667, 31.6167, "town", "TZ"),
        "bt_singida": ("Singida", -4.8163, 34.7436, "town", "TZ"),
        "bt_dodoma": ("Dodoma", -6.1630, 35.7516, "city", "TZ"),
        "bt_shinyanga": ("Shinyanga", -3.6619, 33.4231, "town", "TZ"),
        # San Joaquin Valley and Sierra foothills
        "bt_fresno": ("Fresno", 36.7378, -119.7871, "city", "US"),
        "bt_oakhurst": ("Oakhurst", 37.3280, -119.6493, "town", "US"),
        "bt_mariposa": ("Mariposa", 37.4849, -119.9663, "town", "US"),
        "bt_madera": ("Madera", 36.9613, -120.0607, "city", "US"),
        "bt_bakersfield": ("Bakersfield", 35.3733, -119.0187, "city", "US"),
        "bt_merced": ("Merced", 37.3022, -120.4830, "city", "US"),
        "bt_visalia": ("Visalia", 36.3302, -119.2921, "city", "US"),
        "bt_sacramento": ("Sacramento", 38.5816, -121.4944, "city", "US"),
    }
)

ARTICLES = [
    A(
        "en-georgia-hurricane",
        "en",
        "2026-09-28",
        "dev",
        """
Hurricane Nadine swamps Brunswick, 70 miles south of Savannah
SAVANNAH, Ga., Sept. 28 (AP) - Hurricane Nadine came ashore on the Georgia coast early Monday with winds of 105 mph, flooding hundreds of homes and cutting power to 400,000 customers. The eye crossed the coast near Darien, some 55 miles (89 km) south of Savannah, shortly before dawn. A storm surge of 9 feet pushed into Brunswick, 15 miles down the coast. Tybee Island, just 16 miles east of Savannah, had been ordered evacuated on Saturday. Hilton Head Island, only 45 miles north-east of Savannah, lost its causeway to the surge. "We are less than 40 miles from Savannah and we still have no power," said Carla Jenkins, who runs a bait shop in Beaufort, South Carolina. The 80-mile stretch of Interstate 95 between Savannah and Brunswick was closed in both directions. Statesboro, about 50 miles (80 km) north-west of Savannah, opened three shelters. In Charleston, which lies some 130 miles north-east of Savannah, the port was closed. Thousands fled inland to Macon, about 160 miles (257 km) west of Savannah. The storm was moving north at 12 mph on Monday evening.
""",
        [
            c(
                "plain",
                "70 miles",
                "point",
                P("Brunswick", "bt_brunswick", 0),
                P("Savannah", "bt_savannah", 0),
                d="S",
                note="a headline: `Storm swamps X, N miles south of Y`",
            ),
            c(
                "plain",
                "some 55 miles",
                "point",
                P("Darien", "bt_darien", 0),
                P("Savannah", "bt_savannah", 1),
                d="S",
                note="miles first with km in brackets: `X, some N miles (M km) south of Y`",
            ),
            c(
                4,
                "15 miles",
                "point",
                P("Brunswick", "bt_brunswick", 1),
                P("Darien", "bt_darien", 0),
                d="S",
                note="`X, N miles down the coast`: the reference is the place of the sentence before",
            ),
            c(
                "plain",
                "just 16 miles",
                "point",
                P("Tybee Island", "bt_tybee", 0),
                P("Savannah", "bt_savannah", 2),
                d="E",
                note="`just N miles east of Y`",
            ),
            c(
                "plain",
                "only 45 miles",
                "point",
                P("Hilton Head Island", "bt_hiltonhead", 0),
                P("Savannah", "bt_savannah", 3),
                d="NE",
                want=False,
                note="`only N miles north-east of Y`, twice the distance",
            ),
            c(
                3,
                "less than 40 miles",
                "point",
                P("We", "bt_beaufort", 0),
                P("Savannah", "bt_savannah", 4),
                note="`We are less than N miles from Y,` said <someone> in X: first person is the speaker's place",
            ),
            c(
                6,
                "80-mile",
                "route",
                P("Savannah", "bt_savannah", 5),
                P("Brunswick", "bt_brunswick", 2),
                note="`the N-mile stretch of Interstate 95 between A and B`: a route length",
            ),
            c(
                "plain",
                "about 50 miles",
                "point",
                P("Statesboro", "bt_statesboro", 0),
                P("Savannah", "bt_savannah", 6),
                d="NW",
                note="miles first with km in brackets",
            ),
            c(
                8,
                "some 130 miles",
                "point",
                P("Charleston", "bt_charleston", 0),
                P("Savannah", "bt_savannah", 7),
                d="NE",
                want=False,
                note="`In X, which lies some N miles north-east of Y, ...`: 1.6 times the distance",
            ),
            c(
                "plain",
                "about 160 miles",
                "point",
                P("Macon", "bt_macon", 0),
                P("Savannah", "bt_savannah", 8),
                d="W",
                note="`fled inland to X, about N miles (M km) west of Y`",
            ),
        ],
        [
            ("105 mph", "speed"),
            ("400,000 customers", "count"),
            ("9 feet", "surge height"),
            ("12 mph", "speed"),
        ],
    ),
    A(
        "en-tanzania-cholera",
        "en",
        "2026-02-11",
        "dev",
        """
Cholera spreads along Tanzania's central railway
TABORA, Tanzania, Feb. 11 (Reuters) - A cholera outbreak has killed 37 people in western Tanzania since January and more than 1,200 cases have been recorded, the health ministry said on Wednesday. The first cases were found in Urambo, about 85 km (53 miles) west of Tabora. The disease has since reached Nzega, which lies some 100 km north-east of Tabora. Health workers were sent to Mpanda, a 290-km drive from Tabora, after floods cut the railway. "We are only 190 km from Mpanda and we have no cholera beds at all," said Rehema Mussa, a nurse in Sumbawanga. Singida, less than 100 km east of Tabora, reported its first case on Monday. The capital, Dodoma, some 560 km (350 miles) east of Tabora, sent 12 tonnes of chlorine. Shinyanga, 160 km to the north-east, closed its markets. The government says it has laid 120 km of new water pipes in the region since 2021, but many villages still draw water from shallow wells.
""",
        [
            c(
                "plain",
                "about 85 km",
                "point",
                P("Urambo", "bt_urambo", 0),
                P("Tabora", "bt_tabora", 0),
                d="W",
                note="km with miles in brackets",
            ),
            c(
                8,
                "some 100 km",
                "point",
                P("Nzega", "bt_nzega", 0),
                P("Tabora", "bt_tabora", 1),
                d="NE",
                note="`reached X, which lies some N km north-east of Y`",
            ),
            c(
                6,
                "290-km",
                "route",
                P("Mpanda", "bt_mpanda", 0),
                P("Tabora", "bt_tabora", 2),
                note="`X, a N-km drive from Y`: a road distance",
            ),
            c(
                3,
                "only 190 km",
                "point",
                P("We", "bt_sumbawanga", 0),
                P("Mpanda", "bt_mpanda", 1),
                note="`We are only N km from Y,` said <someone>, a nurse in X",
            ),
            c(
                "plain",
                "less than 100 km",
                "point",
                P("Singida", "bt_singida", 0),
                P("Tabora", "bt_tabora", 3),
                d="E",
                want=False,
                note="`less than N km`: the town is twice as far",
            ),
            c(
                1,
                "some 560 km",
                "point",
                P("Dodoma", "bt_dodoma", 0),
                P("Tabora", "bt_tabora", 4),
                d="E",
                want=False,
                note="`The capital, X, some N km (M miles) east of Y`: 1.6 times the distance",
            ),
            c(
                4,
                "160 km",
                "point",
                P("Shinyanga", "bt_shinyanga", 0),
                P("(dateline) TABORA", "bt_tabora", 0),
                d="NE",
                note="`X, N km to the north-east`: seen from the dateline town",
            ),
        ],
        [
            ("37 people", "count"),
            ("1,200 cases", "count"),
            ("12 tonnes", "weight"),
            ("120 km of new water pipes", "length of pipe laid"),
        ],
    ),
    A(
        "en-sierra-foothills-fire",
        "en",
        "2026-08-19",
        "dev",
        """
Wildfire near Oakhurst forces 6,000 from their homes
FRESNO, Calif., Aug. 19 (AP) - A wildfire in the Sierra Nevada foothills doubled in size overnight to 38 square miles and forced 6,000 people from their homes, fire officials said Tuesday. The fire started near Oakhurst, about 40 miles north of Fresno, on Sunday afternoon. Winds of up to 50 mph pushed the flames toward Mariposa, barely 20 miles to the north-west. Madera, less than 25 miles north-west of Fresno, opened its fairgrounds to evacuees. Crews came from as far as Bakersfield, a 110-mile drive from Fresno. Merced, only 25 miles north-west of Fresno, issued a smoke warning. Visalia, some 64 km (40 miles) south-east of Fresno, sent two strike teams. Sacramento, the state capital, some 250 miles north-west of Fresno, sent 40 engines. "Mariposa is 30 miles closer to the fire than we are, so they got the smoke first," said a Madera firefighter.
""",
        [
            c(
                "plain",
                "about 40 miles",
                "point",
                P("Oakhurst", "bt_oakhurst", 1),
                P("Fresno", "bt_fresno", 0),
                d="N",
                note="`near X, about N miles north of Y`",
            ),
            c(
                4,
                "barely 20 miles",
                "point",
                P("Mariposa", "bt_mariposa", 0),
                P("Oakhurst", "bt_oakhurst", 1),
                d="NW",
                note="`toward X, barely N miles to the north-west`: from the place of the sentence before",
            ),
            c(
                "plain",
                "less than 25 miles",
                "point",
                P("Madera", "bt_madera", 0),
                P("Fresno", "bt_fresno", 1),
                d="NW",
                note="`less than N miles`: an upper bound that holds",
            ),
            c(
                6,
                "110-mile",
                "route",
                P("Bakersfield", "bt_bakersfield", 0),
                P("Fresno", "bt_fresno", 2),
                note="`X, a N-mile drive from Y`: a road distance",
            ),
            c(
                "plain",
                "only 25 miles",
                "point",
                P("Merced", "bt_merced", 0),
                P("Fresno", "bt_fresno", 3),
                d="NW",
                want=False,
                note="`only N miles north-west of Y`: half the distance",
            ),
            c(
                "plain",
                "some 64 km",
                "point",
                P("Visalia", "bt_visalia", 0),
                P("Fresno", "bt_fresno", 4),
                d="SE",
                note="km first with miles in brackets",
            ),
            c(
                1,
                "some 250 miles",
                "point",
                P("Sacramento", "bt_sacramento", 0),
                P("Fresno", "bt_fresno", 5),
                d="NW",
                want=False,
                note="`X, the state capital, some N miles north-west of Y`: 1.6 times the distance",
            ),
        ],
        [
            ("38 square miles", "area"),
            ("6,000 people", "count"),
            ("50 mph", "speed"),
            ("40 engines", "count"),
            ("30 miles closer", "comparison"),
        ],
    ),
]
