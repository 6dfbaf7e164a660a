"""Extraction over several cores, or over a Dask cluster, with results in input order.

Articles are independent once the gazetteers are fixed, so the three per-article steps of
`extract_project` map over articles:

    ingest_many(paths, project)                    -> [Article | ArticleProblem]
    discover_many(articles, gazetteer_content)     -> [[Discovered]]      (pass 1)
    extract_many(jobs, full_content)               -> [ArticleResult]     (pass 2)

The same map also checks content files for `validate.load_content` when many are not in its
cache (check_many: the first build after a large extraction), on this machine only.

Every call returns one result per input, in input order, whatever the number of workers or the
order in which they finish; every worker builds the same Gazetteer and AgreementResolver from
the same Content, so results are the same as a serial run, byte for byte once written.

The shared inputs (Content with its gazetteers) go to each worker once, through the pool's
initializer (inherited by fork on Linux, pickled once per worker elsewhere; broadcast once with
Dask), never once per article. Jobs travel in chunks.

Executors:
- "auto" (default): "serial" when there are few articles or one worker, else "process";
- "serial": in this process (what the tests compare against);
- "process": concurrent.futures.ProcessPoolExecutor on this machine's cores;
- "dask": a Dask distributed cluster: `address` is a scheduler address ("tcp://host:8786"), an
  existing distributed.Client, or None for a LocalCluster on this machine. Needs the optional
  `dask[distributed]` package, imported only here.

Settings from the environment (so `chronology build` can be steered without new options):
CHRONOLOGY_WORKERS (a number; 1 turns parallelism off), CHRONOLOGY_EXECUTOR (one of the above),
CHRONOLOGY_DASK_ADDRESS (a scheduler address).

`progress(index, total, name)` is called once per finished item, in input order, with index
counting from 0: the same signature as extract_project's progress callback.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Sequence

EXECUTORS = ("auto", "serial", "process", "dask")
# Below this many items per worker a pool costs more than it saves (starting a worker and
# building its gazetteer takes about as long as extracting a few articles).
MIN_ITEMS_PER_WORKER = 8
MAX_CHUNK = 32

Progress = Callable[[int, int, str], None]


# ---------------------------------------------------------------- settings

class SettingProblem(ValueError):
    """A parallelism setting the user can fix (the CLI prints it without a traceback)."""


def default_workers() -> int:
    """CHRONOLOGY_WORKERS, else the cores this process may run on."""
    setting = os.environ.get("CHRONOLOGY_WORKERS", "").strip()
    if setting:
        try:
            return max(1, int(setting))
        except ValueError:
            raise SettingProblem(f"CHRONOLOGY_WORKERS={setting!r} is not a number: set it to how many processes to use") from None
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def choose_executor(n_items: int, workers: int | None = None, executor: str | None = None) -> tuple[str, int]:
    """The executor and worker count a run of n_items will use."""
    executor = executor or os.environ.get("CHRONOLOGY_EXECUTOR", "").strip() or "auto"
    if executor not in EXECUTORS:
        raise SettingProblem(f"unknown executor {executor!r} (CHRONOLOGY_EXECUTOR): choose one of {', '.join(EXECUTORS)}")
    workers = workers or default_workers()
    if executor == "auto":
        executor = "process" if workers > 1 and n_items >= 2 * MIN_ITEMS_PER_WORKER else "serial"
    if executor == "process":
        workers = max(1, min(workers, n_items // MIN_ITEMS_PER_WORKER or 1))
        if workers == 1:
            executor = "serial"
    return executor, workers


# ---------------------------------------------------------------- worker state

# The state a worker builds once from the shared payload, by kind of task.
_STATE: dict[str, Any] = {}


def _build_state(kind: str, payload: Any) -> Any:
    if kind in ("ingest", "check"):
        return payload  # the project folder, or nothing
    from .resolve import Gazetteer

    if kind == "discover":
        return payload, Gazetteer(payload)
    if kind == "extract":
        from .agreements import AgreementResolver

        gazetteer = Gazetteer(payload)
        return payload, gazetteer, AgreementResolver(payload, gazetteer)
    raise ValueError(kind)


def _run_one(kind: str, state: Any, item: Any) -> Any:
    if kind == "ingest":
        from .ingest import ArticleProblem, ingest

        try:
            return ingest(Path(item), state)
        except ArticleProblem as problem:
            return problem
    if kind == "check":
        from .validate import _check_one_file

        return _check_one_file(*item)
    if kind == "discover":
        from .discover import discover

        content, gazetteer = state
        return discover(item, gazetteer, content)
    if kind == "extract":
        from .extract import extract_article

        content, gazetteer, resolver = state
        return extract_article(item.article, content, gazetteer, item.human_source, resolver)
    raise ValueError(kind)


def _init_worker(kind: str, payload: Any) -> None:
    _STATE.clear()
    _STATE[kind] = _build_state(kind, payload)


def _run_chunk(kind: str, start: int, items: list) -> tuple[int, list]:
    state = _STATE[kind]
    return start, [_run_one(kind, state, item) for item in items]


def _dask_chunk(kind: str, token: str, payload: Any, start: int, items: list) -> tuple[int, list]:
    """On a Dask worker: build the state once per worker (and per payload), then run the chunk."""
    key = f"{kind}:{token}"
    state = _STATE.get(key)
    if state is None:
        # One payload at a time per worker: drop states of earlier runs.
        for old in [k for k in _STATE if ":" in k]:
            del _STATE[old]
        state = _STATE[key] = _build_state(kind, payload)
    return start, [_run_one(kind, state, item) for item in items]


# ---------------------------------------------------------------- the map

def parallel_map(kind: str, items: Sequence, payload: Any, *, workers: int | None = None, executor: str | None = None,
                 address: Any = None, progress: Progress | None = None, names: Sequence[str] | None = None,
                 start_method: str | None = None) -> list:
    """[_run_one(kind, state, item) for item in items] with state built from payload once per
    worker; results in input order whatever the executor."""
    items = list(items)
    n = len(items)
    executor, workers = choose_executor(n, workers, executor)
    names = list(names) if names is not None else [str(i) for i in range(n)]
    if n == 0:
        return []
    if executor == "serial":
        state = _build_state(kind, payload)
        out = []
        for index, item in enumerate(items):
            out.append(_run_one(kind, state, item))
            if progress:
                progress(index, n, names[index])
        return out
    chunk = max(1, min(MAX_CHUNK, math.ceil(n / (workers * 4))))
    chunks = [(start, items[start:start + chunk]) for start in range(0, n, chunk)]
    results: list = [None] * n
    done = [False] * n
    reported = 0

    def collect(start: int, values: list) -> None:
        nonlocal reported
        results[start:start + len(values)] = values
        for i in range(start, start + len(values)):
            done[i] = True
        while progress and reported < n and done[reported]:  # in input order
            progress(reported, n, names[reported])
            reported += 1

    if executor == "process":
        _process_map(kind, payload, chunks, workers, collect, start_method)
    else:
        _dask_map(kind, payload, chunks, workers, address, collect)
    return results


def _mp_context(start_method: str | None):
    """fork where it is safe and cheap (Linux): workers inherit the payload without pickling.
    Elsewhere (macOS, Windows) spawn, which pickles it once per worker."""
    method = start_method or os.environ.get("CHRONOLOGY_START_METHOD") or ("fork" if sys.platform.startswith("linux") else "spawn")
    return multiprocessing.get_context(method)


def _process_map(kind: str, payload: Any, chunks: list, workers: int, collect, start_method: str | None) -> None:
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait

    with ProcessPoolExecutor(max_workers=workers, mp_context=_mp_context(start_method),
                             initializer=_init_worker, initargs=(kind, payload)) as pool:
        pending = {pool.submit(_run_chunk, kind, start, batch) for start, batch in chunks}
        try:
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for future in finished:
                    collect(*future.result())
        except BaseException:
            for future in pending:
                future.cancel()
            raise


def _dask_map(kind: str, payload: Any, chunks: list, workers: int, address: Any, collect) -> None:
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:  # pragma: no cover - depends on the environment
        raise SettingProblem("the dask executor needs the optional package dask[distributed]: "
                             "pip install -e '.[dask]'") from None
    import hashlib
    import pickle

    own_client = None
    address = address or os.environ.get("CHRONOLOGY_DASK_ADDRESS") or None
    if isinstance(address, Client):
        client = address
    elif address:
        client = own_client = Client(address)
    else:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
        client = own_client = Client(cluster)
    try:
        blob = pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL)
        token = hashlib.sha1(blob).hexdigest()[:16]
        shared = client.scatter(payload, broadcast=True, hash=False)
        futures = [client.submit(_dask_chunk, kind, token, shared, start, batch, pure=False) for start, batch in chunks]
        for future in as_completed(futures):
            collect(*future.result())
    finally:
        if own_client is not None:
            cluster = own_client.cluster
            own_client.close()
            if cluster is not None:
                cluster.close()


# ---------------------------------------------------------------- the three steps of extraction

@dataclass(frozen=True)
class ExtractJob:
    """What extract_article needs for one article besides the shared content: the analysed
    article, and the source record when a person owns it (else None)."""

    article: Any  # ingest.Article
    human_source: Any = None  # records.Source | None


def ingest_many(paths: Sequence[Path], project: Path, **options) -> list:
    """ingest(path, project) for every path: an Article, or the ArticleProblem that stopped it."""
    return parallel_map("ingest", [str(p) for p in paths], Path(project),
                        names=[Path(p).name for p in paths], **options)


def discover_many(articles: Sequence, gazetteer_content, **options) -> list[list]:
    """discover(article, Gazetteer(gazetteer_content), gazetteer_content) for every article."""
    return parallel_map("discover", articles, gazetteer_content,
                        names=[a.file for a in articles], **options)


def extract_many(jobs: Sequence[ExtractJob], content, **options) -> list:
    """extract_article(job.article, content, gazetteer, job.human_source, resolver) for every job,
    with the Gazetteer and AgreementResolver built from `content` once per worker."""
    return parallel_map("extract", jobs, content, names=[j.article.file for j in jobs], **options)


def check_many(files: Sequence[tuple[str, str, str]], workers: int | None = None) -> list:
    """validate's check of each content file (path, relpath, kind) on its own, over this
    machine's cores (never a cluster: the files are here; CHRONOLOGY_EXECUTOR=serial still
    keeps it in this process)."""
    executor = "serial" if os.environ.get("CHRONOLOGY_EXECUTOR", "").strip() == "serial" else "auto"
    return parallel_map("check", list(files), None, workers=workers, executor=executor)


__all__ = ["EXECUTORS", "ExtractJob", "check_many", "choose_executor", "default_workers", "discover_many", "extract_many",
           "ingest_many", "parallel_map"]
