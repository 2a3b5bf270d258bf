"""Verification of claims (geomap.claims._verify) on hand-made claims and a small fake gazetteer."""

from __future__ import annotations

import dataclasses

import pytest
from geographiclib.geodesic import Geodesic
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import LineString, box

from geomap.claims import (
    DEFAULT_TOLERANCES,
    QUALIFIERS,
    Tolerances,
    accepted_interval,
    verify_claim,
    verify_claims,
)
from geomap.geometry import MAX_GEODESIC_KM
from geomap.model import Claim, PlaceRef, Stated
from tests.support.claims_builders import P, document, places

G = Geodesic.WGS84


class FakeGaz:
    """Two square countries: AA (lon 0-1, lat 0-1) and BB (lon 1-2); sea everywhere else."""

    def __init__(self) -> None:
        self.polys = {"AA": box(0, 0, 1, 1), "BB": box(1, 0, 2, 1)}
        self.shared = LineString([(1, 0), (1, 1)])

    def country_geometry(self, cc):
        return self.polys.get(cc)

    def border(self, a, b):
        return self.shared if {a, b} == {"AA", "BB"} else None

    def neighbours(self, cc):
        return {"AA": ["BB"], "BB": ["AA"]}.get(cc, [])

    def coastline(self, cc):
        poly = self.polys.get(cc)
        return poly.boundary.difference(self.shared.buffer(1e-9)) if poly is not None else None

    def countries(self):
        return [type("C", (), {"id": f"ne:{cc}"})() for cc in self.polys]

    def geometry(self, id):
        return self.polys.get(id.split(":", 1)[1])


def ref(name, lat, lon, geometry="point", cc=None, start=None, kind="city"):
    return PlaceRef(
        name=name,
        kind=kind,
        id=f"t:{name}",
        lat=lat,
        lon=lon,
        geometry=geometry,
        country_code=cc,
        mention_start=start,
    )


def claim(stated_km, qualifier="exact", form="point", direction=None, subject=None, reference=None):
    return Claim(
        text=f"{stated_km} km",
        sentence=0,
        start=0,
        end=5,
        stated=Stated(value=stated_km, unit="km", qualifier=qualifier, text=f"{stated_km} km"),
        stated_km=stated_km,
        form=form,
        direction=direction,
        subject=subject,
        reference=reference,
    )


def gl_km(a, b):
    return G.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000.0


@pytest.mark.parametrize(
    ("qualifier", "lo", "hi"),
    [
        ("exact", 85.0, 115.0),
        ("approx", 80.0, 120.0),
        ("lower", 90.0, MAX_GEODESIC_KM),
        ("upper", 0.0, 110.0),
        ("just_under", 80.0, 107.0),
        ("just_over", 93.0, 120.0),
    ],
)
def test_accepted_interval_per_qualifier(qualifier: str, lo: float, hi: float) -> None:
    assert accepted_interval(100, qualifier) == (pytest.approx(lo), pytest.approx(hi))


def test_tolerances_are_configurable() -> None:
    strict = Tolerances(approx=0.05, slack_km=0.0)
    assert accepted_interval(100, "approx", tolerances=strict) == (
        pytest.approx(95.0),
        pytest.approx(105.0),
    )
    assert accepted_interval(100, "approx", "route") == (
        pytest.approx(80 / DEFAULT_TOLERANCES.route_detour, abs=1e-3),
        120.0,
    )


@settings(max_examples=200, deadline=None)
@given(s=st.floats(min_value=0.01, max_value=15000), q=st.sampled_from(QUALIFIERS))
def test_the_stated_value_is_always_accepted(s: float, q: str) -> None:
    lo, hi = accepted_interval(s, q)
    assert 0 <= lo <= s <= hi <= MAX_GEODESIC_KM


BERLIN, MUNICH = (52.52, 13.405), (48.1374, 11.5755)


def test_point_claim_consistent_and_inconsistent() -> None:
    c = claim(500, "approx", subject=ref("München", *MUNICH), reference=ref("Berlin", *BERLIN))
    (v,) = verify_claims([c], [], None)
    assert v.verdict == "consistent"
    assert v.computed_km == pytest.approx(gl_km(MUNICH, BERLIN), abs=0.01)
    assert v.accepted_km == (pytest.approx(420.0), pytest.approx(580.0))
    assert v.nearest == pytest.approx(BERLIN)
    assert "505 km from Berlin" in v.explanation and v.explanation.endswith(".")
    (w,) = verify_claims([dataclasses.replace(c, stated_km=700.0)], [], None)
    assert w.verdict == "inconsistent"


def test_direction_is_checked_from_reference_to_subject() -> None:
    c = claim(
        500,
        "approx",
        direction="S",
        subject=ref("München", *MUNICH),
        reference=ref("Berlin", *BERLIN),
    )
    v = verify_claim(c, [], None)
    assert 180 < v.bearing_deg < 200 and v.direction_ok is True and v.verdict == "consistent"
    n = verify_claim(dataclasses.replace(c, direction="N"), [], None)
    assert n.direction_ok is False and n.verdict == "inconsistent"
    assert "does not hold" in n.explanation


def test_direction_sector_is_45_degrees_either_side() -> None:
    origin = (0.0, 0.0)
    for az, ok in [(44.0, True), (46.0, False), (-44.0, True), (-46.0, False)]:
        d = G.Direct(origin[0], origin[1], az, 100_000.0)
        c = claim(
            100, direction="N", subject=ref("S", d["lat2"], d["lon2"]), reference=ref("R", *origin)
        )
        assert verify_claim(c, [], None).direction_ok is ok, az
    narrow = Tolerances(direction_sector_deg=22.5)
    d = G.Direct(0, 0, 30.0, 100_000.0)
    c = claim(100, direction="N", subject=ref("S", d["lat2"], d["lon2"]), reference=ref("R", 0, 0))
    assert verify_claim(c, [], None, tolerances=narrow).direction_ok is False


def test_route_allows_a_detour() -> None:
    subj, refp = ref("A", 0.0, 0.0), ref("B", 0.0, 1.8)  # about 200 km apart
    assert (
        verify_claim(claim(300, "approx", "route", subject=subj, reference=refp), [], None).verdict
        == "consistent"
    )
    assert (
        verify_claim(claim(300, "approx", "point", subject=subj, reference=refp), [], None).verdict
        == "inconsistent"
    )


def test_missing_or_unlocated_places_are_unverifiable() -> None:
    v = verify_claim(claim(100, subject=None, reference=ref("B", 0, 0)), [], None)
    assert v.verdict == "unverifiable" and v.explanation
    u = verify_claim(claim(100, subject=ref("A", None, None), reference=ref("B", 0, 0)), [], None)
    assert u.verdict == "unverifiable" and "could not be located" in u.explanation
    g = verify_claim(
        claim(100, subject=ref("A", 0.5, 0.5), reference=ref("AA", 0.5, 0.5, "polygon", "AA")),
        [],
        None,
    )
    assert g.verdict == "unverifiable" and "gazetteer" in g.explanation


def test_distance_to_a_sea_label_point_is_unverifiable() -> None:
    sea = ref("Schwarzes Meer", 43.0, 34.0, kind="sea")
    v = verify_claim(claim(50, subject=ref("Odesa", 46.48, 30.72), reference=sea), [], None)
    assert v.verdict == "unverifiable" and "outline" in v.explanation


def test_inside_a_country_is_zero_and_said() -> None:
    gaz = FakeGaz()
    c = claim(
        50,
        "upper",
        subject=ref("Town", 0.5, 0.5, cc="AA"),
        reference=ref("AA", 0.5, 0.5, "polygon", "AA", kind="country"),
    )
    v = verify_claim(c, [], gaz)
    assert v.computed_km == 0.0 and "inside" in v.explanation and v.verdict == "consistent"
    assert v.bearing_deg is None and v.direction_ok is None


def test_distance_to_a_country_polygon_from_outside() -> None:
    gaz = FakeGaz()
    c = claim(
        111,
        "approx",
        subject=ref("Far", 0.5, 3.0),
        reference=ref("BB", 0.5, 1.5, "polygon", "BB", kind="country"),
    )
    v = verify_claim(c, [], gaz)
    assert v.computed_km == pytest.approx(gl_km((0.5, 3.0), (0.5, 2.0)), abs=0.05)
    assert v.verdict == "consistent"


def test_border_named_by_the_other_country_uses_the_shared_border() -> None:
    gaz = FakeGaz()
    text = "Town liegt 55 Kilometer von der Grenze zu AA entfernt."
    doc = document(text, "de")
    ps = places(
        doc,
        P("Town", 0.5, 1.5, cc="BB"),
        P("Grenze zu AA", kind="border", relation="border", related=("AA",), cc="AA"),
    )
    border = ps[1]
    c = claim(
        55,
        subject=ref("Town", 0.5, 1.5, cc="BB"),
        reference=ref(
            "Grenze zu AA", None, None, "border", "AA", start=border.start, kind="border"
        ),
    )
    v = verify_claim(c, ps, gaz)
    assert v.computed_km == pytest.approx(gl_km((0.5, 1.5), (0.5, 1.0)), abs=0.05)
    assert v.nearest[1] == pytest.approx(1.0, abs=1e-5)
    assert v.verdict == "consistent"


def test_both_ends_areas_is_unverifiable() -> None:
    gaz = FakeGaz()
    c = claim(
        10,
        subject=ref("AA", 0.5, 0.5, "polygon", "AA"),
        reference=ref("BB", 0.5, 1.5, "polygon", "BB"),
    )
    assert verify_claim(c, [], gaz).verdict == "unverifiable"


# --- range claims ----------------------------------------------------------------------


def _range(stated_km: float, text: str):
    doc = document(text, "en")
    ps = places(doc, P("Town", 0.5, 0.5, cc="AA"))
    c = claim(
        stated_km, "approx", "range", subject=ref("Town", 0.5, 0.5, cc="AA", start=ps[0].start)
    )
    c = dataclasses.replace(c, sentence=1)
    return doc, ps, c


def test_range_without_end_point_is_unverifiable_with_a_ring() -> None:
    doc, ps, c = _range(500, "Town fired a missile. It flew about 500 km. Nothing else is known.")
    v = verify_claim(c, ps, FakeGaz(), document=doc)
    assert v.verdict == "unverifiable" and v.ring is not None
    assert (v.ring.lat, v.ring.lon, v.ring.radius_km) == (0.5, 0.5, 500)
    assert "no end point" in v.explanation


def test_range_into_the_sea_is_checked_against_land() -> None:
    gaz = FakeGaz()
    doc, ps, c = _range(500, "Town fired a missile. It flew about 500 km. It fell into the sea.")
    assert verify_claim(c, ps, gaz, document=doc).verdict == "consistent"
    doc, ps, c = _range(10, "Town fired a missile. It flew about 10 km. It fell into the sea.")
    v = verify_claim(c, ps, gaz, document=doc)
    assert v.verdict == "inconsistent" and "land" in v.explanation


def test_range_outside_an_eez_by_approximation() -> None:
    gaz = FakeGaz()
    text = (
        "Town fired a missile. It flew about 600 km. "
        "It fell outside the exclusive economic zone of BB."
    )
    doc = document(text, "en")
    ps = places(doc, P("Town", 0.5, 0.5, cc="AA"), P("BB", 0.5, 1.5, kind="country", cc="BB"))
    c = dataclasses.replace(
        claim(600, "approx", "range", subject=ref("Town", 0.5, 0.5, cc="AA", start=ps[0].start)),
        sentence=1,
    )
    v = verify_claim(c, ps, gaz, document=doc)
    assert v.verdict == "consistent" and "approximation" in v.explanation
    near = dataclasses.replace(c, stated_km=150.0)
    w = verify_claim(near, ps, gaz, document=doc)
    assert w.verdict == "unverifiable"  # all sea that close is inside the 200 nmi zone


def test_range_without_document_stays_unverifiable() -> None:
    _, ps, c = _range(500, "Town fired a missile. It flew about 500 km. It fell into the sea.")
    v = verify_claim(c, ps, FakeGaz())
    assert v.verdict == "unverifiable" and v.ring is not None


@settings(max_examples=100, deadline=None)
@given(
    s=st.floats(min_value=0.1, max_value=20000),
    q=st.sampled_from(QUALIFIERS),
    form=st.sampled_from(["point", "pair", "route", "border", "range"]),
    a=st.tuples(st.floats(-89, 89), st.floats(-180, 180)),
    b=st.tuples(st.floats(-89, 89), st.floats(-180, 180)),
    direction=st.sampled_from([None, "N", "SE", "W"]),
)
def test_verify_never_raises(s, q, form, a, b, direction) -> None:
    c = claim(s, q, form, direction, subject=ref("A", *a), reference=ref("B", *b))
    v = verify_claim(c, [], None)
    assert v.verdict in ("consistent", "inconsistent", "unverifiable")
    assert v.explanation.endswith(".")


def test_an_island_placed_by_a_distance_holds_when_some_point_of_it_fits():
    # The island is what the text places: some point of Mindanao (which has an outline
    # in the gazetteer) lies about 100 km south-east of Davao City, so the claim holds;
    # the nearest point (0 km: Davao is on the island) is not what the text measures.
    from geomap.pipeline import analyze

    a = analyze(
        "A strong earthquake struck off the southern island of Mindanao on Friday, "
        "about 100 km southeast of Davao City, seismologists said.",
        lang="en",
        events=False,
    )
    (claim,) = a.claims
    assert claim.verdict == "consistent"
    assert "Some point of Mindanao" in claim.explanation
    assert 80 <= claim.computed_km <= 120
    assert 90 <= claim.bearing_deg <= 180  # south-east of Davao, within the 45° sector


def test_an_island_placed_in_the_wrong_direction_is_inconsistent():
    from geomap.pipeline import analyze

    a = analyze(
        "A strong earthquake struck off the southern island of Mindanao on Friday, "
        "about 100 km north of Jakarta, seismologists said.",
        lang="en",
        events=False,
    )
    (claim,) = a.claims
    assert claim.verdict == "inconsistent"


# --- summits and small countries (issue 15, class 11) ----------------------------------


class _SizedGaz(FakeGaz):
    """FakeGaz whose entries know their size, as the curated gazetteer's do; CC is a city
    state of about 0.2 x 0.2 degrees, 5 degrees east of AA."""

    def __init__(self, radii: dict[str, float]) -> None:
        super().__init__()
        self.radii = radii
        self.polys["CC"] = box(5.0, 0.4, 5.2, 0.6)

    def get(self, id):
        r = self.radii.get(id)
        return None if r is None else type("E", (), {"radius_km": r})()


def test_a_single_mountain_is_measured_to_its_summit() -> None:
    summit = ref("Peak", 0.0, 0.0, kind="mountain")
    town = ref("Town", 0.0, 0.1)  # about 11 km east of the summit
    gaz = _SizedGaz({"t:Peak": 10.0})  # a volcano some 20 km across
    v = verify_claim(claim(11, "approx", subject=town, reference=summit), [], gaz)
    assert v.verdict == "consistent"
    assert v.computed_km == pytest.approx(gl_km((0.0, 0.0), (0.0, 0.1)), abs=0.05)


def test_a_mountain_range_keeps_its_span() -> None:
    rng = ref("Range", 0.0, 0.0, kind="mountain")
    town = ref("Town", 0.0, 0.5)
    gaz = _SizedGaz({"t:Range": 300.0})  # a range 600 km across
    v = verify_claim(claim(55, "approx", subject=town, reference=rng), [], gaz)
    assert v.verdict == "unverifiable" and "spans about 600 km" in v.explanation


def test_a_city_state_is_measured_from_its_point() -> None:
    gaz = _SizedGaz({})
    state = ref("CC", 0.5, 5.1, "polygon", "CC", kind="country")
    big = ref("AA", 0.5, 0.5, "polygon", "AA", kind="country")
    v = verify_claim(claim(455, "approx", subject=state, reference=big), [], gaz)
    assert v.verdict == "consistent"
    assert v.computed_km == pytest.approx(gl_km((0.5, 5.1), (0.5, 1.0)), abs=1.0)
    # two large countries stay unverifiable (their nearest points say little)
    c = claim(10, subject=ref("AA", 0.5, 0.5, "polygon", "AA"), reference=big)
    assert verify_claim(c, [], gaz).verdict == "unverifiable"


def test_explanation_names_the_bearings_ends_and_countries() -> None:
    north = ref("Northtown", 1.0, 0.0)
    south = ref("Southtown", 0.0, 0.0)
    v = verify_claim(claim(111, "approx", direction="N", subject=north, reference=south), [], None)
    assert "bearing 0° from Southtown to Northtown" in v.explanation
    assert v.bearing_deg == pytest.approx(0.0, abs=0.01)
