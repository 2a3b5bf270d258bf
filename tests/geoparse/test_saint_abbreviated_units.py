"""``St. X`` for a parish or district GeoNames names ``Saint X`` (session 20, issue 20;
``gazetteer._variants.add_saint_abbreviations``): news abbreviate the saint, and the bare
abbreviation had found a namesake town on another continent or nothing. Places other
than the corpus rows that showed the class."""

from __future__ import annotations

import pytest

from gazetteer._variants import saint_abbreviation
from geomap import analyze


@pytest.mark.parametrize(
    ("lang", "text", "mention", "name", "kind", "country"),
    [
        (
            "en",
            "Rain lashed Dominica. Roads in St. George were blocked by landslides.",
            "St. George",
            "Saint George",
            "admin1",
            "DM",
        ),
        (
            "en",
            "Rain lashed Jamaica. Roads in St. Catherine were blocked.",
            "St. Catherine",
            "Saint Catherine",
            "admin1",
            "JM",
        ),
        # guards: a town bearing the abbreviated name as its own keeps it
        (
            "en",
            "Fog closed roads in Ontario. St. Thomas was hit hardest.",
            "St. Thomas",
            "St. Thomas",
            "city",
            "CA",
        ),
        ("en", "The Cardinals won in St. Louis on Sunday.", "St. Louis", "St. Louis", "city", "US"),
        (
            "en",
            "Snow fell in Minnesota. St. Paul closed its schools.",
            "St. Paul",
            "Saint Paul",
            "city",
            "US",
        ),
    ],
)
def test_an_abbreviated_saint_names_the_unit(lang, text, mention, name, kind, country):
    a = analyze(text, lang=lang, events=False)
    got = [(p.name, p.kind, p.country_code) for p in a.places if p.mention == mention]
    assert got == [(name, kind, country)]


def test_the_parishes_are_filed_under_their_abbreviation(gaz):
    """Every Jamaican parish named after a saint is found under ``St.``."""
    for parish in ("Saint Andrew", "Saint Ann", "Saint Catherine", "Saint James", "Saint Mary"):
        short = saint_abbreviation(parish)
        assert short is not None
        found = [(c.name, c.kind) for c in gaz.lookup(short, limit=20) if c.country_code == "JM"]
        assert (parish, "admin1") in found, (short, found)


def test_a_unit_of_few_people_keeps_only_its_full_name(gaz):
    """A parish of fewer than 5,000 people is not filed under ``St.``: the abbreviation of
    a saint's name in a story elsewhere (a church, a holiday) would find it."""
    found = [(c.name, c.kind) for c in gaz.lookup("St. Lucy", limit=20) if c.country_code == "BB"]
    assert ("Saint Lucy", "admin1") not in found
    assert saint_abbreviation("Saint Lucy") == "St. Lucy"
