# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Wordings of batch AF (docs/claims.md, "Eighteenth pass") in other regions and other
wording than the batch, both languages: a regional capital named only by its description
(``the state capital``, ``the county capital``, ``the regional capital``, ``der
Gebietshauptstadt``, ``der Landeshauptstadt``) is the seat of the first-level subdivision
the claim's other end lies in, as the gazetteer's ``Gazetteer.seat`` has it, under a
dateline that is the national capital or another region's town, and never another
region's capital the text named (``Makurdi, the Benue state capital``).

Each row asserts what a fact-checker would check; distances come from geographiclib on hand
coordinates.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_row

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use (city centres from atlases)
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "San Rafael": (-34.6177, -68.3301), "Mendoza": (-32.8895, -68.8458),
    "Naivasha": (-0.7167, 36.4333), "Nakuru": (-0.3031, 36.0800),
    "Nizhny Tagil": (57.9194, 59.9650), "Yekaterinburg": (56.8389, 60.6057),
    "Waco": (31.5493, -97.1467), "Austin": (30.2672, -97.7431),
    "Passau": (48.5740, 13.4610), "Munich": (48.1372, 11.5755),
    "Idah": (7.1101, 6.7388), "Lokoja": (7.8023, 6.7333),
    "Los Ángeles": (-37.4697, -72.3537), "Concepción": (-36.8270, -73.0503),
    "Uman": (48.7484, 30.2218), "Cherkasy": (49.4444, 32.0598),
    "Zaria": (11.0855, 7.7199), "Kaduna": (10.5105, 7.4165),
    "İskenderun": (36.5872, 36.1735), "Antakya": (36.2021, 36.1605),
    "Bunbury": (-33.3271, 115.6414), "Perth": (-31.9505, 115.8605),
    "Garissa": (-0.4532, 39.6461), "Nairobi": (-1.2921, 36.8219),
    "Huaraz": (-9.5278, -77.5278), "Lima": (-12.0464, -77.0428),
    "Tambacounda": (13.7707, -13.6673), "Dakar": (14.7167, -17.4677),
    "Heraklion": (35.3387, 25.1442), "Piraeus": (37.9420, 23.6465),
    "Koton Karfe": (8.0981, 6.7969),
    "Ibadan": (7.3775, 3.9470), "Lagos": (6.4550, 3.3841),
    "Kisumu": (-0.0917, 34.7680), "Arequipa": (-16.4090, -71.5375),
    "Kumasi": (6.6885, -1.6244), "Obuasi": (6.2024, -1.6660),
    "Caraz": (-9.0483, -77.8100), "Ho": (6.6008, 0.4713), "Accra": (5.6037, -0.1870),
}
# fmt: on

R = Row
# fmt: off
SEAT_OF_THE_REGION = [
    R("en", "CORDOBA, Argentina (geomap) - Fires spread in the hills. In Mendoza province, San Rafael lies some 200 km south of the provincial capital.", "some 200 km", "San Rafael", "Mendoza", "consistent"),
    R("en", "NAIROBI (geomap) - Floods hit the Rift Valley. Naivasha, some 60 km south-east of the county capital, was cut off.", "some 60 km", "Naivasha", "Nakuru", "consistent"),
    R("de", "MOSKAU (geomap) – Waldbrände im Ural. Im Gebiet Swerdlowsk brannte es bei Nischni Tagil, rund 130 Kilometer nördlich der Gebietshauptstadt.", "rund 130 Kilometer", "Nizhny Tagil", "Yekaterinburg", "consistent"),
    R("en", "WASHINGTON (geomap) - Storms hit Texas. Waco, about 250 km north of the state capital, lost power.", "about 250 km", "Waco", "Austin", "inconsistent"),
    R("de", "BERLIN (geomap) – Hochwasser in Bayern. Passau liegt rund 150 Kilometer östlich der Landeshauptstadt.", "rund 150 Kilometer", "Passau", "Munich", "consistent"),
    R("en", "SANTIAGO, Chile (geomap) - Fires burn in the south. In the Biobío region, Los Ángeles lies about 95 km south-east of the regional capital.", "about 95 km", "Los Ángeles", "Concepción", "consistent"),
    R("de", "KIEW (geomap) – Stromausfälle im Zentrum des Landes. Uman liegt rund 90 Kilometer südwestlich der Gebietshauptstadt.", "rund 90 Kilometer", "Uman", "Cherkasy", "inconsistent"),
    R("en", "ABUJA (geomap) - Floods in the north. Zaria, some 70 km north of the state capital, was flooded.", "some 70 km", "Zaria", "Kaduna", "consistent"),
    R("en", "PERTH (geomap) - Bushfires. Bunbury lies about 150 km south of the state capital.", "about 150 km", "Bunbury", "Perth", "consistent"),
    R("en", "ANKARA (geomap) - A quake shook the south. Iskenderun lies some 90 km north of the provincial capital.", "some 90 km", "İskenderun", "Antakya", "inconsistent"),
]
ANOTHER_REGIONS_CAPITAL = [
    R("en", "LAGOS (geomap) - Floods. Makurdi, the Benue state capital, reported damage. Idah lies some 75 km south of the state capital.", "some 75 km", "Idah", "Lokoja", "consistent"),
    R("de", "KIEW (geomap) – Sturm. Tscherkassy, die Hauptstadt des gleichnamigen Gebiets, meldete Schäden; Uman liegt rund 155 Kilometer südwestlich der Gebietshauptstadt.", "rund 155 Kilometer", "Uman", "Cherkasy", "consistent"),
]
TRAVEL_DISTANCE = [
    R("en", "NAIROBI (geomap) - Aid lorries reached Garissa after driving some 450 km from Nairobi.", "some 450 km", "Garissa", "Nairobi", "consistent", form="route", either_way=True),
    R("en", "LIMA (geomap) - Rescuers reached Huaraz after travelling about 140 km from Lima.", "about 140 km", "Huaraz", "Lima", "inconsistent", form="route", either_way=True),
    R("en", "DAKAR (geomap) - The convoy reached Tambacounda after a drive of some 460 km from Dakar.", "some 460 km", "Tambacounda", "Dakar", "consistent", form="route", either_way=True),
    R("en", "ATHENS (geomap) - The ferry reached Heraklion after sailing some 320 km from Piraeus.", "some 320 km", "Heraklion", "Piraeus", "consistent", form="route", either_way=True),
    R("de", "NAIROBI (geomap) – Die Helfer erreichten Garissa nach einer Fahrt von rund 450 Kilometern von Nairobi aus.", "rund 450 Kilometern", "Garissa", "Nairobi", "consistent", form="route", either_way=True),
]
RESIDENT_OF = [
    R("en", 'ABUJA (geomap) - Floods. "The water rose 2 metres in one night," said Amina Yusuf, a resident of Koton Karfe, some 55 km north of Lokoja.', "some 55 km", "Koton Karfe", "Lokoja", "inconsistent"),
    R("en", 'NAIROBI (geomap) - "We lost everything," said Mary Wanjiru, a resident of Naivasha, about 75 km north-west of Nairobi.', "about 75 km", "Naivasha", "Nairobi", "consistent"),
    R("en", 'LIMA (geomap) - "The road is gone," said Jorge Quispe, a villager from Caraz, some 65 km north of Huaraz.', "some 65 km", "Caraz", "Huaraz", "consistent"),
    R("en", "ACCRA (geomap) - Kofi Mensah, an inhabitant of Ho, about 140 km north-east of Accra, saw the river rise.", "about 140 km", "Ho", "Accra", "consistent"),
    R("de", 'LIMA (geomap) – „Die Straße ist weg", sagte Jorge Quispe, ein Einwohner aus Caraz, rund 65 Kilometer nördlich von Huaraz.', "rund 65 Kilometer", "Caraz", "Huaraz", "consistent"),
]
OWNER_IN_THE_POSSESSIVE = [
    R("en", "LAGOS (geomap) - Floods hit Ibadan on Monday. The city's airport, about 120 km north-east of Lagos, was closed.", "about 120 km", "Ibadan", "Lagos", "consistent"),
    R("en", "NAIROBI (geomap) - Floods reached Kisumu on Monday. The town's port, some 450 km north-west of Nairobi, was closed.", "some 450 km", "Kisumu", "Nairobi", "inconsistent"),
    R("en", "LIMA (geomap) - A quake shook Arequipa. The city's airport lies about 770 km south-east of Lima.", "about 770 km", "Arequipa", "Lima", "consistent"),
    R("en", "ACCRA (geomap) - Kumasi was hit by storms. Rescuers reached Obuasi, some 55 km south of the city's airport.", "some 55 km", "Obuasi", "Kumasi", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row",
    OWNER_IN_THE_POSSESSIVE,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in OWNER_IN_THE_POSSESSIVE],
)
def test_a_feature_owned_by_a_described_place_is_that_place(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``The city's airport, about N km north-east of <Y>``: an airport or port the text
    never named, owned by ``the city``, lies in the city the text is about; the claim is
    that city's (before, the airport was looked for and the claim had no subject)."""
    check_row(analyze, row, AT)


def test_an_owner_never_named_gives_no_place(analyze: Callable[..., Any]) -> None:
    """``The volcano's crater`` with no volcano named: no subject, not the town named."""
    a = analyze(
        "QUITO (geomap) - Ash fell on Riobamba. The volcano's crater lies about 30 km north-west of the city.",
        lang="en",
    )
    assert [c.subject for c in a.claims if "30 km" in c.text] == [None]


@pytest.mark.parametrize(
    "row", RESIDENT_OF, ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in RESIDENT_OF]
)
def test_a_resident_of_a_town_makes_the_town_the_subject(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``said <Person>, a resident of <X>, some N km north of <Y>``: the apposition names
    where the person lives, and the distance set off after it describes that town (before,
    the apposition was skipped and the claim had no subject)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row", TRAVEL_DISTANCE, ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in TRAVEL_DISTANCE]
)
def test_a_distance_stated_as_travel_is_a_route(analyze: Callable[..., Any], row: Row) -> None:
    """``reached <B> after driving N km from <A>``, ``nach einer Fahrt von N km von <A>
    aus``: the way travelled from <A> to <B>, a route with its allowance, not a straight
    line measured the other way round and not a flight with no end."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    SEAT_OF_THE_REGION,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in SEAT_OF_THE_REGION],
)
def test_regional_capital_phrase_is_the_seat_of_the_region_the_text_is_in(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<X> lies N km south of the state capital``: the seat of the subdivision <X> lies
    in, whatever the dateline, when the country's first level is of the kind the word
    names (a state, a province, a county, a region, a Gebiet, a Land)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    ANOTHER_REGIONS_CAPITAL,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in ANOTHER_REGIONS_CAPITAL],
)
def test_a_capital_of_another_region_named_before_is_not_meant(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``Makurdi, the Benue state capital, ... . Idah lies N km south of the state
    capital``: a capital the text named in other words (another state's) is not the bare
    phrase's; the seat of Idah's own state is. One the text called so in the same words
    as the phrase is still meant (Cherkasy here is both)."""
    check_row(analyze, row, AT)


def test_second_level_provinces_get_no_first_level_seat(analyze: Callable[..., Any]) -> None:
    """Italy's provinces are its second level (ISO 3166-2: regions first): ``the provincial
    capital`` of Licata is Agrigento, not Sicily's seat Palermo, and geomap has no seats of
    the second level, so the phrase is no reference rather than Palermo."""
    a = analyze(
        "ROME (geomap) - Quake in Sicily. Licata lies some 40 km south-east of the provincial capital.",
        lang="en",
    )
    refs = [c.reference.name for c in a.claims if c.reference is not None]
    assert "Palermo" not in refs


# fmt: off
THINGS_NOT_PLACES = [
    ("de", "PALERMO (geomap) – Die meisten Boote waren im libyschen Sabratha gestartet; ein Schlauchboot mit 47 Menschen wurde rund 30 Kilometer vor der libyschen Küste von einem Frachter aufgenommen.", "30 Kilometer"),
    ("en", "NAIROBI (geomap) - A convoy was attacked about 40 km north of Garissa.", "40 km"),
    ("de", "NAIROBI (geomap) – Garissa wurde überflutet. Ein Lastwagen wurde rund 40 Kilometer nördlich von Garissa überfallen.", "40 Kilometer"),
    ("en", "NAIROBI (geomap) - Garissa was flooded. A lorry was attacked about 40 km north of Garissa.", "40 km"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "quantity"), THINGS_NOT_PLACES)
def test_where_a_thing_new_to_the_text_was_is_no_claim(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str
) -> None:
    """``ein Schlauchboot ... wurde rund 30 km vor der libyschen Küste aufgenommen``, ``A
    convoy was attacked about 40 km north of <Y>``: the clause opens with a thing new to
    the text (an indefinite article, a noun that names no kind of place) and names no
    place before the distance; the distance says where the thing was, so there is no
    claim to check (before: an unverifiable claim with no subject, in the checked list)."""
    a = analyze(text, lang=lang)
    assert not [c for c in a.claims if quantity in c.text]


def test_a_new_unnamed_place_makes_no_claim(analyze: Callable[..., Any]) -> None:
    """``A town some 40 km north of <Y> was flooded``: a place of a kind the text does not
    name is no place a reader could look up, so no claim (docs/claims.md, "Nineteenth
    pass", which reverses the eighteenth pass's reading of this sentence as a claim with
    its subject unknown); the dateline's place is not its subject either."""
    a = analyze("NAIROBI (geomap) - A town some 40 km north of Garissa was flooded.", lang="en")
    assert not [c for c in a.claims if "40 km" in c.text]
