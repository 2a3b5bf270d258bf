"""Speed of claim verification: 1,000 point-to-point and 100 point-to-border checks.

Target: both together in at most 1 s on one core. Prints figures; asserts nothing.

    .venv/bin/python benchmarks/bench_verify.py
"""

from __future__ import annotations

import random
import time

from geomap.claims import verify_claims
from geomap.model import Claim, Place, PlaceRef, Stated


def _claim(i: int, subject: PlaceRef, reference: PlaceRef, form: str = "point") -> Claim:
    return Claim(
        text=f"{i} km",
        sentence=0,
        start=0,
        end=1,
        stated=Stated(value=100.0, unit="km", qualifier="approx", text="rund 100 km"),
        stated_km=100.0,
        form=form,
        direction="N",
        subject=subject,
        reference=reference,
    )


def main() -> None:
    rng = random.Random(7)
    point_claims = []
    for i in range(1000):
        a = PlaceRef(
            name=f"A{i}",
            kind="city",
            id=f"a{i}",
            lat=rng.uniform(-60, 60),
            lon=rng.uniform(-180, 180),
        )
        b = PlaceRef(
            name=f"B{i}",
            kind="city",
            id=f"b{i}",
            lat=rng.uniform(-60, 60),
            lon=rng.uniform(-180, 180),
        )
        point_claims.append(_claim(i, a, b))
    t0 = time.perf_counter()
    verify_claims(point_claims, [], None)
    t_point = time.perf_counter() - t0

    from gazetteer import Gazetteer

    gaz = Gazetteer.open()
    pairs = [("RU", "KP"), ("UA", "RU"), ("DE", "PL"), ("US", "CA"), ("FR", "ES")]
    for a, b in pairs:  # warm the gazetteer's geometry cache, as a long-running process would
        gaz.border(a, b)
    border_claims, places = [], []
    for i in range(100):
        a, b = pairs[i % len(pairs)]
        line = gaz.border(a, b)
        c = line.centroid
        subj = PlaceRef(
            name=f"S{i}",
            kind="city",
            id=f"s{i}",
            lat=c.y + rng.uniform(-2, 2),
            lon=c.x + rng.uniform(-2, 2),
            country_code=a,
        )
        ref = PlaceRef(
            name=f"border {a}-{b}",
            kind="border",
            id=None,
            lat=None,
            lon=None,
            geometry="border",
            country_code=b,
            mention_start=10_000 + i,
        )
        places.append(
            Place(
                mention="Grenze",
                start=10_000 + i,
                end=10_006 + i,
                sentence=0,
                name=ref.name,
                kind="border",
                country_code=b,
                lat=None,
                lon=None,
                id=f"border:{a}-{b}",
                source="derived",
                confidence=1.0,
                role="derived",
                relation="border",
                related=(a, b),
            )
        )
        border_claims.append(_claim(i, subj, ref, "border"))
    t0 = time.perf_counter()
    verify_claims(border_claims, places, gaz)
    t_border = time.perf_counter() - t0
    print(f"1000 point-to-point verifications: {t_point:.3f} s ({t_point:.3f} ms each)")
    print(f"100 point-to-border verifications: {t_border:.3f} s ({t_border * 10:.2f} ms each)")
    print(f"together: {t_point + t_border:.3f} s (target <= 1 s)")


if __name__ == "__main__":
    main()
