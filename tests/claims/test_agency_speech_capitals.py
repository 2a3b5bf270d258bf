# ruff: noqa: E501  (the tables are data: one sentence a row)
"""German agency copy, session 17 (docs/claims.md, "Session 17: agency copy, batch AV"):

- quoted speech with no start (``„Bis <B> sind es nur N Kilometer", sagte ein Händler aus
  <A>``): told from the speaker's place the attribution names (``aus``, ``in``), not
  from a place the sentence before merely named, nor the dateline;
- ``<X>, die Hauptstadt der Region <R>`` / ``<X>, the capital of the region``: the
  capital of a region, so a bare ``der Hauptstadt`` / ``the capital`` (before or after
  it) is the country's, not <X>;
- a capital title right before a name (``die Provinzhauptstadt <X>``, ``the provincial
  capital <X>``): a later ``der Provinzhauptstadt`` / ``the provincial capital`` is <X>;
- ``Auch <X> ist betroffen; die Bezirksstadt liegt ...`` with a name the geoparser does not
  read: the description means <X>, so no other place (the dateline) stands in for it and
  the claim is left unverifiable, never called inconsistent; a name it reads stays the
  subject.

Sentences written for this test (Peru, Kenya, Vietnam, Australia, Kazakhstan, Zambia,
Ecuador, the Philippines, Mozambique, Indonesia, Belarus; the unread towns are invented
names no gazetteer holds), none from a corpus article. The points
are hand points of the places; the truth is the geodesic between them computed with
geographiclib, never through geomap's code path.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row, row_param

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Chimbote": (-9.0853, -78.5783), "Trujillo": (-8.1116, -79.0288),
    "Malindi": (-3.2192, 40.1169), "Mombasa": (-4.0435, 39.6682),
    "Dong Hoi": (17.4689, 106.6223), "Hue": (16.4637, 107.5909),
    "Bunbury": (-33.3271, 115.6414), "Perth": (-31.9523, 115.8613),
    "Temirtau": (50.0549, 72.9646), "Karaganda": (49.8047, 73.1094),
    "Kabwe": (-14.4469, 28.4464), "Lusaka": (-15.3875, 28.3228),
    "Latacunga": (-0.9352, -78.6155), "Quito": (-0.1807, -78.4678),
    "Naga": (13.6218, 123.1948), "Manila": (14.5995, 120.9842),
    "Huaraz": (-9.5278, -77.5278), "Caraz": (-9.0486, -77.8097),
    "Mocuba": (-16.8392, 36.9856), "Quelimane": (-17.8786, 36.8883),
    "Pematangsiantar": (2.9595, 99.0687), "Medan": (3.5952, 98.6722),
    "Slutsk": (53.0274, 27.5597), "Minsk": (53.9045, 27.5615),
}
# fmt: on

ROWS = [
    # quoted speech with no start: the speaker's place
    Row(
        "de",
        "LIMA (dpa) – Starkregen hat die Nordküste getroffen. In Huaraz fiel der Strom aus. „Bis Trujillo sind es nur 120 Kilometer, aber die Brücke ist weg“, sagte ein Fahrer aus Chimbote.",
        "nur 120 Kilometer",
        "Chimbote",
        "Trujillo",
        "consistent",
        either_way=True,
    ),
    Row(
        "de",
        "NAIROBI (dpa) – Die Dürre hält an. In Garissa starben Hunderte Rinder. „Bis Mombasa sind es nur 100 Kilometer, aber niemand bringt uns Wasser“, sagte eine Bäuerin in Malindi.",
        "nur 100 Kilometer",
        "Malindi",
        "Mombasa",
        "consistent",
        either_way=True,
    ),
    Row(
        "de",
        "HANOI (dpa) – Ein Taifun hat die Zentralküste erreicht. In Vinh wurden Schulen geschlossen. „Bis Hue sind es nur 90 Kilometer, und dort ist alles überflutet“, sagte ein Fischer aus Dong Hoi.",
        "nur 90 Kilometer",
        "Dong Hoi",
        "Hue",
        "inconsistent",
        either_way=True,
    ),
    Row(
        "de",
        "PERTH (dpa) – Buschbrände wüten im Südwesten. In Albany wurde Alarm gegeben. „Bis Perth sind es nur 155 Kilometer, und trotzdem fühlen wir uns allein“, sagte ein Farmer aus Bunbury.",
        "nur 155 Kilometer",
        "Bunbury",
        "Perth",
        "consistent",
        either_way=True,
    ),
    Row(
        "de",
        "ASTANA (dpa) – Die Kälte hält an. In Pawlodar platzten Leitungen. „Bis Karaganda sind es nur 80 Kilometer, aber die Straße ist vereist“, sagte ein Lehrer in Temirtau.",
        "nur 80 Kilometer",
        "Temirtau",
        "Karaganda",
        "inconsistent",
        either_way=True,
    ),
    # the capital of a region is no bare "the capital"
    Row(
        "de",
        "LUSAKA (dpa) – Heftige Regenfälle haben Brücken zerstört. Am schwersten traf es Kabwe, rund 105 Kilometer nördlich der Hauptstadt. Kasama, die Hauptstadt der Nordprovinz, meldete Schäden an Schulen.",
        "rund 105 Kilometer",
        "Kabwe",
        "Lusaka",
        "consistent",
    ),
    Row(
        "de",
        "QUITO (dpa) – Asche des Cotopaxi ging nieder. Latacunga, rund 150 Kilometer südlich der Hauptstadt, schloss die Schulen. Riobamba, die Hauptstadt der Provinz Chimborazo, blieb verschont.",
        "rund 150 Kilometer",
        "Latacunga",
        "Quito",
        "inconsistent",
    ),
    Row(
        "en",
        "MANILA (Reuters) - A typhoon struck the Bicol region on Monday. Naga, about 260 km south-east of the capital, was flooded. Legazpi, the capital of the region, lost power.",
        "about 260 km",
        "Naga",
        "Manila",
        "consistent",
    ),
    Row(
        "en",
        "MANILA (Reuters) - A typhoon struck the Bicol region on Monday. Legazpi, the capital of the region, lost power. Naga, about 400 km south-east of the capital, was flooded.",
        "about 400 km",
        "Naga",
        "Manila",
        "inconsistent",
    ),
    # a capital title before a name
    Row(
        "de",
        "LIMA (dpa) – In der Provinz Huaylas sind 5.000 Menschen ohne Wasser; die Provinzhauptstadt Caraz liegt im Tal des Santa. Huaraz, rund 60 Kilometer südöstlich der Provinzhauptstadt, meldete Erdrutsche.",
        "rund 60 Kilometer",
        "Huaraz",
        "Caraz",
        "consistent",
    ),
    Row(
        "de",
        "MAPUTO (dpa) – In der Provinz Sambesia stehen Felder unter Wasser; die Provinzhauptstadt Quelimane liegt am Indischen Ozean. Mocuba, rund 200 Kilometer nordwestlich der Provinzhauptstadt, ist abgeschnitten.",
        "rund 200 Kilometer",
        "Mocuba",
        "Quelimane",
        "inconsistent",
    ),
    Row(
        "en",
        "JAKARTA (Reuters) - Floods hit North Sumatra on Sunday, and the provincial capital Medan was worst affected. Pematangsiantar, about 80 km south-east of the provincial capital, reported landslides.",
        "about 80 km",
        "Pematangsiantar",
        "Medan",
        "consistent",
    ),
    # a place the geoparser reads after "Auch" stays the description's
    Row(
        "de",
        "MINSK (dpa) – Das Hochwasser hat den Süden erreicht. Auch Sluzk ist betroffen; die Bezirksstadt liegt rund 100 Kilometer südlich der Hauptstadt.",
        "rund 100 Kilometer",
        "Slutsk",
        "Minsk",
        "consistent",
    ),
]

#: "Auch <unread name> ist betroffen; <description> liegt ...": (text, quantity)
UNREAD = [
    (
        "NAIROBI (dpa) – Starkregen hat den Westen getroffen. In Kisumu stieg der See. Auch Tembaroka ist betroffen; die Kleinstadt liegt rund 60 Kilometer nördlich von Kisumu.",
        "rund 60 Kilometer",
    ),
    (
        "LIMA (dpa) – Starkregen hat den Norden getroffen. In Trujillo fiel der Strom aus. Auch Villamarca ist betroffen; die Bezirksstadt liegt knapp 40 Kilometer östlich von Trujillo.",
        "knapp 40 Kilometer",
    ),
    (
        "ALMATY (dpa) – Schneestürme haben den Osten erreicht. In Semei fiel die Heizung aus. Auch Nordhagen ist betroffen; die Kreisstadt liegt rund 90 Kilometer südlich von Semei.",
        "rund 90 Kilometer",
    ),
]

#: rows geomap still gets wrong, each with its reason (strict: a fix shows)
KNOWN_LIMITS: dict[str | tuple[str, str], str] = {}


def test_table_has_false_rows() -> None:
    assert sum(r.verdict == "inconsistent" for r in ROWS) >= len(ROWS) // 6


@pytest.mark.parametrize("row", [row_param(i, r, KNOWN_LIMITS) for i, r in enumerate(ROWS)])
def test_row(analyze: Callable[..., Any], row: Row) -> None:
    check_row(analyze, row, AT)


@pytest.mark.parametrize(("text", "quantity"), UNREAD)
def test_unread_name_after_auch(analyze: Callable[..., Any], text: str, quantity: str) -> None:
    """What a fact-checker sees: the claim is reported, with no place standing in for the
    town the text names but geomap cannot find, and it is not called false."""
    a = analyze(text, lang="de", date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text or c.stated.text in quantity]
    assert found, [c.stated.text for c in a.claims]
    c = found[0]
    assert c.subject is None, c.subject
    assert c.verdict != "inconsistent", c.explanation
