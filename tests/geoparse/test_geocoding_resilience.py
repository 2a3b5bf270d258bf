"""The geocoder under a failing, slow, rate-limiting or hostile service (issue 13).

Real geopy against the scripted server of ``nominatim_server.py`` on 127.0.0.1. What is
asserted is what reaches the server (request counts, arrival times) and what comes back
(reasons, validated results, cache rows); wall time only as a generous upper bound.
"""

from __future__ import annotations

import email.utils
import json
import math
import sqlite3
import time
import warnings

import pytest

import geomap.geoparse._geocoder
from geomap.errors import UsageError
from geomap.geoparse import (
    CACHE_FILENAME,
    DEFAULT_USER_AGENT,
    MAX_ANSWER_BYTES,
    MAX_NAME_CHARS,
    GeocodeCache,
    default_cache_path,
    make_geocoder,
)
from tests.support.nominatim_server import Answer, NominatimServer, place

HUGE = 50_000_000  # the 50 MB display_name of the report


@pytest.fixture()
def server():
    with NominatimServer() as srv:
        yield srv


def _geocoder(srv: NominatimServer, tmp_path, **kw):
    opts = dict(
        offline=False,
        domain=srv.domain,
        scheme="http",
        timeout=1.0,
        min_delay_seconds=0.02,
        error_wait_seconds=0.02,
        budget_seconds=20.0,
        cache_dir=tmp_path / "cache",
    )
    opts.update(kw)
    g = make_geocoder(**opts)
    assert g is not None
    return g


def _cache(tmp_path) -> GeocodeCache:
    return GeocodeCache(tmp_path / "cache" / CACHE_FILENAME)


def _one_line(reason: str | None) -> None:
    assert reason and "\n" not in reason and "\x1b" not in reason and len(reason) < 400


# --- failures are remembered, backed off, and stop the run -------------------------------


def test_a_failed_query_is_asked_once_per_run(server, tmp_path):
    server.script("Ort", Answer.http(500))
    g = _geocoder(server, tmp_path)
    outs = [g.geocode("Ort", "en") for _ in range(10)]
    assert len(server.requests) == 1  # was 10
    assert outs[0].reason == "geocoder answered HTTP 500"
    for out in outs[1:]:
        assert out.result is None
        assert out.reason == "geocoder answered HTTP 500 (not asked again this run)"


def test_circuit_breaker_opens_after_consecutive_failures(server, tmp_path):
    names = [f"Ort{i}" for i in range(10)]
    for n in names:
        server.script(n, Answer.http(503))
    g = _geocoder(server, tmp_path, max_failures=3)
    outs = [g.geocode(n, "en") for n in names]
    assert [r.query for r in server.requests] == names[:3]
    assert g.stopped and "3 failed requests in a row" in g.stopped
    for out in outs[3:]:
        assert out.result is None
        assert out.reason.startswith("geocoder not asked: stopped after 3 failed requests")
        _one_line(out.reason)
    # Nothing is asked after the breaker opened, also not a name that would have answered.
    server.script("Berlinchen", Answer.hit(place("Berlinchen", 53.2, 12.5)))
    assert g.geocode("Berlinchen", "de").result is None
    assert len(server.requests) == 3


def test_an_answer_resets_the_failure_count(server, tmp_path):
    server.script("A", Answer.http(500))
    server.script("B", Answer.hit(place("B", 1, 2)))
    server.script("C", Answer.http(500))
    g = _geocoder(server, tmp_path, max_failures=2)
    assert [g.geocode(n, "en").result is not None for n in "ABC"] == [False, True, False]
    assert g.stopped is None
    g.geocode("D", "en")  # no match: still asked
    assert len(server.requests) == 4


def test_timeouts_count_for_the_breaker(server, tmp_path):
    names = [f"S{i}" for i in range(6)]
    for n in names:
        server.script(n, Answer.slow(3.0, place(n, 1, 2)))
    g = _geocoder(server, tmp_path, timeout=0.3, max_failures=2)
    t0 = time.monotonic()
    outs = [g.geocode(n, "en") for n in names]
    assert time.monotonic() - t0 < 5  # was 6 timeouts in a row
    assert len(server.requests) == 2
    assert all("timed out after 0.3 s" in o.reason for o in outs[:2])
    assert all(o.reason.startswith("geocoder not asked") for o in outs[2:])


def test_back_off_doubles_between_failures(server, tmp_path):
    names = [f"E{i}" for i in range(4)]
    for n in names:
        server.script(n, Answer.http(500))
    g = _geocoder(server, tmp_path, error_wait_seconds=0.15, max_failures=10)
    for n in names:
        g.geocode(n, "en")
    times = [r.at for r in server.requests]
    assert len(times) == 4
    gaps = [b - a for a, b in zip(times, times[1:], strict=False)]
    for i, gap in enumerate(gaps):  # 0.15, 0.3, 0.6 s
        assert gap >= 0.15 * 2**i - 0.03, gaps
    assert gaps[2] > gaps[0] * 2


# --- Retry-After and the run's budget ----------------------------------------------------


@pytest.mark.parametrize("form", ["seconds", "http-date"])
def test_retry_after_longer_than_the_budget_stops_the_run(server, tmp_path, form):
    value = "30" if form == "seconds" else email.utils.formatdate(time.time() + 30, usegmt=True)
    server.script("A", Answer.rate_limited(value))
    g = _geocoder(server, tmp_path, budget_seconds=5.0)
    t0 = time.monotonic()
    first = g.geocode("A", "en")
    rest = [g.geocode(n, "en") for n in ("B", "C", "D")]
    assert time.monotonic() - t0 < 3  # no 30 s sleep; and no request 1 s later either
    assert [r.query for r in server.requests] == ["A"]
    assert first.reason.startswith("geocoder rate-limited the request (HTTP 429); retry after")
    for out in rest:
        assert "asked to wait" in out.reason and "Retry-After" in out.reason
        _one_line(out.reason)


def test_retry_after_within_the_budget_is_honoured(server, tmp_path):
    server.script("A", Answer.rate_limited("1"))
    g = _geocoder(server, tmp_path, budget_seconds=10.0)
    g.geocode("A", "en")
    out = g.geocode("B", "en")
    assert out.reason == "no match from nominatim"
    a, b = server.requests
    assert b.at - a.at >= 0.95  # geopy's limiter held the next request for Retry-After


def test_the_run_budget_caps_a_slow_service(server, tmp_path):
    names = [f"S{i}" for i in range(8)]
    for n in names:
        server.script(n, Answer.slow(5.0, place(n, 1, 2)))
    g = _geocoder(server, tmp_path, timeout=0.6, budget_seconds=1.0, max_failures=100)
    t0 = time.monotonic()
    outs = [g.geocode(n, "en") for n in names]
    assert time.monotonic() - t0 < 10
    assert 1 <= len(server.requests) <= 2
    assert g.spent <= 1.0 + 0.5
    assert "budget" in outs[-1].reason and outs[-1].reason.startswith("geocoder not asked")


def test_budget_and_timeout_from_the_environment(server, tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_GEOCODER_BUDGET", "2.5")
    monkeypatch.setenv("GEOMAP_GEOCODER_TIMEOUT", "0.7")
    g = make_geocoder(offline=False, domain=server.domain, scheme="http", cache_dir=tmp_path)
    assert (g.budget_seconds, g.timeout) == (2.5, 0.7)
    monkeypatch.setenv("GEOMAP_GEOCODER_BUDGET", "soon")
    with pytest.raises(UsageError, match="GEOMAP_GEOCODER_BUDGET"):
        make_geocoder(offline=False, domain=server.domain, cache_dir=tmp_path)
    monkeypatch.delenv("GEOMAP_GEOCODER_BUDGET")
    for bad in (0, -1, math.nan, math.inf):
        with pytest.raises(UsageError):
            make_geocoder(offline=False, budget_seconds=bad, cache_dir=tmp_path)
    assert server.requests == []


# --- answers are capped and validated ----------------------------------------------------


def test_a_huge_answer_is_not_read_stored_or_printed(server, tmp_path):
    server.script("Hugeville", Answer.huge(HUGE))
    g = _geocoder(server, tmp_path)
    t0 = time.monotonic()
    out = g.geocode("Hugeville", "en")
    assert time.monotonic() - t0 < 10
    assert out.result is None and "larger than" in out.reason
    _one_line(out.reason)
    assert server.sent_bytes < HUGE // 2  # the client stopped reading; the rest never left
    assert len(_cache(tmp_path)) == 0


def test_the_urllib_adapter_is_capped_too(server, tmp_path):
    from geopy.adapters import URLLibAdapter

    capped = geomap.geoparse._geocoder._capped_urllib_adapter(URLLibAdapter)
    server.script("Hugeville", Answer.huge(HUGE))
    server.script("Ort", Answer.hit(place("Ort", 10, 20)))
    g = _geocoder(server, tmp_path, adapter_factory=capped)
    out = g.geocode("Hugeville", "en")
    assert out.result is None and "larger than" in out.reason
    assert server.sent_bytes < HUGE // 2
    assert g.geocode("Ort", "en").result is not None


def test_retry_after_on_503_is_honoured_too(server, tmp_path):
    server.script("A", Answer(status=503, body=b"busy", retry_after="60"))
    g = _geocoder(server, tmp_path, budget_seconds=5.0)
    assert g.geocode("A", "en").reason == "geocoder answered HTTP 503"
    assert "asked to wait 60 s" in g.geocode("B", "en").reason
    assert len(server.requests) == 1


def test_a_huge_error_body_is_not_read(server, tmp_path):
    server.script("Ort", Answer.huge(HUGE, status=500))
    out = _geocoder(server, tmp_path).geocode("Ort", "en")
    assert out.reason == "geocoder answered HTTP 500"
    assert server.sent_bytes < HUGE // 2


def test_a_long_name_is_capped_and_cleaned(server, tmp_path):
    rec = place("Wos\ntok\x1b[31m\u202e" + "A" * 100_000, 51.8, 128.3)
    server.script("Wostok", Answer.hit(rec))
    out = _geocoder(server, tmp_path).geocode("Wostok", "de")
    r = out.result
    assert r is not None
    assert len(r.name) <= MAX_NAME_CHARS
    assert r.name.startswith("Wos tok [31m A")
    assert r.name.isprintable()
    _found, payload = _cache(tmp_path).get(f"nominatim@{server.domain}", "Wostok", "de")
    assert payload["name"] == r.name  # the cleaned name is what is cached
    assert MAX_ANSWER_BYTES > 100_000


def test_a_long_display_name_without_a_name_is_capped(server, tmp_path):
    rec = place("Ort", 51.8, 128.3)
    del rec["name"]
    rec["display_name"] = "B" * 300_000 + ", Russland"  # under the body cap: read, then cut
    server.script("Ort", Answer.hit(rec))
    r = _geocoder(server, tmp_path).geocode("Ort", "de").result
    assert r is not None and r.name == "B" * MAX_NAME_CHARS


@pytest.mark.parametrize(
    ("cc", "want"),
    [("de", "DE"), ("xx\n\x1b[31mRED", None), ("d", None), ("de\n", None), ("12", None)],
)
def test_country_code_is_two_letters_or_dropped(server, tmp_path, cc, want):
    server.script("Ort", Answer.hit(place("Ort", 10, 20, country_code=cc)))
    out = _geocoder(server, tmp_path).geocode("Ort", "en")
    assert out.result is not None and out.result.country_code == want


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(999, 2), (-91, 2), (1, 999), (1, -181), (math.nan, 2), (1, math.inf)],
    ids=["lat-999", "lat--91", "lon-999", "lon--181", "lat-nan", "lon-inf"],
)
def test_bad_coordinates_are_not_found_and_not_cached(server, tmp_path, capsys, lat, lon):
    server.script("Ort", Answer.hit(place("Ort", lat, lon)))
    g = _geocoder(server, tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = g.geocode("Ort", "en")
    assert out.result is None
    assert out.reason.startswith("geocoder answered with invalid coordinates")
    _one_line(out.reason)
    assert caught == []  # geopy's multi-line warning is not shown
    assert capsys.readouterr().err == ""
    assert len(_cache(tmp_path)) == 0
    assert g.geocode("Ort", "en").reason.endswith("(not asked again this run)")
    assert len(server.requests) == 1


def test_kind_and_raw_id_come_from_fixed_lists(server, tmp_path):
    rec = place("Ort", 10, 20, cls="place\x1b" * 1000, type="city")
    rec["osm_type"] = "node\n<script>"
    server.script("Ort", Answer.hit(rec))
    r = _geocoder(server, tmp_path).geocode("Ort", "en").result
    assert r is not None
    assert r.kind == "place"
    assert r.raw_id == f"place_id:{rec['place_id']}"


# --- the cache ---------------------------------------------------------------------------


def _put_raw(path, service, query, payload_text):
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT OR REPLACE INTO geocode VALUES (?, ?, 'en', 1, ?, 0)",
            (service, query, payload_text),
        )


def test_malformed_cache_rows_are_skipped_with_one_warning(server, tmp_path, capsys):
    g = _geocoder(server, tmp_path)
    service = f"nominatim@{server.domain}"
    good = {
        "query": "X",
        "lang": "en",
        "name": "X",
        "lat": 1.0,
        "lon": 2.0,
        "kind": "city",
        "country_code": "DE",
        "raw_id": None,
        "source": "geocoder",
    }
    bad_rows = {
        "A": "{not json",
        "B": json.dumps([1, 2, 3]),
        "C": json.dumps({**good, "query": "C", "lat": "north"}),
        "D": json.dumps({**good, "query": "D", "lat": 999.0}),
        "E": json.dumps({**good, "query": "E", "kind": "\x1b[31m"}),
        "F": json.dumps({**good, "query": "F", "extra": 1}),
    }
    for query, text in bad_rows.items():
        _put_raw(g.cache.path, service, query, text)
        server.script(query, Answer.hit(place(query, 10, 20)))
    capsys.readouterr()
    outs = {q: g.geocode(q, "en") for q in bad_rows}
    assert all(o.result is not None and not o.cached for o in outs.values())
    assert len(server.requests) == len(bad_rows)  # asked again, and the row repaired
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("geomap: warning: geocode cache: skipped")
    again = _geocoder(server, tmp_path).geocode("C", "en")
    assert again.cached and again.result.lat == 10.0


def test_an_old_cached_hit_is_cleaned_on_read(server, tmp_path):
    g = _geocoder(server, tmp_path)
    row = {
        "query": "W",
        "lang": "en",
        "name": "W\n\x1b[31m" + "y" * 5000,
        "lat": 1.0,
        "lon": 2.0,
        "kind": "city",
        "country_code": "xx\n\x1b[31mRED",
        "raw_id": "osm:node/1",
        "source": "geocoder",
    }
    _put_raw(g.cache.path, f"nominatim@{server.domain}", "W", json.dumps(row))
    r = g.geocode("W", "en").result
    assert r is not None and server.requests == []
    assert len(r.name) <= MAX_NAME_CHARS and r.name.isprintable()
    assert r.country_code is None and r.raw_id == "osm:node/1"
    _found, payload = _cache(tmp_path).get(f"nominatim@{server.domain}", "W", "en")
    assert payload["name"] == r.name  # the row is stored cleaned


def test_unusable_cache_warning_has_the_geomap_prefix(server, tmp_path, capsys):
    folder = tmp_path / "cache"
    folder.mkdir()
    (folder / CACHE_FILENAME).write_bytes(b"this is not a database" * 100)
    capsys.readouterr()
    g = _geocoder(server, tmp_path)
    assert g.cache is None
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("geomap: warning: geocode cache ")


@pytest.mark.parametrize("value", ["~/geo data", "$GEOMAP_TEST_BASE/geo"])
def test_data_dir_is_expanded_alike_for_cache_and_gazetteer(tmp_path, monkeypatch, value):
    from gazetteer._paths import data_dir

    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GEOMAP_TEST_BASE", str(tmp_path))
    monkeypatch.setenv("GEOMAP_DATA_DIR", value)
    want = tmp_path / value.split("/", 1)[1]
    assert data_dir() == want
    assert default_cache_path() == want / CACHE_FILENAME


# --- the user agent ----------------------------------------------------------------------


def test_user_agent_option_and_environment(server, tmp_path, monkeypatch):
    _geocoder(server, tmp_path, user_agent="newsroom-check/1.0 (me@example.org)").geocode("A", "en")
    monkeypatch.setenv("GEOMAP_USER_AGENT", "from-env/2.0")
    _geocoder(server, tmp_path).geocode("B", "en")
    assert [r.user_agent for r in server.requests] == [
        "newsroom-check/1.0 (me@example.org)",
        "from-env/2.0",
    ]
    for bad in ("", "a\r\nX-Evil: 1", "x" * 300, "Gr\u00fc\u00dfe"):
        with pytest.raises(UsageError, match="user agent"):
            _geocoder(server, tmp_path, user_agent=bad)


def test_default_agent_against_the_public_server_warns_once(server, tmp_path, monkeypatch, capsys):
    # The "public server" is the local one here: no request leaves 127.0.0.1.
    monkeypatch.setattr(geomap.geoparse._geocoder, "PUBLIC_NOMINATIM", server.domain)
    monkeypatch.setattr(geomap.geoparse._geocoder, "_warned_public_agent", False)
    capsys.readouterr()
    g = _geocoder(server, tmp_path)
    assert capsys.readouterr().err == ""  # nothing before a request is made
    g.geocode("A", "en")
    g.geocode("B", "en")
    _geocoder(server, tmp_path).geocode("C", "en")
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("geomap: warning: ") and "GEOMAP_USER_AGENT" in lines[0]
    assert {r.user_agent for r in server.requests} == {DEFAULT_USER_AGENT}
    monkeypatch.setattr(geomap.geoparse._geocoder, "_warned_public_agent", False)
    _geocoder(server, tmp_path, user_agent="me/1.0").geocode("D", "en")
    assert capsys.readouterr().err == ""
