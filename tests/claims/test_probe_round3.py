# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Third probe table for issue 15: wording the earlier probe rounds
(`test_wording_probes.py`, `test_probe_varied_wording.py`) do not have.

Written for session 11 before geomap read them: half English, half German, from the Congo,
Mauritania, Tanzania, Niger, Kenya and Namibia, Pakistan, India, Iraq, Syria, the Caucasus,
the Philippines and Japan, Spain, France, Croatia, Norway, Ukraine, California, Arizona, the
Prairies, Hawaii, Nicaragua, Ecuador, Peru, Argentina, Western and South Australia, New
Zealand and Papua New Guinea. The wording: the claim in a headline or a quote, the distance
as a noun modifier (`das 80 Kilometer entfernte Y`, `Y, 115 km away`), a sentence-initial
distance (`Rund 350 Kilometer nordwestlich von X liegt Y`), chains (`Y, N km from X, which is
itself M km from Z`), approximate and bounded quantities (`fewer than`, `just over`, `nearly`,
`well over`, `knapp`, `gut`, `keine`, `kaum`, `nicht ganz`); and, in tables of their own,
comparatives (never checked), time-distance look-alikes, areas and lengths (no claims), and
evacuation radii (never measured to a second place).

The points are the gazetteer's own points of the places (the GeoNames city rows the index
holds, copied once by hand), and the truth is the geodesic between them computed here with
geographiclib, never through geomap's geometry. About a quarter of the rows state a distance
that is wrong by far more than any tolerance (their verdict is `inconsistent`).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import (
    Row,
    assert_balanced,
    check_no_claim,
    check_row,
    near,
    row_param,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: the gazetteer's points (lat, lon) of the places the rows use (GeoNames city rows)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Kolwezi": (-10.71484, 25.46674), "Lubumbashi": (-11.66089, 27.47938),
    "Nouadhibou": (20.94188, -17.03842), "Nouakchott": (18.08581, -15.9785),
    "Peshawar": (34.008, 71.57849), "Islamabad": (33.72148, 73.04329),
    "Fresno": (36.74773, -119.77237), "Bakersfield": (35.37329, -119.01871),
    "Sacramento": (38.58157, -121.4944), "Reno": (39.52963, -119.8138),
    "Managua": (12.13282, -86.2504), "Leon": (12.43527, -86.87862),
    "Bilbao": (43.26271, -2.92528), "Pamplona": (42.81687, -1.64323), "Zaragoza": (41.65606, -0.87734),
    "Zadar": (44.11578, 15.22514), "Split": (43.50891, 16.43915),
    "Arusha": (-3.36667, 36.68333), "Dodoma": (-6.17221, 35.73947),
    "Agadez": (16.97333, 7.99111), "Niamey": (13.51366, 2.1098),
    "Christchurch": (-43.53333, 172.63333), "Dunedin": (-45.87416, 170.50361),
    "Lae": (-6.72333, 146.99611), "Port Moresby": (-9.47723, 147.15089),
    "Sendai": (38.26667, 140.86667),
    "Kharkiv": (49.98177, 36.25475), "Belgorod": (50.60343, 36.58091),
    "Winnipeg": (49.8844, -97.14704), "Regina": (50.45008, -104.6178),
    "Tucson": (32.22174, -110.92648), "Phoenix": (33.44838, -112.07404),
    "Rosario": (-32.94682, -60.63932), "Buenos Aires": (-34.61315, -58.37723),
    "Trondheim": (63.43049, 10.39506), "Bergen": (60.39299, 5.32415),
    "Aleppo": (36.20124, 37.16117), "Damascus": (33.5102, 36.29128),
    "Mosul": (36.335, 43.11889), "Erbil": (36.19117, 44.00943), "Baghdad": (33.34058, 44.40088),
    "Hyderabad": (17.38405, 78.45636), "Bengaluru": (12.97194, 77.59369),
    "Windhoek": (-22.55941, 17.08323), "Walvis Bay": (-22.9575, 14.50528),
    "Bordeaux": (44.84124, -0.58046), "Toulouse": (43.60426, 1.44367),
    "Lyon": (45.74906, 4.84789), "Marseille": (43.29695, 5.38107),
    "Perth": (-31.95224, 115.8614), "Kalgoorlie": (-30.74614, 121.4742),
    "Adelaide": (-34.92866, 138.59863), "Alice Springs": (-23.69748, 133.88362),
    "Mombasa": (-4.05466, 39.66359), "Nairobi": (-1.28333, 36.81667),
    "Tromso": (69.6489, 18.95508), "Bodo": (67.28267, 14.37513),
    "Quito": (-0.22985, -78.52495), "Guayaquil": (-2.19616, -79.88621),
    "Lima": (-12.04318, -77.02824), "Trujillo": (-8.11599, -79.02998), "Chiclayo": (-6.77008, -79.85495),
    "Calgary": (51.05011, -114.08529), "Edmonton": (53.55014, -113.46871),
    "Hilo": (19.72991, -155.09073), "Honolulu": (21.30694, -157.85833),
    "Tbilisi": (41.69143, 44.83412), "Batumi": (41.64077, 41.6306),
    "Yerevan": (40.17765, 44.5126), "Gyumri": (40.79305, 43.84635),
    "Jaipur": (26.91962, 75.78781), "Jodhpur": (26.26841, 73.00594), "Udaipur": (24.58584, 73.71346),
}
# fmt: on

R = Row
# fmt: off
EN = [
    # the claim in a quote or a headline
    R("en", 'MANAGUA (geomap) - "We are barely 75 km from León and the ash is already here," the mayor said.', "75 km", "Managua", "Leon", "consistent"),
    R("en", 'Trondheim "only 200 km from Bergen", minister claims', "200 km", "Trondheim", "Bergen", "inconsistent"),
    R("en", '"Belgorod is just 70 km from Kharkiv, and the shells reach us every night," the governor said.', "70 km", "Belgorod", "Kharkiv", "consistent"),
    R("en", 'Kalgoorlie lies "some 900 km east of Perth", the report said.', "900 km", "Kalgoorlie", "Perth", "inconsistent"),
    R("en", 'Officials said the town of Kolwezi is "only 40 km from Lubumbashi" and left.', "40 km", "Kolwezi", "Lubumbashi", "inconsistent"),
    R("en", '"Lyon is a good 280 km north of Marseille," the driver told reporters.', "280 km", "Lyon", "Marseille", "consistent"),
    R("en", "Floods cut off Guayaquil, 265 km south-west of Quito", "265 km", "Guayaquil", "Quito", "consistent"),
    # the distance as a noun modifier or an afterthought
    R("en", "Residents of Bilbao fled to Pamplona, 115 km away.", "115 km", "Pamplona", "Bilbao", "consistent"),
    R("en", "Islamabad sent aid to Peshawar, 140 km to the west.", "140 km", "Peshawar", "Islamabad", "consistent"),
    R("en", "Fresno, some 170 km away from Bakersfield, sent fire crews.", "170 km", "Fresno", "Bakersfield", "consistent"),
    R("en", "Convoys left Erbil for the 320-km journey to Baghdad.", "320-km", "Erbil", "Baghdad", "consistent", "route", True),
    R("en", "The 175-km stretch of highway between Tucson and Phoenix was closed.", "175-km", "Tucson", "Phoenix", "consistent", "route", True),
    R("en", "Hikers were rescued near Bodø, 700 km away from Tromsø.", "700 km", "Bodo", "Tromso", "inconsistent"),
    # a sentence-initial distance
    R("en", "Some 280 km south-east of Rosario lies Buenos Aires.", "280 km", "Buenos Aires", "Rosario", "consistent"),
    R("en", "Roughly 900 km north of Lima, Trujillo was hit by the floods.", "900 km", "Trujillo", "Lima", "inconsistent"),
    R("en", "Just 90 km north-west of Yerevan, Gyumri felt the tremor.", "90 km", "Gyumri", "Yerevan", "consistent"),
    R("en", "About 330 km north of Nouakchott, the port of Nouadhibou was closed.", "330 km", "Nouadhibou", "Nouakchott", "consistent"),
    R("en", "Some 120 km further down the coast from Zadar, Split reported flooding.", "120 km", "Split", "Zadar", "consistent"),
    # chains
    R("en", "Udaipur, 200 km south-east of Jodhpur, which is itself about 290 km west of Jaipur, ran out of water.", "200 km", "Udaipur", "Jodhpur", "consistent"),
    R("en", "Udaipur, 200 km south-east of Jodhpur, which is itself about 290 km west of Jaipur, ran out of water.", "290 km", "Jodhpur", "Jaipur", "consistent"),
    R("en", "Chiclayo, about 175 km north-west of Trujillo, which in turn lies 900 km north of Lima, was flooded.", "175 km", "Chiclayo", "Trujillo", "consistent"),
    R("en", "Chiclayo, about 175 km north-west of Trujillo, which in turn lies 900 km north of Lima, was flooded.", "900 km", "Trujillo", "Lima", "inconsistent"),
    # approximate and bounded
    R("en", "Reno lies fewer than 200 km from Sacramento.", "200 km", "Reno", "Sacramento", "consistent"),
    R("en", "Lae is just over 300 km north of Port Moresby.", "300 km", "Lae", "Port Moresby", "consistent"),
    R("en", "Hilo lies nearly 340 km south-east of Honolulu.", "340 km", "Hilo", "Honolulu", "consistent"),
    R("en", "Alice Springs is well over 2,000 km from Adelaide.", "2,000 km", "Alice Springs", "Adelaide", "inconsistent"),
    R("en", "Edmonton is a little under 300 km north of Calgary.", "300 km", "Edmonton", "Calgary", "consistent"),
    R("en", "Batumi lies at least 400 km west of Tbilisi.", "400 km", "Batumi", "Tbilisi", "inconsistent"),
    R("en", "Nairobi is barely 150 km from Mombasa.", "150 km", "Nairobi", "Mombasa", "inconsistent"),
    R("en", "Agadez lies more than 700 km north-east of Niamey.", "700 km", "Agadez", "Niamey", "consistent"),
    R("en", "Dodoma, about 330 km south of Arusha, lies within the drought zone.", "330 km", "Dodoma", "Arusha", "consistent"),
    R("en", "Dunedin, a good 600 km south-west of Christchurch, reported snow.", "600 km", "Dunedin", "Christchurch", "inconsistent"),
    R("en", "Walvis Bay lies some 270 km west of the Namibian capital.", "270 km", "Walvis Bay", "Windhoek", "consistent"),
    R("en", "Heavy rain hit Peru on Monday. Chiclayo, some 650 km north-west of the capital, was flooded.", "650 km", "Chiclayo", "Lima", "consistent"),
]

DE = [
    # die Behauptung in einem Zitat oder einer Überschrift
    R("de", "MANAGUA (geomap) – „Wir liegen keine 80 Kilometer von León entfernt“, sagte die Bürgermeisterin.", "80 Kilometer", "Managua", "Leon", "consistent"),
    R("de", "Belgorod nur 70 Kilometer von Charkiw entfernt", "70 Kilometer", "Belgorod", "Kharkiv", "consistent"),
    R("de", "„Trondheim liegt gut 430 Kilometer von Bergen entfernt“, sagte der Minister.", "430 Kilometer", "Trondheim", "Bergen", "consistent"),
    R("de", "„Aleppo ist doch nur 150 Kilometer von Damaskus entfernt“, behauptete der Sprecher.", "150 Kilometer", "Aleppo", "Damascus", "inconsistent"),
    R("de", "Hochwasser in Guayaquil, rund 500 Kilometer südwestlich von Quito", "500 Kilometer", "Guayaquil", "Quito", "inconsistent"),
    R("de", "Belgorod liege „nur 70 Kilometer“ von Charkiw entfernt, sagte der Gouverneur.", "70 Kilometer", "Belgorod", "Kharkiv", "consistent"),
    # die Entfernung als Attribut
    R("de", "Von Zadar aus fuhren die Helfer ins rund 120 Kilometer entfernte Split.", "120 Kilometer", "Split", "Zadar", "consistent"),
    R("de", "Das knapp 170 Kilometer von Fresno entfernte Bakersfield meldete Rekordhitze.", "170 Kilometer", "Bakersfield", "Fresno", "consistent"),
    R("de", "Nach Erbil, der rund 80 Kilometer von Mossul entfernten Nachbarstadt, flohen Tausende.", "80 Kilometer", "Erbil", "Mosul", "consistent"),
    R("de", "Lyon, die rund 280 Kilometer von Marseille entfernte Metropole, meldete Stromausfälle.", "280 Kilometer", "Lyon", "Marseille", "consistent"),
    R("de", "Die rund 540 Kilometer lange Fahrt von Winnipeg nach Regina dauerte zwei Tage.", "540 Kilometer", "Winnipeg", "Regina", "consistent", "route", True),
    R("de", "Die Lastwagen fuhren aus dem 900 Kilometer entfernten Lubumbashi nach Kolwezi.", "900 Kilometer", "Lubumbashi", "Kolwezi", "inconsistent"),
    # die Entfernung am Satzanfang
    R("de", "Rund 200 Kilometer südöstlich von Jodhpur liegt Udaipur.", "200 Kilometer", "Udaipur", "Jodhpur", "consistent"),
    R("de", "Gut 300 Kilometer nördlich von Port Moresby liegt Lae.", "300 Kilometer", "Lae", "Port Moresby", "consistent"),
    R("de", "Etwa 1.100 Kilometer östlich von Perth liegt Kalgoorlie.", "1.100 Kilometer", "Kalgoorlie", "Perth", "inconsistent"),
    R("de", "Rund 350 Kilometer nordwestlich von Bagdad liegt Mossul.", "350 Kilometer", "Mosul", "Baghdad", "consistent"),
    R("de", "Knapp 90 Kilometer nordwestlich von Eriwan bebte in Gjumri die Erde.", "90 Kilometer", "Gyumri", "Yerevan", "consistent"),
    # Ketten
    R("de", "Chiclayo, rund 175 Kilometer nordwestlich von Trujillo, das seinerseits rund 490 Kilometer nordwestlich von Lima liegt, wurde überflutet.", "175 Kilometer", "Chiclayo", "Trujillo", "consistent"),
    R("de", "Chiclayo, rund 175 Kilometer nordwestlich von Trujillo, das seinerseits rund 490 Kilometer nordwestlich von Lima liegt, wurde überflutet.", "490 Kilometer", "Trujillo", "Lima", "consistent"),
    R("de", "Pamplona, rund 115 Kilometer südöstlich von Bilbao, das selbst rund 600 Kilometer von Saragossa entfernt liegt, sagte das Fest ab.", "115 Kilometer", "Pamplona", "Bilbao", "consistent"),
    R("de", "Pamplona, rund 115 Kilometer südöstlich von Bilbao, das selbst rund 600 Kilometer von Saragossa entfernt liegt, sagte das Fest ab.", "600 Kilometer", "Bilbao", "Zaragoza", "inconsistent"),
    # ungefähr und begrenzt
    R("de", "Sacramento ist keine 200 Kilometer von Reno entfernt.", "200 Kilometer", "Sacramento", "Reno", "consistent"),
    R("de", "Hilo liegt knapp 340 Kilometer südöstlich von Honolulu.", "340 Kilometer", "Hilo", "Honolulu", "consistent"),
    R("de", "Alice Springs liegt gut 1.300 Kilometer nördlich von Adelaide.", "1.300 Kilometer", "Alice Springs", "Adelaide", "consistent"),
    R("de", "Batumi liegt mehr als 500 Kilometer westlich von Tiflis.", "500 Kilometer", "Batumi", "Tbilisi", "inconsistent"),
    R("de", "Nairobi liegt kaum 100 Kilometer von Mombasa entfernt.", "100 Kilometer", "Nairobi", "Mombasa", "inconsistent"),
    R("de", "Niamey liegt über 700 Kilometer südwestlich von Agadez.", "700 Kilometer", "Niamey", "Agadez", "consistent"),
    R("de", "Edmonton liegt nicht ganz 300 Kilometer nördlich von Calgary.", "300 Kilometer", "Edmonton", "Calgary", "consistent"),
    R("de", "Bordeaux liegt gut 210 Kilometer nordwestlich von Toulouse.", "210 Kilometer", "Bordeaux", "Toulouse", "consistent"),
    R("de", "Peshawar liegt nur gut 60 Kilometer westlich von Islamabad.", "60 Kilometer", "Peshawar", "Islamabad", "inconsistent"),
    R("de", "Tromsø, rund 320 Kilometer nordöstlich von Bodø gelegen, meldete Polarlichter.", "320 Kilometer", "Tromso", "Bodo", "consistent"),
    R("de", "Hyderabad liegt an die 500 Kilometer nördlich von Bengaluru.", "500 Kilometer", "Hyderabad", "Bengaluru", "consistent"),
    R("de", "In Namibia liegt Walvis Bay rund 270 Kilometer westlich der Hauptstadt.", "270 Kilometer", "Walvis Bay", "Windhoek", "consistent"),
]
# fmt: on

ROWS = EN + DE

#: rows (by text, or by text and quantity) that fail for a known reason (strict: they must
#: fail)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_the_table_is_balanced_and_honest() -> None:
    """At least 60 rows, half in each language, and at least a sixth of them false."""
    assert_balanced(EN, DE, at_least=60)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: numbers with a distance unit (or a time) that state no distance between two places: a
#: travel time, a width, a length, an area. The words of the number must not become a claim
# fmt: off
NON_CLAIMS: list[tuple[str, str, str]] = [
    ("en", "Fresno is a two-hour drive from Bakersfield.", "two-hour"),
    ("en", "Lae lies 45 minutes by plane from Port Moresby.", "45 minutes"),
    ("en", "Reno is about 40 minutes from Sacramento airport by helicopter.", "40 minutes"),
    ("en", "A 20-km-wide strip along the coast near Walvis Bay was sealed off.", "20-km"),
    ("en", "The fire near Kalgoorlie has burned more than 300 square kilometres.", "300 square kilometres"),
    ("en", "A 90-km-long stretch of the coast road south of Split was closed.", "90-km"),
    ("en", "The lake near Arusha is 12 km across.", "12 km"),
    ("de", "Von Fresno nach Bakersfield sind es zwei Stunden Fahrt.", "zwei Stunden"),
    ("de", "Lae ist eine Flugstunde von Port Moresby entfernt.", "Flugstunde"),
    ("de", "Bei Bilbao bildete sich ein 5 Kilometer langer Stau.", "5 Kilometer"),
    ("de", "Der 20 Kilometer breite Streifen entlang der Küste bei Walvis Bay wurde gesperrt.", "20 Kilometer"),
    ("de", "Der Brand bei Kalgoorlie hat über 300 Quadratkilometer Busch vernichtet.", "300 Quadratkilometer"),
    ("de", "Die Uferstraße bei Split ist auf 90 Kilometern Länge gesperrt.", "90 Kilometern"),
    ("de", "Von Reno bis Sacramento braucht man 40 Minuten mit dem Hubschrauber.", "40 Minuten"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    NON_CLAIMS,
    ids=[f"{lang}-{number}" for lang, _, number in NON_CLAIMS],
)
def test_no_claim(analyze: Callable[..., Any], lang: str, text: str, number: str) -> None:
    """A travel time, a width, a length or an area is no distance between two places: no
    claim is reported for its words (checked or not)."""
    check_no_claim(analyze, lang, text, number)


#: comparatives: a distance compared with another one states neither, so nothing may be
#: checked (a claim may be listed, but only as unverifiable)
# fmt: off
COMPARATIVES: list[tuple[str, str, str]] = [
    ("en", "Regina lies 200 km farther from Winnipeg than Brandon does.", "200 km"),
    ("en", "Dunedin is about 300 km further from Christchurch than Timaru is.", "300 km"),
    ("en", "Kalgoorlie is twice as far from Perth as Northam, at least 400 km more.", "400 km"),
    ("de", "Bergen liegt 100 Kilometer weiter von Trondheim entfernt als Ålesund.", "100 Kilometer"),
    ("de", "Gyumri liegt 60 Kilometer näher an der Grenze als Jerewan.", "60 Kilometer"),
    ("de", "Mombasa ist 300 Kilometer weiter von Nairobi entfernt als Nakuru.", "300 Kilometer"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    COMPARATIVES,
    ids=[f"{lang}-{number}" for lang, _, number in COMPARATIVES],
)
def test_a_comparative_is_not_checked(
    analyze: Callable[..., Any], lang: str, text: str, number: str
) -> None:
    """`N km farther from X than Y`, `N Kilometer weiter ... als`: the stated number is a
    difference of two distances, not a distance, so no verdict may come of it."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    checked = [
        (c.stated.text, c.verdict)
        for c in a.claims
        if (number in c.stated.text or c.stated.text in number) and c.verdict != "unverifiable"
    ]
    assert not checked, checked


#: evacuation and exclusion radii around a named place. docs/claims.md reads ``within N km
#: of X`` as an upper-bounded distance to X (lexicon ``within``), and geomap's range rings
#: are a flight's reach checked against where it came down; a radius names no second
#: place, so what a user checks is that nothing is measured: no subject place, the centre
#: (if named) as the reference, the stated radius, and never a verdict
# fmt: off
RADII: list[tuple[str, str, str, str, float]] = [
    ("en", "Residents within a 30-km radius of Sendai were told to stay indoors.", "30", "Sendai", 30.0),
    ("en", "Schools within 20 km of Belgorod were closed after the strikes.", "20 km", "Belgorod", 20.0),
    ("en", "Everyone living within a radius of 50 km around Hilo was evacuated.", "50 km", "Hilo", 50.0),
    ("de", "Im Umkreis von 20 Kilometern um Belgorod wurden die Schulen geschlossen.", "20 Kilometern", "Belgorod", 20.0),
    ("de", "Alle Bewohner im Radius von 30 Kilometern um Sendai mussten ihre Häuser verlassen.", "30 Kilometern", "Sendai", 30.0),
    ("de", "In einem Umkreis von 50 Kilometern rund um Hilo wurde evakuiert.", "50 Kilometern", "Hilo", 50.0),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "number", "origin", "radius"),
    RADII,
    ids=[f"{r[0]}-{r[2]}-{r[3]}" for r in RADII],
)
def test_a_radius_is_never_measured_to_a_second_place(
    analyze: Callable[..., Any], lang: str, text: str, number: str, origin: str, radius: float
) -> None:
    """A radius around a place names no second place: nothing is measured and no verdict
    is given; a claim, if listed, has the centre as its reference and the stated radius."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if number in c.stated.text or c.stated.text in number]
    for c in found:
        assert c.subject is None, (c.subject, c.explanation)
        assert c.verdict == "unverifiable", c.explanation
        assert c.stated_km == pytest.approx(radius)
        assert c.reference is None or near(AT, c.reference, origin), c.reference
