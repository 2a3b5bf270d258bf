"""GeoJSON (RFC 7946) of what geomap found: places as points, claims as the geodesic line
that was measured (or the range ring), events as points. One FeatureCollection for all
inputs; every feature names its article and what it is (``feature``: place, claim, event).

The same data feeds ``geomap places|check --format geojson`` and the map's download
button, so a file saved from the map equals the command's output for the same articles.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from geomap.geometry import densify, ring
from geomap.model import Analysis, Claim
from geomap.report._output import GENERATOR
from geomap.report._wording import ATTRIBUTION, claim_ends, subject_bearing

__all__ = ["geojson_collection", "render_geojson"]

#: Points along a claim's line, one per this many km (the map uses the same step).
STEP_KM = 25.0
PRECISION = 5


def _pt(lat: float, lon: float) -> list[float]:
    return [round(lon, PRECISION), round(lat, PRECISION)]


def _split_at_antimeridian(points: list[tuple[float, float]]) -> dict[str, Any]:
    """A line in longitudes within [-180, 180], cut where it crosses the antimeridian
    (RFC 7946 section 3.1.9): a MultiLineString then."""
    parts: list[list[list[float]]] = [[]]
    prev = None
    for lat, lon in points:
        lon = (lon + 180.0) % 360.0 - 180.0
        if prev is not None and abs(lon - prev[1]) > 180.0:
            edge = 180.0 if prev[1] > 0 else -180.0
            span = (lon + 360.0 if edge > 0 else lon - 360.0) - prev[1]
            t = (edge - prev[1]) / span if span else 0.0
            mid = prev[0] + t * (lat - prev[0])
            parts[-1].append(_pt(mid, edge))
            parts.append([_pt(mid, -edge)])
        parts[-1].append(_pt(lat, lon))
        prev = (lat, lon)
    if len(parts) == 1:
        return {"type": "LineString", "coordinates": parts[0]}
    return {"type": "MultiLineString", "coordinates": parts}


def _claim_geometry(c: Claim) -> dict[str, Any] | None:
    ends = claim_ends(c)
    if ends is not None:
        return _split_at_antimeridian(list(densify(ends[:2], ends[2:], step_km=STEP_KM)))
    if c.ring is not None:
        return _split_at_antimeridian(list(ring(c.ring.lat, c.ring.lon, c.ring.radius_km, n=180)))
    return None


def _feature(geometry: dict[str, Any] | None, properties: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1] or path


def geojson_collection(
    analyses: Sequence[Analysis], *, what: str = "check", names_only: bool = False
) -> dict[str, Any]:
    """The FeatureCollection of the analyses: places, and unless ``what == "places"``,
    claims and events. Unlocated things keep their feature with a ``null`` geometry.
    ``names_only`` names each article by its file name, not its path (for the map, which
    never shows a path)."""
    features: list[dict[str, Any]] = []
    for a in analyses:
        article = a.document.path or "stdin"
        if names_only:
            article = _file_name(article)
        for p in a.places:
            geom = (
                {"type": "Point", "coordinates": _pt(p.lat, p.lon)}
                if p.lat is not None and p.lon is not None
                else None
            )
            props = {k: v for k, v in p.to_dict().items() if k not in ("lat", "lon")}
            features.append(_feature(geom, {"feature": "place", "article": article, **props}))
        if what == "places":
            continue
        for c in a.claims:
            d = c.to_dict()
            props = {
                "feature": "claim",
                "article": article,
                "text": c.text,
                "form": c.form,
                "stated": d["stated"],
                "stated_km": c.stated_km,
                "direction": c.direction,
                "subject": c.subject.name if c.subject else None,
                "reference": c.reference.name if c.reference else None,
                "computed_km": c.computed_km,
                "accepted_km": d["accepted_km"],
                "bearing_from_subject_deg": subject_bearing(c),
                "verdict": c.verdict,
                "explanation": c.explanation,
                "ring": c.ring is not None and claim_ends(c) is None,
            }
            features.append(_feature(_claim_geometry(c), props))
        for e in a.events:
            geom = (
                {"type": "Point", "coordinates": _pt(e.lat, e.lon)}
                if e.lat is not None and e.lon is not None
                else None
            )
            props = {k: v for k, v in e.to_dict().items() if k not in ("lat", "lon", "place")}
            features.append(_feature(geom, {"feature": "event", "article": article, **props}))
    return {
        "generator": GENERATOR,
        "type": "FeatureCollection",
        "attribution": ATTRIBUTION,
        "features": features,
    }


def render_geojson(analyses: Sequence[Analysis], *, what: str = "check") -> str:
    """:func:`geojson_collection` as text. Byte-stable: every dict is built in a fixed
    order (the generator comes first, where ``geomap.report._output`` looks for it)."""
    data = geojson_collection(analyses, what=what)
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
