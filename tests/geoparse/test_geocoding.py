"""The fallback geocoder, driven through real geopy against a local scripted server."""

from __future__ import annotations

import time

import pytest

from geomap.errors import UsageError
from geomap.geoparse import (
    DEFAULT_USER_AGENT,
    GeocodeOutcome,
    GeocodeResult,
    make_geocoder,
    nominatim_kind,
    result_from_raw,
)
from tests.support.nominatim_server import Answer, NominatimServer, place, refused_port

DELAY = 0.2  # min_delay_seconds in tests (1 s in real use)
TIMEOUT = 1.5  # generous: a loaded CI machine must not turn a slow answer into a timeout


@pytest.fixture()
def server():
    with NominatimServer() as srv:
        yield srv


def _geocoder(srv: NominatimServer | None, tmp_path, **kw):
    domain = srv.domain if srv is not None else kw.pop("domain")
    opts = dict(
        offline=False,
        domain=domain,
        scheme="http",
        timeout=TIMEOUT,
        min_delay_seconds=DELAY,
        cache_dir=tmp_path / "cache",
    )
    opts.update(kw)
    g = make_geocoder(**opts)
    assert g is not None
    return g


def test_hit_resolves(server, tmp_path):
    server.script("Wostok", Answer.hit(place("Wostok", 51.88, 128.33, country_code="ru")))
    out = _geocoder(server, tmp_path).geocode("Wostok", "de")
    assert isinstance(out, GeocodeOutcome)
    assert out.reason is None and not out.cached
    r = out.result
    assert isinstance(r, GeocodeResult)
    assert (r.name, r.kind, r.country_code, r.source) == ("Wostok", "city", "RU", "geocoder")
    assert r.lat == pytest.approx(51.88) and r.lon == pytest.approx(128.33)
    assert r.query == "Wostok" and r.lang == "de"
    assert r.raw_id == "osm:node/240109189"
    (req,) = server.requests
    assert req.path == "/search"
    assert req.params["accept-language"] == "de"
    assert req.params["format"] == "json"
    assert req.user_agent == DEFAULT_USER_AGENT
    assert DEFAULT_USER_AGENT.startswith("geomap/")


def test_no_match_is_a_reason(server, tmp_path):
    out = _geocoder(server, tmp_path).geocode("Nirgendwo", "de")
    assert out.result is None
    assert out.reason == "no match from nominatim"


@pytest.mark.parametrize(
    ("answer", "reason"),
    [
        (Answer.http(429), "rate-limited"),
        (Answer.http(500), "HTTP 500"),
        (Answer.http(503), "HTTP 503"),
        (Answer.malformed(), "malformed"),
        (Answer.slow(TIMEOUT + 1.0, place("Slow", 1, 2)), f"timed out after {TIMEOUT} s"),
    ],
    ids=["429", "500", "503", "malformed-json", "timeout"],
)
def test_faults_become_reasons(server, tmp_path, answer, reason):
    server.script("Ort", answer)
    g = _geocoder(server, tmp_path)
    t0 = time.monotonic()
    out = g.geocode("Ort", "en")
    assert time.monotonic() - t0 < TIMEOUT + 0.8  # no retries, no waiting on a slow server
    assert out.result is None
    assert reason in out.reason
    assert "\n" not in out.reason
    assert len(server.requests_for("Ort")) == 1
    # Within the run the failure is remembered: the same query is not asked again.
    server.script("Ort", Answer.hit(place("Ort", 10, 20)))
    same_run = g.geocode("Ort", "en")
    assert same_run.result is None and "not asked again" in same_run.reason
    assert len(server.requests_for("Ort")) == 1
    # Transient errors are not cached: the next run asks again.
    again = _geocoder(server, tmp_path).geocode("Ort", "en")
    assert again.result is not None and not again.cached
    assert len(server.requests_for("Ort")) == 2


def test_refused_connection_is_a_reason(tmp_path):
    g = _geocoder(None, tmp_path, domain=f"127.0.0.1:{refused_port()}")
    out = g.geocode("Irgendwo", "de")
    assert out.result is None
    assert out.reason.startswith("geocoder unavailable") or "refused" in out.reason
    assert "\n" not in out.reason


def test_rate_limit_holds_at_the_server(server, tmp_path):
    g = _geocoder(server, tmp_path)
    t0 = time.monotonic()
    for name in ("A", "B", "C", "D"):
        g.geocode(name, "de")
    assert time.monotonic() - t0 >= 3 * DELAY
    times = [r.at for r in server.requests]
    assert len(times) == 4
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    # The limiter counts the delay from the end of the previous call (its answer received),
    # so the server sees the requests at least DELAY apart however late one of them left.
    assert min(gaps) >= DELAY, gaps


def test_cache_answers_repeats_without_a_request(server, tmp_path):
    server.script("Wostok", Answer.hit(place("Wostok", 51.88, 128.33)))
    g = _geocoder(server, tmp_path)
    first = g.geocode("Wostok", "de")
    t0 = time.monotonic()
    second = g.geocode("Wostok", "de")
    assert time.monotonic() - t0 < DELAY  # a cache hit does not wait for the rate limiter
    assert second.cached and second.result == first.result
    assert len(server.requests) == 1
    # The language is part of the key.
    g.geocode("Wostok", "en")
    assert len(server.requests) == 2


def test_negative_answers_are_cached(server, tmp_path):
    g = _geocoder(server, tmp_path)
    assert g.geocode("Nirgendwo", "de").reason == "no match from nominatim"
    out = g.geocode("Nirgendwo", "de")
    assert out.cached and out.result is None and out.reason == "no match from nominatim"
    assert len(server.requests) == 1


def test_cache_persists_across_instances(server, tmp_path):
    server.script("Wostok", Answer.hit(place("Wostok", 51.88, 128.33)))
    first = _geocoder(server, tmp_path).geocode("Wostok", "de")
    second = _geocoder(server, tmp_path).geocode("Wostok", "de")
    assert second.cached and second.result == first.result
    assert len(server.requests) == 1


def test_offline_makes_no_request(server, tmp_path, monkeypatch):
    assert make_geocoder(offline=True, domain=server.domain, scheme="http") is None
    monkeypatch.setenv("GEOMAP_OFFLINE", "1")
    assert make_geocoder(domain=server.domain, scheme="http") is None
    monkeypatch.setenv("GEOMAP_OFFLINE", "0")
    assert make_geocoder(domain=server.domain, scheme="http", cache_dir=tmp_path) is not None
    assert server.requests == []


def test_default_cache_location_follows_geomap_data_dir(server, tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_DATA_DIR", str(tmp_path / "data"))
    g = make_geocoder(offline=False, domain=server.domain, scheme="http", min_delay_seconds=0)
    g.geocode("X", "de")
    assert (tmp_path / "data" / "geocode-cache.sqlite").is_file()


def test_unknown_service_is_a_usage_error(tmp_path):
    with pytest.raises(UsageError, match="unknown geocoding service"):
        make_geocoder("no-such-service", offline=False, cache_dir=tmp_path)


def test_empty_query_makes_no_request(server, tmp_path):
    out = _geocoder(server, tmp_path).geocode("   ", "de")
    assert out.result is None and out.reason == "empty query"
    assert server.requests == []


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ({"class": "place", "type": "city"}, "city"),
        ({"class": "place", "type": "village"}, "city"),
        ({"class": "natural", "type": "water"}, "sea"),
        ({"class": "natural", "type": "sea"}, "sea"),
        ({"class": "boundary", "type": "administrative", "place_rank": 4}, "country"),
        ({"class": "boundary", "type": "administrative", "place_rank": "8"}, "admin1"),
        ({"class": "boundary", "type": "administrative", "place_rank": 12}, "region"),
        ({"class": "aeroway", "type": "aerodrome"}, "facility"),
        ({"class": "highway", "type": "primary"}, "place"),
        ({}, "place"),
    ],
)
def test_nominatim_kind(raw, kind):
    assert nominatim_kind(raw) == kind


def test_boundary_answer_maps_to_country(server, tmp_path):
    rec = place("Nordkorea", 40.3, 127.4, cls="boundary", type="administrative", place_rank=4)
    server.script("Nordkorea", Answer.hit(rec))
    out = _geocoder(server, tmp_path).geocode("Nordkorea", "de")
    assert out.result is not None and out.result.kind == "country"


def test_unusable_cache_file_is_skipped(server, tmp_path):
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / "geocode-cache.sqlite").write_bytes(b"this is not a database" * 100)
    server.script("Wostok", Answer.hit(place("Wostok", 51.88, 128.33)))
    g = _geocoder(server, tmp_path)
    assert g.cache is None
    out = g.geocode("Wostok", "de")
    assert out.result is not None and not out.cached


def test_photon_feature_maps_like_nominatim():
    raw = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [128.33, 51.88]},
        "properties": {
            "osm_key": "place",
            "osm_value": "town",
            "name": "Ziolkowski",
            "countrycode": "ru",
            "osm_type": "N",
            "osm_id": 42,
        },
    }
    r = result_from_raw("Ziolkowski", "de", raw=raw, lat=51.88, lon=128.33, address="x")
    assert (r.name, r.kind, r.country_code, r.raw_id) == ("Ziolkowski", "city", "RU", "osm:node/42")
