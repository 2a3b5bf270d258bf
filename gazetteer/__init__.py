"""geomap's embedded offline gazetteer: GeoNames places, Natural Earth countries,
admin-1 regions and a curated layer of seas, facilities and regions, in one SQLite
index with a multilingual name look-up and country geometry.

>>> from gazetteer import Gazetteer
>>> gaz = Gazetteer.open()            # builds ~/.cache/geomap/gazetteer-<hash>.sqlite once
>>> gaz.lookup("Moskau", lang="de")[0].name   # doctest: +SKIP
'Moscow'

Importing this package is cheap: shapely, pyproj and the source packages load only
when geometry is asked for or the index is built.
"""

from __future__ import annotations

from typing import Any

from gazetteer._candidate import Candidate
from gazetteer._distance import haversine_km, haversine_km_matrix
from gazetteer._errors import (
    GazetteerDataError,
    GazetteerError,
    GazetteerIndexError,
    GazetteerNotFoundError,
    GazetteerWriteError,
)
from gazetteer._gazetteer import Gazetteer
from gazetteer._normalize import name_keys, normalize_name
from gazetteer._paths import default_index_path
from gazetteer._protocol import GazetteerAPI, SeatsAPI
from gazetteer._tempfiles import remove_stale_temps, temp_file

__all__ = [
    "Candidate",
    "Gazetteer",
    "GazetteerAPI",
    "GazetteerDataError",
    "GazetteerError",
    "GazetteerIndexError",
    "GazetteerNotFoundError",
    "GazetteerWriteError",
    "SeatsAPI",
    "build_index",
    "default_index_path",
    "haversine_km",
    "haversine_km_matrix",
    "name_keys",
    "normalize_name",
    "remove_stale_temps",
    "temp_file",
]


def __getattr__(name: str) -> Any:
    # build_index pulls in tempfile/shutil/fcntl: load it only when asked for.
    if name == "build_index":
        from gazetteer._build import build_index

        return build_index
    raise AttributeError(f"module 'gazetteer' has no attribute {name!r}")
