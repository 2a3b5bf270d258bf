"""Shared fixtures. Tests that need ../shared skip when it is absent (a user's fresh clone)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("GEOMAP_SHARED_DIR", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "000_2693660c1e8186e1.txt"

# The suite never uses the network: the geocoder fallback is driven only against servers
# the tests start on 127.0.0.1.
os.environ.setdefault("GEOMAP_OFFLINE", "1")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip("../shared is absent")
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    if not SEED.is_file():
        pytest.skip("the sample article ../shared/seed/000_2693660c1e8186e1.txt is absent")
    return SEED


@pytest.fixture(scope="session")
def seed_text(seed_path: Path) -> str:
    return seed_path.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def gaz():
    from gazetteer import Gazetteer

    return Gazetteer.open()
