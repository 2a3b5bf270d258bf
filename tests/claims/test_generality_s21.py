# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 21 (docs/claims.md, "Session 21: batch BE, ends that fit by data"): classes of
wrong pairs that held-out text shows and dev wording does not, each read by sentence
structure and gazetteer data, not by a window:

- a journey's start named by a description (``flew tents from the capital to <B>, about N
  km to the north-west``, ``flog von der Landeshauptstadt nach <B>, rund N Kilometer
  nördlich``): the start is where the direction is seen from, as a named start is (before:
  the dateline's town);
- a distance set off right after the place a from-phrase names, in a sentence that stood
  at another place before it (``Clinics in <A> took in patients from <B>, about N km to
  the north``, ``Kliniken in <A> versorgten Patienten aus <B>, rund N Kilometer
  entfernt``): <B> is the subject and <A> the reference (before: <B> the reference and no
  subject);
- ``<thing> is N km away, in <X>`` (``"The nearest open clinic is N km away, in <X>," a
  nurse in <Y> said``, ``Das nächste offene Krankenhaus ist rund N Kilometer entfernt, in
  <X>`` after a sentence about <Y>): <X> the subject, the speaker's place or the sentence
  before's the reference (before: no claim);
- ``<B> lies N km inland`` / ``<B> liegt rund N Kilometer landeinwärts`` after a sentence
  about a coastal town: a claim from that town (before: no claim);
- a regional capital phrase whose town the text names, by data the seat of the unit the
  other end lies in, where the country's units go by another word than the phrase's
  (``the provincial capital`` of an Egyptian governorate): that town (before: no subject);
- a capital noun with a first-level region after it (``the capital of <Region>``, ``die
  Hauptstadt <Region>s``): that region's seat by data (before: the country's capital as
  subject, or the region's own point as reference);
- a distance travelled across a sentence's end (``A convoy left <A> on Monday. By evening
  it had covered N km and reached <B>``, ``Ein Konvoi verließ <A> am Samstagmorgen. Bis zum
  Abend hatte er N Kilometer zurückgelegt und erreichte <B>``): a route from <A> to <B>
  (before: no claim);
- ``apart`` after a between pair whose sentence names a road (``Buses on the highway
  between <A> and <B>, about N km apart``): a straight line, not a route; a direction past
  a crossed stretch (``N km across the strait to the west``); a road length set off after
  a way's apposition (``<X>, a 90-minute drive south-east of <Y>, some N km by road``);
- a regional capital phrase under the dateline of a town that by data is no first-level
  seat, with no other reading: no subject, so no verdict, rather than the dateline's town
  called inconsistent.

Sentences written for this test (Kenya, Queensland, New South Wales, Bavaria, Carinthia,
Austria, Styria, Lower Bavaria, the Western Cape, Egypt's Red Sea coast, Saudi Arabia's
south-west, Western Australia, British Columbia, Georgia, Upper Austria, Lake Constance,
the Danube between Regensburg and Passau and between Linz and Vienna),
none from a corpus article. The points are hand points of the places; the truth is the
geodesic between them computed here with geographiclib, never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, assert_balanced, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Nairobi": (-1.2864, 36.8172),
    "Kisumu": (-0.0917, 34.7680),
    "Kakamega": (0.2827, 34.7519),
    "Sydney": (-33.8688, 151.2093),
    "Wollongong": (-34.4278, 150.8931),
    "Toowoomba": (-27.5606, 151.9507),
    "Dalby": (-27.1817, 151.2650),
    "München": (48.1372, 11.5755),
    "Nürnberg": (49.4521, 11.0767),
    "Wien": (48.2082, 16.3738),
    "Linz": (48.3069, 14.2858),
    "Graz": (47.0707, 15.4395),
    "Leoben": (47.3765, 15.0914),
    "Regensburg": (49.0134, 12.1016),
    "Passau": (48.5665, 13.4312),
    "Mossel Bay": (-34.1831, 22.1460),
    "George": (-33.9630, 22.4617),
    "Oudtshoorn": (-33.5907, 22.2014),
    "Hurghada": (27.2579, 33.8116),
    "Marsa Alam": (25.0676, 34.8790),
    "Quseir": (26.1046, 34.2779),
    "Bunbury": (-33.3271, 115.6414),
    "Busselton": (-33.6525, 115.3455),
    "Linz an der Donau": (48.3069, 14.2858),
    "Salzburg": (47.8095, 13.0550),
    "Vancouver": (49.2827, -123.1207),
    "Nanaimo": (49.1659, -123.9401),
    "Konstanz": (47.6779, 9.1732),
    "Friedrichshafen": (47.6500, 9.4800),
    "Atlanta": (33.7490, -84.3880),
    "Macon": (32.8407, -83.6324),
    "Savannah": (32.0809, -81.0912),
    "Naivasha": (-0.7167, 36.4333),
    "Nakuru": (-0.3031, 36.0800),
    "Krems": (48.4106, 15.6103),
    "Brisbane": (-27.4698, 153.0251),
    "Townsville": (-19.2590, 146.8169),
    "Klagenfurt": (46.6247, 14.3053),
    "Perth": (-31.9523, 115.8613),
    "Geraldton": (-28.7774, 114.6150),
}
# fmt: on

EN = [
    Row(
        "en",
        "MOMBASA, Kenya (geomap) - Floods hit the west of the country. The army flew tents from the capital to Kisumu, about 265 km to the north-west.",
        "about 265 km",
        "Kisumu",
        "Nairobi",
        "consistent",
    ),
    Row(
        "en",
        "BRISBANE (geomap) - Floods hit New South Wales. The premier flew from the state capital to Wollongong, about 140 km to the south.",
        "about 140 km",
        "Wollongong",
        "Sydney",
        "inconsistent",
    ),
    Row(
        "en",
        "NAIROBI (geomap) - Rain fell for a week. Clinics in Kisumu took in 40 patients from Kakamega, about 40 km to the north.",
        "about 40 km",
        "Kakamega",
        "Kisumu",
        "consistent",
    ),
    Row(
        "en",
        "BRISBANE (geomap) - Storms swept the Darling Downs. Hospitals in Toowoomba treated 25 people from Dalby, 160 km away.",
        "160 km",
        "Dalby",
        "Toowoomba",
        "inconsistent",
    ),
    Row(
        "en",
        "CAPE TOWN (geomap) - Storms hit Mossel Bay on Monday. Oudtshoorn lies about 65 km inland and lost power.",
        "about 65 km",
        "Oudtshoorn",
        "Mossel Bay",
        "consistent",
    ),
    Row(
        "en",
        "CAIRO (geomap) - Volunteers from Safaga and Hurghada reached Marsa Alam on Friday; the provincial capital lies about 265 km north-west of Marsa Alam.",
        "about 265 km",
        "Hurghada",
        "Marsa Alam",
        "consistent",
    ),
    Row(
        "en",
        "PERTH (geomap) - Storms hit the south-west. Buses on the highway between Bunbury and Busselton, about 65 km apart, were halted.",
        "about 65 km",
        "Bunbury",
        "Busselton",
        "inconsistent",
        either_way=True,
    ),
    Row(
        "en",
        "VANCOUVER (geomap) - A storm swept the coast on Sunday. Waves hit Nanaimo, about 60 km across the strait to the west.",
        "about 60 km",
        "Nanaimo",
        "Vancouver",
        "consistent",
    ),
    Row(
        "en",
        "ATLANTA (geomap) - Storms hit Georgia. Macon, a 90-minute drive south-east of Atlanta, some 135 km by road, lost power.",
        "some 135 km",
        "Macon",
        "Atlanta",
        "consistent",
        either_way=True,
    ),
    Row(
        "en",
        "ATLANTA (geomap) - Storms hit Georgia. Savannah, a four-hour drive from Atlanta, some 700 km by road, closed its port.",
        "some 700 km",
        "Savannah",
        "Atlanta",
        "inconsistent",
        either_way=True,
    ),
    Row(
        "en",
        'NAIROBI (geomap) - Floods cut the road north. "The nearest open clinic is 60 km away, in Nakuru," a nurse in Naivasha said.',
        "60 km",
        "Nakuru",
        "Naivasha",
        "consistent",
    ),
    Row(
        "en",
        "SYDNEY (geomap) - A cyclone hit the north. Townsville lies about 1,110 km north-west of the capital of Queensland.",
        "about 1,110 km",
        "Townsville",
        "Brisbane",
        "consistent",
    ),
    Row(
        "en",
        "HAMBURG (geomap) - Storms hit the south. The capital of Bavaria lies about 250 km south of Nuremberg.",
        "about 250 km",
        "München",
        "Nürnberg",
        "inconsistent",
    ),
    Row(
        "en",
        "PERTH (geomap) - Fires spread north. A convoy of fire trucks left Perth on Monday. By evening it had covered 470 km and reached Geraldton.",
        "470 km",
        "Geraldton",
        "Perth",
        "consistent",
        either_way=True,
    ),
    Row(
        "en",
        "MOMBASA (geomap) - Floods cut the highway. A relief column left Nairobi on Tuesday. By nightfall it had covered 90 km and reached Nakuru.",
        "90 km",
        "Nakuru",
        "Nairobi",
        "inconsistent",
        either_way=True,
    ),
]

DE = [
    Row(
        "de",
        "HAMBURG (geomap) - Ein Sturm zog über Bayern. Der Ministerpräsident flog von der Landeshauptstadt nach Nürnberg, rund 150 Kilometer nördlich.",
        "rund 150 Kilometer",
        "Nürnberg",
        "München",
        "consistent",
    ),
    Row(
        "de",
        "GRAZ (geomap) - Hochwasser an der Donau. Hilfsgüter wurden von der Hauptstadt nach Linz gebracht, rund 260 Kilometer westlich.",
        "rund 260 Kilometer",
        "Linz",
        "Wien",
        "inconsistent",
    ),
    Row(
        "de",
        "WIEN (geomap) - Ein Unwetter traf die Steiermark. Krankenhäuser in Graz versorgten Verletzte aus Leoben, rund 45 Kilometer nordwestlich.",
        "rund 45 Kilometer",
        "Leoben",
        "Graz",
        "consistent",
    ),
    Row(
        "de",
        "MÜNCHEN (geomap) - Hochwasser an der Donau. Kliniken in Regensburg versorgten Patienten aus Passau, rund 200 Kilometer entfernt.",
        "rund 200 Kilometer",
        "Passau",
        "Regensburg",
        "inconsistent",
    ),
    Row(
        "de",
        "KAPSTADT (geomap) - Der Sturm traf am Montag George. Oudtshoorn liegt rund 50 Kilometer landeinwärts und meldete Hagel.",
        "rund 50 Kilometer",
        "Oudtshoorn",
        "George",
        "consistent",
    ),
    Row(
        "de",
        "KAIRO (geomap) - Helfer aus Safaga und Hurghada erreichten am Freitag Quseir; die Provinzhauptstadt liegt rund 135 Kilometer nördlich von Quseir.",
        "rund 135 Kilometer",
        "Hurghada",
        "Quseir",
        "consistent",
    ),
    Row(
        "de",
        "WIEN (geomap) - Schnee in Oberösterreich. Auf der Autobahn zwischen Linz und Salzburg, rund 160 Kilometer voneinander entfernt, staute sich der Verkehr.",
        "rund 160 Kilometer",
        "Linz an der Donau",
        "Salzburg",
        "inconsistent",
        either_way=True,
    ),
    Row(
        "de",
        "KONSTANZ (geomap) - Ein Sturm zog über den Bodensee. Wellen trafen Friedrichshafen, rund 45 Kilometer quer über den See östlich.",
        "rund 45 Kilometer",
        "Friedrichshafen",
        "Konstanz",
        "inconsistent",
    ),
    Row(
        "de",
        "WIEN (geomap) - Das Hochwasser traf am Montag Krems. Das nächste offene Krankenhaus ist rund 250 Kilometer entfernt, in Linz.",
        "rund 250 Kilometer",
        "Linz an der Donau",
        "Krems",
        "inconsistent",
    ),
    Row(
        "de",
        "HAMBURG (geomap) - Sturm im Süden. Nürnberg liegt rund 150 Kilometer nördlich der Hauptstadt Bayerns.",
        "rund 150 Kilometer",
        "Nürnberg",
        "München",
        "consistent",
    ),
    Row(
        "de",
        "WIEN (geomap) - Unwetter im Süden. Die Hauptstadt Kärntens liegt rund 160 Kilometer südwestlich von Graz.",
        "rund 160 Kilometer",
        "Klagenfurt",
        "Graz",
        "inconsistent",
    ),
    Row(
        "de",
        "WIEN (geomap) - Hochwasser an der Donau. Ein Konvoi verließ Linz am Samstagmorgen. Bis zum Abend hatte er 190 Kilometer zurückgelegt und erreichte Wien.",
        "190 Kilometer",
        "Wien",
        "Linz an der Donau",
        "consistent",
        either_way=True,
    ),
    Row(
        "de",
        "MÜNCHEN (geomap) - Hochwasser an der Donau. Ein Hilfskonvoi verließ Regensburg am Montag. Bis zum Abend hatte er 40 Kilometer zurückgelegt und erreichte Passau.",
        "40 Kilometer",
        "Passau",
        "Regensburg",
        "inconsistent",
        either_way=True,
    ),
]

ROWS = [*EN, *DE]

KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_is_balanced() -> None:
    assert_balanced(EN, DE, at_least=12)


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


#: a regional capital phrase under the dateline of a town that by data is the seat of no
#: first-level unit, the text naming no region the phrase could mean and no seat: (language,
#: text, stated words, the dateline town's name). The claim is found, but not measured from
#: the dateline's town, so it is not called inconsistent.
NOT_THE_DATELINE = [
    (
        "en",
        "JEDDAH (geomap) - Flash floods hit the south-west. The provincial capital lies about 150 km north of Jizan.",
        "about 150 km",
        "Jeddah",
    ),
    (
        "de",
        "DSCHIDDA (geomap) - Sturzfluten trafen den Südwesten. Die Provinzhauptstadt liegt rund 150 Kilometer nördlich von Dschisan.",
        "rund 150 Kilometer",
        "Jeddah",
    ),
]


@pytest.mark.parametrize(("lang", "text", "number", "dateline"), NOT_THE_DATELINE)
def test_capital_phrase_is_no_dateline_town_that_is_no_seat(
    analyze: Callable[..., Any], lang: str, text: str, number: str, dateline: str
) -> None:
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if number in c.stated.text]
    assert found, [c.stated.text for c in a.claims]
    c = found[0]
    assert c.subject is None or c.subject.name != dateline
    assert c.verdict != "inconsistent"
