"""geomap: find the places in German and English news text, check its distance claims, map it."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
