"""The claims tests' one pipeline fixture: the sentence tables call the whole pipeline
(places, claims, verification) on each row, as a user's `geomap check` would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest


@pytest.fixture(scope="session")
def analyze() -> Callable[..., Any]:
    from geomap.pipeline import analyze as run

    return run
