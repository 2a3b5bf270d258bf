"""A Nominatim-compatible HTTP server for tests, scripted per query.

It runs the stdlib ``ThreadingHTTPServer`` in a thread on 127.0.0.1 (port 0, so the OS
picks a free one) and answers ``/search?q=...`` the way Nominatim's ``format=json``
does. Each query can be scripted to answer normally, with an empty list, with an HTTP
status (429 with a ``Retry-After`` in seconds or as an HTTP date, 500, 503), with
malformed JSON, only after a delay longer than the client's timeout, or with a huge body
(streamed, never built in memory; the bytes actually sent are counted). Hostile records
(coordinates out of range, a country code with control characters) are built with
:func:`place`. Every request is recorded with its arrival time, so tests can check rate
limiting and request counts at the server.

Usage::

    with NominatimServer() as srv:
        srv.script("Wostok", Answer.hit(place("Wostok", 51.8, 128.2)))
        geocoder = make_geocoder(offline=False, domain=srv.domain, scheme="http", ...)
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

__all__ = ["Answer", "NominatimServer", "Request", "place", "refused_port"]


def place(
    name: str,
    lat: float,
    lon: float,
    *,
    cls: str = "place",
    type: str = "city",  # noqa: A002 - Nominatim's field name
    place_rank: int = 16,
    country_code: str = "de",
    country: str = "Deutschland",
    osm_type: str = "node",
    osm_id: int = 240109189,
) -> dict[str, Any]:
    """One Nominatim ``format=json&addressdetails=1`` record."""
    return {
        "place_id": osm_id + 1,
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0.",
        "osm_type": osm_type,
        "osm_id": osm_id,
        "lat": f"{lat:.7f}",
        "lon": f"{lon:.7f}",
        "class": cls,
        "type": type,
        "place_rank": place_rank,
        "importance": 0.7,
        "addresstype": type,
        "name": name,
        "display_name": f"{name}, {country}",
        "address": {type: name, "country": country, "country_code": country_code},
        "boundingbox": [
            f"{lat - 0.1:.7f}",
            f"{lat + 0.1:.7f}",
            f"{lon - 0.1:.7f}",
            f"{lon + 0.1:.7f}",
        ],
    }


FILL = b"@FILL@"


@dataclass(frozen=True)
class Answer:
    """How the server answers one query.

    ``fill`` bytes of ``x`` are streamed in place of the marker :data:`FILL` in ``body``;
    ``retry_after`` is the ``Retry-After`` header (``None``: none sent; ``http(429)``
    sends ``2``).
    """

    status: int = 200
    body: bytes = b"[]"
    delay: float = 0.0
    content_type: str = "application/json"
    retry_after: str | None = None
    fill: int = 0

    @classmethod
    def hit(cls, *records: dict[str, Any]) -> Answer:
        return cls(body=json.dumps(list(records)).encode())

    @classmethod
    def empty(cls) -> Answer:
        return cls(body=b"[]")

    @classmethod
    def http(cls, status: int) -> Answer:
        body = json.dumps({"error": f"status {status}"}).encode()
        return cls(status=status, body=body, retry_after="2" if status == 429 else None)

    @classmethod
    def malformed(cls) -> Answer:
        return cls(body=b'[{"lat": "51.8", "lon": ')

    @classmethod
    def slow(cls, seconds: float, *records: dict[str, Any]) -> Answer:
        return cls(body=json.dumps(list(records)).encode(), delay=seconds)

    @classmethod
    def rate_limited(cls, retry_after: str | None) -> Answer:
        """HTTP 429 with ``Retry-After: <retry_after>`` (seconds or an HTTP date)."""
        return cls(status=429, body=b'{"error": "rate limited"}', retry_after=retry_after)

    @classmethod
    def huge(cls, n_bytes: int, *, field: str = "display_name", status: int = 200) -> Answer:
        """A valid record whose ``field`` is ``n_bytes`` long (or an error body that long)."""
        if status != 200:
            return cls(status=status, body=FILL, fill=n_bytes, content_type="text/plain")
        rec = place("Hugeville", 10.0, 20.0)
        rec[field] = "@FILL@"
        return cls(body=json.dumps([rec]).encode(), fill=n_bytes)


@dataclass(frozen=True)
class Request:
    """A request the server saw."""

    at: float  # time.monotonic() on arrival
    path: str
    query: str | None
    params: dict[str, str]
    user_agent: str | None


@dataclass
class _State:
    answers: dict[str, Answer] = field(default_factory=dict)
    default: Answer = field(default_factory=Answer.empty)
    requests: list[Request] = field(default_factory=list)
    sent_bytes: int = 0  # body bytes written, over all requests
    lock: threading.Lock = field(default_factory=threading.Lock)


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
        state = self.server.state
        parts = urlsplit(self.path)
        params = {k: v[0] for k, v in parse_qs(parts.query).items()}
        query = params.get("q")
        req = Request(time.monotonic(), parts.path, query, params, self.headers.get("User-Agent"))
        with state.lock:
            state.requests.append(req)
            answer = state.answers.get(query or "", state.default)
        if answer.delay:
            time.sleep(answer.delay)
        head, _, tail = answer.body.partition(FILL) if answer.fill else (answer.body, b"", b"")
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.content_type)
            self.send_header("Content-Length", str(len(head) + answer.fill + len(tail)))
            if answer.retry_after is not None:
                self.send_header("Retry-After", answer.retry_after)
            self.end_headers()
            self._send(head)
            left = answer.fill
            chunk = b"x" * 65536
            while left > 0:
                self._send(chunk[:left])
                left -= len(chunk)
            self._send(tail)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout, or stopped reading): nothing to do

    def _send(self, data: bytes) -> None:
        self.wfile.write(data)
        with self.server.state.lock:
            self.server.state.sent_bytes += len(data)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test output clean


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, state: _State) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.state = state


class NominatimServer:
    """Context manager running the scripted server in a background thread."""

    def __init__(self) -> None:
        self._state = _State()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> NominatimServer:
        self._server = _Server(self._state)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.shutdown()
        self._server.server_close()

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    @property
    def domain(self) -> str:
        return f"127.0.0.1:{self.port}"

    def script(self, query: str, answer: Answer) -> None:
        with self._state.lock:
            self._state.answers[query] = answer

    @property
    def requests(self) -> list[Request]:
        with self._state.lock:
            return list(self._state.requests)

    @property
    def sent_bytes(self) -> int:
        """Body bytes the server managed to write (a client that stops reading caps it)."""
        with self._state.lock:
            return self._state.sent_bytes

    def requests_for(self, query: str) -> list[Request]:
        return [r for r in self.requests if r.query == query]


def refused_port() -> int:
    """A port on 127.0.0.1 with nothing listening (bound, then closed)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
