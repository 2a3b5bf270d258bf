"""Reports as strings (text, markdown, JSON, JUnit, CSV) and the one place that writes
output files (atomically, never over a file geomap did not write).
"""

from __future__ import annotations

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
    DocumentError,
    failing_claims,
    md_escape,
    render,
    render_csv,
    render_json,
    render_junit,
    render_markdown,
    render_text,
    terminal_safe,
)

__all__ = [
    "CLAIM_COLUMNS",
    "DocumentError",
    "EVENT_COLUMNS",
    "FAIL_ON",
    "GENERATOR",
    "GENERATOR_MARKER",
    "MARKER_WINDOW",
    "PLACE_COLUMNS",
    "failing_claims",
    "is_geomap_output",
    "is_stream_target",
    "md_escape",
    "remove_stale_temps",
    "render",
    "render_csv",
    "render_json",
    "render_junit",
    "render_markdown",
    "render_text",
    "slugify",
    "temp_file",
    "terminal_safe",
    "write_output",
]
