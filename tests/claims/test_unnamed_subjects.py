# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Distances whose subject is a thing or a place the text does not name (docs/claims.md,
"Nineteenth pass"), in regions and wording that neither batch AF nor issue 15 used, both
languages: where a convoy was ambushed, a boat sank or an unnamed village lies is no claim
(nothing a reader could look up), and the dateline's town is never borrowed as the subject
of such a clause; a named place the sentence gives (``Obuasi, a town ...``, ``Hier``, the
island off a coast) still makes its claim, checked against the coast's geometry for a
coast. Distances for the claims that stay come from geographiclib on hand coordinates.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_no_claim, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon), city centres from atlases
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Obuasi": (6.2024, -1.6660), "Kumasi": (6.6885, -1.6244),
    "Naivasha": (-0.7167, 36.4333), "Nairobi": (-1.2921, 36.8219),
    "Garissa": (-0.4532, 39.6461), "Heraklion": (35.3387, 25.1442),
    "Piraeus": (37.9420, 23.6465), "Dakar": (14.7167, -17.4677),
    "Thiès": (14.7910, -16.9359), "Tambacounda": (13.7707, -13.6673),
}
# fmt: on

# fmt: off
NO_CLAIM = [
    # a thing new to the text opens the clause, under a dateline of another town
    ("de", "NAIROBI (geomap) – Ein Lastwagen wurde rund 40 Kilometer nördlich von Garissa überfallen.", "40 Kilometer"),
    ("de", "LIMA (geomap) – Ein Bus stürzte rund 30 Kilometer östlich von Huaraz in eine Schlucht.", "30 Kilometer"),
    ("de", "MANILA (geomap) – Eine Fähre kenterte rund 15 Kilometer vor Batangas.", "15 Kilometer"),
    ("en", "LIMA (geomap) - A bus plunged into a ravine about 30 km east of Huaraz.", "30 km"),
    ("en", "TUNIS (geomap) - A fishing boat capsized some 15 km off the coast of Sfax.", "15 km"),
    ("en", "ATHENS (geomap) - A migrant boat sank about 40 km off the Greek island of Crete.", "40 km"),
    # the thing is the object, right before the distance
    ("de", "NAIROBI (geomap) – Bewaffnete überfielen einen Bus rund 50 Kilometer südlich von Mandera.", "50 Kilometer"),
    ("en", "NAIROBI (geomap) - Gunmen attacked a bus on a road about 50 km south of Mandera.", "50 km"),
    # a place of a kind the text does not name
    ("de", "DAKAR (geomap) – Ein Dorf rund 40 Kilometer östlich von Tambacounda wurde überflutet.", "40 Kilometer"),
    ("de", "DAKAR (geomap) – Das Hochwasser erreichte ein Dorf rund 40 Kilometer östlich von Tambacounda.", "40 Kilometer"),
    ("de", "DAKAR (geomap) – In einem Dorf rund 40 Kilometer östlich von Tambacounda starben drei Menschen.", "40 Kilometer"),
    ("en", "ACCRA (geomap) - A village some 20 km from Kumasi was flooded.", "20 km"),
    ("en", "ACCRA (geomap) - Floods hit a village some 20 km from Kumasi.", "20 km"),
    ("en", "ACCRA (geomap) - Three people died in a village about 20 km north of Kumasi.", "20 km"),
    ("en", "KINGSTON (geomap) - A town of 10,000 people some 40 km north of Kingston was flooded.", "40 km"),
    # number words bring in new things as an article does
    ("de", "TUNIS (geomap) – Zwei Fischerboote sanken rund 20 Kilometer vor der tunesischen Küste.", "20 Kilometer"),
    ("en", "SYDNEY (geomap) - Two boats sank about 20 km off the coast.", "20 km"),
    # a thing the text named before, as the clause's subject
    ("en", "NAIROBI (geomap) - The convoy was ambushed about 60 km east of Garissa.", "60 km"),
    ("de", "NAIROBI (geomap) – Der Konvoi wurde rund 60 Kilometer östlich von Garissa überfallen.", "60 Kilometer"),
    ("en", "TRIPOLI (geomap) - The boat sank some 20 km off the Libyan coast.", "20 km"),
    ("de", "TRIPOLIS (geomap) – Das Fischerboot sank rund 20 Kilometer vor der libyschen Küste.", "20 Kilometer"),
    # a thing with a reference the text gave before
    ("en", "NAIROBI (geomap) - Garissa was flooded. A lorry was attacked 40 km north of the town.", "40 km"),
]
STILL_CLAIMS = [
    # a named place the unnamed phrase describes, or that the sentence names
    Row("en", "ACCRA (geomap) - Obuasi, a town which lies some 60 km south of Kumasi, was flooded.", "some 60 km", "Obuasi", "Kumasi", "consistent"),
    Row("en", "ACCRA (geomap) - Floods hit a town called Obuasi, some 60 km south of Kumasi.", "some 60 km", "Obuasi", "Kumasi", "consistent"),
    Row("de", "ACCRA (geomap) – Obuasi ist eine Stadt rund 60 Kilometer südlich von Kumasi.", "rund 60 Kilometer", "Obuasi", "Kumasi", "consistent"),
    Row("de", "ACCRA (geomap) – Überflutet wurde Obuasi, eine Stadt, die rund 60 Kilometer südlich von Kumasi liegt.", "rund 60 Kilometer", "Obuasi", "Kumasi", "consistent"),
    Row("en", "NAIROBI (geomap) - A bus carrying 40 passengers crashed in Naivasha, about 90 km north-west of Nairobi.", "about 90 km", "Naivasha", "Nairobi", "consistent"),
    Row("de", "NAIROBI (geomap) – Ein Konvoi erreichte Garissa, rund 350 Kilometer östlich von Nairobi.", "rund 350 Kilometer", "Garissa", "Nairobi", "consistent"),
    Row("en", "NAIROBI (geomap) - Two convoys reached Garissa, some 350 km east of Nairobi.", "some 350 km", "Garissa", "Nairobi", "consistent"),
    Row("en", "ATHENS (geomap) - The ferry from Piraeus reached Heraklion, some 320 km to the south.", "some 320 km", "Heraklion", "Piraeus", "consistent"),
    # the dateline's town when the text points to it
    Row("de", "DAKAR (geomap) – Hier, rund 40 Kilometer östlich von Thiès, wurden Häuser zerstört.", "rund 40 Kilometer", "Dakar", "Thiès", "inconsistent"),
    Row("de", "DAKAR (geomap) – Es liegt rund 40 Kilometer östlich von Tambacounda.", "rund 40 Kilometer", "Dakar", "Tambacounda", "inconsistent"),
]
# (subject, country code of the coast, verdict): a named place off a country's coast is
# measured from its nearest point (an island's nearest shore) to the coast's geometry
OFF_A_COAST = [
    ("en", "DAR ES SALAAM (geomap) - The island of Zanzibar, some 35 km off the coast of Tanzania, was hit by storms.", "some 35 km", "Zanzibar", "TZ", "consistent"),
    ("de", "DARESSALAM (geomap) – Die Insel Sansibar, rund 35 Kilometer vor der tansanischen Küste, wurde von Stürmen getroffen.", "rund 35 Kilometer", "Zanzibar", "TZ", "consistent"),
    ("en", "STOCKHOLM (geomap) - Gotland lies about 90 km off the Swedish coast.", "about 90 km", "Gotland", "SE", "consistent"),
    ("de", "STOCKHOLM (geomap) – Gotland liegt rund 90 Kilometer vor der schwedischen Küste.", "rund 90 Kilometer", "Gotland", "SE", "consistent"),
    ("en", "ROME (geomap) - Pantelleria lies some 300 km off the Tunisian coast.", "some 300 km", "Pantelleria", "TN", "inconsistent"),
    ("en", "ATHENS (geomap) - Crete lies some 100 km off the Libyan coast.", "some 100 km", "Crete", "LY", "inconsistent"),
    ("en", "PHNOM PENH (geomap) - Phu Quoc, an island some 15 km off the Cambodian coast, belongs to Vietnam.", "some 15 km", "Phu Quoc", "KH", "consistent"),
    ("de", "ROM (geomap) – Ein Frachter brachte die Menschen nach Lampedusa, rund 130 Kilometer vor der tunesischen Küste.", "rund 130 Kilometer", "Lampedusa", "TN", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "number"), NO_CLAIM)
def test_a_thing_or_an_unnamed_place_makes_no_claim(
    analyze: Callable[..., Any], lang: str, text: str, number: str
) -> None:
    """Where a thing was or an unnamed place lies is no distance between two places a
    fact-checker could look up: no claim, checked or not (before: the dateline's town as
    the subject, called inconsistent, or an unverifiable claim with no subject)."""
    check_no_claim(analyze, lang, text, number)


@pytest.mark.parametrize("row", STILL_CLAIMS, ids=lambda r: f"{r.lang}-{r.quantity}")
def test_a_named_place_still_makes_its_claim(analyze: Callable[..., Any], row: Row) -> None:
    """A named place the sentence gives stays the subject; the dateline's town is one only
    when the text points to it (``Hier``, ``Es``)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(("lang", "text", "quantity", "subject", "cc", "verdict"), OFF_A_COAST)
def test_a_named_place_off_a_coast_is_checked_against_the_coast(
    analyze: Callable[..., Any],
    lang: str,
    text: str,
    quantity: str,
    subject: str,
    cc: str,
    verdict: str,
) -> None:
    """``the island of <X>, N km off the <Country> coast``: a coast claim from the named
    place to the country's coastline, with the verdict its geometry gives."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text]
    assert found, [c.stated.text for c in a.claims]
    c = found[0]
    assert c.form == "coast"
    assert c.subject is not None and c.subject.name == subject
    assert c.reference is not None and c.reference.country_code == cc
    assert c.verdict == verdict, c.explanation
