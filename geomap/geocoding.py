"""The fallback geocoder: names the local gazetteer lacks, asked of a geopy service.

Why it looks like this:

* **geopy, not hand-written HTTP.** ``geopy.geocoders.get_geocoder_for_service`` picks
  the service by name (Nominatim by default), geopy's ``RateLimiter`` keeps at most one
  request per ``min_delay_seconds`` (1 s by default, Nominatim's usage policy), and
  every request has an explicit timeout and a real user agent.
* **Never raises.** A timeout, HTTP 429 or 5xx, a malformed answer or a refused
  connection becomes :attr:`GeocodeOutcome.reason` (one line, e.g. ``"geocoder timed
  out after 5.0 s"``); an unresolved place is a row with a reason, not a crash.
* **A persistent cache** (:class:`GeocodeCache`, SQLite in WAL mode) answers a repeated
  query without a request, across runs and processes. "No match" is cached too;
  transient errors are not, so the next run asks again.
* **Offline is the off switch.** :func:`make_geocoder` returns ``None`` with
  ``offline=True`` or ``GEOMAP_OFFLINE=1``: no query leaves the machine.

See ``docs/geocoding.md`` for the options and the privacy note.
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from geomap import __version__

__all__ = [
    "CACHE_FILENAME",
    "DEFAULT_USER_AGENT",
    "FallbackGeocoder",
    "GeocodeCache",
    "GeocodeOutcome",
    "GeocodeResult",
    "default_cache_path",
    "make_geocoder",
    "nominatim_kind",
    "offline_from_env",
    "result_from_raw",
]

log = logging.getLogger(__name__)

DEFAULT_USER_AGENT = f"geomap/{__version__} (+https://example.invalid/geomap)"
CACHE_FILENAME = "geocode-cache.sqlite"
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


def nominatim_kind(raw: Mapping[str, Any]) -> str:
    """Map a Nominatim answer to a geomap kind by its OSM class/type and place rank.

    >>> nominatim_kind({"class": "place", "type": "town"})
    'city'
    >>> nominatim_kind({"class": "boundary", "type": "administrative", "place_rank": 4})
    'country'
    >>> nominatim_kind({"class": "shop", "type": "bakery"})
    'place'
    """
    cls = str(raw.get("class") or raw.get("category") or "")
    typ = str(raw.get("type") or "")
    if cls == "boundary" and typ == "administrative":
        rank = _int(raw.get("place_rank"))
        if rank is not None and rank <= 4:
            return "country"
        if rank is not None and rank <= 8:
            return "admin1"
        return "region"
    return _NOMINATIM_KINDS.get((cls, typ)) or _NOMINATIM_KINDS.get((cls, None)) or "place"


def result_from_raw(
    query: str, lang: str, *, raw: Mapping[str, Any], lat: float, lon: float, address: str | None
) -> GeocodeResult:
    """Build a :class:`GeocodeResult` from a geopy ``Location`` (its ``raw`` dict).

    Nominatim's JSON is read as is; Photon's GeoJSON feature (``properties`` with
    ``osm_key``/``osm_value``/``countrycode``) is mapped onto the same fields first.
    """
    props = raw.get("properties")
    if isinstance(props, Mapping) and "osm_key" in props:
        raw = {
            "class": props.get("osm_key"),
            "type": props.get("osm_value"),
            "name": props.get("name"),
            "country_code": props.get("countrycode"),
            "osm_type": {"N": "node", "W": "way", "R": "relation"}.get(
                str(props.get("osm_type")), props.get("osm_type")
            ),
            "osm_id": props.get("osm_id"),
        }
    address_details = raw.get("address")
    addr: Mapping[str, Any] = address_details if isinstance(address_details, Mapping) else {}
    cc = addr.get("country_code") or raw.get("country_code")
    name = raw.get("name") or (address or query).split(",")[0].strip() or query
    raw_id = None
    if raw.get("osm_type") and raw.get("osm_id") is not None:
        raw_id = f"osm:{raw['osm_type']}/{raw['osm_id']}"
    elif raw.get("place_id") is not None:
        raw_id = f"place_id:{raw['place_id']}"
    return GeocodeResult(
        query=query,
        lang=lang,
        name=str(name),
        lat=float(lat),
        lon=float(lon),
        kind=nominatim_kind(raw),
        country_code=str(cc).upper() if cc else None,
        raw_id=raw_id,
    )


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


# --- the cache ---------------------------------------------------------------------------


def default_cache_path() -> Path:
    """``$GEOMAP_DATA_DIR/geocode-cache.sqlite``, else ``~/.cache/geomap/geocode-cache.sqlite``."""
    base = os.environ.get("GEOMAP_DATA_DIR")
    folder = Path(base) if base else Path.home() / ".cache" / "geomap"
    return folder / CACHE_FILENAME


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


class FallbackGeocoder:
    """A rate-limited, cached geopy geocoder whose :meth:`geocode` never raises.

    Build it with :func:`make_geocoder`; the constructor takes an already configured
    geopy geocoder so tests and other services can be injected.
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
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        self.service = service
        self.cache = cache
        self.timeout = timeout
        self._geocoder = geocoder
        self._cache_key = cache_key or service
        try:
            self._params = frozenset(inspect.signature(geocoder.geocode).parameters)
        except (TypeError, ValueError):
            self._params = frozenset()
        # No retries: a retry is another request to a service that just said no, and
        # the rate limiter would make the caller wait for it. The next run asks again.
        self._call: Callable[..., Any] = RateLimiter(
            geocoder.geocode,
            min_delay_seconds=min_delay_seconds,
            max_retries=0,
            swallow_exceptions=False,
        )

    def geocode(self, name: str, lang: str) -> GeocodeOutcome:
        """Look ``name`` up, asking for names in ``lang``; never raises."""
        query = " ".join(name.split())
        if not query:
            return GeocodeOutcome(None, "empty query", cached=False)
        hit = self._cache_get(query, lang)
        if hit is not None:
            found, payload = hit
            if found and payload:
                try:
                    return GeocodeOutcome(GeocodeResult(**payload), None, cached=True)
                except TypeError:
                    pass  # a row from an older layout: ask again
            else:
                return GeocodeOutcome(None, self._no_match(), cached=True)
        try:
            location = self._request(query, lang)
        except Exception as exc:  # noqa: BLE001 - every failure becomes a reason
            return GeocodeOutcome(None, self._reason(exc), cached=False)
        if location is None:
            self._cache_put(query, lang, None)
            return GeocodeOutcome(None, self._no_match(), cached=False)
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
        except (TypeError, ValueError, AttributeError, KeyError) as exc:
            return GeocodeOutcome(None, f"geocoder answered with unusable data ({exc})", False)
        self._cache_put(query, lang, asdict(result))
        return GeocodeOutcome(result, None, cached=False)

    def _request(self, query: str, lang: str) -> Any:
        kwargs: dict[str, Any] = {"exactly_one": True, "timeout": self.timeout}
        # Services differ in what they accept; ask for names in the article's language
        # and for address details (the country code) wherever the service offers them.
        if "language" in self._params:
            kwargs["language"] = lang
        if "addressdetails" in self._params:
            kwargs["addressdetails"] = True
        return self._call(query, **kwargs)

    def _no_match(self) -> str:
        return f"no match from {self.service}"

    def _reason(self, exc: BaseException) -> str:
        """One line saying why the request failed."""
        from geopy import exc as gexc
        from geopy.adapters import AdapterHTTPError

        cause = exc.__cause__
        status = cause.status_code if isinstance(cause, AdapterHTTPError) else None
        if isinstance(exc, gexc.GeocoderRateLimited) or status == 429:
            after = getattr(exc, "retry_after", None)
            wait = f"; retry after {after} s" if after else ""
            return f"geocoder rate-limited the request (HTTP 429){wait}"
        if status is not None:
            return f"geocoder answered HTTP {status}"
        if isinstance(exc, gexc.GeocoderTimedOut):
            return f"geocoder timed out after {self.timeout} s"
        if isinstance(exc, gexc.GeocoderParseError):
            return "geocoder answered with malformed data"
        if isinstance(exc, gexc.GeocoderUnavailable):
            return f"geocoder unavailable ({_one_line(exc)})"
        if isinstance(exc, gexc.GeopyError):
            return f"geocoder failed: {_one_line(exc)}"
        return f"geocoder failed: {type(exc).__name__}: {_one_line(exc)}"

    def _cache_get(self, query: str, lang: str) -> tuple[bool, dict[str, Any] | None] | None:
        if self.cache is None:
            return None
        try:
            return self.cache.get(self._cache_key, query, lang)
        except (sqlite3.Error, ValueError) as exc:
            log.warning("geocode cache read failed: %s", exc)
            return None

    def _cache_put(self, query: str, lang: str, payload: dict[str, Any] | None) -> None:
        if self.cache is None:
            return
        try:
            self.cache.put(self._cache_key, query, lang, payload)
        except sqlite3.Error as exc:
            log.warning("geocode cache write failed: %s", exc)


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:200] or type(exc).__name__


def _adapter_without_retries(*, proxies: Any, ssl_context: Any) -> Any:
    """geopy's HTTP adapter with urllib3's own retries off.

    geopy's default ``RequestsAdapter`` retries twice inside urllib3, and honours a
    ``Retry-After`` on HTTP 429/503 by sleeping: a slow or refusing service would then
    cost the caller several timeouts per name. One request per name; the next run asks again.
    """
    from geopy.adapters import RequestsAdapter, URLLibAdapter

    if RequestsAdapter.is_available:
        return RequestsAdapter(proxies=proxies, ssl_context=ssl_context, max_retries=0)
    return URLLibAdapter(proxies=proxies, ssl_context=ssl_context)


def offline_from_env(environ: Mapping[str, str] | None = None) -> bool:
    """Whether ``GEOMAP_OFFLINE`` asks for no network (``1``, ``true``, ``yes``, ``on``)."""
    env = os.environ if environ is None else environ
    return env.get("GEOMAP_OFFLINE", "").strip().lower() in _TRUE


def make_geocoder(
    service: str = "nominatim",
    *,
    offline: bool | None = None,
    user_agent: str = DEFAULT_USER_AGENT,
    timeout: float = 5.0,
    min_delay_seconds: float = 1.0,
    cache_dir: Path | None = None,
    domain: str | None = None,
    scheme: str | None = None,
    **service_kwargs: Any,
) -> FallbackGeocoder | None:
    """The fallback geocoder, or ``None`` when offline.

    ``offline=None`` reads ``GEOMAP_OFFLINE``. ``cache_dir`` holds the SQLite cache
    (default :func:`default_cache_path`). ``domain``/``scheme`` point the service at
    another server (a self-hosted Nominatim, or a test server). Raises
    :class:`~geomap.errors.UsageError` for an unknown service or bad options; a cache
    that cannot be opened is logged and skipped.
    """
    from geopy.exc import ConfigurationError, GeocoderNotFound
    from geopy.geocoders import get_geocoder_for_service

    from geomap.errors import UsageError

    if offline is None:
        offline = offline_from_env()
    if offline:
        return None
    if timeout <= 0 or min_delay_seconds < 0:
        raise UsageError("geocoder timeout must be positive and the delay not negative")
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
        log.warning("geocode cache %s unusable, continuing without it: %s", path, exc)
        cache = None
    key = service if domain is None else f"{service}@{domain}"
    return FallbackGeocoder(
        geocoder,
        service=service,
        cache=cache,
        timeout=timeout,
        min_delay_seconds=min_delay_seconds,
        cache_key=key,
    )
