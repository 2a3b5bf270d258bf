"""Relative places built from resolved ones: borders and coasts.

``die Grenze zu Tschechien``, ``der österreichischen Grenze``, ``the border with Belarus``,
``the Polish border``, ``die Ostküste``, ``the east coast of Japan``. A derived place is a
``Place`` with ``role="derived"``, ``kind`` ``border`` or ``coast``, the country codes it is
built from in ``related`` and, for a coast, the compass point it faces in ``facing`` and
the sea it is named after in ``water``. Its geometry is not stored:
``geomap.geometry.place_geometry`` rebuilds it from the gazetteer.
When the text names only one country of a border, the other one comes from the context
(the country of the nearest place named before it), because "40 km from the border with
Slovakia" said of an Austrian town means the Austrian-Slovak border.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING

from geomap.geometry import namesake_outline_id
from geomap.lexicons import PlaceLexicon
from geomap.model import COAST_WATER_KINDS, Document, Place, kinds_where
from geomap.text import Token

if TYPE_CHECKING:
    from shapely.geometry.base import BaseGeometry

    from gazetteer import GazetteerAPI

__all__ = ["derive_places"]

CONTEXT_SENTENCES = 3  # how far back the context country of a relative place is looked for


def _context_country(
    places: Sequence[Place],
    before: int,
    sentence: int,
    exclude: set[str],
    inside: list[tuple[int, int]],
) -> str | None:
    """The country of the nearest named place before ``before`` (same or recent sentences).

    ``places`` is sorted by start; the walk goes backwards from ``before`` and stops
    ``CONTEXT_SENTENCES`` back, so it costs nothing in a long text."""
    for idx in range(_bisect_start(places, before) - 1, -1, -1):
        p = places[idx]
        if sentence - p.sentence > CONTEXT_SENTENCES:
            break
        if not p.resolved or not p.country_code or p.role != "name":
            continue
        if any(s <= p.start < e for s, e in inside[-8:]):
            continue
        if p.country_code in exclude:
            continue
        return p.country_code
    return None


def _bisect_start(places: Sequence[Place], start: int) -> int:
    """Index of the first place starting at or after ``start``."""
    lo, hi = 0, len(places)
    while lo < hi:
        mid = (lo + hi) // 2
        if places[mid].start < start:
            lo = mid + 1
        else:
            hi = mid
    return lo


class _Deriver:
    def __init__(
        self,
        doc: Document,
        tokens: Sequence[Token],
        places: Sequence[Place],
        gaz: GazetteerAPI,
        lex: PlaceLexicon,
    ) -> None:
        self.doc, self.tokens, self.places, self.gaz, self.lex = doc, tokens, places, gaz, lex
        self.by_start = {p.start: p for p in places if p.role in ("name", "adjective")}
        self.out: list[Place] = []
        self.inside: list[tuple[int, int]] = []
        self.named = [p for p in places if p.role in ("name", "adjective")]  # sorted by start

    @cached_property
    def tok_starts(self) -> list[int]:
        """The tokens' offsets, built only for an article naming a border or a coast."""
        return [t.start for t in self.tokens]

    def _place_starting(self, tok: Token) -> Place | None:
        return self.by_start.get(tok.start)

    def _tok_after(self, p: Place) -> int:
        k = bisect.bisect_left(self.tok_starts, p.end)
        return self.tokens[k].i if k < len(self.tokens) else len(self.tokens)

    def _skip_dets(self, k: int, sentence: int) -> int:
        while (
            k < len(self.tokens)
            and self.tokens[k].sentence == sentence
            and self.tokens[k].fold in self.lex.determiners
        ):
            k += 1
        return k

    def run(self) -> list[Place]:
        coast_endings = tuple(self.lex.coast_words)
        border_words = self.lex.border_words
        for t in self.tokens:
            f = t.fold
            if f in border_words:
                self._border(t)
            elif f.endswith(coast_endings):
                self._coast(t)
        return self.out

    # -- borders ----------------------------------------------------------------------
    def _border(self, t: Token) -> None:
        toks = self.tokens
        countries: list[Place] = []
        start, end = t.start, t.end
        # adjectives or a country name right before: "der russischen Grenze", "the Polish border",
        # "die polnisch-belarussische Grenze", "the Russia-Ukraine border"
        k = t.i - 1
        while k >= 0 and toks[k].sentence == t.sentence:
            p = self._covering(toks[k])
            if p is None or not (p.kind == "country" or p.role == "adjective"):
                break
            countries.insert(0, p)
            start = p.start
            k = self._first_tok(p) - 1
            if toks[k + 1].gap_before.strip() not in ("-", "–", "/"):
                break
        # "Grenze zu X" / "border with X"
        k = t.i + 1
        if (
            k < len(toks)
            and toks[k].sentence == t.sentence
            and toks[k].fold in self.lex.border_with
        ):
            k = self._skip_dets(k + 1, t.sentence)
            if k < len(toks):
                p = self._covering(toks[k])
                if p is not None and p.kind == "country":
                    countries.append(p)
                    end = p.end
        # "Grenze zwischen X und Y"
        elif k < len(toks) and toks[k].fold in self.lex.between_words:
            k = self._skip_dets(k + 1, t.sentence)
            if k < len(toks):
                a = self._covering(toks[k])
                if a is not None and a.kind == "country":
                    k2 = self._tok_after(a)
                    if k2 < len(toks) and toks[k2].fold in self.lex.and_words:
                        k2 = self._skip_dets(k2 + 1, t.sentence)
                        b = self._covering(toks[k2]) if k2 < len(toks) else None
                        if b is not None and b.kind == "country":
                            countries += [a, b]
                            end = b.end
        codes = []
        for p in countries:
            if p.country_code and p.country_code not in codes:
                codes.append(p.country_code)
        if not codes:
            return
        if len(codes) == 1:
            ctx = _context_country(self.places, start, t.sentence, set(codes), self.inside)
            if ctx is not None and ctx in self._neighbours(codes[0]):
                codes.append(ctx)
        self.inside.append((start, end))
        self.out.append(self._make_border(start, end, t.sentence, tuple(codes)))

    def _neighbours(self, cc: str) -> list[str]:
        try:
            return list(self.gaz.neighbours(cc))
        except Exception:  # noqa: BLE001 - a gazetteer without geometry: no context country
            return []

    def _covering(self, tok: Token) -> Place | None:
        k = _bisect_start(self.named, tok.start + 1) - 1
        while k >= 0 and self.named[k].start > tok.start - 200:
            p = self.named[k]
            if p.start <= tok.start < p.end:
                return p
            k -= 1
        return None

    def _first_tok(self, p: Place) -> int:
        k = bisect.bisect_left(self.tok_starts, p.start)
        return self.tokens[k].i if k < len(self.tokens) else 0

    def _make_border(self, start: int, end: int, sentence: int, codes: tuple[str, ...]) -> Place:
        names = []
        for cc in codes:
            c = self.gaz.country(cc)
            names.append(c.name if c else cc)
        key = "-".join(sorted(codes))
        lat = lon = None
        reason = None
        if len(codes) == 2:
            line = self.gaz.border(codes[0], codes[1])
            if line is not None and not line.is_empty:
                pt = line.interpolate(0.5, normalized=True)
                lat, lon = round(pt.y, 5), round(pt.x, 5)
            else:
                reason = f"{names[0]} and {names[1]} share no land border in the gazetteer"
        else:
            geom = self.gaz.country_geometry(codes[0])
            if geom is not None:
                pt = geom.boundary.interpolate(0.5, normalized=True)
                lat, lon = round(pt.y, 5), round(pt.x, 5)
        name = "–".join(names) + " border" if len(names) == 2 else f"border of {names[0]}"
        return Place(
            mention=self.doc.text[start:end],
            start=start,
            end=end,
            sentence=sentence,
            name=name,
            kind="border",
            country_code=codes[0] if len(codes) == 1 else None,
            lat=lat,
            lon=lon,
            id=f"border:{key}",
            source="derived",
            confidence=0.8 if reason is None else 0.3,
            role="derived",
            relation="border",
            related=tuple(sorted(codes)),
            reason=reason,
        )

    # -- coasts -----------------------------------------------------------------------
    def _coast(self, t: Token) -> None:
        toks = self.tokens
        f = t.fold
        nxt = toks[t.i + 1] if t.i + 1 < len(toks) else None
        if nxt is not None and nxt.sentence == t.sentence and nxt.fold in self.lex.coast_compounds:
            return  # "the Libyan coast guard": a service, not a coast
        own = self._covering(t)
        if own is not None and own.start < t.start and own.kind in _NAMES_WITH_COAST:
            return  # "Ivory Coast", "Gold Coast": the word ends a name, it draws no coast
        word = next(w for w in sorted(self.lex.coast_words, key=len, reverse=True) if f.endswith(w))
        prefix = f[: -len(word)]
        facing: str | None = None
        start, end = t.start, t.end
        country: Place | None = None
        region: Place | None = None  # "Tasmania's west coast", "die Westküste Tasmaniens"
        sea: Place | None = None
        if prefix:
            for pre, point in self.lex.compass_prefixes:
                if prefix == pre:
                    facing = point
                    break
            else:
                # "die Pazifikküste (Chiles)": the gazetteer names the compound's sea
                # (gazetteer/_curated.py); read it as "Pazifik-Küste", else leave it
                p = self._covering(t)
                if p is None or not p.resolved or p.kind not in _SEA_KINDS:
                    return
                sea = p
        prev = toks[t.i - 1] if t.i > 0 and toks[t.i - 1].sentence == t.sentence else None
        if prev is not None and prefix and facing is not None:
            p = self._covering(prev)  # "Sardiniens Ostküste": a region's genitive before
            if p is not None and p.resolved and p.role == "name" and p.kind in _COAST_OWNERS:
                region, start = p, p.start
        if prev is not None and not prefix:
            if prev.fold in self.lex.compass_words:
                facing = self.lex.compass_words[prev.fold]
                start = prev.start
                prev = (
                    toks[prev.i - 1]
                    if prev.i > 0 and toks[prev.i - 1].sentence == t.sentence
                    else None
                )
            if (
                prev is not None
                and prev.fold == "s"
                and prev.gap_before in ("'", "’")
                and prev.i > 0
                and toks[prev.i - 1].sentence == t.sentence
            ):
                prev = toks[prev.i - 1]  # the owner of a possessive: "Tasmania's west coast"
            p = self._covering(prev) if prev is not None else None
            if p is not None and p.resolved:
                if p.kind == "country" or p.role == "adjective":
                    country, start = p, p.start
                elif p.kind in ("sea", "ocean", "gulf", "bay"):
                    sea, start = p, p.start
                elif p.kind in _COAST_OWNERS and p.role == "name":
                    region, start = p, p.start
        if country is None:
            # "Ostküste Japans", "the east coast of Japan", "der Ostküste von X"
            k = t.i + 1
            if k < len(toks) and toks[k].sentence == t.sentence:
                if toks[k].fold in self.lex.name_links:
                    k = self._skip_dets(k + 1, t.sentence)
                p = self._covering(toks[k]) if k < len(toks) else None
                if p is not None and p.kind == "country" and toks[k].sentence == t.sentence:
                    country, end = p, p.end
                elif (
                    region is None
                    and p is not None
                    and p.resolved
                    and p.role == "name"
                    and p.kind in _COAST_OWNERS
                    and toks[k].sentence == t.sentence
                ):
                    region, end = p, p.end
        owner: Place | None = None  # the region named as the sea coast's owner
        if region is not None and country is None:
            if facing is not None and sea is None:
                self._region_coast(region, facing, start, end, t.sentence)
            if facing is not None or region.country_code is None:
                return  # a region's coast is on the region, never another coast of its country
            if sea is None and namesake_outline_id(self.gaz, region) is not None:
                return  # an outlined region ("the coast of Crete") is measured by its outline
            # "the Pacific coast of Oregon", "die Atlantikküste Floridas", "off the coast
            # of Queensland" (a region known by its point): the country's coast (on that
            # sea), its point the one nearest the region's
            owner = region
        if facing is None and sea is None and country is None and owner is None:
            # a bare "coast" with no country named says too little to draw; with one
            # ("off the coast of Norway", "the Norwegian coast", "vor der Küste
            # Norwegens") it is that country's whole coast (docs/claims.md, "Islands off
            # a coast")
            return
        cc = (
            country.country_code
            if country
            else owner.country_code
            if owner
            else _context_country(self.places, start, t.sentence, set(), self.inside)
        )
        if cc is None:
            return
        anchor = None
        if facing is None:
            anchor = self._point_before(start, t.sentence)
            if owner is not None:
                anchor = (owner.lat, owner.lon)
            elif anchor is None and sea is not None:
                anchor = (sea.lat, sea.lon)
        c = self.gaz.country(cc)
        cname = c.name if c else cc
        lat = lon = None
        line = _coast_line(self.gaz, cc, facing)
        if line is not None and not line.is_empty and sea is not None and sea.id is not None:
            from geomap.geometry import coast_on_sea

            line = coast_on_sea(line, sea.id, self.gaz)  # its point on the named sea's stretch
        if line is not None and not line.is_empty:
            if anchor is not None and anchor[0] is not None:
                from shapely.geometry import Point
                from shapely.ops import nearest_points

                rp = nearest_points(line, Point(anchor[1], anchor[0]))[0]
            elif line.geom_type == "LineString":
                rp = line.interpolate(0.5, normalized=True)
            else:
                rp = line.representative_point()
            lat, lon = round(rp.y, 5), round(rp.x, 5)
        if facing:
            name = f"{_COMPASS[facing]} coast of {cname}"
        elif sea is not None:
            name = f"{sea.name} coast of {owner.name if owner else cname}"
        else:
            name = f"coast of {owner.name if owner else cname}"
        self.out.append(
            Place(
                mention=self.doc.text[start:end],
                start=start,
                end=end,
                sentence=t.sentence,
                name=name,
                kind="coast",
                country_code=cc,
                lat=lat,
                lon=lon,
                id=f"coast:{cc}:{facing}" if facing else f"coast:{cc}",
                source="derived",
                confidence=0.7 if country or owner else 0.5,
                role="derived",
                relation="coast",
                related=(cc,),
                facing=facing,
                water=sea.id if sea is not None else None,
                reason=None if lat is not None else f"{cname} has no coastline in the gazetteer",
            )
        )

    def _region_coast(
        self, region: Place, facing: str, start: int, end: int, sentence: int
    ) -> None:
        """The ``facing`` coast of a region or an island ("Tasmania's west
        coast", "die Nordküste Siziliens"): its country's coastline along the region's
        outline, its point on that side of the region. The outline is the region's
        own or that of a namesake feature around its point (the island of a state
        named like it); with none, or no such stretch, nothing is derived and the
        region stands for itself: never the country's coast on that side elsewhere
        (Western Australia's for Tasmania's)."""
        cc = region.country_code
        if cc is None or region.lat is None or region.lon is None:
            return
        outline_id = namesake_outline_id(self.gaz, region)
        line = _coast_line(self.gaz, cc, None)
        if outline_id is None or line is None or line.is_empty:
            return
        from geomap.geometry import coast_facing, coast_near

        outline = self.gaz.geometry(outline_id)
        if outline is None:
            return
        around = coast_near(line, outline)  # the region's whole coast
        if around.is_empty:
            return
        stretch = coast_facing(around, outline, facing)  # its side, seen from the region
        if stretch.is_empty:
            stretch = around
        rp = (
            stretch.interpolate(0.5, normalized=True)
            if stretch.geom_type == "LineString"
            else stretch.representative_point()
        )
        compass = _COMPASS[facing]
        self.out.append(
            Place(
                mention=self.doc.text[start:end],
                start=start,
                end=end,
                sentence=sentence,
                name=f"{compass} coast of {region.name or region.mention}",
                kind="coast",
                country_code=cc,
                lat=round(rp.y, 5),
                lon=round(rp.x, 5),
                id=f"coast:{cc}:{facing}:{region.id}",
                source="derived",
                confidence=0.7,
                role="derived",
                relation="coast",
                related=(cc,),
                # no side: a side is cut from the country's shape, not the region's, so
                # the geometry is the region's whole coast (the coastline along the
                # outline, as for a sea's coast: geomap.geometry.place_geometry); the
                # point is on the named side
                facing=None,
                water=outline_id,
                reason=None,
            )
        )

    def _point_before(self, before: int, sentence: int) -> tuple[float | None, float | None] | None:
        """The nearest point place named before ``before`` in the sentence ("Danzig ...
        an der Ostsee-Küste": the coast is the stretch nearest to the city); its
        coordinates are ``None`` when it has an id but no location."""
        k = _bisect_start(self.places, before)
        for p in reversed(self.places[max(0, k - 40) : k]):
            if (
                p.sentence == sentence
                and p.role == "name"
                and p.resolved
                and p.kind not in ("country", "ocean", "sea", "admin1", "region")
            ):
                return (p.lat, p.lon)
        return None


_COASTS: dict[tuple[int, str, str | None], BaseGeometry | None] = {}

#: Kinds of place whose own coast a phrase may name ("Tasmania's west coast"): the land
#: areas that hold places or cover ground (regions, islands), not a country (its coast is
#: the country's coast), a continent or a water.
_COAST_OWNERS = (
    (kinds_where("contains_places") | kinds_where("is_area"))
    - kinds_where("is_water")
    - {"country"}
    - {"continent"}
)
#: Waters a coast compound may name ("die Pazifikküste").
_SEA_KINDS = COAST_WATER_KINDS
#: Kinds of a name that merely ends in a coast word ("Ivory Coast", "Gold Coast", "Cape
#: Coast"): a country or a town, which draws no coast of its own. A region named a coast
#: ("the West Coast") still gives its country's coast as before.
_NAMES_WITH_COAST = kinds_where("coast_in_name")
_COMPASS = {
    "N": "north",
    "NE": "north-east",
    "E": "east",
    "SE": "south-east",
    "S": "south",
    "SW": "south-west",
    "W": "west",
    "NW": "north-west",
}


def _coast_line(gaz: GazetteerAPI, cc: str, facing: str | None) -> BaseGeometry | None:
    """The coastline of ``cc`` on its ``facing`` side, memoised per gazetteer (it costs
    milliseconds and articles repeat the same coasts)."""
    key = (id(gaz), cc, facing)
    if key not in _COASTS:
        line = gaz.coastline(cc)
        if line is not None and not line.is_empty and facing is not None:
            poly = gaz.country_geometry(cc)
            if poly is not None:
                from geomap.geometry import coast_facing

                line = coast_facing(line, poly, facing)
        _COASTS[key] = line
    return _COASTS[key]


def derive_places(
    doc: Document,
    tokens: Sequence[Token],
    places: Sequence[Place],
    gaz: GazetteerAPI,
    lex: PlaceLexicon,
) -> list[Place]:
    """Borders and coasts the text builds from the places in ``places``."""
    return _Deriver(doc, tokens, places, gaz, lex).run()
