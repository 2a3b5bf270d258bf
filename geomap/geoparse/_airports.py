"""Which towns an airport serves: the airports with an IATA code of the ``airportsdata``
package (MIT; docs/dependencies.md), read once, on the first airport phrase of a run.

Why: ``Flughafen X``, ``X airport`` name a town with an airport. Where a country or a
hamlet bears the same name (a Costa Rican town named like a West African country; a
village of 9,500 sharing its name with a Caspian port city), the phrase says which one is
meant, but the gazetteer holds no airports. An airport serves a reading when it lies
within ``AIRPORT_TOWN_KM`` of the reading's point in the reading's country and names the
reading in its city or its own name (``Keflavík`` is served by the airport of
Reykjavík's region named after it). Cost: about 8,000 rows read once (a few tens of
milliseconds), then one scan of a country's airports per reading asked about."""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from gazetteer import Candidate
from geomap.geometry import haversine_km
from geomap.geoparse._context import name_key

#: an airport this close to a town's point may serve it (airports lie outside towns,
#: mostly within 5-25 km; Keflavík's is 3 km from the town, 50 km from Reykjavík)
AIRPORT_TOWN_KM = 40.0


@cache
def _airports() -> dict[str, list[tuple[float, float, frozenset[str], frozenset[str]]]]:
    """The IATA airports by ISO country code: point, the folded words of their city and
    name, and those of their city alone."""
    import airportsdata

    out: dict[str, list[tuple[float, float, frozenset[str], frozenset[str]]]] = defaultdict(list)
    for row in airportsdata.load("IATA").values():
        city = frozenset(name_key(row["city"]).split())
        words = city | frozenset(name_key(row["name"]).split())
        out[row["country"]].append((float(row["lat"]), float(row["lon"]), words, city))
    return dict(out)


def served_by_airport(c: Candidate) -> bool:
    """Does an airport serve the reading ``c``? A town: an airport of its country within
    ``AIRPORT_TOWN_KM`` names it (every word of its name) in its city or its own name. A
    country or a first-level region: an airport of its country names it in its own name
    but not in its city (Malta International Airport lies at Luqa; the airport of a
    capital named like its country, Djibouti's, names the city)."""
    if not c.country_code:
        return False
    words = name_key(c.name).split()
    if not words:
        return False
    airports = _airports().get(c.country_code, ())
    if c.kind == "city":
        return any(
            all(w in named for w in words)
            and haversine_km(c.lat, c.lon, lat, lon) <= AIRPORT_TOWN_KM
            for lat, lon, named, _ in airports
        )
    if c.kind in ("country", "admin1"):
        return any(
            all(w in named for w in words) and not all(w in city for w in words)
            for _, _, named, city in airports
        )
    return False
