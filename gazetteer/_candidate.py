"""The one record type the gazetteer hands out."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

__all__ = ["Candidate"]


@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer entry, as found for a name.

    ``prior`` is the entry's prominence (0-1, independent of the query: population,
    kind, capital); ``score`` is ``prior`` plus the bonuses of this particular match
    (primary name, alias in the requested language, exact case) and is what
    ``lookup`` sorts by. ``matched`` is the stored alias the query matched (empty for
    ``get``/``country``); ``matched_langs`` the languages the sources tag that alias
    with (``("de",)`` for ``Warschau``; empty for GeoNames alternate names, which carry
    none). Coordinates are a representative point: the city itself,
    a country's label point, the population-weighted centre of an admin-1 region.
    """

    id: str
    name: str
    kind: str
    country_code: str | None
    lat: float
    lon: float
    population: int
    source: str
    feature_code: str | None
    matched: str
    prior: float
    score: float = 0.0
    admin1: str | None = None
    radius_km: float | None = None
    matched_langs: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape (``geomap gazetteer lookup --format json``)."""
        return asdict(self)
