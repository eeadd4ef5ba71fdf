"""The search index started before the site is written (`start_indexing`, generator/searchindex.py): the
same pages, text and words as Pagefind reading the built site, the same bytes from the same pages, and a
failure, or a build that breaks off, leaves nothing running and nothing behind."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from sitebuild import SEEDS, mkdocs_env, site_files
from test_searchindex import ARTICLE, files, fragments, word_pages, write_site

from generator import mkdocs_hook
from generator.searchindex import (
    BUNDLE,
    SCRATCH_PREFIX,
    PageToIndex,
    SearchIndexError,
    index_site,
    start_indexing,
)

# The pages of test_searchindex's SITE, as the hook hands them over: the search page marks no content.
PAGES = [PageToIndex("index.html", "en", "Home", "<h1>Home</h1><p>Welcome to the harbour story.</p>"),
         PageToIndex("articles/harbour/index.html", "en", "Harbour reopens after the storm", ARTICLE)]


def fake_pagefind(folder: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    binary = folder / "pagefind"
    binary.write_text("#!/bin/sh\n" + script)
    binary.chmod(binary.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(binary))


def test_pages_handed_over_give_the_index_of_the_built_site(tmp_path: Path) -> None:
    built = write_site(tmp_path / "built")
    index_site(built)
    early = tmp_path / "early"
    index = start_indexing(PAGES, early).finish()
    assert (index.folder, index.pages) == (early / BUNDLE, 2)
    # The same pages, words and titles; the files may number the pages in another order (see below).
    assert fragments(early / BUNDLE) == fragments(built / BUNDLE)
    assert word_pages(early / BUNDLE) == word_pages(built / BUNDLE)
    assert fragments(early / BUNDLE)["/articles/harbour/"]["meta"]["title"] == PAGES[1].title


def test_the_index_of_an_earlier_build_is_replaced(tmp_path: Path) -> None:
    site = tmp_path / "site"
    start_indexing(PAGES, site).finish()
    start_indexing(PAGES[:1], site).finish()
    assert sorted(fragments(site / BUNDLE)) == ["/"]


def test_the_scratch_folder_is_removed(tmp_path: Path) -> None:
    indexing = start_indexing(PAGES, tmp_path / "site")
    assert (indexing.scratch / "articles" / "harbour" / "index.html").is_file()
    indexing.finish()
    assert not indexing.scratch.exists()


def test_a_page_outside_the_site_is_refused(tmp_path: Path) -> None:
    outside = PageToIndex("../../escaped/index.html", "en", "Out", "<h1>Out</h1>")
    with pytest.raises(SearchIndexError, match="outside the site"):
        start_indexing([*PAGES, outside], tmp_path / "site")
    assert not (tmp_path / "escaped").exists()


def test_a_missing_binary_is_reported_when_the_index_is_awaited(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    indexing = start_indexing(PAGES, tmp_path / "site")
    with pytest.raises(SearchIndexError, match="could not index"):
        indexing.finish()
    assert not indexing.scratch.exists()


def test_a_failing_pagefind_is_reported_with_its_output(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    fake_pagefind(tmp_path, "echo 'Error: the index could not be written' >&2\nexit 3\n", monkeypatch)
    with pytest.raises(SearchIndexError, match=r"(?s)exit status 3.*could not be written"):
        start_indexing(PAGES, tmp_path / "site").finish()


def test_a_build_that_breaks_off_stops_pagefind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    started = tmp_path / "started"
    fake_pagefind(tmp_path, f"touch {started}\nexec sleep 60\n", monkeypatch)
    mkdocs_hook._indexing = indexing = start_indexing(PAGES, tmp_path / "site")
    while not started.exists():
        time.sleep(0.01)
    before = time.monotonic()
    mkdocs_hook.on_build_error(RuntimeError("a page failed"))
    assert time.monotonic() - before < 30, "Pagefind was waited for, not stopped"
    assert mkdocs_hook._indexing is None and not indexing.scratch.exists()
    process = indexing._process
    assert process is not None and process.poll() is not None


def test_the_same_pages_in_another_order_give_the_same_bytes(tmp_path: Path) -> None:
    more = [PageToIndex(f"articles/a{n}/index.html", "en", f"Article {n}",
                        f"<h1>Article {n}</h1><p>Harbour {n}.</p>") for n in range(12)]
    start_indexing(PAGES + more, tmp_path / "one").finish()
    start_indexing((PAGES + more)[::-1], tmp_path / "two").finish()
    assert files(tmp_path / "one" / BUNDLE) == files(tmp_path / "two" / BUNDLE)


@pytest.mark.slow
def test_the_site_and_what_is_indexed_are_the_same_as_from_the_built_site(tmp_path: Path) -> None:
    # Two hand-written pages beside the repository's take the other ways to a title: one with an HTML title
    # and no heading (the theme adds one), one with neither (its title comes from the file name).
    for workdir in (tmp_path / "early", tmp_path / "after"):
        (workdir / "docs").mkdir(parents=True)
        (workdir / "docs" / "note.md").write_text(
            '---\ntitle: A "note" on <b>sources</b> & methods\n---\n\nNo heading in this page, only words.\n')
        (workdir / "docs" / "untitled-page.md").write_text("Only a paragraph about the harbour.\n")
    early = site_files(tmp_path / "early", DOCSITE_SEARCH_STAGED="1")
    after = site_files(tmp_path / "after", DOCSITE_SEARCH_STAGED="0")
    pages = sorted(name for name in early if not name.startswith(f"{BUNDLE}/"))
    assert pages == sorted(name for name in after if not name.startswith(f"{BUNDLE}/"))
    assert [name for name in pages if early[name] != after[name]] == []
    # Pagefind numbers the pages in the order it finds them, so the index files differ in that order only.
    shown = fragments(tmp_path / "early" / "site" / BUNDLE)
    assert shown == fragments(tmp_path / "after" / "site" / BUNDLE)
    assert word_pages(tmp_path / "early" / "site" / BUNDLE) == word_pages(
        tmp_path / "after" / "site" / BUNDLE)
    assert shown["/note/"]["meta"]["title"] == 'A "note" on sources & methods'
    assert "only words" in shown["/note/"]["content"] and "/untitled-page/" in shown
    assert "/search/" not in shown and sum(url.startswith("/articles/") for url in shown) >= 5


def test_a_dirty_build_indexes_every_page_not_only_those_it_lays_out(tmp_path: Path) -> None:
    # `mkdocs build --dirty` (and `serve --dirty`) lays out the changed pages alone: the index was made of
    # them, and a search found nothing on the other pages of the site
    workdir = tmp_path / "site-work"
    site_files(workdir)
    indexed = sorted(fragments(workdir / "site" / BUNDLE))
    about = workdir / "docs" / "about.md"
    about.write_text(about.read_text() + "\nA sentence about lighthouses, added since.\n")
    command = [sys.executable, "-m", "mkdocs", "build", "--dirty", "-f", str(workdir / "mkdocs.yml")]
    done = subprocess.run(command, cwd=workdir, env=mkdocs_env(SEEDS), capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    shown = fragments(workdir / "site" / BUNDLE)
    assert sorted(shown) == indexed and len(indexed) > 10
    assert "lighthouses" in shown["/about/"]["content"]


def test_a_dirty_build_removes_the_page_of_a_deleted_article_and_finds_it_no_more(tmp_path: Path) -> None:
    # a dirty build keeps every built page it does not lay out: the page of a deleted article was still
    # served, and the index made from the built site still found it
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    workdir = tmp_path / "site-work"
    site_files(workdir, seeds)
    gone = sorted(seeds.glob("*.txt"))[0]
    assert f"/articles/{gone.stem}/" in fragments(workdir / "site" / BUNDLE)
    gone.unlink()
    gone.with_suffix(".yml").unlink()
    command = [sys.executable, "-m", "mkdocs", "build", "--dirty", "-f", str(workdir / "mkdocs.yml")]
    done = subprocess.run(command, cwd=workdir, env=mkdocs_env(seeds), capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not (workdir / "site" / "articles" / gone.stem).exists()
    assert not (workdir / "site" / "raw" / gone.name).exists()
    shown = fragments(workdir / "site" / BUNDLE)
    assert f"/articles/{gone.stem}/" not in shown and sum(url.startswith("/articles/") for url in shown) >= 4


def test_the_hook_indexes_the_built_site_when_the_pages_cannot_be_handed_over(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_room(pages: object, site: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(mkdocs_hook, "start_indexing", no_room)
    env = SimpleNamespace(get_template=lambda name: SimpleNamespace(root_render_func=None),
                          filters={"url": None})
    site = write_site(tmp_path / "site")
    config = {"site_dir": str(site), "theme": {"language": "en"}, "site_name": "Test"}
    mkdocs_hook.on_env(env, config, SimpleNamespace(documentation_pages=lambda: []))
    assert mkdocs_hook._indexing is None
    mkdocs_hook.on_post_build(config)
    assert sorted(fragments(site / BUNDLE)) == ["/", "/articles/harbour/"]


def test_the_scratch_folder_of_a_killed_build_is_removed_by_the_next(tmp_path: Path) -> None:
    first = start_indexing(PAGES, tmp_path / "site")
    parent = first.scratch.parent
    first.finish()
    dead_pid = _a_pid_that_is_not_running()
    abandoned = parent / f"{SCRATCH_PREFIX}{dead_pid}-abc123"
    (abandoned / "articles").mkdir(parents=True)
    alive = parent / f"{SCRATCH_PREFIX}{os.getpid()}-def456"
    alive.mkdir()
    try:
        start_indexing(PAGES, tmp_path / "site").finish()
        assert not abandoned.exists(), "the folder of a process that has ended is removed"
        assert alive.exists(), "the folder of a running process is left alone"
    finally:
        shutil.rmtree(abandoned, ignore_errors=True)
        alive.rmdir()


def _a_pid_that_is_not_running() -> int:
    process = subprocess.Popen(["true"])
    process.wait()
    return process.pid

