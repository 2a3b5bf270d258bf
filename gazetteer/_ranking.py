"""How candidates are ordered: a prior per entry plus small bonuses per match.

The prior (0-1) is the entry's prominence, computed once at build time::

    popn      = min(1, log10(1 + population) / 8)   # 100 M people -> 1
    country   = 0.70 + 0.30 * popn                  # a country name nearly always means it
    continent = 0.65 + 0.30 * popn
    capital   = 0.35 + 0.55 * popn                  # named as capital in countries.json
    city      = 0.05 + 0.80 * popn
    admin1    = 0.25 + 0.50 * popn, times 0.6 when a city of the same name in the same
                country holds >= 10 % of the region's population (news "Odessa" or
                "New York" means the city)
    admin2    = 0.15 + 0.50 * popn                  # US counties ("Laurel County"), districts;
                times 0.3 when a town of its country bears its name (Bezirk Kufstein)
    curated   = CURATED_BASE[kind] + 0.20 * popn    # hand-picked features are prominent
    curated town (kind ``city``) = city, as a GeoNames town of its population
    second-layer town (SimpleMaps, ``extra_town_prior``) = city, but at least
                ``EXTRA_TOWN_MARGIN`` below every town, country or region bearing its name

A look-up adds, for the best-matching alias of each entry: +0.02 when it is the entry's
primary/official name, +0.04 when it is tagged with the requested language, +0.01 when
the query equals the stored alias character for character. The bonuses are deliberately
smaller than the population term of a tenfold difference (0.08 for cities), so
``Odessa`` stays the Ukrainian city of a million rather than the Texan city whose
primary name it is.
"""

from __future__ import annotations

import math

__all__ = [
    "ADMIN1_NAMESAKE_FACTOR",
    "ADMIN2_NAMESAKE_FACTOR",
    "BONUS_EXACT_CASE",
    "BONUS_LANG",
    "BONUS_PRIMARY",
    "admin1_prior",
    "admin2_prior",
    "continent_prior",
    "city_prior",
    "country_prior",
    "curated_prior",
    "extra_town_prior",
    "popn",
]

BONUS_PRIMARY = 0.02
BONUS_LANG = 0.04
BONUS_EXACT_CASE = 0.01
ADMIN1_NAMESAKE_FACTOR = 0.6
ADMIN1_NAMESAKE_SHARE = 0.10
#: An admin-2 unit named like a town of its country ranks below the town even when
#: GeoNames gives the town no population (Spin Boldak: 0.15 * 0.3 < the 0.05 of a
#: town of none), and a district of 100,000 below a town of 1,000.
ADMIN2_NAMESAKE_FACTOR = 0.3

#: How far a town of the second layer (SimpleMaps, towns GeoNames lacks) stays below the
#: lowest prior of the entries already bearing one of its names: more than the bonuses
#: its own primary name could earn over another entry's alternate name (primary, exact
#: case; its names carry no language), so a look-up never ranks it first.
EXTRA_TOWN_MARGIN = 0.04

CURATED_BASE: dict[str, float] = {
    "ocean": 0.85,
    "sea": 0.80,
    "gulf": 0.75,
    "bay": 0.70,
    "strait": 0.75,
    "region": 0.70,
    "peninsula": 0.70,
    "river": 0.65,
    "lake": 0.65,
    "island": 0.62,
    "mountain": 0.60,
    "facility": 0.60,
    "cape": 0.70,
    "peak": 0.60,
    "waterfall": 0.60,
    "pole": 0.80,
    "parallel": 0.80,
    "country": 0.85,
}
CURATED_DEFAULT = 0.60


def popn(population: int | float) -> float:
    """Population on a 0-1 log scale (0 -> 0, 100 million -> 1)."""
    return min(1.0, math.log10(1.0 + max(0.0, float(population))) / 8.0)


def country_prior(population: int | float) -> float:
    return round(0.70 + 0.30 * popn(population), 6)


def continent_prior(population: int | float) -> float:
    return round(0.65 + 0.30 * popn(population), 6)


def city_prior(population: int | float, capital: bool) -> float:
    if capital:
        return round(0.35 + 0.55 * popn(population), 6)
    return round(0.05 + 0.80 * popn(population), 6)


def admin1_prior(population: int | float, namesake_city: bool) -> float:
    p = 0.25 + 0.50 * popn(population)
    return round(p * ADMIN1_NAMESAKE_FACTOR if namesake_city else p, 6)


def admin2_prior(population: int | float, namesake_city: bool = False) -> float:
    """A district or municipality named like a town of its country (Bezirk Kufstein,
    Kasese District) is the town when named alone: ``ADMIN2_NAMESAKE_FACTOR``; its unit
    word (``Bezirk Kufstein``) still finds it."""
    p = 0.15 + 0.50 * popn(population)
    return round(p * ADMIN2_NAMESAKE_FACTOR if namesake_city else p, 6)


def curated_prior(kind: str, population: int | float) -> float:
    """A hand-picked feature's prior: prominent by kind. A curated town (kind ``city``,
    one GeoNames ``cities500`` lacks) is ranked as a GeoNames town of its population, so
    a small tourist town does not outrank a bigger namesake."""
    if kind == "city":
        return city_prior(population, False)
    return round(min(1.0, CURATED_BASE.get(kind, CURATED_DEFAULT) + 0.20 * popn(population)), 6)


def extra_town_prior(population: int | float, namesake_prior: float | None) -> float:
    """A town of the second layer (``towns_simplemaps.csv``): a town of its population,
    but never ranked above an entry of GeoNames, Natural Earth or the regions that bears
    the same name (``namesake_prior``: the lowest prior among them, None when none does).
    The layer adds towns GeoNames lacks; it must not take a name from a place GeoNames
    has (a Bihar census town named like a Nepalese district seat stays behind it).

    >>> extra_town_prior(50_000, None) == city_prior(50_000, False)
    True
    >>> extra_town_prior(50_000, 0.05)
    0.01
    """
    p = city_prior(population, False)
    if namesake_prior is not None:
        p = min(p, namesake_prior - EXTRA_TOWN_MARGIN)
    return round(max(0.0, p), 6)
