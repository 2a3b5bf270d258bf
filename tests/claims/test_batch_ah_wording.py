# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Wordings of batch AH (docs/claims.md, "Twentieth pass") in other regions and other
wording than the batch, both languages: a from-phrase set off after a place (``<X>, von
<Y> aus gut N km Richtung Osten,``), an anaphor for the start of a way or for the reference
(``von dort``, ``from there``) that points back to the place the text just named rather
than to the dateline, and a level reached in metres (``the river at <X> reached 22.6
metres``), which is no flight's range.

Each row asserts what a fact-checker would check; distances come from geographiclib on hand
coordinates (city centres from atlases).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_table import Row, check_no_claim, check_row, near

os.environ.setdefault("GEOMAP_OFFLINE", "1")

#: hand coordinates (lat, lon) of the places the rows use
# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Ventspils": (57.3894, 21.5606), "Riga": (56.9496, 24.1052),
    "Iquitos": (-3.7437, -73.2516), "Lima": (-12.0464, -77.0428),
    "Cuxhaven": (53.8611, 8.6944), "Hamburg": (53.5511, 9.9937),
    "Mwanza": (-2.5164, 32.9175), "Shinyanga": (-3.6619, 33.4232),
    "Tamale": (9.4008, -0.8393), "Bolgatanga": (10.7856, -0.8514),
    "Split": (43.5081, 16.4402), "Ancona": (43.6158, 13.5189),
    "Bayamo": (20.3792, -76.6433), "Holguín": (20.8872, -76.2631),
    "Aswan": (24.0889, 32.8998), "Luxor": (25.6872, 32.6396),
    "Rocha": (-34.4833, -54.3333), "Montevideo": (-34.9011, -56.1645),
    "Rivera": (-30.9053, -55.5508), "Durazno": (-33.3806, -56.5236),
    "Camaçari": (-12.6975, -38.3241), "Feira de Santana": (-12.2664, -38.9663),
    "Fremantle": (-32.0569, 115.7439), "Bunbury": (-33.3271, 115.6414), "Perth": (-31.9523, 115.8613),
    "Bad Gastein": (47.1158, 13.1340), "Salzburg": (47.8095, 13.0550),
    "Bregana": (45.8394, 15.6958), "Zagreb": (45.8150, 15.9819),
    "Coari": (-4.0850, -63.1414), "Tefé": (-3.3542, -64.7114),
    "Timbuktu": (16.7666, -3.0026), "Mopti": (14.4843, -4.1830),
    "Nauta": (-4.5083, -73.5833),
    "Kisumu": (-0.0917, 34.7680), "Nakuru": (-0.3031, 36.0800),
    "Antofagasta": (-23.6509, -70.3975), "Calama": (-22.4544, -68.9292),
}
# fmt: on

R = Row
# fmt: off
FROM_PHRASE_SET_OFF = [
    R("en", "QUITO (geomap) - Floods spread along the Amazon. Iquitos, from Lima some 1,000 km to the north-east, reported 3 deaths.", "some 1,000 km", "Iquitos", "Lima", "consistent"),
    R("en", "VILNIUS (geomap) - Lorries queued in Ventspils, from Riga some 160 km to the west.", "some 160 km", "Ventspils", "Riga", "consistent"),
    R("de", "BERLIN (geomap) – Sturmflut an der Nordsee. Cuxhaven, von Hamburg aus rund 90 Kilometer nordwestlich, meldete 3 Meter Wasserstand.", "rund 90 Kilometer", "Cuxhaven", "Hamburg", "consistent"),
    R("de", "BERLIN (geomap) – Sturmflut an der Nordsee. Cuxhaven, von Hamburg rund 160 Kilometer entfernt, schloss den Hafen.", "rund 160 Kilometer", "Cuxhaven", "Hamburg", "inconsistent"),
]
THERE_AS_START = [
    R("de", "DARESSALAM (geomap) – Der Konvoi erreichte Mwanza am Montag. Bis nach Shinyanga sind es von dort weitere 150 Kilometer.", "150 Kilometer", "Shinyanga", "Mwanza", "consistent", form="point", either_way=True),
    R("en", "ACCRA (geomap) - Relief lorries reached Tamale on Sunday; from there it is another 160 km to Bolgatanga.", "160 km", "Bolgatanga", "Tamale", "consistent", form="point", either_way=True),
    R("de", "HAVANNA (geomap) – In Holguín fiel der Strom aus; von dort sind es noch rund 40 Kilometer bis Bayamo.", "rund 40 Kilometer", "Bayamo", "Holguín", "inconsistent", form="point", either_way=True),
]
THERE_AS_REFERENCE = [
    R("de", "ZAGREB (geomap) – Die Fähre legte in Split an. Ancona liegt von dort rund 240 Kilometer entfernt.", "rund 240 Kilometer", "Ancona", "Split", "consistent"),
    R("de", "KAIRO (geomap) – Die Touristen landeten in Assuan. Luxor liegt von dort aus gut 300 Kilometer entfernt.", "gut 300 Kilometer", "Luxor", "Aswan", "inconsistent"),
]
TOWN_NAMED_LIKE_ITS_REGION = [
    R("en", "MONTEVIDEO (geomap) - Storms hit the east. In Rocha the sea flooded the beach. The town lies some 175 km east of Montevideo.", "some 175 km", "Rocha", "Montevideo", "consistent"),
    R("de", "MONTEVIDEO (geomap) – Stürme im Osten. In Rocha trat das Meer über die Ufer. Die Stadt liegt rund 300 Kilometer östlich von Montevideo.", "rund 300 Kilometer", "Rocha", "Montevideo", "inconsistent"),
    R("en", "MONTEVIDEO (geomap) - Floods. In the north, Rivera was cut off. The border city, about 450 km north of Montevideo, closed its bridge.", "about 450 km", "Rivera", "Montevideo", "consistent"),
    R("en", "MONTEVIDEO (geomap) - Floods. In Durazno the Yi river rose to 11.4 metres. The city lies about 170 km north of the capital.", "about 170 km", "Durazno", "Montevideo", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row",
    TOWN_NAMED_LIKE_ITS_REGION,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in TOWN_NAMED_LIKE_ITS_REGION],
)
def test_a_description_of_a_town_reads_a_region_as_its_namesake_town(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``In Rocha the sea flooded the beach. The town lies ...``: where the geoparser took
    the department for the town named like it, ``the town`` / ``die Stadt`` still means
    the town (the region's namesake among its readings), not a town further back (before:
    Salto, two sentences back, called inconsistent, or the dateline)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    FROM_PHRASE_SET_OFF,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in FROM_PHRASE_SET_OFF],
)
def test_a_from_phrase_set_off_after_a_place_locates_that_place(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<X>, von <Y> aus gut N km Richtung Osten, meldete ...``: the from-phrase set off
    by commas after <X> says where <X> lies, as ``<X>, N km east of <Y>,`` does (before,
    <Y> became the subject and <X> the reference, and a true direction read backwards made
    the claim inconsistent)."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row", THERE_AS_START, ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in THERE_AS_START]
)
def test_there_as_the_start_of_a_way_is_the_place_just_named(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``Bis nach <B> sind es von dort weitere N km``, ``; from there it is another N km to
    <B>``: the way starts where the text just stood (the place of the clause or sentence
    before), not at the dateline the story was filed from."""
    check_row(analyze, row, AT)


@pytest.mark.parametrize(
    "row",
    THERE_AS_REFERENCE,
    ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in THERE_AS_REFERENCE],
)
def test_there_before_the_number_is_the_reference_just_named(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<B> liegt von dort gut N km entfernt``: the anaphor before the number points back
    to the place the sentence before named (before: no reference)."""
    check_row(analyze, row, AT)


# fmt: off
LEVELS_REACHED = [
    ("en", "PHNOM PENH (geomap) - On the Mekong, the river at Kratie reached 22.6 metres.", "22.6 metres"),
    ("en", "BUDAPEST (geomap) - The Danube at Budapest reached 8.9 metres on Sunday.", "8.9 metres"),
    ("de", "DRESDEN (geomap) – Der Pegel der Elbe in Dresden erreichte am Sonntag 8,40 Meter.", "8,40 Meter"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "number"), LEVELS_REACHED)
def test_a_level_reached_in_metres_is_no_range(
    analyze: Callable[..., Any], lang: str, text: str, number: str
) -> None:
    """``the river at <X> reached 22.6 metres``: a water level or a height reached, not a
    way flown from <X> (before: an unverifiable range claim of 0.02 km)."""
    check_no_claim(analyze, lang, text, number)


# fmt: off
CITY_BEFORE_OR_DATELINE = [
    ("de", "SALVADOR (geomap) – Unwetter in Bahia. Feira de Santana, rund 100 Kilometer nordwestlich von Salvador, meldete Schäden. In Camaçari, rund 35 Kilometer nordöstlich der Stadt, fiel der Strom aus.", "rund 35 Kilometer", "Camaçari", "Feira de Santana", "unverifiable"),
    ("de", "SALVADOR (geomap) – Unwetter in Bahia. Feira de Santana, rund 100 Kilometer nordwestlich von Salvador, meldete Schäden. In Camaçari, rund 150 Kilometer nordöstlich der Stadt, fiel der Strom aus.", "rund 150 Kilometer", "Camaçari", "Feira de Santana", "inconsistent"),
    # session 26, round 3 (docs/claims.md, "`the city` means a city"): the town placed in
    # the sentence before has fewer than 100,000 inhabitants and fewer than the dateline's
    # city, so `the city` is the dateline's city (before: the town, unverifiable by doubt);
    # the figure that fits it is now consistent, and one that fits neither still inconsistent
    ("en", "PERTH (geomap) - Smoke covered the coast. Bunbury, some 150 km south of Perth, closed its schools. In Fremantle, about 16 km south-west of the city, the port stayed open.", "about 16 km", "Fremantle", "Perth", "consistent"),
    ("en", "PERTH (geomap) - Smoke covered the coast. Bunbury, some 150 km south of Perth, closed its schools. In Fremantle, about 60 km south-west of the city, the port stayed open.", "about 60 km", "Fremantle", "Perth", "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    ("lang", "text", "quantity", "subject", "reference", "verdict"), CITY_BEFORE_OR_DATELINE
)
def test_a_described_reference_that_the_dateline_would_fit_is_not_called_false(
    analyze: Callable[..., Any],
    lang: str,
    text: str,
    quantity: str,
    subject: str,
    reference: str,
    verdict: str,
) -> None:
    """``In <C>, rund N km nordöstlich der Stadt``: ``der Stadt`` is read as the town the
    sentence before was about (<B>) when <B> is a city (100,000 inhabitants or more; a
    smaller placed town gives way to the dateline's city), but a story filed from <D> may mean <D> by it; when
    <D> fits the stated distance, the claim is not called false on that reading
    (unverifiable, with the reason), and a figure that fits neither stays inconsistent."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text]
    assert found
    c = found[0]
    assert c.subject is not None and near(AT, c.subject, subject)
    assert c.reference is not None and near(AT, c.reference, reference)
    assert c.verdict == verdict, c.explanation


# fmt: off
NAMESAKE_ABROAD = [
    ("en", "TORONTO (geomap) - Storms. Lucknow, about 60 km north of London, lost power.", "about 60 km"),
    ("en", "TORONTO (geomap) - Storms. Delhi, some 40 km south-east of Woodstock, lost power.", "some 40 km"),
    ("en", "TORONTO (geomap) - Storms. Dublin, about 30 km south-east of Stratford, lost power.", "about 30 km"),
    ("de", "YELLOWKNIFE (geomap) – Waldbrände. Der Weiler Enterprise liegt rund 35 Kilometer südlich von Hay River.", "rund 35 Kilometer"),
    ("de", "TORONTO (geomap) – Stürme in Ontario. Lucknow, rund 60 Kilometer nördlich von London, hatte keinen Strom.", "rund 60 Kilometer"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "quantity"), NAMESAKE_ABROAD)
def test_a_namesake_abroad_far_off_the_stated_distance_is_not_called_false(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str
) -> None:
    """``TORONTO - Lucknow, about 60 km north of London``: the Ontario village is read as
    the Indian city, 12,000 km away, while the other end and the dateline are in Canada;
    a distance off by a continent says the reading is wrong, not the text, so the claim is
    unverifiable with the reason, not inconsistent."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text]
    assert found
    assert found[0].verdict == "unverifiable", found[0].explanation
    assert "namesake abroad" in found[0].explanation


def test_a_foreign_place_without_namesakes_stays_false(analyze: Callable[..., Any]) -> None:
    """A foreign city whose name has no namesakes is what the text says: ``Jakarta, about
    300 km north of Perth`` (3,000 km) stays inconsistent."""
    a = analyze(
        "PERTH (geomap) - Smoke drifted north. Jakarta, about 300 km north of Perth, reported haze.",
        lang="en",
        date="2026-06-01",
        events=False,
    )
    assert [c.verdict for c in a.claims if "300 km" in c.stated.text] == ["inconsistent"]


# fmt: off
COMPOUNDS_OF_ORT = [
    R("de", "SALZBURG (geomap) – Lawinen in den Alpen. In Bad Gastein fiel der Strom aus. Der Kurort liegt rund 75 Kilometer südlich von Salzburg.", "rund 75 Kilometer", "Bad Gastein", "Salzburg", "consistent"),
    R("de", "SALZBURG (geomap) – Lawinen in den Alpen. In Bad Gastein fiel der Strom aus. Der Kurort liegt rund 150 Kilometer südlich von Salzburg.", "rund 150 Kilometer", "Bad Gastein", "Salzburg", "inconsistent"),
    R("de", "ZAGREB (geomap) – Staus an der Grenze zu Slowenien. In Bregana stauten sich Lastwagen; der Grenzübergang liegt rund 22 Kilometer westlich von Zagreb.", "rund 22 Kilometer", "Bregana", "Zagreb", "consistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", COMPOUNDS_OF_ORT, ids=[f"{r.subject}-{r.quantity}" for r in COMPOUNDS_OF_ORT]
)
def test_a_compound_of_ort_is_a_description_of_a_town(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``der Grenzort``, ``der Kurort``, ``der Grenzübergang``: German compounds the
    descriptive lexicon lists whole (``-ort`` is too short an ending to match by rule:
    ``Sport``, ``Export``) stand for the town named before them, like ``die Grenzstadt``."""
    check_row(analyze, row, AT)


# fmt: off
NEXT_ON_THE_WAY = [
    R("en", "MANAUS (geomap) - The boat left Tefé on Monday. Coari, the next town downstream, about 190 km away, had no fuel.", "about 190 km", "Coari", "Tefé", "consistent"),
    R("en", "BAMAKO (geomap) - Floods hit Mopti. Timbuktu, the next city on the river, some 280 km away, was spared.", "some 280 km", "Timbuktu", "Mopti", "consistent"),
    R("de", "LIMA (geomap) – In Iquitos stieg der Fluss. Nauta, der nächste Ort flussaufwärts, rund 90 Kilometer entfernt, meldete Schäden.", "rund 90 Kilometer", "Nauta", "Iquitos", "consistent"),
    R("de", "LIMA (geomap) – In Iquitos stieg der Fluss. Nauta, der nächste Ort flussaufwärts, rund 200 Kilometer entfernt, meldete Schäden.", "rund 200 Kilometer", "Nauta", "Iquitos", "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", NEXT_ON_THE_WAY, ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in NEXT_ON_THE_WAY]
)
def test_the_next_town_is_away_from_the_place_just_named(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``<B>, the next town downstream, about N km away``: ``next`` says <B> follows the
    place the text just named on the way, so the distance is from that place, not from
    the dateline the story was filed from (before: the dateline, unverifiable)."""
    check_row(analyze, row, AT)


# fmt: off
UNREAD_PLACE_BEFORE = [
    # (session 14: Poipet, written so in these rows before, is read now as the gazetteer's
    # Paoy Paet, docs/geoparser.md "Older English spellings of small towns"; its rows
    # moved to test_a_description_takes_a_town_read_by_its_older_spelling below, and a town
    # the gazetteer lacks, Hsipaw, keeps this class; session 15: Kasumbalesa, written so in
    # the last two rows before, is a town of the index's second town layer now, and
    # Kasenga, which the gazetteer lacks, keeps the rows' class)
    ("en", "YANGON (geomap) - Lorries queued for 12 hours at Hsipaw; the town, some 70 km south-west of Lashio, was closed.", "some 70 km"),
    ("en", "YANGON (geomap) - Lorries queued for 12 hours at Hsipaw. The town lies some 70 km south-west of Lashio.", "some 70 km"),
    ("de", "LUBUMBASHI (geomap) – Lastwagen stauten sich in Kasenga. Der Grenzort liegt rund 75 Kilometer südöstlich von Likasi.", "rund 75 Kilometer"),
    ("en", "LUBUMBASHI (geomap) - Trucks queued at Kasenga on Monday; the border town lies about 75 km south-east of Likasi.", "about 75 km"),
]
# fmt: on


@pytest.mark.parametrize(("lang", "text", "quantity"), UNREAD_PLACE_BEFORE)
def test_a_description_of_a_place_geomap_did_not_read_takes_no_other_place(
    analyze: Callable[..., Any], lang: str, text: str, quantity: str
) -> None:
    """``Lorries queued at <X>; the town, N km ...``: the town is <X>, a place the
    gazetteer or the geoparser does not know; no other place, and not the dateline the
    story was filed from, stands in for it (before: the dateline's city as subject, and a
    true claim called inconsistent). The claim stays, with no subject, unverifiable."""
    a = analyze(text, lang=lang, date="2026-06-01", events=False)
    found = [c for c in a.claims if quantity in c.stated.text]
    assert found
    assert found[0].subject is None
    assert found[0].verdict == "unverifiable"


@pytest.mark.parametrize(
    "text",
    [
        "PHNOM PENH (geomap) - Lorries queued for 12 hours at Poipet; the town, some 95 km north-west of Battambang, was closed.",
        "PHNOM PENH (geomap) - Lorries queued for 12 hours at Poipet. The town lies some 95 km north-west of Battambang.",
    ],
)
def test_a_description_takes_a_town_read_by_its_older_spelling(
    analyze: Callable[..., Any], text: str
) -> None:
    """The same wording once the geoparser reads the town (``Poipet``, the gazetteer's
    Paoy Paet, 92 km north-west of Battambang): ``the town`` is it, and the claim holds."""
    a = analyze(text, lang="en", date="2026-06-01", events=False)
    found = [c for c in a.claims if "some 95 km" in c.stated.text]
    assert found
    c = found[0]
    assert c.subject is not None and c.subject.name == "Paoy Paet", c.subject
    assert c.reference is not None and c.reference.name == "Battambang", c.reference
    assert c.verdict == "consistent", c.explanation


def test_a_description_after_a_place_read_still_takes_it(analyze: Callable[..., Any]) -> None:
    """The guard needs a name nobody read: ``Floods hit Siem Reap on Monday. The town
    lies ...`` is Siem Reap (a capitalised weekday after ``on`` is no name)."""
    a = analyze(
        "PHNOM PENH (geomap) - Floods hit Siem Reap on Monday. The town lies some 230 km north-west of Phnom Penh.",
        lang="en",
        date="2026-06-01",
        events=False,
    )
    (c,) = [c for c in a.claims if "230 km" in c.stated.text]
    assert c.subject is not None and c.subject.name == "Siem Reap"
    assert c.verdict == "consistent"


# fmt: off
DESCRIBED_START = [
    R("de", "NAIROBI (geomap) – In Kisumu trat der Victoriasee über die Ufer. Von der Hafenstadt aus fährt man rund 190 Kilometer bis Nakuru.", "rund 190 Kilometer", "Kisumu", "Nakuru", "consistent", form="route", either_way=True),
    R("en", "NAIROBI (geomap) - Floods hit Kisumu. From the port city it is another 190 km by road to Nakuru.", "190 km", "Kisumu", "Nakuru", "consistent", form="route", either_way=True),
    R("de", "SANTIAGO (geomap) – In Antofagasta legte ein Schiff an. Von der Hafenstadt aus sind es rund 220 Kilometer bis Calama.", "rund 220 Kilometer", "Antofagasta", "Calama", "consistent", form="point", either_way=True),
    R("de", "SANTIAGO (geomap) – In Antofagasta legte ein Schiff an. Von der Hafenstadt aus sind es rund 600 Kilometer bis Calama.", "rund 600 Kilometer", "Antofagasta", "Calama", "inconsistent", form="point", either_way=True),
]
# fmt: on


@pytest.mark.parametrize(
    "row", DESCRIBED_START, ids=[f"{r.lang}-{r.subject}-{r.quantity}" for r in DESCRIBED_START]
)
def test_a_way_started_by_a_description_starts_at_the_place_it_means(
    analyze: Callable[..., Any], row: Row
) -> None:
    """``Von der Hafenstadt aus sind es rund N km bis <B>``, ``From the port city it is
    another N km to <B>``: the way starts at the place the description stands for, not at
    the dateline (before: the dateline's city as the start)."""
    check_row(analyze, row, AT)
