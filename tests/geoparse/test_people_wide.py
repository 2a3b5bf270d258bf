"""Issue 21, class 2, fourth pass: people whose given name and surname are both places,
in lists, after roles, in possessives, and named again by the surname alone.

The given names are the words of ``first_names.csv`` that the gazetteer holds as towns
of 100,000 people under their own name (every n-th); the surnames are surnames of
several countries that are also names of towns, none of them in
``benchmarks/places_v2.py``'s list; the wordings are this file's own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from geomap.geoparse import resolve_document
from geomap.text import read_text

ROOT = Path(__file__).resolve().parents[2]
#: surnames of several countries that towns also bear (English, Scottish, Irish,
#: Dutch, Scandinavian, Polish, Czech, Croatian, Portuguese, Spanish, Korean)
SURNAMES = (
    "Hamilton", "Preston", "Houston", "Milton", "Clayton", "Warren", "Carson", "Lancaster",
    "Bristol", "Dayton", "Kent", "Wells", "Chester", "Lincoln", "Sheffield", "Kendal",
    "Galway", "Lindholm", "Kalisz", "Kolín", "Zadar", "Braga", "Toledo", "Suwon",
)  # fmt: skip


def _column(name: str) -> list[str]:
    lines = (ROOT / "geomap" / "lexicons" / name).read_text(encoding="utf-8").splitlines()
    return [ln for ln in lines if ln and not ln.startswith("#")][1:]


def _names(text: str, gaz, lang: str) -> list[str]:
    ps = resolve_document(read_text(text, lang=lang), gaz)
    return [text[p.start : p.end] for p in ps if p.role == "name"]


@pytest.fixture(scope="module")
def town_given_names(gaz) -> list[str]:
    """Every 2nd given name that a town of 100,000 bears as its own name, no country
    or region ("Florence", "Austin", "Adelaide")."""
    words = _column("first_names.csv")
    found = gaz.lookup_many(words, lang="en", limit=10)
    out = [
        w
        for w in words
        if found[w]
        and found[w][0].kind == "city"
        and (found[w][0].population or 0) >= 100_000
        and found[w][0].name == w
        and all(c.kind not in ("country", "admin1") for c in found[w])
    ]
    assert len(out) > 30
    return out[::2]


WORDINGS = (
    ("de", "Die Kandidaten {a}, {b} und {c} stellten sich in Erfurt vor.", "Erfurt"),
    ("de", "Die Ärztin {a} sprach am Dienstag in Rostock. {s} sagte, es sei ernst.", "Rostock"),
    ("de", "{a}s neues Buch wurde in Augsburg vorgestellt.", "Augsburg"),
    ("de", "Gemeinsam mit {a} und {b} eröffnete der Minister in Mainz eine Schule.", "Mainz"),
    ("de", "Der Trainer {a} nominierte {b} und {c} für das Spiel in Bochum.", "Bochum"),
    ("en", "Candidates {a}, {b} and {c} met voters in Omaha.", "Omaha"),
    ("en", "Senator {a} visited a school in Tulsa. {s} said funding would rise.", "Tulsa"),
    ("en", "According to coach {a}, the team trained in Leeds.", "Leeds"),
    ("en", "Mayor {a} and her deputy {b} toured flooded streets in Dresden.", "Dresden"),
)


def test_people_whose_names_are_places_are_no_places(gaz, town_given_names):
    """Neither a given name nor a surname is read as a place, and the sentence's own
    place still is, in lists (German "und", English "and", commas), after a role,
    in a possessive and named again by the surname."""
    wrong = []
    g, n = town_given_names, len(SURNAMES)
    for k in range(len(g)):
        lang, wording, setting = WORDINGS[k % len(WORDINGS)]
        people = [f"{g[(k + 5 * m) % len(g)]} {SURNAMES[(3 * k + 7 * m) % n]}" for m in range(3)]
        text = wording.format(a=people[0], b=people[1], c=people[2], s=people[0].split()[1])
        got = _names(text, gaz, lang)
        if got != [setting]:
            wrong.append((text, got))
    assert wrong == []


def test_a_surname_repeated_alone_stays_a_person(gaz):
    """ "Florence Preston ... Preston sagte": the surname found after a given name is a
    person wherever it recurs, though a city of 300,000 bears it."""
    text = (
        "Die Ärztin Florence Preston leitet die Klinik in Jena. "
        "Preston sagte, die Zahl der Patienten sei gestiegen."
    )
    assert _names(text, gaz, "de") == ["Jena"]


def test_two_places_in_a_list_stay_places(gaz):
    """The list rule needs a person in the list: two towns joined by "und" are towns."""
    text = "Die Delegation reiste über Hamilton und Preston nach Manchester."
    assert _names(text, gaz, "de") == ["Hamilton", "Preston", "Manchester"]


def test_a_town_after_a_place_preposition_and_a_given_name_stays_ambiguous(gaz):
    """ "in Florence Hamilton" names no one surely: the given name after a place
    preposition is not made a person by the town after it (the rule of issue 21's
    third pass: "der Bürgermeister in Savannah Thomas Weber")."""
    text = "Der Bürgermeister in Savannah Thomas Weber sagte, die Straße bleibe gesperrt."
    assert "Savannah" in _names(text, gaz, "de")


def test_a_name_after_a_title_of_address_is_a_person(gaz):
    """ "Frau Preston", "Mr Houston": a title of address names a person, whatever town
    bears the name; a role before a place stays the role's place ("Präsident
    Frankreichs"), and the verb "miss" is no title ("expected to miss Rochester")."""
    assert _names("Frau Preston sprach am Montag in Jena.", gaz, "de") == ["Jena"]
    assert _names("Herr Hamilton kam aus Leipzig.", gaz, "de") == ["Leipzig"]
    assert _names("Mr Houston spoke in Leeds on Monday.", gaz, "en") == ["Leeds"]
    assert _names("The storm is expected to miss Rochester.", gaz, "en") == ["Rochester"]
    assert "Frankreichs" in _names("Der Präsident Frankreichs reiste nach Rom.", gaz, "de")


def test_a_preposition_that_is_also_a_given_name_starts_no_person(gaz):
    """ "Bei" is a given name too (Chinese), and opens sentences as a preposition: a
    town after it stays a town."""
    assert _names("Bei Omdurman brachen am Dienstag Kämpfe aus.", gaz, "de") == ["Omdurman"]
    assert _names("Bei Gusau wurden am Montag Reisende verschleppt.", gaz, "de") == ["Gusau"]
