"""Names with an inner apostrophe or ayn (session 22 round 2, issue 15): GeoNames writes
``Ma'an``, ``Qal‘at Bīshah``, ``Ma‘arrat an Nu‘mān``, ``Ma’anshan``; news write ``Maan``,
``Qalat Bishah``, ``Maarrat al-Numan``, ``Maanshan``. The index key of the apostrophe form
splits the word (``ma an``), so the plain spelling found nothing or a village elsewhere.
The build adds the form without the marks as another spelling, keeping the original.

Names from several countries (Jordan, Saudi Arabia, Syria, China), none taken from an
evaluation corpus sentence.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("name", "cc", "min_population"),
    [
        ("Maan", "JO", 40_000),
        ("Qalat Bishah", "SA", 50_000),
        ("Maanshan", "CN", 500_000),
    ],
)
def test_a_town_is_found_without_its_apostrophes(gaz, name, cc, min_population):
    top = gaz.lookup(name, limit=1)
    assert top and top[0].kind == "city" and top[0].country_code == cc, (name, top)
    assert top[0].population >= min_population


def test_a_town_of_unknown_size_is_found_without_its_ayn(gaz):
    """GeoNames gives Maarat al-Numan no population; its alternate name does the work."""
    top = gaz.lookup("Maarrat al-Numan", limit=1)
    assert top and top[0].country_code == "SY" and top[0].kind == "city", top


@pytest.mark.parametrize(("name", "cc"), [("Ma'an", "JO"), ("Qal‘at Bīshah", "SA")])
def test_the_apostrophe_spelling_is_kept(gaz, name, cc):
    top = gaz.lookup(name, limit=1)
    assert top and top[0].country_code == cc, (name, top)


def test_the_rule_keeps_soft_signs_short_names_and_words():
    from gazetteer._sources import _without_apostrophes

    assert _without_apostrophes(["Ma'an", "Maan"]) == []  # already there
    assert _without_apostrophes(["Masan'"]) == []  # a trailing soft sign, no inner mark
    assert _without_apostrophes(["Ra’s"]) == []  # too short
    assert _without_apostrophes(["Qal`at Sukkar"]) == ["Qalat Sukkar"]
    assert _without_apostrophes(["Ma‘arratmişrīn"]) == ["Maarratmişrīn"]
