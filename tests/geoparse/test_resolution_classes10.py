"""A tenth set of resolution classes, each shown by sentences of our own in other places
(docs/geoparser.md, "Fourteenth pass"). Other material only showed the class; no sentence
of it is here.

A. *A dateline votes once.* A capital-letter dateline of several words ("PUERTO LEMPIRA
   (AP)") places the story by its whole name; a word inside it that names a town
   elsewhere ("LEMPIRA", "ANGELES") casts no second dateline vote for that town's
   country, which would tie with the whole name's and hand a namesake the story.
B. *A name after a place's possessive is a part of it.* "Lima's Old Quarter": the name's
   readings must lie within the possessor's reach (its country; a town's 100 km, a
   region's twice its radius); a district name borne by a town abroad is no reading, and
   a name with none is no place (``_resolve._possessed_parts``).
C. *A region named bare beside villages.* A region the look-up ranks ahead of every town
   of its name, all of them below 50,000 people, is named bare as often as not: the
   missing article does not hand it to the village (``_rank._bare_region_floor``); a
   town of size keeps the bare name.
D. *A feature's part after the name's possessive.* "X's crater", "X's slopes": the name
   is the volcano where it has a mountain reading, not the province or town of its name
   (lexicon ``[feature_parts]``); a name without one is left alone.
E. *Two torn towns agree on a country.* Two names, each torn between namesakes in several
   countries with no country named, lie in the one country holding a close reading of
   both: a close second reading makes a name a witness for that country's vote.
F. *A name opening with its kind's word* ("Mount X", lexicon ``[kind_name_words]``)
   takes no article, so the summit loses nothing for the missing one.
"""

from __future__ import annotations

import pytest

from geomap.geoparse import resolve_document
from geomap.geoparse._resolve import WEIGHTS, build_context
from geomap.text import read_text
from tests.geoparse.test_resolution_classes import _reading

# A. A dateline votes once


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        pytest.param(
            "en", "LOS ANGELES (AP) - Floods hit Temuco on Monday.", "los angeles", id="en"
        ),
        pytest.param(
            "en", "LA LIBERTAD, June 3 (Reuters) - Rain fell.", "la libertad", id="en-date"
        ),
        pytest.param(
            "de", "PUERTO LEMPIRA (dpa) - In Tela fiel der Strom aus.", "puerto lempira", id="de"
        ),
    ],
)
def test_a_dateline_votes_by_its_whole_name(gaz, lang, text, name):
    ctx = build_context(read_text(text, lang=lang), gaz, None, WEIGHTS)
    voters = {k for k, v in ctx.focus_own.items() if v}
    assert voters == {name}, voters


@pytest.mark.parametrize(
    ("lang", "text", "mention", "cc"),
    [
        pytest.param(
            "en", "LA SERENA (AP) - Floods hit Coquimbo on Monday.", "LA SERENA", "CL", id="en"
        ),
        pytest.param(
            "de", "SAN JOSÉ (dpa) - In Cartago fiel der Strom aus.", "SAN JOSÉ", "CR", id="de"
        ),
    ],
)
def test_a_dateline_town_lies_by_the_story_s_places(gaz, lang, text, mention, cc):
    assert _reading(text, mention, gaz, lang).country_code == cc


# B. A name after a place's possessive is a part of it


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Crowds filled Lima's Old Town on Sunday.", id="old-town"),
        pytest.param("Banks closed in Accra's Central Business District.", id="cbd"),
        pytest.param("Tourists crowded Tbilisi's Old Town after the storm.", id="old-town-2"),
    ],
)
def test_a_possessed_district_never_jumps_countries(gaz, text):
    places = [p for p in resolve_document(read_text(text, lang="en"), gaz) if p.role == "name"]
    owner = next(gaz.get(p.id) for p in places if p.id and text.find(p.mention + "'s") >= 0)
    assert owner is not None
    for p in places:
        c = gaz.get(p.id) if p.id else None
        assert c is None or c.country_code == owner.country_code, (p.mention, c and c.name)


@pytest.mark.parametrize(
    ("text", "mention", "cc", "admin1"),
    [
        pytest.param("Texas's Houston flooded on Monday.", "Houston", "US", "TX", id="state"),
        pytest.param(
            "Flooding hit Ohio's Columbus overnight.", "Columbus", "US", "OH", id="state-2"
        ),
        pytest.param("Lima's Miraflores district was calm.", "Miraflores", "PE", "15", id="town"),
        pytest.param("Peru's Cusco drew tourists.", "Cusco", "PE", "08", id="country"),
    ],
)
def test_a_possessed_town_is_the_one_within_reach(gaz, text, mention, cc, admin1):
    c = _reading(text, mention, gaz, "en")
    assert (c.country_code, c.admin1) == (cc, admin1), (c.name, c.country_code)


# C. A region named bare beside villages


@pytest.mark.parametrize(
    ("lang", "text", "mention", "kind"),
    [
        pytest.param("en", "Sheep farms cover Patagonia.", "Patagonia", "region", id="en"),
        pytest.param("en", "Trade spread across Anatolia.", "Anatolia", "region", id="en-2"),
        pytest.param("de", "Schafzüchter leben in Patagonien.", "Patagonien", "region", id="de"),
        pytest.param("en", "Floods hit Narva on Monday.", "Narva", "city", id="en-town"),
    ],
)
def test_a_bare_region_beside_villages(gaz, lang, text, mention, kind):
    c = _reading(text, mention, gaz, lang)
    assert c.kind == kind, (c.name, c.country_code, c.kind)


# D. A feature's part after the name's possessive


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        pytest.param(
            "Ash fell from Tungurahua's crater on Monday.", "Tungurahua", "mountain", id="crater"
        ),
        pytest.param(
            "Villagers on Kilimanjaro's slopes grow coffee.", "Kilimanjaro", "mountain", id="slopes"
        ),
        pytest.param(
            "Georgia's summit with Armenia ended.", "Georgia", "country", id="no-mountain"
        ),
    ],
)
def test_a_feature_s_part_after_the_possessive(gaz, text, mention, kind):
    c = _reading(text, mention, gaz, "en")
    assert c.kind == kind, (c.name, c.country_code, c.kind)


# E. Two torn towns agree on a country


@pytest.mark.parametrize(
    ("lang", "text", "mention", "cc"),
    [
        pytest.param("en", "Kingston is 20 km from Hobart.", "Kingston", "AU", id="en"),
        pytest.param(
            "de", "Kingston liegt 20 Kilometer von Hobart entfernt.", "Kingston", "AU", id="de"
        ),
        # each best country a close second of the other: no trade of places
        pytest.param("en", "Launceston lies 200 km north of Hobart.", "Hobart", "AU", id="en-both"),
        pytest.param("en", "Richmond is 30 km from Hobart.", "Hobart", "AU", id="en-both-2"),
    ],
)
def test_two_torn_towns_agree_on_a_country(gaz, lang, text, mention, cc):
    assert _reading(text, mention, gaz, lang).country_code == cc


# F. A name opening with its kind's word


@pytest.mark.parametrize(
    ("text", "mention", "kind"),
    [
        pytest.param(
            "Climbers reached Mount Olympus on Friday.", "Mount Olympus", "mountain", id="mount"
        ),
        pytest.param(
            "Snow closed the road to Mount Hermon.", "Mount Hermon", "mountain", id="mount-2"
        ),
        pytest.param(
            "Mount Pleasant voters approved the levy.", "Mount Pleasant", "city", id="town"
        ),
    ],
)
def test_a_name_opening_with_its_kind_s_word(gaz, text, mention, kind):
    c = _reading(text, mention, gaz, "en")
    assert c.kind == kind, (c.name, c.country_code, c.kind)
