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
C. *Names of two letters.* One-word names of two letters were never proposed; a river or
   a town so named is one only with a strong cue: an article or a contraction before a
   feature reading ("am Po"), a feature word after it ("Ho municipality") or before it
   ("die Stadt Bo", "the town of Bo"). Ordinary two-letter words stay out.
D. *A state and its namesake city.* A word naming the kind decides ("the state of X",
   "im Bundesstaat X", "des Bundesstaates X", "the city of X"), and so does an office only
   a state has ("the governor of X", "der Gouverneur von X") or only a town has ("the
   mayor of X"); by convention a bare name is the city.
E. *Names torn between two countries agree on one.* A story whose towns each have
   namesakes abroad ("Halifax ... Windsor and Truro": Nova Scotia or England) had no
   country focus at all, as only names sure of their reading voted; each now leans to its
   best reading's country, in proportion to its margin.
"""

from __future__ import annotations

import pytest

from gazetteer import Candidate
from geomap.geometry import haversine_km, place_geometry
from geomap.geoparse import resolve_document
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


# C. Names of two letters

# (language, the name, the kind, its country, the article)
TWO_LETTERS = [
    pytest.param("de", "Po", "river", "IT", "Cremona liegt am Po.", id="de-am"),
    pytest.param("de", "Po", "river", "IT", "Der Po führt Hochwasser.", id="de-der"),
    pytest.param("en", "Po", "river", "IT", "Fishermen on the Po caught nothing.", id="en-the"),
    pytest.param("en", "Po", "river", "IT", "Crops along the Po river failed.", id="en-river"),
    pytest.param("de", "Bo", "city", "SL", "In der Stadt Bo regnet es.", id="de-stadt"),
    pytest.param("en", "Bo", "city", "SL", "Rain fell on the town of Bo.", id="en-town-of"),
    pytest.param("en", "Ho", "city", "GH", "Schools closed in Ho municipality.", id="en-after"),
]


@pytest.mark.parametrize(("lang", "name", "kind", "cc", "text"), TWO_LETTERS)
def test_a_two_letter_name_with_a_strong_cue_is_a_place(gaz, lang, name, kind, cc, text):
    c = _reading(text, name, gaz, lang)
    assert (c.kind, c.country_code) == (kind, cc), (c.name, c.kind, c.country_code)


def _two_letter_words(lang: str) -> list[str]:
    """The language's frequent words of two letters (wordfreq's 3,000 most frequent),
    written as names: generated, not picked."""
    from wordfreq import top_n_list

    return [w.capitalize() for w in top_n_list(lang, 3000) if len(w) == 2 and w.isalpha()]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_ordinary_two_letter_words_stay_out(gaz, lang):
    words = _two_letter_words(lang)
    assert len(words) > 40
    forms = {
        "de": ("{w} sagte er nichts.", "Sie sagte, {w} sei nichts.", "Gestern kam {w} an."),
        "en": ("{w} said nothing.", "She said {w} was nothing.", "Yesterday {w} arrived."),
    }[lang]
    wrong = []
    for w in words:
        for form in forms:
            text = form.format(w=w)
            places = resolve_document(read_text(text, lang=lang), gaz)
            wrong += [(text, p.name) for p in places if p.role == "name" and p.mention == w]
    assert not wrong


# D. A state and its namesake city

# (language, the name, the kind, its country, the article)
STATE_OR_CITY = [
    pytest.param(
        "en", "Chihuahua", "admin1", "MX", "Floods hit the state of Chihuahua.", id="en-state-of"
    ),
    pytest.param(
        "en", "Chihuahua", "city", "MX", "Floods hit the city of Chihuahua.", id="en-city-of"
    ),
    pytest.param(
        "en",
        "Chihuahua",
        "admin1",
        "MX",
        "The governor of Chihuahua declared an emergency.",
        id="en-governor-of",
    ),
    pytest.param(
        "en",
        "Veracruz",
        "admin1",
        "MX",
        "Veracruz governor Ana Ruiz declared an emergency.",
        id="en-governor-after",
    ),
    pytest.param(
        "en",
        "Chihuahua",
        "city",
        "MX",
        "The mayor of Chihuahua declared an emergency.",
        id="en-mayor-guard",
    ),
    pytest.param(
        "en", "Chihuahua", "city", "MX", "Police in Chihuahua arrested two men.", id="en-bare"
    ),
    pytest.param(
        "de",
        "Veracruz",
        "admin1",
        "MX",
        "Der Gouverneur von Veracruz rief den Notstand aus.",
        id="de-gouverneur-von",
    ),
    pytest.param(
        "de",
        "Veracruz",
        "admin1",
        "MX",
        "Die Regierung des Bundesstaates Veracruz reagierte.",
        id="de-genitive-head",
    ),
    pytest.param(
        "de",
        "Salzburg",
        "admin1",
        "AT",
        "Im Bundesland Salzburg schneite es. In Hallein fiel der Strom aus.",
        id="de-bundesland",
    ),
    pytest.param(
        "de",
        "Salzburg",
        "city",
        "AT",
        "Die Polizei in Salzburg nahm zwei Männer fest.",
        id="de-bare",
    ),
    pytest.param(
        "de",
        "Veracruz",
        "city",
        "MX",
        "Der Bürgermeister von Veracruz rief den Notstand aus.",
        id="de-buergermeister-guard",
    ),
]


@pytest.mark.parametrize(("lang", "name", "kind", "cc", "text"), STATE_OR_CITY)
def test_a_state_or_its_namesake_city_by_the_words_beside_it(gaz, lang, name, kind, cc, text):
    c = _reading(text, name, gaz, lang)
    assert (c.kind, c.country_code) == (kind, cc), (c.name, c.kind, c.country_code)


# E. Names torn between two countries agree on one

# (language, the name, its country, its admin-1 code, the article)
TORN = [
    pytest.param(
        "en",
        "Truro",
        "CA",
        "07",
        "Halifax lost power, and in Windsor and Truro roads were closed.",
        id="en-nova-scotia",
    ),
    pytest.param(
        "de",
        "Truro",
        "CA",
        "07",
        "In Halifax fiel der Strom aus, in Windsor und Truro wurden Straßen gesperrt.",
        id="de-nova-scotia",
    ),
    pytest.param(
        "de",
        "Windsor",
        "CA",
        "07",
        "In Halifax fiel der Strom aus, in Windsor und Truro wurden Straßen gesperrt.",
        id="de-nova-scotia-windsor",
    ),
    pytest.param(
        "en",
        "Perth",
        "AU",
        "06",
        "Fires burned near Launceston, and Perth and Longford were evacuated.",
        id="en-tasmanian-towns",
    ),
]


@pytest.mark.parametrize(("lang", "name", "cc", "admin1", "text"), TORN)
def test_names_torn_between_two_countries_agree_on_one(gaz, lang, name, cc, admin1, text):
    c = _reading(text, name, gaz, lang)
    assert (c.country_code, c.admin1) == (cc, admin1), (c.name, c.country_code, c.admin1)
