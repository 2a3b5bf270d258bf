"""Hand-built analyses and a tiny stand-in gazetteer for the map tests (no geoparser needed).

The geography is made up but coherent: three box-shaped countries, a shared border, a
coast, places inside them, a verified point claim, a range claim with a ring and events.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, ClassVar

from shapely.geometry import LineString, box
from shapely.geometry.base import BaseGeometry

from gazetteer import Candidate
from geomap.model import (
    Alternative,
    Analysis,
    Claim,
    Document,
    Event,
    Place,
    PlaceRef,
    RangeRing,
    Sentence,
    Stated,
)

# Text that must never execute in the map, only show as text. Each payload sets a flag.
HOSTILE = (
    '<script>window.__xss_script=1</script> <img src=x onerror="window.__xss_img=1"> '
    '<a href="javascript:window.__xss_link=1">link</a> ${window.__xss_tpl=1} '
    "`+(window.__xss_tick=1)+` \\` </script><script>window.__xss_close=1</script>"
)
XSS_FLAGS = ("__xss_script", "__xss_img", "__xss_link", "__xss_tpl", "__xss_tick", "__xss_close")


class FakeGazetteer:
    """The part of the gazetteer the map uses (countries, their polygons, borders and
    coasts) over three boxes AA | BB (north) and CC; the rest of ``GazetteerAPI`` finds
    nothing. It satisfies the protocol structurally (tests/maps/test_map.py checks it)."""

    geoms: ClassVar[dict[str, BaseGeometry]] = {
        "AA": box(10.0, 40.0, 20.0, 50.0),
        "BB": box(10.0, 50.0, 20.0, 60.0),
        "CC": box(30.0, 40.0, 35.0, 45.0),
    }
    names: ClassVar[dict[str, str]] = {"AA": "Aland <b>", "BB": "Beeland", "CC": "Ceeland"}

    def _entry(self, cc: str) -> Candidate:
        c = self.geoms[cc].centroid
        return Candidate(
            id=f"ne:{cc}",
            name=self.names[cc],
            kind="country",
            country_code=cc,
            lat=c.y,
            lon=c.x,
            population=0,
            source="naturalearth",
            feature_code=None,
            matched="",
            prior=1.0,
        )

    def lookup(
        self,
        name: str,
        lang: str | None = None,
        limit: int = 10,
        kinds: Iterable[str] | None = None,
    ) -> list[Candidate]:
        return []

    def lookup_many(
        self,
        names: Iterable[str],
        lang: str | None = None,
        limit: int = 10,
        kinds: Iterable[str] | None = None,
    ) -> dict[str, list[Candidate]]:
        return {n: [] for n in names}

    def get(self, id: str) -> Candidate | None:
        cc = id.removeprefix("ne:")
        return self._entry(cc) if id.startswith("ne:") and cc in self.geoms else None

    def country(self, cc: str) -> Candidate | None:
        return self._entry(cc) if cc in self.geoms else None

    def countries(self) -> list[Candidate]:
        return [self._entry(cc) for cc in sorted(self.geoms)]

    def geometry(self, id: str) -> BaseGeometry | None:
        return self.geoms.get(id.removeprefix("ne:")) if id.startswith("ne:") else None

    def country_geometry(self, cc: str) -> BaseGeometry | None:
        return self.geoms.get(cc)

    def neighbours(self, cc: str) -> list[str]:
        return {"AA": ["BB"], "BB": ["AA"]}.get(cc, [])

    def border(self, a: str, b: str) -> BaseGeometry | None:
        if {a, b} == {"AA", "BB"}:
            return LineString([(10.0, 50.0), (20.0, 50.0)])
        return None

    def coastline(self, cc: str) -> BaseGeometry | None:
        g = self.geoms.get(cc)
        if g is None:
            return None
        return (
            g.boundary.difference(self.border(cc, "BB") or LineString())
            if cc == "AA"
            else g.boundary
        )

    def info(self) -> dict[str, Any]:
        return {"entries": len(self.geoms), "sources": [], "path": "<fake>"}


if TYPE_CHECKING:
    from gazetteer import GazetteerAPI

    _: GazetteerAPI = FakeGazetteer()  # mypy checks the fake's signatures against the protocol


def _sentences(text: str) -> tuple[Sentence, ...]:
    out, start = [], 0
    for i, chunk in enumerate(text.split("\n")):
        out.append(Sentence(i, start, start + len(chunk), chunk))
        start += len(chunk) + 1
    return tuple(out)


def make_analysis(extra: str = "", *, path: str = "made-up.txt") -> Analysis:
    """An analysis with 5 resolved places (4 distinct ids + 1 derived border), 1 unresolved,
    2 claims (a line and a ring), 2 events (one dated, one not). ``extra`` is appended to
    the first sentence and to every name that reaches a popup."""
    lines = [
        f"Alpha City (Agency) - Aland and Beeland met at Base One. {extra}",
        "Base One lies more than 900 km north of Alpha City, near the Aland border.",
        "Aland fired a missile that flew about 300 km. Alpha City stayed calm.",
        "Nowhereville was not found.",
    ]
    text = "\n".join(lines)
    sents = _sentences(text)

    def at(mention: str, occurrence: int = 0) -> tuple[int, int, int]:
        start = -1
        for _ in range(occurrence + 1):
            start = text.index(mention, start + 1)
        sent = next(s.index for s in sents if s.start <= start < s.end)
        return start, start + len(mention), sent

    def place(mention, kind, cc, lat, lon, pid, occurrence=0, **kw) -> Place:
        s, e, sent = at(mention, occurrence)
        return Place(
            mention,
            s,
            e,
            sent,
            kw.pop("name", mention),
            kind,
            cc,
            lat,
            lon,
            pid,
            kw.pop("source", "gazetteer"),
            0.9,
            **kw,
        )

    places = (
        place(
            "Alpha City",
            "city",
            "AA",
            45.0,
            15.0,
            "geonames:1",
            name=f"Alpha City {extra}",
            alternatives=(
                Alternative("geonames:2", f"Alpha Town {extra}", "city", "CC", 42.0, 32.0, 0.31),
            ),
        ),
        place("Alpha City", "city", "AA", 45.0, 15.0, "geonames:1", occurrence=1),
        place("Alpha City", "city", "AA", 45.0, 15.0, "geonames:1", occurrence=2),
        place("Aland", "country", "AA", 43.0, 17.0, "ne:AA"),
        place("Beeland", "country", "BB", 55.0, 15.0, "ne:BB"),
        place("Base One", "facility", "BB", 53.2, 16.0, "curated:base-one"),
        place(
            "Aland border",
            "border",
            "AA",
            50.0,
            15.0,
            "derived:border:AA-BB",
            role="derived",
            relation="border",
            related=("AA", "BB"),
            source="derived",
        ),
        Place(
            "Nowhereville",
            *at("Nowhereville"),
            None,
            "city",
            None,
            None,
            None,
            None,
            None,
            0.0,
            reason="not in the gazetteer",
        ),
    )
    s, e, sent = at("more than 900 km north of Alpha City")
    line_claim = Claim(
        text=f"Base One lies more than 900 km north of Alpha City {extra}",
        sentence=sent,
        start=s,
        end=e,
        stated=Stated(900.0, "km", "lower", "more than 900 km"),
        stated_km=900.0,
        form="point",
        direction="N",
        subject=PlaceRef("Base One", "facility", "curated:base-one", 53.2, 16.0),
        reference=PlaceRef("Alpha City", "city", "geonames:1", 45.0, 15.0),
        computed_km=926.4,
        bearing_deg=4.8,
        direction_ok=True,
        accepted_km=(900.0, 2000.0),
        verdict="consistent",
        explanation=f"926 km is more than 900 km {extra}",
    )
    s, e, sent = at("Nowhereville")
    lost_claim = Claim(
        text="Nowhereville was 40 km away",
        sentence=sent,
        start=s,
        end=e,
        stated=Stated(40.0, "km", "exact", "40 km"),
        stated_km=40.0,
        form="point",
        verdict="unverifiable",
        explanation="the subject is not resolved",
    )
    s, e, sent = at("flew about 300 km")
    ring_claim = Claim(
        text="flew about 300 km",
        sentence=sent,
        start=s,
        end=e,
        stated=Stated(300.0, "km", "approx", "about 300 km"),
        stated_km=300.0,
        form="range",
        subject=PlaceRef("Aland", "country", "ne:AA", 45.0, 15.0, geometry="polygon"),
        verdict="unverifiable",
        explanation="a range, not a distance between two places",
        ring=RangeRing(45.0, 15.0, 300.0, "Aland"),
    )
    s, e, sent = at("met at Base One")
    meeting = Event(
        "meeting",
        "met",
        ("Aland", f"Beeland {extra}"),
        "curated:base-one",
        f"Base One {extra}",
        53.2,
        16.0,
        "2023-09-13",
        "Wednesday",
        "day",
        None,
        sent,
        s,
        e,
        0.8,
        index=0,
    )
    s, e, sent = at("fired a missile")
    launch = Event(
        "launch",
        "fired",
        ("Aland",),
        "ne:AA",
        "Aland",
        45.0,
        15.0,
        None,
        None,
        None,
        None,
        sent,
        s,
        e,
        0.7,
        quantity="300 km",
        index=1,
    )
    doc = Document(text=text, language="en", sentences=sents, path=path)
    return Analysis(doc, places, (line_claim, ring_claim, lost_claim), (meeting, launch))


# What a map of make_analysis() shows.
N_PLACE_MARKERS = 4  # geonames:1, ne:AA, ne:BB, curated:base-one (the border is a line)
N_EVENT_MARKERS = 2
N_LINES = 3  # the claim line, the ring, the derived border
N_COUNTRIES = 2  # AA and BB outlined
