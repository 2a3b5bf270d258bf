"""An apposition whose first noun is a possessive owner (session 21, round 3, issue 15).

``X, the county's largest town``: ``county`` owns the apposition's noun, it does not say
what X is; ``town`` does. ``_evidence.head_kind`` took the owner as the name's kind, so a
town that shares its name with its county or province was read as the unit (and a
distance claim from it measured from the unit's middle). Now the noun after the
possessive gives the kind (``_evidence._possessed_head``); an apposition that is the unit
word itself (``X, the county, said``) still gives the unit."""

from __future__ import annotations

import pytest

from tests.support.names import name_places

# (text, the name, the kind it must be read as)
ROWS = [
    # wrong before: the namesake unit
    ("Traders in Kisumu, the county's main port, raised prices.", "Kisumu", "city"),
    ("Traders in Kakamega, the county's second largest town, raised prices.", "Kakamega", "city"),
    ("Protests spread to Oaxaca, the state's capital, on Friday.", "Oaxaca", "city"),
    # kept: the apposition is the unit word itself
    ("Officials in Kisumu, the county, said the road was closed.", "Kisumu", "admin1"),
]


@pytest.mark.parametrize(("text", "name", "kind"), ROWS)
def test_the_noun_after_a_possessive_gives_the_kind(gaz, text, name, kind):
    got = [p for p in name_places(text, "en", gaz) if p.mention == name]
    assert got, f"{name} not read as a place"
    assert got[0].kind == kind, (name, got[0].id)
