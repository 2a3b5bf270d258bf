"""A thirteenth set of resolution classes, each shown by sentences of our own in other
places (docs/geoparser.md, "Seventeenth pass"). No sentence of any corpus is here.

A. *A world city called by an older name does not silence the towns bearing it today.*
   A town that a world city of its name dwarfs takes none of the article's setting; a
   world city matched only through another word for it of no stated language
   (Guangzhou as "Canton", Hong Kong as "Victoria", Singapore as "Garden City", Aleppo
   as "Berea", Beijing as "Pekin") did so too, and the towns beside the story's other
   places went abroad. A world city bearing the name, spelled by it or called by its
   last words ("Petersburg") still does; with no setting the older name still reads the
   world city.
B. *An office only a province or state has.* A Canadian province's or an Australian
   state's premier, an Indian, Pakistani or Malaysian state's chief minister, an
   Austrian Land's Landeshauptmann, a German Land's Ministerpräsident name the region,
   not its namesake capital, as "the governor of X" already did; a country's premier
   ("the premier of China") keeps the country, a mayor the town.
C. *A diacritic the text writes.* "Pará", "Mâcon", "Maó": a town or unit below the
   small-town size matched only once the text's accent is folded away (an Ivorian town
   and a Surinamese district "Para", Macon in Georgia, Mao in Chad) is the lesser match
   where another reading bears the letters as written; a name written without the
   accent is left to the rest of the evidence.
D. *Towns listed together, none of them sure.* "Springfield, Decatur and Peoria": each
   name has bigger namesakes elsewhere (Missouri, Arizona), and no member was sure
   enough of its state to lend it to the others. The one first-level region holding a
   town reading of every member is where the list lies; where several regions hold
   them all ("Richmond and Lexington"), nothing changes, nor for world cities.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text


def _places(text: str, gaz, lang: str):
    return list(resolve_document(read_text(text, lang=lang), gaz))


def _reading(text: str, gaz, lang: str, mention: str):
    got = [p for p in _places(text, gaz, lang) if p.mention == mention and p.role == "name"]
    assert got, f"{mention!r} not found in {text!r}"
    return got[0]


# A. A world city under an older name


@pytest.mark.parametrize(
    ("text", "lang", "mention", "admin1"),
    [
        ("Police in Canton and Akron said the roads were icy.", "en", "Canton", "OH"),
        ("Die Polizei in Canton und Akron meldete Glatteis.", "de", "Canton", "OH"),
        (
            "Police in Victoria arrested two men, officials in Laredo and Corpus Christi said.",
            "en",
            "Victoria",
            "TX",
        ),
        ("Flooding hit Garden City and Dodge City on Monday.", "en", "Garden City", "KS"),
        ("Voters in Berea and Lexington went to the polls on Tuesday.", "en", "Berea", "KY"),
        ("Schools in Pekin and Peoria closed after the storm.", "en", "Pekin", "IL"),
    ],
)
@pytest.mark.xfail(
    strict=True,
    reason="rule A was reverted by the integrator (session 12): letting only a world city that"
    " bears the name as its own dwarf a town also gave German exonyms with no language tag to"
    " small namesakes beside the story and lost 2 held-out distance claims (LGL gained 2 spans)",
)
def test_a_town_beside_the_story_is_not_a_world_city_by_its_older_name(
    gaz, text, lang, mention, admin1
):
    p = _reading(text, gaz, lang, mention)
    assert (p.country_code, gaz.get(p.id).admin1) == ("US", admin1)


@pytest.mark.parametrize(
    ("text", "mention", "cc"),
    [
        ("Traders in Canton and Shanghai said exports fell.", "Canton", "CN"),
        ("Police in Canton said exports fell.", "Canton", "CN"),
        ("Farmers in Iowa and Nebraska sold corn. Prices in Lima and Moscow fell.", "Lima", "PE"),
    ],
)
def test_a_the_world_city_stays_where_the_story_is_or_says_nothing(gaz, text, mention, cc):
    assert _reading(text, gaz, "en", mention).country_code == cc


# B. Offices of a province or state


@pytest.mark.parametrize(
    ("text", "lang", "mention", "cc"),
    [
        ("The premier of Quebec said Montreal would get funds.", "en", "Quebec", "CA"),
        ("Quebec Premier Jean Tremblay said Montreal would get funds.", "en", "Quebec", "CA"),
        ("The Quebec premier said Montreal would get funds.", "en", "Quebec", "CA"),
        ("The chief minister of Punjab said Lahore would get funds.", "en", "Punjab", "PK"),
        ("The Punjab chief minister said Amritsar would get funds.", "en", "Punjab", "IN"),
        (
            "Der Ministerpräsident von Salzburg sagte, die Stadt erhalte Geld.",
            "de",
            "Salzburg",
            "AT",
        ),
        ("Der Landeshauptmann von Tirol sagte, Innsbruck erhalte Geld.", "de", "Tirol", "AT"),
    ],
)
def test_b_an_office_of_a_region_names_the_region(gaz, text, lang, mention, cc):
    p = _reading(text, gaz, lang, mention)
    assert (p.kind, p.country_code) == ("admin1", cc)


@pytest.mark.parametrize(
    ("text", "lang", "mention", "kind"),
    [
        ("The premier of China visited Berlin.", "en", "China", "country"),
        ("Der Bürgermeister von Salzburg sagte, die Stadt erhalte Geld.", "de", "Salzburg", "city"),
    ],
)
def test_b_a_country_premier_and_a_mayor_are_left_alone(gaz, text, lang, mention, kind):
    assert _reading(text, gaz, lang, mention).kind == kind


# C. A diacritic the text writes


@pytest.mark.parametrize(
    ("text", "lang", "mention", "cc"),
    [
        ("Fires in Pará spread quickly.", "en", "Pará", "BR"),
        ("Floods hit Mâcon this week.", "en", "Mâcon", "FR"),
        ("Hochwasser in Mâcon, meldete die Präfektur.", "de", "Mâcon", "FR"),
        ("Floods hit Njombé this week.", "en", "Njombé", "CM"),
        ("Ferries to Maó were cancelled.", "en", "Maó", "ES"),
    ],
)
def test_c_the_place_bearing_the_written_accent(gaz, text, lang, mention, cc):
    assert _reading(text, gaz, lang, mention).country_code == cc


def test_c_a_name_written_without_the_accent_is_left_alone(gaz):
    assert _reading("Floods hit Macon this week.", gaz, "en", "Macon").country_code == "US"


# D. Towns listed together, none of them sure


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Storms hit Springfield, Decatur and Peoria overnight.", "en"),
        ("Unwetter trafen Springfield, Decatur und Peoria in der Nacht.", "de"),
    ],
)
def test_d_a_list_lies_in_the_one_region_holding_all_its_towns(gaz, text, lang):
    places = [p for p in _places(text, gaz, lang) if p.role == "name"]
    assert len(places) == 3
    assert {(p.country_code, gaz.get(p.id).admin1) for p in places} == {("US", "IL")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Storms hit Athens, Rome and Paris overnight.", {"GR", "IT", "FR"}),
        ("Snow hit Newport, Bridgend and Barry on Monday.", {"GB"}),
    ],
)
def test_d_world_cities_and_sure_lists_are_left_alone(gaz, text, expected):
    places = [p for p in _places(text, gaz, "en") if p.role == "name"]
    assert {p.country_code for p in places} == expected
