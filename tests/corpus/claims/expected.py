"""Independent expected distances for claims.toml (run by hand; prints, writes nothing).

Point to point: geographiclib's geodesic directly. Point to border: the gazetteer's border
line densified every 0.01 degrees (about 1 km), then the minimum geographiclib geodesic
to any vertex: brute force, sharing no code with geomap.geometry.

    .venv/bin/python tests/corpus/claims/expected.py
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import shapely
from geographiclib.geodesic import Geodesic

G = Geodesic.WGS84


def point_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    return G.Inverse(a[0], a[1], b[0], b[1])["s12"] / 1000.0


def line_km(p: tuple[float, float], line) -> float:
    dense = shapely.segmentize(line, 0.01)
    coords = shapely.get_coordinates(dense)
    return min(G.Inverse(p[0], p[1], lat, lon)["s12"] for lon, lat in coords) / 1000.0


def main() -> None:
    data = tomllib.loads((Path(__file__).parent / "claims.toml").read_text(encoding="utf-8"))
    gaz = None
    for case in data["case"]:
        specs = {s["mention"]: s for s in case["places"]}
        subj = specs.get(case.get("subject", ""))
        ref = specs.get(case.get("reference", ""))
        if subj is None or ref is None or "lat" not in subj:
            continue
        p = (subj["lat"], subj["lon"])
        if "lat" in ref:
            print(f"{case['id']}: {point_km(p, (ref['lat'], ref['lon'])):.2f}")
        elif ref.get("relation") == "border":
            if gaz is None:
                from gazetteer import Gazetteer

                gaz = Gazetteer.open()
            line = gaz.border(subj["cc"], ref["related"][0])
            print(f"{case['id']}: {line_km(p, line):.2f} (border {subj['cc']}-{ref['related'][0]})")


if __name__ == "__main__":
    main()
