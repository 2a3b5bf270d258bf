"""The four tables of a batch run, their columns, and how a chunk of them is encoded.

``documents`` (one row per input record, with its error if it failed), ``places`` (one
row per place mention, a Point), ``claims`` (one row per distance claim, a LineString from
the subject to the nearest point of the reference), ``events`` (one row per event, a
Point). Every row carries ``seq`` (the record's position in the run, unique even where
ids repeat) and ``doc_id``; offsets (``start``/``end``) index the document's text as
geomap read it (decoded, HTML reduced to its visible text).

Columns have fixed Arrow types, so every part of a table has the same schema whatever
its rows (an all-empty column would otherwise be typed ``null`` in one part and
``string`` in the next, and readers of the folder would refuse the mix). The spatial
tables are written by geopandas' ``to_parquet``: WKB geometry in WGS84 (EPSG:4326) with
the GeoParquet ``geo`` metadata, which geopandas, DuckDB and QGIS read as they are.
"""

from __future__ import annotations

import functools
import io
import json
import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

from geomap.model import Analysis, Claim

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "COLUMNS",
    "GEOMETRY",
    "TABLES",
    "Format",
    "Rows",
    "arrow_schema",
    "arrow_schemas",
    "document_row",
    "encode",
    "frame",
    "rows_of",
]

#: The tables of a run, in the order a chunk's parts are written (``documents`` last: its
#: part is the chunk's commit record, see ``_run``).
TABLES = ("places", "claims", "events", "documents")
#: Output formats: GeoParquet / Parquet, or JSON Lines (geometry as a GeoJSON object).
Format = Literal["parquet", "jsonl"]
#: The geometry type of each spatial table.
GEOMETRY = {"places": "Point", "claims": "LineString", "events": "Point"}

_S, _I, _F, _B = "string", "int64", "float64", "bool"
#: Each table's columns and Arrow types (besides ``geometry``).
COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "documents": (
        ("seq", _I),
        ("doc_id", _S),
        ("source", _S),
        ("url", _S),
        ("language", _S),
        ("date", _S),
        ("chars", _I),
        ("places", _I),
        ("claims", _I),
        ("events", _I),
        ("status", _S),
        ("error", _S),
    ),
    "places": (
        ("seq", _I),
        ("doc_id", _S),
        ("mention", _S),
        ("start", _I),
        ("end", _I),
        ("sentence", _I),
        ("place_id", _S),
        ("name", _S),
        ("kind", _S),
        ("country_code", _S),
        ("lat", _F),
        ("lon", _F),
        ("source", _S),
        ("confidence", _F),
        ("role", _S),
        ("relation", _S),
        ("related", _S),
        ("reason", _S),
    ),
    "claims": (
        ("seq", _I),
        ("doc_id", _S),
        ("claim", _I),
        ("text", _S),
        ("start", _I),
        ("end", _I),
        ("sentence", _I),
        ("form", _S),
        ("qualifier", _S),
        ("stated_value", _F),
        ("stated_unit", _S),
        ("stated_km", _F),
        ("direction", _S),
        ("subject", _S),
        ("subject_id", _S),
        ("reference", _S),
        ("reference_id", _S),
        ("reference_geometry", _S),
        ("computed_km", _F),
        ("bearing_deg", _F),
        ("direction_ok", _B),
        ("accepted_min_km", _F),
        ("accepted_max_km", _F),
        ("verdict", _S),
        ("explanation", _S),
    ),
    "events": (
        ("seq", _I),
        ("doc_id", _S),
        ("event", _I),
        ("type", _S),
        ("trigger", _S),
        ("actors", _S),
        ("place_id", _S),
        ("place_name", _S),
        ("lat", _F),
        ("lon", _F),
        ("date", _S),
        ("date_text", _S),
        ("date_precision", _S),
        ("relation", _S),
        ("sentence", _I),
        ("start", _I),
        ("end", _I),
        ("confidence", _F),
        ("quantity", _S),
    ),
}

#: A chunk's rows: table name -> rows; a spatial row's ``geometry`` is ``None`` or
#: ``("Point", (lon, lat))`` / ``("LineString", ((lon, lat), (lon, lat)))``.
Rows = dict[str, list[dict[str, Any]]]


def _finite(*xs: float | None) -> bool:
    return all(x is not None and math.isfinite(x) for x in xs)


def _point(lat: float | None, lon: float | None) -> tuple[str, Any] | None:
    return ("Point", (lon, lat)) if _finite(lat, lon) else None


def _claim_line(c: Claim) -> tuple[str, Any] | None:
    """The claim as a line: from its subject to the nearest point of the reference that
    verification found, else to the reference's own point (what the distance spans)."""
    s, r = c.subject, c.reference
    if s is None or not _finite(s.lat, s.lon):
        return None
    end: tuple[float | None, float | None]
    if c.nearest is not None and _finite(*c.nearest):
        end = (c.nearest[1], c.nearest[0])
    elif r is not None and _finite(r.lat, r.lon):
        end = (r.lon, r.lat)
    else:
        return None
    return ("LineString", ((s.lon, s.lat), end))


def document_row(
    seq: int,
    doc_id: str,
    source: str,
    url: str | None,
    analysis: Analysis | None = None,
    error: str | None = None,
) -> dict[str, Any]:
    """The ``documents`` row of one record: what was found, or the error."""
    if analysis is None:
        return {
            "seq": seq,
            "doc_id": doc_id,
            "source": source,
            "url": url,
            "status": "error",
            "error": error,
        }
    doc = analysis.document
    return {
        "seq": seq,
        "doc_id": doc_id,
        "source": source,
        "url": url,
        "language": doc.language,
        "date": doc.header.date,
        "chars": len(doc.text),
        "places": len(analysis.places),
        "claims": len(analysis.claims),
        "events": len(analysis.events),
        "status": "ok",
        "error": None,
    }


def rows_of(seq: int, doc_id: str, analysis: Analysis) -> Rows:
    """The ``places``, ``claims`` and ``events`` rows of one analysis."""
    key = {"seq": seq, "doc_id": doc_id}
    places = [
        {
            **key,
            "mention": p.mention,
            "start": p.start,
            "end": p.end,
            "sentence": p.sentence,
            "place_id": p.id,
            "name": p.name,
            "kind": p.kind,
            "country_code": p.country_code,
            "lat": p.lat,
            "lon": p.lon,
            "source": p.source,
            "confidence": p.confidence,
            "role": p.role,
            "relation": p.relation,
            "related": ",".join(p.related) or None,
            "reason": p.reason,
            "geometry": _point(p.lat, p.lon),
        }
        for p in analysis.places
    ]
    claims = [
        {
            **key,
            "claim": i,
            "text": c.text,
            "start": c.start,
            "end": c.end,
            "sentence": c.sentence,
            "form": c.form,
            "qualifier": c.stated.qualifier,
            "stated_value": c.stated.value,
            "stated_unit": c.stated.unit,
            "stated_km": c.stated_km,
            "direction": c.direction,
            "subject": c.subject.name if c.subject else None,
            "subject_id": c.subject.id if c.subject else None,
            "reference": c.reference.name if c.reference else None,
            "reference_id": c.reference.id if c.reference else None,
            "reference_geometry": c.reference.geometry if c.reference else None,
            "computed_km": c.computed_km,
            "bearing_deg": c.bearing_deg,
            "direction_ok": c.direction_ok,
            "accepted_min_km": c.accepted_km[0] if c.accepted_km else None,
            "accepted_max_km": c.accepted_km[1] if c.accepted_km else None,
            "verdict": c.verdict,
            "explanation": c.explanation,
            "geometry": _claim_line(c),
        }
        for i, c in enumerate(analysis.claims)
    ]
    events = [
        {
            **key,
            "event": e.index,
            "type": e.type,
            "trigger": e.trigger,
            "actors": "; ".join(e.actors) or None,
            "place_id": e.place_id,
            "place_name": e.place_name,
            "lat": e.lat,
            "lon": e.lon,
            "date": e.date,
            "date_text": e.date_text,
            "date_precision": e.date_precision,
            "relation": e.relation,
            "sentence": e.sentence,
            "start": e.start,
            "end": e.end,
            "confidence": e.confidence,
            "quantity": e.quantity,
            "geometry": _point(e.lat, e.lon),
        }
        for e in analysis.events
    ]
    return {"places": places, "claims": claims, "events": events}


def frame(table: str, rows: Sequence[dict[str, Any]]) -> pd.DataFrame:
    """The rows as a (Geo)DataFrame with the table's fixed column types."""
    import pandas as pd
    import pyarrow as pa

    data = {
        name: pd.array([r.get(name) for r in rows], dtype=pd.ArrowDtype(pa.type_for_alias(t)))
        for name, t in COLUMNS[table]
    }
    df = pd.DataFrame(data)
    if table not in GEOMETRY:
        return df
    import geopandas as gpd

    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(_shapes(rows), crs=_wgs84()))


def _shapes(rows: Sequence[dict[str, Any]]) -> list[Any]:
    import shapely

    return [
        None
        if r.get("geometry") is None
        else (
            shapely.Point(r["geometry"][1])
            if r["geometry"][0] == "Point"
            else shapely.LineString(r["geometry"][1])
        )
        for r in rows
    ]


_SAMPLE = {"Point": ("Point", (0.0, 0.0)), "LineString": ("LineString", ((0.0, 0.0), (1.0, 1.0)))}


def arrow_schema(table: str) -> bytes:
    """The Arrow schema of ``table``'s parts, serialised: the fixed column types, and for
    a spatial table the geometry field and the GeoParquet ``geo`` metadata exactly as
    geopandas' ``to_parquet`` writes them (taken from a one-row frame it writes; the
    per-file ``bbox`` dropped, since it would be that sample's).

    Built once, in the process that starts the run; the workers then write parts with
    pyarrow alone, so they never load pandas and geopandas (about 70 MB each, and
    several milliseconds a part)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if table not in GEOMETRY:
        schema = pa.schema([(n, pa.type_for_alias(t)) for n, t in COLUMNS[table]])
        return bytes(schema.serialize().to_pybytes())
    buf = io.BytesIO()
    frame(table, [{"geometry": _SAMPLE[GEOMETRY[table]]}]).to_parquet(buf, index=False)
    schema = pq.read_schema(io.BytesIO(buf.getvalue()))
    geo = json.loads(schema.metadata[b"geo"])
    for col in geo["columns"].values():
        col.pop("bbox", None)
    meta = {b"geo": json.dumps(geo, separators=(",", ":")).encode()}
    return bytes(schema.with_metadata(meta).serialize().to_pybytes())


def arrow_schemas() -> tuple[tuple[str, bytes], ...]:
    """:func:`arrow_schema` of every table."""
    return tuple((t, arrow_schema(t)) for t in TABLES)


@functools.cache
def _wgs84() -> Any:
    """WGS84 as a pyproj CRS, built once per process (from a string it is parsed anew for
    every part, which costs more than writing a small part)."""
    from pyproj import CRS

    return CRS.from_epsg(4326)


def _json_value(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return None
    return v


def _geojson(geom: tuple[str, Any] | None) -> dict[str, Any] | None:
    if geom is None:
        return None
    kind, coords = geom
    return {
        "type": kind,
        "coordinates": list(coords) if kind == "Point" else [list(c) for c in coords],
    }


def encode(
    table: str, rows: Sequence[dict[str, Any]], fmt: Format, schema: bytes | None = None
) -> bytes:
    """One part of ``table``: GeoParquet/Parquet bytes written by pyarrow with the table's
    schema (``schema`` from :func:`arrow_schema`, built here when not given), or JSON
    Lines (one object a row, the spatial tables' geometry as a GeoJSON geometry)."""
    if fmt == "jsonl":
        names = [n for n, _ in COLUMNS[table]]
        out = []
        for r in rows:
            obj = {n: _json_value(r.get(n)) for n in names}
            if table in GEOMETRY:
                obj["geometry"] = _geojson(r.get("geometry"))
            out.append(json.dumps(obj, ensure_ascii=False, allow_nan=False))
        return ("\n".join(out) + "\n" if out else "").encode("utf-8")
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = pa.ipc.read_schema(pa.py_buffer(schema or arrow_schema(table)))
    cols: dict[str, Any] = {n: [r.get(n) for r in rows] for n, _ in COLUMNS[table]}
    if table in GEOMETRY:
        import shapely

        cols["geometry"] = list(shapely.to_wkb(_shapes(rows))) if rows else []
    buf = io.BytesIO()
    pq.write_table(pa.Table.from_pydict(cols, schema=arrow), buf)
    return buf.getvalue()
