"""A third set of resolution classes, each shown by sentences of our own in other places
and both languages (docs/geoparser.md, "Seventh pass"). The public corpora only showed
the class; no sentence, place or figure of theirs is here.

A. *A sports team's name.* A town's name inside a team's name ("the Perth Wildcats",
   "FC Barcelona") is the team's city, the best known place of the name: the story's
   setting does not make it a namesake where the fans watch, and the team lends the story
   no setting of its own.
B. *Counties named by a shared unit word.* "Pulaski and Faulkner counties." at a
   sentence's end names two counties, as "counties" does mid-sentence, and so does a list
   joined by "or"; the bare names after it are those counties.
C. *A town whose name is a feature word.* In English a feature word capitalised
   mid-sentence ("in Canton") is the name of a town bearing it, not a word.
D. *A kind word after the name.* "the Mopti region", "the Benguela province" name the
   first-level region, as "die Region Mopti" and "the province of X" do; the bare name
   stays the town, also beside such a mention of the region.
E. *Towns listed together lie together.* "Boston and Lincoln" is Lincoln, Massachusetts,
   not the bigger namesake: a list pulls each town to the first-level region of a town
   it surely names, but a village never takes a big city's name by it.
"""

from __future__ import annotations

import pytest

from tests.geoparse.test_resolution_classes import _reading

# A. A town's name in a team's name is the team's city

# (language, the name, its country, its first-level region or None, the article)
TEAMS = [
    pytest.param(
        "en",
        "Perth",
        "AU",
        None,
        "Fans in Dundee and Aberdeen watched as the Perth Wildcats won the championship game.",
        id="en-scotland-perth-wildcats",
    ),
    pytest.param(
        "en",
        "Brisbane",
        "AU",
        None,
        "Fans in San Mateo and Daly City watched the Brisbane Broncos win the rugby league final.",
        id="en-california-brisbane-broncos",
    ),
    pytest.param(
        "en",
        "Melbourne",
        "AU",
        None,
        "Supporters in Orlando and Tampa cheered as the Melbourne Rebels won the rugby final "
        "this season.",
        id="en-florida-melbourne-rebels",
    ),
    pytest.param(
        "en",
        "Portland",
        "US",
        "OR",
        "Fans in Bangor and Augusta watched the Portland Trail Blazers lose the playoff game to "
        "Denver.",
        id="en-maine-portland-trail-blazers",
    ),
    pytest.param(
        "en",
        "Barcelona",
        "ES",
        None,
        "Supporters in Caracas and Maracay celebrated as FC Barcelona won the match.",
        id="en-venezuela-fc-barcelona",
    ),
    pytest.param(
        "de",
        "Brisbane",
        "AU",
        None,
        "In San Mateo und Daly City jubelten die Fans, als die Brisbane Broncos das letzte "
        "Spiel der Saison gewannen.",
        id="de-california-brisbane-broncos",
    ),
    pytest.param(
        "de",
        "Melbourne",
        "AU",
        None,
        "In Orlando und Tampa feierten die Fans, als Melbourne Victory das Finale der Saison "
        "gewann.",
        id="de-florida-melbourne-victory",
    ),
    pytest.param(
        "de",
        "Portland",
        "US",
        "OR",
        "Fans in Bangor und Augusta sahen, wie die Portland Trail Blazers das Spiel gegen "
        "Denver verloren.",
        id="de-maine-portland-trail-blazers",
    ),
    pytest.param(
        "de",
        "Barcelona",
        "ES",
        None,
        "Fans in Caracas und Maracaibo feierten den Sieg des FC Barcelona.",
        id="de-venezuela-fc-barcelona",
    ),
    pytest.param(
        "de",
        "Perth",
        "AU",
        None,
        "Fans in Dundee und Aberdeen sahen, wie die Perth Wildcats das Finale der Saison gewannen.",
        id="de-scotland-perth-wildcats",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "admin1", "text"), TEAMS)
def test_a_town_in_a_team_name_is_the_teams_city(lang, mention, cc, admin1, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert c.kind == "city", (c.name, c.kind)
    assert c.country_code == cc, (c.name, c.country_code, c.admin1)
    if admin1 is not None:
        assert c.admin1 == admin1, (c.name, c.admin1)


# the team lends the story nothing, and names beside it keep their own readings
# (language, the name, its country, its first-level region or None, the article)
NOT_TEAMS = [
    pytest.param(
        "en",
        "Valencia",
        "VE",
        None,
        "Supporters in Caracas and Valencia celebrated as FC Barcelona won the match.",
        id="en-venezuela-valencia-beside-a-team",
    ),
    pytest.param(
        "de",
        "Maracaibo",
        "VE",
        None,
        "Fans in Caracas und Maracaibo feierten den Sieg des FC Barcelona.",
        id="de-venezuela-maracaibo-beside-a-team",
    ),
    pytest.param(
        "en",
        "Georgia",
        "US",
        None,
        "Lawmakers in Atlanta and Macon said the Georgia Republicans would meet on Monday.",
        id="en-us-party-is-no-team",
    ),
    pytest.param(
        "en",
        "Portland",
        "US",
        "OR",
        "The Perth Wildcats signed a guard who grew up in Portland.",
        id="en-portland-beside-an-australian-team",
    ),
    pytest.param(
        "de",
        "Portland",
        "US",
        "OR",
        "Die Perth Wildcats holten einen Spieler, der in Portland aufwuchs.",
        id="de-portland-beside-an-australian-team",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "admin1", "text"), NOT_TEAMS)
def test_a_team_lends_the_story_no_setting(lang, mention, cc, admin1, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert c.country_code == cc, (c.name, c.kind, c.country_code, c.admin1)
    if admin1 is not None:
        assert c.admin1 == admin1, (c.name, c.admin1)


# B. Counties named by a shared unit word, also at a sentence's end

# (the names, their state, the article): each name is a county of that state
COUNTIES = [
    pytest.param(
        ("Pulaski", "Faulkner"),
        "Arkansas",
        "Flooding closed roads in Pulaski and Faulkner counties.",
        id="arkansas-sentence-end",
    ),
    pytest.param(
        ("Becker", "Clay", "Otter Tail"),
        "Minnesota",
        "Storms hit Becker, Clay and Otter Tail counties.",
        id="minnesota-three-at-sentence-end",
    ),
    pytest.param(
        ("Pulaski",),
        "Arkansas",
        "Flooding closed roads in Pulaski and Faulkner counties. Residents of Pulaski were "
        "told to stay home.",
        id="arkansas-bare-name-after",
    ),
    pytest.param(
        ("Lancaster", "Gage"),
        "Nebraska",
        "Hail damaged crops in Lancaster and Gage counties.",
        id="nebraska-sentence-end",
    ),
    pytest.param(
        ("Sedgwick", "Butler", "Harvey"),
        "Kansas",
        "Residents of Sedgwick, Butler or Harvey counties may apply for the grants.",
        id="kansas-or-list",
    ),
]


@pytest.mark.parametrize(("names", "state", "text"), COUNTIES)
def test_counties_sharing_a_unit_word_at_a_sentence_end(names, state, text, gaz):
    from geomap.geoparse import resolve_document
    from geomap.text import read_text

    places = [p for p in resolve_document(read_text(text, lang="en"), gaz) if p.role == "name"]
    for name in names:
        got = [p for p in places if p.mention == name]
        assert got, (name, [p.mention for p in places])
        c = gaz.get(got[-1].id)
        assert c is not None
        assert (c.kind, c.admin1) == ("admin2", state), (name, c.name, c.kind, c.admin1)


# C. A town whose name is a feature word

# (language, the name, its first-level region, the article): the name is the town
FEATURE_WORD_TOWNS = [
    pytest.param(
        "en",
        "Canton",
        "OH",
        "Police in Canton, Ohio, arrested a man on Friday.",
        id="en-canton-ohio-container",
    ),
    pytest.param(
        "en",
        "Canton",
        "OH",
        "Farmers near Massillon and Canton reported hail damage.",
        id="en-canton-beside-massillon",
    ),
    pytest.param(
        "en",
        "Canton",
        "MI",
        "Schools in Canton and Ypsilanti closed early, Michigan officials said.",
        id="en-canton-michigan",
    ),
    pytest.param(
        "de",
        "Canton",
        "OH",
        "Polizisten in Canton, Ohio, nahmen einen Mann fest.",
        id="de-canton-ohio-container",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "admin1", "text"), FEATURE_WORD_TOWNS)
def test_a_town_named_by_a_feature_word(lang, mention, admin1, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert (c.kind, c.country_code, c.admin1) == ("city", "US", admin1), (c.name, c.admin1)


def test_a_feature_word_before_of_stays_a_word(gaz):
    from geomap.geoparse import resolve_document
    from geomap.text import read_text

    text = "In the Canton of Zurich, voters approved the plan."
    places = [p for p in resolve_document(read_text(text, lang="en"), gaz) if p.role == "name"]
    assert "Canton" not in [p.mention for p in places]
    assert [p.country_code for p in places if p.mention == "Zurich"] == ["CH"]


# D. A kind word after the name

# (language, the name, its country, the kind, the article)
KIND_AFTER = [
    pytest.param(
        "en", "Mopti", "ML", "admin1", "Floods swept the Mopti region this week.", id="en-ml-region"
    ),
    pytest.param(
        "en",
        "Benguela",
        "AO",
        "admin1",
        "Fishermen from the Benguela province protested.",
        id="en-ao-province",
    ),
    pytest.param(
        "en",
        "Kherson",
        "UA",
        "admin1",
        "The Kherson region was shelled overnight.",
        id="en-ua-region",
    ),
    pytest.param(
        "en",
        "Chimborazo",
        "EC",
        "admin1",
        "Farmers in Chimborazo province lost their crops.",
        id="en-ec-province",
    ),
    pytest.param(
        "de",
        "Mopti",
        "ML",
        "admin1",
        "Die Überschwemmungen trafen die Region Mopti.",
        id="de-ml-region-before",
    ),
    pytest.param(
        "de",
        "Benguela",
        "AO",
        "admin1",
        "Fischer aus der Provinz Benguela protestierten.",
        id="de-ao-province-before",
    ),
    # the bare name stays the town
    pytest.param(
        "en", "Mopti", "ML", "city", "Traders in Mopti sold rice on Monday.", id="en-ml-bare-town"
    ),
    pytest.param(
        "en",
        "Benguela",
        "AO",
        "city",
        "Ships waited off Benguela for a berth.",
        id="en-ao-bare-town",
    ),
    pytest.param(
        "de",
        "Benguela",
        "AO",
        "city",
        "Im Hafen von Benguela warteten die Schiffe.",
        id="de-ao-bare-town",
    ),
    # ... also where the region is named with its word in the same article
    pytest.param(
        "en",
        "Mopti",
        "ML",
        "city",
        "Traders in Mopti and farmers across the Mopti region lost their stock.",
        id="en-ml-town-beside-its-region",
    ),
    pytest.param(
        "de",
        "Benguela",
        "AO",
        "city",
        "Händler in Benguela meldeten viel Betrieb; die Provinz Benguela exportiert Fisch.",
        id="de-ao-town-beside-its-province",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "kind", "text"), KIND_AFTER)
def test_a_kind_word_after_the_name(lang, mention, cc, kind, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert (c.kind, c.country_code) == (kind, cc), (c.name, c.kind, c.country_code)


# E. Towns listed together lie together

# (language, the name, its country, its first-level region, the article)
LISTED_TOWNS = [
    pytest.param(
        "en",
        "Lincoln",
        "US",
        "MA",
        "Voters in Boston and Lincoln backed the measure.",
        id="en-us-boston-and-lincoln",
    ),
    pytest.param(
        "de",
        "Lincoln",
        "US",
        "MA",
        "Wähler in Boston und Lincoln stimmten der Vorlage zu.",
        id="de-us-boston-und-lincoln",
    ),
    pytest.param(
        "en",
        "Albany",
        "AU",
        "08",
        "Police in Kalgoorlie and Albany made two arrests.",
        id="en-au-kalgoorlie-and-albany",
    ),
    pytest.param(
        "de",
        "Cambridge",
        "CA",
        "08",
        "In Kitchener und Cambridge blieben die Schulen geschlossen.",
        id="de-ca-kitchener-und-cambridge",
    ),
    # a village does not take a big city's name from a list
    pytest.param(
        "en",
        "Boston",
        "US",
        "MA",
        "After stops in Washington, New York and Boston, the minister flew on to Seattle.",
        id="en-us-big-city-in-a-list",
    ),
]


@pytest.mark.parametrize(("lang", "mention", "cc", "admin1", "text"), LISTED_TOWNS)
def test_towns_listed_together_lie_together(lang, mention, cc, admin1, text, gaz):
    c = _reading(text, mention, gaz, lang)
    assert (c.kind, c.country_code, c.admin1) == ("city", cc, admin1), (c.name, c.admin1)
