"""The per-article work is shared between forked processes, and the result does not depend on how."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from generator import parallel
from generator.annotate import annotate
from generator.compare.reuse import compare_reuse
from generator.parallel import MIN_ITEMS_PER_WORKER, map_in_order, run_all, workers_for  # noqa: E402
from generator.pipeline import analyse, annotate_beside, render_analysis  # noqa: E402
from generator.prepare import prepare_story
from generator.read import read_story

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks.corpus import make_corpus, write_corpus  # noqa: E402

ITEMS = list(range(4 * MIN_ITEMS_PER_WORKER + 3))


@pytest.fixture
def two_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two processes; threads that earlier tests left running in this process (the browser tests' web
    server) are not counted, so that these tests fork as the generator does in a `mkdocs build`."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the generator forks only on Linux")
    monkeypatch.setenv("DOCSITE_WORKERS", "2")
    count, already = threading.active_count, threading.active_count() - 1
    monkeypatch.setattr(threading, "active_count", lambda: count() - already)
    assert parallel._can_fork()


def test_results_come_back_in_the_order_of_the_items(two_workers: None) -> None:
    offset = 1000  # a closure: the workers inherit the function, it is never pickled
    assert map_in_order(lambda n: n * n + offset, ITEMS) == [n * n + offset for n in ITEMS]


def test_the_work_is_shared_with_another_process(two_workers: None) -> None:
    pids = map_in_order(lambda _: os.getpid(), ITEMS)
    assert set(pids) == {os.getpid(), pids[-1]} and pids[-1] != os.getpid()
    assert pids.index(pids[-1]) == len(ITEMS) // 2 + 1, "each process takes one consecutive half"


def test_an_error_in_a_worker_is_raised_in_the_caller(two_workers: None) -> None:
    def fails_on_the_last(n: int) -> int:
        if n == ITEMS[-1]:
            raise ValueError(f"item {n} is bad")
        return n

    with pytest.raises(ValueError, match=f"item {ITEMS[-1]} is bad"):
        map_in_order(fails_on_the_last, ITEMS)


def test_few_items_or_one_worker_stay_in_this_process(monkeypatch: pytest.MonkeyPatch,
                                                      two_workers: None) -> None:
    assert workers_for(MIN_ITEMS_PER_WORKER) == 1
    assert set(map_in_order(lambda _: os.getpid(), ITEMS[:MIN_ITEMS_PER_WORKER])) == {os.getpid()}
    monkeypatch.setenv("DOCSITE_WORKERS", "1")
    assert set(map_in_order(lambda _: os.getpid(), ITEMS)) == {os.getpid()}


def test_a_process_with_threads_does_not_fork(two_workers: None) -> None:
    """`mkdocs serve` runs a server and a watcher in threads: forking it could copy a held lock."""
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert workers_for(len(ITEMS)) == 1
        assert set(map_in_order(lambda _: os.getpid(), ITEMS)) == {os.getpid()}
    finally:
        stop.set()
        thread.join()
    assert workers_for(len(ITEMS)) == 2


def test_a_story_built_by_two_processes_is_the_build_of_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             two_workers: None) -> None:
    story = tmp_path / "story"
    write_corpus(make_corpus(4 * MIN_ITEMS_PER_WORKER), story)
    shared = render_analysis(analyse(story))
    monkeypatch.setenv("DOCSITE_WORKERS", "1")
    alone = render_analysis(analyse(story))
    assert len(alone.files) > 4 * MIN_ITEMS_PER_WORKER
    assert shared.files == alone.files


def test_after_an_edit_text_reuse_shares_its_pairs_between_processes_with_the_same_result(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, two_workers: None) -> None:
    """With one article left to annotate, text reuse runs in this process and hands out its pairs."""
    story_dir = tmp_path / "story"
    write_corpus(make_corpus(4 * MIN_ITEMS_PER_WORKER), story_dir)
    story = prepare_story(read_story(story_dir))[0]
    known = {article.id: annotate(article, story.knowledge) for article in story.articles[1:]}
    forked: list[int] = []
    real_forked = parallel._forked
    monkeypatch.setattr(parallel, "_forked", lambda processes, job: forked.append(processes)
                        or real_forked(processes, job))
    _, (shared,) = annotate_beside(story, known, [lambda: compare_reuse(story.articles)])
    assert forked == [1], "only text reuse forked: one worker beside this process"
    monkeypatch.setenv("DOCSITE_WORKERS", "1")
    assert len(shared) > 4 * MIN_ITEMS_PER_WORKER
    assert shared == compare_reuse(story.articles)


def test_tasks_of_unequal_cost_are_shared_and_come_back_in_order(two_workers: None) -> None:
    def task(n: int) -> Callable[[], tuple[int, float, int]]:
        return lambda: (n, time.sleep(0.02 * n) or n, os.getpid())  # later tasks take longer

    results = run_all([task(n) for n in range(8)], len(ITEMS))
    assert [n for n, _, _ in results] == list(range(8))
    workers = {pid for _, _, pid in results}
    assert len(workers) == 2 and os.getpid() not in workers


def test_run_all_stays_in_this_process_when_forking_does_not_pay(two_workers: None) -> None:
    results = run_all([lambda: os.getpid(), lambda: os.getpid()], MIN_ITEMS_PER_WORKER)
    assert results == [os.getpid(), os.getpid()]


def test_a_task_that_shares_its_own_work_runs_it_in_its_worker(two_workers: None) -> None:
    """Compare and render hand tasks to workers; a task that calls map_in_order must not fork again."""
    def nested() -> set[int]:
        return set(map_in_order(lambda _: os.getpid(), ITEMS))

    inner = run_all([nested, nested], len(ITEMS))
    assert all(len(pids) == 1 and os.getpid() not in pids for pids in inner)


def test_without_a_pool_the_work_is_done_here(two_workers: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Some containers have no /dev/shm, so multiprocessing cannot make a pool: the build goes on."""
    class NoPools:
        def Pool(self, processes: int) -> None:  # noqa: N802 (multiprocessing's name)
            raise OSError(38, "Function not implemented")

    monkeypatch.setattr(parallel.multiprocessing, "get_context", lambda method: NoPools())
    assert map_in_order(lambda n: (n, os.getpid()), ITEMS) == [(n, os.getpid()) for n in ITEMS]
    assert run_all([lambda: os.getpid()] * 3, len(ITEMS)) == [os.getpid()] * 3
    assert parallel._job is None


HELPER_SCRIPT = """
import json, os, threading
from generator.parallel import MIN_ITEMS_PER_WORKER, Helper, map_in_order

def pids_of_shared_work():
    return sorted(set(map_in_order(lambda _: os.getpid(), range(4 * MIN_ITEMS_PER_WORKER))))

def fails(text):
    raise ValueError(f"bad input: {text}")

helper, failing = Helper.start(pids_of_shared_work), Helper.start(fails)
stop = threading.Event()
threading.Thread(target=stop.wait).start()  # from here on, as in `mkdocs serve`
try:
    found = {"me": os.getpid(), "helper": helper._process.pid, "here": pids_of_shared_work(),
             "there": helper(), "again": helper()}
    try:
        failing("x")
    except ValueError as error:
        found["error"] = str(error)
    helper._process.kill()
    helper._process.join()
    found["after_kill"] = helper()
finally:
    stop.set()
    helper.stop()
    failing.stop()
os.environ["DOCSITE_WORKERS"] = "1"
found["one_worker"] = Helper.start(pids_of_shared_work) is None
print(json.dumps(found))
"""


def test_a_helper_forked_before_the_threads_shares_the_work_they_keep_from_forking(tmp_path: Path) -> None:
    """`mkdocs serve` rebuilds from a thread: the hook forks a Helper at startup, which may still fork
    workers. Run in a fresh interpreter: this one may have threads left by other tests."""
    if not sys.platform.startswith("linux"):
        pytest.skip("the generator forks only on Linux")
    env = {**os.environ, "DOCSITE_WORKERS": "2"}
    done = subprocess.run([sys.executable, "-c", HELPER_SCRIPT], capture_output=True, text=True, env=env,
                          cwd=Path(__file__).resolve().parents[1], timeout=120)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert found["here"] == [found["me"]], "with a thread, this process does not fork"
    assert len(found["there"]) == 2 and found["me"] not in found["there"]
    assert found["helper"] in found["there"] and found["helper"] in found["again"], "one helper, every call"
    assert found["error"] == "bad input: x"
    assert found["after_kill"] == [found["me"]], "without its helper, the work is done here"
    assert found["one_worker"]


ORPHAN_SCRIPT = """
import os, signal
from generator.parallel import Helper

helper = Helper.start(os.getpid)
print(helper._process.pid, flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # no on_shutdown, no clean-up: as when a terminal is closed
"""


def test_a_helper_ends_when_its_caller_is_killed() -> None:
    if not sys.platform.startswith("linux"):
        pytest.skip("the generator forks only on Linux")
    env = {**os.environ, "DOCSITE_WORKERS": "2"}
    done = subprocess.run([sys.executable, "-c", ORPHAN_SCRIPT], stdout=subprocess.PIPE, text=True, env=env,
                          cwd=Path(__file__).resolve().parents[1], timeout=60)
    helper = int(done.stdout.split()[0])

    def running() -> bool:  # an ended process may stay a zombie until its new parent reaps it
        try:
            return Path(f"/proc/{helper}/stat").read_text().split(") ")[1][0] != "Z"
        except (OSError, IndexError):
            return False

    deadline = time.monotonic() + 10
    while running() and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not running(), "the helper outlived the process it served"
