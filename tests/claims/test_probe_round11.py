# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Eleventh probe table for issue 15: the sentence readings held-out text still misses most
(classes 3, 4 and 5), in the wording of ordinary wire copy, in both languages.

Written for session 14, round 2, before geomap read them, in places that neither the claims
corpus's dev sources nor the issue use: Ghana, Mali, Katanga, Namibia, Zimbabwe, Kenya,
Tanzania; northern Thailand, central Vietnam, Punjab, Rajasthan, Uttar Pradesh, East Java,
Kazakhstan, Anatolia and eastern Turkey; Austria, Slovenia, Hungary, Portugal, Norway; the
Prairies, the Maritimes, Arizona, Mexico; Peru, Ecuador, Chile; Tasmania, Queensland, Papua
New Guinea. The wording:

- class 4, the reference implicit: the dateline as the reference with and without a
  direction (``KUMASI ... - Police in <X>, about N km to the north, ...``, ``... some N km
  away``, ``im rund N Kilometer entfernten <X>``), ``N km further on`` / ``N Kilometer
  weiter`` after the sentence's own start, and ``the capital`` / ``the state capital`` /
  ``the provincial capital`` / ``der Hauptstadt`` / ``der Provinzhauptstadt`` as the
  reference under the dateline of another city of that country;
- class 3, a descriptive noun phrase as subject: ``The town`` / ``The city`` / ``Die
  Stadt`` / ``Die Hafenstadt`` a sentence after the place is named, or under its dateline;
- class 5, a fronted region: ``In Punjab, <X>, about N km south-east of <Y>, ...``, ``In
  Anatolien liegt <X> rund N Kilometer ...``;
- the abbreviations of German listings (``liegt ca. N km nordöstlich v. <Y>``) and a travel
  time before the distance (``<X>, about an hour west of <Y> by train, is N km away``).

The points are the gazetteer's own points of the places (the GeoNames city rows of the
index, looked up once by hand), and the truth is the geodesic between them computed with
geographiclib (``tests/support/claims_table``), never through geomap's geometry. About a
third of the rows state a distance wrong by far more than any tolerance; the true ones round
the geodesic as news does (to 5 km under 200 km, to 10 km above).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

R = Row

#: the gazetteer's points (lat, lon) of the places the rows use (GeoNames city rows)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Accra": (5.55602, -0.1969),
    "Agra": (27.18333, 78.01667),
    "Almaty": (43.25249, 76.9115),
    "Antalya": (36.90812, 30.69556),
    "Arequipa": (-16.39899, -71.53747),
    "Arusha": (-3.36667, 36.68333),
    "Bamako": (12.60915, -7.97522),
    "Bergen": (60.39299, 5.32415),
    "Braga": (41.5514, -8.42311),
    "Budapest": (47.49835, 19.04045),
    "Bulawayo": (-20.15, 28.58333),
    "Cairns": (-16.92366, 145.76613),
    "Chiang Mai": (18.79038, 98.98468),
    "Chiang Rai": (19.90858, 99.8325),
    "Cuenca": (-2.8953, -78.9963),
    "Da Nang": (16.06778, 108.22083),
    "Debrecen": (47.53167, 21.62444),
    "Erzurum": (39.90861, 41.27694),
    "Graz": (47.06733, 15.44197),
    "Halifax": (44.64269, -63.57688),
    "Harare": (-17.82772, 31.05337),
    "Hobart": (-42.87936, 147.32941),
    "Hoi An": (15.87944, 108.335),
    "Islamabad": (33.72148, 73.04329),
    "Isparta": (37.76444, 30.55222),
    "Jaipur": (26.91962, 75.78781),
    "Jodhpur": (26.26841, 73.00594),
    "Kars": (40.59825, 43.08548),
    "Kisumu": (-0.10221, 34.76171),
    "Kolwezi": (-10.71484, 25.46674),
    "Kumasi": (6.68848, -1.62443),
    "Lae": (-6.72333, 146.99611),
    "Lahore": (31.558, 74.35071),
    "Launceston": (-41.43876, 147.13467),
    "Linz": (48.30639, 14.28611),
    "Lubumbashi": (-11.66089, 27.47938),
    "Lucknow": (26.83928, 80.92313),
    "Malang": (-7.9797, 112.6304),
    "Maribor": (46.55583, 15.64593),
    "Mombasa": (-4.05466, 39.66359),
    "Moncton": (46.09454, -64.7965),
    "Monterrey": (25.68435, -100.31721),
    "Mopti": (14.4843, -4.18296),
    "Nairobi": (-1.28333, 36.81667),
    "Oaxaca": (17.06025, -96.72544),
    "Phoenix": (33.44838, -112.07404),
    "Port Moresby": (-9.47723, 147.15089),
    "Porto": (41.1485, -8.61097),
    "Puno": (-15.84003, -70.02198),
    "Quito": (-0.22985, -78.52495),
    "Regina": (50.45008, -104.6178),
    "Salzburg": (47.79941, 13.04399),
    "Santiago": (-33.45694, -70.64827),
    "Saskatoon": (52.13238, -106.66892),
    "Stavanger": (58.97005, 5.73332),
    "Surabaya": (-7.24917, 112.75083),
    "Swakopmund": (-22.67842, 14.52663),
    "Taldykorgan": (45.01556, 78.37389),
    "Tamale": (9.40079, -0.8393),
    "Tanga": (-5.06893, 39.09875),
    "Temuco": (-38.73628, -72.59738),
    "Townsville": (-19.26639, 146.80569),
    "Tucson": (32.22174, -110.92648),
    "Van": (38.49457, 43.38323),
    "Vienna": (48.20849, 16.37208),
    "Windhoek": (-22.55941, 17.08323),
}

EN = [
    R("en", 'KUMASI, Ghana (Reuters) - Police in Tamale, about 310 km to the north, said on Monday that three people had died.', 'about 310 km', 'Tamale', 'Kumasi', 'consistent'),
    R("en", 'BAMAKO, Mali (AP) — Aid flights resumed to Mopti, some 250 km north-east, after the rains eased.', 'some 250 km', 'Mopti', 'Bamako', 'inconsistent'),
    R("en", 'LUBUMBASHI, Congo (Reuters) - Miners in Kolwezi, about 240 km north-west, stopped work on Tuesday.', 'about 240 km', 'Kolwezi', 'Lubumbashi', 'consistent'),
    R("en", 'WINDHOEK, Namibia (AP) — The storm reached Swakopmund, roughly 260 km to the west, late on Friday.', 'roughly 260 km', 'Swakopmund', 'Windhoek', 'consistent'),
    R("en", 'CHIANG MAI, Thailand (Reuters) - Smoke also closed the airport in Chiang Rai, about 260 km north-east.', 'about 260 km', 'Chiang Rai', 'Chiang Mai', 'inconsistent'),
    R("en", 'HALIFAX, Nova Scotia (CP) — Crews from Moncton, about 190 km to the north-west, arrived on Sunday.', 'about 190 km', 'Moncton', 'Halifax', 'consistent'),
    R("en", 'ALMATY, Kazakhstan (Reuters) - Residents of Taldykorgan, some 230 km away, felt the quake as well.', 'some 230 km', 'Taldykorgan', 'Almaty', 'consistent'),
    R("en", 'AREQUIPA, Peru (AP) — Protesters in Puno, about 295 km away, blocked the main road on Wednesday.', 'about 295 km', 'Puno', 'Arequipa', 'inconsistent'),
    R("en", 'HOBART, Australia (AAP) - Flooding in Launceston, about 160 km away, cut power to 4,000 homes.', 'about 160 km', 'Launceston', 'Hobart', 'consistent'),
    R("en", 'ANTALYA, Turkey (Reuters) - Firefighters were also sent from Isparta, 165 km away.', '165 km', 'Isparta', 'Antalya', 'inconsistent'),
    R("en", 'The convoy left Saskatoon on Monday and reached Regina, 240 km further on, on Tuesday.', '240 km', 'Regina', 'Saskatoon', 'consistent'),
    R("en", 'The marchers set off from Surabaya at dawn and reached Malang, some 140 km further on, by dusk.', 'some 140 km', 'Malang', 'Surabaya', 'inconsistent'),
    R("en", 'KUMASI, Ghana (Reuters) - The city, about 200 km north-west of the capital, has been without water for a week.', 'about 200 km', 'Kumasi', 'Accra', 'consistent'),
    R("en", 'MOMBASA, Kenya (AP) — The port lies some 240 km south-east of the capital.', 'some 240 km', 'Mombasa', 'Nairobi', 'inconsistent'),
    R("en", 'BULAWAYO, Zimbabwe (Reuters) - Bulawayo, about 370 km south-west of the capital, ran out of fuel on Monday.', 'about 370 km', 'Bulawayo', 'Harare', 'consistent'),
    R("en", 'LAE, Papua New Guinea (AAP) - Lae lies about 310 km north of the capital.', 'about 310 km', 'Lae', 'Port Moresby', 'consistent'),
    R("en", 'TUCSON, Arizona (AP) — The city is about 175 km south-east of the state capital.', 'about 175 km', 'Tucson', 'Phoenix', 'consistent'),
    R("en", 'SASKATOON, Saskatchewan (CP) — The city lies some 400 km north-west of the provincial capital.', 'some 400 km', 'Saskatoon', 'Regina', 'inconsistent'),
    R("en", 'CUENCA, Ecuador (Reuters) - Cuenca lies about 510 km south of the capital, Quito.', 'about 510 km', 'Cuenca', 'Quito', 'inconsistent'),
    R("en", 'Floods hit Kisumu on Monday. The town lies about 260 km north-west of Nairobi.', 'about 260 km', 'Kisumu', 'Nairobi', 'consistent'),
    R("en", 'Tourists left Hoi An on Tuesday as the river rose. The town is about 25 km south-east of Da Nang.', 'about 25 km', 'Hoi An', 'Da Nang', 'consistent'),
    R("en", 'Temperatures reached 48C in Jodhpur on Sunday. The city lies some 490 km west of Jaipur.', 'some 490 km', 'Jodhpur', 'Jaipur', 'inconsistent'),
    R("en", 'Police closed schools in Arusha on Friday. The town, about 330 km north-west of Tanga, is a hub for safari tourism.', 'about 330 km', 'Arusha', 'Tanga', 'consistent'),
    R("en", 'A quake shook Temuco on Tuesday. The city lies about 340 km south of Santiago.', 'about 340 km', 'Temuco', 'Santiago', 'inconsistent'),
    R("en", 'In Punjab, Lahore, about 270 km south-east of Islamabad, recorded 47C on Monday.', 'about 270 km', 'Lahore', 'Islamabad', 'consistent'),
    R("en", 'In Rajasthan, Jodhpur, some 290 km west of Jaipur, ran short of water.', 'some 290 km', 'Jodhpur', 'Jaipur', 'consistent'),
    R("en", 'In Queensland, Cairns, about 480 km north-west of Townsville, was hit hardest.', 'about 480 km', 'Cairns', 'Townsville', 'inconsistent'),
    R("en", 'In Anatolia, Isparta, about 95 km north of Antalya, reported snow.', 'about 95 km', 'Isparta', 'Antalya', 'consistent'),
    R("en", 'In East Java, Malang, some 140 km south of Surabaya, closed its schools.', 'some 140 km', 'Malang', 'Surabaya', 'inconsistent'),
    R("en", 'In eastern Turkey, Van, about 240 km south-east of Erzurum, felt the tremor.', 'about 240 km', 'Van', 'Erzurum', 'consistent'),
    R("en", 'Salzburg, about an hour west of Linz by train, is some 110 km away.', 'some 110 km', 'Salzburg', 'Linz', 'consistent'),
    R("en", 'Braga, about an hour north of Porto by train, is some 80 km away.', 'some 80 km', 'Braga', 'Porto', 'inconsistent'),
    R("en", 'Graz, less than an hour north of Maribor by train, is about 60 km away.', 'about 60 km', 'Graz', 'Maribor', 'consistent'),
    R("en", 'Kars, some 170 km north-east of Erzurum, lies close to the Armenian border.', 'some 170 km', 'Kars', 'Erzurum', 'consistent'),
    R("en", 'Stavanger, about 270 km south of Bergen, hosts the oil industry.', 'about 270 km', 'Stavanger', 'Bergen', 'inconsistent'),
    R("en", 'LUCKNOW, India (Reuters) - Agra, about 290 km to the west, was also hit by the fog.', 'about 290 km', 'Agra', 'Lucknow', 'consistent'),
    R("en", "BUDAPEST (Reuters) - Debrecen, Hungary's second city, lies some 195 km east of the capital.", 'some 195 km', 'Debrecen', 'Budapest', 'consistent'),
    R("en", 'MONTERREY, Mexico (AP) — Relatives travelled from Oaxaca, some 560 km away.', 'some 560 km', 'Oaxaca', 'Monterrey', 'inconsistent'),
    R("en", 'TEMUCO, Chile (Reuters) - Santiago, about 610 km to the north, sent two planes.', 'about 610 km', 'Santiago', 'Temuco', 'consistent'),
]

DE = [
    R("de", 'KUMASI (dpa) - In Tamale, rund 310 Kilometer nördlich, starben am Montag drei Menschen.', 'rund 310 Kilometer', 'Tamale', 'Kumasi', 'consistent'),
    R("de", 'BAMAKO (AFP) - Hilfsflüge nach Mopti, rund 460 Kilometer weiter nordöstlich, wurden wieder aufgenommen.', 'rund 460 Kilometer', 'Mopti', 'Bamako', 'consistent'),
    R("de", 'LUBUMBASHI (dpa) - In Kolwezi, etwa 410 Kilometer nordwestlich, legten die Bergleute die Arbeit nieder.', 'etwa 410 Kilometer', 'Kolwezi', 'Lubumbashi', 'inconsistent'),
    R("de", 'WINDHUK (dpa) - Der Sturm erreichte am Freitag Swakopmund, gut 260 Kilometer weiter westlich.', 'gut 260 Kilometer', 'Swakopmund', 'Windhoek', 'consistent'),
    R("de", 'CHIANG MAI (dpa) - Auch in Chiang Rai, etwa 155 Kilometer nordöstlich, wurde der Flughafen geschlossen.', 'etwa 155 Kilometer', 'Chiang Rai', 'Chiang Mai', 'consistent'),
    R("de", 'HALIFAX (dpa) - Helfer aus Moncton, rund 320 Kilometer nordwestlich, trafen am Sonntag ein.', 'rund 320 Kilometer', 'Moncton', 'Halifax', 'inconsistent'),
    R("de", 'ALMATY (dpa) - Auch im rund 230 Kilometer entfernten Taldykorgan war das Beben zu spüren.', 'rund 230 Kilometer', 'Taldykorgan', 'Almaty', 'consistent'),
    R("de", 'AREQUIPA (dpa) - In Puno, etwa 175 Kilometer entfernt, blockierten Demonstranten am Mittwoch die Hauptstraße.', 'etwa 175 Kilometer', 'Puno', 'Arequipa', 'consistent'),
    R("de", 'HOBART (dpa) - In Launceston, rund 275 Kilometer entfernt, fiel in 4.000 Haushalten der Strom aus.', 'rund 275 Kilometer', 'Launceston', 'Hobart', 'inconsistent'),
    R("de", 'ANTALYA (dpa) - Auch aus dem 95 Kilometer entfernten Isparta kamen Feuerwehrleute.', '95 Kilometer', 'Isparta', 'Antalya', 'consistent'),
    R("de", 'Der Konvoi verließ Saskatoon am Montag und erreichte Regina, 400 Kilometer weiter, am Dienstag.', '400 Kilometer', 'Regina', 'Saskatoon', 'inconsistent'),
    R("de", 'Die Demonstranten brachen im Morgengrauen in Surabaya auf und erreichten Malang, rund 80 Kilometer weiter, am Abend.', 'rund 80 Kilometer', 'Malang', 'Surabaya', 'consistent'),
    R("de", 'KUMASI (dpa) - Die Stadt, rund 340 Kilometer nordwestlich der Hauptstadt, ist seit einer Woche ohne Wasser.', 'rund 340 Kilometer', 'Kumasi', 'Accra', 'inconsistent'),
    R("de", 'MOMBASA (dpa) - Die Hafenstadt liegt rund 440 Kilometer südöstlich der Hauptstadt.', 'rund 440 Kilometer', 'Mombasa', 'Nairobi', 'consistent'),
    R("de", 'BULAWAYO (dpa) - Bulawayo, etwa 370 Kilometer südwestlich der Hauptstadt, hat seit Montag keinen Treibstoff.', 'etwa 370 Kilometer', 'Bulawayo', 'Harare', 'consistent'),
    R("de", 'LAE (dpa) - Lae liegt rund 170 Kilometer nördlich der Hauptstadt.', 'rund 170 Kilometer', 'Lae', 'Port Moresby', 'inconsistent'),
    R("de", 'LINZ (APA) - Die Stadt liegt rund 155 Kilometer westlich der Hauptstadt.', 'rund 155 Kilometer', 'Linz', 'Vienna', 'consistent'),
    R("de", 'SASKATOON (dpa) - Die Stadt liegt rund 240 Kilometer nordwestlich der Provinzhauptstadt.', 'rund 240 Kilometer', 'Saskatoon', 'Regina', 'consistent'),
    R("de", 'CUENCA (dpa) - Cuenca liegt etwa 300 Kilometer südlich der Hauptstadt Quito.', 'etwa 300 Kilometer', 'Cuenca', 'Quito', 'consistent'),
    R("de", 'Hochwasser traf am Montag Kisumu. Die Stadt liegt rund 450 Kilometer nordwestlich von Nairobi.', 'rund 450 Kilometer', 'Kisumu', 'Nairobi', 'inconsistent'),
    R("de", 'Touristen verließen Hoi An am Dienstag. Die Stadt liegt etwa 25 Kilometer südöstlich von Da Nang.', 'etwa 25 Kilometer', 'Hoi An', 'Da Nang', 'consistent'),
    R("de", 'In Jodhpur wurden am Sonntag 48 Grad gemessen. Die Stadt liegt rund 290 Kilometer westlich von Jaipur.', 'rund 290 Kilometer', 'Jodhpur', 'Jaipur', 'consistent'),
    R("de", 'Die Polizei schloss am Freitag die Schulen in Arusha. Die Stadt, etwa 180 Kilometer nordwestlich von Tanga, ist ein Zentrum des Safari-Tourismus.', 'etwa 180 Kilometer', 'Arusha', 'Tanga', 'inconsistent'),
    R("de", 'Ein Erdbeben erschütterte am Dienstag Temuco. Die Stadt liegt rund 610 Kilometer südlich von Santiago.', 'rund 610 Kilometer', 'Temuco', 'Santiago', 'consistent'),
    R("de", 'Im Punjab meldete Lahore, rund 460 Kilometer südöstlich von Islamabad, am Montag 47 Grad.', 'rund 460 Kilometer', 'Lahore', 'Islamabad', 'inconsistent'),
    R("de", 'In Rajasthan ging Jodhpur, etwa 290 Kilometer westlich von Jaipur, das Wasser aus.', 'etwa 290 Kilometer', 'Jodhpur', 'Jaipur', 'consistent'),
    R("de", 'In Queensland traf es Cairns, rund 280 Kilometer nordwestlich von Townsville, am härtesten.', 'rund 280 Kilometer', 'Cairns', 'Townsville', 'consistent'),
    R("de", 'In Anatolien liegt Isparta rund 95 Kilometer nördlich von Antalya.', 'rund 95 Kilometer', 'Isparta', 'Antalya', 'consistent'),
    R("de", 'Malang liegt ca. 80 km südlich v. Surabaya.', 'ca. 80 km', 'Malang', 'Surabaya', 'consistent'),
    R("de", 'Braga liegt ca. 45 km nördlich v. Porto.', 'ca. 45 km', 'Braga', 'Porto', 'consistent'),
    R("de", 'Van liegt ca. 410 km südöstlich v. Erzurum.', 'ca. 410 km', 'Van', 'Erzurum', 'inconsistent'),
    R("de", 'Salzburg, mit dem Zug gut eine Stunde westlich von Linz, ist rund 110 Kilometer entfernt.', 'rund 110 Kilometer', 'Salzburg', 'Linz', 'consistent'),
    R("de", 'Braga, mit dem Zug etwa eine Stunde nördlich von Porto, ist rund 45 Kilometer entfernt.', 'rund 45 Kilometer', 'Braga', 'Porto', 'consistent'),
    R("de", 'Graz, mit dem Zug keine Stunde nördlich von Maribor, ist etwa 100 Kilometer entfernt.', 'etwa 100 Kilometer', 'Graz', 'Maribor', 'inconsistent'),
    R("de", 'Kars, rund 170 Kilometer nordöstlich von Erzurum, liegt nahe der armenischen Grenze.', 'rund 170 Kilometer', 'Kars', 'Erzurum', 'consistent'),
    R("de", 'LUCKNOW (dpa) - Auch Agra, rund 490 Kilometer weiter westlich, lag im Nebel.', 'rund 490 Kilometer', 'Agra', 'Lucknow', 'inconsistent'),
    R("de", 'BUDAPEST (dpa) - Debrecen, die zweitgrößte Stadt Ungarns, liegt rund 195 Kilometer östlich der Hauptstadt.', 'rund 195 Kilometer', 'Debrecen', 'Budapest', 'consistent'),
    R("de", 'TEMUCO (dpa) - Santiago, rund 610 Kilometer weiter nördlich, schickte zwei Flugzeuge.', 'rund 610 Kilometer', 'Santiago', 'Temuco', 'consistent'),
]
# fmt: on

ROWS = [*EN, *DE]

#: rows (by text, or by text and quantity) geomap still gets wrong, each with its reason
#: (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {
    "The convoy left Saskatoon on Monday and reached Regina, 240 km further on, on Tuesday.": (
        "a bare number 'N km further on' / 'N Kilometer weiter' after a clause 'left <A> on <day> and reached <B>' reads no subject (with a qualifier, 'some N km further on', it does): open"
    ),
    "Der Konvoi verließ Saskatoon am Montag und erreichte Regina, 400 Kilometer weiter, am Dienstag.": (
        "a bare number 'N km further on' / 'N Kilometer weiter' after a clause 'left <A> on <day> and reached <B>' reads no subject (with a qualifier, 'some N km further on', it does): open"
    ),
}


def test_the_table_is_balanced_and_honest() -> None:
    """At least 75 rows, about half in each language, at least a sixth of them false."""
    assert_balanced(EN, DE, at_least=75)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: a bare "the capital" under a dateline whose story names a region of the country (an
#: island, a province) may mean the region's seat: it is not read as the country's
#: capital (the row's distance is the regional seat's, far from the national capital's)
# fmt: off
REGIONAL_CAPITAL: list[tuple[str, str, str]] = [
    ("de", "CATANIA (dpa) - Auf Sizilien brennen die Wälder. Die Stadt liegt rund 165 Kilometer südöstlich der Hauptstadt.", "Rome"),
    ("en", "CATANIA, Italy (Reuters) - Wildfires are raging across Sicily. The city lies about 165 km south-east of the capital.", "Rome"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "not_ref"), REGIONAL_CAPITAL)
def test_a_named_region_keeps_the_capital_from_the_country(
    analyze: Callable[..., Any], lang: str, text: str, not_ref: str
) -> None:
    """No true sentence about a region's seat is called inconsistent by measuring it
    from the country's capital: the claim is found, and its reference is not that."""
    (c,) = analyze(text, lang=lang, date="2026-06-01", events=False).claims
    assert c.reference is None or c.reference.name != not_ref, c.explanation
    assert c.verdict != "inconsistent", c.explanation
