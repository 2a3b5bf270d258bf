"""A coast drawn for a claim is the coast the claim's words name, not the whole national
coastline (issue 17: "the Pacific coast of Russia" ran along the Arctic to 81.8° N)."""

from __future__ import annotations

import dataclasses
import math

import pytest

import geomap
from geomap.maps import build_map
from geomap.maps._build import DERIVED_COLOR


def _coast_lines(m) -> dict[str, list[tuple[float, float]]]:
    """The purple derived lines on the map: tooltip text -> every (lat, lon) drawn."""
    out: dict[str, list[tuple[float, float]]] = {}
    stack = [m]
    while stack:
        el = stack.pop()
        stack.extend(el._children.values())
        if type(el).__name__ == "PolyLine" and el.options.get("color") == DERIVED_COLOR:
            tips = [c.text for c in el._children.values() if type(c).__name__ == "SafeTooltip"]
            locs = el.locations
            parts = locs if locs and isinstance(locs[0][0], list | tuple) else [locs]
            out[tips[0] if tips else ""] = [(float(a), float(b)) for p in parts for a, b in p]
    return out


def _analysis(gaz, text: str):
    return geomap.analyze(text, path="coasts.txt", lang="en", gazetteer=gaz)


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    )
    return 2 * 6371.0 * math.asin(math.sqrt(h))


@pytest.mark.parametrize(
    ("text", "country", "check"),
    [
        # whole coasts reach 81.8° N (Russia) and 83.1° N (Canada) along the Arctic
        (
            "Sapporo lies about 700 km from the Pacific coast of Russia.\n",
            "Russia",
            lambda pts: max(la for la, _ in pts) < 70,
        ),
        (
            "Halifax is 10 km from the Atlantic coast of Canada.\n",
            "Canada",
            lambda pts: max(la for la, _ in pts) < 70 and max(lo for _, lo in pts) > -60,
        ),
        # Canada's Pacific coast is British Columbia's: nothing east of the Rockies
        (
            "Vancouver is 20 km from the Pacific coast of Canada.\n",
            "Canada",
            lambda pts: max(lo for _, lo in pts) < -120 and max(la for la, _ in pts) < 61,
        ),
    ],
)
def test_a_coast_named_by_its_sea_is_drawn_along_that_sea_only(gaz, text, country, check):
    a = _analysis(gaz, text)
    lines = _coast_lines(build_map([a], gaz))
    coast = [pts for tip, pts in lines.items() if "coast" in tip and country in tip]
    assert coast, lines.keys()
    assert check(coast[0])


def test_a_coast_with_no_sea_named_is_drawn_around_where_the_distance_reached(gaz):
    a = _analysis(gaz, "Vancouver is 20 km from the Pacific coast of Canada.\n")
    # the same coast as the geoparser gives it for words that name no sea
    sea_named = {p.id for p in a.places if p.kind == "ocean"}
    a = dataclasses.replace(a, places=tuple(p for p in a.places if p.id not in sea_named))
    claim = next(c for c in a.claims if c.nearest is not None)
    assert claim.nearest is not None
    coast = next(pts for tip, pts in _coast_lines(build_map([a], gaz)).items() if "coast" in tip)
    farthest = max(_km(claim.nearest, p) for p in coast)
    assert farthest < 400  # the stretch around the point reached, not Canada's 200,000 km


def test_an_unclaimed_coast_mention_is_drawn_whole_when_nothing_narrows_it(gaz):
    a = _analysis(gaz, "Vancouver is 20 km from the Pacific coast of Canada.\n")
    sea_named = {p.id for p in a.places if p.kind == "ocean"}
    # No sea named: drop the ocean's mention and the coast's record of it.
    places = tuple(
        dataclasses.replace(p, water=None) if p.relation == "coast" else p
        for p in a.places
        if p.id not in sea_named
    )
    a = dataclasses.replace(a, places=places, claims=())
    coast = next(pts for tip, pts in _coast_lines(build_map([a], gaz)).items() if "coast" in tip)
    assert max(la for la, _ in coast) > 80  # Canada's Arctic islands: nothing said otherwise
