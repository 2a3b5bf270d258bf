"""The gazetteer's API as a typing Protocol: what geomap asks of a gazetteer, so a stand-in
(a test's fake over a few boxes) can take the place of ``Gazetteer`` and the type checker
holds both to the same signatures.

>>> from gazetteer import Gazetteer, GazetteerAPI
>>> isinstance(Gazetteer.open(), GazetteerAPI)   # doctest: +SKIP
True

``runtime_checkable`` makes ``isinstance`` check only that the methods exist; the
signatures are checked by mypy (``_: GazetteerAPI = Gazetteer.open()``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from gazetteer._candidate import Candidate

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

__all__ = ["GazetteerAPI", "SeatsAPI"]


@runtime_checkable
class GazetteerAPI(Protocol):
    """Names, entries, country geometry and derived lines (docs/design.md, "Gazetteer API").

    Geometries are shapely objects in lon/lat degrees, ``None`` where there is none.
    """

    def lookup(
        self,
        name: str,
        lang: str | None = None,
        limit: int = 10,
        kinds: Iterable[str] | None = None,
    ) -> list[Candidate]:
        """Candidates for ``name``, best first (empty when nothing matches)."""
        ...

    def lookup_many(
        self,
        names: Iterable[str],
        lang: str | None = None,
        limit: int = 10,
        kinds: Iterable[str] | None = None,
    ) -> dict[str, list[Candidate]]:
        """``lookup`` for many names; every name given is a key of the result."""
        ...

    def get(self, id: str) -> Candidate | None:
        """The entry with this id (``geonames:2013348``, ``ne:KP``, ``curated:...``)."""
        ...

    def country(self, cc: str) -> Candidate | None:
        """The country entry (``ne:<cc>``)."""
        ...

    def countries(self) -> list[Candidate]:
        """Every country entry, sorted by code."""
        ...

    def geometry(self, id: str) -> BaseGeometry | None:
        """The polygon of an area entry (countries: ``ne:KP``) or the outline of a physical
        feature (``curated:black-sea``, ``curated:bali``: polygons; ``curated:rhine``,
        ``curated:equator``: lines); None for a point feature (a pole, a cape, a town)."""
        ...

    def country_geometry(self, cc: str) -> BaseGeometry | None:
        """The country's (Multi)Polygon."""
        ...

    def neighbours(self, cc: str) -> list[str]:
        """Codes of the countries sharing a land border with ``cc``, sorted."""
        ...

    def border(self, a: str, b: str) -> BaseGeometry | None:
        """The land border shared by ``a`` and ``b``, a (Multi)LineString."""
        ...

    def coastline(self, cc: str) -> BaseGeometry | None:
        """The country's boundary minus its land borders, a (Multi)LineString."""
        ...

    def info(self) -> dict[str, Any]:
        """Entries, sources (name, version, licence, url), path, size, schema version."""
        ...


@runtime_checkable
class SeatsAPI(Protocol):
    """The seats of first-level regions (``Gazetteer.seat``), kept apart from
    ``GazetteerAPI`` so a stand-in without them still is one: ask
    ``isinstance(gaz, SeatsAPI)`` before reading ``the state capital`` by data."""

    def seat(self, region_id: str) -> Candidate | None:
        """The seat (capital) of a first-level region (of a second-level unit by rule:
        the town of its name inside it, else its biggest), None where none is known."""
        ...

    def seat_of(self, id: str) -> tuple[str, ...]:
        """Ids of the regions whose seat this entry is, sorted."""
        ...

    def town_seat(self, id: str) -> Candidate | None:
        """The seat of the first-level unit a town entry lies in, None if unknown."""
        ...
