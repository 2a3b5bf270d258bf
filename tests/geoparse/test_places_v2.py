"""Issue 21, classes 1 and 2: German common nouns and people's given names are no places.

The material is generated from the word lists and the gazetteer (every n-th entry, so
it spans the alphabet), in wordings of its own; ``benchmarks/places_v2.py`` measures the
whole lists with a held-out part.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

ROOT = Path(__file__).resolve().parents[2]


def _column(name: str) -> list[str]:
    lines = (ROOT / "geomap" / "lexicons" / name).read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln and not ln.startswith("#")][1:]


def _overlaps(ps, start: int, end: int) -> list[str]:
    return [p.mention for p in ps if p.role == "name" and p.start < end and start < p.end]


@pytest.fixture(scope="module")
def small_town_nouns(gaz) -> list[str]:
    """Every 8th German noun form that the gazetteer holds only as towns under 100,000."""
    forms = _column("nouns_de.csv")
    found = gaz.lookup_many(forms, lang="de", limit=15)
    nouns = [
        w
        for w in forms
        if found[w]
        and any(c.matched == w for c in found[w])
        and all(c.kind == "city" and (c.population or 0) < 100_000 for c in found[w])
    ]
    assert len(nouns) > 400  # hundreds of German nouns are also town names
    return nouns[::8]


def test_german_common_nouns_without_a_place_cue_are_no_places(gaz, small_town_nouns):
    wrong = []
    for w in small_town_nouns:
        text = f"Nach dem Sturm meldeten Anwohner {w} und Dächer als beschädigt."
        i = text.index(w)
        if _overlaps(resolve_document(read_text(text, lang="de"), gaz), i, i + len(w)):
            wrong.append(w)
    assert wrong == []


def test_a_place_cue_keeps_a_town_named_like_a_noun(gaz):
    ps = resolve_document(
        read_text("Das Hochwasser erreichte in der Nacht Hannover und Linden.", lang="de"), gaz
    )
    assert {p.mention for p in ps if p.role == "name"} == {"Hannover", "Linden"}
    ps = resolve_document(read_text("Der Bürgermeister von Gera sprach in Linden.", lang="de"), gaz)
    assert "Linden" in {p.mention for p in ps if p.role == "name"}


SURNAMES = ("Kowalski", "Okafor", "Tanaka", "Nguyen", "Dubois", "Yilmaz", "Lindqvist", "Horvat")


@pytest.fixture(scope="module")
def place_given_names(gaz) -> list[str]:
    """Every 40th given name that the gazetteer also holds as a town."""
    given = _column("first_names.csv")
    found = gaz.lookup_many(given, lang="en", limit=5)
    towns = [w for w in given if any(c.kind == "city" and c.matched == w for c in found[w])]
    assert len(towns) > 1000
    return towns[::40]


def test_given_names_before_a_surname_are_people_in_german(gaz, place_given_names):
    wrong = []
    for k, f in enumerate(place_given_names):
        s = SURNAMES[k % len(SURNAMES)]
        text = f"Am Dienstag sprach {f} {s} vor Studierenden in Leipzig."
        i = text.index(f)
        ps = resolve_document(read_text(text, lang="de"), gaz)
        if _overlaps(ps, i, i + len(f) + 1 + len(s)):
            wrong.append(f"{f} {s}")
        assert "Leipzig" in {p.mention for p in ps}
    assert wrong == []


def test_a_surname_is_a_person_where_it_recurs(gaz):
    text = "Die Ministerin traf Savannah Okafor in Bonn. Später sagte Okafor, sie sei zufrieden."
    ps = resolve_document(read_text(text, lang="de"), gaz)
    assert [p.mention for p in ps if p.role == "name"] == ["Bonn"]


def test_a_given_name_that_is_a_common_noun_is_no_evidence(gaz):
    """ "Vulkan" is a given name too; "der Vulkan Merapi" is the mountain."""
    ps = resolve_document(
        read_text("Auf Java ist der Vulkan Merapi erneut ausgebrochen.", lang="de"), gaz
    )
    assert "Merapi" in {p.mention for p in ps if p.role == "name"}
