"""The fallback geocoder: names the local gazetteer lacks, asked of a geopy service.

Why it looks like this:

* **geopy, not hand-written HTTP.** ``geopy.geocoders.get_geocoder_for_service`` picks
  the service by name (Nominatim by default), geopy's ``RateLimiter`` keeps at most one
  request per ``min_delay_seconds`` (1 s by default, Nominatim's usage policy) and also
  holds the back-off after errors and a ``Retry-After``; every request has an explicit
  timeout and a user agent (``--user-agent`` / ``GEOMAP_USER_AGENT``).
* **Never raises.** A timeout, HTTP 429 or 5xx, a malformed or invalid answer or a refused
  connection becomes :attr:`GeocodeOutcome.reason` (one line, e.g. ``"geocoder timed
  out after 5 s"``); an unresolved place is a row with a reason, not a crash.
* **Bounded per run.** One :class:`FallbackGeocoder` is one run: it has a time budget
  (30 s by default), asks a query that failed once never again, backs off exponentially
  after errors, honours ``Retry-After`` when the budget allows it and stops asking after
  a few consecutive failures (a circuit breaker). Every name it does not ask gets a reason.
* **Answers are validated before use or caching.** The body is read up to
  :data:`MAX_ANSWER_BYTES`; coordinates must be finite and in range, the name is cleaned
  of control characters and capped, the country code is two letters or dropped, the
  kind comes from a fixed list. An invalid answer is "not found" with a reason.
* **A persistent cache** (:class:`GeocodeCache`, SQLite in WAL mode) answers a repeated
  query without a request, across runs and processes. "No match" is cached too;
  transient errors and invalid answers are not, so the next run asks again. A cached row
  is validated like a fresh answer; a malformed one is skipped with one warning.
* **Offline is the off switch.** :func:`make_geocoder` returns ``None`` with
  ``offline=True`` or ``GEOMAP_OFFLINE=1``: no query leaves the machine.

See ``docs/geocoding.md`` for the options and the privacy note.
"""

from __future__ import annotations

import inspect
import json
import logging
import math
import os
import re
import sqlite3
import sys
import threading
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from geomap._version import __version__

__all__ = [
    "CACHE_FILENAME",
    "DEFAULT_BUDGET_SECONDS",
    "DEFAULT_MAX_FAILURES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_USER_AGENT",
    "MAX_ANSWER_BYTES",
    "MAX_NAME_CHARS",
    "FallbackGeocoder",
    "GeocodeCache",
    "GeocodeOutcome",
    "GeocodeResult",
    "InvalidAnswer",
    "default_cache_path",
    "make_geocoder",
    "nominatim_kind",
    "offline_from_env",
    "result_from_raw",
]

log = logging.getLogger(__name__)
# geopy logs HTTP error bodies and bad Retry-After headers; without a handler of its own
# Python's last-resort handler would print them raw on stderr. Records still propagate to
# any handler the application configures.
logging.getLogger("geopy").addHandler(logging.NullHandler())

DEFAULT_USER_AGENT = f"geomap/{__version__} (+https://example.invalid/geomap)"
CACHE_FILENAME = "geocode-cache.sqlite"
#: Seconds per request (``--geocoder-timeout``, ``GEOMAP_GEOCODER_TIMEOUT``).
DEFAULT_TIMEOUT = 5.0
#: Seconds of geocoding per run (``--geocoder-budget``, ``GEOMAP_GEOCODER_BUDGET``).
DEFAULT_BUDGET_SECONDS = 30.0
#: Consecutive failed requests after which a run asks no more (the circuit breaker).
DEFAULT_MAX_FAILURES = 3
#: The first back-off after a failed request; it doubles with each further failure.
DEFAULT_ERROR_WAIT = 2.0
MAX_BACKOFF_SECONDS = 60.0
#: The most of an answer's body that is read; a longer one is refused unread.
MAX_ANSWER_BYTES = 512 * 1024
#: A place name from the service is cut to this many characters.
MAX_NAME_CHARS = 200
PUBLIC_NOMINATIM = "nominatim.openstreetmap.org"
_TRUE = frozenset({"1", "true", "yes", "on"})


@dataclass(frozen=True, slots=True)
class GeocodeResult:
    """One place the service found for ``query`` (asked in language ``lang``)."""

    query: str
    lang: str
    name: str
    lat: float
    lon: float
    kind: str
    country_code: str | None
    raw_id: str | None
    source: str = "geocoder"


@dataclass(frozen=True, slots=True)
class GeocodeOutcome:
    """What one look-up gave: a result, or ``None`` and why; ``cached`` if no request was made."""

    result: GeocodeResult | None
    reason: str | None
    cached: bool = False


class InvalidAnswer(ValueError):
    """An answer (or a cached row) that fails validation; its message is the reason."""


# --- answers -> results (pure) ----------------------------------------------------------

# (class, type) -> kind; a ``None`` type matches every type of that class.
_NOMINATIM_KINDS: Mapping[tuple[str, str | None], str] = {
    ("place", "city"): "city",
    ("place", "town"): "city",
    ("place", "village"): "city",
    ("place", "hamlet"): "city",
    ("place", "municipality"): "city",
    ("place", "country"): "country",
    ("place", "state"): "admin1",
    ("place", "province"): "admin1",
    ("place", "region"): "region",
    ("place", "island"): "island",
    ("place", "islet"): "island",
    ("place", "sea"): "sea",
    ("place", "ocean"): "ocean",
    ("natural", "water"): "sea",
    ("natural", "sea"): "sea",
    ("natural", "bay"): "gulf",
    ("natural", "strait"): "strait",
    ("natural", "peak"): "mountain",
    ("natural", "volcano"): "mountain",
    ("natural", "mountain_range"): "mountain",
    ("natural", "island"): "island",
    ("waterway", "river"): "river",
    ("water", "lake"): "lake",
    ("aeroway", None): "facility",
    ("military", None): "facility",
    ("landuse", "military"): "facility",
    ("man_made", None): "facility",
}
#: Every kind a result can have (a cached row with another kind is malformed).
KINDS = frozenset(_NOMINATIM_KINDS.values()) | {"country", "admin1", "region", "place"}


def nominatim_kind(raw: Mapping[str, Any]) -> str:
    """Map a Nominatim answer to a geomap kind by its OSM class/type and place rank.

    Only the fixed kinds above come out, whatever strings the service sends.

    >>> nominatim_kind({"class": "place", "type": "town"})
    'city'
    >>> nominatim_kind({"class": "boundary", "type": "administrative", "place_rank": 4})
    'country'
    >>> nominatim_kind({"class": "shop", "type": "bakery"})
    'place'
    """
    cls = _short(raw.get("class") or raw.get("category"))
    typ = _short(raw.get("type"))
    if cls == "boundary" and typ == "administrative":
        rank = _int(raw.get("place_rank"))
        if rank is not None and rank <= 4:
            return "country"
        if rank is not None and rank <= 8:
            return "admin1"
        return "region"
    return _NOMINATIM_KINDS.get((cls, typ)) or _NOMINATIM_KINDS.get((cls, None)) or "place"


def _short(value: Any) -> str:
    """An OSM class/type as a short string (anything else, or a long one, is ``""``)."""
    return value if isinstance(value, str) and len(value) <= 64 else ""


# Control characters, line/paragraph separators, bidi overrides/isolates/marks, BOM and
# lone surrogates: none belongs in a place name, and some drive terminals.
_CONTROL = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060\u2066-\u2069\ufeff"
    "\ud800-\udfff]"
)
_COORDINATE_WORDS = re.compile(r"(?i)latitude|longitude|coordinate")
_COUNTRY_CODE = re.compile(r"[A-Za-z]{2}")
_RAW_ID = re.compile(r"osm:(?:node|way|relation)/[0-9]{1,20}|place_id:[0-9]{1,20}")
# Nominatim spells the OSM type out, Photon abbreviates it.
_OSM_TYPES = {
    "node": "node",
    "way": "way",
    "relation": "relation",
    "n": "node",
    "w": "way",
    "r": "relation",
}


def clean_name(value: Any, limit: int = MAX_NAME_CHARS) -> str:
    """``value`` as one line of at most ``limit`` characters; control characters become
    spaces and runs of white space one space (``""`` for a non-string).

    >>> clean_name("Wos\\ntok\\x1b[31m  ")
    'Wos tok [31m'
    """
    if not isinstance(value, str):
        return ""
    text = _CONTROL.sub(" ", value[: limit * 4])  # never process a huge value whole
    text = " ".join(text.split())
    return text[:limit].rstrip()


def clean_country_code(value: Any) -> str | None:
    """Two ASCII letters, upper-cased; anything else is dropped (``None``)."""
    if isinstance(value, str) and _COUNTRY_CODE.fullmatch(value):
        return value.upper()
    return None


def _coordinate(value: Any, bound: float, what: str) -> float:
    if isinstance(value, bool):
        raise InvalidAnswer(f"geocoder answered with invalid coordinates ({what} not a number)")
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        raise InvalidAnswer(
            f"geocoder answered with invalid coordinates ({what} not a number)"
        ) from None
    if not math.isfinite(number) or abs(number) > bound:
        raise InvalidAnswer(
            f"geocoder answered with invalid coordinates ({what} not in [-{bound:g}, {bound:g}])"
        )
    return number


def _id_number(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) and 0 <= value < 10**20:
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= 20:
        return int(value)
    return None


def result_from_raw(
    query: str, lang: str, *, raw: Mapping[str, Any], lat: float, lon: float, address: str | None
) -> GeocodeResult:
    """Build a validated :class:`GeocodeResult` from a geopy ``Location`` (its ``raw`` dict).

    Nominatim's JSON is read as is; Photon's GeoJSON feature (``properties`` with
    ``osm_key``/``osm_value``/``countrycode``) is mapped onto the same fields first.
    Raises :class:`InvalidAnswer` when the coordinates are not finite or out of range
    (also those of the raw record, which geopy may have wrapped); cleans the name (one
    line, at most :data:`MAX_NAME_CHARS`), keeps a country code only when it is two
    letters, and a raw id only when it is an OSM type and a number.
    """
    props = raw.get("properties")
    if isinstance(props, Mapping) and "osm_key" in props:
        raw = {
            "class": props.get("osm_key"),
            "type": props.get("osm_value"),
            "name": props.get("name"),
            "country_code": props.get("countrycode"),
            "osm_type": props.get("osm_type"),
            "osm_id": props.get("osm_id"),
        }
    lat_ok = _coordinate(lat, 90.0, "latitude")
    lon_ok = _coordinate(lon, 180.0, "longitude")
    if "lat" in raw:
        _coordinate(raw["lat"], 90.0, "latitude")
    if "lon" in raw:
        _coordinate(raw["lon"], 180.0, "longitude")
    address_details = raw.get("address")
    addr: Mapping[str, Any] = address_details if isinstance(address_details, Mapping) else {}
    cc = clean_country_code(addr.get("country_code") or raw.get("country_code"))
    name = clean_name(raw.get("name"))
    if not name and isinstance(address, str):
        name = clean_name(address[: MAX_NAME_CHARS * 4].split(",")[0])
    name = name or clean_name(query) or "?"
    raw_id = None
    osm_type = raw.get("osm_type")
    osm_type = _OSM_TYPES.get(osm_type.lower()) if isinstance(osm_type, str) else None
    osm_id = _id_number(raw.get("osm_id"))
    place_id = _id_number(raw.get("place_id"))
    if osm_type and osm_id is not None:
        raw_id = f"osm:{osm_type}/{osm_id}"
    elif place_id is not None:
        raw_id = f"place_id:{place_id}"
    return GeocodeResult(
        query=query,
        lang=lang,
        name=name,
        lat=lat_ok,
        lon=lon_ok,
        kind=nominatim_kind(raw),
        country_code=cc,
        raw_id=raw_id,
    )


_RESULT_FIELDS = frozenset(f.name for f in fields(GeocodeResult))


def result_from_payload(payload: Any) -> GeocodeResult:
    """A cached row's payload back as a :class:`GeocodeResult`, validated like an answer.

    Raises :class:`InvalidAnswer` for a row of another layout or with a wrong value; a
    name or country code is cleaned as :func:`result_from_raw` cleans them.
    """
    if not isinstance(payload, Mapping) or set(payload) != _RESULT_FIELDS:
        raise InvalidAnswer("cached row has another layout")
    query, lang, kind, raw_id = (payload[k] for k in ("query", "lang", "kind", "raw_id"))
    if not (isinstance(query, str) and isinstance(lang, str) and len(lang) <= 16):
        raise InvalidAnswer("cached row has an invalid query or language")
    if kind not in KINDS or payload["source"] != "geocoder":
        raise InvalidAnswer("cached row has an invalid kind or source")
    if raw_id is not None and not (isinstance(raw_id, str) and _RAW_ID.fullmatch(raw_id)):
        raw_id = None
    cc = payload["country_code"]
    return GeocodeResult(
        query=query,
        lang=lang,
        name=clean_name(payload["name"]) or clean_name(query) or "?",
        lat=_coordinate(payload["lat"], 90.0, "latitude"),
        lon=_coordinate(payload["lon"], 180.0, "longitude"),
        kind=kind,
        country_code=None if cc is None else clean_country_code(cc),
        raw_id=raw_id,
    )


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError, OverflowError):
        return None


# --- the cache ---------------------------------------------------------------------------


def default_cache_path() -> Path:
    """``<data dir>/geocode-cache.sqlite``: the gazetteer's data folder
    (:func:`gazetteer._paths.data_dir`, ``$GEOMAP_DATA_DIR`` with ``~`` and ``$VARS``
    expanded, else ``~/.cache/geomap``)."""
    from gazetteer._paths import data_dir

    return data_dir() / CACHE_FILENAME


_SCHEMA = """
CREATE TABLE IF NOT EXISTS geocode (
    service TEXT NOT NULL,
    query   TEXT NOT NULL,
    lang    TEXT NOT NULL,
    found   INTEGER NOT NULL,
    payload TEXT,
    created REAL NOT NULL,
    PRIMARY KEY (service, query, lang)
)
"""


class GeocodeCache:
    """SQLite cache of geocoder answers keyed by (service, query, language).

    WAL mode lets readers and one writer work at once; a busy timeout makes a second
    process wait for the lock instead of failing; every write is one upsert in its own
    transaction, so a process killed mid-write leaves either the old row or the new one.
    """

    def __init__(self, path: Path, *, busy_timeout: float = 10.0) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(
            str(self.path), timeout=busy_timeout, isolation_level=None, check_same_thread=False
        )
        self._init(busy_timeout)

    def _init(self, busy_timeout: float) -> None:
        # Two processes creating the file at once can both need the write lock for the
        # journal-mode switch; the busy handler does not always cover that, so retry.
        deadline = time.monotonic() + busy_timeout
        while True:
            try:
                self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.execute(_SCHEMA)
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def get(self, service: str, query: str, lang: str) -> tuple[bool, dict[str, Any] | None] | None:
        """``(found, payload)`` for a cached key, or ``None`` when the key is not cached."""
        with self._lock:
            row = self._conn.execute(
                "SELECT found, payload FROM geocode WHERE service = ? AND query = ? AND lang = ?",
                (service, query, lang),
            ).fetchone()
        if row is None:
            return None
        found, payload = row
        return bool(found), (json.loads(payload) if payload else None)

    def put(self, service: str, query: str, lang: str, payload: dict[str, Any] | None) -> None:
        """Store an answer (``None`` for "no match"), replacing any earlier one atomically."""
        data = json.dumps(payload, ensure_ascii=False, sort_keys=True) if payload else None
        with self._lock:
            self._conn.execute(
                "INSERT INTO geocode (service, query, lang, found, payload, created) "
                "VALUES (?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (service, query, lang) DO UPDATE SET "
                "found = excluded.found, payload = excluded.payload, created = excluded.created",
                (service, query, lang, int(payload is not None), data, time.time()),
            )

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM geocode").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._conn.close()


# --- the geocoder ------------------------------------------------------------------------


def _warn(message: str) -> None:
    """One ``geomap: warning:`` line on stderr (control characters shown escaped)."""
    line = "".join(c if c.isprintable() else repr(c)[1:-1] for c in " ".join(message.split()))
    print(f"geomap: warning: {line[:500]}", file=sys.stderr)


_warned_public_agent = False


def _warn_public_agent_once() -> None:
    global _warned_public_agent
    if not _warned_public_agent:
        _warned_public_agent = True
        _warn(
            "asking the public Nominatim server with geomap's generic User-Agent; "
            "identify yourself with --user-agent or GEOMAP_USER_AGENT "
            "(https://operations.osmfoundation.org/policies/nominatim/)"
        )


def _paced_limiter(func: Callable[..., Any], min_delay_seconds: float) -> Any:
    """geopy's ``RateLimiter`` around ``func``, plus an earliest time for the next request.

    geopy's limiter keeps the requests ``min_delay_seconds`` apart and does the sleeping;
    ``hold(seconds)`` moves its next slot later (a back-off, a ``Retry-After``) and
    ``next_wait()`` says how long the next call would sleep, so the caller can decide
    not to make it. No retries: a retry is another request to a service that just said no.

    geopy counts the delay from the *start* of one call to the start of the next. On a slow
    or loaded machine the first request can then leave late and the second on time, and the
    server sees them closer together than the policy allows. Here the delay counts from the
    *end* of the previous call (its answer received, or its error), so the server never sees
    two requests less than ``min_delay_seconds`` apart, whatever the network or the machine
    does; the price is one answer's latency per request.
    """
    from geopy.extra.rate_limiter import RateLimiter

    class _PacedLimiter(RateLimiter):
        not_before = 0.0

        def hold(self, seconds: float) -> None:
            self.not_before = max(self.not_before, self._clock() + seconds)

        def next_wait(self) -> float:
            now = self._clock()
            wait = self.not_before - now
            if self._last_call is not None:
                wait = max(wait, self._last_call + self.min_delay_seconds - now)
            return max(0.0, wait)

        def _acquire_request_slot(self) -> None:
            hold = self.not_before - self._clock()
            if hold > 0:
                self._sleep(hold)
            super()._acquire_request_slot()

        def __call__(self, *args: Any, **kwargs: Any) -> Any:
            try:
                return super().__call__(*args, **kwargs)
            finally:
                # The next slot counts from this call's end (see the docstring).
                self._last_call = self._clock()

    return _PacedLimiter(
        func,
        min_delay_seconds=min_delay_seconds,
        max_retries=0,
        error_wait_seconds=min_delay_seconds,
        swallow_exceptions=False,
    )


class FallbackGeocoder:
    """A rate-limited, cached geopy geocoder whose :meth:`geocode` never raises.

    One instance is one run: its time budget, the queries that failed, the back-off and
    the circuit breaker live in it (the CLI makes one per command). Build it with
    :func:`make_geocoder`; the constructor takes an already configured geopy geocoder so
    tests and other services can be injected.
    """

    def __init__(
        self,
        geocoder: Any,
        *,
        service: str,
        cache: GeocodeCache | None,
        timeout: float,
        min_delay_seconds: float,
        cache_key: str | None = None,
        budget_seconds: float = DEFAULT_BUDGET_SECONDS,
        max_failures: int = DEFAULT_MAX_FAILURES,
        error_wait_seconds: float = DEFAULT_ERROR_WAIT,
        warn_agent: bool = False,
    ) -> None:
        self.service = service
        self.cache = cache
        self.timeout = timeout
        self.budget_seconds = budget_seconds
        self.max_failures = max_failures
        self.error_wait_seconds = error_wait_seconds
        self.requests = 0  # requests made by this run
        self.spent = 0.0  # seconds this run spent waiting for and on requests
        self._geocoder = geocoder
        self._cache_key = cache_key or service
        self._warn_agent = warn_agent
        self._lock = threading.RLock()
        self._failed: dict[tuple[str, str], str] = {}
        self._memo: dict[tuple[str, str], GeocodeOutcome] = {}
        self._failures = 0  # consecutive
        self._stopped: str | None = None  # why the breaker is open
        self._warned_rows = False
        self._warned_write = False
        self._t0 = time.monotonic()
        try:
            self._params = frozenset(inspect.signature(geocoder.geocode).parameters)
        except (TypeError, ValueError):
            self._params = frozenset()
        self._call = _paced_limiter(geocoder.geocode, min_delay_seconds)

    @property
    def stopped(self) -> str | None:
        """Why this run asks no more (the circuit breaker is open), or ``None``."""
        return self._stopped

    def geocode(self, name: str, lang: str) -> GeocodeOutcome:
        """Look ``name`` up, asking for names in ``lang``; never raises."""
        query = " ".join(name.split())
        if not query:
            return GeocodeOutcome(None, "empty query", cached=False)
        key = (query, lang)
        with self._lock:
            memo = self._memo.get(key)
            if memo is not None:
                return memo
            hit = self._cache_get(query, lang)
            if hit is not None:
                self._memo[key] = hit
                return hit
            if key in self._failed:
                return GeocodeOutcome(None, f"{self._failed[key]} (not asked again this run)")
            if self._stopped is not None:
                return GeocodeOutcome(None, f"geocoder not asked: {self._stopped}")
            self._t0 = time.monotonic()
            try:
                return self._ask(query, lang)
            finally:
                self.spent += time.monotonic() - self._t0

    def _left(self) -> float:
        """Seconds left of the run's budget (the current call's time counted)."""
        return self.budget_seconds - self.spent - (time.monotonic() - self._t0)

    def _ask(self, query: str, lang: str) -> GeocodeOutcome:
        key = (query, lang)
        left = self._left()
        wait = self._call.next_wait()
        if left - wait < min(self.timeout, 0.5):
            if wait > left > 0:
                self._stopped = (
                    f"the next request would have to wait {wait:.1f} s, more than the "
                    f"{left:.1f} s left of the run's geocoder budget"
                )
            else:
                self._stopped = f"the run's geocoder budget of {self.budget_seconds:g} s is spent"
            return GeocodeOutcome(None, f"geocoder not asked: {self._stopped}")
        timeout = min(self.timeout, left - wait)
        if self._warn_agent:
            _warn_public_agent_once()
        try:
            self.requests += 1
            with warnings.catch_warnings():
                # geopy warns (several lines) about coordinates it refuses; the refusal
                # itself becomes the reason.
                warnings.simplefilter("ignore")
                location = self._request(query, lang, timeout)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a reason
            return self._failure(key, self._reason(exc, timeout), exc)
        if location is None:
            self._failures = 0
            self._cache_put(query, lang, None)
            out = GeocodeOutcome(None, self._no_match(), cached=False)
            self._memo[key] = GeocodeOutcome(None, out.reason, cached=True)
            return out
        try:
            raw = location.raw if isinstance(location.raw, Mapping) else {}
            result = result_from_raw(
                query,
                lang,
                raw=raw,
                lat=location.latitude,
                lon=location.longitude,
                address=location.address,
            )
        except InvalidAnswer as exc:
            return self._failure(key, str(exc), exc)
        except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
            return self._failure(key, f"geocoder answered with unusable data ({_one_line(exc)})")
        self._failures = 0
        self._cache_put(query, lang, asdict(result))
        self._memo[key] = GeocodeOutcome(result, None, cached=True)
        return GeocodeOutcome(result, None, cached=False)

    def _failure(
        self, key: tuple[str, str], reason: str, exc: BaseException | None = None
    ) -> GeocodeOutcome:
        """Remember the failure, back off, and open the breaker after too many in a row."""
        from geopy import exc as gexc
        from geopy.adapters import AdapterHTTPError, get_retry_after

        self._failed[key] = reason
        self._failures += 1
        left = self._left()
        after = exc.retry_after if isinstance(exc, gexc.GeocoderRateLimited) else None
        cause = getattr(exc, "__cause__", None)
        if after is None and isinstance(cause, AdapterHTTPError):
            after = get_retry_after(cause.headers or {})  # e.g. a 503 with Retry-After
        if self._failures >= self.max_failures:
            self._stopped = f"stopped after {self._failures} failed requests in a row ({reason})"
        elif after:
            if after >= left:
                self._stopped = (
                    f"the service asked to wait {after:g} s (Retry-After), more "
                    f"than the {max(left, 0):.1f} s left of the run's geocoder budget"
                )
            else:
                self._call.hold(after)
        else:
            backoff = self.error_wait_seconds * 2 ** (self._failures - 1)
            self._call.hold(min(backoff, MAX_BACKOFF_SECONDS))
        return GeocodeOutcome(None, reason, cached=False)

    def _request(self, query: str, lang: str, timeout: float) -> Any:
        kwargs: dict[str, Any] = {"exactly_one": True, "timeout": timeout}
        # Services differ in what they accept; ask for names in the article's language
        # and for address details (the country code) wherever the service offers them.
        if "language" in self._params:
            kwargs["language"] = lang
        if "addressdetails" in self._params:
            kwargs["addressdetails"] = True
        return self._call(query, **kwargs)

    def _no_match(self) -> str:
        return f"no match from {self.service}"

    def _reason(self, exc: BaseException, timeout: float) -> str:
        """One line saying why the request failed."""
        from geopy import exc as gexc
        from geopy.adapters import AdapterHTTPError

        cause = exc.__cause__
        status = cause.status_code if isinstance(cause, AdapterHTTPError) else None
        if isinstance(exc, gexc.GeocoderRateLimited) or status == 429:
            after = getattr(exc, "retry_after", None)
            wait = f"; retry after {after:g} s" if after else ""
            return f"geocoder rate-limited the request (HTTP 429){wait}"
        if status is not None:
            return f"geocoder answered HTTP {status}"
        if isinstance(exc, gexc.GeocoderTimedOut):
            return f"geocoder timed out after {timeout:.3g} s"
        if isinstance(exc, _AnswerTooLarge):
            return f"geocoder answer larger than {MAX_ANSWER_BYTES // 1024} KiB, not read"
        if isinstance(exc, gexc.GeocoderParseError):
            return "geocoder answered with malformed data"
        if isinstance(exc, gexc.GeocoderUnavailable):
            return f"geocoder unavailable ({_one_line(exc)})"
        if isinstance(exc, gexc.GeopyError):
            return f"geocoder failed: {_one_line(exc)}"
        if isinstance(exc, ValueError) and _COORDINATE_WORDS.search(str(exc)[:200]):
            # geopy's Point refuses the record (a latitude of 999, a NaN) before we see it
            return f"geocoder answered with invalid coordinates ({_one_line(exc)})"
        if isinstance(exc, (TypeError, ValueError, AttributeError, KeyError, RecursionError)):
            return f"geocoder answered with unusable data ({_one_line(exc)})"
        return f"geocoder failed: {type(exc).__name__}: {_one_line(exc)}"

    def _cache_get(self, query: str, lang: str) -> GeocodeOutcome | None:
        """The cached outcome, or ``None`` (not cached, unreadable or a malformed row)."""
        if self.cache is None:
            return None
        try:
            hit = self.cache.get(self._cache_key, query, lang)
        except (sqlite3.Error, ValueError, RecursionError) as exc:
            self._bad_row(f"geocode cache: skipped an unreadable row ({_one_line(exc)})")
            return None
        if hit is None:
            return None
        found, payload = hit
        if not found:
            return GeocodeOutcome(None, self._no_match(), cached=True)
        try:
            result = result_from_payload(payload)
        except (InvalidAnswer, TypeError, KeyError) as exc:
            self._bad_row(f"geocode cache: skipped a malformed row ({_one_line(exc)})")
            return None
        if asdict(result) != payload:
            self._cache_put(query, lang, asdict(result))  # an older row, stored cleaned
        return GeocodeOutcome(result, None, cached=True)

    def _bad_row(self, message: str) -> None:
        if not self._warned_rows:
            self._warned_rows = True
            _warn(f"{message}; its names are asked again (reported once per run)")

    def _cache_put(self, query: str, lang: str, payload: dict[str, Any] | None) -> None:
        if self.cache is None:
            return
        try:
            self.cache.put(self._cache_key, query, lang, payload)
        except sqlite3.Error as exc:
            if not self._warned_write:
                self._warned_write = True
                _warn(f"geocode cache write failed, answers not kept: {_one_line(exc)}")


def _one_line(exc: BaseException) -> str:
    text = " ".join(_CONTROL.sub(" ", str(exc)[:2000]).split())
    return text[:200] or type(exc).__name__


# --- HTTP: geopy's adapters, reading at most MAX_ANSWER_BYTES --------------------------


def _geopy_errors() -> tuple[type[Exception], type[Exception]]:
    from geopy.exc import GeocoderParseError, GeocoderServiceError

    return GeocoderParseError, GeocoderServiceError


class _AnswerTooLarge(Exception):
    """Stands for geopy's ``GeocoderParseError`` subclass built in :func:`_too_large`."""


def _too_large() -> Exception:
    parse_error, _ = _geopy_errors()
    cls = type("AnswerTooLarge", (parse_error, _AnswerTooLarge), {})
    return cls(f"answer larger than {MAX_ANSWER_BYTES} bytes")


def _parse_json(body: bytes) -> Any:
    parse_error, _ = _geopy_errors()
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        raise parse_error("the answer is not valid JSON") from None


def _adapter_without_retries(*, proxies: Any, ssl_context: Any) -> Any:
    """geopy's HTTP adapter with urllib3's own retries off and the body read capped.

    geopy's default ``RequestsAdapter`` retries twice inside urllib3, and honours a
    ``Retry-After`` on HTTP 429/503 by sleeping: a slow or refusing service would then
    cost the caller several timeouts per name. One request per name; the run's own
    back-off and budget decide about the next. Bodies are streamed and refused past
    :data:`MAX_ANSWER_BYTES` (an error body is kept to 4 KiB), so a huge answer is never
    read whole, and reading stops at the request's timeout.
    """
    from geopy.adapters import RequestsAdapter, URLLibAdapter

    if RequestsAdapter.is_available:
        return _capped_requests_adapter(RequestsAdapter)(
            proxies=proxies, ssl_context=ssl_context, max_retries=0
        )
    return _capped_urllib_adapter(URLLibAdapter)(proxies=proxies, ssl_context=ssl_context)


def _capped_requests_adapter(base: type) -> type:
    class CappedRequestsAdapter(base):
        def get_text(self, url: str, *, timeout: float, headers: Any) -> str:
            return self._fetch(url, timeout=timeout, headers=headers).decode("utf-8", "replace")

        def get_json(self, url: str, *, timeout: float, headers: Any) -> Any:
            return _parse_json(self._fetch(url, timeout=timeout, headers=headers))

        def _fetch(self, url: str, *, timeout: float, headers: Any) -> bytes:
            import requests
            from geopy.adapters import AdapterHTTPError
            from geopy.exc import GeocoderTimedOut, GeocoderUnavailable

            _, service_error = _geopy_errors()
            deadline = time.monotonic() + timeout
            try:
                resp = self.session.get(url, timeout=timeout, headers=headers, stream=True)
            except requests.Timeout:
                raise GeocoderTimedOut("Service timed out") from None
            except requests.ConnectionError as error:
                raise GeocoderUnavailable(_one_line(error)) from None
            except Exception as error:  # noqa: BLE001 - as geopy's own adapter
                raise service_error(_one_line(error)) from None
            with resp:
                limit = MAX_ANSWER_BYTES if resp.status_code < 400 else 4096
                body = bytearray()
                try:
                    for chunk in resp.iter_content(chunk_size=16384):
                        body += chunk
                        if len(body) > limit:
                            if resp.status_code >= 400:
                                break
                            raise _too_large()
                        if time.monotonic() > deadline:
                            raise GeocoderTimedOut("Service timed out")
                except (requests.Timeout, requests.ConnectionError):
                    raise GeocoderTimedOut("Service timed out") from None
                except requests.RequestException as error:
                    raise service_error(_one_line(error)) from None
                if resp.status_code >= 400:
                    raise AdapterHTTPError(
                        f"Non-successful status code {resp.status_code}",
                        status_code=resp.status_code,
                        headers=resp.headers,
                        text=bytes(body[:limit]).decode("utf-8", "replace"),
                    )
            return bytes(body)

    return CappedRequestsAdapter


def _capped_urllib_adapter(base: type) -> type:
    class CappedURLLibAdapter(base):
        def get_json(self, url: str, *, timeout: float, headers: Any) -> Any:
            return _parse_json(self.get_text(url, timeout=timeout, headers=headers).encode())

        def _decode_page(self, page: Any) -> str:
            _, service_error = _geopy_errors()
            try:
                body = page.read(MAX_ANSWER_BYTES + 1)
            except Exception:  # noqa: BLE001 - as geopy's own adapter
                raise service_error("Unable to read the response") from None
            if len(body) > MAX_ANSWER_BYTES:
                raise _too_large()
            return body.decode(page.headers.get_content_charset() or "utf-8", "replace")

    return CappedURLLibAdapter


# --- configuration -----------------------------------------------------------------------


def offline_from_env(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``GEOMAP_OFFLINE`` asks for no network (``1``, ``true``, ``yes``, ``on``)."""
    env = os.environ if environ is None else environ
    return env.get("GEOMAP_OFFLINE", "").strip().lower() in _TRUE


def _seconds_from_env(name: str, default: float) -> float:
    from geomap.errors import UsageError

    text = os.environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        raise UsageError(f"{name} must be a number of seconds, not {text[:40]!r}") from None
    return value


def _check_user_agent(agent: str) -> str:
    from geomap.errors import UsageError

    agent = agent.strip()
    if not agent or len(agent) > 200 or not agent.isascii() or not agent.isprintable():
        raise UsageError(
            "the user agent must be 1-200 printable ASCII characters, e.g. "
            "'my-newsroom-factcheck/1.0 (me@example.org)'"
        )
    return agent


def make_geocoder(
    service: str = "nominatim",
    *,
    offline: bool | None = None,
    user_agent: str | None = None,
    timeout: float | None = None,
    budget_seconds: float | None = None,
    min_delay_seconds: float = 1.0,
    max_failures: int = DEFAULT_MAX_FAILURES,
    error_wait_seconds: float = DEFAULT_ERROR_WAIT,
    cache_dir: Path | None = None,
    domain: str | None = None,
    scheme: str | None = None,
    **service_kwargs: Any,
) -> FallbackGeocoder | None:
    """The fallback geocoder (one run's worth), or ``None`` when offline.

    ``offline=None`` reads ``GEOMAP_OFFLINE``. ``user_agent``, ``timeout`` (per request)
    and ``budget_seconds`` (the whole run) default to ``GEOMAP_USER_AGENT``,
    ``GEOMAP_GEOCODER_TIMEOUT`` and ``GEOMAP_GEOCODER_BUDGET``, else
    :data:`DEFAULT_USER_AGENT`, 5 s and 30 s. ``cache_dir`` holds the SQLite cache
    (default :func:`default_cache_path`). ``domain``/``scheme`` point the service at
    another server (a self-hosted Nominatim, or a test server). Raises
    :class:`~geomap.errors.UsageError` for an unknown service or bad options; a cache
    that cannot be opened is reported and skipped.
    """
    if offline is None:
        offline = offline_from_env()
    if offline:
        return None  # before importing geopy: an offline run never pays for it
    from geopy.exc import ConfigurationError, GeocoderNotFound
    from geopy.geocoders import get_geocoder_for_service

    from geomap.errors import UsageError

    if user_agent is None:
        user_agent = os.environ.get("GEOMAP_USER_AGENT", "").strip() or DEFAULT_USER_AGENT
    user_agent = _check_user_agent(user_agent)
    if timeout is None:
        timeout = _seconds_from_env("GEOMAP_GEOCODER_TIMEOUT", DEFAULT_TIMEOUT)
    if budget_seconds is None:
        budget_seconds = _seconds_from_env("GEOMAP_GEOCODER_BUDGET", DEFAULT_BUDGET_SECONDS)
    if not (0 < timeout <= 600 and 0 < budget_seconds <= 86400) or min_delay_seconds < 0:
        raise UsageError(
            "geocoder timeout (at most 600 s) and budget must be positive numbers of seconds, "
            "the delay not negative"
        )
    if max_failures < 1 or error_wait_seconds < 0:
        raise UsageError("the geocoder needs max_failures >= 1 and error_wait_seconds >= 0")
    try:
        cls = get_geocoder_for_service(service)
    except GeocoderNotFound as exc:
        raise UsageError(f"unknown geocoding service {service!r}") from exc
    kwargs: dict[str, Any] = {"user_agent": user_agent, "timeout": timeout, **service_kwargs}
    kwargs.setdefault("adapter_factory", _adapter_without_retries)
    if domain is not None:
        kwargs["domain"] = domain
    if scheme is not None:
        kwargs["scheme"] = scheme
    try:
        geocoder = cls(**kwargs)
    except (ConfigurationError, TypeError, ValueError) as exc:
        raise UsageError(f"cannot set up geocoder {service!r}: {_one_line(exc)}") from exc
    path = (Path(cache_dir) / CACHE_FILENAME) if cache_dir is not None else default_cache_path()
    cache: GeocodeCache | None
    try:
        cache = GeocodeCache(path)
    except (sqlite3.Error, OSError) as exc:
        _warn(f"geocode cache {path} unusable, continuing without it: {_one_line(exc)}")
        cache = None
    key = service if domain is None else f"{service}@{domain}"
    public = service == "nominatim" and (domain or PUBLIC_NOMINATIM).lower() == PUBLIC_NOMINATIM
    return FallbackGeocoder(
        geocoder,
        service=service,
        cache=cache,
        timeout=timeout,
        min_delay_seconds=min_delay_seconds,
        cache_key=key,
        budget_seconds=budget_seconds,
        max_failures=max_failures,
        error_wait_seconds=error_wait_seconds,
        warn_agent=public and user_agent == DEFAULT_USER_AGENT,
    )
