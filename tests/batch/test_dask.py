"""The Dask engine on a LocalCluster of two worker processes gives the local pool's tables."""

from __future__ import annotations

import pytest

from geomap.cli import main
from tests.batch.conftest import write_jsonl

pd = pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")

N_DOCS = 24


def test_a_run_on_a_two_worker_cluster_equals_the_local_run(tmp_path, capsys):
    feed = write_jsonl(tmp_path / "feed.jsonl", N_DOCS, bad_lines=(4,))
    common = ["--offline", "--no-progress", "--chunk-size", "5"]
    assert main(["batch", str(feed), "-o", str(tmp_path / "local"), "--workers", "1", *common]) == 0
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    ) as cluster:
        code = main(["batch", str(feed), "-o", str(tmp_path / "dask"), "--engine", "dask",
                     "--scheduler", cluster.scheduler_address, *common])  # fmt: skip
        assert code == 0
        assert len(cluster.scheduler_info["workers"]) == 2
    assert f"{N_DOCS + 1} documents (1 failed" in capsys.readouterr().out
    for table in ("documents", "places", "claims", "events"):
        local = pd.read_parquet(tmp_path / "local" / table).sort_values(["seq"], kind="stable")
        dask = pd.read_parquet(tmp_path / "dask" / table).sort_values(["seq"], kind="stable")
        pd.testing.assert_frame_equal(local.reset_index(drop=True), dask.reset_index(drop=True))


def test_an_unreachable_scheduler_is_one_line_and_exit_2(tmp_path, capsys):
    import dask

    feed = write_jsonl(tmp_path / "feed.jsonl", 2)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["batch", str(feed), "-o", str(tmp_path / "out"), "--offline",
                     "--scheduler", "tcp://127.0.0.1:9", "--no-progress"])  # fmt: skip
    assert code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot reach the Dask scheduler" in err
