"""Reports as strings (text, markdown, JSON, JUnit, CSV) and the one place that writes
output files (atomically, never over a file geomap did not write).
"""

from __future__ import annotations

from geomap.report._geojson import (
    geojson_collection,
    render_geojson,
)
from geomap.report._output import (
    GENERATOR_MARKER,
    MARKER_WINDOW,
    is_geomap_output,
    is_stream_target,
    remove_stale_temps,
    slugify,
    temp_file,
    write_output,
)
from geomap.report._render import (
    CLAIM_COLUMNS,
    EVENT_COLUMNS,
    FAIL_ON,
    GENERATOR,
    PLACE_COLUMNS,
    UNVERIFIABLE_AS,
    DocumentError,
    failing_claims,
    md_escape,
    place_counts,
    render,
    render_csv,
    render_json,
    render_junit,
    render_markdown,
    render_text,
    terminal_safe,
)
from geomap.report._wording import (
    ATTRIBUTION,
    accepted_phrase,
    claim_ends,
    country_name,
    date_phrase,
    km_phrase,
    named_countries,
    stated_phrase,
    subject_bearing,
)

__all__ = [
    "ATTRIBUTION",
    "CLAIM_COLUMNS",
    "DocumentError",
    "EVENT_COLUMNS",
    "FAIL_ON",
    "GENERATOR",
    "GENERATOR_MARKER",
    "MARKER_WINDOW",
    "PLACE_COLUMNS",
    "UNVERIFIABLE_AS",
    "accepted_phrase",
    "claim_ends",
    "country_name",
    "date_phrase",
    "failing_claims",
    "geojson_collection",
    "is_geomap_output",
    "is_stream_target",
    "km_phrase",
    "md_escape",
    "named_countries",
    "place_counts",
    "remove_stale_temps",
    "render",
    "render_csv",
    "render_geojson",
    "render_json",
    "render_junit",
    "render_markdown",
    "render_text",
    "slugify",
    "stated_phrase",
    "subject_bearing",
    "temp_file",
    "terminal_safe",
    "write_output",
]
