# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Seventh probe table for issue 15: descriptive and implicit references, mainly in
English (about two thirds of the rows), where held-out aggregates fail most (class 3:
a descriptive noun phrase as subject or reference; class 4: a reference before the
number, implicit, or inside a prepositional chain).

Written for session 12 before geomap read them, from regions the earlier rounds have few
of: Sulawesi and the Moluccas, Mindanao, Mozambique, northern Norway, central Vietnam,
the lower Amazon, Sri Lanka, Calabria and north-eastern Poland. The wording:

- ``the city``, ``the town``, ``the port``, ``the capital``, ``the island``, ``the
  resort``, ``the border town``, ``the country's largest city``, ``the provincial
  capital``, ``the former capital``, ``it``, ``there`` and ``we`` / ``our town`` in a
  quote, one or two sentences after the name, as subject and as reference; the same nouns
  when a second place of the kind was named in between (the nearest fitting one is meant);
- ``N km away`` / ``N km distant`` after a place with no ``from``, ``N km inland``, ``N km
  up the coast`` / ``upriver`` / ``along the coast from X``, ``N km further on``, ``to the
  south-west`` with the dateline as reference, ``From X, it is N km to Y``, ``X is N km by
  road from Y``, a reference inside a chain (``a village near X, N km from Y``, ``a camp
  outside X, some N km north-east of the capital``);
- and, in a table of their own, look-alikes that are no claims: a river's length, a
  flight range, ``within N km`` of nothing named, ``N km of coastline``, ``N km of
  roads``.

The points are the gazetteer's own points of the places (the GeoNames city rows the index
holds, looked up once by hand), and the truth is the geodesic between them computed here
with geographiclib (``tests/support/claims_table``), never through geomap's geometry.
About a fifth of the rows state a distance wrong by far more than any tolerance. The rows
after the last comment of each list were added after the fixes (docs/claims.md, "Probe
round 7"): other wording and regions each new rule must also read.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_no_claim, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: the gazetteer's points (lat, lon) of the places the rows use (GeoNames city rows)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    # Sulawesi and the Moluccas
    "Palu": (-0.90833, 119.87083), "Makassar": (-5.14861, 119.43194), "Manado": (1.48218, 124.84892),
    "Kendari": (-3.9778, 122.51507), "Poso": (-1.3959, 120.7524), "Parepare": (-4.0135, 119.6255),
    "Ternate": (0.79065, 127.38424),
    # Mindanao
    "Zamboanga": (6.91028, 122.07389), "Davao": (7.07306, 125.61278), "Cagayan de Oro": (8.48222, 124.64722),
    "General Santos": (6.11278, 125.17167), "Cotabato": (7.22361, 124.24639), "Iligan": (8.2289, 124.24344),
    "Butuan": (8.94917, 125.54361),
    # Mozambique
    "Beira": (-19.84361, 34.83889), "Nampula": (-15.11646, 39.2666), "Pemba": (-12.97395, 40.51775),
    "Quelimane": (-17.87861, 36.88833), "Chimoio": (-19.11639, 33.48333), "Tete": (-16.15639, 33.58667),
    "Maputo": (-25.96553, 32.58322), "Xai-Xai": (-25.05194, 33.64417), "Mocimboa da Praia": (-11.35172, 40.35158),
    # northern Norway
    "Tromso": (69.6489, 18.95508), "Bodo": (67.28267, 14.37513), "Narvik": (68.43838, 17.4272),
    "Hammerfest": (70.66313, 23.68092), "Alta": (69.96887, 23.27165), "Kirkenes": (69.72706, 30.04578),
    "Harstad": (68.79833, 16.54165),
    # central Vietnam
    "Hue": (16.4619, 107.59546), "Da Nang": (16.06778, 108.22083), "Vinh": (18.67337, 105.69232),
    "Dong Hoi": (17.46885, 106.62226), "Nha Trang": (12.24507, 109.19432),
    # the lower Amazon
    "Belem": (-1.45583, -48.50444), "Santarem": (-2.44306, -54.70833), "Manaus": (-3.10194, -60.025),
    "Macapa": (0.03889, -51.06639), "Maraba": (-5.38146, -49.13232),
    # Sri Lanka
    "Jaffna": (9.66845, 80.00742), "Trincomalee": (8.5778, 81.2289), "Batticaloa": (7.7102, 81.6924),
    "Kandy": (7.2906, 80.6336), "Galle": (6.0461, 80.2103), "Colombo": (6.93548, 79.84868),
    "Anuradhapura": (8.31223, 80.41306),
    # Calabria
    "Reggio Calabria": (38.11047, 15.66129), "Cosenza": (39.2989, 16.25307), "Catanzaro": (38.88247, 16.60086),
    "Crotone": (39.08077, 17.12764),
    # north-eastern Poland
    "Gdansk": (54.35227, 18.64912), "Olsztyn": (53.78376, 20.49272), "Elblag": (54.1522, 19.40884),
    "Suwalki": (54.11175, 22.93087), "Bialystok": (53.13333, 23.16433),
}
# fmt: on

R = Row
# fmt: off
EN = [
    # class 3: a descriptive subject one or two sentences after the name
    R("en", "Floods swept through Palu on Sunday. The city lies about 470 km north of Makassar.", "470 km", "Palu", "Makassar", "consistent"),
    R("en", "A ferry capsized off Pemba on Monday. The port is some 270 km north-east of Nampula.", "270 km", "Pemba", "Nampula", "consistent"),
    R("en", "Fighting resumed near Mocímboa da Praia at dawn. Hundreds fled by boat. The town is about 400 km north of Pemba.", "400 km", "Mocimboa da Praia", "Pemba", "inconsistent"),
    R("en", "Protesters gathered in Colombo on Saturday. The capital lies about 95 km south-west of Kandy.", "95 km", "Colombo", "Kandy", "consistent"),
    R("en", "Storms battered Hammerfest overnight. The town lies roughly 80 km north of Alta.", "80 km", "Hammerfest", "Alta", "consistent"),
    R("en", "Cholera cases rose in Quelimane this week. The provincial capital is about 310 km north-east of Beira.", "310 km", "Quelimane", "Beira", "consistent"),
    R("en", "Power failed across Maputo on Friday. The country's largest city lies some 150 km south-west of Xai-Xai.", "150 km", "Maputo", "Xai-Xai", "consistent"),
    R("en", "Tourists were evacuated from Nha Trang as the typhoon neared. The resort is about 440 km south of Da Nang.", "440 km", "Nha Trang", "Da Nang", "consistent"),
    R("en", "Trade has stalled in Kirkenes since the crossing closed. The border town lies about 260 km east of Alta.", "260 km", "Kirkenes", "Alta", "consistent"),
    R("en", "The Perfume River burst its banks in Hue. The former capital lies about 200 km north-west of Da Nang.", "200 km", "Hue", "Da Nang", "inconsistent"),
    R("en", "A strong quake shook Ternate on Tuesday. The island lies roughly 290 km east of Manado.", "290 km", "Ternate", "Manado", "consistent"),
    R("en", "Landslides blocked the roads around Kendari. It lies about 600 km east of Makassar.", "600 km", "Kendari", "Makassar", "inconsistent"),
    R("en", "Fishermen in Galle lost their boats. The storm made landfall there, about 105 km south of Colombo.", "105 km", "Galle", "Colombo", "consistent"),
    R("en", "\"Our town is only 110 km from Białystok, yet no help came,\" said the mayor of Suwałki.", "110 km", "Suwalki", "Bialystok", "consistent"),
    R("en", "The mayor of Elbląg was blunt: \"We are barely 55 km from Gdańsk and still without power.\"", "55 km", "Elblag", "Gdansk", "consistent"),
    # class 3: a descriptive reference
    R("en", "Officials toured Palu on Monday. Poso lies about 110 km south-east of the city.", "110 km", "Poso", "Palu", "consistent"),
    R("en", "The port of Beira reopened on Tuesday. Chimoio lies some 160 km north-west of the port.", "160 km", "Chimoio", "Beira", "consistent"),
    R("en", "Snow closed the airport in Bodø. Narvik lies about 180 km north-east of the town.", "180 km", "Narvik", "Bodo", "consistent"),
    R("en", "Aid reached Cagayan de Oro on Monday. Iligan, some 55 km south-west of there, was still cut off.", "55 km", "Iligan", "Cagayan de Oro", "consistent"),
    R("en", "Troops entered Jaffna on Sunday. Anuradhapura lies about 300 km south of it.", "300 km", "Anuradhapura", "Jaffna", "inconsistent"),
    # class 3: a second place of the kind named in between (the nearest fitting one)
    R("en", "Rescuers flew from Tromsø to Narvik on Friday. The town lies about 150 km south-west of Tromsø.", "150 km", "Narvik", "Tromso", "consistent"),
    R("en", "Supply ships left Belém for Macapá on Sunday. The city lies some 330 km north-west of Belém.", "330 km", "Macapa", "Belem", "consistent"),
    R("en", "The president flew from Colombo to Jaffna on Monday. The city is about 160 km north of Anuradhapura.", "160 km", "Jaffna", "Anuradhapura", "consistent"),
    R("en", "Ferries from Makassar reached Parepare in the afternoon. The port lies some 300 km north of Makassar.", "300 km", "Parepare", "Makassar", "inconsistent"),
    # class 4: an implicit reference or one before the number
    R("en", "Officials in Davao said the army had retaken Cotabato, some 150 km away.", "150 km", "Cotabato", "Davao", "consistent", None, True),
    R("en", "Batticaloa asked Trincomalee, some 110 km distant, for boats.", "110 km", "Trincomalee", "Batticaloa", "consistent", None, True),
    R("en", "Floods hit Beira on Sunday; Chimoio, about 160 km inland, was spared.", "160 km", "Chimoio", "Beira", "consistent"),
    R("en", "From Da Nang the storm moved on to Hue, about 80 km up the coast.", "80 km", "Hue", "Da Nang", "consistent"),
    R("en", "The barge left Santarém on Monday for Manaus, some 600 km upriver.", "600 km", "Manaus", "Santarem", "consistent"),
    R("en", "Galle, about 105 km along the coast from Colombo, closed its beaches.", "105 km", "Galle", "Colombo", "consistent"),
    R("en", "The convoy stopped in Iligan for the night. Cagayan de Oro, 55 km further on, was reached at dawn.", "55 km", "Cagayan de Oro", "Iligan", "consistent"),
    R("en", "MAPUTO, June 1 (Reuters) - Floods cut off Xai-Xai, some 150 km to the north-east, on Sunday.", "150 km", "Xai-Xai", "Maputo", "consistent"),
    R("en", "TROMSØ, Norway — Avalanches closed the roads around Narvik, about 400 km to the south-west.", "400 km", "Narvik", "Tromso", "inconsistent"),
    R("en", "From Cosenza, it is about 55 km to Catanzaro by the old road.", "55 km", "Catanzaro", "Cosenza", "consistent", None, True),
    R("en", "Suwałki is 110 km by road from Białystok.", "110 km", "Suwalki", "Bialystok", "consistent"),
    R("en", "Gunmen attacked a village near Poso, some 110 km south-east of Palu, on Sunday.", "110 km", "Poso", "Palu", "consistent"),
    R("en", "Families sheltered at a camp outside Xai-Xai, some 150 km north-east of the capital, Mozambican officials said.", "150 km", "Xai-Xai", "Maputo", "consistent"),
    R("en", "Two soldiers died in a village near Cotabato, about 400 km west of Davao.", "400 km", "Cotabato", "Davao", "inconsistent"),
    R("en", "Crotone is about 50 km by road from Catanzaro.", "50 km", "Crotone", "Catanzaro", "consistent"),
    R("en", "From Olsztyn, it is roughly 300 km to Gdańsk.", "300 km", "Gdansk", "Olsztyn", "inconsistent", None, True),
    # other wording of the rules this table prompted
    R("en", "An official in Kandy put it this way: \"We are only 95 km from Colombo, but the road is gone.\"", "95 km", "Kandy", "Colombo", "consistent"),
    R("en", "A nurse in Batticaloa said: \"We are 300 km from Trincomalee and nobody comes.\"", "300 km", "Batticaloa", "Trincomalee", "inconsistent"),
    R("en", "Aid workers drove from Nampula to Pemba on Friday. The town is some 180 km south of Mocímboa da Praia.", "180 km", "Pemba", "Mocimboa da Praia", "consistent"),
    R("en", "Looting was reported in Tete overnight. The provincial capital lies about 330 km north of Chimoio.", "330 km", "Tete", "Chimoio", "consistent"),
    R("en", "Rain flooded the old quarter of Hue. The old imperial capital is some 80 km north-west of Da Nang.", "80 km", "Hue", "Da Nang", "consistent"),
    R("en", "Heavy rain hit Pemba; Nampula, some 270 km inland, flooded too.", "270 km", "Nampula", "Pemba", "consistent"),
    R("en", "The ferry called at Harstad at noon. Narvik, 55 km further on, was reached by dusk.", "55 km", "Narvik", "Harstad", "consistent"),
    R("en", "Rebels attacked Cotabato at night. Troops were sent there, some 150 km from Davao, on Monday.", "150 km", "Cotabato", "Davao", "consistent"),
    R("en", "The river burst its banks at Santarém. Boats could not land there, some 900 km west of Belém, for days.", "900 km", "Santarem", "Belem", "inconsistent"),
]

DE = [
    # Klasse 3: ein beschreibender Gegenstand
    R("de", "Überschwemmungen trafen am Sonntag Palu. Die Stadt liegt rund 470 Kilometer nördlich von Makassar.", "470 Kilometer", "Palu", "Makassar", "consistent"),
    R("de", "Vor Pemba kenterte am Montag eine Fähre. Die Hafenstadt liegt rund 270 Kilometer nordöstlich von Nampula.", "270 Kilometer", "Pemba", "Nampula", "consistent"),
    R("de", "In Kirkenes stockt der Handel. Die Grenzstadt liegt gut 260 Kilometer östlich von Alta.", "260 Kilometer", "Kirkenes", "Alta", "consistent"),
    R("de", "Der Parfümfluss trat in Hue über die Ufer. Die ehemalige Hauptstadt liegt rund 80 Kilometer nordwestlich von Da Nang.", "80 Kilometer", "Hue", "Da Nang", "consistent"),
    R("de", "Tromsø meldete am Montag Lawinen. Es liegt rund 300 Kilometer nordöstlich von Narvik.", "300 Kilometer", "Tromso", "Narvik", "inconsistent"),
    R("de", "Die Feuerwehr aus Elbląg half in Danzig. Die Stadt liegt rund 54 Kilometer nordwestlich von Elbląg.", "54 Kilometer", "Gdansk", "Elblag", "consistent"),
    R("de", "„Wir sind nur 110 Kilometer von Białystok entfernt“, sagte der Bürgermeister von Suwałki.", "110 Kilometer", "Suwalki", "Bialystok", "consistent"),
    R("de", "Olsztyn wurde am Freitag überflutet. Die Stadt liegt rund 300 Kilometer südöstlich von Danzig.", "300 Kilometer", "Olsztyn", "Gdansk", "inconsistent"),
    R("de", "Die Behörden besuchten am Montag Palu. Poso liegt rund 110 Kilometer südöstlich der Stadt.", "110 Kilometer", "Poso", "Palu", "consistent"),
    R("de", "Der Hafen von Beira wurde am Dienstag wieder geöffnet. Chimoio liegt rund 160 Kilometer nordwestlich davon.", "160 Kilometer", "Chimoio", "Beira", "consistent"),
    # Klasse 4: ein impliziter Bezug oder einer vor der Zahl
    R("de", "Beira wurde am Sonntag überflutet; Chimoio, rund 160 Kilometer landeinwärts, blieb verschont.", "160 Kilometer", "Chimoio", "Beira", "consistent"),
    R("de", "Der Konvoi hielt in Vinh. Dong Hoi, 165 Kilometer weiter, erreichte er am Abend.", "165 Kilometer", "Dong Hoi", "Vinh", "consistent"),
    R("de", "Von Crotone aus sind es rund 51 Kilometer bis Catanzaro.", "51 Kilometer", "Catanzaro", "Crotone", "consistent", None, True),
    R("de", "Das Schiff verließ Santarém am Montag Richtung Manaus, rund 600 Kilometer flussaufwärts.", "600 Kilometer", "Manaus", "Santarem", "consistent"),
    R("de", "Bewaffnete überfielen am Sonntag ein Dorf bei Poso, rund 110 Kilometer südöstlich von Palu.", "110 Kilometer", "Poso", "Palu", "consistent"),
    R("de", "Die Familien fanden Schutz in einem Lager außerhalb von Xai-Xai, rund 150 Kilometer nordöstlich der Hauptstadt Maputo.", "150 Kilometer", "Xai-Xai", "Maputo", "consistent"),
    R("de", "MAPUTO (dpa) - Das Hochwasser schnitt Xai-Xai ab, rund 400 Kilometer weiter nordöstlich.", "400 Kilometer", "Xai-Xai", "Maputo", "inconsistent"),
    R("de", "Galle, rund 105 Kilometer die Küste entlang von Colombo, sperrte seine Strände.", "105 Kilometer", "Galle", "Colombo", "consistent"),
    R("de", "Suwałki liegt auf der Straße 110 Kilometer von Białystok entfernt.", "110 Kilometer", "Suwalki", "Bialystok", "consistent"),
    R("de", "Die Armee eroberte Cotabato zurück, rund 150 Kilometer entfernt, teilten die Behörden in Davao mit.", "150 Kilometer", "Cotabato", "Davao", "consistent", None, True),
    # andere Wortlaute der Regeln, die diese Tabelle anstieß
    R("de", "Die Bürgermeisterin von Tromsø sagte: „Wir sind 150 Kilometer von Narvik entfernt.“", "150 Kilometer", "Tromso", "Narvik", "consistent"),
    R("de", "Die Helfer fuhren am Freitag von Danzig nach Olsztyn. Die Stadt liegt rund 190 Kilometer nordwestlich von Białystok.", "190 Kilometer", "Olsztyn", "Bialystok", "consistent"),
    R("de", "In Quelimane brach die Cholera aus. Die Provinzhauptstadt liegt rund 600 Kilometer nordöstlich von Beira.", "600 Kilometer", "Quelimane", "Beira", "inconsistent"),
    R("de", "Heftiger Regen traf Pemba; Nampula, rund 270 Kilometer landeinwärts, meldete Überschwemmungen.", "270 Kilometer", "Nampula", "Pemba", "consistent"),
    R("de", "In Jaffna fiel am Montag der Strom aus. Die Helfer blieben zwei Tage dort, rund 160 Kilometer nördlich von Anuradhapura.", "160 Kilometer", "Jaffna", "Anuradhapura", "consistent"),
    R("de", "Die Fähre legte in Harstad an. In Narvik, rund 55 Kilometer weiter, wartete die Feuerwehr.", "55 Kilometer", "Narvik", "Harstad", "consistent"),
    R("de", "Das Schiff hielt in Santarém. In Manaus, rund 900 Kilometer weiter, wartete man vergeblich.", "900 Kilometer", "Manaus", "Santarem", "inconsistent"),
]
# fmt: on

ROWS = EN + DE

#: rows (by text, or by text and quantity) that fail for a known reason (strict: they must
#: fail)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {
    "A strong quake shook Ternate on Tuesday. The island lies roughly 290 km east of Manado.": (
        "'the island' looks for a place of the island kind named before; the gazetteer "
        "holds Ternate only as a city, so no island is named and the subject stays unknown"
    ),
    "Aid reached Cagayan de Oro on Monday. Iligan, some 55 km south-west of there, was still cut off.": (
        "the resolver reads 'Iligan' as the gazetteer's 'Iligan City' row, 17 km east of "
        "the city's point, so the measured distance is 37 km, not 53"
    ),
    "The convoy stopped in Iligan for the night. Cagayan de Oro, 55 km further on, was reached at dawn.": (
        "the resolver reads 'Iligan' as the gazetteer's 'Iligan City' row, 17 km east of "
        "the city's point, so the measured distance is 37 km, not 53"
    ),
    "Families sheltered at a camp outside Xai-Xai, some 150 km north-east of the capital, Mozambican officials said.": (
        "a bare 'the capital' with no dateline is a country's capital only when the text "
        "named that capital or, before the phrase, its country; here the country is only "
        "in an adjective after it"
    ),
    "Die Armee eroberte Cotabato zurück, rund 150 Kilometer entfernt, teilten die Behörden in Davao mit.": (
        "'N Kilometer entfernt' with the place it is seen from named after the distance, "
        "in the attribution, is not read: the reference is looked for before it"
    ),
}


def test_the_table_is_mainly_english_and_honest() -> None:
    """At least 60 rows, about two thirds English, and at least a sixth of them false."""
    assert len(ROWS) >= 60
    assert len(EN) >= 0.6 * len(ROWS)
    assert sum(r.verdict == "inconsistent" for r in ROWS) >= len(ROWS) // 6


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: sentences whose only distance-like numbers are no distance between two places: a
#: river's length, a flight range, a radius around nothing named, a length of coastline or
#: of roads. No claim may be reported for their words (checked or not).
# fmt: off
NON_CLAIMS: list[tuple[str, str, str]] = [
    ("en", "The Zambezi flows some 2,570 km before it reaches the sea south of Quelimane.", "2,570 km"),
    ("en", "The drones bought by the air base at Bodø have a range of 300 km.", "300 km"),
    ("en", "The missiles tested near Kirkenes can strike targets 500 km away.", "500 km"),
    ("en", "No other vessel was within 40 km when the ferry sank off Pemba, the coast guard said.", "40 km"),
    ("en", "Sri Lanka has about 1,340 km of coastline, and Galle guards its south-western tip.", "1,340 km"),
    ("en", "The province around Davao built 120 km of roads last year.", "120 km"),
    ("en", "The Amazon, some 6,400 km long, is several kilometres wide at Santarém.", "6,400 km"),
    ("en", "Helicopters searched an area of 30 km around Hammerfest.", "30 km"),
    ("en", "The Limpopo flows some 1,750 km before it reaches the sea near Xai-Xai.", "1,750 km"),
    ("en", "Patrols covered an area of 50 km around Jaffna, the army said.", "50 km"),
    ("en", "The new rockets stationed near Bodø can hit targets 700 km away.", "700 km"),
    ("de", "Der Sambesi fließt rund 2.570 Kilometer weit, bevor er südlich von Quelimane ins Meer mündet.", "2.570 Kilometer"),
    ("de", "Die in Bodø stationierten Drohnen haben eine Reichweite von 300 Kilometern.", "300 Kilometern"),
    ("de", "Sri Lanka hat rund 1.340 Kilometer Küste; Galle liegt an der Südwestspitze.", "1.340 Kilometer"),
    ("de", "Die Provinz um Davao baute im vergangenen Jahr 120 Kilometer Straßen.", "120 Kilometer"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "number"),
    NON_CLAIMS,
    ids=[f"{lang}-{number}" for lang, _, number in NON_CLAIMS],
)
def test_no_claim(analyze: Callable[..., Any], lang: str, text: str, number: str) -> None:
    """A river's length, a range, a radius around nothing named or a length of coast or
    road is no distance between two places: no claim is reported for its words."""
    check_no_claim(analyze, lang, text, number)
