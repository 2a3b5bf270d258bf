"""A sixth set of resolution classes, each shown by sentences of our own in other places
and both languages (docs/geoparser.md, "Tenth pass"). Other benchmarks only showed the
class; no sentence or place of theirs is here.

A. *A name that ends in "'s" of its own.* "St. George's", "St Mary's": the apostrophe and
   the "s" are the name's, not a possessive, where the gazetteer's reading ends in them;
   without them the name is another place ("St. George", a town elsewhere). A possessive
   after an ordinary name ("Perth's mayor") stays a possessive.
B. *A region's adjective before a town.* "im westfälischen X", "im hessischen X", "the
   Bavarian town of X": the region the adjective names decides between namesakes, in its
   country and across the border, as a country's adjective does for its country.
C. *A name with its unit word is the unit.* "Benguela province", "die Provinz Benguela",
   and German's hyphened compound "die Mopti-Region", "in der Benguela-Provinz": the
   first-level region, not its namesake town or river; the article before such a compound
   is the unit word's, not a sign the name is a common noun. A bare name stays the town.
D. *A clause fronted after a dateline.* "PERTH (Reuters) - In X, police ...": the body
   after the dateline's dash is in the dateline's sentence, so "In" was no sentence
   opener and "In X" read as a given name and a surname; after a spaced dash a common
   word's capital says nothing of a name. A real name after the dash stays a person.
E. *A transliterated name's smaller namesakes.* A German spelling is respelled into the
   English one only through a reading big enough to trust (a city of 30,000); once it
   is, its smaller towns of the same name are readings too, so the story's country picks
   the one on the island it is about rather than the bigger namesake abroad.
"""

from __future__ import annotations

import pytest

from gazetteer import Candidate
from tests.geoparse.test_resolution_classes import _reading

# A. A name that ends in "'s" of its own

# (language, the mention as written, its country, the article)
APOSTROPHE_NAMES = [
    pytest.param(
        "en",
        "St. George's",
        "GD",
        "Heavy rain fell on St. George's, Grenada, overnight.",
        id="en-grenada",
    ),
    pytest.param(
        "de",
        "St. George’s",
        "GD",
        "Die Regierung in St. George’s auf Grenada trat zurück.",
        id="de-grenada-curly",
    ),
    pytest.param(
        "en",
        "St Mary's",
        "GB",
        "Ferries to St Mary's were cancelled as storms hit the Isles of Scilly.",
        id="en-scilly",
    ),
    pytest.param(
        "de",
        "St Mary's",
        "GB",
        "Auf den Scilly-Inseln wurde St Mary's überflutet.",
        id="de-scilly",
    ),
    pytest.param(
        "en",
        "St. Mary's",
        "CA",
        "The bus runs from Stratford and Woodstock, Ontario, to St. Mary's every morning.",
        id="en-written-for-a-name-stored-without-it",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), APOSTROPHE_NAMES)
def test_a_name_keeps_its_own_apostrophe_s(gaz, lang, mention, cc, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert c.country_code == cc, (c.name, c.country_code)
    assert c.name.endswith("s"), c.name


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("en", "Perth's mayor and Geraldton's council met.", ["Perth", "Geraldton"]),
        (
            "en",
            "Flooding hit King's Lynn while Norwich's roads stayed open.",
            ["King's Lynn", "Norwich"],
        ),
    ],
)
def test_a_possessive_after_an_ordinary_name_stays_a_possessive(gaz, lang, text, names):
    from geomap.geoparse import resolve_document
    from geomap.text import read_text

    got = [p.mention for p in resolve_document(read_text(text, lang=lang), gaz) if p.role == "name"]
    assert got == names


# B. A region's adjective before a town

# (language, the town, its country, its admin-1 code, the article)
REGION_ADJECTIVES = [
    pytest.param(
        "de",
        "Friedberg",
        "DE",
        "05",
        "Im hessischen Friedberg brannte eine Lagerhalle.",
        id="de-hessian-namesake",
    ),
    pytest.param(
        "de",
        "Friedberg",
        "DE",
        "02",
        "Im bayerischen Friedberg brannte eine Lagerhalle.",
        id="de-bavarian-namesake",
    ),
    pytest.param(
        "de",
        "Rotenburg",
        "DE",
        "06",
        "Im niedersächsischen Rotenburg wurde ein Radfahrer verletzt.",
        id="de-lower-saxon-namesake",
    ),
    pytest.param(
        "de",
        "Rotenburg",
        "DE",
        "05",
        "Im nordhessischen Rotenburg wurde ein Radfahrer verletzt.",
        id="de-hessian-compass-prefix",
    ),
    pytest.param(
        "de",
        "Halle",
        "DE",
        "07",
        "Im westfälischen Halle schloss eine Fabrik.",
        id="de-westphalian-landscape",
    ),
    pytest.param(
        "en",
        "Friedberg",
        "DE",
        "05",
        "A warehouse burned in the Hessian town of Friedberg.",
        id="en-hessian-town-of",
    ),
    pytest.param(
        "en",
        "Halle",
        "DE",
        "07",
        "A factory closed in the Westphalian town of Halle.",
        id="en-westphalian-town-of",
    ),
]


@pytest.mark.parametrize(("lang", "name", "cc", "admin1", "text"), REGION_ADJECTIVES)
def test_a_regions_adjective_picks_the_namesake_in_it(gaz, lang, name, cc, admin1, text):
    c: Candidate = _reading(text, name, gaz, lang)
    assert (c.country_code, c.admin1) == (cc, admin1), (c.name, c.country_code, c.admin1)


# C. A name with its unit word is the unit

# (language, the name, its kind, its country, the article)
UNIT_WORDS = [
    pytest.param("de", "Magway", "admin1", "MM", "Kämpfe in der Magway-Region.", id="de-x-region"),
    pytest.param(
        "de",
        "Mandalay",
        "admin1",
        "MM",
        "In der Mandalay-Region starben fünf Menschen.",
        id="de-x-region-city-namesake",
    ),
    pytest.param(
        "de",
        "Ayeyarwady",
        "admin1",
        "MM",
        "Luftangriffe in der Ayeyarwady-Region.",
        id="de-x-region-river-namesake",
    ),
    pytest.param(
        "de", "Benguela", "admin1", "AO", "In der Benguela-Provinz fiel Regen.", id="de-x-provinz"
    ),
    pytest.param(
        "de", "Benguela", "admin1", "AO", "In der Provinz Benguela fiel Regen.", id="de-provinz-x"
    ),
    pytest.param("de", "Mopti", "admin1", "ML", "Die Mopti-Region ist trocken.", id="de-subject"),
    pytest.param(
        "en", "Benguela", "admin1", "AO", "Rain fell in Benguela province.", id="en-x-province"
    ),
    pytest.param("en", "Mopti", "admin1", "ML", "Fighting in the Mopti region.", id="en-x-region"),
    pytest.param(
        "en", "Mopti", "admin1", "ML", "Fighting in the Mopti-region.", id="en-hyphened-region"
    ),
    pytest.param(
        "en", "Magway", "admin1", "MM", "Troops entered the region of Magway.", id="en-region-of-x"
    ),
    pytest.param(
        "de", "Mandalay", "city", "MM", "In Mandalay starben fünf Menschen.", id="de-bare-town"
    ),
    pytest.param("en", "Benguela", "city", "AO", "Rain fell on Benguela.", id="en-bare-town"),
]


@pytest.mark.parametrize(("lang", "name", "kind", "cc", "text"), UNIT_WORDS)
def test_a_name_with_its_unit_word_is_the_unit(gaz, lang, name, kind, cc, text):
    c: Candidate = _reading(text, name, gaz, lang)
    assert (c.kind, c.country_code) == (kind, cc), (c.name, c.kind, c.country_code)


# D. A clause fronted after a dateline

# (language, the town, its country, the article)
AFTER_DATELINES = [
    pytest.param(
        "en",
        "Kalgoorlie",
        "AU",
        "PERTH, Australia (Reuters) - In Kalgoorlie, police arrested two men on Monday.",
        id="en-reuters-in",
    ),
    pytest.param(
        "en",
        "Dubbo",
        "AU",
        "SYDNEY (AP) \u2014 In Dubbo, floods cut two roads.",
        id="en-ap-em-dash",
    ),
    pytest.param(
        "en",
        "Truro",
        "GB",
        "LONDON, Jan 5 (Reuters) - In Truro, police arrested two men.",
        id="en-dated-dateline",
    ),
    pytest.param(
        "en", "Katherine", "AU", "DARWIN - At Katherine, the river rose.", id="en-bare-dateline-at"
    ),
    pytest.param(
        "de",
        "Kalgoorlie",
        "AU",
        "PERTH (dpa) - In Kalgoorlie hat die Polizei zwei Männer festgenommen.",
        id="de-dpa-in",
    ),
]


@pytest.mark.parametrize(("lang", "name", "cc", "text"), AFTER_DATELINES)
def test_a_town_fronted_after_a_dateline_is_a_place(gaz, lang, name, cc, text):
    c: Candidate = _reading(text, name, gaz, lang)
    assert c.country_code == cc, (c.name, c.country_code)


def test_a_name_after_a_datelines_dash_stays_a_person(gaz):
    from geomap.geoparse import resolve_document
    from geomap.text import read_text

    text = "LONDON (Reuters) - Jason Truro said on Monday the plan would fail."
    got = [p.mention for p in resolve_document(read_text(text, lang="en"), gaz) if p.role == "name"]
    assert "Truro" not in got


# E. A transliterated name's smaller namesakes

# (language, the mention, its country, the article)
TRANSLITERATED_NAMESAKES = [
    pytest.param(
        "de",
        "Schachtersk",
        "RU",
        "Ein Sturm traf die russische Insel Sachalin. In Schachtersk fiel der Strom aus.",
        id="de-small-namesake-in-the-storys-country",
    ),
    pytest.param(
        "de",
        "Schachtersk",
        "UA",
        "Im Donbass wurde gekämpft. In Schachtersk fielen Granaten.",
        id="de-big-namesake-kept-in-its-setting",
    ),
    pytest.param(
        "en",
        "Shakhtersk",
        "RU",
        "A storm hit Russia's Sakhalin island. In Shakhtersk the power failed.",
        id="en-as-geonames-spells-it",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "text"), TRANSLITERATED_NAMESAKES)
def test_a_transliterated_names_namesake_in_the_storys_country(gaz, lang, mention, cc, text):
    c: Candidate = _reading(text, mention, gaz, lang)
    assert c.country_code == cc, (c.name, c.country_code)
