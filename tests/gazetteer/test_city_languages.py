"""City names with their language (issue 21): CLDR says which language writes a city's
name, GeoNames' alternate names say none; a look-up reports the languages it matched."""

from __future__ import annotations

from gazetteer._sources import GeoNamesPlace, city_names_cldr


def _town(gid: int, name: str, tz: str, population: int, *aliases: str) -> GeoNamesPlace:
    return GeoNamesPlace(gid, name, 0.0, 0.0, "XX", population, "", aliases, tz)


def test_cldr_names_a_zones_city_in_german_and_english():
    towns = [
        _town(1, "Warsaw", "Europe/Warsaw", 1_700_000, "Warszawa"),
        _town(2, "Warsaw", "America/Chicago", 400),  # another zone: not the zone's city
        _town(3, "Vienna", "Europe/Vienna", 1_900_000, "Wien"),
        _town(4, "Sao Paulo", "America/Sao_Paulo", 12_000_000),
        _town(5, "Hovd", "Asia/Hovd", 0),  # unknown size: no zone's city
    ]
    got = city_names_cldr(towns)
    assert (1, "Warschau", "de") in got
    assert (3, "Wien", "de") in got
    assert all(gid != 2 for gid, _, _ in got)
    # a spelling of the GeoNames name is not another name ("São Paulo" for Sao Paulo)
    assert all(gid != 4 for gid, _, _ in got)
    assert all(gid != 5 for gid, _, _ in got)


def test_a_lookup_reports_the_languages_of_the_names_it_matched(gaz):
    best = gaz.lookup("Warschau", lang="de", limit=3)[0]
    assert best.country_code == "PL" and "de" in best.matched_langs
    # GeoNames' French name of Warsaw carries no language
    assert gaz.lookup("Varsovie", limit=3)[0].matched_langs == ()
    # the entry itself, asked by id, has no match and so no languages
    assert gaz.get(best.id).matched_langs == ()
