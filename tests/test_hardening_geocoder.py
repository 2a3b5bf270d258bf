"""The geocoder fallback end to end: ``geomap places`` against the local test server.

A name the gazetteer lacks, after a feature head (``the village of X``), goes to the
geocoder. A failing geocoder must not fail the run: the place stays unresolved with a
reason. The geocode cache is redirected into the test's folder so the user's cache is
neither read nor written.
"""

from __future__ import annotations

import json

import pytest
from nominatim_server import Answer, NominatimServer, place
from test_hardening_support import (
    assert_clean_stderr,
    run_cli,
    warm_gazetteer,  # noqa: F401 - fixture
)

import geomap.geocoding

pytestmark = pytest.mark.usefixtures("warm_gazetteer")

TEXT = "Police said the fire started in the village of Xyzzyville on Monday night.\n"


@pytest.fixture
def online(monkeypatch, tmp_path):
    monkeypatch.delenv("GEOMAP_OFFLINE", raising=False)
    cache = tmp_path / "cache" / "geocode-cache.sqlite"
    monkeypatch.setattr(geomap.geocoding, "default_cache_path", lambda: cache)
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
