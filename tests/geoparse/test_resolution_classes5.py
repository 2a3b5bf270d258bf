"""A fifth set of resolution classes, each shown by sentences of our own in other places
and both languages (docs/geoparser.md, "Ninth pass"). Other benchmarks only showed the
class; no sentence or place of theirs is here.

A. *A saint's name written without its full stop.* British and Australian papers write
   "St Albans", "St Austell": the abbreviation is also a person's title in the lexicon,
   and the town was lost as a person's name, so the article's region could not pick the
   namesake it means.
B. *A region's own coast.* "Sicily's north coast", "die Westküste Sardiniens": the coast
   of the island or region named, never the coast on that side of its whole country
   (Italy's north coast is Liguria's).
"""

from __future__ import annotations

import pytest

from gazetteer import Candidate
from geomap.geoparse import resolve_document
from geomap.geometry import haversine_km, place_geometry
from geomap.text import read_text
from tests.geoparse.test_resolution_classes import _reading

# A. A saint's name written without its full stop

# (language, the name, its country, its admin-1 code, the article)
SAINTS = [
    pytest.param(
        "en",
        "St Albans",
        "AU",
        "07",
        "Heavy rain fell across Victoria. In St Albans the creek broke its banks.",
        id="en-victoria-named",
    ),
    pytest.param(
        "en",
        "St Albans",
        "AU",
        "07",
        "Bushfires burned near Bendigo and Ballarat. In St Albans residents were evacuated.",
        id="en-victorian-towns",
    ),
    pytest.param(
        "en",
        "St Albans",
        "GB",
        "ENG",
        "Schools in Hertfordshire closed. In St Albans the roads were flooded.",
        id="en-hertfordshire-guard",
    ),
    pytest.param(
        "en",
        "St Andrews",
        "AU",
        "02",
        "Police in Sydney searched St Andrews and Campbelltown.",
        id="en-sydney-suburbs",
    ),
    pytest.param(
        "en",
        "St Austell",
        "GB",
        "ENG",
        "Heavy rain fell in Cornwall. St Austell and St Ives were flooded.",
        id="en-cornwall",
    ),
    pytest.param(
        "de",
        "St Albans",
        "AU",
        "07",
        "In Victoria regnete es stark. In St Albans trat der Bach über die Ufer.",
        id="de-victoria-named",
    ),
    pytest.param(
        "de",
        "St Ives",
        "GB",
        "ENG",
        "In Cornwall regnete es. St Austell und St Ives standen unter Wasser.",
        id="de-cornwall",
    ),
]


@pytest.mark.parametrize(("lang", "name", "cc", "admin1", "text"), SAINTS)
def test_a_saints_name_without_its_full_stop_is_a_place(gaz, lang, name, cc, admin1, text):
    c: Candidate = _reading(text, name, gaz, lang)
    assert (c.country_code, c.admin1) == (cc, admin1), (c.name, c.country_code, c.admin1)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "St Paul wrote to the Corinthians."),
        ("en", "Mr Albans said the creek broke its banks."),
    ],
)
def test_a_title_before_a_name_no_place_bears_whole_still_makes_a_person(gaz, lang, text):
    places = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    assert not places, [(p.mention, p.name) for p in places]


# B. A region's own coast

# (language, the article, the region's outline id in the gazetteer, the coast's side:
# the compass point the coast's point lies towards from the region's middle)
REGION_COASTS = [
    pytest.param("en", "Storms lashed Sicily's north coast.", "Sicily", "N", id="en-sicily-n"),
    pytest.param(
        "en", "Ferries stopped along the east coast of Sardinia.", "Sardinia", "E", id="en-of"
    ),
    pytest.param(
        "en", "Fishing boats sank off Crete's south coast.", "Crete", "S", id="en-crete-s"
    ),
    pytest.param("de", "Ein Sturm traf die Nordküste Siziliens.", "Sicily", "N", id="de-genitive"),
    pytest.param("de", "Ein Sturm traf Sardiniens Ostküste.", "Sardinia", "E", id="de-before"),
]


def _derived_coast(gaz, lang: str, text: str):
    coasts = [
        p
        for p in resolve_document(read_text(text, lang=lang), gaz)
        if p.role == "derived" and p.relation == "coast"
    ]
    assert len(coasts) == 1, [(p.mention, p.name) for p in coasts]
    return coasts[0]


@pytest.mark.parametrize(("lang", "text", "region", "side"), REGION_COASTS)
def test_a_regions_coast_is_on_the_region(gaz, lang, text, region, side):
    coast = _derived_coast(gaz, lang, text)
    island = next(c for c in gaz.lookup(region, lang="en", limit=10) if c.kind == "island")
    # the point lies on the region's coast, on the named side of it
    assert coast.lat is not None and coast.lon is not None
    assert haversine_km(coast.lat, coast.lon, island.lat, island.lon) < 200
    dlat, dlon = coast.lat - island.lat, coast.lon - island.lon
    toward = {"N": dlat > 0, "S": dlat < 0, "E": dlon > 0, "W": dlon < 0}
    assert toward[side], (coast.lat, coast.lon, island.lat, island.lon)
    # what a distance is measured to is the region's coast, not its country's elsewhere
    geo = place_geometry(coast, gaz)
    assert geo is not None and not geo.is_empty
    minx, miny, maxx, maxy = geo.bounds
    assert haversine_km(miny, minx, maxy, maxx) < 600, geo.bounds


def test_a_countrys_own_coast_is_unchanged(gaz):
    coast = _derived_coast(gaz, "en", "Storms lashed Japan's east coast.")
    assert (coast.country_code, coast.facing) == ("JP", "E")
