# ruff: noqa: E501  (the tables are data: one sentence a row)
"""Session 25 (docs/claims.md, "Session 25: batch BL"): classes of wire copy found on dev
batch BL, each tested on sentences written for this file (the Kenyan coast, Queensland,
Schleswig-Holstein, Mecklenburg, south-west Florida, Canterbury in New Zealand, central Oregon, western North Dakota,
northern Mozambique, Jamaica, Peru), none from a corpus article.

- ``<X>, some N km up the coast from <Y>``, ``<X>, N km further up the coast``, ``<X>,
  rund N Kilometer weiter die Küste hinauf``: a town placed along a coast is a straight
  line (lexicon ``coast_position_words``), not a road's length with its allowance (before:
  a false figure 1.7 times the truth passed as a route). ``by road`` and ``upstream`` stay
  routes.
- ``In <B>, N km from where the storm came ashore / the quake struck``, ``rund N Kilometer
  von der Stelle, an der das Beben ...``: the other end is the town the text said the
  landfall or the epicentre was near or off (lexicon ``from_where``, ``landfall`` among
  ``epicentre_nouns``, ``off`` / ``vor`` among ``epicentre_near``), in the sentences before
  or the story's lead (before: no claim).
- ``<B>, some N miles north-east of town``: a town noun with no article is the dateline's
  town (lexicon ``home_nouns``; English only, German writes an article).
- ``<X> and <Y>, some N km further north-west``, ``<X> und <Y>, rund N Kilometer weiter
  östlich``: the first of the pair is the subject and goes on from where the text stood
  (before: <Y> measured from <X>, a true claim `inconsistent`).
- ``PEMBA, Mozambique - Palma, less than 60 km from the border with Tanzania``: a name read
  as a namesake abroad (Palma de Mallorca) far off a border the story stands by is not
  called inconsistent (before: a true claim `inconsistent`, 5,318 km).

The truth is computed from hand points with geographiclib, never through geomap's code.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

import pytest

from tests.support.claims_builders import (
    assert_both_languages_both_truths,
    assert_no_checked_claim,
    assert_pair_and_verdict,
    claim_on,
)

os.environ.setdefault("GEOMAP_OFFLINE", "1")

# fmt: off
AT: dict[str, tuple[float, float]] = {
    "Malindi": (-3.2175, 40.1191),
    "Mombasa": (-4.0435, 39.6682),
    "Townsville": (-19.2590, 146.8169),
    "Cairns": (-16.9186, 145.7781),
    "Mackay": (-21.1411, 149.1860),
    "Kiel": (54.3233, 10.1228),
    "Flensburg": (54.7937, 9.4470),
    "Kaikoura": (-42.4008, 173.6814),
    "Christchurch": (-43.5321, 172.6362),
    "Bend": (44.0582, -121.3153),
    "Sisters": (44.2910, -121.5490),
    "Williston": (48.1470, -103.6180),
    "Tioga": (48.3970, -102.9380),
    "Fort Myers": (26.6406, -81.8723),
    "Sarasota": (27.3364, -82.5307),
    "Rostock": (54.0924, 12.0991),
    "Stralsund": (54.3091, 13.0818),
}

#: (language, text, the stated words, subject, reference, stated km, truth)
COAST = [
    ("en", "MOMBASA, Kenya (AP) - Storms hit the coast on Monday. Malindi, some 105 km up the coast from Mombasa, closed its port.", "some 105 km", "Malindi", "Mombasa", 105.0, True),
    ("en", "MOMBASA, Kenya (AP) - Storms hit the coast on Monday. Malindi, some 180 km up the coast from Mombasa, closed its port.", "some 180 km", "Malindi", "Mombasa", 180.0, False),
    ("en", "BRISBANE, Australia (AP) - Floods hit Townsville on Monday. Cairns, some 280 km further up the coast, closed its airport.", "some 280 km", "Cairns", "Townsville", 280.0, True),
    ("en", "BRISBANE, Australia (AP) - Floods hit Townsville on Monday. Cairns, some 480 km further up the coast, closed its airport.", "some 480 km", "Cairns", "Townsville", 480.0, False),
    ("de", "BERLIN (dpa) - Eine Sturmflut hat Kiel getroffen. In Flensburg, rund 70 Kilometer weiter die Küste hinauf, blieben die Fähren im Hafen.", "rund 70 Kilometer", "Flensburg", "Kiel", 70.0, True),
    ("de", "BERLIN (dpa) - Eine Sturmflut hat Kiel getroffen. In Flensburg, rund 120 Kilometer weiter die Küste hinauf, blieben die Fähren im Hafen.", "rund 120 Kilometer", "Flensburg", "Kiel", 120.0, False),
]

FROM_WHERE = [
    ("en", "SYDNEY (AP) - Cyclone Alfred made landfall near Mackay on Sunday. Roads were cut. In Townsville, about 320 km from where the storm came ashore, shops closed.", "about 320 km", "Townsville", "Mackay", 320.0, True),
    ("en", "SYDNEY (AP) - Cyclone Alfred made landfall near Mackay on Sunday. Roads were cut. In Townsville, about 550 km from where the storm came ashore, shops closed.", "about 550 km", "Townsville", "Mackay", 550.0, False),
    ("en", "WELLINGTON (AP) - A strong quake shook the South Island. The epicentre lay off Kaikoura. In Christchurch, about 150 km from where the quake struck, walls cracked.", "about 150 km", "Christchurch", "Kaikoura", 150.0, True),
    ("de", "WELLINGTON (dpa) - Ein starkes Beben hat die Südinsel erschüttert. Das Epizentrum lag vor Kaikoura. In Christchurch, rund 150 Kilometer von der Stelle, an der das Beben begann, bekamen Mauern Risse.", "rund 150 Kilometer", "Christchurch", "Kaikoura", 150.0, True),
    ("de", "WELLINGTON (dpa) - Ein starkes Beben hat die Südinsel erschüttert. Das Epizentrum lag vor Kaikoura. In Christchurch, rund 260 Kilometer von der Stelle, an der das Beben begann, bekamen Mauern Risse.", "rund 260 Kilometer", "Christchurch", "Kaikoura", 260.0, False),
]

OF_TOWN = [
    ("en", "BEND, Ore. (AP) - A wildfire near Sisters, about 20 miles north-west of town, grew overnight.", "about 20 miles", "Sisters", "Bend", 32.19, True),
    ("en", "BEND, Ore. (AP) - A wildfire near Sisters, about 40 miles north-west of town, grew overnight.", "about 40 miles", "Sisters", "Bend", 64.37, False),
    ("en", "WILLISTON, N.D. (AP) - A blizzard hit on Monday. Tioga, some 35 miles north-east of town, lost power.", "some 35 miles", "Tioga", "Williston", 56.33, True),
]

COORDINATED = [
    ("en", "MIAMI (AP) - Hurricane Ian hit Fort Myers on Wednesday. Sarasota and Bradenton, some 100 km further north-west, were spared.", "some 100 km", "Sarasota", "Fort Myers", 100.0, True),
    ("en", "MIAMI (AP) - Hurricane Ian hit Fort Myers on Wednesday. Sarasota and Bradenton, some 170 km further north-west, were spared.", "some 170 km", "Sarasota", "Fort Myers", 170.0, False),
    ("de", "BERLIN (dpa) - Ein Sturm hat Rostock getroffen. Stralsund und Greifswald, rund 70 Kilometer weiter östlich, meldeten Schäden.", "rund 70 Kilometer", "Stralsund", "Rostock", 70.0, True),
    ("de", "BERLIN (dpa) - Ein Sturm hat Rostock getroffen. Stralsund und Greifswald, rund 120 Kilometer weiter östlich, meldeten Schäden.", "rund 120 Kilometer", "Stralsund", "Rostock", 120.0, False),
]
# fmt: on


@pytest.mark.parametrize(
    "table", [COAST, FROM_WHERE, COORDINATED], ids=["coast", "from-where", "coordinated"]
)
def test_tables_are_balanced(table: list[tuple[Any, ...]]) -> None:
    assert_both_languages_both_truths(table)


def test_of_town_has_both_truths() -> None:
    # English only: German says "der Stadt" with an article, read as a description
    assert {r[6] for r in OF_TOWN} == {True, False}


@pytest.mark.parametrize(
    "row",
    COAST + FROM_WHERE + OF_TOWN + COORDINATED,
    ids=[f"{r[0]}-{r[2]}-{r[3]}-{r[6]}" for r in COAST + FROM_WHERE + OF_TOWN + COORDINATED],
)
def test_pair_and_verdict(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    assert_pair_and_verdict(analyze, AT, row, bounds=(0.9, 1.1))


@pytest.mark.parametrize("row", COAST, ids=[f"{r[0]}-{r[2]}" for r in COAST])
def test_a_town_up_the_coast_is_a_straight_line(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    lang, text, quantity = row[:3]
    assert claim_on(analyze, lang, text, quantity).form == "point"


# guards: a way's length stays a route ("by road", "upstream", "along the coast road")
# fmt: off
ROUTES = [
    ("en", "NAIROBI, Kenya (AP) - Storms. Malindi is some 120 km from Mombasa by road.", "some 120 km"),
    ("en", "KINSHASA, Congo (AP) - Floods. Kisangani, about 1,700 km upstream of Kinshasa, was cut off.", "about 1,700 km"),
    ("de", "HAMBURG (dpa) - Sturm. Flensburg liegt rund 90 Kilometer auf der Straße von Kiel entfernt.", "rund 90 Kilometer"),
]
# fmt: on


@pytest.mark.parametrize("row", ROUTES, ids=[f"{r[0]}-{r[2]}" for r in ROUTES])
def test_a_way_stays_a_route(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    lang, text, quantity = row
    assert claim_on(analyze, lang, text, quantity).form == "route"


# guards: "from where" with no site the text names is checked against no town; a town
# with an article and a name before it is still the town named
# fmt: off
NO_SITE = [
    ("en", "MOMBASA, Kenya (AP) - Gunmen attacked a bus on Monday. Roads were closed. In Malindi, some 40 km from where the attack took place, police set up checkpoints.", "some 40 km"),
]
# fmt: on


@pytest.mark.parametrize("row", NO_SITE, ids=[f"{r[0]}-{r[2]}" for r in NO_SITE])
def test_from_where_with_no_site_has_no_pair(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    assert_no_checked_claim(analyze, *row)


# a namesake abroad far off a border the story stands by: not called inconsistent; a
# place of the story's own country, or a story set far from that border, stays checked
# fmt: off
BORDER_NAMESAKE = [
    ("en", "PEMBA, Mozambique, Aug. 4 (Reuters) - Palma, less than 60 km from the border with Tanzania, was cut off by road.", "less than 60 km", "unverifiable"),
    ("de", "MAPUTO (dpa) - Palma, weniger als 60 Kilometer von der Grenze zu Tansania entfernt, ist von der Außenwelt abgeschnitten.", "weniger als 60 Kilometer", "unverifiable"),
    ("en", "KINGSTON, Jamaica (AP) - Palma, 40 km from the border with Spain, was hit.", "40 km", "inconsistent"),
    ("en", "LIMA, Peru (AP) - Cusco lies about 50 km from the border with Bolivia.", "about 50 km", "inconsistent"),
    ("de", "LIMA (dpa) - Cusco liegt rund 50 Kilometer von der Grenze zu Bolivien entfernt.", "rund 50 Kilometer", "inconsistent"),
]
# fmt: on


@pytest.mark.parametrize(
    "row", BORDER_NAMESAKE, ids=[f"{r[0]}-{r[2]}-{r[3]}" for r in BORDER_NAMESAKE]
)
def test_a_namesake_abroad_by_a_border(analyze: Callable[..., Any], row: tuple[Any, ...]) -> None:
    lang, text, quantity, verdict = row
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.verdict == verdict, claim.explanation


# a name one letter off the place it was read as is weak evidence (a town the gazetteer
# lacks, read through another place's alternate spelling); an exonym, an inflected form,
# a short name and the name itself are not
@pytest.mark.parametrize(
    ("said", "name", "weak"),
    [
        ("mambasa", "mombasa", True),
        ("kisumo", "kisumu", True),
        ("mombasa", "mombasa", False),
        ("mailand", "milan", False),
        ("aru", "ara", False),
        ("wladiwostok", "vladivostok", False),
    ],
)
def test_one_letter_off(said: str, name: str, weak: bool) -> None:
    from geomap.claims._verify import _one_letter_off

    assert _one_letter_off(said, name) is weak


# guards: a well-known place read by its own name or an exonym, far off, stays caught
# fmt: off
FAR_BUT_NAMED = [
    ("en", "PERTH, Australia (AP) - Jakarta, about 300 km north of Perth, sent aid.", "about 300 km"),
    ("de", "MÜNCHEN (dpa) - Mailand liegt rund 50 Kilometer südlich von München.", "rund 50 Kilometer"),
    # exonyms one letter off the place's own name (review of round 1, h25-mend: _weak_name
    # took them for misspellings, and these false claims were unverifiable)
    ("de", "BERLIN (dpa) - Athen liegt nur rund 100 Kilometer südöstlich von Berlin.", "rund 100 Kilometer"),
    ("de", "WIEN (dpa) - Kairo liegt rund 200 Kilometer südlich von Wien.", "rund 200 Kilometer"),
    ("de", "HAMBURG (dpa) - Kopenhagen liegt nur 30 Kilometer nördlich von Hamburg.", "30 Kilometer"),
]
# fmt: on


@pytest.mark.parametrize("row", FAR_BUT_NAMED, ids=[f"{r[0]}-{r[2]}" for r in FAR_BUT_NAMED])
def test_a_far_place_named_plainly_stays_inconsistent(
    analyze: Callable[..., Any], row: tuple[Any, ...]
) -> None:
    lang, text, quantity = row
    claim = claim_on(analyze, lang, text, quantity)
    assert claim.verdict == "inconsistent", claim.explanation
