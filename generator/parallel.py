"""Use every core the machine gives us for the per-article work (annotating, rendering a page).

The stages stay plain functions over plain data; this module only decides where a function runs. Work
goes to worker processes made by `fork`, so they start with the parent's memory (the story, its
annotations) already in place and only the results travel back, pickled. The results come back in
the order of the input, so the output is the same bytes with one worker or many.

Forking is used only where it is safe and pays off: on Linux, from a process with a single thread
(`mkdocs serve` runs a web server and a file watcher in threads, and a fork could copy one of their
locks while held: there, the build runs in a `Helper` forked before those threads started), and for
enough items to cover the cost of starting a worker. Everywhere else the work runs in this process,
one item after another. `DOCSITE_WORKERS=1` forces that (for profiling);
`DOCSITE_WORKERS=N` sets the number of processes.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.pool import Pool
from typing import Any, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

MIN_ITEMS_PER_WORKER = 25
"""Fewer items than this per worker and starting the worker costs more than it saves."""

# What a forked worker does with the number of a piece of work it is handed: set just before the
# workers are forked (they inherit it), cleared afterwards.
_job: Callable[[int], Any] | None = None


def workers_for(items: int) -> int:
    """How many processes (this one included) should share `items` items of work."""
    wanted = _configured_workers()
    if wanted <= 1 or not _can_fork():
        return 1
    return max(1, min(wanted, items // MIN_ITEMS_PER_WORKER))


def map_in_order(function: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """`[function(item) for item in items]`, shared between this process and forked workers.

    `function` may be any callable (a closure, a lambda): the workers inherit it, it is not pickled.
    Its results must pickle. An exception in a worker is raised here."""
    workers = workers_for(len(items))
    if workers == 1:
        return [function(item) for item in items]
    chunks = _split(items, workers)
    with _forked(workers - 1, lambda index: [function(item) for item in chunks[index]]) as pool:
        if pool is None:
            return [function(item) for item in items]
        # The workers take every chunk but the first; this process does the first meanwhile.
        pending = pool.map_async(_run, range(1, workers), chunksize=1)
        first = [function(item) for item in chunks[0]]
        rest = pending.get()
    return first + [result for chunk in rest for result in chunk]


def run_all(tasks: Sequence[Callable[[], Result]], items: int) -> list[Result]:
    """`[task() for task in tasks]`, the tasks handed out one at a time to forked workers as each
    finishes its last, so that tasks of unequal cost still keep every core busy; the results come back
    in the order of `tasks`. `items` is the number of items of work the tasks hold between them, which
    decides whether forking pays off (see `workers_for`)."""
    workers = min(workers_for(items), len(tasks))
    if workers == 1:
        return [task() for task in tasks]
    with _forked(workers, lambda index: tasks[index]()) as pool:
        if pool is None:
            return [task() for task in tasks]
        return pool.map(_run, range(len(tasks)), chunksize=1)


class Helper:
    """A process forked while this one still has a single thread, to run `function` later, when this one
    has threads and may no longer fork: `mkdocs serve` starts a web server and a file watcher, then
    rebuilds from a thread. The helper has one thread, so the function may fork workers there (see
    `_can_fork`). Its arguments, result and any exception it raises are pickled across; the exception is
    raised here. Should the helper be gone (killed), the function runs here, in one process."""

    def __init__(self, function: Callable[..., Any]) -> None:
        self.function = function
        self._requests, helper_end = multiprocessing.get_context("fork").Pipe()
        self._process = multiprocessing.get_context("fork").Process(
            target=_serve_requests, args=(helper_end, self._requests, function),
            name=f"docsite-{function.__name__}", daemon=False)  # a daemon may not fork workers of its own
        self._process.start()
        helper_end.close()

    @classmethod
    def start(cls, function: Callable[..., Any]) -> Helper | None:
        """A helper for `function`, or None where one would not help: one worker wanted, or this process
        may not fork now."""
        if _configured_workers() <= 1 or not _can_fork():
            return None
        try:
            return cls(function)
        except OSError:
            return None

    def __call__(self, *args: Any) -> Any:
        if not self._process.is_alive():
            return self.function(*args)
        try:
            self._requests.send(args)
            failed, outcome = self._requests.recv()
        except (EOFError, OSError):  # it died on the way: the work is done here
            return self.function(*args)
        if failed:
            raise outcome
        return outcome

    def stop(self) -> None:
        """End the helper (it also ends by itself when this process does)."""
        try:
            self._requests.close()  # the helper reads the end of its requests and exits
        finally:
            self._process.join(timeout=5)
            if self._process.is_alive():
                self._process.kill()
                self._process.join()


def _serve_requests(requests: Any, callers_end: Any, function: Callable[..., Any]) -> None:
    """In the helper: run `function` for each request until there are none, sending back what it gave:
    (False, result) or (True, exception). `callers_end`, inherited, is closed first: the requests then
    end when the caller's process does, however it ends."""
    callers_end.close()
    try:
        while True:
            try:
                args = requests.recv()
            except EOFError:
                return
            try:
                outcome: tuple[bool, Any] = (False, function(*args))
            except Exception as error:  # noqa: BLE001 - every failure is the caller's to raise
                outcome = (True, error)
            try:
                requests.send(outcome)  # pickled whole before any byte is sent
            except OSError:  # the caller is gone (it stopped this helper mid-call, or ended)
                return
            except Exception as error:  # noqa: BLE001 - say what could not be sent, rather than nothing
                problem = f"{function.__name__} gave what cannot be sent back ({error!r}): {outcome[1]!r}"
                requests.send((True, ChildProcessError(problem)))
    except KeyboardInterrupt:  # Ctrl-C reaches every process of the terminal: the parent reports it
        return


def chunks_of(items: Sequence[Item], size: int) -> list[Sequence[Item]]:
    return [items[start:start + size] for start in range(0, len(items), size)]


@contextmanager
def _forked(processes: int, job: Callable[[int], Any]) -> Iterator[Pool | None]:
    """A pool of `processes` workers forked to do `job`; None where the system gives no pool (no
    /dev/shm for its semaphores, as in some containers): the caller then does the work itself."""
    global _job
    _job = job
    try:
        try:
            pool = multiprocessing.get_context("fork").Pool(processes)
        except (OSError, ImportError):
            yield None
            return
        with pool:
            yield pool
    finally:
        _job = None


def _run(index: int) -> Any:
    """In a worker: piece `index` of the job it was forked for."""
    assert _job is not None, "a worker runs only the job it was forked for"
    return _job(index)


def _split(items: Sequence[Item], parts: int) -> list[Sequence[Item]]:
    """`parts` consecutive slices of nearly equal length."""
    size, extra = divmod(len(items), parts)
    bounds = [0]
    for part in range(parts):
        bounds.append(bounds[-1] + size + (1 if part < extra else 0))
    return [items[start:end] for start, end in zip(bounds, bounds[1:], strict=False)]


def _configured_workers() -> int:
    setting = os.environ.get("DOCSITE_WORKERS", "").strip()
    if setting.isdigit() and int(setting) > 0:
        return int(setting)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _can_fork() -> bool:
    # A worker runs its task in-process: multiprocessing lets no worker have workers of its own.
    return (sys.platform.startswith("linux") and threading.active_count() == 1
            and not multiprocessing.current_process().daemon)
