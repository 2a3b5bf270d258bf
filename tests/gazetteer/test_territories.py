"""Dependent territories with an ISO 3166-1 code are found by their English and German
names, also those that Natural Earth draws inside another country (French Guiana and
Mayotte inside France): a reader names them like countries."""

from __future__ import annotations

import pytest

TERRITORIES = [
    ("French Guiana", "GF"),
    ("Französisch-Guayana", "GF"),
    ("Mayotte", "YT"),
    ("Tokelau", "TK"),
    ("Christmas Island", "CX"),
    ("Weihnachtsinsel", "CX"),
    ("Cocos Islands", "CC"),
    ("Heard Island", "HM"),
    ("Guadeloupe", "GP"),
    ("Martinique", "MQ"),
    ("Greenland", "GL"),
    ("Grönland", "GL"),
    ("Puerto Rico", "PR"),
    ("Faroe Islands", "FO"),
    ("New Caledonia", "NC"),
    ("Neukaledonien", "NC"),
    ("French Polynesia", "PF"),
    ("Falkland Islands", "FK"),
    ("Turks and Caicos Islands", "TC"),
    ("Western Sahara", "EH"),
]


@pytest.mark.parametrize(("name", "cc"), TERRITORIES)
def test_a_territory_is_found_by_its_name(gaz, name, cc):
    got = gaz.lookup(name)
    assert got, name
    assert got[0].country_code == cc, [(c.name, c.kind, c.country_code) for c in got[:3]]
