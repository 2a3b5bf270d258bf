"""Where chunks run: in this process, on a local process pool, or on a Dask cluster.

Every engine takes the same stream of chunks and yields their results as they complete
(in any order), keeping only a few chunks in flight per worker, so memory stays bounded
however long the input is. Workers send back rows; this process, which writes the parts,
encodes them (``encode_chunk``) while the workers go on. The process pool is the standard
library's; the cluster is ``dask.distributed`` (a ``Client`` on a scheduler address, or a
``LocalCluster``): the scheduling, data movement and worker management are theirs, not
geomap's.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal

from geomap.batch._worker import (
    Chunk,
    ChunkResult,
    ChunkRows,
    WorkOptions,
    encode_chunk,
    process_chunk,
    warm_up,
)
from geomap.errors import EnvError, UsageError

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["Engine", "default_workers", "run_chunks"]

#: ``local``: this machine (a process pool, or this process for one worker);
#: ``dask``: a ``dask.distributed`` cluster.
Engine = Literal["local", "dask"]
#: Chunks queued per worker beyond the one it runs: enough to keep it busy, few enough that
#: a long input is never all in memory.
_IN_FLIGHT_PER_WORKER = 2


def default_workers() -> int:
    """The CPUs this process may use (the affinity mask, not the machine's count, so a
    container or ``taskset`` limit is respected)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _with_schemas(opts: WorkOptions) -> WorkOptions:
    """``opts`` with the tables' Arrow schemas, built here (with geopandas) for workers."""
    if opts.format != "parquet" or opts.schemas:
        return opts
    from dataclasses import replace

    from geomap.batch._tables import arrow_schemas

    return replace(opts, schemas=arrow_schemas())


def _serial(chunks: Iterator[Chunk], opts: WorkOptions) -> Iterator[ChunkResult]:
    """In this process (where ``fork`` is not available, for one worker)."""
    enc = _with_schemas(opts)
    for chunk in chunks:
        yield encode_chunk(process_chunk(chunk, opts), enc)


def _pool_context() -> Any:
    """``fork`` on Linux: a worker starts at once with the modules this process has
    loaded, and the user's ``__main__`` is not run again in it (``spawn`` and
    ``forkserver`` re-import it, which breaks a script without a ``__main__`` guard or
    code typed into a REPL). The workers are forked before the progress bar starts its
    thread, and each opens its own gazetteer (``_worker``). Elsewhere ``spawn``."""
    import multiprocessing
    import sys

    if sys.platform.startswith("linux"):
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")  # pragma: no cover


def _pool(chunks: Iterator[Chunk], opts: WorkOptions, workers: int) -> Iterator[ChunkResult]:
    """``workers`` forked processes, one worker included: a worker then holds the
    pipeline alone, and this process encodes and writes (with pyarrow, loaded only after
    the fork so no worker carries it) while the workers analyse."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    ctx = _pool_context()
    if ctx.get_start_method() == "fork":
        warm_up()  # the workers inherit it: they start in milliseconds, not seconds
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
    try:
        # the first submission forks every worker (a fork pool starts them all at once);
        # pyarrow and geopandas are loaded here only after that, so no worker carries them
        pool.submit(os.getpid).result()
        gc.unfreeze()  # frozen by warm_up for the workers' sake; here it may collect again
        enc = _with_schemas(opts)
        pending: set[Future[ChunkRows]] = set()
        limit = workers * (_IN_FLIGHT_PER_WORKER + 1)
        for chunk in chunks:
            pending.add(pool.submit(process_chunk, chunk, opts))
            while len(pending) >= limit:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in done:
                    yield encode_chunk(fut.result(), enc)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                yield encode_chunk(fut.result(), enc)
    except BrokenProcessPool:
        raise EnvError(
            "a worker process died (out of memory, or killed); the parts written so far are "
            "kept: run the same command again to resume"
        ) from None
    finally:
        # on an error or Ctrl-C, queued chunks are dropped instead of waited for
        pool.shutdown(wait=True, cancel_futures=True)


def _warm_worker_plugin() -> Any:
    """A Dask ``WorkerPlugin``: each worker loads the pipeline and opens its gazetteer
    when it joins, before its first task, rather than inside that task's time (a worker
    that joins later is warmed too). Built here, so importing this module (as every
    pool worker does) needs no Dask; Dask ships the class to its workers by value."""
    from distributed import WorkerPlugin

    class WarmUp(WorkerPlugin):
        name = "geomap-warm-up"
        idempotent = True

        def setup(self, worker: Any) -> None:
            warm_up()

    return WarmUp()


def _dask(
    chunks: Iterator[Chunk], opts: WorkOptions, workers: int, scheduler: str | None
) -> Iterator[ChunkResult]:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:  # pragma: no cover - the dask extra not installed
        raise EnvError("--engine dask needs dask.distributed: pip install 'geomap[dask]'") from None
    cluster = None
    if scheduler:
        try:
            # how long to try: dask's ``distributed.comm.timeouts.connect`` (30 s; also
            # DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT)
            client = Client(scheduler)
        except (OSError, TimeoutError, ValueError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler {scheduler!r}: {exc}") from None
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        client = Client(cluster)
    try:
        enc = _with_schemas(opts)
        client.register_plugin(_warm_worker_plugin())  # returns once every worker is warm
        n = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        limit = n * (_IN_FLIGHT_PER_WORKER + 1)
        shared = client.scatter(opts, broadcast=True)  # sent once, not with every chunk
        ac = as_completed()
        in_flight = 0
        for chunk in chunks:
            ac.add(client.submit(process_chunk, chunk, shared, pure=False))
            in_flight += 1
            while in_flight >= limit:
                fut = next(ac)
                in_flight -= 1
                yield encode_chunk(fut.result(), enc)
        for fut in ac:
            yield encode_chunk(fut.result(), enc)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def run_chunks(
    chunks: Iterator[Chunk],
    opts: WorkOptions,
    *,
    engine: Engine = "local",
    workers: int | None = None,
    scheduler: str | None = None,
) -> Iterator[ChunkResult]:
    """Run ``process_chunk`` on every chunk; results in completion order."""
    n = workers or default_workers()
    if engine == "dask":
        yield from _dask(chunks, opts, n, scheduler)
    elif n == 1 and _pool_context().get_start_method() != "fork":
        yield from _serial(chunks, opts)  # pragma: no cover - not on Linux
    else:
        yield from _pool(chunks, opts, n)
