"""The folium map of one or more analyses: one self-contained, offline, byte-stable HTML
page. Text from articles is escaped in one place and never rendered as a template.
"""

from __future__ import annotations

from geomap.maps._assets import (
    ASSET_URLS,
    MissingAssetError,
    inline_assets,
    manifest,
    read_asset,
)
from geomap.maps._build import (
    ASSET_MODES,
    GENERATOR_COMMENT,
    build_map,
    claim_label,
    render_html,
    world_geojson,
)
from geomap.maps._elements import (
    Attribution,
    ClaimItem,
    ClaimsPanel,
    DownloadButton,
    FitView,
    LabelLayout,
    Legend,
    LegendRow,
    Literal,
    LiteralMacroElement,
    Pane,
    SafePopup,
    SafeTooltip,
    StaticGeoJson,
    Timeline,
    TimelineItem,
    popup,
    stable_ids,
    tooltip,
)
from geomap.maps._escape import (
    json_for_script,
    text,
)
from geomap.maps._shapes import (
    coast_near,
    coast_toward,
    drop_specks,
    geodesic_path,
    geojson_geometry,
    lines_latlon,
    range_ring,
    trim_ends,
)

__all__ = [
    "ASSET_MODES",
    "ASSET_URLS",
    "Attribution",
    "ClaimItem",
    "ClaimsPanel",
    "DownloadButton",
    "FitView",
    "GENERATOR_COMMENT",
    "LabelLayout",
    "Legend",
    "LegendRow",
    "Literal",
    "LiteralMacroElement",
    "MissingAssetError",
    "Pane",
    "SafePopup",
    "SafeTooltip",
    "StaticGeoJson",
    "Timeline",
    "TimelineItem",
    "build_map",
    "claim_label",
    "coast_near",
    "coast_toward",
    "drop_specks",
    "geodesic_path",
    "geojson_geometry",
    "inline_assets",
    "json_for_script",
    "lines_latlon",
    "manifest",
    "popup",
    "range_ring",
    "read_asset",
    "render_html",
    "stable_ids",
    "text",
    "tooltip",
    "trim_ends",
    "world_geojson",
]
