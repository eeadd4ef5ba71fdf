"""The search index built as the pages are rendered (`generator/searchstream.py`): it holds what Pagefind
run on the finished site holds, the same pages give the same bytes, pages not handed over are read from the
site, and a service that fails says so (the hook then runs Pagefind on the built site)."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

import pytest
from sitebuild import build_site
from test_searchindex import ARTICLE, PAGE, SITE, files, fragments, index_words, write_site

from generator import mkdocs_hook
from generator.searchindex import BUNDLE, SearchIndexError, index_site, pagefind_binary
from generator.searchstream import PageStream


def streamed(site: Path, pages: dict[str, str] = SITE) -> PageStream:
    stream = PageStream.start()
    for path, html in pages.items():
        stream.add(path, html)
    return stream


def test_the_streamed_index_holds_what_pagefind_finds_in_the_built_site(tmp_path: Path) -> None:
    built, streamed_site = write_site(tmp_path / "built"), write_site(tmp_path / "streamed")
    index_site(built)
    index = streamed(streamed_site).finish(streamed_site)
    assert index.folder == streamed_site / BUNDLE and index.pages == 2
    assert fragments(streamed_site / BUNDLE) == fragments(built / BUNDLE)
    # Pagefind's scripts, styles and WebAssembly are the same files, whole (not cut short).
    assets = {name: data for name, data in files(built / BUNDLE).items()
              if not name.startswith(("fragment/", "index/", "pagefind.en_", "pagefind-entry"))}
    streamed_files = files(streamed_site / BUNDLE)
    assert len(assets) >= 8 and all(streamed_files[name] == data for name, data in assets.items())
    words = index_words(streamed_site / BUNDLE)
    assert b"verhoeven" in words and b"verhoven" in words
    assert b"zebrafish" not in words and b"navigation" not in words


def test_the_same_pages_give_the_same_index(tmp_path: Path) -> None:
    first, second = write_site(tmp_path / "one"), write_site(tmp_path / "two")
    streamed(first).finish(first)
    streamed(second).finish(second)
    assert files(first / BUNDLE) == files(second / BUNDLE)


def test_pages_not_handed_over_are_read_from_the_site(tmp_path: Path) -> None:
    # `mkdocs build --dirty` renders only what changed; 404.html is not a page MkDocs hands to hooks.
    site = write_site(tmp_path / "site")
    stream = streamed(site, {"index.html": SITE["index.html"]})
    stream.finish(site)
    assert sorted(fragments(site / BUNDLE)) == ["/", "/articles/harbour/"]


def test_a_page_handed_over_is_indexed_as_handed_over(tmp_path: Path) -> None:
    # The site folder may still hold the page of the build before: what MkDocs rendered now counts.
    site = write_site(tmp_path / "site")
    newer = PAGE.format(title="Harbour closes again", body=ARTICLE.replace("reopens", "closes again"))
    streamed(site, {"articles/harbour/index.html": newer}).finish(site)
    assert fragments(site / BUNDLE)["/articles/harbour/"]["meta"]["title"] == "Harbour closes again"


def test_an_earlier_index_is_replaced(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site")
    index_site(site)
    changed = {**SITE, "index.html": SITE["index.html"].replace("Welcome", "Farewell")}
    write_site(site, changed)
    streamed(site, changed).finish(site)
    fresh = write_site(tmp_path / "fresh", changed)
    streamed(fresh, changed).finish(fresh)
    assert files(site / BUNDLE) == files(fresh / BUNDLE)


def fake_pagefind(folder: Path, script: str) -> Path:
    binary = folder / "pagefind"
    binary.write_text("#!/bin/sh\n" + script)
    binary.chmod(binary.stat().st_mode | stat.S_IXUSR)
    return binary


def test_a_service_that_stops_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(fake_pagefind(tmp_path, "exit 3\n")))
    with pytest.raises(SearchIndexError, match=r"service stopped \(exit status 3\)"):
        streamed(write_site(tmp_path / "site"))


def test_a_missing_binary_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(tmp_path / "no-such-pagefind"))
    with pytest.raises(SearchIndexError, match="does not run"):
        PageStream.start()


def test_the_hook_streams_each_page_and_writes_the_index_after_the_build(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site")
    mkdocs_hook._start_search_index()
    for path, html in SITE.items():
        page = type("Page", (), {"file": type("File", (), {"dest_uri": path})()})()
        assert mkdocs_hook.on_post_page(html, page, {}) == html
    mkdocs_hook.on_post_build({"site_dir": str(site)})
    assert mkdocs_hook._search is None
    assert sorted(fragments(site / BUNDLE)) == ["/", "/articles/harbour/"]


def test_when_the_service_fails_the_hook_indexes_the_built_site(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    site = write_site(tmp_path / "site")
    working = pagefind_binary()
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(fake_pagefind(tmp_path, "exit 3\n")))
    mkdocs_hook._start_search_index()
    assert mkdocs_hook._search is None, "the service could not start: the hook goes on without it"
    monkeypatch.setenv("PAGEFIND_BINARY_PATH", str(working))
    with caplog.at_level(logging.INFO):
        mkdocs_hook.on_post_build({"site_dir": str(site)})
    assert "Pagefind indexed 2 pages (" in caplog.text, "the command line counts words; the service does not"
    assert sorted(fragments(site / BUNDLE)) == ["/", "/articles/harbour/"]


@pytest.mark.slow
def test_the_seeds_site_is_indexed_as_pagefind_indexes_the_built_folder(tmp_path: Path) -> None:
    done = build_site(tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Pagefind indexed" in done.stderr and " words) into" not in done.stderr, "the pages were streamed"
    site = tmp_path / "site"
    streamed_index, streamed_files = fragments(site / BUNDLE), files(site / BUNDLE)
    index_site(site)
    assert streamed_index == fragments(site / BUNDLE)
    assert len(streamed_index) > 40
    scripts = [name for name in files(site / BUNDLE) if name.endswith(".js")]
    assert scripts and all(streamed_files[name] == (site / BUNDLE / name).read_bytes() for name in scripts)
