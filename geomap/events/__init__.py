"""Events: who did what, where and when, one per clause, with the time expressions that
date them.
"""

from __future__ import annotations

from geomap.events._extract import extract_events
from geomap.events._timeexpr import (
    TimeSpan,
    TimeValue,
    anchor_date,
    find_times,
    resolve_time,
)
from geomap.events._vocabulary import EVENT_TYPES

__all__ = [
    "EVENT_TYPES",
    "TimeSpan",
    "TimeValue",
    "anchor_date",
    "extract_events",
    "find_times",
    "resolve_time",
]
