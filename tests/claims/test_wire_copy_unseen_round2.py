# ruff: noqa: E501  (the tables are data: one sentence a row)
"""English (and German) wire copy, round 2 of batch AT's classes (docs/claims.md, "Session
17: wire copy from unseen regions"), in other regions and other wording than the corpus:
a bare ``the port`` / ``the town`` / ``die Stadt`` under the dateline of a place of its kind
is not a place the text called a sort the noun does not name (``<A>, a seaside resort``,
``<A>, ein Badeort``).

Each row asserts what a fact-checker would check; distances come from geographiclib on hand
coordinates (city centres from atlases).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Dar es Salaam": (-6.7924, 39.2083), "Tanga": (-5.0689, 39.0988), "Bagamoyo": (-6.4422, 38.9047),
    "Split": (43.5081, 16.4402), "Trogir": (43.5125, 16.2517), "Makarska": (43.2969, 17.0178),
    "Quito": (-0.1807, -78.4678), "Ambato": (-1.2491, -78.6168), "Riobamba": (-1.6636, -78.6546),
    "Latacunga": (-0.9352, -78.6155),
    "Ankara": (39.9334, 32.8597), "Malatya": (38.3552, 38.3095), "Elazig": (38.6810, 39.2264),
    "Rome": (41.9028, 12.4964), "Norcia": (42.7930, 13.0930), "Spoleto": (42.7340, 12.7380),
    "Lima": (-12.0464, -77.0428), "Ayacucho": (-13.1588, -74.2232), "Huancayo": (-12.0651, -75.2049),
    "Perth": (-31.9523, 115.8613), "Kalgoorlie": (-30.7489, 121.4660), "Geraldton": (-28.7774, 114.6150),
    "Nairobi": (-1.2921, 36.8219), "Nakuru": (-0.3031, 36.0800),
    "Hanoi": (21.0278, 105.8342), "Haiphong": (20.8449, 106.6881),
    "Athens": (37.9838, 23.7275), "Thessaloniki": (40.6401, 22.9444), "Sofia": (42.6977, 23.3219),
    "Bangkok": (13.7563, 100.5018), "Chiang Mai": (18.7883, 98.9853), "Vientiane": (17.9757, 102.6331),
    "Mombasa": (-4.0435, 39.6682), "Kampala": (0.3476, 32.5825),
    "Voi": (-3.3961, 38.5561), "Malindi": (-3.2192, 40.1169),
    "Constanta": (44.1598, 28.6348), "Tulcea": (45.1716, 28.7914), "Mangalia": (43.8167, 28.5833),
    "Antofagasta": (-23.6509, -70.3975), "Calama": (-22.4544, -68.9294), "Tocopilla": (-22.0920, -70.1979),
    "Townsville": (-19.2590, 146.8169), "Ingham": (-18.6500, 146.1600), "Airlie Beach": (-20.2675, 148.7181),
}
# fmt: on

R = Row
# fmt: off
ANOTHER_SORT_OF_PLACE = [
    R("en", "DAR ES SALAAM, Tanzania, May 4 (geomap) - Heavy rain hit the coast. In Bagamoyo, a beach resort about 60 km to the north, hotels closed. The port itself shut two berths. Tanga, some 190 km north of the port, was flooded.", "some 190 km", "Tanga", "Dar es Salaam", "consistent"),
    R("de", "SPLIT (geomap) – Unwetter an der Küste. In Makarska, einem Badeort rund 60 Kilometer südöstlich, wurden Strände gesperrt. Die Stadt selbst meldete Schäden. Trogir liegt rund 40 Kilometer westlich der Stadt.", "rund 40 Kilometer", "Trogir", "Split", "inconsistent"),
    R("en", "TOWNSVILLE, Australia (geomap) - A cyclone neared the coast. In Airlie Beach, a holiday resort some 230 km to the south-east, boats were moved. The port itself closed. Ingham, about 100 km north-west of the port, was cut off.", "about 100 km", "Ingham", "Townsville", "consistent"),
]
EPICENTRE_NEAR_A_TOWN = [
    R("en", "QUITO, Ecuador (geomap) - A magnitude 6.1 quake shook the central Andes on Sunday. The epicentre was near Ambato, about 115 km south of Quito, at a depth of 20 km. In Latacunga, which lies some 35 km north of Ambato, roofs fell. Riobamba is about 45 km south of the epicentre.", "about 45 km", "Riobamba", "Ambato", "consistent"),
    R("en", "ANKARA, Turkey (geomap) - A strong earthquake hit eastern Turkey. Officials said the epicenter lay close to the town of Malatya. \"We ran into the street,\" said a shopkeeper. Elazig, just 30 km east of the epicenter, reported damage.", "just 30 km", "Elazig", "Malatya", "inconsistent"),
    R("de", "ROM (geomap) – Ein Erdbeben der Stärke 5,9 erschütterte Mittelitalien. Das Epizentrum lag nahe der Stadt Norcia in Umbrien. Spoleto liegt rund 25 Kilometer westlich des Epizentrums.", "rund 25 Kilometer", "Spoleto", "Norcia", "consistent"),
]
A_LIST_OF_DESTINATIONS_IN_BRACKETS = [
    R("en", "LIMA, Peru (geomap) - Relief trucks drove from Lima to Huancayo (about 200 km), Ayacucho (330 km) and Cusco.", "330 km", "Ayacucho", "Lima", "consistent"),
    R("en", "PERTH (geomap) - Water tankers went from Perth to Geraldton (420 km), Kalgoorlie (about 540 km) and Albany on Monday.", "about 540 km", "Kalgoorlie", "Perth", "consistent"),
    R("de", "NAIROBI (geomap) – Hilfsgüter gingen von Nairobi nach Nakuru (rund 140 Kilometer), Kisumu und Eldoret.", "rund 140 Kilometer", "Nakuru", "Nairobi", "consistent"),
    R("en", "HANOI, Vietnam (geomap) - Rescue boats were sent from Hanoi to Haiphong (200 km), Nam Dinh and Thai Binh.", "200 km", "Haiphong", "Hanoi", "inconsistent"),
]
ACROSS_A_BORDER_FROM_THE_TOPIC = [
    R("en", "ATHENS (geomap) - Fires spread. Crews flew to Thessaloniki. The port city lies some 300 km north of Athens. Sofia in Bulgaria, about 525 km to the north, sent two planes.", "about 525 km", "Sofia", "Athens", "consistent"),
    R("en", "BANGKOK (geomap) - Floods. Water rose in Chiang Mai. The northern city lies about 580 km north of Bangkok. Vientiane in Laos, some 520 km to the north-east, closed its schools.", "some 520 km", "Vientiane", "Bangkok", "consistent"),
    R("en", "NAIROBI, Kenya (geomap) - Floods. Water rose in Mombasa. The port city lies about 440 km south-east of Nairobi. Kampala in Uganda, some 700 km to the west, sent aid.", "some 700 km", "Kampala", "Nairobi", "inconsistent"),
]
MEASURED_FROM_THE_NOUN_ITSELF = [
    R("en", "MOMBASA, Kenya (geomap) - A storm hit the coast. Malindi, on the coast some 105 km north of the port, was flooded. Voi, which lies about 145 km north-west of the port, reported hail.", "about 145 km", "Voi", "Mombasa", "consistent"),
    R("en", "CONSTANTA, Romania (geomap) - A storm hit the Black Sea coast. Mangalia, on the coast some 45 km south of the port, lost power. Tulcea lies about 115 km north of the port.", "about 115 km", "Tulcea", "Constanta", "consistent"),
    R("en", "ANTOFAGASTA, Chile (geomap) - Rare rain hit the desert. Tocopilla, on the coast some 175 km north of the port, was flooded. Calama lies about 300 km north-east of the port.", "about 300 km", "Calama", "Antofagasta", "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row",
    MEASURED_FROM_THE_NOUN_ITSELF,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in MEASURED_FROM_THE_NOUN_ITSELF],
)
def test_a_place_measured_from_the_port_is_not_the_port(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<A>, on the coast some N km north of the port, ... . <B> lies M km north of the
    port``: the text measured <A> from the port, so <A> is not the port; a later bare
    ``the port`` is the same port as before, the dateline's (before: <A>, the coastal
    topic of the sentence before, was read and a true distance left unverifiable)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    ACROSS_A_BORDER_FROM_THE_TOPIC,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in ACROSS_A_BORDER_FROM_THE_TOPIC],
)
def test_an_implicit_reference_across_a_border_is_the_dateline(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<A> ... . The port city lies N km north of <D>. <B> in <Other country>, some M km
    to the north, ...``: the sentence before spoke of <A> by description, but a town in
    another country is no step of a walk from <A>; the distance is seen from the dateline
    (before: from <A>, and a true distance was left unverifiable)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    A_LIST_OF_DESTINATIONS_IN_BRACKETS,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in A_LIST_OF_DESTINATIONS_IN_BRACKETS],
)
def test_a_destination_with_its_distance_in_brackets_is_the_subject(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``from <A> to <B> (N km), <C> (M km) and <D>``: each bracket gives its destination's
    distance from <A>, as ``<B> (N km from <A>)`` does; the destination is the subject and
    the origin the reference, as the corpus's gold has it (before: the ends came out
    swapped, the origin as subject; the verdict was the same)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    EPICENTRE_NEAR_A_TOWN,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in EPICENTRE_NEAR_A_TOWN],
)
def test_the_epicentre_is_the_town_it_was_said_to_lie_near(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``The epicentre was near <A>, ... . <B> is N km south of the epicentre``: the town
    the text said the epicentre was near is what the reporter measured from (before: the
    epicentre named no place, and the claim had no reference)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    ANOTHER_SORT_OF_PLACE,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in ANOTHER_SORT_OF_PLACE],
)
def test_a_bare_noun_under_its_dateline_is_not_a_place_called_another_sort(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``In <A>, a seaside resort N km to the north, ... . <B>, N km south of the port``:
    the text called <A> a resort, which ``the port`` does not name, and the dateline is a
    port; the bare noun means the dateline's town (before: <A>, the topic of the sentence
    before, was read)."""
    check_row(analyze, row, AT)
