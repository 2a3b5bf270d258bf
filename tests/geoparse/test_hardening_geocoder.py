"""The geocoder fallback end to end: ``geomap places`` against the local test server.

A name the gazetteer lacks, after a feature head (``the village of X``), goes to the
geocoder. A failing geocoder must not fail the run: the place stays unresolved with a
reason. The geocode cache is redirected into the test's folder so the user's cache is
neither read nor written.
"""

from __future__ import annotations

import json

import pytest

import geomap.geoparse._geocoder
from tests.support.hardening import (
    assert_clean_stderr,
    run_cli,
    warm_gazetteer,  # noqa: F401 - fixture
)
from tests.support.nominatim_server import Answer, NominatimServer, place

pytestmark = pytest.mark.usefixtures("warm_gazetteer")

TEXT = "Police said the fire started in the village of Xyzzyville on Monday night.\n"


@pytest.fixture
def online(monkeypatch, tmp_path):
    monkeypatch.delenv("GEOMAP_OFFLINE", raising=False)
    cache = tmp_path / "cache" / "geocode-cache.sqlite"
    monkeypatch.setattr(geomap.geoparse._geocoder, "default_cache_path", lambda: cache)
    art = tmp_path / "village.txt"
    art.write_text(TEXT, encoding="utf-8")
    return art


def _places(capsys, srv: NominatimServer, art) -> tuple[int, list[dict]]:
    run = run_cli(
        capsys,
        "places", "--format", "json", "--lang", "en",
        "--geocoder-domain", srv.domain, "--geocoder-scheme", "http",
        art,
    )  # fmt: skip
    assert_clean_stderr(run)
    return run.code, json.loads(run.out)["documents"][0]["places"]


def test_geocoder_http_500_leaves_the_place_unresolved_with_a_reason(capsys, online):
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.http(500))
        code, places = _places(capsys, srv, online)
        assert [r.query for r in srv.requests] == ["Xyzzyville"]
    assert code == 0
    [p] = [p for p in places if p["mention"] == "Xyzzyville"]
    assert p["source"] is None and p["lat"] is None and p["name"] is None
    assert "500" in p["reason"]


def test_geocoder_hit_resolves_the_place(capsys, online):
    with NominatimServer() as srv:
        srv.script(
            "Xyzzyville",
            Answer.hit(place("Xyzzyville", 52.1234, 13.5678, type="village", country_code="de")),
        )
        code, places = _places(capsys, srv, online)
    assert code == 0
    [p] = [p for p in places if p["mention"] == "Xyzzyville"]
    assert p["source"] == "geocoder"
    assert (p["name"], p["country_code"]) == ("Xyzzyville", "DE")
    assert (p["lat"], p["lon"]) == pytest.approx((52.1234, 13.5678), abs=1e-4)
    assert p["reason"] is None


def test_offline_run_asks_no_geocoder(capsys, online, monkeypatch):
    monkeypatch.setenv("GEOMAP_OFFLINE", "1")
    with NominatimServer() as srv:
        code, places = _places(capsys, srv, online)
        assert srv.requests == []
    assert code == 0
    [p] = [p for p in places if p["mention"] == "Xyzzyville"]
    assert p["source"] is None and "off" in p["reason"]


# --- issue 13: failures, budget, validation, user agent ----------------------------------


def _places_run(capsys, srv: NominatimServer, art, *extra: str):
    return run_cli(
        capsys,
        "places", "--format", "json", "--lang", "en",
        "--geocoder-domain", srv.domain, "--geocoder-scheme", "http",
        *extra, art,
    )  # fmt: skip


def test_ten_mentions_of_a_failing_name_make_one_request(capsys, online):
    online.write_text(TEXT * 10, encoding="utf-8")
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.http(500))
        run = _places_run(capsys, srv, online)
        assert len(srv.requests) == 1  # was 10
    assert run.code == 0
    assert_clean_stderr(run)
    places = [
        p for p in json.loads(run.out)["documents"][0]["places"] if p["mention"] == "Xyzzyville"
    ]
    assert len(places) == 10
    assert all(p["source"] is None and "HTTP 500" in p["reason"] for p in places)


def test_retry_after_beyond_the_budget_ends_the_run_quickly(capsys, online):
    online.write_text(
        "The fire started in the village of Xyzzyville. Later it reached the town of "
        "Plughburg and the village of Quuxdorf.\n",
        encoding="utf-8",
    )
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.rate_limited("30"))
        run = _places_run(capsys, srv, online, "--geocoder-budget", "2")
        assert [r.query for r in srv.requests] == ["Xyzzyville"]
    assert run.code == 0 and run.seconds < 10
    reasons = {p["mention"]: p["reason"] for p in json.loads(run.out)["documents"][0]["places"]}
    assert "HTTP 429" in reasons["Xyzzyville"]
    assert reasons["Quuxdorf"].startswith("geocoder not asked")


def test_hostile_answer_is_neither_printed_nor_cached(capsys, online):
    rec = place("Xyzzy\n\x1b[31mRED" + "A" * 10_000, 52.1, 13.5, country_code="xx\n\x1b[31mRED")
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.hit(rec))
        run = _places_run(capsys, srv, online, "--format", "text")
    assert run.code == 0
    assert "\x1b" not in run.out and len(run.out) < 20_000
    assert_clean_stderr(run)


def test_latitude_999_prints_no_geopy_warning(capsys, online):
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.hit(place("Xyzzyville", 999, 13.5)))
        code, places = _places(capsys, srv, online)  # asserts a clean stderr
    [p] = [p for p in places if p["mention"] == "Xyzzyville"]
    assert p["lat"] is None and "invalid coordinates" in p["reason"]


def test_malformed_cache_row_is_skipped_not_an_internal_error(capsys, online):
    import sqlite3

    cache = geomap.geoparse._geocoder.default_cache_path()
    with NominatimServer() as srv:
        srv.script("Xyzzyville", Answer.hit(place("Xyzzyville", 52.1, 13.5)))
        g = geomap.geoparse._geocoder.make_geocoder(offline=False, domain=srv.domain, scheme="http")
        g.cache.close()
        with sqlite3.connect(cache) as conn:
            conn.execute(
                "INSERT INTO geocode VALUES (?, 'Xyzzyville', 'en', 1, ?, 0)",
                (f"nominatim@{srv.domain}", '{"lat": "north"}'),
            )
        run = _places_run(capsys, srv, online)
        assert len(srv.requests) == 1  # asked again
    assert run.code == 0
    lines = [ln for ln in run.error_lines() if not ln.startswith("gazetteer: building")]
    assert len(lines) == 1 and lines[0].startswith("geomap: warning: geocode cache: skipped")


def test_user_agent_option_reaches_the_server(capsys, online):
    with NominatimServer() as srv:
        run = _places_run(capsys, srv, online, "--user-agent", "newsroom-check/1.0 (me@x.org)")
        assert [r.user_agent for r in srv.requests] == ["newsroom-check/1.0 (me@x.org)"]
    assert run.code == 0


@pytest.mark.parametrize(
    "extra", [("--geocoder-budget", "0"), ("--geocoder-timeout", "nan"), ("--user-agent", "")]
)
def test_bad_geocoder_options_are_usage_errors(capsys, online, extra):
    from tests.support.hardening import assert_one_line_error

    with NominatimServer() as srv:
        run = _places_run(capsys, srv, online, *extra)
        assert srv.requests == []
    assert run.code == 2
    assert_one_line_error(run)
