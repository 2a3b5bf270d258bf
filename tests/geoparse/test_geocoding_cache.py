"""The geocode cache under concurrent writers and a writer killed mid-write."""

from __future__ import annotations

import multiprocessing as mp
import os
import signal
import sqlite3
import time
from pathlib import Path

from geomap.geoparse import CACHE_FILENAME, GeocodeCache

# fork: the children only need the already imported module, and start in milliseconds.
CTX = mp.get_context("fork")


def _payload(i: int, who: str) -> dict:
    return {
        "query": f"q{i}",
        "lang": "de",
        "name": f"{who}-{i}" + "x" * 2000,  # big rows make a kill mid-write likely
        "lat": float(i % 90),
        "lon": float(i % 180),
        "kind": "city",
        "country_code": "DE",
        "raw_id": f"osm:node/{i}",
        "source": "geocoder",
    }


def _writer(path: str, who: str, n: int, start_evt) -> None:
    cache = GeocodeCache(Path(path))
    start_evt.wait()
    for i in range(n):
        cache.put("svc", f"{who}-{i}", "de", _payload(i, who))
        cache.put("svc", f"shared-{i}", "de", _payload(i, who))  # both write the same keys
    cache.close()


def _endless_writer(path: str, ready) -> None:
    cache = GeocodeCache(Path(path))
    i = 0
    while True:
        cache.put("svc", f"k{i % 500}", "de", _payload(i, "loop"))
        i += 1
        if i == 50:
            ready.set()


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_put_get_roundtrip_and_negative(tmp_path):
    cache = GeocodeCache(tmp_path / CACHE_FILENAME)
    assert cache.get("svc", "Wostok", "de") is None
    cache.put("svc", "Wostok", "de", {"a": 1})
    cache.put("svc", "Nirgendwo", "de", None)
    assert cache.get("svc", "Wostok", "de") == (True, {"a": 1})
    assert cache.get("svc", "Nirgendwo", "de") == (False, None)
    assert cache.get("svc", "Wostok", "en") is None
    cache.put("svc", "Wostok", "de", {"a": 2})  # upsert: one row per key
    assert cache.get("svc", "Wostok", "de") == (True, {"a": 2})
    assert len(cache) == 2
    mode = cache._conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"


def test_two_processes_writing_at_once(tmp_path):
    path = tmp_path / "c" / CACHE_FILENAME
    n = 150
    start = CTX.Event()
    procs = [CTX.Process(target=_writer, args=(str(path), who, n, start)) for who in "ab"]
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    assert _integrity(path) == "ok"
    cache = GeocodeCache(path)
    assert len(cache) == 3 * n  # a-*, b-*, shared-*: one row per key
    for i in (0, n // 2, n - 1):
        for who in "ab":
            found, payload = cache.get("svc", f"{who}-{i}", "de")
            assert found and payload["name"].startswith(f"{who}-{i}")
        found, payload = cache.get("svc", f"shared-{i}", "de")
        assert found and payload["name"].split("-")[0] in ("a", "b")


def test_process_killed_mid_write_leaves_a_readable_cache(tmp_path):
    path = tmp_path / CACHE_FILENAME
    ready = CTX.Event()
    child = CTX.Process(target=_endless_writer, args=(str(path), ready))
    child.start()
    assert ready.wait(timeout=30)
    time.sleep(0.05)
    os.kill(child.pid, signal.SIGKILL)
    child.join(timeout=10)
    assert child.exitcode == -signal.SIGKILL
    assert _integrity(path) == "ok"
    cache = GeocodeCache(path)
    assert 50 <= len(cache) <= 500
    found, payload = cache.get("svc", "k0", "de")
    assert found and payload["kind"] == "city"
    cache.put("svc", "after", "de", None)  # still writable
    assert cache.get("svc", "after", "de") == (False, None)
