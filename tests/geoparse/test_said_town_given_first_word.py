"""A town of two or more words after a verb of saying, with the reported clause's verb
after it, is what was said even where its first word is also a given name (``Santa``,
``San``, ``Tam``, ``Hat``: session 19 round 2, issues 15, 20, 21). The speaker rule
(docs/geoparser.md, twelfth session) kept any run opening with a given name the speaker;
a run the gazetteer holds as one name of several words is now the place. People whose
full name no place bears stay people. Places other than the corpus rows."""

from __future__ import annotations

import pytest

from geomap import analyze


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Storms hit Texas. Officials said San Marcos was flooded on Monday.", "San Marcos", "US"),
        ("Storms hit California. The governor said Santa Rosa would get aid.", "Santa Rosa", "US"),
        ("Storms hit Vietnam. Officials said Tam Ky was flooded on Monday.", "Tam Ky", "VN"),
        ("Storms hit Thailand. Officials said Hat Yai was flooded on Monday.", "Hat Yai", "TH"),
    ],
)
def test_a_town_opening_with_a_given_name_after_said_is_a_place(text, mention, country):
    a = analyze(text, lang="en", events=False)
    got = [(p.mention, p.country_code) for p in a.places if p.mention == mention]
    assert got == [(mention, country)], [(p.mention, p.name) for p in a.places]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Storms hit Texas. Officials said John Smith was injured.", {"John", "Smith"}),
        ("Storms hit Florida. Police said Tom Reed was injured.", {"Tom", "Reed"}),
    ],
)
def test_people_after_said_stay_people(text, names):
    a = analyze(text, lang="en", events=False)
    assert not {w for p in a.places for w in p.mention.split()} & names
