"""Inline the pinned JS/CSS copies of ``geomap/maps/assets`` into a rendered folium page.

Folium links its libraries from CDNs and calls offline use out of scope, so geomap
renders the page normally and then replaces each ``<script src>`` / ``<link
rel=stylesheet>`` by the content of the pinned file installed with the package
(fetched once by ``scripts/vendor_assets.sh``; checked against ``MANIFEST.json``).
CSS ``url()`` references become ``data:`` URIs; of the web fonts only ``woff2`` is kept
(every browser that runs Leaflet 1.9 reads it), which keeps a map under 2 MB.
A link geomap has no pinned copy for is an error, never a silent network fetch.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import re
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import PurePosixPath

from geomap.errors import GeomapError

__all__ = ["ASSET_URLS", "MissingAssetError", "inline_assets", "manifest", "read_asset"]


class MissingAssetError(GeomapError):
    """A page links a script or stylesheet that has no verified pinned copy."""


# folium 0.20's CDN links -> pinned files (paths under geomap/maps/assets). An empty tuple drops
# the link: the Bootstrap 3 glyphicons (not on npm; geomap uses prefix 'fa' icons only),
# folium's icon-rotation CSS (geomap does not rotate icons) and Bootstrap's JS bundle
# (80 kB no geomap map calls; its CSS stays, popups use its table styles).
_AWESOME = "https://cdnjs.cloudflare.com/ajax/libs/Leaflet.awesome-markers/2.0.2/"
_MARKERCLUSTER = "https://cdnjs.cloudflare.com/ajax/libs/leaflet.markercluster/1.1.0/"
_FOLIUM_GH = "https://cdn.jsdelivr.net/gh/python-visualization/folium/folium/templates/"
ASSET_URLS: dict[str, tuple[str, ...]] = {
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js": ("leaflet/dist/leaflet.js",),
    "https://code.jquery.com/jquery-3.7.1.min.js": ("jquery/dist/jquery.min.js",),
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/js/bootstrap.bundle.min.js": (),
    f"{_AWESOME}leaflet.awesome-markers.js": (
        "drmonty-leaflet-awesome-markers/js/leaflet.awesome-markers.min.js",
    ),
    "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css": ("leaflet/dist/leaflet.css",),
    "https://cdn.jsdelivr.net/npm/bootstrap@5.2.2/dist/css/bootstrap.min.css": (
        "bootstrap/dist/css/bootstrap.min.css",
    ),
    "https://netdna.bootstrapcdn.com/bootstrap/3.0.0/css/bootstrap-glyphicons.css": (),
    "https://cdn.jsdelivr.net/npm/@fortawesome/fontawesome-free@6.2.0/css/all.min.css": (
        "fontawesome-free/css/fontawesome.min.css",
        "fontawesome-free/css/solid.min.css",
    ),
    f"{_AWESOME}leaflet.awesome-markers.css": (
        "drmonty-leaflet-awesome-markers/css/leaflet.awesome-markers.css",
    ),
    f"{_FOLIUM_GH}leaflet.awesome.rotate.min.css": (),
    "https://cdn.jsdelivr.net/gh/ljagis/leaflet-measure@2.1.7/dist/leaflet-measure.min.js": (
        "leaflet-measure/dist/leaflet-measure.min.js",
    ),
    "https://cdn.jsdelivr.net/gh/ljagis/leaflet-measure@2.1.7/dist/leaflet-measure.min.css": (
        "leaflet-measure/dist/leaflet-measure.css",
    ),
    _MARKERCLUSTER + "leaflet.markercluster.js": (
        "leaflet.markercluster/dist/leaflet.markercluster.js",
    ),
    _MARKERCLUSTER + "MarkerCluster.css": ("leaflet.markercluster/dist/MarkerCluster.css",),
    _MARKERCLUSTER + "MarkerCluster.Default.css": (
        "leaflet.markercluster/dist/MarkerCluster.Default.css",
    ),
}

_SCRIPT_RE = re.compile(r'<script src="([^"]+)"></script>')
_LINK_RE = re.compile(r'<link rel="stylesheet" href="([^"]+)"\s*/>')
_URL_RE = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
# In an @font-face src list, drop every fallback format that is not woff2.
_FONT_FALLBACK_RE = re.compile(
    r""",\s*url\([^)]*\.(?:ttf|woff|eot|svg)(?:[?#][^)]*)?\)\s*format\([^)]*\)"""
)
_MIME = {
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".gif": "image/gif",
    ".woff2": "font/woff2",
}


@functools.cache
def manifest() -> dict[str, str]:
    """``{relative path: sha256}`` of every pinned file, read from ``MANIFEST.json``."""
    raw = json.loads(_root().joinpath("MANIFEST.json").read_text(encoding="utf-8"))
    return {f"{pkg['dir']}/{path}": sha for pkg in raw for path, sha in pkg["files"].items()}


@functools.cache
def read_asset(path: str) -> bytes:
    """The bytes of a pinned file, after checking its sha256 against the manifest."""
    expected = manifest().get(path)
    if expected is None:
        raise MissingAssetError(f"no pinned asset {path!r} in geomap/maps/assets/MANIFEST.json")
    data = _root().joinpath(*path.split("/")).read_bytes()
    if hashlib.sha256(data).hexdigest() != expected:
        raise MissingAssetError(f"pinned asset {path!r} does not match its sha256 in the manifest")
    return data


def inline_assets(page: str) -> str:
    """Replace every CDN script and stylesheet link in ``page`` by its pinned content."""

    def script(match: re.Match[str]) -> str:
        paths = _paths(match.group(1))
        parts = [_js(read_asset(p).decode("utf-8")) for p in paths]
        if _LEAFLET_JS in paths:
            parts.append(_default_icon_js())
        return "".join(f"<script>{js}</script>" for js in parts)

    def link(match: re.Match[str]) -> str:
        return "".join(f"<style>{_css(p)}</style>" for p in _paths(match.group(1)))

    return _LINK_RE.sub(link, _SCRIPT_RE.sub(script, page))


_LEAFLET_JS = "leaflet/dist/leaflet.js"
_DEFAULT_ICON = {
    "iconUrl": "leaflet/dist/images/marker-icon.png",
    "iconRetinaUrl": "leaflet/dist/images/marker-icon-2x.png",
    "shadowUrl": "leaflet/dist/images/marker-shadow.png",
}


@functools.cache
def _default_icon_js() -> str:
    """Point Leaflet's default marker icon at data: URIs.

    Leaflet guesses the icon's directory from a CSS background URL; with the CSS inlined
    that guess is empty and plugins that create default markers (the measure tool does)
    would request ``marker-icon.png`` next to the HTML file.
    """
    options = {
        key: "data:image/png;base64," + base64.b64encode(read_asset(path)).decode("ascii")
        for key, path in _DEFAULT_ICON.items()
    }
    return f"L.Icon.Default.imagePath = '';L.Icon.Default.mergeOptions({json.dumps(options)});"


def _paths(url: str) -> tuple[str, ...]:
    try:
        return ASSET_URLS[url]
    except KeyError:
        raise MissingAssetError(f"the map links {url}, which has no pinned copy") from None


def _js(source: str) -> str:
    # A literal "</script" inside inlined code would end the element early.
    return re.sub(r"</(script)", r"<\\/\1", source, flags=re.IGNORECASE)


@functools.cache
def _css(path: str) -> str:
    source = _FONT_FALLBACK_RE.sub("", read_asset(path).decode("utf-8"))
    base = PurePosixPath(path).parent

    def data_uri(match: re.Match[str]) -> str:
        ref = match.group(2).strip()
        if ref.startswith(("data:", "#")):
            return match.group(0)
        target = _normalise(base / ref.split("?")[0].split("#")[0])
        mime = _MIME.get(PurePosixPath(target).suffix.lower())
        if mime is None:
            raise MissingAssetError(f"{path} refers to {ref}, which geomap cannot inline")
        encoded = base64.b64encode(read_asset(target)).decode("ascii")
        return f'url("data:{mime};base64,{encoded}")'

    return _js(_URL_RE.sub(data_uri, source))


def _normalise(path: PurePosixPath) -> str:
    out: list[str] = []
    for part in path.parts:
        if part == "..":
            out.pop()
        elif part != ".":
            out.append(part)
    return "/".join(out)


def _root() -> Traversable:
    return resources.files("geomap.maps").joinpath("assets")
