"""Geodesic geometry (geomap.geometry), checked against geographiclib directly."""

from __future__ import annotations

import math

import pytest
import shapely
from geographiclib.geodesic import Geodesic
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, MultiLineString, Point, box

from geomap.geometry import (
    angular_difference,
    bearing_deg,
    coast_facing,
    compass_sector,
    densify,
    geodesic_km,
    land_boundary,
    place_geometry,
    point_to_geometry,
    ring,
)
from geomap.model import PlaceRef

G = Geodesic.WGS84

lat_st = st.floats(min_value=-80, max_value=80, allow_nan=False)
lon_st = st.floats(min_value=-180, max_value=180, allow_nan=False)


def _gl_km(a_lat, a_lon, b_lat, b_lon) -> float:
    return G.Inverse(a_lat, a_lon, b_lat, b_lon)["s12"] / 1000.0


def test_vostochny_vladivostok() -> None:
    km = geodesic_km(51.884, 128.334, 43.1155, 131.8855)
    assert km == pytest.approx(1010.62, abs=0.01)
    # from the reference (Vladivostok) to the subject (Vostochny): roughly north
    assert compass_sector(bearing_deg(43.1155, 131.8855, 51.884, 128.334)) == "N"


@settings(max_examples=100, deadline=None)
@given(a=lat_st, b=lon_st, c=lat_st, d=lon_st)
def test_geodesic_matches_geographiclib(a: float, b: float, c: float, d: float) -> None:
    assert geodesic_km(a, b, c, d) == pytest.approx(_gl_km(a, b, c, d), abs=1e-6)
    assert 0 <= bearing_deg(a, b, c, d) < 360


@pytest.mark.parametrize(
    ("bearing", "sector"),
    [
        (0, "N"),
        (22.4, "N"),
        (22.6, "NE"),
        (90, "E"),
        (180, "S"),
        (247.5, "W"),
        (315, "NW"),
        (359, "N"),
        (-45, "NW"),
    ],
)
def test_compass_sector(bearing: float, sector: str) -> None:
    assert compass_sector(bearing) == sector


def test_angular_difference() -> None:
    assert angular_difference(350, 10) == 20
    assert angular_difference(0, 180) == 180
    assert angular_difference(90, 90) == 0


def test_densify_ends_and_spacing() -> None:
    pts = densify((52.52, 13.405), (48.1374, 11.5755), step_km=50)
    assert pts[0] == pytest.approx((52.52, 13.405)) and pts[-1] == pytest.approx((48.1374, 11.5755))
    assert len(pts) == math.ceil(504.56 / 50) + 1
    steps = [_gl_km(*a, *b) for a, b in zip(pts, pts[1:], strict=False)]
    assert max(steps) - min(steps) < 0.01  # equal spacing along the geodesic


def test_densify_unwraps_the_antimeridian() -> None:
    pts = densify((60.0, 170.0), (60.0, -170.0), 11)
    lons = [p[1] for p in pts]
    assert all(abs(b - a) < 10 for a, b in zip(lons, lons[1:], strict=False))
    assert lons[-1] == pytest.approx(190.0)


def test_ring_is_a_geodesic_circle() -> None:
    pts = ring(40.0, 128.9, 650.0, n=64)
    assert len(pts) == 65 and pts[0] == pts[-1]
    for lat, lon in pts:
        assert _gl_km(40.0, 128.9, lat, ((lon + 180) % 360) - 180) == pytest.approx(650.0, abs=1e-6)


def test_ring_across_the_antimeridian_is_continuous() -> None:
    lons = [p[1] for p in ring(0.0, 179.9, 300.0, n=32)]
    assert all(abs(b - a) < 10 for a, b in zip(lons, lons[1:], strict=False))


STEP_DEG = 0.005
STEP_KM = STEP_DEG * 111.33  # the longest a 0.005-degree step can be on WGS84


def _brute_km(lat: float, lon: float, geom) -> float:
    coords = shapely.get_coordinates(shapely.segmentize(geom, STEP_DEG))
    return min(_gl_km(lat, lon, y, x) for x, y in coords)


@settings(max_examples=15, deadline=None)
@given(
    lat=st.floats(min_value=-60, max_value=60),
    lon=st.floats(min_value=-170, max_value=170),
    dlat=st.floats(min_value=-3, max_value=3),
    dlon=st.floats(min_value=-3, max_value=3),
)
def test_point_to_line_matches_brute_force(
    lat: float, lon: float, dlat: float, dlon: float
) -> None:
    line = LineString(
        [
            (lon + dlon, lat + dlat),
            (lon + dlon + 1.0, lat + dlat + 0.5),
            (lon + dlon + 1.5, lat + dlat - 1),
        ]
    )
    km, (nlat, nlon) = point_to_geometry(lat, lon, line)
    brute = _brute_km(lat, lon, line)
    assert km <= brute + 0.001  # never farther than any vertex of the dense line (1 m)
    # The dense line's vertices are at most STEP_KM apart, so the true distance d satisfies
    # brute <= sqrt(d**2 + (STEP_KM / 2)**2): a lower bound that is tight unless very close.
    assert km >= math.sqrt(max(0.0, brute**2 - (STEP_KM / 2) ** 2)) - 0.001
    # on the line within a few metres (edges are followed in 0.05-degree pieces)
    assert line.distance(Point(nlon, nlat)) < 3e-5


def test_point_inside_polygon_is_zero() -> None:
    km, nearest = point_to_geometry(0.5, 0.5, box(0, 0, 1, 1))
    assert km == 0.0 and nearest == (0.5, 0.5)


def test_point_outside_polygon_measures_to_its_edge() -> None:
    km, (nlat, nlon) = point_to_geometry(0.5, 2.0, box(0, 0, 1, 1))
    assert km == pytest.approx(_gl_km(0.5, 2.0, 0.5, 1.0), abs=0.01)
    assert nlon == pytest.approx(1.0, abs=1e-6)


def test_point_to_multilinestring_across_the_antimeridian() -> None:
    lines = MultiLineString([[(179.0, 65.0), (180.0, 65.0)], [(-180.0, 65.0), (-179.0, 65.0)]])
    km, _ = point_to_geometry(66.0, -179.5, lines)
    assert km == pytest.approx(_gl_km(66.0, -179.5, 65.0, -179.5), abs=0.2)


def _square_country():
    return box(10, 40, 12, 42)


def test_coast_facing_east_keeps_the_east_side() -> None:
    country = _square_country()
    east = coast_facing(country.boundary, country, "E")
    xs = shapely.get_coordinates(east)[:, 0]
    assert xs.min() == pytest.approx(12.0) and xs.max() == pytest.approx(12.0)


def test_coast_facing_north_and_none() -> None:
    country = _square_country()
    north = coast_facing(country.boundary, country, "N")
    ys = shapely.get_coordinates(north)[:, 1]
    assert ys.min() == pytest.approx(42.0)
    assert coast_facing(country.boundary, country, None).equals(country.boundary)


class FakeGaz:
    """Two square countries side by side: A (lon 0-1) and B (lon 1-2), sea elsewhere."""

    def __init__(self) -> None:
        self.polys = {"AA": box(0, 0, 1, 1), "BB": box(1, 0, 2, 1)}

    def country_geometry(self, cc):
        return self.polys.get(cc)

    def border(self, a, b):
        if {a, b} == {"AA", "BB"}:
            return LineString([(1, 0), (1, 1)])
        return None

    def neighbours(self, cc):
        return {"AA": ["BB"], "BB": ["AA"]}.get(cc, [])

    def coastline(self, cc):
        poly = self.polys.get(cc)
        return poly.boundary.difference(LineString([(1, 0), (1, 1)]).buffer(1e-9)) if poly else None


def test_place_geometry_kinds() -> None:
    gaz = FakeGaz()
    ref = PlaceRef(
        name="A",
        kind="country",
        id="ne:AA",
        lat=0.5,
        lon=0.5,
        geometry="polygon",
        country_code="AA",
    )
    assert place_geometry(ref, gaz).equals(box(0, 0, 1, 1))
    border = PlaceRef(
        name="border",
        kind="border",
        id=None,
        lat=None,
        lon=None,
        geometry="border",
        country_code="AA",
    )
    assert place_geometry(border, gaz, related=("AA", "BB")).equals(LineString([(1, 0), (1, 1)]))
    assert place_geometry(border, gaz).equals(LineString([(1, 0), (1, 1)]))  # land boundary of AA
    coast = PlaceRef(
        name="coast", kind="coast", id=None, lat=None, lon=None, geometry="coast", country_code="AA"
    )
    west = place_geometry(coast, gaz, facing="W")
    assert shapely.get_coordinates(west)[:, 0].max() == pytest.approx(0.0)
    city = PlaceRef(name="c", kind="city", id="x", lat=0.3, lon=0.4)
    assert place_geometry(city, gaz).equals(Point(0.4, 0.3))
    assert land_boundary("AA", gaz).equals(LineString([(1, 0), (1, 1)]))


def test_real_coast_facing_east_of_north_korea(gaz) -> None:
    coast = gaz.coastline("KP")
    poly = gaz.country_geometry("KP")
    east = coast_facing(coast, poly, "E")
    west = coast_facing(coast, poly, "W")
    # The east coast (Sea of Japan) lies east of 127.5E; the west coast (Yellow Sea) west of it.
    assert shapely.get_coordinates(east)[:, 0].min() > 127.0
    assert shapely.get_coordinates(west)[:, 0].max() < 127.5


def test_docstring_examples() -> None:
    import doctest

    import geomap.claims._verify
    import geomap.geometry

    assert doctest.testmod(geomap.geometry).failed == 0
    assert doctest.testmod(geomap.claims._verify).failed == 0


def test_a_coast_named_after_a_sea_is_measured_to_that_sea_not_the_countrys_other_sea():
    """A city on one sea of a country with two seas: its distance to the coast of the other
    sea is the distance to that sea's stretch of shore, not to the beach at its door."""
    from geomap.pipeline import analyze

    for text in (
        "Die Stadt Rostock liegt rund 200 Kilometer von der Nordseeküste entfernt.",
        "Die Hafenstadt Kiel liegt rund 80 Kilometer von der Nordseeküste entfernt.",
    ):
        a = analyze(text)
        coast = [p for p in a.places if p.relation == "coast"]
        assert coast and coast[0].water is not None, text
        assert len(a.claims) == 1, text
        claim = a.claims[0]
        assert claim.computed_km is not None and claim.computed_km > 50, (text, claim.computed_km)
        assert claim.verdict == "consistent", (text, claim.explanation)
