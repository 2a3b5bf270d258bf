"""German writes a saint's "St." out as "Sankt" (issue 21, session 32).

The sources file most such names only abbreviated (GeoNames' and CLDR's "St. Helena",
"St. Lucia"), so "Sankt Helena" found nothing and the mention finder fell back on its
last word ("Helena", the capital of Montana). A look-up of a name opening with "Sankt"
also asks the abbreviated key (``gazetteer/_gazetteer.py``, ``_query_keys``); names the
sources file written out (``Sankt Gallen``, ``Sankt Petersburg``) keep their readings.
"""

from __future__ import annotations

import pytest

import geomap


@pytest.mark.parametrize(
    ("name", "want"),
    [
        ("Sankt Helena", "Saint Helena"),
        ("Sankt Lucia", "Saint Lucia"),
        ("Sankt Petersburg", "Saint Petersburg"),
        ("Sankt Gallen", "Sankt Gallen"),
    ],
)
def test_a_name_with_sankt_written_out_is_found(gaz, name, want) -> None:
    got = gaz.lookup(name, lang="de")
    assert got, f"no match for {name!r}"
    assert got[0].name == want


def test_sankt_alone_or_inside_a_word_finds_no_saint(gaz) -> None:
    assert gaz.lookup("Sanktionen", lang="de") == []


@pytest.mark.parametrize(
    ("text", "lang", "mention", "cc"),
    [
        ("Die Fregatte lief am Montag vor Sankt Helena ein.", "de", "Sankt Helena", "SH"),
        (
            "Sankt Helena, a British territory in the South Atlantic, opened its first airport.",
            "en",
            "Sankt Helena",
            "SH",
        ),
        ("In Sankt Lucia stand der Strom am Dienstag still.", "de", "Sankt Lucia", "LC"),
    ],
)
def test_a_territory_written_with_sankt_is_not_its_last_word(text, lang, mention, cc) -> None:
    places = geomap.analyze(text, lang=lang, claims=False, events=False).places
    got = [p for p in places if p.mention == mention]
    assert got, f"{mention!r} not read in {text!r}: {[p.mention for p in places]}"
    assert got[0].country_code == cc
